"""The SQLite layer shared by the translation cache and the store of briefs.

One connection per process and file, WAL journal (readers never block the writer, a crash
leaves the last committed state), a busy timeout so two `brief` processes can write at once,
and schema migrations numbered by SQLite's `user_version`. Readers open the file read-only,
so they work on read-only media, and every SQLite failure becomes one typed error that names
the file and never quotes what is stored in it.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

from .errors import DamagedDatabase, DatabaseError, DatabasePathError

__all__ = ["check_path", "connect", "connect_readonly", "database_error", "is_damaged", "read_uri",
           "reason", "schema_version", "transaction"]

BUSY_TIMEOUT_S = 30.0
_CORRUPT, _NOTADB = 11, 26  # SQLite's primary result codes for a damaged file
_REASON_CHARS = 120


def reason(error: BaseException) -> str:
    """The error's message without any stored text: Python's UTF-8 decode error quotes up to
    200 characters of the column, which may be a user's article."""
    message = str(error)
    if "Could not decode" in message:
        return message.split(" with text", 1)[0]
    return message[:_REASON_CHARS]


def is_damaged(error: BaseException) -> bool:
    """Whether `error` says the file's contents are corrupt (not locked, busy or read-only)."""
    if isinstance(error, sqlite3.Error):
        code = getattr(error, "sqlite_errorcode", None)
        return (code is not None and code & 0xFF in (_CORRUPT, _NOTADB)) \
            or "Could not decode" in str(error)
    return isinstance(error, ValueError)  # stored JSON or text that no longer decodes


def database_error(error: BaseException, what: str, path: Path, doing: str = "read",
                   advice: str = "") -> DatabaseError:
    """The typed error for a failure on the file at `path`: damaged, read-only or other.
    `advice` (what to do with a damaged file) may name the file as `{path}`."""
    if isinstance(error, DatabaseError):
        return error
    if is_damaged(error):
        tail = f"; {advice.format(path=path)}" if advice else ""
        return DamagedDatabase(f"the {what} at {path} is damaged ({reason(error)}){tail}")
    if doing == "read" and path.exists() and not os.access(path, os.R_OK):
        return DatabaseError(f"cannot read the {what} at {path}: permission denied")
    if _read_only(path) and doing != "read":
        return DatabaseError(f"cannot {doing} the {what} at {path}: it is on read-only media "
                             "or in a folder that cannot be written")
    return DatabaseError(f"cannot {doing} the {what} at {path}: {reason(error)}")


def _read_only(path: Path) -> bool:
    # os.access reports a read-only file system and an immutable file even to root.
    return not os.access(path.parent, os.W_OK) or (path.exists()
                                                   and not os.access(path, os.W_OK))


def check_path(path: Path, what: str) -> None:
    """DatabasePathError when `path` cannot be a database file: a directory, or under a file."""
    if path.is_dir():
        raise DatabasePathError(f"the {what} path {path} is a directory, not a file")
    for parent in path.parents:
        if parent.exists():
            if not parent.is_dir():
                raise DatabasePathError(f"the {what} path {path} is not usable: {parent} is a "
                                        "file, not a folder")
            return


def connect(path: str | Path, migrations: Sequence[str], *, what: str = "database",
            advice: str = "") -> sqlite3.Connection:
    """Open (creating if needed) the SQLite file at `path` and bring its schema up to date.

    `migrations[i]` is the SQL script that takes the schema from version i to i + 1. A file
    whose version is newer than len(migrations) was written by a newer brief: refused.
    """
    path = Path(path)
    check_path(path, what)
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            return _open(path, migrations, what)
        except sqlite3.OperationalError as e:
            # Two processes creating the same file at once: switching a new file to WAL can
            # report "locked" at once, without waiting in SQLite's busy handler. Try again.
            if "locked" in str(e) and time.monotonic() < deadline:
                time.sleep(0.05)
                continue
            raise database_error(e, what, path, "open", advice) from None
        except sqlite3.Error as e:
            raise database_error(e, what, path, "open", advice) from None
        except OSError as e:
            raise DatabaseError(f"cannot create the {what} at {path}: {e.strerror or e}"
                                ) from None


def read_uri(path: Path, folder_writable: bool) -> str:
    """The URI that opens `path` read-only. Where the folder cannot be written (read-only
    media), a WAL reader could not create the -shm file, so the file is opened immutable:
    unless a -wal file holds commits, which only a normal read-only open sees."""
    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    wal = path.with_name(path.name + "-wal")
    if not folder_writable and not (wal.exists() and wal.stat().st_size > 0):
        uri += "&immutable=1"
    return uri


def connect_readonly(path: str | Path, migrations: Sequence[str], *, what: str = "database",
                     advice: str = "") -> sqlite3.Connection:
    """Open the existing SQLite file at `path` for reading only: nothing is created or changed,
    so it works on read-only media. An older schema is upgraded first where it can be."""
    path = Path(path)
    check_path(path, what)
    try:
        conn = sqlite3.connect(read_uri(path, os.access(path.parent, os.W_OK)), uri=True,
                               timeout=BUSY_TIMEOUT_S, isolation_level=None,
                               check_same_thread=False)
    except sqlite3.Error as e:
        raise database_error(e, what, path, "read", advice) from None
    try:
        conn.row_factory = sqlite3.Row
        current, target = schema_version(conn), len(migrations)
        if current > target:
            raise _newer(what, path, current, target)
    except sqlite3.Error as e:
        conn.close()
        raise database_error(e, what, path, "read", advice) from None
    except BaseException:
        conn.close()
        raise
    if current < target:  # written by an older brief (or empty): upgrade it, if it can be
        conn.close()
        if _read_only(path):
            raise DatabaseError(f"the {what} at {path} has schema version {current}, older "
                                f"than this brief's {target}, and cannot be upgraded where "
                                "it is: copy it to a folder that can be written")
        return connect(path, migrations, what=what, advice=advice)
    return conn


def _open(path: Path, migrations: Sequence[str], what: str) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None,
                           check_same_thread=False)
    try:
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        _migrate(conn, migrations, path, what)
    except BaseException:
        conn.close()
        raise
    return conn


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One atomic write: BEGIN IMMEDIATE (takes the write lock up front), COMMIT or ROLLBACK."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        conn.execute("COMMIT")  # inside: a failed COMMIT may leave the transaction open
    except BaseException:
        if conn.in_transaction:  # SQLite may already have rolled back (e.g. a corrupt page)
            conn.execute("ROLLBACK")
        raise


def schema_version(conn: sqlite3.Connection) -> int:
    """The file's schema version (SQLite's user_version)."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _newer(what: str, path: Path, current: int, target: int) -> DatabaseError:
    return DatabaseError(f"the {what} at {path} has schema version {current}, newer than "
                         f"this brief understands ({target}); upgrade brief")


def _migrate(conn: sqlite3.Connection, migrations: Sequence[str], path: Path, what: str) -> None:
    target = len(migrations)
    if schema_version(conn) == target:
        return
    with transaction(conn):  # re-read under the write lock: another process may have migrated
        current = schema_version(conn)
        if current > target:
            raise _newer(what, path, current, target)
        for version in range(current, target):
            for statement in _statements(migrations[version]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version + 1}")


def _statements(script: str) -> Iterator[str]:
    """Split a migration script into statements (executescript would COMMIT our transaction)."""
    buf = ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                yield buf.strip()
            buf = ""
    if buf.strip():
        yield buf.strip()

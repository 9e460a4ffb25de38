"""The SQLite layer shared by the translation cache and the store of briefs.

One connection per process and file, WAL journal (readers never block the writer, a crash
leaves the last committed state), a busy timeout so two `brief` processes can write at once,
and schema migrations numbered by SQLite's `user_version`.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from .errors import BriefError

BUSY_TIMEOUT_S = 30.0


class DatabaseError(BriefError):
    """A database file that cannot be opened, is corrupt, or is newer than this program."""


def connect(path: str | Path, migrations: Sequence[str], *, what: str = "database"
            ) -> sqlite3.Connection:
    """Open (creating if needed) the SQLite file at `path` and bring its schema up to date.

    `migrations[i]` is the SQL script that takes the schema from version i to i + 1. A file
    whose version is newer than len(migrations) was written by a newer brief: refused.
    """
    path = Path(path)
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
            raise DatabaseError(f"cannot open the {what} at {path}: {e}") from None
        except sqlite3.DatabaseError as e:
            raise DatabaseError(f"cannot open the {what} at {path}: {e}") from None
        except OSError as e:
            raise DatabaseError(f"cannot create the {what} at {path}: {e.strerror or e}"
                                ) from None


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
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _migrate(conn: sqlite3.Connection, migrations: Sequence[str], path: Path, what: str) -> None:
    target = len(migrations)
    if schema_version(conn) == target:
        return
    with transaction(conn):  # re-read under the write lock: another process may have migrated
        current = schema_version(conn)
        if current > target:
            raise DatabaseError(f"the {what} at {path} has schema version {current}, newer "
                                f"than this brief understands ({target}); upgrade brief")
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

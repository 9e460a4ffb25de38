"""The translation and summary cache's storage: model outputs in a SQLite file.

Entries are keyed by a signature (result.ModelSignature.cache_key: the model's id, revision,
runtime, quantization, a fingerprint of a local model folder, the generation settings and the
program version) plus the normalised input text. Beside them, the token counts each article's
run asked for (keyed by the model's signature and the article), so that a run answered from
the cache loads no tokenizer. The backend wrapper that reads and writes both is
translator/backends/cached.py. And the cleaned articles of translator/clean_cache.py, so that
such a run imports no cleaner either. A cache that cannot be used never stops a brief: it warns
once and steps aside.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import sqlite3
import threading
import time
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import wraps
from pathlib import Path

from .db import connect, connect_readonly, database_error, reason, transaction
from .errors import DamagedDatabase, DatabaseError
from .paths import cache_dir
from .result import Generated, score_of

CACHE_FILE = "translations.sqlite"
WHAT = "translation cache"
# Only model outputs live here, so a damaged cache may simply be removed.
ADVICE = "`brief cache clear` removes it (only cached outputs are lost)"
_SQL_PARAMS = 500  # inputs looked up per SELECT, well under SQLite's parameter limit

# migrations[i] takes the schema from version i to i + 1 (db.connect runs them).
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE signatures (
        sig TEXT PRIMARY KEY,          -- sha256 of `doc`
        doc TEXT NOT NULL              -- JSON: model signature, generation, version
    ) WITHOUT ROWID;
    CREATE TABLE entries (
        sig TEXT NOT NULL REFERENCES signatures(sig) ON DELETE CASCADE,
        input TEXT NOT NULL,           -- sha256 of the normalised input text
        output TEXT NOT NULL,
        created REAL NOT NULL,
        PRIMARY KEY (sig, input)
    ) WITHOUT ROWID;
    """,
    # The model's score of each output; rows written before it read back with none (NULL).
    "ALTER TABLE entries ADD COLUMN score REAL;",
    # Token counts an article's run asked a tokenizer for (backends/cached.py's memo), so that
    # a run answered from the cache loads no tokenizer either.
    """
    CREATE TABLE counts (
        sig TEXT NOT NULL,             -- sha256 of the tokenizer's model signature document
        article TEXT NOT NULL,         -- sha256 of the article's texts
        counts TEXT NOT NULL,          -- JSON: {text key: token count}
        created REAL NOT NULL,
        PRIMARY KEY (sig, article)
    ) WITHOUT ROWID;
    """,
    # Cleaned articles (translator/clean_cache.py), so that a warm run imports no cleaner.
    """
    CREATE TABLE cleaned (
        code TEXT NOT NULL,            -- clean_cache.code_fingerprint(): the cleaner's code
        input TEXT NOT NULL,           -- sha256 of the input text and its metadata hints
        outlet TEXT,                   -- the outlet whose template lines were looked up
        templates TEXT NOT NULL,       -- digest of the template keys cleaned with ('' none)
        article TEXT NOT NULL,         -- JSON: Article.to_record()
        lines TEXT,                    -- JSON: the keys of the page's lines (for the store)
        created REAL NOT NULL,
        PRIMARY KEY (code, input)
    ) WITHOUT ROWID;
    """,
)

Warn = Callable[[str], None]
_SPACES = re.compile(r"[^\S\n]+")


def default_path() -> Path:
    """translations.sqlite in the user cache dir (BRIEF_HOME/cache when set)."""
    return cache_dir() / CACHE_FILE


def normalise(text: str) -> str:
    """The form of an input that keys the cache: NFC, runs of spaces collapsed, ends stripped
    (line breaks are kept: the summariser sees them)."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.strip().split("\n"))


def input_key(text: str) -> str:
    """The cache key of one input: sha256 of its normalised form."""
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class CacheInfo:
    path: Path
    exists: bool
    entries: int
    size_bytes: int  # the file with its WAL
    models: list[tuple[str, int]]  # (description of a signature, entries), most first
    cleaned: int = 0  # cleaned articles remembered (translator/clean_cache.py)


def _locked(method: Callable) -> Callable:
    """One thread at a time in the connection: a transaction is several statements, and a
    run that summarises one article while it translates the next (translator/ahead.py) reads
    and writes the cache from two threads."""
    @wraps(method)
    def run(self: TranslationCache, *args: object, **kwargs: object) -> object:
        with self.lock:
            return method(self, *args, **kwargs)
    return run


class TranslationCache:
    """An open cache file. Lookups and writes never raise: the first failure warns (once) and
    turns the cache off for the rest of the process."""

    def __init__(self, conn: sqlite3.Connection, path: Path, warn: Warn | None = None) -> None:
        self.conn = conn
        self.path = path
        self.warn = warn or (lambda message: None)
        self.disabled = False
        self.hits = 0
        self.misses = 0
        self._known: set[str] = set()  # signatures already written by this process
        self.lock = threading.RLock()

    @classmethod
    def open(cls, path: str | Path | None = None, warn: Warn | None = None) -> TranslationCache:
        """Open (creating) the cache file; DatabaseError when it cannot be used."""
        path = Path(path) if path else default_path()
        return cls(connect(path, MIGRATIONS, what=WHAT, advice=ADVICE), path, warn)

    @classmethod
    def open_readonly(cls, path: str | Path | None = None) -> TranslationCache:
        """Open the existing cache file read-only (for `brief cache info`)."""
        path = Path(path) if path else default_path()
        return cls(connect_readonly(path, MIGRATIONS, what=WHAT, advice=ADVICE), path)

    @_locked
    def get_many(self, sig: str, keys: Iterable[str]) -> dict[str, str]:
        """The cached outputs of those input keys that have one, as `Generated` texts with
        their stored score (None for rows stored without one)."""
        keys = list(dict.fromkeys(keys))
        found: dict[str, str] = {}
        if self.disabled or not keys:
            return found
        try:
            for start in range(0, len(keys), _SQL_PARAMS):
                chunk = keys[start:start + _SQL_PARAMS]
                marks = ",".join("?" * len(chunk))
                rows = self.conn.execute(
                    f"SELECT input, output, score FROM entries WHERE sig = ? AND input IN "
                    f"({marks})", (sig, *chunk))
                found.update((row[0], Generated(row[1], row[2])) for row in rows)
        except sqlite3.Error as e:
            self._fail(e)
            return {}
        return found

    @_locked
    def put_many(self, sig: str, doc: str, items: Sequence[tuple[str, str]]) -> None:
        """Store (input key, output) pairs in one transaction: all of them or none; an output
        that is `Generated` keeps its score."""
        if self.disabled or not items:
            return
        now = time.time()
        try:
            with transaction(self.conn):
                if sig not in self._known:
                    self.conn.execute("INSERT OR IGNORE INTO signatures (sig, doc) VALUES (?, ?)",
                                      (sig, doc))
                self.conn.executemany(
                    "INSERT OR REPLACE INTO entries (sig, input, output, created, score) "
                    "VALUES (?, ?, ?, ?, ?)",
                    [(sig, key, str(out), now, score_of(out)) for key, out in items])
            self._known.add(sig)
        except sqlite3.Error as e:
            self._fail(e)

    @_locked
    def get_counts(self, sig: str, article: str) -> dict[str, int]:
        """The token counts stored for `article` under the tokenizer `sig` ({} if none, or if
        the row does not read back as counts)."""
        if self.disabled:
            return {}
        try:
            row = self.conn.execute("SELECT counts FROM counts WHERE sig = ? AND article = ?",
                                    (sig, article)).fetchone()
        except sqlite3.Error as e:
            self._fail(e)
            return {}
        try:
            counts = json.loads(row[0]) if row else {}
        except (TypeError, ValueError):
            return {}  # not counts (edited by hand): a miss, counted afresh
        if not isinstance(counts, dict):
            return {}
        return {k: v for k, v in counts.items() if isinstance(v, int)}

    @_locked
    def put_counts(self, sig: str, article: str, counts: dict[str, int]) -> None:
        """Store (replacing) the token counts of `article` under the tokenizer `sig`."""
        if self.disabled:
            return
        try:
            with transaction(self.conn):
                self.conn.execute(
                    "INSERT OR REPLACE INTO counts (sig, article, counts, created) "
                    "VALUES (?, ?, ?, ?)",
                    (sig, article, json.dumps(counts, separators=(",", ":")), time.time()))
        except sqlite3.Error as e:
            self._fail(e)

    @_locked
    def get_cleaned(self, code: str, key: str
                    ) -> tuple[str | None, str, str, str | None] | None:
        """(outlet, template digest, article JSON, line keys JSON) of the input `key` cleaned
        by the cleaner `code`, or None."""
        if self.disabled:
            return None
        try:
            row = self.conn.execute(
                "SELECT outlet, templates, article, lines FROM cleaned WHERE code = ? AND "
                "input = ?", (code, key)).fetchone()
        except sqlite3.Error as e:
            self._fail(e)
            return None
        return None if row is None else (row[0], row[1], row[2], row[3])

    @_locked
    def put_cleaned(self, code: str, key: str, outlet: str | None, templates: str,
                    article: str, lines: str | None) -> None:
        """Store (replacing) the cleaning of the input `key` by the cleaner `code`, in one
        transaction that also drops the entries of every other cleaner (an older brief's)."""
        if self.disabled:
            return
        try:
            with transaction(self.conn):
                self.conn.execute("DELETE FROM cleaned WHERE code != ?", (code,))
                self.conn.execute(
                    "INSERT OR REPLACE INTO cleaned (code, input, outlet, templates, article, "
                    "lines, created) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (code, key, outlet, templates, article, lines, time.time()))
        except sqlite3.Error as e:
            self._fail(e)

    def _fail(self, error: Exception) -> None:
        if not self.disabled:
            self.disabled = True
            # reason(): the SQLite error only, never the cached text a decode error quotes.
            damaged = " is damaged" if isinstance(database_error(error, WHAT, self.path),
                                                  DamagedDatabase) else " failed"
            self.warn(f"warning: the translation cache at {self.path}{damaged} "
                      f"({reason(error)}); continuing without it (`brief cache clear` "
                      "starts it afresh)")

    @_locked
    def clear(self) -> int:
        """Delete every entry; the number deleted. DamagedDatabase when the file is corrupt
        (the caller may then remove it), DatabaseError when it cannot be written."""
        try:
            with transaction(self.conn):
                n = int(self.conn.execute("SELECT count(*) FROM entries").fetchone()[0])
                self.conn.execute("DELETE FROM entries")
                self.conn.execute("DELETE FROM signatures")
                self.conn.execute("DELETE FROM counts")
                self.conn.execute("DELETE FROM cleaned")
        except sqlite3.Error as e:
            raise database_error(e, WHAT, self.path, "clear", ADVICE) from None
        self._known.clear()
        try:  # give the space back; another process reading the file may refuse it
            self.conn.execute("VACUUM")
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error:
            pass
        self.check()  # a page the deletes did not visit may still be corrupt
        return n

    @_locked
    def check(self) -> None:
        """DamagedDatabase unless SQLite's quick_check finds the file sound."""
        try:
            verdict = self.conn.execute("PRAGMA quick_check(1)").fetchone()[0]
        except sqlite3.Error as e:
            raise database_error(e, WHAT, self.path, "check", ADVICE) from None
        if verdict != "ok":
            raise DamagedDatabase(f"the {WHAT} at {self.path} is damaged (quick_check failed); "
                                  f"{ADVICE}")

    @_locked
    def info(self) -> CacheInfo:
        """Entries, size and entries per model signature."""
        try:
            total = int(self.conn.execute("SELECT count(*) FROM entries").fetchone()[0])
            rows = self.conn.execute(
                "SELECT s.doc, count(e.input) AS n FROM signatures s "
                "LEFT JOIN entries e ON e.sig = s.sig GROUP BY s.sig ORDER BY n DESC")
            models = [(describe(row[0]), int(row[1])) for row in rows]
            cleaned = int(self.conn.execute("SELECT count(*) FROM cleaned").fetchone()[0])
        except sqlite3.Error as e:
            raise database_error(e, WHAT, self.path, "read", ADVICE) from None
        return CacheInfo(self.path, True, total, file_size(self.path), models, cleaned)

    @_locked
    def close(self) -> None:
        self.conn.close()


def file_size(path: Path) -> int:
    """Bytes of the database file and its WAL."""
    total = 0
    for p in (path, path.with_name(path.name + "-wal")):
        with contextlib.suppress(OSError):
            total += p.stat().st_size
    return total


def describe(doc: str) -> str:
    """`model-id (runtime quantization, generation...)` for `brief cache info`."""
    try:
        d = json.loads(doc)
        m = d["model"]
        gen = ", ".join(f"{k}={v}" for k, v in sorted(d.get("generation", {}).items()))
        return f"{m.get('id')} ({m.get('runtime')} {m.get('quantization')}; {gen})"
    except (ValueError, KeyError, TypeError, AttributeError):
        return "unknown signature"


def open_cache(path: str | Path | None = None, warn: Warn | None = None
               ) -> TranslationCache | None:
    """The cache, or None after one warning when it cannot be opened (corrupt, read-only)."""
    try:
        return TranslationCache.open(path, warn)
    except DatabaseError as e:
        if warn:  # a damaged file's message already says what to do
            warn(f"warning: {e}; running without it")
        return None


class CacheOpener:
    """The cache file opened once, on the first call (`open_cache`: None, after one warning,
    when it cannot be), so that the models' cache and the cleaning cache are one connection.
    `existing()` opens it only where the file exists already: a lookup made before the input
    has passed its checks creates nothing."""

    def __init__(self, path: str | Path | None = None, warn: Warn | None = None) -> None:
        self.path = Path(path) if path else default_path()
        self.warn = warn
        self._opened: list[TranslationCache | None] = []

    def __call__(self) -> TranslationCache | None:
        if not self._opened:
            self._opened.append(open_cache(self.path, self.warn))
        return self._opened[0]

    def existing(self) -> TranslationCache | None:
        """The cache when it is open or its file exists (opened now), else None."""
        if self._opened or self.path.exists():
            return self()
        return None

    @property
    def opened(self) -> TranslationCache | None:
        """The cache if a call opened it, else None (nothing is opened)."""
        return self._opened[0] if self._opened else None

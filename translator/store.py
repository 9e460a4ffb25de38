"""The store of briefs: every processed article in one SQLite file, searchable, re-renderable.

One row per article (keyed by a hash of the cleaned article, so briefing it again updates the
row), written in one transaction; full-text search over the English and the Indonesian with
FTS5. Nothing here imports the models: `brief show`, `history` and `digest` read it offline.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from . import paths
from .db import check_path, connect, connect_readonly, database_error, transaction

FILENAME = "briefs.sqlite"
WHAT = "store of briefs"
# What to do with a damaged store: never deleted for the user, since nothing stored is lost.
ADVICE = ("move it aside and brief again to start a new store; to get its briefs back, "
          "restore a backup or try `sqlite3 {path} .recover`")

# migrations[i] takes the schema from version i to i + 1 (db.connect runs them).
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE briefs (
        id           INTEGER PRIMARY KEY,
        content_hash TEXT NOT NULL UNIQUE,  -- sha256 of the cleaned article (canonical JSON)
        origin       TEXT,                  -- file, URL or <stdin> it was read from
        title        TEXT,                  -- English headline
        title_source TEXT,                  -- original (Indonesian) headline
        outlet       TEXT,
        published    TEXT,                  -- ISO 8601 with the outlet's zone, or NULL
        dateline     TEXT,
        language     TEXT,
        day          TEXT NOT NULL,         -- YYYY-MM-DD: published date in its zone, else
                                            -- the local date it was processed
        summary      TEXT NOT NULL,
        original     TEXT NOT NULL,         -- the input text as read, page junk included
        article_json TEXT NOT NULL,         -- the cleaned article: metadata and paragraphs
        brief_json   TEXT NOT NULL,         -- the brief as `--format json` prints it:
                                            -- translation with flags, summary, models, notes
        models_json  TEXT NOT NULL,         -- the signature: model ids, revisions, settings
        version      TEXT,                  -- brief's version that made it
        created_at   TEXT NOT NULL,         -- first stored (UTC, ISO 8601)
        processed_at TEXT NOT NULL          -- last briefed (UTC, ISO 8601)
    );
    CREATE INDEX briefs_day ON briefs (day, published, processed_at);
    CREATE INDEX briefs_outlet ON briefs (outlet COLLATE NOCASE);
    CREATE VIRTUAL TABLE briefs_fts USING fts5 (
        english, indonesian, tokenize = 'unicode61 remove_diacritics 2'
    );
    """,
    # 2: the lines of every stored page, as keys (templates.line_key), so that an outlet's
    # template lines (promos, pleas, footers) are known by their recurring on its pages.
    # Briefs stored before this version have no keys: the index fills as articles are briefed.
    """
    CREATE TABLE template_lines (
        brief_id INTEGER NOT NULL REFERENCES briefs (id) ON DELETE CASCADE,
        page     TEXT NOT NULL,                  -- sha256 of the page text as read
        outlet   TEXT NOT NULL COLLATE NOCASE,
        key      TEXT NOT NULL,                  -- templates.line_key of one line
        PRIMARY KEY (brief_id, key)
    );  -- not WITHOUT ROWID: SQLite 3.40's integrity_check then reports false NULLs
    CREATE INDEX template_lines_outlet ON template_lines (outlet, key, page);
    """,
)


def default_path() -> Path:
    """The store's file: BRIEF_HOME, else the OS user data dir, then briefs.sqlite."""
    return paths.data_dir() / FILENAME


def content_hash(article: dict[str, Any]) -> str:
    """A stable hash of the cleaned article (metadata and paragraphs)."""
    canonical = json.dumps(article, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def page_hash(text: str) -> str:
    """The identity of a page as read (its text), which its template keys are filed under."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def article_day(published: str | None, processed: datetime) -> str:
    """The published date in the article's own zone, else the local date it was processed."""
    if published:
        try:
            return datetime.fromisoformat(published).date().isoformat()
        except ValueError:
            pass
    return processed.astimezone().date().isoformat()


@dataclass(frozen=True)
class Entry:
    """A stored brief: its row id, dates and the brief's JSON document."""

    id: int
    day: str
    created_at: str
    processed_at: str
    doc: dict[str, Any]  # the README's JSON shape

    @property
    def title(self) -> str:
        return self.doc.get("title") or self.doc["source"].get("title") or "(untitled)"

    @property
    def outlet(self) -> str | None:
        return self.doc["source"].get("outlet")

    def summary_row(self) -> dict[str, Any]:
        """The short form `brief history --format json` prints."""
        s = self.doc["source"]
        return {"id": self.id, "day": self.day, "title": self.title, "outlet": s.get("outlet"),
                "published": s.get("published"), "dateline": s.get("dateline"),
                "summary": self.doc.get("summary"), "origin": s.get("origin"),
                "processed_at": self.processed_at}


class Store:
    """An open store file."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path

    @classmethod
    def open(cls, path: str | Path | None = None) -> Store:
        """Open (creating it if needed) the store at `path`, default `default_path()`."""
        path = Path(path) if path else default_path()
        return cls(connect(path, MIGRATIONS, what=WHAT, advice=ADVICE), path)

    @classmethod
    def open_existing(cls, path: str | Path | None = None) -> Store | None:
        """Open the store read-only if it exists (reading never creates or changes a file, and
        works on read-only media); DatabaseError when it cannot be read."""
        path = Path(path) if path else default_path()
        check_path(path, WHAT)
        if not path.exists():
            return None
        return cls(connect_readonly(path, MIGRATIONS, what=WHAT, advice=ADVICE), path)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def save(self, doc: dict[str, Any], article: dict[str, Any], original: str,
             now: datetime | None = None) -> int:
        """Store one brief in one transaction; the same article again updates its row."""
        now = now or datetime.now(timezone.utc)
        stamp = now.astimezone(timezone.utc).isoformat(timespec="seconds")
        src = doc["source"]
        row = {
            "content_hash": content_hash(article), "origin": src.get("origin"),
            "title": doc.get("title"), "title_source": src.get("title"),
            "outlet": src.get("outlet"), "published": src.get("published"),
            "dateline": src.get("dateline"), "language": src.get("language"),
            "day": article_day(src.get("published"), now), "summary": doc.get("summary") or "",
            "original": original, "article_json": _dumps(article), "brief_json": _dumps(doc),
            "models_json": _dumps(doc.get("models")), "version": doc.get("version"),
            "created_at": stamp, "processed_at": stamp,
        }
        cols = ", ".join(row)
        marks = ", ".join(f":{c}" for c in row)
        updates = ", ".join(f"{c} = excluded.{c}" for c in row if c != "created_at")
        english = "\n".join([doc.get("title") or "", doc.get("summary") or "",
                             *(p["text"] for p in doc.get("paragraphs", []))])
        indonesian = "\n".join([src.get("title") or "",
                                *(p["source"] for p in doc.get("paragraphs", []))])
        try:
            with transaction(self.conn):
                rowid = self.conn.execute(
                    f"INSERT INTO briefs ({cols}) VALUES ({marks}) "
                    f"ON CONFLICT (content_hash) DO UPDATE SET {updates} RETURNING id",
                    row).fetchone()[0]
                self.conn.execute("DELETE FROM briefs_fts WHERE rowid = ?", (rowid,))
                self.conn.execute("INSERT INTO briefs_fts (rowid, english, indonesian) "
                                  "VALUES (?, ?, ?)", (rowid, english, indonesian))
                self._index_lines(rowid, src.get("outlet"), original)
        except sqlite3.Error as e:
            raise database_error(e, WHAT, self.path, "write", ADVICE) from None
        return int(rowid)

    def _index_lines(self, brief_id: int, outlet: str | None, original: str) -> None:
        """File the page's line keys under its outlet (inside the caller's transaction)."""
        from .clean_cache import page_line_keys

        self.conn.execute("DELETE FROM template_lines WHERE brief_id = ?", (brief_id,))
        if not outlet:
            return  # a line cannot be an outlet's template when the outlet is unknown
        page = page_hash(original)
        self.conn.executemany(
            "INSERT INTO template_lines (brief_id, page, outlet, key) VALUES (?, ?, ?, ?)",
            [(brief_id, page, outlet, key) for key in sorted(page_line_keys(original))])

    def template_keys(self, outlet: str, min_articles: int = 3,
                      exclude_article: str | None = None) -> frozenset[str]:
        """Keys of the lines seen on `min_articles` or more stored pages of `outlet` (case
        ignored), not counting the page whose `page_hash` is `exclude_article`."""
        try:
            rows = self.conn.execute(
                "SELECT key FROM template_lines WHERE outlet = ? AND page IS NOT ? "
                "GROUP BY key HAVING count(DISTINCT page) >= ?",
                (outlet, exclude_article, min_articles)).fetchall()
        except sqlite3.Error as e:
            raise self._read_error(e) from None
        return frozenset(r[0] for r in rows)

    def get(self, brief_id: int) -> Entry | None:
        """One stored brief, or None."""
        if not -(2**63) <= brief_id < 2**63:  # beyond SQLite's INTEGER: no row can have it
            return None
        try:
            row = self.conn.execute(f"SELECT {_ENTRY_COLS} FROM briefs WHERE id = ?",
                                    (brief_id,)).fetchone()
            return _entry(row) if row else None
        except (sqlite3.Error, ValueError) as e:
            raise self._read_error(e) from None

    def stored(self, article: dict[str, Any]) -> dict[str, Any] | None:
        """The stored brief (JSON shape) of this cleaned article, or None (cluster resume)."""
        try:
            row = self.conn.execute("SELECT brief_json FROM briefs WHERE content_hash = ?",
                                    (content_hash(article),)).fetchone()
            return json.loads(row["brief_json"]) if row else None
        except (sqlite3.Error, ValueError) as e:
            raise self._read_error(e) from None

    def count(self) -> int:
        """How many briefs are stored."""
        try:
            return int(self.conn.execute("SELECT count(*) FROM briefs").fetchone()[0])
        except sqlite3.Error as e:
            raise self._read_error(e) from None

    def _read_error(self, error: Exception) -> Exception:
        return database_error(error, WHAT, self.path, "read", ADVICE)

    def query(self, *, since: date | None = None, until: date | None = None,
              outlets: Sequence[str] = (), search: str | None = None,
              limit: int | None = None, oldest_first: bool = False) -> list[Entry]:
        """Stored briefs by article date (newest first unless `oldest_first`), filtered."""
        where, args = [], []
        if since:
            where.append("b.day >= ?")
            args.append(since.isoformat())
        if until:
            where.append("b.day <= ?")
            args.append(until.isoformat())
        if outlets:
            where.append("lower(b.outlet) IN (" + ", ".join("?" * len(outlets)) + ")")
            args += [o.lower() for o in outlets]
        if search:
            where.append("b.id IN (SELECT rowid FROM briefs_fts WHERE briefs_fts MATCH ?)")
            args.append(fts_query(search))
        order = "ASC" if oldest_first else "DESC"
        sql = (f"SELECT {_ENTRY_COLS} FROM briefs b"
               + (" WHERE " + " AND ".join(where) if where else "")
               + f" ORDER BY b.day {order}, coalesce(b.published, b.processed_at) {order},"
                 f" b.id {order}")
        if limit:
            sql += " LIMIT ?"
            args.append(limit)
        try:
            return [_entry(r) for r in self.conn.execute(sql, args)]
        except (sqlite3.Error, ValueError) as e:
            raise self._read_error(e) from None


def template_lookup(path: str | Path | None = None) -> Callable[[str, str], frozenset[str]]:
    """A `templates` lookup for the pipeline: (outlet, page text) -> the keys of the outlet's
    template lines in the store at `path` (default_path()), that page not counted. No store,
    or one that cannot be read, knows none (a save to it then reports the problem)."""
    def lookup(outlet: str, text: str) -> frozenset[str]:
        from .errors import DatabaseError

        try:
            store = Store.open_existing(path)  # per article: a read-only open costs ~1 ms
            if store is None:
                return frozenset()
            with store:
                return store.template_keys(outlet, exclude_article=page_hash(text))
        except (DatabaseError, sqlite3.Error, OSError):
            return frozenset()
    return lookup


def fts_query(text: str) -> str:
    """User words -> an FTS5 query matching briefs that contain every word (as prefixes)."""
    words = [w for w in "".join(c if c.isalnum() else " " for c in text).split() if w]
    return " ".join(f'"{w}"*' for w in words) or '""'


_ENTRY_COLS = "id, day, created_at, processed_at, brief_json"


def _entry(row: sqlite3.Row) -> Entry:
    return Entry(id=row["id"], day=row["day"], created_at=row["created_at"],
                 processed_at=row["processed_at"], doc=json.loads(row["brief_json"]))


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


class StoreWriter:
    """Saves each brief of a run to the store, opened on first use; a store that cannot be
    written is reported once and then left alone, so the briefs on stdout are never lost."""

    def __init__(self, path: str | None, warn: Callable[[str], None]) -> None:
        self.path = path
        self.warn = warn
        self._store: Store | None = None
        self._broken = False
        self.saved: list[int] = []

    def save(self, doc: dict[str, Any], article: dict[str, Any], original: str) -> int | None:
        """Save one brief; its id, or None when the store cannot be written (warned once)."""
        if self._broken:
            return None
        from .db import reason
        from .errors import DatabaseError

        try:
            if self._store is None:
                self._store = Store.open(self.path)
            brief_id = self._store.save(doc, article, original)
        except (DatabaseError, sqlite3.Error, OSError) as e:
            self._broken = True
            why = e if isinstance(e, DatabaseError) else reason(e)  # never quote stored text
            self.warn(f"warning: not saved to the store: {why}; the brief is printed anyway")
            return None
        self.saved.append(brief_id)
        return brief_id

    def close(self) -> None:
        """Close the store if it was opened."""
        if self._store is not None:
            self._store.close()
            self._store = None

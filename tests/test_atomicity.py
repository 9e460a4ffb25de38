"""Writes are all or nothing: a fault between the statements of a store save or of a cache batch
write leaves no half of it behind, and the next write works.

Faults are injected on the object's own connection without touching production code: SQLite's
authorizer (`Connection.set_authorizer`) refuses one write step when its statement is prepared,
so that statement fails after the ones before it ran; a TEMP trigger (on this connection only,
nothing in the file) aborts one row in the middle of a multi-row insert.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from translator.cache import TranslationCache, input_key
from translator.errors import DatabaseError
from translator.store import Store

from .test_store import make_doc, save

WRITES = {sqlite3.SQLITE_INSERT: "INSERT", sqlite3.SQLITE_UPDATE: "UPDATE",
          sqlite3.SQLITE_DELETE: "DELETE"}
COMMIT = ("COMMIT", "")
Step = tuple[str, str]  # (INSERT/UPDATE/DELETE, table) or COMMIT


def _step(action: int, arg1: str | None) -> Step | None:
    if action in WRITES:
        return WRITES[action], arg1 or ""
    if action == sqlite3.SQLITE_TRANSACTION and arg1 == "COMMIT":
        return COMMIT
    return None


def write_steps(conn: sqlite3.Connection, write: Callable[[], object]) -> list[Step]:
    """The write steps `write()` prepares on `conn`, in order (setting an authorizer expires
    the prepared statements, so every statement is prepared afresh and seen)."""
    seen: list[Step] = []

    def record(action, arg1, arg2, db, source):
        step = _step(action, arg1)
        if step and step not in seen:
            seen.append(step)
        return sqlite3.SQLITE_OK

    conn.set_authorizer(record)
    try:
        write()
    finally:
        conn.set_authorizer(None)
    return seen


def deny(conn: sqlite3.Connection, step: Step) -> list[Step]:
    """Refuse `step` from now on; the list it returns fills when the refusal fires."""
    fired: list[Step] = []

    def check(action, arg1, arg2, db, source):
        if _step(action, arg1) == step:
            fired.append(step)
            return sqlite3.SQLITE_DENY
        return sqlite3.SQLITE_OK

    conn.set_authorizer(check)
    return fired


def snapshot(path: Path) -> dict[str, int]:
    """Rows of every table in the file (FTS5 shadow tables too), as a new connection sees it:
    what is committed, not what the writer's connection may still hold."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        conn.close()


def assert_sound(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'briefs_fts'").fetchone():
            # FTS5's own check: the full-text index matches the rows it indexes.
            conn.execute("INSERT INTO briefs_fts (briefs_fts) VALUES ('integrity-check')")
    finally:
        conn.close()


# --- the store: one brief per save ------------------------------------------------------------

FIRST = make_doc()
UPDATED = make_doc(summary="Floods hit Jakarta again; thousands leave their homes.")  # same article
OTHER = make_doc(title="Rice prices climb", summary="Rice is dearer.",
                 paragraphs=[("Harga beras naik di pasar.", "The price of rice rose.")])

CASES = {"a new article": OTHER, "an article briefed again": UPDATED}


def _stored_docs(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT brief_json FROM briefs ORDER BY id")]
    finally:
        conn.close()


@pytest.mark.parametrize("doc", CASES.values(), ids=CASES.keys())
def test_a_save_failing_at_any_step_leaves_the_store_as_it_was(tmp_path, doc):
    with Store.open(tmp_path / "probe.sqlite") as probe:
        save(probe, FIRST)
        steps = write_steps(probe.conn, lambda: save(probe, doc))
    assert ("INSERT", "briefs") in steps and ("INSERT", "briefs_fts") in steps, steps
    for n, step in enumerate(steps):
        path = tmp_path / f"s{n}.sqlite"
        with Store.open(path) as store:
            save(store, FIRST)
            before, docs = snapshot(path), _stored_docs(path)
            fired = deny(store.conn, step)
            with pytest.raises(DatabaseError):
                save(store, doc)
            store.conn.set_authorizer(None)
            assert fired, f"the fault at {step} never fired"
            assert not store.conn.in_transaction, f"{step}: a transaction was left open"
            assert snapshot(path) == before, f"{step}: half a save was left behind"
            assert _stored_docs(path) == docs, step
            assert_sound(path)

            save(store, doc)  # the next save works, whole
            assert store.count() == len(docs) + (doc is OTHER), step
            assert [e.doc for e in store.query(search=doc["summary"].split()[0])][:1] == [doc]
        assert_sound(path)


# --- the cache: one batch per transaction ---------------------------------------------------

SIG, DOC = "f" * 64, '{"model": {"id": "tiny"}}'
BATCH = [(input_key(f"kalimat {i}"), f"sentence {i}") for i in range(5)]


def _rows(path: Path) -> tuple[int, int]:
    counts = snapshot(path)
    return counts["signatures"], counts["entries"]


def _check_batch_was_all_or_nothing(path: Path, cache: TranslationCache,
                                    warnings: list[str]) -> None:
    assert cache.disabled and len(warnings) == 1, warnings  # warned once and stepped aside
    assert not cache.conn.in_transaction, "a transaction was left open"
    assert _rows(path) == (0, 0), "half a batch was left behind"
    assert_sound(path)
    cache.close()
    again = TranslationCache.open(path)  # the next run writes the same batch whole
    try:
        again.put_many(SIG, DOC, BATCH)
        assert not again.disabled
        assert again.get_many(SIG, [k for k, _ in BATCH]) == dict(BATCH)
    finally:
        again.close()
    assert _rows(path) == (1, len(BATCH))


def test_every_step_of_a_batch_write_is_covered(tmp_path):
    cache = TranslationCache.open(tmp_path / "c.sqlite")
    try:
        steps = write_steps(cache.conn, lambda: cache.put_many(SIG, DOC, BATCH))
    finally:
        cache.close()
    assert steps == [("INSERT", "signatures"), ("INSERT", "entries"), COMMIT]


@pytest.mark.parametrize("step", [("INSERT", "entries"), COMMIT], ids=["entries", "commit"])
def test_a_batch_write_failing_after_its_first_statement_leaves_nothing(tmp_path, step):
    path = tmp_path / "c.sqlite"
    warnings: list[str] = []
    cache = TranslationCache.open(path, warnings.append)
    fired = deny(cache.conn, step)
    cache.put_many(SIG, DOC, BATCH)  # the signature row is written first, then this fails
    cache.conn.set_authorizer(None)
    assert fired
    _check_batch_was_all_or_nothing(path, cache, warnings)


def test_a_batch_write_failing_mid_batch_leaves_none_of_its_rows(tmp_path):
    path = tmp_path / "c.sqlite"
    warnings: list[str] = []
    cache = TranslationCache.open(path, warnings.append)
    fourth = BATCH[3][0]  # a hex digest: safe inside the SQL text
    cache.conn.execute(
        "CREATE TEMP TRIGGER inject BEFORE INSERT ON main.entries "
        f"WHEN NEW.input = '{fourth}' BEGIN SELECT RAISE(ABORT, 'injected fault'); END")
    cache.put_many(SIG, DOC, BATCH)  # rows 1-3 are inserted, the fourth aborts
    cache.conn.execute("DROP TRIGGER temp.inject")
    _check_batch_was_all_or_nothing(path, cache, warnings)

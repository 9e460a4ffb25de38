"""The shared SQLite layer: migrations, atomic transactions, refusal of newer schemas."""

from __future__ import annotations

import sqlite3

import pytest

from translator import paths
from translator.db import connect, schema_version, transaction
from translator.errors import DamagedDatabase, DatabaseError

V1 = "CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL);"
V2 = "ALTER TABLE t ADD COLUMN w TEXT;\nCREATE INDEX t_v ON t (v);"


def test_migrations_run_once_and_in_order(tmp_path):
    db = tmp_path / "sub" / "x.sqlite"
    conn = connect(db, [V1])
    assert schema_version(conn) == 1
    conn.execute("INSERT INTO t (v) VALUES ('a')")
    conn.close()
    conn = connect(db, [V1, V2])
    assert schema_version(conn) == 2
    assert [tuple(r) for r in conn.execute("SELECT v, w FROM t")] == [("a", None)]
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_transaction_rolls_back_on_error(tmp_path):
    conn = connect(tmp_path / "x.sqlite", [V1])
    with pytest.raises(RuntimeError), transaction(conn):
        conn.execute("INSERT INTO t (v) VALUES ('half')")
        raise RuntimeError("crash mid-write")
    assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 0


def test_newer_schema_is_refused(tmp_path):
    db = tmp_path / "x.sqlite"
    connect(db, [V1, V2]).close()
    with pytest.raises(DatabaseError, match="newer than this brief"):
        connect(db, [V1])


def test_garbage_file_is_a_clear_error(tmp_path):
    db = tmp_path / "x.sqlite"
    db.write_bytes(b"this is not a database" * 100)
    with pytest.raises(DamagedDatabase, match="is damaged .file is not a database."):
        connect(db, [V1])


def test_failed_migration_leaves_the_old_version(tmp_path):
    db = tmp_path / "x.sqlite"
    connect(db, [V1]).close()
    with pytest.raises((DatabaseError, sqlite3.Error)):
        connect(db, [V1, "ALTER TABLE nope ADD COLUMN z TEXT;"])
    assert schema_version(connect(db, [V1])) == 1


def test_brief_home_moves_data_and_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEF_HOME", str(tmp_path / "h"))
    assert paths.data_dir() == tmp_path / "h"
    assert paths.cache_dir() == tmp_path / "h" / "cache"
    monkeypatch.delenv("BRIEF_HOME")
    assert paths.data_dir() != paths.cache_dir()

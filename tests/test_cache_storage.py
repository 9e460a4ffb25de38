"""The translation cache's storage (translator/cache.py): unusable files, two writers."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from translator.backends.cached import CachedBackend
from translator.cache import TranslationCache, open_cache

from .fakes import GEN, IdentityBackend, upper


def rows(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT count(*) FROM entries").fetchone()[0]


def test_entries_survive_a_new_process_connection(tmp_path):
    path = tmp_path / "c.sqlite"
    c1 = TranslationCache.open(path)
    CachedBackend(IdentityBackend(upper), c1).generate_batch(["satu"], GEN)
    c1.close()
    inner = IdentityBackend(upper)
    assert CachedBackend(inner, TranslationCache.open(path)).generate_batch(["satu"], GEN) == [
        "SATU"]
    assert inner.batches == []


# --- a cache that cannot be used never stops a brief ---------------------------------------

def test_a_corrupt_file_warns_once_and_gives_no_cache(tmp_path):
    path = tmp_path / "c.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    warnings: list[str] = []
    assert open_cache(path, warnings.append) is None
    assert len(warnings) == 1 and str(path) in warnings[0]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permissions")
def test_a_read_only_directory_warns_once_and_gives_no_cache(tmp_path):
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    warnings: list[str] = []
    try:
        assert open_cache(ro / "c.sqlite", warnings.append) is None
    finally:
        ro.chmod(0o700)
    assert len(warnings) == 1


# --- two processes at once -----------------------------------------------------------------

# Imports only translator (a stand-in backend, not tests.fakes) and runs from a neutral cwd, so
# that under CI the child uses the installed package, as its parent does.
WRITER = textwrap.dedent("""
    import sys
    from translator.backends.base import Seq2SeqBackend
    from translator.backends.cached import CachedBackend
    from translator.cache import TranslationCache
    from translator.config import Generation

    class Upper(Seq2SeqBackend):
        runtime = model_id = "identity"

        def generate_batch(self, texts, gen):
            return [t.upper() for t in texts]

    print("ready", flush=True)
    sys.stdin.readline()  # "go": both writers open and write at once
    cache = TranslationCache.open(sys.argv[1])
    backend = CachedBackend(Upper(), cache)
    name = sys.argv[2]
    for i in range(150):  # one transaction per batch, interleaved with the other process
        out = backend.generate_batch([f"{name} {i}", f"shared {i}"], Generation(num_beams=2))
        assert out == [f"{name} {i}".upper(), f"shared {i}".upper()], out
    assert not cache.disabled, "the cache stepped aside (a write failed)"
    print("ok")
""")
HANG_S = 600  # a hang guard only: SQLite's busy timeout (db.BUSY_TIMEOUT_S) bounds each wait


def test_two_processes_writing_at_once_both_succeed(tmp_path):
    path = tmp_path / "c.sqlite"
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(path), name], cwd=tmp_path,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
             for name in ("alpha", "beta")]
    for p in procs:  # both have started and imported: let them race
        assert p.stdout.readline() == "ready\n", p.communicate()
    for p in procs:
        p.stdin.write("go\n")
        p.stdin.flush()
    try:
        results = [p.communicate(timeout=HANG_S) for p in procs]
    except subprocess.TimeoutExpired:
        for p in procs:
            p.kill()
        pytest.fail(f"a writer was still running after {HANG_S} s: hung, not slow")
    assert [p.returncode for p in procs] == [0, 0], results
    assert rows(path) == 150 * 3
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


# --- an article's token counts ---------------------------------------------------------------

def test_token_counts_round_trip_and_replace(tmp_path):
    c = TranslationCache.open(tmp_path / "c.sqlite")
    assert c.get_counts("tok", "art") == {}
    c.put_counts("tok", "art", {"a": 3, "b": 7})
    c.put_counts("tok", "art", {"a": 3, "b": 7, "c": 1})  # a rerun that counted more
    c.close()
    again = TranslationCache.open(tmp_path / "c.sqlite")
    assert again.get_counts("tok", "art") == {"a": 3, "b": 7, "c": 1}
    assert again.get_counts("other-tokenizer", "art") == {}


def test_clear_removes_token_counts_too(tmp_path):
    c = TranslationCache.open(tmp_path / "c.sqlite")
    c.put_counts("tok", "art", {"a": 3})
    c.clear()
    assert c.get_counts("tok", "art") == {}


def test_a_cache_of_the_previous_schema_keeps_its_outputs_and_gains_counts(tmp_path):
    from translator.cache import MIGRATIONS

    path = tmp_path / "c.sqlite"
    with sqlite3.connect(path) as conn:  # as the release before the counts table left it
        for script in MIGRATIONS[:2]:
            conn.executescript(script)
        conn.execute("PRAGMA user_version = 2")
    old = TranslationCache.open(path)
    CachedBackend(IdentityBackend(upper), old).generate_batch(["satu"], GEN)
    old.close()
    c = TranslationCache.open(path)
    inner = IdentityBackend(upper)
    assert CachedBackend(inner, c).generate_batch(["satu"], GEN) == ["SATU"]
    assert inner.batches == []
    c.put_counts("tok", "art", {"a": 3})
    assert c.get_counts("tok", "art") == {"a": 3}

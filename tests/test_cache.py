"""The translation cache: a backend wrapper over SQLite, its CLI, concurrency and crashes."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from translator.backends.transformers_backend import TransformersBackend
from translator.cache import CachedBackend, TranslationCache, default_path, open_cache
from translator.config import Generation

from .fakes import IdentityBackend

GEN = Generation(num_beams=4, length_ratio=2.0)


def upper(text: str, gen: Generation) -> str:
    return text.upper()


@pytest.fixture
def cache(tmp_path):
    c = TranslationCache.open(tmp_path / "c.sqlite")
    yield c
    c.close()


def rows(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT count(*) FROM entries").fetchone()[0]


# --- the wrapper, on the identity backend -------------------------------------------------

def test_a_repeated_batch_is_answered_from_the_cache(cache):
    inner = IdentityBackend(upper)
    backend = CachedBackend(inner, cache)
    first = backend.generate_batch(["satu", "dua"], GEN)
    second = backend.generate_batch(["satu", "dua"], GEN)
    assert first == second == ["SATU", "DUA"]
    assert [texts for texts, _ in inner.batches] == [["satu", "dua"]]
    assert (cache.hits, cache.misses) == (2, 2)


def test_only_the_misses_go_to_the_model_in_one_call_and_order_is_kept(cache):
    inner = IdentityBackend(upper)
    backend = CachedBackend(inner, cache)
    backend.generate_batch(["b", "d"], GEN)
    out = backend.generate_batch(["a", "b", "c", "d", "a"], GEN)
    assert out == ["A", "B", "C", "D", "A"]
    assert [texts for texts, _ in inner.batches] == [["b", "d"], ["a", "c"]]  # "a" sent once


def test_whitespace_and_unicode_variants_share_an_entry(cache):
    inner = IdentityBackend(upper)
    backend = CachedBackend(inner, cache)
    first = backend.generate_batch(["Kaf\u00e9  di Jakarta "], GEN)  # composed é
    again = backend.generate_batch(["Kafe\u0301 di\tJakarta", "Kaf\u00e9 di Jakarta"], GEN)
    assert len(inner.batches) == 1
    assert again == first * 2


@pytest.mark.parametrize("change", [
    lambda b: setattr(b, "revision", "other-commit"),
    lambda b: setattr(b, "runtime", "ctranslate2"),
    lambda b: setattr(b, "quantization", "int8"),
])
def test_another_model_signature_misses(cache, change):
    a = IdentityBackend(upper)
    CachedBackend(a, cache).generate_batch(["satu"], GEN)
    b = IdentityBackend(upper)
    change(b)
    CachedBackend(b, cache).generate_batch(["satu"], GEN)
    assert len(b.batches) == 1


def test_other_generation_settings_miss(cache):
    inner = IdentityBackend(upper)
    backend = CachedBackend(inner, cache)
    backend.generate_batch(["satu"], GEN)
    backend.generate_batch(["satu"], Generation(num_beams=6, length_ratio=2.0))
    backend.generate_batch(["satu"], GEN)
    assert len(inner.batches) == 2


def test_signature_and_tokens_are_the_inner_backends(cache):
    inner = IdentityBackend()
    backend = CachedBackend(inner, cache)
    assert backend.signature() == inner.signature()
    assert backend.count_tokens("a b c") == inner.count_tokens("a b c")
    assert backend.runtime == "identity"


def test_a_failing_model_writes_nothing(cache, tmp_path):
    def boom(text, gen):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        CachedBackend(IdentityBackend(boom), cache).generate_batch(["satu"], GEN)
    assert rows(tmp_path / "c.sqlite") == 0


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


def test_a_cache_failing_mid_run_warns_once_and_steps_aside(tmp_path):
    warnings: list[str] = []
    cache = TranslationCache.open(tmp_path / "c.sqlite", warnings.append)
    inner = IdentityBackend(upper)
    backend = CachedBackend(inner, cache)
    cache.conn.close()  # every later query fails
    assert backend.generate_batch(["satu"], GEN) == ["SATU"]
    assert backend.generate_batch(["dua"], GEN) == ["DUA"]
    assert len(warnings) == 1 and cache.disabled


# --- two processes at once -----------------------------------------------------------------

# Imports only translator (a stand-in backend, not tests.fakes) and runs from a neutral cwd, so
# that under CI the child uses the installed package, as its parent does.
WRITER = textwrap.dedent("""
    import sys
    from translator.backends.base import Seq2SeqBackend
    from translator.cache import CachedBackend, TranslationCache
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


# --- end to end with the tiny models ---------------------------------------------------------

ARTICLE = "\n\n".join([
    "Blinken-Lavrov Bertemu untuk Pertama Kalinya Sejak Invasi Rusia ke Ukraina",
    "Seorang pejabat senior Departemen Luar Negeri AS mengatakan pembicaraan itu berlangsung "
    "kurang dari 10 menit.",
    "Pihak Rusia memberikan gambaran yang berbeda. Juru bicara Kementerian Luar Negeri Rusia "
    "Maria Zakharova menyebut Blinken yang meminta berbicara dengan Lavrov.",
    "Terakhir kali kedua diplomat itu bertatap muka adalah di Jenewa, Swiss, pada Januari 2022. "
    "Sejak itu mereka hanya sekali berbicara melalui telepon, yakni pada Juli tahun lalu.",
    "Pertemuan G20 di New Delhi sendiri berakhir tanpa pernyataan bersama. Tuan rumah India "
    "hanya mengeluarkan ringkasan ketua karena Rusia dan China menolak paragraf tentang perang.",
])
CHANGED_OLD = "kurang dari 10 menit."
CHANGED_NEW = "kurang dari 15 menit."


def small_config(tmp_path: Path, models, num_beams: int = 2, name: str = "m.yaml") -> Path:
    """The tiny models with short fixed outputs and small batches (many cache writes)."""
    path = tmp_path / name
    path.write_text(textwrap.dedent(f"""
        translation:
          model: {models.marian}
          runtime: transformers
          batch_size: 2
          generation: {{num_beams: {num_beams}, max_new_tokens: 6}}
          retry: {{num_beams: 3, no_repeat_ngram_size: 2}}
        summarization:
          model: {models.bart}
          runtime: transformers
          generation: {{num_beams: 2}}
          lengths:
            medium: {{min_new_tokens: 6, max_new_tokens: 6}}
    """), encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def _one_torch_thread():
    """On a shared, busy machine torch's spinning worker threads make a tiny model 100x slower;
    these tests check caching, not speed, so they run on one thread (restored afterwards)."""
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


@pytest.fixture
def article(tmp_path) -> Path:
    path = tmp_path / "artikel.txt"
    path.write_text(ARTICLE + "\n", encoding="utf-8")
    return path


@pytest.fixture
def calls(monkeypatch) -> list[tuple[str, list[str]]]:
    """(model, texts) of every batch that reached a real model."""
    seen: list[tuple[str, list[str]]] = []
    real = TransformersBackend.generate_batch

    def counting(self, texts, gen):
        seen.append((Path(self.model_id).name, list(texts)))
        return real(self, texts, gen)

    monkeypatch.setattr(TransformersBackend, "generate_batch", counting)
    return seen


def translated(calls) -> list[str]:
    return [t for model, texts in calls if model == "marian" for t in texts]


def core(out: str) -> dict:
    doc = json.loads(out)
    return {"title": doc["title"], "summary": doc["summary"], "paragraphs": doc["paragraphs"]}


def test_a_rerun_is_answered_from_the_cache(brief, tiny_model_dirs, tmp_path, article, calls):
    args = ("--format", "json", "--config",
            str(small_config(tmp_path, tiny_model_dirs)), str(article))
    first = brief(*args)
    assert first.code == 0, first.err
    assert translated(calls) and any(m == "bart" for m, _ in calls)
    calls.clear()
    second = brief(*args)
    assert second.code == 0, second.err
    assert calls == []
    assert core(second.out) == core(first.out)
    assert default_path().is_file()


def test_an_edited_article_retranslates_only_the_changed_paragraph(
        brief, tiny_model_dirs, tmp_path, article, calls):
    cfg = str(small_config(tmp_path, tiny_model_dirs))
    assert brief("--format", "json", "--config", cfg, str(article)).code == 0
    calls.clear()
    article.write_text(ARTICLE.replace(CHANGED_OLD, CHANGED_NEW) + "\n", encoding="utf-8")
    r = brief("--format", "json", "--config", cfg, str(article))
    assert r.code == 0, r.err
    sent = translated(calls)
    assert sent and all(CHANGED_NEW in t for t in sent), sent
    # ... and the result is what an uncached run gives for the edited article.
    fresh = brief("--format", "json", "--no-cache", "--config", cfg, str(article))
    assert core(r.out)["paragraphs"] == core(fresh.out)["paragraphs"]


def test_changed_beams_miss_the_cache(brief, tiny_model_dirs, tmp_path, article, calls):
    for beams in (2, 3):
        cfg = str(small_config(tmp_path, tiny_model_dirs, beams, name=f"m{beams}.yaml"))
        calls.clear()
        assert brief("--format", "json", "--config", cfg, str(article)).code == 0
        assert len(translated(calls)) >= 5  # title + every sentence, again


def test_no_cache_neither_reads_nor_writes(brief, tiny_model_dirs, tmp_path, article, calls):
    args = ("--format", "json", "--no-cache", "--config",
            str(small_config(tmp_path, tiny_model_dirs)), str(article))
    assert brief(*args).code == 0
    n = len(translated(calls))
    assert brief(*args).code == 0
    assert len(translated(calls)) == 2 * n
    assert not default_path().exists()


def test_cache_info_and_clear(brief, tiny_model_dirs, tmp_path, article, calls):
    empty = brief("cache", "info")
    assert empty.code == 0 and f"path\t{default_path()}" in empty.out and "entries\t0" in empty.out
    cfg = str(small_config(tmp_path, tiny_model_dirs))
    assert brief("--format", "json", "--config", cfg, str(article)).code == 0
    info = brief("cache", "info")
    n = rows(default_path())
    assert info.code == 0 and f"entries\t{n}" in info.out and n > 0
    assert "marian (transformers float32" in info.out
    cleared = brief("cache", "clear")
    assert cleared.code == 0 and f"Cleared {n} cached outputs" in cleared.out
    assert rows(default_path()) == 0
    calls.clear()
    assert brief("--format", "json", "--config", cfg, str(article)).code == 0
    assert translated(calls)  # translated again


def test_a_corrupt_cache_does_not_stop_a_brief(brief, tiny_model_dirs, tmp_path, article):
    default_path().parent.mkdir(parents=True)
    default_path().write_bytes(b"garbage" * 1000)
    r = brief("--format", "json", "--config",
              str(small_config(tmp_path, tiny_model_dirs)), str(article))
    assert r.code == 0
    assert json.loads(r.out)["paragraphs"]
    assert r.err.count("translation cache") == 1, r.err
    cleared = brief("cache", "clear")
    assert cleared.code == 0 and "Removed the damaged cache file" in cleared.out
    assert TranslationCache.open().info().entries == 0


# --- a run killed mid-translation ---------------------------------------------------------

# Loaded by the child through PYTHONPATH: after BLOCK_AFTER model calls, the next one announces
# itself in a file and waits to be killed, so the test kills it at a known point.
BLOCKER = textwrap.dedent("""
    import os, pathlib, time
    from translator.backends import transformers_backend as tb

    real = tb.TransformersBackend.generate_batch
    count = [0]

    def slow(self, texts, gen):
        if count[0] == int(os.environ["BLOCK_AFTER"]):
            pathlib.Path(os.environ["BLOCK_FLAG"]).write_text("waiting")
            time.sleep(300)
        count[0] += 1
        return real(self, texts, gen)

    tb.TransformersBackend.generate_batch = slow
""")


def _run_until_blocked(args: list[str], env: dict, flag: Path) -> subprocess.Popen:
    flag.unlink(missing_ok=True)
    proc = subprocess.Popen([sys.executable, "-m", "translator", *args], cwd=flag.parent,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 240  # a hang guard, not a speed check
    while not flag.exists():
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"the child never reached the blocking call: {proc.communicate()}")
        time.sleep(0.05)
    return proc


def test_sigint_and_sigkill_mid_translation_leave_a_cache_that_gives_the_right_brief(
        brief, tiny_model_dirs, tmp_path, article):
    cfg = str(small_config(tmp_path, tiny_model_dirs))
    args = ["--format", "json", "--config", cfg, str(article)]
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    (hooks / "sitecustomize.py").write_text(BLOCKER, encoding="utf-8")
    flag = tmp_path / "blocked"
    env = {**os.environ, "PYTHONPATH": str(hooks),  # translator: the installed one
           "OMP_NUM_THREADS": "1",
           "BLOCK_AFTER": "2", "BLOCK_FLAG": str(flag)}

    proc = _run_until_blocked(args, env, flag)  # two batches done, the third waiting
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "Traceback" not in err and out == ""
    after_int = rows(default_path())
    assert after_int > 0

    proc = _run_until_blocked(args, env, flag)  # two more batches (the first ones are hits)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=60)
    after_kill = rows(default_path())
    assert after_kill > after_int

    with sqlite3.connect(default_path()) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    resumed = subprocess.run([sys.executable, "-m", "translator", *args], cwd=tmp_path,
                             env={**os.environ, "OMP_NUM_THREADS": "1"},
                             capture_output=True, text=True, timeout=240)
    assert resumed.returncode == 0, resumed.stderr
    uncached = brief("--no-cache", *args)
    assert uncached.code == 0, uncached.err
    assert core(resumed.stdout) == core(uncached.out)
    with sqlite3.connect(default_path()) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

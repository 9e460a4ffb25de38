"""The translation cache end to end: `brief` runs on the tiny models, `brief cache`, crashes.

What a run took from the cache is seen from outside: after a run, every cached output is
overwritten with a marker, so a later run's brief shows the marker exactly where the cache
answered and a real translation where a model ran."""

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

from translator.cache import TranslationCache, default_path

MARK = "CACHED"


def rows(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT count(*) FROM entries").fetchone()[0]


def poison() -> int:
    """Overwrite every cached output with MARK; the number of entries."""
    with sqlite3.connect(default_path()) as conn:
        return conn.execute("UPDATE entries SET output = ?", (MARK,)).rowcount


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


def small_config(tmp_path: Path, models, num_beams: int = 2, name: str = "m.yaml",
                 runtime: str = "transformers") -> Path:
    """The tiny models with short fixed outputs and small batches (many cache writes); the
    retry's beams follow `num_beams`, so a changed setting changes every output's key (a guard's
    retry under unchanged retry settings may rightly hit the cache)."""
    path = tmp_path / name
    path.write_text(textwrap.dedent(f"""
        translation:
          model: {models.marian}
          runtime: {runtime}
          batch_size: 2
          generation: {{num_beams: {num_beams}, max_new_tokens: 6}}
          retry: {{num_beams: {num_beams + 1}, no_repeat_ngram_size: 2}}
        summarization:
          model: {models.bart}
          runtime: {runtime}
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


def core(out: str) -> dict:
    doc = json.loads(out)
    return {"title": doc["title"], "summary": doc["summary"], "paragraphs": doc["paragraphs"]}


def translations(out: str) -> list[str]:
    """The brief's translated title and paragraphs."""
    doc = json.loads(out)
    return [doc["title"], *(p["text"] for p in doc["paragraphs"])]


def test_a_rerun_is_answered_from_the_cache(brief, tiny_model_dirs, tmp_path, article):
    args = ("--format", "json", "--config",
            str(small_config(tmp_path, tiny_model_dirs)), str(article))
    first = brief(*args)
    assert first.code == 0, first.err
    assert MARK not in first.out and poison() > 0
    second = brief(*args)
    assert second.code == 0, second.err
    # Every translation came from the cache: each is the marker, once per segment. (The
    # summariser then sees new text, the markers, so the summary is not one.)
    assert all(set(t.split()) == {MARK} for t in translations(second.out)), second.out
    assert default_path().is_file()


def test_a_rerun_gives_the_same_brief(brief, tiny_model_dirs, tmp_path, article):
    args = ("--format", "json", "--config",
            str(small_config(tmp_path, tiny_model_dirs)), str(article))
    first, second = brief(*args), brief(*args)
    assert first.code == second.code == 0, first.err + second.err
    assert core(second.out) == core(first.out)


def test_an_edited_article_retranslates_only_the_changed_paragraph(
        brief, tiny_model_dirs, tmp_path, article):
    cfg = str(small_config(tmp_path, tiny_model_dirs))
    assert brief("--format", "json", "--config", cfg, str(article)).code == 0
    poison()
    article.write_text(ARTICLE.replace(CHANGED_OLD, CHANGED_NEW) + "\n", encoding="utf-8")
    r = brief("--format", "json", "--config", cfg, str(article))
    assert r.code == 0, r.err
    paragraphs = json.loads(r.out)["paragraphs"]
    fresh_run = brief("--format", "json", "--no-cache", "--config", cfg, str(article))
    fresh = json.loads(fresh_run.out)["paragraphs"]
    for para, uncached in zip(paragraphs, fresh, strict=True):
        if CHANGED_NEW in para["source"]:
            # Translated again. A guard's retry may split the segment into clauses, and an
            # unchanged clause then comes (poisoned) from the cache; the rest is fresh.
            assert set(para["text"].split()) != {MARK}, para
            if MARK not in para["text"]:
                assert para["text"] == uncached["text"]
        else:
            assert set(para["text"].split()) == {MARK}, para


def test_changed_beams_miss_the_cache(brief, tiny_model_dirs, tmp_path, article):
    cfg = str(small_config(tmp_path, tiny_model_dirs, 2, name="m2.yaml"))
    assert brief("--format", "json", "--config", cfg, str(article)).code == 0
    poison()
    cfg = str(small_config(tmp_path, tiny_model_dirs, 3, name="m3.yaml"))
    r = brief("--format", "json", "--config", cfg, str(article))
    assert r.code == 0, r.err
    assert not any(MARK in p["text"] for p in json.loads(r.out)["paragraphs"])


def test_no_cache_neither_reads_nor_writes(brief, tiny_model_dirs, tmp_path, article):
    cfg = str(small_config(tmp_path, tiny_model_dirs))
    args = ("--format", "json", "--no-cache", "--config", cfg, str(article))
    assert brief(*args).code == 0
    assert not default_path().exists()  # not written
    assert brief("--format", "json", "--config", cfg, str(article)).code == 0
    n = poison()
    r = brief(*args)
    assert r.code == 0 and MARK not in r.out  # not read
    assert rows(default_path()) == n
    with sqlite3.connect(default_path()) as conn:  # and not written either
        assert {row[0] for row in conn.execute("SELECT output FROM entries")} == {MARK}


def test_cache_info_and_clear(brief, tiny_model_dirs, tmp_path, article):
    empty = brief("cache", "info")
    assert empty.code == 0 and f"path\t{default_path()}" in empty.out and "entries\t0" in empty.out
    cfg = str(small_config(tmp_path, tiny_model_dirs))
    assert brief("--format", "json", "--config", cfg, str(article)).code == 0
    info = brief("cache", "info")
    n = rows(default_path())
    assert info.code == 0 and f"entries\t{n}" in info.out and n > 0
    assert "marian (transformers float32" in info.out
    poison()
    cleared = brief("cache", "clear")
    assert cleared.code == 0 and f"Cleared {n} cached outputs" in cleared.out
    assert rows(default_path()) == 0
    r = brief("--format", "json", "--config", cfg, str(article))
    assert r.code == 0 and MARK not in r.out  # translated again
    assert rows(default_path()) == n


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
# CTranslate2 (no torch to import: each of the test's processes starts in a fraction of the
# time), one batch at a time (as on one core); the runtime does not change what the cache keeps.
BLOCKER = textwrap.dedent("""
    import os, pathlib, time
    from translator.backends import ctranslate2_backend as cb

    real = cb.CTranslate2Backend.generate_batch
    count = [0]

    def slow(self, texts, gen):
        if count[0] == int(os.environ["BLOCK_AFTER"]):
            pathlib.Path(os.environ["BLOCK_FLAG"]).write_text("waiting")
            time.sleep(300)
        count[0] += 1
        return real(self, texts, gen)

    cb.parallel_batches = lambda: 1
    cb.CTranslate2Backend.generate_batch = slow
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
        brief, tiny_model_dirs, tiny_ct2_store, tmp_path, article):
    from translator.backends.convert import store_root

    store_root().parent.mkdir(parents=True, exist_ok=True)  # the converted tiny models
    store_root().symlink_to(tiny_ct2_store, target_is_directory=True)
    cfg = str(small_config(tmp_path, tiny_model_dirs, runtime="ctranslate2"))
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

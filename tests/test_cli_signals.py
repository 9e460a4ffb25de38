"""A real process: its output piped to a reader that stops early (`| head`), and Ctrl-C in
the middle of a batch."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys

import pytest

from .conftest import ROOT, SAMPLE

ARTICLE = SAMPLE.read_text(encoding="utf-8")


def _brief(*args: str) -> subprocess.Popen:
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    return subprocess.Popen([sys.executable, "-m", "translator", *args], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_output_piped_to_a_reader_that_stops_early_exits_0_without_a_word(tmp_path):
    long = tmp_path / "long.txt"  # its cleaned text is far more than a pipe's 64 KB buffer
    long.write_text(ARTICLE + "\n\n" + "\n\n".join(
        f"Pedagang nomor {i} di Pasar Induk Cipinang mengatakan harga beras naik {i} persen "
        f"pada pekan ke-{i}, kata dia kepada wartawan." for i in range(1500)), encoding="utf-8")
    proc = _brief("clean", str(long))
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.read(100)  # `head -c 100`
    proc.stdout.close()
    err = proc.stderr.read()
    assert proc.wait(timeout=60) == 0
    assert err == b""  # no traceback, no "Exception ignored", no error line


@pytest.mark.parametrize("tiny_models", ["ctranslate2"], indirect=True)
def test_ctrl_c_mid_batch_exits_130_and_keeps_only_whole_briefs(tiny_models, tmp_path):
    files = []
    last = "di puncak Perang Dingin,” lanjutnya."  # the end of the sample's last paragraph
    for i in range(40):
        files.append(tmp_path / f"a{i:02}.txt")
        # Forty distinct stories, each its own row: a line after the sample's footer would be
        # cleaned away, and forty equal articles are one row (the store keys on the content).
        files[-1].write_text(ARTICLE.replace(last, f"{last} Pertemuan ke-{i} digelar pukul "
                                             f"{i % 12 + 1}.00 WIB di Jakarta.", 1),
                             encoding="utf-8")
    store = tmp_path / "briefs.sqlite"
    proc = _brief("--format", "jsonl", "--store", str(store), *tiny_models.args(),
                  *map(str, files))
    assert proc.stdout is not None
    # The second brief printed: the first is stored (a brief is printed, then saved).
    first, second = proc.stdout.readline(), proc.stdout.readline()
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert [json.loads(line)["source"]["origin"] for line in (first, second)] == [
        str(files[0]), str(files[1])]
    assert proc.returncode == 130, err.decode()
    assert b"Traceback" not in err and err.decode().splitlines()[-1] == "brief: interrupted"
    assert store.exists()
    with sqlite3.connect(f"file:{store}?mode=ro", uri=True) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        rows = db.execute("SELECT origin, brief_json FROM briefs ORDER BY id").fetchall()
    printed = 2 + len(out.splitlines())
    assert 1 <= len(rows) <= printed < len(files)
    assert [r[0] for r in rows] == [str(f) for f in files[:len(rows)]]
    assert all(json.loads(r[1])["paragraphs"] for r in rows)  # each one whole

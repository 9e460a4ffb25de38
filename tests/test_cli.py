"""The `brief` command end to end, on the sample, with tiny real models."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time

import pytest

from translator.errors import ExitStatus

from .conftest import ROOT, SAMPLE

FIRST = "Menteri Luar Negeri Amerika Serikat (AS) Antony Blinken"
LAST_END = "bahkan di puncak Perang Dingin,\u201d lanjutnya."


def comparable(doc: dict) -> dict:
    """A brief's JSON without what legitimately differs between runs."""
    doc = dict(doc)
    doc.pop("timings")
    doc["source"] = {k: v for k, v in doc["source"].items() if k != "origin"}
    return doc


# Input forms, output formats and settings do not depend on the runtime: one (CTranslate2, ~20x
# faster on the tiny models) is enough; test_brief_json_on_the_sample_with_tiny_models and
# tests/test_e2e_content.py run both.
one_runtime = pytest.mark.parametrize("tiny_models", ["ctranslate2"], indirect=True)


def test_exit_statuses_are_the_documented_numbers():
    assert [int(s) for s in ExitStatus] == [0, 1, 2, 3, 130]


def test_clean_json_on_the_sample(brief):
    r = brief("clean", str(SAMPLE), "--json")
    assert r.code == 0, r.err
    doc = json.loads(r.out)
    assert doc["title"] == ("Blinken-Lavrov Bertemu untuk Pertama Kalinya "
                            "Sejak Invasi Rusia ke Ukraina")
    assert doc["published"] == "2023-03-03T04:25:00+07:00"
    assert (doc["dateline"], doc["outlet"], doc["language"]) == ("NEW DELHI", "SINDOnews", "id")
    assert len(doc["paragraphs"]) == 8
    assert doc["paragraphs"][0].startswith(FIRST)
    assert doc["paragraphs"][-1].endswith(LAST_END)


def test_brief_json_on_the_sample_with_tiny_models(brief, tiny_models):
    r = brief("--format", "json", *tiny_models.args(), str(SAMPLE))
    assert r.code == 0, r.err
    doc = json.loads(r.out)
    cleaned = json.loads(brief("clean", "--json", str(SAMPLE)).out)
    assert [p["source"] for p in doc["paragraphs"]] == cleaned["paragraphs"]
    assert all(isinstance(p["text"], str) and isinstance(p["flags"], list)
               for p in doc["paragraphs"])
    assert isinstance(doc["summary"], str) and doc["summary"].strip()
    assert isinstance(doc["title"], str)
    assert doc["source"]["title"] == cleaned["title"]
    assert doc["models"]["translation"]["id"] == str(tiny_models.marian)
    assert doc["models"]["summarization"]["id"] == str(tiny_models.bart)
    assert doc["models"]["translation"]["revision"] == "local"
    assert doc["models"]["translation"]["generation"]["num_beams"] == 4
    assert set(doc["timings"]) >= {"translate_s", "summarize_s", "total_s"}


@one_runtime
def test_file_dash_and_piped_stdin_give_the_same_json(brief, tiny_models):
    data = SAMPLE.read_bytes()
    by_file = brief("--format", "json", *tiny_models.args(), str(SAMPLE))
    by_dash = brief("--format", "json", *tiny_models.args(), "-", stdin=data)
    by_pipe = brief("--format", "json", *tiny_models.args(), stdin=data)
    docs = [comparable(json.loads(r.out)) for r in (by_file, by_dash, by_pipe)]
    assert docs[0] == docs[1] == docs[2]


@one_runtime
def test_crlf_and_bom_copy_gives_the_same_brief(brief, tiny_models, tmp_path):
    odd = tmp_path / "odd.txt"
    odd.write_bytes(b"\xef\xbb\xbf" + SAMPLE.read_bytes().replace(b"\n", b"\r\n"))
    a = brief("--format", "json", *tiny_models.args(), str(SAMPLE))
    b = brief("--format", "json", *tiny_models.args(), str(odd))
    assert comparable(json.loads(a.out)) == comparable(json.loads(b.out))


@one_runtime
def test_piped_text_output_is_plain_and_full_lists_every_paragraph(brief, tiny_models):
    r = brief("--format", "text", "--full", *tiny_models.args(), str(SAMPLE))
    assert r.code == 0, r.err
    assert "\x1b[" not in r.out
    assert "SINDOnews · Fri 3 March 2023, 04:25 WIB · NEW DELHI" in r.out
    # Paragraphs are numbered "1." to "8." at a line's start ([n] marks are flag notes).
    numbers = re.findall(r"^(\d+)\. ", r.out.split("Full translation", 1)[1], re.M)
    assert numbers == [str(i) for i in range(1, 9)], numbers


@one_runtime
def test_auto_format_is_plain_text_when_piped(brief, tiny_models):
    r = brief(*tiny_models.args(), str(SAMPLE))
    assert r.code == 0, r.err
    assert "\x1b[" not in r.out and "╭" not in r.out
    assert "Original title: Blinken-Lavrov" in r.out


@one_runtime
def test_markdown_output(brief, tiny_models):
    r = brief("--format", "markdown", "--full", *tiny_models.args(), str(SAMPLE))
    assert r.code == 0, r.err
    assert r.out.startswith("# ") and "## Summary" in r.out and "## Full translation" in r.out


@one_runtime
def test_summary_length_option_changes_the_generation_settings(brief, tiny_models):
    short = json.loads(brief("--format", "json", "--length", "short", *tiny_models.args(),
                             str(SAMPLE)).out)
    long = json.loads(brief("--format", "json", "--length", "long", *tiny_models.args(),
                            str(SAMPLE)).out)
    s, lg = (d["models"]["summarization"]["generation"] for d in (short, long))
    assert s["max_new_tokens"] < lg["max_new_tokens"]
    assert (short["length"], long["length"]) == ("short", "long")


def test_offline_with_an_empty_cache_exits_3_naming_the_model(brief, tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HOME", str(tmp_path / "empty-hf"))
    monkeypatch.delenv("HF_HUB_CACHE", raising=False)
    r = brief(str(SAMPLE))
    assert r.code == 3
    assert "Helsinki-NLP/opus-mt-id-en" in r.err and "brief models pull" in r.err
    assert str(tmp_path / "empty-hf") in r.err
    assert "Traceback" not in r.err and r.err.count("\n") == 1 and r.out == ""


def test_offline_flag_without_env_also_refuses_to_download(brief, tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HOME", str(tmp_path / "empty-hf"))
    monkeypatch.delenv("HF_HUB_OFFLINE")
    r = brief("--offline", str(SAMPLE))
    assert r.code == 3 and "Helsinki-NLP/opus-mt-id-en" in r.err


def test_missing_local_model_directory_exits_3(brief, tmp_path):
    r = brief("--translation-model", str(tmp_path / "nothing"), str(SAMPLE))
    assert r.code == 3 and "does not exist" in r.err


@one_runtime
def test_models_list_says_what_is_cached(brief, tiny_models, tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HOME", str(tmp_path / "empty-hf"))
    r = brief("models", "list", "--summary-model", str(tiny_models.bart))
    assert r.code == 0, r.err
    lines = r.out.splitlines()
    assert "Helsinki-NLP/opus-mt-id-en" in lines[0] and "not cached" in lines[0]
    assert str(tiny_models.bart) in lines[1] and "cached at" in lines[1]


def test_models_pull_offline_exits_3(brief, tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HOME", str(tmp_path / "empty-hf"))
    r = brief("models", "pull")
    assert r.code == 3 and "Helsinki-NLP/opus-mt-id-en" in r.err


ENGLISH = ("JAKARTA - Indonesia's central bank kept its benchmark rate unchanged on Thursday, "
           "saying inflation was under control and the rupiah had stabilised.\n\n"
           "The governor told reporters that the bank would keep watching global markets and "
           "was ready to act if the currency came under pressure again.\n")
FRENCH = ("Le gouvernement a annoncé jeudi une nouvelle série de mesures pour soutenir les "
          "ménages, alors que l'inflation reste élevée dans la plupart des régions du pays.\n")


@one_runtime
def test_an_english_article_is_summarized_without_translation(brief, tiny_models, tmp_path):
    f = tmp_path / "en.txt"
    f.write_text(ENGLISH)
    r = brief("--format", "json", *tiny_models.args(), str(f))
    assert r.code == 0, r.err
    doc = json.loads(r.out)
    assert doc["source"]["language"] == "en"
    assert [p["text"] for p in doc["paragraphs"]] == [p["source"] for p in doc["paragraphs"]]
    assert any("English" in n for n in doc["notes"])


@pytest.mark.parametrize("setup, message", [
    (lambda d: str(d / "missing.txt"), "no such file"),
    (lambda d: str(d), "is a directory"),
    (lambda d: _write(d / "empty.txt", b""), "is empty"),
    (lambda d: _write(d / "blank.txt", b"  \n \r\n\t"), "is empty"),
    (lambda d: _write(d / "img.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20), "binary"),
    (lambda d: _write(d / "fr.txt", FRENCH.encode()), "does not look Indonesian"),
    (lambda d: _write(d / "huge.txt", b"kata " * 1_100_000), "larger than"),
    (lambda d: _write(d / "dump.txt", b"aGVsbG8gd29ybGQgdGhpcyBpcyBhIHRva2VuIGZvciB0ZXN0\n" * 80),
     "encoded data"),
])
def test_bad_input_gets_one_line_and_exit_2(brief, tmp_path, setup, message):
    r = brief(setup(tmp_path))
    assert r.code == 2
    assert message in r.err
    assert r.err.startswith("brief: error:") and r.err.count("\n") == 1
    assert r.out == ""


def _write(path, data: bytes) -> str:
    path.write_bytes(data)
    return str(path)


def test_clean_refuses_bad_input_too(brief, tmp_path):
    r = brief("clean", _write(tmp_path / "bin", b"\x00\x01\x02" * 100))
    assert r.code == 2 and "binary" in r.err


def test_no_input_on_a_terminal_is_a_usage_error(brief):
    r = brief()
    assert r.code == 2 and "no input" in r.err and r.err.count("\n") == 1


def test_unknown_option_is_a_usage_error(brief):
    r = brief("--colour", str(SAMPLE))
    assert r.code == 2 and "--colour" in r.err


def test_bad_config_is_exit_2(brief, tmp_path):
    r = brief("--config", _write(tmp_path / "m.yaml", b"translation: [\n"), str(SAMPLE))
    assert r.code == 2 and "not valid YAML" in r.err


def test_debug_shows_the_traceback(brief, tmp_path):
    from translator.errors import InputError

    with pytest.raises(InputError):
        brief("--debug", str(tmp_path / "missing.txt"))


def test_help_and_version(brief):
    assert brief("--help").code == 0
    r = brief("--version")
    assert r.code == 0 and "brief, version" in r.out


def _wait_until_reading_stdin(pid: int, limit_s: float = 120.0) -> None:
    """Return once the process sits in read(0, ...): its imports are done, main() is waiting.

    Linux shows the current system call in /proc/PID/syscall ("0 0x0 ..." on x86_64, "63 0x0
    ..." on aarch64: read on fd 0); a fixed sleep instead would race a slow, loaded machine.
    """
    read_calls = {"x86_64": "0", "aarch64": "63"}.get(os.uname().machine)
    path = f"/proc/{pid}/syscall"
    if read_calls is None or not os.path.exists(path):
        pytest.skip("needs Linux /proc/PID/syscall to see the child blocked on stdin")
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        try:
            with open(path) as f:
                fields = f.read().split()
        except OSError:  # the process is gone: let the caller see its exit status
            return
        if fields[:2] == [read_calls, "0x0"]:
            return
        time.sleep(0.02)
    pytest.fail("the child never blocked on reading stdin")


def test_interrupt_exits_130_without_traceback(tmp_path):
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "translator", "-"], cwd=ROOT, env=env,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _wait_until_reading_stdin(proc.pid)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 130
    assert b"Traceback" not in err and b"interrupted" in err

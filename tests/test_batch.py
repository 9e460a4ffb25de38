"""Many inputs in one run: expansion, one model load, JSON array, failures reported at the end."""

from __future__ import annotations

import json
import shutil

import pytest

from translator import batch, pipeline
from translator.errors import ExitStatus, InputError, ModelUnavailable
from translator.store import Store, default_path

from .conftest import SAMPLE, SAMPLES

SAMPLE_FILES = sorted(SAMPLES.glob("*.txt"))


def test_expand_directories_globs_files_urls_and_stdin(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    for name in ("b.txt", "a.html", "c.htm", "notes.md", "z.TXT"):
        (d / name).write_text("x")
    (d / "sub").mkdir()
    (d / "sub" / "deep.txt").write_text("x")
    got = batch.expand([str(d), str(d / "*.txt"), "-", "https://example.com/a?b=1",
                        str(tmp_path / "missing.txt")])
    assert got.items == [str(d / n) for n in ("a.html", "b.txt", "c.htm", "z.TXT")] + [
        str(d / "b.txt"), "-", "https://example.com/a?b=1", str(tmp_path / "missing.txt")]
    assert got.errors == [] and got.several


def test_expand_reports_what_matched_nothing(tmp_path):
    (tmp_path / "empty").mkdir()
    got = batch.expand([str(tmp_path / "empty"), str(tmp_path / "*.nothing"), "-", "-"])
    assert [why for _, why in got.errors] == [
        f"{tmp_path / 'empty'} is a directory with no .txt, .html, .htm files",
        f"{tmp_path / '*.nothing'}: no file matches", "stdin ('-') can be read only once"]
    assert got.items == ["-"]


def test_a_single_file_is_not_several(tmp_path):
    assert not batch.expand([str(SAMPLE)]).several


@pytest.mark.parametrize("statuses, expected", [
    ([], ExitStatus.OK),
    ([ExitStatus.BAD_INPUT, ExitStatus.BAD_INPUT], ExitStatus.BAD_INPUT),
    ([ExitStatus.BAD_INPUT, ExitStatus.ERROR], ExitStatus.ERROR),
])
def test_exit_status_of_a_batch(statuses, expected):
    assert batch.exit_status([batch.Failure("x", "m", s) for s in statuses]) == expected


def test_run_all_keeps_going_but_stops_at_an_unavailable_model():
    seen = []

    def one(item):
        if item == "bad":
            raise InputError("bad: is empty")
        if item == "boom":
            raise RuntimeError("bug")
        if item == "nomodel":
            raise ModelUnavailable("no model")
        return item

    failures = batch.run_all(["a", "bad", "boom", "b"], one, seen.append, status=lambda m: None)
    assert seen == ["a", "b"]
    assert [(f.source, f.status) for f in failures] == [("bad", ExitStatus.BAD_INPUT),
                                                        ("boom", ExitStatus.ERROR)]
    with pytest.raises(ModelUnavailable):
        batch.run_all(["a", "nomodel", "b"], one, seen.append, status=lambda m: None)


@pytest.fixture
def load_count(monkeypatch):
    """Counts real model loads (the loader still runs)."""
    calls = []
    real = pipeline.load_backend

    def counting(spec, resolved, *args, **kwargs):
        calls.append(str(resolved.path))
        return real(spec, resolved, *args, **kwargs)

    monkeypatch.setattr(pipeline, "load_backend", counting)
    return calls


def test_every_sample_in_one_run_loads_each_model_once(brief, tiny_models, load_count, tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    for f in SAMPLE_FILES:
        shutil.copy(f, d / f.name)
    (d / "broken.txt").write_bytes(b"\x00\x01" * 100)
    r = brief("--format", "json", *tiny_models.args(), str(d / "*.txt"))
    assert r.code == ExitStatus.BAD_INPUT  # the one failure was bad input
    assert len(load_count) == 2  # translation + summarisation, once each
    docs = json.loads(r.out)
    assert [doc["source"]["origin"] for doc in docs] == [
        str(d / f.name) for f in SAMPLE_FILES]
    assert r.err.count("brief: error:") == 1 and "broken.txt" in r.err and "binary" in r.err
    with Store.open(default_path()) as store:
        assert store.count() == len(SAMPLE_FILES)
        assert {e.outlet for e in store.query()} >= {"SINDOnews"}


def test_text_output_separates_briefs(brief, tiny_models, load_count, tmp_path):
    other = tmp_path / "detik.txt"
    other.write_bytes((SAMPLES / "detik-harga-beras.txt").read_bytes())
    r = brief("--format", "text", *tiny_models.args(), str(SAMPLE), str(other))
    assert r.code == 0, r.err
    assert r.out.count("\n" + "=" * 80 + "\n") == 1
    assert "SINDOnews" in r.out.split("=" * 80)[0] and len(load_count) == 2


def test_several_inputs_all_bad_exit_2_without_loading_a_model(brief, tmp_path, load_count):
    (tmp_path / "empty.txt").write_bytes(b"")
    r = brief("--format", "json", str(tmp_path / "empty.txt"), str(tmp_path / "missing.txt"))
    assert r.code == 2 and load_count == []
    assert json.loads(r.out) == []
    lines = r.err.splitlines()
    assert len(lines) == 2 and all(line.startswith("brief: error:") for line in lines)
    assert "is empty" in lines[0] and "no such file" in lines[1]


def test_a_missing_model_stops_a_batch_with_exit_3(brief, tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HOME", str(tmp_path / "empty-hf"))
    r = brief(str(SAMPLE), str(SAMPLES / "kompas-banjir-jakarta.txt"))
    assert r.code == 3 and r.out == ""
    assert r.err.count("\n") == 1 and "Helsinki-NLP/opus-mt-id-en" in r.err

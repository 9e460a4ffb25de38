"""Many inputs in one run: expansion, one model load, JSON array, failures reported at the end."""

from __future__ import annotations

import json
import shutil

import pytest

from translator import pipeline
from translator.cli import inputs
from translator.config import load_config
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
    got = inputs.expand([str(d), str(d / "*.txt"), "-", "https://example.com/a?b=1",
                         str(tmp_path / "missing.txt")])
    assert got.items == [str(d / n) for n in ("a.html", "b.txt", "c.htm", "z.TXT")] + [
        str(d / "b.txt"), "-", "https://example.com/a?b=1", str(tmp_path / "missing.txt")]
    assert got.errors == [] and got.several


def test_expand_reports_what_matched_nothing(tmp_path):
    (tmp_path / "empty").mkdir()
    got = inputs.expand([str(tmp_path / "empty"), str(tmp_path / "*.nothing"), "-", "-"])
    assert [why for _, why in got.errors] == [
        f"{tmp_path / 'empty'} is a directory with no .txt, .html, .htm files",
        f"{tmp_path / '*.nothing'}: no file matches", "stdin ('-') can be read only once"]
    assert got.items == ["-"]


def test_a_single_file_is_not_several(tmp_path):
    assert not inputs.expand([str(SAMPLE)]).several


@pytest.mark.parametrize("statuses, expected", [
    ([], ExitStatus.OK),
    ([ExitStatus.BAD_INPUT, ExitStatus.BAD_INPUT], ExitStatus.BAD_INPUT),
    ([ExitStatus.BAD_INPUT, ExitStatus.ERROR], ExitStatus.ERROR),
])
def test_exit_status_of_a_batch(statuses, expected):
    assert inputs.exit_status([inputs.Failure("x", "m", s) for s in statuses]) == expected


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

    failures = inputs.run_all(["a", "bad", "boom", "b"], one, seen.append, status=lambda m: None)
    assert seen == ["a", "b"]
    assert [(f.source, f.status) for f in failures] == [("bad", ExitStatus.BAD_INPUT),
                                                        ("boom", ExitStatus.ERROR)]
    with pytest.raises(ModelUnavailable):
        inputs.run_all(["a", "nomodel", "b"], one, seen.append, status=lambda m: None)


class Recorder(pipeline.Silent):
    """A reporter that keeps the status messages (the loader says "Loading MODEL ...")."""

    def __init__(self) -> None:
        self.statuses: list[str] = []

    def status(self, message: str) -> None:
        self.statuses.append(message)


# How many inputs are run does not depend on the runtime: CTranslate2 (~20x faster on the tiny
# models) is enough; tests/test_cli.py runs the main job on both runtimes.
one_runtime = pytest.mark.parametrize("tiny_models", ["ctranslate2"], indirect=True)


@one_runtime
def test_one_open_models_loads_each_model_once_for_many_articles(tiny_models):
    marian, bart = str(tiny_models.marian), str(tiny_models.bart)
    reporter = Recorder()
    models = pipeline.open_models(load_config().with_models(marian, bart), runtime="ctranslate2",
                         offline=True, cache=False, reporter=reporter)
    assert models.loaded == ()  # nothing loads before an article needs it
    origins = [pipeline.brief(path, models, reporter=reporter).origin for path in SAMPLE_FILES[:3]]
    assert origins == [str(path) for path in SAMPLE_FILES[:3]]
    assert [m for m in reporter.statuses if m.startswith("Loading")] == [
        f"Loading {marian} ...", f"Loading {bart} ..."]
    assert models.loaded == ("translation", "summarization")


def test_bad_inputs_load_no_model(tmp_path):
    models = pipeline.open_models(offline=True, cache=False)
    (tmp_path / "empty.txt").write_bytes(b"")
    for source in (tmp_path / "empty.txt", tmp_path / "missing.txt", "", "Dua kata."):
        with pytest.raises(InputError):
            pipeline.brief(source, models)
    assert models.loaded == ()


@one_runtime
def test_every_sample_in_one_run_is_briefed_once(brief, tiny_models, tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    for f in SAMPLE_FILES:
        shutil.copy(f, d / f.name)
    (d / "broken.txt").write_bytes(b"\x00\x01" * 100)
    r = brief("--format", "json", *tiny_models.args(), str(d / "*.txt"))
    assert r.code == ExitStatus.BAD_INPUT  # the one failure was bad input
    docs = json.loads(r.out)
    assert [doc["source"]["origin"] for doc in docs] == [
        str(d / f.name) for f in SAMPLE_FILES]
    assert r.err.count("brief: error:") == 1 and "broken.txt" in r.err and "binary" in r.err
    with Store.open(default_path()) as store:
        assert store.count() == len(SAMPLE_FILES)
        assert {e.outlet for e in store.query()} >= {"SINDOnews"}


@one_runtime
def test_text_output_separates_briefs(brief, tiny_models, tmp_path):
    other = tmp_path / "detik.txt"
    other.write_bytes((SAMPLES / "detik-harga-beras.txt").read_bytes())
    r = brief("--format", "text", *tiny_models.args(), str(SAMPLE), str(other))
    assert r.code == 0, r.err
    assert r.out.count("\n" + "=" * 80 + "\n") == 1
    assert "SINDOnews" in r.out.split("=" * 80)[0]


def test_several_inputs_all_bad_exit_2_without_loading_a_model(brief, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    missing = str(tmp_path / "no-model")  # loading it would be exit 3, not 2
    r = brief("--format", "json", "--translation-model", missing, "--summary-model", missing,
              str(tmp_path / "empty.txt"), str(tmp_path / "missing.txt"))
    assert r.code == 2
    assert json.loads(r.out) == []
    lines = r.err.splitlines()
    assert len(lines) == 2 and all(line.startswith("brief: error:") for line in lines)
    assert "is empty" in lines[0] and "no such file" in lines[1]


def test_a_missing_model_stops_a_batch_with_exit_3(brief, tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HOME", str(tmp_path / "empty-hf"))
    r = brief(str(SAMPLE), str(SAMPLES / "kompas-banjir-jakarta.txt"))
    assert r.code == 3 and r.out == ""
    assert r.err.count("\n") == 1 and "Helsinki-NLP/opus-mt-id-en" in r.err

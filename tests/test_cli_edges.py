"""A demanding user's edge cases of the command line: what reaches stderr, a closed pipe,
glossary files, English articles with --glossary, --rebrief, ids beyond any stored one."""

from __future__ import annotations

import errno
import io
import json
import sys
import warnings

import pytest

from translator.cli import main
from translator.store import Store

from .conftest import SAMPLE
from .test_store import make_doc, save

ENGLISH = """Rice Prices Rise Again in Jakarta Markets

JAKARTA - The price of medium-grade rice in several traditional markets in Jakarta has risen
again over the past week. At the Cipinang Main Rice Market in East Jakarta, medium rice is now
sold at Rp11,500 per kilogram, up 3.5 percent from early February.

Traders said supplies from the production centres in Central Java and West Java have fallen
because the harvest has not yet started. "Usually one truck carries ten tonnes, now at most
six," one trader at the market said on Wednesday.

The National Food Agency recorded that the average national price of medium rice reached
Rp11,900 per kilogram this week, above the ceiling price the government set last year.
"""


# --- stderr: brief's own lines only -----------------------------------------------------


def test_a_piped_run_without_q_shows_no_library_progress_bars(brief, tiny_model_dirs):
    """transformers' "Loading weights" bars are not brief's progress: never on a pipe, even
    without -q (with -q: tests/test_hub.py, nothing at all)."""
    run = brief("--no-store", "--no-cache", "--runtime", "transformers", "--translation-model",
                str(tiny_model_dirs.marian), "--summary-model", str(tiny_model_dirs.bart),
                str(SAMPLE))
    assert run.code == 0, run.err
    assert "Loading weights" not in run.err and "it/s" not in run.err
    assert run.err == ""  # piped, a clean run has nothing to say


def _noisy_cleaning(monkeypatch):
    import translator.pipeline as pipeline

    original = pipeline.clean_input

    def noisy(*args, **kwargs):
        warnings.warn("`max_length` is deprecated; use `max_new_tokens`", FutureWarning,
                      stacklevel=2)
        return original(*args, **kwargs)

    monkeypatch.setattr(pipeline, "clean_input", noisy)


def test_a_library_python_warning_never_reaches_the_reader(brief, monkeypatch):
    _noisy_cleaning(monkeypatch)
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        run = brief("clean", str(SAMPLE))
    assert run.code == 0
    assert [str(w.message) for w in seen] == [] and "Warning" not in run.err


def test_debug_lets_library_warnings_through(brief, monkeypatch):
    _noisy_cleaning(monkeypatch)
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        run = brief("clean", "--debug", str(SAMPLE))
    assert run.code == 0 and [w.category for w in seen] == [FutureWarning]


# --- a closed pipe (`brief ... | head`) --------------------------------------------------


class _ClosedPipe(io.StringIO):
    def write(self, text: str) -> int:
        raise BrokenPipeError(errno.EPIPE, "Broken pipe")

    def isatty(self) -> bool:
        return False


def test_a_reader_that_went_away_ends_the_run_quietly_with_0(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdout", _ClosedPipe())
    code = main(["clean", str(SAMPLE)])  # click alone would exit 1
    assert code == 0
    assert capsys.readouterr().err == ""


# --- --glossary --------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "text", "message"), [
    ("empty.yaml", "", "no terms in it"),
    ("comments.yaml", "# to do\n", "no terms in it"),
    ("braces.yaml", "{}\n", "no terms in it"),
    ("empty.tsv", "# term\tEnglish\n\n", "no terms in it"),
    ("twice.yaml", "Tanah Abang: keep\nKota Batu: Batu\nTanah Abang: Tanah Abang\n",
     "line 3: the term 'Tanah Abang' is given twice (first on line 1)"),
    ("spaced.yaml", "Tanah  Abang: keep\nTanah Abang: keep\n",
     "line 2: the term 'Tanah Abang' is given twice (first on line 1)"),
    ("twice.tsv", "# c\nKota Batu\tBatu\nKota Batu\tkeep\n",
     "line 3: the term 'Kota Batu' is given twice (first on line 2)"),
])
def test_an_empty_or_doubled_glossary_is_one_error_line_exit_2(brief, tmp_path, name, text,
                                                                 message):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    run = brief("--no-store", "--glossary", str(path), str(SAMPLE))  # before any model loads
    assert run.code == 2
    assert run.err.count("\n") == 1 and run.err.startswith(f"brief: error: glossary {path}: ")
    assert message in run.err


def test_the_same_term_in_another_case_is_two_terms(tmp_path):
    from translator.config import load_glossary

    path = tmp_path / "g.yaml"
    path.write_text("Batu: keep\nbatu: stone\n", encoding="utf-8")
    assert load_glossary(path) == {"Batu": "keep", "batu": "stone"}  # matching is exact


@pytest.mark.parametrize("tiny_models", ["ctranslate2"], indirect=True)
def test_glossary_on_english_articles_is_noted_once(brief, tiny_models, tmp_path):
    glossary = tmp_path / "g.yaml"
    glossary.write_text("Cipinang: keep\n", encoding="utf-8")
    files = []
    for name in ("a.txt", "b.txt"):
        files.append(tmp_path / name)
        files[-1].write_text(ENGLISH.replace("Again", name[0]), encoding="utf-8")
    run = brief("--no-store", "--format", "json", "--glossary", str(glossary),
                *tiny_models.args(), *map(str, files))
    assert run.code == 0, run.err
    assert [d["source"]["language"] for d in json.loads(run.out)] == ["en", "en"]
    notes = [line for line in run.err.splitlines() if "--glossary" in line]
    assert notes == [f"brief: note: {files[0]} is in English and is not translated, so "
                     f"--glossary {glossary} is not checked on it"]
    assert "error" not in run.err


@pytest.mark.parametrize("tiny_models", ["ctranslate2"], indirect=True)
def test_no_glossary_note_for_indonesian_or_without_glossary(brief, tiny_models, tmp_path):
    glossary = tmp_path / "g.yaml"
    glossary.write_text("Cipinang: keep\n", encoding="utf-8")
    english = tmp_path / "en.txt"
    english.write_text(ENGLISH, encoding="utf-8")
    indonesian = brief("--no-store", "--glossary", str(glossary), *tiny_models.args(),
                       str(SAMPLE))
    plain = brief("--no-store", *tiny_models.args(), str(english))
    assert indonesian.code == plain.code == 0
    assert "note:" not in indonesian.err and "note:" not in plain.err


# --- --force and --rebrief ----------------------------------------------------------------


@pytest.mark.parametrize(("flags", "rebrief", "forced"), [
    ((), False, False),
    (("--rebrief",), True, False),
    (("--force",), True, True),  # the old flag keeps both of its meanings on a cluster
    (("--force", "--rebrief"), True, True),
])
def test_rebrief_alone_briefs_stored_articles_again_on_a_cluster(brief, monkeypatch, flags,
                                                                rebrief, forced):
    import translator.cluster as cluster

    seen: dict[str, object] = {}

    class NoCluster:
        threads = 1

        def close(self) -> None:
            pass

    def run_on_cluster(_cluster, spec, items, _read, *, stored, templates, force):
        seen.update(force=force, language=spec.options.force, items=list(items))
        yield from ()

    monkeypatch.setattr(cluster, "dask_available", lambda: True)
    monkeypatch.setattr(cluster.Cluster, "local", classmethod(lambda cls, n, env=None:
                                                              NoCluster()))
    monkeypatch.setattr(cluster, "run_on_cluster", run_on_cluster)
    run = brief("--workers", "1", "--no-store", *flags, str(SAMPLE))
    assert run.code == 0, run.err
    assert seen == {"force": rebrief, "language": forced, "items": [str(SAMPLE)]}


# --- brief show ---------------------------------------------------------------------------


@pytest.mark.parametrize("brief_id", ["99999999999999999999999", "-99999999999999999999999",
                                      "9223372036854775808"])
def test_show_of_an_id_beyond_any_stored_one_is_not_found(brief, tmp_path, brief_id):
    path = tmp_path / "briefs.sqlite"
    with Store.open(path) as store:
        save(store, make_doc("Rice prices rise"))
    run = brief("show", "--store", str(path), "--", brief_id)
    assert run.code == 2
    assert run.err == f"brief: error: no stored brief with id {brief_id} (see `brief history`)\n"

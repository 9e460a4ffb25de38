"""benchmarks/clean_quality.py: tuned and held-out pages scored apart, and scores that can drop."""

from __future__ import annotations

import importlib.util
import json
import sys

import pytest

from .conftest import ROOT

HELDOUT = ROOT / "tests" / "fixtures" / "heldout"
TUNED = ROOT / "tests" / "fixtures" / "text"


@pytest.fixture
def quality(monkeypatch):
    """benchmarks/clean_quality.py as a module (it is a script, not part of the package)."""
    path = ROOT / "benchmarks" / "clean_quality.py"
    spec = importlib.util.spec_from_file_location("bench_clean_quality", path)
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "bench_clean_quality", module)
    spec.loader.exec_module(module)
    return module


def _outlets(folder):
    return {json.loads(p.read_text(encoding="utf-8"))["outlet"]
            for p in folder.glob("*.expected.json")}


def test_the_held_out_pages_come_from_outlets_the_rules_were_not_tuned_on():
    pages = sorted(HELDOUT.glob("*.txt"))
    assert len(pages) >= 6
    assert all(p.with_name(p.stem + ".expected.json").is_file() for p in pages)
    assert len(_outlets(HELDOUT)) == len(pages)
    assert not _outlets(HELDOUT) & _outlets(TUNED)


def test_both_sets_are_scored_and_reported_apart(quality, capsys):
    assert quality.main(["clean_quality.py"]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if line.startswith("set=")]
    assert [line.split()[0] for line in lines] == ["set=tuned", "set=held-out"]
    assert f"articles={len(list(HELDOUT.glob('*.txt')))} " in lines[1]
    for field in ("recall=", "removal=", "title=", "published=", "dateline="):
        assert all(field in line for line in lines)


def test_a_wrong_field_and_a_lost_sentence_lower_the_score(quality):
    page = (HELDOUT / "solopos-batik-laweyan.txt").read_text(encoding="utf-8")
    expected = json.loads((HELDOUT / "solopos-batik-laweyan.expected.json").read_text())
    expected = {**expected, "title": "Another Title",
                "paragraphs": [*expected["paragraphs"], "Kalimat ini tidak ada di halaman."]}
    s = quality.score(page, expected)
    assert "title" in s["wrong"] and s["found"] == s["sentences"] - 1


def test_a_missing_folder_is_one_error_line(quality, tmp_path, capsys):
    assert quality.main(["clean_quality.py", str(tmp_path / "nope")]) == 2
    assert capsys.readouterr().err.startswith("brief: error: no fixture folder")

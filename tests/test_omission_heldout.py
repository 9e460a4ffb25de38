"""The omission guard's held-out check (benchmarks/guards_heldout.py: cuts made in human
English) and the two signals it was measured with: the strong length limit and the lost
anchors with a short output."""

from __future__ import annotations

import gzip

import pytest

from translator import omission

from .conftest import load_benchmark
from .test_omission import words


@pytest.fixture(scope="module")
def heldout():
    """benchmarks/guards_heldout.py loaded as a module (benchmarks/ is no package)."""
    return load_benchmark("guards_heldout")


THREE = ("The storm hit the coast on Monday. Thousands of homes lost power overnight. "
         "Officials said the repairs would take a week or more.")
CLAUSE = ("The minister opened the new bridge on Friday, which had taken nine years and cost "
          "more than a billion dollars to build.")


@pytest.mark.parametrize("text, sentences", [
    ("Addresses for U.S. Sens. Lindsey Graham were released. Police said it was a mistake.", 2),
    ("Rosa had winds of 85 mph as of 5 a.m. Eastern time Sunday. It was 385 miles away.", 2),
    ("The plaintiff in Grace v. Sessions has not been named.", 1),
    ('"Are you ready?" CNN reported.', 1),  # a piece under three words joins the one before
])
def test_english_sentences_are_not_cut_at_abbreviations(heldout, text, sentences):
    assert len(heldout.english_sentences(text)) == sentences


def test_a_line_of_three_sentences_loses_its_last_and_its_middle_one(heldout):
    copies = heldout.omitted_copies(THREE, words)
    assert copies["last sentence"] == ("The storm hit the coast on Monday. Thousands of homes "
                                       "lost power overnight.")
    assert copies["middle sentence"] == ("The storm hit the coast on Monday. Officials said the "
                                         "repairs would take a week or more.")


def test_the_clause_cut_is_the_rightmost_long_enough_and_keeps_the_end_mark(heldout):
    copies = heldout.omitted_copies(CLAUSE, words)
    assert copies == {"clause": "The minister opened the new bridge on Friday, which had taken "
                                "nine years."}


@pytest.mark.parametrize("text", [
    "Prices rose, sharply.",  # the clause is too short to be an omission
    "He said (as he had before, and often) that the plan was fine.",  # inside an aside
])
def test_no_copy_without_a_long_enough_cut_outside_brackets(heldout, text):
    assert heldout.omitted_copies(text, words) == {}


def test_check_counts_flags_on_cuts_and_on_intact_lines(heldout):
    src = ("Menteri itu membuka jembatan baru pada hari Jumat, yang dibangun selama sembilan "
           "tahun dan menelan biaya lebih dari satu miliar dolar.")
    # A guard that flags an output under 0.9 of its reference's length: every cut, no intact.
    def guard(s, o):
        return words(o) < 0.9 * words(CLAUSE)
    res = heldout.check([src, "Terlalu pendek."], [CLAUSE, "Too short."], guard, words, words,
                        min_tokens=5)
    assert res["clause"] == (1, 1)
    assert res["intact"] == (0, 1)  # the short source is not judged


def test_missing_corpora_are_skipped_with_a_reason(heldout, tmp_path, capsys):
    heldout.run(lambda s, o: False, words, words, 5, tmp_path / "ntrex", tmp_path / "tico")
    out = capsys.readouterr().out
    assert "NTREX-128: skipped" in out and "TICO-19: skipped" in out


def test_present_corpora_are_read_and_measured(heldout, tmp_path, capsys):
    (tmp_path / "ntrex128.id.txt").write_text("Satu dua tiga empat lima enam.\n", "utf-8")
    (tmp_path / "ntrex128.en.txt").write_text(CLAUSE + "\n", "utf-8")
    for lang, line in (("id", "Satu dua tiga empat lima enam."), ("en", THREE)):
        (tmp_path / f"tico19-test.{lang}.gz").write_bytes(gzip.compress(line.encode()))
    assert set(heldout.held_out_sets(tmp_path, tmp_path)) == {"NTREX-128", "TICO-19"}
    heldout.run(lambda s, o: o != CLAUSE and o != THREE, words, words, 5, tmp_path, tmp_path)
    out = capsys.readouterr().out
    assert "clause                 1 of     1  1.000" in out
    assert "middle sentence        1 of     1  1.000" in out
    assert "false alarms intact             0 of     1" in out


@pytest.mark.parametrize("ratio, lost, suspect", [
    # Under the strong limit (0.78 of the source's count, raw): suspect on length alone.
    (0.77 / omission.MEDIAN_RATIO, (), True),
    (0.80 / omission.MEDIAN_RATIO, (), False),
    # Two anchors gone with an output under 0.85: the clause they were in went too.
    (0.84 / omission.MEDIAN_RATIO, ("Kalousis", "2020"), True),
    (0.84 / omission.MEDIAN_RATIO, ("Kalousis",), False),  # one: a word translated
    (0.90 / omission.MEDIAN_RATIO, ("Kalousis", "2020"), False),  # not short enough
])
def test_length_and_lost_anchors(ratio, lost, suspect):
    cov = omission.Coverage(ratio=ratio, sentences_lost=0, lost=lost)
    assert cov.suspect is suspect


def test_a_cut_clause_with_its_anchors_is_suspect_and_the_full_line_is_not():
    source = ("Presiden Joko Widodo pada hari Jumat pagi meresmikan jembatan baru yang "
              "menghubungkan dua kecamatan di pinggiran kota Surabaya bersama para menteri, yang "
              "dibangun PT Waskita senilai Rp 2.100 miliar.")
    cut = ("On Friday morning President Joko Widodo inaugurated the new bridge that links two "
           "districts on the outskirts of Surabaya together with the ministers.")
    full = cut[:-1] + ", which PT Waskita built for Rp 2,100 billion."
    cov = omission.coverage(source, cut, words)
    # Not short enough on its own: the builder, the sum and its currency gone say it was cut.
    assert omission.STRONG_RATIO <= cov.ratio < omission.ANCHORS_RATIO
    assert len(cov.lost) >= omission.ANCHORS_LOST
    assert omission.is_suspect(source, cut, words)
    assert not omission.is_suspect(source, full, words)

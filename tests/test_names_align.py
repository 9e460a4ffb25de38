"""The name guard read from both sides of the pair (translator/name_align.py): an output
acronym of its own stands in for a missing source acronym, and a foreign name (neither
vocabulary knows it whole) that is missing with nothing in its place is flagged. Made-up lines
of the shapes seen on FLORES dev and NTREX-128/TICO-19; the vocabularies are stand-ins for the
real source.spm / target.spm (a set of whole words each)."""

from __future__ import annotations

from translator.name_align import (english_acronyms, foreign, letter_changed, stand_ins,
                                   unexplained)
from translator.names import name_changes

_INDONESIAN = frozenset("urutan ketiga tertinggal poin tetapi unggul lima dari dan di".split())
_ENGLISH = frozenset("In The He Maldives Norway Hotel United Nations".split())


def _common(word: str) -> bool:
    return word in _INDONESIAN


def _english(word: str) -> bool:
    return word in _ENGLISH


def _changes(source: str, output: str) -> list[str]:
    return name_changes(source, output, None, _common, None, _english)


def test_a_foreign_name_gone_with_nothing_in_its_place_is_flagged() -> None:
    source = ("Di urutan ketiga, Hamlin tertinggal dua puluh poin, tetapi unggul lima poin "
              "dari Bowyer.")
    output = "In third place, Hamlin is twenty points behind, but five points ahead of him."
    assert _changes(source, output) == ["Bowyer"]


def test_a_foreign_name_with_a_stand_in_is_not_flagged() -> None:
    # An unexplained capitalised word English knows whole may be the name's English form.
    source = "Perahu itu berlayar dari Bowyer ke Hamlin."
    assert "Bowyer" not in _changes(source, "The boat sailed from Norway to Hamlin.")
    # So may one spelt somewhat like it (one spelt much like it is the name altered).
    assert stand_ins("Bowyer", ["Bowers"], _english) == ["Bowers"]
    assert _changes(source, "The boat sailed from Boyer to Hamlin.") == ["Bowyer"]


def test_without_the_vocabularies_a_missing_name_alone_is_not_flagged() -> None:
    source = "Perahu itu berlayar dari Bowyer ke Hamlin."
    assert name_changes(source, "That boat sailed from the harbour to Hamlin.") == []
    assert _changes(source, "That boat sailed from the harbour to Hamlin.") == ["Bowyer"]


def test_foreign_needs_both_vocabularies_to_split_it() -> None:
    assert foreign("Bowyer", _common, _english)
    assert not foreign("Norway", _common, _english)  # English knows it whole
    assert not foreign("Poin", _common, _english)  # Indonesian knows it whole
    assert not foreign("Demiliterisasi", _common, _english)  # a loanword, translated
    assert not foreign("SARS-CoV-2", _common, _english)  # no plain word
    assert not foreign("WHO", _common, _english)


def test_an_english_acronym_stands_in_for_an_indonesian_one() -> None:
    source = "Sebagian besar negara lain dan PBB tidak mengakuinya."
    output = "Most other countries and the UN do not recognise it."
    assert english_acronyms(source, output) == ["UN"]
    assert _changes(source, output) == []
    # One letter changed in place is the acronym altered, not translated (RNA: DNA).
    assert english_acronyms("Vaksin itu memakai RNA.", "The vaccine uses DNA.") == ["DNA"]
    assert letter_changed("RNA", "DNA") and not letter_changed("PDB", "GDP")
    assert not letter_changed("AS", "US")  # too short to tell
    assert _changes("Vaksin itu memakai RNA duta.", "The vaccine uses DNA messengers.") == ["RNA"]
    # Shouted words are no acronyms.
    assert english_acronyms("MASIH AKAN TERUS.", "WILL CONTINUE TO GROW.") == []


def test_an_acronym_lost_without_a_stand_in_is_still_flagged() -> None:
    source = "Sedangkan bagi NSF, baru-baru ini DARPA menginvestasikan 100 juta Dolar untuk AI."
    output = "As for the NSF, it invests $100 million a year in AI research."
    assert english_acronyms(source, output) == []  # AI and NSF are the source's own
    assert "DARPA" in _changes(source, output)
    # Two acronyms lost and one new one: not enough stand-ins for both.
    assert english_acronyms("PBB dan WHO setuju.", "The UN agreed.") == []


def test_unexplained_skips_source_words_exonyms_and_sentence_openers() -> None:
    words = [("The", True), ("Maldives", False), ("Hamlin", False), ("New", False),
             ("Zealand", False), ("Boyer's", False)]
    assert unexplained(words, "Hamlin dari Selandia Baru", ["New", "Zealand"]) == \
        ["Maldives", "Boyer's"]
    assert stand_ins("Arawakan", ["Maldives", "Findbes"], _english) == ["Maldives"]

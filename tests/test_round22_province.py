"""A province's short form after a dateline's place is the place's province, never the outlet
("KUPANG, NTT - " gave outlet "NTT" before round 22)."""

from __future__ import annotations

import pytest

from translator.clean import clean
from translator.datelines import match_dateline

LEAD = ("Warga kelurahan di pinggir kota mengeluhkan jalan rusak yang tak kunjung diperbaiki "
        "pemerintah sejak tahun lalu.")
PAGE = ("Jalan Rusak di Pinggiran Kota Dikeluhkan Warga Setempat\n\n{stamp} " + LEAD +
        "\n\nMereka berharap perbaikan dilakukan sebelum musim hujan tiba tahun ini.\n")


@pytest.mark.parametrize(("stamp", "dateline"), [
    ("KUPANG, NTT -", "KUPANG, NTT"),
    ("Mataram, NTB –", "Mataram, NTB"),
    ("SLEMAN, DIY -", "SLEMAN, DIY"),
    ("MAKASSAR, Sulsel -", "MAKASSAR, Sulsel"),
    ("Gunungkidul, DIY |", "Gunungkidul, DIY"),
])
def test_the_province_stays_in_the_dateline_and_names_no_outlet(stamp, dateline):
    doc = clean(PAGE.format(stamp=stamp))
    assert (doc.dateline, doc.outlet) == (dateline, None)
    assert doc.paragraphs[0] == LEAD


def test_an_outlet_after_the_province_is_still_the_outlet():
    assert match_dateline("Kupang, NTT (ANTARA) - " + LEAD)[:2] == ("Kupang", "ANTARA")


def test_an_unknown_place_or_a_word_that_is_no_province_is_not_read_so():
    assert match_dateline("Rapat Dinas, NTT - " + LEAD) is None or \
        match_dateline("Rapat Dinas, NTT - " + LEAD)[0] != "Rapat Dinas, NTT"
    found = match_dateline("KUPANG, KOMPAS - " + LEAD)
    assert found is not None and found[1] == "KOMPAS"

"""Round 22b of the cleaner: the outlet's whole stamp cut from the lead (made-up text): a
second dashed brand after the place, a country and an agency in brackets, a colon and the
outlet's initials, an address glued to the first word or set off by a letter l, a shouted name
and a stop, a caption run into a bracketed site name, a logo's short form, a republished
story's source glued to its hyphen."""

from __future__ import annotations

import pytest

from translator.clean import clean
from translator.datelines import match_dateline

LEAD = ("Ratusan petani di Kecamatan Cikajang mengeluhkan harga pupuk yang naik dua kali lipat "
        "dalam sebulan terakhir.")
EN_LEAD = ("Rescuers in the central province said on Monday that they had pulled eleven people "
           "from the river after a boat capsized.")
BODY = ("Kepala dinas pertanian setempat mengatakan pihaknya sudah mengajukan tambahan kuota "
        "pupuk bersubsidi kepada pemerintah provinsi sejak awal bulan.")
MORE = ("Sebagian petani memilih menunda masa tanam sambil menunggu kepastian pasokan pupuk "
        "dari kios resmi di desa mereka.")


# --- the stamp after a place's dateline --------------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    # a second dashed name after the place: the site's name in its lower case
    (f"KUPANG – victorynews – {LEAD}", ("KUPANG", "victorynews")),
    # ... or a publisher's word glued to a place, after the place's full stop
    (f"GARUT. Infogarut – {LEAD}", ("GARUT", "Infogarut")),
    # a place, a colon and the outlet's initials, though they spell a stoplist's word
    # ("Kabar Mempawah" as "KM", "Dunia Inspirasi" as "DI")
    (f"Mempawah:KM – {LEAD}", ("Mempawah", "KM")),
    (f"Sambas: DI – {LEAD}", ("Sambas", "DI")),
])
def test_second_name_of_the_stamp_is_the_outlet(text: str, want: tuple[str, str]) -> None:
    found = match_dateline(text)
    assert found is not None
    assert found[:2] == want
    assert found[2] == LEAD


@pytest.mark.parametrize("text", [
    f"JAKARTA – pemerintah – {LEAD}",  # a word of prose in lower case is no brand
    f"Catatan:KM – {LEAD}",  # no known place before the colon
])
def test_second_name_that_is_no_outlet(text: str) -> None:
    found = match_dateline(text)
    assert found is None or found[1] is None


@pytest.mark.parametrize(("text", "place"), [
    (f"MANILA, Philippines (Reuters) — {EN_LEAD}", "MANILA"),
    (f"KUPANG, INDONESIA (XYZ NEWS) — {EN_LEAD}", "KUPANG"),
])
def test_country_and_agency_leave_the_lead(text: str, place: str) -> None:
    # the agency is the wire's credit: no outlet claimed, the masthead publishes the reprint
    assert match_dateline(text) == (place, None, EN_LEAD)


def test_a_person_and_a_bracket_are_no_country_stamp() -> None:
    found = match_dateline(f"Budi, Dewan (DPRD) — {EN_LEAD}")
    assert found is None or found[2] != EN_LEAD


def test_logo_short_form_after_the_place() -> None:
    text = f"MALANG-RAD.17 {LEAD}"
    # under the logo line that it shortens ("Radio 17"), the short form is the stamp's
    assert match_dateline(text, ("Radio 17 Suara Kampus",)) == ("MALANG", None, LEAD)
    # under no such line it stays (it may be a sentence's own word)
    assert match_dateline(text, ("Suara Kampus",)) != ("MALANG", None, LEAD)


# --- the stamp with no place ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "outlet"), [
    # the address and a letter l typed for the bar
    (f"garutnews.com l {LEAD}", "garutnews.com"),
    # the address shouted as the logo prints it, glued to the first word
    (f"RADARGARUT.COM{LEAD}", "RADARGARUT.COM"),
])
def test_address_stamp_leaves_the_lead(text: str, outlet: str) -> None:
    assert match_dateline(text) == (None, outlet, LEAD)


def test_a_name_and_a_letter_l_are_no_stamp() -> None:
    assert match_dateline(f"Budi l {LEAD}") is None  # only a place or an address counts


@pytest.mark.parametrize("text", [
    f"BERITAKITA. {LEAD}",  # a shouted name and a full stop
    # a caption run into the lead, the site's name in brackets and a dash
    f"Petani memupuk sawah di Desa Cigedug, Kecamatan Cikajang (kabargarut) – {LEAD}",
])
def test_stamp_that_claims_no_field_still_leaves_the_lead(text: str) -> None:
    assert match_dateline(text) == (None, None, LEAD)


@pytest.mark.parametrize("text", [
    "BERITAKITA. Garut Bandung Cianjur Sukabumi Tasikmalaya Ciamis",  # no sentence follows
    f"Petani memupuk sawah di Desa Cigedug (istimewa) – {LEAD}",  # a photo's own credit
    f"Menurut seorang warga setempat (anonim) – {LEAD}",  # a word of prose, no site's name
])
def test_shapes_that_are_no_stamp(text: str) -> None:
    found = match_dateline(text)
    assert found is None or found[2] != LEAD


def test_republished_source_glued_to_its_hyphen() -> None:
    assert match_dateline(f"Voice of America-{EN_LEAD}") == (None, "Voice of America", EN_LEAD)
    # an Arabic name's article is a compound, no source
    text = "Takmir Masjid Al-Furqan di kompleks kampus membuka dapur umum bagi mahasiswa rantau."
    assert match_dateline(text) is None


# --- the page: the lead starts at its first word, the fields read as before -------------------

def test_page_lead_without_its_second_stamp() -> None:
    page = "\n\n".join([
        "Petani Cikajang Keluhkan Harga Pupuk Naik Dua Kali Lipat",
        "Senin, 9 Februari 2026",
        f"GARUT – kabargarut – {LEAD}", BODY, MORE,
    ])
    art = clean(page)
    assert art.paragraphs[0] == LEAD
    assert art.dateline == "GARUT"


def test_page_lead_without_country_and_agency() -> None:
    page = "\n\n".join([
        "Daily Harbour Online",
        "Boat capsizes in central province, eleven rescued",
        "February 9, 2026",
        f"KUPANG, Indonesia (AP) — {EN_LEAD}",
        "The agency said the boat was carrying fishermen and traders to a nearby island when "
        "strong waves hit it late on Sunday.",
        "Search teams were still looking for two passengers who were missing, the agency's "
        "spokesman said.",
    ])
    art = clean(page)
    assert art.paragraphs[0] == EN_LEAD
    assert art.dateline == "KUPANG"
    assert art.outlet != "AP"

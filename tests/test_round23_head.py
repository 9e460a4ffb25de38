"""Round twenty-three of the cleaner, head families: datelines the tables never read (a weekday
and a numeric date with no dash, a town and its province's short form, an address and a
shouted place, an outlet with its place in brackets either way round, an office's name glued to
the shouted place), a regional paper's shouted masthead as the lead's stamp, a theme's lone
two-digit-year stamp, and a labelled publication stamp over teasers' dates (made-up text)."""

from __future__ import annotations

import pytest

from translator.clean import clean
from translator.dates import dateline_date, parse_published
from translator.dateline_weekday import weekday_dated
from translator.datelines import match_dateline, unnamed_elsewhere

HEADLINE = "Pemkab Gelar Rapat Koordinasi Penanganan Jalan Rusak di Wilayah Perbatasan"
REST = [
    "Rapat itu membahas pembagian anggaran perbaikan jalan antara pemerintah kabupaten dan "
    "provinsi untuk ruas sepanjang dua belas kilometer yang rusak parah sejak musim hujan.",
    "“Kami ingin perbaikan dimulai sebelum Lebaran agar arus mudik tidak terganggu,” ujar "
    "Kepala Dinas Pekerjaan Umum, Rahmat Hidayat, kepada wartawan usai rapat.",
    "Warga berharap pemerintah tidak hanya menambal lubang tetapi juga membangun saluran air "
    "di kiri dan kanan jalan agar aspal tidak cepat rusak lagi.",
]
LEAD = ("Kepala Bagian Pemerintahan bersama camat dan wali nagari menggelar rapat koordinasi "
        "penanganan jalan rusak di ruang pertemuan kantor bupati.")


def page(*head: str, lead: str = LEAD, tail: tuple[str, ...] = ()) -> str:
    return "\n\n".join([*head, lead, *REST, *tail]) + "\n"


# --- a weekday and a numeric date, no dash ----------------------------------------------------

def test_weekday_dated_dateline_is_read_with_its_date():
    line = f"Lubuk Sikaping, Rabu 18/2/26 {LEAD}"
    assert match_dateline(line) == ("Lubuk Sikaping", None, LEAD)
    assert dateline_date(line) == "2026-02-18"
    art = clean(page(HEADLINE, lead=line))
    assert art.dateline == "Lubuk Sikaping"
    assert art.published == "2026-02-18"
    assert art.paragraphs[0] == LEAD


def test_weekday_that_is_not_the_dates_is_no_dateline():
    assert weekday_dated(f"Lubuk Sikaping, Kamis 18/2/26 {LEAD}") is None
    assert weekday_dated(f"Lubuk Sikaping, Rabu 31/2/26 {LEAD}") is None
    assert match_dateline(f"Sejak Rabu 18/2/26 {LEAD}") is None


# --- a town and its province's short form -----------------------------------------------------

def test_town_and_province_short_form():
    assert match_dateline(f"Bima NTB - {LEAD}") == ("Bima NTB", None, LEAD)
    assert match_dateline(f"Maumere NTT – {LEAD}") == ("Maumere NTT", None, LEAD)
    # a word that is no province's short form is no part of a place
    assert match_dateline(f"Bima ABC - {LEAD}") is None


# --- an address, a space, the shouted place -----------------------------------------------------

def test_domain_then_spaced_shouted_place():
    assert match_dateline(f"kabarbima.com BIMA – {LEAD}") == ("BIMA", "kabarbima.com", LEAD)
    assert match_dateline(f"Lintasntb.co.id DOMPU - {LEAD}") == ("DOMPU", "Lintasntb.co.id", LEAD)


# --- the outlet and the place in brackets, either way round -----------------------------------

def test_outlet_then_bracketed_place_and_bar():
    assert match_dateline(f"KabarTimur, (Ambon) | {LEAD}") == ("Ambon", "KabarTimur", LEAD)
    assert match_dateline(f"Suara Papua (Jayapura) – {LEAD}") == ("Jayapura", "Suara Papua", LEAD)


def test_place_then_bracketed_outlet_and_comma():
    lead = "warga desa bersama relawan membangun embung kecil untuk menampung air hujan bagi kebun."
    assert match_dateline(f"Waingapu (Sumbanews), {lead}") == ("Waingapu", "Sumbanews", lead)
    art = clean(page(HEADLINE, lead=f"Waingapu (Sumbanews), {lead}"))
    assert art.dateline == "Waingapu"
    assert art.paragraphs[0] == lead


def test_bracketed_names_need_a_known_place():
    assert match_dateline(f"Bapak (Ketua RT), {LEAD}") is None


# --- an office's name glued to the shouted place ------------------------------------------------

def test_office_glued_to_shouted_place():
    lead = ("Volunteers handed out food parcels to families displaced by floods in the city on "
            "Friday after rivers burst their banks.")
    assert match_dateline(f"Relief Desk Sikka OfficeMAUMERE. {lead}") == ("MAUMERE", None, lead)
    assert match_dateline(f"Relief Desk OfficeCOMMUNITY. {lead}") is None


# --- a regional paper's shouted masthead ------------------------------------------------------

def test_regional_masthead_printed_nowhere_else_is_the_outlet():
    texts = ["Longsor di Desa", f"KALTARA RAYA – {LEAD}", *REST]
    assert unnamed_elsewhere("KALTARA RAYA", texts)
    assert not unnamed_elsewhere("KALTARA RAYA", [*texts, "Baca di Kaltara Raya setiap hari"])
    art = clean(page(HEADLINE, lead=f"KALTARA RAYA – {LEAD}"))
    assert art.dateline is None
    assert art.outlet == "KALTARA RAYA"


def test_shouted_place_of_two_words_stays_a_place():
    assert not unnamed_elsewhere("TANJUNG SELOR", ["TANJUNG SELOR – x", *REST])


# --- a lone two-digit-year stamp --------------------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("24/02/26", "2026-02-24"),
    (" 05/03/25 ", "2025-03-05"),
    ("Kode 24/02/26 dan lainnya", None),
    ("31/02/26", None),
])
def test_lone_short_stamp(text, want):
    assert parse_published(text) == want


def test_lone_short_stamp_dates_the_post():
    art = clean(page("Beranda", "Daerah", "19/02/26", HEADLINE,
                     lead=f"KABARDAERAH.com - {LEAD}"))
    assert art.published == "2026-02-19"


# --- a labelled publication stamp over the teasers' dates ---------------------------------------

def test_labelled_stamp_beats_teasers_dates_above_it():
    text = page("Editor's Pick", "Harbour cleanup draws hundreds of volunteers", "11 February 2026",
                "Night market returns to the waterfront", "9 February 2026", HEADLINE,
                "Wednesday 18 February 2026 | Published in Regional",
                lead=f"JAKARTA – {LEAD}")
    assert clean(text).published == "2026-02-18"


# --- the desk's sign-off in brackets is the outlet's mark, not a mention ----------------------

def test_sign_off_in_brackets_is_the_outlets_stamp_too():
    texts = [f"Suarakita- {LEAD}", *REST, "Warga diminta melapor bila ada pelanggaran. (suarakita)"]
    assert unnamed_elsewhere("Suarakita", texts)
    assert not unnamed_elsewhere("Suarakita", [*texts, "Menurut Suarakita, jalan itu rusak."])
    art = clean(page(HEADLINE, lead=f"Suarakita- {LEAD}",
                     tail=("Warga diminta melapor bila ada pelanggaran. (suarakita)",)))
    assert art.dateline is None


# --- "Place, Outlet" alone above the lead, which the byline reader takes ---------------------

def test_place_and_outlet_line_above_the_lead_gives_the_place():
    art = clean(page("Berita Daerah", HEADLINE, "Ruteng, Floresku"))
    assert art.dateline == "Ruteng"

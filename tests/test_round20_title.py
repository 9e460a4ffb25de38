"""Round twenty of the cleaner, title and published families (made-up text throughout)."""

from __future__ import annotations

import pytest

from translator.clean import clean
from translator.dates import dateline_date, find_date, find_time
from translator.headline import headline_shaped, strip_outlet
from translator.lines import Line, classify
from translator.metadata import published_of, title_of

HEADLINE = "Petani Garam Cirebon Bangun Gudang Bersama dari Dana Desa"
LEAD = ("Kelompok petani garam di Desa Rawaurip, Kecamatan Pangenan, membangun gudang garam "
        "bersama dengan dana desa sebesar Rp95 juta. Gudang itu dipakai bergantian oleh lima "
        "kelompok agar garam tidak dijual murah kepada tengkulak saat panen raya.")
BODY = [LEAD,
        "Ketua kelompok, Warsidi, mengatakan selama ini petani menumpuk garam di pinggir tambak "
        "dengan terpal seadanya sehingga banyak yang larut saat hujan turun.",
        "Pemerintah desa berharap garam Pangenan bisa dijual langsung ke pabrik pengolahan "
        "setelah gudang itu dilengkapi timbangan dan alat pengering."]


def _text(*texts: str) -> list[Line]:
    return [Line(t, "text") for t in texts]


# --- a fact-check's headline: a reference code and a verdict in brackets -------------------

def test_a_verdict_in_brackets_may_open_a_headline():
    assert headline_shaped("[HOAKS] Foto Banjir di Tol Cipali Bulan Ini")
    assert headline_shaped("[Keliru] Video Kapal Tenggelam di Selat Bali")
    # a bracket that is no label before a headline-case word stays out
    assert not headline_shaped("[foto] dokumentasi kegiatan warga desa")
    assert not headline_shaped("(Antara) Harga Beras Naik Lagi")


def test_a_reference_code_before_a_headline_is_cut_from_the_title():
    assert strip_outlet("(CEK-2025-0042) [HOAKS] Foto Banjir di Tol Cipali") \
        == "[HOAKS] Foto Banjir di Tol Cipali"
    assert strip_outlet("[MAF-17/2025] Vaksin Campak Dibagikan Gratis") \
        == "Vaksin Campak Dibagikan Gratis"
    # a page count, a bracketed name or a plain number is no code
    assert strip_outlet("(2/3) Harga Beras Naik di Pasar") == "(2/3) Harga Beras Naik di Pasar"
    assert strip_outlet("(Antara) Harga Beras Naik") == "(Antara) Harga Beras Naik"
    coded = f"(CEK-2025-0042) [SALAH] {HEADLINE}"
    assert title_of(_text("Cek Fakta", "Tentang Kami", coded), lead=LEAD) \
        == f"[SALAH] {HEADLINE}"


# --- dates ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "iso"), [
    ("2025.11.04", "2025-11-04"),
    ("2025/11/04 08:30 WIB", "2025-11-04T08:30:00+07:00"),
    ("Updated on 2025.11.04", "2025-11-04"),
])
def test_a_date_with_the_year_first_and_dots_or_slashes(text, iso):
    assert find_date(text).iso == iso


@pytest.mark.parametrize(("text", "iso"), [
    ("4th March 2025", "2025-03-04"),
    ("Tuesday, 4th March 2025 08:30", "2025-03-04T08:30:00+07:00"),
    ("04-Mar-2025 08:30", "2025-03-04T08:30:00+07:00"),
])
def test_a_day_first_date_with_an_ordinal_or_dashes(text, iso):
    assert find_date(text).iso == iso


@pytest.mark.parametrize(("text", "iso"), [
    ("March 4, 2025 08:30 GMT+700", "2025-03-04T08:30:00+07:00"),
    ("4 Mar 2025 08:30 UTC+8", "2025-03-04T08:30:00+08:00"),
    ("4 Mar 2025 08:30 GMT+09:00", "2025-03-04T08:30:00+09:00"),
    ("4 Mar 2025 08:30 GMT", "2025-03-04T08:30:00+00:00"),
])
def test_an_agency_s_zone_as_a_shift_from_gmt(text, iso):
    assert find_date(text).iso == iso


@pytest.mark.parametrize("text", ["harga 2025.5.3 per kilo", "versi 1.2025.11.04",
                                  "Rp 2.025.11.04", "2025.13.01"])
def test_numbers_that_only_look_like_a_year_first_date(text):
    assert find_date(text) is None


def test_a_clock_with_spaced_colons_after_the_date():
    assert find_date("4 Maret 2025, 09: 05: 12 WIB | editor : Rina").iso \
        == "2025-03-04T09:05:12+07:00"
    # away from a date, a number, a colon and a space is a score or a list, never a time
    assert find_time("Skor akhir 3: 15 untuk tim tamu") is None


@pytest.mark.parametrize(("zone", "offset"), [("PST", "-08:00"), ("PDT", "-07:00"),
                                              ("EST", "-05:00"), ("EDT", "-04:00")])
def test_a_blog_stamp_in_an_american_zone(zone, offset):
    assert find_date(f"Posted: 3 Mar 2025 09:45 PM {zone}").iso == f"2025-03-03T21:45:00{offset}"


# --- the story's date in its dateline ---------------------------------------------------------

@pytest.mark.parametrize(("line", "iso"), [
    ("Kabar Pesisir - Cirebon, 04/03/2025. Kelompok petani garam membangun gudang.",
     "2025-03-04"),
    ("Pangenan,kabarpesisir.com (4/3/2025) – Kelompok petani garam membangun gudang.",
     "2025-03-04"),
    ("Cirebon, kabarpesisir.co.id[4 Maret 2025] – Kelompok petani garam membangun gudang.",
     "2025-03-04"),
])
def test_the_date_inside_a_lead_s_dateline(line, iso):
    assert dateline_date(line) == iso


@pytest.mark.parametrize("line", [
    "Pada 4 Maret 2025, kelompok petani garam membangun gudang bersama.",
    "Kelompok petani garam membangun gudang pada 4 Maret 2025 di Pangenan.",
    "Hingga Selasa (4/3/2025), warga masih menunggu bantuan gudang.",
])
def test_a_date_inside_a_sentence_is_no_dateline_s(line):
    assert dateline_date(line) is None


def test_a_story_dated_only_by_its_dateline():
    page = "\n\n".join(["Kabar Pesisir", HEADLINE,
                        f"Kabar Pesisir - Cirebon, 04/03/2025. {LEAD}", *BODY[1:]])
    assert clean(page).published == "2025-03-04"
    # a dated header still wins over the dateline
    lines = classify(["Selasa, 3 Maret 2025", HEADLINE, f"Cirebon, 4/3/2025 – {LEAD}"])
    assert published_of(lines[:2], lines) == "2025-03-03"


# --- a post's stamp at its foot beats the top bar's day ---------------------------------------

def test_a_stamp_under_the_last_paragraph_beats_the_top_bar():
    lines = classify(["Rabu, 5 Mar 2025", HEADLINE, *BODY,
                      "4 Mar 2025, 16:20 WIB", "Berita Terkait", "Harga Cabai Turun di Pasar"])
    assert published_of(lines[:2], lines) == "2025-03-04T16:20:00+07:00"
    # a signed-off last paragraph ("... (Rn)") is the story's end all the same
    signed = classify(["Rabu, 5 Mar 2025", HEADLINE, *BODY[:-1], BODY[-1] + " (Rn)",
                       "4 Mar 2025, 16:20 WIB"])
    assert published_of(signed[:2], signed) == "2025-03-04T16:20:00+07:00"


def test_a_related_story_s_date_under_its_headline_leaves_the_top_bar():
    lines = classify(["Rabu, 5 Mar 2025", HEADLINE, *BODY, "Berita Terkait",
                      "Harga Cabai Turun di Pasar Induk", "2 Mar 2025, 10:00 WIB"])
    assert published_of(lines[:2], lines) == "2025-03-05"


# --- a headline opening with a name that starts small -----------------------------------------

def test_a_headline_may_open_with_a_name_that_starts_small():
    for line in ("e-KTP Ribuan Warga Cirebon Belum Tercetak", "iPhone 17 Mulai Dijual di Cirebon",
                 "eFishery Gandeng Petani Garam di Pangenan"):
        assert headline_shaped(line)
        assert title_of(_text("Beranda", line), lead="e-KTP iPhone eFishery Cirebon Pangenan "
                        "ribuan warga petani garam dijual tercetak gandeng") == line
    # a sentence's small first word is no name
    assert not headline_shaped("di Cirebon Warga Menunggu Gudang Garam")
    assert not headline_shaped("ia Mengatakan Gudang Itu Sudah Siap")

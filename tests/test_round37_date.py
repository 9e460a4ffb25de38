"""Round 37, published times and datelines: generated variants of the families fresh106-109
missed, and decoys of similar shape that must keep today's reading (made-up outlets, places,
names and headlines; none copied from a fixture)."""

from __future__ import annotations

import pytest

from translator.clean import clean
from translator.dateline_editions import edition_pair
from translator.dateline_stops import stopped_dateline
from translator.datelines import match_dateline
from translator.hijri_dates import hijri_stamp, without_hijri

LEAD = ("Puluhan nelayan di pesisir timur mengeluhkan harga solar yang naik sejak awal bulan "
        "sehingga banyak perahu memilih tidak melaut selama sepekan terakhir.")
P2 = ("Ketua kelompok nelayan setempat, Hasanuddin, mengatakan hasil tangkapan tidak lagi "
      "menutup biaya bahan bakar dan upah anak buah kapal yang ikut melaut.")
P3 = ("Dinas perikanan berjanji mendata perahu yang berhak atas solar bersubsidi agar kuota "
      "bulan depan bisa diajukan lebih awal kepada pemerintah provinsi.")
HEAD = "Harga Solar Naik, Nelayan Pesisir Timur Pilih Tidak Melaut Sepekan"


def _page(*meta: str, lead: str = LEAD, site: str = "Kabar Pesisir") -> str:
    return "\n\n".join([site, "Beranda", "Daerah", HEAD, *meta, lead, P2, P3,
                        "Bagikan:", "Facebook", f"© 2026 {site}"])


# --- a Hijri date printed beside the Gregorian one on the post's stamp ("... 09:30 WIB | 9
# Syawal 1447 H", "Selasa, 5 Mei 2026 / 18 Zulkaidah 1447 H"): the Gregorian date (and hour)
# dates the post (hijri_dates.py) -------------------------------------------------------------

@pytest.mark.parametrize("stamp,iso", [
    ("Kamis, 9 April 2026 / 21 Syawal 1447 H", "2026-04-09"),
    ("Senin, 2 Maret 2026 - 14:10 WIB | 13 Ramadhan 1447 H", "2026-03-02T14:10:00+07:00"),
    ("Oleh Redaksi | Rabu, 15 April 2026 - 08:05 WIB | 27 Syawal 1447 H",
     "2026-04-15T08:05:00+07:00"),
    ("Jumat, 22 Mei 2026 · 5 Dzulhijjah 1447 H", "2026-05-22"),
    ("Sabtu, 7 Februari 2026 / 19 Sya'ban 1447 Hijriah", "2026-02-07"),
    ("Minggu, 14 Juni 2026 | 27 Dzulhijjah 1447 H", "2026-06-14"),
])
def test_hijri_date_beside_the_gregorian(stamp, iso):
    assert hijri_stamp(stamp)
    assert clean(_page(stamp)).published == iso


@pytest.mark.parametrize("text", [
    "Jemaah berangkat pada 9 Syawal 1447 H",  # a sentence naming the Hijri date: no stamp
    "9 Syawal 1447 H",  # the Hijri date alone: nothing left to date the post
    "Kamis, 9 April 2026",  # no Hijri date: the date-line test reads it already
    "Panduan Ibadah Syawal 1447 H",  # no day before the month
])
def test_decoy_no_hijri_stamp(text):
    assert not hijri_stamp(text)


def test_decoy_hijri_date_in_the_body_stays():
    lead = "Sebanyak 1.200 jemaah berangkat pada 9 Syawal 1447 H. " + LEAD
    assert without_hijri(lead) == lead
    assert clean(_page("Kamis, 9 April 2026", lead=lead)).paragraphs[0] == lead


# --- a place set off by a full stop and a tilde, or by a spaced semicolon ("KUANSING.~ ",
# "Bangkinang Kota ; "): the place is the dateline (dateline_stops.py) ------------------------

@pytest.mark.parametrize("lead,place", [
    (f"KUANSING.~ {LEAD}", "KUANSING"),
    (f"TELUK KUANTAN .~ {LEAD}", "TELUK KUANTAN"),
    (f"Pangkalan Kerinci ; {LEAD}", "Pangkalan Kerinci"),
    (f"Bengkalis ; {LEAD}", "Bengkalis"),
    (f"SELATPANJANG.~{LEAD}", "SELATPANJANG"),
])
def test_stop_tilde_and_semicolon_set_offs(lead, place):
    assert stopped_dateline(lead)[0] == place
    assert clean(_page(lead=lead)).dateline == place


@pytest.mark.parametrize("lead", [
    f"Polres Kampar Utara ; {LEAD}",  # an office, no place
    f"Menurut warga ; {LEAD}",  # prose before the semicolon
    f"TVRI.~ {LEAD}",  # a broadcaster's initials, no place
])
def test_decoy_no_stopped_dateline(lead):
    assert stopped_dateline(lead) is None


# --- a regional edition's label (a regency) before the town, the date in brackets
# ("ROKAN HILIR, BAGAN BATU (13/4/2026) - "): the town the lead names again is the dateline,
# no outlet (dateline_editions.py) ------------------------------------------------------------

@pytest.mark.parametrize("stamp,town,again", [
    ("KAMPAR, TAPUNG HULU (2/3/2026) - ", "TAPUNG HULU", "di Desa Sumber Sari, Tapung Hulu"),
    ("BENGKALIS, DURI (21/4/2026) – ", "DURI", "di Pasar Duri"),
    ("Indragiri Hilir, Kuala Enok - ", "Kuala Enok", "di dermaga Kuala Enok"),
    ("PELALAWAN, SOREK SATU (5/5/2026) - ", "SOREK SATU", "di Sorek Satu"),
])
def test_edition_region_then_town(stamp, town, again):
    lead = f"{stamp}Puluhan pedagang ikan {again} meminta pemerintah memperbaiki atap pasar."
    assert match_dateline(lead)[:2] == (town, None)
    assert clean(_page(lead=lead + " " + LEAD)).dateline == town


@pytest.mark.parametrize("lead,want", [
    # a known city first: the city and its region, as before
    ("PEKANBARU, RIAU - Puluhan pedagang di Pasar Kodim meminta atap diperbaiki segera.",
     ("PEKANBARU, RIAU", None)),
    # an outlet's name after the regency: the regency and the outlet
    ("KAMPAR, RIAUPOS - Puluhan pedagang di Pasar Bangkinang meminta atap diperbaiki segera.",
     ("KAMPAR", "RIAUPOS")),
    # a district the lead names as one: the two together (dateline_guard.village_pair)
    ("GARUT, LIMBANGAN – Puluhan pedagang di Kecamatan Limbangan meminta atap diperbaiki.",
     ("GARUT, LIMBANGAN", None)),
])
def test_decoy_edition_pair(lead, want):
    assert match_dateline(lead)[:2] == want


def test_decoy_edition_pair_town_not_named_again():
    found = ("KAMPAR", "BINTANG TIMUR", "Puluhan pedagang meminta atap pasar diperbaiki segera.")
    assert edition_pair("KAMPAR, BINTANG TIMUR - " + found[2], found) is found


# --- a header's meta row of barred cells, each a labelled field or the date ("Kategori : Berita
# | Selasa, 28 April 2026 | Oleh : Operator"), and a rubric's path ending in the date ("news /
# 12 Maret 2026"): the post's date (meta_cells.py) --------------------------------------------

@pytest.mark.parametrize("row,iso", [
    ("Kategori : Berita  |  Kamis, 7 Mei 2026  |  Oleh : Operator", "2026-05-07"),
    ("Rubrik: Daerah | 3 Maret 2026 | Penulis: Rina", "2026-03-03"),
    ("Kategori : Kegiatan | Senin, 11 Mei 2026 | Oleh : Admin | Dibaca : 31", "2026-05-11"),
    ("news / 12 Juni 2026", "2026-06-12"),
    ("Siaran Pers / 2 Februari 2026", "2026-02-02"),
    ("Berita › 4 Mei 2026", "2026-05-04"),
])
def test_meta_cells_and_rubric_path_date_the_post(row, iso):
    assert clean(_page(row)).published == iso


@pytest.mark.parametrize("row", [
    "Kategori : Berita | Oleh : Operator",  # no date cell
    "Kategori : Berita | Kamis, 7 Mei 2026 | Rina Wati",  # a cell with no label
    "Publikasi / Siaran Pers / April 2026",  # a month and a year: no day
    "news / 12 Juni 2026 oleh warga setempat",  # words after the rubric's date
])
def test_decoy_no_meta_cells(row):
    from translator.meta_cells import labelled_cells, rubric_dated
    assert not labelled_cells(row) and not rubric_dated(row)

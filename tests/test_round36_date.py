"""Round 36, published time: families fresh102-105 missed, widened by the family. Made-up pages
(none copied from a fixture); each test fails without its rule, each decoy keeps the result it
had before."""

from __future__ import annotations

import pytest

from translator.clean import clean
from translator.date_stamps import header_stamp, top_bar
from translator.dates import local_time, parse_published
from translator.foreign_zones import foreign_offset
from translator.lines import Line
from translator.meta_rows import meta_row

LEAD = ("Puluhan pekerja migran asal Indonesia mengikuti pelatihan memasak gratis yang digelar "
        "komunitas setempat di aula gereja, Minggu, untuk bekal membuka usaha setelah pulang.")
P2 = ("Ketua panitia, Sulastri, mengatakan pelatihan itu sudah berjalan tiga bulan dan diikuti "
      "peserta dari berbagai kota yang bekerja di sektor rumah tangga maupun pabrik.")
P3 = ("Panitia berencana menambah kelas membuat kue dan mengemas makanan pada paruh kedua tahun "
      "ini bila jumlah peserta terus bertambah.")
HEAD = "Pekerja Migran Indonesia Ikuti Pelatihan Memasak Gratis Tiap Minggu"


def _page(*meta: str, site: str = "Warta Perantau", lead: str = LEAD) -> str:
    return "\n\n".join([site, "Beranda", "Berita", HEAD, *meta, lead, P2, P3,
                        "Bagikan:", "Facebook", "WhatsApp", f"© 2026 {site}"])


# --- a foreign page's time with no zone: the local time of the place it is written from (the
# dateline's place, the office's city in the site's name, the service's home), with that
# place's offset on that date, daylight saving included (foreign_zones.py) -------------------

@pytest.mark.parametrize("stamp,lead,site,iso", [
    ("Senin, 18 Mei 2026 10:20", "Kaohsiung – " + LEAD, "Warta Perantau",
     "2026-05-18T10:20:00+08:00"),
    ("12/01/2026 08:05", "Melbourne – " + LEAD, "Warta Perantau", "2026-01-12T08:05:00+11:00"),
    ("12/07/2026 08:05", "Melbourne – " + LEAD, "Warta Perantau", "2026-07-12T08:05:00+10:00"),
    ("Kamis, 9 April 2026 14:30", LEAD, "KJRI Hong Kong", "2026-04-09T14:30:00+08:00"),
    ("Rabu, 15 Juli 2026 09:00", "Berlin – " + LEAD, "Warta Perantau",
     "2026-07-15T09:00:00+02:00"),
    ("Rabu, 14 Januari 2026 09:00", "Den Haag – " + LEAD, "Warta Perantau",
     "2026-01-14T09:00:00+01:00"),
])
def test_foreign_place_gives_its_local_offset(stamp, lead, site, iso):
    assert clean(_page(stamp, site=site, lead=lead)).published == iso


@pytest.mark.parametrize("iso,name,want", [
    ("2026-05-19T15:15:00+07:00", "Sydney", "+10:00"),
    ("2026-02-19T15:15:00+07:00", "Sydney", "+11:00"),
    ("2026-03-01T10:00:00+07:00", "Taoyuan", "+08:00"),
    ("2026-03-01T10:00:00+07:00", "Seoul", "+09:00"),
    ("2026-08-01T10:00:00+07:00", "London", "+01:00"),
])
def test_foreign_offset_on_the_date(iso, name, want):
    assert foreign_offset(iso, name) == want


@pytest.mark.parametrize("iso,places", [
    ("2026-05-18T10:20:00+07:00", ("Bandung",)),  # Indonesia, Jakarta time
    ("2026-05-18T10:20:00+07:00", ("Sydneyan Post",)),  # no whole name
    ("2026-05-18", ("Sydney",)),  # a bare date has no hour to move
])
def test_decoy_no_foreign_shift(iso, places):
    assert local_time(iso, "", *places) == iso


def test_decoy_foreign_dateline_on_a_page_printing_wib():
    page = _page("Senin, 18 Mei 2026 10:20 WIB", lead="Tokyo – " + LEAD)
    assert clean(page).published == "2026-05-18T10:20:00+07:00"


# --- a zone printed before the stamp in brackets: "(GMT+08:00) 2026-06-03 10:42:18" ----------

@pytest.mark.parametrize("text,iso", [
    ("(GMT+08:00) 2026-06-03 10:42:18", "2026-06-03T10:42:18+08:00"),
    ("(GMT+09:00) 2026-01-20 07:05", "2026-01-20T07:05:00+09:00"),
    ("(UTC+0530) 2026-02-11 18:00:00", "2026-02-11T18:00:00+05:30"),
])
def test_bracketed_zone_before_the_stamp(text, iso):
    assert parse_published(text) == iso


@pytest.mark.parametrize("text,iso", [
    ("2026-06-03 10:42:18", "2026-06-03T10:42:18+07:00"),
    ("(GMT+08:00) 2026-06-03", "2026-06-03"),
])
def test_decoy_bracketed_zone(text, iso):
    assert parse_published(text) == iso


# --- a header row of names around the post's date, left as text by the date-line test: the
# date, the poster and the comment link; the writers, a bar and the date with its update; a
# rubric, the writer, the unit in brackets and the stamp with its hour (meta_rows.py) -------

@pytest.mark.parametrize("row,iso", [
    ("Juni 2, 2026  Divisi Humas  Tinggalkan komentar", "2026-06-02"),
    ("April 7, 2026 Redaksi Warta 3 Comments", "2026-04-07"),
    ("Sari Dewi and Tomas Berg   |08.04.2026 - Update : 09.04.2026", "2026-04-08"),
    ("Budi Santoso | 12 Juni 2026", "2026-06-12"),
    ("Kabar Daerah Yusuf, S.Sos(Humas) 2 Juni 2026 08:40:10 WIB", "2026-06-02T08:40:10+07:00"),
])
def test_meta_row_dates_the_post(row, iso):
    assert meta_row(row) and header_stamp(row)
    assert clean(_page(row)).published == iso


@pytest.mark.parametrize("row", [
    "Warga antre di pasar, 12 Mei 2026",  # a caption's words in lower case
    "Pasar Cepu 12 Mei 2026",  # names then a bare date: a caption may read so
    "Jakarta, 12 Mei 2026 - Warga antre sejak pagi",  # a sentence runs on
    "Budi Santoso | 12 Juni 2026 menjadi hari yang bersejarah",
])
def test_decoy_meta_rows(row):
    assert not meta_row(row)


# --- a top bar's date under an institution's name as the page's first line: the name is its
# masthead, no headline, so the bar still yields to the post's stamp under the title --------

def _bar_page(first: str) -> str:
    return "\n\n".join([first, "Kamis, 21 Mei 2026", "Beranda", "Profil", "Berita", HEAD,
                        "08.30 20 Mei 2026 214", LEAD, P2, P3, "Bagikan:", f"© 2026 {first}"])


@pytest.mark.parametrize("first", [
    "Badan Pengembangan Sumber Daya Manusia",
    "Kementerian Koperasi dan Usaha Kecil",
    "Komisi Penyiaran Indonesia Daerah",
])
def test_institution_masthead_over_the_top_bar(first):
    assert clean(_bar_page(first)).published == "2026-05-20T08:30:00+07:00"


def test_decoy_headline_over_the_date_is_no_masthead():
    header = [Line("Warga Desa Sukamaju Gelar Kerja Bakti Bersihkan Saluran Irigasi", "text"),
              Line("Kamis, 21 Mei 2026", "date", date="2026-05-21"),
              Line(HEAD, "text")]
    assert not top_bar(header[1], header)

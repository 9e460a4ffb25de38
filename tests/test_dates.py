"""parse_published: Indonesian and English news dates -> ISO 8601."""

from __future__ import annotations

import pytest

from translator.dates import dates_in, find_date, find_time, parse_published


@pytest.mark.parametrize(("text", "expected"), [
    # The formats outlets print, with the zone each names.
    ("Jum'at, 03 Maret 2023 - 04:25 WIB", "2023-03-03T04:25:00+07:00"),
    ("Jum’at, 03 Maret 2023 - 04:25 WIB", "2023-03-03T04:25:00+07:00"),
    ("Jumat, 3 Maret 2023 04:25 WIB", "2023-03-03T04:25:00+07:00"),
    ("02/09/2015, 06:45 WIB", "2015-09-02T06:45:00+07:00"),
    ("Senin, 10 Apr 2015 19:00 WIB", "2015-04-10T19:00:00+07:00"),
    ("Kompas.com - 02/09/2015, 06:45 WIB", "2015-09-02T06:45:00+07:00"),
    ("Rabu 01 Mar 2023, 07:15 WIB", "2023-03-01T07:15:00+07:00"),
    ("3 Maret 2023 | 10.30 WITA", "2023-03-03T10:30:00+08:00"),
    ("Diperbarui 5 Mei 2023, 12:00 WIT", "2023-05-05T12:00:00+09:00"),
    ("March 3, 2023 4:25 AM", "2023-03-03T04:25:00+07:00"),
    ("Friday, March 3, 2023 4:25 PM", "2023-03-03T16:25:00+07:00"),
    ("March 3, 2023 12:05 a.m.", "2023-03-03T00:05:00+07:00"),
    ("3 March 2023 12:00 PM", "2023-03-03T12:00:00+07:00"),
    ("Sabtu, 04/03/2023 - 10:15", "2023-03-04T10:15:00+07:00"),
    ("Jumat, 3 Pebruari 2023 pukul 10.30 WIB", "2023-02-03T10:30:00+07:00"),
    ("Minggu, 31 Desember 2023 23:59:30 WIT", "2023-12-31T23:59:30+09:00"),
    ("Ahad, 17 Agt 2023 08.00 wita", "2023-08-17T08:00:00+08:00"),
    ("17 Agu 2023 08:00 UTC", "2023-08-17T08:00:00+00:00"),
    ("2023-03-03T04:25:00+07:00", "2023-03-03T04:25:00+07:00"),
    ("2023-03-03T04:25Z", "2023-03-03T04:25:00+00:00"),
    # Every month spelling, date only.
    ("1 Januari 2023", "2023-01-01"), ("1 Jan 2023", "2023-01-01"),
    ("1 Februari 2023", "2023-02-01"), ("1 Feb 2023", "2023-02-01"),
    ("1 Maret 2023", "2023-03-01"), ("1 Mar 2023", "2023-03-01"),
    ("1 April 2023", "2023-04-01"), ("1 Apr 2023", "2023-04-01"),
    ("1 Mei 2023", "2023-05-01"), ("1 Juni 2023", "2023-06-01"), ("1 Jun 2023", "2023-06-01"),
    ("1 Juli 2023", "2023-07-01"), ("1 Jul 2023", "2023-07-01"),
    ("1 Agustus 2023", "2023-08-01"), ("1 Ags 2023", "2023-08-01"),
    ("1 September 2023", "2023-09-01"), ("1 Sep 2023", "2023-09-01"),
    ("1 Sept. 2023", "2023-09-01"),
    ("1 Oktober 2023", "2023-10-01"), ("1 Okt 2023", "2023-10-01"),
    ("1 November 2023", "2023-11-01"), ("1 Nov 2023", "2023-11-01"),
    ("1 Nop 2023", "2023-11-01"),
    ("1 Desember 2023", "2023-12-01"), ("1 Des 2023", "2023-12-01"),
    ("Selasa, 29 Februari 2024", "2024-02-29"),  # leap day
    # Found inside running text.
    ("pada Kamis (2/3/2023) malam", "2023-03-02"),
    ("Diterbitkan: 2/3/2023", "2023-03-02"),
    # A number after the date that is not a time leaves the date alone.
    ("3 Maret 2023 25.000 orang", "2023-03-03"),
    ("3 Maret 2023 24:00 WIB", "2023-03-03"),
])
def test_parses(text: str, expected: str) -> None:
    assert parse_published(text) == expected


@pytest.mark.parametrize("text", [
    "",
    "tidak ada tanggal di sini",
    "31 Februari 2023",
    "29 Februari 2023",  # not a leap year
    "32 Maret 2023",
    "30/02/2023",
    "13/13/2023",
    "3 Maretan 2023",  # not a month
    "Des 2023",  # no day
    "3 Maret 1823",  # outside the years a news page can carry
    "Maret 2023",
    "04:25 WIB",
])
def test_invalid_gives_none(text: str) -> None:
    assert parse_published(text) is None


def test_earliest_date_wins() -> None:
    assert parse_published("Terbit 1 Mei 2023, diperbarui 2 Mei 2023") == "2023-05-01"


def test_span_covers_day_name_and_zone() -> None:
    text = "Kompas.com - Jum'at, 03 Maret 2023 - 04:25 WIB"
    found = find_date(text)
    assert found is not None
    assert text[found.start:found.end] == "Jum'at, 03 Maret 2023 - 04:25 WIB"


# --- issue 9: every separator between date and time, times before and apart from the date ---

@pytest.mark.parametrize(("text", "expected"), [
    ("Selasa, 11 Maret 2025 | 14:05 WIB", "2025-03-11T14:05:00+07:00"),
    ("11 Maret 2025|14:05", "2025-03-11T14:05:00+07:00"),
    ("11/03/2025 | 14.05 WITA", "2025-03-11T14:05:00+08:00"),
    ("Selasa (11/3/2025) | 14:05 WIB", "2025-03-11T14:05:00+07:00"),
    ("11 Maret 2025 ‒ 14:05", "2025-03-11T14:05:00+07:00"),
    ("11 Maret 2025-14:05", "2025-03-11T14:05:00+07:00"),
    ("11 Maret 2025 (14:05 WIB)", "2025-03-11T14:05:00+07:00"),
    ("14:05 WIB | Selasa, 11 Maret 2025", "2025-03-11T14:05:00+07:00"),
    ("Pukul 14.05 WIB, Selasa 11 Maret 2025", "2025-03-11T14:05:00+07:00"),
    ("Dibaca 1.234 kali, 11 Maret 2025", "2025-03-11"),  # a count, not a time
])
def test_time_beside_its_date_whatever_stands_between(text: str, expected: str) -> None:
    assert parse_published(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Penulis: Rina Ayu | 14:05 WIB", "14:05:00+07:00"),
    ("Rina Ayu - 2.05 pm", "14:05:00+07:00"),
    ("Dibaca 1.234 kali", None),
])
def test_find_time(text: str, expected: str | None) -> None:
    assert find_time(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Diperbarui 11 Maret 2025 16:00 WIB | Terbit 11 Maret 2025 14:05 WIB",
     [("2025-03-11T16:00:00+07:00", True), ("2025-03-11T14:05:00+07:00", False)]),
    ("Updated: March 11, 2025 4:00 pm | Published: March 11, 2025 2:05 pm",
     [("2025-03-11T16:00:00+07:00", True), ("2025-03-11T14:05:00+07:00", False)]),
    ("Diperbarui 11 Mar 2025, 16:00 WIB", [("2025-03-11T16:00:00+07:00", True)]),
    ("Selasa, 11 Maret 2025 14:05", [("2025-03-11T14:05:00+07:00", False)]),
])
def test_each_date_of_a_line_knows_whether_it_is_an_update(text: str, expected: list) -> None:
    assert dates_in(text) == expected


@pytest.mark.parametrize(("line", "date"), [
    # a view or comment counter after the date and time does not make it text
    ("Rabu, 12 Maret 2025 | 14:10 WIB - 418", "2025-03-12T14:10:00+07:00"),
    ("Rabu, 12 Maret 2025 14:10 WIB | Dibaca 1.284 kali", "2025-03-12T14:10:00+07:00"),
    ("12 Maret 2025 - 418 komentar", "2025-03-12"),
])
def test_a_date_line_with_a_trailing_counter_is_a_date_line(line: str, date: str) -> None:
    from translator.lines import classify_one

    found = classify_one(line)
    assert (found.kind, found.date) == ("date", date)


def test_a_sentence_ending_in_a_count_is_no_date_line() -> None:
    from translator.lines import classify_one

    assert classify_one("Rapat digelar 12 Maret 2025 dihadiri 40 komentar").kind == "text"


@pytest.mark.parametrize(("text", "expected"), [
    ("By On 10/14/2025", "2025-10-14"),  # Blogger's English template: month first
    ("12/31/2024", "2024-12-31"),
    ("10/11/2025", "2025-11-10"),  # both readings valid: day first, as Indonesian pages write it
])
def test_month_first_only_when_day_first_is_no_date(text: str, expected: str) -> None:
    assert parse_published(text) == expected


# --- round six: a zone from a known place, when the page names none ------------------------

def test_zone_of_place() -> None:
    from translator.dates import zone_of_place
    assert zone_of_place("KABUPATEN GORONTALO") == "+08:00"
    assert zone_of_place(None, "Pemerintah Provinsi Bali") == "+08:00"
    assert zone_of_place("Jayapura") == "+09:00"
    assert zone_of_place("JAKARTA", "Kompas.com") is None
    assert zone_of_place("Balikpapan") == "+08:00"


def test_local_time_only_when_the_page_names_no_zone() -> None:
    from translator.dates import local_time
    iso = "2025-09-09T10:17:00+07:00"
    assert local_time(iso, "Selasa, 09 September 2025 10:17", "GORONTALO") \
        == "2025-09-09T10:17:00+08:00"
    # the page says WIB (or any zone): what it says stands
    assert local_time(iso, "Selasa, 09 September 2025 10:17 WIB", "GORONTALO") == iso
    assert local_time(iso, "10:17", "JAKARTA") == iso  # no known place outside WIB
    assert local_time("2025-09-09", "", "GORONTALO") == "2025-09-09"  # no time, no zone
    assert local_time(None, "", "GORONTALO") is None


def test_a_gorontalo_page_without_a_zone_is_read_in_wita() -> None:
    from translator.clean import clean
    page = ("Pemerintah Provinsi Gorontalo\nSelasa, 09 September 2025 10:17\n"
            "Pemprov Gelar Pasar Murah di Telaga, Beras Paling Diburu\n"
            "KABUPATEN GORONTALO, Humas – Ratusan warga memadati halaman Kantor Kecamatan "
            "Telaga saat pemerintah menggelar pasar murah.\nSebanyak dua ton beras medium "
            "dijual di bawah harga pasar dalam kegiatan tersebut.\n")
    assert clean(page).published == "2025-09-09T10:17:00+08:00"


# --- a dateline that carries its date (issue 9, round eight) ---------------------------------

@pytest.mark.parametrize(("text", "names", "iso"), [
    ("Mudanews.com Medan, 14 Oktober 2025 — Komunitas Literasi membuka perpustakaan.",
     "Mudanews.com, Medan — Komunitas", "2025-10-14"),
    ("Jakarta, March 17, 2026: Indonesia has opened a ferry route.", "Jakarta — Indonesia",
     "2026-03-17"),
])
def test_split_dated_cuts_the_date_out_of_a_dateline(text: str, names: str, iso: str) -> None:
    from translator.dates import split_dated
    found = split_dated(text)
    assert found is not None and found[0].startswith(names) and found[1] == iso


@pytest.mark.parametrize("text", [
    "Warga kota Medan pada 14 Oktober 2025 — Mereka datang.",  # a date inside a sentence
    "Pada 14 Oktober 2025 warga datang ke lapangan.",  # no separator after the date
    "Harga cabai naik sejak Senin, kata pedagang.",  # no date at all
])
def test_split_dated_leaves_sentences_alone(text: str) -> None:
    from translator.dates import split_dated
    assert split_dated(text) is None

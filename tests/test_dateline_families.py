"""Round seventeen's shapes (issue 9), each with made-up places and outlets: the outlet in
brackets after the place's comma, the outlet's name before a bracketed date, a place and the
site's address alone on a line, a press office between the dateline and its dash; and the
page credits around them (a "Prepared by" byline, a copyright line's tagline, a listing's next
teaser under its comment count, a lead closed by its bracketed date)."""

from __future__ import annotations

import pytest

from translator.clean import clean
from translator.datelines import bare_dateline, match_dateline
from translator.lines import classify_one, is_prose
from translator.shapes import is_sentence
from translator.site_names import copyright_name

REST = "Ratusan warga memadati alun-alun untuk menyaksikan lomba perahu hias nelayan."
DASHES = ("-", "–", "—")


@pytest.mark.parametrize("dash", DASHES)
@pytest.mark.parametrize(("opening", "place", "outlet"), [
    ("Pinrang, (Warta Pesisir) {d} ", "Pinrang", "Warta Pesisir"),
    ("Kotaraja, (Suara Lembah){d} ", "Kotaraja", "Suara Lembah"),  # no table knows the place
    ("TOBELO, (Halmahera Pos) {d} ", "TOBELO", "Halmahera Pos"),
])
def test_the_outlet_in_brackets_after_the_places_comma(opening: str, place: str, outlet: str,
                                                      dash: str) -> None:
    assert match_dateline(opening.format(d=dash) + REST) == (place, outlet, REST)


@pytest.mark.parametrize("dash", DASHES)
@pytest.mark.parametrize(("opening", "place", "outlet"), [
    ("Pinrang, Warta Pesisir (12/02/2026){d} ", "Pinrang", "Warta Pesisir"),
    ("Sumenep, Kabar Garam (Kamis, 12/2) {d} ", "Sumenep", "Kabar Garam"),
    ("Kabupaten Agam, Lintas Ranah (3/4/26){d} ", "Kabupaten Agam", "Lintas Ranah"),
])
def test_the_outlets_name_then_a_bracketed_date(opening: str, place: str, outlet: str,
                                                dash: str) -> None:
    assert match_dateline(opening.format(d=dash) + REST) == (place, outlet, REST)


def test_a_name_and_a_bracketed_date_need_a_known_place() -> None:
    # "Rapat, Dewan Kota (12/2/2026)- ...": prose has the shape; only a known place tells
    assert match_dateline("Rapat, Dewan Kota (12/2/2026)- " + REST) is None


@pytest.mark.parametrize(("line", "expected"), [
    ("Pinrang — Www.kabar-pesisir.com", ("Pinrang", "Www.kabar-pesisir.com")),
    ("Tobelo - www.halmaherapos.id", ("Tobelo", "www.halmaherapos.id")),
    ("Sorong | sorongkita.com", ("Sorong", "sorongkita.com")),
    ("Sulawesi Tengah || Warta News", ("Sulawesi Tengah", "Warta News")),
    ("Nasional - www.kabar-pesisir.com", None),  # a rubric before a link is no dateline
    ("www.kabar-pesisir.com", None),  # a link alone is furniture
    ("Home | Berita", None),
])
def test_a_place_and_the_sites_address_alone_on_a_line(
        line: str, expected: tuple[str, str] | None) -> None:
    assert bare_dateline(line) == expected


def test_a_press_office_after_the_datelines_comma_is_no_part_of_the_lead() -> None:
    lead = "Bupati Pinrang membuka pasar tani di halaman kantor bupati, Jumat (20/2/2026)."
    office = "Tobelo (HPN), Bagian Humas Sekretariat Daerah Halmahera Utara – "
    assert match_dateline(office + lead) == ("Tobelo", "HPN", lead)
    english = "Pinrang (WPN), Public Relations Office of the Regency Secretariat – "
    assert match_dateline(english + lead) == ("Pinrang", "WPN", lead)
    # a title set off by dashes in the lead is the lead's own
    aside = "Pinrang, Warta Pesisir – Bupati Andi Rahman – dalam kunjungannya – menyapa pedagang."
    assert match_dateline(aside)[2].startswith("Bupati Andi Rahman –")


def test_a_lead_closed_by_its_bracketed_date_is_prose() -> None:
    lead = ("Warga Desa Sukamaju mengeluhkan limbah pasir yang mengalir ke parit di belakang "
            "permukiman mereka,( Jumat 13 Februari 2026)")
    assert is_prose(lead) and is_sentence(lead)
    assert is_prose(lead.replace(",( Jumat 13 Februari 2026)", " (13/2/2026)"))
    assert not is_prose("Warga Desa Sukamaju mengeluhkan limbah pasir yang mengalir ke parit")


@pytest.mark.parametrize(("line", "author"), [
    ("Prepared by : Rina Wulandari and KLB’s PR", "Rina Wulandari"),
    ("Written by Dewi Lestari dan Humas Polres Bima", "Dewi Lestari"),
    ("Reporter: Andi Saputra & Tim Redaksi", "Andi Saputra"),
    ("Prepared by Made Sutama", "Made Sutama"),
])
def test_a_byline_without_the_office_credited_beside_the_writer(line: str, author: str) -> None:
    found = classify_one(line)
    assert (found.kind, found.author) == ("byline", author)


@pytest.mark.parametrize(("line", "name"), [
    ("© 2026 KBN - Kabar Baru Nusantara Terpercaya", "KBN"),
    ("Copyright © 2025 Warta Pesisir | Tajam dan Berimbang Setiap Hari", "Warta Pesisir"),
    ("Copyright © 2025 Jakarta - Kota Kita Semua Bersama", None),  # a place is no publisher
])
def test_a_copyright_lines_tagline_is_no_part_of_the_name(line: str, name: str | None) -> None:
    assert copyright_name(line) == name


def test_a_listings_next_teaser_under_its_comment_count_is_cut() -> None:
    page = "\n\n".join([
        "Beranda blog",
        "Jembatan Desa Lamaru Rampung Dibangun, Warga Tak Lagi Menyeberang Sungai", "0",
        "Pinrang, (Warta Pesisir) – Jembatan gantung di Desa Lamaru, Kecamatan Lembang, "
        "akhirnya rampung dibangun setelah dua tahun dikerjakan oleh pemerintah kabupaten.",
        "Warga kini tidak perlu lagi menyeberangi sungai dengan rakit bambu saat berangkat ke "
        "pasar dan sekolah setiap pagi.",
        "”Kami sangat bersyukur, anak-anak tidak lagi basah kuyup setiap musim hujan,” kata "
        "salah satu warga, Rahmat.",
        "Kepala Desa Lamaru, Andi Baso, mengatakan jembatan itu akan diresmikan bupati pada "
        "bulan depan.",
        "”Kami minta warga ikut menjaga jembatan ini,” ujarnya.",
        "Reporter : Rina Wulandari", "Editor: Abc",
        # the listing's next post: its headline, its comment count, its dated lead
        "Festival Layang-Layang Meriahkan Pantai Ujung Batu, Warga Padati Pesisir", "0",
        "Tobelo, (Warta Pesisir) – Ratusan warga memadati Pantai Ujung Batu, Kecamatan Tobelo "
        "Selatan, untuk menyaksikan festival layang-layang, Minggu (15/2/2026).",
    ])
    cleaned = clean(page)
    assert (cleaned.dateline, cleaned.outlet) == ("Pinrang", "Warta Pesisir")
    assert len(cleaned.paragraphs) == 5
    assert not any("Layang" in p for p in cleaned.paragraphs)

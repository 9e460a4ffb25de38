"""Round 36, titles and datelines: generated variants of the families fresh102-105 missed, and
decoys of similar shape that keep today's reading (made-up outlets, places, headlines)."""

from __future__ import annotations

import pytest

from translator.clean import clean
from translator.dateline_acronyms import dated_bracket, site_short_form
from translator.dateline_address import located
from translator.dateline_agency import agency_dated
from translator.datelines import match_dateline
from translator.lines import Line
from translator.site_names import copyright_name
from translator.title_guard import _welcome_banner

LEAD = ("Sekitar 40 pekerja migran Indonesia mengikuti kelas bahasa gratis yang digelar "
        "komunitas setempat setiap akhir pekan di aula balai warga.")
P2 = ("Kelas itu mengajarkan percakapan sehari-hari, istilah di tempat kerja, hingga cara "
      "membaca kontrak kerja sebelum ditandatangani.")
P3 = ("Panitia berencana membuka kelas lanjutan pada bulan depan bila jumlah peserta terus "
      "bertambah seperti beberapa pekan terakhir.")
HEAD = "Pekerja Migran Indonesia Ikuti Kelas Bahasa Gratis Tiap Akhir Pekan"


def _page(*top: str, lead: str = LEAD, site: str = "Warta Perantau",
          head: str = HEAD) -> str:
    return "\n\n".join([site, "Beranda", "Berita", head, *top, lead, P2, P3,
                        "Bagikan:", "Facebook", f"© 2026 {site}"])


# --- an agency's dateline with the day between the place and the agency's brackets
# ("Taichung, 14 Mei (CNA) – ", "BATUGADE, may 19 2026 (TATOLI)– "), read as "Place (CNA) – ";
# the year's date in it dates the post (dateline_agency.py) ----------------------------------

@pytest.mark.parametrize("lead,place", [
    (f"Hualien, 3 Juni (CNA) – {LEAD}", "Hualien"),
    (f"Tainan, 21 Mei 2026 (CNA) - {LEAD}", "Tainan"),
    (f"SUAI, june 2 2026 (TATOLI)– {LEAD}", "SUAI"),
    (f"Kaohsiung, Mei 8 (CNA) — {LEAD}", "Kaohsiung"),
])
def test_agency_dateline_with_the_day(lead, place):
    assert agency_dated(lead) is not None
    assert clean(_page(lead=lead)).dateline == place


def test_agency_dateline_dates_the_post():
    assert clean(_page(lead=f"SUAI, june 2 2026 (TATOLI)– {LEAD}")).published == "2026-06-02"


@pytest.mark.parametrize("lead", [
    f"Warga, 14 Mei (kemarin) – {LEAD}",  # no agency's capitals in the brackets
    f"Tainan, 21 Mei 2026. {LEAD}",  # no agency, no dash
    f"Pada 14 Mei (CNA) – {LEAD}",  # no place before the comma
])
def test_decoy_agency_dated(lead):
    assert agency_dated(lead) is None


# --- a labelled location line in the header ("Melaporkan dari, Kupang"): the dateline --------

@pytest.mark.parametrize("line,place", [
    ("Melaporkan dari, Ende", "Ende"),
    ("Melaporkan dari Jayapura", "Jayapura"),
    ("Reporting from Banda Aceh", "Banda Aceh"),
])
def test_reporting_from_line(line, place):
    assert located(line) == place
    assert clean(_page("Penulis, Maria Lede", line, "12 Mei 2026")).dateline == place


@pytest.mark.parametrize("line", [
    "Melaporkan dari lapangan",  # no capitalised place
    "Warga melaporkan dari rumah masing-masing kepada petugas",
])
def test_decoy_reporting_from(line):
    assert located(line) is None


# --- a dateline printed in Unicode's styled capitals, given as printed (dateline_styled.py) ---

@pytest.mark.parametrize("bold,plain", [
    ("𝗦𝗟𝗘𝗠𝗔𝗡", "SLEMAN"),
    ("𝐁𝐀𝐍𝐓𝐔𝐋", "BANTUL"),
    ("𝗞𝗟𝗔𝗧𝗘𝗡", "KLATEN"),
])
def test_styled_dateline(bold, plain):
    assert clean(_page(lead=f"{bold} — {LEAD}")).dateline == bold
    assert clean(_page(lead=f"{plain} — {LEAD}")).dateline == plain


def test_decoy_styled_word_inside_a_sentence():
    found = match_dateline(f"Warga 𝗦𝗟𝗘𝗠𝗔𝗡 menggelar kerja bakti di balai desa setempat. {LEAD}")
    assert found is None or found[0] is None


# --- the site's own short form as the dateline ("UNDIP (date) – " under "Universitas
# Diponegoro"): the institution's stamp, no place; a date in the brackets is no outlet
# (dateline_acronyms.py) -------------------------------------------------------------------

@pytest.mark.parametrize("site,stamp", [
    ("Universitas Padjadjaran", "UNPAD (Monday, May 4, 2026) – "),
    ("Universitas Brawijaya", "UNBRAW – "),
    ("Institut Pertanian Bogor", "IPB (Rabu, 6 Mei 2026) – "),
])
def test_site_short_form_is_no_dateline(site, stamp):
    article = clean(_page(lead=stamp + LEAD, site=site))
    assert article.dateline is None
    assert article.paragraphs[0] == LEAD


@pytest.mark.parametrize("name,sites,want", [
    ("UNDIP", ("Universitas Diponegoro",), True),
    ("KEMENAG", ("Kementerian Agama",), True),
    ("BANDUNG", ("Universitas Padjadjaran",), False),
    ("UNPAD", ("Padjadjaran",), False),  # one word: no short form of a name
])
def test_site_short_form(name, sites, want):
    assert site_short_form(name, sites) is want


@pytest.mark.parametrize("text,want", [
    ("Tuesday, March 10, 2026", True),
    ("Senin, 4 Mei 2026", True),
    ("ANTARA", False),
    ("Antara, 4 Mei 2026 oleh Redaksi", False),
])
def test_dated_bracket(text, want):
    assert dated_bracket(text) is want


def test_decoy_agency_bracket_keeps_the_place():
    assert clean(_page(lead=f"Bandung (Warta Perantau) – {LEAD}")).dateline == "Bandung"


# --- a regional masthead's first word as the stamp ("KABAR - " under the logo "KABAR SULBAR"):
# the outlet's, no place -------------------------------------------------------------------

@pytest.mark.parametrize("site,stamp", [
    ("WARTA SULBAR", "WARTA - "),
    ("SUARA KALTIM", "SUARA – "),
])
def test_masthead_first_word_is_no_dateline(site, stamp):
    article = clean(_page(lead=stamp + LEAD, site=site))
    assert article.dateline is None


def test_decoy_place_first_word_of_the_masthead():
    # "BANTUL" under "BANTUL JATENG": a place is read as the place
    assert clean(_page(lead="BANTUL - " + LEAD, site="BANTUL JATENG")).dateline == "BANTUL"


# --- a site's greeting banner over the page ("Welcome to the Kopi Corner"), its name printed
# again below: no title (title_guard._welcome_banner) ----------------------------------------

@pytest.mark.parametrize("banner,again", [
    ("Om Swastiastu ... Welcome to the Kopi Corner", "Back to the Kopi Corner home page"),
    ("Selamat Datang di Rumah Baca Pelangi", "© Rumah Baca Pelangi"),
])
def test_welcome_banner_is_no_title(banner, again):
    page = "\n\n".join([banner, "(Published in the Island Weekly, May 2026)", LEAD, P2, P3,
                        again])
    assert clean(page).title is None


def test_decoy_welcome_headline_without_a_name_again():
    head = "Welcome to Class: Migrant Workers Join Free Language Lessons"
    lines = [Line(head, "text"), Line(LEAD, "text"), Line("© 2026 Warta Perantau", "text")]
    assert not _welcome_banner(head, lines)


# --- sidebar headlines above the post's stamp, the headline under it over a desk's word in
# lower case ("(GMT+08:00) 2026-06-03 10:42:18" / headline / "cri"): the one under the stamp,
# sharing the most with the lead (title_shapes._under_stamp) --------------------------------

def _stamped_page(desk: str) -> str:
    top = ["Siaran Bahasa", "Beranda", "Berita", "Olahraga",
           "Pelabuhan Baru Dibuka untuk Kapal Pesiar Asing",
           "Festival Layang-Layang Digelar di Pantai Utara", "Indeks>>",
           "(GMT+08:00) 2026-05-11 09:15:00", HEAD, *([desk] if desk else [])]
    return "\n\n".join([*top, LEAD, P2, P3, "Lihat juga", "© 2026 Siaran Bahasa"])


@pytest.mark.parametrize("desk", ["cri", "red", ""])
def test_headline_under_the_stamp(desk):
    assert clean(_stamped_page(desk)).title == HEAD


def test_decoy_caption_under_the_byline_and_stamp():
    shout = "PEKERJA MIGRAN IKUTI KELAS BAHASA GRATIS TIAP AKHIR PEKAN DI BALAI WARGA"
    page = "\n\n".join(["Warta Perantau", "Beranda", "Berita", shout, "Koresponden:",
                        "Ahmad Rifai", "Kamis, 12 Maret 2026 10:42",
                        "Pekerja migran Indonesia mengikuti Kelas Bahasa di Balai Warga Foto Ist",
                        LEAD, P2, P3, "© 2026 Warta Perantau"])
    assert clean(page).title == shout


# --- a copyright line's name with a legal form after it ("X, I.P.", "X, Inc.") or its own
# initials glued on after a stop ("Radio Suara Nusantara.RSN"): the name alone (site_names) ---

@pytest.mark.parametrize("line,name", [
    ("© 2026 KABAR TIMUR, I.P.", "KABAR TIMUR"),
    ("© 2026 Kopi Corner, Inc. All rights reserved.", "Kopi Corner"),
    ("© Radio Suara Nusantara.RSN. All Rights Reserved.", "Radio Suara Nusantara"),
])
def test_copyright_name_without_legal_form_or_initials(line, name):
    assert copyright_name(line) == name


@pytest.mark.parametrize("line,name", [
    ("© 2026 Kabar.ID", "Kabar.ID"),  # an address's suffix, no initials of the name
    ("Copyright © 2026 Warta Perantau", "Warta Perantau"),
])
def test_decoy_copyright_name(line, name):
    assert copyright_name(line) == name

"""Round 35, titles and datelines: generated variants of the families fresh98-101 missed, and
decoys of similar shape that keep today's reading (made-up outlets, places, headlines)."""

from __future__ import annotations

import re

import pytest

from translator.clean import clean
from translator.datelines import bare_dateline, match_dateline
from translator.site_names import self_named

from .story_page import BODY, HALL_LEAD as _LEAD

_HEAD = "Warga Desa Sukamaju Gotong Royong Perbaiki Jembatan Bambu yang Putus"


def _page(*top: str, lead: str = BODY[0], site: str = "Kabar Sukamaju") -> str:
    return "\n\n".join([site, "Beranda", "Berita", *top, lead, *BODY[1:],
                        "Bagikan:", "Facebook", f"© 2026 {site}"])


# --- a share button and an ad label glued over the caption ("Telegram - Advertisement - ..."):
# a furniture row read as the place; never a dateline (dateline_furniture.py) ---------------

@pytest.mark.parametrize("line", [
    f"WhatsApp - Advertisement - {_LEAD}",
    f"Telegram - Iklan - {_LEAD}",
    f"Advertisement - {_LEAD}",
    f"Twitter - ADVERTISEMENT - {_LEAD}",
])
def test_furniture_row_is_no_dateline(line):
    found = match_dateline(line)
    assert found is None or found[0] is None


@pytest.mark.parametrize("line,place", [
    (f"Telegram - Sleman - {_LEAD}", "Sleman"),  # a known place is never furniture
    (f"KABARKU.COM, BANTUL – {_LEAD}", "BANTUL"),
    (f"Garut - {_LEAD}", "Garut"),
])
def test_decoy_places_after_a_button(line, place):
    found = match_dateline(line)
    assert (found[0] if found else None) == place


def test_ad_label_glued_over_a_caption_leaves_the_real_dateline():
    caption = ("Warga bergotong royong memperbaiki jembatan bambu di Desa Sukamaju, Kecamatan "
               "Sukamaju, Minggu (22/2/2026).")
    text = "\n".join(["Kabar Sukamaju", "Beranda", "Berita", "- Advertisement -", "",
                      _HEAD, "", "Oleh Rina Ayu - 23 Februari 2026", "Facebook", "Twitter",
                      "Telegram", "- Advertisement -", "", caption, caption, "",
                      f"KABARSUKAMAJU.COM, GARUT – {BODY[0]}", "", *BODY[1:]])
    assert clean(text).dateline == "GARUT"


# --- a council's or a government's secretariat in the place slot ("SETWAN – ", "Sekwan - "):
# an institution used as the dateline, which gives none (dateline_guard.OFFICE_WORDS) -------

@pytest.mark.parametrize("line", [
    f"SETWAN – {_LEAD}",
    f"Sekwan - {_LEAD}",
    f"SETDAKAB – {_LEAD}",
    f"Setdako - {_LEAD}",
    f"SETDAPROV — {_LEAD}",
])
def test_secretariat_is_no_place(line):
    found = match_dateline(line)
    assert found is not None and found[0] is None and found[2] == _LEAD


@pytest.mark.parametrize("line,place", [
    (f"SETU – {_LEAD}", "SETU"),  # a shouted word no table knows keeps today's reading
    (f"SEKAYU - {_LEAD}", "SEKAYU"),
])
def test_decoy_places_like_a_secretariat(line, place):
    found = match_dateline(line)
    assert found is not None and found[0] == place


# --- the outlet's slot left empty between the comma and the dash ("METRO,  — "), the name one
# a menu also prints as a rubric: the place when the lead names it as its city, regency or
# village (dateline_slots.empty_slot) -------------------------------------------------------

_CITY_LEAD = ("Pemerintah Kota (Pemkot) Metro membuka posko pengaduan banjir di setiap kelurahan "
              "sejak Senin pagi.")


@pytest.mark.parametrize("line,place", [
    (f"METRO,  — {_CITY_LEAD}", "METRO"),
    ("METRO, – Wali Kota Metro meresmikan pasar sayur baru di Kelurahan Yosomulyo pekan ini.",
     "METRO"),
    ("BISNIS,  - Warga Desa Bisnis bergotong royong membersihkan saluran irigasi sejak pagi.",
     "BISNIS"),
    ("WISATA,  — Pemkab Wisata menambah dua pos kesehatan di jalur mudik tahun ini.", "WISATA"),
])
def test_empty_outlet_slot(line, place):
    found = match_dateline(line)
    rest = re.split(r",\s+[-–—]\s+", line, maxsplit=1)[1]
    assert found is not None and found[:2] == (place, None) and found[2] == rest


@pytest.mark.parametrize("line", [
    f"METRO,  — Pemerintah provinsi membuka posko pengaduan banjir di setiap kelurahan.",
    f"KRIMINAL,  — {_LEAD}",  # a rubric: the lead names no such place
    f"KM. LENGGE RAYA,- {_LEAD}",  # glued ",- ": a brand's stamp, no place
    f"DINAS SOSIAL,  — {_LEAD}",  # an office
])
def test_decoy_empty_slots(line):
    found = match_dateline(line)
    assert found is None or found[0] is None


# --- a shouted brand that ends in a media word, then a known place, no comma between ("METRO
# ONLINE LINGGA--", "KABAR ONLINE TUBAN – "): the brand is the outlet, the place the dateline
# (dateline_slots.media_brand_place) -----------------------------------------------------------

@pytest.mark.parametrize("line,place,outlet", [
    (f"WARTA ONLINE TUBAN--{_LEAD}", "TUBAN", "WARTA ONLINE"),
    (f"SUARA ONLINE GARUT – {_LEAD}", "GARUT", "SUARA ONLINE"),
    (f"KABAR DESA NEWS BANTUL - {_LEAD}", "BANTUL", "KABAR DESA NEWS"),
    (f"LINTAS POST KENDARI -- {_LEAD}", "KENDARI", "LINTAS POST"),
])
def test_brand_then_place(line, place, outlet):
    found = match_dateline(line)
    assert found is not None and found[:2] == (place, outlet) and found[2] == _LEAD


@pytest.mark.parametrize("line,outlet", [
    (f"TRIBUN GARUT – {_LEAD}", "TRIBUN GARUT"),  # two words: the outlet's own name
    (f"RADAR TUBAN – {_LEAD}", "RADAR TUBAN"),
    (f"KABAR GARUT TUBAN – {_LEAD}", None),  # no media word: today's reading
])
def test_decoy_brand_and_place(line, outlet):
    found = match_dateline(line)
    assert found is None or found[0] != "TUBAN" or outlet is None
    if outlet:
        assert found is not None and found[0] is None and found[1] == outlet


# --- "Place, Masthead" alone on its line over the lead, the place a common word or one no
# table knows ("Negara, DenPost"): the page's own masthead vouches for it -------------------

_SITES = ("SukaPost", "Koran Rakyat Sukamaju", "Beranda")


@pytest.mark.parametrize("line,place", [
    ("Negara, SukaPost", "Negara"),
    ("Sukamakmur, SukaPost", "Sukamakmur"),
    ("Teluk Rayap, SukaPost", "Teluk Rayap"),
])
def test_place_before_own_masthead(line, place):
    assert bare_dateline(line, _SITES) == (place, "SukaPost")


@pytest.mark.parametrize("line", [
    "Negara, Kabar Lain",  # not the page's masthead
    "Foto, SukaPost",  # a credit
    "Dinas Sosial, SukaPost",  # an office
    "Kepala Sekolah, SukaPost",  # a role, no place
])
def test_decoy_not_before_own_masthead(line):
    found = bare_dateline(line, _SITES)
    assert found is None or found[0] is None


def test_place_before_own_masthead_on_a_page():
    text = "\n".join(["SukaPost", "Koran Rakyat Sukamaju", "Beranda", "Daerah", "", _HEAD, "",
                      "Senin, 23 Februari 2026 09:40 WIB", "", "Negara, SukaPost", *BODY])
    assert clean(text).dateline == "Negara"


# --- the headline printed twice with the same words, once without its comma (a listing's
# form): the printing with the punctuation is the title (title_printings.py) ----------------

@pytest.mark.parametrize("listed,printed", [
    ("Jembatan Bambu Putus Ini Cara Warga Sukamaju Memperbaikinya Dalam Sehari",
     "Jembatan Bambu Putus, Ini Cara Warga Sukamaju Memperbaikinya Dalam Sehari"),
    ("Banjir Surut Warga Sukamaju Gotong Royong Perbaiki Jembatan",
     "Banjir Surut, Warga Sukamaju Gotong Royong Perbaiki Jembatan"),
    ("Jembatan Putus Lagi Apa Kata Kepala Desa Sukamaju",
     "Jembatan Putus Lagi: Apa Kata Kepala Desa Sukamaju?"),
])
def test_punctuated_printing_is_the_title(listed, printed):
    assert clean(_page("Terbaru", listed, "23 Februari 2026", printed)).title == printed


def test_decoy_one_printing_keeps_its_title():
    title = "Jembatan Bambu Putus Ini Cara Warga Sukamaju Memperbaikinya Dalam Sehari"
    assert clean(_page(title, "23 Februari 2026")).title == title


# --- a theme's meta bullets over the lead ("• 9 July 2026" / "• News, Denpasar"): the place
# after the rubric is the dateline (dateline_model.bulleted_place) --------------------------

@pytest.mark.parametrize("meta,place", [
    (("• 12 June 2026", "• 09:30 WITA", "• News, Kupang"), "Kupang"),
    (("• 3 Maret 2026", "• Berita, Sleman"), "Sleman"),
    (("· 20 Mei 2026", "· Daerah, Bantul"), "Bantul"),
])
def test_bulleted_rubric_and_place(meta, place):
    assert clean(_page(_HEAD, *meta)).dateline == place


@pytest.mark.parametrize("meta", [
    ("• News, Kupang",),  # no dated bullet: a tag row
    ("• 12 June 2026", "• News, Politics"),  # no place
])
def test_decoy_bullets_without_a_place(meta):
    assert clean(_page(_HEAD, *meta)).dateline is None


# --- "Place,DD-MM-YYYY." alone right above the lead (no space after the comma, a numeric date,
# a stop): the place is the dateline (dateline_model._PLACE_COMMA_DATE) ---------------------

@pytest.mark.parametrize("line,place", [
    ("Kupang,16-03-2026.", "Kupang"),
    ("Ende,2-04-2026.", "Ende"),
    ("Kupang, 16-03-2026", "Kupang"),
])
def test_place_comma_numeric_date_over_the_lead(line, place):
    assert clean(_page(_HEAD, line)).dateline == place


@pytest.mark.parametrize("line", [
    "Sukamakmur,16-03-2026.",  # no place the gazetteer knows
    "Nomor,16-03-2026.",
])
def test_decoy_comma_numeric_dates(line):
    assert clean(_page(_HEAD, line)).dateline is None


# --- a theme's placeholder printed twice where the logo goes ("Logo Header  Footer"): no
# site's name, never the outlet (mastheads._masthead) ----------------------------------------

def _template_top(name: str) -> str:
    return "\n".join(["Facebook", "Twitter", "Instagram", name, "021-5550000info@contoh.com", name,
                      "", "Terbaru", "", _HEAD, "23 Februari 2026", "", *BODY])


@pytest.mark.parametrize("name", ["Logo Header Footer", "Header Logo", "Logo Sidebar Footer"])
def test_template_placeholder_is_no_outlet(name):
    assert clean(_template_top(name)).outlet != name


@pytest.mark.parametrize("name", ["Warta Sukamaju", "Kabar Lembah Hijau"])
def test_decoy_logo_printed_twice_is_the_outlet(name):
    assert clean(_template_top(name)).outlet == name


# --- a text-to-speech widget's prompt glued after the portal's welcome line ("Selamat Datang
# di Website NAME   Click to listen highlighted text!"): no part of the name it gives itself
# (site_names.self_named) ------------------------------------------------------------------

@pytest.mark.parametrize("line,name", [
    ("Selamat Datang di Website Pengadilan Negeri Sukamaju Click to listen highlighted text!",
     "Pengadilan Negeri Sukamaju"),
    ("Selamat Datang di Website Dinas Pertanian Kabupaten Sukamaju Klik untuk mendengarkan",
     "Dinas Pertanian Kabupaten Sukamaju"),
    ("Selamat Datang di Portal Resmi Kecamatan Sukamaju Powered By GSpeech",
     "Kecamatan Sukamaju"),
])
def test_speech_prompt_after_welcome_name(line, name):
    assert self_named([line]) == name


@pytest.mark.parametrize("line,name", [
    ("selamat datang di website Pengadilan Negeri Sukamaju kelas 1 B",
     "Pengadilan Negeri Sukamaju"),
    ("Selamat Datang di Website Clickindo Media Sukamaju", "Clickindo Media Sukamaju"),
])
def test_decoy_welcome_names(line, name):
    assert self_named([line]) == name

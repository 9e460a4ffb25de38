"""Round 20b of the cleaner: the dateline's whole stamp cut, widget titles, a headline's
dash, a byline's stop and a blog's lower-case name (made-up text)."""

from __future__ import annotations

import pytest

from translator.clean import clean
from translator.dateline_stamp import dashed_outlet, without_bracket_date
from translator.datelines import match_dateline
from translator.lines import classify_one
from translator.repair import join_fragments

LEAD = "Ratusan warga memadati lapangan desa untuk mengikuti kerja bakti sejak pagi tadi."
HEADLINE = "Warga Gelar Kerja Bakti Massal di Tepi Sungai Desa"
BODY = ("Kepala desa mengatakan kegiatan itu digelar setiap bulan agar saluran air tidak "
        "tersumbat sampah dan lumpur saat musim hujan tiba.")
MORE = ("Camat setempat berharap kegiatan serupa dapat digelar di desa-desa lain yang sering "
        "dilanda banjir pada musim hujan.")


# --- a dateline's stamp: place, outlet or address, a bracketed date, a dash ------------------

@pytest.mark.parametrize(("text", "want"), [
    # a second dashed name after the place: the publisher's
    (f"Waiheru - Info Pesisir Akurat - {LEAD}", ("Waiheru", "Info Pesisir Akurat")),
    # the address, then the date in round brackets, then the dash
    (f"Sukadana,warta-kayong.com (3/2/2026) – {LEAD}", ("Sukadana", "warta-kayong.com")),
    # ... in square brackets, written out, glued to the address
    (f"Bantul, lensajogja.co.id[11 Maret 2026] – {LEAD}", ("Bantul", "lensajogja.co.id")),
])
def test_whole_stamp_is_cut_from_the_lead(text: str, want: tuple[str, str]) -> None:
    found = match_dateline(text)
    assert found is not None
    assert found[:2] == want
    assert found[2] == LEAD


def test_stamp_shapes_that_are_not_an_outlet() -> None:
    # a second dashed name that reads as no publisher's (an official's title, a province)
    assert dashed_outlet(f"Kepala Desa Tanjung - {LEAD}") is None
    assert dashed_outlet(f"Nusa Tenggara Timur - {LEAD}") is None
    # a bracket that holds no date is no stamp's
    assert without_bracket_date(f"Sukadana, warta-kayong.com (Foto: Istimewa) – {LEAD}") is None


def test_clean_cuts_a_dated_address_stamp() -> None:
    page = f"{HEADLINE}\n\nSukadana,warta-kayong.com (3/2/2026) – {LEAD}\n\n{BODY}\n\n{MORE}\n"
    article = clean(page)
    assert article.paragraphs[0] == LEAD
    assert article.dateline == "Sukadana"


# --- a Blogger gadget's default title is no site's name ---------------------------------------

@pytest.mark.parametrize("text", ["Image Hosting", "Arsip Blog", "Total Pageviews",
                                  "Laporkan Penyalahgunaan", "Postingan Populer"])
def test_gadget_titles_are_widget_titles(text: str) -> None:
    assert classify_one(text).kind == "widget-title"


def test_gadget_title_atop_the_page_is_not_the_outlet() -> None:
    page = f"Image Hosting\n\nSINTANG-{LEAD}\n{BODY}\n\n{MORE}\n"
    assert clean(page).outlet is None


# --- a headline with a dash is no "Name – Name" byline ---------------------------------------

@pytest.mark.parametrize("text", [
    # a half longer than a person's name
    "Truk Logistik Tertahan Lumpur – Sopir Bermalam, Pasokan Beras Terlambat Tiba Dua Hari",
    # halves as short as names, but more words than two people's names hold
    "Harga Cabai Rawit Melonjak – Pedagang Mengeluh, Pembeli Mulai Beralih Sayur",
])
def test_headline_halves_are_no_names(text: str) -> None:
    assert classify_one(text).kind != "byline"


def test_two_names_still_make_a_byline() -> None:
    line = classify_one("Rina Ayu Lestari – Dedi Kurniawan")
    assert line.kind == "byline"
    assert line.author == "Rina Ayu Lestari"


def test_labelled_byline_closed_by_a_stop() -> None:
    line = classify_one("Reporter : Hendra.")
    assert line.kind == "byline"
    assert line.author == "Hendra"


# --- a blog's lower-case name over its lower-case tagline ------------------------------------

def test_lower_case_blog_name_is_not_joined_to_its_tagline() -> None:
    lines = ["kabarpesisir", "catatan harian seorang nelayan di Natuna", "", LEAD]
    assert join_fragments(lines, lambda s: True)[:2] == lines[:2]


def test_lower_case_blog_name_over_its_tagline_is_the_outlet() -> None:
    page = (f"kabarpesisir\ncatatan harian seorang nelayan di Natuna\n\n{HEADLINE}\n\n"
            f"Februari 9, 2026\n\n{LEAD}\n\n{BODY}\n\n{MORE}\n")
    assert clean(page).outlet == "kabarpesisir"

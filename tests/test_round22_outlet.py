"""Round 22, outlet and author: every rule of translator/outlet_more.py, logo_shapes.py's
longer names, site_names.py's bracketed copyright, top_names.py's official label and
translator/bylines_more.py, each on example lines of its own in the manner of real pages."""

from __future__ import annotations

from translator.clean import clean
from translator.lines import Line
from translator.outlet_more import (
    acronym_logo,
    lead_stamp,
    plugged_paper,
    repeated_brand,
    section_label,
    source_field,
    unofficial,
    wire_reprint,
)
from translator.site_names import copyright_name

LEAD = ("Ratusan warga Desa Sukamaju, Kecamatan Cibeber, bergotong royong memperbaiki saluran "
        "irigasi yang jebol diterjang banjir pada Selasa malam sehingga sawah seluas 40 hektare "
        "kembali mendapat air.")
MORE = ("Kepala Desa Sukamaju, Hendra Gunawan, mengatakan perbaikan darurat dilakukan dengan "
        "karung pasir dan bambu sambil menunggu bantuan dari dinas pekerjaan umum kabupaten.")
LAST = ("Warga berharap pemerintah daerah segera membangun tanggul permanen agar kejadian yang "
        "sama tidak terulang pada musim hujan tahun depan.")
EN_LEAD = ("A group of students from Universitas Ahmad Dahlan Yogyakarta (UAD) has built "
           "water filters for three elementary schools in Bantul Regency, where wells turned "
           "brown after last month's floods.")
EN_MORE = ("The filters use sand, gravel and charcoal and can clean up to 500 litres of water a "
           "day, enough for the pupils and teachers of each school, the team said.")
EN_LAST = ("The students plan to train the schools' caretakers to replace the filter layers "
           "every three months so that the units keep working after the programme ends.")


def _page(*lines: str) -> str:
    return "\n\n".join(lines)


def _lines(*texts: str, kind: str = "text") -> list[Line]:
    return [Line(t, kind) for t in texts]


# --- outlets -------------------------------------------------------------------------------

def test_an_official_sites_label_is_no_part_of_its_name() -> None:
    page = _page("Website Resmi Pemerintah Kota Madiun", "Beranda", "Profil", "Berita",
                 "Warga Gotong Royong Perbaiki Saluran Irigasi yang Jebol",
                 "MADIUN - " + LEAD, MORE, LAST)
    assert clean(page).outlet == "Pemerintah Kota Madiun"
    assert unofficial("Situs Resmi Kabupaten Ngawi") == "Kabupaten Ngawi"


def test_a_sections_label_in_the_logos_place_is_no_publisher() -> None:
    page = _page("HEADLINE NEWS", "Warga Gotong Royong Perbaiki Saluran Irigasi yang Jebol",
                 "Radarcibeber - " + LEAD, MORE, LAST)
    assert clean(page).outlet == "Radarcibeber"
    assert section_label("HEADLINE NEWS") and section_label("Berita Terkini")
    assert not section_label("Radar Cibeber")


def test_a_follow_line_whose_handle_spells_the_name_names_the_site() -> None:
    page = _page("BULETIN KAMPUS EDISI KHUSUS", "Gema Warta Suara Mahasiswa",
                 "Warga Gotong Royong Perbaiki Saluran Irigasi yang Jebol", LEAD, MORE, LAST,
                 "Ikuti Gema Warta di Instagram @gemawarta")
    assert clean(page).outlet == "Gema Warta"


def test_an_acronym_logo_the_story_spells_out_names_the_campus() -> None:
    page = _page("UAD", "Home", "News",
                 "UAD Students Build Water Filters for Flood-Hit Schools in Bantul",
                 EN_LEAD, EN_MORE, EN_LAST)
    assert clean(page).outlet == "UAD"
    # an acronym the story never spells out in brackets names nothing
    assert acronym_logo(_lines("UAD", EN_MORE, EN_LAST)) is None


def test_an_aggregators_source_field_names_the_publisher() -> None:
    page = _page("Skip to main content", "Indonesia",
                 "Floods Cut Irrigation to 40 Hectares of Rice in Cibeber", "Format",
                 "News and Press Release", "Source", "Jakarta Globe", "Posted", "3 Mar 2026",
                 EN_LEAD, EN_MORE, EN_LAST)
    assert clean(page).outlet == "Jakarta Globe"
    assert source_field(_lines("Source", "Breaking News", EN_LEAD)) is None


def test_a_papers_plug_for_its_print_edition_names_it_when_the_story_does() -> None:
    plug = "Baca berita selengkapnya di koran harian Bengkulu Ekspres, terbit setiap pagi."
    told = "Informasi dihimpun Bengkulu Ekspres menyebutkan, " + MORE
    assert plugged_paper(_lines(plug, "Saluran Irigasi Jebol", LEAD, told)) == "Bengkulu Ekspres"
    assert plugged_paper(_lines(plug, "Saluran Irigasi Jebol", LEAD, MORE)) is None


def test_a_camel_case_brand_the_page_prints_again_names_the_feed() -> None:
    lines = _lines("Home » Feeds » WartaUmat", "WartaUmat", "Langganan feed WartaUmat",
                   LEAD, "Pantauan Wartaumat.com, " + MORE, "Wartaumat")
    assert repeated_brand(lines) == "WartaUmat"
    assert repeated_brand(_lines("WartaUmat", LEAD, MORE)) is None


def test_a_wires_dateline_yields_to_the_pages_copyright_owner() -> None:
    page = _page("The Manila Standard", "Nation", "World", "Sports",
                 "Floods cut irrigation to 40 hectares of rice in West Java",
                 "March 3, 2026, 12:00 am PHT", "BANDUNG, Indonesia, AFP", EN_LEAD, EN_MORE,
                 EN_LAST, "Copyright © 2026 The Manila Standard, all rights reserved.")
    assert clean(page).outlet == "The Manila Standard"
    assert wire_reprint("Reuters", "The Star") == "The Star"
    assert wire_reprint("Kompas", "The Star") is None


def test_a_bracketed_copyright_notice_names_its_owner_after_by() -> None:
    assert copyright_name("(Copyright 2026 by Asia Wire. All rights reserved.)") == "Asia Wire"


def test_a_wire_credited_in_the_lead_and_the_copyright_beats_the_reposters_logo() -> None:
    page = _page("NewsRelay", "Home", "World", "Asia",
                 "Indonesia: Floods cut irrigation to rice fields in West Java",
                 "March 3, 2026", "BANDUNG, INDONESIA (ASIA WIRE) — " + EN_MORE, EN_LAST,
                 "(Copyright 2026 by Asia Wire. All rights reserved.)")
    assert clean(page).outlet == "Asia Wire"


def test_a_longer_name_with_particles_over_the_menu_is_the_logo() -> None:
    page = _page("Council on Strategic Studies", "Search", "Subscribe",
                 "Floods Cut Irrigation to 40 Hectares of Rice in West Java",
                 EN_LEAD, EN_MORE, EN_LAST)
    assert clean(page).outlet == "Council on Strategic Studies"


def test_an_offices_desk_that_signs_the_page_is_its_name() -> None:
    page = _page("Diskominfo MC Kaltim", "Beranda", "Berita", "Galeri",
                 "Warga Gotong Royong Perbaiki Saluran Irigasi yang Jebol", "Maret 3, 2026",
                 "MC Kaltim", LEAD, MORE, LAST + " MC Kaltim/Ad")
    assert clean(page).outlet == "MC Kaltim"


def test_the_leads_stamp_names_the_site_where_no_dateline_is_read() -> None:
    assert lead_stamp(_lines("BANDUNG – wartajabar – " + LEAD)) == "wartajabar"
    assert lead_stamp(_lines("Cianjur:WJ – " + LEAD)) == "WJ"
    assert lead_stamp(_lines("cibeberkita.com l " + LEAD)) == "cibeberkita.com"
    assert lead_stamp(_lines("KABARLOTIM. " + EN_LEAD)) == "KABARLOTIM"
    assert lead_stamp(_lines("JAKARTA. " + EN_LEAD)) is None  # a place's stamp
    caption = "Warga memperbaiki saluran irigasi di Desa Sukamaju (cibeberkini) – " + LEAD
    assert lead_stamp(_lines("Redaksi cibeberkini", caption)) == "cibeberkini"
    assert lead_stamp(_lines(caption)) is None  # a name the page prints nowhere else


# --- authors -------------------------------------------------------------------------------

def test_a_desk_or_a_wire_signing_is_no_author() -> None:
    page = _page("Lombok Pos", "Warga Gotong Royong Perbaiki Saluran Irigasi yang Jebol",
                 "By Editor | March 3, 2026", LEAD, MORE, LAST)
    assert clean(page).author is None
    page = _page("Borneo Daily", "Floods cut irrigation to rice fields in West Java",
                 "By Associated Press", EN_LEAD, EN_MORE, EN_LAST)
    assert clean(page).author is None


def test_the_place_glued_to_the_writers_name_is_cut_off() -> None:
    page = _page("Warta Maluku", "Warga Gotong Royong Perbaiki Saluran Irigasi yang Jebol",
                 "Laporan Rina Wulandari-Ambon", LEAD, MORE, LAST)
    assert clean(page).author == "Rina Wulandari"


def test_a_labelled_report_names_its_writer() -> None:
    for label in ("Laporan oleh Dimas Prasetyo", "Oleh : Dimas Prasetyo -Bandung (03/03/2026)"):
        page = _page("Warta Jabar", "Warga Gotong Royong Perbaiki Saluran Irigasi yang Jebol",
                     label, LEAD, MORE, LAST)
        assert clean(page).author == "Dimas Prasetyo", label
    page = _page("Lowy Interpreter", "Floods cut irrigation to rice fields in West Java",
                 "Blog Post by Claire Hutchison", EN_LEAD, EN_MORE, EN_LAST)
    assert clean(page).author == "Claire Hutchison"
    page = _page("NewsRelay", "Floods cut irrigation to rice fields in West Java",
                 "Posted by NewsRelay Staff", EN_LEAD, EN_MORE, EN_LAST)
    assert clean(page).author is None  # the site's staff account


def test_a_rubric_over_and_under_the_headline_is_no_writer() -> None:
    head = "Warga Gotong Royong Perbaiki Saluran Irigasi yang Jebol"
    page = _page("Selasa, Maret 3", "LENSA WARGA", head, head, "LENSA WARGA",
                 "Senin, 2 Maret 2026 | Redaksi wartadesa", LEAD, MORE, LAST)
    assert clean(page).author is None


def test_the_writer_under_the_logo_above_the_date() -> None:
    page = _page("AgroNews", "Dewi Kartika Sari", "3 Mar 2026 10:15 WIB",
                 "Warga Gotong Royong Perbaiki Saluran Irigasi yang Jebol", LEAD, MORE, LAST)
    assert clean(page).author == "Dewi Kartika Sari"
    page = _page("Lombok Asri", "Be Your Inspiration", "3 Mar 2026 10:15 WIB",
                 "Warga Gotong Royong Perbaiki Saluran Irigasi yang Jebol", LEAD, MORE, LAST)
    assert clean(page).author is None  # the logo's tagline


def test_the_writer_closing_the_story_over_its_tags() -> None:
    page = _page("Majalah Desa", "Warga Gotong Royong Perbaiki Saluran Irigasi yang Jebol",
                 "3 Mar 2026", LEAD, MORE, LAST, "Putri Anggraeni", "Tags",
                 "#irigasi, #banjir, #cibeber")
    assert clean(page).author == "Putri Anggraeni"


def test_the_leads_stamp_names_the_site_on_a_page_that_names_it_nowhere_else() -> None:
    page = _page("Senin, 2 Maret 2026", "Berita", "Daerah",
                 "Warga Gotong Royong Perbaiki Saluran Irigasi yang Jebol",
                 "CIANJUR – wartacianjur – " + LEAD, MORE, LAST)
    assert clean(page).outlet == "wartacianjur"

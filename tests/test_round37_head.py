"""Round 37, titles, outlets and authors: generated variants of the families fresh106-109
missed, and decoys of similar shape that must keep today's reading (made-up outlets, places,
names and headlines; none copied from a fixture)."""

from __future__ import annotations

import pytest

from translator.clean import clean
from translator.lines import Line
from translator.masthead_footer import masthead_signed
from translator.outlet_case import own_case

LEAD = ("Sebanyak 60 siswa sekolah dasar mengikuti lomba menulis cerita rakyat yang digelar "
        "perpustakaan daerah selama tiga hari di aula kantor bupati.")
P2 = ("Kepala perpustakaan, Nurhayati, mengatakan lomba itu diadakan untuk menumbuhkan minat "
      "baca sekaligus mengenalkan kembali cerita rakyat setempat kepada anak-anak.")
P3 = ("Naskah terbaik akan dibukukan dan dibagikan ke seluruh sekolah dasar di kabupaten itu "
      "pada awal tahun ajaran baru mendatang.")
HEAD = "Puluhan Siswa SD Ikuti Lomba Menulis Cerita Rakyat di Perpustakaan Daerah"


def _page(logo: str, lead: str, *foot: str, meta: str = "Senin, 9 Maret 2026") -> str:
    return "\n\n".join([logo, "Beranda", "Pendidikan", HEAD, meta, lead, P2, P3,
                        "Bagikan:", "Facebook", *foot])


def _lines(*texts: str, kind: str = "text") -> list[Line]:
    return [Line(t, "copyright" if t.startswith("©") else kind) for t in texts]


# --- a one-word name found only shouted or in small letters (the logo, the stamp), which the
# copyright line or the blog's post footer prints in mixed case: the mixed case
# (outlet_case.py) -------------------------------------------------------------------------

@pytest.mark.parametrize("logo,lead,foot,want", [
    ("LENTERAKU", f"LENTERAKU – {LEAD}", "© 2026 Lenteraku – Majalah Pendidikan Daerah",
     "Lenteraku"),
    ("WARTADESA.COM", f"SIAK, WARTADESA.COM — {LEAD}", "© 2026 Wartadesa.com. All Rights Reserved.",
     "Wartadesa.com"),
    ("kabarbahari.id", f"Bengkalis, kabarbahari.id – {LEAD}", "© 2026 Kabarbahari.id",
     "Kabarbahari.id"),
    ("KABAR SELAT", f"DUMAI,KABARSELAT-{LEAD}", "Diposting oleh Kabar Selat di 09.20 0 komentar",
     "Kabar Selat"),
])
def test_mixed_case_printing_of_a_one_word_name(logo, lead, foot, want):
    assert clean(_page(logo, lead, foot)).outlet == want


@pytest.mark.parametrize("name,texts", [
    # two shouted words: the logo's capitals are the brand's, whatever the footer prints
    ("SUARA PANTAI", ("SUARA PANTAI", "© 2026 Suara Pantai. All rights reserved.")),
    # a footer in title case capitalises the suffix too: its type, not the brand's spelling
    ("LAUTBIRU.NET", ("LAUTBIRU.NET", "Copyright © 2026 LautBiru.Net")),
    # no mixed-case printing anywhere: capitals stay
    ("RIAUKINI", ("RIAUKINI", "© 2026 RIAUKINI")),
    # another name's mixed case is no spelling of this one
    ("LENTERAKU", ("LENTERAKU", "© 2026 Lentera Kita")),
])
def test_decoy_own_case_keeps_the_name(name, texts):
    assert own_case(name, _lines(*texts)) == name


# --- a dateline's web address whose letters the logo line and the copyright line both spell
# as a name with a space ("HAI-Online.com" under "HAI Online" / "© 2026 HAI Online"):
# that name (outlet_case.py) ------------------------------------------------------------------

@pytest.mark.parametrize("logo,stamp,want", [
    ("PR KITA", "JAKARTA, PRKITA.CO – ", "PR KITA"),
    ("Remaja Online", "Remaja-Online.com - ", "Remaja Online"),
    ("Warta Bahari", "DUMAI, WARTABAHARI.ID – ", "Warta Bahari"),
])
def test_address_stamp_yields_to_the_logo_and_copyright_name(logo, stamp, want):
    assert clean(_page(logo, stamp + LEAD, f"© 2026 {logo}. All rights reserved.")).outlet \
        == want


@pytest.mark.parametrize("name,texts", [
    # the logo alone spells it so: the address stays (a link's words up there)
    ("Wartabahari.id", ("Warta Bahari", "© 2026 Wartabahari.id")),
    # the copyright line alone: the address stays
    ("Wartabahari.id", ("wartabahari.id", "© 2026 Warta Bahari")),
])
def test_decoy_address_keeps_its_spelling(name, texts):
    assert own_case(name, _lines(*texts)) == name


# --- a footer signing with the masthead's long name before the copyright sign ("Yayasan
# ... © 2026"): the page's own name, and a village's name over the lead is then its dateline
# (masthead_footer.py) --------------------------------------------------------------------

@pytest.mark.parametrize("logo,foot", [
    ("Pondok Pesantren Darul Ilmi Kampar", "Pondok Pesantren Darul Ilmi Kampar © 2026"),
    ("Yayasan Pendidikan Cahaya Bangsa", "Yayasan Pendidikan Cahaya Bangsa (c) 2025"),
    ("SMA Negeri 3 Tanjung Balai Karimun", "SMA Negeri 3 Tanjung Balai Karimun © 2026."),
])
def test_masthead_signed_footer(logo, foot):
    page = _page(logo, f"Sukamakmur – {LEAD}", foot)
    article = clean(page)
    assert article.outlet == logo
    assert article.dateline == "Sukamakmur"


@pytest.mark.parametrize("texts", [
    ("Warta Desa", "Berita Lain © 2026"),  # the footer's name is not the masthead's
    ("Warta Desa", "Warta Desa adalah media warga yang terbit sejak 2019"),  # no sign
])
def test_decoy_masthead_signed(texts):
    assert masthead_signed(_lines(*texts)) is None


# --- a company's copyright line signing with its legal name ("© 2026 PT Kapal Nusantara
# (Persero) Tbk.") under its masthead ("Kapal Nusantara"): the masthead; and a ministry desk's
# code in brackets in the dateline ("Palembang (PHU) —- ") on such a page is no outlet
# (masthead_footer.py, publisher.py) ---------------------------------------------------------

@pytest.mark.parametrize("logo,foot", [
    ("Kapal Nusantara", "© 2026 PT Kapal Nusantara (Persero) Tbk. All Rights Reserved."),
    ("Pupuk Raya", "Copyright © 2026 PT Pupuk Raya Tbk"),
    ("Amanah Safar Mulia", "© 2026 PT Amanah Safar Mulia. All Rights Reserved."),
])
def test_legal_owner_gives_the_masthead(logo, foot):
    assert clean(_page(logo, LEAD, foot)).outlet == logo


@pytest.mark.parametrize("stamp", ["Palembang (PHU) —- ", "Jeddah (PHU)--", "Madinah (MCH) – "])
def test_desk_code_in_brackets_yields_to_the_signed_masthead(stamp):
    page = _page("Amanah Safar Mulia", stamp + LEAD,
                 "© 2026 PT Amanah Safar Mulia. All Rights Reserved.")
    assert clean(page).outlet == "Amanah Safar Mulia"


def test_decoy_legal_owner_another_name():
    texts = _lines("Kapal Nusantara", "© 2026 PT Samudra Jaya Tbk.")
    from translator.masthead_footer import legal_owner
    assert legal_owner(texts) is None


# --- an AMP page's copied logo "Site icon NAME": the outlet when nothing else names one
# (site_icon.py) -----------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["SIN Riau", "Kabar Pesisir", "Warta9.id"])
def test_site_icon_names_the_outlet(name):
    page = "\n\n".join([f"Site icon {name}", HEAD, f"DUMAI – {LEAD}", P2, P3, "Bagikan:",
                        "Exit mobile version"])
    assert clean(page).outlet == name


def test_decoy_site_icon_below_the_top():
    from translator.site_icon import site_icon
    assert site_icon(_lines(HEAD, "Beranda", "Berita", "Site icon Kabar Lain")) is None


def test_footer_full_name_opening_with_the_logo_word():
    page = _page("WARTAKOTA", f"Dumai- {LEAD}", "© 2026 Wartakota Kota Dumai")
    assert clean(page).outlet == "Wartakota Kota Dumai"


# --- a blog theme's arrow glued before the post's title (">>Warga Keluhkan ..."): the title
# without it (title_shapes.py) ----------------------------------------------------------------

@pytest.mark.parametrize("marked,want", [
    (">>" + HEAD, HEAD),
    (">> Warga Desa Sungai Rawa Gotong Royong Bersihkan Parit Kampung",
     "Warga Desa Sungai Rawa Gotong Royong Bersihkan Parit Kampung"),
])
def test_arrow_marked_title(marked, want):
    page = "\n\n".join(["KABAR TEPIAN", "Beranda", "Selasa, 24 Maret 2026", marked, LEAD, P2, P3,
                        "Diposting oleh Kabar Tepian di 10.15 0 komentar"])
    assert clean(page).title == want


def test_decoy_digest_contents_marks_stay_a_list():
    from translator.title_shapes import without_lone_dash
    texts = ["» Harga Cabai Naik", "» Pasar Baru Dibuka"]
    assert without_lone_dash(texts) == texts


# --- a longer menu link between short ones ("Scholarships" / "Universities in Indonesia" /
# "Contact Us") over the title: a link, not the title (masthead_blocks.py) ---------------------

@pytest.mark.parametrize("link", ["Universities in Indonesia", "Study in Bali Today",
                                  "Beasiswa Luar Negeri"])
def test_flanked_menu_link_is_no_title(link):
    head = "Indonesian students bound for Korean campuses nearly double in two years"
    lead = ("The number of Indonesian students enrolling at Korean universities in Riau and Bali "
            "has almost doubled over the past two years, the embassy said on Monday.")
    page = "\n\n".join(["Study Portal", "Home", "Study Abroad", "Scholarships", link,
                        "Contact Us", head, lead, P2, P3])
    assert clean(page).title == head


def test_decoy_flanked_link_needs_short_links_about():
    from translator.masthead_blocks import _flanked_link
    assert not _flanked_link(["Home", "Universities in Indonesia", HEAD], 1)
    assert not _flanked_link(["Home", "Harga Cabai Naik Lagi di Pasar Raya", "Kontak"], 1)


# --- an institution's two names joined by a slash in the headline ("Ministry of
# Investment/BKPM Matches ..."): no photo credit (title_shapes.py) ----------------------------

@pytest.mark.parametrize("head", [
    "Ministry of Investment/BKPM Matches 38 Large Investors with 214 Village Firms",
    "Kementerian Investasi/BKPM Pertemukan 40 Investor dengan UMKM Riau",
    "Badan Pangan/NFA Salurkan Beras Cadangan ke Pasar Dumai",
])
def test_institution_slash_acronym_headline(head):
    from translator.headline import headline_shaped
    assert headline_shaped(head)


@pytest.mark.parametrize("line", [
    "Warga antre air bersih di Dumai Foto/REUTERS",  # a photo desk's word before the slash
    "Warga antre air bersih di Dumai Antara/ANT",  # a wire's name
])
def test_decoy_photo_credit_slash(line):
    from translator.title_shapes import credit_inside
    assert credit_inside(line)


# --- the writer's name alone over the date line, the photo's caption (and a share prompt)
# between it and the headline: the byline (bare_bylines.py) -----------------------------------

@pytest.mark.parametrize("name", ["Rahmat Fadli", "Yulia Sari Dewi", "Andika Pratama"])
def test_name_under_the_caption_over_the_date(name):
    page = "\n\n".join(["Kabar Ranah", "Beranda", "Pendidikan", HEAD, "Bagikan berita",
                        "Lonceng tua di selasar sekolah (dok)", name,
                        "Senin, 13 April 2026 - 07:45 WIB", LEAD, P2, P3, "© 2026 Kabar Ranah"])
    assert clean(page).author == name


def test_decoy_caption_name_without_a_date_below():
    page = "\n\n".join(["Kabar Ranah", "Beranda", "Pendidikan", HEAD,
                        "Lonceng tua di selasar sekolah (dok)", "Rahmat Fadli", LEAD, P2, P3,
                        "Senin, 13 April 2026 - 07:45 WIB", "© 2026 Kabar Ranah"])
    assert clean(page).author is None


# --- a writer's label and the poster's name before the stamp ("Oleh : rudy    2026-03-09
# 08:36:23   1142"): the poster as printed; a site account or no name is no writer ----------

@pytest.mark.parametrize("meta,want", [
    ("Oleh : rudy    2026-03-09 08:36:23   1142", "rudy"),
    ("Oleh : dewi    2026-04-01 10:02:11   87", "dewi"),
    ("Penulis : wahyu  2026-05-12 14:20:00", "wahyu"),
])
def test_labelled_poster_before_the_stamp(meta, want):
    assert clean(_page("SMK Negeri 9 Kota Baru", LEAD, meta=meta)).author == want


@pytest.mark.parametrize("meta", [
    "Oleh : admin    2026-03-09 08:36:23   1142",  # the site's account
    "Oleh : operator_sekolah 2026-03-09 08:36:23",  # a user name
    "Posted by On Februari 05, 2026",  # no name at all
])
def test_decoy_labelled_poster(meta):
    assert clean(_page("SMK Negeri 9 Kota Baru", LEAD, meta=meta)).author is None


# --- a school's or campus's address as the stamp ("www.smkn9kotabaru.sch.id – ") on a site
# whose masthead the copyright line signs: the masthead (outlet_case.py) ----------------------

@pytest.mark.parametrize("logo,stamp", [
    ("SMK Negeri 9 Kota Baru", "www.smkn9kotabaru.sch.id – "),
    ("Politeknik Negeri Pesisir", "polnespes.ac.id - "),
])
def test_institution_address_yields_to_the_signed_masthead(logo, stamp):
    page = _page(logo, stamp + LEAD, f"Copyright © 2026 {logo}")
    assert clean(page).outlet == logo


def test_decoy_government_address_stays():
    lines = _lines("Pemerintah Kota Pesisir", "© 2026 Pemerintah Kota Pesisir")
    assert own_case("pesisirkota.go.id", lines) == "pesisirkota.go.id"


# --- the copyright line's whole name opening with the logo's words ("EL AQSHO" / "© 2026 El
# Aqsho Tour & Travel"): the footer's full name; a legal form or the rights notice after it is
# none of it (outlet_case.py) ---------------------------------------------------------------

@pytest.mark.parametrize("logo,foot,want", [
    ("AL MADINAH", "© 2026 Al Madinah Tour & Travel", "Al Madinah Tour & Travel"),
    ("NUR HIKMAH", "Copyright © 2026 Nur Hikmah Wisata Religi", "Nur Hikmah Wisata Religi"),
])
def test_fuller_copyright_name(logo, foot, want):
    page = _page(logo, f"{logo} – {LEAD}", foot)
    assert clean(page).outlet == want


@pytest.mark.parametrize("name,foot", [
    ("Kabar Tepian", "© 2026 Kabar Tepian Pvt Ltd"),
    ("Kabar Tepian", "© 2026 Kabar Tepian All Rights Reserved"),
    ("Kabar Tepian", "© 2026 Kabar Tepian - Jaringan Media Pesisir"),  # a tagline after a dash
])
def test_decoy_no_fuller_name(name, foot):
    assert own_case(name, _lines(name, foot)) == name


# --- a Blogspot reprint closing "Sumber Berita : NAME": the source is the outlet, on a page no
# copyright line signs (site_icon.news_source) -------------------------------------------------

@pytest.mark.parametrize("source", ["Suara Pantura", "Radar Kudus", "Jateng Pos"])
def test_news_source_line_names_the_outlet(source):
    page = "\n\n".join(["Radio Tepian", "Suara Warga Pesisir", "Kamis, 16 April 2026", HEAD,
                        f"PATI - {LEAD}", P2, P3, f"Sumber Berita : {source}",
                        "Diposting oleh Radio Tepian di 10.25"])
    assert clean(page).outlet == source


def test_decoy_news_source_under_a_copyright():
    from translator.site_icon import news_source
    assert news_source(_lines("Sumber Berita : Radar Kudus", "© 2026 Kabar Kudus")) is None


# --- a syndication line writing the address with its dot hidden ("Sudah Tayang di
# KABARJUANA(*)com"): no spelling of the outlet's own; the stamp's capitals stay
# (publisher.page_spelling) -------------------------------------------------------------------

@pytest.mark.parametrize("hidden", ["KABARJUANA(*)com", "KABARJUANA[.]com", "KABARJUANA(dot)com"])
def test_hidden_dot_is_no_spelling(hidden):
    page = "\n\n".join(["web stats", HEAD, "JUWANA, KABARJUANA.COM", LEAD, P2, P3,
                        f"Informasi Terkini Berjudul {HEAD}Sebelumnya Sudah Tayang di {hidden}"])
    assert clean(page).outlet == "KABARJUANA.COM"

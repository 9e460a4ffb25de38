"""Round 18 of the cleaner, the dateline, outlet and author families (made-up text)."""

from __future__ import annotations

from translator.bare_bylines import bare_bylines
from translator.datelines import match_dateline
from translator.lines import Line
from translator.publisher import dateline_outlet, outlet_of
from translator.site_names import (
    copyright_name,
    credited_source,
    posted_by_site,
    release_issuer,
    year_titled,
)

LEAD = "Ratusan warga memadati lapangan desa untuk mengikuti kerja bakti sejak pagi tadi."


def _names(text: str, sites: tuple[str, ...] = ()) -> tuple[str | None, str | None] | None:
    found = match_dateline(text, sites)
    return found[:2] if found else None


def test_initials_before_a_known_place() -> None:
    assert _names(f"KPN Bantul –  {LEAD}") == ("Bantul", "KPN")
    # a province's short form before its city is no outlet's initials
    assert _names(f"NTB Mataram – {LEAD}") != ("Mataram", "NTB")


def test_place_then_address_after_a_slash_or_comma_with_a_glued_dash() -> None:
    assert _names(f"MALANGRAYA/kabarmalang.net–{LEAD}") == ("MALANGRAYA", "kabarmalang.net")
    assert _names(f"NTB, lombokpos.net,- {LEAD}") == ("NTB", "lombokpos.net")


def test_address_then_known_place_and_a_full_stop() -> None:
    assert _names(f"Kabar Sehat.com, Surabaya. {LEAD}") == ("Surabaya", "Kabar Sehat.com")


def test_place_and_semicolon_named_again_as_a_village() -> None:
    text = "Lendang; Warga menggelar kerja bakti membersihkan saluran air di Desa Lendang, Senin."
    assert _names(text) == ("Lendang", None)
    # a word the sentence never names as a village or district is no place
    assert _names("Kemarin; Warga menggelar kerja bakti membersihkan saluran air di desa.") is None


def test_shouted_place_and_comma_run_onto_the_lead() -> None:
    found = match_dateline(f"SLEMAN, {LEAD}")
    assert found == ("SLEMAN", None, LEAD)
    # a list of places is a headline, no dateline
    assert match_dateline("SLEMAN, Bantul dan Kulon Progo Diguyur Hujan Deras Sejak Pagi") is None


def test_theme_label_glued_to_the_place_and_a_stop_before_the_dash() -> None:
    assert _names(f"OnSURABAYA,KabarKota.- {LEAD}") == ("SURABAYA", "KabarKota")


def test_country_after_the_place_is_no_outlet() -> None:
    text = "BUTON ISLAND, Indonesia — Every morning the fishermen row out past the reef to check."
    assert _names(text) == ("BUTON ISLAND", None)


def test_brand_glued_to_a_place_goes_first_before_a_shouted_village() -> None:
    assert _names(f"WARTABANTUL, IMOGIRI– {LEAD}") == ("IMOGIRI", "WARTABANTUL")


def test_outlet_only_dateline_with_a_stop_that_the_logo_names() -> None:
    sites = ("Kerja Bakti Digelar | Kabar Sleman Online | Berita Terkini",)
    assert _names(f"KABAR SLEMAN. {LEAD}", sites) == (None, "KABAR SLEMAN")


def test_bracketed_name_after_a_byline_label() -> None:
    lines = [Line("Warga Gelar Kerja Bakti Massal di Tepi Sungai", "text"),
             Line("Penulis    : (Sari Lestari)", "text"), Line(LEAD, "text")]
    assert bare_bylines(lines)[1].author == "Sari Lestari"


def test_label_repeating_the_headline_is_no_byline() -> None:
    lines = [Line("Ratusan Siswa Latihan Tari Legong Keraton di Balai Banjar Ubud", "text"),
             Line("Tari Legong Keraton", "text"), Line(LEAD, "text"), Line(LEAD, "text")]
    assert bare_bylines(lines)[1].kind == "text"


def test_blog_account_posting_as_the_site() -> None:
    top = [Line("Kerja Bakti Digelar - Kabar Pesisir", "text"), Line("Kabar Pesisir", "text")]
    body = [Line(LEAD, "text")] * 4
    assert posted_by_site([*top, *body, Line("Posted by Kabar Pesisir at 8:12 AM", "text")]) \
        == "Kabar Pesisir"
    assert posted_by_site([*top, *body, Line("Diposkan oleh Kabar Pesisir", "text")]) \
        == "Kabar Pesisir"
    # a writer's own account is named nowhere at the top
    assert posted_by_site([*top, *body, Line("Posted by Budi Santoso at 8:12 AM", "text")]) \
        is None


def test_long_copyright_owner_that_the_masthead_prints() -> None:
    line = "© 2026 SMA Negeri Tiga Kota Kupang. All Rights Reserved."
    assert copyright_name(line, "SMA Negeri Tiga Kota Kupang") == "SMA Negeri Tiga Kota Kupang"
    assert copyright_name(line) is None


def test_copy_credits_its_source_on_a_line_of_its_own() -> None:
    assert credited_source([Line("Article from The Jakarta Globe", "text")]) \
        == "The Jakarta Globe"
    assert credited_source([Line("Sumber : (kabarsawit.com)", "source")]) == "kabarsawit.com"
    # a bare address under a blog's own retelling names where the facts came from
    assert credited_source([Line("Sumber: dinas.go.id", "source")]) is None
    page = [Line("Bali Hotels", "text"), Line(LEAD, "text"),
            Line("Article from The Jakarta Globe", "text")]
    assert outlet_of(page) == "The Jakarta Globe"


def test_dateline_address_with_letters_swapped_takes_the_logo_spelling() -> None:
    lines = [Line("Kabartimur.id", "text"), Line("Beranda", "widget"), Line(LEAD, "text")]
    assert dateline_outlet("Kabratimur.id", lines) == "Kabartimur.id"
    # a different name is no misspelling
    assert dateline_outlet("Kabarbarat.id", lines) == "Kabarbarat.id"


def test_company_legal_name_over_the_menu_is_the_logo() -> None:
    page = [Line("PT Pelni (Persero)", "text"), Line("Beranda", "widget"),
            Line("Media", "widget"), Line(LEAD, "text")]
    assert outlet_of(page) == "PT Pelni (Persero)"


def test_press_release_issuer_under_its_label() -> None:
    page = [Line("Politeknik Negeri Contoh", "text"), Line("Beranda", "widget"),
            Line("SIARAN PERS", "text"), Line("KEMENTERIAN PERTANIAN", "text"),
            Line(LEAD, "text")]
    assert release_issuer(page) == "KEMENTERIAN PERTANIAN"
    assert outlet_of(page) == "KEMENTERIAN PERTANIAN"
    # a headline under the label is no issuer
    assert release_issuer([Line("SIARAN PERS", "text"), Line(LEAD, "text")]) is None


def test_blog_archive_window_title_names_the_blog() -> None:
    page = [Line("2026 ~ Bawaslu Kec. Contoh Barat", "text"), Line(LEAD, "text")]
    assert year_titled(page) == "Bawaslu Kec. Contoh Barat"
    assert outlet_of(page) == "Bawaslu Kec. Contoh Barat"
    assert year_titled([Line("Tahun 2026 ~ Ramai", "text")]) is None


def test_byline_and_date_run_onto_the_headline_line() -> None:
    lines = [Line("Reef Watch", "text"),
             Line("Fishers on a small island say the reef is dying by Ayu Lestari Putri on "
                  "3 March 2026", "text"), Line(LEAD, "text")]
    out = bare_bylines(lines)
    assert out[1].author == "Ayu Lestari Putri" and out[1].kind == "text"
    # prose that mentions a person's deed is no byline
    assert bare_bylines([lines[0], Line(LEAD, "text"), Line(
        "The reef was mapped by Ayu Lestari on 3 March 2026", "text"), lines[2]])[2].author \
        is None


def test_agency_after_the_date_is_the_source_not_the_outlet() -> None:
    text = "SORONG, Apr 2, 2026, ANTARA. The regency government opened a new clinic on Monday."
    assert _names(text) == ("SORONG", None)

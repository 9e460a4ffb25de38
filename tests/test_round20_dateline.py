"""Round 20 of the cleaner, the dateline, outlet and author families (made-up text)."""

from __future__ import annotations

import pytest

from translator.bare_bylines import bare_bylines
from translator.clean import clean
from translator.dateline_address import located, tidy_head
from translator.datelines import match_dateline
from translator.lines import Line, known_outlet
from translator.publisher import outlet_of, regional_edition
from translator.site_names import copyright_name, credited_source, late_name, masthead_of_short

LEAD = "Ratusan warga memadati lapangan desa untuk mengikuti kerja bakti sejak pagi tadi."
HEADLINE = "Warga Gelar Kerja Bakti Massal di Tepi Sungai Desa"
BODY = ("Kepala desa mengatakan kegiatan itu digelar setiap bulan agar saluran air tidak "
        "tersumbat sampah dan lumpur saat musim hujan tiba.")


def _names(text: str, sites: tuple[str, ...] = ()) -> tuple[str | None, str | None] | None:
    found = match_dateline(text, sites)
    return found[:2] if found else None


# --- datelines around an address or the page's own name --------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    # the address, a double slash, the shouted place, the dash glued
    (f"WARTAKITA.ID//CIAMIS- {LEAD}", ("CIAMIS", "WARTAKITA.ID")),
    # the place, a double slash, the address and a slash glued to the sentence
    (f"Pekanbaru// kabarriau.com/{LEAD}", ("Pekanbaru", "kabarriau.com")),
    # the address, then the place in brackets
    (f"http://www.kabarhulu.wordpress.com (RENGAT) – {LEAD}",
     ("RENGAT", "http://www.kabarhulu.wordpress.com")),
    # a village in brackets after the place, then the address
    (f"Tual (Ohoi Debut), kabartimur.com – {LEAD}", ("Tual", "kabartimur.com")),
    # the outlet, the place, its province in brackets
    (f"WargaNews, Sleman (DIY) – {LEAD}", ("Sleman", "WargaNews")),
    # a shouted address closed by a full stop, then the place
    (f"PAPUAKITA.COM. JAYAPURA- {LEAD}", ("JAYAPURA", "PAPUAKITA.COM")),
    # a space before the dateline's comma
    (f"Cilacap , TopikNews- {LEAD}", ("Cilacap", "TopikNews")),
    # a known place, then a brand glued to an outlet word, no comma
    (f"Bukittinggi Minangtimes - {LEAD}", ("Bukittinggi", "Minangtimes")),
    # the outlet, a dash, then the place and the date before a full stop
    (f"Kita News - Bekasi, 23/02/2026. {LEAD}", ("Bekasi", "Kita News")),
    # a known place, then one shouted word no table knows: the outlet, in either order
    (f"BANDUNG - WARTAKOTAKU - {LEAD}", ("BANDUNG", "WARTAKOTAKU")),
    # a shouted brand ending in an outlet word is the outlet alone
    (f"MEDANVOICE – {LEAD}", (None, "MEDANVOICE")),
    # an empty "Posted on" label run onto the lead
    (f"Posted on http://www.kabarhulu.wordpress.com (RENGAT) – {LEAD}",
     ("RENGAT", "http://www.kabarhulu.wordpress.com")),
])
def test_dateline_shapes_of_round_20(text: str, want: tuple[str | None, str | None]) -> None:
    assert _names(text) == want


def test_headline_glued_before_the_shouted_place_and_address() -> None:
    text = f"Jembatan Baru Dibuka Warga Desa LegaSORONG, SUARAPAPUA.COM – {LEAD}"
    assert match_dateline(text) == ("SORONG", "SUARAPAPUA.COM", LEAD)


def test_place_then_the_pages_own_name_and_a_stop() -> None:
    text = f"Batu, Kabar Lentera. {LEAD}"  # a city whose name is an everyday word ("stone")
    assert _names(text, ("KABAR LENTERA", "Beranda")) == ("Batu", "Kabar Lentera")
    assert _names(text, ("Beranda",)) is None  # a name the page's logo does not print


def test_a_kicker_up_top_is_the_place_its_sentence_names_again() -> None:
    # "RAHA" (an everyday word the tables keep apart) over the headline and before the dash
    text = "RAHA – Warga Kelurahan Laende, Kecamatan Raha, mengeluhkan jalan yang rusak parah."
    assert _names(text, ("Muna Update", "RAHA")) == ("RAHA", None)
    other = "RAHA – Warga Kelurahan Laende mengeluhkan jalan yang rusak parah sejak lama."
    assert _names(other, ("Muna Update", "RAHA")) == (None, "RAHA")


def test_an_outlet_word_alone_is_part_of_the_name() -> None:
    assert _names(f"Jambi Ekspres - {LEAD}") != ("Jambi", "Ekspres")


def test_tidy_head_closes_only_the_opening_comma() -> None:
    text = "Kesugihan , KCNews- Warga , kata dia"
    assert tidy_head(text) == "Kesugihan, KCNews- Warga , kata dia"


# --- bylines -----------------------------------------------------------------------------------

def test_byline_glued_to_the_dateline_is_split() -> None:
    page = f"{HEADLINE}\n\nOleh: BudiSurabaya-{LEAD}\n\n{BODY}\n"
    art = clean(page)
    assert (art.author, art.dateline, art.paragraphs[0]) == ("Budi", "Surabaya", LEAD)


def test_location_line_is_no_byline_and_two_writers_share_one() -> None:
    lines = [Line("Indonesia Arrests Fourteen in Online Loan Ring Case", "text"),
             Line("2026.02.17", "date", date="2026-02-17"),
             Line("Rina Kartika and Dimas Wibowo", "text"),
             Line("Medan, Indonesia", "text"),
             Line(f"Police said on Tuesday that fourteen people were held in raids. {BODY}",
                  "text")]
    out = bare_bylines(lines)
    assert (out[2].kind, out[2].author) == ("byline", "Rina Kartika and Dimas Wibowo")
    assert out[3].kind == "text"
    assert located("Medan, Indonesia") == "Medan" and located("Medan, Sumut") is None


def test_location_line_in_the_header_is_the_dateline() -> None:
    lead = ("Indonesian police have arrested fourteen people accused of running an illegal "
            "online lending ring that harassed borrowers, officials said on Tuesday.")
    page = (f"Police Arrest Fourteen in Online Loan Ring\n\nRina Kartika\n\nMedan, Indonesia\n\n"
            "Police show phones seized from the suspects at the provincial headquarters.\n"
            "Antara Foto via Reuters\n\n"
            f"{lead}\n\nThe suspects were detained in raids on two rented houses in the city, "
            "where investigators found more than three hundred mobile phones.\n")
    assert clean(page).dateline == "Medan"


def test_starred_name_over_the_writers_note() -> None:
    caption = "Rumah panggung di tepian sungai, Seberang Kota Jambi. Sumber foto: Rendy Saputra."
    lines = [Line(HEADLINE, "text"), Line(caption, "text"), Line("Rudi Hartono*", "text"),
             Line(BODY, "text"), Line("*Penulis adalah peneliti sejarah lokal di Jambi.", "text")]
    out = bare_bylines(lines)
    assert (out[2].kind, out[2].author) == ("byline", "Rudi Hartono")
    assert bare_bylines(lines[:4])[2].kind == "text"  # no note: a name, not a byline


def test_written_by_with_weekday_and_time() -> None:
    lines = [Line(HEADLINE, "text"),
             Line("Written By Rudi Hartono on Selasa, 10 Februari 2026 | 21.36", "text"),
             Line(BODY, "text")]
    assert bare_bylines(lines)[1].author == "Rudi Hartono"


# --- outlets -----------------------------------------------------------------------------------

def test_copyright_line_in_indonesian_rights_words() -> None:
    assert copyright_name("© 2026 Kabar Sigi. Semua Hak Dilindungi.") == "Kabar Sigi"


def test_known_outlet_alternatives_keep_their_word_edges() -> None:
    assert known_outlet("PapuaiNews") is None  # "iNews" inside another brand's name
    assert known_outlet("dikutip dari iNews hari ini") == "iNews.id"


def test_masthead_with_stray_mark_and_tagline_spells_the_short_form() -> None:
    assert masthead_of_short("BK", [". BeritaKupang | Online"]) == "BeritaKupang"


def test_network_and_a_spaced_province_form_a_regional_edition() -> None:
    assert regional_edition("Foto: RMOL Jatim", "RMOL") == "RMOL Jatim"
    assert regional_edition("Foto: RMOL Jakarta", "RMOL") is None


@pytest.mark.parametrize(("text", "kind", "want"), [
    ("Sumber : Kabarsatu.com", "text", "Kabarsatu.com"),
    ("Sumber: bantulkab.go.id", "text", None),  # an office's address: where facts came from
    ("16 Februari 2026 , Suara Cilacap", "date", "Suara Cilacap"),
    ("photo Rina Kartika - Beritakota.id", "text", "Beritakota.id"),
])
def test_late_names(text: str, kind: str, want: str | None) -> None:
    assert late_name([Line(text, kind)]) == want


def test_site_account_line_under_the_headline() -> None:
    assert late_name([Line(HEADLINE, "text"), Line("kabar7news", "text")]) == "kabar7news"


def test_aggregator_stamps_name_the_source() -> None:
    lines = [Line("6 menit KabarDunia.", "text"), Line("2 jam KabarDunia", "text")]
    assert credited_source(lines) == "KabarDunia"
    assert credited_source(lines[:1]) is None  # one stamp alone


def test_logo_below_skip_link_over_the_menu() -> None:
    lines = [Line("Skip to content", "text"), Line("KABARKU", "text"), Line("Home", "widget"),
             Line("Bali", "widget"), Line(HEADLINE, "text")]
    assert outlet_of(lines) == "KABARKU"


def test_region_named_blog_over_its_date_header() -> None:
    lines = [Line("Kabupaten Sigi", "text"),
             Line("Senin, 23 Februari 2026", "date", date="2026-02-23"), Line(HEADLINE, "text")]
    assert outlet_of(lines) == "Kabupaten Sigi"
    assert outlet_of([lines[0], lines[2]]) is None  # no date header: a kicker

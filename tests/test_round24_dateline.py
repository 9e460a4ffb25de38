"""Round 24 of the cleaner, the dateline families (made-up text): the page's own name before
the place, a logo glued on the place, a date or province between the names, a bar and an
address with no dash, a place's closing stop, a weather widget's city."""

from __future__ import annotations

from translator.clean import clean
from translator.dateline_lone import weather_city
from translator.dateline_model import addressed_place, fallback_dateline
from translator.datelines import bare_dateline, match_dateline
from translator.lines import Line

LEAD = "Ratusan warga memadati lapangan desa untuk mengikuti kerja bakti sejak pagi tadi."


def _names(text: str, sites: tuple[str, ...] = ()) -> tuple[str | None, str | None] | None:
    found = match_dateline(text, sites)
    return found[:2] if found else None


# --- the outlet first: its logo name, then the place --------------------------------------------

def test_shouted_logo_name_before_a_shouted_place() -> None:
    # alone, "WARTANUSA" could be a place; the page's logo line says it is the outlet
    assert _names(f"WARTANUSA, KUPANG – {LEAD}", ("WARTANUSA", "Beranda")) \
        == ("KUPANG", "WARTANUSA")


def test_logo_name_place_date_then_dash() -> None:
    found = match_dateline(f"Kabarbaru24, Sorong, 3 Maret 2026 — {LEAD}", ("Kabarbaru24",))
    assert found == ("Sorong", "Kabarbaru24", LEAD)


def test_logo_name_place_and_a_comma_before_the_dash() -> None:
    assert _names(f"Kabarbaru24, Sorong, — {LEAD}", ("Kabarbaru24",)) == ("Sorong", "Kabarbaru24")


def test_logo_name_and_place_alone_on_their_line() -> None:
    assert bare_dateline("WARTANUSA, KUPANG –", ("WARTANUSA",)) == ("KUPANG", "WARTANUSA")


def test_logo_words_with_an_address_ending_are_the_outlet() -> None:
    # two words, the last with the address's ending; the first may name a province itself
    assert _names(f"BALI KINI.COM, DENPASAR – {LEAD}") == ("DENPASAR", "BALI KINI.COM")
    assert _names(f"Borneo Kini.co.id, PONTIANAK – {LEAD}") == ("PONTIANAK", "Borneo Kini.co.id")


def test_logo_glued_before_the_place() -> None:
    found = match_dateline(f"Jejak Sumba Timur – {LEAD}", ("JEJAK SUMBA", "Jejak Sumba"))
    assert found is not None and found[0] == "Sumba Timur"


def test_the_page_s_own_name_is_no_glued_place() -> None:
    found = match_dateline(f"Polres Sanggau - {LEAD}", ("POLRES SANGGAU",))
    assert found is None or found[0] != "Sanggau"


# --- dates, provinces and brackets between the names --------------------------------------------

def test_place_date_then_the_issuing_office() -> None:
    assert _names(f"Medan, 12/03/2026 Polda Sumut – {LEAD}") == ("Medan", "Polda Sumut")


def test_place_province_then_the_outlet_in_brackets() -> None:
    assert _names(f"Kupang, NTT (RRI) – {LEAD}") == ("Kupang", "RRI")
    assert _names(f"Sorong, Papua Barat (RRI) – {LEAD}") == ("Sorong", "RRI")


def test_bracketed_short_name_is_the_logo_that_holds_it() -> None:
    assert _names(f"Kupang, NTT (RRI) – {LEAD}", ("RRI Kupang", "Beranda")) \
        == ("Kupang", "RRI Kupang")


def test_a_day_is_no_outlet() -> None:
    assert _names(f"Kupang, Senin (9/2/2026) – {LEAD}") == ("Kupang", None)


# --- no dash before the sentence ----------------------------------------------------------------

def test_place_bar_address_and_no_dash() -> None:
    assert _names(f"Blitar|Jatimnews.com {LEAD}") == ("Blitar", "Jatimnews.com")


def test_place_bar_address_in_bold_letters() -> None:
    # a logo's mathematical bold letters: the place as printed, the address folded
    found = match_dateline(f"𝗕𝗹𝗶𝘁𝗮𝗿|𝗝𝗮𝘁𝗶𝗺𝗻𝗲𝘄𝘀.𝗰𝗼𝗺 {LEAD}")
    assert found == ("𝗕𝗹𝗶𝘁𝗮𝗿", "Jatimnews.com", LEAD)


def test_place_dash_address_and_no_second_dash() -> None:
    assert match_dateline(f"Ende - florespos.co.id {LEAD}") == ("Ende", "florespos.co.id", LEAD)


# --- trailing dots ------------------------------------------------------------------------------

def test_a_shouted_place_s_closing_stop_is_no_part_of_it() -> None:
    assert bare_dateline("SUARANUSA.COM, KUPANG.") == ("KUPANG", "SUARANUSA.COM")


# --- a place and an address over the lead, read as a byline -------------------------------------

def test_place_and_address_over_the_lead_name_the_dateline() -> None:
    lines = [Line("Warta Timur", "text"), Line("Sumba Timur - Wartatimur.com", "byline"),
             Line(LEAD, "text")]
    assert fallback_dateline(lines, 2) == "Sumba Timur"


def test_a_place_and_address_line_is_no_byline() -> None:
    assert addressed_place("Sumba Timur | Wartatimur.com") == "Sumba Timur"
    assert addressed_place("Budi Santoso - Wartatimur.com") is None


def test_a_writer_and_outlet_over_the_lead_name_none() -> None:
    lines = [Line("Warta Timur", "text"), Line("Budi Santoso - Wartatimur.com", "byline"),
             Line(LEAD, "text")]
    assert fallback_dateline(lines, 2) != "Budi Santoso"


# --- a weather widget's city --------------------------------------------------------------------

def test_weather_widget_city() -> None:
    assert weather_city(["31.2 C", "Kupang", "Senin, 9 Februari 2026"], 1)
    assert weather_city(["Kupang", "28°C Cerah"], 0)
    assert not weather_city(["Beranda", "Kupang", "Senin, 9 Februari 2026"], 1)


def test_outlet_first_dateline_end_to_end() -> None:
    page = "\n".join(["WARTANUSA", "Beranda", "Daerah", "",
                      "Warga Desa Gelar Kerja Bakti di Tepi Sungai", "",
                      "WARTANUSA, KUPANG –", LEAD,
                      "Kepala desa mengatakan kegiatan itu akan digelar setiap bulan bersama "
                      "warga dari tiga dusun yang tinggal di bantaran sungai."])
    art = clean(page)
    assert (art.dateline, art.outlet) == ("KUPANG", "WARTANUSA")

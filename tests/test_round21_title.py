"""Round twenty-one of the cleaner, title and published families (made-up text throughout)."""

from __future__ import annotations

import pytest

from translator.clean import clean
from translator.dates import find_date, local_time, zone_of_place
from translator.headline import headline_case, headline_score, headline_shaped

HEADLINE = "Nelayan Wajo Bangun Dermaga Apung dari Dana Desa"
LEAD = ("Kelompok nelayan di Desa Tosora, Kecamatan Majauleng, membangun dermaga apung dengan "
        "dana desa sebesar Rp120 juta. Dermaga itu dipakai bergantian oleh empat kelompok nelayan "
        "agar perahu tidak kandas saat air surut di muara.")
BODY = [LEAD,
        "Ketua kelompok, Baharuddin, mengatakan selama ini nelayan menambatkan perahu di tepi "
        "sungai yang dangkal sehingga banyak lambung perahu yang bocor terkena batu.",
        "Pemerintah desa berharap dermaga itu juga dipakai pedagang ikan dari desa tetangga "
        "setelah dilengkapi lampu dan tangga dari beton."]


def _page(*head: str, body: list[str] = BODY) -> str:
    return "\n\n".join([*head, *body])


# --- dates: a stamp's spaced dashes, a zone in brackets, the region's desks' zones ------------

@pytest.mark.parametrize(("text", "iso"), [
    ("3 - Mar - 2026, 09:15", "2026-03-03T09:15:00+07:00"),
    ("03 - Okt - 2025 | 21:40", "2025-10-03T21:40:00+07:00"),
    ("March 3, 2026 9:15 pm (EDT)", "2026-03-03T21:15:00-04:00"),
    ("3 March 2026 08:30 (WITA)", "2026-03-03T08:30:00+08:00"),
    ("March 3, 2026, 8:30 am SGT", "2026-03-03T08:30:00+08:00"),
    ("Mar 3, 2026 7:05 pm AEDT", "2026-03-03T19:05:00+11:00"),
])
def test_date_stamps_of_more_themes_and_desks(text, iso):
    assert find_date(text).iso == iso


def test_a_bracket_after_the_time_that_is_no_zone_is_left_out():
    assert find_date("3 Maret 2026 08:30 (Antara)").iso == "2026-03-03T08:30:00+07:00"
    # a lone capital Z is a generation or a variable, not a zone word on the page
    assert local_time("2026-03-03T08:30:00+07:00", "Generasi Z di Wajo", "Wajo") \
        == "2026-03-03T08:30:00+08:00"


# --- a dateline's regency or city read in its province's zone ---------------------------------

@pytest.mark.parametrize(("place", "offset"), [
    ("WAJO", "+08:00"),  # a regency of South Sulawesi no pattern names
    ("Kabupaten Halmahera Tengah", "+09:00"),
    ("Tanjung Redeb", "+08:00"),  # a regency seat in East Kalimantan
    ("Sengkang, Sulsel", "+08:00"),
    ("Tebing Tinggi", None),  # a city of North Sumatra and a seat in South Sumatra: Jakarta time
    ("Sleman", None),
    ("Jalan Wajo Raya", None),  # only a whole name, never a name inside a street's
])
def test_a_gazetteer_place_gives_its_zone(place, offset):
    assert zone_of_place(place) == offset


def test_a_page_with_no_zone_dated_from_a_regency_in_central_indonesia():
    page = _page(HEADLINE, "Redaksi : Selasa, 3 Maret 2026 10:20",
                 body=[f"WAJO, KABARTEPI - {LEAD}", *BODY[1:]])
    assert clean(page).published == "2026-03-03T10:20:00+08:00"


# --- a reprint's dates: the source's own beats the aggregator's "Posted" -----------------------

def test_originally_published_wins_over_posted():
    page = _page("Indonesia", HEADLINE, "Source", "Kabar Tepi", "Posted", "5 Mar 2026",
                 "Originally published", "3 Mar 2026")
    assert clean(page).published == "2026-03-03"


def test_first_published_on_the_dates_own_line():
    page = _page(HEADLINE, "Posted 5 Mar 2026", "First published 3 Mar 2026")
    assert clean(page).published == "2026-03-03"


def test_without_the_label_the_first_date_stays():
    page = _page(HEADLINE, "Posted", "5 Mar 2026", "Updated", "6 Mar 2026")
    assert clean(page).published == "2026-03-05"


# --- a series' part closing the headline is no credit ------------------------------------------

@pytest.mark.parametrize("headline", [
    f"{HEADLINE} (Seri 2)", f"{HEADLINE} (Bagian 3)", f"{HEADLINE} (2)", f"{HEADLINE} (Habis)",
])
def test_a_series_mark_closes_a_headline(headline):
    assert headline_shaped(headline)
    assert clean(_page("Beranda", "Berita", headline, "Foto bersama warga di dermaga baru",
                       body=[f"WAJO - {LEAD}", *BODY[1:]])).title == headline


def test_a_bracketed_credit_still_closes_no_headline():
    assert not headline_shaped(f"{HEADLINE} (Antara)")
    assert not headline_shaped("Nelayan menambatkan perahu di dermaga baru (Foto/Dok)")


# --- a caption printed twice under the headline is not the title -------------------------------

CAPTION = "Nelayan Desa Tosora menambatkan perahu di Dermaga Apung Majauleng, Wajo"


def test_headline_case_leaves_no_common_word_small():
    assert headline_case(HEADLINE.split())
    one_small = "Dermaga Apung Rampung usai Dua Bulan"
    assert headline_case(one_small.split(" "))
    assert not headline_case(CAPTION.split())


def test_a_sentence_case_line_printed_twice_scores_no_bonus():
    header = [HEADLINE, CAPTION, CAPTION]
    assert headline_score(CAPTION, header, LEAD) <= headline_score(HEADLINE, header, LEAD)


def test_a_caption_twice_under_the_date_line_loses_to_the_headline():
    page = _page("Kabar Tepi", "Info Sulawesi", HEADLINE, "- Selasa, 3 Maret 2026 | 10:20 WITA",
                 f"{CAPTION}\n{CAPTION}")
    assert clean(page).title == HEADLINE


# --- an institution's long name over its menu is the masthead ----------------------------------

def test_a_long_masthead_over_a_menu_row_is_not_the_title():
    headline = "Fishing cooperative opens floating jetty for four villages"
    lead = ("The fishing cooperative of Tosora opened a floating jetty on Tuesday for the boats "
            "of four villages, built with village funds of Rp120 million. The jetty keeps the "
            "boats of the cooperative afloat when the river mouth runs dry at low tide.")
    body = [lead, "The cooperative's head said that the old mooring on the riverbank had "
            "damaged many hulls, and that repairs had cost members dearly in recent years.",
            "The Consulate of the Republic of Indonesia in Tawau sent a delegation to the "
            "opening of the jetty, the cooperative said."]
    page = _page("Consulate of the Republic of Indonesia in Tawau", "Home\nProfile\nServices\nNews",
                 headline, body=body)
    assert clean(page).title == headline

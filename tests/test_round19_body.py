"""Round nineteen of the cleaner, body families: an explainer's crossheads, first-name and
glued sign-offs, blog footers and tickers, a header printed twice, a blog listing's next post,
a column's author box and a newsletter's letter above the article (made-up text throughout)."""

from __future__ import annotations

import pytest

from translator.clean import clean
from translator.lines import classify_one
from translator.shapes import without_initials

HEADLINE = "Petani Garam di Pesisir Tuban Keluhkan Harga Anjlok Jelang Panen Raya"
LEAD = ("Ratusan petani garam di pesisir Tuban mengeluhkan harga garam yang anjlok menjelang "
        "panen raya tahun ini. Mereka meminta pemerintah daerah membeli hasil panen agar harga "
        "kembali stabil.")
BODY = [
    LEAD,
    "Menurut Ketua Kelompok Tani Garam Sumber Rejeki, Darmaji, harga garam di tingkat petani "
    "turun dari Rp900 menjadi Rp400 per kilogram dalam dua pekan terakhir.",
    "Dinas Perikanan setempat menyatakan akan berkoordinasi dengan koperasi untuk menyerap hasil "
    "panen petani garam di tiga kecamatan pesisir pada bulan depan.",
]
LAST = "Koperasi juga akan membeli dua gudang baru untuk menyimpan garam petani saat harga jatuh."


def _page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def test_a_title_cased_line_under_a_two_sentence_lead_is_a_crosshead_not_a_dateline() -> None:
    # "Media" reads as an outlet's word ("Media Indonesia"), the line as a site's name alone
    page = _page("Blog", HEADLINE, LEAD, "Peran Media Lokal", BODY[1], BODY[2])
    article = clean(page)
    assert list(article.paragraphs) == [LEAD, "Peran Media Lokal", BODY[1], BODY[2]]
    assert article.outlet != "Peran Media Lokal"


def test_an_explainers_numbered_sections_are_crossheads() -> None:
    page = _page(HEADLINE, LEAD, "1. Menyerap", BODY[1], "2. Menyimpan Garam", BODY[2])
    assert list(clean(page).paragraphs) == [LEAD, "1. Menyerap", BODY[1], "2. Menyimpan Garam",
                                            BODY[2]]


@pytest.mark.parametrize("mark", [" (Patar)", "(Irwan)", " (Silvia). ***", "mam/r.", "# jojo"])
def test_a_writers_sign_off_after_the_last_sentence_is_cut_off(mark: str) -> None:
    assert without_initials(LAST + mark) == LAST


@pytest.mark.parametrize("credit", [" (Antara)", " (Reuters)", " (Tribunnews)"])
def test_a_sources_credit_after_the_last_sentence_stays(credit: str) -> None:
    assert without_initials(LAST + credit) == LAST + credit


def test_a_glued_hash_tag_in_capitals_stays() -> None:
    assert without_initials(LAST + " #SaveGaram") == LAST + " #SaveGaram"


@pytest.mark.parametrize("line", [
    "Diposting oleh warga pesisir di 19.40 Tidak ada komentar:",
    "Posted by Budi Santoso at 7:40 PM 2 comments:",
])
def test_a_blog_themes_post_footer_closes_the_story(line: str) -> None:
    assert classify_one(line).kind == "end"


@pytest.mark.parametrize("line", [
    "Posting Lebih Baru Posting Lama Beranda",
    "Newer Post Older Post Home",
    "Kirimkan Ini lewat Email BlogThis! Berbagi ke Twitter Berbagi ke Facebook",
    "Suka Memuat...",
    "• 08:12 WIB. Emas - Harga emas batangan naik Rp9.000 per gram.",
    "Love what you're reading? Subscribe and win a prize every month!",
    "What do you think?",
    "*Penulis adalah guru di sebuah madrasah di Tuban.",
    "[Translated by Ani Rahma. The original title of the article was \"Garam Tuban\".]",
    "BacaJuga: Harga Garam di Madura Ikut Turun Tajam",
    "READ Salt Farmers in Madura Ask for a Floor Price",
])
def test_blog_and_ticker_furniture_is_no_text(line: str) -> None:
    assert classify_one(line).kind != "text"


def test_a_sentence_with_a_clock_time_stays_text() -> None:
    line = "Pukul 08.12 WIB petani mulai memanen garam di tambak - tambak pesisir Tuban."
    assert classify_one(line).kind == "text"


def test_a_deck_under_a_header_printed_twice_is_no_lead() -> None:
    deck = "Harga garam di tingkat petani turun separuh dalam dua pekan terakhir."
    page = _page(HEADLINE, deck, "18/02/2026", HEADLINE, deck, *BODY)
    assert list(clean(page).paragraphs) == BODY


def test_a_blog_listings_next_post_under_its_own_dateline_is_cut_off() -> None:
    page = _page(HEADLINE, "TUBAN – " + LEAD, BODY[1], BODY[2],
                 "Dewan Minta Dinas Tambah Kuota Pupuk Subsidi",
                 "METRO – Komisi II DPRD meminta dinas pertanian mengusulkan tambahan kuota pupuk "
                 "bersubsidi untuk musim tanam tahun ini.")
    assert list(clean(page).paragraphs) == [LEAD, *BODY[1:]]


def test_a_crosshead_over_a_plain_paragraph_stays() -> None:
    page = _page(HEADLINE, "TUBAN – " + LEAD, BODY[1], "Koperasi Siapkan Gudang Garam Baru",
                 BODY[2])
    assert list(clean(page).paragraphs) == [LEAD, BODY[1], "Koperasi Siapkan Gudang Garam Baru",
                                            BODY[2]]


def test_a_columns_author_box_is_no_paragraph() -> None:
    page = _page(HEADLINE, *BODY, LAST, "Sri Wahyuni",
                 "Peneliti Lembaga Garam. Menulis tentang pesisir dan nelayan kecil.")
    assert list(clean(page).paragraphs) == [*BODY, LAST]


def test_a_closing_bio_of_the_byline_is_no_paragraph() -> None:
    english = ["Salt farmers on the Tuban coast say prices have halved in two weeks, and they "
               "want the regency to buy the harvest.",
               "The cooperative plans two new warehouses so that farmers can store salt when the "
               "price falls."]
    page = _page("Salt Farmers Ask Tuban to Buy Their Harvest", "By Sri Wahyuni", *english,
                 "Sri Wahyuni is a researcher who has studied coastal livelihoods since 2019.")
    article = clean(page)
    assert article.author == "Sri Wahyuni"
    assert list(article.paragraphs) == english


def test_a_newsletters_letter_above_the_article_is_no_part_of_it() -> None:
    english = ["In the salt ponds of Tuban, this year's harvest came in early and the price "
               "fell by half within two weeks of the first sales.",
               "Most farmers sell to traders from Surabaya, who set the price each morning at "
               "the edge of the ponds."]
    title = "Salt farmers and the falling price"
    page = _page("Our Coast Today", "Dear members and friends",
                 "We have some thoughtful articles for you this month, including a report from "
                 "the north coast of East Java.",
                 f"\"{title}\", By Sri Wahyuni", "With our best regards", "Budi Santoso",
                 title, "By Sri Wahyuni", *english)
    article = clean(page)
    assert list(article.paragraphs) == english
    assert article.title == title


def test_a_sites_greeting_and_sign_off_glued_to_the_story_are_split_off() -> None:
    page = _page(HEADLINE, "Hai Sobat Pesisir Tuban!" + LEAD, BODY[1],
                 BODY[2] + "Nah, menurut Sobat gimana?Yuk Semangat!Bangga jadi warga Tuban")
    assert list(clean(page).paragraphs) == BODY


def test_a_name_glued_after_an_abbreviation_stays_one_line() -> None:
    line = ("Kepala desa, H.Zulkarnain, mengatakan panen tahun ini lebih awal. Warga diminta "
            "menyimpan garam di gudang koperasi.")
    assert list(clean(_page(HEADLINE, LEAD, line)).paragraphs) == [LEAD, line]


EN_HEAD = "Can Village Nurseries Shield the Coast of Tuban?"
EN_BODY = [
    "On the northern edge of Tuban, rows of black polybags line a muddy strip of shore where a "
    "group of women raise mangrove seedlings for the villages along the coast.",
    "The nursery is one of several that have sprung up along the coast since a series of storms "
    "flooded the fish ponds behind the beach two years ago.",
    "The group sells each seedling for around Rp2,500, and says it sold more than forty "
    "thousand of them last year to the regency and to schools.",
    "Officials in Tuban welcome the initiative but warn that survival rates remain low where "
    "seedlings are planted on open beaches without any shelter.",
]


def test_a_crosshead_naming_no_word_of_the_story_stays_beside_another() -> None:
    page = _page(EN_HEAD, EN_BODY[0], "Seedlings From the Women of Tuban", EN_BODY[1],
                 EN_BODY[2], "A Race Against Autumn Gales", EN_BODY[3])
    assert list(clean(page).paragraphs) == [EN_BODY[0], "Seedlings From the Women of Tuban",
                                            EN_BODY[1], EN_BODY[2], "A Race Against Autumn Gales",
                                            EN_BODY[3]]


def test_a_lone_headline_naming_no_word_of_the_story_is_a_link() -> None:
    page = _page(EN_HEAD, EN_BODY[0], EN_BODY[1], "Jakarta Opens Its Newest Rooftop Cinema",
                 EN_BODY[2], EN_BODY[3])
    assert list(clean(page).paragraphs) == EN_BODY


def test_a_short_crosshead_in_sentence_case_stays_where_the_story_runs_longer_ones() -> None:
    page = _page(EN_HEAD, EN_BODY[0], "Follow-up visits", EN_BODY[1], EN_BODY[2],
                 "Support from the regency office", EN_BODY[3])
    assert list(clean(page).paragraphs) == [EN_BODY[0], "Follow-up visits", EN_BODY[1],
                                            EN_BODY[2], "Support from the regency office",
                                            EN_BODY[3]]


def test_short_lines_in_sentence_case_stay_out_of_a_story_without_crossheads() -> None:
    page = _page(EN_HEAD, EN_BODY[0], "Seedling prices", EN_BODY[1], EN_BODY[2], "Load more",
                 EN_BODY[3])
    assert list(clean(page).paragraphs) == EN_BODY

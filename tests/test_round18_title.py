"""Round eighteen of the cleaner, title and published families (made-up text throughout)."""

from __future__ import annotations

from translator.clean import clean
from translator.headline import (
    byline_tail,
    cried_headline,
    headline_score,
    strip_outlet,
    tab_title,
)
from translator.lines import Line, classify
from translator.metadata import published_of, title_of

HEADLINE = "Petani Garam di Pesisir Tuban Keluhkan Harga Anjlok Jelang Panen Raya"
LEAD = ("Ratusan petani garam di pesisir Tuban mengeluhkan harga garam yang anjlok menjelang "
        "panen raya tahun ini. Mereka meminta pemerintah daerah membeli hasil panen agar harga "
        "kembali stabil, kata Ketua Kelompok Tani Garam Sumber Rejeki, Darmaji, Selasa.")
BODY = [LEAD,
        "Menurut Darmaji, harga garam di tingkat petani turun dari Rp900 menjadi Rp400 per "
        "kilogram dalam dua pekan terakhir karena stok di gudang pengepul masih menumpuk.",
        "Dinas Perikanan setempat menyatakan akan berkoordinasi dengan koperasi untuk menyerap "
        "hasil panen petani garam di tiga kecamatan pesisir."]


def test_a_byline_glued_after_the_headline_is_cut_off_it():
    line = "Salt farmers on the Tuban coast say prices collapsed before harvest by " \
           "Rina Maharani Putri on 3 March 2026"
    assert byline_tail(line) is not None and byline_tail(line)[1] == "2026-03-03"
    assert strip_outlet(line) == "Salt farmers on the Tuban coast say prices collapsed before " \
                                 "harvest"
    # a headline that merely says "by" and "on" keeps its words
    plain = "Road cut by landslide on the way to Wamena"
    assert byline_tail(plain) is None and strip_outlet(plain) == plain


def test_the_glued_bylines_date_is_the_published_date():
    header = [Line("Salt farmers say prices collapsed before harvest by Rina Putri on "
                   "Selasa, 3 Maret 2026", "text")]
    assert published_of(header, header) == "2026-03-03"


def test_a_blog_post_footer_posted_by_site_on_date_dates_the_post():
    lines = classify([HEADLINE, *BODY, "Posted by Kabar Pesisir on Senin, 2 Maret 2026",
                      "Label: Daerah"])
    assert published_of(lines[:1], lines) == "2026-03-02"


def test_a_tab_title_gives_the_headline_printed_alone_on_the_page():
    tab = f"{HEADLINE} | Kabar Pesisir Online | Berita Terkini Dari Pesisir Kabar Pesisir"
    assert tab_title(tab, [tab, "Loading...", HEADLINE]) == HEADLINE
    assert tab_title(f"{HEADLINE} - Kabar Pesisir", [f"{HEADLINE} - Kabar Pesisir",
                                                      "Kabar Pesisir", HEADLINE]) == HEADLINE
    # without the headline alone on the page, the line is left as it is
    assert tab_title(tab, [tab]) == tab
    header = [Line(tab, "text"), Line("Loading...", "text"), Line(HEADLINE, "text")]
    assert title_of(header, lead=LEAD) == HEADLINE


def test_the_pages_first_line_a_few_words_long_is_its_masthead():
    masthead = "Kelompok Tani Garam Pesisir Tuban"  # five words the lead names too
    header = [Line(masthead, "text"), Line("Beranda", "widget"), Line(HEADLINE, "text")]
    assert title_of(header, lead=LEAD) == HEADLINE


def test_place_names_do_not_make_a_sentence_case_caption_look_capitalised():
    caption = "A salt pan in Tuban village, East Java"
    header = [caption, "Salt farmers near the Tuban coast count losses as prices collapse"]
    assert headline_score(caption, header) < headline_score("Salt Pans Of Tuban Village In Java",
                                                           header)
    lead = ("Salt farmers near the Tuban coast in East Java are counting losses as the price of "
            "salt collapsed before the harvest, farmers in the village of Tuban said.")
    lines = [Line(header[1], "text"), Line("Spread the love", "text"), Line(caption, "text")]
    assert title_of(lines, lead=lead) == header[1]


def test_a_headline_over_its_own_teaser_cut_short_is_the_title():
    page = "\n".join(["Kabar Pesisir", "Beranda", "Daerah", HEADLINE,
                      "Harga garam di tingkat petani turun dalam dua pekan terakhir...",
                      "Penulis: Rina Putri | Editor: Budi", *BODY])
    assert clean(page).title == HEADLINE


def test_a_title_cased_headline_closed_by_a_cry_is_no_paragraph():
    cry = "Tuban Salt Farmers Get New Harvest Rules: Fair Prices for Everyone!"
    assert cried_headline(cry)
    assert not cried_headline("The harbourmaster said every boat would be checked before it "
                              "sailed, and that no one would be exempt!")
    lead = ("Salt farmers on the Tuban coast will sell their harvest at a fair floor price from "
            "March, the regency's trade office announced on Monday after weeks of protests.")
    more = ("The office said the floor price would be reviewed every month, and that the "
            "cooperative would buy any salt that traders refused at that price.")
    article = clean("\n\n".join(["Kabar Pesisir English", "News", cry, lead, more]))
    assert article.title == cry and article.paragraphs[0] == lead

"""Round 29 (titles, published times, authors). Example lines are written for these tests in
the manner of real pages."""

import re

from translator.credit_rows import widget_name
from translator.clean import clean
from translator.date_stamps import opening_stamp
from translator.dates import find_date
from translator.headline import echoes_lead, headline_shaped, shares_lead
from translator.title_shapes import credit_tailed, cut_headline, ticker_free

_LEAD = ("Pemerintah Kabupaten Ketapang membuka posko pengaduan harga beras medium di kantor "
         "Dinas Perdagangan menjelang Lebaran, Senin (9/3).")
_P2 = ("Posko dibuka setiap hari kerja mulai pukul 08.00 hingga 15.00 WIB. Warga juga dapat "
       "melapor melalui pesan singkat ke nomor layanan yang diumumkan di kantor kecamatan.")
_P3 = ("Menurut kepala dinas, keluhan paling banyak datang dari Kecamatan Delta Pawan dan "
       "Matan Hilir Selatan, tempat harga di tingkat pengecer sempat naik tajam.")


def _page(*lines: str) -> str:
    return "\n".join(lines)


# --- titles ---------------------------------------------------------------------------------

def test_caption_closed_by_a_labelled_credit_after_its_stop():
    assert credit_tailed("Villagers carry sandbags along the river in Sentani, Papua province. "
                         "Image Credit: Reuters")
    assert credit_tailed("Petugas memeriksa tabung gas di pangkalan Sungai Raya. "
                         "Foto: Humas Pemkab")
    assert not credit_tailed("Floods Force Hundreds From Homes in Sentani")


def test_caption_with_its_credit_is_not_the_title():
    head = "Floods force hundreds from homes in Papua's Sentani district"
    lead = ("Hundreds of residents in Sentani district, Papua, have fled their homes after "
            "floods hit the area, the local disaster agency said on Monday.")
    art = clean(_page("World News", head, "Published: March 02, 2026",
                      "Villagers carry sandbags in Sentani, Papua province. Image Credit: Reuters",
                      lead,
                      "Floodwaters up to one metre deep submerged parts of three villages after "
                      "two days of torrential rain, officials said.",
                      "The agency said shelters had been opened in two schools and a church "
                      "hall near the district office."))
    assert art.title == head


def test_cut_headline_gives_its_words():
    texts = ["Daftar Gratis!", "Posted by On 09.42",
             "Ketapang Buka Posko Pengaduan Harga Beras Medium ...", "Admin"]
    got = cut_headline(texts, _LEAD, headline_shaped, echoes_lead)
    assert got == "Ketapang Buka Posko Pengaduan Harga Beras Medium"


def test_cut_teaser_naming_nothing_of_the_lead_is_no_title():
    texts = ["Stok Gula Pasir di Gudang Bulog Aman Hingga…"]
    assert cut_headline(texts, _LEAD, headline_shaped, echoes_lead) is None


def test_cut_headline_titles_a_blog_page_with_a_feed_widget():
    art = clean(_page("KABAR KETAPANG", "Ketikan alamat email anda. Gratis!",
                      "Delivered by FeedBurner", "Posted by On 09.42",
                      "Ketapang Buka Posko Pengaduan Harga Beras Medium ...", _LEAD, _P2, _P3))
    assert art.title == "Ketapang Buka Posko Pengaduan Harga Beras Medium"


_MARK = re.compile(r"[»›•·▪►]\s+")


def test_ticker_items_give_way_to_the_headline():
    texts = ["• KETAPANG BUKA POSKO PENGADUAN HARGA BERAS MEDIUM DI DINAS",
             "• HARGA CABAI RAWIT TURUN DI PASAR",
             "Posko Pengaduan Harga Beras Medium Dibuka di Ketapang"]
    assert ticker_free([0, 1, 2], texts, _LEAD, _MARK, shares_lead) == [2]


def test_single_bulleted_headline_is_kept():
    texts = ["• Posko Pengaduan Harga Beras Medium Dibuka di Ketapang", "Admin"]
    assert ticker_free([0], texts, _LEAD, _MARK, shares_lead) == [0]


# --- published ------------------------------------------------------------------------------

def test_weekday_stamp_with_a_two_digit_year():
    assert find_date("Tuesday, 10 March 26").iso == "2026-03-10"
    assert find_date("Selasa, 10 Maret 26 14:20").iso.startswith("2026-03-10T14:20")
    assert find_date("Selasa, 10 Maret 26 orang datang") is None


def test_lead_opened_by_its_day_and_a_dash():
    assert opening_stamp("March 4, 2026 – The network said it received 40 complaints.") \
        == "2026-03-04"
    assert opening_stamp("Ketapang, 4 Maret 2026 – Dinas membuka posko.") is None
    assert opening_stamp("date 2026-03-04 Warga antre di pangkalan gas") == "2026-03-04"


def test_caption_line_with_a_date_token_dates_the_page():
    head = "Posko Pengaduan Harga Beras Medium Dibuka di Ketapang"
    art = clean(_page("Berita", head, "Written by Associated Press",
                      " date 2026-03-09 Warga antre di depan kantor dinas (AP)", _LEAD, _P2, _P3))
    assert (art.published or "").startswith("2026-03-09")


# --- authors --------------------------------------------------------------------------------

def test_widget_headings_are_no_writers():
    for name in ("Submit Your Articles", "Editor's Picks", "Agencies", "Kirim Tulisan Anda"):
        assert widget_name(name), name
    for name in ("Arif Wibisono", "Urai Rudi", "Agnes Videla"):
        assert not widget_name(name), name


def test_wire_credit_without_a_person_gives_no_author():
    head = "Posko Pengaduan Harga Beras Medium Dibuka di Ketapang"
    art = clean(_page("Berita", head, "Published: March 09, 2026", "By Agencies",
                      _LEAD, _P2, _P3))
    assert art.author is None


# --- outlets --------------------------------------------------------------------------------

def test_promo_strip_atop_the_page_is_no_outlet():
    from translator.outlet_more import section_label
    assert section_label("SPECIAL OFFERS") and section_label("Hot Deals")
    assert not section_label("Ubud Daily Post")


def test_promo_strip_yields_to_the_copyright_name():
    head = "Night Markets Return to Sanur's Beachfront"
    art = clean(_page("SPECIAL OFFERS", "News", "Lifestyle", "Events", head,
                      "Published at March 5, 2026",
                      "The night markets along the Sanur beachfront reopened this week after the "
                      "rainy season, with more than forty stalls selling food and crafts.",
                      "Stall holders said visitor numbers were already close to last year's, "
                      "helped by the school holidays in Australia.",
                      "The village council has asked sellers to close by eleven at night to "
                      "limit noise for the guesthouses nearby.",
                      "© 2026 Sanur Weekly Herald"))
    assert art.outlet != "SPECIAL OFFERS"


def test_police_offices_in_the_dateline_yield_to_the_publisher():
    from translator.lines import classify
    from translator.publisher import dateline_outlet
    lines = classify(["KABAR LANDAK", "Patroli Sungai Digelar di Ngabang",
                      "POLRES LANDAK, POLDA KALBAR - Polisi menggelar patroli di sungai.",
                      "Copyright © 2026 Kabar Landak"])
    assert dateline_outlet("POLDA KALBAR", lines) != "POLDA KALBAR"


def test_dateline_place_and_outlet_is_no_writer():
    from translator.credit_rows import no_writer
    assert no_writer("KETAPANG,Suara Ketapang") and no_writer("SANGGAU, Kabar Sanggau")
    assert not no_writer("Dewi Anggraini")


def test_published_by_footer_names_the_writer():
    from translator.credit_rows import closing_author
    from translator.credit_rows import person_shaped
    from translator.lines import classify
    lines = classify(["Share", "Published by", "Dewi Anggraini", "Tags: Ketapang"])
    assert closing_author(lines, person_shaped) == "Dewi Anggraini"
    assert closing_author(classify(["Published by", "Admin"]), person_shaped) is None


def test_published_by_footer_gives_the_author():
    head = "Posko Pengaduan Harga Beras Medium Dibuka di Ketapang"
    art = clean(_page("Berita", head, "Senin, 9 Maret 2026", _LEAD, _P2, _P3,
                      "Share", "Published by", "Dewi Anggraini", "Tags: Ketapang Beras"))
    assert art.author == "Dewi Anggraini"


def test_reprint_note_names_its_source():
    from translator.lines import classify
    from translator.site_names import credited_source
    assert credited_source(classify(["This article originally appeared on Mongabay."])) \
        == "Mongabay"
    assert credited_source(classify(["This story first appeared in The Diplomat"])) \
        == "The Diplomat"
    assert credited_source(classify(["Artikel ini telah tayang di Kompas.com"])) == "Kompas.com"

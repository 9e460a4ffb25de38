"""Round nineteen of the cleaner, title and published families (made-up text throughout)."""

from __future__ import annotations

from translator.clean import clean
from translator.headline import credit_tailed, headline_shaped, prefixed_copy
from translator.lines import Line, classify
from translator.metadata import posted_line, published_of, title_of

HEADLINE = "Nelayan Muncar Bangun Rumah Pengasapan Ikan dari Dana Desa"
LEAD = ("Kelompok nelayan di Desa Kedungrejo, Kecamatan Muncar, membangun rumah pengasapan ikan "
        "dengan dana desa sebesar Rp120 juta. Rumah pengasapan itu akan dipakai bergantian oleh "
        "empat kelompok nelayan agar ikan hasil tangkapan tidak dijual murah saat musim panen.")
BODY = [LEAD,
        "Ketua kelompok, Slamet Riyadi, mengatakan selama ini nelayan mengasap ikan di halaman "
        "rumah masing-masing dengan tungku seadanya sehingga hasilnya tidak seragam.",
        "Pemerintah desa berharap ikan asap Muncar bisa dijual ke pasar di luar Banyuwangi "
        "setelah kelompok nelayan mendapat izin edar dari dinas kesehatan."]


def _text(*texts: str) -> list[Line]:
    return [Line(t, "text") for t in texts]


def test_a_feed_or_section_label_opening_a_line_is_no_headline():
    label = "Channel: Kabar Muncar - Berita Pesisir - Kabar Nelayan Terkini"
    assert not headline_shaped(label)
    assert not headline_shaped("Kategori: Berita Daerah Banyuwangi Selatan")
    # a headline may open with a word and a colon of its own
    assert headline_shaped("Interview: Muncar fishermen on the smoked fish trade")
    assert title_of(_text(label, HEADLINE), lead=LEAD) == HEADLINE


def test_a_header_line_with_words_put_before_it_is_not_the_headline():
    viewing = f"You are currently viewing {HEADLINE}"
    assert prefixed_copy(viewing, [viewing, HEADLINE])
    assert not prefixed_copy(HEADLINE, [viewing, HEADLINE])
    # a longer line that merely ends like a short one is not a copy with a prefix
    assert not prefixed_copy(f"Menurut warga desa pesisir yang lama {HEADLINE}", [HEADLINE])
    assert title_of(_text(viewing, HEADLINE), lead=LEAD) == HEADLINE


def test_a_shouted_slogan_ranks_below_a_headline_sharing_more_with_the_lead():
    slogan = "STOP BUANG SAMPAH KE LAUT , NELAYAN MUNCAR DESA BERSIH"
    assert title_of(_text(slogan, HEADLINE), lead=LEAD) == HEADLINE
    # a shouted headline sharing as much as the line below it keeps its place
    shouted = HEADLINE.upper()
    caption = "Rumah Pengasapan Ikan Kelompok Nelayan Muncar"
    assert title_of(_text(shouted, caption), lead=LEAD) == shouted


def test_a_headline_closed_by_a_full_stop_is_the_title_when_nothing_else_is():
    stopped = HEADLINE + "."
    assert title_of(_text(stopped), lead=LEAD) == stopped
    # a sentence copied from the lead, or a sentence of several, is not
    assert title_of(_text(LEAD.split(". ")[0] + "."), lead=LEAD) is None
    assert title_of(_text(f"{HEADLINE}. Warga Senang."), lead=LEAD) is None
    # nor a line in sentence case
    assert title_of(_text(stopped.capitalize()), lead=LEAD) is None


def test_a_caption_closed_by_a_labelled_photo_credit_after_a_bar():
    assert credit_tailed("Nelayan menjemur ikan di Muncar | Photo: Dewi Lestari")
    assert credit_tailed("Rumah pengasapan ikan di Kedungrejo | Foto: Humas Desa")
    assert not credit_tailed(f"{HEADLINE} | Kabar Muncar")


def test_the_headline_printed_twice_over_a_credited_caption_is_kept():
    # a headline naming a little of the lead (an image's alt text twice would be dropped)
    headline = "Nelayan Muncar Kini Punya Tempat Asap Bersama"
    page = ["Kabar Muncar", "Menu", "Pesisir", headline, headline,
            "Ikan asap di rumah pengasapan Desa Kedungrejo Muncar | Photo: Dewi Lestari", *BODY]
    assert clean("\n\n".join(page)).title == headline


def test_a_posts_credit_line_dates_the_post():
    written = "Written By kabarmuncar on Monday, March 2, 2026 | 9:15 AM"
    sent = "Kontribusi dari Dewi Lestari, 3 Maret 2026 10:20, Dibaca 57 kali."
    assert posted_line(written) and posted_line(sent)
    # a sentence of the story that says who wrote something is no credit line
    assert not posted_line("Ditulis oleh Slamet pada 3 Maret 2026 dan dibacakan di depan "
                           "seluruh warga desa yang hadir di balai pertemuan.")
    assert not posted_line("Written by the village head, the letter asks for help.")
    lines = classify([HEADLINE, written, *BODY])
    assert published_of(lines[:2], lines) == "2026-03-02T09:15:00+07:00"
    lines = classify([HEADLINE, sent, *BODY])
    assert published_of(lines[:1], lines) == "2026-03-03T10:20:00+07:00"


def test_the_pages_first_line_naming_nothing_of_the_lead_is_no_title():
    # a newsletter's masthead over a greeting: no headline at all rather than the logo
    assert title_of(_text("Suara Pesisir Kita", "Salam untuk para pembaca"), lead=LEAD) is None
    # a short first line that names the story is still its headline
    assert title_of(_text("Nelayan Muncar Bangun Pengasapan"), lead=LEAD) \
        == "Nelayan Muncar Bangun Pengasapan"

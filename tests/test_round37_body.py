"""Round 37, body: generated variants of the families fresh106-109 missed, and decoys of
similar shape that keep today's reading. Made-up lines in the manner of real pages (none copied
from a fixture); each test fails without its rule, each decoy keeps the result it had before."""

from __future__ import annotations

import pytest

from translator.clean import clean, normalise
from translator.lines import classify
from translator.runon import unwrap
from translator.story import _tidy

from .story_page import COFFEE_LEAD as LEAD
from .story_page import COFFEE_P2 as P2
from .story_page import COFFEE_P3 as P3
from .story_page import COFFEE_P4 as P4
from .story_page import COFFEE_P5 as P5
from .story_page import coffee_page as _page

BARE_LEAD = LEAD.removeprefix("Jember - ")


def _kind(text: str) -> str:
    return classify([text])[0].kind


# --- closing marks: stars after a desk's code in brackets, a desk's three or four capitals
# after the last stop with no brackets (signoff_tails.STARS_AFTER_CODE, CAPS_DESK) ---

@pytest.mark.parametrize("tail", ["(hms)**", " (ana)**", "(red)**", " [tim]**", " TYO", " RDK",
                                  " ADV"])
def test_a_desk_signoff_glued_after_the_last_stop_is_cut(tail):
    assert _tidy(P5 + tail) == P5


@pytest.mark.parametrize("tail", ["(hms)**", " TYO"])
def test_a_last_paragraph_with_such_a_signoff_is_kept_whole(tail):
    paragraphs = clean(_page(LEAD, P2, P3, P4 + tail)).paragraphs
    assert paragraphs == (BARE_LEAD, P2, P3, P4), paragraphs


@pytest.mark.parametrize("tail", [" IST", " DOK", " ANT", " ANTARA"])
def test_decoy_a_photo_credit_in_capitals_is_no_desk(tail):
    assert _tidy(P5 + tail) == P5 + tail


def test_decoy_a_sentence_opening_with_an_acronym_stays():
    text = P5 + " BPS mencatat harga kopi turun."
    assert _tidy(text) == text


# --- a page whose header alone was run together with the lead on one line: the lead's
# sentences stay one paragraph (runon_lead) ---

_RUNON_LEAD = ("Dinas Perikanan Kabupaten Pesisir mulai membagikan mesin pendingin ikan kepada "
               "kelompok nelayan di tiga kecamatan yang jauh dari pelabuhan. Setiap mesin mampu "
               "menyimpan dua ratus kilogram ikan selama tiga hari. Mesin itu dititipkan di "
               "balai nelayan dan dirawat bergiliran oleh anggota kelompok.")
_RUNON_P2 = ("Kepala dinas mengatakan bantuan itu diberikan setelah nelayan mengeluhkan ikan "
             "yang cepat busuk karena jarak ke tempat pelelangan terlalu jauh.")
_RUNON_P3 = ("Pemerintah kabupaten berencana menambah dua puluh mesin lagi tahun depan untuk "
             "desa-desa di pulau kecil yang belum menerima bantuan.")


@pytest.mark.parametrize("head", [
    "Ekonomi, Kelautan Nelayan Pesisir Terima Mesin Pendingin Ikan 3 Mei 2026 3 Mei 2026 "
    "1204 View PORTAL PESISIR- ",
    "Pemerintahan Mesin Pendingin Ikan Dibagikan ke Kelompok Nelayan 12 Juni 2026 "
    "12 Juni 2026 87 View HUMAS PESISIR- ",
])
def test_a_run_on_header_line_keeps_the_lead_one_paragraph(head):
    text = "\n".join(["MEDIA PESISIR", "Beranda", "Berita", "", head + _RUNON_LEAD, "",
                      _RUNON_P2, "", _RUNON_P3, "", "Bagikan :", "", "Berita Lainnya"])
    lines = unwrap(text).split("\n")
    assert any(x.endswith(_RUNON_LEAD) and x != text for x in lines), lines
    assert lines.count(_RUNON_P2) == 1 and not any(x.endswith(head.rstrip()) for x in lines)


def test_decoy_a_whole_page_on_one_line_still_comes_back_a_sentence_a_line():
    text = ("Ekonomi Nelayan Pesisir Terima Mesin Pendingin Ikan 3 Mei 2026 1204 View "
            + _RUNON_LEAD + " " + _RUNON_P2 + " Bagikan: Facebook WhatsApp")
    lines = unwrap(text).split("\n")
    assert _RUNON_P2 in lines and not any(_RUNON_LEAD in x for x in lines), lines


# --- a divider of dashes glued before a paragraph's first word (glued._GLUED_RULE) ---

@pytest.mark.parametrize("rule", ["-----------------", "=========", "__________", "————————",
                                  "********"])
def test_a_divider_glued_before_a_paragraph_goes(rule):
    paragraphs = clean(_page(LEAD, P2, "Harga di Tingkat Petani", rule + P3, P4)).paragraphs
    assert paragraphs == (BARE_LEAD, P2, "Harga di Tingkat Petani", P3, P4), paragraphs


@pytest.mark.parametrize("line", ["- Pupuk bersubsidi datang terlambat.",
                                  "-- Harga di pengepul turun separuh."])
def test_decoy_a_dash_or_two_before_a_line_stays(line):
    assert line in normalise(line)


# --- a photo's caption over a news theme's block label and an advert slot, right above the
# lead (caption_slot; repair: an advert's label in dashes joins no line) ---

@pytest.mark.parametrize("label,slot", [
    ("Must Read", "- Advertisement -"), ("Wajib Baca", "- Iklan -"),
    ("Must Read", "ADVERTISEMENT"),
])
def test_a_caption_over_a_block_label_and_an_advert_opens_no_story(label, slot):
    caption = "Petani kopi menjemur biji kopi di halaman rumah mereka di lereng Argopuro."
    text = "\n".join(["Kabar Jember", "Beranda", "", "Petani Kopi Keluhkan Harga Anjlok", "",
                      "By", "Redaksi", "-", "3 Mei 2026", "0", "", "Share", "Facebook", "",
                      caption, "", label, slot, BARE_LEAD, "", P2, "", P3, "", P4])
    paragraphs = clean(text).paragraphs
    assert paragraphs == (BARE_LEAD, P2, P3, P4), paragraphs


def test_decoy_a_short_lead_over_an_advert_alone_stays_the_lead():
    lead = "Harga biji kopi di lereng Argopuro anjlok menjelang panen raya tahun ini."
    text = "\n".join(["Kabar Jember", "Beranda", "", "Petani Kopi Keluhkan Harga Anjlok", "",
                      "3 Mei 2026", "", lead, "", "ADVERTISEMENT", P2, "", P3, "", P4])
    assert clean(text).paragraphs[:2] == (lead, P2)


def test_decoy_a_dateline_over_a_dash_lead_is_still_joined():
    assert normalise("JEMBER\n- Ratusan petani kopi mengeluhkan harga.")[0].startswith(
        "JEMBER - Ratusan")


# --- a release's media-contact block (boilerplate_chrome.FEED_END_ROWS) ---

@pytest.mark.parametrize("header", [
    "For further information, please contact:", "For more information contact:",
    "Media Contact:", "Press contacts", "Kontak Media:", "Kontak Pers :", "Narahubung:",
    "Untuk informasi lebih lanjut, silakan hubungi:", "Informasi lebih lanjut hubungi:",
])
def test_media_contact_headers_end_the_story(header):
    assert _kind(header) == "end"


def test_a_contact_block_under_a_release_goes():
    block = ["For further information, please contact:", "Public Relations Bureau, Ministry of "
             "Maritime Affairs", "Jl. Medan Merdeka Timur No. 16, Jakarta 10110",
             "Email: humas@example.go.id"]
    paragraphs = clean(_page(LEAD, P2, P3, "\n".join(block), foot=("Share",))).paragraphs
    assert paragraphs == (BARE_LEAD, P2, P3), paragraphs


@pytest.mark.parametrize("line", [
    "Untuk informasi lebih lanjut, warga dapat menghubungi posko di kantor desa.",
    "For further information, residents may contact the village office on weekdays.",
])
def test_decoy_a_sentence_about_contacting_someone_stays_text(line):
    assert _kind(line) == "text"


# --- a listing's bare pager, "« Sebelumnya   Berikutnya »", and the next post over it
# (boilerplate_chrome blog-pager; teaser_strip.post_over_pager) ---

@pytest.mark.parametrize("pager", ["« Sebelumnya   Berikutnya »", "« Previous Next »",
                                   "‹ Sebelumnya Selanjutnya ›"])
def test_a_bare_prev_next_pair_is_a_listings_pager(pager):
    assert _kind(pager) == "blog-pager"


def test_decoy_one_pager_word_stays_pagination():
    assert _kind("Selanjutnya") == "pagination"


@pytest.mark.parametrize("head,post", [
    ("Gudang Beras Bulog di Pelabuhan Ditambah Dua Unit Baru",
     ("Bulog menambah dua gudang beras di kawasan pelabuhan untuk menampung pasokan dari "
      "luar pulau menjelang musim hujan.",
      "Kepala cabang menyebut kedua gudang itu mampu menyimpan lima ribu ton beras.")),
    ("Pasar Murah Digelar di Enam Kecamatan Jelang Lebaran",
     ("Pemerintah kabupaten menggelar pasar murah di enam kecamatan mulai pekan depan untuk "
      "menekan harga bahan pokok menjelang Lebaran.",
      "Setiap kecamatan mendapat jatah dua ton beras dan lima ratus liter minyak goreng.")),
])
def test_the_next_post_under_the_source_credit_of_a_tag_listing_goes(head, post):
    text = "\n".join(["Kabar Jember", "Beranda", "", "Tag: info tani", "",
                      "Petani Kopi Keluhkan Harga Anjlok", "", LEAD, "", P2, "", P3, "", P4, "",
                      "sumber: jemberkab.go.id", "", head, "", *post, "",
                      "« Sebelumnya   Berikutnya »", "", "© Kabar Jember"])
    paragraphs = clean(text).paragraphs
    assert paragraphs == (BARE_LEAD, P2, P3, P4), paragraphs


# --- the site's own sales pitch closing the story (own_pitch) ---

@pytest.mark.parametrize("top,pitch,button,foot", [
    ("NUR TRAVEL", "Ingin berangkat umroh dengan nyaman? Konsultasikan rencana perjalanan Anda "
     "bersama tim Nur Travel.", "Daftar Umroh Sekarang", "© 2026 Nur Travel Umroh & Haji"),
    ("Rumah Zakat Jember", "Mari salurkan zakat, infak dan sedekah Anda melalui Rumah Zakat "
     "Jember.", "Rekening BSI 123 456 7890 a.n. Rumah Zakat Jember", "© 2026 Rumah Zakat Jember"),
    ("Klinik Sehat Argopuro", "Planning a check-up for your family? Contact Klinik Sehat "
     "Argopuro today.", "Book Now", "Copyright © 2026 Klinik Sehat Argopuro. All rights "
     "reserved."),
])
def test_the_sites_closing_pitch_over_its_button_goes(top, pitch, button, foot):
    text = "\n\n".join([top, "Beranda", "Petani Kopi Keluhkan Harga Anjlok", LEAD, P2, P3,
                        pitch, button, "Artikel Lainnya", "Cara Menyimpan Biji Kopi", foot])
    paragraphs = clean(text).paragraphs
    assert paragraphs == (BARE_LEAD, P2, P3), paragraphs


@pytest.mark.parametrize("last", [
    "Rumah Zakat Jember berencana menggelar program serupa di kecamatan lain tahun depan.",
    "“Mari salurkan zakat Anda melalui Rumah Zakat Jember,” ajak ketua lembaga itu.",
    "Mari salurkan bantuan Anda bagi korban banjir melalui posko kecamatan.",
])
def test_decoy_a_last_sentence_naming_the_site_or_appealing_stays(last):
    text = "\n\n".join(["Rumah Zakat Jember", "Beranda", "Petani Kopi Keluhkan Harga Anjlok",
                        LEAD, P2, P3, last, "Berita Lainnya", "© 2026 Rumah Zakat Jember"])
    assert clean(text).paragraphs[-1] == last


def test_decoy_a_reader_addressed_last_sentence_on_a_page_topped_by_a_menu_word_stays():
    last = ("Warga diminta memantau berita resmi dari pemerintah dan tidak mudah percaya kabar "
            "yang Anda terima di grup percakapan.")
    text = "\n\n".join(["Berita", "Beranda", "Petani Kopi Keluhkan Harga Anjlok", LEAD, P2, P3,
                        last, "© 2026 Kabar Jember"])
    assert clean(text).paragraphs[-1] == last


def test_decoy_a_pitch_with_the_story_going_on_below_it_stays():
    pitch = "Mari salurkan zakat, infak dan sedekah Anda melalui Rumah Zakat Jember."
    text = "\n\n".join(["Rumah Zakat Jember", "Beranda", "Petani Kopi Keluhkan Harga Anjlok",
                        LEAD, P2, pitch, P3, P4, "© 2026 Rumah Zakat Jember"])
    assert pitch in clean(text).paragraphs


# --- a listing's next post whose headline the site closes with a stop, over its teaser cut
# off with "..." (zones._teaser_heads) ---

@pytest.mark.parametrize("head,teaser", [
    ("Peringati Hari Tani, Dinas Pertanian Jember Gelar Lomba Kopi.",
     "Jember – Dalam rangka memperingati Hari Tani Nasional, Dinas Pertanian menggelar lomba "
     "kopi ..."),
    ("Bupati Serahkan Bantuan Mesin Sangrai untuk Kelompok Tani.",
     "Jember – Bupati menyerahkan bantuan mesin sangrai kepada lima kelompok tani di ..."),
])
def test_a_stopped_headline_over_a_cut_teaser_goes(head, teaser):
    paragraphs = clean(_page(LEAD, P2, P3, P4, head, teaser,
                             foot=("« Sebelumnya 1 2 3 Selanjutnya »",))).paragraphs
    assert paragraphs == (BARE_LEAD, P2, P3, P4), paragraphs


def test_decoy_a_sentence_over_a_cut_teaser_stays():
    last = "Ia menambahkan bahwa program itu akan berjalan sampai akhir tahun."
    teaser = "Jember – Bupati menyerahkan bantuan mesin sangrai kepada lima kelompok tani di ..."
    paragraphs = clean(_page(LEAD, P2, P3, last, teaser, foot=())).paragraphs
    assert paragraphs[-1] == last, paragraphs

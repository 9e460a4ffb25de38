"""Round 38, body: generated variants of the families fresh110-113 missed, and decoys of
similar shape that must keep today's reading. Made-up lines in the manner of real pages (none
copied from a fixture: other outlets, places, names and wordings); each test fails without its
rule, each decoy keeps the result it had before."""

from __future__ import annotations

import pytest

from translator.clean import clean
from translator.dedupe import dedupe
from translator.glued import split_edges
from translator.lines import classify
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


# --- closing marks: a writer's numbered handle over the outlet's short name, slashed; a
# writer's lower-case names in square brackets (signoff_tails.NUMBERED_HANDLE, SQUARE_NAMES) ---

@pytest.mark.parametrize("tail", [" (enon15/i2klu)", " (rina07/kabarbima)", "(dedi2/lombokpos)",
                                  " (ari99/sbt/red)", "[surya atm]", " [budi santoso]",
                                  " [yanti]"])
def test_a_handle_or_bracketed_names_after_the_last_stop_are_cut(tail):
    assert _tidy(P5 + tail) == P5


def test_a_last_paragraph_with_a_numbered_handle_is_kept_whole():
    paragraphs = clean(_page(LEAD, P2, P3, P4 + " (wawan12/kabarjember)")).paragraphs
    assert paragraphs == (BARE_LEAD, P2, P3, P4), paragraphs


@pytest.mark.parametrize("tail", [" (30/3)", " (2/3/2026)", " (16/3)"])
def test_decoy_a_date_or_a_unit_in_brackets_stays(tail):
    assert _tidy(P5 + tail) == P5 + tail


# --- short heads inside the story: a chronology's hour, a list's announcement over its first
# numbered item (section_heads.short_head) ---

_STEP1 = ("Rombongan peziarah berangkat dari alun-alun menuju makam dengan berjalan kaki sambil "
          "membawa bunga dan kendi berisi air dari tujuh sumber.")
_STEP2 = ("Setibanya di kompleks makam, juru kunci memimpin doa bersama sebelum para peziarah "
          "menaburkan bunga secara bergiliran di setiap pusara.")
_STEP3 = ("Acara ditutup dengan makan bersama di pendapa desa yang disiapkan oleh ibu-ibu "
          "anggota kelompok wanita tani setempat.")


@pytest.mark.parametrize("hours", [("Pukul 06.15 WIB", "Pukul 08.40 WIB"),
                                   ("07.00 WITA", "09.30 WITA"),
                                   ("Jam 13:20", "Jam 15:05"),
                                   ("Pkl. 19.10 WIT", "Pkl. 21.45 WIT")])
def test_hours_heading_a_chronology_are_kept(hours):
    paragraphs = clean(_page(LEAD, P2, hours[0], _STEP1, hours[1], _STEP2, _STEP3)).paragraphs
    assert paragraphs == (BARE_LEAD, P2, hours[0], _STEP1, hours[1], _STEP2, _STEP3), paragraphs


def test_decoy_an_hour_over_the_share_bar_stays_out():
    paragraphs = clean(_page(LEAD, P2, P3, "Pukul 10.15 WIB",
                             foot=("Bagikan", "Facebook", "WhatsApp", "Berita Terkait",
                                   "Harga Tembakau Naik di Pasar Kecamatan"))).paragraphs
    assert "Pukul 10.15 WIB" not in paragraphs


_ITEM1 = "1. Pasar Murah di Balai Desa Sukorejo"
_ITEM1_TEXT = ("Pasar murah digelar setiap Selasa pagi dengan menjual beras, minyak goreng dan "
               "gula pasir di bawah harga pasar bagi warga yang membawa kartu keluarga.")
_ITEM2 = "2. Operasi Pasar di Lapangan Kecamatan"
_ITEM2_TEXT = ("Operasi pasar berlangsung dua hari dan diikuti oleh distributor bahan pokok serta "
               "koperasi desa dari seluruh wilayah kecamatan.")


@pytest.mark.parametrize("intro", ["Berikut daftarnya:", "Ini rinciannya:", "Simak jadwalnya:",
                                   "Berikut lokasinya:"])
def test_a_list_announced_over_its_first_item_keeps_its_announcement(intro):
    paragraphs = clean(_page(LEAD, P2, intro, _ITEM1, _ITEM1_TEXT, _ITEM2, _ITEM2_TEXT)).paragraphs
    assert paragraphs[2:4] == (intro, _ITEM1), paragraphs


def test_decoy_a_widget_s_numbered_headlines_keep_their_label_out():
    paragraphs = clean(_page(LEAD, P2, P3, "Berita Populer:", "1. Harga Cabai Naik Lagi",
                             "2. Jalan Desa Rusak Parah", "3. Sekolah Baru Dibuka")).paragraphs
    assert "Berita Populer:" not in paragraphs


# --- an explainer's question crosshead that the lead announced in its own words is no copy of
# the lead (dedupe._asked) ---

_ASKING_LEAD = ("Pemerintah kota menetapkan status waspada kekeringan selama sebulan. Banyak warga "
                "bertanya apa arti status itu dan siapa yang berhak menerima air bersih gratis.")


@pytest.mark.parametrize("question", ["Siapa yang berhak menerima air bersih gratis?",
                                      "Apa arti status itu?",
                                      "Siapa yang berhak menerima air bersih gratis ?"])
def test_a_question_crosshead_the_lead_announced_is_kept(question):
    kept = dedupe([_ASKING_LEAD, P2, question, P3])
    assert kept == [_ASKING_LEAD, P2, question, P3], kept


def test_decoy_a_question_printed_twice_keeps_one_copy():
    question = "Siapa yang berhak menerima air bersih gratis?"
    assert dedupe([_ASKING_LEAD, question, P2, question, P3]) == [_ASKING_LEAD, question, P2, P3]


def test_decoy_a_cut_copy_of_a_paragraph_is_still_dropped():
    cut = P2[:60]
    assert dedupe([P2, P3, cut]) == [P2, P3]


# --- the photo's bracketed credit glued after a dateline's lead (glued.split_bracket_credit) ---

_CREDITED_LEAD = ("BIMA - Badan Penanggulangan Bencana Daerah Kabupaten Bima mencatat sedikitnya "
                  "dua puluh rumah warga rusak setelah angin kencang melanda tiga desa di pesisir "
                  "timur sejak Minggu malam.")


@pytest.mark.parametrize("credit", ["(Sumber Foto: BPBD Kabupaten Bima)", "(Foto: Dok. Humas)",
                                    " (Photo: Istimewa)", "(Sumber foto: Polsek Wera)"])
def test_a_photo_credit_glued_after_a_dateline_lead_leaves_the_lead(credit):
    paragraphs = clean(_page(_CREDITED_LEAD + " " + credit.strip(), P2, P3)).paragraphs
    assert paragraphs[0] == _CREDITED_LEAD.removeprefix("BIMA - "), paragraphs


def test_decoy_a_caption_with_its_credit_stays_a_caption():
    caption = ("Petugas memeriksa atap rumah warga yang rusak diterjang angin kencang di Desa "
               "Sangiang, Senin (16/3/2026). (Foto: Dok. BPBD Bima)")
    assert _kind(caption) == "caption-credit"


# --- an embed copied onto one line and a picture's lone file name (contents_box) ---

@pytest.mark.parametrize("line", [
    "@kabarjember Antrean truk kopi di gudang #jember #kopi #fyp ♬ suara asli – Kabar Jember",
    "@warga.argopuro Panen kopi pagi ini #argopuro ♬ original sound – warga.argopuro",
    "Petani kopi di lereng Argopuro.jpg",
    "gudang-kopi_sumberjambe 02.JPG",
    "Koperasi kopi (2).png",
])
def test_a_one_line_embed_or_a_file_name_is_left_out(line):
    paragraphs = clean(_page(LEAD, P2, line, P3, P4)).paragraphs
    assert paragraphs == (BARE_LEAD, P2, P3, P4), paragraphs


def test_decoy_a_sentence_naming_a_file_stays():
    text = ("Warga bisa melihat daftar penerima di berkas penerima-bantuan.jpg yang diunggah di "
            "papan pengumuman desa.")
    paragraphs = clean(_page(LEAD, P2, text, P3)).paragraphs
    assert text in paragraphs


# --- a site's plea to fetch its phone edition (boilerplate_chrome app-promo row) ---

@pytest.mark.parametrize("plea", ["Unduh versi Android situs berita Kabar Jember DISINI !",
                                  "Download versi iOS aplikasi Warta Bima di sini",
                                  "Unduh Android app Lombok Today sekarang"])
def test_a_plea_for_the_phone_edition_is_an_app_promo(plea):
    assert _kind(plea) == "app-promo"


@pytest.mark.parametrize("line", [
    "Unduh versi terbaru laporan keuangan desa di situs resmi pemerintah kabupaten.",
    "Download iOS 18 sekarang juga agar iPhone Anda terlindung dari celah keamanan terbaru.",
    "Unduh Android 15 hanya dari menu pembaruan resmi, kata pakar keamanan siber itu.",
])
def test_decoy_a_sentence_on_downloading_a_version_stays_text(line):
    assert _kind(line) == "text"


# --- a desk's numbered code glued to the last stop, no brackets, no space (glued._GLUED_CODE) ---

@pytest.mark.parametrize("code", ["7wan", "12rd", "3ari"])
def test_a_numbered_desk_code_glued_to_the_last_stop_is_cut(code):
    foot = ("Read Entire Article", "Related", "Harga Tembakau Naik di Pasar Kecamatan")
    paragraphs = clean(_page(LEAD, P2, P3, P4 + code, foot=foot)).paragraphs
    assert paragraphs == (BARE_LEAD, P2, P3, P4), paragraphs


def test_a_numbered_code_after_a_quote_s_mark_is_cut():
    quoted = ("\"Harga di tingkat petani harus dijaga agar mereka tetap mau merawat kebun,\" kata "
              "Sutrisno.\"")
    paragraphs = clean(_page(LEAD, P2, P3, quoted + "5dim")).paragraphs
    assert paragraphs[-1] == quoted, paragraphs


@pytest.mark.parametrize("text", [P4.removesuffix(".") + " seberat 3.5kg",
                                  P4.removesuffix(".") + " pada 2.5ha", P4 + " 7wan",
                                  P4 + "Dari"])
def test_decoy_a_measure_a_spaced_word_or_a_glued_sentence_stays_in_the_line(text):
    assert split_edges(text) == [text]


# --- a photo's caption over its labelled credit, "Photograph: Name/Agency", a share row glued
# before the caption or not (teaser_strip.over_credit) ---

@pytest.mark.parametrize("row", ["Facebook Twitter Pinterest", "Facebook Twitter",
                                 "WhatsApp Facebook Email", "Twitter LinkedIn Email Facebook"])
def test_a_caption_with_a_share_row_over_a_labelled_credit_is_left_out(row):
    caption = "Coffee farmers sort beans at a cooperative warehouse on the slopes of Mount Raung."
    paragraphs = clean(_page(LEAD, P2, f"{row} {caption}", "Photograph: Dimas Arya/Getty Images",
                             P4, P3)).paragraphs
    assert paragraphs == (BARE_LEAD, P2, P4, P3), paragraphs


@pytest.mark.parametrize("credit", ["Photo: Dimas Arya/Reuters", "Foto: Dimas Arya/Antara"])
def test_a_caption_over_a_labelled_credit_is_left_out(credit):
    caption = "Petani menjemur biji kopi di halaman gudang koperasi di Sumberjambe."
    paragraphs = clean(_page(LEAD, P2, caption, credit, P4, P3)).paragraphs
    assert paragraphs == (BARE_LEAD, P2, P4, P3), paragraphs


def test_decoy_a_paragraph_of_speech_over_a_labelled_credit_stays():
    quoted = "\"Kami ingin harga kopi kembali stabil sebelum panen berikutnya,\" kata Sutrisno."
    paragraphs = clean(_page(LEAD, P2, quoted, "Foto: Dimas Arya/Antara", P4, P3)).paragraphs
    assert quoted in paragraphs, paragraphs

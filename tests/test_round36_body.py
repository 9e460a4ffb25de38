"""Round 36, body: families of body lines lost or furniture kept on unseen pages, fixed by the
family. Made-up lines in the manner of real pages (none copied from a fixture); each test
fails without its rule, each decoy keeps the result it had before."""

from __future__ import annotations

import pytest

from translator.clean import clean
from translator.lines import classify
from translator.story import _tidy

from .story_page import COFFEE_LEAD as LEAD
from .story_page import COFFEE_P2 as P2
from .story_page import COFFEE_P3 as P3
from .story_page import COFFEE_P4 as P4
from .story_page import COFFEE_P5 as P5
from .story_page import coffee_page as _page


def _kind(text: str) -> str:
    return classify([text])[0].kind


# --- a review blog: first-person intro, a table of contents whose entries repeat the
# crossheads, a credits box ("Tanggal Rilis:" is the film's date, no date of the page), a
# spoiler notice; the intro and the crossheads are the story (contents_box, zones.prefers_run)

INTRO1 = ("Film ini adalah film drama keluarga kedua yang saya tonton minggu ini. Terus terang, "
          "saya datang ke bioskop tanpa harapan yang terlalu besar.")
INTRO2 = ("Ternyata, babak pertamanya justru membuat saya beberapa kali tersenyum. Sayangnya, "
          "kesan itu mulai luntur menjelang akhir film.")
INTRO3 = ("Lalu bagaimana jalan ceritanya? Apakah layak ditonton bersama keluarga? Simak ulasan "
          "lengkapnya di bawah ini.")
STORY1 = ("Cerita dibuka dengan Laksmi, seorang penjahit yang baru pindah ke kota kecil di pesisir "
          "bersama dua anaknya setelah suaminya meninggal.")
STORY2 = ("Setiap sore ia menerima pesanan kebaya dari tetangga, sampai suatu hari datang pesanan "
          "misterius tanpa nama dan tanpa alamat pengiriman.")
STORY3 = ("Lambat laun Laksmi tahu bahwa pesanan itu datang dari ibu mertuanya yang selama ini "
          "menolak mengakui kedua cucunya.")
REVIEW1 = ("Yang paling saya suka dari film ini adalah cara sutradara memakai ruang sempit di rumah "
           "Laksmi, sehingga penonton ikut merasa sesak bersama para tokohnya.")
REVIEW2 = ("Masalahnya, paruh kedua film terasa diburu waktu dan beberapa konflik selesai begitu "
           "saja tanpa penjelasan yang memadai bagi penonton.")


def _review(*, heads=("Sinopsis Singkat", "Ulasan Film Benang Merah"), box_head="Info Film",
            release="Tanggal Rilis: 2 Mei 2026", notice="PERINGATAN! Ulasan ini mengandung "
            "SPOILER!", toc="Daftar Isi") -> str:
    syn, rev = heads
    lines = ["Ruang Sinema", "Beranda", "Ulasan", "",
             "Ulasan Film Benang Merah (2026): Hangat di Awal, Terburu-buru di Akhir",
             "Mei 3, 2026 by Ratna Sari", "", INTRO1, "", INTRO2, "", INTRO3, "",
             toc, box_head, syn, rev, "", box_head,
             "Seorang penjahit menerima pesanan kebaya misterius dari orang yang tak dikenal.",
             release, "Durasi: 1 jam 52 menit", "Sutradara: Bagus Santoso",
             "Pemain: Dewi Anjani, Reza Pratama, Sri Rahayu", "", syn, "", notice, "",
             STORY1, "", STORY2, "", STORY3, "", rev, "", REVIEW1, "", REVIEW2, "",
             "Share this:", "Facebook", "WhatsApp", "Related",
             "Ulasan Film Rumah Tepi Sawah: Sederhana tapi Menyentuh"]
    return "\n".join(lines)


@pytest.mark.parametrize("release", [
    "Tanggal Rilis: 2 Mei 2026", "Rilis: 2 Mei 2026", "Jadwal Tayang: 2 Mei 2026",
    "Release date: May 2, 2026",
])
def test_a_review_keeps_its_intro_over_a_credits_box_with_a_release_date(release):
    paragraphs = clean(_review(release=release)).paragraphs
    assert paragraphs[:3] == (INTRO1, INTRO2, INTRO3), paragraphs


@pytest.mark.parametrize("toc,box_head", [
    ("Daftar Isi", "Info Film"), ("Daftar isi", "Sekilas Film"),
    ("Table of Contents", "Info Singkat"), ("Isi Artikel", "Info Film"),
])
def test_a_review_drops_its_contents_box_and_notice_and_keeps_its_crossheads(toc, box_head):
    paragraphs = clean(_review(toc=toc, box_head=box_head)).paragraphs
    assert paragraphs == (INTRO1, INTRO2, INTRO3, "Sinopsis Singkat", STORY1, STORY2, STORY3,
                          "Ulasan Film Benang Merah", REVIEW1, REVIEW2), paragraphs


@pytest.mark.parametrize("notice", [
    "WARNING! Tulisan di bawah ini mengandung SPOILER!!!",
    "Peringatan: artikel ini berisi spoiler",
    "Spoiler alert! This review contains spoilers.", "Awas, ada spoiler di bawah ini!",
])
def test_spoiler_notices(notice):
    assert _kind(notice) == "disclaimer"


def test_decoy_a_sentence_about_spoilers_is_no_notice():
    assert _kind("Sutradara meminta penonton yang sudah menonton film ini agar tidak menyebarkan "
                 "spoiler di media sosial selama pekan pertama.") == "text"


NUM1 = ("Tidak ada yang menyangka pemain andalan ini akan meninggalkan tim yang membesarkan "
        "namanya selama tiga musim terakhir.")
NUM2 = ("Keputusan manajemen melepas dua pemain inti sekaligus memicu banyak pertanyaan dari "
        "para penggemar di media sosial.")


@pytest.mark.parametrize("heads", [
    ("Pemain Termahal Bursa Transfer Ini", "Klub yang Paling Sering Berganti Pelatih"),
    ("Rekor Baru di Laga Pembuka", "Penonton Paling Ramai Sepanjang Musim"),
    ("Rekrutan Paling Mahal Musim Ini", "Tim yang Paling Banyak Berubah"),
])
def test_contents_entries_go_and_the_first_crosshead_below_them_stays(heads):
    h1, h2 = heads
    paragraphs = clean(_page(LEAD, P2, "Daftar isi", h1, h2, h1, NUM1, h2, NUM2, P3)).paragraphs
    assert paragraphs == (LEAD.removeprefix("Jember - "), P2, h1, NUM1, h2, NUM2, P3), paragraphs


def test_decoy_a_list_without_a_contents_header_keeps_its_items():
    items = ("1. Pupuk bersubsidi datang terlambat", "2. Harga di pengepul turun")
    paragraphs = clean(_page(LEAD, P2, "Ada dua keluhan utama petani:", *items, P3)).paragraphs
    assert all(x in paragraphs for x in items), paragraphs


# --- the desk signing off with a slashed code whose first part is "Humas": a sign-off after
# the stop, cut off the paragraph (boilerplate._SLASHED_CODE), no photo's credit ---

@pytest.mark.parametrize("code", ["(Humas/Redaksi)", "(Humas/red)", "(Humas/Red)"])
def test_a_slashed_humas_signoff_after_the_stop_is_cut(code):
    text = f"{P5} {code}"
    assert _kind(text) == "text" and _tidy(text) == P5


def test_decoy_a_caption_with_a_slashed_humas_credit_stays_a_caption():
    assert _kind("Bupati meninjau gudang kopi di Desa Sukorejo (Humas/Redaksi)") == "caption-credit"
    assert _kind("Bupati meninjau gudang kopi, Senin (3/2). (Humas/Pemkab)") == "caption-credit"


# --- captions closed by a credit no table knew (boilerplate_body) ---

@pytest.mark.parametrize("line", [
    "Farmers sort coffee cherries at a village cooperative in Jember. Source: SBS / Ani Putri",
    "Petani menjemur kopi di halaman rumah. Sumber: Kabar Jember / Rudi Hartono",
    "Harga kopi di tingkat petani terus turun.(Radio Kita: Budi Santoso)",
    "Sumber gambar, Rudi Hartono", "Keterangan gambar, Petani memetik kopi di lereng Argopuro.",
    "Image source, Getty Images",
    "Potret petani kopi bersama anaknya/ Foto: instagram.com/kopiargopuro |",
])
def test_caption_credits(line):
    assert _kind(line) in ("caption", "caption-credit"), line


def test_decoy_a_data_source_in_brackets_stays_the_storys():
    assert _kind("Angka kemiskinan turun dua persen tahun ini. (Sumber: Badan Pusat Statistik)") \
        == "text"


# --- a radio's plug for its programme, a related label glued to its headline ---

@pytest.mark.parametrize("line,kind", [
    ("Dengarkan Radio Kita setiap Senin dan Kamis pukul 7 pagi di aplikasi Radio Kita.", "plea"),
    ("Listen to Kabar Pagi every weekday at 6am on community radio.", "plea"),
    ("TerkaitHarga Kopi Robusta Naik di Pasar Ekspor", "related"),
    ("RelatedCoffee Farmers Get Roasting Machines", "related"),
])
def test_pleas_and_glued_related_labels(line, kind):
    assert _kind(line) == kind


@pytest.mark.parametrize("line", [
    "Dengarkan keluhan petani setiap hari, kata dia, bukan hanya lewat radio.",
    "Terkait hal itu, dinas belum memberikan tanggapan resmi.",
])
def test_decoy_sentences_opening_so_stay_text(line):
    assert _kind(line) == "text"


# --- a key-points box under its header, dash bullets under the title, a pull quote glued to
# its speaker, a caption printed twice, a TikTok embed, a link over its teaser in the footer ---

def test_a_key_points_box_over_the_byline_is_no_part_of_the_story():
    points = ["Harga kopi di tingkat pengepul turun separuh menjelang panen raya tahun ini.",
              "Petani memilih menunda panen sampai harga di pasar kembali membaik.",
              "Dinas Pertanian berjanji mencari pembeli dari luar daerah untuk petani."]
    text = "\n".join(["Kabar Jember", "Berita", "",
                      "Petani kopi keluhkan harga anjlok menjelang panen raya", "",
                      "Poin utama", *points, "", "Diterbitkan 2 Mei 2026 3:15pm", "Oleh Ani Putri",
                      "", P2, "", P3, "", P4, "", P5])
    paragraphs = clean(text).paragraphs
    assert paragraphs == (P2, P3, P4, P5), paragraphs


@pytest.mark.parametrize("bullet", ["–", "—"])
def test_dash_bullets_under_the_title_are_its_summary(bullet):
    text = "\n".join(["Kabar Jember", "Berita", "Petani Kopi Keluhkan Harga Anjlok",
                      f"{bullet} Harga kopi turun separuh menjelang panen raya.",
                      f"{bullet} Petani memilih menunda panen sampai harga membaik.",
                      "Ani Putri", "Jumat, 1 Mei 2026 | 13:05", "", P2, "", P3, "", P4])
    paragraphs = clean(text).paragraphs
    assert paragraphs == (P2, P3, P4), paragraphs


def test_decoy_one_dash_lead_under_its_place_is_the_lead():
    text = "\n".join(["Kabar Jember", "Berita", "Petani Kopi Keluhkan Harga Anjlok", "",
                      "Jember", "– " + P2, "", P3, "", P4])
    assert clean(text).paragraphs[0].startswith("Ketua kelompok tani")


QUOTE = ("“Kami sudah menunggu tiga bulan, tapi pembelinya tidak pernah datang. Harganya terus "
         "turun,” kata Sutrisno.")


@pytest.mark.parametrize("pull", [
    "“Kami sudah menunggu tiga bulan, tapi pembelinya tidak pernah datang.”Sutrisno",
    "Kami sudah menunggu tiga bulan, tapi pembelinya tidak pernah datang.”Sutrisno Hadi",
])
def test_a_pull_quote_glued_to_its_speaker_goes(pull):
    paragraphs = clean(_page(LEAD, P2, QUOTE, pull, P3, P4)).paragraphs
    assert pull not in paragraphs and QUOTE in paragraphs and P3 in paragraphs, paragraphs


@pytest.mark.parametrize("caption", [
    "Petani kopi Argopuro menjemur hasil panen di halaman.",
    "Kebun kopi di lereng Argopuro, Jember.",
])
def test_a_caption_printed_twice_in_a_row_goes(caption):
    paragraphs = clean(_page(LEAD, P2, caption + "\n" + caption, P3, P4)).paragraphs
    assert caption not in paragraphs and P3 in paragraphs, paragraphs


SAID = ("“Bapak memang dari dulu suka bercanda kalau sedang panen. Bedanya sekarang ada yang "
        "merekam,” kata Ani.")


@pytest.mark.parametrize("handle,caption,sound", [
    ("@kopi.argopuro", "Bapak kalau lihat kopi merah langsung lupa capek 😂 #petanikopi #kebun",
     "♬ suara asli – kopi.argopuro"),
    ("@ani_putri", "Pagi di kebun bareng bapak 😂 #petanimuda #kopi #jember",
     "♬ original sound - ani_putri"),
])
def test_an_embedded_tiktok_post_goes_and_the_crosshead_below_stays(handle, caption, sound):
    head = "Dari Kebun ke Layar Ponsel"
    paragraphs = clean(_page(LEAD, P2, P5, handle, caption, sound, head, P3, SAID, P4)).paragraphs
    assert paragraphs[3:] == (head, P3, SAID, P4), paragraphs


def test_a_link_over_its_teaser_below_the_story_goes():
    link = "Review Kedai Kopi Baru di Jember: Murah, Enak, dan Bikin Betah!"
    teaser = "Apa yang sebenarnya ditawarkan oleh kedai kopi baru ini? Mengapa…"
    paragraphs = clean(_page(LEAD, P2, P3, P4, "Load Comments", "Berita Lain",
                             "April 2, 2026 - 0", link, teaser, foot=())).paragraphs
    assert link not in paragraphs and P4 in paragraphs, paragraphs

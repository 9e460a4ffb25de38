"""Round 34, body: rules meant for a family that did not fire on unseen pages, widened by the
family. Made-up lines in the manner of real pages (none copied from a fixture); each test
fails without its rule, each decoy keeps the result it had before."""

from __future__ import annotations

import pytest

from translator.clean import clean
from translator.shapes import without_initials

from .story_page import COFFEE_LEAD as LEAD
from .story_page import COFFEE_P2 as P2
from .story_page import COFFEE_P3 as P3

LAST = "Pelatihan pengolahan kopi akan digelar di balai desa setelah panen usai."
QUOTE = "\"Kami siapkan gudang di balai desa supaya petani tidak menjual murah,\" katanya."


def _page(*body: str, head: str = "Petani Kopi Keluhkan Harga Anjlok") -> str:
    return "\n\n".join(["Kabar Jember", "Beranda", "Berita", head, *body,
                        "Bagikan", "Facebook", "WhatsApp"])


# --- a desk's sign-off the tables did not know: a shouted writer's name over the editor's
# lower-case initial, an outlet's shouted address over initials, initials over the paper's
# name in lower case, initials with a space inside the bracket, a lower-case code after the
# stop (signoff_tails.py) ---

@pytest.mark.parametrize("last,tail", [
    (QUOTE, "(RINA WIJAYANTI/m)"),
    (QUOTE, "(DEWI KARTIKA SARI/r)"),
    (LAST, "(KABARJEMBER.COM/Rdn)"),
    (LAST, "(WARTADESA.CO.ID/Ags)"),
    (LAST, "(rdn/kabar jember)"),
    (LAST, "(ags / suara pantura)"),
    (LAST, "( red)."),
    (LAST, "( adm )"),
    (LAST, "nzr"),
    (LAST, "rdk"),
])
def test_desk_tail_leaves_the_last_paragraph(last, tail):
    glued = f"{last}{tail}" if tail.startswith("(") and tail[1:2].isupper() else f"{last} {tail}"
    assert without_initials(glued) == last
    page = _page(LEAD, P2, P3, glued)
    assert clean(page).paragraphs[-1] == last


@pytest.mark.parametrize("text", [
    "Harga gabah naik menjadi Rp 6.500 per kg (BPS/2025).",
    "Kecepatan angin mencapai 40 km/jam (BMKG/Maritim).",
    "Pertemuan itu digelar di Gedung Sate (Jalan Diponegoro/Bandung).",
    "Kebijakan itu berlaku untuk pegawai (dan/atau keluarga inti).",
    "Data diambil dari laman resmi (bps.go.id).",
    "Ia menyebut tarif angkutan naik 10 persen. Per km.",
    "Acara ditutup dengan doa bersama. Amin.",
])
def test_decoy_brackets_stay(text):
    assert without_initials(text) == text


# --- another article's headline set alone between two paragraphs, on the story's topic (so
# the off-topic test keeps it), in a story that runs no other crosshead: eight to fourteen
# words, no stop, no quote (boilerplate_lists.long_links) ---

P4 = ("Menurut catatan koperasi, sedikitnya tiga ratus keluarga di empat desa menggantungkan "
      "hidup dari kebun kopi. Mereka berharap pemerintah daerah segera turun tangan.")


@pytest.mark.parametrize("link", [
    "Harga Kopi Robusta Jember Tembus Rp60 Ribu, Petani Pilih Jual Bertahap",
    "Bupati Jember Minta Dinas Pertanian Tanggap Keluhan Petani Kopi",
    "Ratusan petani kopi Argopuro ikuti pelatihan pascapanen di balai desa",
    "Koperasi Kopi Argopuro Buka Gudang Baru untuk Tampung Hasil Panen Petani",
    "Dinas Pertanian Jember Bagikan Bibit Kopi Unggul kepada Kelompok Tani",
    "Petani Kopi Lereng Argopuro Keluhkan Jalan Rusak Menuju Kebun Saat Hujan",
])
def test_lone_long_headline_between_paragraphs_left_out(link):
    paragraphs = clean(_page(LEAD, P2, link, P3, P4)).paragraphs
    assert link not in paragraphs and P3 in paragraphs, paragraphs


@pytest.mark.parametrize("line", [
    "Harga di Tingkat Pengepul",  # a crosshead names a part in a few words
    "Petani Kopi Berharap Pemerintah Turun Tangan?",  # a question: a crosshead
    "Menurut Sutrisno harga biji kopi di tingkat pengepul kini hanya separuh dari harga tahun "
    "lalu sehingga banyak petani menunda panen",  # a sentence that lost its stop
    "“Kami berharap harga kopi segera membaik menjelang panen raya bulan depan,” kata Sutrisno",
])
def test_decoy_crossheads_and_sentences_stay(line):
    assert line in clean(_page(LEAD, P2, line, P3, P4)).paragraphs


def test_decoy_a_story_running_long_crossheads_keeps_them():
    one = "Harga Kopi di Tingkat Pengepul Turun Separuh dari Tahun Lalu"
    two = "Dinas Pertanian Janjikan Pembeli dari Luar Daerah untuk Petani"
    paragraphs = clean(_page(LEAD, one, P2, two, P3, P4)).paragraphs
    assert one in paragraphs and two in paragraphs, paragraphs


# --- a photo's credit in words: alone in a bracket with spaces inside ("( photo : x.co )"), or
# after a one-sentence caption's stop ("... at dusk. Photo by Kabar Hulu.")
# (boilerplate_body.BODY_ROWS) ---

@pytest.mark.parametrize("line", [
    "( photo : kabarjember.co )",
    "( foto : humas pemkab )",
    "[ foto : dok. pribadi ]",
    "The old coffee warehouse at the foot of Argopuro. Photo by Kabar Jember.",
    "Petani menjemur biji kopi di halaman rumah. Foto oleh Rina Wati.",
    "Coffee cherries drying on bamboo racks. Image courtesy of Dinas Pertanian Jember.",
])
def test_photo_credit_in_words_left_out(line):
    paragraphs = clean(_page(LEAD, line, P2, P3, P4)).paragraphs
    assert line not in paragraphs and P2 in paragraphs, paragraphs


@pytest.mark.parametrize("line", [
    "Ia mengatakan foto oleh warga itu sempat viral di media sosial pekan lalu.",
    "Polisi menyita barang bukti. Foto oleh pelaku sempat diunggah ke media sosial.",
    "Polisi menyita barang bukti. Foto oleh Rina sempat diunggah ke media sosial sebelum dihapus.",
])
def test_decoy_sentences_naming_a_photo_stay(line):
    assert line in clean(_page(LEAD, line, P2, P3, P4)).paragraphs


# --- a quotation closed by its speech verb and the writer's credit over the paper's name
# ("...,” tandasnya. (Rina/Koran Kita)"): no caption, for a caption quotes no one
# (boilerplate.FURNITURE's "(Outlet/Photographer)" row) ---

@pytest.mark.parametrize("tail", [
    "(Hermawan/Koran Jember)",
    "(Sutrisno/Kabar Jember Online)",
    "(Rina/Warta Desa)",
    "(Agus/Suara Argopuro)",
    "(Dewi/Radar Timur)",
    "(Bambang/Harian Tapal Kuda)",
])
def test_quote_with_writer_over_paper_kept(tail):
    last = ("“Kami minta warga tetap bersabar. Harga akan kami pantau setiap pekan,” "
            f"tandasnya. {tail}")
    paragraphs = clean(_page(LEAD, P2, P3, last)).paragraphs
    assert paragraphs[-1].startswith("“Kami minta warga tetap bersabar."), paragraphs


@pytest.mark.parametrize("caption", [
    "Petani menjemur kopi di halaman rumah (Hermawan/Koran Jember)",
    "Bupati meninjau gudang kopi. (Antara/Rina Wati)",
])
def test_decoy_captions_with_credits_stay_out(caption):
    assert caption not in clean(_page(LEAD, caption, P2, P3, P4)).paragraphs


# --- a closing quotation of two sentences whose last one lost its stop, the closing mark kept
# (with a space before it, as a school's portal printed it): a paragraph, for the zones and
# the body alike (shapes.WHOLE_QUOTE) ---

@pytest.mark.parametrize("quote", [
    "\"Menang atau kalah, lomba ini pengalaman berharga. Terus berlatih dan jaga nama baik desa \"",
    "\"Harga memang turun tahun ini. Kami tetap merawat kebun supaya panen berikutnya lebih baik\"",
    "“Gudang koperasi sudah siap menampung. Petani tidak perlu lagi menjual murah ke tengkulak”",
    "\"Kami sudah melapor ke dinas. Semoga bantuan pupuk segera datang sebelum musim hujan \"",
    "“Terima kasih kepada semua petani. Mari kita jaga mutu kopi Argopuro bersama-sama ”",
    "\"Panen tahun ini lebih sedikit. Tapi mutunya jauh lebih bagus dari tahun lalu\"",
])
def test_stopless_closing_quote_kept(quote):
    page = "\n\n".join(["Kabar Jember", "Beranda", "Berita", "Petani Kopi Keluhkan Harga Anjlok",
                        LEAD, P2, P3, quote, "Berita Lainnya", "Harga Cabai Naik di Pasar Tanjung",
                        "Copyright © 2026 Kabar Jember"])
    assert clean(page).paragraphs[-1] == quote


@pytest.mark.parametrize("line", [
    "\"Kami Tidak Takut\"",  # a quoted headline: one phrase, no sentence end inside
    "\"Petani Menjerit\" Harga Kopi Anjlok di Tingkat Pengepul",
])
def test_decoy_quoted_headlines_are_no_prose(line):
    from translator.lines import is_prose
    assert not is_prose(line)


# --- the site's own name or address in brackets after the last paragraph's stop ("... Juni
# mendatang. (otorider.com)"): the site signs off; another outlet's name is the story's
# attribution and stays (lead_zone.without_site_stamp) ---

@pytest.mark.parametrize("masthead,tail", [
    ("Kabarjember.com", "(kabarjember.com)"),
    ("Kabarjember.com", "(KabarJember.com)"),
    ("Kabar Jember Online", "(kabarjemberonline.com)"),
    ("KabarJember.co.id", "(kabarjember.co.id)."),
    ("Warta Argopuro", "(wartaargopuro.com)"),
    ("Portal Tapal Kuda", "(portaltapalkuda.id)"),
])
def test_site_tail_leaves_the_last_paragraph(masthead, tail):
    page = "\n\n".join([masthead, "Beranda", "Berita", "Petani Kopi Keluhkan Harga Anjlok",
                        LEAD, P2, P3, f"{LAST} {tail}", f"Copyright © 2026 {masthead}"])
    article = clean(page)
    assert article.paragraphs[-1] == LAST, (article.outlet, article.paragraphs[-1])


@pytest.mark.parametrize("tail", ["(Antaranews)", "(detik.com)", "(Kompas)"])
def test_decoy_another_outlets_credit_stays(tail):
    page = "\n\n".join(["Kabarjember.com", "Beranda", "Berita", "Petani Kopi Keluhkan Harga Anjlok",
                        LEAD, P2, P3, f"{LAST} {tail}", "Copyright © 2026 Kabarjember.com"])
    assert clean(page).paragraphs[-1] == f"{LAST} {tail}"


# --- an opinion column's note on its writer with no asterisk before it, a line of its own
# under the last paragraph (boilerplate_chrome's writer-note row) ---

@pytest.mark.parametrize("note", [
    "Penulis adalah anggota Dewan Pakar Asosiasi Petani Kopi Indonesia. Tulisan ini merupakan "
    "pendapat pribadi.",
    "Penulis adalah dosen Fakultas Pertanian Universitas Jember.",
    "Penulis merupakan peneliti di Pusat Kajian Kopi Nusantara.",
    "The writer is a researcher at the Indonesian Coffee Institute in Jember.",
    "The author is a lecturer in agricultural economics at a university in East Java.",
    "Penulis adalah pegiat koperasi petani di lereng Argopuro, tinggal di Jember.",
])
def test_bare_writer_note_left_out(note):
    paragraphs = clean(_page(LEAD, P2, P3, P4, note, "Copyright © 2026 Kabar Jember")).paragraphs
    assert note not in paragraphs and paragraphs[-1] == P4, paragraphs


@pytest.mark.parametrize("line", [
    "Penulis buku itu adalah petani kopi yang belajar menulis dari kelompok baca di desanya.",
    "Menurut penulis, harga kopi hanya akan membaik bila petani menjual lewat koperasi.",
])
def test_decoy_sentences_about_a_writer_stay(line):
    assert line in clean(_page(LEAD, P2, line, P3, P4)).paragraphs

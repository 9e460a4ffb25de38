"""Round 35, body: families of body lines lost or furniture kept on unseen pages, fixed by the
family. Made-up lines in the manner of real pages (none copied from a fixture); each test
fails without its rule, each decoy keeps the result it had before."""

from __future__ import annotations

import pytest

from translator.clean import clean
from translator.lead_zone import without_deck
from translator.lines import is_prose
from translator.shapes import bare, without_initials
from translator.signoff_tails import CLOSING_TAIL

from .story_page import COFFEE_LEAD as LEAD
from .story_page import COFFEE_P2 as P2
from .story_page import COFFEE_P3 as P3
from .story_page import COFFEE_P4 as P4
from .story_page import COFFEE_P5 as P5
from .story_page import coffee_page as _page


# --- a photo's alt text in lower case over its credit ("cara merawat kebun kopi" / "Foto:
# www.pexels.com") between a crosshead and a paragraph: no site's name over its footer
# blurb, so the story goes on below it (story_edges.lower_masthead) ---

@pytest.mark.parametrize("alt,credit", [
    ("cara merawat kebun kopi", "Foto: www.pexels.com"),
    ("harga kopi robusta petani", "Foto: www.freepik.com"),
    ("tips menyimpan biji kopi", "Foto: unsplash.com"),
    ("petani kopi lereng argopuro", "Foto: www.canva.com"),
])
def test_lower_case_alt_text_over_its_credit_does_not_end_the_story(alt, credit):
    paragraphs = clean(_page(LEAD, P2, "Apa Kata Petani?", alt, credit, P3, P4, P5)).paragraphs
    assert P3 in paragraphs and P4 in paragraphs and P5 in paragraphs, paragraphs
    assert alt not in paragraphs


def test_decoy_lower_case_site_name_over_its_blurb_still_ends_the_story():
    blurb = "A small newsroom telling the stories of the coffee villages of East Java."
    paragraphs = clean(_page(LEAD, P2, P3, "kabar kopi jember", blurb,
                             foot=("Copyright © 2026 Kabar Kopi Jember",))).paragraphs
    assert blurb not in paragraphs and P3 in paragraphs, paragraphs


# --- what follows the last stop of the last paragraph without a stop of its own: a quote's
# attribution left after its mark, a desk's code after it, a parish's blessing, a speech verb
# glued to the stop in a blog's copy (signoff_tails.CLOSING_TAIL, SAID_NAME_BEFORE_MARK) ---

SENT = ("Warga berharap pemerintah daerah segera memperbaiki jalan menuju kebun agar hasil panen "
        "tidak rusak di perjalanan.")


@pytest.mark.parametrize("tail,kept", [
    (" “Pungkasnya Rudi (tim)", " “Pungkasnya Rudi"),
    (" “Kata Yohanes (red)", " “Kata Yohanes"),
    (" “Tutur Maria Goreti (adm)", " “Tutur Maria Goreti"),
    (" Berkah Dalem", " Berkah Dalem"),
    (" Tuhan memberkati", " Tuhan memberkati"),
    (" Wassalamu’alaikum warahmatullahi wabarakatuh", " Wassalamu’alaikum warahmatullahi "
                                                    "wabarakatuh"),
])
def test_closing_tail_keeps_the_last_paragraph(tail, kept):
    last = SENT + tail
    paragraphs = clean(_page(LEAD, P2, P3, last, foot=("Bagikan", "Berita Lainnya",
                                                       "Harga Cabai Naik di Pasar Tanjung"))
                       ).paragraphs
    assert paragraphs[-1] == SENT + kept, paragraphs


@pytest.mark.parametrize("tail", ["tegas dia", "cetus dia", "ucapnya disambut tepuk tangan warga",
                                  "ujarnya singkat", "tambah beliau"])
def test_speech_verb_glued_after_the_stop_is_prose(tail):
    line = f"Para petani sudah berkali-kali melapor ke kantor desa tetapi belum ada jawaban.{tail}"
    assert is_prose(line)
    assert bare(line).endswith("jawaban.")


@pytest.mark.parametrize("text", [
    "“Kalau harga membaik, kami akan menambah luas kebun tahun depan,” ujar Sutrisno.",
    "“Syaratnya mudah dan terbuka untuk semua kelompok tani di desa ini,” ujarnya",
    "Petani menunggu. Kata kunci",
    "Pertemuan ditutup dengan doa bersama. Salam.",
])
def test_decoy_tails_that_are_no_closing(text):
    assert CLOSING_TAIL.search(text) is None
    assert bare(text) == text or text.endswith(".")


# --- a desk's sign-off the tables did not know: initials between stars, one capital in
# brackets, a star before the writer's name over the editor's code, the paper's letters
# hyphened to the writer's name (signoff_tails.STARRED_DESK) ---

@pytest.mark.parametrize("tail", ["*(rdn)*", "*(AGS)*", "(B)", "(K)", "(*Rudi/ZIK)",
                                  "(**Dewi/red)", "(KJ-Rudi).", "(RT-Hasan)"])
def test_starred_or_hyphened_desk_leaves_the_last_paragraph(tail):
    glued = f"{P5} {tail}"
    assert without_initials(glued) == P5
    assert clean(_page(LEAD, P2, P3, glued)).paragraphs[-1] == P5


@pytest.mark.parametrize("text", [
    "Tim itu lolos ke babak berikutnya sebagai juara Grup (B).",
    "Ia lulus dengan nilai (A).",
    "Virus itu termasuk varian baru (COVID-19).",
    "Jalur itu dilayani bus Trans Jember koridor (TJ-Ambulu).",
])
def test_decoy_brackets_inside_the_sentence_stay(text):
    assert without_initials(text) == text


# --- the page's masthead printed again between two paragraphs (a watermark under each
# photo), more than once: no next story opens there (story_marks.masthead_between) ---

def test_masthead_between_paragraphs_does_not_end_the_story():
    page = "\n\n".join(["Warta Pesisir Nias", "Kabar Umat dan Pesisir", "Kamis, 05 Maret 2026",
                        "Petani Kopi Keluhkan Harga Anjlok", LEAD, P2, "Warta Pesisir Nias", P3,
                        P4, "Warta Pesisir Nias", P5, "Tidak ada komentar:", "Posting Komentar"])
    paragraphs = clean(page).paragraphs
    assert paragraphs[-1] == P5 and "Warta Pesisir Nias" not in paragraphs, paragraphs


def test_decoy_masthead_over_the_next_headline_still_ends_the_story():
    other = ("Ratusan nelayan di pesisir utara menggelar doa bersama sebelum musim melaut dimulai "
             "pekan depan di dermaga desa.")
    page = "\n\n".join(["Warta Pesisir Nias", "Kamis, 05 Maret 2026",
                        "Petani Kopi Keluhkan Harga Anjlok", LEAD, P2, P3, "Warta Pesisir Nias",
                        "Nelayan Gelar Doa Bersama Jelang Musim Melaut", other])
    assert other not in clean(page).paragraphs


# --- a lead citing a letter's number after a colon ("... Kapolsek Alok, Nomor : Sprin/..."):
# no deck before it, for no sentence opens with a reference number (lead_zone.without_deck) ---

@pytest.mark.parametrize("lead", [
    "Berdasarkan Surat Perintah Tugas Kapolsek Alok, Nomor : Sprin/88/III/2026, tanggal 2 Maret "
    "2026, personel Polsek Alok melaksanakan patroli di sekitar Pasar Alok dan terminal kota.",
    "Menindaklanjuti Surat Edaran Bupati Sikka Nomor: SE/12/Dinkes/2026, seluruh puskesmas "
    "membuka layanan vaksinasi setiap hari Sabtu mulai pekan depan bagi warga lanjut usia.",
    "Sesuai Surat Keputusan Kepala Desa Nita, No: SK/141/VII/2026, sebanyak dua belas warga "
    "ditetapkan sebagai pengurus kelompok pengelola air bersih untuk masa tugas tiga tahun.",
    "Merujuk Surat Telegram Kapolda NTT Nomor : ST/205/III/HUM.3.4/2026, jajaran Polres Sikka "
    "menggelar apel pasukan pengamanan arus mudik di halaman markas komando pagi ini.",
])
def test_letter_number_after_colon_is_no_deck(lead):
    assert without_deck(lead) is None
    assert lead in clean(_page(lead, P2, P3)).paragraphs


def test_decoy_title_cased_deck_still_cut():
    rest = ("Ribuan pengunjung memadati alun-alun sejak pagi untuk mencicipi kopi dari dua "
            "puluh desa di lereng Argopuro dan Raung.")
    assert without_deck(f"Festival Kopi Argopuro Resmi Dibuka: {rest}") == rest


# --- a health platform's closing plea to fetch its app, and its reference list: the label
# and each source cited with the year it was read (boilerplate_chrome) ---

PLEA = ("Kalau kamu punya keluhan soal pencernaan, tanyakan langsung pada dokter lewat SehatKu. "
        "Yuk, download aplikasinya sekarang juga di App Store dan Google Play!")


@pytest.mark.parametrize("plea", [
    PLEA,
    "Ayo unduh aplikasi SehatKu di Play Store dan konsultasi dengan dokter kapan saja.",
    "Butuh saran dokter? Buruan download aplikasi KlinikKu di Google Play atau App Store.",
])
def test_app_plea_closing_the_article_left_out(plea):
    paragraphs = clean(_page(LEAD, P2, P3, plea)).paragraphs
    assert plea not in paragraphs and P3 in paragraphs, paragraphs


@pytest.mark.parametrize("refs", [
    ("Referensi:", "Cleveland Clinic. Diakses pada 2026. Muscle Cramps.",
     "NHS. Diakses pada 2026. Leg Cramps During the Night."),
    ("Daftar Pustaka", "Kementerian Kesehatan RI. Diakses pada 12 Maret 2026. Gizi Ibu Hamil.",
     "WebMD. Diakses pada 2026. Pregnancy and Sleep Problems."),
    ("References:", "Healthline (2025). Accessed on 3 March 2026. Foods for Better Sleep.",
     "Mayo Clinic. Retrieved 2026. Sleep Tips for Parents of Young Children."),
])
def test_reference_list_left_out(refs):
    paragraphs = clean(_page(LEAD, P2, P3, *refs)).paragraphs
    assert not set(refs) & set(paragraphs) and P3 in paragraphs, paragraphs


@pytest.mark.parametrize("line", [
    "Warga bisa mengunduh aplikasi SIAP Jember di Google Play untuk melaporkan jalan rusak.",
    "Menurut Sutrisno, data itu diakses pada pekan lalu dari laman resmi dinas pertanian.",
    "Petani diminta segera mendaftar di aplikasi koperasi sebelum musim panen dimulai.",
])
def test_decoy_sentences_naming_apps_and_access_stay(line):
    assert line in clean(_page(LEAD, P2, line, P3, P4)).paragraphs


# --- a wire's or a charity's plea to the reader with an address or a mail box in it, and a
# caption under "Dok.Name :" (boilerplate_chrome) ---

@pytest.mark.parametrize("line", [
    "If you would like to support coffee farmers, visit https://kopikita.org/donate/ for a list "
    "of cooperatives you can help.",
    "If you or your church would like to partner with us in telling these stories, please write "
    "to desk@kabarjember.org.",
    "Jika Anda ingin membantu para petani kopi, kunjungi www.kopikita.org untuk daftar koperasi "
    "yang menerima donasi.",
    "Dok.Kominfo : Bupati Jember menyerahkan bibit kopi kepada ketua kelompok tani.",
    "Dok. Humas Desa: Warga menjemur biji kopi di halaman balai desa.",
])
def test_reader_plea_and_dok_caption_left_out(line):
    paragraphs = clean(_page(LEAD, P2, P3, line, P4)).paragraphs
    assert line not in paragraphs and P4 in paragraphs, paragraphs


@pytest.mark.parametrize("line", [
    "Jika Anda ingin membeli kopi langsung dari petani, koperasi membuka gerai di balai desa.",
    "Pendaftaran bantuan bibit dibuka di laman www.jemberkab.go.id hingga akhir bulan ini.",
    "Dokter puskesmas menyebut banyak petani mengeluh nyeri punggung selama musim panen.",
])
def test_decoy_sentences_with_addresses_stay(line):
    assert line in clean(_page(LEAD, P2, line, P3, P4)).paragraphs


# --- a photo's caption between two paragraphs with no stop, who is shown "sebelum" /
# "setelah" what they do (story_edges.stopless_caption) ---

HEAD = "Harapan Petani Kopi"  # a crosshead: the story runs one, so its short lines are read


@pytest.mark.parametrize("caption", [
    "Para petani menyambut tamu dengan tarian adat sebelum perarakan menuju balai desa",
    "Ketua koperasi menimbang biji kopi milik warga setelah dijemur selama tiga hari",
    "Warga memikul karung kopi menuju gudang koperasi menjelang musim hujan tiba",
    "Anggota kelompok tani membersihkan gudang sesudah panen pertama tahun ini",
])
def test_stopless_caption_with_time_link_left_out(caption):
    paragraphs = clean(_page(LEAD, caption, P2, HEAD, P3, P4, P5)).paragraphs
    assert caption not in paragraphs and P2 in paragraphs and HEAD in paragraphs, paragraphs


@pytest.mark.parametrize("line", [
    "Harga Kopi Anjlok Sebelum Panen Raya",  # a crosshead capitalises its words
    "Menurut Sutrisno petani sudah melapor ke dinas sebelum harga turun drastis bulan lalu",
])
def test_decoy_crossheads_and_speech_stay(line):
    assert line in clean(_page(LEAD, line, P2, HEAD, P3, P4, P5)).paragraphs

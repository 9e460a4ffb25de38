"""Round 33, body: rules meant for a family that did not fire on unseen pages, widened by the
family. Made-up lines in the manner of real pages (none copied from a fixture); each test
fails without its rule, each decoy keeps the result it had before."""

from __future__ import annotations

import pytest

from translator.clean import clean
from translator.shapes import without_initials

from .story_page import COFFEE_LEAD as LEAD
from .story_page import COFFEE_P2 as P2
from .story_page import COFFEE_P3 as P3
from .story_page import COFFEE_P4 as P4

LAST = "Pelatihan pengolahan kopi akan digelar di balai desa setelah panen usai."


def _page(*body: str, head: str = "Petani Kopi Keluhkan Harga Anjlok") -> str:
    return "\n\n".join(["Kabar Jember", "Beranda", "Berita", head, *body,
                        "Bagikan", "Facebook", "WhatsApp"])


# --- a desk's sign-off of slashed codes with hyphens, spaces, an address or a (c) year, or a
# press office's name and the day (signoff_tails.py) ---

@pytest.mark.parametrize("tail", [
    "(Hum-PRT/Bjn/Rsd)",
    "(Kom-DKP/Pwt/Ari)",
    "(adi/ jemberkab.go.id /Diskominfo©2026)",
    "(rin / sidoarjokab.go.id)",
    "(Prok-Setda/Lmg)",
    "(humas dinkeskab, 12/3)",
    "(humas pemdes sukamaju, 3/11/2026)",
    "(tim kominfo, 21/2)",
    "(nrs/ Diskominfo Kudus ©2026)",
])
def test_desk_tail_leaves_the_last_paragraph(tail):
    assert without_initials(f"{LAST} {tail}") == LAST
    page = _page(LEAD, P2, P3, f"{LAST} {tail}")
    assert clean(page).paragraphs[-1] == LAST


@pytest.mark.parametrize("text", [
    f"{LAST} (30/3)",  # a date alone: the story's
    "Harga gabah naik menjadi Rp 6.500 per kg (data BPS, 2025).",
    "Kecepatan angin mencapai 40 km/jam (BMKG/Maritim).",
    "Pupuk bersubsidi dibagikan di balai desa (lihat tabel, 2/3).",
    "Pertemuan itu digelar di Gedung Sate (Jalan Diponegoro/Bandung).",
    "Angka itu naik dibanding tahun lalu (Antara).",
])
def test_decoy_brackets_stay(text):
    assert without_initials(text) == text


# --- a crosshead whose first word is also a section's name ("Saham", "Ekonomi") yet which
# reads as a phrase naming what the next part tells (story.py `_crosshead`) ---

@pytest.mark.parametrize("head", [
    "Saham Tambang Menguat",
    "Ekonomi Desa Bergerak",
    "Politik Anggaran Memanas",
    "Olahraga Warga Bangkit",
    "Kesehatan Petani Terancam",
    "Pendidikan Anak Tertunda",
])
def test_widget_word_crosshead_kept(head):
    word = head.split()[0].lower()
    second = head.split()[1].lower()
    p3 = f"Soal {word} {second}, {P3[0].lower()}{P3[1:]}"
    page = _page(LEAD, P2, head, p3, P4)
    paragraphs = clean(page).paragraphs
    assert head in paragraphs, paragraphs


@pytest.mark.parametrize("head", [
    "Komentar Anda",
    "Berita Terkait Lainnya",
    "Tags Populer",
    "Politik Terpopuler",
    "Ekonomi Lainnya",
])
def test_widget_rows_stay_out(head):
    page = _page(LEAD, P2, head, P3, P4)
    assert head not in clean(page).paragraphs


# --- a crosshead right under a "Baca juga" header whose links the copy lost, in a story that
# runs crossheads (section_heads.lost_links) ---

K1 = ("Nilai penjualan gabah di tingkat petani turun tajam sepanjang Februari dibanding bulan "
      "sebelumnya, menurut data dinas pertanian yang dirilis pekan ini.")
K2 = ("Penurunan itu terjadi seiring panen raya di sejumlah kecamatan, sehingga pasokan gabah "
      "melimpah dan harga di penggilingan ikut tertekan.")
K3 = ("Di tengah lesunya harga, sebagian petani memilih menyimpan gabah di lumbung desa sambil "
      "menunggu harga membaik menjelang musim tanam berikutnya.")
K4 = ("Ketua kelompok tani, Warsito, mengatakan lumbung desa kini menampung hampir dua ratus ton "
      "gabah milik anggota, jauh lebih banyak dari tahun lalu.")
K6 = ("Dinas berharap program resi gudang dapat membantu petani mendapatkan harga yang lebih "
      "baik tanpa harus menjual gabah saat panen raya.")


@pytest.mark.parametrize("header,head,below", [
    ("BACA JUGA", "Jumlah Petani Penyimpan Bertambah",
     "Meski harga turun, jumlah petani penyimpan gabah di lumbung desa terus bertambah sejak "
     "awal tahun. Kini tercatat lebih dari tiga ratus keluarga."),
    ("Baca Juga", "Stok Lumbung Tetap Aman",
     "Dinas memastikan stok lumbung tetap aman hingga musim tanam. Petugas memeriksa kondisi "
     "gabah setiap pekan agar tidak rusak."),
    ("Baca juga:", "Harga Pupuk Ikut Naik",
     "Di sisi lain, harga pupuk nonsubsidi ikut naik sejak bulan lalu. Petani mengaku biaya "
     "tanam bertambah hampir seperlima."),
    ("BACA JUGA:", "Resi Gudang Mulai Dilirik",
     "Program resi gudang mulai dilirik petani di tiga kecamatan. Sejauh ini sudah ada dua "
     "puluh petani yang mendaftar."),
    ("Baca Juga", "Penggilingan Kecil Terdampak",
     "Penggilingan kecil ikut terdampak karena pasokan menumpuk. Beberapa pemilik penggilingan "
     "terpaksa meliburkan pekerja selama sepekan."),
    ("BACA JUGA", "Peran Koperasi Desa",
     "Koperasi desa berperan membeli gabah dengan harga di atas penggilingan. Dana pembelian "
     "berasal dari simpanan anggota."),
])
def test_crosshead_under_lost_links_kept(header, head, below):
    page = _page(K1, K2, "Lumbung Desa Penuh", K3, K4, header, head, below, K6,
                 head="Harga Gabah Turun, Petani Simpan di Lumbung")
    paragraphs = clean(page).paragraphs
    assert head in paragraphs and below in paragraphs, paragraphs


@pytest.mark.parametrize("runs,link", [
    (True, "Harga Cabai di Pasar Kota Melonjak Jelang Ramadan, Pedagang Mengeluh"),  # a link
    (False, "Jumlah Petani Penyimpan Bertambah"),  # no crosshead above: a link
    (True, "Banjir Rendam Sekolah di Pesisir"),  # names nothing the part below tells
])
def test_links_under_header_stay_out(runs, link):
    below = ("Meski harga turun, jumlah petani penyimpan gabah di lumbung desa terus bertambah "
             "sejak awal tahun. Kini tercatat lebih dari tiga ratus keluarga.")
    top = [K1, K2, "Lumbung Desa Penuh", K3, K4] if runs else [K1, K2, K3, K4]
    page = _page(*top, "BACA JUGA", link, below, K6,
                 head="Harga Gabah Turun, Petani Simpan di Lumbung")
    assert link not in clean(page).paragraphs


# --- a disclaimer's label alone on its line closes the story (boilerplate_chrome) ---

@pytest.mark.parametrize("label,notice", [
    ("Disclaimer", "Seluruh informasi di situs ini disajikan dengan niat baik untuk informasi "
                   "umum dan bukan ajakan membeli atau menjual aset apa pun."),
    ("DISCLAIMER", "Setiap keputusan investasi sepenuhnya menjadi tanggung jawab pembaca, "
                   "dan redaksi tidak bertanggung jawab atas kerugian yang timbul."),
    ("Disclaimer:", "The information on this site is published in good faith and for general "
                    "information only, and is not financial advice of any kind."),
    ("Penafian", "Isi tulisan ini menjadi tanggung jawab penulis sepenuhnya dan tidak mewakili "
                 "sikap redaksi maupun perusahaan."),
    ("Sanggahan Redaksi", "Artikel ini bukan rekomendasi untuk membeli produk yang disebutkan, "
                          "pembaca diharap melakukan riset sendiri sebelum memutuskan."),
    ("PENAFIAN:", "Kami tidak menjamin kelengkapan dan ketepatan informasi yang dimuat, dan "
                  "pembaca dianjurkan memeriksa sumber resmi."),
])
def test_disclaimer_label_closes_story(label, notice):
    page = _page(LEAD, P2, P3, P4, label, notice)
    paragraphs = clean(page).paragraphs
    assert notice not in paragraphs and paragraphs[-1] == P4, paragraphs


def test_disclaimer_word_in_prose_stays():
    text = ("Disclaimer itu dipasang di setiap halaman situs sejak pekan lalu, kata juru bicara "
            "perusahaan kepada wartawan di Jember.")
    page = _page(LEAD, P2, text, P3, P4)
    assert text in clean(page).paragraphs


# --- a newsroom's plea for donations between the paragraphs (boilerplate_chrome, "plea") ---

EN1 = ("The new cooling plant opened in April, and farmers in the district say the milk price "
       "paid by the cooperative has finally begun to recover after months of decline.")
EN2 = ("One farmer, Slamet, said he now sells all of his milk to the cooperative again. "
       "\"They pay on time now, so we have no reason to look elsewhere,\" he said.")
EN3 = ("The cooperative's chairman said a second plant would open next year to take milk from "
       "the villages farther up the slope, where roads are still poor.")


@pytest.mark.parametrize("plea", [
    "As a nonprofit newsroom, we depend on your support to fund our reporting across the "
    "archipelago. Donate any amount today to become a member.",
    "We rely on readers' support to keep this journalism free for everyone. Give now and help "
    "us report the stories others miss.",
    "Independent reporting costs money, and we count on your support. Become a supporter from "
    "just a few dollars a month.",
    "Sebagai media nirlaba, kami bergantung pada dukungan pembaca untuk membiayai liputan. "
    "Donasi sekarang untuk menjaga jurnalisme tetap independen.",
    "Dukungan Anda untuk liputan mendalam seperti ini sangat berarti bagi kami. Dukung kami "
    "sekarang melalui tautan di bawah.",
    "Our newsroom relies on the generosity of readers like you. Donate now to support "
    "reporting from the field.",
])
def test_donation_plea_out(plea):
    page = "\n\n".join(["Farm Weekly", "News", "Milk Prices Recover in Malang Hills", EN1, EN2,
                        plea, EN3, "Share", "Facebook"])
    assert plea not in clean(page).paragraphs


@pytest.mark.parametrize("text", [
    "Residents were asked to donate now to the flood fund, the village head said, adding that "
    "the support of neighbouring districts had been generous.",
    "Warga diajak berdonasi untuk korban banjir, dan panitia mengatakan dukungan Anda sangat "
    "berarti bagi para pengungsi di posko.",
    "The cooperative said it would depend on government support to build the second plant, "
    "which is expected to cost about Rp 4 billion.",
])
def test_donation_news_stays(text):
    page = "\n\n".join(["Farm Weekly", "News", "Milk Prices Recover in Malang Hills", EN1, EN2,
                        text, EN3, "Share", "Facebook"])
    assert text in clean(page).paragraphs


# --- a caption with no stop before its photo credit's label (boilerplate_chrome) ---

@pytest.mark.parametrize("caption", [
    "H. Suyitno, S.Pd., Ketua Koperasi Tani Makmur Foto : Kabar2 (12/03/26)",
    "Warga memanen padi di Desa Mojoagung FOTO: Istimewa",
    "Bupati meninjau dermaga baru di pesisir utara Photo: Humas Pemkab",
    "Nelayan menurunkan hasil tangkapan di dermaga Paciran Foto : Kabar Pesisir",
    "Petugas memeriksa kondisi tanggul sungai PHOTO : Rudi Hartono",
    "Ketua kelompok tani, Warsito, di kebun kopinya Foto:Jember1 (21/2/26)",
])
def test_stopless_caption_credit_out(caption):
    page = _page(LEAD, P2, caption, P3, P4)
    assert caption not in clean(page).paragraphs


@pytest.mark.parametrize("text", [
    "Foto-foto kegiatan itu kemudian diunggah panitia ke media sosial desa agar warga yang "
    "tidak hadir bisa ikut melihat suasana panen.",
    "Lomba foto: warga diminta mengirim karya terbaik mereka paling lambat akhir bulan ini.",
])
def test_photo_words_in_prose_stay(text):
    page = _page(LEAD, P2, text, P3, P4)
    assert text in clean(page).paragraphs


# --- a press release's end mark alone on its line closes the story; the organisation's
# boilerplate below it is no paragraph (signoff_tails.closes_story) ---

ABOUT = ("Green Borneo Watch is an independent research group working to protect the forests "
         "and rivers of Kalimantan and the people who depend on them.")


@pytest.mark.parametrize("mark", ["###", "####", "- END -", "-- end --", "(selesai)",
                                  "- selesai -"])
def test_release_end_mark_closes_story(mark):
    page = _page(LEAD, P2, P3, P4, mark, ABOUT)
    paragraphs = clean(page).paragraphs
    assert ABOUT not in paragraphs and paragraphs[-1] == P4, paragraphs


def test_divider_between_parts_keeps_story():
    page = _page(LEAD, P2, "---------", P3, P4, ABOUT.replace("is an", "adalah"))
    paragraphs = clean(page).paragraphs
    assert P3 in paragraphs and P4 in paragraphs

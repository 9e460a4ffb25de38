"""One made-up village story (headline and three paragraphs) that the round tests of the body
rules set furniture around: `page` joins lines as a copied page; `story` puts `middle` lines
between the second and third paragraphs (and `tail` after them) and returns what clean keeps.
COFFEE_*: a second made-up story (a dateline lead and three paragraphs) that the round tests
set lines of their own around. HALL_LEAD: a lead sentence that the round tests of datelines
glue after the line under test."""

from __future__ import annotations

from translator.clean import clean

HEADLINE = "Warga Desa Sukamaju Gotong Royong Perbaiki Jembatan Bambu yang Putus"
BODY = [
    "Puluhan warga Desa Sukamaju bergotong royong memperbaiki jembatan bambu yang putus "
    "diterjang banjir pada Minggu pagi. Jembatan itu menjadi satu-satunya akses warga menuju "
    "kebun dan sekolah di seberang sungai.",
    "Kepala Desa Sukamaju, Hendra Wijaya, mengatakan warga mengumpulkan bambu dan tali ijuk dari "
    "kebun masing-masing sejak Sabtu sore agar perbaikan selesai dalam sehari.",
    "Pemerintah kecamatan berjanji mengusulkan pembangunan jembatan beton permanen dalam "
    "musyawarah perencanaan pembangunan tahun depan agar warga tidak lagi terisolasi.",
]

COFFEE_LEAD = ("Jember - Ratusan petani kopi di lereng Argopuro mengeluhkan harga biji kopi yang "
               "anjlok menjelang panen raya, padahal biaya pupuk dan upah petik terus naik sejak "
               "awal tahun.")
COFFEE_P2 = ("Ketua kelompok tani setempat, Sutrisno, mengatakan harga di tingkat pengepul kini "
             "hanya separuh dari harga tahun lalu. Banyak petani memilih menunda panen sampai "
             "harga membaik.")
COFFEE_P3 = ("Dinas Pertanian berjanji mempertemukan petani dengan pembeli dari luar daerah agar "
             "rantai penjualan lebih pendek dan harga di tingkat petani bisa naik kembali.")
COFFEE_P4 = ("Menurut catatan koperasi, sedikitnya tiga ratus keluarga di empat desa "
             "menggantungkan hidup dari kebun kopi. Mereka berharap pemerintah daerah segera "
             "turun tangan.")
COFFEE_P5 = ("Koperasi juga menyiapkan gudang penyimpanan di balai desa supaya petani bisa "
             "menahan hasil panen sampai harga di tingkat pengepul membaik.")


def coffee_page(*body: str, head: str = "Petani Kopi Keluhkan Harga Anjlok",
                top: str = "Kabar Jember",
                foot: tuple[str, ...] = ("Bagikan", "Facebook", "WhatsApp")) -> str:
    """A copied page of the coffee story: masthead, menu, headline, `body`, a share bar."""
    return "\n\n".join([top, "Beranda", "Berita", head, *body, *foot])


def page(*lines: str) -> str:
    """The lines as a copied page, a blank line between each."""
    return "\n\n".join(lines)


def story(*middle: str, tail: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The paragraphs clean keeps of the story with `middle` inside it and `tail` after it."""
    return clean(page("Kabar Sukamaju", HEADLINE, "Senin, 23 Februari 2026 - 09:15 WIB",
                      *BODY[:2], *middle, BODY[2], *tail)).paragraphs


HALL_LEAD = ("Ratusan warga di desa itu memadati balai pertemuan sejak pagi untuk mendengar "
             "penjelasan petugas soal bantuan yang tertunda.")

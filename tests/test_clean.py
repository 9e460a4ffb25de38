"""clean: copied news page -> Article, on the samples and on tables of lines."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from translator.article import Article
from translator.clean import clean, normalise
from translator.metadata import canonical_outlet

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def _sample(name: str) -> Article:
    return clean((SAMPLES / name).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def sindo() -> Article:
    return _sample("sindonews-blinken-lavrov.txt")


# --- the reference article -------------------------------------------------------------------

# The user's own article (../shared/seed/README.md gives its perfect clean): first and last
# body paragraphs as the page prints them, without the dateline.
SINDO_FIRST = (
    "Menteri Luar Negeri Amerika Serikat (AS) Antony Blinken dan Menteri Luar Negeri Rusia Sergey "
    "Lavrov berbicara singkat pada Kamis (2/3/2023). Ini merupakan pembicaraan langsung tingkat "
    "tertinggi antara kedua negara sejak invasi Rusia ke Ukraina."
)
SINDO_LAST = (
    "\u201cKepatuhan timbal balik adalah untuk kepentingan kedua negara kita,\u201d kata Blinken "
    "kepada Lavrov. \u201cBahwa apa pun yang terjadi di dunia, dalam hubungan kita, Amerika "
    "Serikat selalu siap untuk terlibat dan bertindak dalam pengendalian senjata strategis, "
    "seperti yang dilakukan Amerika Serikat dan Uni Soviet bahkan di puncak Perang Dingin,"
    "\u201d lanjutnya."
)


def test_sindo_title(sindo: Article) -> None:
    assert sindo.title == (
        "Blinken-Lavrov Bertemu untuk Pertama Kalinya Sejak Invasi Rusia ke Ukraina")


def test_sindo_published(sindo: Article) -> None:
    assert sindo.published == "2023-03-03T04:25:00+07:00"


def test_sindo_dateline(sindo: Article) -> None:
    assert sindo.dateline == "NEW DELHI"


def test_sindo_outlet(sindo: Article) -> None:
    assert sindo.outlet == "SINDOnews"


def test_sindo_language(sindo: Article) -> None:
    assert sindo.language == "id"


def test_sindo_has_no_author_or_notes(sindo: Article) -> None:
    assert sindo.author is None
    assert sindo.notes == ()


def test_sindo_has_exactly_eight_paragraphs(sindo: Article) -> None:
    assert len(sindo.paragraphs) == 8


def test_sindo_first_paragraph_loses_only_its_dateline(sindo: Article) -> None:
    assert sindo.paragraphs[0].startswith("Menteri Luar Negeri Amerika Serikat (AS) Antony Blinken")
    assert sindo.paragraphs[0] == SINDO_FIRST


def test_sindo_last_paragraph(sindo: Article) -> None:
    assert sindo.paragraphs[-1] == SINDO_LAST


@pytest.mark.parametrize("junk", [
    # The furniture ../shared/seed/README.md names, as the page prints it.
    "loading...", "Bertemu...", "FOTO/Reuters", "A A A", "Halaman :", "Dapatkan berita terkini",
    "Klik Disini", "Baca Berita Terkait Lainnya", "Copyright", "All Rights Reserved",
    "read/ rendering in", "NEW DELHI -", "WIB",
])
def test_sindo_furniture_is_gone(sindo: Article, junk: str) -> None:
    assert not [p for p in sindo.paragraphs if junk in p]


def test_sindo_no_font_size_or_page_number_paragraphs(sindo: Article) -> None:
    assert not {"A", "1", "2"} & set(sindo.paragraphs)


# --- the two other samples -------------------------------------------------------------------

@pytest.mark.parametrize(("name", "field", "expected"), [
    ("kompas-banjir-jakarta.txt", "title",
     "Banjir Rendam 42 RT di Jakarta, Ketinggian Air di Kampung Melayu Capai 1,5 Meter"),
    ("kompas-banjir-jakarta.txt", "published", "2023-03-03T06:45:00+07:00"),
    ("kompas-banjir-jakarta.txt", "dateline", "JAKARTA"),
    ("kompas-banjir-jakarta.txt", "outlet", "Kompas.com"),
    ("kompas-banjir-jakarta.txt", "author", "Rina Ayu Larasati"),
    ("kompas-banjir-jakarta.txt", "language", "id"),
    ("kompas-banjir-jakarta.txt", "notes", ()),
    ("detik-harga-beras.txt", "title",
     "Harga Beras Medium Naik 3,5 Persen, Pedagang Pasar Induk Cipinang Mengeluh"),
    ("detik-harga-beras.txt", "published", "2023-03-01T07:15:00+07:00"),
    ("detik-harga-beras.txt", "dateline", "Jakarta"),
    ("detik-harga-beras.txt", "outlet", "detikcom"),
    ("detik-harga-beras.txt", "author", "Ignatius Arya Nugraha"),
    ("detik-harga-beras.txt", "language", "id"),
    ("detik-harga-beras.txt", "notes", ()),
])
def test_sample_metadata(name: str, field: str, expected: object) -> None:
    assert getattr(_sample(name), field) == expected


@pytest.mark.parametrize(("name", "count", "first_start", "last_end"), [
    ("kompas-banjir-jakarta.txt", 8, "Banjir merendam 42 rukun tetangga (RT) di Jakarta",
     "segera menghubungi nomor darurat 112 jika membutuhkan evakuasi."),
    ("detik-harga-beras.txt", 7, "Harga beras medium di sejumlah pasar tradisional Jakarta",
     "kenaikan sekecil apa pun langsung terasa,\" ujarnya."),
])
def test_sample_paragraphs(name: str, count: int, first_start: str, last_end: str) -> None:
    paragraphs = _sample(name).paragraphs
    assert len(paragraphs) == count
    assert paragraphs[0].startswith(first_start)
    assert paragraphs[-1].endswith(last_end)


@pytest.mark.parametrize(("name", "junk"), [
    ("kompas-banjir-jakarta.txt", "Baca juga"),
    ("kompas-banjir-jakarta.txt", "ADVERTISEMENT"),
    ("kompas-banjir-jakarta.txt", "SCROLL TO CONTINUE"),
    ("kompas-banjir-jakarta.txt", "KOMPAS.com/ADITYA PRATAMA"),
    ("kompas-banjir-jakarta.txt", "Penulis"),
    ("kompas-banjir-jakarta.txt", "Lihat Foto"),
    ("kompas-banjir-jakarta.txt", "Bantuan Rp1,5 Juta untuk Korban Banjir"),  # stray headline
    ("kompas-banjir-jakarta.txt", "WhatsApp Channel"),
    ("kompas-banjir-jakarta.txt", "banjir jakarta"),  # tags
    ("kompas-banjir-jakarta.txt", "Kompas Cyber Media"),
    ("detik-harga-beras.txt", "detikFinance"),
    ("detik-harga-beras.txt", "komentar"),
    ("detik-harga-beras.txt", "disalin"),
    ("detik-harga-beras.txt", "Bulog Gelar Operasi Pasar"),  # headline under a bare "Baca juga:"
    ("detik-harga-beras.txt", "Simak Video"),
    ("detik-harga-beras.txt", "Gambas"),
    ("detik-harga-beras.txt", "(rrd/das)"),
    ("detik-harga-beras.txt", "ADVERTISEMENT"),
])
def test_sample_furniture_is_gone(name: str, junk: str) -> None:
    assert not [p for p in _sample(name).paragraphs if junk in p]


@pytest.mark.parametrize(("name", "short"), [
    ("kompas-banjir-jakarta.txt", "Banjir juga sempat menutup dua ruas jalan."),
    ("detik-harga-beras.txt", "Harga beras premium relatif stabil."),
])
def test_short_real_paragraph_is_kept(name: str, short: str) -> None:
    assert short in _sample(name).paragraphs


# --- line tables -----------------------------------------------------------------------------

TITLE = "Harga Pangan Diklaim Stabil Jelang Ramadan"
P1 = "Pemerintah memastikan harga bahan pokok tetap stabil menjelang Ramadan tahun ini."
P2 = "Menurut Menteri Perdagangan, stok beras di gudang Bulog cukup untuk tiga bulan ke depan."


def _page(*middle: str, tail: tuple[str, ...] = ()) -> str:
    return "\n".join([TITLE, f"JAKARTA - {P1}", *middle, P2, *tail])


@pytest.mark.parametrize("line", [
    "loading...", "A", "A A A", "Halaman :", "Halaman: 1 2 3", "2", "Show All",
    "Tampilkan Semua", "(ian)", "(rrd/das)", "(*)", "ADVERTISEMENT",
    "SCROLL TO CONTINUE WITH CONTENT", "Iklan", "Baca Juga: Stok Beras Aman hingga Lebaran",
    "Baca juga: BMKG: Hujan Lebat Masih Berpotensi", "Lihat juga: Video Banjir",
    "Simak Video \"Cek Harga Beras\"", "[Gambas:Video 20detik]",
    "Foto: Petugas mengevakuasi warga, Kamis (2/3/2023).",
    "Menlu AS dan Menlu Rusia berbicara di New Delhi, India. Foto/Reuters",
    "Warga melintasi genangan, Kamis (2/3/2023). (KOMPAS.com/ADITYA PRATAMA)",
    "Ilustrasi beras. (Dok. Istimewa)", "Presiden tiba di lokasi (AFP)", "Lihat Foto",
    "Dapatkan berita terkini dan update setiap hari dengan berlangganan newsletter SINDOnews. "
    "Daftar sekarang!",
    "Simak breaking news dan berita pilihan kami langsung di ponselmu.",
    "Download aplikasi kami di Google Play", "Ikuti kami di Google News",
    "Copyright ©2023 SINDOnews.com", "All Rights Reserved", "render in 0.0417 seconds",
    "Hak cipta dilindungi undang-undang.", "Sumber: Reuters", "Tags: beras, bulog",
    "BAGIKAN", "URL telah disalin", "0 komentar", "Dengarkan berita", "00:00 / 03:21",
    "https://example.com/berita/123", "Penulis: Rina Ayu Larasati", "Editor: Irfan Maulana",
    "Penulis Rina Ayu Larasati | Editor Irfan Maulana", "Pewarta: Andi Saputra",
    "Jumat, 3 Maret 2023 04:25 WIB", "Kompas.com - 02/09/2015, 06:45 WIB",
])
def test_furniture_line_is_dropped(line: str) -> None:
    assert clean(_page(line)).paragraphs == (P1, P2)


@pytest.mark.parametrize("line", [
    "Banjir juga sempat menutup dua ruas jalan.",
    "\"Kami siap,\" katanya.",
    "Harga beras premium relatif stabil!",
    "Apakah harga akan turun?",
    "Oleh karena itu, pemerintah akan menggelar operasi pasar di 20 lokasi mulai pekan depan.",
    "Penulis buku itu, Budi Hartono, menyebut kenaikan harga sudah diperkirakan sejak awal tahun.",
    "Reporter yang meliput di lokasi melihat antrean warga mengular hingga ke jalan raya.",
    "Jumlah warga yang berlangganan listrik prabayar naik 3,5 persen tahun ini.",
    "Pada Kamis (2/3/2023) pukul 04.25 WIB, harga beras di Cipinang mencapai Rp11.500 per kg.",
    "Dia mengunggah foto/video antrean itu di media sosial.",
    "Pemerintah juga menyalurkan bantuan, katanya. (Antara)",
    "Sementara itu, Rusia - yang menolak pernyataan bersama - menuding Barat membajak agenda.",
])
def test_body_line_is_kept(line: str) -> None:
    assert clean(_page(line)).paragraphs == (P1, line, P2)


@pytest.mark.parametrize("header", [
    "Berita Terkait", "Artikel Terkait", "Rekomendasi", "Berita Lainnya", "Baca Juga",
    "Baca juga:", "Terpopuler", "Tag:", "Pilihan Redaksi",
])
def test_trailing_related_block_is_dropped(header: str) -> None:
    tail = (header, "Bulog Gelar Operasi Pasar di 20 Lokasi",
            "Harga Cabai Ikut Naik Jelang Ramadan")
    assert clean(_page(tail=tail)).paragraphs == (P1, P2)


def test_stray_headline_after_the_article_is_dropped() -> None:
    tail = ("Harga Cabai Ikut Naik Jelang Ramadan", "Copyright 2023 Kompas.com")
    assert clean(_page(tail=tail)).paragraphs == (P1, P2)


def test_short_closing_paragraph_is_kept() -> None:
    assert clean(_page(tail=("Stok dipastikan aman.",))).paragraphs == (P1, P2,
                                                                      "Stok dipastikan aman.")


def test_bare_baca_juga_inside_body_skips_only_its_headline() -> None:
    page = _page("Baca juga:", "Bulog Gelar Operasi Pasar di 20 Lokasi")
    assert clean(page).paragraphs == (P1, P2)


def test_trailing_initials_after_last_sentence_are_removed() -> None:
    assert clean(_page(tail=("Stok dipastikan aman. (ian)",))).paragraphs[-1] == \
        "Stok dipastikan aman."


# --- datelines -------------------------------------------------------------------------------

@pytest.mark.parametrize(("opening", "dateline", "outlet"), [
    ("NEW DELHI - ", "NEW DELHI", None),
    ("JAKARTA, KOMPAS.com - ", "JAKARTA", "Kompas.com"),
    ("Liputan6.com, Jakarta - ", "Jakarta", "Liputan6.com"),
    ("JAKARTA -- ", "JAKARTA", None),
    ("Jakarta (ANTARA) - ", "Jakarta", "ANTARA"),
    ("JAKARTA, investor.id -", "JAKARTA", "Investor.id"),
    ("JAKARTA – ", "JAKARTA", None),
    ("JAKARTA — ", "JAKARTA", None),
    ("JAKARTA—", "JAKARTA", None),
    ("Jakarta - ", "Jakarta", None),
    ("Jakarta, CNN Indonesia -- ", "Jakarta", "CNN Indonesia"),
    ("TEMPO.CO, Jakarta - ", "Jakarta", "Tempo.co"),
    ("REPUBLIKA.CO.ID, JAKARTA -- ", "JAKARTA", "Republika"),
    ("Suara.com - ", None, "Suara.com"),
    ("BANDA ACEH, KOMPAS.com - ", "BANDA ACEH", "Kompas.com"),
    ("KUALA LUMPUR (Reuters) - ", "KUALA LUMPUR", "Reuters"),
])
def test_dateline_moves_to_metadata(opening: str, dateline: str | None,
                                    outlet: str | None) -> None:
    article = clean(f"{TITLE}\n{opening}{P1}\n{P2}")
    assert (article.dateline, article.outlet) == (dateline, outlet)
    assert article.paragraphs == (P1, P2)


def test_hyphenated_opening_word_is_not_a_dateline() -> None:
    text = "ASEAN-Jepang sepakat memperkuat kerja sama ketahanan pangan di kawasan Asia Tenggara."
    article = clean(f"{TITLE}\n{text}\n{P2}")
    assert article.dateline is None
    assert article.paragraphs == (text, P2)


def test_no_dateline_starts_at_first_full_paragraph_and_says_so() -> None:
    article = clean(f"{TITLE}\nRabu, 01 Mar 2023 07:15 WIB\n{P1}\n{P2}")
    assert article.title == TITLE
    assert article.published == "2023-03-01T07:15:00+07:00"
    assert article.paragraphs == (P1, P2)
    assert article.notes and "No dateline" in article.notes[0]


# --- other metadata --------------------------------------------------------------------------

@pytest.mark.parametrize(("lines", "author"), [
    (("Penulis: Rina Ayu Larasati",), "Rina Ayu Larasati"),
    (("Reporter: Andi Saputra | Editor: Irfan Maulana",), "Andi Saputra"),
    (("Penulis", "Rina Ayu Larasati"), "Rina Ayu Larasati"),
    (("Editor: Irfan Maulana",), None),
    (("Editor", "Irfan Maulana"), None),
])
def test_author_from_byline(lines: tuple[str, ...], author: str | None) -> None:
    article = clean("\n".join([TITLE, *lines, f"JAKARTA - {P1}", P2]))
    assert article.author == author
    assert article.paragraphs == (P1, P2)


def test_footer_byline_is_read_and_dropped() -> None:
    article = clean(_page(tail=("Pewarta: Andi Saputra", "Editor: Irfan Maulana")))
    assert article.author == "Andi Saputra"
    assert article.paragraphs == (P1, P2)


def test_outlet_from_newsletter_line() -> None:
    tail = ("Dapatkan berita terkini dengan berlangganan newsletter SINDOnews.",)
    assert clean(_page(tail=tail)).outlet == "SINDOnews"


def test_outlet_named_in_the_body_is_not_the_publisher() -> None:
    quoting = "Seperti dilansir Kompas.com, harga beras di Cipinang juga naik pekan lalu."
    assert clean(_page(quoting)).outlet is None


def test_copyright_outranks_other_furniture() -> None:
    tail = ("[Gambas:Video 20detik]", "Copyright © 2023 Liputan6.com")
    assert clean(_page(tail=tail)).outlet == "Liputan6.com"


@pytest.mark.parametrize(("raw", "name"), [
    ("KOMPAS.com", "Kompas.com"), ("SINDOnews.com", "SINDOnews"), ("investor.id", "Investor.id"),
    ("ANTARA", "ANTARA"), ("Reuters", "Reuters"),
])
def test_canonical_outlet(raw: str, name: str) -> None:
    assert canonical_outlet(raw) == name


# --- normalisation ---------------------------------------------------------------------------

def test_crlf_and_bom_give_the_same_article() -> None:
    text = (SAMPLES / "sindonews-blinken-lavrov.txt").read_text(encoding="utf-8")
    assert clean("\ufeff" + text.replace("\n", "\r\n")) == clean(text)


def test_invisible_characters_and_odd_spaces_are_normalised() -> None:
    messy = _page().replace("harga", "har\u200bga").replace(" ", "\u00a0", 3) + "  \t"
    assert clean(messy) == clean(_page())


def test_decomposed_unicode_is_composed() -> None:
    (line,) = normalise(unicodedata.normalize("NFD", "Café di Jakarta   "))
    assert line == "Café di Jakarta"
    assert unicodedata.is_normalized("NFC", line)


def test_blank_lines_between_paragraphs_do_not_matter() -> None:
    assert clean(_page().replace("\n", "\n\n \n")) == clean(_page())


def test_empty_input_gives_an_empty_article() -> None:
    article = clean("")
    assert article.paragraphs == ()
    assert article.title is None
    assert article.language == "und"


# --- any outlet: more furniture, datelines, bylines ------------------------------------------

@pytest.mark.parametrize("line", [
    "SCROLL TO RESUME CONTENT", "[ald]", "(Z-2)", "(tan/jpnn)", "(*/ant)", "***", "* * *",
    "Artikel ini telah tayang di Tribunnews.com dengan judul Harga Beras Naik",
    "Follow Berita Okezone di Google News",
    "Ikuti berita terkini dari Tempo di Google News, klik di sini.",
    "Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI di "
    "situs web ini tanpa izin tertulis dari Kantor Berita ANTARA.",
    "Halaman 2 dari 3", "Halaman selanjutnya", "1 2 3 Selanjutnya", "waktu baca 2 menit",
    "Facebook Twitter WhatsApp", "Home > News > Nasional", "Nasional Ekonomi Bola Otomotif",
    "![Ilustrasi beras](https://example.com/beras.jpg)", "beras-bulog.jpg",
    "Warga antre beras murah di Cipinang. ANTARA FOTO/Aprillio Akbar/foc.",
    "Ilustrasi. Stok beras di gudang Bulog. (CNN Indonesia/Adhi Wicaksono)",
    "Pedagang beras di Pasar Induk. TRIBUNNEWS.COM/M RIZKI RAMADHAN",
    "Kamu Sudah Tahu Informasi Ini?", "Saksikan video di bawah ini:", "TIM RISET CNBC INDONESIA",
    "Rep: Fauziah Mursid/ Red: Andri Saubani", "Redaktur & Reporter : Mesyia Muhammad",
    "Laporan Wartawan Tribunnews.com, Rina Ayu", "Oleh Dicky Agung pada 19 Mar 2023, 21:15 WIB",
    "Aditya Nugroho, Jurnalis · Rabu 15 Maret 2023 09:30 WIB", "Dwi Rahmawati - Bisnis.com",
    "Copyright © 2023 Liputan6.com KLY KapanLagi Youniverse All Right Reserved",
    "KOMPAS/PRIYOMBODO", "Artikel ini khusus untuk pelanggan.",
    "Berlangganan untuk membaca artikel selengkapnya.", "Sudah Berlangganan? Masuk",
])
def test_more_furniture_is_dropped(line: str) -> None:
    assert clean(_page(line)).paragraphs == (P1, P2)


@pytest.mark.parametrize("line", [
    "Dikutip dari laman resmi BMKG, hujan lebat diperkirakan turun hingga Jumat pekan ini.",
    "Masyarakat diminta tidak sembarangan klik link yang dikirim lewat pesan singkat.",
    "Bergabung dengan komunitas itu sejak 2010, Budi kini memimpin 40 relawan di Bekasi.",
    "Saham Emtek naik 5 persen pada perdagangan Senin.",
    "Tim SAR gabungan masih mencari dua korban yang hilang.",
    "Google News Initiative melatih 200 jurnalis di Jakarta pekan lalu.",
    "Laporan keuangan perusahaan itu menunjukkan laba naik 12 persen.",
    "Ilustrasi yang dipamerkan di galeri itu dibuat oleh 15 seniman muda dari Bandung.",
    "Harga cabai naik (data Kemendag/BPS) sejak awal bulan, katanya.",
])
def test_more_body_lines_are_kept(line: str) -> None:
    assert clean(_page(line)).paragraphs == (P1, line, P2)


@pytest.mark.parametrize(("opening", "dateline", "outlet"), [
    ("JAKARTA, KOMPAS.com-", "JAKARTA", "Kompas.com"),  # glued
    ("Suara.com-", None, "Suara.com"),
    ("KONTAN.CO.ID - JAKARTA. ", "JAKARTA", "Kontan"),
    ("VIVA – ", None, "VIVA"),
    ("RMOL. ", None, "RMOL"),
    ("Jakarta, 3/3 (ANTARA) - ", "Jakarta", "ANTARA"),
    ("jpnn.com, JAKARTA - ", "JAKARTA", "JPNN.com"),
    ("Bisnis.com, MEDAN — ", "MEDAN", "Bisnis.com"),
    ("TRIBUNJATENG.COM, SEMARANG - ", "SEMARANG", "TRIBUNJATENG.COM"),  # as shouted
    ("Makassar, IDN Times - ", "Makassar", "IDN Times"),
    ("Jakarta. ", "Jakarta", None),
    ("JAKARTA-", "JAKARTA", None),
])
def test_more_dateline_forms(opening: str, dateline: str | None, outlet: str | None) -> None:
    article = clean(f"{TITLE}\n{opening}{P1}\n{P2}")
    assert (article.dateline, article.outlet) == (dateline, outlet)
    assert article.paragraphs == (P1, P2)


@pytest.mark.parametrize("lines", [
    ("JAKARTA", P1), ("Jakarta -", P1), ("JAKARTA, KOMPAS.com", f"– {P1}"),
])
def test_dateline_on_a_line_of_its_own(lines: tuple[str, ...]) -> None:
    article = clean("\n".join([TITLE, *lines, P2]))
    assert article.dateline.upper() == "JAKARTA"
    assert article.paragraphs == (P1, P2)


@pytest.mark.parametrize(("lines", "author"), [
    (("Oleh Dicky Agung Prihanto pada 19 Mar 2023, 21:15 WIB",), "Dicky Agung Prihanto"),
    (("Aditya Nugroho, Jurnalis · Rabu 15 Maret 2023 09:30 WIB",), "Aditya Nugroho"),
    (("Rep: Fauziah Mursid/ Red: Andri Saubani",), "Fauziah Mursid"),
    (("Laporan Wartawan Tribunnews.com, Rina Ayu",), "Rina Ayu"),
    (("Redaktur & Reporter : Mesyia Muhammad",), "Mesyia Muhammad"),
    (("Dwi Rahmawati - Bisnis.com",), "Dwi Rahmawati"),
    (("Rina Ayu Wulandari | Farah Nabilla",), "Rina Ayu Wulandari"),
    (("Oleh :", "Hendri Pratama"), "Hendri Pratama"),
])
def test_more_byline_forms(lines: tuple[str, ...], author: str) -> None:
    article = clean("\n".join([TITLE, *lines, f"JAKARTA - {P1}", P2]))
    assert article.author == author
    assert article.paragraphs == (P1, P2)


def test_update_time_is_not_the_publication_time() -> None:
    text = "\n".join([TITLE, "Diperbarui 03/03/2023, 09:10 WIB", "Terbit 02/03/2023, 06:45 WIB",
                      f"JAKARTA - {P1}", P2])
    assert clean(text).published == "2023-03-02T06:45:00+07:00"


def test_title_with_outlet_suffix_and_logo_line() -> None:
    article = clean("\n".join(["The Jakarta Post", f"{TITLE} - Kompas.com", f"JAKARTA - {P1}",
                               P2]))
    assert article.title == TITLE


def test_hints_win_over_the_text() -> None:
    article = clean(_page(), title="Judul dari Meta", published="2023-03-05T10:00:00+07:00",
                    outlet="KOMPAS.com", author="Rina Ayu")
    assert (article.title, article.published, article.outlet, article.author) == (
        "Judul dari Meta", "2023-03-05T10:00:00+07:00", "Kompas.com", "Rina Ayu")
    assert article.paragraphs == (P1, P2)


# --- repairs, rejoining, duplicates, blocks ---------------------------------------------------

def test_mojibake_is_repaired() -> None:
    quoted = "“Stok aman hingga Lebaran,” ujarnya kepada wartawan di Jakarta, Kamis."
    broken = quoted.encode("utf-8").decode("cp1252", errors="replace")
    assert clean(_page(broken)).paragraphs == (P1, quoted, P2)


def test_html_tags_entities_and_images_are_removed() -> None:
    page = _page('<img src="x.jpg">', "<p>Stok beras &amp; gula dipastikan aman.</p>")
    assert clean(page).paragraphs == (P1, "Stok beras & gula dipastikan aman.", P2)


def test_sentences_broken_around_links_are_rejoined() -> None:
    lines = ["Hal itu disampaikan Kepala Dinas Perdagangan kepada", "Kompas.com",
             ", Senin (6/3/2023).", "Menurut dia, pasokan dari", "Bulog", "masih lancar."]
    assert clean(_page(*lines)).paragraphs == (
        P1, "Hal itu disampaikan Kepala Dinas Perdagangan kepada Kompas.com, Senin (6/3/2023).",
        "Menurut dia, pasokan dari Bulog masih lancar.", P2)


def test_hard_wrapped_paragraphs_are_unwrapped() -> None:
    import textwrap
    paragraphs = [P1 + " " + P2, P2 + " " + P1, P1 + " Stok cukup.", P2 + " " + P2]
    wrapped = "\n\n".join(textwrap.fill(p, 60) for p in paragraphs)
    assert clean(f"{TITLE}\n\n{wrapped}").paragraphs[1:] == tuple(paragraphs[1:])


def test_body_printed_twice_keeps_one_copy_and_drops_the_truncated_one() -> None:
    text = "\n".join([TITLE, f"JAKARTA - {P1}", P2, P1, P2[:40]])
    assert clean(text).paragraphs == (P1, P2)


def test_summary_line_repeating_the_lead_is_dropped() -> None:
    lead = P1[:-1] + ", kata Menteri Perdagangan di Jakarta, Senin."
    assert clean(_page(P1, tail=(lead,))).paragraphs == (lead, P2)


def test_headline_list_without_header_is_dropped_but_a_crosshead_stays() -> None:
    links = ("Bulog Gelar Operasi Pasar di 20 Lokasi", "Harga Cabai Ikut Naik Jelang Ramadan")
    assert clean(_page(*links)).paragraphs == (P1, P2)
    assert clean(_page("Stok di Gudang Bulog")).paragraphs == (P1, "Stok di Gudang Bulog", P2)


def test_a_list_the_story_announces_is_kept() -> None:
    items = ("Pasar Induk Cipinang", "Pasar Minggu", "Pasar Senen")
    intro = "Operasi pasar digelar di tiga lokasi berikut:"
    assert clean(_page(intro, *items)).paragraphs == (P1, intro, *items, P2)


@pytest.mark.parametrize("header", ["Pertanyaan Seputar Berita", "FAQ", "Tanya Jawab"])
def test_generated_question_and_answer_block_is_dropped(header: str) -> None:
    tail = (header, "Apa yang dilakukan pemerintah menjelang Ramadan tahun ini?",
            "Pemerintah memastikan harga bahan pokok tetap stabil menjelang Ramadan.")
    assert clean(_page(tail=tail)).paragraphs == (P1, P2)


def test_second_page_after_a_related_block_is_kept() -> None:
    p3 = "Operasi pasar akan digelar di 20 lokasi di Jakarta mulai Senin pekan depan."
    text = "\n".join([TITLE, f"JAKARTA - {P1}", "Berita Terkait", "Harga Cabai Naik",
                      TITLE, "Jumat, 3 Maret 2023 04:25 WIB", P2, p3])
    assert clean(text).paragraphs == (P1, P2, p3)


def test_summary_box_above_the_lead_is_not_body() -> None:
    text = "\n".join([TITLE, "Poin Penting", "Harga pangan diklaim stabil.",
                      "Stok beras cukup tiga bulan.", f"Jakarta - {P1}", P2])
    article = clean(text)
    assert article.paragraphs == (P1, P2)
    assert article.dateline == "Jakarta"


def test_the_sample_is_the_users_own_article_byte_for_byte() -> None:
    seed = SAMPLES.parent.parent / "shared" / "seed" / "sindonews-blinken-lavrov.txt"
    if not seed.exists():
        pytest.skip(f"{seed} not present (shared data, beside the checkout)")
    assert (SAMPLES / "sindonews-blinken-lavrov.txt").read_bytes() == seed.read_bytes()


# --- shape families (issue 9): furniture no table names, and the story lines beside it -------

@pytest.mark.parametrize("line", [
    "Rina Marlina/net",  # a caption credited name/net
    "Feri Purnama | ANTARA",  # a name and an agency
    "Logo Header Kabarpesisir Kuala Lumpur",  # logo text
    "Banner Diskominfo Kabupaten Pesisir 2025--",  # a banner's alt text
    "(adv)", "(ant/rz)",  # PR and editor initials
    "Artikel ini merupakan kerja sama Kabarpesisir dengan Dinas Perikanan.",  # sponsor
    "Konten ini dipersembahkan oleh Bank Pesisir",
    "Baca berita tanpa iklan. Berlangganan sekarang untuk akses penuh.",  # an ad-free plea
    "Connect with us", "Leave a comment", "Send us your feedback",  # English site chrome
    "Share this article",
])
def test_shape_family_line_is_dropped(line: str) -> None:
    assert clean(_page(line)).paragraphs == (P1, P2)


@pytest.mark.parametrize("line", [
    "Iklan itu menampilkan warga yang antre beras sejak subuh di depan gudang Bulog.",
    "Iklan pasar murah itu berbunyi \"Klik di sini untuk daftar\" dan beredar sejak Senin.",
    "“Kami tidak mau kehabisan beras”",
    "Pemerintah juga menyalurkan bantuan kepada warga, katanya. (Antara)",
])
def test_story_line_beside_shape_families_is_kept(line: str) -> None:
    assert clean(_page(line)).paragraphs == (P1, line, P2)


def test_story_line_beside_template_debris_is_kept() -> None:
    quote = "“Kami tidak mau kehabisan beras”"
    page = _page(quote, "Stok Beras Aman hingga Lebaran")
    assert quote in clean(page).paragraphs


# --- issue 9, second round: families the outlets set showed -----------------------------------

@pytest.mark.parametrize("line", [
    "VIDEO BANJIR DEMAK: WARGA EVAKUASI TERNAK DENGAN PERAHU KARET",  # a shouted media label
    "FOTO: PETUGAS MENUTUP TANGGUL YANG JEBOL",
    "Promosi Mitsubishi XForce: Stylish untuk Wanita, Praktis buat Ibu Muda",  # sponsored
    "PROMOSI Liburan Hemat ke Bali Bersama Maskapai Kami",
])
def test_second_round_furniture_line_is_dropped(line: str) -> None:
    assert clean(_page(line)).paragraphs == (P1, P2)


@pytest.mark.parametrize("line", [
    "Promosi jabatan itu diumumkan Senin setelah rapat tertutup di kantor bupati.",
    "VIDEO itu beredar luas di media sosial sejak Senin malam, kata polisi.",
])
def test_story_lines_that_open_like_labels_are_kept(line: str) -> None:
    assert clean(_page(line)).paragraphs == (P1, line, P2)


@pytest.mark.parametrize(("last", "kept"), [
    (P2 + " (mcr8/jpnn)", P2),  # a desk's initials with a number
    (P2 + " (Diskominfo/Ang)", P2),  # a desk and an editor's capitalised initials
])
def test_closing_initials_are_cut_and_the_paragraph_kept(last: str, kept: str) -> None:
    page = "\n".join([TITLE, f"JAKARTA - {P1}", "Baca Juga:",
                      "Harga Gabah Anjlok, Petani Minta Bulog Turun Tangan", last])
    assert clean(page).paragraphs == (P1, kept)


def test_a_plea_under_the_comment_count_is_no_paragraph() -> None:
    plea = ("KBR percaya pembaca situs ini adalah orang-orang yang cerdas dan terpelajar. Karena "
            "itu mari kita gunakan kata-kata yang santun di dalam kolom komentar ini.")
    assert clean(_page(tail=("Komentar (0)", plea))).paragraphs == (P1, P2)


def test_a_sign_up_box_pitch_is_no_paragraph() -> None:
    pitch = ("With exclusive interviews and in-depth coverage of the region's business landscape, "
             "Prospects is your go-to source for understanding Asia's economic outlook.")
    page = _page(tail=("Prospects", "Every Monday", pitch, "Sign Up"))
    assert clean(page).paragraphs == (P1, P2)


def test_a_paragraph_above_a_plea_line_is_kept() -> None:
    last = "Ia menambahkan, operasi pasar akan digelar di dua puluh titik mulai pekan depan."
    page = _page(tail=(last, "Berlangganan sekarang"))
    assert clean(page).paragraphs == (P1, P2, last)


@pytest.mark.parametrize(("crosshead", "kept"), [
    ("Stok Beras Aman", True),  # a three-word crosshead between paragraphs
    ("Harga di Pasar", True),
    ("Bagikan Artikel Ini", False),  # a widget's words
    ("Tutup", False),
])
def test_short_crossheads_between_paragraphs_are_kept(crosshead: str, kept: bool) -> None:
    p3 = "Pedagang di pasar induk mengaku pasokan dari daerah sentra produksi mulai lancar."
    paragraphs = clean(_page(crosshead, tail=(p3,))).paragraphs
    assert paragraphs == ((P1, crosshead, P2, p3) if kept else (P1, P2, p3))


def test_a_byline_under_a_standfirst_is_not_glued_to_it() -> None:
    lines = normalise("Pasokan dari sentra produksi mulai masuk seiring panen raya\n"
                      "oleh Tira Wulandari\ndiperbarui 14 Mar 2025, 16:40 WIB")
    assert lines[1] == "oleh Tira Wulandari"


@pytest.mark.parametrize("credit", ["(Antara/AFP)", "(Bisnis/Reuters)", "(Reuters/Kompas)"])
def test_agencies_credited_after_the_last_sentence_are_not_initials(credit: str) -> None:
    from translator.boilerplate import TRAILING_INITIALS

    assert TRAILING_INITIALS.search(f"{P2} {credit}") is None
    assert TRAILING_INITIALS.search(f"{P2} (Diskominfo/Ang)") is not None


# --- issue 9, third round: layout lines and broken words (the `fresh` set) -------------------

def test_a_colon_alone_between_headline_and_byline_is_layout() -> None:
    page = "\n".join([TITLE, ":", "Oleh Rina Ayu, Rabu, 12 Maret 2025 | 14:10 WIB",
                      f"JAKARTA - {P1}", P2])
    article = clean(page)
    assert (article.title, article.author, article.published, article.paragraphs) == \
        (TITLE, "Rina Ayu", "2025-03-12T14:10:00+07:00", (P1, P2))


def test_a_colon_that_ends_a_line_of_text_stays() -> None:
    assert normalise("Syaratnya sebagai berikut:\nKTP dan KK asli.") == \
        ["Syaratnya sebagai berikut:", "KTP dan KK asli."]


@pytest.mark.parametrize(("lines", "joined"), [
    (("Warga di bantaran sungai mulai ber-", "kemas sejak pagi karena air naik."),
     "Warga di bantaran sungai mulai berkemas sejak pagi karena air naik."),
    # a doubled word keeps its hyphen
    (("Mereka datang masing-", "masing membawa bekal dari rumah sejak subuh."),
     "Mereka datang masing-masing membawa bekal dari rumah sejak subuh."),
])
def test_a_word_broken_by_a_hyphen_at_the_line_end_is_one_word(lines: tuple[str, str],
                                                                joined: str) -> None:
    assert normalise("\n".join(lines)) == [joined]


def test_a_dateline_dash_on_its_own_line_still_opens_the_story() -> None:
    assert clean("\n".join([TITLE, "JAKARTA-", P1, P2])).dateline == "JAKARTA"


def test_a_caption_broken_by_a_hyphen_above_the_dateline_stays_out() -> None:
    page = "\n".join([TITLE, "Jumat, 14 Maret 2025",
                      "Wali Kota (kiri) dan Kepala Dinas Perdagangan ber-",
                      "bincang dengan pedagang di lantai tiga pasar.", f"Solo-{P1}", P2])
    article = clean(page)
    assert (article.dateline, article.paragraphs) == ("Solo", (P1, P2))


EN_TITLE = "Ferry Fares on Merak-Bakauheni Route to Rise 8 Percent in April"
EN1 = ("Ferry fares on the Merak-Bakauheni crossing will rise by an average of 8 percent from "
       "April 1, the Transportation Ministry announced on Thursday.")
EN2 = ("The minister said the increase was needed to cover higher fuel and maintenance costs "
       "borne by ferry operators over the past two years.")


@pytest.mark.parametrize("prompt", [
    "Bagaimana tanggapan anda mengenai artikel ini?",  # an English site's Indonesian box
    "What do you think about this article?",
])
def test_a_feedback_question_inside_the_body_is_dropped(prompt: str) -> None:
    article = clean("\n".join([EN_TITLE, f"Jakarta: {EN1}", prompt, EN2]))
    assert (article.dateline, article.paragraphs) == ("Jakarta", (EN1, EN2))


@pytest.mark.parametrize("line", [
    "Bagaimana nasib warga setelah banjir surut?",  # a question of the story's own
    "“Apa maksud berita ini?” tanya Budi kepada wartawan di lokasi.",  # a quoted one
])
def test_a_question_of_the_story_is_kept(line: str) -> None:
    assert clean(_page(line)).paragraphs == (P1, line, P2)


# --- issue 9, fourth round: trailing credits and unmarked link runs (fresh2) -----------------

_LEAD4 = ("MEDAN - Pemerintah kota menggelar pasar murah di lapangan kecamatan pada Selasa pagi "
          "dan ratusan warga datang sejak subuh untuk membeli paket sembako.")
_LAST4 = ("Pasar murah berikutnya digelar di kecamatan lain pada Senin mendatang dan setiap "
          "keluarga hanya boleh membeli satu paket.")


@pytest.mark.parametrize("credit", [
    " (Laporan Reporter Pos-Kupang. Com, Yosef Bria)",  # a reporter credit in brackets
    "(safrizal)",  # a reporter's name in lower case, glued on
    " (MC. Isen Mulang/rdn)",  # a newsroom unit's writer and the editor's initials
])
def test_a_closing_credit_is_cut_from_the_last_paragraph(credit: str) -> None:
    article = clean(f"{_LEAD4}\n{_LAST4}{credit}")
    assert article.paragraphs[-1] == _LAST4


@pytest.mark.parametrize("last", [
    "Ia sudah sepuluh tahun bekerja sebagai wartawan (reporter senior) di kota itu.",
    "Keterangan itu disampaikan Kepala Dinas Perdagangan (Disdag) Kota Medan kepada warga.",
])
def test_a_bracket_inside_the_last_sentence_stays(last: str) -> None:
    assert clean(f"{_LEAD4}\n{last}").paragraphs[-1] == last


def test_unmarked_headlines_between_paragraphs_do_not_end_the_story() -> None:
    middle = ("Kepala dinas mengatakan pemerintah daerah menyiapkan tiga sumur bor baru "
              "dengan anggaran Rp1,2 miliar tahun ini.")
    page = "\n".join([_LEAD4, "Pilkada Ulang di Sabu Raijua, KPU Siapkan Logistik Tambahan",
                      "Harga Daging Babi di Pasar Inpres Naik Jelang Paskah",
                      "Jadwal Kapal Feri Kupang-Larantuka Pekan Ini", middle,
                      _LAST4 + " (Laporan Reporter Pos-Kupang. Com, Yosef Bria)"])
    assert clean(page).paragraphs == (_LEAD4.removeprefix("MEDAN - "), middle, _LAST4)


def test_a_desk_signed_with_the_sites_name_is_no_author() -> None:
    page = "\n".join(["POSMETRO MEDAN", "Banjir Setinggi Lutut Rendam 400 Rumah di Medan Johor",
                      "Jumat, 14 Maret 2025 | 16:05 WIB", _LEAD4, "Wartawan Posmetro", _LAST4])
    assert clean(page).author is None
    person = page.replace("Wartawan Posmetro", "Wartawan: Rudi Hartono")
    assert clean(person).author == "Rudi Hartono"


def test_blog_template_placeholders_are_furniture() -> None:
    text = ("4/footer/recent\nThis is default featured slide 1 title\n"
            "Go to Blogger edit html and find these sentences.Now replace these sentences with "
            "your own descriptions.\nThis is default featured slide 2 title\n"
            "Senin, 9 Februari 2026\nJembatan Desa Putus Diterjang Banjir Bandang\n"
            "Lampung Selatan – Jembatan gantung yang menghubungkan dua desa putus setelah "
            "diterjang arus sungai yang meluap pada Senin sore.\n"
            "Warga kini menyeberang dengan rakit bambu yang ditarik tali setiap pagi dan siang.")
    article = clean(text)
    assert article.title == "Jembatan Desa Putus Diterjang Banjir Bandang"
    assert article.dateline == "Lampung Selatan"
    assert not any("Blogger" in p or "default" in p for p in article.paragraphs)


def test_a_reporter_signing_off_by_name_is_no_part_of_the_sentence() -> None:
    text = ("Lampu Jalan Padam Sebulan di Simpang Rawan\n"
            "MEDAN - Sedikitnya 30 titik lampu penerangan jalan umum padam sejak pertengahan "
            "September dan warga memasang obor bambu.\n"
            '"Minggu ini tim kami turun mengganti," balas Sahat singkat. (Rudi Sembiring)')
    last = '"Minggu ini tim kami turun mengganti," balas Sahat singkat.'
    assert clean(text).paragraphs[-1] == last


@pytest.mark.parametrize(("line", "author"), [
    ("Pewarta : Rahmat - Humas", "Rahmat"),  # a name and the press office it works for
    ("Peliput : Christian Wowor", "Christian Wowor"),
    # labels one after another on one line: the writer, not the editor or the uploader
    ("Editor : A Wandal Penulis : Yohanes Umbu Pati Publish : R Lende Kaka", "Yohanes Umbu Pati"),
])
def test_round_six_byline_forms(line: str, author: str) -> None:
    article = clean("\n".join([TITLE, f"JAKARTA - {P1}", P2, line]))
    assert article.author == author
    assert article.paragraphs == (P1, P2)


def test_a_sentence_naming_a_press_office_is_no_byline() -> None:
    line = "Humas Pemkot Gelar Rapat Koordinasi Banjir"
    assert classify_one(line).kind == "text"


def classify_one(text: str):
    """The kind lines.classify gives one line on its own."""
    from translator.lines import classify
    return classify([text])[0]


def test_a_press_desks_documentation_credit_leaves_the_paragraph() -> None:
    article = clean("\n".join([TITLE, f"JAKARTA - {P1}", f"{P2} (Humasressb.dok)"]))
    assert article.paragraphs == (P1, P2)


# --- round seven: rubric openers, decks, crossheads with a widget word, a name under the title

R7_TITLE = "Dermaga Nelayan Tanjung Pasir Diperpanjang 80 Meter"
R7_P1 = ("Pemerintah Kabupaten Tangerang memperpanjang dermaga nelayan di Desa Tanjung Pasir "
         "sejauh 80 meter agar perahu tidak lagi kandas saat air surut.")
R7_P2 = ("Kepala Dinas Perikanan mengatakan selama ini nelayan harus menunggu pasang untuk "
         "menurunkan hasil tangkapan di dermaga lama.")
R7_P3 = ("Pendaftaran dilakukan melalui laman resmi kementerian dengan akun masing-masing, "
         "lalu pendaftar mengunggah dokumen yang diminta.")


@pytest.mark.parametrize("rubric", ["NASIONAL", "Berita Lokal", "Ekonomi"])
def test_a_rubric_opening_the_lead_is_no_part_of_it(rubric: str) -> None:
    article = clean(f"{R7_TITLE}\n{rubric} – {R7_P1}\n{R7_P2}")
    assert article.paragraphs[0] == R7_P1 and article.dateline is None


def test_a_name_opening_the_lead_with_a_dash_stays() -> None:
    # "Budi Santoso – ..." and a place are no rubric: the tables' section names only
    text = f"Budi Santoso – {R7_P1}"
    assert clean(f"{R7_TITLE}\n{text}\n{R7_P2}").paragraphs[0].endswith(R7_P1)


def test_a_deck_the_lead_restates_is_no_paragraph() -> None:
    deck = ("Pemerintah Kabupaten Tangerang memperpanjang dermaga nelayan Tanjung Pasir "
            "sejauh 80 meter.")
    article = clean(f"{R7_TITLE}\n{deck}\n\n{R7_P1}\n{R7_P2}")
    assert list(article.paragraphs) == [R7_P1, R7_P2]


def test_a_first_paragraph_the_second_does_not_restate_stays() -> None:
    assert list(clean(f"{R7_TITLE}\n{R7_P1}\n{R7_P2}\n{R7_P3}").paragraphs) == [R7_P1, R7_P2, R7_P3]


def test_a_crosshead_may_hold_a_widget_word_after_its_first() -> None:
    article = clean(f"{R7_TITLE}\n{R7_P1}\n{R7_P2}\nCara Daftar\n{R7_P3}")
    assert "Cara Daftar" in article.paragraphs


@pytest.mark.parametrize("chrome", ["Bacaan Lainnya", "Tags Terkait", "Komentar Anda"])
def test_a_short_line_of_chrome_between_paragraphs_is_no_crosshead(chrome: str) -> None:
    article = clean(f"{R7_TITLE}\n{R7_P1}\n{R7_P2}\n{chrome}\n{R7_P3}")
    assert chrome not in article.paragraphs and R7_P3 in article.paragraphs


EN_TITLE = "Jakarta MRT Trials Late-Night Service on Weekends"
EN_P1 = ("PT MRT Jakarta will run trains until 00:30 on Fridays and Saturdays from next month, "
         "in a three-month trial meant to test demand.")
EN_P2 = "The operator said the last departures would leave at 00:15, with trains every 15 minutes."
CAPTION = "Weekend riders will be able to ride the MRT after midnight. Photo by Budi Santoso/NOW"


def test_a_name_under_the_headline_over_the_story_is_its_author() -> None:
    assert clean(f"{EN_TITLE}\nNadia Prameswari\n{CAPTION}\n{EN_P1}\n{EN_P2}").author \
        == "Nadia Prameswari"
    assert clean(f"{EN_TITLE}\nNadia Prameswari\n{EN_P1}\n{EN_P2}").author == "Nadia Prameswari"


def test_a_name_the_caption_below_shows_or_a_shouted_kicker_is_no_author() -> None:
    shown = "Nadia Prameswari, a night-shift nurse, waits for the last train. Photo by Ari/NOW"
    assert clean(f"{EN_TITLE}\nNadia Prameswari\n{shown}\n{EN_P1}\n{EN_P2}").author is None
    assert clean(f"Dermaga Lama Tanjung Pasir Sudah Tua Sekali\nPERBAIKAN BELUM RAMPUNG\n"
                 f"{R7_TITLE}\n{R7_P1}\n{R7_P2}").author is None


# --- round eight: an advert's scroll prompt; the dateline's own date -------------------------

_STORY = ("Kementerian Kesehatan mengimbau masyarakat mewaspadai lonjakan kasus demam berdarah "
          "seiring datangnya musim pancaroba.")


def test_an_advert_label_with_its_scroll_prompt_is_dropped() -> None:
    page = (f"Judul Berita Kesehatan Hari Ini Di Kota\n\n{_STORY}\n\n"
            "Advertisement. Scroll to continue reading.\n\n"
            "Ia meminta puskesmas segera melaporkan kasus baru agar penyelidikan cepat.")
    assert "Advertisement. Scroll to continue reading." not in clean(page).paragraphs


def test_a_sentence_about_scrolling_is_kept() -> None:
    line = "Warga diminta tidak scroll media sosial saat berkendara, kata polisi lalu lintas."
    page = f"Judul Berita Kesehatan Hari Ini Di Kota\n\n{_STORY}\n\n{line}"
    assert line in clean(page).paragraphs


def test_the_datelines_date_wins_over_a_top_bar_date_of_another_day() -> None:
    page = (f"Thursday 19 March 2026\n\nJudul Berita Kesehatan Hari Ini Di Kota\n\n"
            f"Medan, 17 Maret 2026 — {_STORY}\n\nIa meminta puskesmas segera melapor.")
    found = clean(page)
    assert found.published == "2026-03-17" and found.dateline == "Medan"


def test_a_header_date_with_its_hour_stays_when_the_dateline_names_the_same_day() -> None:
    page = (f"Judul Berita Kesehatan Hari Ini Di Kota\n\nSelasa, 17 Maret 2026 08:15 WIB\n\n"
            f"Medan, 17 Maret 2026 — {_STORY}\n\nIa meminta puskesmas segera melapor.")
    assert (clean(page).published or "").startswith("2026-03-17T08:15")


# --- round nine: a desk's two-letter code and the newsroom's "(Red)" close a story -----------
_STORY = ("Pemerintah kota menyiapkan kebun atap di tiga kelurahan tahun ini.\n"
          "Kepala dinas mengatakan bibit dibagikan gratis kepada warga yang mendaftar.\n")


@pytest.mark.parametrize("code", ["(OL-13)", "(Red)", "(dpr)(+)"])
def test_a_desk_code_after_the_last_sentence_is_cut(code: str) -> None:
    page = _STORY + f'"Kami siap berbagi pengalaman dengan desa lain," ujarnya. {code}\n'
    assert clean(page).paragraphs[-1] == '"Kami siap berbagi pengalaman dengan desa lain," ujarnya.'


def test_a_bracketed_model_name_in_the_sentence_stays() -> None:
    page = _STORY + "Warga menyebut pesawat itu mirip jet tempur F-16 (OL-13) buatan lama.\n"
    assert "(OL-13)" in clean(page).paragraphs[-1]


_EN_STORY = ("A ferry carrying 212 passengers ran aground off the coast of Bali on Monday.\n"
             "The vessel struck a sandbar about 300 meters from the port after departing.\n")


def test_a_video_prompt_with_the_clips_title_is_cut() -> None:
    page = _EN_STORY + "Watch the video “Rescue Team Evacuates Stranded Ferry Passengers” here:\n"
    assert all("Watch" not in p for p in clean(page).paragraphs)


def test_a_sentence_about_watching_a_video_stays() -> None:
    line = "Officials urged residents to watch the video of the rescue before travelling here."
    assert line in clean(_EN_STORY + line + "\n").paragraphs


def test_a_tag_boxs_definition_after_the_story_is_cut() -> None:
    page = "Ferry runs aground off Padangbai, all passengers evacuated\nBali –\n" + _EN_STORY \
        + "He said the ferry would be towed once the tide rose in the afternoon.\n" \
        + "Bali\nBali is an Indonesian province and island east of Java, known for " \
        "its volcanic mountains and Hindu temples.\n"
    assert all(not p.startswith("Bali is") for p in clean(page).paragraphs)


def test_a_definition_inside_the_story_stays() -> None:
    line = "Bali is an Indonesian province and island east of Java, known for its temples."
    page = _EN_STORY + line + "\nThe ferry was towed back to port, officials said.\n"
    assert line in clean(page).paragraphs


# --- round ten (fresh8 families) ---------------------------------------------------------------

@pytest.mark.parametrize("code", ["(Nad)", "(Adv)", "(R17/FM/SB/Adv)", "(ab/CD2)", "(ADV)",
                                  "[ADV]", "(*/Red)", "(***)", "(Advertorial)"])
def test_a_titled_or_slashed_sign_off_after_the_last_sentence_is_cut(code: str) -> None:
    page = _STORY + f"Warga berharap bibit dibagikan sebelum musim hujan tiba. {code}\n"
    assert clean(page).paragraphs[-1] == "Warga berharap bibit dibagikan sebelum musim hujan tiba."


def test_a_source_agencys_credit_after_the_last_sentence_stays() -> None:
    line = "Warga berharap bibit dibagikan sebelum musim hujan tiba. (Antaranews)"
    assert clean(_STORY + line + "\n").paragraphs[-1] == line


def test_a_bracketed_abbreviation_inside_the_sentence_stays() -> None:
    line = "Warga menerima bantuan dari Dinas Pertanian (Distan/DKP) pada Senin pagi di balai desa."
    assert line in clean(_STORY + line + "\n").paragraphs


def test_a_markdown_headings_marks_are_dropped_and_the_crosshead_kept() -> None:
    page = ("Kebun Atap Disiapkan di Tiga Kelurahan Kota Ini\n\n" + _STORY
            + "### Warga Menunggu Bibit\n"
            + "Sementara itu, warga berharap bibit segera dibagikan sebelum hujan tiba. (Adv)\n")
    paragraphs = clean(page).paragraphs
    assert "Warga Menunggu Bibit" in paragraphs
    assert not any(p.startswith("#") for p in paragraphs)


def test_a_hashtag_line_keeps_its_mark() -> None:
    assert normalise("#Bengkulu\nsatu dua") == ["#Bengkulu", "satu dua"]


def test_a_line_of_misdecoded_styled_letters_is_dropped() -> None:
    soup = "".join("\u0e50" + c for c in "Dapatkan update berita")
    assert normalise(f"Baris pertama.\n{soup}\nBaris kedua.") == ["Baris pertama.", "Baris kedua."]


def test_a_line_in_another_script_stays() -> None:
    arabic = "بسم الله الرحمن الرحيم"
    assert normalise(f"Baris pertama.\n{arabic}") == ["Baris pertama.", arabic]


def test_a_site_address_alone_on_the_first_line_is_the_outlet() -> None:
    page = "Kotakabar.com\n\nWali Kota Melantik Ketua RT di Tiga Kecamatan\n\n" + _STORY
    assert clean(page).outlet == "Kotakabar.com"


def test_a_known_brand_keeps_the_case_of_its_logo_line() -> None:
    page = "KONTAN English\n\nCoal exports from the province jump in January\n\n" \
        "JAKARTA. Coal producers shipped 18% more coal through the river port last month.\n"
    assert clean(page).outlet == "KONTAN"
    assert canonical_outlet("KONTAN.CO.ID") == "Kontan"


def test_a_photo_credits_slash_is_no_part_of_the_outlet() -> None:
    page = ("Kapal Tenggelam di Perairan Selat Tiworo, Dua Penumpang Hilang\n\n"
            "Foto kapal. TribunKotaSultra.com/ Laode Ali\n\n"
            "TRIBUNKOTASULTRA.COM, MUNA - " + _STORY)
    assert clean(page).outlet == "TribunKotaSultra.com"


# --- round ten (fresh6/fresh7 families) --------------------------------------------------------

_LEAD10 = ("Kementerian Kesehatan mengimbau masyarakat mewaspadai lonjakan kasus demam berdarah "
           "seiring datangnya musim pancaroba tahun ini.")
_MORE10 = "Direktur penyakit menular mengatakan kasus biasanya naik dua bulan setelah hujan turun."


def test_an_address_in_the_sites_own_case_is_the_outlet_as_written() -> None:
    page = f"Kabar Terkini\n\nKemenkes Imbau Warga Waspadai DBD\n\nKabarterkini.co.id, {_LEAD10}\n"
    assert clean(page).outlet == "Kabarterkini.co.id"


def test_a_shouted_address_yields_to_the_logos_spelling() -> None:
    page = f"Kota Pos\n\nKemenkes Imbau Warga Waspadai DBD\n\nMEDAN, KOTAPOS.com - {_LEAD10}\n"
    assert clean(page).outlet == "Kota Pos"


def test_a_shouted_name_the_logo_prints_stays_shouted() -> None:
    page = (f"KABARUMAT\n\nMasjid Kampus Buka Dapur Umum untuk Mahasiswa\n\n"
            f"Foto: Kabarumat\n\n[BANTUL, KABARUMAT] — {_LEAD10}\n")
    assert clean(page).outlet == "KABARUMAT"


def test_a_known_masthead_written_without_its_article() -> None:
    page = ("Indonesian News\n\nCommuter line adds four early trips on Bogor route\n\n"
            "Jakarta Post Latest News - Thu, 2026-02-19 12:29\n\n"
            "Jakarta's commuter rail operator will add four early trips on the Bogor line to "
            "ease crowding during the morning rush.\n")
    assert clean(page).outlet == "Jakarta Post"


def test_a_masthead_printed_again_closes_the_story() -> None:
    other = "Bangkok, March 16: Thailand will extend visa-free stays for visitors, reports say."
    page = ("The Northern Islands Times\n\nFerry route opens between two island ports\n\n"
            "Jakarta, March 17, 2026: Indonesia has opened a weekly passenger ferry route between "
            "two island ports in the north.\nThe first voyage carried 86 passengers and 40 "
            "containers of dried fish.\nThe Northern Islands Times\n\n"
            f"Thailand extends visa-free stays\n\nFrom News Reports:\n\n{other}\n")
    article = clean(page)
    assert article.outlet == "The Northern Islands Times"
    assert other not in article.paragraphs


def test_a_closing_pitch_names_the_site_and_ends_the_story() -> None:
    teaser = "Foreign arrivals to Bali rose 9 per cent in June, the statistics office said."
    page = ("Ferry crossings halted as high waves hit the strait\n\n"
            "Ferry crossings between the two ports were halted on Friday after waves of up to "
            "four metres hit the strait.\nFast boats were also told to stay in port until the "
            "warning is lifted.\nFind more regional news courtesy of The Island Wire.\n"
            f"Business\nBali tourist arrivals climb ahead of peak season\n{teaser}\n")
    article = clean(page)
    assert article.outlet == "The Island Wire"
    assert teaser not in article.paragraphs
    assert not any("courtesy" in p for p in article.paragraphs)


def test_a_pitch_to_follow_a_platform_names_no_outlet() -> None:
    page = f"{_LEAD10}\n{_MORE10}\nRead more stories like this on Google News.\n"
    assert clean(page).outlet is None


def test_an_english_publication_noun_makes_the_first_line_a_logo() -> None:
    page = ("Island Headlines\n\nPages\n\nFerry fire off North Sulawesi forces 200 into sea\n\n"
            "BITUNG: Around 200 passengers jumped into the sea after a fire broke out on an "
            "inter-island ferry on Wednesday, officials said.\n")
    assert clean(page).outlet == "Island Headlines"


def test_the_outlet_a_caption_credits_and_the_story_names_again() -> None:
    page = ("NUSANTARA\n\nJalur Pejalan Kaki di Tepi Sungai Ditutup Sementara\n\n"
            "Garis pembatas dipasang di tepi tanggul, Rabu (25/2/2026). Harian Jogja/Rina Putri\n\n"
            f"BANTUL—{_LEAD10}\n“Kami pasang garis pembatas dulu,” ujarnya saat ditemui Harian "
            "Jogja di lokasi.\n")
    assert clean(page).outlet == "Harian Jogja"


def test_a_blogs_name_over_its_archive_label_is_the_outlet() -> None:
    page = f"Sudut Kita\n\nCategory: Featured\n\nKemenkes Imbau Warga Waspadai DBD\n\n{_LEAD10}\n"
    assert clean(page).outlet == "Sudut Kita"


def test_a_desk_sign_off_closes_the_story_before_its_teasers() -> None:
    teasers = ["Harga pupuk nonsubsidi di sejumlah kios tani naik dalam sepekan terakhir.",
               "Dinas Pertanian menyiapkan pelatihan hidroponik bagi 40 desa tahun ini."]
    last = "“Kami siap berbagi pengalaman dengan desa lain yang kekurangan lahan,” ujarnya."
    page = f"{_LEAD10}\n{_MORE10}\n{last} (OL-13)\n" + "\n".join(teasers) + "\n"
    paragraphs = clean(page).paragraphs
    assert paragraphs[-1] == last
    assert not set(teasers) & set(paragraphs)


def test_a_numbered_item_under_the_previous_items_link_stays() -> None:
    page = ("TRIBUNKOTA.COM - Banyak peristiwa menarik di kota sepanjang Selasa (7/10/2025) "
            "kemarin.\n1. Pete-pete Listrik Diuji Coba di Koridor Sudirman\n"
            "Dinas Perhubungan menguji coba lima unit pete-pete listrik di koridor jalan utama.\n"
            "Selengkapnya\nBaca: Pete-pete Listrik Diuji Coba di Koridor Sudirman\n"
            "2. Lantai Dua Pasar Terong Dibenahi\n"
            "Perumda Pasar mulai membenahi lantai dua Pasar Terong yang lama kosong sejak dulu.\n"
            "Direktur Utama Perumda Pasar mengatakan pembenahan meliputi penerangan dan tangga.\n")
    paragraphs = clean(page).paragraphs
    assert "2. Lantai Dua Pasar Terong Dibenahi" in paragraphs
    assert not any(p.startswith("Baca:") for p in paragraphs)


# --- round ten: bylines and dates in the order a page chose -----------------------------------

_HEAD10 = "Pemkot Tata Ulang Ratusan Lapak PKL di Sekitar Pasar Induk"
_BODY10 = ("JAMBI - Pemerintah kota menata ulang ratusan lapak pedagang kaki lima di sekitar pasar "
           "induk sejak Senin.\n\nWali kota menyebut penataan itu bukan penggusuran.\n")


@pytest.mark.parametrize("dates", [
    "Diterbitkan: 23 Februari 2026",
    "2026-02-23 10:15:00",
    "Published: 23/02/2026 10:15 WIB\nUpdated: 23/02/2026 12:00 WIB",
])
def test_a_name_under_the_date_lines_is_the_byline(dates: str) -> None:
    article = clean(f"{_HEAD10}\n{dates}\nRudi Hartono\n\n{_BODY10}")
    assert article.author == "Rudi Hartono"
    assert article.published is not None and article.published.startswith("2026-02-23")


def test_a_reading_time_beside_byline_and_date_is_chrome() -> None:
    article = clean(f"{_HEAD10}\nRudi Hartono • 23 Februari 2026 • 3 menit baca\n\n{_BODY10}")
    assert (article.author, article.published) == ("Rudi Hartono", "2026-02-23")


def test_a_name_under_a_date_under_no_headline_is_no_byline() -> None:
    page = f"{_BODY10}\n23 Februari 2026\nRudi Hartono\nWarga berharap penataan selesai pekan ini."
    assert clean(page).author is None


@pytest.mark.parametrize(("first", "outlet"), [("Sudut Kita", "Sudut Kita"),
                                                ("Kabupaten Bantul", None)])
def test_a_first_line_its_own_photo_credit_repeats_is_the_outlet(first: str,
                                                                 outlet: str | None) -> None:
    page = (f"{first}\n\nPemkot Siapkan Kebun Atap di Tiga Kelurahan\n\n"
            f"Bibit dibagikan di balai kelurahan. Foto: {first}/Rudi Hartono\n\n{_LEAD10}\n"
            f"{_MORE10}\n")
    assert clean(page).outlet == outlet


@pytest.mark.parametrize("line", ["Senin, 23 Februari 2026 - 10:15 WIB oleh Rudi Hartono",
                                  "Rudi Hartono, Senin 23 Februari 2026 10:15 WIB"])
def test_a_date_and_time_line_with_the_writer_before_or_after(line: str) -> None:
    article = clean(f"{_HEAD10}\n{line}\n\n{_BODY10}")
    assert (article.author, article.published) == ("Rudi Hartono", "2026-02-23T10:15:00+07:00")


# --- round eleven (fresh9/fresh10 families) ----------------------------------------------------

_T11 = "Kemenkes Imbau Warga Waspadai Lonjakan Kasus DBD di Musim Pancaroba"
_P11 = ("Petugas puskesmas mendatangi rumah warga untuk memeriksa jentik nyamuk di bak mandi dan "
        "tempat penampungan air.")
_Q11 = ("Kepala dinas mengatakan pemeriksaan akan berlangsung setiap pekan hingga akhir musim "
        "hujan tahun ini.")


def _body11(*middle: str) -> str:
    return "\n\n".join([_T11, f"JAKARTA - {_LEAD10}", _P11, *middle, _Q11, _MORE10]) + "\n"


@pytest.mark.parametrize(("middle", "kept"), [
    (["Harga"], True),  # a one-word crosshead in title case
    (["ANGGARAN"], False),  # a shouted word alone is a label
    (["Data kasus DBD di Jakarta hingga 22 Februari 2026"], False),  # a chart's dated caption
    (["Humas Kemenkes", "Humas Kemenkes"], False),  # the caption's bracketed credit, alone
])
def test_short_lines_between_paragraphs(middle: list[str], kept: bool) -> None:
    page = _body11(*middle).replace(_T11, f"{_T11}\n\nPetugas memeriksa jentik (Humas Kemenkes).")
    assert (middle[0] in clean(page).paragraphs) is kept


def test_a_sources_credit_glued_after_the_last_sentence_goes() -> None:
    page = _body11().replace(_P11, f"{_P11} Dikutip dari Posko Sehat.Com")
    assert clean(page).paragraphs[1] == _P11


def test_a_sentence_ending_in_a_bare_address_is_the_storys() -> None:
    last = ("Formulir pendaftaran dan keberatan dapat diunduh oleh warga melalui laman resmi "
            "dinas yang ada di http://dinkes.example.go.id/?page_id=12")
    assert clean(_body11() + f"\n{last}\n").paragraphs[-1] == last


def test_the_story_resumes_after_a_list_of_latest_headlines() -> None:
    page = _body11("Berita Terkini:\n- Harga Cabai Rawit Mulai Turun\n- Dua Kapal Nelayan "
                   "Tenggelam di Perairan Utara").replace(_MORE10, f"{_MORE10} (MKR)")
    assert clean(page).paragraphs[-2:] == (_Q11, _MORE10)


def test_a_listings_next_item_ends_the_story() -> None:
    page = ("Category Archives: Berita\n\n  • 0\n\n" + _T11.upper() + "\n\nCategory : Berita\n\n"
            f"{_LEAD10}\n\n{_P11}\n\n  • 0\n\nLOGO\n\nDAFTAR INFORMASI PUBLIK TELAH DITETAPKAN "
            f"HARI INI\n\nCategory : Berita\n\n{_Q11}\n")
    assert clean(page).paragraphs == (_LEAD10, _P11)


def test_a_teaser_cut_mid_sentence_is_no_lead_over_the_glued_dateline() -> None:
    page = (f"{_T11}\n\nCuaca Jakarta Hari Ini: Pagi Berawan, Sore Hujan Ringan\n"
            "JAKARTA Badan Meteorologi memprakirakan cuaca di Jakarta hari ini akan didominasi oleh"
            f"\nNasionalJAKARTA -{_LEAD10}\n{_P11}\n{_Q11}\n")
    article = clean(page)
    assert (article.dateline, article.paragraphs[0]) == ("JAKARTA", _LEAD10)


def test_one_header_line_printed_again_mid_story_cuts_nothing() -> None:
    page = (f"{_T11}\n\nBAGIKAN\n\nJAKARTA - {_LEAD10}\n\n{_P11}\n\nBAGIKAN\n\n"
            f"Petugas Periksa Jentik di Tiga Kelurahan\n\n{_Q11}\n\n{_MORE10}\n")
    assert clean(page).paragraphs[-2:] == (_Q11, _MORE10)


# --- round twelve: furniture of more families -------------------------------------------------

_T12 = "Warga Desa Pesisir Tanam 5.000 Bibit Mangrove Sebelum Musim Pasang"
_L12 = ("Warga tiga desa pesisir di Kabupaten Demak menanam 5.000 bibit mangrove di sepanjang "
        "tanggul yang rusak sebelum musim pasang tiba bulan depan.")
_M12 = ("Kepala desa setempat mengatakan penanaman dilakukan secara swadaya dengan dukungan "
        "kelompok nelayan dan mahasiswa dari dua kampus di Semarang.")
_N12 = ("Ia berharap pemerintah daerah ikut membangun pemecah gelombang agar bibit yang baru "
        "ditanam tidak tersapu ombak pada musim pasang berikutnya.")


def _body(*lines: str) -> list[str]:
    return list(clean("\n\n".join(lines) + "\n").paragraphs)


def test_a_question_deck_that_asks_what_the_headline_asks_is_no_paragraph() -> None:
    title = "Mengapa Bibit Mangrove di Pesisir Demak Terus Mati?"
    deck = "Mengapa bibit mangrove yang ditanam warga pesisir Demak terus mati setiap tahun?"
    assert _body(title, "Lingkungan | Tuesday, 17 Feb 2026, 09:42 WIB", deck, _L12, _M12) \
        == [_L12, _M12]


@pytest.mark.parametrize("lines", [
    # a citizen-journalism platform's notice, under its label
    ["Disclaimer", "Suarawarga bersifat User Generated Content (UGC). Setiap konten menjadi "
                   "tanggung jawab pengirim."],
    # the site's contact block: offices and their street addresses
    ["Kantor Redaksi", "Gedung Pesisir Lantai 3, Jalan Pemuda 12, Semarang, Jawa Tengah, "
                       "Indonesia, 50132."],
])
def test_footer_families_are_furniture(lines: list[str]) -> None:
    assert _body(_T12, _L12, _M12, *lines) == [_L12, _M12]


def test_a_scroll_prompt_under_the_advert_label_mid_story_is_furniture() -> None:
    assert _body(_T12, _L12, "ADVERTISEMENT", "GULIR UNTUK LANJUT BACA", _M12, _N12) \
        == [_L12, _M12, _N12]


def test_the_original_after_a_translators_credit_is_furniture() -> None:
    lines = ["Original article is in English, translated by Rina Hartati",
             "Warga Pesisir Menanam Mangrove", _N12, _M12]
    assert _body(_T12, _L12, _M12, *lines) == [_L12, _M12]


def test_a_bracketed_teaser_over_the_desk_code_is_another_storys() -> None:
    teaser = "(Penyanyi muda ini akhirnya buka suara soal kabar pernikahannya.)"
    assert _body(_T12, _L12, _M12, teaser, "(kpl/rna/tia)") == [_L12, _M12]


def test_credits_glued_to_the_last_sentence_are_cut() -> None:
    assert _body(_T12, _L12, f"{_M12} Naskah : Humas Demak Editor : Tim Humas Pemkab Demak") \
        == [_L12, _M12]


def test_a_digests_source_credit_names_the_source_and_its_date() -> None:
    article = clean(f"Local News\n\n{_T12}\n\n{_L12}\n\n{_M12} (Pesisirkini.com 06/02/2026)\n")
    assert list(article.paragraphs) == [_L12, _M12]
    assert (article.outlet, article.published) == ("Pesisirkini.com", "2026-02-06")


def test_a_crosshead_that_the_paragraph_below_repeats_stays() -> None:
    crosshead = "Tanggul Pesisir Tetap Dijaga"
    below = ("Sementara itu, kelompok nelayan memastikan tanggul pesisir tetap dijaga bergiliran "
             "setiap malam selama musim pasang.")
    assert _body(_T12, _L12, _M12, crosshead, below, _N12) == [_L12, _M12, crosshead, below, _N12]


# --- round thirteen: glued endings and a headline below its teaser ----------------------------

_T13 = ("Dinas pertanian membagikan bibit kakao kepada kelompok tani di tiga desa yang baru "
        "selesai dilanda banjir bulan lalu.")


@pytest.mark.parametrize("code", ["(KS9).", "(ab-07/rd).", " (KS9).", " (ab-07/rd)"])
def test_desk_codes_with_digits_or_a_stray_stop_are_cut(code: str) -> None:
    page = f"Petani Kakao Terima Bantuan Bibit\n\n{_T13}\n\n{_T13[:-1]} pekan ini.{code}\n"
    assert clean(page).paragraphs[-1] == f"{_T13[:-1]} pekan ini."


def test_a_paywalls_plea_glued_to_the_teaser_and_the_title_below_it() -> None:
    teaser = ("Cocoa growers in Sulawesi have been racing to replant ageing trees as prices rise. "
              "At least three cooperatives plan to double their nurseries this year.")
    page = f"{teaser}To subscribe please click here\n\nCocoa Watch (2): Sulawesi Growers Replant\n"
    article = clean(page)
    assert article.paragraphs == (teaser,)
    assert article.title == "Cocoa Watch (2): Sulawesi Growers Replant"
    # a headline below that names nothing the teaser tells is no title
    other = f"{teaser}\n\nFerry Fares to Rise in March\n"
    assert clean(other).title is None


# --- round fourteen ---------------------------------------------------------------------------

_R14_LEAD = ("Dinas Kesehatan Kabupaten Sikka membuka posko vaksinasi campak di tiga puskesmas "
             "sejak Senin (2/3) kemarin.")
_R14_MORE = ("Petugas juga mendatangi sekolah dasar di desa terpencil agar tidak ada anak yang "
             "terlewat. Vaksin didatangkan dari gudang farmasi provinsi pada akhir pekan.")
_R14_LAST = "Orang tua diminta membawa buku kesehatan anak saat datang ke posko."


def test_an_e_papers_headline_dateline_and_lead_printed_as_one_block() -> None:
    head = "Posko Vaksinasi Campak Dibuka di Tiga Puskesmas Sikka"
    page = (f"POS FLORES\n\nRABU, 4 MARET 2026\n\n{head} Maumere (Pos Flores) {_R14_LEAD} "
            f"{_R14_MORE}\n\n{_R14_LAST}\n")
    article = clean(page)
    assert (article.title, article.dateline) == (head, "Maumere")
    assert article.paragraphs[0] == f"{_R14_LEAD} {_R14_MORE}"


def test_a_jump_line_glued_to_a_paragraph_goes_and_the_paragraph_stays() -> None:
    page = (f"{TITLE}\n\nMAUMERE - {_R14_LEAD}\n\n{_R14_MORE} Bersambung ke hal 15\n\n"
            f"{_R14_LAST}\n")
    assert list(clean(page).paragraphs) == [_R14_LEAD, _R14_MORE, _R14_LAST]


def test_a_writers_name_signed_in_lower_case_after_the_last_sentence() -> None:
    page = f"{TITLE}\n\nMAUMERE - {_R14_LEAD}\n\n{_R14_MORE}\n\n{_R14_LAST} maria goreti\n"
    assert list(clean(page).paragraphs) == [_R14_LEAD, _R14_MORE, _R14_LAST]


def test_a_body_sentence_that_names_a_chat_group_is_no_promo() -> None:
    told = ("Pesan berantai yang beredar di grup WhatsApp warga menyebut vaksin itu berbahaya "
            "bagi anak.")
    promo = "Dapatkan update berita pilihan setiap hari di grup WhatsApp kami."
    page = f"{TITLE}\n\nMAUMERE - {_R14_LEAD}\n\n{told}\n\n{promo}\n\n{_R14_MORE}\n"
    assert list(clean(page).paragraphs) == [_R14_LEAD, told, _R14_MORE]


def test_a_date_line_that_closes_the_sentence_above_is_the_storys() -> None:
    opened = ("Dinas Kesehatan Kabupaten Sikka membuka posko vaksinasi campak di tiga puskesmas. "
              "Posko itu diresmikan dalam apel bersama,")
    page = f"{TITLE}\n\nMAUMERE - {opened}\n\nSenin (02/03/2026) kemarin.\n\n{_R14_MORE}\n"
    article = clean(page)
    assert list(article.paragraphs) == [opened, "Senin (02/03/2026) kemarin.", _R14_MORE]
    assert article.published is None  # a sentence's day is no stamp of publication


def test_a_caption_with_its_own_credit_has_no_second_caption_below() -> None:
    said = ("Kepala Dinas Kesehatan Sikka, Maria Goreti, mengatakan posko dibuka karena kasus "
            "campak naik.")
    page = (f"{TITLE}\n\nMAUMERE - {_R14_LEAD}\n\nPetugas di posko vaksinasi Maumere (Istimewa)"
            f"\n\n{said}\n\n{_R14_MORE}\n")
    assert list(clean(page).paragraphs) == [_R14_LEAD, said, _R14_MORE]


def test_a_feeds_footer_ends_the_story_and_the_next_post_is_no_part_of_it() -> None:
    other = ("Pemerintah kota meresmikan jembatan baru di pinggir sungai yang menghubungkan dua "
             "kelurahan.")
    page = (f"{TITLE}\n\nMAUMERE - {_R14_LEAD}\n\n{_R14_MORE}\n\nThe post {TITLE} appeared first"
            f" on KABAR FLORES.\n\nJembatan Baru Diresmikan di Maumere\n\n{other}\n")
    assert list(clean(page).paragraphs) == [_R14_LEAD, _R14_MORE]


def test_a_cameras_file_names_and_an_assistants_offer_are_no_paragraphs() -> None:
    offer = ("Jika Anda membutuhkan versi singkat untuk media sosial, saya juga bisa bantu "
             "menuliskannya.")
    page = (f"{TITLE}\n\nIMG_20260302_101500\n\nDCIM103MEDIAMAUMERE - {_R14_LEAD}\n\n"
            f"{_R14_MORE}\n\n{_R14_LAST}\n\n{offer}\n")
    article = clean(page)
    assert list(article.paragraphs) == [_R14_LEAD, _R14_MORE, _R14_LAST]
    assert article.dateline == "MAUMERE"


# Round fifteen (fresh17/fresh18 families).
_LEAD = ("Pemerintah kota membuka pendaftaran bantuan modal bagi pedagang kecil mulai pekan "
         "depan di seluruh kecamatan. Pendaftaran dilakukan secara daring dan di kantor kelurahan.")


def test_a_video_description_closed_by_its_crew_keeps_its_story() -> None:
    # "(Reporter/Camera/Editor)" after several sentences is a video's crew, not a caption's
    page = (f"Pemkot buka pendaftaran bantuan modal pedagang kecil\nSenin, 9 Februari 2026 14:05 "
            f"WIB\n\nANTARA - {_LEAD} (Rina Oktaviani/Dedi Kurniawan/Sekar Ayu)\n")
    article = clean(page)
    assert article.paragraphs == (_LEAD,)


def test_a_one_shot_caption_with_its_credit_stays_a_caption() -> None:
    assert normalise("Warga antre di pasar. (Antara/Rina Oktaviani)") == [
        "Warga antre di pasar. (Antara/Rina Oktaviani)"]


@pytest.mark.parametrize("line", [
    "Baca berita selengkapnya di sini.",
    "Simak lebih jauh tentang rute perintis di sini.",
    "Baca selengkapnya: Tarif Kapal Cepat Batam-Tanjung Pinang Naik Mulai Pekan Depan",
])
def test_a_roundups_read_more_link_is_furniture(line: str) -> None:
    page = f"Judul Berita Tentang Bantuan Modal Pedagang\n\n{_LEAD}\n\n{line}\n\n{_LEAD[:60]}x.\n"
    assert line not in clean(page).paragraphs


def test_a_network_banner_printed_between_paragraphs_is_neither_dateline_nor_body() -> None:
    second = "Panitia mencatat 40 kelompok perajin dari tujuh kabupaten mengikuti festival itu."
    page = (f"Festival Noken di Wamena Diikuti 40 Kelompok Perajin\n- 24 Maret 2026, 22:02 WIB\n"
            f"{_LEAD}\n\nContoh Media Network\nContoh Media Network\n\n{second}\n\n"
            f"Contoh Media Network.\n\nPemerintah berencana menjadikan festival itu agenda "
            f"tahunan mulai 2027.\n")
    article = clean(page)
    assert article.title == "Festival Noken di Wamena Diikuti 40 Kelompok Perajin"
    assert _LEAD in article.paragraphs and second in article.paragraphs
    assert not any("Media Network" in p for p in article.paragraphs)


def test_a_blog_themes_widget_title_is_never_the_outlet() -> None:
    page = f"Social Items\n\nTANJUNG SELOR – {_LEAD}\n\n{_LEAD[:70]}lagi.\n"
    article = clean(page)
    assert article.outlet is None and article.dateline == "TANJUNG SELOR"


def test_the_outlet_in_the_dateline_does_not_make_the_blog_title_the_headline() -> None:
    # a blog's label page title ("Blog Name: Label") shares the dateline's outlet with the
    # lead, never the story's words: the headline below it is the title
    page = ("Warta Lembah Hijau: Berita Daerah\n\nSabtu, 21 Februari 2026\n\n"
            "Dinas Sosial Latih 40 Kader Posyandu di Desa Sukamaju\n\n"
            "Sukabumi, Warta Lembah Hijau.Id - Dinas Sosial melatih 40 kader posyandu di Desa "
            "Sukamaju, Sabtu (21/2).\n\nPelatihan berlangsung tiga hari dan mencakup gizi balita "
            "serta pencatatan tumbuh kembang anak di desa itu.\n")
    assert clean(page).title == "Dinas Sosial Latih 40 Kader Posyandu di Desa Sukamaju"


def test_a_running_ticker_in_capitals_is_no_story_start() -> None:
    # a radio site's ticker of shouted headlines above the headline: furniture, not the lead
    page = ("RADIO LEMBAH 99.1 FM\n\nDINAS SOSIAL KOTA SUKAMAJU MEMBUKA PENDAFTARAN BANTUAN BAGI "
            "WARGA MULAI PEKAN DEPAN.    RIBUAN WARGA MEMADATI ALUN-ALUN UNTUK SENAM MASSAL.\n\n"
            "BPBD Sukamaju Minta Warga Lereng Bukit Waspada Longsor\n\n"
            "Badan Penanggulangan Bencana Daerah mengimbau warga di lereng perbukitan waspada "
            "longsor selama hujan deras pekan ini.\n\nPetugas memasang dua alat peringatan dini "
            "di desa yang berada di zona rawan gerakan tanah.\n")
    cleaned = clean(page)
    assert cleaned.title == "BPBD Sukamaju Minta Warga Lereng Bukit Waspada Longsor"
    assert not any("RIBUAN" in p for p in cleaned.paragraphs)


def test_a_markdown_quotation_mark_is_no_part_of_the_paragraph() -> None:
    page = ("Polisi Sosialisasi Bahaya Narkoba di Sekolah\n\nBANYUWANGI - Polisi memberi "
            "penyuluhan bahaya narkoba kepada ratusan pelajar di aula sekolah, Senin (16/2).\n\n"
            "> “Kami ingin pelajar tahu bahwa pengedar sekarang masuk lewat media sosial,” "
            "ungkap kepala satuan itu.\n\nKegiatan serupa akan digelar di sekolah lain bulan "
            "depan bersama dinas pendidikan setempat.\n")
    assert "“Kami ingin pelajar tahu bahwa pengedar sekarang masuk lewat media sosial,” " \
        "ungkap kepala satuan itu." in clean(page).paragraphs

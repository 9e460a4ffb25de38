"""Round 30 (titles: document titles, site names). Example lines are written for these tests in
the manner of real pages; the matrix below is generated from made-up headlines and sites."""

import itertools

import pytest

from translator.clean import clean
from translator.doc_titles import site_titled, without_site_parts
from translator.headline import strip_outlet

# made-up stories: a headline and a lead that tells it
_STORIES = [
    ("Petani Kopi Gayo Keluhkan Harga Pupuk Nonsubsidi Naik",
     "Sejumlah petani kopi di dataran tinggi Gayo mengeluhkan harga pupuk nonsubsidi yang naik "
     "hampir dua kali lipat menjelang musim tanam, Rabu (4/3/2026)."),
    ("Jembatan Gantung Desa Lubuk Alung Putus Diterjang Banjir",
     "Jembatan gantung yang menghubungkan dua dusun di Desa Lubuk Alung putus setelah "
     "diterjang banjir bandang pada Selasa malam, memutus akses ratusan warga."),
    ("Pemkab Bener Meriah Salurkan Bantuan Beras untuk Warga Terdampak Longsor",
     "Pemerintah Kabupaten Bener Meriah menyalurkan bantuan beras sebanyak dua ton kepada warga "
     "terdampak longsor di tiga kecamatan, Kamis (5/3/2026)."),
]
_MORE = ("Menurut warga, kondisi itu sudah berlangsung sejak pekan lalu dan belum ada penanganan "
         "dari instansi terkait. Mereka berharap pemerintah segera turun tangan.\n\n"
         "Kepala desa setempat mengatakan laporan sudah disampaikan kepada pemerintah kecamatan "
         "dan dinas teknis agar dapat ditindaklanjuti dalam waktu dekat.")
# made-up sites: a web address, a site's name, and an organisation with its parent
_ADDRESSES = ["kabarpidie.net", "warta-lintas.co.id", "serambinusa.com"]
_NAMES = ["Kabar Pidie", "Warta Lintas Nusa", "Serambi Nusa"]
_ORGS = [("Pimpinan Daerah Aisyiyah Kota Solok", "Persyarikatan Muhammadiyah"),
         ("Dinas Pendidikan Kabupaten Agam", "Pemerintah Kabupaten Agam"),
         ("Pengurus Wilayah Nahdlatul Ulama Aceh", "Nahdlatul Ulama")]


def _shapes(head: str, addr: str, name: str, org: tuple[str, str]) -> dict[str, list[str]]:
    """The header lines above the story's date and lead, one list per shape."""
    return {
        "address tail": [f"{head} – {addr}"],
        "name tail, headline below": [f"{head} | {name}", "", name, "", head],
        "org and parent, masthead": [f"{org[0]} - {org[1]}", "", f" {org[0]}", "Beranda",
                                     "", head],
        "org and parent, breadcrumb": [f"{org[0]} - {org[1]}", "", f" {org[0]}",
                                       f".: Home > Berita > {head}", "", head.upper()],
        "address colon": [f"{addr}: {head}"],
        "name tail, logo above": [name, "", f"{head} | {name}"],
        "menu then headline": [name, "Beranda", "Berita", "Daerah", "Opini", "", head],
        "kicker": ["EKONOMI", head],
        "capitals": [name, "", head.upper()],
        "printed twice": [head, "", head],
    }


def _want(shape: str, head: str) -> str:
    return head.upper() if shape in ("capitals", "org and parent, breadcrumb") else head


_MATRIX = [(shape, story, addr, name, org)
           for story, (addr, name, org) in itertools.product(
               _STORIES, zip(_ADDRESSES, _NAMES, _ORGS))
           for shape in _shapes("", "", "", ("", ""))]


def _matrix_page(shape: str, story: tuple[str, str], addr: str, name: str,
                 org: tuple[str, str]) -> str:
    top = _shapes(story[0], addr, name, org)[shape]
    return "\n".join([*top, "", "Rabu, 04 Maret 2026 10:15 WIB", "", story[1], "", _MORE])


@pytest.mark.parametrize("shape,story,addr,name,org", _MATRIX)
def test_title_matrix(shape, story, addr, name, org):
    art = clean(_matrix_page(shape, story, addr, name, org))
    assert art.title == _want(shape, story[0])


def test_address_after_a_dash_is_the_sites():
    assert without_site_parts("Harga Cabai Turun di Pasar Raya – kabarpadang.net") == \
        "Harga Cabai Turun di Pasar Raya"
    assert without_site_parts("Warga Gotong Royong Bersihkan Saluran | www.beritaagam.co.id") == \
        "Warga Gotong Royong Bersihkan Saluran"
    # a headline's own words after a dash stay
    assert without_site_parts("Harga Cabai Turun – Pedagang Mengeluh") == \
        "Harga Cabai Turun – Pedagang Mengeluh"
    assert strip_outlet("Sekolah Rusak Diperbaiki – lintasbireuen.com") == \
        "Sekolah Rusak Diperbaiki"


def test_site_before_a_colon_is_the_sites():
    assert without_site_parts("lintasbireuen.com: Sekolah Rusak Mulai Diperbaiki") == \
        "Sekolah Rusak Mulai Diperbaiki"
    assert without_site_parts("Warta Bireuen: Sekolah Rusak Mulai Diperbaiki",
                              ("Warta Bireuen",)) == "Sekolah Rusak Mulai Diperbaiki"
    # a speaker's quote headline keeps its speaker
    assert without_site_parts("Bupati: Sekolah Rusak Segera Diperbaiki") == \
        "Bupati: Sekolah Rusak Segera Diperbaiki"


def test_document_title_whose_first_part_is_printed_again():
    texts = ["Pimpinan Cabang Aisyiyah Kota Padang - Persyarikatan Muhammadiyah",
             "Pimpinan Cabang Aisyiyah Kota Padang.: Home > Berita > ...",
             "AISYIYAH PADANG GELAR PELATIHAN KADER"]
    assert site_titled(texts[0], texts)
    assert not site_titled(texts[2], texts)
    # a headline with a dash in it, printed once, is no site's line
    assert not site_titled("Banjir Surut - Warga Mulai Bersihkan Rumah",
                           ["Banjir Surut - Warga Mulai Bersihkan Rumah", "Banjir"])


# --- outlets and authors ----------------------------------------------------------------------

from translator.credit_rows import listed_credit, sign_off  # noqa: E402
from translator.doc_titles import reprint_source, titled_site  # noqa: E402


def test_document_title_names_the_site_it_opens_with():
    texts = ["Pimpinan Daerah Aisyiyah Kota Solok - Persyarikatan Muhammadiyah",
             " Pimpinan Daerah Aisyiyah Kota Solok", "Beranda", "AISYIYAH SOLOK GELAR BAZAR"]
    assert titled_site(texts, "AISYIYAH SOLOK GELAR BAZAR") == \
        "Pimpinan Daerah Aisyiyah Kota Solok"
    # the headline's own document title names no site
    texts = ["Harga Cabai Turun di Pasar Raya | Warta Desa", "Harga Cabai Turun di Pasar Raya"]
    assert titled_site(texts, "Harga Cabai Turun di Pasar Raya") is None


def test_dinas_site_and_its_parent_give_the_outlet():
    art = clean("\n".join([
        "Dinas Pendidikan Kabupaten Agam - Pemerintah Kabupaten Agam", "",
        " Dinas Pendidikan Kabupaten Agam", "", _STORIES[0][0], "",
        "Rabu, 04-03-2026", "", _STORIES[0][1], "", _MORE]))
    assert art.title == _STORIES[0][0]
    assert art.outlet == "Dinas Pendidikan Kabupaten Agam"


def test_aggregator_copy_names_its_source():
    texts = ["Harga Cabai Turun di Pasar Raya – kabarsolok.net",
             "Harga Cabai Turun di Pasar Raya – Padangkita.com", "[ad_1]",
             "Solok, kabarsolok.net – Harga cabai ...", "Sumber"]
    assert reprint_source("kabarsolok.net", texts) == "Padangkita.com"
    assert reprint_source("kabarsolok.net", texts[:-1]) is None  # no source label: no reprint


def test_text_label_names_the_writer():
    assert listed_credit("Text : Rina Wulandari") == "Rina Wulandari"
    assert listed_credit("Teks: Ayu Lestari") == "Ayu Lestari"
    assert listed_credit("Photo : Budi Santoso") is None


_PARA = ("Kepala dinas mengatakan pihaknya akan menambah petugas di lapangan agar pelayanan "
         "kepada masyarakat berjalan lancar selama bulan puasa.")


def test_asterisked_sign_off_names_the_reporter():
    assert sign_off([_PARA, "", "*Rahmat", "", "Berita Terkait", "Headline Lain"]) == "Rahmat"
    assert sign_off([_PARA, "*Dewi Sartika", "© 2026 Kabar Bima"]) == "Dewi Sartika"
    # an asterisked crosshead stands over more paragraphs
    assert sign_off([_PARA, "*Harapan Warga", _PARA]) is None
    assert sign_off([_PARA, "*Tim", "Berita Terkait"]) is None


from translator.lines import Line  # noqa: E402
from translator.publisher import dateline_outlet, site_spelling  # noqa: E402


def _lines(*texts: str) -> list[Line]:
    return [Line(kind="text", text=t) for t in texts]


def test_logo_address_in_small_letters_never_respells_a_mixed_stamp():
    page = _lines("kabarpidie.net", "Home", "Pidie, kabar PIDIE | Warga ...")
    assert site_spelling("kabar PIDIE", page) is None
    # a shouted stamp takes the logo's spelling still
    assert site_spelling("KABARPROGRESIF.COM", _lines("Kabar Progresif", "Home")) == \
        "Kabar Progresif"


def test_network_channel_stamp_on_a_page_without_the_network():
    page = _lines("Pemkab Salurkan Bantuan", "Bireuen, Aceh | detikNews – Pemkab ...")
    assert dateline_outlet("detikNews", page) == "detikNews"

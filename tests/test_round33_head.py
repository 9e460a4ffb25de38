"""Round 33, titles and datelines: generated variants of the families fresh82-85 missed, and
decoys of similar shape that keep today's reading (made-up outlets, places, headlines)."""

import pytest

from translator.clean import clean
from translator.datelines import match_dateline

from .story_page import HALL_LEAD as _LEAD


# --- a place and the outlet's address set off by a run of underscores -------------------------
@pytest.mark.parametrize("line,place,outlet", [
    (f"SLEMAN, WARTADESA.com__{_LEAD}", "SLEMAN", "WARTADESA.com"),
    (f"Bantul, kabarbantul.id__{_LEAD}", "Bantul", "kabarbantul.id"),
    (f"KUDUS, BERITAKITA.co.id___{_LEAD}", "KUDUS", "BERITAKITA.co.id"),
    (f"Garut, suaragarut.com _ {_LEAD}", "Garut", "suaragarut.com"),
    (f"PATI, LINTASPATI.com__Sebanyak 40 {_LEAD}", "PATI", "LINTASPATI.com"),
    (f"Maros, Info Maros__“Kami menunggu,” kata warga. {_LEAD}", "Maros", None),
    (f"MAROS, INFOMAROS.id__{_LEAD}", "MAROS", "INFOMAROS.id"),
])
def test_underscore_run_after_pair(line, place, outlet):
    found = match_dateline(line)
    assert found and found[0] == place and not found[2].startswith("_")
    if outlet:
        assert found[1] == outlet


# --- a hashtag for the dateline ----------------------------------------------------------------
@pytest.mark.parametrize("line,place", [
    (f"#Sleman - {_LEAD}", "Sleman"),
    (f"#Garut – {_LEAD}", "Garut"),
    (f"#BANTUL - {_LEAD}", "BANTUL"),
    (f"#Kudus — Sekitar 1.200 {_LEAD}", "Kudus"),
    (f"#Maros-{_LEAD}", "Maros"),
    (f"#Pati : {_LEAD}", "Pati"),
])
def test_hashtag_dateline(line, place):
    found = match_dateline(line)
    assert found and found[0] == place and found[2][0] in "RS"


@pytest.mark.parametrize("line", [
    f"#SaveHutan - {_LEAD}",
    f"#Viral - {_LEAD}",
    f"#BREAKING - {_LEAD}",
    f"#TolakTambang – {_LEAD}",
])
def test_hashtag_decoys_name_no_place(line):
    found = match_dateline(line)
    assert not (found and found[0])


# --- the outlet's address, a colon, then the place with no dash --------------------------------
@pytest.mark.parametrize("line,place,outlet", [
    (f"Wartaminang.co.id: Padang {_LEAD}", "Padang", "Wartaminang.co.id"),
    (f"kabarsumbar.com: Bukittinggi Pemerintah kota {_LEAD}", "Bukittinggi",
     "kabarsumbar.com"),
    (f"Beritaku.id : Medan {_LEAD}", "Medan", "Beritaku.id"),
    (f"SUARALOKAL.COM: Makassar Sebanyak 40 {_LEAD}", "Makassar", "SUARALOKAL.COM"),
    (f"Infodaerah.net: Semarang – {_LEAD}", "Semarang", "Infodaerah.net"),
    (f"Infoprov.id: Pekanbaru Pemerintah provinsi {_LEAD}", "Pekanbaru", "Infoprov.id"),
    (f"Wartaku.net: Yogyakarta Sekitar 1.200 {_LEAD}", "Yogyakarta", "Wartaku.net"),
    (f"Portalku.co.id : Palembang - Sekitar 1.200 {_LEAD}", "Palembang", "Portalku.co.id"),
])
def test_domain_colon_place(line, place, outlet):
    found = match_dateline(line)
    assert found and found[:2] == (place, outlet) and found[2][0] in "RPS"


@pytest.mark.parametrize("line", [
    f"Wartaminang.co.id: Pemerintah Kota {_LEAD}",
    f"Beritaku.id: Warga {_LEAD}",
])
def test_domain_colon_without_place_keeps_outlet(line):
    found = match_dateline(line)
    assert found is None or found[0] is None


# --- the place, a shouted outlet, a bracketed date and a bar -----------------------------------
@pytest.mark.parametrize("line,place,outlet", [
    (f"SLEMAN, HUTANLESTARI (19/01/2026) | {_LEAD}", "SLEMAN", "HUTANLESTARI"),
    (f"KUDUS, PERTANIKU (3/2/2026) | {_LEAD}", "KUDUS", "PERTANIKU"),
    (f"GARUT, AGROWANA (12/03) | {_LEAD}", "GARUT", "AGROWANA"),
    (f"BANTUL, KABARTANI (5/1/26) | {_LEAD}", "BANTUL", "KABARTANI"),
    (f"MAROS, SULSELKITA (19/01/2026) |{_LEAD}", "MAROS", "SULSELKITA"),
    (f"PATI, WARTAPANTURA (1/12/2025)| {_LEAD}", "PATI", "WARTAPANTURA"),
])
def test_bar_after_bracket_date(line, place, outlet):
    found = match_dateline(line)
    assert found and found[:2] == (place, outlet) and found[2].startswith("Ratusan")


def test_bar_after_known_province_keeps_pair():
    found = match_dateline(f"PEKANBARU, RIAU (19/01/2026) | {_LEAD}")
    assert found and found[0] == "PEKANBARU, RIAU"


# --- a press office's name and short form between the place and the date ----------------------
@pytest.mark.parametrize("line,place", [
    (f"Jakarta, Kementerian Pertanian (Kementan), Senin, 9 Maret 2026. {_LEAD}", "Jakarta"),
    (f"Bandung, Dinas Lingkungan Hidup dan Kebersihan (DLHK), Rabu, 4 Februari 2026. {_LEAD}",
     "Bandung"),
    (f"Surabaya, Badan Pusat Statistik (BPS), 12 Januari 2026 – {_LEAD}", "Surabaya"),
    (f"Medan, Balai Besar Konservasi Sumber Daya Alam (BBKSDA), Jumat (13/2/2026) - {_LEAD}",
     "Medan"),
    (f"Semarang, Dinas Kelautan dan Perikanan (DKP), Kamis, 5 Maret 2026 — {_LEAD}",
     "Semarang"),
    (f"Makassar, Kementerian Koperasi dan UKM (KemenKopUKM), Selasa, 10 Maret 2026. {_LEAD}",
     "Makassar"),
])
def test_press_office_before_date(line, place):
    found = match_dateline(line)
    assert found and found[0] == place and found[2].startswith("Ratusan")


@pytest.mark.parametrize("line", [
    f"Rapat, Dewan Kota (DK), Senin, 9 Maret 2026. {_LEAD}",
    f"Menurut Kepala Dinas Pertanian (Distan), Senin, 9 Maret 2026. {_LEAD}",
])
def test_press_office_decoys(line):
    found = match_dateline(line)
    assert not (found and found[0] in ("Rapat", "Menurut", "Menurut Kepala"))


# --- titles -----------------------------------------------------------------------------------
_BODY = [
    "Para petani di lereng gunung itu mulai memanen kopi lebih awal tahun ini karena hujan "
    "turun lebih sedikit dari biasanya, kata ketua kelompok tani setempat kepada wartawan.",
    "Harga biji kopi di tingkat petani naik sekitar sepuluh persen dibanding musim lalu, "
    "sehingga banyak keluarga memilih menjual hasil panen langsung ke pengepul desa.",
    "Dinas pertanian kabupaten berjanji menambah pelatihan pengolahan pascapanen agar mutu "
    "kopi rakyat bisa bersaing dengan kopi dari perkebunan besar di provinsi lain.",
]
_MENU = ["Beranda", "Berita", "Wisata", "Kuliner", "Kontak"]


def _page(head: list[str], lead_line: str | None = None) -> str:
    lines = ["Kabar Lereng", *_MENU, "", *head, ""]
    if lead_line:
        lines += [lead_line, ""]
    return "\n\n".join(lines + _BODY + ["Bagikan"])


_MARKED = [
    ("Petani Lereng Gunung Panen Kopi Lebih Awal", "[:id]{}[:]"),
    ("Harga Kopi Petani Naik Sepuluh Persen", "[:id]{}[:en]Coffee Prices Up[:]"),
    ("Kelompok Tani Kopi Minta Pelatihan Pascapanen", "{{:id}}{}{{:}}"),
    ("Musim Panen Kopi Datang Lebih Cepat di Lereng", "[:ID]{}[:]"),
    ("Petani Kopi Jual Panen Langsung ke Pengepul", "<!--:id-->{}<!--:-->"),
    ("Dinas Janji Tambah Pelatihan Kopi Rakyat", "[:id] {} [:]"),
    ("Coffee Harvest Comes Early on the Slopes", "[:en]{}[:]"),
]


@pytest.mark.parametrize("title,marked", [(t, m.format(t)) for t, m in _MARKED])
def test_language_markers_leave_title(title, marked):
    assert clean(_page([marked])).title == title


@pytest.mark.parametrize("title,sep", [
    ("Panen Kopi Lebih Awal di Lereng Gunung", " – "),
    ("Kopi Rakyat Lereng Gunung Mulai Dipanen", " - "),
    ("Petani Lereng Memanen Kopi Lebih Cepat", " — "),
    ("The Coffee Harvest Comes Early on the Slopes", " – "),
    ("Panen Kopi Lereng Gunung Tahun Ini", ": "),
    ("Musim Kopi Datang Lebih Awal", " – "),
    ("Harvest Time on the Coffee Slopes", " — "),
])
def test_lead_opening_with_title(title, sep):
    lead = f"{title}{sep}Kelompok tani di lereng gunung itu memulai panen kopi tiga pekan " \
           "lebih awal dari jadwal biasanya, kata pengurusnya."
    assert clean(_page([title], lead)).title == title


def test_teaser_over_other_story_still_skipped():
    # a related item's headline over a teaser that repeats it, above the story's own headline
    page = "\n\n".join([
        "Kabar Lereng", *_MENU, "",
        "Jalan Desa Rusak Parah Usai Banjir",
        "Jalan Desa Rusak Parah Usai Banjir dan warga meminta perbaikan ...",
        "Petani Lereng Gunung Panen Kopi Lebih Awal", "", *_BODY])
    assert clean(page).title == "Petani Lereng Gunung Panen Kopi Lebih Awal"


# --- a menu link joined by "&", and a breadcrumb of the menu's links, title nothing -----------
def _menu_page(menu: list[str], crumb: str | None, head: str) -> str:
    top = ["Lereng Kita", "Home", *menu, "Kontak", ""]
    lines = [*top, *([crumb] if crumb else []), "", "12 Maret 2026", "", head, ""]
    return "\n".join(lines + _BODY + ["Bagikan"])


@pytest.mark.parametrize("menu,crumb", [
    (["Berita Desa", "Seni & Budaya", "Wisata", "Kuliner"], "Seni & Budaya / Wisata"),
    (["Food & Drink", "Travel", "Culture", "Events"], "Food & Drink / Travel"),
    (["Nasional", "Pendidikan & Riset", "Kampus", "Opini"], "Pendidikan & Riset"),
    (["Arts & Culture", "Travel", "Food", "Events"], "Arts & Culture / Travel"),
    (["Money & Markets", "Style", "Travel", "Money"], "Money & Markets / Style"),
    (["Kabar Desa", "Tani & Ternak", "Kuliner"], "Tani & Ternak"),
])
def test_menu_crumbs_title_nothing(menu, crumb):
    assert clean(_menu_page(menu, crumb, "Kopi Lereng")).title != crumb


@pytest.mark.parametrize("head", [
    "Seni & Budaya Warnai Panen Kopi di Lereng Gunung",
    "Petani Kopi / Pengepul Desa Sepakat Harga Baru",
    "Panen Kopi Lereng Gunung Datang Lebih Awal",
])
def test_headline_with_amp_or_slash_stays(head):
    menu = ["Berita Desa", "Seni & Budaya", "Wisata", "Kuliner"]
    assert clean(_menu_page(menu, None, head)).title == head


# --- a post's short title under its date line, right over the lead ----------------------------
def _dated_page(date: str, head: str, lead: str) -> str:
    top = ["lerengkita.id", "Home", "Berita", "Wisata", "Kuliner", "Kontak", ""]
    return "\n".join([*top, date, "", head, "", lead, "", *_BODY[1:], "Bagikan"])


_SHORT = [
    ("14 April 2026", "TRAVEL Wonosari",
     "Wonosari, the small town on the limestone plateau, has long been a stop on the way to "
     "the southern beaches, but its caves and villages now keep visitors for several nights."),
    ("Senin, 9 Maret 2026", "Pesona Dieng",
     "Dataran tinggi Dieng kembali ramai dikunjungi wisatawan pada akhir pekan ini setelah "
     "jalan menuju kompleks candi diperbaiki dan cuaca mulai bersahabat bagi pendaki."),
    ("March 3, 2026", "Kopi Kintamani",
     "Farmers around Kintamani have started picking their arabica a few weeks early this "
     "year, as the dry spell ripened the cherries faster than usual on the volcanic slopes."),
    ("12/03/2026", "GUIDE Lombok Timur",
     "East Lombok has quietly become a base for hikers heading to Rinjani, with homestays in "
     "Sembalun now booked out for most weekends until the end of the dry season this year."),
    ("2 Februari 2026", "Festival Gandrung",
     "Ribuan penari gandrung memadati pantai kota pada Sabtu sore untuk membuka rangkaian "
     "festival tahunan yang kini menjadi salah satu agenda wisata terbesar di kabupaten itu."),
    ("Friday, 6 March 2026", "Sumba Weavers",
     "Weavers in East Sumba say orders for their ikat cloth have doubled since the regency "
     "opened a small gallery near the airport, though the dyes still take months to prepare."),
    ("Rabu, 4 Februari 2026", "Batik Lasem",
     "Perajin batik di Lasem mulai kebanjiran pesanan menjelang Imlek, sebagian besar dari "
     "pembeli luar kota yang mencari motif lama dengan warna merah khas pesisir utara."),
]


@pytest.mark.parametrize("date,head,lead", _SHORT)
def test_short_post_title_under_date(date, head, lead):
    assert clean(_dated_page(date, head, lead)).title == head


@pytest.mark.parametrize("head", ["Berita Utama", "Wisata", "Kopi Kintamani.", "Travel News"])
def test_short_line_naming_nothing_titles_nothing(head):
    lead = _SHORT[2][2]
    assert clean(_dated_page("March 3, 2026", head, lead)).title != head


def test_short_line_not_under_date_titles_nothing():
    page = _dated_page("Oleh Redaksi", "Kopi Kintamani", _SHORT[2][2])
    assert clean(page).title != "Kopi Kintamani"

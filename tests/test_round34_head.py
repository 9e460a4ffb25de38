"""Round 34, titles and datelines: generated variants of the families fresh86-97 missed, and
decoys of similar shape that keep today's reading (made-up outlets, places, headlines)."""

import pytest

from translator.clean import clean
from translator.datelines import match_dateline

from .story_page import HALL_LEAD as _LEAD

_PLEA = ("Petani di desa itu mendesak pemerintah daerah segera memperbaiki saluran irigasi "
         "yang jebol sejak awal bulan.")


# --- a place and the outlet's name set off by marks the tables do not read ---------------------
@pytest.mark.parametrize("line,place,outlet", [
    (f"Garut,kabarpriangan.com .-{_LEAD}", "Garut", "kabarpriangan.com"),
    (f"Sleman,wartamerapi.id .- {_LEAD}", "Sleman", "wartamerapi.id"),
    (f"SUKAMAJU wartadesa.com – {_LEAD}", "SUKAMAJU", "wartadesa.com"),
    (f"TELUK RAYA kabarpesisir.id - {_LEAD}", "TELUK RAYA", "kabarpesisir.id"),
    (f"Suaramaros.com •• Maros – {_LEAD}", "Maros", "Suaramaros.com"),
    (f"Kabarkudus.id • Kudus - {_LEAD}", "Kudus", "Kabarkudus.id"),
    (f"Bantul I Warta Mataram.id -{_LEAD}", "Bantul", "Warta Mataram.id"),
    (f"Kudus I Lingkar Muria.com - {_LEAD}", "Kudus", "Lingkar Muria.com"),
    (f"Garut,Priangan News-{_LEAD}", "Garut", "Priangan News"),
    (f"Maros,Warta Bugis-{_LEAD}", "Maros", "Warta Bugis"),
    (f"BILA JAYA (KabarLembah.com) {_LEAD}", "BILA JAYA", "KabarLembah.com"),
    (f"ADA MULIA (wartaku.id) {_LEAD}", "ADA MULIA", "wartaku.id"),
    (f"SAAT BARU (Kabarku.com) {_LEAD}", "SAAT BARU", "Kabarku.com"),
    (f"kabarpantura - KUDUS, {_LEAD}", "KUDUS", "kabarpantura"),
    (f"suaragarut - GARUT, {_LEAD}", "GARUT", "suaragarut"),
])
def test_loose_set_off_place_and_outlet(line, place, outlet):
    found = match_dateline(line.replace(_LEAD, _PLEA) if "(" in line else line)
    assert found and found[:2] == (place, outlet) and found[2][0] in "RP"


@pytest.mark.parametrize("line", [
    f"Kata warga,kabarku.com .- {_LEAD}",
    f"Pagi itu • Kami - {_LEAD}",
    f"Sebanyak 40 warga wartaku.com – {_LEAD}",
    f"Warga I Petani Desa - {_LEAD}",
    f"kabarbaru - SENIN, {_LEAD}",
    f"kata warga - PAGI, {_LEAD}",
    f"Bantul • Sleman - {_LEAD}",
    f"Berita Utama,Kabar Desa-{_LEAD}",
    f"Harga beras (HargaKita.com) naik lagi pekan ini di pasar desa.",
])
def test_loose_set_off_decoys_stay_unread(line):
    assert match_dateline(line) is None


# --- the region after the city that the city alone stands for -----------------------------------
@pytest.mark.parametrize("line,place", [
    (f"MEDAN INDONESIA (Warta Kita) - {_LEAD}", "MEDAN"),
    (f"SURABAYA INDONESIA (Kabar Timur) - {_LEAD}", "SURABAYA"),
    (f"MAKASSAR, SOUTH SULAWESI — {_LEAD}", "MAKASSAR"),
    (f"KUPANG, EAST NUSA TENGGARA — {_LEAD}", "KUPANG"),
    (f"Mataram, West Nusa Tenggara - {_LEAD}", "Mataram"),
    (f"SAMARINDA , Kalimantan Timur – {_LEAD}", "SAMARINDA"),
    (f"Padang , Sumatera Barat - {_LEAD}", "Padang"),
])
def test_region_the_city_stands_for(line, place):
    found = match_dateline(line)
    assert found and found[0] == place and found[2].startswith("Ratusan")


@pytest.mark.parametrize("line,place", [
    (f"PEKANBARU, RIAU - {_LEAD}", "PEKANBARU, RIAU"),
    (f"Jayapura, Papua – {_LEAD}", "Jayapura, Papua"),
    (f"Padang, Sumatera Barat - {_LEAD}", "Padang, Sumatera Barat"),
    (f"Sleman, Bantul - {_LEAD}", "Sleman, Bantul"),
])
def test_city_and_province_stay_whole(line, place):
    found = match_dateline(line)
    assert found and found[0] == place


# --- titles: a breadcrumb of two-word links glued before the headline ---------------------------
_BODY = [
    "Para petani di lereng gunung itu mulai memanen kopi lebih awal tahun ini karena hujan "
    "turun lebih sedikit dari biasanya, kata ketua kelompok tani setempat kepada wartawan.",
    "Harga biji kopi di tingkat petani naik sekitar sepuluh persen dibanding musim lalu, "
    "sehingga banyak keluarga memilih menjual hasil panen langsung ke pengepul desa.",
    "Dinas pertanian kabupaten berjanji menambah pelatihan pengolahan pascapanen agar mutu "
    "kopi rakyat bisa bersaing dengan kopi dari perkebunan besar di provinsi lain.",
]


def _crumb_page(crumbs: str, title: str) -> str:
    lines = ["Kamis, Maret 12, 2026", f"{crumbs}{title}", "", title, "", *_BODY, "Bagikan"]
    return "\n".join(lines)


@pytest.mark.parametrize("crumbs,title", [
    ("BerandaBerita Lereng", "Petani Lereng Gunung Panen Kopi Lebih Awal"),
    ("BerandaTulisan Feature", "Harga Kopi Petani Naik Sepuluh Persen"),
    ("HomeKabar Desa", "Kelompok Tani Kopi Minta Pelatihan Pascapanen"),
    ("BerandaEkonomi Kerakyatan", "Musim Panen Kopi Datang Lebih Cepat di Lereng"),
    ("HomeBerita Daerah Kita", "Petani Kopi Jual Panen Langsung ke Pengepul"),
    ("BerandaSorotan Utama", "Dinas Janji Tambah Pelatihan Kopi Rakyat"),
])
def test_spaced_crumbs_glued_before_title(crumbs, title):
    assert clean(_crumb_page(crumbs, title)).title == title


# --- a regional office's short form before the place: the desk, the place the dateline --------
@pytest.mark.parametrize("line,place", [
    (f"Dinkes, Sleman – {_LEAD}", "Sleman"),
    (f"Humas, Garut - {_LEAD}", "Garut"),
    (f"Diskominfo, Kudus - {_LEAD}", "Kudus"),
    (f"Prokopim, Maros - {_LEAD}", "Maros"),
    (f"Disdikbud, Bantul – {_LEAD}", "Bantul"),
    (f"Dispertan, Garut - {_LEAD}", "Garut"),
])
def test_office_short_form_before_place(line, place):
    found = match_dateline(line)
    assert found and found[:2] == (place, None)


@pytest.mark.parametrize("line,reading", [
    (f"Distrik, Garut - {_LEAD}", ("Distrik", "Garut")),
    (f"Dinding, Garut - {_LEAD}", ("Dinding", "Garut")),
    (f"Diskusi, Maros - {_LEAD}", ("Diskusi", "Maros")),
    (f"Dinkes, Kabar Kota - {_LEAD}", ("Dinkes", "Kabar Kota")),
])
def test_office_short_form_decoys_keep_reading(line, reading):
    found = match_dateline(line)
    assert found and found[:2] == reading


# --- the writer's shouted name closed by a full stop before the place --------------------------
@pytest.mark.parametrize("line,place", [
    (f"ANDI RAHMAN. MAROS — {_LEAD}", "MAROS"),
    (f"BUDI SANTOSO. GARUT – {_LEAD}", "GARUT"),
    (f"AGUS SALIM SIREGAR. MEDAN - {_LEAD}", "MEDAN"),
    (f"YOHANES KAMBU. SORONG – {_LEAD}", "SORONG"),
    (f"RATNA DEWI. KUDUS — {_LEAD}", "KUDUS"),
    (f"IMAM SYAFII. BANTUL - {_LEAD}", "BANTUL"),
])
def test_writer_name_before_place(line, place):
    found = match_dateline(line)
    assert found and found[0] == place and found[2].startswith("Ratusan")


@pytest.mark.parametrize("line,place", [
    (f"MEDAN. KUDUS - {_LEAD}", "MEDAN. KUDUS"),
    (f"JAKARTA. BANDUNG - {_LEAD}", "JAKARTA. BANDUNG"),
    (f"KOTA LAMA. SLEMAN - {_LEAD}", "KOTA LAMA. SLEMAN"),
    (f"PT. GARUT - {_LEAD}", "PT. GARUT"),
])
def test_writer_name_decoys_keep_reading(line, place):
    found = match_dateline(line)
    assert found and found[0] == place


# --- a blog's description under its name, over the date header, titles nothing ----------------
def _blog_page(name: str, second: str) -> str:
    return "\n".join([name, second, "", "Kamis, 16 April 2026", "", "", *_BODY, "Bagikan"])


@pytest.mark.parametrize("name,description", [
    ("Kopi Lereng", "Berita dan informasi seputar dunia kopi"),
    ("Catatan Petani", "Kumpulan cerita dari sawah dan ladang"),
    ("Warta Kebun", "Informasi seputar tanaman hias dan taman"),
    ("Dapur Desa", "Resep dan cerita masakan kampung"),
    ("Sekolah Alam", "Blog tentang pendidikan anak usia dini"),
    ("Ruang Baca", "Ulasan buku dan sastra lama"),
    ("Farm Notes", "News and stories about small farms"),
])
def test_blog_description_titles_nothing(name, description):
    assert clean(_blog_page(name, description)).title != description


@pytest.mark.parametrize("name,title", [
    ("Kopi Lereng", "Petani Lereng Gunung Panen Kopi Lebih Awal"),
    ("Catatan Petani", "Harga biji kopi petani naik sepuluh persen"),
    ("Warta Kebun", "Dinas Pertanian Janji Tambah Pelatihan Kopi"),
])
def test_post_title_under_blog_name_stays(name, title):
    assert clean(_blog_page(name, title)).title == title


# --- a regency's initials before the dash, spelled out in the lead: the place ------------------
@pytest.mark.parametrize("line,place", [
    ("HSU - Pemerintah Kabupaten Hulu Sungai Utara membuka pasar murah di alun-alun kota "
     "menjelang bulan puasa.", "HSU"),
    ("MBD - Warga Maluku Barat Daya menanti kapal perintis yang tertunda sejak pekan lalu "
     "karena cuaca buruk.", "MBD"),
    ("OKI - Ratusan petani di Ogan Komering Ilir mulai menanam padi setelah air surut dari "
     "sawah mereka.", "OKI"),
    ("KKT - Warga Kabupaten Kepulauan Tanimbar mengeluhkan harga bahan bakar yang naik "
     "sejak awal bulan ini.", "KKT"),
    ("LU - Pemerintah Lombok Utara menyiapkan bantuan bibit bagi petani yang sawahnya rusak "
     "diterjang banjir.", "LU"),
    ("KKR - Ribuan warga Kubu Raya memadati lapangan kantor bupati untuk salat Id pagi ini "
     "bersama keluarga.", None),
])
def test_initials_the_lead_spells_out(line, place):
    found = match_dateline(line)
    if place:
        assert found and found[:2] == (place, None)
    else:  # "KKR" are no initials of "Kubu Raya": as today
        assert found and found[0] is None


@pytest.mark.parametrize("line,outlet", [
    ("KPK - Komisi Pemberantasan Korupsi memeriksa pejabat di Kota Medan pekan ini terkait "
     "proyek jalan.", "KPK"),
    ("BPS - Badan Pusat Statistik Kota Medan mencatat inflasi bulanan naik tipis pada awal "
     "tahun ini.", "BPS"),
    ("ANTARA - Warga Kabupaten Sumbawa Barat antre minyak goreng di pasar sejak subuh "
     "hingga siang hari.", "ANTARA"),
])
def test_initials_of_no_place_stay_outlet(line, outlet):
    found = match_dateline(line)
    assert found and found[:2] == (None, outlet)


# --- a dateline alone on its line with its day and date, over the lead -------------------------
@pytest.mark.parametrize("line,place", [
    ("UNSRAT-Manado, Kamis (19/2).", "Manado"),
    ("UNHAS-Makassar, Senin (9/3).", "Makassar"),
    ("POLTEK-Kupang, Rabu (4/2).", "Kupang"),
    ("Sorong, Jumat (13/3).", "Sorong"),
    ("UNIMAL-Lhokseumawe, Selasa (10/3/2026).", "Lhokseumawe"),
    ("UNKHAIR-Ternate, Sabtu (7/3).", "Ternate"),
])
def test_lone_dateline_with_day_and_date(line, place):
    from translator.datelines import bare_dateline
    assert bare_dateline(line) == (place, None)


@pytest.mark.parametrize("line", ["Rapat, Senin (9/3).", "Warga, Kamis (19/2).",
                                  "Menurut dia, Rabu (4/2)."])
def test_lone_day_and_date_after_no_place(line):
    from translator.datelines import bare_dateline
    assert bare_dateline(line) is None


# --- a wire's place, its province named as one, the country, the month -------------------------
_EN = ("Before dawn, the two sisters walk down a steep path from their family's house to the "
       "new learning centre by the river.")


@pytest.mark.parametrize("line,place", [
    (f"Wamena, Papua province, Indonesia, April 2026 - {_EN}", "Wamena"),
    (f"Sembalun Village, West Nusa Tenggara province, Indonesia, March 2026 — {_EN}",
     "Sembalun Village"),
    (f"Atambua, East Nusa Tenggara province, Indonesia - {_EN}", "Atambua"),
    (f"Soe District, Timor Tengah Selatan regency, Indonesia, May 2026 – {_EN}", "Soe District"),
    (f"Lamalera, Lembata regency, Indonesia - {_EN}", "Lamalera"),
    (f"Oecusse Village, Ambeno district, Timor-Leste, June 2026 - {_EN}", "Oecusse Village"),
])
def test_wire_place_province_country_month(line, place):
    found = match_dateline(line)
    assert found and found[:2] == (place, None) and found[2].startswith("Before")


@pytest.mark.parametrize("line", [
    f"Morning Prayers, Papua province, Kita - {_EN}",
    f"Our Work, Papua province, Everyone - {_EN}",
])
def test_wire_form_needs_a_country(line):
    assert match_dateline(line) is None


# --- a radio station's frequency before the place ---------------------------------------------
@pytest.mark.parametrize("line,place", [
    (f"104.5fm, Garut – {_LEAD}", "Garut"),
    (f"98fm, Kudus Jati - {_LEAD}", "Kudus Jati"),
    (f"101fm, Sleman Depok – {_LEAD}", "Sleman Depok"),
    (f"92fm, Bantul - {_LEAD}", "Bantul"),
    (f"107.2 fm, Maros Baru – {_LEAD}", "Maros Baru"),
    (f"95FM, Pati Juwana - {_LEAD}", "Pati Juwana"),
])
def test_frequency_before_place(line, place):
    found = match_dateline(line)
    assert found and found[:2] == (place, None) and found[2].startswith("Ratusan")


@pytest.mark.parametrize("line", [f"99FM, Rapat Desa - {_LEAD}", f"88fm, Kabar Pagi - {_LEAD}"])
def test_frequency_before_no_place(line):
    assert match_dateline(line) is None


# --- an office's name over a menu opening with the home link, under stray lines: no title -----
def _office_page(office: str, title: str, lead: str) -> str:
    top = ["- Portal", "- Situs", office, "Beranda", "Profil", "Layanan", "Berita", "Kontak"]
    said = (f"Kepala {office.replace(',', '')}, Hj. Ratna, mengatakan kegiatan itu akan "
            "diulang setiap tiga bulan di semua kabupaten dan kota.")
    return "\n".join([*top, "Berita", title, f"Humas- Kota - {lead}", said, *_BODY[1:],
                      "Bagikan"])


_OFFICES = [
    ("Dinas Tanaman Pangan, Hortikultura dan Perkebunan Provinsi Sulawesi Tenggara",
     "Distanhorbun Sultra Bagikan 10 Ribu Bibit Tomat untuk Warga",
     "Dinas Tanaman Pangan Hortikultura dan Perkebunan Provinsi Sulawesi Tenggara membagikan "
     "10 ribu bibit tomat kepada warga Kendari pada Senin pagi."),
    ("Dinas Kelautan, Perikanan dan Peternakan Kabupaten Maluku Tenggara Barat",
     "DKPP Bagikan 50 Mesin Perahu di Saumlaki",
     "Dinas Kelautan Perikanan dan Peternakan Kabupaten Maluku Tenggara Barat membagikan 50 "
     "mesin perahu kepada nelayan di Saumlaki pekan ini."),
    ("Dinas Pemberdayaan Masyarakat dan Desa Provinsi Nusa Tenggara Timur",
     "DPMD NTT Latih 300 Kepala Desa Kelola BUMDes",
     "Dinas Pemberdayaan Masyarakat dan Desa Provinsi Nusa Tenggara Timur melatih 300 kepala "
     "desa mengelola badan usaha milik desa di Kupang."),
    ("Dinas Lingkungan Hidup dan Kehutanan Provinsi Kalimantan Selatan",
     "DLHK Kalsel Tanam 5 Ribu Mangrove di Pesisir Tanah Laut",
     "Dinas Lingkungan Hidup dan Kehutanan Provinsi Kalimantan Selatan menanam 5 ribu bibit "
     "mangrove di pesisir Kabupaten Tanah Laut pada Sabtu."),
    ("Dinas Koperasi, Usaha Kecil dan Menengah Provinsi Sumatera Barat",
     "Diskop UKM Sumbar Gelar Bazar 40 Pelaku Usaha di Padang",
     "Dinas Koperasi Usaha Kecil dan Menengah Provinsi Sumatera Barat menggelar bazar 40 pelaku "
     "usaha kecil di Padang selama tiga hari."),
    ("Dinas Perumahan, Kawasan Permukiman dan Pertanahan Kabupaten Kutai Kartanegara",
     "Disperkim Kukar Bedah 120 Rumah Tak Layak Huni",
     "Dinas Perumahan Kawasan Permukiman dan Pertanahan Kabupaten Kutai Kartanegara membedah "
     "120 rumah tidak layak huni di tujuh kecamatan tahun ini."),
]


@pytest.mark.parametrize("office,title,lead", _OFFICES)
def test_office_over_home_menu_is_no_title(office, title, lead):
    assert clean(_office_page(office, title, lead)).title == title


@pytest.mark.parametrize("office,title,lead", _OFFICES)
def test_office_over_home_menu_is_furniture(office, title, lead):
    # the guard itself: the office's name spelled out by the lead is still the site's name
    from translator.lines import classify
    from translator.title_guard import furniture_title
    lines = classify(_office_page(office, title, lead).split("\n"))
    start = next(i for i, ln in enumerate(lines) if ln.text.startswith("Humas-"))
    assert furniture_title(office, lines, start)
    assert not furniture_title(title, lines, start)


def test_headline_over_menu_without_home_link_stays():
    office, title, lead = _OFFICES[0]
    top = ["Kabar Garut Hari Ini", title, "Berita", "Daerah", "Opini", "Kontak"]
    page = "\n".join([*top, "", lead, *_BODY[1:], "Bagikan"])
    assert clean(page).title == title


# --- a label line "Name (Two Words) :" over the verse it introduces: no dateline --------------
@pytest.mark.parametrize("line", [
    "Gurindam (Syair Melayu):",
    "Pantun (Warisan Lama) :",
    "Sajak (Karya Lama) :",
    "Tembang (Macapat Jawa) :",
    "Syair (Gurindam Dua Belas) :",
    "Elong (Sastra Bugis) :",
])
def test_verse_label_is_no_dateline(line):
    from translator.datelines import bare_dateline
    assert bare_dateline(line) is None


@pytest.mark.parametrize("line,reading", [
    ("Sleman (KabarKita) :", ("Sleman", "KabarKita")),
    ("SIMEULUE (Waspada):", ("SIMEULUE", "Waspada")),
    ("Kudus (Berita Kudus) :", ("Kudus", "Berita Kudus")),
])
def test_place_and_bracketed_outlet_before_colon_stay(line, reading):
    from translator.datelines import bare_dateline
    assert bare_dateline(line) == reading


# --- the writer's name, then "Name, Place" on the next line: the place is the dateline --------
def _signed_page(name: str, place: str) -> str:
    body = [
        "When the only teacher at the village school left for the district town, a group of "
        "mothers began meeting the children every afternoon under the church's veranda.",
        "They read picture books aloud, and the older children now help the younger ones to "
        "sound out the words, the volunteers said during a visit last week.",
        "The parish plans to open three more reading circles in nearby villages before the "
        "school year ends, and has asked the district office for more books.",
    ]
    head = ["Asia News Desk", "Home", "News", "Features", "",
            "Volunteers keep village children reading in the highlands", "", name,
            f"{name}, {place}", "Published: February 24, 2026 03:58 AM GMT", ""]
    return "\n".join(head + body + ["Share this"])


@pytest.mark.parametrize("name,place", [
    ("Yosef Wenda", "Wamena"), ("Maria Tapilatu", "Ambon"), ("Agus Lokobal", "Jayapura"),
    ("Ratna Sari Dewi", "Kupang"), ("Frans Sowolo", "Merauke"), ("Linda Hutapea", "Medan"),
])
def test_name_then_name_and_place(name, place):
    assert clean(_signed_page(name, place)).dateline == place


def test_name_and_unknown_word_is_no_dateline():
    assert clean(_signed_page("Yosef Wenda", "Editor")).dateline != "Editor"

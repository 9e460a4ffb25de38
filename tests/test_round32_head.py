"""Round 32, titles and datelines: generated variants of the families fresh78-81 missed, and
decoys of similar shape that keep today's reading (made-up outlets, places, leads)."""

import pytest

from translator.datelines import match_dateline

from .story_page import HALL_LEAD as _LEAD


# --- a dateline set off by an underscore ------------------------------------------------------
@pytest.mark.parametrize("line,place", [
    (f"Garut_{_LEAD}", "Garut"),
    (f"Kuningan_Sekitar 1.200 {_LEAD}", "Kuningan"),
    (f"SLEMAN_{_LEAD}", "SLEMAN"),
    (f"Majalengka_“Kami menunggu,” kata warga. {_LEAD}", "Majalengka"),
    (f"Maros_Petugas gabungan {_LEAD}", "Maros"),
    (f"Bantul_Sebanyak 40 {_LEAD}", "Bantul"),
])
def test_underscore_dateline(line, place):
    found = match_dateline(line)
    assert found and found[0] == place and not found[2].startswith("_")


# --- a stamp closed by a run of stops or ellipses ---------------------------------------------
@pytest.mark.parametrize("line,place", [
    (f"Pati-KR……………….. {_LEAD}", "Pati"),
    (f"Garut-WN........ {_LEAD}", "Garut"),
    (f"Sleman …… {_LEAD}", "Sleman"),
    (f"Maros–TB....... {_LEAD}", "Maros"),
    (f"BLITAR-JN………{_LEAD}", "BLITAR"),
    (f"Kuningan - KP ……. {_LEAD}", "Kuningan"),
])
def test_dot_run_dateline(line, place):
    found = match_dateline(line)
    assert found and found[0] == place and found[2].startswith("Ratusan")


# --- the outlet's code bracketed after the comma, ".-" ----------------------------------------
@pytest.mark.parametrize("line,place", [
    (f"KAB. GARUT, (RG).- {_LEAD}", "KAB. GARUT"),
    (f"Kab. Kuningan, (KP).- {_LEAD}", "Kab. Kuningan"),
    (f"MAJALENGKA, (MJ).- {_LEAD}", "MAJALENGKA"),
    (f"SUBANG, (SB) - {_LEAD}", "SUBANG"),
    (f"Bantul, (BT).– {_LEAD}", "Bantul"),
    (f"KAB. SLEMAN, (SX),- {_LEAD}", "KAB. SLEMAN"),
])
def test_bracketed_code_dateline(line, place):
    found = match_dateline(line)
    assert found and found[0] == place and found[2].startswith("Ratusan")


# --- a locality and its province before the bracketed outlet ----------------------------------
@pytest.mark.parametrize("line,place", [
    (f"Legian, Bali (Kabar Dewata) - {_LEAD}", "Legian, Bali"),
    (f"Senggigi, Lombok (Suara Rinjani) - {_LEAD}", "Senggigi, Lombok"),
    (f"Kaliurang, Sleman (WARTA MERAPI) – {_LEAD}", "Kaliurang, Sleman"),
    (f"Tawangmangu, Jawa Tengah (Lawu News) - {_LEAD}", "Tawangmangu, Jawa Tengah"),
    (f"Legian, Bali (ANTARA) — {_LEAD}", "Legian, Bali"),
    (f"Senggigi, Lombok (SR) - {_LEAD}", "Senggigi, Lombok"),
])
def test_locality_province_dateline(line, place):
    found = match_dateline(line)
    assert found and found[0] == place and found[2].startswith("Ratusan")


# --- decoys: today's reading stays ------------------------------------------------------------
@pytest.mark.parametrize("line", [
    f"Ambon, Maluku (DMS) – {_LEAD}",  # a known town alone
    f"Wamena, Highland Papua (ANTARA) - {_LEAD}",
    f"Jakarta (ANTARA News) - {_LEAD}",
])
def test_known_town_stays_alone(line):
    assert match_dateline(line)[0] == line.split(",")[0].split(" (")[0]


@pytest.mark.parametrize("line", [
    f"IMG_2034 {_LEAD}",
    f"Foto_Dok {_LEAD}",
    f"Andi, Budi (PDIP) - {_LEAD}",
    f"Menurut dia…… {_LEAD}",
    f"Senin, Selasa (libur) - {_LEAD}",
    f"Bersambung....... {_LEAD}",
])
def test_marked_decoys_are_not_datelines(line):
    assert match_dateline(line) is None


# --- a reprint's bracketed source before its headline, the lead stamped by that source --------
from translator.title_reprint import without_source  # noqa: E402


@pytest.mark.parametrize("title,lead,want", [
    ("(Tempo.co) Komisi IV Minta Distribusi Pupuk Diaudit", "TEMPO.CO, Jakarta - Komisi IV ...",
     "Komisi IV Minta Distribusi Pupuk Diaudit"),
    ("(Harian Rakyat) Harga Beras Naik Jelang Lebaran", "HARIANRAKYAT.COM, GARUT -- Harga ...",
     "Harga Beras Naik Jelang Lebaran"),
    ("(kabarsenja.com) Jembatan Putus, Warga Seberangi Sungai", "Kabarsenja.com - Warga ...",
     "Jembatan Putus, Warga Seberangi Sungai"),
    ("(Radar Tegal) Dewan Minta Pasar Darurat Segera Dibangun", "RADAR TEGAL - Dewan kota ...",
     "Dewan Minta Pasar Darurat Segera Dibangun"),
    ("[Suara Pesisir] Nelayan Tolak Kapal Cantrang", "SUARAPESISIR.ID, Pati - Nelayan ...",
     "Nelayan Tolak Kapal Cantrang"),
    ("(detikcom) - Polisi Buru Pelaku Pembakaran Lahan", "detikcom, Jambi - Polisi ...",
     "Polisi Buru Pelaku Pembakaran Lahan"),
])
def test_reprint_source_goes(title, lead, want):
    assert without_source(title, lead) == want


@pytest.mark.parametrize("title,lead", [
    ("(VIDEO) Banjir Rendam Tiga Kecamatan di Selatan", "VIDEO - Banjir merendam ..."),
    ("(Foto) Ribuan Warga Padati Alun-alun", "Foto: warga memadati ..."),
    ("(Harian Rakyat) Tutup", "HARIANRAKYAT.COM - Toko itu ..."),  # too little headline left
    ("(Antara) Harga Beras Naik Lagi", "JAKARTA - Harga beras ..."),  # no stamp of that source
    ("(Radar Tegal) Dewan Minta Pasar Darurat Segera Dibangun", "Dewan kota meminta ..."),
    ("Harga Beras (Medium) Naik Lagi Pekan Ini", "MEDIUM - Harga ..."),
])
def test_bracketed_labels_stay(title, lead):
    assert without_source(title, lead) == title


# --- a route's two ends joined by a dash: a headline, never a dateline ------------------------
@pytest.mark.parametrize("line", [
    "Garut–Cikajang Road Widening Begins Ahead of Holiday Traffic",
    "Sleman–Kaliurang Bus Corridor Starts Trial Run Next Month",
    "Maros—Bone Highway Reopens After Landslide Cleanup",
    "Kuningan–Cilimus Toll Link Enters Land Acquisition Stage",
    "Pati–Juwana Rail Plan Gets Provincial Backing",
    "Bantul–Parangtritis Coastal Road Section Two Opens To Traffic",
    "Sleman-Kaliurang Shuttle Service Extends Weekend Hours",
])
def test_route_headline_is_no_dateline(line):
    assert match_dateline(line) is None


@pytest.mark.parametrize("line,place", [
    (f"GARUT–{_LEAD}", "GARUT"),
    ("Sleman-Pemerintah kabupaten menutup jalan itu sejak pagi karena banjir.", "Sleman"),
    (f"MAROS – {_LEAD}", "MAROS"),
])
def test_glued_dash_datelines_stay(line, place):
    assert match_dateline(line)[0] == place

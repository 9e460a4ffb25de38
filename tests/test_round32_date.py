"""Round 32, published time: rules meant for a family that did not fire on unseen pages,
widened by the family. Made-up pages (none copied from a fixture); each test fails without
its rule, each decoy keeps the result it had before."""

from __future__ import annotations

import pytest

from translator.clean import clean
from translator.credit_rows import clipping_credit
from translator.dates import parse_published

LEAD = ("Ratusan nelayan di pesisir utara mengeluhkan kelangkaan solar bersubsidi sejak awal "
        "bulan, sehingga banyak kapal tidak bisa melaut dan hasil tangkapan menurun tajam.")
P2 = ("Ketua kelompok nelayan setempat, Darto, mengatakan antrean di stasiun pengisian bahan "
      "bakar nelayan bisa mencapai dua hari. Sebagian nelayan terpaksa membeli solar eceran.")
P3 = ("Dinas Perikanan berjanji berkoordinasi dengan penyalur agar kuota solar untuk nelayan "
      "ditambah dan jadwal pengiriman ke stasiun pengisian dipercepat.")
HEAD = "Nelayan Pesisir Utara Keluhkan Kelangkaan Solar Bersubsidi"


# --- a theme's spaced colon between the date and its time (dates.py) ------------------------

@pytest.mark.parametrize("text,iso", [
    ("4 Mar 2026 : 16.20", "2026-03-04T16:20:00+07:00"),
    ("4 Mar 2026 : 16.20 Views 5", "2026-03-04T16:20:00+07:00"),
    ("Senin, 2 Maret 2026 : 09:15 WIB", "2026-03-02T09:15:00+07:00"),
    ("March 3, 2026 : 10:05 AM", "2026-03-03T10:05:00+07:00"),
    ("02/03/2026 : 14.00", "2026-03-02T14:00:00+07:00"),
    ("17 Februari 2026 :08:30 WITA", "2026-02-17T08:30:00+08:00"),
    ("Rabu 11 Feb 2026 : 7.45", "2026-02-11T07:45:00+07:00"),
])
def test_spaced_colon_before_time(text: str, iso: str) -> None:
    assert parse_published(text) == iso


@pytest.mark.parametrize("text,iso", [
    ("Jakarta, 3 Maret 2026: 10.000 warga antre", "2026-03-03"),  # a number, no time
    ("3 Maret 2026 : 25.10", "2026-03-03"),
    ("Senin, 2 Maret 2026 | 09:15 WIB", "2026-03-02T09:15:00+07:00"),  # as before
])
def test_spaced_colon_decoys(text: str, iso: str) -> None:
    assert parse_published(text) == iso


# --- a widget's clock above the headline, the post's stamp right under it (date_stamps.py) --

@pytest.mark.parametrize("upper,lower,iso", [
    ("4 Mar 2026 : 09.20", "4 Mar 2026 : 16.20 Views 5", "2026-03-04T16:20:00+07:00"),
    ("Senin, 2 Maret 2026 06:00 WIB", "Senin, 2 Maret 2026 14:35 WIB",
     "2026-03-02T14:35:00+07:00"),
    ("02/03/2026 07:10", "02/03/2026 11:45", "2026-03-02T11:45:00+07:00"),
    ("March 3, 2026 8:00 AM", "March 3, 2026 3:40 PM", "2026-03-03T15:40:00+07:00"),
    ("17 Februari 2026 | 05.30 WIB", "17 Februari 2026 | 10.05 WIB",
     "2026-02-17T10:05:00+07:00"),
    ("Kamis, 12 Maret 2026 - 06:00", "Kamis, 12 Maret 2026 - 19:20",
     "2026-03-12T19:20:00+07:00"),
])
def test_stamp_under_headline_over_widget_clock(upper: str, lower: str, iso: str) -> None:
    page = ["Pantau Berita", "Beranda", "Topik", "Analisis", "Sentimen", "Netral (48%)", upper,
            "Tokoh Terkait", "Darto", HEAD, lower, LEAD, P2, P3, "Berita Terkait"]
    assert clean("\n\n".join(page)).published == iso


def test_stamp_of_another_day_under_headline_decoy() -> None:
    # decoy: the lower stamp of another day: the first date stands, as before
    page = ["Pantau Berita", "Beranda", "Sentimen", "Netral (48%)", "4 Mar 2026 09.20",
            HEAD, "3 Mar 2026 16.20", LEAD, P2, P3]
    assert clean("\n\n".join(page)).published == "2026-03-04T09:20:00+07:00"


def test_single_stamp_under_headline_decoy() -> None:
    page = ["Pantau Berita", "Beranda", HEAD, "Senin, 2 Maret 2026 14:35 WIB", LEAD, P2, P3]
    assert clean("\n\n".join(page)).published == "2026-03-02T14:35:00+07:00"


# --- a clipping's credit line below the story, the source and its day (credit_rows.py) ------

@pytest.mark.parametrize("credit,iso", [
    ("Sumber: Harian Pesisir, 11 Februari 2026", "2026-02-11"),
    ("Sumber : Kabar Bahari, Rabu (4/3/2026)", "2026-03-04"),
    ("Source: The Coastal Times, March 3, 2026", "2026-03-03"),
    ("Sumber: pesisirnews.id (12/2/2026)", "2026-02-12"),
    ("Dikutip dari Warta Nelayan, 9 Maret 2026", "2026-03-09"),
    ("Disadur dari Suara Pantura 2 Maret 2026", "2026-03-02"),
])
def test_clipping_credit_dates_the_story(credit: str, iso: str) -> None:
    page = ["Lembaga Pemantau Pesisir", "Beranda", "Kajian", "Berita", HEAD, LEAD, P2, P3,
            credit, "Tags", "Nelayan", "Bagikan", "Facebook"]
    assert clean("\n\n".join(page)).published == iso


def test_clipping_credit_decoys() -> None:
    base = ["Lembaga Pemantau Pesisir", "Beranda", HEAD]
    # the header's own date wins over the credit's, as before
    page = [*base, "Senin, 2 Maret 2026", LEAD, P2, P3, "Sumber: Harian Pesisir, 11 Februari 2026"]
    assert clean("\n\n".join(page)).published == "2026-03-02"
    # a credit with no date dates nothing
    page = [*base, LEAD, P2, P3, "Sumber: Humas Dinas Perikanan"]
    assert clean("\n\n".join(page)).published is None


def test_clipping_credit_unit() -> None:
    assert clipping_credit("Sumber: Harian Pesisir, 11 Februari 2026") == \
        ("Harian Pesisir", "2026-02-11")
    assert clipping_credit("Sumber: BPS 2025") is None
    assert clipping_credit("Sumber: Harian Pesisir, 11 Februari 2026, halaman 5") is None
    assert clipping_credit("Sumber: Dinas Perikanan menyebut 11 Februari 2026 batas akhir") is None


# --- a stamp with no zone on a page whose story names its regency, no dateline (dates.py) ---

def _regional(stamp: str, lead: str, more: str = P2) -> str:
    return "\n\n".join(["Kabar Timur", "Beranda", "Daerah", HEAD, "by Redaksi", stamp,
                        f"KABARTIMUR.ID – {lead}", more, P3])


@pytest.mark.parametrize("stamp,lead,iso", [
    ("07:40 Maret 17, 2026", "Jalan poros di Kabupaten Penajam Paser Utara mulai diperlebar "
     "pekan ini, sehingga truk material dibatasi.", "2026-03-17T07:40:00+08:00"),
    ("Selasa, 17 Maret 2026 09:10", "Harga cabai di Kota Kendari naik dua kali lipat sejak "
     "awal bulan, kata para pedagang pasar.", "2026-03-17T09:10:00+08:00"),
    ("17/03/2026 10.05", "Banjir merendam tiga desa di Kabupaten Jayapura setelah hujan deras "
     "sejak malam, dan ratusan warga mengungsi.", "2026-03-17T10:05:00+09:00"),
    ("March 17, 2026 8:15 AM", "Fishermen in Kota Ambon say fuel has run short for a week, "
     "keeping boats in the harbour.", "2026-03-17T08:15:00+09:00"),
    ("17 Maret 2026 - 14:20", "Ratusan guru honorer di Kab. Bone menggelar aksi damai di depan "
     "kantor bupati, menuntut kejelasan status.", "2026-03-17T14:20:00+08:00"),
    ("17 Maret 2026 14:20", "Pemerintah Kabupaten Sikka menyalurkan bantuan beras bagi warga "
     "terdampak longsor di dua kecamatan.", "2026-03-17T14:20:00+08:00"),
])
def test_lead_regency_sets_the_zone(stamp: str, lead: str, iso: str) -> None:
    assert clean(_regional(stamp, lead)).published == iso


def test_prose_naming_the_places_zone_bears_it_out() -> None:
    lead = ("Jalan poros di Kabupaten Penajam Paser Utara mulai diperlebar pekan ini, sehingga "
            "truk material dibatasi.")
    more = ("Truk dilarang melintas pada pukul 06.30 hingga 07.30 Wita, saat para siswa "
            "berangkat ke sekolah, kata kepala dinas setempat kepada wartawan.")
    assert clean(_regional("07:40 Maret 17, 2026", lead, more)).published \
        == "2026-03-17T07:40:00+08:00"


def test_lead_regency_decoys() -> None:
    lead = ("Harga cabai di Kota Kendari naik dua kali lipat sejak awal bulan, kata para "
            "pedagang pasar.")
    # the page names another zone: its stamp is in that one, as before
    more = ("Pasar induk buka mulai pukul 05.00 WIB, kata pengelola pasar kepada wartawan di "
            "lokasi pada Selasa pagi.")
    assert clean(_regional("Selasa, 17 Maret 2026 09:10", lead, more)).published \
        == "2026-03-17T09:10:00+07:00"
    # a dateline in Jakarta time keeps it, whatever regency the lead names
    page = "\n\n".join(["Kabar Timur", "Beranda", HEAD, "Selasa, 17 Maret 2026 09:10",
                        f"Jakarta - {lead}", P2, P3])
    assert clean(page).published == "2026-03-17T09:10:00+07:00"
    # a regency in Jakarta time: no move
    lead = ("Harga cabai di Kabupaten Brebes naik dua kali lipat sejak awal bulan, kata para "
            "pedagang pasar.")
    assert clean(_regional("Selasa, 17 Maret 2026 09:10", lead)).published \
        == "2026-03-17T09:10:00+07:00"

"""Round 29, datelines: a dateline is a place as printed, never the page's own outlet name,
never an issuing unit; and the shapes of fresh65-70's misses, written as families."""

from translator.clean import clean
from translator.dateline_guard import furniture_place
from translator.datelines import match_dateline

_LEAD = ("Pemerintah kabupaten menggelar rapat koordinasi penanganan banjir bersama camat, "
         "kepala desa dan relawan di aula kantor bupati.")


def test_place_and_media_noun_is_the_outlet_not_the_place():
    # "Garut Times - ", "Bekasi Post - ": a known place then one media noun: the outlet
    found = match_dateline(f"Garut Times - {_LEAD}")
    assert found is not None and found[0] is None and found[1] == "Garut Times"
    found = match_dateline(f"Kendari Review – {_LEAD}")
    assert found is not None and found[0] is None and found[1] == "Kendari Review"


def test_media_named_guess_is_furniture():
    assert furniture_place("Garut Review")
    assert furniture_place("Bekasi Post")
    assert not furniture_place("Bekasi")
    assert not furniture_place("Kota Bekasi")


def test_a_plain_place_stays_the_place():
    found = match_dateline(f"Garut - {_LEAD}")
    assert found is not None and found[0] == "Garut"


def test_double_slash_between_place_and_address():
    # "SUMBAR // beritaku.com – ": the slashes stand where others print a comma
    found = match_dateline(f"SUMBAR // beritaku.com – {_LEAD}")
    assert found is not None and found[0] == "SUMBAR" and found[1] == "beritaku.com"


def test_tilde_strung_issuers_are_cut_from_the_lead():
    found = match_dateline(f"SUMBAR, kabarsumbar.id – Polres Agam ~ Polda Sumbar ~ Si Humas~ "
                           f"{_LEAD}")
    assert found is not None and found[0] == "SUMBAR" and found[2] == _LEAD


def test_village_head_with_month_and_year():
    # "Desa Sukamaju, Maret 2026 – Pemerintah Desa Sukamaju ...": the village, as printed
    lead = ("Pemerintah Desa Sukamaju bersama BPD menggelar musyawarah desa penyusunan rencana "
            "kerja tahun depan di balai desa.")
    found = match_dateline(f"Desa Sukamaju, April 2026 – {lead}")
    assert found is not None and found[0] == "Desa Sukamaju" and found[2] == lead


def test_menu_place_is_no_outlet_name():
    # a menu's lone place under the masthead names a desk, never the page
    sites = ("KABARKEPRI.COM", "Beranda", "Serasan", "Batam", "Politik")
    lead = ("Ratusan nelayan di Pulau Serasan, Kabupaten Natuna, tidak bisa melaut selama sepekan "
            "karena solar subsidi kosong di dermaga.")
    found = match_dateline(f"Kabarkepri.com.Serasan,- {lead}", sites)
    assert found is not None and found[0] == "Serasan" and found[1] == "Kabarkepri.com"


def test_shouted_place_with_shouted_weekday_over_the_lead():
    page = "\n".join([
        "Humas Kabupaten Contoh",
        "",
        "PERBAIKAN JALAN DESA DIMULAI",
        "",
        "PRESS RELEASE",
        "PERBAIKAN JALAN DESA DIMULAI",
        "MINAHASA UTARA, RABU, 18 MARET 2026",
        "SEBANYAK 14 ruas jalan desa di Kecamatan Likupang mulai diperbaiki oleh dinas pekerjaan "
        "umum pada Rabu (18/3), kata kepala dinas kepada wartawan di kantornya.",
        "Perbaikan itu ditargetkan rampung sebelum musim hujan berikutnya, sehingga warga tidak "
        "lagi kesulitan mengangkut hasil kebun ke pasar kecamatan.",
    ])
    assert clean(page).dateline == "MINAHASA UTARA"

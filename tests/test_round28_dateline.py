"""Round 28, datelines: lead heads in new forms, and the check every chosen dateline passes
(a place as printed, never an office, an outlet's address or a brand's name). Example lines
are written for these tests in the manner of real pages."""

from translator.dateline_guard import furniture_place, guard, tidy_lead
from translator.datelines import bare_dateline, match_dateline

_REST = "Pemerintah setempat menggelar rapat koordinasi bersama warga di balai desa pada pagi hari."


def test_round_brackets_keep_place_and_region():
    found = match_dateline(f"(Bukittinggi, Sumatera Barat) - {_REST}")
    assert found[:2] == ("Bukittinggi, Sumatera Barat", None)
    assert found[2] == _REST


def test_stray_comma_before_dash_keeps_village_and_district():
    line = ("Sukamaju, Cibeber, – Pemerintah Desa Sukamaju, Kecamatan Cibeber, Kabupaten "
            "Cianjur, menggelar musyawarah desa di balai desa.")
    assert match_dateline(line)[:2] == ("Sukamaju, Cibeber", None)


def test_month_and_year_in_dateline_give_the_place():
    assert match_dateline(f"Sorong, Februari 2026 — {_REST}")[:2] == ("Sorong", None)


def test_triple_hyphen_is_a_dash():
    assert tidy_lead(f"Sulawesi Selatan, 3 Maret 2026 --- {_REST}").startswith(
        "Sulawesi Selatan, 3 Maret 2026 — ")
    assert match_dateline(f"Sulawesi Selatan, 3 Maret 2026 --- {_REST}")[0] == "Sulawesi Selatan"


def test_office_after_outlet_dash_is_the_lead():
    line = ("Warta.id – Dinas Kesehatan, Pengendalian Penduduk dan KB Kota Malang menggelar "
            "vaksinasi massal bagi anak sekolah dasar.")
    place, outlet, rest = match_dateline(line)
    assert place is None and outlet == "Warta.id"
    assert rest.startswith("Dinas Kesehatan, Pengendalian")


def test_region_glued_to_shouted_address_is_split():
    line = f"KOTA MATARAM.SUARANTB.ID – {_REST}"
    assert match_dateline(line)[:2] == ("KOTA MATARAM", "SUARANTB.ID")


def test_lower_case_address_then_place():
    line = f"kabarjateng.com Boyolali – {_REST}"
    assert match_dateline(line)[:2] == ("Boyolali", "kabarjateng.com")


def test_brand_before_indonesia_is_the_outlet():
    assert match_dateline(f"Bahari Indonesia – {_REST}")[:2] == (None, "Bahari Indonesia")
    assert guard("", ("Warta Indonesia", None, _REST)) == (None, "Warta Indonesia", _REST)


def test_guessed_dateline_is_checked():
    assert furniture_place("Dinas Pendidikan") and furniture_place("Polres Bima")
    assert furniture_place("SUARANTB.ID") and furniture_place("Bahari Indonesia")
    assert not furniture_place("Klaten") and not furniture_place("Sulawesi Tenggara")


def test_shouted_office_is_no_dateline():
    assert bare_dateline("KANTOR CAMAT") is None
    assert bare_dateline("PUSKESMAS -") is None
    assert bare_dateline("JAKARTA -") == ("JAKARTA", None)
    assert match_dateline(f"KANTOR CAMAT – {_REST}") == (None, None, _REST)
    assert match_dateline(f"BPBD – {_REST}") == (None, None, _REST)

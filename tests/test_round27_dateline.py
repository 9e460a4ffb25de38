"""Round 27: datelines behind an image's name, after a numbered brand, with the place's larger
area in brackets, a country over a desk's headline, and a place-and-date line over the lead."""

from translator.clean import clean
from translator.datelines import match_dateline

_LEAD = "Pemerintah daerah menggelar rapat koordinasi bersama warga di kantor camat pada pagi hari."
_NEXT = ("Camat setempat mengatakan rapat itu membahas jadwal perbaikan jalan desa dan saluran "
         "air yang rusak akibat hujan deras sepanjang pekan lalu.")
_LAST = ("Warga berharap pekerjaan dimulai sebelum musim hujan berikutnya tiba agar akses ke "
         "pasar dan sekolah tidak lagi terputus.")


def _names(line: str):
    found = match_dateline(line)
    return found[:2] if found else None


def test_image_name_glued_before_shouted_dateline():
    found = match_dateline(f"foto_dinkesPALANGKA RAYA – {_LEAD}")
    assert found == ("PALANGKA RAYA", None, _LEAD)
    assert _names(f"IMG_20260301_0915MAUMERE – {_LEAD}") == ("MAUMERE", None)
    assert _names(f"DSC0042.jpgKUPANG – {_LEAD}") == ("KUPANG", None)
    assert _names(f"foto_humasMaumere – {_LEAD}") == ("Maumere", None)


def test_image_name_before_no_place_is_no_dateline():
    found = match_dateline(f"foto_kegiatanRapat – {_LEAD}")
    assert found is None or found[0] != "Rapat"


def test_brand_ending_in_a_numeral_before_the_place():
    assert _names(f"SUARA BORNEO 1, Pontianak – {_LEAD}") == ("Pontianak", "SUARA BORNEO 1")
    assert _names(f"Kabar Timur 24, Kupang – {_LEAD}") == ("Kupang", "Kabar Timur 24")


def test_numbered_brand_needs_a_known_place():
    assert _names(f"Tahap Kedua 2, Rapat Warga – {_LEAD}") != ("Rapat Warga", "Tahap Kedua 2")


def test_larger_area_in_brackets_is_no_outlet():
    assert _names(f"SENTANI (KABUPATEN JAYAPURA) - {_LEAD}") == ("SENTANI", None)
    assert _names(f"Waena (Jayapura) – {_LEAD}") == ("Waena", None)
    assert _names(f"Praya (NTB) – {_LEAD}") == ("Praya", None)


def test_outlet_in_brackets_stays_the_outlet():
    assert _names(f"Merauke (SUARA SELATAN) – {_LEAD}") == ("Merauke", "SUARA SELATAN")


def test_country_over_a_headline_is_no_dateline():
    assert match_dateline("Malaysia - Floods close forty schools across Kelantan as rivers rise") \
        is None
    assert match_dateline("Indonesia - Bali farmers switch to drought-proof rice varieties") is None


def test_country_over_a_lead_still_reads():
    found = match_dateline("INDONESIA - The government said on Monday it would raise the price "
                           "of subsidised fuel from next month.")
    assert found is not None and found[0] == "INDONESIA"


def test_country_headline_page_has_no_dateline():
    article = clean("\n\n".join([
        "ASEAN Desk Notes - Indonesia", "Monday, March 2, 2026",
        "Indonesia - Bali farmers switch to drought-proof rice varieties",
        "Farmers in the hills of Tabanan have started planting rice varieties that need less "
        "water, after two dry seasons cut their harvests by a third.",
        "The agriculture office says about 400 hectares were planted with the new seed this "
        "season, twice as many as a year ago.",
        "Extension workers visit each village once a month to show farmers how to adjust "
        "their planting calendar.",
    ]))
    assert article.dateline != "Indonesia"


def _council_page(date_line: str):
    return clean("\n\n".join([
        "DPRD Kabupaten Contoh", "Beranda", "Berita",
        "Dewan Tinjau Saluran Irigasi yang Jebol di Desa Oebelo", date_line,
        f"Ketua DPRD bersama anggota Komisi II meninjau saluran irigasi. {_NEXT}", _LAST,
        "Para petani meminta dinas terkait segera memperbaiki tanggul sebelum musim tanam.",
    ]))


def test_gazetteer_seat_and_date_alone_over_the_lead():
    assert _council_page("Bula, 3 Maret 2026").dateline == "Bula"
    assert _council_page("Waikabubak, 3 Maret 2026").dateline == "Waikabubak"
    assert _council_page("Atambua, Selasa, 3 Maret 2026").dateline == "Atambua"


def test_weekday_and_date_alone_is_no_place():
    assert _council_page("Selasa, 3 Maret 2026").dateline != "Selasa"

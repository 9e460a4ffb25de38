"""Round twenty-five of the cleaner, dateline families (tuned on fresh52-fresh55): several
places in one dateline, a place before the outlet's address with no comma, an agency's name
over its short form in brackets, an address before the place in brackets, a stamp's line
ending with its province, a site's tagline after its name, an institution's short name as the
stamp, the site's own name before the place, and a place inside an English sentence (made-up
text throughout)."""

from __future__ import annotations

from translator.clean import clean
from translator.dateline_model import candidates
from translator.datelines import bare_dateline, match_dateline
from translator.lines import classify_one

BODY = [
    "Kepala desa setempat mengatakan kegiatan itu diikuti warga dari lima dusun dan akan "
    "digelar rutin setiap bulan selama musim hujan berlangsung.",
    "Pemerintah kecamatan berjanji membantu pengadaan alat kerja dan bibit pohon agar warga "
    "dapat menjaga bantaran sungai dari longsor.",
]


def _page(*lines: str) -> str:
    return "\n\n".join(lines)


def test_outlet_over_a_list_of_places():
    found = match_dateline("BERITAKITA.ID, BOGOR, CIBINONG, PAKANSARI - Ratusan warga memadati "
                           "lapangan desa untuk mengikuti kerja bakti massal pada Minggu pagi.")
    assert found is not None and found[:2] == ("BOGOR, CIBINONG, PAKANSARI", "BERITAKITA.ID")
    assert found[2].startswith("Ratusan warga")


def test_titled_and_dotted_place_lists():
    found = match_dateline("Radarbangka.co.id, Bangka Barat, Jebus, Sinar Manik - Ratusan warga "
                           "memadati lapangan desa untuk mengikuti kerja bakti massal.")
    assert found is not None and found[0] == "Bangka Barat, Jebus, Sinar Manik"
    found = match_dateline("BERITAKITA.ID, BOGOR, CIBINONG. - Ratusan warga memadati lapangan "
                           "desa untuk mengikuti kerja bakti massal pada Minggu pagi.")
    assert found is not None and found[0] == "BOGOR, CIBINONG"


def test_place_then_address_without_dash():
    found = match_dateline("Sleman jogjaupdate.id Warga Desa Sumberadi memadati lapangan desa "
                           "untuk mengikuti kerja bakti massal pada Minggu pagi.")
    assert found is not None and found[:2] == ("Sleman", "jogjaupdate.id")
    assert found[2].startswith("Warga Desa")


def test_place_then_address_without_comma():
    found = match_dateline("Kupang suarakupang.com, 12 Maret 2026 – Pemerintah Kota Kupang "
                           "meresmikan pasar ikan baru di kawasan Oeba pada Kamis pagi.")
    assert found is not None and found[:2] == ("Kupang", "suarakupang.com")


def test_agency_name_over_its_short_form_is_no_dateline():
    for lead in ("Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Garut mencatat puluhan "
                 "rumah rusak akibat banjir bandang pada Selasa malam.",
                 "Kepolisian Resor (Polres) Kota Medan menggelar razia kendaraan bermotor di "
                 "sejumlah ruas jalan protokol pekan ini."):
        found = match_dateline(lead)
        assert found is None or found[0] is None or not found[0].startswith(
            ("Badan", "Kepolisian")), found


def test_address_before_its_place_in_brackets():
    found = match_dateline("KABAR GARUT.COM (Cibatu) – Pemerintah Kabupaten Garut meresmikan "
                           "jembatan baru di Kecamatan Cibatu pada Rabu siang.")
    assert found is not None and found[:2] == ("Cibatu", "KABAR GARUT.COM")


def test_stamp_line_ending_with_its_province():
    assert bare_dateline("AMBON – malukuterkini.id MALUKU") == ("AMBON", "malukuterkini.id")
    assert bare_dateline("Ternate - kabarmalut.id MALUKU UTARA") == ("Ternate", "kabarmalut.id")


def test_site_tagline_is_no_dateline():
    assert match_dateline("Beritaku.id - Berita Terkini, Politik, Ekonomi dan Olahraga") is None
    assert match_dateline("Kabarnusa.com - Portal Berita Terpercaya dan Terkini Hari Ini") is None


def test_institution_short_name_is_its_stamp():
    logo = "Fakultas Teknik Universitas Brawijaya"
    found = match_dateline("TEKNIK – Senin, 9 Maret 2026, Fakultas Teknik Universitas Brawijaya "
                           "menggelar seminar nasional tentang jembatan di aula utama.", (logo,))
    assert found is not None and found[0] is None and found[1] == logo


def test_site_name_then_place_without_comma():
    art = clean(_page("Polisi Bubarkan Balap Liar di Jalan Sudirman, 15 Motor Diamankan",
                      "TN Indonesia Garut – Satuan Lalu Lintas Polres Garut membubarkan aksi "
                      "balap liar di Jalan Sudirman pada Minggu dini hari dan menyita belasan "
                      "sepeda motor.", *BODY,
                      "Copyright © 2026 TN Indonesia. All Rights Reserved."))
    assert art.dateline == "Garut"


def test_place_inside_an_english_sentence_is_no_candidate():
    lead = ("Coffee growers in the highlands of Pangalengan, Bandung, have opened a shared "
            "roastery to sell their beans directly to cafes in the city.")
    lines = [classify_one("Bandung Coffee Growers Open a Shared Roastery"), classify_one(lead)]
    found, _ = candidates(lines, 1)
    assert "Bandung" not in [c.text for c in found]


def test_city_and_its_province_are_one_place():
    for head, place in (("PEKANBARU, RIAU - ", "PEKANBARU, RIAU"),
                        ("Sleman, Yogyakarta – ", "Sleman, Yogyakarta")):
        found = match_dateline(head + "Ratusan warga memadati lapangan desa untuk mengikuti "
                               "kerja bakti massal pada Minggu pagi.")
        assert found is not None and found[:2] == (place, None), found

"""Round 26: datelines where the outlet and the place swap or run together."""

from translator.datelines import bare_dateline, match_dateline

_LEAD = "Pemerintah daerah menggelar rapat koordinasi bersama warga di kantor camat pada pagi hari."


def _names(line: str):
    found = match_dateline(line)
    return found[:2] if found else None


def test_shouted_outlet_comma_shouted_place():
    assert _names(f"B-NEWS,BOLTIM — {_LEAD}") == ("BOLTIM", "B-NEWS")
    assert _names(f"TV-SULUT,MINUT – {_LEAD}") == ("MINUT", "TV-SULUT")


def test_place_then_lower_case_brand():
    assert _names(f"KEDIRI kedirinews2- {_LEAD}") == ("KEDIRI", "kedirinews2")
    assert _names(f"Malang malangpost.id - {_LEAD}") == ("Malang", "malangpost.id")


def test_institution_stamp_is_no_place():
    found = match_dateline(f"Kejari Bolmong – Senin 9 Maret 2026 bertempat di aula {_LEAD}")
    assert found is not None and found[:2] == (None, None)
    assert found[2].startswith("Senin 9 Maret")
    found = match_dateline(f"Humas Polres Minahasa – {_LEAD}")
    assert found is not None and found[:2] == (None, None)


def test_place_then_domain_no_comma():
    assert _names(f"Palembang Sumselpos.com — {_LEAD}") == ("Palembang", "Sumselpos.com")


def test_place_and_bracketed_date_after_outlet():
    found = match_dateline(f"Kabarmedan.org- Binjai (14/3) {_LEAD}")
    assert found is not None and found[:2] == ("Binjai", "Kabarmedan.org")
    assert found[2].startswith("Pemerintah daerah")


def test_spaced_regional_brand_before_place():
    assert _names(f"Lentera Sultra, Kendari — {_LEAD}") == ("Kendari", "Lentera Sultra")
    assert _names(f"Bintang Kepri, Batam — {_LEAD}") == ("Batam", "Bintang Kepri")


def test_slashed_line_alone():
    assert bare_dateline("Warta Humas Polda // Manado") == ("Manado", "Warta Humas Polda")


def test_english_desk_stamp_alone():
    assert bare_dateline("The Borneo Herald, Pontianak, Tue, 03/10/2026 8:05 AM") \
        == ("Pontianak", "The Borneo Herald")


def test_place_then_lower_case_outlet_word():
    assert _names(f"BLITAR blitartimes – {_LEAD}") == ("BLITAR", "blitartimes")
    assert _names(f"Malang bahwa - {_LEAD}") is None or _names(f"Malang bahwa - {_LEAD}")[1] != "bahwa"


def test_no_guess_under_an_institution_stamp():
    from translator.clean import clean

    page = "\n".join([
        "POLRES SINTANG", "Polda Kalimantan Barat", "Beranda", "Berita", "Profil", "",
        "Rabu, 11 Februari 2026", "",
        "Patroli Gabungan di Jalur Perbatasan Sintang Digelar Rutin", "",
        "Polres Sintang - Personel gabungan menggelar patroli di jalur perbatasan Kabupaten "
        f"Sintang, Rabu (11/2). {_LEAD}", "",
        "Kapolres Sintang mengatakan patroli gabungan akan dilaksanakan rutin dua kali dalam "
        "sepekan di wilayah perbatasan Kabupaten Sintang.",
    ])
    assert clean(page).dateline is None


def test_shouted_hyphen_outlet_with_space():
    assert _names(f"B-NEWS, BOLTIM — {_LEAD}") == ("BOLTIM", "B-NEWS")


def test_place_alone_before_bracketed_date():
    found = match_dateline(f"Ambon (3/2) {_LEAD}")
    assert found is not None and found[:2] == ("Ambon", None)
    assert found[2].startswith("Pemerintah")
    assert _names(f"Ambon (3/2/2026) - {_LEAD}") == ("Ambon", None)


def test_glued_brand_named_after_place():
    assert _names(f"Beritaambon, Ambon — {_LEAD}") == ("Ambon", "Beritaambon")
    assert _names(f"AMBON beritaambon- {_LEAD}") == ("AMBON", "beritaambon")


def test_trailing_dots_leave_the_place():
    assert _names(f"KENDARI.. {_LEAD}") == ("KENDARI", None)

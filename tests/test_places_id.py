"""The gazetteer (translator/places_id.py): every province, regency and city of Indonesia, and
is_place reading them with their kind ("Kabupaten X", "X Regency") and in English (issue 9)."""

from __future__ import annotations

import pytest

from translator import places_id
from translator.dateline_names import is_place
from translator.lines import name_and_place

# (regencies, cities) per province, as the Ministry of Home Affairs counts them (2022 on).
COUNTS = {
    "Aceh": (18, 5), "Sumatera Utara": (25, 8), "Sumatera Barat": (12, 7), "Riau": (10, 2),
    "Kepulauan Riau": (5, 2), "Jambi": (9, 2), "Sumatera Selatan": (13, 4),
    "Kepulauan Bangka Belitung": (6, 1), "Bengkulu": (9, 1), "Lampung": (13, 2),
    "DKI Jakarta": (1, 5), "Jawa Barat": (18, 9), "Banten": (4, 4), "Jawa Tengah": (29, 6),
    "Daerah Istimewa Yogyakarta": (4, 1), "Jawa Timur": (29, 9), "Bali": (8, 1),
    "Nusa Tenggara Barat": (8, 2), "Nusa Tenggara Timur": (21, 1), "Kalimantan Barat": (12, 2),
    "Kalimantan Tengah": (13, 1), "Kalimantan Selatan": (11, 2), "Kalimantan Timur": (7, 3),
    "Kalimantan Utara": (4, 1), "Sulawesi Utara": (11, 4), "Gorontalo": (5, 1),
    "Sulawesi Tengah": (12, 1), "Sulawesi Barat": (6, 0), "Sulawesi Selatan": (21, 3),
    "Sulawesi Tenggara": (15, 2), "Maluku": (9, 2), "Maluku Utara": (8, 2), "Papua": (8, 1),
    "Papua Barat": (7, 0), "Papua Barat Daya": (5, 1), "Papua Tengah": (8, 0),
    "Papua Pegunungan": (8, 0), "Papua Selatan": (4, 0),
}


def _items(text: str) -> list[str]:
    return [i.strip() for i in text.split(";") if i.strip()]


def test_every_province_with_its_regencies_and_cities() -> None:
    rows = {row[0]: row for row in places_id.PROVINCES}
    assert len(rows) == 38 == len(COUNTS)
    for province, (regencies, cities) in COUNTS.items():
        _, _, regency_text, city_text = rows[province]
        assert (len(_items(regency_text)), len(_items(city_text))) == (regencies, cities), province
    assert sum(len(_items(r[2])) for r in places_id.PROVINCES) == 416
    assert sum(len(_items(r[3])) for r in places_id.PROVINCES) == 98


def test_no_regency_is_listed_twice() -> None:
    names = [i.partition("=")[0] for r in places_id.PROVINCES for i in _items(r[2])]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("name", [
    # regencies, seats and cities the hand list never held
    "Sampang", "AGAM", "Airmadidi", "BOALEMO", "BONDOWOSO", "Banjarbaru", "DELI SERDANG",
    "GERUNG", "Indralaya", "Katingan", "Oelamasi", "PAINAN", "Pesawaran", "Praya", "Purwodadi",
    "RUTENG", "SOE", "Sentani", "Siak", "Wangi-Wangi", "Labuhanbatu Selatan", "Tobelo",
    # provinces, and their English forms
    "Sulawesi Tenggara", "Southeast Sulawesi", "West Java", "Jawa Barat", "Riau Islands",
    "Highland Papua", "North Sumatra",
    # a region's English form by rule, and with its kind
    "North Lombok", "South Tangerang", "CIREBON REGENCY", "Kabupaten Gorontalo", "KOTA SERANG",
    "Kab. Agam", "Kab Pinrang", "Kota Sorong", "Provinsi Gorontalo",
])
def test_the_gazetteer_knows_indonesias_regions(name: str) -> None:
    assert is_place(name)


@pytest.mark.parametrize("name", ["Kota Batu", "KABUPATEN BONE", "Kabupaten Puncak",
                                  "Metro City", "Kota Metro"])
def test_an_everyday_word_is_a_place_with_its_kind(name: str) -> None:
    assert is_place(name)


@pytest.mark.parametrize("name", ["Batu", "BONE", "Metro", "Puncak", "Raya", "Kisaran",
                                  "Negara", "Sumber", "Kota", "Kabupaten", "Regency",
                                  "Kota Harapan Indah", "Batu City Hall"])
def test_an_everyday_word_alone_is_no_place(name: str) -> None:
    assert not is_place(name)


def test_a_surname_that_is_a_regency_still_signs_a_byline() -> None:
    # "Samosir" is a regency's name and a surname: a writer's name with it is still a person's
    assert name_and_place("Rudi Samosir, Balige") == ("Rudi Samosir", "Balige")
    assert name_and_place("Kabupaten Samosir, Balige") is None


@pytest.mark.parametrize("name", ["Sulsel", "NTB", "Jabar", "KALTIM"])
def test_a_provinces_short_form_is_kept_apart(name: str) -> None:
    # a regional channel's rubric ("Sulsel, Makassar -") and a brand's suffix ("Kitasulsel")
    assert name.lower() in places_id.SHORT_FORMS and not is_place(name)

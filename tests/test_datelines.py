"""Datelines in every order, and never a furniture word or an outlet as the place (issue 9)."""

from __future__ import annotations

import pytest

from translator.clean import clean
from translator.datelines import bare_dateline, match_dateline, outlet_name

REST = "Pemerintah kota menyiapkan ribuan bibit pohon peneduh untuk taman kota."


@pytest.mark.parametrize(("opening", "place", "outlet"), [
    # the orders outlets print
    ("JAKARTA, KOMPAS.com - ", "JAKARTA", "KOMPAS.com"),
    ("Liputan6.com, Jakarta - ", "Jakarta", "Liputan6.com"),
    ("MINEWS, Kendari - ", "Kendari", "MINEWS"),  # OUTLET, CITY: the known place is the place
    ("KBR - Jakarta - ", "Jakarta", "KBR"),  # OUTLET - CITY -
    ("Suara.com - SURABAYA - ", "SURABAYA", "Suara.com"),
    ("DENPASAR - RADAR BALI - ", "DENPASAR", "RADAR BALI"),  # CITY - OUTLET -
    ("Garut, Jabar, Warta Priangan - ", "Garut", "Warta Priangan"),  # a province between
    ("Jakarta (ANTARA) - ", "Jakarta", "ANTARA"),
    # a city alone, and no dash at all when the next word starts the sentence
    ("PALU - ", "PALU", None),
    ("JAKARTA ", "JAKARTA", None),
    ("NEW DELHI ", "NEW DELHI", None),
    ("jpnn.com, MEDAN ", "MEDAN", "jpnn.com"),
    ("jpnn.com, MUARA TEWEH ", "MUARA TEWEH", "jpnn.com"),  # after an outlet, any capitals
    ("SEMARANG, KOMPAS.com ", "SEMARANG", "KOMPAS.com"),
    # an outlet is the outlet, not the place
    ("KBR - ", None, "KBR"),
    ("MINEWS - ", None, "MINEWS"),
    ("HARIAN JOGJA - ", None, "HARIAN JOGJA"),
    ("PIKIRAN RAKYAT - ", None, "PIKIRAN RAKYAT"),
    ("RMOL. ", None, "RMOL"),
    # a furniture word is no part of a dateline
    ("ADVERTISEMENT JAKARTA - ", "JAKARTA", None),
])
def test_dateline_names_place_and_outlet(opening: str, place: str | None,
                                         outlet: str | None) -> None:
    assert match_dateline(opening + REST) == (place, outlet, REST)


@pytest.mark.parametrize("line", [
    "ADVERTISEMENT - " + REST,
    "EKSKLUSIF - " + REST,
    "PREMIUM - " + REST,
    "KPK-Polri sepakat memperkuat kerja sama pengamanan menjelang libur panjang.",
    "Jakarta International Stadium kembali dipakai untuk laga tim nasional pekan depan.",
    "BMKG Memperkirakan hujan lebat turun di sebagian besar wilayah pada sore hari.",
    "ASEAN-Jepang sepakat memperkuat kerja sama ketahanan pangan di kawasan Asia Tenggara.",
    "Menurut Kepala Dinas - yang baru dilantik - pasokan beras aman hingga akhir tahun.",
])
def test_not_a_dateline(line: str) -> None:
    assert match_dateline(line) is None


@pytest.mark.parametrize(("line", "expected"), [
    ("Jakarta", ("Jakarta", None)),
    ("PEKANBARU -", ("PEKANBARU", None)),
    ("BOGOR, KOMPAS.com", ("BOGOR", "KOMPAS.com")),
    ("MINEWS", (None, "MINEWS")),
    ("ADVERTISEMENT", None),
    ("PREMIUM", None),
    ("EKSKLUSIF", None),
    ("Nasional", None),
    ("KPK", None),  # a lone acronym is a label, not an outlet's dateline
])
def test_bare_dateline(line: str, expected: tuple[str | None, str | None] | None) -> None:
    assert bare_dateline(line) == expected


def test_outlet_names_are_known_in_any_case() -> None:
    assert outlet_name("PIKIRAN RAKYAT") == outlet_name("Pikiran Rakyat") == "Pikiran Rakyat"
    assert outlet_name("Harian Bogor Raya") is None


TITLE = "Pemkab Tambah 40 Bus Sekolah Gratis untuk Desa Terpencil"
P1 = ("Pemerintah Kabupaten Sleman menambah 40 bus sekolah gratis untuk melayani pelajar dari "
      "desa-desa terpencil mulai tahun ajaran baru.")
P2 = ("Kepala Dinas Perhubungan mengatakan armada baru itu akan melayani 12 rute yang selama ini "
      "belum terjangkau angkutan umum.")


@pytest.mark.parametrize(("opening", "dateline", "outlet"), [
    ("JAKARTA ", "JAKARTA", None),
    ("KBR - Jakarta - ", "Jakarta", "KBR"),
    ("jpnn.com, SLEMAN ", "SLEMAN", "JPNN.com"),
    ("MINEWS - ", None, "MINEWS"),
    ("ADVERTISEMENT JAKARTA - ", "JAKARTA", None),
])
def test_the_page_dateline_in_any_order(opening: str, dateline: str | None,
                                        outlet: str | None) -> None:
    article = clean(f"{TITLE}\nSenin, 10 Maret 2025 08:15 WIB\n{opening}{P1}\n{P2}")
    assert (article.dateline, article.outlet, article.paragraphs) == (dateline, outlet, (P1, P2))


def test_an_advert_label_above_the_story_is_no_dateline() -> None:
    article = clean("\n".join([TITLE, "Senin, 10 Maret 2025 08:15 WIB", "ADVERTISEMENT", P1, P2]))
    assert article.dateline is None and article.paragraphs == (P1, P2)

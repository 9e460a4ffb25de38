"""Round twenty-two of the cleaner, the head's datelines: an outlet's name or its logo spelling
where the place would stand is the outlet, a page's own logo line is evidence of that, and a
few more stamp shapes (made-up text throughout)."""

from __future__ import annotations

from translator.clean import clean
from translator.dateline_names import outlet_like
from translator.dateline_stamp import brand_then_place, round_stamp, shares_logo_word
from translator.datelines import match_dateline

LEAD = ("Pemerintah kabupaten memperbaiki tanggul sungai yang jebol sepanjang tiga puluh meter "
        "setelah hujan deras mengguyur wilayah itu sejak Selasa malam.")
EN_LEAD = ("Last Tuesday, the ministry held a meeting with the heads of missions to review the "
           "protection of citizens working abroad.")
HEADLINE = "Tanggul Sungai Jebol, Pemkab Kerahkan Alat Berat ke Lokasi"
BODY = [LEAD,
        "Kepala dinas pekerjaan umum mengatakan perbaikan ditargetkan selesai dalam dua pekan "
        "agar sawah warga di hilir tidak kembali terendam air.",
        "Warga diminta tidak mendekati tanggul selama alat berat bekerja karena tanah di tepi "
        "sungai masih labil setelah diguyur hujan."]


def _names(text: str, sites: tuple[str, ...] = ()) -> tuple[str | None, str | None] | None:
    found = match_dateline(text, sites)
    return found[:2] if found else None


# --- a brand glued before the place is the outlet ------------------------------------------

def test_glued_brand_word_before_a_known_place_is_the_outlet() -> None:
    assert _names(f"Lensaperistiwa Serang - {LEAD}") == ("Serang", "Lensaperistiwa")
    assert _names(f"Kabarterkini Bogor – {LEAD}") == ("Bogor", "Kabarterkini")


def test_a_place_word_or_a_bare_prefix_before_the_place_is_no_brand() -> None:
    assert brand_then_place("Kota Serang") is None  # a region's kind, then its name
    assert brand_then_place("Suara Bogor") is None  # the prefix alone: a two-word name
    assert brand_then_place("Lensaperistiwa Tanahbaru") is None  # no known place after it


# --- a publisher's word joined to the place by a stop is one name ---------------------------

def test_publisher_word_dot_place_is_the_outlets_logo_spelling() -> None:
    assert _names(f"RADAR.AMBON - {LEAD}") == (None, "RADAR.AMBON")
    assert _names(f"KABAR.SERANG - {LEAD}") == (None, "KABAR.SERANG")


def test_initials_dot_place_stay_outlet_and_place() -> None:
    assert _names(f"MSC.MANADO - {LEAD}") == ("MANADO", "MSC")


# --- a shouted name sharing a word with the page's short logo line -------------------------

SITES = ("LPP Radio Siaran Pemerintah Kabupaten", "TV Molaneta", "Beranda", "Berita Daerah")


def test_shouted_name_sharing_the_logo_lines_word_is_the_outlet() -> None:
    assert _names(f"KILAS MOLANETA,- {LEAD}", SITES) == (None, "KILAS MOLANETA")
    assert _names(f"KILAS MOLANETA,- {LEAD}") == ("KILAS MOLANETA", None)  # no logo: unknown


def test_a_caption_label_printing_the_menu_word_again_is_no_outlet() -> None:
    assert not shares_logo_word("PASAR MURAH", ("Beranda", "Pasar Murah", "Daerah"))
    assert not shares_logo_word("BANDA ACEH", ("Radio Banda Aceh",))  # a known place
    assert not shares_logo_word("KILAS MOLANETA", ("Warga Molaneta Panen Jagung di Lereng "
                                                   "Bukit Kecamatan",))  # a headline, no logo


# --- an address spelled out ("dotcom") is an outlet's name ----------------------------------

def test_spelled_out_address_is_an_outlet_name() -> None:
    assert outlet_like("Kabardotcom") and outlet_like("BERITADOTID")
    assert _names(f"Warkopdotcom - {LEAD}") == (None, "Warkopdotcom")
    assert not outlet_like("Dotcom")  # the word alone names nothing


# --- a place and its agency in round brackets, a stop after them ----------------------------

def test_place_and_agency_in_round_brackets_then_a_stop() -> None:
    assert match_dateline(f"(Surabaya-KJRI). {EN_LEAD}") == ("Surabaya", "KJRI", EN_LEAD)
    assert match_dateline(f"(Bogor-Humas): {LEAD}") == ("Bogor", "Humas", LEAD)


def test_round_brackets_without_a_known_place_are_no_stamp() -> None:
    assert round_stamp(f"(Foto-Istimewa). {EN_LEAD}") is None
    assert round_stamp(f"(Surabaya-Malang). {EN_LEAD}") is None  # two places: a route


# --- the place, its province's short form and a pipe ----------------------------------------

def test_place_comma_province_then_pipe_is_the_dateline_as_printed() -> None:
    assert _names(f"Sleman, DIY | {LEAD}") == ("Sleman, DIY", None)
    assert _names(f"KBN – Bantul, DIY | {LEAD}") == ("Bantul, DIY", "KBN")


def test_an_unknown_name_before_the_province_is_no_dateline() -> None:
    assert match_dateline(f"Rapat Pleno, DIY | {LEAD}") is None


# --- a date line opening with the place right above the lead ---------------------------------

def _page(*head: str) -> str:
    return "\n".join([*head, *BODY])


def test_place_dash_date_line_over_the_lead_gives_the_dateline() -> None:
    page = _page("Pengadilan Negeri Batang", HEADLINE, "Batang - Senin, 16 Februari 2026")
    assert clean(page).dateline == "Batang"
    page = _page("Kantor Kementerian Agama", HEADLINE, "Bogor | Rabu, 18 Februari 2026 09:30 WIB")
    assert clean(page).dateline == "Bogor"


def test_a_date_line_naming_no_place_gives_none() -> None:
    page = _page("Pengadilan Negeri Batang", HEADLINE, "Redaksi - Senin, 16 Februari 2026")
    assert clean(page).dateline is None

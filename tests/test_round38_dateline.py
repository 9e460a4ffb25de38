"""Round 38, datelines: generated variants of the families fresh110-113 missed, and decoys of
similar shape that must keep today's reading (made-up outlets, places, names and headlines;
none copied from a fixture)."""

from __future__ import annotations

import pytest

from translator.clean import clean
from translator.dateline_names import is_furniture_word
from translator.dateline_pairs import address_pair, brand_dashed
from translator.dateline_regions import region_stamp

LEAD = ("Ratusan warga di dua dusun mengantre air bersih dari mobil tangki sejak pagi karena "
        "sumur mereka mengering setelah kemarau panjang melanda sejak awal bulan.")
P2 = ("Kepala desa, Darmawan, mengatakan pemerintah desa sudah meminta tambahan kiriman air "
      "kepada badan penanggulangan bencana setempat untuk dua pekan ke depan.")
P3 = ("Warga berharap pemerintah membangun sumur bor di setiap dusun agar tidak lagi bergantung "
      "pada kiriman air setiap musim kemarau datang.")
HEAD = "Atap Los Pasar Desa Bocor, Pedagang Sayur Pasang Terpal Sendiri"


def _page(lead: str, *, logo: str = "Warta Lereng", above: tuple[str, ...] = (),
          meta: str = "Senin, 16 Maret 2026 | 10:15 WIB") -> str:
    return "\n\n".join([logo, "Beranda", "Daerah", HEAD, *([meta] if meta else []), *above,
                        lead, P2, P3, f"© 2026 {logo}"])


# --- a place and its region's short form as one dateline: a province's hyphen-joined, a
# regency's in capitals after a comma, a bracketed date after the dash cut from the lead
# (dateline_regions.region_stamp) ------------------------------------------------------------

@pytest.mark.parametrize("stamp,want", [
    ("Sumbawa Besar-NTB, ", "Sumbawa Besar-NTB"),
    ("Kupang-NTT – ", "Kupang-NTT"),
    ("Makassar-SULSEL, ", "Makassar-SULSEL"),
    ("Tanjung, KLU – ", "Tanjung, KLU"),
    ("Taliwang, KSB - ", "Taliwang, KSB"),
    ("Selong, LOTIM – ", "Selong, LOTIM"),
    ("Tenggarong, KUKAR - ", "Tenggarong, KUKAR"),
])
def test_place_with_its_region_is_the_dateline(stamp, want):
    article = clean(_page(stamp + LEAD))
    assert article.dateline == want
    assert article.outlet == "Warta Lereng"
    assert article.paragraphs[0] == LEAD


@pytest.mark.parametrize("stamp,want", [
    ("Tanjung, KLU – (18/04/2026) ", "Tanjung, KLU"),
    ("Mataram, NTB – (2/5/2026) ", "Mataram, NTB"),
    ("Sumbawa Besar-NTB, (18/4/2026) ", "Sumbawa Besar-NTB"),
])
def test_bracketed_date_after_the_region_dash(stamp, want):
    article = clean(_page(stamp + LEAD, meta=""))
    assert article.dateline == want
    assert article.paragraphs[0] == LEAD


@pytest.mark.parametrize("text", [
    "Jakarta-Bandung, " + LEAD,  # two places, no region
    "Tenggarong, Kukar – " + LEAD,  # a regency's short form in small letters: no evidence
    "Tanjung, KSB – " + LEAD,  # an everyday word before another regency's short form
    "Mataram-Ntb, " + LEAD,  # hyphen-joined: the short form in capitals only
    "Selong, LOTIM – Harga naik.",  # too short a sentence after it
])
def test_decoy_region_stamp(text):
    assert region_stamp(text) is None


# --- a known place and the outlet's web address, no dash, in either order, closed by a comma,
# a bar or a letter l (dateline_pairs.address_pair) -----------------------------------------

@pytest.mark.parametrize("stamp,place", [
    ("Ngawi wartalereng.com, ", "Ngawi"),
    ("Madiun kabarkita.id, ", "Madiun"),
    ("wartalereng.id Nganjuk | ", "Nganjuk"),
    ("kabarkita.co.id Ponorogo | ", "Ponorogo"),
    ("Kediri | wartalereng.id, ", "Kediri"),
    ("Belawan l Wartalereng.co l ", "Belawan"),
    ("Pelabuhan Ratu l kabarkita.id l ", "Pelabuhan Ratu"),
])
def test_place_and_address_without_a_dash(stamp, place):
    article = clean(_page(stamp + LEAD))
    assert article.dateline == place
    assert article.paragraphs[0] == LEAD


@pytest.mark.parametrize("text", [
    "Warga Ngawi wartalereng.com, " + LEAD,  # a sentence: its first word is no place
    "Ngawi kembali menggelar pasar murah di alun-alun pada Sabtu pagi kemarin.",  # no address
    "Sukamaju wartalereng.com, " + LEAD,  # no known place, no bars around the address
    "Ngawi wartalereng.com, Harga naik.",  # too short a sentence after it
])
def test_decoy_address_pair(text):
    assert address_pair(text) is None


# --- a brand's one-word name, a dash, the shouted place and a dash ("KNews—SLEMAN— ")
# (dateline_pairs.brand_dashed) -------------------------------------------------------------

@pytest.mark.parametrize("stamp,place", [
    ("LNews—BANYUBIRU— ", "BANYUBIRU"),
    ("KabarPos – SLEMAN – ", "SLEMAN"),
    ("WartaNews-MAGELANG- ", "MAGELANG"),
])
def test_brand_then_shouted_place_between_dashes(stamp, place):
    assert clean(_page(stamp + LEAD)).dateline == place


@pytest.mark.parametrize("text", [
    "Budi – SLEMAN – " + LEAD,  # a person's name, no publisher's
    "Jakarta—BANDUNG— " + LEAD,  # two places
    "LNews—DPR— " + LEAD,  # initials, no shouted district
    "LNews—ADVERTISEMENT— " + LEAD,  # page chrome
])
def test_decoy_brand_dashed(text):
    assert brand_dashed(text) is None


# --- an advert slot's label alone above the lead ("ARTICLE AD BOX"): furniture, no dateline
# (dateline_names.is_furniture_word) --------------------------------------------------------

@pytest.mark.parametrize("label", ["ARTICLE AD BOX", "TOP BANNER", "AD SLOT", "Iklan Tengah",
                                   "SIDEBAR AD UNIT"])
def test_advert_slot_label_is_no_dateline(label):
    lead = LEAD.removeprefix("Puluhan ").capitalize()
    article = clean(_page(lead, above=(label,), meta="1 week ago 4"))
    assert article.dateline is None
    assert is_furniture_word(label)


@pytest.mark.parametrize("name", ["MADIUN", "BANJAR", "Kota Baru", "ADONARA", "Badung"])
def test_decoy_place_is_no_advert_label(name):
    assert not is_furniture_word(name)


# --- a place and its date in square brackets before the dash ("[Taliwang, 12 Oktober 2026]
# – "): the dateline and the date of publication (dateline_guard.tidy_lead, dates) ----------

@pytest.mark.parametrize("stamp,place,iso", [
    ("[Ngawi, 12 Oktober 2026] – ", "Ngawi", "2026-10-12"),
    ("[Mataram, 2 Mei 2026] - ", "Mataram", "2026-05-02"),
    ("[Kupang, 14/02/2026] — ", "Kupang", "2026-02-14"),
])
def test_square_bracketed_place_and_date(stamp, place, iso):
    article = clean(_page(stamp + LEAD, meta=""))
    assert (article.dateline, article.published) == (place, iso)
    assert article.paragraphs[0] == LEAD


def test_decoy_square_bracket_without_a_known_place():
    # a label in brackets ("[Rilis, 12 Oktober 2026]") is no place: no dateline
    assert clean(_page("[Rilis Pers, 12 Oktober 2026] – " + LEAD, meta="")).dateline is None

"""Round 38, titles, outlets and authors: generated variants of the families fresh110-113
missed, and decoys of similar shape that must keep today's reading (made-up outlets, places,
names and headlines; none copied from a fixture)."""

from __future__ import annotations

import pytest

from translator.clean import clean
from translator.lines import Line
from translator.outlet_case import own_case
from translator.posted_names import posted_spelling
from translator.stamp_forms import stamp_form

LEAD = ("Puluhan petani di lereng bukit mulai menanam kopi robusta di lahan bekas tebangan "
        "pinus setelah menerima bibit gratis dari dinas pertanian kabupaten.")
P2 = ("Ketua kelompok tani, Sugiyanto, mengatakan setiap anggota menerima dua ratus bibit yang "
      "ditanam di sela tanaman jagung agar lahan tetap menghasilkan sebelum kopi berbuah.")
P3 = ("Dinas pertanian berjanji mendampingi petani hingga panen pertama, termasuk pelatihan "
      "pemangkasan dan pengolahan biji kopi pascapanen.")
HEAD = "Petani Lereng Bukit Mulai Tanam Kopi Robusta di Lahan Bekas Pinus"


def _page(logo: str, lead: str, *foot: str, top: tuple[str, ...] = ()) -> str:
    return "\n\n".join([*top, logo, "Beranda", "Pertanian", HEAD, "Senin, 9 Maret 2026", lead,
                        P2, P3, "Bagikan:", "Facebook", *foot])


def _blog(title: str, lead: str, footer: str) -> str:
    return "\n\n".join([title, "Kabar dari lereng bukit", "Jumat, 13 Maret 2026", HEAD, lead, P2,
                        P3, footer, "Label: Pertanian", "Posting Lebih Baru Posting Lama Beranda"])


def _lines(*texts: str) -> list[Line]:
    return [Line(t, "copyright" if t.startswith(("©", "Copyright")) else "text") for t in texts]


# --- a shouted name of two words and more (the blog's title, its stamp) that the blog's post
# footer prints in mixed case for the blog's own account: that mixed case
# (posted_names.posted_spelling, from top_names.top_name and outlet_case.own_case) ----------

@pytest.mark.parametrize("title,lead,footer,want", [
    ("WARTA LERENG", LEAD, "Diposting oleh Warta Lereng di 10.15 Tidak ada komentar:",
     "Warta Lereng"),
    ("SUARA KAKI GUNUNG", LEAD, "Diposkan oleh Suara Kaki Gunung di 08.40", "Suara Kaki Gunung"),
    ("KABAR BUKIT", f"Lembang, KABAR BUKIT - {LEAD}", "Diposkan oleh Kabar Bukit",
     "Kabar Bukit"),
    ("PELITA DESA", f"Sleman, PELITA DESA - {LEAD}", "Posted by Pelita Desa at 9:12 PM",
     "Pelita Desa"),
])
def test_shouted_blog_name_takes_the_post_footer_spelling(title, lead, footer, want):
    assert clean(_blog(title, lead, footer)).outlet == want


@pytest.mark.parametrize("name,texts", [
    # the footer names another account: the capitals stay
    ("WARTA LERENG", ("WARTA LERENG", "Diposting oleh Admin di 10.15")),
    # a copyright line's mixed case is a template's type, no owner's spelling
    ("WARTA LERENG", ("WARTA LERENG", "© 2026 Warta Lereng. All rights reserved.")),
    # one word: outlet_case's own rule, not this one
    ("LERENGPOS", ("LERENGPOS", "Diposting oleh LerengPos di 10.15")),
    # the footer shouts it too
    ("WARTA LERENG", ("WARTA LERENG", "Diposting oleh WARTA LERENG di 10.15")),
])
def test_decoy_posted_spelling(name, texts):
    assert posted_spelling(name, _lines(*texts)) is None


# --- a dateline's web address in capitals ("KABARLEMBAH.COM - ") whose letters the copyright
# line spells as a mixed-case name with a space: that name; the logo line standing alone
# under a top bar and a menu counts as the logo (outlet_case.own_case) ----------------------

@pytest.mark.parametrize("logo,stamp,foot,want", [
    ("KABARLEMBAH.COM", "KABARLEMBAH.COM - ", "© 2026 Kabar Lembah", "Kabar Lembah"),
    ("SUARATEPIAN.ID", "Rengat, SUARATEPIAN.ID – ", "Copyright © 2026 Suara Tepian",
     "Suara Tepian"),
    ("LINTASPESISIR.NET", "LINTASPESISIR.NET, Pati – ", "© 2026 Lintas Pesisir - Berita Pantura",
     "Lintas Pesisir"),
])
def test_shouted_address_takes_the_copyright_spelling(logo, stamp, foot, want):
    assert clean(_page(logo, stamp + LEAD, foot)).outlet == want


@pytest.mark.parametrize("logo,stamp", [
    ("Kabar Lembah", "LEMBANG, Kabarlembah.com – "),
    ("Warta Tepian", "Rengat, Wartatepian.id - "),
])
def test_logo_below_a_top_bar_and_the_copyright_name_the_address(logo, stamp):
    top = ("Friday, March 13, 2026", "  • Redaksi", "  • Kontak")
    page = _page(logo, stamp + LEAD, f"© 2026 {logo} - Portal Berita Daerah", top=top)
    assert clean(page).outlet == logo


@pytest.mark.parametrize("name,texts", [
    # the copyright line names another site
    ("KABARLEMBAH.COM", ("KABARLEMBAH.COM", "© 2026 Kabar Lain")),
    # the copyright line shouts the name too: no mixed case to take
    ("KABARLEMBAH.COM", ("KABARLEMBAH.COM", "© 2026 KABAR LEMBAH")),
    # a stamp already in mixed case with only the copyright line spaced: round 37's reading
    ("Kabarlembah.com", ("kabarlembah.com", "© 2026 Kabar Lembah")),
])
def test_decoy_address_keeps_its_spelling(name, texts):
    assert own_case(name, _lines(*texts)) == name


# --- the shouted logo that is the address's stem ("WLTV" over "wltv.co.id Blitar | "): the
# brand (outlet_case._stem_logo) -------------------------------------------------------------

@pytest.mark.parametrize("logo,address", [
    ("WLTV", "wltv.co.id"), ("KBTV", "kbtv.id"), ("RLFM", "rlfm.com")])
def test_address_stem_shouted_by_the_logo(logo, address):
    assert own_case(address, _lines(logo, "Televisi Warga Lereng", "Beranda")) == logo


@pytest.mark.parametrize("texts", [
    ("WLTV", "© 2026 wltv.co.id"),  # the copyright line signs with the address itself
    ("WL TV", "Beranda"),  # two words: not the stem shouted
    ("Wltv", "Beranda"),  # not shouted
])
def test_decoy_address_stem_logo(texts):
    assert own_case("wltv.co.id", _lines(*texts)) == "wltv.co.id"


# --- a copyright line adding the station's region to the stamp's name ("Copyright © 2026
# Radio Lembah FM Kediri" under "Radio Lembah FM"): the name, no region (outlet_case) -------

@pytest.mark.parametrize("name,foot", [
    ("Radio Lembah FM", "Copyright © 2026 Radio Lembah FM Kediri"),
    ("Suara Tepian", "© 2026 Suara Tepian Ngawi"),
    ("Gema Pesisir FM", "© 2026 Gema Pesisir FM Lamongan"),
])
def test_copyright_region_is_no_fuller_name(name, foot):
    assert own_case(name, _lines(name, foot)) == name


def test_decoy_fuller_name_still_taken():
    # the words added are no place: the footer's full name, as before
    assert own_case("Lembah Tour", _lines("LEMBAH TOUR", "© 2026 Lembah Tour & Travel")) \
        == "Lembah Tour & Travel"


# --- a stamp's short name of initials run onto the last word in mixed case ("KLNews—") under
# the logo "Kabar Lembah News" that the copyright line signs with too: the masthead
# (stamp_forms.stamp_form) ------------------------------------------------------------------

@pytest.mark.parametrize("logo,short,place", [
    ("Kabar Lembah News", "KLNews", "SLEMAN"),
    ("Suara Tepian Post", "STPost", "RENGAT"),
    ("Warta News", "WNews", "PATI"),
])
def test_short_name_under_a_signed_masthead(logo, short, place):
    page = _page(logo, f"{short}—{place}— {LEAD}", f"© 2026 {logo}")
    article = clean(page)
    assert article.outlet == logo
    assert article.dateline == place


def test_decoy_short_name_without_the_signature_stays():
    # round 27: "AMBON,MRNews.-" under "Mimbar Rakyat News", no copyright line: as written
    assert stamp_form("KLNews", _lines("Kabar Lembah News", "Beranda")) is None
    assert stamp_form("KLNews", _lines("Kabar Lembah News", "© 2026 Media Lain")) is None


def test_decoy_abbreviated_stamp_keeps_the_shouted_masthead():
    # round 27: "SAMPIT,PPOST" under "PALANGKA POST" gives the masthead as its logo prints it;
    # the footer's mixed case respells only a stamp that shouts the name itself
    page = _blog("LEMBAH POST", f"SLEMAN,LPOST\n{LEAD}", "Diposkan oleh Lembah Post di 08.30")
    assert clean(page).outlet == "LEMBAH POST"


def test_decoy_shouted_address_under_its_shouted_stem_stays():
    # fresh73's reading: "KABARLEMBAH.COM — " under the logo "KABARLEMBAH" is the address
    assert own_case("KABARLEMBAH.COM", _lines("KABARLEMBAH", "Beranda")) == "KABARLEMBAH.COM"

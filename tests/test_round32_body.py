"""Round 32, body: rules meant for a family that did not fire on unseen pages, widened by the
family. Made-up lines in the manner of real pages (none copied from a fixture); each test
fails without its rule, each decoy keeps the result it had before."""

from __future__ import annotations

import pytest

from translator.clean import clean
from translator.story_marks import schedule_row

from .story_page import COFFEE_LEAD as LEAD
from .story_page import COFFEE_P2 as P2
from .story_page import COFFEE_P3 as P3
from .story_page import COFFEE_P4 as P4

EN_LEAD = ("Malang - Dozens of dairy farmers in the hills south of Malang say the milk price paid "
           "by the cooperative has fallen for the third month in a row, leaving many in debt.")
EN_P2 = ("One farmer, Slamet, said he now sells part of his milk to a yoghurt maker in town. "
         "\"The cooperative pays late and pays less, so we look for other buyers,\" he said.")
EN_P3 = ("The cooperative's chairman said a new cooling plant would open in April and that prices "
         "should recover once the plant can take milk from every village in the district.")


def _page(*body: str, head: str = "Petani Kopi Keluhkan Harga Anjlok") -> str:
    return "\n\n".join(["Kabar Jember", "Beranda", "Berita", head, *body,
                        "Bagikan", "Facebook", "WhatsApp"])


# --- a crosshead printed with its heading's bullet between two paragraphs (story_marks.py) ---

@pytest.mark.parametrize("bullet,head", [
    ("•", "Masalah di Lapangan"),
    ("•", "Penutup"),
    ("▪", "Langkah Dinas"),
    ("■", "Harapan Petani"),
    ("»", "Kesimpulan"),
    ("●", "Latar Belakang Persoalan"),
    ("►", "Solusi"),
])
def test_bulleted_crosshead_stays_without_its_bullet(bullet: str, head: str) -> None:
    got = clean(_page(LEAD, P2, f"  {bullet} {head}", P3, P4))
    assert head in got.paragraphs
    assert got.paragraphs.index(head) == 2
    assert not any(p.startswith(bullet) for p in got.paragraphs)


@pytest.mark.parametrize("bullet,head", [("•", "What Comes Next"), ("▪", "Background"),
                                         ("»", "A Long Wait for Buyers")])
def test_bulleted_crosshead_english(bullet: str, head: str) -> None:
    got = clean(_page(EN_LEAD, EN_P2, f"{bullet} {head}", EN_P3,
                      head="Dairy Farmers Complain of Falling Milk Price"))
    assert head in got.paragraphs


def test_bulleted_list_after_announcement_is_no_crosshead() -> None:
    # decoy: the items of a list the story announces ("... berikut:"), one after another
    got = clean(_page(LEAD, "Dinas menyiapkan langkah berikut:", "• Harga di Pengepul",
                      "• Pasar Lelang Desa", P3))
    assert "Harga di Pengepul" not in got.paragraphs
    assert "Pasar Lelang Desa" not in got.paragraphs


def test_bulleted_menu_rows_are_no_crossheads() -> None:
    # decoy: a bulleted menu between the story's end and a teaser: no paragraph below
    got = clean(_page(LEAD, P2, P3, "• Beranda", "• Ekonomi"))
    assert "Beranda" not in got.paragraphs and "Ekonomi" not in got.paragraphs
    # decoy: a bulleted sentence stays as it was (a full stop: no heading)
    got = clean(_page(LEAD, P2, "• Harga kopi turun tajam.", P3))
    assert "Harga kopi turun tajam." not in got.paragraphs


# --- the dated rows of a schedule the story announces (story_marks.py, story.py) ------------

@pytest.mark.parametrize("rows", [
    ("Pendaftaran: 3 Maret 2026", "Tanggal verifikasi: 10 Maret 2026",
     "Tanggal penyaluran: 17 Maret 2026"),
    ("Tanggal pembayaran: 20 Mei 2026",),
    ("Batas akhir: 10 April 2026", "Pengumuman: 14 April 2026"),
    ("Record date: May 4, 2026", "Payment date: May 20, 2026"),
    ("Tanggal pelaksanaan : Senin, 6 April 2026",),
    ("Tanggal distribusi: 18/5/2026", "Tanggal evaluasi: 25/5/2026"),
])
def test_schedule_rows_stay(rows: tuple[str, ...]) -> None:
    got = clean(_page(LEAD, P2, "Berikut jadwal penyaluran bantuan bagi petani:", *rows, P3))
    for row in rows:
        assert row in got.paragraphs
    assert got.paragraphs[-1] == P3


def test_dated_line_with_no_announcement_stays_out() -> None:
    # decoy: a labelled date line after a plain paragraph is the page's, as before
    got = clean(_page(LEAD, P2, "Tanggal: 3 Maret 2026", P3))
    assert "Tanggal: 3 Maret 2026" not in got.paragraphs


def test_schedule_row_unit() -> None:
    assert schedule_row("Tanggal pembayaran: 20 Mei 2026")
    assert schedule_row("Record date : May 4, 2026")
    assert not schedule_row("Diterbitkan: 3 Maret 2026")  # the post's stamp
    assert not schedule_row("Updated: March 4, 2026")
    assert not schedule_row("Tanggal pembayaran belum ditentukan: mungkin Mei")
    assert not schedule_row("Panen raya diperkirakan berlangsung pada 20 Mei 2026")


# --- a related block's header: "Related Posts", a glued "BACAJUGA:" (boilerplate.py) -------

PROMO = ("Get your member card today and enjoy discounts at more than 300 partner shops across "
         "the city.")


@pytest.mark.parametrize("header", ["Related Posts", "Related posts", "RELATED POSTS",
                                    "Related Post", "Related Posts:"])
def test_related_posts_header_closes_the_story(header: str) -> None:
    got = clean(_page(EN_LEAD, EN_P2, EN_P3, header, "Milk Collection Point Opens in Pujon",
                      "Cooperative Elects New Board", PROMO,
                      head="Dairy Farmers Complain of Falling Milk Price"))
    assert PROMO not in got.paragraphs
    assert got.paragraphs[-1] == EN_P3


CAPTION = "Petani memetik kopi di kebun warga di lereng Argopuro, Jumat 6 Maret 2026."


@pytest.mark.parametrize("header,stamp", [
    ("BACAJUGA:", "5 Maret 2026 | 19:10"),
    ("BacaJuga:", "5 Maret 2026"),
    ("Baca Juga:", "Kamis, 5 Maret 2026 - 19:10 WIB"),
    ("LIHATJUGA :", "05/03/2026 19:10"),
    ("Baca juga", "5 Maret 2026 | 19:10"),
    ("BACA JUGA", "March 5, 2026"),
])
def test_teaser_caption_under_related_header(header: str, stamp: str) -> None:
    got = clean(_page(LEAD, P2, P3, header, CAPTION, "Harga Gabah di Jember Mulai Naik", stamp,
                      "Pasar Tanjung Direnovasi", stamp, "Tags: kopi, petani"))
    assert CAPTION not in got.paragraphs
    assert got.paragraphs[-1] == P3


def test_story_resuming_under_related_header_decoy() -> None:
    # decoy: an inline "Baca juga" link, the story carrying on below it
    got = clean(_page(LEAD, P2, "BACAJUGA:", "Harga Gabah di Jember Mulai Naik", P3, P4))
    assert got.paragraphs[-2:] == (P3, P4)


# --- a standfirst over the lead's excerpt and a twice-printed caption (decks.py) ------------

EN_STAND = ("Milk prices have fallen for a third month, but a new cooling plant may change the "
            "sums for farmers in the hills, says a dairy economist.")
EN_EXCERPT = ("Dozens of dairy farmers in the hills south of Malang say the milk price paid by "
              "the cooperative has fallen.")
EN_FULL = EN_EXCERPT + " Many say they are now in debt to the feed sellers of the district."
EN_CAPTION = "A farmer carries milk cans to the collection point in Pujon on Feb 20, 2026."


@pytest.mark.parametrize("teasers", [
    (EN_EXCERPT, EN_CAPTION, EN_CAPTION),
    (EN_EXCERPT,),
    (EN_CAPTION, EN_CAPTION),
    (EN_EXCERPT, EN_CAPTION, EN_CAPTION, "Follow us on Instagram for the latest updates."),
    (EN_CAPTION, EN_CAPTION, EN_EXCERPT),
    (EN_EXCERPT, EN_CAPTION, EN_CAPTION, "Advertisement"),
])
def test_standfirst_over_teasers_and_byline(teasers: tuple[str, ...]) -> None:
    page = ["Farm Weekly", "Commentary", "Commentary: Why dairy farmers in Malang are in debt",
            EN_STAND, *teasers, "By Rina Wulandari", "Published March 5, 2026", EN_FULL, EN_P2,
            EN_P3, "Read more"]
    got = clean("\n\n".join(page))
    assert got.paragraphs == (EN_FULL, EN_P2, EN_P3)


def test_standfirst_over_its_lead_decoy() -> None:
    # decoy: the line below the standfirst is printed once and opens no later paragraph
    page = ["Farm Weekly", "Commentary", "Commentary: Why dairy farmers in Malang are in debt",
            EN_STAND, EN_P3, "By Rina Wulandari", "Published March 5, 2026", EN_FULL, EN_P2]
    assert clean("\n\n".join(page)).paragraphs[0] == EN_STAND


# --- the story's first bulleted crosshead above the lead, the writer's photo between --------

@pytest.mark.parametrize("bullet,first,later,gap", [
    ("•", "Pendahuluan", "Masalah Utama", ("Rina Wulandari", "Rina Wulandari")),
    ("•", "Latar Belakang", "Jalan Keluar", ("Rina Wulandari",)),
    ("▪", "Awal Cerita", "Harapan Petani", ()),
    ("»", "Pengantar", "Penutup", ("Foto Penulis", "Rina Wulandari")),
    ("■", "Kondisi Hari Ini", "Langkah ke Depan", ("Rina",)),
    ("●", "Pendahuluan", "Kesimpulan", ("Rina Wulandari", "Rina Wulandari")),
])
def test_opening_bulleted_crosshead_above_lead(bullet: str, first: str, later: str,
                                               gap: tuple[str, ...]) -> None:
    lead = LEAD.replace("Jember - ", "")
    page = ["Kabar Jember", "Beranda", "Opini", "Petani Kopi dan Harga yang Tak Menentu",
            "Oleh : RINA WULANDARI", "(Peneliti pertanian, tinggal di Jember)",
            f"  {bullet} {first}", *gap, lead, P2, f"  {bullet} {later}", P3, P4, "Bagikan"]
    got = clean("\n\n".join(page))
    assert got.paragraphs[:2] == (first, lead)
    assert later in got.paragraphs


def test_opening_bullet_without_crossheads_below_decoy() -> None:
    # decoy: a bulleted menu row above the lead on a page whose story runs no such crossheads
    lead = LEAD.replace("Jember - ", "")
    page = ["Kabar Jember", "• Beranda", "• Opini", "Petani Kopi dan Harga yang Tak Menentu",
            "• Ekonomi Desa", lead, P2, P3]
    got = clean("\n\n".join(page))
    assert got.paragraphs[0] == lead

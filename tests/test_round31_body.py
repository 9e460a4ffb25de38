"""Round 31, body: rules meant for a family that did not fire on unseen pages, widened by the
family. Made-up lines in the manner of real pages (none copied from a fixture); each test
fails without its rule."""

from __future__ import annotations

import pytest

from translator.boilerplate_lists import roster_line
from translator.clean import clean
from translator.lead_zone import dated_sentence, window_outlet, window_title
from translator.lines import classify, classify_one

from .story_page import COFFEE_LEAD as LEAD
from .story_page import COFFEE_P2 as P2
from .story_page import COFFEE_P3 as P3

EN_LEAD = ("Malang - Dozens of dairy farmers in the hills south of Malang say the milk price paid "
           "by the cooperative has fallen for the third month in a row, leaving many in debt.")
EN_P2 = ("One farmer, Slamet, said he now sells part of his milk to a yoghurt maker in town. "
         "\"The cooperative pays late and pays less, so we look for other buyers,\" he said.")


# --- a window title "Blog Name: Post Title" read as an outlet's stamp (story.py) ------------

@pytest.mark.parametrize("site,head", [
    ("Java Daily", "Dairy Farmers in Malang Complain of Falling Milk Price"),
    ("Kabar Desa", "Peternak Sapi Perah Keluhkan Harga Susu yang Terus Turun"),
])
def test_window_title_is_no_stamp(site: str, head: str) -> None:
    page = ["Old Blog Name", "", "has moved", "", f"{site}: {head}", "", site, "",
            "March 10, 2026", "", head, "", EN_LEAD, "", EN_P2, "", "Posted by admin at 8:10 PM"]
    got = clean("\n".join(page))
    assert got.paragraphs and got.paragraphs[0].startswith("Dozens of dairy farmers")
    assert got.title == head
    assert got.outlet == site  # the window title's name, printed alone below it (clean.py)


def test_window_title_unit() -> None:
    lines = classify(["Kabar Desa: Panen Raya Dimulai", "Kabar Desa", "Panen Raya Dimulai"])
    assert window_title(lines, 0, "Panen Raya Dimulai")
    assert not window_title(lines, 0, "Panen raya dimulai pekan ini.")
    assert window_outlet(lines) == "Kabar Desa"
    assert window_outlet(classify(["Kabar Desa: Panen Raya Dimulai", "Panen Raya Dimulai"])) \
        is None  # the name never stands alone: no window title's outlet


# --- a shouted crosshead under a finished lead read as a shouted place (story_edges.py) -----

def test_shouted_crosshead_below_lead_stays() -> None:
    lead = LEAD.replace("Jember - ", "")
    page = ["Kabar Jember", "", "Petani Kopi Keluhkan Harga Anjlok", "", lead, "",
            "HASIL TEMUAN LAPANGAN", "", P2, "", P3]
    got = clean("\n".join(page))
    assert got.paragraphs[0] == lead
    assert "HASIL TEMUAN LAPANGAN" in got.paragraphs
    assert got.dateline is None


# --- "2 dari 3 halaman" past a block of links: the story's next page (boilerplate, story) --

def test_page_counter_ends_related_block() -> None:
    assert classify_one("2 dari 3 halaman").kind == "pagination"
    page = ["Kabar Jember", "", "Petani Kopi Keluhkan Harga Anjlok", "", LEAD, "", P2, "",
            "Baca Juga", "Harga Cabai di Pasar Tanjung Mulai Turun",
            "Bupati Tinjau Gudang Pupuk di Kecamatan Ambulu", "", "2 dari 2 halaman", "",
            "Pembeli dari Luar Daerah", "", P3]
    got = clean("\n".join(page))
    assert "Pembeli dari Luar Daerah" in got.paragraphs
    assert P3 in got.paragraphs


# --- a sentence that lost its stop, dated as prose dates (lead_zone.py, story.py) ----------

def test_dated_sentence() -> None:
    assert dated_sentence("Acara itu digelar di aula desa pada Senin (3/3/2026)")
    assert not dated_sentence("Data Kasus DBD Hingga 22 Februari 2026")
    page = ["Kabar Jember", "", "Petani Kopi Keluhkan Harga Anjlok", "", LEAD,
            "Pertemuan itu berlangsung di balai desa pada Rabu (11/3/2026)", "", P2, "", P3]
    got = clean("\n".join(page))
    assert "Pertemuan itu berlangsung di balai desa pada Rabu (11/3/2026)" in got.paragraphs


# --- a match's result line closing a report (boilerplate_lists.py) ------------------------

def test_result_line() -> None:
    assert roster_line("Persebaya v Arema FC 2-1 (Bruno Moreira; Dalberto) 25,130")
    assert roster_line("PSIS vs Persik 0-0")
    assert not roster_line("Gubernur Tinjau Pasar 2-3 Hari")
    page = ["Surabaya Football Notes", "", "Saturday, March 7, 2026", "",
            "Another Long Night at Gelora Bung Tomo", "",
            EN_LEAD.replace("Malang - ", ""), "", EN_P2, "",
            "Some of those farmers still found the money to watch Persebaya beat Arema FC on "
            "Saturday night. The home fans sang for ninety minutes in the rain.", "",
            "League One", "",
            "Persebaya v Arema FC 2-1 (Bruno Moreira; Dalberto) 25,130", "",
            "Posted by Surabaya Football Notes at 10:12 PM"]
    got = clean("\n".join(page))
    assert "Persebaya v Arema FC 2-1 (Bruno Moreira; Dalberto) 25,130" in got.paragraphs


# --- a release's "About <Company>" box and a group photo's caption (boilerplate_chrome.py) --

@pytest.mark.parametrize("line", ["About PT Kopi Argopuro Lestari", "About Acme Logistics Group",
                                  "Tentang PT Sinar Tani Makmur"])
def test_about_company_box(line: str) -> None:
    assert classify_one(line).kind == "end"  # END_MARKERS: the story stops there
    assert classify_one("About 200 farmers attended the meeting.").kind == "text"


@pytest.mark.parametrize("line", [
    "Peletakan batu pertama balai warga. (kiri-kanan) Kepala Desa Suyono, Camat Ambulu dan "
    "Ketua BPD Rahmat.",
    "Foto bersama usai pelantikan pengurus (ki-ka) Bupati Jember, Wakil Bupati dan Sekda.",
    "Dari kiri ke kanan: Ketua panitia, pastor paroki dan ketua dewan paroki.",
    "Peserta lomba berfoto bersama dewan juri di halaman balai desa.",
    "Bupati Jember foto bersama para juara usai penyerahan hadiah.",
])
def test_group_photo_caption(line: str) -> None:
    assert classify_one(line).kind == "caption"


# --- a shouted place over its date, read as a date line, still gives the dateline (story.py) -

def test_shouted_place_over_date() -> None:
    lead = LEAD.replace("Jember - ", "")
    page = ["Kabar Jember", "", "Petani Kopi Keluhkan Harga Anjlok", "",
            "TANGGUL, KJ (10/3/2026)", "", lead, "", P2, "", P3]
    got = clean("\n".join(page))
    assert got.dateline == "TANGGUL"
    assert got.paragraphs[0] == lead


def test_posing_in_prose_stays_text() -> None:
    # a sentence that quotes a speaker or runs on past its photo is the story's
    assert classify_one("“Kami berfoto bersama warga sebagai kenang-kenangan,” kata dia.").kind \
        == "text"
    assert classify_one("Acara ditutup dengan makan siang dan foto bersama di depan aula.").kind \
        == "text"

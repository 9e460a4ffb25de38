"""benchmarks/clean_quality.py: three sets scored apart, furniture fields, and the pinned gate."""

from __future__ import annotations

import json
import re
import sys

import pytest

from .conftest import ROOT, cleaned, load_benchmark

FIXTURES = ROOT / "tests" / "fixtures"
HELDOUT = FIXTURES / "heldout"
TUNED = FIXTURES / "text"
OUTLETS = FIXTURES / "outlets"
_PUBLISHED = re.compile(r"\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}\+0[789]:00)?")

MINI_PAGE = """Judul Berita Uji Coba untuk Gerbang Mutu
Jakarta - Kalimat pertama berita ini cukup panjang untuk menjadi sebuah paragraf. \
Kalimat kedua juga ada di sini.
Baca juga: Tautan ke Berita Lain yang Tidak Perlu
"Kalimat ketiga adalah kutipan narasumber yang menutup berita ini," kata Budi.
Copyright © 2025 Contoh Media. All rights reserved.
"""
MINI_EXPECTED = {
    "paragraphs": ["Kalimat pertama berita ini cukup panjang untuk menjadi sebuah paragraf. "
                   "Kalimat kedua juga ada di sini.",
                   "\"Kalimat ketiga adalah kutipan narasumber yang menutup berita ini,\" "
                   "kata Budi."],
    "title": "Judul Berita Uji Coba untuk Gerbang Mutu", "published": None, "dateline": "Jakarta",
    "outlet": None, "author": None, "language": "id"}


@pytest.fixture
def quality(monkeypatch):
    """benchmarks/clean_quality.py as a module (it is a script, not part of the package)."""
    monkeypatch.setitem(sys.modules, "bench_clean_quality", None)  # removed again after the test
    return load_benchmark("clean_quality")


@pytest.fixture
def mini_set(tmp_path):
    """A one-page set of our own, to drive the gate with floors of our choosing."""
    (tmp_path / "mini.txt").write_text(MINI_PAGE, encoding="utf-8")
    (tmp_path / "mini.expected.json").write_text(json.dumps(MINI_EXPECTED), encoding="utf-8")
    return tmp_path


def _outlets(folder):
    return {json.loads(p.read_text(encoding="utf-8"))["outlet"]
            for p in folder.glob("*.expected.json")}


def test_the_held_out_pages_come_from_outlets_the_rules_were_not_tuned_on():
    pages = sorted(HELDOUT.glob("*.txt"))
    assert len(pages) >= 6
    assert all(p.with_name(p.stem + ".expected.json").is_file() for p in pages)
    assert len(_outlets(HELDOUT)) == len(pages)
    assert not _outlets(HELDOUT) & _outlets(TUNED)


def test_the_outlet_pages_are_complete_and_their_body_is_on_the_page(quality):
    pages = sorted(OUTLETS.glob("*.txt"))
    assert len(pages) >= 15
    languages = []
    for page in pages:
        expected = json.loads(page.with_name(page.stem + ".expected.json").read_text("utf-8"))
        text = page.read_text(encoding="utf-8")
        assert set(expected) == {"paragraphs", "title", "published", "dateline", "outlet",
                                 "author", "language"}, page.name
        assert expected["title"] in text.splitlines(), page.name
        assert _PUBLISHED.fullmatch(expected["published"]), page.name
        page_key = quality.key(text)
        assert all(s in page_key for s in quality.sentences(expected["paragraphs"])), page.name
        languages.append(expected["language"])
    assert languages.count("en") >= 3 and set(languages) == {"id", "en"}


def test_the_default_sets_are_scored_and_reported_apart(quality, capsys):
    # No floors here: whether today's scores meet them is the gate's job (.ci/run), not pytest's.
    assert quality.main(["clean_quality.py"], floors={}, cleaner=cleaned) == 0
    out = capsys.readouterr().out
    lines = [line for line in out.splitlines() if line.startswith("set=")]
    assert [line.split()[0] for line in lines] == [
        "set=tuned", "set=held-out", "set=outlets", "set=fresh", "set=fresh2", "set=fresh3",
        "set=fresh4", "set=fresh5", "set=fresh6", "set=fresh7", "set=fresh8", "set=fresh9",
        "set=fresh10", "set=fresh11", "set=fresh12", "set=fresh13", "set=fresh14",
        "set=fresh15", "set=fresh16", "set=fresh17", "set=fresh18", "set=fresh19",
        "set=fresh20", "set=fresh21", "set=fresh22", "set=fresh23", "set=fresh24",
        "set=fresh25", "set=fresh26", "set=fresh27", "set=fresh28", "set=fresh29",
        "set=fresh30", "set=fresh31", "set=fresh32", "set=fresh33", "set=fresh34",
        "set=fresh35", "set=fresh36", "set=fresh37", "set=fresh38", "set=fresh39",
        "set=fresh40", "set=fresh41", "set=fresh42", "set=fresh43", "set=fresh44",
        "set=fresh45", "set=fresh46", "set=fresh47", "set=fresh48", "set=fresh49",
        "set=fresh50", "set=fresh51", "set=fresh52", "set=fresh53", "set=fresh54",
        "set=fresh55", "set=fresh56", "set=fresh57", "set=fresh58",
        "set=fresh59", "set=fresh60", "set=fresh61", "set=fresh62", "set=fresh63",
        "set=fresh64", "set=fresh65", "set=fresh66", "set=fresh67", "set=fresh68",
        "set=fresh69", "set=fresh70", "set=fresh71", "set=fresh72", "set=fresh73",
        "set=fresh74", "set=fresh75", "set=fresh76", "set=fresh77", "set=fresh78",
        "set=fresh79", "set=fresh80", "set=fresh81", "set=fresh82", "set=fresh83",
        "set=fresh84", "set=fresh85", "set=fresh86", "set=fresh87", "set=fresh88",
        "set=fresh89", "set=fresh90", "set=fresh91", "set=fresh92", "set=fresh93",
        "set=fresh94", "set=fresh95", "set=fresh96", "set=fresh97", "set=fresh98",
        "set=fresh99", "set=fresh100", "set=fresh101", "set=fresh102", "set=fresh103",
        "set=fresh104", "set=fresh105", "set=fresh106", "set=fresh107", "set=fresh108",
        "set=fresh109", "set=fresh110", "set=fresh111", "set=fresh112", "set=fresh113",
        "set=fresh114", "set=fresh115", "set=fresh116", "set=fresh117"]
    assert f"articles={len(list(OUTLETS.glob('*.txt')))} " in lines[2]
    for field in ("recall=", "removal=", "title=", "published=", "dateline=", "furniture="):
        assert all(field in line for line in lines)
    assert "gate:" not in out


def test_every_default_set_has_a_floor_for_every_score(quality):
    assert set(quality.FLOORS) == set(quality.SETS) == {
        "tuned", "held-out", "outlets", "fresh", "fresh2", "fresh3", "fresh4", "fresh5",
        "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12",
        "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18", "fresh19",
        "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25", "fresh26",
        "fresh27", "fresh28", "fresh29", "fresh30", "fresh31", "fresh32", "fresh33", "fresh34",
        "fresh35", "fresh36", "fresh37", "fresh38", "fresh39", "fresh40", "fresh41",
        "fresh42", "fresh43", "fresh44", "fresh45", "fresh46", "fresh47", "fresh48",
        "fresh49", "fresh50", "fresh51", "fresh52", "fresh53", "fresh54", "fresh55",
        "fresh56", "fresh57", "fresh58", "fresh59", "fresh60", "fresh61", "fresh62",
        "fresh63", "fresh64", "fresh65", "fresh66", "fresh67", "fresh68", "fresh69",
        "fresh70", "fresh71", "fresh72", "fresh73", "fresh74", "fresh75", "fresh76", "fresh77",
        "fresh78", "fresh79", "fresh80", "fresh81", "fresh82", "fresh83", "fresh84",
        "fresh85", "fresh86", "fresh87", "fresh88", "fresh89", "fresh90", "fresh91",
        "fresh92", "fresh93", "fresh94", "fresh95", "fresh96", "fresh97", "fresh98", "fresh99",
        "fresh100", "fresh101", "fresh102", "fresh103", "fresh104", "fresh105", "fresh106",
        "fresh107", "fresh108", "fresh109", "fresh110", "fresh111", "fresh112", "fresh113",
        "fresh114", "fresh115", "fresh116", "fresh117"}
    for floors in quality.FLOORS.values():
        assert set(floors) == set(quality.RATES + quality.CEILINGS)
        assert all(0 <= floors[m] <= 1 for m in quality.RATES)


def test_a_score_below_its_floor_fails_and_one_at_its_floor_passes(quality):
    result = {"recall": 0.95, "removal": 0.90, "duplicates": 0, "furniture": 1,
              "rates": {"title": 0.8, "published": 1.0, "dateline": 0.5}}
    at = {"recall": 0.95, "removal": 0.90, "title": 0.8, "published": 1.0, "dateline": 0.5,
          "duplicates": 0, "furniture": 1}
    assert quality.below_floors("s", result, at) == []
    failures = quality.below_floors("s", result, {**at, "removal": 0.91, "furniture": 0})
    assert len(failures) == 2
    assert failures[0].startswith("set=s removal=0.9000 is below its floor 0.91")
    assert failures[1].startswith("set=s furniture=1 is above its ceiling 0")


def test_the_gate_exits_1_naming_each_score_below_its_floor(quality, mini_set, capsys):
    measured = quality.score_set("mini", mini_set)
    capsys.readouterr()
    at = {"recall": measured["recall"], "removal": measured["removal"],
          **{f: measured["rates"][f] for f in ("title", "published", "dateline")},
          "duplicates": measured["duplicates"], "furniture": measured["furniture"]}
    assert quality.main(["clean_quality.py"], sets={"mini": mini_set}, floors={"mini": at}) == 0
    assert "gate: ok" in capsys.readouterr().out

    raised = {**at, "recall": measured["recall"] + 0.001, "title": measured["rates"]["title"]
              + 0.001}
    assert quality.main(["clean_quality.py"], sets={"mini": mini_set},
                        floors={"mini": raised}) == 1
    captured = capsys.readouterr()
    assert "gate: FAILED (2 of 7" in captured.out
    errors = captured.err.splitlines()
    assert len(errors) == 2 and all(e.startswith("brief: gate: set=mini ") for e in errors)
    assert " recall=" in errors[0] and " title=" in errors[1]


def test_folders_given_on_the_command_line_are_scored_without_floors(quality, mini_set, capsys):
    assert quality.main(["clean_quality.py", str(mini_set)]) == 0
    out = capsys.readouterr().out
    assert f"set={mini_set.name} articles=1 " in out and "gate:" not in out


def test_several_folders_end_with_a_pooled_line_counting_only_pages_that_show_a_field(
        quality, tmp_path, capsys):
    """Two one-page sets: one shows a dateline the cleaner finds, one shows none and the
    cleaner finds one anyway (made up); its title is expected null but the page has one."""
    first, second = tmp_path / "a", tmp_path / "b"
    for folder, expected in ((first, MINI_EXPECTED),
                             (second, {**MINI_EXPECTED, "dateline": None, "title": None})):
        folder.mkdir()
        (folder / "mini.txt").write_text(MINI_PAGE, encoding="utf-8")
        (folder / "mini.expected.json").write_text(json.dumps(expected), encoding="utf-8")
    assert cleaned(MINI_PAGE).dateline == "Jakarta"  # what the counts below rest on
    assert quality.main(["clean_quality.py", str(first), str(second)]) == 0
    line = next(ln for ln in capsys.readouterr().out.splitlines() if ln.startswith("pooled:"))
    assert "sets=2 articles=2 " in line
    assert "dateline=1/2 shown=1/1 (100.0%) made_up=1" in line
    assert "title=1/2 shown=1/1 (100.0%) made_up=1" in line


@pytest.mark.parametrize("title", [
    "Baca berita tanpa iklan. Gabung Kompas.com+", "Baca berita dengan sedikit iklan, klik di sini",
    "Connect With Us", "Radar Bogor Logo", "Nasional Ekonomi Regional",
    "Penulis: Rina | Editor: Budi", "Video Pilihan Ini:", "Please Update your browser",
    "Senin, 10 Maret 2025 08:15 WIB", "Ilustrasi penimbangan balita di posyandu/net",
])
def test_a_plea_menu_label_or_logo_is_furniture_as_a_title(quality, title):
    assert quality.furniture_title(title)


@pytest.mark.parametrize("title", [
    "Banjir Rendam 12 Desa di Demak, Ribuan Warga Mengungsi ke Balai Desa",
    "Bulog to slow rice imports as harvest lifts state stockpile",
])
def test_a_headline_is_not_furniture(quality, title):
    assert not quality.furniture_title(title, "TRIBUNJATENG.COM, DEMAK - ...", ("Tribun",))


def test_the_site_own_name_is_furniture_as_a_title(quality):
    page = "Nomor Satu Kaltim\nBERAU, NOMORSATUKALTIM - Pemerintah ..."
    assert quality.furniture_title("Nomor Satu Kaltim", page, ())
    assert quality.furniture_title("Portal Resmi Pemerintah Kabupaten Sleman")


def test_a_body_sentence_is_furniture_as_a_title(quality):
    body = tuple(quality.sentences(MINI_EXPECTED["paragraphs"]))
    assert quality.furniture_title("Kalimat kedua juga ada di sini.", body=body)
    assert not quality.furniture_title(MINI_EXPECTED["title"], body=body)


@pytest.mark.parametrize(("dateline", "outlets", "furniture"), [
    ("ADVERTISEMENT", (), True), ("KBR", ("KBR",), True), ("MINEWS", ("MiNews",), True),
    ("PIKIRAN RAKYAT", (), True), ("kompas.com", (), True),
    ("Jakarta", ("KBR",), False), ("DEMAK", ("TribunJateng.com",), False),
])
def test_a_dateline_must_be_a_place(quality, dateline, outlets, furniture):
    assert quality.furniture_dateline(dateline, outlets) is furniture


def test_only_a_wrong_value_is_counted_as_furniture(quality):
    class Fake:
        def to_dict(self):
            return {"paragraphs": MINI_EXPECTED["paragraphs"], "title": "Video: Banjir Jakarta",
                    "dateline": "Jakarta", "published": None, "outlet": None, "author": None}
    right = quality.score(MINI_PAGE, {**MINI_EXPECTED, "title": "Video: Banjir Jakarta"},
                          cleaner=lambda text: Fake())
    wrong = quality.score(MINI_PAGE, MINI_EXPECTED, cleaner=lambda text: Fake())
    assert right["furniture"] == {} and wrong["furniture"] == {"title": "Video: Banjir Jakarta"}


def test_a_caption_returned_without_its_kicker_still_counts_as_kept(quality):
    page = MINI_PAGE + "BANJIR JAKARTA - Warga menyeberangi genangan di depan rumah mereka.\n"
    caption = "Warga menyeberangi genangan di depan rumah mereka."
    paragraphs = [*MINI_EXPECTED["paragraphs"], caption]

    class Fake:
        def to_dict(self):
            return {**MINI_EXPECTED, "paragraphs": paragraphs}
    assert quality.score(page, MINI_EXPECTED, cleaner=lambda text: Fake())["junk_kept"] == 1


def test_a_wrong_field_and_a_lost_sentence_lower_the_score(quality):
    page = (HELDOUT / "solopos-batik-laweyan.txt").read_text(encoding="utf-8")
    expected = json.loads((HELDOUT / "solopos-batik-laweyan.expected.json").read_text())
    expected = {**expected, "title": "Another Title",
                "paragraphs": [*expected["paragraphs"], "Kalimat ini tidak ada di halaman."]}
    s = quality.score(page, expected)
    assert "title" in s["wrong"] and s["found"] == s["sentences"] - 1


def test_a_missing_folder_is_one_error_line(quality, tmp_path, capsys):
    assert quality.main(["clean_quality.py", str(tmp_path / "nope")]) == 2
    assert capsys.readouterr().err.startswith("brief: error: no fixture folder")


def test_a_passage_is_twice_only_when_the_story_has_it_fewer_times(quality):
    told = ["kalimat pertama", "h", "kalimat kedua", "h"]  # "Drs. H. Name" printed twice
    assert quality.duplicates(told, told) == 0
    assert quality.duplicates(told + ["kalimat kedua"], told) == 1  # kept once more than told
    assert quality.duplicates(["baca juga tautan", "baca juga tautan"], told) == 1  # junk twice
    assert quality.duplicates(["baca juga tautan"], told) == 0  # junk once: removal's business

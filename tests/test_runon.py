"""translator/runon.py: a page pasted as one long line is re-broken into lines clean() reads;
every other text comes back byte for byte."""

from __future__ import annotations

import pytest

from translator.clean import clean
from translator.runon import rebreak, run_on, unwrap

from .conftest import ROOT, SAMPLE, load_benchmark

FIXTURES = ROOT / "tests" / "fixtures"
# The committed sets this test may read, by name: sets being written or kept back for honest
# measures (fresh23, fresh24, fresh27 onwards) are never read here.
SETS = ("text", "heldout", "outlets", "fresh", *(f"fresh{n}" for n in range(2, 23)),
        "fresh25", "fresh26")
NORMAL_PAGES = sorted([p for name in SETS for p in (FIXTURES / name).glob("*.txt")]
                      + list((ROOT / "samples").glob("*.txt")))

# An invented page in the manner of a portal's: menu, headline, date line, byline, share row,
# dateline, an advert label, a related link and a footer, each on its own line.
PAGE = """Jakarta News
Pasar Ikan Baru di Muara Angke Mulai Beroperasi Bulan Depan
Senin, 10 Maret 2025 - 09:15 WIB
Penulis: Rina Kusumawati
Editor: Budi Santoso
BAGIKAN
JAKARTA - Pemerintah Provinsi DKI Jakarta akan membuka pasar ikan baru di Muara Angke pada \
bulan depan setelah renovasi selama delapan bulan selesai dikerjakan. Pasar itu menampung 400 \
pedagang yang selama ini berjualan di tepi jalan.
ADVERTISEMENT
Kepala Dinas Ketahanan Pangan, Dr. Andi Wijaya, mengatakan pedagang lama mendapat prioritas \
untuk menempati los yang tersedia. Pendaftaran dibuka sejak Senin (3/3/2025). Menurut dia, sewa \
los akan digratiskan selama tiga bulan pertama.
Baca juga: Harga Cabai Rawit Turun Jelang Ramadan
"Kami ingin pedagang tidak lagi berjualan di bahu jalan yang membahayakan pengguna jalan," kata \
Andi kepada wartawan di Balai Kota pada Kamis, 6 Maret 2025.
Copyright © 2025 Jakarta News. All rights reserved.
"""


def joined(text: str) -> str:
    """The page as a CSV cell or `echo "$text"` gives it: one line."""
    return " ".join(text.split())


def words(paragraphs: tuple[str, ...] | list[str]) -> list[str]:
    return " ".join(paragraphs).split()


def test_sample_pasted_as_one_line_cleans_like_the_page():
    text = SAMPLE.read_text(encoding="utf-8")
    page, run = clean(text), clean(unwrap(joined(text)))
    assert run.title == page.title
    assert run.published == page.published
    assert run.dateline == page.dateline
    # A paragraph per sentence: the page's paragraphs cannot be told from one line; the words
    # are the same.
    assert words(run.paragraphs) == words(page.paragraphs)


def test_run_on_page_drops_its_furniture():
    page = clean(PAGE)
    run = clean(unwrap(joined(PAGE)))
    body = " ".join(run.paragraphs)
    for junk in ("BAGIKAN", "ADVERTISEMENT", "Penulis", "Editor", "Baca juga", "Copyright",
                 "WIB", "Jakarta News"):
        assert junk not in body
    assert words(run.paragraphs) == words(page.paragraphs)
    assert (run.title, run.published, run.author) == (page.title, page.published, page.author)


def test_furniture_gets_lines_of_its_own():
    lines = unwrap(joined(PAGE)).split("\n")
    for row in ("Senin, 10 Maret 2025 - 09:15 WIB", "BAGIKAN", "ADVERTISEMENT",
                "Pasar Ikan Baru di Muara Angke Mulai Beroperasi Bulan Depan"):
        assert row in lines
    assert any(line.startswith("JAKARTA - Pemerintah") for line in lines)
    assert any(line.startswith("Penulis: Rina Kusumawati") for line in lines)


@pytest.mark.parametrize("kept", [
    "Kepala Dinas Ketahanan Pangan, Dr. Andi Wijaya, mengatakan",  # a title's stop
    "Pendaftaran dibuka sejak Senin (3/3/2025).",  # a bracketed date
    "kata Andi kepada wartawan di Balai Kota pada Kamis, 6 Maret 2025.",  # a date in prose
])
def test_sentences_stay_whole(kept):
    assert any(kept in line for line in unwrap(joined(PAGE)).split("\n"))


@pytest.mark.parametrize("path", NORMAL_PAGES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_normal_pages_come_back_byte_for_byte(path):
    text = path.read_text(encoding="utf-8", errors="replace")
    assert unwrap(text) is text


def test_a_long_paragraph_with_one_glued_credit_is_no_run_on():
    sentence = "Warga desa itu menyeberangi sungai dengan rakit bambu setiap pagi."
    paragraph = " ".join([sentence] * 12)
    text = f"Jembatan Putus, Warga Menyeberang dengan Rakit\n{paragraph} Editor : Tim Humas\n"
    assert unwrap(text) is text


def test_short_or_prose_only_text_is_left_alone():
    assert unwrap("Satu kalimat saja di sini.") == "Satu kalimat saja di sini."
    assert not run_on("Kalimat pendek. Kalimat kedua.")


def test_one_line_text_with_a_glued_headline_splits_it_off():
    lead = ("Petani kopi di lereng Ijen mulai memanen ceri kopi lebih awal tahun ini. "
            "Harga ceri naik menjadi Rp12.000 per kilogram di tingkat petani. "
            "Pedagang pengumpul datang langsung ke kebun untuk membeli hasil panen.")
    pieces = rebreak(f"Petani Kopi Ijen Mulai Panen Raya, Harga Ceri Naik {lead}")
    assert pieces[0] == "Petani Kopi Ijen Mulai Panen Raya, Harga Ceri Naik"
    assert pieces[1].startswith("Petani kopi di lereng Ijen")


def test_several_run_on_lines_are_each_re_broken():
    head, body = PAGE.split("JAKARTA - ", 1)
    text = f"{joined(head)}\n\nJAKARTA - {joined(body)}"
    run = clean(unwrap(text))
    assert "ADVERTISEMENT" not in " ".join(run.paragraphs)
    assert run.title == clean(PAGE).title


def test_benchmark_scores_the_three_readings(tmp_path, capsys):
    import json

    bench = load_benchmark("runon_quality")
    page = clean(PAGE)
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "page.expected.json").write_text(json.dumps(
        {"paragraphs": list(page.paragraphs), "title": page.title,
         "published": page.published, "dateline": page.dateline, "outlet": page.outlet,
         "author": page.author, "language": "id"}), encoding="utf-8")
    assert bench.main(["runon_quality.py", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    joined = out.split(f"set={tmp_path.name} reading=joined ")[1].split("\n")[0]
    assert "recall=1.0000" in joined and "title=1/1" in joined
    assert "set=all reading=normal" in out
    held = sorted(bench.HELD_BACK)[0]
    assert bench.main(["runon_quality.py", str(tmp_path / held)]) == 2
    assert held not in bench.SETS


@pytest.mark.parametrize(("tail", "kept", "opens"), [
    ("• Berita Lainnya", "", "Berita Lainnya"),
    ("tirto.id - Pendidikan", "", "tirto.id - Pendidikan"),
    # the desk's initials stay with the sentence, where the cleaner strips them
    ("(ndi/adv) DPRD Kaltim Dorong Tambahan Kuota", " (ndi/adv)",
     "DPRD Kaltim Dorong Tambahan Kuota"),
])
def test_furniture_glued_after_the_last_sentence_is_cut_off(tail, kept, opens):
    last = "Pedagang pengumpul datang langsung ke kebun untuk membeli hasil panen petani."
    text = f"{joined(PAGE).split(' Copyright')[0]} {last} {tail}"
    lines = unwrap(text).split("\n")
    assert lines[-1] == opens
    assert last + kept in lines

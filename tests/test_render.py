"""Rendering a Brief: local times, plain text without escape codes, Markdown escaping, NO_COLOR."""

from __future__ import annotations

import io
import json
import re
from dataclasses import replace

import pytest

from translator.article import Article
from translator.render import local_time, meta_line, render
from translator.result import Brief, Flag, Paragraph, Signature


def _brief(**article) -> Brief:
    a = Article(paragraphs=("Satu <b>dua</b>.", "Tiga 10 persen."),
                **{"title": "Judul", "published": "2023-03-03T04:25:00+07:00",
                   "dateline": "NEW DELHI", "outlet": "SINDOnews", "language": "id", **article})
    paras = (Paragraph(source=a.paragraphs[0], segments=(a.paragraphs[0],),
                       outputs=("One <b>two</b> *bold* [x](y).",)),
             Paragraph(source=a.paragraphs[1], segments=(a.paragraphs[1],),
                       outputs=("Three percent.",),
                       flags=(Flag("number_mismatch", 0, "10"),)))
    models = Signature.from_dict({"translation": {"id": "t"}, "summarization": {"id": "s"}})
    return Brief(article=a, title="Headline", summary="The summary.", paragraphs=paras,
                 signature=models, length="medium")


@pytest.mark.parametrize("published, expected", [
    ("2023-03-03T04:25:00+07:00", "Fri 3 March 2023, 04:25 WIB"),
    ("2023-03-03T09:05:00+08:00", "Fri 3 March 2023, 09:05 WITA"),
    ("2015-04-10T19:00:00+09:00", "Fri 10 April 2015, 19:00 WIT"),
    ("2015-04-10T19:00:00+00:00", "Fri 10 April 2015, 19:00 UTC+00:00"),
    ("2015-04-10", "Fri 10 April 2015"),
    ("not a date", "not a date"),
    (None, None),
])
def test_local_time(published, expected):
    assert local_time(published) == expected


def test_meta_line_skips_unknown_parts():
    assert meta_line(_brief()) == "SINDOnews · Fri 3 March 2023, 04:25 WIB · NEW DELHI"
    assert meta_line(_brief(outlet=None, published=None, dateline=None)) == "source unknown"


def test_text_is_plain_and_full_shows_flags_in_words():
    out = render(_brief(), "text", full=True)
    assert "\x1b" not in out
    assert out.splitlines()[0] == "Headline"
    assert "Original title: Judul" in out
    assert "2. Three percent. [1]\n" in out
    assert "    [1] Number check: 10 is not in the English. Original: “Tiga 10 persen.”" in out
    assert "number_mismatch" not in out
    assert "Three percent." not in render(_brief(), "text", full=False)


def test_markdown_escapes_article_text():
    out = render(_brief(), "markdown", full=True)
    assert out.startswith("# Headline\n")
    assert r"One \<b\>two\</b\> \*bold\* \[x\](y)." in out
    assert "Three percent. [1]\n\n> ⚠ [1] Number check: 10 is not in the English." in out


def _two_sentences() -> Brief:
    """A brief whose first paragraph has two segments, the second one flagged."""
    b = _brief()
    p = Paragraph(source="Harga naik. Ada 20 pedagang.", segments=("Harga naik.",
                                                                   "Ada 20 pedagang."),
                  outputs=("Prices rose.", "There were traders."),
                  flags=(Flag("number_mismatch", 1, "20"),))
    return replace(b, paragraphs=(p, *b.paragraphs[1:]))


@pytest.mark.parametrize("fmt, marked, note", [
    ("text", "1. Prices rose. There were traders. [1]\n",
     "    [1] Number check: 20 is not in the English. Original: “Ada 20 pedagang.”"),
    ("markdown", "Prices rose. There were traders. [1]\n",
     "> ⚠ [1] Number check: 20 is not in the English. Original: “Ada 20 pedagang.”"),
])
def test_the_flagged_sentence_is_marked_and_its_note_is_under_its_paragraph(fmt, marked, note):
    out = render(_two_sentences(), fmt, full=True)
    assert marked in out and note in out
    assert out.index(marked.strip()) < out.index(note) < out.index("Three percent.")
    # footnotes are numbered through the brief: the next paragraph's note is [2]
    assert "Three percent. [2]" in out


@pytest.mark.parametrize("fmt, full, line", [
    ("text", True, "! 2 sentences flagged: see the numbered notes in the full translation"),
    ("text", False, "! 2 sentences flagged: --full shows which"),
    ("markdown", False, "> ⚠ 2 sentences flagged: --full shows which"),
    ("rich", False, "⚠ 2 sentences flagged: --full shows which"),
])
def test_the_header_says_how_many_sentences_were_flagged(fmt, full, line):
    assert line in _plain(render(_two_sentences(), fmt, full=full))
    assert "flagged" not in _plain(render(replace(_brief(), paragraphs=()), fmt, full=full))


def _plain(out, width: int = 80) -> str:
    """What a terminal shows of a rich renderable (escape codes removed); text as it is."""
    if isinstance(out, str):
        return out
    from rich.console import Console

    buf = io.StringIO()
    Console(file=buf, force_terminal=True, width=width).print(out)
    return re.sub(r"\x1b\[[0-9;]*m", "", buf.getvalue())


def test_rich_wraps_a_long_headline_inside_the_box():
    title = ("Blinken and Lavrov meet for the first time since the invasion, in a short talk "
             "on the sidelines of the G20 ministers in New Delhi")
    out = _plain(render(replace(_brief(), title=title), "rich"), width=60)
    lines = out.splitlines()
    assert all(len(line) <= 60 for line in lines)
    inside = " ".join(line.strip("│ ") for line in lines if line.startswith("│"))
    assert title in inside  # every word, none cut, no "…"
    assert "…" not in out


def test_rich_full_translation_is_outside_the_box_and_marks_the_flagged_sentence():
    from rich.console import Console

    b = _two_sentences()
    long = replace(b.paragraphs[1], outputs=("Three percent, " + "and more words " * 20 + ".",))
    buf = io.StringIO()
    Console(file=buf, force_terminal=True, width=80).print(
        render(replace(b, paragraphs=(b.paragraphs[0], long)), "rich", full=True))
    raw = buf.getvalue()
    out = re.sub(r"\x1b\[[0-9;]*m", "", raw)
    after_box = out[out.index("╯") + 1:]
    for expected in ("1. Prices rose. There were traders. [1]",
                     "[1] Number check: 20 is not in the English. Original: “Ada 20 pedagang.”",
                     "2. Three percent, and more words"):
        assert expected in after_box
    assert not re.search("[│╭╮╰╯─]", after_box)  # a copy of the translation is clean
    assert not re.search(" +\n", after_box)  # nor full of trailing blanks
    # the flagged sentence is coloured, its neighbour is not
    assert re.search(r"\x1b\[33m[^\x1b]*There were traders\.", raw)
    assert not re.search(r"\x1b\[33m[^\x1b]*Prices rose\.", raw)


def test_a_stored_brief_marks_the_paragraph_end_not_a_guessed_sentence():
    stored = Brief.from_dict(_two_sentences().to_dict())
    out = render(stored, "text", full=True)
    assert "1. Prices rose. There were traders. [1]" in out
    assert "Original: “Ada 20 pedagang.”" in out  # the sentence of the flag's index


def test_json_round_trips_the_documented_shape():
    doc = json.loads(render(_brief(), "json"))
    assert doc["source"]["published"] == "2023-03-03T04:25:00+07:00"
    assert doc["paragraphs"][1]["flags"] == [
        {"code": "number_mismatch", "segment": 0, "detail": "10"}]


def test_rich_honours_no_color(monkeypatch):
    from rich.console import Console

    monkeypatch.setenv("NO_COLOR", "1")
    buf = io.StringIO()
    Console(file=buf, force_terminal=True, width=80).print(render(_brief(), "rich", full=True))
    out = buf.getvalue()
    assert "Headline" in out and "Three percent." in out
    assert "\x1b[3" not in out  # no colour codes (bold/dim may remain)


@pytest.mark.parametrize("fmt", ["text", "markdown", "rich", "json"])
def test_control_characters_in_any_field_are_shown_not_obeyed(fmt):
    from rich.console import Console

    esc = "\x1b]52;c;ZWNobw==\x07\x1b[2J\x9b"
    b = _brief(title=f"Judul{esc}", outlet=f"Warta{esc}", dateline=f"BANDUNG{esc}")
    paras = (replace(b.paragraphs[0], outputs=(f"One{esc}",)),
             replace(b.paragraphs[1], flags=(Flag("number_mismatch", 0, esc),)))
    b = replace(b, title=f"Head\nline{esc}", summary=f"Sum{esc}", notes=(f"note{esc}",),
                paragraphs=paras)
    out = render(b, fmt, full=True)
    if fmt == "rich":
        buf = io.StringIO()
        Console(file=buf, force_terminal=True, width=200).print(out)
        out = re.sub(r"\x1b\[[0-9;]*m", "", buf.getvalue())  # rich's own styling
    if fmt == "json":  # the data, exactly; json writes every control character escaped
        assert json.loads(out)["title"] == f"Head\nline{esc}"
        assert "\\u001b]52" in out and "\\u009b" in out
    else:
        assert "␛]52;c;ZWNobw==␇␛[2J\ufffd" in out.replace("\\", "")
        assert "Head line" in out  # a headline stays on one line
    assert not re.search("[\x1b\x07\x80-\x9f]", out)

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


def test_text_is_plain_and_full_shows_flags():
    out = render(_brief(), "text", full=True)
    assert "\x1b" not in out
    assert out.splitlines()[0] == "Headline"
    assert "Original title: Judul" in out
    assert "[2] Three percent." in out
    assert "! number_mismatch (segment 1): 10" in out
    assert "Three percent." not in render(_brief(), "text", full=False)


def test_markdown_escapes_article_text():
    out = render(_brief(), "markdown", full=True)
    assert out.startswith("# Headline\n")
    assert r"One \<b\>two\</b\> \*bold\* \[x\](y)." in out
    assert "> ⚠ number\\_mismatch (segment 1): 10" in out


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

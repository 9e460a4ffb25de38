"""The HTML file path and the URL path give the same article as the copied text of the page.

For every tests/fixtures/html/NAME.html with its copied-text twin NAME.txt, the page is cleaned
three ways through the library's own load path (pipeline.load_input + clean_input): the .html
file, the .html served on 127.0.0.1, and the .txt. Paragraphs, title, published time and
dateline must agree with the copied text's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.local_server import LocalServer, Reply
from translator import pipeline

HTML = Path(__file__).resolve().parent / "fixtures" / "html"
NAMES = [p.stem for p in sorted(HTML.glob("*.html")) if p.with_suffix(".txt").is_file()]
FIELDS = ("paragraphs", "title", "published", "dateline")


@pytest.fixture(scope="module")
def articles():
    """NAME -> {"html": ..., "url": ..., "text": ...}: each way's cleaned article as a dict."""
    with LocalServer() as server:
        for name in NAMES:
            server.routes[f"/{name}"] = Reply(body=(HTML / f"{name}.html").read_bytes())
        return {name: {
            "html": pipeline.clean_input(pipeline.load_input(HTML / f"{name}.html")).to_dict(),
            "url": pipeline.clean_input(pipeline.load_input(f"{server.url}/{name}")).to_dict(),
            "text": pipeline.clean_input(pipeline.load_input(HTML / f"{name}.txt")).to_dict(),
        } for name in NAMES}


def _to_the_minute(published: str | None) -> str | None:
    # A copied page shows "08:30 WIB"; the HTML's meta tag may carry the seconds as well.
    return published[:16] + published[19:] if published and len(published) >= 19 else published


def test_there_are_pages_with_both_forms():
    assert len(NAMES) >= 3


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("way", ["html", "url"])
@pytest.mark.parametrize("name", NAMES)
def test_the_html_and_url_paths_give_the_copied_texts_article(articles, name, way, field):
    got, want = articles[name][way][field], articles[name]["text"][field]
    if field == "published":
        got, want = _to_the_minute(got), _to_the_minute(want)
    assert got == want
    assert want or field == "dateline", f"the copied text of {name} gives no {field}"


def test_html_keeps_the_seconds_the_page_meta_gives(articles):
    """A page's meta time is the more precise source: seconds the copied text cannot show are kept
    (same minute as the text, checked above), not cut to the text's precision."""
    html, text = articles["detik-arus-mudik"]["html"]["published"], \
        articles["detik-arus-mudik"]["text"]["published"]
    assert _to_the_minute(html) == _to_the_minute(text) and html != text

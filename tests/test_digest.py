"""`brief digest`: grouping by day, Markdown/HTML/JSON, escaping, atomic -o; no model needed."""

from __future__ import annotations

import json

import pytest

from translator.store import Store, default_path

from .test_store import make_doc, save

NASTY = "Polisi menemukan <script>alert(1)</script> dan <b>tebal</b> di lokasi."


@pytest.fixture
def stored():
    with Store.open(default_path()) as store:
        return [save(store, make_doc(title="Rice prices climb", outlet="detik",
                                     published="2024-01-01T07:00:00+07:00",
                                     paragraphs=[("Harga beras naik.", "Rice prices rose.")])),
                save(store, make_doc(title="Police <find> script", outlet="Kompas",
                                     published="2024-01-02T09:30:00+07:00",
                                     paragraphs=[(NASTY, "Police found <script>alert(1)"
                                                         "</script> and <b>bold</b>.")]))]


def test_markdown_digest_groups_by_day_newest_first(brief, stored):
    r = brief("digest")
    assert r.code == 0, r.err
    assert r.out.startswith("# News digest")
    assert r.out.index("## Tuesday 2 January 2024") < r.out.index("## Monday 1 January 2024")
    assert "### Rice prices climb" in r.out and "Rice prices rose." in r.out
    assert "detik · Mon 1 January 2024, 07:00 WIB · JAKARTA" in r.out
    assert "\\<script\\>" in r.out and "<script>" not in r.out


def test_html_digest_escapes_article_text_and_is_self_contained(brief, stored, tmp_path):
    out = tmp_path / "digest.html"
    r = brief("digest", "-o", str(out))  # format from the suffix
    assert r.code == 0, r.err
    html = out.read_text()
    assert html.startswith("<!DOCTYPE html>") and 'name="viewport"' in html
    assert "<script" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b&gt;tebal&lt;/b&gt;" in html and "<b>" not in html
    assert "Police &lt;find&gt; script" in html
    assert "http://" not in html and "https://" not in html and "<link" not in html
    assert html.count("<details>") == 2 and 'href="#brief-' in html
    assert not [f for f in tmp_path.iterdir() if f.suffix == ".tmp"]  # no temp file left


def test_json_digest_and_filters(brief, stored):
    r = brief("digest", "--format", "json", "--since", "2024-01-02")
    assert r.code == 0, r.err
    doc = json.loads(r.out)
    assert doc["count"] == 1 and [d["day"] for d in doc["days"]] == ["2024-01-02"]
    assert doc["days"][0]["briefs"][0]["id"] == stored[1]
    r = brief("digest", "--outlet", "nobody")
    assert r.code == 0 and r.out == "" and "no stored brief matches" in r.err


def test_digest_to_an_unwritable_place_is_exit_2(brief, stored, tmp_path):
    r = brief("digest", "-o", str(tmp_path / "no" / "such" / "dir" / "d.md"))
    assert r.code == 2 and "cannot write" in r.err and r.err.count("\n") == 1

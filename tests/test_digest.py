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
    r = brief("digest", "--outlet", "nobody")  # nothing to digest is bad input (CLI, issue 13)
    assert r.code == 2 and r.out == "" and "no stored brief matches" in r.err


def test_digest_to_an_unwritable_place_is_exit_2(brief, stored, tmp_path):
    r = brief("digest", "-o", str(tmp_path / "no" / "such" / "dir" / "d.md"))
    assert r.code == 2 and "cannot write" in r.err and r.err.count("\n") == 1


FLAGGED = [("Harga beras naik. Pada 2/3/2023 ada 20 pedagang.",
            "Rice prices rose. On Thursday there were traders."),
           ("Banjir di Kota Batu.", "Floods in Stone City.")]
FLAGS = [[{"code": "number_mismatch", "segment": 1, "detail": "20, 2/3/2023"}],
         [{"code": "name_changed", "segment": 0, "detail": "Kota Batu"},
          {"code": "some_future_guard", "segment": 0, "detail": "<b>x</b>"}]]


def flagged_doc(**kw) -> dict:
    """A stored brief whose two paragraphs carry flags (a number, then a name and an unknown)."""
    doc = make_doc(title="Rice and floods", paragraphs=FLAGGED, **kw)
    for p, flags in zip(doc["paragraphs"], FLAGS, strict=True):
        p["flags"] = flags
    return doc


@pytest.fixture
def flagged_entries():
    with Store.open(default_path()) as store:
        save(store, flagged_doc())
        save(store, make_doc(title="Calm day", published="2024-01-03T08:00:00+07:00"))
        return store.query()


def test_html_digest_gives_flags_in_plain_words_with_marks_and_a_count(flagged_entries):
    from translator.digest import to_html

    html = to_html(flagged_entries)
    assert "Number check: 20 and 2/3/2023 are not in the English." in html
    assert "Name check: Kota Batu is not in the English." in html
    assert "number_mismatch" not in html and "name_changed" not in html
    assert "some_future_guard: &lt;b&gt;x&lt;/b&gt;" in html  # unknown: the code, escaped
    assert '<q lang="id">Pada 2/3/2023 ada 20 pedagang.</q>' in html  # a part of the paragraph
    assert '<q lang="id">Banjir' not in html  # the whole paragraph is in its toggle already
    assert html.count('<sup class="mark">') == 2 and "[2]" in html
    assert html.count("2 sentences flagged") == 1  # only the flagged brief says so


def test_html_digest_keeps_flags_with_the_english_and_the_toggle_after_them(flagged_entries):
    from translator.digest import to_html

    for para in to_html(flagged_entries).split('<div class="para">')[1:]:
        english, _, rest = para.partition("</div>")  # the English cell closes first
        assert english.startswith('\n<div class="en">')
        assert "<details>" not in english and rest.lstrip().startswith("<details>")
        assert 'class="flag"' not in rest


def test_markdown_digest_gives_flags_in_plain_words(flagged_entries):
    from translator.digest import to_markdown

    md = to_markdown(flagged_entries)
    assert "On Thursday there were traders. [1]\n\n> ⚠ [1] Number check: 20 and 2/3/2023 are " \
           "not in the English. Original: “Pada 2/3/2023 ada 20 pedagang.”" in md
    assert "> ⚠ [2] Name check: Kota Batu is not in the English. some\\_future\\_guard: " in md
    assert "> ⚠ 2 sentences flagged" in md and "number\\_mismatch" not in md


@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_a_digest_file_gets_the_mode_the_umask_gives(brief, stored, tmp_path, umask, mode):
    import os
    import stat

    old = os.umask(umask)
    try:
        r = brief("digest", "-o", str(tmp_path / "d.html"))
    finally:
        os.umask(old)
    assert r.code == 0, r.err
    assert stat.S_IMODE((tmp_path / "d.html").stat().st_mode) == mode

"""HTML pages: extraction, metadata from tags, detection by content, and the same article from a
file, from stdin and from a local URL as from the copied-text twin."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.local_server import LocalServer, Reply
from translator import html, load
from translator.clean import clean
from translator.errors import InputError

HERE = Path(__file__).resolve().parent
PAGES = sorted((HERE / "fixtures" / "html").glob("*.html"))
NAMES = [p.stem for p in PAGES]


@pytest.fixture(scope="module")
def server():
    with LocalServer() as srv:
        for page in PAGES:
            srv.routes[f"/{page.stem}"] = Reply(body=page.read_bytes())
        yield srv


def test_there_are_at_least_three_outlets():
    assert len({name.split("-")[0] for name in NAMES}) >= 3


@pytest.mark.parametrize("name", NAMES)
def test_file_stdin_and_url_give_the_same_article_as_the_copied_text(brief, server, name):
    page = HERE / "fixtures" / "html" / f"{name}.html"
    by_file = brief("clean", "--json", str(page))
    by_stdin = brief("clean", "--json", stdin=page.read_bytes())
    by_url = brief("clean", "--json", f"{server.url}/{name}")
    assert by_file.code == by_stdin.code == by_url.code == 0, by_file.err + by_url.err
    doc = json.loads(by_file.out)
    assert json.loads(by_stdin.out) == doc == json.loads(by_url.out)
    twin = clean(page.with_suffix(".txt").read_text(encoding="utf-8"))
    assert doc["paragraphs"] == list(twin.paragraphs)
    expected = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
    assert {k: doc[k] for k in expected} == expected


@pytest.mark.parametrize("name", NAMES)
def test_page_chrome_stays_out_of_the_body(name):
    loaded = load.read_path(str(HERE / "fixtures" / "html" / f"{name}.html"))
    assert loaded.html
    for junk in ("Advertisement", "ADVERTISEMENT", "Copyright", "Terpopuler", "googletag",
                 "Berita Terkait", "Artikel Terkait", "Pedoman Media Siber"):
        assert junk not in loaded.text


ARTICLE = ("<p>" + "Pemerintah Kota Bandung memperluas taman kota di kawasan utara karena warga "
           "meminta ruang terbuka hijau yang lebih luas, kata wali kota kepada wartawan. " * 3
           + "</p>")


def _page(head: str = "", body: str = ARTICLE) -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body><article>{body}</article></body></html>"


def test_meta_tags_give_the_metadata_and_win_over_the_text():
    head = ('<meta property="og:title" content="Taman Kota Diperluas - Kompas.com">'
            '<meta property="article:published_time" content="2024-02-01T09:00:00+07:00">'
            '<meta property="og:site_name" content="KOMPAS.com">'
            '<meta name="author" content="Rina Sari">')
    body = "<p>Bandung, 3 Januari 2020</p>" + ARTICLE
    loaded = load.decode(_page(head, body).encode(), "page")
    article = clean(loaded.text, **loaded.meta)
    assert (article.title, article.published, article.outlet, article.author) == (
        "Taman Kota Diperluas", "2024-02-01T09:00:00+07:00", "Kompas.com", "Rina Sari")


def test_json_ld_news_article_wins_over_meta_tags_and_survives_broken_blocks():
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "headline": "Judul dari JSON-LD",
         "datePublished": "2024-03-04T05:06:00+07:00",
         "author": [{"@type": "Person", "name": "Ani"}, {"@type": "Person", "name": "Budi"}]}]}
    head = ('<script type="application/ld+json">{not json</script>'
            f'<script type="application/ld+json">{json.dumps(ld)}</script>'
            '<meta property="og:title" content="Judul dari og">')
    meta = html.extract(_page(head)).meta
    assert meta == {"title": "Judul dari JSON-LD", "published": "2024-03-04T05:06:00+07:00",
                    "author": "Ani, Budi"}


@pytest.mark.parametrize(("data", "is_html"), [
    (b"<!DOCTYPE html><html><body>x</body></html>", True),
    (b"\xef\xbb\xbf\n  <html lang='id'><head></head>", True),
    (b"<?xml version='1.0'?><!-- saved --><html xmlns='http://www.w3.org/1999/xhtml'>", True),
    (b"<head><meta charset='utf-8'><title>t</title></head><p>x</p>", True),
    (b"Harga beras naik <b>tajam</b> di pasar.\nJakarta - Pedagang <html> bilang...", False),
    (b"JAKARTA - Menteri bertemu. <p>Baca juga</p>", False),
])
def test_html_is_recognised_by_content(data, is_html):
    assert html.looks_like_html(data) is is_html


def test_an_html_page_named_txt_is_extracted_and_text_named_html_is_cleaned(tmp_path, brief):
    page = HERE / "fixtures" / "html" / "kompas-harga-bbm.html"
    as_txt = tmp_path / "saved.txt"
    as_txt.write_bytes(page.read_bytes())
    as_html = tmp_path / "copied.html"
    as_html.write_bytes(page.with_suffix(".txt").read_bytes())
    a, b = brief("clean", "--json", str(as_txt)), brief("clean", "--json", str(as_html))
    assert a.code == b.code == 0
    assert json.loads(a.out)["paragraphs"] == json.loads(b.out)["paragraphs"]
    assert load.read_path(str(as_txt)).html and not load.read_path(str(as_html)).html


@pytest.mark.parametrize(("data", "charset", "expected"), [
    ('<html><head><meta charset="windows-1252"></head><body>{}</body></html>', None, "cp1252"),
    ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'
     '</head><body>{}</body></html>', None, "cp1252"),
    ("<html><body>{}</body></html>", "windows-1252", "cp1252"),
])
def test_declared_charsets_decode_the_page(data, charset, expected):
    body = ARTICLE.replace("kota kepada", "kota Jum’at kepada")
    raw = data.format(body).encode("cp1252")
    loaded = load.decode_html(raw, "page", charset=charset)
    assert loaded.encoding == expected and loaded.warnings == ()
    assert "Jum’at" in loaded.text


def test_undeclared_non_utf8_page_is_decoded_with_a_warning():
    raw = _page(body=ARTICLE.replace("kota kepada", "kota Jum’at kepada")).encode("cp1252")
    loaded = load.decode(raw, "old.html")
    assert "Jum’at" in loaded.text and "Windows-1252" in loaded.warnings[0]


def test_justext_with_the_indonesian_stoplist_finds_the_body():
    page = ("<html><body><div>Beranda | Berita | Olahraga</div>"
            + ARTICLE.replace("<p>", "<div>").replace("</p>", "</div>")
            + "<div>Copyright 2024</div></body></html>")
    paragraphs = html.justext_paragraphs(page)
    assert paragraphs and paragraphs[0].startswith("Pemerintah Kota Bandung")
    assert not any("Copyright" in p or "Beranda" in p for p in paragraphs)


def test_a_page_without_an_article_is_refused_with_status_2(brief, tmp_path):
    with pytest.raises(InputError, match="no article text found in the HTML page"):
        load.decode(b"<!doctype html><html><body><script>x()</script></body></html>", "p")
    menu = tmp_path / "menu.html"
    menu.write_text("<!doctype html><html><body><nav><a href='/'>Beranda</a></nav></body></html>")
    run = brief("clean", str(menu))
    assert run.code == 2 and run.err.count("\n") == 1
    assert run.err.startswith("brief: error: ") and "no article text found" in run.err


def _modules_after(code: str) -> set[str]:
    code += "\nimport sys\nprint(' '.join(sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=HERE.parent)
    return set(out.stdout.split())


HEAVY = {"trafilatura", "justext", "lxml", "lingua", "urllib3", "torch", "transformers"}


def test_help_imports_no_heavy_library():
    mods = _modules_after("from translator.cli import main\ntry:\n    main(['--help'])\n"
                          "except SystemExit:\n    pass")
    assert not HEAVY & mods


def test_cleaning_plain_text_does_not_import_the_html_extractors():
    mods = _modules_after("from translator.cli import main\ntry:\n    main(['clean', "
                          "'samples/sindonews-blinken-lavrov.txt'])\nexcept SystemExit:\n    pass")
    assert not {"trafilatura", "justext", "lxml", "urllib3"} & mods


def _deep_page(depth: int) -> tuple[str, list[str]]:
    paragraphs = [ARTICLE[3:-4].strip().replace("Bandung", city) for city in ("Bandung", "Bogor")]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return ("<!DOCTYPE html><html><head><title>Taman</title></head><body>"
            + "<div><span>" * depth + body + "</span></div>" * depth + "</body></html>",
            paragraphs)


@pytest.mark.parametrize("depth", [300, 5_000])
def test_nesting_deeper_than_libxml2_allows_keeps_the_article(depth):
    page, paragraphs = _deep_page(depth)
    text = html.extract(page).text
    for p in paragraphs:
        assert p in text


def test_flatten_unwraps_only_below_the_limit_and_keeps_text_and_markup():
    page = ('<html><body><div id="a"><p>Satu &amp; dua</p>' + "<div>" * 10 + "<b>tiga</b>"
            + "</div>" * 10 + "<!-- c --><script>if (a<b) x();</script></div></body></html>")
    assert html.flatten(page, max_depth=50) == page
    flat = html.flatten(page, max_depth=3)
    assert flat.count("<div") == 1  # html > body > div#a, then the limit
    assert "<p>Satu &amp; dua</p>" in flat and "tiga" in flat
    assert "<script>if (a<b) x();</script>" in flat and "<!-- c -->" in flat


def test_an_xhtml_page_with_an_xml_declaration_is_extracted():
    page = '<?xml version="1.0" encoding="utf-8"?>\n' + _page()
    assert "Pemerintah Kota Bandung" in html.extract(page).text


@pytest.mark.parametrize("charset", ["hex", "base64", "idna", "rot13", "no-such-codec"])
def test_a_charset_that_is_no_text_encoding_is_ignored(charset):
    raw = _page(head=f'<meta charset="{charset}">').encode("utf-8")
    loaded = load.decode_html(raw, "page")
    assert loaded.encoding == "utf-8" and "Pemerintah Kota Bandung" in loaded.text


def test_absurdly_nested_json_ld_is_skipped_like_broken_json_ld():
    head = '<script type="application/ld+json">' + "[" * 100_000 + "</script>"
    page = html.extract(_page(head=head))
    assert "Pemerintah Kota Bandung" in page.text and "title" not in page.meta

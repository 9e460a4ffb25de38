"""Outside text never drives the terminal: control characters in articles, page metadata, server
replies and file names are shown as visible symbols in every output but JSON (which escapes them).
"""

from __future__ import annotations

import io
import json
import re
from http.server import BaseHTTPRequestHandler

import pytest

from tests.local_server import LocalServer, Reply
from translator.article import Article
from translator.result import Brief, Flag, Paragraph, Signature
from translator.sanitize import SafeStream, dumps_json, safe_line, safe_text

VECTORS = {
    "osc52-clipboard": "\x1b]52;c;ZWNobw==\x07",
    "clear-screen": "\x1b[2J",
    "alternate-screen": "\x1b[?1049h",
    "osc8-link": "\x1b]8;;http://x\x1b\\",
    "full-reset": "\x1bc",
    "c1-csi": "\x9b",
    "bel": "\x07",
}
ALL = "".join(VECTORS.values())
_SGR = re.compile(r"\x1b\[[0-9;]*m")  # rich's own styling on a forced terminal
_CONTROL = re.compile("[\x1b\x07\x80-\x9f]")


def assert_inert(text: str, *, rich: bool = False) -> None:
    """No ESC, BEL or C1 byte; with rich, only its own SGR colour sequences."""
    if rich:
        text = _SGR.sub("", text)
    assert not _CONTROL.search(text), repr(text)


# --- the sanitiser itself ---------------------------------------------------------------------

@pytest.mark.parametrize("raw, text, line", [
    (VECTORS["osc52-clipboard"], "␛]52;c;ZWNobw==␇", "␛]52;c;ZWNobw==␇"),
    (VECTORS["clear-screen"], "␛[2J", "␛[2J"),
    (VECTORS["alternate-screen"], "␛[?1049h", "␛[?1049h"),
    (VECTORS["osc8-link"], "␛]8;;http://x␛\\", "␛]8;;http://x␛\\"),
    (VECTORS["full-reset"], "␛c", "␛c"),
    ("a\x9b31mb", "a\ufffd31mb", "a\ufffd31mb"),
    ("\x00\x08\x7f", "␀␈␡", "␀␈␡"),
    ("one\ttwo\nthree", "one\ttwo\nthree", "one two three"),
    ("crlf\r\nline", "crlf\nline", "crlf line"),
    ("over\rwrite", "over␍write", "over write"),
    ("para\u2029graph", "para\ngraph", "para graph"),
    ("harga \u202e01\u202c naik \u2066x\u2069", "harga 01 naik x", "harga 01 naik x"),
], ids=["osc52", "clear", "altscreen", "osc8", "reset", "c1", "nul-bs-del", "tab-newline",
        "crlf", "lone-cr", "u2029", "bidi"])
def test_control_characters_become_visible(raw, text, line):
    assert safe_text(raw) == text
    assert safe_line(raw) == line


def test_every_control_character_is_neutralised():
    unsafe = [*range(0x20), *range(0x7F, 0xA0), 0x2028, 0x2029, *range(0x202A, 0x202F),
              *range(0x2066, 0x206A)]
    for cp in unsafe:
        shown_text, shown_line = safe_text(f"a{chr(cp)}b"), safe_line(f"a{chr(cp)}b")
        assert all(ord(c) > 0x9F or 0x20 <= ord(c) < 0x7F for c in shown_line), hex(cp)
        assert all(c in "\n\t" or ord(c) > 0x9F or 0x20 <= ord(c) < 0x7F
                   for c in shown_text), hex(cp)
        assert not any(0x202A <= ord(c) <= 0x202E or 0x2066 <= ord(c) <= 0x2069
                       for c in shown_text + shown_line), hex(cp)


def test_ordinary_text_is_unchanged():
    text = "Harga “cabai” naik 10% — kata Menteri › résumé 🌶\u200f ok\n\tnext"
    assert safe_text(text) == text
    assert safe_line("Harga “cabai” naik 10% › 🌶") == "Harga “cabai” naik 10% › 🌶"


def test_dumps_json_escapes_c1_but_keeps_the_data():
    value = {"t": "a\x1b[2J\x9b\\\x85b", "n": [1, "é"]}
    out = dumps_json(value)
    assert_inert(out)
    assert "\\u009b" in out and "é" in out
    assert json.loads(out) == value


def test_safe_stream_sanitises_every_write():
    buf = io.StringIO()
    SafeStream(buf).write("Traceback: x\x1b]52;c;Zm9v\x07\n")
    assert buf.getvalue() == "Traceback: x␛]52;c;Zm9v␇\n"


# --- through every command and format ---------------------------------------------------------

ACCEPTANCE = b"Judul\n\nIni berita \033]52;c;ZWNobw==\007 dan \033[2J lagi.\n"


@pytest.mark.parametrize("args", [("clean",), ("--format", "text"), ("--format", "rich")])
def test_issue_acceptance_line(brief, monkeypatch, args):
    # printf 'Judul\n\nIni berita \033]52;c;ZWNobw==\007 dan \033[2J lagi.\n' | brief ...
    monkeypatch.setenv("FORCE_COLOR", "1")  # rich as on a terminal
    r = brief(*args, stdin=ACCEPTANCE)
    assert_inert(r.out, rich="rich" in args)
    assert_inert(r.err)


_PADDING = ("Menurut warga, pasar di pusat kota itu selalu ramai setiap pagi dan sore hari, "
            "terutama menjelang akhir pekan ketika banyak pedagang datang dari desa. ")


def test_article_text_that_is_not_refused_as_binary_is_shown_visibly(brief):
    r = brief("clean", stdin=ACCEPTANCE.replace(b" lagi.", b" lagi. " + _PADDING.encode() * 2))
    assert r.code == 0, r.err
    assert_inert(r.out)
    assert "␛]52;c;ZWNobw==␇ dan ␛[2J lagi." in r.out


ENGLISH = (f"Central bank holds rate {VECTORS['osc52-clipboard']} as rupiah steadies\n\n"
           "JAKARTA - Indonesia's central bank kept its benchmark rate unchanged on Thursday "
           f"{VECTORS['clear-screen']}, saying inflation was under control "
           f"{VECTORS['alternate-screen']} and the rupiah had stabilised "
           f"{VECTORS['osc8-link']}link.\n\n"
           f"The governor told reporters {VECTORS['full-reset']} that the bank would keep "
           f"watching {VECTORS['c1-csi']}31m global markets and was ready to act "
           f"{VECTORS['bel']} if the currency came under pressure again.\n")


@pytest.mark.parametrize("vector", VECTORS)
@pytest.mark.parametrize("as_json", [False, True], ids=["text", "json"])
def test_clean_shows_each_vector_inert(brief, tmp_path, vector, as_json):
    f = tmp_path / "article.txt"
    # a headline shares words with its lead, as a real one does (a first line that shares none
    # reads as a logo)
    f.write_text(f"Pasar Kota {VECTORS[vector]} Selalu Ramai\n\n{_PADDING}{VECTORS[vector]} "
                 f"{_PADDING}",
                 encoding="utf-8")
    r = brief("clean", *(["--json"] if as_json else []), str(f))
    assert r.code == 0, r.err
    assert_inert(r.out)
    if as_json:  # the data itself is untouched
        doc = json.loads(r.out)
        assert VECTORS[vector] in doc["title"] and VECTORS[vector] in doc["paragraphs"][0]
    else:
        assert safe_line(VECTORS[vector]) in r.out.splitlines()[0]


@pytest.fixture(scope="module")
def shared_home(tmp_path_factory):
    """One BRIEF_HOME for this module's model runs: after the first, the translation cache
    answers, so each further format costs a fraction of a second."""
    return tmp_path_factory.mktemp("sanitize-home")


@pytest.fixture
def model_args(tiny_model_dirs, shared_home, monkeypatch) -> list[str]:
    monkeypatch.setenv("BRIEF_HOME", str(shared_home))
    return [*tiny_model_dirs.args(), "--length", "short"]


@pytest.mark.parametrize("fmt", ["text", "markdown", "json", "rich"])
def test_main_job_output_is_inert_in_every_format(brief, model_args, tmp_path, monkeypatch,
                                                 fmt):
    # An English article is copied through untranslated: the vectors reach the output.
    monkeypatch.setenv("FORCE_COLOR", "1")
    f = tmp_path / "en.txt"
    f.write_text(ENGLISH, encoding="utf-8")
    r = brief("--format", fmt, "--full", *model_args, str(f))
    assert r.code == 0, r.err
    assert_inert(r.out, rich=fmt == "rich")
    assert_inert(r.err)
    if fmt == "json":
        doc = json.loads(r.out)
        assert doc["source"]["title"].endswith(f"{VECTORS['osc52-clipboard']} as rupiah steadies")
        assert VECTORS["c1-csi"] in doc["paragraphs"][1]["text"]
    else:
        assert "␛" in r.out and "\ufffd" in r.out


def _stored_brief(tmp_path) -> str:
    """A store holding one brief saved raw, as briefs were stored before the rule."""
    from translator.store import Store

    article = Article(paragraphs=(f"Satu {VECTORS['clear-screen']} dua.", "Tiga."),
                      title=f"Judul {VECTORS['osc52-clipboard']}",
                      published="2023-03-03T04:25:00+07:00",
                      outlet=f"Warta{VECTORS['alternate-screen']}",
                      dateline=f"BANDUNG{VECTORS['bel']}", language="id")
    paras = (Paragraph(source=article.paragraphs[0], segments=(article.paragraphs[0],),
                       outputs=(f"One {VECTORS['osc8-link']}two {VECTORS['c1-csi']}31m.",),
                       flags=(Flag("number_mismatch", 0, VECTORS["full-reset"]),)),
             Paragraph(source="Tiga.", segments=("Tiga.",), outputs=("Three.",)))
    b = Brief(article=article, title=f"Headline {VECTORS['clear-screen']}\nsecond line",
              summary=f"The summary {VECTORS['osc52-clipboard']}.", paragraphs=paras,
              signature=Signature.from_dict({}), length="medium",
              notes=(f"note {VECTORS['bel']}",))
    path = tmp_path / "briefs.sqlite"
    with Store.open(path) as store:
        store.save(b.to_dict(), article.to_dict(), "\n\n".join(article.paragraphs))
    return str(path)


@pytest.mark.parametrize("args", [
    ("history",), ("history", "--format", "json"),
    *[("show", "1", "--full", "--format", f) for f in ("text", "markdown", "json", "rich")],
    *[("digest", "--format", f) for f in ("markdown", "html", "json")],
], ids=lambda a: "-".join(x for x in a if x not in ("--format", "1", "--full")))
def test_store_commands_render_old_unsafe_briefs_inert(brief, tmp_path, monkeypatch, args):
    monkeypatch.setenv("FORCE_COLOR", "1")
    r = brief(*args, "--store", _stored_brief(tmp_path))
    assert r.code == 0, r.err
    assert_inert(r.out, rich="rich" in args)
    assert_inert(r.err)
    if "json" not in args:
        assert "␛" in r.out
    if args == ("history",):  # one row per brief: the title's newline is a space here
        assert r.out.count("\n") == 1 and "␛[2J second line" in r.out


# --- stderr: error lines, warnings, notices, tracebacks ---------------------------------------

NAME = f"no{VECTORS['osc52-clipboard']}such{VECTORS['clear-screen']}.txt"


@pytest.mark.parametrize("make_args", [
    lambda d: [str(d / NAME)],
    lambda d: ["clean", str(d / NAME)],
    lambda d: [str(d / VECTORS["alternate-screen"] / "missing.txt")],
    lambda d: [str(d / "a.txt"), str(d / NAME)],  # a batch: failure lines at the end
    lambda d: ["--debug", str(d / "a.txt"), str(d / NAME)],  # tracebacks too
], ids=["run", "clean", "dir-with-escape", "batch", "batch-debug"])
def test_error_lines_show_file_names_inert(brief, tmp_path, make_args):
    r = brief(*make_args(tmp_path))
    assert r.code == 2
    assert_inert(r.err)
    assert "52;c;ZWNobw==" in r.err or "1049h" in r.err  # the name is shown, in some form
    assert all(line.startswith(("brief: error: ", "Traceback", " ", "translator."))
               for line in r.err.splitlines()), r.err


def test_usage_errors_quote_arguments_inert(brief):
    r = brief("clean", "a.txt", f"b{VECTORS['clear-screen']}.txt")  # "unexpected extra argument"
    assert r.code == 2
    assert_inert(r.err)
    assert "␛[2J" in r.err


@pytest.mark.parametrize("command", [[], ["clean"]], ids=["run", "clean"])
def test_warnings_naming_a_file_are_inert(brief, tmp_path, command):
    # Not UTF-8: the warning names the file; French then fails before any model is loaded.
    f = tmp_path / f"caf{VECTORS['osc52-clipboard']}.txt"
    f.write_bytes(("Le gouvernement a annoncé jeudi une nouvelle série de mesures pour soutenir "
                   "les ménages, alors que l'inflation reste élevée.\n").encode("cp1252"))
    r = brief(*command, str(f))
    assert "Windows-1252" in r.err
    assert_inert(r.out)
    assert_inert(r.err)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


_LIVE = re.compile(r"\x1b\[(\?25[lh]|2K|1A)")


def test_notices_on_a_terminal_are_inert(monkeypatch):
    from translator.reporting import StderrReporter

    monkeypatch.setenv("FORCE_COLOR", "1")
    stream = _Terminal()
    reporter = StderrReporter(stream=stream)
    reporter.notice(f"warning: {ALL} [bold]not markup[/]")
    reporter.status(f"Article 1 of 2: {NAME}")
    reporter.close()
    # The live status line moves the cursor itself (hide/show it, erase a line, go up a line).
    assert_inert(_LIVE.sub("", stream.getvalue()), rich=True)
    assert "[bold]not markup[/]" in _SGR.sub("", stream.getvalue())


@pytest.fixture
def server():
    with LocalServer() as srv:
        yield srv


@pytest.mark.parametrize("command", [[], ["clean"]], ids=["run", "clean"])
def test_server_replies_in_error_lines_are_inert(brief, server, monkeypatch, command):
    monkeypatch.setitem(BaseHTTPRequestHandler.responses, 418,
                        (f"Teapot {VECTORS['osc52-clipboard']}", ""))
    server.routes["/teapot"] = Reply(status=418)
    server.routes["/moved"] = Reply(status=302, headers={
        "Location": f"/gone{VECTORS['clear-screen']}{VECTORS['osc8-link']}"})
    for path, shown in (("/teapot", "Teapot ␛]52;c;ZWNobw==␇"), ("/moved", "/gone")):
        r = brief(*command, server.url + path)
        assert r.code == 2, r.err
        assert_inert(r.err)
        assert shown in r.err and r.err.count("\n") == 1


_BODY = ("<p>Pemerintah Kota Bandung memperluas taman kota di kawasan utara karena warga meminta "
         "ruang terbuka hijau yang lebih luas, kata wali kota kepada wartawan.</p>") * 3


def _html_page(head: str = "", body: str = _BODY) -> bytes:
    return (f"<!DOCTYPE html><html><head>{head}</head><body><article>{body}</article></body>"
            "</html>").encode()


_META = ('<meta property="og:title" content="Taman &#27;]52;c;ZWNobw==&#7; Kota">'
         f'<meta property="og:site_name" content="Warta{VECTORS["clear-screen"]} Kota">')


# Through `clean` only: the main job renders the same fields (original title, outlet) as
# `show` does above, and translating an Indonesian page with the tiny models is slow.
@pytest.mark.parametrize("args", [("clean",), ("clean", "--json")], ids=["text", "json"])
def test_page_metadata_is_inert(brief, tmp_path, args):
    page = tmp_path / "page.html"
    page.write_bytes(_html_page(_META))
    r = brief(*args, str(page))
    assert r.code == 0, r.err
    assert_inert(r.out)
    assert_inert(r.err)
    if "--json" not in args:  # the original title and the outlet are shown, not obeyed
        assert "Taman ␛]52;c;ZWNobw==␇ Kota" in r.out and "Warta␛[2J Kota" in r.out


@pytest.mark.parametrize("as_json", [False, True], ids=["text", "json"])
def test_a_character_reference_to_esc_in_the_body_is_inert(brief, tmp_path, as_json):
    page = tmp_path / "page.html"
    page.write_bytes(_html_page(body=_BODY.replace("utara", "utara &#27;[2J &#x1b;]52;c;eA==&#7;")))
    r = brief("clean", *(["--json"] if as_json else []), str(page))
    assert_inert(r.out)
    assert_inert(r.err)

"""One set of conventions in every command: --format/--json, -o, -n, --outlet, dates, colour,
-v, and an empty digest that says so; the reporter's transient display (tests/test_progress_tty.py
drives it on a real pseudo-terminal)."""

from __future__ import annotations

import io
import json
import os
from datetime import date, timedelta

import click
import pytest

from translator.cli.history import DATE, match_outlets
from translator.reporting import StderrReporter, make_console
from translator.store import Store

from .test_store import make_doc, save

TODAY = date.today()


@pytest.mark.parametrize("text, expected", [
    ("2023-03-01", date(2023, 3, 1)), ("today", TODAY), ("Yesterday", TODAY - timedelta(1)),
    ("7d", TODAY - timedelta(7)), ("2w", TODAY - timedelta(14)), ("0d", TODAY),
])
def test_date_forms(text, expected):
    assert DATE.convert(text, None, None) == expected


def test_a_bad_date_names_the_forms():
    with pytest.raises(click.BadParameter, match="YYYY-MM-DD, today, yesterday, Nd"):
        DATE.convert("last week", None, None)


@pytest.mark.parametrize("wanted, found", [
    ("detik", ["detikcom"]), ("DETIK.COM", ["detikcom"]), ("detikcom", ["detikcom"]),
    ("sindonews.com", ["SINDOnews"]), ("kompas", ["Kompas.com"]), ("tempo", ["tempo"]),
])
def test_outlet_matches_part_of_the_name_or_domain_in_any_case(wanted, found):
    assert match_outlets([wanted], ["detikcom", "SINDOnews", "Kompas.com"]) == found


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_no_color_writes_no_style_codes_at_all(monkeypatch):
    from rich.text import Text

    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("FORCE_COLOR", "1")
    out = _Terminal()
    make_console(out).print(Text("headline", style="bold italic dim red"))
    assert out.getvalue() == "headline\n"
    monkeypatch.delenv("NO_COLOR")
    styled = _Terminal()
    make_console(styled).print(Text("headline", style="bold"))
    assert "\x1b[1m" in styled.getvalue()  # the same console styles without NO_COLOR
    plain = _Terminal()
    make_console(plain, no_color=True).print(Text("headline", style="bold"))
    assert plain.getvalue() == "headline\n"  # --no-color


def test_off_a_terminal_the_reporter_prints_no_status_but_verbose_details():
    stream = io.StringIO()
    reporter = StderrReporter(stream=stream, verbose=True)
    reporter.status("Loading model ...")
    reporter.progress("Translating", 4, 16)
    reporter.detail("12 segments")
    reporter.close()
    assert stream.getvalue() == "brief: Loading model ...\nbrief: 12 segments\n"
    quiet = io.StringIO()
    StderrReporter(stream=quiet).status("Loading model ...")
    assert quiet.getvalue() == ""


def test_on_a_terminal_status_and_bar_are_erased_when_done(monkeypatch):
    monkeypatch.setenv("FORCE_COLOR", "1")
    from .test_progress_tty import screen

    stream = _Terminal()
    reporter = StderrReporter(stream=stream)
    reporter.articles(0, 3, "a.txt")
    reporter.status("Loading model ...")
    reporter.progress("Translating", 4, 16)
    written = stream.getvalue()
    assert "Loading model" in written and "4/16" in written and "Article 1 of 3" in written
    reporter.close()
    assert not any(screen(stream.getvalue()))


@pytest.fixture
def store_path(tmp_path):
    path = tmp_path / "briefs.sqlite"
    with Store.open(path) as store:
        save(store, make_doc("Rice prices rise", outlet="detikcom",
                             published="2023-03-01T07:15:00+07:00"))
        save(store, make_doc("Floods in Jakarta", outlet="Kompas.com",
                             published="2023-03-03T06:45:00+07:00"))
        save(store, make_doc("Blinken meets Lavrov", outlet="SINDOnews",
                             published="2023-03-03T04:25:00+07:00"))
    return str(path)


def test_history_limit_outlet_and_formats(brief, store_path):
    r = brief("history", "-n", "2", "--store", store_path)
    assert r.code == 0 and len(r.out.splitlines()) == 2
    rows = json.loads(brief("history", "--outlet", "detik", "--json", "--store", store_path).out)
    assert [row["outlet"] for row in rows] == ["detikcom"]
    md = brief("history", "--format", "markdown", "--store", store_path).out
    assert md.startswith("| id | day | outlet | title |") and "| Rice prices rise |" in md


def test_digest_text_and_an_empty_digest_is_an_error_without_a_file(brief, store_path,
                                                                     tmp_path):
    text = brief("digest", "--format", "text", "--since", "2023-03-02", "--store", store_path)
    assert text.code == 0 and "Floods in Jakarta" in text.out and "Rice" not in text.out
    target = tmp_path / "d.html"
    r = brief("digest", "--since", "2099-01-01", "-o", str(target), "--store", store_path)
    assert r.code == 2 and not target.exists()
    assert r.err.startswith("brief: error: nothing to digest") and "d.html" in r.err


def test_digest_file_honours_the_umask(brief, store_path, tmp_path):
    old = os.umask(0o022)
    try:
        r = brief("digest", "-o", str(tmp_path / "d.md"), "--store", store_path)
    finally:
        os.umask(old)
    assert r.code == 0 and (tmp_path / "d.md").stat().st_mode & 0o777 == 0o644


def test_clean_format_json_and_the_json_shorthand_agree(brief):
    from .conftest import SAMPLE

    a = brief("clean", "--format", "json", str(SAMPLE))
    b = brief("clean", "--json", str(SAMPLE))
    assert a.code == b.code == 0 and json.loads(a.out) == json.loads(b.out)


@pytest.mark.parametrize("tiny_models", ["ctranslate2"], indirect=True)
def test_main_job_output_file_and_verbose(brief, tiny_models, tmp_path):
    from .conftest import SAMPLE

    target = tmp_path / "brief.md"
    r = brief("-v", "-o", str(target), "--full", *tiny_models.args(), str(SAMPLE))
    assert r.code == 0, r.err
    assert r.out == "" and target.read_text().startswith("# ")  # markdown from the suffix
    assert "segments" in r.err and "cache:" in r.err and "timings:" in r.err
    assert f"wrote 1 brief to {target}" in r.err


def test_models_list_and_cache_info_speak_json_too(brief, tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HOME", str(tmp_path / "empty-hf"))
    monkeypatch.delenv("HF_HUB_CACHE", raising=False)
    rows = json.loads(brief("models", "list", "--json", "--summary-model", str(tmp_path)).out)
    assert [r["role"] for r in rows] == ["translation", "summarization"]
    assert rows[0]["model"] == "Helsinki-NLP/opus-mt-id-en" and rows[0]["cached"] is None
    assert rows[1]["model"] == str(tmp_path)
    info = json.loads(brief("cache", "info", "--format", "json").out)
    assert info["entries"] == 0 and info["path"].endswith("translations.sqlite")


def test_models_list_calls_a_local_folder_local_as_pull_does(brief, tiny_model_dirs):
    args = ("--translation-model", str(tiny_model_dirs.marian),
            "--summary-model", str(tiny_model_dirs.bart))
    rows = json.loads(brief("models", "list", "--json", *args).out)
    assert [r["revision"] for r in rows] == ["local", "local"]
    assert "revision=local" in brief("models", "list", *args).out


def test_a_live_display_keeps_the_libraries_loading_bars_off(tiny_model_dirs, capsys):
    """On a terminal the status line says "Loading ..."; transformers' own bar would break it
    (tests/test_hub.py: off a terminal, without -q, the bars are shown)."""
    from translator.config import load_config
    from translator.pipeline import open_models

    cfg = load_config().with_models(str(tiny_model_dirs.marian), str(tiny_model_dirs.bart))
    terminal = _Terminal()
    capsys.readouterr()
    models = open_models(cfg, runtime="transformers", offline=True, cache=False,
                         reporter=StderrReporter(stream=terminal))
    models.load()
    assert "Loading weights" not in capsys.readouterr().err
    assert "Loading" in terminal.getvalue()


def test_show_rich_with_no_color_has_no_style_codes(brief, store_path, monkeypatch):
    monkeypatch.setenv("FORCE_COLOR", "1")  # rich styles even though capsys is no terminal
    styled = brief("show", "1", "--format", "rich", "--store", store_path)
    plain = brief("show", "1", "--format", "rich", "--no-color", "--store", store_path)
    assert styled.code == plain.code == 0
    assert "\x1b[" in styled.out and "\x1b[" not in plain.out and "Rice prices rise" in plain.out
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" not in brief("show", "1", "--format", "rich", "--store", store_path).out

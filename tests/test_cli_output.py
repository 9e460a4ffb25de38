"""What the CLI package prints: every non-JSON line made safe, and one `--debug` for all commands.

Paths and model ids are outside text too: a folder named with an escape sequence must show up
inert in `models list`, `cache info/clear`, `history` and `digest`, never be obeyed.
"""

from __future__ import annotations

import pytest

from translator.store import Store, default_path

from .test_store import make_doc, save

ESC = "a\x1b]52;c;ZWNobw==\x07\tb"  # writes the clipboard on some terminals; a tab for columns
SHOWN = "a␛]52;c;ZWNobw==␇ b"


def inert(text: str) -> bool:
    return "\x1b" not in text and "\x07" not in text


def test_models_list_shows_a_model_folder_name_inert(brief, tmp_path):
    folder = tmp_path / ESC
    folder.mkdir()
    r = brief("models", "list", "--translation-model", str(folder), "--summary-model",
              str(folder))
    assert r.code == 0, r.err
    rows = r.out.splitlines()
    assert len(rows) == 2 and inert(r.out)
    assert all(len(row.split("\t")) == 6 for row in rows)  # the tab in the name shifts nothing
    assert rows[0].split("\t")[1] == str(tmp_path / SHOWN)


@pytest.mark.parametrize("command, shown", [
    ("info", "path\t{}\n"),
    ("clear", "Nothing to clear: no cache at {}\n"),
])
def test_cache_commands_show_the_cache_path_inert(brief, tmp_path, command, shown):
    r = brief("cache", command, "--path", str(tmp_path / ESC / "c.sqlite"))
    assert r.code == 0, r.err
    assert inert(r.out) and shown.format(tmp_path / SHOWN / "c.sqlite") in r.out


def test_history_shows_the_store_path_inert(brief, tmp_path):
    r = brief("history", "--store", str(tmp_path / ESC / "s.sqlite"))
    assert r.code == 0
    assert r.err == (f"brief: no briefs stored yet (store: {tmp_path / SHOWN / 's.sqlite'}); "
                     "brief an article first: brief ARTICLE.txt\n")


def test_digest_names_the_written_file_inert(brief, tmp_path):
    with Store.open(default_path()) as store:
        save(store, make_doc())
    folder = tmp_path / ESC
    folder.mkdir()
    r = brief("digest", "-o", str(folder / "d.md"))
    assert r.code == 0, r.err
    assert (folder / "d.md").read_text(encoding="utf-8").strip()
    assert r.err == f"brief: wrote 1 brief to {tmp_path / SHOWN / 'd.md'}\n"


@pytest.mark.parametrize("args", [
    ("show", "7", "--debug"),
    ("clean", "--debug", "no-such-file.txt"),
    ("--debug", "no-such-file.txt"),
    ("models", "list", "--debug", "--config", "no-such-models.yaml"),
], ids=["show", "clean", "main-job", "models-list"])
def test_debug_after_any_command_shows_the_traceback_instead_of_the_line(brief, args):
    from translator.errors import BriefError

    with pytest.raises(BriefError):
        brief(*args)


def test_debug_in_a_batch_prints_each_traceback_and_goes_on(brief):
    r = brief("--debug", "--no-store", "one.txt", "two.txt")  # before the subcommand: files
    assert r.code == 2
    assert r.err.count("Traceback (most recent call last)") == 2
    assert r.err.endswith("brief: error: one.txt: no such file\n"
                          "brief: error: two.txt: no such file\n")


def test_brief_debug_in_the_environment_counts_as_debug(brief, monkeypatch):
    from translator.errors import InputError

    assert brief("show", "7").code == 2  # without it: one line, exit 2
    monkeypatch.setenv("BRIEF_DEBUG", "1")
    with pytest.raises(InputError):
        brief("show", "7")

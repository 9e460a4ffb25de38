"""`brief --help` teaches: the main job's options, commands uncut, dates, exit codes and the
environment, and the README's copy is the real output (translator/cli/docs.py)."""

from __future__ import annotations

import pytest

from translator.cli.docs import help_blocks, help_text, updated

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_readme_help_block_is_what_brief_help_prints():
    blocks = help_blocks(README)
    assert blocks, "README.md has no <!-- [[[help]]] --> block"
    for args, shown in blocks:
        assert shown == help_text(args), (f"README's `brief {' '.join(args)} --help` is stale: "
                                          "run python -m translator.cli.docs")
    assert updated(README) == README


def test_top_level_help_shows_the_main_job_and_what_a_user_needs():
    text = help_text([])
    for needle in ("--full", "--length", "-o, --output FILE", "--json", "-v, --verbose",
                   "--no-color", "--offline", "Commands:", "history", "digest", "2w",
                   "yesterday", "Exit codes:", "130", "BRIEF_HOME", "BRIEF_CONFIG",
                   "HF_HUB_OFFLINE", "NO_COLOR", "BRIEF_FETCH_TIMEOUT", "BRIEF_HUB_TIMEOUT",
                   "brief -- history"):
        assert needle in text, needle
    assert "..." not in text.split("Commands:")[1].split("Examples:")[0]  # nothing cut off
    assert max(len(line) for line in text.splitlines()) <= 80


@pytest.mark.parametrize("command", [["clean"], ["history"], ["show"], ["digest"]])
def test_each_command_has_examples_and_says_its_formats(command):
    text = help_text(command)
    assert "Examples:" in text and f"brief {command[0]}" in text.split("Examples:")[1]
    assert "--format [" in text and "--json" in text


def test_a_file_named_like_a_command_is_briefed(brief, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "history").write_text("x")
    for args in (["./history"], ["--", "history"]):
        r = brief(*args)
        assert r.code == 2 and "history" in r.err, r.err  # read as a file: not an article
        assert "stored" not in r.err + r.out  # not taken for `brief history`

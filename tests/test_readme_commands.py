"""Every `brief` line of the README's ```sh blocks runs as written, on the samples, with the tiny
models (CTranslate2), in one store and cache, in README order (history needs the briefs above
it). A line marked `# needs network` is skipped; so are lines that are not `brief` commands, and
`--runtime transformers` (the tiny model takes ~20x longer there; tests/test_cli.py runs the
main job on both runtimes)."""

from __future__ import annotations

import glob
import json
import re
import shlex
import sys
from pathlib import Path

import pytest

from .conftest import ROOT, _Stdin

README = ROOT / "README.md"
_SH_BLOCK = re.compile(r"```sh\n(.*?)```", re.S)


def readme_commands(text: str) -> list[str]:
    """The `brief ...` and `cat FILE | brief ...` lines of the README's sh blocks."""
    lines = [line.strip() for block in _SH_BLOCK.findall(text) for line in block.splitlines()]
    return [line for line in lines if re.match(r"(cat \S+ \| )?brief\b", line)]


def shell_words(line: str) -> tuple[list[str], bytes | None, str | None]:
    """(argv after `brief`, piped stdin, `> FILE`) as the shell would see the line: comments
    dropped, unquoted globs expanded (sorted, as bash does), quoted ones kept."""
    stdin = None
    m = re.match(r"cat (\S+) \| (.*)", line)
    if m:
        stdin, line = Path(m.group(1)).read_bytes(), m.group(2)
    words = shlex.split(line, comments=True)
    redirect = None
    if ">" in words:
        redirect = words[words.index(">") + 1]
        words = words[:words.index(">")]
    argv: list[str] = []
    for word in words[1:]:
        quoted = f"'{word}'" in line or f'"{word}"' in line
        matches = sorted(glob.glob(word)) if not quoted and re.search(r"[*?\[]", word) else []
        argv += matches or [word]
    return argv, stdin, redirect


def test_the_readme_lists_the_commands_this_test_runs():
    commands = readme_commands(README.read_text(encoding="utf-8"))
    assert len(commands) >= 20
    assert any(c.startswith("brief digest") for c in commands)
    assert shell_words("brief a 'x/*.txt' # note") == (["a", "x/*.txt"], None, None)


@pytest.mark.parametrize("tiny_models", ["ctranslate2"], indirect=True)
def test_every_readme_command_runs_on_the_samples(tiny_models, tmp_path, monkeypatch, capsys):
    from translator.cli import main

    config = (ROOT / "translator" / "models.yaml").read_text(encoding="utf-8")
    config = config.replace("Helsinki-NLP/opus-mt-id-en", str(tiny_models.marian), 1)
    config = config.replace("sshleifer/distilbart-cnn-12-6", str(tiny_models.bart), 1)
    (tmp_path / "tiny.yaml").write_text(config, encoding="utf-8")
    monkeypatch.setenv("BRIEF_CONFIG", str(tmp_path / "tiny.yaml"))
    monkeypatch.chdir(ROOT)  # the README's paths are relative to the repository root
    made: list[Path] = []
    ran = 0
    for line in readme_commands(README.read_text(encoding="utf-8")):
        if "needs network" in line or "--runtime transformers" in line:
            continue
        argv, stdin, redirect = shell_words(line)
        outputs = [Path(a) for a in argv if a.endswith((".md", ".html")) and "-o" in argv
                   and argv.index(a) == argv.index("-o") + 1]
        made += outputs
        try:
            monkeypatch.setattr(sys, "stdin", _Stdin(stdin))
            code = main(argv)
            out, err = capsys.readouterr()
        finally:
            for f in outputs:
                text = f.read_text(encoding="utf-8") if f.exists() else ""
                f.unlink(missing_ok=True)
        ran += 1
        assert code == 0, f"{line}\n{err}"
        if redirect:
            continue
        if outputs:
            assert text.strip(), f"{line}: wrote nothing to {outputs[0]}"
        elif "help" in argv[-1:] or argv[:1] == ["--"]:
            pass
        else:
            assert out.strip() not in ("", "[]"), f"{line}: no result on stdout\n{err}"
        if "--format" in argv and argv[argv.index("--format") + 1] == "json" or "--json" in argv:
            json.loads(out)  # a JSON line gives JSON
    assert ran >= 20
    assert not [f for f in made if f.exists()]

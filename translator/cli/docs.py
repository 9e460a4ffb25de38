"""`brief --help` as the README shows it, kept in step by a test (tests/test_help_docs.py).

    python -m translator.cli.docs            # rewrite README.md's help blocks from --help

A help block in the README sits between `<!-- [[[help ARGS]]] -->` and `<!-- [[[end]]] -->`
(ARGS: the command, e.g. `history`; empty for the top level), as a ```text block.
"""

from __future__ import annotations

import contextlib
import io
import re
import sys
from pathlib import Path

WIDTH = 80  # the width the README's help blocks are rendered at
_BLOCK = re.compile(r"(<!-- \[\[\[help(?P<args>[^\]]*)\]\]\] -->\n)(?P<body>.*?)"
                    r"(<!-- \[\[\[end\]\]\] -->)", re.S)


def help_text(args: list[str], width: int = WIDTH) -> str:
    """What `brief ARGS --help` prints at `width` columns."""
    from . import cli

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        cli.main(args=[*args, "--help"], prog_name="brief", standalone_mode=False,
                 terminal_width=width, max_content_width=width)
    return out.getvalue()


def help_blocks(readme: str) -> list[tuple[list[str], str]]:
    """(args, text in the README) of each help block."""
    return [(m.group("args").split(), _unfence(m.group("body"))) for m in _BLOCK.finditer(readme)]


def _unfence(body: str) -> str:
    return body.removeprefix("```text\n").removesuffix("```\n")


def updated(readme: str) -> str:
    """The README with every help block rendered afresh from --help."""
    def render(m: re.Match[str]) -> str:
        text = help_text(m.group("args").split())
        return f"{m.group(1)}```text\n{text}```\n{m.group(4)}"

    return _BLOCK.sub(render, readme)


def main(path: str = "README.md") -> int:
    """Rewrite the README's help blocks; 0 if it was up to date, 1 if it changed."""
    readme = Path(path)
    old = readme.read_text(encoding="utf-8")
    new = updated(old)
    if new != old:
        readme.write_text(new, encoding="utf-8")
        print(f"updated the help blocks in {path}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))

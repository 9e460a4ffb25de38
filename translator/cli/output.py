"""Everything the CLI prints: results on stdout (`emit`), notices and errors on stderr (`say`).

Outside text (article text, file and store paths, URLs, model ids, server replies) can carry
terminal escape sequences, so every line that is not JSON goes through sanitize.safe_text or
safe_line here; JSON escapes control characters itself and is written as it is.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import click

from ..sanitize import dumps_json, safe_line, safe_text

if TYPE_CHECKING:
    from ..result import Brief

ERROR = "brief: error: "
UNEXPECTED = "brief: unexpected error: "
# Between two briefs of one run on stdout (JSON gives one array instead).
SEPARATORS = {"text": "\n" + "=" * 80 + "\n", "markdown": "\n---\n", "rich": ""}


def emit(text: str, *, nl: bool | None = None) -> None:
    """A result on stdout, made safe; a newline is added unless it ends with one (or `nl`)."""
    text = safe_text(text)
    click.echo(text, nl=not text.endswith("\n") if nl is None else nl)


def emit_line(text: str) -> None:
    """One line of result on stdout, made one safe line (a newline or tab in a path shows as a
    space)."""
    click.echo(safe_line(text))


def emit_fields(fields: Sequence[object]) -> None:
    """One tab-separated row on stdout; each field is made one safe line, so that a tab or a
    newline inside a path or a model id cannot shift the columns."""
    click.echo("\t".join(safe_line(str(f)) for f in fields))


def emit_json(value: Any) -> None:
    """A JSON document on stdout."""
    click.echo(dumps_json(value))


def output_format(fmt: str) -> str:
    """`auto` -> rich on a terminal, plain text when stdout is piped."""
    if fmt == "auto":
        return "rich" if sys.stdout.isatty() else "text"
    return fmt


def emit_brief(result: Brief, fmt: str, full: bool) -> None:
    """A brief on stdout in `fmt` (rich, text, markdown or json)."""
    from ..render import render

    out = render(result, fmt, full)
    if not isinstance(out, str):
        from rich.console import Console

        Console().print(out)
    elif fmt == "json":
        click.echo(out, nl=not out.endswith("\n"))
    else:
        emit(out)


def say(message: str, prefix: str = "brief: ") -> None:
    """One line on stderr (a notice, a warning, an error); the message may quote file names,
    URLs or server replies."""
    click.echo(prefix + safe_line(message), err=True)


def error(message: str) -> None:
    """One `brief: error: ...` line on stderr."""
    say(message, ERROR)


def warning(message: str) -> None:
    """One `brief: warning: ...` line on stderr."""
    say(message, "brief: warning: ")

"""Everything the CLI prints: results on stdout (`emit`), notices and errors on stderr (`say`).

Outside text (article text, file and store paths, URLs, model ids, server replies) can carry
terminal escape sequences, so every line that is not JSON goes through sanitize.safe_text or
safe_line here; JSON escapes control characters itself and is written as it is.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from ..errors import InputError
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


def emit_brief(result: Brief, fmt: str, full: bool, *, no_color: bool = False) -> None:
    """A brief on stdout in `fmt` (rich, text, markdown or json)."""
    from ..render import render

    out = render(result, fmt, full)
    if not isinstance(out, str):
        from ..reporting import make_console

        make_console(sys.stdout, no_color=no_color).print(out)
    elif fmt == "json":
        click.echo(out, nl=not out.endswith("\n"))
    else:
        emit(out)


class RichStream:
    """A pipeline.Observer that prints the rich view on stdout as the brief is made (a
    terminal): the header box when the headline is translated, the paragraphs as they are
    final (with --full), the summary box last. `pause` erases the transient progress display
    on stderr first, so the two never share a line; the next progress line draws it afresh
    under what was printed."""

    def __init__(self, full: bool, *, no_color: bool = False,
                 pause: Callable[[], None] = lambda: None, gap: bool = False) -> None:
        from ..render import StreamedView
        from ..reporting import make_console

        self.view = StreamedView(full)
        self.console = make_console(sys.stdout, no_color=no_color)
        self.pause, self.gap = pause, gap  # gap: a blank line first (a brief is above)
        self.printed = False  # some part is on the screen
        self.finished = False  # the summary, the last part, is printed

    def __call__(self, kind: str, payload: Any) -> None:
        """Print the part for one event, if it has one."""
        part = self.view.part(kind, payload)
        if part is None:
            return
        self.pause()
        if self.gap:
            self.console.print()
            self.gap = False
        self.console.print(part)
        self.printed, self.finished = True, kind == "summary"


def brief_text(result: Brief, fmt: str, full: bool) -> str:
    """A brief as text for a file (text, markdown or json), made safe like emit()."""
    from ..render import render

    out = render(result, fmt, full)
    assert isinstance(out, str)  # rich is refused with -o (file_format)
    return out if fmt == "json" else safe_text(out)


_SUFFIX_FORMATS = {".json": "json", ".md": "markdown", ".markdown": "markdown",
                   ".html": "html", ".htm": "html", ".txt": "text"}


def file_format(path: str, fmt: str | None, choices: Sequence[str], fallback: str) -> str:
    """The format of an -o FILE: the one asked for, else its suffix's, else `fallback`."""
    if fmt not in (None, "auto"):
        if fmt == "rich":
            raise click.UsageError("--format rich is for a terminal; with -o FILE use one of "
                                   + ", ".join(c for c in choices if c not in ("auto", "rich")))
        return fmt
    guess = _SUFFIX_FORMATS.get(Path(path).suffix.lower(), fallback)
    return guess if guess in choices else fallback


def write_atomically(path: Path, text: str) -> None:
    """Write `text` to a temp file beside `path`, then rename it over `path` (a reader sees the
    old file or the whole new one); the file gets the mode the umask gives a new file."""
    import os
    import tempfile

    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent if str(path.parent) else ".",
                                   prefix=f".{path.name}.", suffix=".tmp")
    except OSError as e:
        raise InputError(f"cannot write {path}: {e.strerror or e}") from None
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.fchmod(fd, 0o666 & ~umask)  # mkstemp makes 0600; a written file honours the umask
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as e:
        Path(tmp).unlink(missing_ok=True)
        raise InputError(f"cannot write {path}: {e.strerror or e}") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


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

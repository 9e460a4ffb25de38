"""Progress and notices on stderr: a live display on a terminal, plain lines otherwise.

On a terminal one transient display shows the stage (a spinner while a model loads or the
summary is written, a bar with done/total while segments translate) and, for many inputs, an
articles bar; it is erased when the article is done, so no status line stays behind. Off a
terminal, or with -q, only notices (downloads, warnings) are printed, and `-v` detail lines.

Messages carry outside text (file names, server replies, page metadata), so each is one
sanitised line (sanitize.safe_line) before it is printed or shown in the display.
"""

from __future__ import annotations

import os
import sys
from typing import Any, TextIO

from .sanitize import safe_line


def no_color_wanted(flag: bool = False) -> bool:
    """--no-color, or NO_COLOR set to anything non-empty (https://no-color.org)."""
    return flag or bool(os.environ.get("NO_COLOR"))


def make_console(stream: TextIO, *, no_color: bool = False, stderr: bool = False) -> Any:
    """A rich Console on `stream`; without colour it writes no style codes at all (rich's own
    no_color keeps bold, dim and italic), only the cursor moves a live display needs."""
    from rich.console import Console

    if no_color_wanted(no_color):
        return Console(file=stream, stderr=stderr, color_system=None, highlight=False)
    return Console(file=stream, stderr=stderr, highlight=False)


class StderrReporter:
    """Reports pipeline progress to stderr; the live display only when it is a terminal."""

    def __init__(self, stream: TextIO | None = None, quiet: bool = False, *,
                 verbose: bool = False, no_color: bool = False) -> None:
        self.stream = stream or sys.stderr
        self.quiet = quiet
        self.verbose = verbose
        self.no_color = no_color
        self.interactive = not quiet and self.stream.isatty()
        self._console: Any = None
        self._live: Any = None  # the rich Progress while an article is worked on
        self._stage: Any = None  # its stage task
        self._articles: tuple[int, int, str] | None = None  # (done, total, label)

    def _rich(self) -> Any:
        if self._console is None:
            self._console = make_console(self.stream, no_color=self.no_color, stderr=True)
        return self._console

    def _display(self) -> Any:
        """The live display, started on first use (with the articles bar, if there is one)."""
        if self._live is None:
            from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn

            self._live = Progress(SpinnerColumn(), TextColumn("{task.description}"),
                                  BarColumn(bar_width=30), TextColumn("{task.fields[count]}"),
                                  console=self._rich(), transient=True,
                                  redirect_stdout=False, redirect_stderr=False)
            self._live.start()
            if self._articles is not None:
                done, total, label = self._articles
                self._live.add_task(_markup(label), total=total, completed=done,
                                    count=f"{done}/{total}")
            self._stage = self._live.add_task("", total=None, count="")
        return self._live

    def notice(self, message: str) -> None:
        """Always shown: downloads and warnings."""
        if self.interactive:
            self._rich().print(f"[yellow]{_markup(message)}[/]")
        else:
            print(f"brief: {safe_line(message)}", file=self.stream, flush=True)

    def detail(self, message: str) -> None:
        """A -v line about what the pipeline did (segments, cache hits, timings)."""
        if self.verbose:
            if self.interactive:
                self._rich().print(f"[dim]brief: {_markup(message)}[/]")
            else:
                print(f"brief: {safe_line(message)}", file=self.stream, flush=True)

    def status(self, message: str) -> None:
        """What is being done now: a transient line on a terminal (kept with -v)."""
        self.detail(message)
        if self.interactive:
            live = self._display()
            live.update(self._stage, description=_markup(message), total=None, completed=0,
                        count="", refresh=True)

    def progress(self, label: str, done: int, total: int) -> None:
        """`done` of `total` items of the stage `label`: a bar on a terminal."""
        if self.interactive:
            live = self._display()
            live.update(self._stage, description=_markup(label), total=total, completed=done,
                        count=f"{done}/{total}", refresh=True)

    def articles(self, done: int, total: int, current: str) -> None:
        """Article `done + 1` of `total` (`current`) starts: the articles bar."""
        self._articles = (done, total, f"Article {done + 1} of {total}: {current}")
        self.detail(self._articles[2])
        if self.interactive and self._live is not None:
            self.close()  # the next status line draws the display afresh with the new label
        if self.interactive:
            self._display()

    def close(self) -> None:
        """Erase the live display (an article is done, or output is about to be printed)."""
        if self._live is not None:
            self._live.stop()
            self._live = None
            self._stage = None


def _markup(message: str) -> str:
    """One safe line, escaped for rich's markup (a `[b]` in a file name is not a style)."""
    from rich.markup import escape

    return escape(safe_line(message))

"""Progress and notices on stderr: rich on a terminal, plain lines (notices only) otherwise.

Messages carry outside text (file names, server replies, page metadata), so each is one
sanitised line (sanitize.safe_line) before it is printed or shown in a progress bar.
"""

from __future__ import annotations

import sys
from typing import TextIO

from .sanitize import safe_line


class StderrReporter:
    """Reports pipeline progress to stderr; progress bars only when it is a terminal."""

    def __init__(self, stream: TextIO | None = None, quiet: bool = False) -> None:
        self.stream = stream or sys.stderr
        self.quiet = quiet
        self.interactive = not quiet and self.stream.isatty()
        self._console = None
        self._bar = None
        self._task = None

    def _rich(self):
        if self._console is None:
            from rich.console import Console

            self._console = Console(file=self.stream, stderr=True)
        return self._console

    def notice(self, message: str) -> None:
        """Always shown: downloads and warnings."""
        if self.interactive:
            from rich.markup import escape

            self._rich().print(f"[yellow]{escape(safe_line(message))}[/]")
        else:
            print(f"brief: {safe_line(message)}", file=self.stream, flush=True)

    def status(self, message: str) -> None:
        """Shown on a terminal only."""
        if self.interactive:
            from rich.markup import escape

            self._rich().print(f"[dim]{escape(safe_line(message))}[/]")

    def progress(self, label: str, done: int, total: int) -> None:
        """A transient progress bar on a terminal."""
        if not self.interactive:
            return
        if self._bar is None:
            from rich.markup import escape
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

            self._bar = Progress(TextColumn("{task.description}"), BarColumn(),
                                 MofNCompleteColumn(), console=self._rich(), transient=True)
            self._bar.start()
            # TextColumn reads the description as markup: escape it as notice() does.
            self._task = self._bar.add_task(escape(safe_line(label)), total=total)
        self._bar.update(self._task, completed=done, total=total)
        if done >= total:
            self.close()

    def close(self) -> None:
        """Stop a running progress bar."""
        if self._bar is not None:
            self._bar.stop()
            self._bar = None

"""What the arguments stand for, and the failure policy of many inputs in one run.

Files, directories (their *.txt, *.html, *.htm), quoted globs, URLs and `-` (stdin) become a list
of inputs; each is briefed in turn, a failed one does not stop the others (but an unavailable
model stops the run), and the failures decide the exit status.
"""

from __future__ import annotations

import glob
import os
import re
import sys
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import click

from ..errors import ExitStatus, ModelUnavailable
from .errors import message_of, status_of

if TYPE_CHECKING:
    from ..load import Loaded

ARTICLE_SUFFIXES = (".txt", ".html", ".htm")
_URL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")
_GLOB_CHARS = re.compile(r"[*?\[]")


@dataclass
class Inputs:
    """What the arguments stand for, in order."""

    # paths, URLs or "-", for the reader; None (no argument at all): stdin or piped text
    items: list[str | None] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)  # (argument, why: bad input)
    several: bool = False  # more than one argument, or a directory or glob: output is a list


def expand(args: Sequence[str]) -> Inputs:
    """Arguments -> inputs: a directory gives its *.txt/*.html/*.htm files (sorted, not
    recursive), a quoted glob its matches (sorted); files, URLs and `-` pass through."""
    out = Inputs(several=len(args) > 1)
    for arg in args:
        if arg == "-" or _URL.match(arg):
            out.items.append(arg)
        elif os.path.isdir(arg):
            out.several = True
            files = sorted(str(p) for p in Path(arg).iterdir()
                           if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
            if not files:
                out.errors.append((arg, f"{arg} is a directory with no "
                                        f"{', '.join(ARTICLE_SUFFIXES)} files"))
            out.items += files
        elif not os.path.exists(arg) and _GLOB_CHARS.search(arg):
            out.several = True
            matches = sorted(p for p in glob.glob(arg, recursive=True) if os.path.isfile(p))
            if not matches:
                out.errors.append((arg, f"{arg}: no file matches"))
            out.items += matches
        else:
            out.items.append(arg)
    if out.items.count("-") > 1:
        out.errors.append(("-", "stdin ('-') can be read only once"))
        first = out.items.index("-")
        out.items = [x for i, x in enumerate(out.items) if x != "-" or i == first]
    return out


def read_input(source: str | None) -> Loaded:
    """One input's text: a file or a URL (fetched; an HTML page is extracted), or stdin for
    `-` and for no argument when text is piped in."""
    from .. import load

    if source in (None, "-"):
        if source is None and sys.stdin.isatty():
            raise click.UsageError("no input: give a FILE, '-' for stdin, or pipe text in")
        return load.read_stream(sys.stdin.buffer)
    return load.read_source(source)


@dataclass(frozen=True)
class Failure:
    """One input that could not be briefed."""

    source: str
    message: str
    status: ExitStatus

    def line(self) -> str:
        """The message, naming the input unless it does already."""
        if self.source and self.source in self.message:
            return self.message
        return f"{self.source}: {self.message}"


def failure(source: str, error: BaseException) -> Failure:
    """The one-line report of an error on one input."""
    return Failure(source, message_of(error), status_of(error))


def exit_status(failures: Sequence[Failure]) -> ExitStatus:
    """0 if none failed; 2 if every failure was bad input; else 1."""
    if not failures:
        return ExitStatus.OK
    if all(f.status == ExitStatus.BAD_INPUT for f in failures):
        return ExitStatus.BAD_INPUT
    return ExitStatus.ERROR


failed = object()  # run_all's mark of an item that failed (its Failure is recorded)


class Pending:
    """What a runner's `brief_one` may return instead of its result: the result to come
    (`settle` waits for it, or raises its error), so that the next item can start first."""

    def __init__(self, settle: Callable[[], Any]) -> None:
        self.settle = settle


def run_all(items: Sequence[str | None], brief_one: Callable[[str | None], Any],
            done: Callable[[Any], None], *, status: Callable[[str], None] | None = None,
            started: Callable[[int, int, str], None] | None = None,
            debug: bool = False, debug_stream: TextIO | None = None) -> list[Failure]:
    """Brief each item in order, handing each result to `done`; collect failures.

    A model that is unavailable stops the run at once (every article would fail the same way);
    so does Ctrl-C. Anything else fails only its own article (with --debug, its traceback is
    printed and the run goes on). A `Pending` result is settled after the next item has
    started (translator/ahead.py: one article is summarised while the next is translated);
    results still reach `done` in the items' order.
    """
    failures: list[Failure] = []
    total = len(items)
    waiting: tuple[str | None, Pending] | None = None

    def attempt(item: str | None, call: Callable[[], Any]) -> Any:
        try:
            return call()
        except ModelUnavailable:
            raise
        except Exception as e:
            if debug:
                traceback.print_exception(e, file=debug_stream)
            failures.append(failure(item, e))
            return failed

    def settle() -> None:
        nonlocal waiting
        if waiting is not None:
            item, pending = waiting
            waiting = None
            result = attempt(item, pending.settle)
            if result is not failed:
                done(result)

    for i, item in enumerate(items):
        if total > 1 and started is not None:
            started(i, total, item or "stdin")  # the articles bar: `i` done, item i+1 starts
        elif total > 1 and status is not None:
            status(f"Article {i + 1} of {total} ({i} done): {item}")
        try:
            result = attempt(item, lambda item=item: brief_one(item))
        except ModelUnavailable:
            settle()  # the article before was briefed: it is printed before the run stops
            raise
        settle()  # the article before: its summary was made while this one was translated
        if isinstance(result, Pending):
            waiting = (item, result)
        elif result is not failed:
            done(result)
    settle()
    return failures


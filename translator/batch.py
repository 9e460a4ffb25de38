"""Many articles in one run: expand the arguments, brief each, keep going past failures.

The CLI supplies how one input is briefed (models loaded once, on first need) and what to do
with each result; this module decides the order, the progress line, the failure report and the
exit status.
"""

from __future__ import annotations

import glob
import os
import re
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import BriefError, ExitStatus, ModelUnavailable

ARTICLE_SUFFIXES = (".txt", ".html", ".htm")
_URL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")
_GLOB_CHARS = re.compile(r"[*?\[]")


@dataclass
class Inputs:
    """What the arguments stand for, in order."""

    items: list[str] = field(default_factory=list)  # paths, URLs or "-", for the reader
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


@dataclass(frozen=True)
class Failure:
    """One input that could not be briefed."""

    source: str
    message: str
    status: ExitStatus


def failure(source: str, error: BaseException) -> Failure:
    """The one-line report of an error on one input."""
    if isinstance(error, BriefError):
        return Failure(source, str(error), ExitStatus(error.exit_status))
    return Failure(source, f"unexpected error: {type(error).__name__}: {error} (run again with "
                           "--debug for the traceback)", ExitStatus.ERROR)


def exit_status(failures: Sequence[Failure]) -> ExitStatus:
    """0 if none failed; 2 if every failure was bad input; else 1."""
    if not failures:
        return ExitStatus.OK
    if all(f.status == ExitStatus.BAD_INPUT for f in failures):
        return ExitStatus.BAD_INPUT
    return ExitStatus.ERROR


def run_all(items: Sequence[str], brief_one: Callable[[str], Any],
            done: Callable[[Any], None], *, status: Callable[[str], None],
            debug: bool = False, debug_stream: Any = None) -> list[Failure]:
    """Brief each item in order, handing each result to `done`; collect failures.

    A model that is unavailable stops the run at once (every article would fail the same way);
    so does Ctrl-C. Anything else fails only its own article.
    """
    failures: list[Failure] = []
    total = len(items)
    for i, item in enumerate(items):
        if total > 1:
            status(f"Article {i + 1} of {total} ({i} done): {item}")
        try:
            result = brief_one(item)
        except ModelUnavailable:
            raise
        except Exception as e:
            if debug:
                traceback.print_exception(e, file=debug_stream)
            failures.append(failure(item, e))
            continue
        done(result)
    return failures


class StoreWriter:
    """Saves each brief to the store, opened on first use; a store that cannot be written is
    reported once and then left alone, so the briefs on stdout are never lost."""

    def __init__(self, path: str | None, warn: Callable[[str], None]) -> None:
        self.path = path
        self.warn = warn
        self._store = None
        self._broken = False
        self.saved: list[int] = []

    def save(self, doc: dict[str, Any], article: dict[str, Any], original: str) -> int | None:
        if self._broken:
            return None
        import sqlite3

        from .db import reason
        from .errors import DatabaseError
        from .store import Store

        try:
            if self._store is None:
                self._store = Store.open(self.path)
            brief_id = self._store.save(doc, article, original)
        except (DatabaseError, sqlite3.Error, OSError) as e:
            self._broken = True
            why = e if isinstance(e, DatabaseError) else reason(e)  # never quote stored text
            self.warn(f"warning: not saved to the store: {why}; the brief is printed anyway")
            return None
        self.saved.append(brief_id)
        return brief_id

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

"""`brief history`, `brief show ID` and `brief digest`: read the store; never load a model."""

from __future__ import annotations

import os
import re
import tempfile
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import click

from ..config import DIGEST_FORMATS, HISTORY_FORMATS
from ..errors import InputError
from ..sanitize import safe_line
from .options import (
    brief_format_option,
    debug_option,
    format_option,
    full_option,
    store_option,
)
from .output import emit, emit_brief, emit_json, output_format, say

_RELATIVE = re.compile(r"^(\d+)d$")
_SUFFIX_FORMATS = {".html": "html", ".htm": "html", ".json": "json", ".md": "markdown",
                   ".markdown": "markdown"}


class DateParam(click.ParamType):
    """YYYY-MM-DD, `today`, `yesterday` or `Nd` (N days ago)."""

    name = "DATE"

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> date:
        """The date that `value` names."""
        if isinstance(value, date):
            return value
        text = str(value).strip().lower()
        today = date.today()
        if text == "today":
            return today
        if text == "yesterday":
            return today - timedelta(days=1)
        m = _RELATIVE.match(text)
        if m:
            return today - timedelta(days=int(m.group(1)))
        try:
            return date.fromisoformat(text)
        except ValueError:
            self.fail(f"{value!r} is not a date: use YYYY-MM-DD, today, yesterday or 7d", param,
                      ctx)


DATE = DateParam()
_since = click.option("--since", type=DATE, help="Only articles dated on or after DATE.")
_until = click.option("--until", type=DATE, help="Only articles dated on or before DATE.")
_outlet = click.option("--outlet", "outlets", multiple=True, metavar="NAME",
                       help="Only this outlet (case-insensitive; repeatable).")


def _open(store_path: str | None):  # noqa: ANN202 - a Store; its module is imported lazily
    """The store if it exists, else None (reading never creates it)."""
    from ..store import Store

    return Store.open_existing(store_path)


def _where(store_path: str | None) -> str:
    from ..store import default_path

    return str(Path(store_path) if store_path else default_path())


def _nothing(store_path: str | None, filtered: bool) -> None:
    if filtered:
        say("no stored brief matches these filters")
    else:
        say(f"no briefs stored yet (store: {_where(store_path)}); brief an article first: "
            "brief ARTICLE.txt")


@click.command("history")
@_since
@_until
@_outlet
@click.option("--search", metavar="TEXT",
              help="Full-text search over the English and the Indonesian (every word must match).")
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True,
              help="At most this many.")
@format_option(HISTORY_FORMATS, "text")
@store_option
@debug_option
def history_cmd(since: date | None, until: date | None, outlets: tuple[str, ...],
                search: str | None, limit: int, fmt: str, store_path: str | None) -> None:
    """List stored briefs, newest article first."""
    store = _open(store_path)
    entries = []
    if store is not None:
        with store:
            entries = store.query(since=since, until=until, outlets=outlets, search=search,
                                  limit=limit)
    if fmt == "json":
        emit_json([e.summary_row() for e in entries])
    if not entries:
        _nothing(store_path, store is not None and any((since, until, outlets, search)))
        return
    if fmt == "json":
        return
    for e in entries:
        outlet = safe_line(e.outlet or "-")[:16]  # stored article text: shown, never obeyed
        emit(f"{e.id:>5}  {e.day}  {outlet:<16}  {safe_line(e.title)}", nl=True)


@click.command("show")
@click.argument("brief_id", metavar="ID", type=int)
@brief_format_option
@full_option
@store_option
@debug_option
def show_cmd(brief_id: int, fmt: str, full: bool, store_path: str | None) -> None:
    """Show a stored brief again (see `brief history` for the ids); no model is loaded."""
    store = _open(store_path)
    none_yet = (f"no briefs stored yet (store: {_where(store_path)}), so no brief {brief_id}")
    if store is None:
        raise InputError(none_yet)
    with store:
        entry = store.get(brief_id)
        empty = entry is None and store.count() == 0
    if entry is None:
        raise InputError(none_yet if empty else
                         f"no stored brief with id {brief_id} (see `brief history`)")
    if fmt == "json":  # exactly what was printed when it was made
        emit_json(entry.doc)
        return
    from ..result import Brief

    emit_brief(Brief.from_dict(entry.doc), output_format(fmt), full)


@click.command("digest")
@_since
@_until
@_outlet
@format_option(DIGEST_FORMATS, None, "Default: from the -o file's suffix, else markdown.")
@click.option("-o", "--output", metavar="FILE", type=click.Path(dir_okay=False),
              help="Write to FILE (atomically) instead of stdout.")
@store_option
@debug_option
def digest_cmd(since: date | None, until: date | None, outlets: tuple[str, ...],
               fmt: str | None, output: str | None, store_path: str | None) -> None:
    """One document of stored briefs grouped by day, with summaries and full translations."""
    from ..digest import render_digest

    store = _open(store_path)
    entries = []
    if store is not None:
        with store:
            entries = store.query(since=since, until=until, outlets=outlets)
    if not entries:
        _nothing(store_path, store is not None and any((since, until, outlets)))
        return
    fmt = fmt or _SUFFIX_FORMATS.get(Path(output).suffix.lower() if output else "", "markdown")
    text = render_digest(entries, fmt)
    if output is None:
        if fmt == "json":
            click.echo(text, nl=False)
        else:
            emit(text, nl=False)
        return
    write_atomically(Path(output), text)
    say(f"wrote {len(entries)} briefs to {output}")


def write_atomically(path: Path, text: str) -> None:
    """Write `text` to a temp file beside `path`, then rename it over `path`."""
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent if str(path.parent) else ".",
                                   prefix=f".{path.name}.", suffix=".tmp")
    except OSError as e:
        raise InputError(f"cannot write {path}: {e.strerror or e}") from None
    try:
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

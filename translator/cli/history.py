"""`brief history`, `brief show ID` and `brief digest`: read the store; never load a model."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import click

from ..errors import InputError
from ..sanitize import safe_line
from .options import (
    BRIEF_FORMATS,
    DIGEST_FORMATS,
    HISTORY_FORMATS,
    debug_option,
    examples,
    format_option,
    full_option,
    no_color_option,
    output_option,
    pick_format,
    store_option,
)
from .output import (
    emit,
    emit_brief,
    emit_json,
    file_format,
    output_format,
    say,
    write_atomically,
)

_RELATIVE = re.compile(r"^(\d+)\s*([dw])$")
DATE_FORMS = "YYYY-MM-DD, today, yesterday, Nd (N days ago) or Nw (N weeks ago)"


class DateParam(click.ParamType):
    """YYYY-MM-DD, `today`, `yesterday`, `Nd` (N days ago) or `Nw` (N weeks ago)."""

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
            n = int(m.group(1)) * (7 if m.group(2) == "w" else 1)
            return today - timedelta(days=n)
        try:
            return date.fromisoformat(text)
        except ValueError:
            self.fail(f"{value!r} is not a date: use {DATE_FORMS}", param, ctx)


DATE = DateParam()
_since = click.option("--since", type=DATE, metavar="DATE",
                      help="Only articles dated on or after DATE (2023-03-01, 7d, 2w, today).")
_until = click.option("--until", type=DATE, metavar="DATE",
                      help="Only articles dated on or before DATE (same forms).")
_outlet = click.option("--outlet", "outlets", multiple=True, metavar="NAME",
                       help="Only this outlet: part of its name or domain, any case "
                            "(`detik` finds detikcom; repeatable).")


def _squash(name: str) -> str:
    """An outlet name or domain reduced to its letters and digits: `detik.com` -> `detikcom`."""
    return re.sub(r"[\W_]+", "", name.lower())


def match_outlets(wanted: Sequence[str], stored: Sequence[str]) -> list[str]:
    """The stored outlet names that each wanted NAME stands for: a part of the name or the
    name inside a domain, in any case (`detik`, `detik.com` and `DetikCom` find `detikcom`;
    `sindonews.com` finds `SINDOnews`). A NAME that finds none is kept, so it matches nothing."""
    out: list[str] = []
    for name in wanted:
        key = _squash(name)
        found = [s for s in stored if key and (key in _squash(s) or _squash(s) in key)
                 and _squash(s)]
        out += found or [name]
    return list(dict.fromkeys(out))


def _outlets_of(store: Any, wanted: Sequence[str]) -> list[str]:
    """`wanted` resolved against the outlets in `store` (see match_outlets)."""
    if not wanted:
        return []
    try:
        rows = store.conn.execute("SELECT DISTINCT outlet FROM briefs WHERE outlet IS NOT NULL")
        stored = [r[0] for r in rows]
    except sqlite3.Error:
        stored = []  # the query itself then reports the damage
    return match_outlets(wanted, stored)


def _open(store_path: str | None):  # noqa: ANN202 - a Store; its module is imported lazily
    """The store if it exists, else None (reading never creates it)."""
    from ..store import Store

    return Store.open_existing(store_path)


def _where(store_path: str | None) -> str:
    from ..store import default_path

    return str(Path(store_path) if store_path else default_path())


def _nothing(store_path: str | None, filtered: bool) -> str:
    """Why a query found nothing."""
    if filtered:
        return "no stored brief matches these filters"
    return (f"no briefs stored yet (store: {_where(store_path)}); brief an article first: "
            "brief ARTICLE.txt")


def _query(store_path: str | None, **filters: Any) -> tuple[list[Any], bool]:
    """(entries, whether the store exists) for the filters; outlets matched loosely."""
    store = _open(store_path)
    if store is None:
        return [], False
    with store:
        filters["outlets"] = _outlets_of(store, filters.get("outlets", ()))
        return store.query(**filters), True


@click.command("history", epilog=examples(
    "brief history -n 10",
    "brief history --outlet detik --since 2023-03-01",
    "brief history --search beras --json"))
@_since
@_until
@_outlet
@click.option("--search", metavar="TEXT",
              help="Full-text search over the English and the Indonesian (every word must match).")
@click.option("-n", "--limit", type=click.IntRange(min=1), default=50, show_default=True,
              metavar="N", help="At most N briefs.")
@format_option(HISTORY_FORMATS, "text", "text: one line per brief; markdown: a table.")
@store_option
@debug_option
def history_cmd(since: date | None, until: date | None, outlets: tuple[str, ...],
                search: str | None, limit: int, fmt: str, as_json: bool,
                store_path: str | None) -> None:
    """List stored briefs, newest article first (an id for `brief show`)."""
    fmt = pick_format(fmt, as_json) or "text"
    entries, exists = _query(store_path, since=since, until=until, outlets=outlets,
                             search=search, limit=limit)
    if fmt == "json":
        emit_json([e.summary_row() for e in entries])
    if not entries:
        say(_nothing(store_path, exists and any((since, until, outlets, search))))
        return
    if fmt == "markdown":
        from ..render import md_line

        emit("| id | day | outlet | title |\n| ---: | --- | --- | --- |", nl=True)
        for e in entries:
            emit(f"| {e.id} | {e.day} | {md_line(e.outlet or '-')} | {md_line(e.title)} |",
                 nl=True)
    elif fmt == "text":
        for e in entries:
            outlet = safe_line(e.outlet or "-")[:16]  # stored article text: shown, never obeyed
            emit(f"{e.id:>5}  {e.day}  {outlet:<16}  {safe_line(e.title)}", nl=True)


@click.command("show", epilog=examples("brief show 3", "brief show 3 --full --format markdown"))
@click.argument("brief_id", metavar="ID", type=int)
@format_option(BRIEF_FORMATS, "auto", "auto: rich on a terminal, plain text when piped.")
@full_option
@no_color_option
@store_option
@debug_option
def show_cmd(brief_id: int, fmt: str, as_json: bool, full: bool, no_color: bool,
             store_path: str | None) -> None:
    """Show a stored brief again (see `brief history` for the ids); no model is loaded."""
    fmt = pick_format(fmt, as_json) or "auto"
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

    emit_brief(Brief.from_dict(entry.doc), output_format(fmt), full, no_color=no_color)


@click.command("digest", epilog=examples(
    "brief digest --since 2023-03-01 -o digest.html",
    "brief digest --since 7d --outlet kompas --format text",
    "brief digest --json > digest.json"))
@_since
@_until
@_outlet
@format_option(DIGEST_FORMATS, None, "Default: from the -o file's suffix, else markdown.")
@output_option
@store_option
@debug_option
def digest_cmd(since: date | None, until: date | None, outlets: tuple[str, ...],
               fmt: str | None, as_json: bool, output: str | None,
               store_path: str | None) -> None:
    """One document of stored briefs grouped by day, with summaries and full translations.
    Nothing stored in the range: an error (exit 2) and no file."""
    fmt = pick_format(fmt, as_json)
    entries, exists = _query(store_path, since=since, until=until, outlets=outlets)
    if not entries:
        written = f" (nothing written to {output})" if output else ""
        raise InputError("nothing to digest: "
                         + _nothing(store_path, exists and any((since, until, outlets)))
                         + written)
    fmt = file_format(output, fmt, DIGEST_FORMATS, "markdown") if output else fmt or "markdown"
    text = digest_text(entries) if fmt == "text" else _render(entries, fmt)
    if output is None:
        if fmt == "json":
            click.echo(text, nl=False)
        else:
            emit(text, nl=False)
        return
    write_atomically(Path(output), text)
    say(f"wrote {len(entries)} brief{'s' if len(entries) != 1 else ''} to {output}")


def _render(entries: Sequence[Any], fmt: str) -> str:
    from ..digest import render_digest

    return render_digest(entries, fmt)


def digest_text(entries: Sequence[Any]) -> str:
    """The digest as plain text: a heading per day, then each brief as `brief --format text
    --full` prints it."""
    from ..digest import by_day, day_label
    from ..render import to_text
    from ..result import Brief
    from ..sanitize import safe_text

    parts: list[str] = []
    for day, group in by_day(entries):
        label = day_label(day)
        parts.append(f"{label}\n{'=' * len(label)}\n")
        parts += [safe_text(to_text(Brief.from_dict(e.doc), True)) for e in group]
    return "\n".join(p if p.endswith("\n") else p + "\n" for p in parts)

"""`brief history`, `brief show ID` and `brief digest`: read the store; never load a model."""

from __future__ import annotations

import os
import re
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

import click

from .errors import InputError
from .sanitize import dumps_json, safe_line

_RELATIVE = re.compile(r"^(\d+)d$")


class DateParam(click.ParamType):
    """YYYY-MM-DD, `today`, `yesterday` or `Nd` (N days ago)."""

    name = "DATE"

    def convert(self, value, param, ctx):
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

_store_option = click.option(
    "--store", "store_path", metavar="PATH", type=click.Path(dir_okay=False),
    help="The store of briefs (default: briefs.sqlite in $BRIEF_HOME or the user data dir).")
_debug_option = click.option("--debug", is_flag=True, help="Show tracebacks.")


def _open(store_path: str | None):
    """The store if it exists, else None (reading never creates it)."""
    from .store import Store

    return Store.open_existing(store_path)


def _where(store_path: str | None) -> str:
    from .store import default_path

    return str(Path(store_path) if store_path else default_path())


def _nothing(store_path: str | None, filtered: bool) -> None:
    if filtered:
        click.echo("brief: no stored brief matches these filters", err=True)
    else:
        click.echo(f"brief: no briefs stored yet (store: {_where(store_path)}); "
                   "brief an article first: brief ARTICLE.txt", err=True)


@click.command("history")
@click.option("--since", type=DATE, help="Only articles dated on or after DATE.")
@click.option("--until", type=DATE, help="Only articles dated on or before DATE.")
@click.option("--outlet", "outlets", multiple=True, metavar="NAME",
              help="Only this outlet (case-insensitive; repeatable).")
@click.option("--search", metavar="TEXT",
              help="Full-text search over the English and the Indonesian (every word must match).")
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True,
              help="At most this many.")
@click.option("--format", "fmt", type=click.Choice(("text", "json")), default="text",
              show_default=True)
@_store_option
@_debug_option
def history_cmd(since, until, outlets, search, limit, fmt, store_path, debug) -> None:
    """List stored briefs, newest article first."""
    store = _open(store_path)
    entries = []
    if store is not None:
        with store:
            entries = store.query(since=since, until=until, outlets=outlets, search=search,
                                  limit=limit)
    if fmt == "json":
        click.echo(dumps_json([e.summary_row() for e in entries]))
    if not entries:
        _nothing(store_path, store is not None and any((since, until, outlets, search)))
        return
    if fmt == "json":
        return
    for e in entries:
        outlet = safe_line(e.outlet or "-")[:16]  # stored article text: shown, never obeyed
        click.echo(f"{e.id:>5}  {e.day}  {outlet:<16}  {safe_line(e.title)}")


@click.command("show")
@click.argument("brief_id", metavar="ID", type=int)
@click.option("--format", "fmt", type=click.Choice(("auto", "rich", "text", "markdown", "json")),
              default="auto", show_default=True,
              help="auto: rich on a terminal, plain text when piped.")
@click.option("--full", is_flag=True, help="Also show the full translation with guard flags.")
@_store_option
@_debug_option
def show_cmd(brief_id, fmt, full, store_path, debug) -> None:
    """Show a stored brief again (see `brief history` for the ids); no model is loaded."""
    store = _open(store_path)
    if store is None:
        raise InputError(f"no briefs stored yet (store: {_where(store_path)}), so no brief "
                         f"{brief_id}")
    with store:
        entry = store.get(brief_id)
        empty = entry is None and store.count() == 0
    if entry is None:
        if empty:
            raise InputError(f"no briefs stored yet (store: {_where(store_path)}), so no brief "
                             f"{brief_id}")
        raise InputError(f"no stored brief with id {brief_id} (see `brief history`)")
    if fmt == "json":  # exactly what was printed when it was made
        click.echo(dumps_json(entry.doc))
        return
    from .render import render
    from .result import Brief

    if fmt == "auto":
        fmt = "rich" if sys.stdout.isatty() else "text"
    out = render(Brief.from_dict(entry.doc), fmt, full)
    if isinstance(out, str):
        click.echo(out, nl=not out.endswith("\n"))
    else:
        from rich.console import Console

        Console().print(out)


_SUFFIX_FORMATS = {".html": "html", ".htm": "html", ".json": "json", ".md": "markdown",
                   ".markdown": "markdown"}


@click.command("digest")
@click.option("--since", type=DATE, help="Only articles dated on or after DATE.")
@click.option("--until", type=DATE, help="Only articles dated on or before DATE.")
@click.option("--outlet", "outlets", multiple=True, metavar="NAME",
              help="Only this outlet (case-insensitive; repeatable).")
@click.option("--format", "fmt", type=click.Choice(("markdown", "html", "json")),
              help="Default: from the -o file's suffix, else markdown.")
@click.option("-o", "--output", metavar="FILE", type=click.Path(dir_okay=False),
              help="Write to FILE (atomically) instead of stdout.")
@_store_option
@_debug_option
def digest_cmd(since, until, outlets, fmt, output, store_path, debug) -> None:
    """One document of stored briefs grouped by day, with summaries and full translations."""
    from .digest import render_digest

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
        click.echo(text, nl=False)
        return
    write_atomically(Path(output), text)
    click.echo(f"brief: wrote {len(entries)} briefs to {output}", err=True)


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


def register(group: click.Group) -> None:
    """Add the store commands to the `brief` group."""
    for command in (history_cmd, show_cmd, digest_cmd):
        group.add_command(command)

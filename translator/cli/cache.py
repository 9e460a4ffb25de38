"""`brief cache info` and `brief cache clear`: the translation cache; never load a model."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import click

from .options import LIST_FORMATS, debug_option, examples, format_option, pick_format
from .output import emit_fields, emit_json, emit_line

if TYPE_CHECKING:
    from ..cache import TranslationCache

T = TypeVar("T")
_SQLITE_HEADER = b"SQLite format 3\x00"


def human_size(size: float) -> str:
    """Bytes -> `512 B`, `1.5 KB`, ... `2.0 GB`."""
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size} B"  # not reached


@click.group("cache")
def cache_group() -> None:
    """The translation cache: outputs already computed are not computed again."""


_PATH = click.option("--path", "path", metavar="PATH", type=click.Path(dir_okay=False),
                     help="Another cache file (default: translations.sqlite in $BRIEF_HOME/cache "
                          "or the user cache dir).")


def _where(path: str | None) -> Path:
    from ..cache import default_path

    return Path(path) if path else default_path()


def _using(cache: TranslationCache, action: Callable[[TranslationCache], T]) -> T:
    """`action(cache)`, the cache closed afterwards whatever happens."""
    try:
        return action(cache)
    finally:
        cache.close()


@cache_group.command("info", epilog=examples("brief cache info", "brief cache info --json"))
@_PATH
@format_option(LIST_FORMATS, "text", "text: tab-separated rows.")
@debug_option
def info_cmd(path: str | None, fmt: str, as_json: bool) -> None:
    """Where the cache is, how many outputs it holds and its size on disk."""
    from ..cache import TranslationCache

    where = _where(path)
    if pick_format(fmt, as_json) == "json":
        info = (_using(TranslationCache.open_readonly(where), lambda cache: cache.info())
                if where.exists() else None)
        emit_json({"path": str(where), "entries": info.entries if info else 0,
                   "cleaned": info.cleaned if info else 0,  # articles (clean_cache.py)
                   "size_bytes": info.size_bytes if info else 0,
                   "models": [{"model": what, "entries": n} for what, n in info.models]
                   if info else []})
        return
    if not where.exists():
        emit_fields(("path", where))
        emit_fields(("entries", 0))
        emit_fields(("size", "0 B", "(no cache yet)"))
        return
    # A damaged file: one error line, exit 1.
    info = _using(TranslationCache.open_readonly(where), lambda cache: cache.info())
    emit_fields(("path", where))
    emit_fields(("entries", info.entries))
    emit_fields(("cleaned", info.cleaned, "(cleaned articles)"))
    emit_fields(("size", human_size(info.size_bytes)))
    for what, n in info.models:
        emit_fields(("model", n, what))


@cache_group.command("clear")
@_PATH
@debug_option
def clear_cmd(path: str | None) -> None:
    """Delete every cached output (a damaged cache file is removed)."""
    from ..cache import TranslationCache, default_path
    from ..errors import DamagedDatabase

    where = _where(path)
    if not where.exists():
        emit_line(f"Nothing to clear: no cache at {where}")
        return
    try:
        n = _using(TranslationCache.open(where), lambda cache: cache.clear())
    except DamagedDatabase:
        # It is only a cache: a damaged file is removed so the next run starts afresh.
        _remove_damaged(where, where == default_path())
        emit_line(f"Removed the damaged cache file {where}; the next brief starts a new cache")
        return
    emit_line(f"Cleared {n} cached output{'s' if n != 1 else ''} from {where}")


def _remove_damaged(path: Path, is_default: bool) -> None:
    """Delete the damaged file and its -wal/-shm files."""
    from ..errors import DatabaseError

    with path.open("rb") as f:
        header = f.read(len(_SQLITE_HEADER))
    if not is_default and header != _SQLITE_HEADER:
        # --path may name any file by mistake: only a SQLite file (or the default) is deleted.
        raise DatabaseError(f"{path} is not a SQLite database (a damaged cache, or another file "
                            "given by mistake?); not removing it: delete it yourself if it is "
                            "the cache")
    for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        try:
            p.unlink(missing_ok=True)
        except OSError as e:
            raise DatabaseError(f"cannot remove the damaged translation cache {p}: "
                                f"{e.strerror or e}") from None

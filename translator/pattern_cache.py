"""Compiled regular expressions of brief's own modules, kept on disk between processes.

Importing the cleaner compiles ~770 regular expressions at module level, and in CPython that is
pure Python (re._parser, re._compiler): ~0.35-0.6 s of CPU, most of a cold `brief clean` and
about a third of the time to a brief's first output. What the compiler makes of a pattern is a
list of ints (the SRE code) that depends on nothing but the pattern, its flags and the Python
build; `_sre.compile` turns that list back into the same Pattern object in microseconds.

`compiled_patterns(folder)` is a context manager: while it is active, a pattern compiled by the
top-level code of a `translator.*` module being imported (directly, or through a helper that
code calls) is built from the table in FOLDER when it is there, and compiled the usual way and
added to the table when it is not; the table is written back (atomically) on exit when it
grew. Every other compile (other packages, patterns made per article at run time, bytes
patterns, debug or locale flags) goes to `re` unchanged. The table is keyed by the Python
build, its SRE engine's constants and its Unicode tables, so another interpreter never reads
it; any failure (a missing, unreadable, corrupt or unwritable file, an unexpected entry, a
Python without these internals) falls back to `re`'s own compile, silently: the cache can only
make a start faster, never change what a pattern matches.
"""

from __future__ import annotations

import marshal
import os
from array import array
import re
import sys
import tempfile
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

try:  # CPython 3.11+; 3.10 names them sre_parse / sre_compile
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - depends on the interpreter
    import sre_compile as _compiler  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]
import _sre

PACKAGE = "translator."
MAX_ENTRIES = 5000  # past this (old patterns of edited modules), keep this process's only
_SKIP_FLAGS = re.DEBUG | re.LOCALE  # printed or locale-bound compiles: left to re
_FORMAT = 2  # 2: the code as packed bytes (a table of int lists took ~40 ms to read)
# The array type of the engine's code words (SRE_CODE, _sre.CODESIZE bytes), if one fits.
_CODE_TYPE = next((t for t in "IL" if array(t).itemsize == _sre.CODESIZE), None)

Entry = tuple[int, bytes, int, dict[str, int], tuple[Any, ...]]


def build_tag() -> str:
    """What the SRE code depends on besides the pattern: the interpreter and its engine."""
    return "|".join(map(str, (_FORMAT, sys.implementation.name, sys.version, _sre.MAGIC,
                              _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS,
                              unicodedata.unidata_version)))


def table_path(folder: Path) -> Path:
    """The table's file for this interpreter (another build gets another name)."""
    import hashlib

    digest = hashlib.sha256(build_tag().encode()).hexdigest()[:16]
    return folder / f"patterns-{digest}.marshal"


def read_table(path: Path) -> dict[tuple[str, int], Entry]:
    """The table in PATH, or an empty one when it is missing, foreign or malformed."""
    try:
        doc = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(doc, dict) or doc.get("tag") != build_tag():
        return {}
    table = doc.get("patterns")
    return table if isinstance(table, dict) else {}


def write_table(path: Path, table: dict[tuple[str, int], Entry]) -> None:
    """Write TABLE to PATH atomically (a temporary file renamed over it); errors are ignored."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".patterns-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                marshal.dump({"tag": build_tag(), "patterns": table}, fh)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except (OSError, ValueError):
        pass


def code_of(pattern: str, flags: int) -> Entry:
    """What re._compiler.compile hands _sre.compile for PATTERN (its final flags, code,
    group count, group index and index-to-name tuple)."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[Any] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (int(flags | parsed.state.flags), array(_CODE_TYPE, code).tobytes(),
            parsed.state.groups - 1, groupindex, tuple(indexgroup))


def from_entry(pattern: str, entry: Entry) -> re.Pattern[str]:
    """The Pattern object for PATTERN from its table entry (_sre validates the code)."""
    flags, code, groups, groupindex, indexgroup = entry
    return _sre.compile(pattern, flags, array(_CODE_TYPE, code).tolist(), groups, groupindex,
                        indexgroup)


def _at_import(depth: int = 2, reach: int = 8) -> bool:
    """Whether the caller of re.compile runs under the top-level code of a translator module:
    the nearest module-level frame up the stack, within REACH frames (module code calls re
    directly or through a helper or two; a call at run time is deeper), belongs to one."""
    frame = sys._getframe(depth)
    for _ in range(reach):
        if frame is None:
            return False
        if frame.f_code.co_name == "<module>":
            return str(frame.f_globals.get("__name__", "")).startswith(PACKAGE)
        frame = frame.f_back
    return False


@contextmanager
def compiled_patterns(folder: Path) -> Iterator[dict[str, int]]:
    """Serve module-level patterns of translator/ from the table in FOLDER while active; yields
    counters (hits, misses) for tests and -v."""
    stats = {"hits": 0, "misses": 0}
    original = getattr(re, "_compile", None)
    if original is None or not hasattr(_sre, "compile") or _CODE_TYPE is None:  # no cache
        yield stats
        return
    path = table_path(folder)
    table: dict[tuple[str, int], Entry] | None = None  # read at the first module-level compile
    used: dict[tuple[str, int], Entry] = {}

    def cached_compile(pattern: Any, flags: Any) -> Any:
        nonlocal table
        if (type(pattern) is not str or not isinstance(flags, int)
                or flags & _SKIP_FLAGS or not _at_import()):
            return original(pattern, flags)
        key = (pattern, int(flags))
        if table is None:
            table = read_table(path)
        entry = table.get(key)
        if entry is not None:
            try:
                compiled = from_entry(pattern, entry)
                stats["hits"] += 1
                used[key] = entry
                return compiled
            except Exception:  # a malformed entry: compile it afresh
                table.pop(key, None)
        try:
            entry = code_of(pattern, int(flags))
            compiled = from_entry(pattern, entry)
        except re.error:  # a bad pattern fails as it would without the cache
            raise
        except Exception:  # internals not as expected: re's own path, uncached
            return original(pattern, flags)
        stats["misses"] += 1
        used[key] = table[key] = entry
        return compiled

    re._compile = cached_compile  # type: ignore[attr-defined]
    try:
        yield stats
    finally:
        re._compile = original  # type: ignore[attr-defined]
        if stats["misses"] and table is not None:
            write_table(path, table if len(table) <= MAX_ENTRIES else used)

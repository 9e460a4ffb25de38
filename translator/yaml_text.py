"""YAML text -> data, as yaml.safe_load gives it, remembered as JSON in the cache dir.

Every brief reads two YAML files (the packaged models.yaml and, often, the user's config), and
PyYAML's import and pure-Python parse cost more than the rest of a warm brief's config step
(~20-30 ms on two cores). The data of a text is kept under the SHA-256 of the text, in
cache_dir()/parsed/, when JSON gives back exactly what YAML gave (strings, numbers, booleans,
null, lists and mappings with string keys; a timestamp or a non-string key keeps the text
uncached). A changed file has another hash; a missing, unreadable or corrupt entry is parsed
again; the cache dir being read-only only costs the parse."""

from __future__ import annotations

import hashlib
import json
import os
from typing import Any

from .paths import cache_dir


class YamlProblem(ValueError):
    """Text that is not valid YAML; the message is one line, with the line and column."""


def load_yaml(text: str) -> Any:
    """yaml.safe_load(text), from the JSON copy of an earlier parse when there is one."""
    key = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:40]
    path = cache_dir() / "parsed" / f"{key}.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))["data"]
    except (OSError, ValueError, KeyError, TypeError):
        pass
    data = _parse(text)
    try:
        dumped = json.dumps({"data": data}, ensure_ascii=False)
        if json.loads(dumped)["data"] == data:
            _write_whole(path, dumped)
    except (TypeError, ValueError, RecursionError):  # no JSON for it: parsed every time
        pass
    return data


def _parse(text: str) -> Any:
    import yaml

    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as e:
        raise YamlProblem(problem(e)) from e
    except (ValueError, RecursionError) as e:  # an impossible date; nesting beyond reason
        raise YamlProblem(f"{type(e).__name__}: {e}") from e


def problem(e: Exception) -> str:
    """The parser's complaint and where, on one line (its own message spans several)."""
    mark = getattr(e, "problem_mark", None)
    if mark is not None and getattr(e, "problem", None):
        return f"{e.problem} (line {mark.line + 1}, column {mark.column + 1})"  # type: ignore
    return " ".join(str(e).replace('in "<unicode string>",', "at").split())


def _write_whole(path: Any, text: str) -> None:
    """Write `text` to `path` whole (a temporary file renamed into place), or not at all."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass

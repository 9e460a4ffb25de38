"""Pure data: jusText's Indonesian and English stoplists, the function words ("namun", "di",
"the") that the cleaner's prose tests and place checks count. Read from jusText's package
files as justext.get_stoplist does, without importing jusText, whose import pulls in lxml
(~100 ms) that cleaning plain text never needs."""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Both stoplists, lower case (read once, on first use)."""
    spec = importlib.util.find_spec("justext")
    if spec is None or not spec.submodule_search_locations:
        return frozenset()  # jusText is a dependency; without it the length tests stand alone
    folder = Path(next(iter(spec.submodule_search_locations))) / "stoplists"
    out: set[str] = set()
    for language in ("Indonesian", "English"):
        path = folder / f"{language}.txt"
        if path.is_file():
            out.update(w.strip().lower() for w in path.read_text(encoding="utf-8").splitlines())
    out.discard("")
    return frozenset(out)


def is_stopword(word: str) -> bool:
    """A function word of jusText's Indonesian or English stoplist ("namun", "di", "the")."""
    return word.lower() in stopwords()

"""Pure data: jusText's Indonesian and English stoplists, the function words ("namun", "di",
"the") that the cleaner's prose tests and place checks count. Read from jusText's package
files (paths.stoplist_files) as justext.get_stoplist does, without importing jusText."""

from __future__ import annotations

from functools import lru_cache

from .paths import stoplist_files


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Both stoplists, lower case (read once, on first use)."""
    files = stoplist_files()
    if files is None:
        return frozenset()  # jusText is a dependency; without it the length tests stand alone
    out: set[str] = set()
    for path in files:
        if path.is_file():
            out.update(w.strip().lower() for w in path.read_text(encoding="utf-8").splitlines())
    out.discard("")
    return frozenset(out)


def is_stopword(word: str) -> bool:
    """A function word of jusText's Indonesian or English stoplist ("namun", "di", "the")."""
    return word.lower() in stopwords()

"""Pure: keys of a page's lines, so that lines an outlet repeats on every article (its
template: promos, pleas, footers) can be recognised across stored articles.

A key is a short hash of the line's words, lower-cased, NFKC-folded and with every number
made "0", so the same promo with another date or count is the same key (as trafilatura's
cross-document deduplication treats repeated segments)."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable

_WORD = re.compile(r"\w+")
_DIGITS = re.compile(r"\d+")
_KEY_CHARS = 16  # 64 bits: no collision in any store a person keeps
_MIN_WORDS = 2  # a single word ("Nasional", "Foto") is too common to be an outlet's template


def line_key(text: str) -> str:
    """The key of one line: its words, lower-case, NFKC, numbers as 0, hashed (16 hex chars)."""
    folded = _DIGITS.sub("0", unicodedata.normalize("NFKC", text).lower())
    words = " ".join(_WORD.findall(folded))
    return hashlib.sha1(words.encode("utf-8")).hexdigest()[:_KEY_CHARS]


def _words(text: str) -> int:
    return len(_WORD.findall(unicodedata.normalize("NFKC", text)))


def page_keys(lines: Iterable[str]) -> set[str]:
    """The keys of a page's normalised lines (`clean.normalise`) of two or more words."""
    return {line_key(line) for line in lines if _words(line) >= _MIN_WORDS}

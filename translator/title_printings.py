"""Pure (round 35): of a headline printed twice in the header with the same words, the
printing that keeps its punctuation: a listing or slug form drops the comma ("Anak Cemas Masuk
Sekolah Baru Ini Cara ..."), the story's own title keeps it ("... Sekolah Baru, Ini Cara ...")."""

from __future__ import annotations

import re

_WORD = re.compile(r"\w+")
_MARK = re.compile(r"[,:;?!]")
_MIN_WORDS = 4


def fuller_printing(title: str | None, texts: list[str]) -> str | None:
    """The header line of `texts` that prints the title's words in the same order and case
    with more punctuation than it (commas, colons, a question mark), else the title."""
    if not title:
        return title
    words = _WORD.findall(title)
    if len(words) < _MIN_WORDS:
        return title
    marks = len(_MARK.findall(title))
    return next((t for t in texts if t != title and _WORD.findall(t) == words
                 and len(_MARK.findall(t)) > marks), title)

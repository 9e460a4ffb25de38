"""Round 36: a header's meta row that dates the post around the names it also prints.

The date-line test leaves a line as text when names stand beside its date; the header still
dates the post with it when the row is no sentence:

    "Mei 11, 2026  Departemen Kominfo  Tinggalkan komentar"   date, poster, comment link
    "Sari Dewi and Tomas Berg   |08.04.2026 - Update : 09.04.2026"   writers, bar, date, update
    "Kabar Kota Yusuf, S.Sos(Humas) 2 Juni 2026 08:40:10 WIB"   rubric, writer, unit, stamp

A caption or a sentence holding a date has words in lower case before it ("Warga antre di
pasar, 12 Mei 2026") or runs on past it; neither is read.
"""

from __future__ import annotations

import re

from .dates import find_date, find_time

# the poster's name then the theme's comment link, no "by" before it
_NAME_COMMENTS = re.compile(r"\s*(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+"
                            r"(?:(?:\d+|no|tidak ada)\s+(?:comments?|komentar)"
                            r"|leave a comment|tinggalkan komentar|beri komentar)\s*",
                            re.IGNORECASE)
# an update stamp after the date: "- Update : 22.05.2026", "| Diperbarui 3 Juni 2026 10:15"
_UPDATE_TAIL = re.compile(r"\s*[-–|•·]?\s*(?:updated?|diperbarui|diperbaharui|pembaruan)\s*:?\s*",
                          re.IGNORECASE)
# the words before the date: capitalised names and their links, a degree, a unit in brackets
_NAME_WORD = re.compile(r"[A-Z][\w.'’-]*,?|and|dan|&")
_UNIT = re.compile(r"\s*\([^()]{1,30}\)\s*")
_MAX_WORDS = 8


def meta_row(text: str) -> bool:
    """A header line of names and the post's date that is no sentence (see the module)."""
    found = find_date(text)
    if found is None:
        return False
    before, after = text[:found.start].strip(), text[found.end:]
    if not before:
        return bool(_NAME_COMMENTS.fullmatch(after))
    words = _UNIT.sub(" ", before).rstrip("|•·- ").split()
    if not 0 < len(words) <= _MAX_WORDS or not all(_NAME_WORD.fullmatch(w) for w in words):
        return False
    barred = before.endswith(("|", "•", "·"))
    tail = after.strip()
    if tail and not ((m := _UPDATE_TAIL.match(after)) and find_date(after[m.end():])):
        return False
    # the hour or a bar sets the stamp off the names; a bare date after names may be a caption's
    return barred or find_time(text[found.start:found.end]) is not None

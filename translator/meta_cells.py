"""Pure (round 37): a header's meta row cut into cells by bars, each cell a labelled field or
the post's date, and a rubric's path ending in the date; the date-line test leaves both as
text for their words, yet the header dates the post with them:

    "Kategori : Berita  |  Selasa, 28 April 2026  |  Oleh : Operator"   category, date, poster
    "Rubrik: Daerah | 3 Maret 2026 | Penulis: Rina"
    "news / 12 Maret 2026", "Berita Daerah › 4 Mei 2026"               rubric, then the date

A cell of prose, an unlabelled name, or anything after the rubric's date is no such row."""

from __future__ import annotations

import re

from .dates import find_date

_BAR = re.compile(r"\s+[|•·]\s+|\s*\|\s*")
# a field's label and its value: "Kategori : Berita", "Oleh: Operator", "Dibaca : 27"
_FIELD = re.compile(r"(?i:kategori|category|rubrik|rubric|kanal|section|tag|tags|label|oleh|by"
                    r"|penulis|author|editor|reporter|posted by|diposting oleh|dibaca|views"
                    r"|komentar|comments)\s*:\s*\S.{0,40}")
_RUBRIC_PATH = re.compile(r"\s*[A-Za-z][\w&'’-]*(?:\s[A-Za-z][\w&'’-]*)?\s*(?:/|›|»|>)\s*")


def _date_cell(cell: str) -> bool:
    found = find_date(cell)
    return found is not None and not cell[:found.start].strip(" ,") \
        and not cell[found.end:].strip(" ,.")


def labelled_cells(text: str) -> bool:
    """A row of two or more barred cells: one the date alone, every other a labelled field."""
    cells = [c.strip() for c in _BAR.split(text.strip()) if c.strip()]
    if len(cells) < 2:
        return False
    dated = [c for c in cells if _date_cell(c)]
    return len(dated) == 1 and all(c in dated or _FIELD.fullmatch(c) for c in cells)


def rubric_dated(text: str) -> bool:
    """A rubric of one or two words, a slash or a chevron, then the date and nothing more."""
    m = _RUBRIC_PATH.match(text)
    return m is not None and _date_cell(text[m.end():])

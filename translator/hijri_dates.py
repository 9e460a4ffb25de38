"""Pure (round 37): a Hijri date printed beside the Gregorian one on a post's stamp ("Sabtu, 28
Maret 2026 - 09:30 WIB | 9 Syawal 1447 H", "Selasa, 5 Mei 2026 / 18 Zulkaidah 1447 H"). The
Hijri date is no date the parser reads, and its words make the date-line test leave the stamp
as text: without it the line is a date line or a dated byline, and the Gregorian date is the
post's."""

from __future__ import annotations

import re

from .lines import classify_one

# The Hijri date closing the line after a separator: a day, a month's name (one or two words,
# "Rabiul Awal", "Dzulqa'dah"), a year of the Hijri calendar's 14th or 15th century and its
# mark ("H", "H.", "Hijriah", "AH").
_HIJRI_TAIL = re.compile(r"\s*[|/·•,–—-]\s*\(?\d{1,2}\s+[A-Z][A-Za-z'’]+(?:\s+[A-Z][A-Za-z'’]+)?"
                         r"\s+1[345]\d\d\s*(?:H\.?|Hijriah|Hijriyah|Hijriyyah|AH)\)?\s*$")


def without_hijri(text: str) -> str:
    """The line without a Hijri date closing it (as it is when none does)."""
    return _HIJRI_TAIL.sub("", text)


def hijri_stamp(text: str) -> bool:
    """A stamp of the post's date (a date line, or a byline with its date) that a Hijri date
    closes."""
    rest = without_hijri(text)
    if rest == text or not rest.strip():
        return False
    line = classify_one(rest)
    return line.kind in ("date", "byline") and bool(line.date)

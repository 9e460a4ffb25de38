"""Round 36: an agency's dateline with the day between the place and the agency's brackets.

    "Taichung, 14 Mei (CNA) – Sekitar ..."            the day and month, no year
    "BATUGADE, may 19 2026 (TATOLI)– Indonesian ..."   month first in lower case, dash glued
    "Hualien, 3 Juni 2026 (CNA) - Warga ..."

is read as "Taichung (CNA) – Sekitar ...", the form the rows know; the date stays for the
callers that date the post by the dateline (they read the printed line). A sentence never
puts an agency's name in brackets right before a dash after a date.
"""

from __future__ import annotations

import re

from .dates import MONTHS, _alternation

_MONTH = _alternation([m for m in MONTHS if len(m) >= 3])
_AGENCY_DATED = re.compile(
    r"(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}),\s+"
    rf"(?:\d{{1,2}}\s+(?i:{_MONTH})\.?|(?i:{_MONTH})\.?\s+\d{{1,2}})(?:,?\s+\d{{4}})?\s*"
    r"\((?P<agency>[A-Z][\w .&/-]{1,30})\)\s*(?P<dash>[-–—]{1,2})\s*(?=\S)")


def agency_dated(text: str) -> str | None:
    """The line with the day cut from between its place and agency, else None."""
    m = _AGENCY_DATED.match(text)
    if m is None:
        return None
    return f"{m['place']} ({m['agency']}) {m['dash']} {text[m.end():]}"

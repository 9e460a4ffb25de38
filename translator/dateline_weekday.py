"""Pure: a dateline that carries its weekday and a numeric date with no dash before the lead
("Sungai Limau, Selasa 17/2/26 Kepala Dinas ...", "Pariaman, Rabu 18/2/2026 Wali Kota ...",
"Lubuk Alung, Senin, 16/2/26 Camat ..."), as regency press offices type it. The weekday must
be the date's own: that agreement, not a list of places, tells the dateline from prose. A
two-digit year is 20YY."""

from __future__ import annotations

import datetime as dt
import re

# Indonesian and English weekday names, Monday first (datetime.weekday()).
_WEEKDAYS = {
    "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "jum’at": 4,
    "sabtu": 5, "minggu": 6, "ahad": 6,
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}

_WEEKDAY_DATED = re.compile(
    r"(?P<place>[A-Z][a-z'’]+(?:\s[A-Z][a-z'’]+){0,2}),\s*(?P<weekday>[A-Za-z'’]+),?\s+"
    r"(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>\d{4}|\d{2})\s+(?P<rest>[A-Z\"“‘].+)")


def weekday_dated(text: str) -> tuple[str, str, str] | None:
    """(place, lead, ISO date) when the line opens with "Place, Weekday d/m/yy " and a
    capitalised word, the weekday agreeing with the date; None otherwise."""
    m = _WEEKDAY_DATED.match(text)
    if m is None or (weekday := _WEEKDAYS.get(m.group("weekday").lower())) is None:
        return None
    year = int(m.group("year"))
    year += 2000 if year < 100 else 0
    try:
        day = dt.date(year, int(m.group("month")), int(m.group("day")))
    except ValueError:
        return None
    if day.weekday() != weekday:
        return None
    return m.group("place"), m.group("rest"), day.isoformat()

"""Pure (round 37): a regional edition's label before the town the story is filed from
("ROKAN HILIR, BAGAN BATU (13/4/2026) - ", "Kampar, Tapung - ", "GARUT, LIMBANGAN – "): a
regency's or a province's name, a comma, then a name no table knows as an outlet that the lead
names again (the town, "di Pasar Subuh Bagan Batu"), maybe the date in brackets, then the dash.
The town is the dateline and no outlet; the regency is the site's edition. A known city first
("PEKANBARU, RIAU", "Jayapura, Papua") is the place with its region (dateline_lists.py)."""

from __future__ import annotations

import re

from .dateline_names import _known, outlet_like
from .places_id import CITY_NAMES, PROVINCE_NAMES, REGENCY_NAMES

Dateline = tuple[str | None, str | None, str]

_BRACKET_DATE = r"(?:\s*\(\s*\d{1,2}/\d{1,2}(?:/\d{2,4})?\s*\))?"


def _edition(name: str) -> bool:
    """A regency's or a province's name that names no city of its own."""
    low = name.lower()
    return (low in REGENCY_NAMES or low in PROVINCE_NAMES) and low not in CITY_NAMES


def edition_pair(text: str, found: Dateline) -> Dateline:
    """`found` with the town alone for its place when its place is an edition's region and its
    outlet the town the lead names again (the shape above); else `found` as it was."""
    place, outlet, rest = found
    if not (place and outlet and _edition(place)) or "." in outlet or _known(outlet) \
            or outlet_like(outlet, acronyms=False) or _edition(outlet) \
            or not re.match(rf"{re.escape(place)},\s*{re.escape(outlet)}{_BRACKET_DATE}\s*[-–—]",
                            text) \
            or not re.search(rf"(?<![\w-]){re.escape(outlet)}(?![\w-])", rest, re.IGNORECASE):
        return found
    return outlet, None, rest

"""Pure (round 38): a place and its region's short form as one dateline. After a known place a
province's short form ("KUPANG, NTT - ", dateline_stamp.province_stamp) is no outlet, and so are
a province's short form joined to the place by a hyphen ("Sumbawa Besar-NTB, ", "Kupang-NTT – ")
and a regency's short form in capitals after a comma ("Tanjung, KLU – ", "Taliwang, KSB - "):
the dateline is the place with its region, as printed. A regency's short form in small letters
("Tenggarong, Kukar") stays out, for many are everyday syllables (places_id.REGENCY_SHORT). A
regency's seat whose name is an everyday word ("Tanjung", cape) is a place before its own
regency's short form ("Tanjung, KLU": Lombok Utara's seat). The date in brackets right after
the dash ("Tanjung, KLU – (18/04/2026) Sebanyak ...") is the dateline's, no part of the lead."""

from __future__ import annotations

import re

from .boilerplate import MIN_DATELINE_REST_WORDS
from .boilerplate_datelines import PROVINCE_SHORT
from .dateline_names import is_place
from .places_id import PROVINCES, REGENCY_SHORT

Dateline = tuple[str | None, str | None, str]

# a place's word may hold a hyphen before small letters ("Bau-Bau", "Toli-toli"), never before
# the region's capitals
_WORD = r"[A-Z][\w'’.]*(?:-[A-Z]?[a-z][\w'’.]*)*"
_REGION_STAMP = re.compile(rf"(?P<place>{_WORD}(?: {_WORD}){{0,3}}?)(?P<sep>,\s*|-)"
                           r"(?P<region>[A-Z]{2,7}|[A-Z][a-z]{2,6})(?P<close>\s*[-–—|,]{1,2}\s+)"
                           r"(?:\(\d{1,2}/\d{1,2}/(?:20)?\d{2}\)\s+)?(?P<rest>[A-Z\"“].*)",
                           re.DOTALL)


def _seats() -> dict[str, str]:
    """Regency (lower case) -> its seat (lower case), from the gazetteer's rows."""
    seats = {}
    for _, _, regencies, _ in PROVINCES:
        for item in regencies.split(";"):
            regency, _, seat = item.strip().partition("=")
            seats[regency.lower()] = (seat or regency).lower()
    return seats


_SEATS = _seats()


def _placed(place: str, short: str) -> bool:
    """A known place, or the seat of the regency the short form names."""
    regency = REGENCY_SHORT.get(short.lower())
    return is_place(place) or (regency is not None and _SEATS.get(regency) == place.lower())


def _region(short: str, joined: bool) -> bool:
    """A province's short form (in capitals when hyphen-joined), or a regency's in capitals."""
    if short.lower() in PROVINCE_SHORT:
        return short.isupper() or not joined
    return short.isupper() and short.lower() in REGENCY_SHORT


def region_stamp(text: str) -> Dateline | None:
    """("Place-PROV" / "Place, REG", None, rest) for the shapes above, else None."""
    m = _REGION_STAMP.fullmatch(text)
    # "Garut, Jabar, Warta Priangan - ": after "Place, REG" a comma goes on to the outlet
    if m is None or m.group("sep") != "-" and m.group("close").strip() == "," \
            or not _region(m.group("region"), m.group("sep") == "-") \
            or not _placed(m.group("place"), m.group("region")) \
            or len(m.group("rest").split()) < MIN_DATELINE_REST_WORDS:
        return None
    return text[:m.end("region")], None, m.group("rest")

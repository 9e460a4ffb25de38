"""Dateline shapes where the outlet and the place swap or run together (round 26).

Each reader takes a lead line (or a line alone) and gives (place, outlet, rest), or revises
what the other readers found; None when the shape is not there.
"""

from __future__ import annotations

import re

from .boilerplate_datelines import _DOMAIN, REGION_ABBREVIATIONS
from .dateline_address import _GLUED_OUTLET
from .dateline_names import _squash, is_furniture_word, is_place

Dateline = tuple[str | None, str | None, str]

_DASH = r"\s*[-–—]{1,2}\s*"

# "A-TIMES,BOLSEL — ", "B-NEWS, BOLTIM – ", "TVRI-SULUT,BITUNG - ": a shouted outlet with a
# hyphen in it, a comma, a shouted place, a dash (other readers split the outlet at its hyphen).
_SHOUTED_PAIR = re.compile(r"(?P<outlet>[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+), ?(?P<place>[A-Z]{4,}"
                           r"(?: [A-Z]{3,})?)" + _DASH + r"(?P<rest>[A-Z\"“].+)")

# "GRESIK gresiknews1- Ratusan", "SURABAYA jatimnow.com - Warga", "Kediri kedirinews – ": a
# place, then the outlet's name in lower case as its logo spells it (digits, an address or an
# outlet word in it, so no sentence's word), then a dash.
_PLACE_LOWER_BRAND = re.compile(r"(?P<place>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?) "
                                r"(?P<outlet>[a-z][a-z0-9]{3,}(?:\.[a-z]{2,4}){0,2})"
                                + _DASH + r"(?P<rest>[A-Z\"“].+)")

# An institution's own stamp where a dateline stands: "Kejati Gorontalo – Kamis 12 Februari",
# "Humas Polres Kotamobagu – Satuan ...", "Pemkab Bone – Bupati ...": the unit, no place.
_INSTITUTION_WORDS = frozenset("""
humas kejati kejari polres polresta polda polsek pemkab pemkot pemprov diskominfo kodim
korem lanal lapas rutan kemenag bawaslu kpu dprd setda prokopim dinas satpol kominfo
""".split())

# After an outlet's dash the place and a bracketed date with no second dash: "Gardamedia.org-
# Medan (11/2) Pemerintahan", "Kompas.com - Jakarta (5/3/2026) Warga", "X.id – Ambon (2/1)".
_PLACE_BRACKET_DATE = re.compile(r"(?P<place>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)\s*"
                                 r"\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)\s*[-–—,]?\s*"
                                 r"(?P<rest>[A-Z\"“].+)")

# "Pangkalpinang Aspirasipos.com", "Makassar Tribun-Timur.com": a known place, then the outlet's
# web address, with no comma between them.
_PLACE_THEN_DOMAIN = re.compile(rf"(?P<place>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?) "
                                rf"(?P<outlet>{_DOMAIN})")

# A line alone: "Media Humas Polri // Bitung", "Tribratanews // Manado", "KOMPAS.com // Jakarta":
# the outlet, a double slash, the place.
_SLASHED = re.compile(r"(?P<outlet>[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,4})\s*//\s*"
                      r"(?P<place>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)")

# An English desk's stamp alone on its line: "The Jakarta Post, Sumenep, Fri, 02/13/2026 9:47 AM",
# "The Jakarta Post, Jakarta, Mon, 03/02/2026 10:15 AM": outlet, place, weekday, date and time.
_DESK_STAMP = re.compile(r"(?P<outlet>(?:The )?[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,3}),\s*"
                         r"(?P<place>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?),\s*"
                         r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+\d{1,2}/\d{1,2}/\d{4}"
                         r"(?:\s+\d{1,2}:\d{2}\s*(?:AM|PM|am|pm)?)?")


def shouted_pair(text: str) -> Dateline | None:
    """(place, outlet, rest) for "A-TIMES,BOLSEL — ..."; else None."""
    if (m := _SHOUTED_PAIR.match(text)) and not is_furniture_word(m["place"]) \
            and not is_furniture_word(m["outlet"]) and not is_place(m["outlet"]):
        return m["place"], m["outlet"], m["rest"]
    return None


def swapped_lead(text: str) -> Dateline | None:
    """(place, outlet, rest) for lead shapes the tables miss: "GRESIK gresiknews1- ...", and a
    known place alone before a bracketed date, no dash ("Medan (11/2) Pemerintah ..."); else
    None."""
    if (m := _PLACE_LOWER_BRAND.match(text)) and is_place(m["place"]) \
            and (any(c.isdigit() for c in m["outlet"]) or "." in m["outlet"]
                 or _GLUED_OUTLET.fullmatch(m["outlet"])
                 or _squash(m["place"]) in m["outlet"]):  # "MEDAN kabarmedan- "
        return m["place"], m["outlet"], m["rest"]
    if (m := _PLACE_BRACKET_DATE.match(text)) and is_place(m["place"]):
        return m["place"], None, m["rest"]
    return None


_BRACKET_DATE = re.compile(r"\d{1,2}/\d{1,2}(?:/\d{2,4})?")


def institution_stamp(found: Dateline) -> Dateline:
    """The found dateline without its place when that "place" is an institution's own stamp
    ("Kejati Gorontalo", "Humas Polres Kotamobagu"): the paragraph still loses the stamp. A
    place's trailing dots go ("GORONTALO.. "), and a bracketed date read as the outlet."""
    place, outlet, rest = found
    if place and place.endswith("..") and place.rstrip("."):
        place = place.rstrip(".")
        found = place, outlet, rest
    if outlet and _BRACKET_DATE.fullmatch(outlet):
        outlet = None  # "Medan (11/2/2026) - ": the bracket holds the date, no outlet's name
        found = place, outlet, rest
    words = (place or "").split()
    if outlet is None and 2 <= len(words) <= 4 and words[0].lower() in _INSTITUTION_WORDS:
        return None, None, rest
    return found


_STAMP_HEAD = re.compile(r"(?P<first>[A-Z][A-Za-z]+)(?: [A-Z][\w.]*){1,3}\s*[-–—]{1,2}\s")


def institution_led(text: str) -> bool:
    """The lead opens with an institution's stamp and a dash ("Polres Sanggau - Personel ..."):
    the stamp stands where a dateline would, so no place is to be guessed for it."""
    m = _STAMP_HEAD.match(text)
    return bool(m) and m["first"].lower() in _INSTITUTION_WORDS


def place_after_outlet(found: Dateline) -> Dateline:
    """"Gardamedia.org- Medan (11/2) Pemerintahan ...": the place and its bracketed date after
    the outlet's dash; else `found` as it was."""
    place, outlet, rest = found
    if place is None and outlet and (m := _PLACE_BRACKET_DATE.match(rest)) \
            and is_place(m["place"]):
        return m["place"], outlet, m["rest"]
    return found


def place_then_domain(name: str) -> tuple[str, str] | None:
    """(place, outlet) for "Pangkalpinang Aspirasipos.com": a known place, then the outlet's
    address, no comma between them; else None."""
    m = _PLACE_THEN_DOMAIN.fullmatch(name)
    return (m["place"], m["outlet"]) if m and is_place(m["place"]) else None


def brand_before_place(name: str, place: str) -> bool:
    """Before the known `place` the `name` is the outlet: a brand's words ending in a
    province's short form, the first no place ("Sijori Kepri", "Tribun Jabar", "Batam Pos
    Kepri"); or one word that glues a brand's word to that place's name ("Kabarmedan, Medan",
    "Tribunbatam, Batam")."""
    words = name.split()
    if len(words) == 1 and not is_place(name):
        low, at = _squash(name), _squash(place)
        return len(at) >= 4 and at in low and len(low) - len(at) >= 4
    return 2 <= len(words) <= 3 and words[-1].lower() in REGION_ABBREVIATIONS \
        and not is_place(words[0]) and not is_place(name)


def slashed_or_desk(text: str) -> tuple[str, str] | None:
    """(place, outlet) for a line alone that is "Outlet // Place" or an English desk's stamp
    ("The Jakarta Post, Sumenep, Fri, 02/13/2026 9:47 AM"); else None."""
    m = _SLASHED.fullmatch(text.strip()) or _DESK_STAMP.fullmatch(text.strip())
    if m and is_place(m["place"]) and not is_place(m["outlet"]) \
            and not is_furniture_word(m["outlet"]):
        return m["place"], m["outlet"]
    return None

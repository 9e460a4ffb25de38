"""Pure: the dateline that opens a story ("JAKARTA, KOMPAS.com -", "Liputan6.com, Jakarta -",
"KBR - Jakarta -", "JAKARTA Pemerintah ...") as its place and its outlet.

The shapes are rows of boilerplate.DATELINES; this module decides what the names in them are.
An outlet is the outlet, not the place ("KBR -", "MINEWS -", "RMOL."); a furniture word is
neither ("ADVERTISEMENT", "Premium"); in the order `X - Y -` whichever is a known place is the
place."""

from __future__ import annotations

import re
from itertools import takewhile

from .boilerplate import (
    BARE_DATELINE,
    DATELINES,
    FURNITURE,
    MIN_DATELINE_REST_WORDS,
    NOT_DATELINE_WORDS,
    OUTLET_WORDS,
    OUTLETS,
    PLACES,
    UNPUNCTUATED_DATELINE,
    WIDGET_WORDS,
)
from .lines import known_outlet

_DOMAIN = re.compile(r"(?:[\w-]+\.)+[a-z]{2,3}", re.IGNORECASE)
# An unknown all-capitals name this short is an acronym: an outlet ("KBR", "SL"), not a place.
_MAX_ACRONYM = 3
# An all-capitals name no table knows is taken for a place from this length ("PEKANBARU").
_MIN_UPPER_PLACE = 4
# Glued to its dash ("PEKANBARU-Pemerintah"), an unknown shouted name must be longer still:
# "ASEAN-Jepang", "COVID-Varian" are compounds.
_MIN_GLUED_SHOUTED = 6

Dateline = tuple[str | None, str | None, str]
# Outlets' names as a whole dateline name, in any case: in running text "antara" is a word,
# but a dateline that is only "ANTARA" or "Pikiran Rakyat" names the outlet.
_OUTLET_NAMES = tuple(re.compile(o.pattern, re.IGNORECASE) for o in OUTLETS)


def match_dateline(text: str) -> Dateline | None:
    """(place, outlet, paragraph text) when the line opens with a dateline."""
    for row in DATELINES:
        m = row.pattern.fullmatch(text)
        if not m or len(m.group("rest").split()) < MIN_DATELINE_REST_WORDS:
            continue
        g = m.groupdict()
        names = _resolve(g.get("place"), g.get("outlet"))
        if names is None:
            continue
        place, outlet = names
        if row.strict and not (is_place(place) or _known(outlet)):
            continue
        if row.pair and not any(is_place(n) or _known(n) for n in names):
            continue
        if row.named and not (outlet and outlet_like(outlet, acronyms=False)):
            continue  # "JAKARTA-BANDUNG, Kereta ...": two places, no outlet
        rest = m.group("rest").strip()
        if row.glued and not _glued_place(place, rest):
            continue
        if rest[0].islower() and not (is_place(place) or _known(outlet)):
            continue  # "Menurut Kepala Dinas - yang ...": an aside, not a dateline
        return place, outlet, rest
    return _unpunctuated(text)


def bare_dateline(text: str, sites: tuple[str, ...] = ()) -> tuple[str | None, str | None] | None:
    """(place, outlet) when a line is only a dateline: "JAKARTA -", "Jakarta", "KOMPAS.com -",
    "SAMARINDA, Poskota Kaltim" (an outlet's name that reads as one, or that the page's own
    top lines, `sites`, print as its logo)."""
    m = BARE_DATELINE.fullmatch(text)
    if m is None:
        return None
    place = m.group("place")
    outlet = m.group("outlet") or m.group("outlet2") or m.group("outlet3")
    named = m.group("outlet4")
    if named:
        # "SAMARINDA, Poskota Kaltim": a shouted or known place, then a name that is no place
        if not place or is_place(named) or is_furniture_word(named) \
                or not (is_place(place) or place.isupper()) \
                or not (outlet_like(named, acronyms=False)
                        or _squash(named) in map(_squash, sites)):
            return None
        outlet = named
    names = _resolve(place, outlet, acronyms=False)  # a lone "KPK" line is a label
    if names is None:
        return None
    place, outlet = names
    if place and not outlet and not is_place(place) \
            and not (place.isupper() and len(place) >= _MIN_UPPER_PLACE):
        return None  # "Nasional", "Baca": a word on a line is not a dateline
    if not place and not outlet:
        return None
    return place, outlet


def _glued_place(place: str | None, rest: str) -> bool:
    """"Solo-Wali Kota ...", "PEKANBARU-Pemerintah ...": a dash with no space after a known
    place, or after a shouted name, opens a story; "Jakarta-Bandung", "ASEAN-Jepang" (a route,
    a pair: the next word is a place too) do not."""
    if not place:
        return False
    words = rest.split()
    if any(is_place(" ".join(words[:n]).strip(",.")) for n in (1, 2)):
        return False
    return is_place(place) or (place.isupper() and len(place) >= _MIN_GLUED_SHOUTED
                               and not outlet_like(place))


def is_place(name: str | None) -> bool:
    """A place the tables know ("Jakarta", "NEW DELHI")."""
    return bool(name) and name.lower().strip(" .") in PLACES


def is_furniture_word(name: str) -> bool:
    """Page chrome that a dateline shape can catch: "ADVERTISEMENT", "Premium", "EKSKLUSIF"."""
    if is_place(name):
        return False
    words = name.lower().split()
    return all(w in WIDGET_WORDS or w in NOT_DATELINE_WORDS for w in words) \
        or any(rx.fullmatch(name) for _, rx in FURNITURE)


def outlet_like(name: str, acronyms: bool = True) -> bool:
    """A name that reads as a publisher's: known, a domain, an outlet word ("MINEWS",
    "Radar Bogor") or (with `acronyms`) a short acronym that is no known place ("KBR")."""
    if _known(name):
        return True
    if is_place(name):
        return False
    if OUTLET_WORDS.search(name):
        return True
    letters = re.sub(r"\W", "", name)
    return acronyms and letters.isupper() and len(letters) <= _MAX_ACRONYM


def outlet_name(name: str) -> str | None:
    """The display name of the known outlet that `name` is, in any case ("PIKIRAN RAKYAT")."""
    return known_outlet(name) or next(
        (o.name for o, rx in zip(OUTLETS, _OUTLET_NAMES, strict=True) if rx.fullmatch(name)),
        None)


def _squash(text: str) -> str:
    """Letters and digits only, lower-case: "Poskota Kaltim" == "POSKOTA KALTIM"."""
    return re.sub(r"[\W_]+", "", text.lower())


def _known(name: str | None) -> bool:
    """A known outlet's name in any case, or a domain."""
    return bool(name) and bool(outlet_name(name) or _DOMAIN.fullmatch(name))


def _resolve(place: str | None, outlet: str | None, acronyms: bool = True
             ) -> tuple[str | None, str | None] | None:
    """The names of a dateline as (place, outlet), the roles fixed by what each name is; None
    when a name is page furniture."""
    place = place.strip() if place else None
    outlet = outlet.strip() if outlet else None
    if place and not outlet_like(place, acronyms):
        place = _without_chrome(place)
    if any(n and is_furniture_word(n) for n in (place, outlet)):
        return None
    if place and outlet and is_place(outlet) and not is_place(place) \
            and (outlet_like(place, acronyms) or (place.isupper() and not outlet.isupper())):
        # "KBR - Jakarta -": the known place is the place; so in "SUARAINDONESIA1, Manado -",
        # where an unknown shouted name stands before a known place in sentence case
        place, outlet = outlet, place
    if place and not outlet and outlet_like(place, acronyms):
        place, outlet = None, place  # "VIVA -", "RMOL.", "KBR -" name the outlet, not a place
    return place, outlet


def _without_chrome(place: str) -> str:
    """"ADVERTISEMENT JAKARTA" -> "JAKARTA": a label copied onto the dateline's line."""
    words = place.split()
    while len(words) > 1 and is_furniture_word(words[0]):
        words.pop(0)
    return " ".join(words)


def _unpunctuated(text: str) -> Dateline | None:
    """A dateline with no dash before the sentence: "JAKARTA Pemerintah ...", "jpnn.com,
    JAKARTA Pemerintah ...", "SEMARANG, KOMPAS.com Warga ..."."""
    m = UNPUNCTUATED_DATELINE.fullmatch(text)
    if m is None or len(m.group("rest").split()) < MIN_DATELINE_REST_WORDS:
        return None
    outlet = m.group("outlet") or m.group("outlet2")
    words = m.group("place").split()
    # The place is the longest run of words the tables know as one, or, after an outlet's name,
    # the run of capitals ("jpnn.com, KOTAWARINGIN BARAT Penjagaan ...").
    known = [n for n in range(len(words), 0, -1) if is_place(" ".join(words[:n]))]
    caps = len(list(takewhile(str.isupper, words)))
    n = known[0] if known else caps if outlet and caps else 0
    place = " ".join(words[:n])
    if not n or (len(place) < _MIN_UPPER_PLACE and not known) or is_furniture_word(place):
        return None
    if not outlet and not place.isupper():
        return None  # "Jakarta International Stadium menjadi ...": a sentence, no dateline
    if m.group("outlet2") and n < len(words):
        return None  # "SEMARANG X, KOMPAS.com": the outlet's name follows the whole place
    return place, outlet, " ".join([*words[n:], m.group("rest")])

"""Pure (round 38): a dateline of a known place and the outlet's web address with no dash
between them and the lead, in either order: "Ngawi pojokpitu.com, Kelompok tani ..." (the
place, a space, the address, a comma), "srtv.co.id Nganjuk | Menjelang ..." (the address, the
place, a bar), "Belawan l Triknews.co l Tim ..." (a letter l for each bar). The place must be
known (or the address set off by bars on both sides) and the address must carry a web suffix: a sentence opening with a place ("Ngawi kembali
...") or naming a site in passing ("Warga Ngawi membaca detik.com, ...") is no such stamp.
Also a brand's one-word name, a dash, the shouted place and a dash ("BNews—GRABAG— Angin ...",
"KabarNews – SLEMAN – Warga ..."): the brand must read as a publisher's, the place be known or
shouted (a district the gazetteer lacks)."""

from __future__ import annotations

import re

from .boilerplate import MIN_DATELINE_REST_WORDS
from .boilerplate_datelines import _DOMAIN
from .dateline_names import is_furniture_word, is_place, outlet_like

Dateline = tuple[str | None, str | None, str]

_PLACE = r"[A-Z][A-Za-z'’]+(?:\s[A-Z][A-Za-z'’]+){0,2}?"
# between the two names: a bar, a comma, a letter l standing for a bar, or a space
_JOIN = r"(?P<join>\s*[|,]\s*|\s+l\s+|\s+)"
# after them: a bar, a comma, a colon or a letter l; a dash is the tables' (datelines.py)
_CLOSE = r"(?P<close>\s*[|,:]\s*|\s+l\s+)"
_REST = r"(?P<rest>[A-Z\"“‘].+)"
_SHAPES = (re.compile(rf"(?P<place>{_PLACE}){_JOIN}(?P<outlet>{_DOMAIN}){_CLOSE}{_REST}",
                      re.DOTALL),
           re.compile(rf"(?P<outlet>{_DOMAIN}){_JOIN}(?P<place>{_PLACE}){_CLOSE}{_REST}",
                      re.DOTALL))


_MIN_SHOUTED = 4  # "GRABAG": a shouted district; not initials ("DPR", "TNI")
_BRAND_DASHED = re.compile(r"(?P<outlet>[A-Z][A-Za-z0-9]+)\s*[-–—]{1,2}\s*"
                           r"(?P<place>[A-Z][A-Za-z'’]+(?:\s[A-Z][A-Za-z'’]+)?)\s*[-–—]{1,2}\s*"
                           r"(?P<rest>[A-Z\"“‘][a-z\"“‘]*\s.+)", re.DOTALL)


def brand_dashed(text: str) -> Dateline | None:
    """(place, brand, lead) for "BNews—GRABAG— Angin ...", else None."""
    m = _BRAND_DASHED.fullmatch(text)
    if m is None or len(m.group("rest").split()) < MIN_DATELINE_REST_WORDS:
        return None
    place, brand = m.group("place"), m.group("outlet")
    shouted = place.isupper() and len(place.replace(" ", "")) >= _MIN_SHOUTED
    if not (is_place(place) or shouted) or is_place(brand) or not outlet_like(brand) \
            or is_furniture_word(place):
        return None
    return place, brand, m.group("rest")


def _barred(m: re.Match[str]) -> bool:
    """Bars on both sides of the address ("Belawan l Triknews.co l "): the stamp's own setting,
    which prose never has, so a place the gazetteer does not know (a port, a district) is one;
    at most two words."""
    return m.group("join").strip() in ("|", "l") and m.group("close").strip() in ("|", "l") \
        and len(m.group("place").split()) <= 2


def address_pair(text: str) -> Dateline | None:
    """(place, address, lead) for one of the shapes above, else None."""
    for shape in _SHAPES:
        m = shape.fullmatch(text)
        if m and (is_place(m.group("place")) or _barred(m)) \
                and len(m.group("rest").split()) >= MIN_DATELINE_REST_WORDS:
            return m.group("place"), m.group("outlet"), m.group("rest")
    return None

"""Pure: dateline shapes the tables (boilerplate_datelines.DATELINES) and the other readers
never read, each strict: a known place must stand in it, or the date the dateline carries must
agree with its weekday. datelines.match_dateline calls `forms_dateline` last."""

from __future__ import annotations

import re

from .boilerplate_datelines import _DOMAIN, REGION_ABBREVIATIONS
from .dateline_names import is_furniture_word, is_place
from .dateline_shape import _MIN_UPPER_PLACE
from .dateline_weekday import weekday_dated

Dateline = tuple[str | None, str | None, str]

_DASH = r"\s*[-–—]{1,2}\s+"
_LEAD = r"(?P<rest>[A-Z\"“‘].+)"
_NAME = r"[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2}"

# "Sumbawa NTB - Personel ...", "Kupang NTT – Pemerintah ...", "Makassar Sulsel - Warga ...":
# the town, then its province's short form, the two as the dateline's place.
_REGION_SUFFIXED = re.compile(
    rf"(?P<place>[A-Z][a-z'’]+(?:\s[A-Z][a-z'’]+)?)\s+(?P<region>[A-Z][A-Za-z]{{2,6}}){_DASH}{_LEAD}")

# "Lenterapos.id AMBON – ...", "GOPOS.ID LIMBOTO – ...", "kabarbima.com BIMA - ...": the
# outlet's address, a space, the shouted place, then the dash.
_DOMAIN_SPACE_PLACE = re.compile(
    rf"(?P<outlet>{_DOMAIN})\s+(?P<place>[A-Z]{{3,}}(?:\s[A-Z]{{3,}}){{0,2}}){_DASH}{_LEAD}")

# "KabarTimur, (Ambon) | Warga ...", "Suara Papua, (Jayapura) – ...", "KabarNTT (Kupang) :
# ...": the outlet's name, then the place in brackets, then a bar, dash or colon.
_OUTLET_BRACKET_PLACE = re.compile(
    rf"(?P<outlet>{_NAME}),?\s*\((?P<place>[A-Z][\w'’]*(?:\s[A-Z][\w'’]*){{0,2}})\)"
    rf"\s*[-–—|:]{{1,2}}\s*{_LEAD}")

# "Waingapu (Sumbanews), warga desa ...", "Ende (Flores Pos), pemerintah ...": the place, the
# outlet in brackets, then a comma and the lead, which may go on in lower case.
_PLACE_BRACKET_COMMA = re.compile(
    rf"(?P<place>[A-Z][a-z'’]+(?:\s[A-Z][a-z'’]+)?)\s*\((?P<outlet>{_NAME})\),\s+"
    r"(?P<rest>[\w\"“‘].+)")

# "Relief Desk Bima OfficeBIMA. Volunteers ...", "Humas Pemkab SikkaMAUMERE. Ratusan ...": the issuing
# office's name glued to the shouted place, then a full stop or dash.
_OFFICE_GLUED_PLACE = re.compile(
    r"(?:[A-Z][\w]*\s){0,4}[A-Z][\w]*[a-z](?P<place>[A-Z]{3,}(?:\s[A-Z]{3,})?)"
    rf"(?:\.\s+|{_DASH}){_LEAD}")


def forms_dateline(text: str) -> Dateline | None:
    """(place, outlet, lead) for one of the shapes above; None otherwise."""
    if (dated := weekday_dated(text)) is not None:
        return dated[0], None, dated[1]
    m = _REGION_SUFFIXED.fullmatch(text)
    if m and m.group("region").lower() in REGION_ABBREVIATIONS and is_place(m.group("place")):
        return f"{m.group('place')} {m.group('region')}", None, m.group("rest")
    m = _DOMAIN_SPACE_PLACE.fullmatch(text)
    if m and is_place(m.group("place")):
        return m.group("place"), m.group("outlet"), m.group("rest")
    for shape in (_OUTLET_BRACKET_PLACE, _PLACE_BRACKET_COMMA):
        m = shape.fullmatch(text)
        if m and is_place(m.group("place")) and not is_place(m.group("outlet")) \
                and not is_furniture_word(m.group("outlet")):
            return m.group("place"), m.group("outlet"), m.group("rest")
    m = _OFFICE_GLUED_PLACE.fullmatch(text)
    if m and is_place(m.group("place")):
        return m.group("place"), None, m.group("rest")
    return None


def named_first(rest: str, sites: tuple[str, ...]) -> tuple[str, str] | None:
    """(outlet, sentence) when the text after a place's dash opens with the page's own name
    as its logo line shouts it and a capitalised word, with no dash between them (a menu's
    "Pemerintah" over "JAKARTA – Pemerintah Kota ..." is no such name)."""
    for site in (s.strip() for s in sites):
        if len(site) >= _MIN_UPPER_PLACE and site.isupper() and not is_place(site) \
                and rest.startswith(site + " ") \
                and rest[len(site) + 1:][:1].isupper():
            return site, rest[len(site) + 1:]
    return None

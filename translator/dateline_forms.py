"""Pure: dateline shapes the tables (boilerplate_datelines.DATELINES) and the other readers
never read, each strict: a known place must stand in it, or the date the dateline carries must
agree with its weekday. datelines.match_dateline calls `forms_dateline` last."""

from __future__ import annotations

import re
import unicodedata

from .boilerplate_datelines import _DOMAIN, REGION_ABBREVIATIONS
from .dateline_guard import OFFICE_WORDS
from .dateline_lone import _PROBE
from .dateline_pairs import address_pair, brand_dashed
from .dateline_names import _PLACE_PARTS, _squash, is_furniture_word, is_place
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


# The place's name in a dateline: one to three capitalised or shouted words.
_PLACE_NAME = r"[A-Z][A-Za-z'’]+(?:\s[A-Z][A-Za-z'’]+){0,2}"
# A date printed after a dateline's names: "9 Februari 2026", "10/02/2026", "March 5, 2026".
_DATE = (r"(?:\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}"
         r"|[A-Z][a-z]+\.?\s+\d{1,2},\s*\d{4})")
_ANY_DASH = r"\s*[-–—]{1,2}\s*"

# "Jakarta, 10/02/2026 Kemenkeu – ...", "Medan, 12 Februari 2026 Humas Polda – ...": the
# place, the date, then the office or outlet that issued the story, and the dash.
_DATED_ISSUER = re.compile(
    rf"(?P<place>{_PLACE_NAME}),\s*{_DATE}\s+(?P<outlet>[A-Z][\w.]*(?:\s[A-Z][\w.]*){{0,2}})"
    rf"{_ANY_DASH}{_LEAD}")

# "Ambon, Maluku (DMS) – ...", "Kupang, NTT (ANTARA) – ...", "Sorong, Papua Barat Daya (RRI)
# – ...": the place, its province, then the outlet in brackets and the dash.
_PROVINCE_BRACKET = re.compile(
    rf"(?P<place>{_PLACE_NAME}),\s*(?P<region>{_PLACE_NAME})\s*\((?P<outlet>[^()]{{2,30}})\)"
    rf"{_ANY_DASH}{_LEAD}")

# "Tulungagung|Andikanews.com Puluhan ...", "Blitar | jatimnow.com Warga ...": the place, a
# bar, the outlet's address, and the sentence with no dash before it.
_BARRED_ADDRESS = re.compile(
    rf"(?P<place>{_PLACE_NAME})\s*\|\s*(?P<outlet>{_DOMAIN})\s+(?P<rest>[A-Z\"“‘][a-z].+)")


def forms_dateline(text: str, sites: tuple[str, ...] = ()) -> Dateline | None:
    """(place, outlet, lead) for one of the shapes above; None otherwise; `sites`: the page's
    top lines, where its logo stands."""
    if (found := _later_forms(text, sites)) is not None:
        return found
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
    # round 38: "Ngawi pojokpitu.com, ...", "srtv.co.id Nganjuk | ...", "BNews—GRABAG— ..."
    return address_pair(text) or brand_dashed(text)


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


def _later_forms(text: str, sites: tuple[str, ...]) -> Dateline | None:
    """forms_dateline's shapes with a date, a province or a bar between the names."""
    m = _DATED_ISSUER.fullmatch(text)
    if m and is_place(m.group("place")) and not is_place(m.group("outlet")) \
            and not is_furniture_word(m.group("outlet")):
        return m.group("place"), m.group("outlet"), m.group("rest")
    m = _PROVINCE_BRACKET.fullmatch(text)
    if m and is_place(m.group("place")) and not is_place(m.group("outlet")) \
            and (is_place(m.group("region"))
                 or m.group("region").lower() in REGION_ABBREVIATIONS):
        return m.group("place"), _logo_of(m.group("outlet"), sites), m.group("rest")
    return _barred_address(text)


def _logo_of(short: str, sites: tuple[str, ...]) -> str:
    """The page's logo line that holds a bracket's short name as one of its words ("DMS" in
    "Radio DMS Ambon", "RRI" in "RRI Sorong"): the outlet by its full name; else `short`."""
    return next((s.strip() for s in sites if short in s.split() and s.strip() != short
                 and len(s.split()) <= _MAX_LOGO_WORDS), short)


_MAX_LOGO_WORDS = 4


def _barred_address(text: str) -> Dateline | None:
    """_BARRED_ADDRESS on the text as read, its letters folded (a logo's "𝗧𝘂𝗹𝘂𝗻𝗴𝗮𝗴𝘂𝗻𝗴|
    𝗔𝗻𝗱𝗶𝗸𝗮𝗻𝗲𝘄𝘀.𝗰𝗼𝗺" set in mathematical bold letters): the place as printed, the address
    folded (the outlet's name), the sentence as printed."""
    folded = unicodedata.normalize("NFKC", text)
    m = _BARRED_ADDRESS.fullmatch(folded)
    if m is None or not is_place(m.group("place")):
        return None
    if len(folded) != len(text):  # a fold that changed the length: positions do not map
        return m.group("place"), m.group("outlet"), m.group("rest")
    return text[m.start("place"):m.end("place")], m.group("outlet"), text[m.start("rest"):]


# "KHABAR, PALANGKA RAYA – ...", "NTTBacarita, Oelamasi, 9 Februari 2026 — ...",
# "Online24jam, Makassar, — ...": the page's own name as its logo line prints it, a known
# place, maybe a date, then the dash (a comma may stand before it).
_LOGO_LED = re.compile(
    rf"(?P<outlet>[A-Za-z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){{0,3}}),\s*(?P<place>{_PLACE_NAME})"
    rf"(?:,\s*{_DATE})?\s*,?{_ANY_DASH}{_LEAD}")


def logo_led(text: str, sites: tuple[str, ...]) -> Dateline | None:
    """(place, outlet, lead) when the lead opens with the page's own name (`sites`: its top
    lines) before a known place; None otherwise."""
    m = _LOGO_LED.fullmatch(text)
    if m is None or not is_place(m.group("place")) or is_place(m.group("outlet")) \
            or is_furniture_word(m.group("outlet")):
        return None  # a menu's "Politik" among the top lines is no name of the page's
    own = _squash(m.group("outlet"))
    if not any(own and own == _squash(_WEB_END.sub("", s.strip())) for s in sites):
        return None
    return m.group("place"), m.group("outlet"), m.group("rest")


_WEB_END = re.compile(r"\.(?:com|co\.id|id|net|news)$", re.IGNORECASE)


def logo_glued_place(name: str | None, sites: tuple[str, ...]) -> str | None:
    """The place of a dateline name that opens with the first word(s) of the page's logo
    glued on ("Kilas Bengkulu Utara" under the logo "Kilas Bengkulu", "Jejak Sumba Timur"
    under "Jejak Sumba"): the known place the rest names; None otherwise."""
    if not name or is_place(name):
        return None
    words = name.split()
    low = [w.lower() for w in words]
    # the whole logo opens the name, which runs on past it (the logo "POLRES SANGGAU" over
    # "Polres Sanggau - ..." is the page's own name, no glued place)
    logos = [logo for s in sites if 0 < len(logo := s.lower().split()) < len(words)
             and low[:len(logo)] == logo]
    # round 31: an office's name that runs on past the logo's ("Polda Papua Tengah" under the
    # logo "Polda Papua", "Polres Aceh Barat" under "Polres Aceh", "Pemkab Bogor Barat" under
    # "Pemkab Bogor") is the issuing office, no logo glued to a place
    for k in range(1, max(map(len, logos), default=0) + 1):
        rest = " ".join(words[k:])
        if low[0] not in _PLACE_PARTS and low[0] not in OFFICE_WORDS and not is_place(" ".join(words[:k])) and is_place(rest):
            return rest
    return None


def stopless(place: str | None) -> str | None:
    """"TABANAN." -> "TABANAN": a dateline's place with the full stop that closed its line
    (a shouted or known name; "Kab." keeps its abbreviation's stop)."""
    if not place or not place.endswith(".") or "." in place[:-1]:
        return place
    bare = place[:-1]
    return bare if is_place(bare) or (bare.isupper() and len(bare) >= _MIN_UPPER_PLACE) else place


# An outlet's address right after a lone place's separator, the sentence after it with no
# dash: "Kupang|WartaKini.com Pemerintah ...", "Ende - florespos.co.id Warga ...".
_ADDRESS_OPENS = re.compile(rf"(?P<outlet>{_DOMAIN})\s+(?=[A-Z\"“‘][a-z])")


def address_first(found: Dateline) -> Dateline:
    """A dateline read as a place alone whose sentence opens with the outlet's address: the
    address is the outlet, the sentence follows it."""
    place, outlet, rest = found
    m = _ADDRESS_OPENS.match(rest) if place and not outlet else None
    return (place, m.group("outlet"), rest[m.end():]) if m else found


def logo_alone(text: str, sites: tuple[str, ...]) -> tuple[str | None, str | None] | None:
    """"KHABAR, PALANGKA RAYA –" alone on its line: the page's logo name, then a known place."""
    found = logo_led(f"{text.strip().rstrip(' -–—')} – {_PROBE}", sites)
    return found[:2] if found else None

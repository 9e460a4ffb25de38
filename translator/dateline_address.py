"""Pure: round-20 dateline shapes around an outlet's address or its own name, each strict (a
known place, an address or the page's own name, and a dash or stop before a capitalised
sentence).

"SAMBAR.ID//GARUT- " (the address, a double slash, the place); "http://www.x.com (TEMBILAHAN)
– " (the address, the place in brackets); "Langgur (Ohoi X), suaradamai.com – " (a village in
brackets after the place, then the address); "...di PantaiLARAT, LELEMUKU.COM – " (the headline
glued before the shouted place); "LimaSisiNews, Sleman (DIY) – " (the outlet, the place, its
province in brackets); "Batu, Suara Gong. " (the place, then the page's own name and a stop).
Also the small readers datelines.py and bare_bylines.py share: a byline glued to its dateline
("Oleh: RahmatJakarta-"), a foreign desk's location line ("Medan, Indonesia"), a place then a
glued brand ("Payakumbuh Archipelagopost - "), a kicker the sentence names as a region, a
space before the dateline's comma, and the outlet-only brands ("batampos – ", "Kabar6-")."""

from __future__ import annotations

import re

from .boilerplate_datelines import PROVINCE_SHORT
from .dateline_names import (
    COUNTRIES,
    _known,
    is_furniture_word,
    is_place,
    names_itself,
    outlet_like,
)

Dateline = tuple[str | None, str | None, str]

_SENTENCE = r"(?P<rest>[A-Z\"“][^\s]*\s.*)"
_DASH = r"\s*[-–—]{1,2}\s*"
_WEB = r"(?:https?://)?(?:www\.)?(?:[A-Za-z0-9-]+\.)+(?i:com|co|id|net|news|info|org|tv)"
_PLACE = r"(?P<place>[A-Z][a-z'’]+(?: [A-Z][a-z'’]+)?)"
_SHOUTED = r"(?P<place>[A-Z]{3,}(?: [A-Z]{3,})?)"
_MIN_SHOUTED = 4  # "GARUT": a shouted place the tables may miss, not initials ("DPR")
_MIN_REST_WORDS = 6
# "SAMBAR.ID//GARUT- ": the address, a double slash, the place, a dash glued or spaced
_DOUBLE_SLASH = re.compile(rf"(?P<outlet>{_WEB})\s*//\s*(?P<place>[A-Z][A-Za-z'’]+"
                           rf"(?: [A-Z][A-Za-z'’]+)?){_DASH}{_SENTENCE}")
# "Lubuklinggau// mediainfopol.com/Pemadaman ...": the place, a double slash, the address and
# a slash glued to the sentence
_PLACE_SLASHES = re.compile(rf"{_PLACE}\s*//\s*(?P<outlet>{_WEB})\s*/\s*{_SENTENCE}")
# "http://www.detikriau.wordpress.com (TEMBILAHAN) – ": the address, the place in brackets
_WEB_BRACKET = re.compile(rf"(?P<outlet>{_WEB})\s*\((?P<place>[A-Z][A-Za-z'’]+"
                          rf"(?: [A-Z][A-Za-z'’]+)?)\){_DASH}{_SENTENCE}")
# "Langgur (Ohoi Ngilngof), suaradamai.com – ": a village in brackets after the place
_SUBPLACE_WEB = re.compile(rf"{_PLACE}\s+\([^()]{{2,30}}\),\s*(?P<outlet>{_WEB}),?{_DASH}"
                           rf"{_SENTENCE}")
# "Dermaga ... di PantaiLARAT, LELEMUKU.COM – ": the headline run onto the dateline, its last
# word glued to the shouted place
_GLUED_HEADLINE = re.compile(rf"[^\n]{{10,200}}?[a-z]{_SHOUTED},\s*(?P<outlet>{_WEB}){_DASH}"
                             rf"{_SENTENCE}")
# "LimaSisiNews, Sleman (DIY) – ": the outlet, the place and its province in brackets
_OUTLET_PLACE_REGION = re.compile(rf"(?P<outlet>[A-Z][\w.]*(?:\s[A-Z][\w.]*){{0,2}}),\s*{_PLACE}"
                                  rf"\s+\((?P<region>[A-Za-z]{{2,12}})\){_DASH}{_SENTENCE}")
# "Batu, Suara Gong. Pemerintah ...": the place, the page's own name, a full stop
_PLACE_SITE_STOP = re.compile(rf"{_PLACE},\s+(?P<outlet>[A-Z][\w.]*(?:\s[A-Z][\w.]*){{0,2}})"
                              rf"\.\s+{_SENTENCE}")

# "Gunungkidul, DIY | Lumbung ...", "Sleman, DIY | ": the place, its province's short form after
# a comma, and a pipe before the sentence: the dateline as printed, province and all
_PLACE_REGION_PIPE = re.compile(rf"{_PLACE},\s*(?P<region>[A-Z]{{2,7}}|[A-Z][a-z]+)\s*\|\s*"
                                rf"{_SENTENCE}")


def _placed(name: str) -> bool:
    """A known place, or a shouted name long enough to be one, and no furniture word."""
    return not is_furniture_word(name) and (
        is_place(name) or (name.isupper() and len(name) >= _MIN_SHOUTED))


def address_dateline(text: str, sites: tuple[str, ...] = ()) -> Dateline | None:
    """(place, outlet, sentence) for the shapes above, else None; `sites`: the page's top
    lines, where its own name stands."""
    found = _address_shapes(text) or _site_stop(text, sites)
    if found and len(found[2].split()) < _MIN_REST_WORDS:
        return None
    return found


def _address_shapes(text: str) -> Dateline | None:
    """The shapes that name the outlet by its address or by a name that reads as one."""
    for rx in (_DOUBLE_SLASH, _WEB_BRACKET):
        if (m := rx.fullmatch(text)) and _placed(m.group("place")):
            return m.group("place"), m.group("outlet"), m.group("rest")
    if (m := _SUBPLACE_WEB.fullmatch(text) or _PLACE_SLASHES.fullmatch(text)) \
            and is_place(m.group("place")):
        return m.group("place"), m.group("outlet"), m.group("rest")
    if (m := _GLUED_HEADLINE.fullmatch(text)) and _placed(m.group("place")) \
            and not _known(m.group("place")):
        return m.group("place"), m.group("outlet"), m.group("rest")
    if (m := _OUTLET_PLACE_REGION.fullmatch(text)) and is_place(m.group("place")) \
            and _region(m.group("region")) \
            and outlet_like(m.group("outlet"), acronyms=False) \
            and not is_place(m.group("outlet")):
        return m.group("place"), m.group("outlet"), m.group("rest")
    if (m := _PLACE_REGION_PIPE.fullmatch(text)) and is_place(m.group("place")) \
            and _region(m.group("region")):
        return f"{m.group('place')}, {m.group('region')}", None, m.group("rest")
    return None


def _region(name: str) -> bool:
    """A province by its short form ("DIY", "NTT", "Sulsel") or its name."""
    return name.lower() in PROVINCE_SHORT or is_place(name)


def _site_stop(text: str, sites: tuple[str, ...]) -> Dateline | None:
    """"Batu, Suara Gong. Pemerintah ...": the name after the place's comma is the one the
    page's logo prints, so the place before it is the dateline's, known or not."""
    m = _PLACE_SITE_STOP.fullmatch(text)
    if m is None or not sites or is_place(m.group("outlet")) \
            or is_furniture_word(m.group("place")) or not names_itself(m.group("outlet"), sites):
        return None
    return m.group("place"), m.group("outlet"), m.group("rest")


# "Oleh: RahmatJakarta-Banjir ...": a byline glued to the dateline with no space, the writer's
# name run onto a known place and its dash.
_GLUED_BYLINE = re.compile(r"(?P<label>(?i:oleh|by|penulis|reporter|pewarta)\s*:?\s*)"
                           r"(?P<name>[A-Z][a-z'’]+(?: [A-Z][a-z'’]+){0,2}?)"
                           r"(?P<place>[A-Z][a-z'’]+(?: [A-Z][a-z'’]+)?)"
                           r"(?P<dateline>\s*[-–—]{1,2}\s*[A-Z\"“].*)")


def glued_byline(text: str) -> tuple[str, str] | None:
    """(writer's name, the line from the place on) when a byline is glued to the dateline
    ("Oleh: RahmatJakarta-Banjir ..." -> "Rahmat", "Jakarta-Banjir ..."), else None."""
    m = _GLUED_BYLINE.match(text)
    if m is None or not is_place(m.group("place")) \
            or len(m.group("dateline").split()) < _MIN_REST_WORDS:
        return None
    return m.group("name"), m.group("place") + m.group("dateline")


# "Kecamatan Koba", "Kota Batu": the words a story puts before a region's name
_REGION_WORDS = r"(?:Desa|Kelurahan|Kecamatan|Kabupaten|Kab\.|Kota|Distrik|Kampung|Nagari)"


def named_as_region(name: str, rest: str) -> bool:
    """Whether the story's own sentence names `name` as a village, district, regency or city
    ("KOBA – Warga ... Kecamatan Koba ..."): then a shouted name the page's top lines also
    print is the place (a kicker there), not the outlet."""
    return bool(re.search(rf"\b{_REGION_WORDS}\s+{re.escape(name)}\b", rest, re.IGNORECASE))


# "Archipelagopost": a brand word glued to an outlet word, four letters or more before it; the
# bare word ("Post" in "Bali Post", "Ekspres" in "Jambi Ekspres") is part of the name.
_GLUED_OUTLET = re.compile(r"[A-Za-z]{4,}(?:news|post|pos|times|online|media|ekspres|express"
                           r"|daily|press)", re.IGNORECASE)


def place_then_brand(name: str) -> tuple[str, str] | None:
    """(place, outlet) for "Payakumbuh Archipelagopost": a known place, then one glued brand
    word, with no comma between them; else None."""
    words = name.split()
    if len(words) < 2 or _known(name) or not _GLUED_OUTLET.fullmatch(words[-1]) \
            or not is_place(" ".join(words[:-1])):
        return None
    return " ".join(words[:-1]), words[-1]


# "Kesugihan , KCNews- ": a space before a dateline's comma, within its first words
_SPACED_COMMA = re.compile(r"([A-Z][\w.'’]*(?: [A-Z][\w.'’]*){0,2}) ,(?=\s*[A-Za-z])")


# "Detik.com, Jakarta, Kamis - ", "KABARSATU, BANDUNG, SENIN – ": the day of the week between
# the place and the dash, no part of the place (a weekday is never a place nor an outlet).
_WEEKDAY_BEFORE_DASH = re.compile(r"(?P<head>[^\n]{0,60}?(?P<place>[A-Z][\w'’]*(?: [A-Z][\w'’]*)"
                                  r"{0,2})),\s*(?i:senin|selasa|rabu|kamis|jum'?at|jum’at|sabtu"
                                  r"|minggu|ahad)\s*(?=[-–—])")


def tidy_head(text: str) -> str:
    """The line with a space before its opening comma closed up ("Kesugihan , KCNews-" ->
    "Kesugihan, KCNews-") and a weekday between the place and the dash dropped ("Detik.com,
    Jakarta, Kamis -" -> "Detik.com, Jakarta -"); the sentence after the dateline is untouched."""
    m = _SPACED_COMMA.match(text)
    text = f"{m.group(1)},{text[m.end():]}" if m else text
    day = _WEEKDAY_BEFORE_DASH.match(text)
    if day and is_place(day.group("place")):
        return f"{day.group('head')} {text[day.end():].lstrip()}"
    return text


# A labelled location line: "Melaporkan dari, Kupang", "Reporting from Geneva".
_REPORTING_FROM = re.compile(r"(?i:melaporkan dari|dilaporkan dari|laporan dari|reporting from)"
                             r",?\s+(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})")


def located(text: str) -> str | None:
    """The place of a foreign desk's location line ("Medan, Indonesia", "JAKARTA, Indonesia"):
    a known place, a comma and a country, alone on its line; else None."""
    if reported := _REPORTING_FROM.fullmatch(text.strip()):
        return reported["place"]  # round 36: "Melaporkan dari, Kupang" (the BBC's role lines)
    place, comma, country = text.strip().partition(",")
    if not comma or country.strip().lower() not in COUNTRIES or not is_place(place.strip()):
        return None
    return place.strip()


# "Kabar6-Dinas Kesehatan ...": a capitalised word with digits before a dash is a brand's name.
_DIGIT_BRAND = re.compile(r"(?P<outlet>[A-Z][a-z]{2,20}\d{1,3})\s*[-–—]{1,2}\s*"
                          r"(?P<rest>[A-Z\"“].*)")
# "batampos – PT ASDP ...": an outlet-only dateline in the brand's lower case.
_LOWER_BRAND = re.compile(r"(?P<outlet>[a-z][a-z0-9]{3,24})\s+[-–—]{1,2}\s+(?P<rest>[A-Z\"“].*)")


def lower_brand(text: str, sites: tuple[str, ...]) -> Dateline | None:
    """A lower-case word before a dash that the page's own lines write as its name (a photo
    credit's "Batam Pos"), or a capitalised one with digits ("Kabar6"): the outlet; a lower-case
    word alone says nothing."""
    if (digits := _DIGIT_BRAND.fullmatch(text)) \
            and len(digits.group("rest").split()) >= _MIN_REST_WORDS:
        return None, digits.group("outlet"), digits.group("rest")
    m = _LOWER_BRAND.fullmatch(text)
    if m is None or len(m.group("rest").split()) < _MIN_REST_WORDS \
            or not names_itself(m.group("outlet"), sites):
        return None
    return None, m.group("outlet"), m.group("rest")

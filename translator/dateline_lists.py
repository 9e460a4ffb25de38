"""Pure: dateline shapes of round 25: several places in one dateline, a city and its province,
a place before the outlet's address with no comma, an agency's name over its short form in
brackets, a site's tagline after its name, an institution's short name as its stamp, a
stamp's region after the address on a line alone, the site's own name before the place.

Each function reads one family and answers None (or False) for anything else; datelines.py
decides where each applies."""

from __future__ import annotations

import re

from .dateline_names import _PLACE_PARTS, _known, is_furniture_word, is_place, outlet_like
from .dateline_shape import _DATE_WORDS

Dateline = tuple[str | None, str | None, str]

_DASH = r"\s*[-–—]{1,2}\s+"
_REST = r"(?P<rest>[A-Z\"“‘'].+)"
_ADDRESS = r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?i:com|co\.id|id|net|news|info|online|org|tv)"
# one shouted name of one to three words ("BANGKA BARAT", "JEBUS", "JEBU LAUT")
_SHOUTED = r"[A-Z][A-Z'’]+(?: [A-Z][A-Z'’]+){0,2}"

# "CYBERKRIMINAL.COM, BANGKA BARAT, JEBUS, JEBU LAUT - ", "BERITAKITA.ID, BOGOR, CIBINONG -",
# "Radarntt.co, Kupang, Oebobo – ": the outlet, then the regency, the district and the village
# it filed from, all shouted or all in title case, commas between them, a dash (or a full
# stop and a dash) before the sentence.
_TITLED = r"[A-Z][a-z'’]+(?: [A-Z][a-z'’]+){0,2}"
_PLACE_LIST = re.compile(rf"(?P<outlet>[A-Z][\w.-]+),\s*(?P<places>{_SHOUTED}(?:,\s*{_SHOUTED})"
                         rf"{{1,3}}|{_TITLED}(?:,\s*{_TITLED}){{1,3}})\.?{_DASH}{_REST}")
_MIN_LIST_REST_WORDS = 6


def place_list(text: str) -> Dateline | None:
    """(places as printed, outlet, rest) for an outlet's name over a list of places, the
    first of them known (the region the others lie in), none a day or a rubric; else None."""
    m = _PLACE_LIST.fullmatch(text)
    if m is None or len(m.group("rest").split()) < _MIN_LIST_REST_WORDS:
        return None
    places = [p.strip() for p in m.group("places").split(",")]
    outlet = m.group("outlet").rstrip(".")
    if not outlet_like(outlet) or is_place(outlet) or not is_place(places[0]) \
            or any(is_furniture_word(p) or p.lower() in _DATE_WORDS for p in places):
        return None
    return ", ".join(places), outlet, m.group("rest")


# "Bekasi tabloidtipikornews.com – ", "Kupang www.suarantt.com - ", "Banda Aceh
# acehnews.id — ", "Sleman jogjaupdate.id Warga ...": a known place, then the outlet's
# address, no comma between them; a dash, or none when a capitalised sentence follows.
_PLACE_ADDRESS = re.compile(rf"(?P<place>[A-Z][\w'’]+(?: [A-Z][\w'’]+){{0,2}})\s+"
                            rf"(?P<outlet>{_ADDRESS})\.?(?:{_DASH}|\s+(?=[A-Z][a-z]))\s*{_REST}")


def place_address(text: str) -> Dateline | None:
    """(place, address, rest) for a known place glued by a space to the outlet's address."""
    m = _PLACE_ADDRESS.fullmatch(text)
    if m is None or not is_place(m.group("place")) \
            or len(m.group("rest").split()) < _MIN_LIST_REST_WORDS:
        return None
    return m.group("place"), m.group("outlet"), m.group("rest")


def listed(text: str) -> Dateline | None:
    """The first of this module's lead-line shapes that reads `text`."""
    return place_list(text) or place_address(text)


# "SORONG – persbhayangkara.id PAPUA BARAT DAYA", "AMBON - malukunews.co MALUKU": on a line
# alone over the lead, the place, a dash, the outlet's address, then the province it lies in.
_REGION_TAIL = re.compile(rf"(?P<place>{_SHOUTED}|[A-Z][a-z'’]+(?: [A-Z][a-z'’]+){{0,2}})"
                          rf"\s*[-–—|]{{1,2}}\s*(?P<outlet>{_ADDRESS})\s+(?P<region>{_SHOUTED})")


def region_tail(text: str) -> tuple[str, str] | None:
    """(place, address) of a lone dateline line that ends with a known region after the
    address; else None."""
    m = _REGION_TAIL.fullmatch(text.strip())
    if m is None or not is_place(m.group("place")) or not is_place(m.group("region")):
        return None
    return m.group("place"), m.group("outlet")


def short_form(name: str | None, bracket: str | None) -> bool:
    """"Kepolisian Daerah (Polda)", "Badan Penanggulangan Bencana Daerah (BPBD)", "Dinas
    Kesehatan (Dinkes)": the bracket holds the name's own short form (its letters, three or
    more, in order within the name, the first one a word's), so the name is a sentence's
    subject, no place, and the bracket no outlet."""
    if not name or not bracket or is_place(name):
        return False
    letters = [c for c in bracket.lower() if c.isalpha()]
    if len(letters) < 3 or letters[0] not in {w[:1].lower() for w in name.split()} \
            and not any(letters[0] in w.lower()[:3] for w in name.split()):
        return False
    squashed = iter(name.lower())
    return all(c in squashed for c in letters)


# A site's tagline after its name on the browser title or the logo line: "Langit7.id -
# Dakwah, Al-Quran, Berita Terkini dan Tafsir", "Kompas.com - Berita Terkini dan Terbaru Hari
# Ini": a few capitalised words, no full stop, no verb in lower case.
_TAGLINE_JOINS = frozenset({"dan", "&", "and", "of", "the", "di", "untuk", "serta", "yang",
                            "dari", "&amp;", "-", "–", "|"})
_MAX_TAGLINE_WORDS = 10


def tagline(rest: str) -> bool:
    """The rest of a line after an outlet's name is the site's tagline, no sentence."""
    words = rest.strip().split()
    if not words or len(words) > _MAX_TAGLINE_WORDS or rest.rstrip()[-1:] in ".!?\"”":
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _TAGLINE_JOINS
               for w in words)


def logo_word(name: str | None, sites: tuple[str, ...]) -> str | None:
    """"SYARIAH – Kamis, 19 Februari 2026, ..." under the logo line "Fakultas Syariah UIN
    Maliki Malang", "HUKUM - ..." under "Fakultas Hukum Universitas X": one shouted word, no
    place's, that the page's logo line of three words or more prints past its first word, is
    the institution's stamp, no place: the logo line it stands for; else None."""
    if not name or not name.isupper() or " " in name or not name.isalpha() \
            or is_place(name) or name.lower() in _PLACE_PARTS:
        return None
    return next((s.strip() for s in sites if 3 <= len(s.split()) <= _MAX_LOGO_WORDS
                 and name.lower() in {w.lower().strip(".,:;") for w in s.split()[1:]}), None)


_MAX_LOGO_WORDS = 6
_WEB_END = re.compile(r"\S\.(?i:com|co\.id|id|net|news|info|org|tv)$")


def web_name(name: str | None) -> bool:
    """A name that ends in a web address's suffix ("PILAR BEKASI.COM", "kabarxyz.id")."""
    return bool(name and _WEB_END.search(name))


# "FN Indonesia Pekanbaru – ", "Kabar Priangan Garut - ", "Suara Rakyat Medan – ": the
# outlet's name as the page names itself (its logo, its copyright line), then a known place,
# no comma between them, a dash before the sentence.
_NAMED_PLACE = re.compile(r"(?P<names>[A-Z][\w.'’]*(?: [A-Z][\w.'’]*){1,5})\s*[-–—]{1,2}\s+"
                          r"[A-Z\"“]")
_MAX_PLACE_WORDS = 3


def site_place(lead: str, sites: tuple[str, ...]) -> str | None:
    """The known place after the site's own name at the head of the lead; else None."""
    m = _NAMED_PLACE.match(lead)
    if m is None:
        return None
    words = m.group("names").split()
    squashed = [re.sub(r"\W", "", s.lower()) for s in sites]
    for n in range(1, min(_MAX_PLACE_WORDS, len(words) - 1) + 1):
        place, name = " ".join(words[-n:]), re.sub(r"\W", "", "".join(words[:-n]).lower())
        if is_place(place) and len(name) >= _MIN_SITE_CHARS \
                and not is_place(" ".join(words[:-n])) and any(name in s for s in squashed):
            return place
    return None


_MIN_SITE_CHARS = 5


def region_pair(text: str, found: Dateline) -> Dateline:
    """"PEKANBARU, RIAU - ", "Jayapura, Papua – ", "Sleman, DIY - ": a known place, a comma and
    the known region it lies in, no outlet's name (a table of outlets knows none of them): the
    two are the dateline's place, as printed; else `found` as it was."""
    place, outlet, rest = found
    if not (place and outlet and is_place(place) and is_place(outlet)) \
            or outlet_like(outlet, acronyms=False) or _known(outlet) \
            or not re.match(rf"{re.escape(place)},\s*{re.escape(outlet)}\s*[-–—]", text):
        return found
    return f"{place}, {outlet}", None, rest


def aside(place: str, rest: str) -> bool:
    """A row's "place" that is a day ("Selasa -") or a title set off by dashes in prose
    ("Kepala Dinas - Budi Santoso - mengatakan ..."): no dateline."""
    if place.lower() in _DATE_WORDS:
        return True
    if is_place(place) or place.isupper():
        return False
    return bool(re.match(r"[A-Z][\w'’]*(?: [A-Z][\w'’]*){0,3}\s+[-–—]{1,2}\s+[a-z]", rest))

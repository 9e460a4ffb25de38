"""Pure: the parts of a dateline's stamp between its place and its dash that the rows of
boilerplate.DATELINES do not read: the outlet's name as a second dashed name ("Salahutu -
Info Digital Akurat - "), and a date in brackets after the address ("Pandeglang,
contoh.com (17/2/2026) – ", "Cilacap, contoh.co.id[24 Februari 2026] – "). The whole stamp is
no part of the lead.

Also (round 22) the outlet's name where a dateline's place would stand, told by its spelling or
by the page's own name: a brand word glued before the place ("Lensadialektika Lebak - "), a
publisher's word joined to a place by a full stop ("SUARA.NABIRE - "), a shouted name that
shares a word with the page's short logo line ("LINTAS BIINMAFFO,- " under "TV Biinmaffo");
a place and its agency in round brackets closed by a stop ("(Jakarta-MFA). "); and the
unpunctuated dateline ("JAKARTA Pemerintah ...")."""

from __future__ import annotations

import re
from itertools import takewhile

from .boilerplate import MIN_DATELINE_REST_WORDS, UNPUNCTUATED_DATELINE
from .dateline_names import (
    _BRAND_PREFIX,
    _PLACE_PARTS,
    is_furniture_word,
    is_place,
    outlet_like,
)
from .dateline_shape import _MIN_UPPER_PLACE

Dateline = tuple[str | None, str | None, str]

# "Info Digital Akurat - Menjelang ...": one to four capitalised words, a spaced dash, a sentence
_DASHED_NAME = re.compile(r"(?P<outlet>[A-Z][\w.]*(?: [A-Z][\w.]*){0,3})\s+[-–—]{1,2}\s+"
                          r"(?P<rest>[A-Z\"“]\S*\s.*)", re.DOTALL)
_MONTH = r"[A-Z][a-z]{2,8}\.?"
_DATE = (rf"(?:[A-Z][a-z]+,?\s*)?\d{{1,2}}(?:\s*[/.-]\s*\d{{1,2}}\s*[/.-]\s*\d{{2,4}}"
         rf"|\s+{_MONTH}\s+\d{{4}})")
# "Pandeglang,contoh.com (17/2/2026) – ": a short head, the date in () or [], then the dash
_BRACKET_DATE = re.compile(rf"(?P<head>[^()\[\]\n]{{3,60}}?)\s*[(\[]\s*{_DATE}\s*[)\]]"
                           r"(?P<dash>\s*[-–—]{1,2}\s*)")


def dashed_outlet(rest: str) -> tuple[str, str] | None:
    """(outlet, sentence) when the text after a place's dash opens with a publisher's name and
    a second dash ("Info Digital Akurat - Menjelang ..."); a place or a furniture word there
    ("Ambon - Maluku - ", "Jakarta - Berita - ") is no outlet."""
    m = _DASHED_NAME.match(rest)
    if m is None:
        return None
    name = m.group("outlet")
    if is_place(name) or is_furniture_word(name) or not outlet_like(name, acronyms=False):
        return None
    return name, m.group("rest")


def without_bracket_date(text: str) -> str | None:
    """The line with the bracketed date between its dateline's names and its dash removed
    ("Cilacap, contoh.co.id[24 Februari 2026] – Komisi" -> "Cilacap, contoh.co.id – Komisi"),
    or None when it has no such date."""
    m = _BRACKET_DATE.match(text)
    if m is None:
        return None
    return f"{m.group('head').rstrip()} – {text[m.end():]}"


def unpunctuated(text: str) -> Dateline | None:
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


# "Lensadialektika Lebak - ", "Beritasatu Jakarta - ", "Kabarpublik Bogor - ": a publisher's
# word with a brand glued on (four letters or more after it), then a known place, no comma.
_MIN_BRAND_TAIL = 4


def brand_then_place(name: str | None) -> tuple[str, str] | None:
    """(place, outlet) for a dateline name whose first word is a glued brand ("Lensa" +
    "dialektika") and whose other words are a known place; the word alone is no place."""
    words = (name or "").split()
    if len(words) < 2 or not words[0].isalpha() or not words[0][:1].isupper():
        return None
    brand, place = words[0], " ".join(words[1:])
    m = _BRAND_PREFIX.match(brand)
    if m is None or len(brand) - m.end() < _MIN_BRAND_TAIL or is_place(brand) \
            or brand.lower() in _PLACE_PARTS or not is_place(place):
        return None
    return place, brand


def dotted_brand(head: str, place: str) -> bool:
    """"SUARA.NABIRE": a publisher's word (not initials like "MSC" of "MSC.MANADO") joined to
    a place by a full stop is the logo's spelling of one name ("Suara Nabire"), no place."""
    return bool(_BRAND_PREFIX.fullmatch(head)) and is_place(place)


_MIN_SHARED_WORD = 4
_MAX_LOGO_WORDS = 4  # "TV Biinmaffo", "Radio Suara Timor": a logo line, not a headline


def shares_logo_word(name: str | None, sites: tuple[str, ...]) -> bool:
    """"LINTAS BIINMAFFO" under the logo line "TV Biinmaffo": a shouted name of two or three
    words, none a place's, one of which the page's short logo line prints as its name, is the
    outlet's stamp ("KABAR SIKKA" under "Radio Sikka" is the outlet's too; a known place
    never is). Each must hold a word the other lacks: a caption's label "KAPAL LAMBAT - "
    under the menu's "Kapal Lambat" is the rubric printed again, no outlet."""
    words = (name or "").split()
    if not name or not name.isupper() or not 2 <= len(words) <= 3 or is_place(name) \
            or any(is_place(w) or w.lower() in _PLACE_PARTS for w in words):
        return False
    own = {w.lower() for w in words}
    logos = [{w.lower().strip(".,:;") for w in s.split()} for s in sites
             if 1 <= len(s.split()) <= _MAX_LOGO_WORDS]
    return any(len(w) >= _MIN_SHARED_WORD and w.lower() in logo and own - logo and logo - own
               for w in words for logo in logos)


# "(Jakarta-MFA). Last Sunday ...", "(Dubai-CGRI). ": a ministry's or mission's release, its
# place and agency in round brackets, a full stop after them.
_ROUND_STAMP = re.compile(r"\((?P<place>[A-Z][\w'’]+(?: [A-Z][\w'’]+){0,2})\s*[-–—/]\s*"
                          r"(?P<outlet>[A-Z][\w.&]{1,20})\)\s*[.:]?\s+(?=[A-Z\"“])")


def round_stamp(text: str) -> Dateline | None:
    """(place, agency, sentence) for a lead that opens "(Jakarta-MFA). ", the place a known
    one and the agency a name no table knows as a place; else None."""
    m = _ROUND_STAMP.match(text)
    if m is None or not is_place(m.group("place")) or is_place(m.group("outlet")) \
            or is_furniture_word(m.group("outlet")) \
            or len(text[m.end():].split()) < MIN_DATELINE_REST_WORDS:
        return None
    return m.group("place"), m.group("outlet"), text[m.end():]


# A province's short form after the place is the place's province, never an outlet: "KUPANG, NTT
# - ", "Sleman, DIY - ", "MAKASSAR, Sulsel – " (fresh41's "Gunungkidul, DIY |" keeps it in the
# dateline too).
PROVINCE_SHORT = frozenset({"sulsel", "sulbar", "sulteng", "sultra", "sulut", "sumbar", "sumut",
                            "sumsel", "jabar", "jateng", "jatim", "kalbar", "kalsel", "kalteng",
                            "kaltim", "kaltara", "ntb", "ntt", "babel", "kepri", "malut", "diy",
                            "dki"})
_PROVINCE_STAMP = re.compile(r"(?P<place>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}),\s*"
                             r"(?P<province>[A-Za-z]{3,7})\s*[-–—|]{1,2}\s+(?P<rest>[A-Z\"“].*)",
                             re.DOTALL)


def province_stamp(text: str) -> Dateline | None:
    """("PLACE, PROV", None, rest) for a known place, its province's short form and a dash."""
    m = _PROVINCE_STAMP.fullmatch(text)
    if m is None or m.group("province").lower() not in PROVINCE_SHORT \
            or not is_place(m.group("place")) \
            or len(m.group("rest").split()) < MIN_DATELINE_REST_WORDS:
        return None
    return f"{m.group('place')}, {m.group('province')}", None, m.group("rest")

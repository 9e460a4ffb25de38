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
unpunctuated dateline ("JAKARTA Pemerintah ...").

Round 22b: the stamps a lead opens with that the rows leave glued to its first words, each told
as a stamp by what it names (a known place, a country, a web address, the page's own name) and
by the mark that closes it (a dash, a colon, a stop, a glued capital): a country and an agency
in brackets after the place ("AMBON, INDONESIA (BNO NEWS) — ", "JAKARTA, Indonesia (AP) — ");
a place, a colon and the outlet's initials ("Ketapang:KM – "); an address set off by a letter l
typed for a bar ("sukabumiheadline.com l Puluhan"); a shouted name and a full stop ("CIDISS.
The ..."); a caption run into the site's bracketed name ("... Kecamatan Undaan (ayokudus) –
Ribuan ..."); the logo's short form after the place ("MALANG-KAV.10 Antrean ..." under
"Kavling 10"); a republished story's source glued to its hyphen ("Rest of World-At 5 a.m.").
A stamp whose name the page's other readers weigh better claims no field: only the lead loses
it."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import takewhile

from .boilerplate import MIN_DATELINE_REST_WORDS, UNPUNCTUATED_DATELINE
from .boilerplate_datelines import PROVINCE_SHORT
from .dateline_names import (
    _BRAND_PREFIX,
    _PLACE_PARTS,
    COUNTRIES,
    _known,
    glued_brand,
    is_furniture_word,
    is_place,
    opens_prose,
    outlet_like,
)
from .dateline_regions import region_stamp
from .dateline_shape import _MIN_UPPER_PLACE
from .shapes import is_stopword

Dateline = tuple[str | None, str | None, str]

# "Info Digital Akurat - Menjelang ...": one to four capitalised words, a spaced dash, a sentence;
# or one word of a brand in lower case ("NABIRE – enagonews – ", "KUPANG – victorynews – ")
_DASHED_NAME = re.compile(r"(?P<outlet>[A-Z][\w.]*(?: [A-Z][\w.]*){0,3}|[a-z][a-z0-9]{3,24})"
                          r"\s+[-–—]{1,2}\s+(?P<rest>[A-Z\"“]\S*\s.*)", re.DOTALL)
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
    # "LUWUK. Metroluwuk – ", "BOGOR - Radarbogor - ": a publisher's word glued to a place
    # reads as the brand it is, though no outlet word spells it
    if is_place(name) or is_furniture_word(name) \
            or not (outlet_like(name, acronyms=False) or glued_brand(name)):
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
_PROVINCE_STAMP = re.compile(r"(?P<place>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}),\s*"
                             r"(?P<province>[A-Za-z]{3,7})\s*[-–—|]{1,2}\s+(?P<rest>[A-Z\"“].*)",
                             re.DOTALL)


def province_stamp(text: str) -> Dateline | None:
    """("PLACE, PROV", None, rest) for a known place, its province's short form and a dash;
    (round 38) a region's short form hyphen-joined or a regency's (dateline_regions.py)."""
    m = _PROVINCE_STAMP.fullmatch(text)
    if m is None or m.group("province").lower() not in PROVINCE_SHORT \
            or not is_place(m.group("place")) \
            or len(m.group("rest").split()) < MIN_DATELINE_REST_WORDS:
        return region_stamp(text)
    return f"{m.group('place')}, {m.group('province')}", None, m.group("rest")


# --- round 22b: the stamps the rows leave glued to the lead ---------------------------------

_MIN_SHOUTED_PLACE = 4  # "AMBON": a shouted place the tables may miss, not initials ("DPR")
_SENTENCE = r"(?P<rest>[A-Z\"“‘][^\s]*\s.*)"

# "AMBON, INDONESIA (BNO NEWS) — ", "JAKARTA, Indonesia (AP) — ", "MANILA, Philippines
# (Reuters) - ": a foreign desk's dateline, the place, its country and the agency in brackets.
_COUNTRY_AGENCY = re.compile(
    r"(?P<place>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}),\s+(?P<country>[A-Za-z][A-Za-z -]{3,20}?)"
    r"\s*\((?P<agency>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,2})\)\s*[-–—]{1,2}\s+" + _SENTENCE,
    re.DOTALL)


def _placed(name: str) -> bool:
    """A known place, or a shouted name long enough to be one, and no furniture word."""
    return not is_furniture_word(name) and (
        is_place(name) or (name.isupper() and len(name) >= _MIN_SHOUTED_PLACE))


def country_agency(text: str) -> Dateline | None:
    """(place, None, sentence) for "PLACE, COUNTRY (AGENCY) — ": the country one the tables
    list, the agency a name no table knows as a place. The agency is the wire's credit, no
    outlet claimed: a reprint's publisher is its masthead ("Daily Mail Online" over "(AP)") or
    its copyright line, which the outlet readers weigh."""
    m = _COUNTRY_AGENCY.fullmatch(text)
    if m is None or m.group("country").strip().lower() not in COUNTRIES \
            or not _placed(m.group("place")) or is_place(m.group("agency")) \
            or is_furniture_word(m.group("agency")) \
            or len(m.group("rest").split()) < MIN_DATELINE_REST_WORDS:
        return None
    return m.group("place"), None, m.group("rest")


# "Ketapang:KM – Sebanyak ...", "Sintang: SP – ": a known place, a colon, the outlet's initials
# (two to five capitals, no place's), then the dash.
_COLON_INITIALS = re.compile(r"(?P<place>[A-Z][a-z'’]+(?: [A-Z][a-z'’]+)?)\s*:\s*"
                             r"(?P<outlet>[A-Z]{2,5})\s*[-–—]{1,2}\s+" + _SENTENCE, re.DOTALL)


def colon_initials(text: str) -> Dateline | None:
    """(place, initials, sentence) for "Ketapang:KM – ": the place one the tables know."""
    m = _COLON_INITIALS.fullmatch(text)
    if m is None or not is_place(m.group("place")) or is_place(m.group("outlet")) \
            or is_furniture_word(m.group("outlet")) \
            or len(m.group("rest").split()) < MIN_DATELINE_REST_WORDS:
        return None
    return m.group("place"), m.group("outlet"), m.group("rest")


# "sukabumiheadline.com l Puluhan ...", "Cianjur l Warga ...": a letter l typed for the bar
# after the dateline's names (the same pages credit photos so: "... Sukabumi. l Istimewa"); no
# word of Indonesian or English prose is a lone l.
_LETTER_BAR = re.compile(r"(?P<head>[A-Za-z][\w.-]*(?:,? [A-Za-z][\w.-]*){0,3}) l (?=[A-Z\"“])")


def letter_bar(text: str) -> str | None:
    """The line with the letter l between its dateline's names and its sentence read as the
    separator it stands for ("x.com l Warga" -> "x.com – Warga": the dash rows read a lone
    address before a sentence that opens with a run of names); None when it has no such l."""
    m = _LETTER_BAR.match(text)
    return f"{m.group('head')} – {text[m.end():]}" if m else None


# "CIDISS. The Central Lombok ...", "BERITAKITA. Pemerintah ...": a shouted name alone, closed
# by a full stop, before a sentence: the outlet's stamp (or a place the tables miss). No
# field is claimed (the outlet readers weigh the page's own names); the stamp leaves the lead.
_SHOUTED_STOP = re.compile(r"(?P<name>[A-Z]{4,12})\.\s+" + _SENTENCE, re.DOTALL)
_MIN_LOWER, _LOWER_WINDOW = 3, 12  # a sentence's first words hold some in lower case


def _sentence(rest: str) -> bool:
    """The text reads as prose: function words in lower case among its first words."""
    return sum(w[:1].islower() for w in rest.split()[:_LOWER_WINDOW]) >= _MIN_LOWER


def shouted_stop(text: str) -> Dateline | None:
    """(None, None, sentence) for a lead that opens with a shouted name and a full stop."""
    m = _SHOUTED_STOP.fullmatch(text)
    if m is None or is_furniture_word(m.group("name")) or is_stopword(m.group("name")) \
            or not _sentence(m.group("rest")) \
            or len(m.group("rest").split()) < MIN_DATELINE_REST_WORDS:
        return None
    return None, None, m.group("rest")


# "<caption> (ayokudus) – Ribuan ...", "... Desa Medini (kabarkudus) - Warga ...": a photo's
# caption run into the lead (no full stop closes it), the site's name in lower case in
# brackets, a dash and the sentence; the caption and the stamp both leave the lead.
_CAPTION_STAMP = re.compile(r"(?P<caption>[^.!?\n]{10,300}?)\s+\((?P<name>[a-z][a-z0-9]{3,24})\)"
                            r"\s*[-–—]{1,2}\s+" + _SENTENCE, re.DOTALL)
# A caption's own credit in brackets is no site's stamp: "(ist)", "(dok)", "(foto)".
_CREDIT_WORDS = frozenset({"istimewa", "dokumentasi", "foto", "sumber", "ilustrasi", "arsip",
                           "photo", "file", "courtesy", "handout"})


_MIN_BRAND_HEAD, _MIN_BRAND_PLACE = 2, 4  # "ayo" + "kudus": the brand's word, then the place


def _regional_word(name: str) -> bool:
    """A site's name in one word: an outlet's word in it ("beritanews") or a word glued before
    a place the tables know ("ayokudus", "kabargarut"); "anonim" is prose's."""
    return outlet_like(name, acronyms=False) or any(
        is_place(name[k:]) for k in range(_MIN_BRAND_HEAD, len(name) - _MIN_BRAND_PLACE + 1))


def caption_stamp(text: str) -> Dateline | None:
    """(None, None, sentence) for a caption, the site's bracketed name and a dash opening the
    line; the name a regional site's one word, no place and no word of a photo credit."""
    m = _CAPTION_STAMP.fullmatch(text)
    name = m.group("name") if m else ""
    if m is None or is_place(name) or is_stopword(name) or is_furniture_word(name) \
            or name in _CREDIT_WORDS or not _regional_word(name) or not _sentence(m.group("rest")) \
            or len(m.group("rest").split()) < MIN_DATELINE_REST_WORDS:
        return None
    return None, None, m.group("rest")


# "MALANG-KAV.10 Antrean ...": after the place, the outlet's short form as its logo shortens it
# ("Kavling 10"): the logo word's first letters, a full stop and the logo's number.
_LOGO_SHORT = re.compile(r"(?P<letters>[A-Z]{2,6})\.(?P<digits>\d{1,4})\s+(?=[A-Z\"“][a-z]*\s)")


def logo_short(rest: str, sites: tuple[str, ...]) -> str | None:
    """The sentence after a place's dash without the outlet's short form opening it, when one
    of the page's top lines (`sites`) prints the name it shortens ("KAV.10" under "Kavling 10
    Tulis dan Kabarkan!"); else None."""
    m = _LOGO_SHORT.match(rest)
    if m is None:
        return None
    letters, digits = m.group("letters").lower(), m.group("digits")
    for site in sites:
        words = site.split()
        if any(w.lower().startswith(letters) and len(w) > len(letters) and nxt == digits
               for w, nxt in zip(words, words[1:], strict=False)):
            return rest[m.end():]
    return None


# "Rest of World-At 5 a.m. on ...": a republished story's source, a name of two to four words
# in title case that reads as a publisher's ("Rest of World", "Voice of America", "Benar News")
# glued to the hyphen before the sentence; a compound's name ("Masjid Al-Furqan") is none.
_TITLED_HYPHEN = re.compile(r"(?P<name>[A-Z][a-z]+(?: (?:of|the|and|[A-Z][a-z]+)){1,3})"
                            r"-(?P<rest>[A-Z][a-z]*\s.*)", re.DOTALL)


def titled_hyphen(text: str) -> Dateline | None:
    """(None, source, sentence) for "Rest of World-At ...": the name no place nor furniture,
    none of its words a place's, its last word capitalised."""
    m = _TITLED_HYPHEN.fullmatch(text)
    if m is None:
        return None
    name, words = m.group("name"), m.group("name").split()
    if not (" of " in name or outlet_like(name, acronyms=False)) \
            or not words[-1][:1].isupper() or is_place(name) or is_furniture_word(name) \
            or opens_prose(words) or any(is_place(w) for w in words) \
            or not _sentence(m.group("rest")) \
            or len(m.group("rest").split()) < MIN_DATELINE_REST_WORDS:
        return None
    return None, name, m.group("rest")


# --- the readers datelines.match_dateline calls ------------------------------------------------

def head_stamp(text: str) -> Dateline | None:
    """A stamp read before the dateline rows: a country and agency, a colon and initials."""
    return country_agency(text) or colon_initials(text)


def bare_stamp(text: str) -> Dateline | None:
    """A stamp read when no dateline row nor shape reads the line: a shouted name and a stop,
    a caption and a bracketed site name, a source glued to its hyphen."""
    return shouted_stop(text) or caption_stamp(text) or titled_hyphen(text)


def barred_stamp(text: str, read: Callable[[str], Dateline | None]) -> Dateline | None:
    """The dateline `read` finds once a letter l typed for the bar is read as the separator,
    when it names a known place or an address ("Budi l Warga ..." is prose's)."""
    barred = letter_bar(text)
    found = read(barred) if barred else None
    return found if found and (is_place(found[0]) or _known(found[1])) else None

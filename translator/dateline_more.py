"""Pure: dateline shapes that the tables and shape_dateline never read, each strict: a known
place (or an address glued to the place) and a spaced dash before a capitalised sentence.

"Surabaya, E Java (ANTARA) – ", "Jayapura, Papua (ANTARA) - ": an agency in brackets after
the place's region; "Palu, trustsulteng – ", "Jayapura, Jubi/Antara – ": an outlet after the
place's comma; "Padang.Editor - ": a word after the place's full stop; "Melanesiatimes.comKota
Sorong – ": the address glued to the place. Round 18 (_named_shapes): "DBN Cilegon – " (initials
before a known place), "NTT, kupang-media.net,- " and "LOMBOKTENGAH/tribunlombok.net–" (the
address after a comma or slash, the dash glued), "Ruang Energi.com, Jakarta. ", "BULELENG,
Sebanyak ..." (a shouted known place and a comma), "Kamal; ..." (a semicolon, the place named
again as a village)."""

from __future__ import annotations

import re
from collections.abc import Callable

from .boilerplate_datelines import REGION_ABBREVIATIONS
from .dateline_lone import glued_shapes
from .dateline_names import _known, is_furniture_word, is_place, opens_prose
from .shapes import is_stopword

Dateline = tuple[str | None, str | None, str]

_DASH = r"\s+[-–—]{1,2}\s+"
_SENTENCE = r"(?P<rest>[A-Z\"“][^\s]*\s.*)"
_PLACE = r"(?P<place>[A-Z][a-z'’]+(?: [A-Z][a-z'’]+)?)"
# "Surabaya, E Java (ANTARA) – ": the province (or its abbreviation), the agency in brackets
_REGION_AGENCY = re.compile(rf"{_PLACE},\s+(?P<region>[A-Z][A-Za-z]*(?: [A-Z][a-z]+){{0,2}})"
                            rf"\s+\((?P<outlet>[A-Z]{{3,10}})\){_DASH}{_SENTENCE}")
# "Palu, trustsulteng – ", "Jayapura, Jubi/Antara – ": one word of an outlet after the comma
_COMMA_OUTLET = re.compile(rf"{_PLACE},\s+(?P<outlet>[A-Za-z][a-z0-9]{{2,24}})"
                           rf"(?:/[A-Z][A-Za-z]+)?{_DASH}{_SENTENCE}")
# "Padang.Editor - ": a capitalised word glued after the place's full stop
_DOT_WORD = re.compile(rf"{_PLACE}\.(?P<word>[A-Z][a-z]{{2,20}}){_DASH}{_SENTENCE}")
# "Melanesiatimes.comKota Sorong – ": the page's address glued to the place
_DOMAIN_PLACE = re.compile(r"(?P<outlet>[A-Za-z][\w-]{2,30}\.(?:co\.id|com|id|net))"
                           rf"{_PLACE}{_DASH}{_SENTENCE}")
# The words a province is written in after its city in ANTARA's English datelines ("E Java",
# "Highland Papua", "West Nusa Tenggara", "N Sumatra"): compass words and the islands' names.
_REGION_WORDS = frozenset({
    "n", "s", "e", "w", "c", "ne", "nw", "se", "sw", "north", "south", "east", "west", "central",
    "highland", "southwest", "southeast", "northeast", "northwest", "special", "region", "java",
    "jawa", "papua", "sumatra", "sumatera", "sulawesi", "celebes", "kalimantan", "borneo",
    "maluku", "moluccas", "nusa", "tenggara", "bali", "banten", "aceh", "riau", "jambi",
    "bengkulu", "lampung", "gorontalo", "yogyakarta", "jakarta", "bangka", "belitung", "islands",
    "barat", "timur", "tengah", "utara", "selatan", "daya", "pegunungan",
})
# "Yohanis Janji Mulai Bulan Depan KUPANG,  Rencana ...": a kicker in title case glued before
# the shouted city and its comma (a listing's excerpt runs them onto one line)
_KICKER_CITY = re.compile(r"(?:[A-Z][\w'’]*\s+){2,10}(?P<place>[A-Z]{4,}(?: [A-Z]{4,})?),\s+"
                          r"(?P<rest>[A-Z][a-z]+\s.*)")
# "ManadoTEMPO-Dinas ...": a brand in camel case with a shouted tail glued to its dash, an
# outlet-only dateline (no place, no person is written so)
_CAMEL_BRAND = re.compile(r"(?P<outlet>[A-Z][a-z]{2,}[A-Z]{3,})\s*[-–—]{1,2}\s*"
                          r"(?P<rest>[A-Z][a-z]+\s.*)")
_LOWER_WINDOW, _MIN_LOWER = 10, 3  # a sentence's first words hold some in lower case
_MIN_SHOUTED = 4  # "LOMBOKTENGAH": a shouted place the tables miss, not initials ("DPR")
_TIME_WORDS = frozenset({"kemarin", "pagi", "siang", "sore", "malam", "tadi", "besok", "lusa"})
_WEB = r"[A-Za-z][\w-]{2,30}\.(?:co\.id|com|id|net|news)"
# "DBN Cilegon – ": the outlet's initials, then a known place, no comma between them
_INITIALS_PLACE = re.compile(rf"(?P<outlet>[A-Z]{{2,5}})\s+{_PLACE}{_DASH}{_SENTENCE}")
# "NTT, kupang-media.net,- ", "LOMBOKTENGAH/tribunlombok.net–": the place, then the address
# after a comma or a slash, the dash glued on either side
_PLACE_SLASH_WEB = re.compile(r"(?P<place>[A-Z][A-Za-z'’]+(?: [A-Z][A-Za-z'’]+)?)\s*[,/]\s*"
                              rf"(?P<outlet>{_WEB}),?\s*[-–—]{{1,2}}\s*{_SENTENCE}")
# "Ruang Energi.com, Jakarta. ": the address (its name may be spaced), a known place and a
# full stop before the sentence
_WEB_PLACE_STOP = re.compile(rf"(?P<outlet>(?:[A-Z][a-z]+\s)?{_WEB}),\s+{_PLACE}\.\s+"
                             rf"{_SENTENCE}")
# "BULELENG, Sebanyak 250 ...": a shouted place and a comma, no dash (a page's dateline line
# run onto its lead); no sentence shouts a place before its comma
_SHOUTED_COMMA = re.compile(r"(?P<place>[A-Z]{3,}(?: [A-Z]{3,})?),\s+(?P<rest>[A-Z][a-z]+\s.*)")
# "Kamal; Panitia ...": a place and a semicolon before the sentence
_PLACE_SEMICOLON = re.compile(rf"{_PLACE};\s+{_SENTENCE}")
# The words a story puts before a village's or district's name ("Desa Kamal"): a place the
# tables miss is still one when the sentence after its dateline names it so.
_ADMIN_WORDS = r"(?:Desa|Kelurahan|Kecamatan|Kampung|Negeri|Nagari|Gampong|Dusun|Distrik)"


def _region(name: str) -> bool:
    """Whether the words after the city's comma name its province ("E Java", "Papua", "NTT"),
    not a person ("Budi Santoso") nor a desk."""
    words = name.lower().split()
    return is_place(name) or name.lower() in REGION_ABBREVIATIONS \
        or all(w in _REGION_WORDS for w in words)


def _name_word(word: str) -> bool:
    """A word that can name an outlet: no function word, time of day or furniture word."""
    return not (is_stopword(word) or word.lower() in _TIME_WORDS or is_furniture_word(word)
                or is_place(word))


def _place_shaped(name: str) -> bool:
    """Whether capitalised words can name a place: no furniture word, and no function word
    first unless it is a place's own first word ("Kota Sorong", "Kabupaten Sikka")."""
    words = name.split()
    return not (any(is_furniture_word(w) for w in words) or opens_prose(words))


def more_dateline(text: str) -> Dateline | None:
    """(place, outlet, sentence) for the strict shapes above, else None."""
    if (m := _REGION_AGENCY.fullmatch(text)) and is_place(m.group("place")) \
            and _region(m.group("region")) and _known(m.group("outlet")):
        # the city alone: "Wamena, Highland Papua" (fresh16) and "Surabaya, E Java" (fresh19)
        # are expected as the city; fresh20 expects "Jayapura, Papua" (an OPEN entry there)
        return m.group("place"), m.group("outlet"), m.group("rest")
    if (m := _COMMA_OUTLET.fullmatch(text)) and is_place(m.group("place")) \
            and _name_word(m.group("outlet")):
        return m.group("place"), m.group("outlet"), m.group("rest")
    if (m := _DOT_WORD.fullmatch(text)) and is_place(m.group("place")) \
            and _name_word(m.group("word")):
        # the word is the outlet's short form or a desk's: the page names its outlet elsewhere
        return m.group("place"), None, m.group("rest")
    if (m := _DOMAIN_PLACE.fullmatch(text)) and _place_shaped(m.group("place")):
        return m.group("place"), m.group("outlet"), m.group("rest")
    if m := _CAMEL_BRAND.fullmatch(text):
        # no outlet claimed: a known name inside the brand ("TEMPO" in "ManadoTEMPO") is
        # another outlet's; the page names its own elsewhere or not at all
        return None, None, m.group("rest")
    if (m := _KICKER_CITY.fullmatch(text)) and is_place(m.group("place")):
        return m.group("place"), None, m.group("rest")
    return _named_shapes(text) or glued_shapes(text)


def _named_shapes(text: str) -> Dateline | None:
    """The shapes that name an outlet by its initials or address, or a place its own sentence
    names again as a village or district, else None."""
    if (m := _INITIALS_PLACE.fullmatch(text)) and is_place(m.group("place")) \
            and not is_place(m.group("outlet")) and _name_word(m.group("outlet")) \
            and m.group("outlet").lower() not in REGION_ABBREVIATIONS:
        return m.group("place"), m.group("outlet"), m.group("rest")
    if (m := _PLACE_SLASH_WEB.fullmatch(text)) and _place_shaped(m.group("place")) and (
            is_place(m.group("place")) or m.group("place").lower() in REGION_ABBREVIATIONS
            or (m.group("place").isupper() and len(m.group("place")) >= _MIN_SHOUTED)):
        return m.group("place"), m.group("outlet"), m.group("rest")
    if (m := _SHOUTED_COMMA.fullmatch(text)) and is_place(m.group("place")) \
            and not is_place(m.group("rest").split()[0].strip(",")) and sum(
                w.islower() for w in m.group("rest").split()[:_LOWER_WINDOW]) >= _MIN_LOWER:
        return m.group("place"), None, m.group("rest")
    if (m := _WEB_PLACE_STOP.fullmatch(text)) and is_place(m.group("place")):
        return m.group("place"), m.group("outlet"), m.group("rest")
    if (m := _PLACE_SEMICOLON.fullmatch(text)) and _place_shaped(m.group("place")) \
            and not is_stopword(m.group("place").split()[0]) and (
                is_place(m.group("place")) or re.search(
                    rf"\b{_ADMIN_WORDS}\s+{re.escape(m.group('place'))}\b", m.group("rest"))):
        return m.group("place"), None, m.group("rest")
    return None


# --- Round 23b: lead stamps the readers above miss, rewritten to a shape they read, or cut.
#   "SOFIFI, ( infopublic.id ), Pemerintah ...", "TERNATE, ( malutpost.id ), ", "AMBON, (
#   kabartimur.co.id ), ": the site's address in brackets, spaced inside them, between two commas;
#   read as "SOFIFI (infopublic.id) – ...".
#   "Sriwijayapost.com, Palembang, 18 Februari 2026 – ", "Tribunjambi.com, Muara Bungo, Senin, 2
#   Maret 2026 - ": the address, the place, then the day's date before the dash; the date cut.
#   "Takengen | Lintas Gayo : Sebuah ...", "Medan | Waspada Online : ", "Bireuen | Atjeh Watch : ":
#   a place, a bar, then the brand's words and a spaced colon; the brand is the outlet.
#   "Muntok- Bangka Barat. Pemerintah ...", "Toboali – Bangka Selatan. ", "Sungailiat - Bangka. ":
#   the place's regency after the dash, closed by a full stop; no sentence, cut.
#   "Kefa, Lentira" / "Atambua, Timorline" alone right above the lead: a known place, then one
#   capitalised word that is no place (place_and_brand); a person's byline gives two names
#   ("Yohanes Taek, Kefa"), so the one word is the site's brand.

_ADDRESS = r"[A-Za-z][\w-]{2,30}(?:\.[a-z]{2,6}){1,2}"
_SPACED_BRACKET = re.compile(rf"(?P<place>[A-Z][\w'’]*(?: [A-Z][\w'’]*){{0,2}}),\s*\(\s*"
                             rf"(?P<site>{_ADDRESS})\s*\)\s*,\s+(?P<rest>[A-Z\"“].*)", re.DOTALL)
_MONTHS = (r"(?:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November"
           r"|Desember|January|February|March|May|June|July|August|October|December"
           r"|Jan|Feb|Mar|Apr|Jun|Jul|Agu|Aug|Sep|Okt|Oct|Nov|Des|Dec)\.?")
_DATED_ADDRESS = re.compile(rf"(?P<head>{_ADDRESS},\s*[A-Z][\w'’]*(?: [A-Z][\w'’]*){{0,2}})"
                            rf",\s*(?:[A-Z][a-z]+,\s*)?\d{{1,2}}\s+{_MONTHS}\s+\d{{4}}"
                            r"(?P<dash>\s*[-–—]{1,2}\s+)(?=[A-Z\"“])")
_BRAND_COLON = re.compile(r"(?P<outlet>[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}) : (?P<rest>[A-Z\"“].*)",
                          re.DOTALL)
_BARRED = re.compile(r"[A-Z][\w'’]*(?: [A-Z][\w'’]*){0,2} \| ")
_REGION_STOP = re.compile(r"(?P<region>[A-Z][a-z'’]+(?: [A-Z][a-z'’]+){0,2})\.\s+"
                          r"(?=[A-Z\"“][a-z]*\s)")


def stamped_lead(text: str, read: Callable[[str], Dateline | None]) -> Dateline | None:
    """(place, outlet, rest) for the first two stamps above, read by `read` once rewritten."""
    if (m := _SPACED_BRACKET.match(text)) and is_place(m["place"]):
        found = read(f"{m['place']} ({m['site']}) – {m['rest']}")
        return found if found and found[1] else None
    if m := _DATED_ADDRESS.match(text):
        found = read(f"{m['head']} – {text[m.end():]}")
        return found if found and found[1] and is_place(found[0]) else None
    return None


def brand_after_bar(text: str, found: Dateline) -> Dateline:
    """`found` with the brand after the place's bar as its outlet ("Takengen | Lintas Gayo :
    ..."), or the regency's name after the place cut ("Muntok- Bangka Barat. ..."): the last two
    stamps above; `found` as it was for any other line."""
    if found[1] is None and found[0] and _BARRED.match(text) \
            and (m := _BRAND_COLON.match(found[2])) and not is_place(m["outlet"]):
        return found[0], m["outlet"], m["rest"]
    if found[1] is None and is_place(found[0]) and (m := _REGION_STOP.match(found[2])) \
            and is_place(m["region"]) and m["region"] != found[0]:
        return found[0], None, found[2][m.end():]
    return found


_PLACE_BRAND = re.compile(r"(?P<place>[A-Z][\w'’]+(?: [A-Z][\w'’]+){0,2}),\s*"
                          r"(?P<brand>[A-Z][a-z]{3,}[A-Za-z0-9]*)")


def place_and_brand(text: str) -> tuple[str, str] | None:
    """(place, brand) when the line is a known place and one word of a brand, the last shape
    above; only right above the lead does the caller read it so."""
    m = _PLACE_BRAND.fullmatch(text.strip())
    if m is None or not is_place(m["place"]) or is_place(m["brand"]) \
            or is_furniture_word(m["brand"]) or is_stopword(m["brand"]):
        return None
    return m["place"], m["brand"]

"""Pure: round 34, a dateline of a place and the outlet's name set off by marks the tables do
not read, asked last (when no other reading found a dateline):

- the place and the address glued by a comma, then a stop and a hyphen:
  "Nias Utara,dutametro.com .-Jembatan ...";
- a shouted place, a space and the address: "MANDALIKA radarntb.com – Setelah ...";
- the address, bullets and the place: "Celotehmuda.com •• Wajo – Program ...";
- the place, a capital I for the bar, the outlet: "Bireuen I Atjeh Terkini.id -Ratusan ...";
- the place and a brand with no spaces: "Aceh,Aktual News-Puluhan ...";
- the place and the address in brackets, no dash at all: "BILA RIASE (IkkeLa32.com) Petani";
- a lower-case stamp, a dash, the shouted place and its comma: "mandumberita - SIGLI, Lima";
- a radio station's frequency before the place: "101fm, Pati Tlogowungu – Puluhan ...";
- a wire's place, its province named as one, the country and the month: "Kurulu Village, Papua
  province, Indonesia, April 2026 - Before ..." (the place).

Two names exactly: one a place (a known one, or a shouted one beside a web address), the
other the outlet (a web address, or a capitalised brand beside a known place).

And trimmed_region: the region after a known city that the city alone stands for (a wire
dateline's country, an English province, a province set off by a spaced comma)."""

from __future__ import annotations

import re

from .dateline_names import COUNTRIES, is_furniture_word, is_place, outlet_like
from .dateline_stops import stopped_dateline
from .dates import DAYS, MONTHS

Dateline = tuple[str | None, str | None, str]

_ADDRESS = r"[A-Za-z][\w-]*(?:\.[\w-]+)*\.(?i:com|co\.id|id|net|org|news|tv|info|online|co)"
_LEAD = r"[A-Z0-9\"“‘']"
# the names before the first dash (a stop or a comma may stand before it), then the lead
_HEAD = re.compile(rf"(?P<head>[A-Za-z][^–—\-\n]{{1,60}}?)\s*[.,]?\s*[-–—]{{1,3}}\s*"
                   rf"(?P<rest>{_LEAD}.+)", re.S)
# "BILA RIASE (IkkeLa32.com) Petani ...": the bracketed address is the set-off
_BRACKETED = re.compile(rf"(?P<place>[A-Z][A-Z'’ ]{{2,30}}[A-Z])\s*\((?P<outlet>{_ADDRESS})\)"
                        rf"\s+(?P<rest>[A-Z][a-z].+)", re.S)
# "mandumberita - SIGLI, Lima ...": a lower-case stamp, then the shouted place and its comma
_STAMP_FIRST = re.compile(rf"(?P<outlet>[a-z][a-z0-9]{{3,30}}(?:\.(?:com|co\.id|id|net))?)\s+[-–—]\s+"
                          r"(?P<place>[A-Z][A-Z'’]+(?: [A-Z][A-Z'’]+){0,2}),\s+"
                          r"(?P<rest>[A-Z][a-z].+)", re.S)
# "Kurulu Village, Papua province, Indonesia, April 2026 - ": a wire's place, its province
# named as one, the country, the month: the place
_CAPPED = r"[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2}"
_WIRE = re.compile(rf"(?P<place>{_CAPPED}),\s*{_CAPPED}\s+(?:province|regency|district),\s*"
                   rf"(?P<country>{_CAPPED})(?:,\s*(?i:{'|'.join(MONTHS)})\s+\d{{4}})?\s*"
                   rf"[-–—]{{1,2}}\s*(?P<rest>{_LEAD}.+)", re.S)
# "101fm, Pati Tlogowungu – ": a radio station's frequency, then the place as printed
_FREQUENCY = re.compile(rf"\d{{2,3}}(?:[.,]\d)?\s?(?i:fm),\s*(?P<place>{_CAPPED})\s*[-–—]{{1,2}}"
                        rf"\s*(?P<rest>{_LEAD}.+)", re.S)
_SPLIT = re.compile(r"\s*(?:,|•+|\||\sI(?=\s))\s*")
_SPACED_ADDRESS = re.compile(rf"(?P<place>.+?)\s+(?P<outlet>{_ADDRESS})")
_MAX_NAME_WORDS = 4
_MIN_SHOUTED = 4


def loose_dateline(text: str) -> Dateline | None:
    """(place, outlet, rest) for a lead opening in one of the module's forms; else None."""
    if (stopped := stopped_dateline(text)) is not None:
        return stopped  # round 37: "KUANSING.~ ", "Bangkinang Kota ; " (dateline_stops.py)
    if (m := _BRACKETED.match(text)) and _shouted(m["place"]):
        return m["place"], m["outlet"], m["rest"]
    if (m := _STAMP_FIRST.match(text)) and is_place(m["place"]) and not is_place(m["outlet"]):
        return m["place"], m["outlet"], m["rest"]
    if (m := _FREQUENCY.match(text)) and is_place(m["place"].split()[0]):
        return m["place"], None, m["rest"]  # the station's masthead names it, not its dial
    if (m := _WIRE.match(text)) and m["country"].lower() in COUNTRIES:
        return m["place"], None, m["rest"]
    m = _HEAD.match(text)
    if m is None:
        return None
    names = _names(m["head"].strip())
    if names is None:
        return None
    place, outlet = names
    return place, outlet, m["rest"]


def _names(head: str) -> tuple[str, str] | None:
    """(place, outlet) of the words before the dash, or None unless they are two such names."""
    parts = [p for p in _SPLIT.split(head) if p]
    if len(parts) == 1 and (spaced := _SPACED_ADDRESS.fullmatch(parts[0])):
        parts = [spaced["place"], spaced["outlet"]]  # "MANDALIKA radarntb.com"
    if len(parts) != 2 or any(len(p.split()) > _MAX_NAME_WORDS or is_furniture_word(p)
                              for p in parts):
        return None
    for place, outlet in (parts, parts[::-1]):
        web = re.fullmatch(rf"(?:[A-Z][\w-]* )*{_ADDRESS}", outlet) is not None
        if web and not re.search(_ADDRESS, place) and (is_place(place) or _shouted(place)):
            return place, outlet
        if is_place(place) and not is_place(outlet) and _brand(outlet):
            return place, outlet
    return None


def _shouted(name: str) -> bool:
    """A place's name in capitals, no outlet's ("BILA RIASE", not "TVRI")."""
    return name.isupper() and len(name.replace(" ", "")) >= _MIN_SHOUTED \
        and not outlet_like(name)


def _brand(name: str) -> bool:
    """A capitalised brand of one to three words ("Aktual News", "Kabar Desa")."""
    words = name.split()
    return 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words) \
        and (outlet_like(name) or len(words) >= 2)


# "MUARA ENIM, SOUTH SUMATRA", "Mataram, West Nusa Tenggara": a province spelled in English
_ENGLISH_REGION = re.compile(r"(?P<city>[^,]+),\s*(?i:north|south|east|west|central|southeast"
                             r"|southwest|northeast|northwest)\s+[A-Za-z]+(?:\s+[A-Za-z]+)?")


# "DEBORA BR SEMBIRING. KABANJAHE": the writer's shouted name closed by its full stop
_SIGNED = re.compile(r"(?P<name>[A-Z][A-Z'’]+(?: [A-Z][A-Z'’]+){1,3})\.\s+(?P<city>[A-Z].+)")

_AREA_WORDS = frozenset({"kota", "kabupaten", "desa", "kecamatan", "kampung", "pulau", "teluk",
                         "tanjung", "gunung", "bukit", "pasar", "distrik", "kelurahan"})


def trimmed_region(text: str, found: Dateline) -> Dateline:
    """`found` with the city alone for its place when the region after it is "JAKARTA
    INDONESIA" (a country, no comma: the wire's city), "MUARA ENIM, SOUTH SUMATRA" (an English
    province: the wire's form again) or "PONTIANAK , Kalimantan Barat" (a space before the
    comma: the province an aside); "PEKANBARU, RIAU" and "Jayapura, Papua" stay whole. A
    writer's shouted name closed by a full stop before the city is no part of it either."""
    place, outlet, rest = found
    if not place:
        return (outlet, None, rest) if outlet and _initials_of_place(outlet, rest) else found
    city = None
    words = place.split()
    if len(words) >= 2 and words[-1].lower() in COUNTRIES and "," not in place:
        city = " ".join(words[:-1])
    elif m := _ENGLISH_REGION.fullmatch(place):
        city = m["city"].strip()
    elif "," in place and re.match(rf"{re.escape(place.split(',')[0].strip())} ,", text):
        city = place.split(",")[0].strip()
    elif (signed := _SIGNED.fullmatch(place)) and not is_place(signed["name"]) \
            and signed["name"].split()[0].lower() not in _AREA_WORDS:
        city = signed["city"]  # "DEBORA BR SEMBIRING. KABANJAHE — ": the writer, the place
    return (city, outlet, rest) if city and is_place(city) else found


_MAX_INITIALS = 5
_CAPPED_RUN = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,4}")


def _initials_of_place(name: str, rest: str) -> bool:
    """`name` is the initials of a known place of two to five words the lead spells out."""
    if not (name.isupper() and name.isalpha() and 2 <= len(name) <= _MAX_INITIALS):
        return False
    for run in _CAPPED_RUN.findall(rest):
        words = run.split()
        for at in range(len(words) - len(name) + 1):
            part = words[at:at + len(name)]
            if "".join(w[0] for w in part) == name and is_place(" ".join(part)):
                return True
    return False


def masthead_ending(name: str, sites: tuple[str, ...]) -> str | None:
    """The page's logo line of two or three shouted words that ends in the shouted `name`
    ("HARIAN BERSAMA" for "DELI SERDANG, BERSAMA"): the outlet, by its short name."""
    if not name.isupper() or " " in name:
        return None
    return next((s.strip() for s in sites if s.isupper() and 2 <= len(s.split()) <= 3
                 and s.split()[-1] == name and not is_place(s.strip())), None)


# "UNPATTI-Ambon, Kamis (19/2).": a dateline alone on its line, the day and date after it
_DATED_LONE = re.compile(rf"(?P<head>.+?),\s*(?i:{'|'.join(DAYS)})\s*\(\d{{1,2}}/\d{{1,2}}"
                         r"(?:/\d{2,4})?\)\s*[.,]?")


def dated_lone(text: str, read) -> tuple[str | None, str | None] | None:
    """`read`'s (place, outlet) of a line that is a dateline with its day and date, alone; a
    shouted short stamp before the place ("UNPATTI-") gives way to the masthead, as an
    abbreviated stamp does."""
    m = _DATED_LONE.fullmatch(text.strip())
    found = read(m["head"]) if m else None
    if found and found[0] and found[1] and found[1].isupper() and found[1].isalpha():
        return found[0], None
    return found

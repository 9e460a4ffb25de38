"""Pure (round 35): shouted datelines whose parts the tables do not split: the outlet's slot
left empty between the comma and the dash ("METRO,  — Pemerintah ..."), and a shouted brand
that ends in a media word, then the place, no comma between ("METRO ONLINE LINGGA--Anggota",
"KABAR ONLINE TUBAN – ")."""

from __future__ import annotations

import re

from .boilerplate_datelines import MIN_DATELINE_REST_WORDS, OUTLET_WORDS
from .dateline_guard import OFFICE_WORDS, furniture_place
from .dateline_names import _PLACE_PARTS, is_place
from .stopwords import is_stopword

Dateline = tuple[str | None, str | None, str]

_SHOUTED = r"[A-Z][A-Z'’.]*(?:-[A-Z'’.]+)*"
# "METRO,  — ", "SUKAMAJU, – ": a shouted name, its comma, nothing, then the dash
# (the gap kept: "LINTAS BIINMAFFO,- " glues its dash to the comma, an outlet's stamp; no stop
# inside: "KM. LENGGE WAWO,- " is a brand's short form)
_EMPTY_SLOT = re.compile(r"(?P<place>[A-Z][A-Z'’]+(?:[ -][A-Z][A-Z'’]+){0,2}),\s+[-–—]{1,2}\s+"
                         r"(?P<rest>[A-Z\"“].*)", re.DOTALL)
# "METRO ONLINE LINGGA--", "KABAR ONLINE TUBAN – ": shouted words, then the dash
_SHOUTED_RUN = re.compile(rf"(?P<names>{_SHOUTED}(?: {_SHOUTED}){{2,4}})\s*[-–—]{{1,2}}\s*"
                          r"(?P<rest>[A-Z\"“].*)", re.DOTALL)


def _enough(rest: str) -> bool:
    return len(rest.split()) >= MIN_DATELINE_REST_WORDS


def empty_slot(text: str) -> Dateline | None:
    """(place, None, rest) for "METRO,  — Pemerintah Kota (Pemkot) Metro ...": a shouted name,
    a comma and the dash with the outlet's name left out between, the name one that a menu
    also prints as a rubric ("METRO"), which the lead names as its city, regency or village
    (a rubric in the slot names nothing the lead calls a place); else None."""
    m = _EMPTY_SLOT.match(text)
    if m is None or not _enough(m["rest"]):
        return None
    place = m["place"]
    first = place.split()[0].lower()
    if is_stopword(first) or first in OFFICE_WORDS or furniture_place(place) \
            or not _region_named(place).search(m["rest"]):
        return None
    return place, None, m["rest"]


def _region_named(name: str) -> re.Pattern[str]:
    """"Kota Metro", "Pemerintah Kota (Pemkot) Metro", "Pemkab Metro": the name as a region."""
    return re.compile(rf"\b(?:Desa|Kelurahan|Kecamatan|Kabupaten|Kota|Pemkot|Pemkab|Distrik"
                      rf"|Nagari)(?:\s*\([^()]{{1,20}}\))?\s+{re.escape(name)}\b", re.I)


def media_brand_place(name: str) -> tuple[str, str] | None:
    """(place, outlet) for "METRO ONLINE LINGGA": a shouted brand of two words or more that
    ends in a media word ("ONLINE", "NEWS", "POST") and holds no place, then a known place (one
    word or two); else None."""
    words = name.split()
    if len(words) < 3 or not name.isupper():
        return None
    for cut in (len(words) - 1, len(words) - 2):
        brand, place = words[:cut], " ".join(words[cut:])
        if len(brand) >= 2 and is_place(place) and OUTLET_WORDS.fullmatch(brand[-1]) \
                and not any(is_place(w) for w in brand):
            return place, " ".join(brand)
    return None


def brand_place_lead(text: str) -> Dateline | None:
    """(place, outlet, rest) for "METRO ONLINE LINGGA--Anggota ...": the brand and the place
    of media_brand_place, the dash glued to the lead."""
    m = _SHOUTED_RUN.match(text)
    if m is None or not _enough(m["rest"]) or (split := media_brand_place(m["names"])) is None:
        return None
    return split[0], split[1], m["rest"]


_CREDIT_WORD = re.compile(r"(?i)(?:foto|photo|dok|dokumentasi|ilustrasi|istimewa|sumber|source"
                          r"|redaksi|tim|team|admin|editor|penulis|reporter|oleh|by|dari|kami)\b")


def _own_masthead(place: str, named: str, sites: tuple[str, ...]) -> bool:
    """Whether "Negara, DenPost" alone on its line names an unlisted place before the page's
    own masthead (one of `sites`, the logo's lines): the outlet vouches for the dateline there,
    where an unknown word alone would be no place; a credit's word ("Foto, DenPost") is none."""
    key = re.sub(r"[\W_]+", "", named.lower())
    words = place.lower().split()  # two words only with a place's part ("Teluk Rayap")
    return (len(words) == 1 or len(words) == 2 and any(w in _PLACE_PARTS for w in words)) \
        and place[:1].isupper() and not _CREDIT_WORD.match(place) \
        and place.split()[0].lower() not in OFFICE_WORDS and not furniture_place(place) \
        and any(key and key == re.sub(r"[\W_]+", "", s.lower()) for s in sites)

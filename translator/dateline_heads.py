"""Pure: what stands before or around a dateline on the lead's line (round 27).

The regexes datelines.match_dateline reads first (moved here whole from datelines.py: a caption
or a metadata token glued before the dateline), and the shapes round 27 added:
- an image's file name glued before a shouted dateline ("web_bapendaKUALA KAPUAS – ");
- a brand whose name ends in a numeral before the place ("KABAR KALIMANTAN 1, Sampit – ");
- the place's larger area in brackets after it ("ABEPURA (KOTA JAYAPURA) - "): no outlet;
- a country over a headline ("Indonesia - Jakarta clinics see more ..."): a blog's title with
  its desk's country first, no dateline over a lead."""

from __future__ import annotations

import re

from .boilerplate_datelines import _DASH, _PLACE, PROVINCE_SHORT
from .dateline_names import COUNTRIES, is_furniture_word, is_place
from .lines import FINAL

Dateline = tuple[str | None, str | None, str]

_GLUED_LABEL = re.compile(r"(?:On|By)(?=[A-Z]{3,}\b)")
_CAPTION_STOP = re.compile(r"[^,\n]{3,100}?[a-z]\.,\s")
_DATE_FIRST = re.compile(r"(?:[A-Z][a-z'’]+,?\s+)?\d{1,2}\s+[A-Z]")
# A page's metadata token copied onto the lead's line before its dateline: "date 2026-02-10 ",
# "Published: 2026-02-10T09:00 "; or the label alone, its date lost ("Posted on http://...").
_META_DATE = re.compile(r"(?:(?i:date|tanggal|published|posted|diterbitkan|terbit)\s*:?\s*"
                        r"(?P<date>\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?)?\s+"
                        r"|(?:Posted|Published|Diposting|Diterbitkan) (?:on|pada)\s+)(?=\S)")


# A photo's caption glued before the dateline on the lead's line ("Name, role., Jakarta –
# ..."): a short run of words closed by its full stop, then names and a dash.
# "... evening. (@unit.badung), BADUNG – ": the caption's photo credit in brackets after its stop.
_GLUED_CAPTION = re.compile(r"[^.!?\n]{3,100}?[.!?]\)?(?:\s*\([^()\n]{2,40}\))?,?\s+"
                            r"(?=[A-Z][\w.'’]*(?:,?\s[A-Z][\w.'’]*){0,3}\s*[-–—]{1,2}\s)")


# A dateline's address glued to the sentence's first word, no space nor dash between them, in
# lower case or shouted as the logo prints it ("SUKABUMIKITA.IDRatusan", "RADARBOGOR.COMWarga").
_GLUED_DOMAIN = re.compile(r"[^.\n]{0,40}?\b(?:[a-z][\w-]*\.(?:co\.id|com|id|net)"
                           r"|[A-Z][A-Z0-9-]{3,}\.(?:CO\.ID|COM|ID|NET))(?=[A-Z][a-z])")


def lead_date(text: str) -> str | None:
    """The ISO date of a metadata token the lead's line opens with ("date 2026-02-10 ..."), a
    page's own stamp of publication; None without one."""
    m = _META_DATE.match(text)
    return m.group("date") if m else None


# An image's file name or alt token that a copy kept on the lead's line, glued before the
# dateline: "web_bapendaKUALA KAPUAS – ", "foto_humas_2SAMPIT – ", "foto_dinkesKupang – ",
# "IMG_20260209_101522PALU - ", "DSC0042.jpgKUPANG – ". A snake_case name or a camera's name.
_IMAGE_NAME = re.compile(r"(?:[a-z][a-z0-9]*(?:[_-][a-z0-9]+)*_[a-z0-9]+"
                         r"|(?:IMG|DSC|PXL|WA)[_-]?\d[\w-]*?)"
                         r"(?:\.(?i:jpe?g|png|webp|gif))?(?=[A-Z]{3,}\b|[A-Z][a-z]{2,})")


def after_image_name(text: str) -> str | None:
    """The line after an image's name glued before its first word; None without one."""
    m = _IMAGE_NAME.match(text)
    return text[m.end():] if m else None


# "KABAR KALIMANTAN 1, Sampit – ", "Suara Indonesia 1, Manado – ", "Lintas 24, Medan – ": a
# brand whose name ends in a numeral (its channel or edition), a comma and a known place.
_NUMBERED_BRAND = re.compile(rf"(?P<outlet>[A-Z][\w.]*(?:\s[A-Z][\w.]*){{0,3}}\s\d{{1,3}}),\s*"
                             rf"(?P<place>{_PLACE}){_DASH}(?P<rest>[A-Z\"“].+)")


def numbered_brand(text: str) -> Dateline | None:
    """(place, outlet, rest) of a numbered brand's dateline; None without one."""
    m = _NUMBERED_BRAND.fullmatch(text)
    if m is None or not is_place(m["place"]) or is_place(m["outlet"].rsplit(None, 1)[0]) \
            or is_furniture_word(m["outlet"].rsplit(None, 1)[0]):
        return None
    return m["place"], m["outlet"], m["rest"]


# The larger area a dateline's place lies in, in brackets after it: "ABEPURA (KOTA JAYAPURA)
# - ", "Sentani (Kabupaten Jayapura) – ", "Waena (Jayapura) – ", "Praya (NTB) – ": a region
# or a province's short form, no outlet.
_REGION_KIND = re.compile(r"(?i:kota|kabupaten|kab\.|provinsi|distrik|kecamatan)\s+[A-Z]")


def area_not_outlet(text: str, found: Dateline) -> Dateline:
    """`found` without an outlet that is its place's larger area in brackets."""
    place, outlet, rest = found
    if not (place and outlet) or not text.startswith(place) \
            or not re.match(rf"{re.escape(place)}\s*\(\s*{re.escape(outlet)}\s*\)", text):
        return found
    if is_place(outlet) or _REGION_KIND.match(outlet) or outlet.lower() in PROVINCE_SHORT:
        return place, None, rest
    return found


_MAX_HEADLINE_WORDS = 16


def country_headline(found: Dateline | None) -> bool:
    """A country where the place would be, no outlet, over a short run of words with no
    sentence's end: a blog's headline with its desk's country first ("Indonesia - Jakarta
    clinics see more young diabetics as sweet drinks boom", "Malaysia - Floods close 40
    schools in Kelantan"), not a dateline over a lead."""
    if not found or found[1] or not found[0] or found[0].lower() not in COUNTRIES:
        return False
    rest = found[2].strip()
    return not FINAL.search(rest) and len(rest.split()) <= _MAX_HEADLINE_WORDS

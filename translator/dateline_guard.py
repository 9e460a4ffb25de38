"""Pure: the lead's head put in a form the dateline rows read, and the check every chosen
dateline passes: a dateline is a place (or a place and its region) as printed, never the page's
own outlet or web address, never an office or institution, never a desk.

tidy_lead rewrites only the dateline's head (the sentence after the dash is untouched):
"(Padang, Sumatera Barat) - " -> "Padang, Sumatera Barat - ", (round 38) "[Taliwang, 12
Oktober 2026] – " -> "Taliwang, 12 Oktober 2026 – ", "Wonosari, Pulau Rimau, – " ->
"Wonosari, Pulau Rimau – ", "Dumai, Maret 2026 — " -> "Dumai — ", "Sulawesi Tenggara, 12
Februari 2026 --- " -> "Sulawesi Tenggara, 12 Februari 2026 — "."""

from __future__ import annotations

import re

from .dateline_address import named_as_region
from .dateline_agency import agency_dated
from .dateline_editions import edition_pair
from .boilerplate_datelines import OUTLET_WORDS, REGION_ABBREVIATIONS
from .dateline_names import _PLACE_PARTS, _known, is_place, outlet_like
from .dateline_swaps import _INSTITUTION_WORDS
from .dates import MONTHS
from .shapes import is_stopword

Dateline = tuple[str | None, str | None, str]

_MONTH = "|".join(sorted((m for m in MONTHS if len(m) > 3), key=len, reverse=True))
_NAME = r"[A-Z][\w'’.]*(?:\s[A-Z][\w'’.]*){0,3}"
# "(Padang, Sumatera Barat) - ", "(Sleman, DIY) – ": a place and its region in round brackets
_ROUND = re.compile(rf"\((?P<names>{_NAME}(?:,\s*{_NAME})?)\)\s*(?P<dash>[-–—]{{1,2}})\s+")
# round 38: "[Taliwang, 12 Oktober 2026] – ": a place and its date in square brackets
_SQUARE_DATED = re.compile(rf"\[(?P<place>{_NAME}),\s*(?P<date>\d{{1,2}}\s+[A-Z][a-z]{{2,8}}\.?\s+\d{{4}}"
                           r"|\d{1,2}/\d{1,2}/\d{4})\]\s*(?P<dash>[-–—]{1,2})\s+(?=[A-Z\"“])",
                           re.IGNORECASE)
# "Wonosari, Pulau Rimau, – ", "Bantul, DIY, - ": a stray comma before the dateline's dash
_STRAY_COMMA = re.compile(rf"(?P<head>{_NAME},\s*{_NAME}),\s*(?P<dash>[-–—]{{1,2}})\s+")
# "Dumai, Maret 2026 — ", "Sorong, Februari 2026 - ": a month and year, no day: no date
_MONTH_YEAR = re.compile(rf"(?P<head>{_NAME}),\s*(?:{_MONTH})\s+\d{{4}}\s*"
                         r"(?P<dash>[-–—]{1,2})\s+", re.IGNORECASE)
# "Sulawesi Tenggara, 12 Februari 2026 --- ", "Kendari --- ": a triple hyphen for the dash
_TRIPLE = re.compile(r"(?P<head>[^\n]{2,60}?)\s*-{3}\s+(?=[A-Z\"“])")


# "KALBAR // propamnewstv.id – ", "Sambas // beritaku.com - ": a double slash between the
# place and the outlet's web address, where others print a comma
_DOUBLE_SLASH = re.compile(rf"(?P<place>{_NAME})\s*//\s*(?P<domain>[\w-]+(?:\.[\w-]+)+)\s*"
                           r"(?P<dash>[-–—]{1,2})\s+")
# "Polres Landak ~ Polda Kalbar ~ Sie Humas~ Suasana ...": the units that issued the story,
# strung by tildes between the dateline and the first sentence (two or more of them)
TILDE_ISSUER = re.compile(r"(?:[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,3}\s*~\s*){2,}(?=[A-Z\"“])")


def tidy_lead(text: str) -> str:
    """The lead with its dateline's head in the forms the rows read (see the module's
    docstring); a line that opens no such head is returned as it was."""
    if dated := agency_dated(text):
        return dated  # round 36: "Taichung, 14 Mei (CNA) – "
    if (m := _ROUND.match(text)) and is_place(m["names"].split(",")[0].strip()):
        return f"{m['names']} {m['dash']} {text[m.end():]}"
    if (m := _SQUARE_DATED.match(text)) and is_place(m["place"]):
        return f"{m['place']}, {m['date']} {m['dash']} {text[m.end():]}"
    if (m := _STRAY_COMMA.match(text)) and _placed(m["head"].split(",")[0].strip(), text):
        return f"{m['head']} {m['dash']} {text[m.end():]}"
    if (m := _MONTH_YEAR.match(text)) and _month_head(m["head"].split(",")[0].strip(), text):
        return f"{m['head']} {m['dash']} {text[m.end():]}"
    if (m := _DOUBLE_SLASH.match(text)) and "." in m["domain"]:
        return f"{m['place']}, {m['domain']} {m['dash']} {text[m.end():]}"
    if (m := _TRIPLE.match(text)) and "-" not in m["head"]:
        return f"{m['head']} — {text[m.end():]}"
    return text


def _placed(name: str, text: str) -> bool:
    """A known place, or a name the lead itself calls a village or district ("Sukamaju, ... -
    Pemerintah Desa Sukamaju"): a gazetteer knows few villages."""
    return is_place(name) or named_as_region(name, text[len(name):])


# "Desa Sukamaju", "Kelurahan Cibeber", "Nagari Koto Baru": a village's or district's kind
_REGION_KIND = re.compile(r"(?:Desa|Kelurahan|Kecamatan|Nagari|Gampong|Kampung)\s+(?P<name>\S.*)")


def _month_head(head: str, text: str) -> bool:
    """The head of "Dumai, Maret 2026 — " or "Desa Sukamaju, Maret 2026 – Pemerintah Desa
    Sukamaju ...": a known place, or a village named by its kind that the lead names again."""
    kind = _REGION_KIND.fullmatch(head)
    return is_place(head) or bool(kind and text.count(head) > 1 and kind["name"][0].isupper())


def village_pair(text: str, found: Dateline) -> Dateline:
    """"Wonosari, Pulau Rimau – Pemerintah Desa Wonosari, Kecamatan Pulau Rimau ...", "Sukamaju,
    Cibeber - ... di Kecamatan Cibeber": a place (known, or a village the lead names), a comma
    and a name the lead itself calls a district or regency: the two are the dateline, as
    printed, and the second no outlet. Round 37: an edition's region, then the town
    (dateline_editions.py)."""
    place, outlet, rest = found
    if not (place and outlet and _placed(place, rest)) or is_place(outlet) \
            or outlet_like(outlet, acronyms=False) or _known(outlet) or "." in outlet \
            or not named_as_region(outlet, rest) \
            or not re.match(rf"{re.escape(place)},\s*{re.escape(outlet)},?\s*[-–—]", text):
        # "ROKAN HILIR, BAGAN BATU (13/4/2026) - ... Pasar Subuh Bagan Batu": the town alone
        return edition_pair(text, found)
    return f"{place}, {outlet}", None, rest


# The first word of an office's or institution's name: such a name is its stamp or the
# lead's subject, never a dateline ("Dinas Pendidikan", "Polres Bima", "Kementerian Agama").
OFFICE_WORDS = _INSTITUTION_WORDS | frozenset("""
kementerian kemendikbud badan biro bagian kantor sekretariat universitas fakultas rsud puskesmas
bappeda disdik disdikpora dispendik bpbd basarnas pengadilan kejaksaan dewan majelis komisi
setwan sekwan setdako setdakab setdaprov
""".split())

# "KABUPATEN BIMA.OBORBIMA.ID", "KOTA BIMA.OBORBIMA.ID": a shouted region glued by a full
# stop to the outlet's shouted web address.
_REGION_DOT_DOMAIN = re.compile(r"(?P<place>[A-Z][A-Z'’ ]{2,40}?)\."
                                r"(?P<domain>[A-Z0-9][A-Z0-9-]{2,30}"
                                r"\.(?:CO\.ID|OR\.ID|COM|ID|NET|ORG|NEWS|INFO|TV|CO))")
# "sieradmu.com Klaten – ", "beritaku.id Kota Batu – ": the outlet's lower-case web address,
# then the place, no comma between them.
_DOMAIN_PLACE = re.compile(r"(?P<domain>[a-z][a-z0-9-]{2,30}\.(?:co\.id|or\.id|com|id|net|org"
                           r"|news|info|tv))\s+(?P<place>[A-Z][a-z'’]+(?:\s[A-Z][a-z'’]+)?)"
                           r"\s*[-–—]{1,2}\s+(?P<rest>[A-Z\"“].*)", re.DOTALL)
# "Maritim Indonesia – ", "Warta Indonesia - ": one or two capitalised words that are no place
# before "Indonesia": a brand's name (an outlet-only dateline), not a place in Indonesia.
_BRAND_INDONESIA = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)? Indonesia")


def domain_then_place(text: str) -> Dateline | None:
    """(place, address, rest) for "sieradmu.com Klaten – Lembaga ...": a known place after the
    outlet's lower-case address; else None."""
    m = _DOMAIN_PLACE.match(text)
    if m and is_place(m["place"]):
        return m["place"], m["domain"], m["rest"]
    return None


# Round 34: a regional office's one-word short form ("Dishubkominfo", "Diskominfo", "Dinkes",
# "Disdikbud", "Humas", "Prokopim"), its press desk stamping the story before the place.
_OFFICE_SHORT = re.compile(r"(?:D(?:is|in)(?:hub|kominfo|info|kes|dik|sos|tan|pora|dukcapil"
                           r"|perindag|naker|pupr|lh|pmd|kop|par|bud|pertan|kan|perkim|pang)"
                           r"[a-z]*|Humas|Prokopim|Bappeda|Setda|Setwan)")


def guard(text: str, found: Dateline | None) -> Dateline | None:
    """`found` with its place checked: a region glued to the outlet's address by a full stop
    is split ("KABUPATEN BIMA.OBORBIMA.ID"); an office's name is no place, and when it follows
    the outlet's dash it is the lead's own first words ("Edupost.id – Dinas Pendidikan, Pemuda
    dan Olahraga ..."); a brand before "Indonesia" ("Maritim Indonesia") is the outlet, no
    place."""
    if found is None or not found[0]:
        return found
    place, outlet, rest = found
    if (glued := _REGION_DOT_DOMAIN.fullmatch(place)) and not outlet:
        return glued["place"].strip(), glued["domain"], rest
    words = place.split()
    if outlet and _OFFICE_SHORT.fullmatch(place) and is_place(outlet):
        return outlet, None, rest  # round 34: "Dishubkominfo, Singaparna – ": the desk, the place
    if words[0].lower() in OFFICE_WORDS and not is_place(place):
        at = text.find(place)
        if outlet and at > 0 and text.find(outlet) < at:
            return None, outlet, text[at:]  # the office opens the lead
        return None, outlet, rest
    # "Sintang Review - ", "Bekasi Post - ", "Garut Times – ": a place then a media noun,
    # nothing else: the outlet's own name read as the place, never a dateline
    if not outlet and _media_named(place):
        return None, place, rest
    # (the page's top lines are no test here: a menu prints its places, "Kendari", "Bontang")
    if not outlet and _brand_indonesia(place):
        return None, place, rest
    return found


def furniture_place(name: str | None) -> bool:
    """Whether a guessed dateline is no place by the check above: an office's name ("Dinas
    Pendidikan", "Polres Bima"), a web address ("OBORBIMA.ID", "sieradmu.com") or a brand
    before "Indonesia" ("Maritim Indonesia"); a known place never is."""
    if not name or is_place(name):
        return False
    words = name.split()
    return words[0].lower() in OFFICE_WORDS or bool(re.search(r"\.[A-Za-z]{2,4}\b", name)) \
        or _brand_indonesia(name) or _media_named(name) or common_phrase(name)


# round 31: a noun of the pe(N)-/per- ... -an family ("Pengawasan", "Pembangunan", "Perencanaan",
# "Pelayanan"): a common word, which no place's name of two words or more is made of.
_AFFIXED_NOUN = re.compile(r"(?i)pe(?:r|ng|ny|n|m)?[a-z]{3,}an")


def common_phrase(name: str) -> bool:
    """Whether a guessed dateline of two words or more is a phrase of common words: a banner
    or crosshead ("PENGAWASAN DATA PEMILIH", "Pelayanan Publik Terpadu", "DARI DESA UNTUK NEGERI"): a pe(N)-...-an noun or a function word inside it, no place's word."""
    words = name.split()
    return len(words) > 1 and not is_place(name) \
        and not any(is_place(w) or w.lower() in _PLACE_PARTS for w in words) \
        and (any(_AFFIXED_NOUN.fullmatch(w) for w in words)
             or any(is_stopword(w) for w in words[1:-1]))  # "Kebayoran Lama" ends in one


def _brand_indonesia(name: str) -> bool:
    """"Maritim Indonesia", "Warta Indonesia": words that are no place before "Indonesia"."""
    return bool(_BRAND_INDONESIA.fullmatch(name)) and not is_place(name.rsplit(" ", 1)[0])


def _media_named(name: str) -> bool:
    """A known place then one media noun and nothing else ("Sintang Review", "Bekasi Post",
    "Garut Times"): an outlet's name, never a dateline; a known place never is one."""
    words = name.split()
    head = " ".join(words[:-1])
    # round 31: a province's short form as the place ("Jatim Newsroom", "Sulsel Post")
    return len(words) > 1 and not is_place(name) \
        and (is_place(head) or head.lower() in REGION_ABBREVIATIONS) \
        and bool(OUTLET_WORDS.fullmatch(words[-1]))

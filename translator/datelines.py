"""Pure: the dateline that opens a story ("JAKARTA, KOMPAS.com -", "Liputan6.com, Jakarta -",
"KBR - Jakarta -", "JAKARTA Pemerintah ...") as its place and its outlet.

The shapes are rows of boilerplate.DATELINES; this module decides what the names in them are.
An outlet is the outlet, not the place ("KBR -", "MINEWS -", "RMOL."); a furniture word is
neither ("ADVERTISEMENT", "Premium"); in the order `X - Y -` whichever is a known place is the
place."""

from __future__ import annotations

import re
from itertools import takewhile

from .boilerplate import (
    BARE_DATELINE,
    DATELINES,
    MIN_DATELINE_REST_WORDS,
    UNPUNCTUATED_DATELINE,
)
from .boilerplate_datelines import BRACKETED as _BRACKETED
from .boilerplate_datelines import REGION_ABBREVIATIONS
from .dateline_names import (  # noqa: F401  (re-exported)
    _MAX_ACRONYM,
    _known,
    _named_after,
    _opens_with_place,
    _squash,
    is_furniture_word,
    is_place,
    names_itself,
    outlet_like,
    outlet_name,
)
from .dates import DAYS, MONTHS, split_dated
from .shapes import is_stopword

# An all-capitals name no table knows is taken for a place from this length ("PEKANBARU").
_MIN_UPPER_PLACE = 4
# Glued to its dash ("PEKANBARU-Pemerintah"), an unknown shouted name must be longer still:
# "ASEAN-Jepang", "COVID-Varian" are compounds.
_MIN_GLUED_SHOUTED = 6

Dateline = tuple[str | None, str | None, str]


# "Tribratanewssumbabarat.com – Polres Sumba Barat ; Pencurian ...": the unit that issued the
# story, a few capitalised words and a semicolon between the dateline and the first sentence.
_ISSUER = re.compile(r"[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,4}\s*;\s+(?=[A-Z\"“])")


def match_dateline(text: str, sites: tuple[str, ...] = ()) -> Dateline | None:
    """(place, outlet, paragraph text) when the line opens with a dateline: a row of the
    tables, else the dateline's shape (shape_dateline); `sites`: the page's names for itself.
    An issuing unit after it ("Polres Sumba Barat ;") is no part of the paragraph."""
    found = _match_dateline(text, sites)
    if found is None and (dated := split_dated(text)):
        found = _match_dateline(dated[0], sites)  # "Medan, 14 Oktober 2025 — ": the date cut
        if found and not is_place(found[0]) and is_stopword(found[0] or ""):
            found = None  # "Pada 14 Oktober 2025 — ": a sentence that opens with its date
    if found is None and (bracket := _BRACKETED.match(text)):
        found = _match_dateline(f"{bracket.group('names')} — {text[bracket.end():]}", sites)
    if found is None:
        return None
    issuer = _ISSUER.match(found[2])
    return (*found[:2], found[2][issuer.end():]) if issuer else found


def _match_dateline(text: str, sites: tuple[str, ...] = ()) -> Dateline | None:
    """match_dateline before the issuing unit is cut."""
    for row in DATELINES:
        m = row.pattern.fullmatch(text)
        if not m or len(m.group("rest").split()) < MIN_DATELINE_REST_WORDS:
            continue
        g = m.groupdict()
        names = _resolve(g.get("place"), g.get("outlet"))
        if names is None:
            continue
        place, outlet = _own_name(*names, sites)
        if row.strict and not (is_place(place) or _known(outlet)):
            continue
        if row.pair and not any(is_place(n) or _known(n) for n in names):
            continue
        if row.named and not (outlet and outlet_like(outlet, acronyms=False)):
            continue  # "JAKARTA-BANDUNG, Kereta ...": two places, no outlet
        rest = m.group("rest").strip()
        if row.glued and not _glued_place(place, rest):
            continue
        if rest[0].islower() and not (is_place(place) or _known(outlet)):
            continue  # "Menurut Kepala Dinas - yang ...": an aside, not a dateline
        if place and not outlet and _aside(place, rest):
            continue
        longer = shape_dateline(text, sites)
        if longer and len(longer[2]) < len(rest) and place in (longer[0], None):
            return longer  # "MEDAN - DeteksiNusantara.Com. ...": the row read one name of two
        return place, outlet, rest
    return shape_dateline(text, sites) or _unpunctuated(text) or _lower_brand(text, sites)


# "batampos – PT ASDP ...": an outlet-only dateline in the brand's lower case.
_LOWER_BRAND = re.compile(r"(?P<outlet>[a-z][a-z0-9]{3,24})\s+[-–—]{1,2}\s+(?P<rest>[A-Z\"“].*)")


def _lower_brand(text: str, sites: tuple[str, ...]) -> Dateline | None:
    """A lower-case word before a dash that the page's own lines write as its name (a photo
    credit's "Batam Pos"): the outlet; a lower-case word alone says nothing."""
    m = _LOWER_BRAND.fullmatch(text)
    if m is None or len(m.group("rest").split()) < MIN_DATELINE_REST_WORDS \
            or not names_itself(m.group("outlet"), sites):
        return None
    return None, m.group("outlet"), m.group("rest")


def bare_dateline(text: str, sites: tuple[str, ...] = ()) -> tuple[str | None, str | None] | None:
    """(place, outlet) when a line is only a dateline: "JAKARTA -", "Jakarta", "KOMPAS.com -",
    "SAMARINDA, Poskota Kaltim" (an outlet's name that reads as one, or that the page's own
    top lines, `sites`, print as its logo)."""
    m = BARE_DATELINE.fullmatch(text)
    if m is None:
        return None
    place = m.group("place")
    outlet = m.group("outlet") or m.group("outlet2") or m.group("outlet3")
    named = m.group("outlet4")
    if named:
        # "SAMARINDA, Poskota Kaltim": a shouted or known place, then a name that is no place
        if not place or is_place(named) or is_furniture_word(named) \
                or not (is_place(place) or place.isupper()) \
                or not (outlet_like(named, acronyms=False)
                        or _squash(named) in map(_squash, sites)):
            return None
        outlet = named
    names = _resolve(place, outlet, acronyms=False)  # a lone "KPK" line is a label
    if names is None:
        return None
    place, outlet = names
    if place and not outlet and not is_place(place) \
            and not (place.isupper() and len(place) >= _MIN_UPPER_PLACE):
        return None  # "Nasional", "Baca": a word on a line is not a dateline
    if not place and not outlet:
        return None
    return place, outlet


def _glued_place(place: str | None, rest: str) -> bool:
    """"Solo-Wali Kota ...", "PEKANBARU-Pemerintah ...": a dash with no space after a known
    place, or after a shouted name, opens a story; "Jakarta-Bandung", "ASEAN-Jepang" (a route,
    a pair: the next word is a place too) do not."""
    if not place:
        return False
    if _opens_with_place(rest):
        return False
    return is_place(place) or (place.isupper() and len(place) >= _MIN_GLUED_SHOUTED
                               and not outlet_like(place))


def _aside(place: str, rest: str) -> bool:
    """A row's "place" that is a day ("Selasa -") or a title set off by dashes in prose
    ("Kepala Dinas - Budi Santoso - mengatakan ..."): no dateline."""
    if place.lower() in _DATE_WORDS:
        return True
    if is_place(place) or place.isupper():
        return False
    return bool(re.match(r"[A-Z][\w'’]*(?: [A-Z][\w'’]*){0,3}\s+[-–—]{1,2}\s+[a-z]", rest))




_OUTLET_DOT_PLACE = re.compile(r"(?P<outlet>[A-Z]{2,5})\.(?P<place>[A-Z][A-Za-z'’ ]+)")


def _resolve(place: str | None, outlet: str | None, acronyms: bool = True
             ) -> tuple[str | None, str | None] | None:
    """The names of a dateline as (place, outlet), the roles fixed by what each name is; None
    when a name is page furniture."""
    place = place.strip() if place else None
    outlet = outlet.strip() if outlet else None
    glued = _OUTLET_DOT_PLACE.fullmatch(place) if place and not outlet else None
    if glued and is_place(glued.group("place")):
        # "MSC.MANADO -": the outlet's short form and the place, joined by a full stop
        place, outlet = glued.group("place"), glued.group("outlet")
    if place and not outlet_like(place, acronyms):
        place = _without_chrome(place)
    if place and outlet and is_furniture_word(place) and not is_furniture_word(outlet):
        # "Berita Lokal, PIFA -": the rubric stands where a place would ("Sulsel, Makassar -":
        # before the place itself)
        place, outlet = (outlet, None) if is_place(outlet) else (None, outlet)
    if any(n and is_furniture_word(n) for n in (place, outlet)):
        return None
    if place and outlet and is_place(outlet) and not is_place(place) \
            and (outlet_like(place, acronyms) or (place.isupper() and not outlet.isupper())
                 or _regional_brand(place) or _shouted_brand(place)
                 or _named_after(place, outlet)):
        # "KBR - Jakarta -": the known place is the place; so in "SUARAINDONESIA1, Manado -",
        # where an unknown shouted name stands before a known place in sentence case, and in
        # "Kitasulsel, Makassar—", where a brand glued to a province's short form does
        place, outlet = outlet, place
    if place and not outlet and outlet_like(place, acronyms):
        place, outlet = None, place  # "VIVA -", "RMOL.", "KBR -" name the outlet, not a place
    return place, outlet


def _own_name(place: str | None, outlet: str | None, sites: tuple[str, ...]
              ) -> tuple[str | None, str | None]:
    """"BPPM MAHKAMAH — " on a page whose logo line is "BPPM MAHKAMAH": the page's own name,
    shouted there as here, stands where a place would, so it is the outlet (a caption's
    "KAPAL LAMBAT -" under a menu's "Kapal Lambat" is not)."""
    if place and place.isupper() and not outlet and not is_place(place) \
            and place in (s.strip() for s in sites):
        return None, place
    if place and not outlet and not is_place(place) and sites and place == sites[0].strip() \
            and not any(w.lower() in _PLACE_PARTS for w in place.split()):
        return None, place  # "Kabar Jambi" the page's first line, its logo, and its dateline
    return place, outlet


# Words of a place's own name ("KOTA BATU", "LAMPUNG TENGAH"): such a name is a place, not a
# brand, even when no table knows it.
_PLACE_PARTS = frozenset({
    "kota", "kabupaten", "kab", "pulau", "kepulauan", "tanjung", "sungai", "gunung", "teluk",
    "bandar", "barat", "timur", "utara", "selatan", "tengah", "baru", "kidul", "laut", "new",
    "north", "south", "east", "west"})


def _shouted_brand(name: str) -> bool:
    """"MATA INDONESIA" before "JAKARTA": two or three shouted words that no table knows as a
    place and that hold no word of a place's name read as the outlet."""
    words = name.split()
    return name.isupper() and 2 <= len(words) <= 3 and not is_place(name) \
        and not is_place(words[0]) and not any(w.lower().strip(".") in _PLACE_PARTS for w in words)


def _regional_brand(name: str) -> bool:
    """One word that glues a province's short form to a prefix: "Kitasulsel", "BENTENGSUMBAR"."""
    low = name.lower()
    return name.isalnum() and any(low.endswith(r) and len(low) - len(r) >= _MAX_ACRONYM
                                  for r in REGION_ABBREVIATIONS)


def _without_chrome(place: str) -> str:
    """"ADVERTISEMENT JAKARTA" -> "JAKARTA": a label copied onto the dateline's line."""
    words = place.split()
    while len(words) > 1 and is_furniture_word(words[0]):
        words.pop(0)
    return " ".join(words)


def _unpunctuated(text: str) -> Dateline | None:
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


# --- the shape: what no row lists --------------------------------------------------------------
# A dateline is a short prefix (at most _MAX_SHAPE_TOKENS words) of one to three names, a place
# and/or an outlet, each set off by a separator, before a sentence. Names: a domain
# ("Sigapnews.com"), a name in brackets ("(Antaranews Sultra)"), a shouted run ("TABANAN"),
# or one or two capitalised words ("Lampung Selatan", "Wangi-Wangi").
_SHAPE_NAME = re.compile(
    r"\((?P<bracket>[A-Za-z][\w.&'’-]*(?:\s[A-Za-z][\w.&'’-]*){0,3})\)"
    r"|(?P<domain>(?:[A-Za-z0-9-]+\.)+(?i:com|co|id|net|news|info|org|tv|or)(?i:\.id)?)(?!\w)"
    r"|(?P<shout>[A-Z][A-Z0-9'’]+(?:-[A-Z][A-Z0-9]+)?(?:\s[A-Z][A-Z0-9'’]+){0,3})(?!\w|\.\w)"
    r"|(?P<title>[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?(?:\s[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)?)"
    r"(?!\w|\.\w)")
# Separators between names and before the sentence: a dash (any kind, doubled), a tilde, a bar,
# a colon, a full stop, a comma, or nothing before a name in brackets.
_SHAPE_SEP = re.compile(r"\s*(?:[-–—~|]{1,2}|:)\s*|\.\s+|,\s*|\s+(?=\()|(?<=\))\s+")
_MAX_SHAPE_TOKENS = 6
_MAX_SHAPE_NAMES = 3
_MAX_UNKNOWN_TITLE_WORDS = 2
# A sentence has its function words in lower case among its first words; a byline, a date
# line or a menu has few.
_SENTENCE_WINDOW = 12
_MIN_LOWER_WORDS = 3
_STRONG = re.compile(r"\s*(?:[-–—~|]{1,2})\s*")  # a lone unknown name needs a dash, ~ or |
# Days and months open sentences and dates, never a dateline's name ("Selasa - ...").
_DATE_WORDS = frozenset(MONTHS) | {d.replace("['’]?", "") for d in DAYS} | {"jum'at", "jum’at"}
_SENTENCE_START = re.compile(r"[A-Z\"“‘'(]")


def shape_dateline(text: str, sites: tuple[str, ...] = ()) -> Dateline | None:
    """(place, outlet, sentence) when the line opens with a dateline's shape, in any order and
    with any separator ("Wangi-Wangi (Antaranews Sultra) -", "balitribune.co.id | Tabanan -",
    "Makassar, Sigapnews.com, ", "TABANAN ~ ", "MEDAN - DeteksiNusantara.Com. "); None when the
    prefix is no place-and-outlet or the rest does not start a sentence. The longest reading
    wins; `sites` are the names the page prints for itself (its logo line)."""
    names: list[tuple[str, str]] = []  # (kind, text)
    pos, best = 0, None
    while len(names) < _MAX_SHAPE_NAMES:
        m = _SHAPE_NAME.match(text, pos)
        if m is None:
            break
        kind = m.lastgroup or ""
        names.append((kind, m.group(kind)))
        if sum(len(n.split()) for _, n in names) > _MAX_SHAPE_TOKENS:
            break
        sep = _SHAPE_SEP.match(text, m.end())
        if sep is None:
            if kind != "bracket":
                break
            sep_text, end = "", m.end()  # "WAMENA (PAPOS)Harga" is rare; a bracket ends a name
        else:
            sep_text, end = sep.group(), sep.end()
        found = _read_shape(names, sep_text, text[end:], sites)
        if found:
            best = found
        pos = end
    return best


def _read_shape(names: list[tuple[str, str]], sep: str, rest: str, sites: tuple[str, ...]
                ) -> Dateline | None:
    """The dateline `names` make before separator `sep` and sentence `rest`, or None."""
    lead = rest.split()
    if len(lead) < MIN_DATELINE_REST_WORDS or not _SENTENCE_START.match(rest) \
            or lead[0].lower().strip(",.") in _DATE_WORDS \
            or sum(w[0].islower() for w in lead[:_SENTENCE_WINDOW]) < _MIN_LOWER_WORDS:
        return None  # "Jayanti Kusuma | March 12, 2025 | 11:42 am | Share": a byline line
    head = _SHAPE_NAME.match(rest)
    if head and _STRONG.match(rest, head.end()):
        return None  # "OUTLET - Harga ...": the prefix runs on; a longer reading decides
    roles = [_role(kind, name, sites) for kind, name in names]
    if None in roles:
        return None
    places = [n for (_, n), r in zip(names, roles, strict=True) if r in ("place", "maybe")]
    outlets = [n for (_, n), r in zip(names, roles, strict=True) if r == "outlet"]
    if len(places) > 1:
        known = [p for p in places if is_place(p)]
        if not known and len(places) == 2 and all(k == "shout" for k, _ in names[:2]):
            known = places[:1]  # "CITY | OUTLET -": two shouted names, the place first
        others = [(k, p) for (k, p), r in zip(names, roles, strict=True)
                  if r in ("place", "maybe") and p not in known]
        if len(known) != 1 or any(k == "title" for k, _ in others):
            # two unknown names ("Kepala Dinas - Budi -"), or a person's ("Budi Santoso,
            # Medan."): a name in sentence case that no table knows is no outlet
            return None
        outlets += [p for _, p in others]
        places = known
    if len(outlets) > 1 or (not places and not outlets):
        return None
    place = places[0] if places else None
    outlet = outlets[0] if outlets else None
    strong = bool(_STRONG.fullmatch(sep))
    glued = strong and not sep[:1].isspace() and not sep[-1:].isspace()
    if glued and len(names) == 1 and not _glued_place(place, rest):
        return None  # "Jakarta-Bandung", "ASEAN-Jepang": a route, a compound
    if sep.strip() == "," and (not outlet or _opens_with_place(rest)
                               or re.match(r"[A-Z]{2,}\b", rest)):
        # "Jakarta, Pemerintah ...": a comma after a lone place starts a sentence; in
        # "Liputan6.com, Jakarta Harga ...", "jpnn.com, MUARA TEWEH Pemerintah ..." the place
        # follows, with no separator (the unpunctuated reading)
        return None
    lone = len(names) == 1 and place and roles[0] == "maybe"
    if lone and not strong:
        return None  # "Namun. Pemerintah ...", "Selain Itu: ...": prose
    if sep.strip() in (".", ":") and not outlet and not is_place(place):
        return None
    return place, outlet, rest.strip()


def _role(kind: str, name: str, sites: tuple[str, ...]) -> str | None:
    """What a dateline name is: "place" (known, or shouted), "outlet", "maybe" (capitalised
    words no table knows: a place when nothing else is), or None (a word of prose, furniture)."""
    if is_place(name):
        return "place"
    if kind == "domain" or _known(name) or _squash(name) in {_squash(s) for s in sites if s}:
        return "outlet"
    parts = re.split(r"[\s-]+", name)
    # A function word first ("Namun", "Di Jakarta", "Sementara itu") opens prose; later words
    # may be stopwords that name places ("Lampung Selatan", "Padang Panjang").
    if is_furniture_word(name) or is_stopword(parts[0]) \
            or any(w.lower() in _DATE_WORDS for w in parts):
        return None
    if kind == "bracket" or outlet_like(name, acronyms=kind != "title"):
        return "outlet"
    if kind == "shout":
        letters = re.sub(r"\W", "", name)
        return "place" if len(letters) >= _MIN_UPPER_PLACE else None
    return "maybe" if len(name.split()) <= _MAX_UNKNOWN_TITLE_WORDS else None

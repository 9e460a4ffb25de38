"""Pure: a dateline read by its shape, what no row of the tables lists: names (a domain, a
name in brackets, a shouted run, capitalised words) and the separators between them, in any
order, before a sentence."""

from __future__ import annotations

import re

from .boilerplate import MIN_DATELINE_REST_WORDS
from .dateline_names import (
    _PLACE_PARTS,
    _known,
    _opens_with_place,
    _squash,
    is_furniture_word,
    is_place,
    opens_prose,
    outlet_like,
)
from .dates import DAYS, MONTHS

Dateline = tuple[str | None, str | None, str]

# An all-capitals name no table knows is taken for a place from this length ("PEKANBARU").
_MIN_UPPER_PLACE = 4
# Glued to its dash ("PEKANBARU-Pemerintah"), an unknown shouted name must be longer still:
# "ASEAN-Jepang", "COVID-Varian" are compounds.
_MIN_GLUED_SHOUTED = 6


def _glued_place(place: str | None, rest: str) -> bool:
    """"Solo-Wali Kota ...", "PEKANBARU-Pemerintah ...": a dash with no space after a known
    place, or after a shouted name, opens a story; "Jakarta-Bandung", "ASEAN-Jepang" (a route,
    a pair: the next word is a place too) do not."""
    if not place:
        return False
    if _opens_with_place(rest):
        return False
    return is_place(place) or (place.isupper() and len(place) >= _MIN_GLUED_SHOUTED
                               and not outlet_like(place)) or _named_region(place, rest)


def _named_region(place: str, rest: str) -> bool:
    """"Bangka Selatan–Tim ... Polres Bangka Selatan": two or three capitalised words, the last
    a word of a place's name (a compass point), that the story names again (a pair such as
    "Korea Selatan–Jepang" opens a sentence about both)."""
    words = place.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and w[1:].islower() for w in words) \
        and words[-1].lower() in _PLACE_PARTS and words[0].lower() not in _PLACE_PARTS \
        and place in rest.split(" ", 1)[-1]


# --- the shape: what no row lists --------------------------------------------------------------
# A dateline is a short prefix (at most _MAX_SHAPE_TOKENS words) of one to three names, a place
# and/or an outlet, each set off by a separator, before a sentence. Names: a domain
# ("Sigapnews.com"), a name in brackets ("(Antaranews Sultra)"), a shouted run ("TABANAN"),
# or one or two capitalised words ("Lampung Selatan", "Wangi-Wangi").
_SHAPE_NAME = re.compile(
    r"\((?P<bracket>[A-Za-z][\w.&'’-]*(?:\s[A-Za-z][\w.&'’-]*){0,3})\)"
    r"|(?P<domain>(?:[A-Za-z0-9-]+\.)+(?i:com|co|id|net|news|info|org|tv|or)(?i:\.id)?)(?!\w)"
    r"|(?P<shout>[A-Z][A-Z0-9'’]+(?:-[A-Z][A-Z0-9]+)?(?:\s[A-Z][A-Z0-9'’]+){0,3})(?!\w|\.\w)"
    r"|(?P<glued>[A-Z][a-z]+[A-Z]{3,}(?:\s[A-Z]{3,})?)(?!\w)"
    r"|(?P<freq>\d{2,3}[.,]\d\s?FM)(?!\w)"
    r"|(?P<brand>[A-Z][a-z'’]+(?:\s[A-Z][a-z'’]+){1,2}\s(?:News|Post|Pos|Times|Daily|Online"
    r"|Media|Today|Journal|Herald|Tribune|Express))(?![^\W_])"
    r"|(?P<title>[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?(?:\s[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)?)"
    r"(?!\w|\.\w)"
    r"|(?P<lower>[a-z][a-z0-9]{3,24})(?![\w.])")
# Separators between names and before the sentence: any run of punctuation, read by its
# strongest mark - a dash (any kind, doubled; after a comma: "suaratifapapua.com,-- "), a
# tilde, a bar, an underscore ("Southeast Sulawesi News_ Kendari -"), a colon, a full stop,
# a comma (a space before it: "Denpasar , Bali Kini -"), or nothing before a name in brackets.
_SHAPE_SEP = re.compile(r"\s*,?\s*(?:[-–—~|_]{1,2}|:)\s*|\.\s+|\s*,\s*|\s+(?=\()|(?<=\))\s+")
# A section's name glued to the shouted place: "NasionalMEDAN".
_GLUED_RUBRIC = re.compile(r"(?P<rubric>[A-Z][a-z]+)(?P<place>[A-Z]{3,}(?:\s[A-Z]{3,})?)")
# An address glued to the lead by its own full stop: "medialatahzan.id.Dinas ...".
_GLUED_STOP = re.compile(r"\.(?=[A-Z][a-z])")
# A place glued to the address that follows it: "MATARAM.lombokjournal.com",
# "SOFIFI-mahabari.Com" (a shouted place, a full stop or hyphen, a lower-case address).
_PLACE_DOMAIN = re.compile(r"(?P<place>[A-Z]{3,}(?:\s[A-Z]{3,})?)[.-](?P<domain>[a-z][\w-]*\..+)")
_MAX_SHAPE_TOKENS = 6
_MAX_SHAPE_NAMES = 3
_MAX_UNKNOWN_TITLE_WORDS = 2
# A sentence has its function words in lower case among its first words; a byline, a date
# line or a menu has few.
_SENTENCE_WINDOW = 12
_MIN_LOWER_WORDS = 3
# After both a place and an outlet, a sentence may open with a long institution's name ("PT
# PLN (Persero) Unit Induk Distribusi Jawa Tengah dan DIY menyiagakan ..."): a longer window.
_NAMED_WINDOW = 20
_STRONG = re.compile(r"\s*,?\s*(?:[-–—~|]{1,2})\s*")  # a lone unknown name needs a dash, ~ or |
# Days and months open sentences and dates, never a dateline's name ("Selasa - ...").
_DATE_WORDS = frozenset(MONTHS) | {d.replace("['’]?", "") for d in DAYS} | {"jum'at", "jum’at"}
_TIME_WORDS = frozenset({"kemarin", "pagi", "siang", "sore", "malam", "tadi", "besok", "lusa",
                         "dini", "today", "yesterday", "tonight", "morning", "evening"})
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
        names.extend(_names_of(kind, m.group(kind)))
        if sum(len(n.split()) for _, n in names) > _MAX_SHAPE_TOKENS:
            break
        sep = _SHAPE_SEP.match(text, m.end())
        if sep is None and kind == "domain":
            sep = _GLUED_STOP.match(text, m.end())
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


def _names_of(kind: str, name: str) -> list[tuple[str, str]]:
    """The dateline names one match holds: a place glued to the address after it is two
    ("MATARAM.lombokjournal.com"); a rubric word before a place in capitals ("Berita
    Pesawaran") is none of them."""
    glued = place_domain(name) if kind == "domain" else None
    if glued:
        return [("shout", glued[0]), ("domain", glued[1])]
    if kind == "glued":
        # "NasionalMEDAN -Wali ...": a section's name glued to the shouted place
        split = _GLUED_RUBRIC.fullmatch(name)
        if split and is_furniture_word(split.group("rubric")):
            return [("shout", split.group("place"))]
        return [("title", name)]
    return [(kind, without_rubric_word(name))]


def place_domain(name: str) -> tuple[str, str] | None:
    """(place, address) for a place glued to the address after it ("MATARAM.lombokjournal.com",
    "SOFIFI-mahabari.Com"), the place known or no outlet's name; else None."""
    m = _PLACE_DOMAIN.fullmatch(name)
    if m and (is_place(m.group("place")) or not outlet_like(m.group("place"))):
        return m.group("place"), m.group("domain")
    return None


def without_rubric_word(name: str) -> str:
    """"Berita Pesawaran" -> "Pesawaran": a section word set before a capitalised name that
    is no section word itself; a name that is all section words stays (it is furniture)."""
    words = name.split()
    while len(words) > 1 and is_furniture_word(words[0]) and not is_place(" ".join(words)) \
            and not is_furniture_word(" ".join(words[1:])) and words[1][:1].isupper():
        words.pop(0)
    return " ".join(words)


def _sentence_opens(rest: str, names: list[tuple[str, str]]) -> bool:
    """Whether `rest` starts a sentence: with a capital or quote, or, after a known place and
    an address, in lower case ("MATARAM.lombokjournal.com – pengelola ...")."""
    if _SENTENCE_START.match(rest):
        return True
    return rest[:1].islower() and any(is_place(n) for _, n in names) \
        and any(k == "domain" for k, _ in names)


def _read_shape(names: list[tuple[str, str]], sep: str, rest: str, sites: tuple[str, ...]
                ) -> Dateline | None:
    """The dateline `names` make before separator `sep` and sentence `rest`, or None."""
    lead = rest.split()
    if len(lead) < MIN_DATELINE_REST_WORDS or not _sentence_opens(rest, names) \
            or lead[0].lower().strip(",.") in _DATE_WORDS \
            or sum(w[0].islower() for w in lead[:_NAMED_WINDOW]) < _MIN_LOWER_WORDS:
        return None  # "Jayanti Kusuma | March 12, 2025 | 11:42 am | Share": a byline line
    if not sep.strip() and rest.startswith("("):
        return None  # "Universitas Bengkulu (Unib) menerima ...": the name's short form follows
    head = _SHAPE_NAME.match(rest)
    if head and _STRONG.match(rest, head.end()):
        return None  # "OUTLET - Harga ...": the prefix runs on; a longer reading decides
    roles = [_role(kind, name, sites) for kind, name in names]
    if None in roles or not _lower_placed(names, roles, sep):
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
    if not (place and outlet) \
            and sum(w[0].islower() for w in lead[:_SENTENCE_WINDOW]) < _MIN_LOWER_WORDS:
        return None  # a lone name before a run of names is a byline or a menu
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


def _lower_placed(names: list[tuple[str, str]], roles: list[str | None], sep: str) -> bool:
    """A brand in lower case ("POSO, beritapalu | ...") is a dateline's outlet only after a
    shouted or known place and before a bar, which prose never sets a word off with ("Lebak,
    kemarin - ..." is an aside); alone, or before a comma or dash, it is prose."""
    lower = [k for k, (kind, _) in enumerate(names) if kind == "lower"]
    if not lower:
        return True
    return lower == [len(names) - 1] and len(names) == 2 and roles[0] == "place" \
        and bool(_STRONG.fullmatch(sep)) and "|" in sep


def _role(kind: str, name: str, sites: tuple[str, ...]) -> str | None:
    """What a dateline name is: "place" (known, or shouted), "outlet", "maybe" (capitalised
    words no table knows: a place when nothing else is), or None (a word of prose, furniture)."""
    if is_place(name):
        return "place"
    if kind == "domain" or _known(name) or _squash(name) in {_squash(s) for s in _own(sites)}:
        return "outlet"
    parts = re.split(r"[\s-]+", name)
    if is_furniture_word(name) or opens_prose(parts) \
            or any(w.lower() in _DATE_WORDS for w in parts):
        return None
    if kind == "lower":
        # _lower_placed decides whether it stands where an outlet does; a time of day
        # ("MEDAN, kemarin | ...") is prose's word
        return None if name in _TIME_WORDS else "outlet"
    if kind in ("bracket", "freq", "brand") or outlet_like(name, acronyms=kind != "title"):
        return "outlet"
    if kind == "shout":
        letters = re.sub(r"\W", "", name)
        return "place" if len(letters) >= _MIN_UPPER_PLACE else None
    return "maybe" if len(name.split()) <= _MAX_UNKNOWN_TITLE_WORDS else None


def _own(sites: tuple[str, ...]) -> list[str]:
    """The page's top lines that may be its own name: the first (its masthead) and any that is
    more than one plain capitalised word; a menu's lone "Anambas" or "Kepri" under the
    masthead "SUARABIROKRASI.COM" names a desk, never the page."""
    return [s for k, s in enumerate(sites) if s and (
        not k or not re.fullmatch(r"[A-Z][a-z'’]+", s.strip()))]

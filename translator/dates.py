"""Pure: find an Indonesian (or English) news date in a string -> ISO 8601."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .boilerplate import PUBLISHED, UPDATED
from .dateline_weekday import weekday_dated
from .foreign_zones import foreign_offset
from .places_id import PLACES_ID, PROVINCES, REGENCY_SHORT

# Indonesian months with the abbreviations and old spellings outlets print, then English.
MONTHS: dict[str, int] = {
    "januari": 1, "jan": 1, "january": 1,
    "februari": 2, "pebruari": 2, "feb": 2, "peb": 2, "february": 2,
    "maret": 3, "mar": 3, "march": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7,
    "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "aug": 8, "august": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "october": 10, "oct": 10,
    "november": 11, "nopember": 11, "nov": 11, "nop": 11,
    "desember": 12, "des": 12, "december": 12, "dec": 12,
}

# Day names are only matched so that a whole date line ("Jum'at, 03 Maret 2023") is one span;
# they are not checked against the date, since outlets get them wrong more often than the date.
DAYS: tuple[str, ...] = (
    "senin", "selasa", "rabu", "kamis", "jum['’]?at", "sabtu", "minggu", "ahad",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "wed", "thu", "fri", "sat", "sun",
)

# Indonesia's three zones, and the zones English-language feeds (and Blogger's English
# templates, "01:30 AM PST") print.
ZONES: dict[str, str] = {"WIB": "+07:00", "WITA": "+08:00", "WIT": "+09:00",
                         "UTC": "+00:00", "GMT": "+00:00", "Z": "+00:00",
                         "PST": "-08:00", "PDT": "-07:00", "EST": "-05:00", "EDT": "-04:00",
                         # English-language desks of the region stamp their own zone
                         "SGT": "+08:00", "MYT": "+08:00", "HKT": "+08:00", "PHT": "+08:00",
                         "TWN": "+08:00", "JST": "+09:00", "KST": "+09:00",
                         "AEST": "+10:00", "AEDT": "+11:00"}
# A time with no zone is taken as Jakarta time: Indonesian outlets print WIB or nothing.
DEFAULT_OFFSET = "+07:00"
# The zone of a place, for a page that prints a time and no zone: central Indonesia (WITA) and
# eastern Indonesia (WIT). Matched against the dateline's place and the site's own name.
_PLACE_ZONES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(rf"\b(?:{rx})\b", re.IGNORECASE), offset) for rx, offset in (
        (r"gorontalo|boalemo|sulawesi|sulut|sulsel|sulteng|sultra|sulbar|manado|bitung|tomohon"
         r"|makassar|gowa|palu|kendari|mamuju|bali|denpasar|badung|gianyar|tabanan|buleleng"
         r"|ntb|ntt|nusa tenggara|mataram|lombok|sumbawa|bima|kupang|flores|sumba|lamboya"
         r"|kalimantan (?:selatan|timur|utara)|kalsel|kaltim|kaltara|banjarmasin|banjarbaru"
         r"|balikpapan|samarinda|bontang|tarakan", "+08:00"),
        (r"maluku|ambon|ternate|tidore|sofifi|papua|jayapura|wamena|sorong|manokwari|merauke"
         r"|timika|nabire", "+09:00"),
    ))

_ZONE_NAMES = "|".join(sorted((z for z in ZONES if len(z) > 1), key=len, reverse=True))
# Round 34: Indonesia's own zones in any case ("Wita"); another country's in capitals only, for
# a pastor's "Pdt." or an "Est. 1998" is no Pacific or Eastern time
_LOCAL_ZONES = ("WITA", "WIB", "WIT")
_ZONE_WORD = re.compile(r"\b(?:(?i:" + "|".join(_LOCAL_ZONES) + ")|"
                        + "|".join(z for z in _ZONE_NAMES.split("|") if z not in _LOCAL_ZONES)
                        + r")\b")


def zone_of_place(*names: str | None) -> str | None:
    """The UTC offset of the first name that is a known place outside Jakarta time, else None."""
    for name in names:
        for pattern, offset in _PLACE_ZONES if name else ():
            if pattern.search(name or ""):
                return offset
        for part in (name or "").split(","):
            key = _REGION_PREFIX.sub("", part.strip().lower())  # "Kukar": Kutai Kartanegara
            if found := _GAZETTEER_ZONES.get(REGENCY_SHORT.get(key, key)):
                return found
    return None


def local_time(iso: str | None, page: str, *places: str | None) -> str | None:
    """A published time read in Jakarta time for want of a zone, moved to the zone of a known
    place (the dateline's, the site's, the lead's regency) when the page names no zone but
    that place's own; else `iso`."""
    if not iso or not iso.endswith(DEFAULT_OFFSET) or "T" not in iso:
        return iso
    # round 38: a place known in Jakarta time ends the search ("PONOROGO" on TIMES Singapore)
    offset = next(filter(None, (zone_of_place(p) or foreign_offset(iso, p) or (
        DEFAULT_OFFSET if p and p.lower() in PLACES_ID else None) for p in places)), None)
    # round 32: a page that names the place's own zone only ("pukul 12.00 Wita" in its prose)
    # bears the place out; one that names another zone prints its stamp in that one
    named = {ZONES[z.upper()] for z in _ZONE_WORD.findall(page)}
    return iso[:-len(DEFAULT_OFFSET)] + offset if offset and named <= {offset} else iso


# Round 32: "... di Kabupaten Penajam Paser Utara (PPU) mulai ...": a regency or city the
# lead's first sentence names, for a page whose story carries no dateline's place.
_LEAD_REGION = re.compile(r"\b(?:Kabupaten|Kab\.|Kota|Regency of|City of)\s+"
                          r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})")
_SENTENCE_BREAK = re.compile(r"(?<![Kk]ab\.)(?<=[.!?])\s+(?=[A-Z])")  # never "Kab. Bone"


def lead_region(paragraphs: list[str] | tuple[str, ...], dateline: str | None = None
                ) -> str | None:
    """The first regency or city of the first paragraph's first sentence with a zone outside
    Jakarta time (its longest name the gazetteer knows); None for a story with a dateline."""
    first = _SENTENCE_BREAK.split(paragraphs[0], maxsplit=1)[0] if paragraphs and not dateline \
        else ""
    m = _LEAD_REGION.search(first)
    words = m["name"].split() if m else []
    return next((" ".join(words[:n]) for n in range(len(words), 0, -1)
                 if zone_of_place(" ".join(words[:n]))), None)


def _gazetteer_zones() -> dict[str, str]:
    """Every regency, regency seat and city of the gazetteer in central or eastern Indonesia,
    lower-case, with its offset; a name borne in two zones is left out (no evidence)."""
    zones: dict[str, set[str]] = {}
    for province, _others, regencies, cities in PROVINCES:
        offset = next((o for rx, o in _PLACE_ZONES if rx.search(province)), None)
        for item in (*regencies.split(";"), *cities.split(";")):
            for name in filter(None, (n.strip().lower() for n in item.split("="))):
                zones.setdefault(name, set()).add(offset or DEFAULT_OFFSET)
    return {name: next(iter(offsets)) for name, offsets in zones.items()
            if len(offsets) == 1 and DEFAULT_OFFSET not in offsets}


# "BONE, BUKAMATANEWS - " with no zone: Bone is a regency of South Sulawesi (WITA), unsaid.
_REGION_PREFIX = re.compile(r"^(?:kabupaten|kab\.?|kota|regency of|city of)\s+"
                            r"|\s+(?:regency|city)$")
_GAZETTEER_ZONES = _gazetteer_zones()


# Outside this range a "date" is a page number, an ID or a typo, not a publication date.
YEARS = range(1900, 2100)


def _alternation(words: list[str]) -> str:
    """Longest first, so that 'Maret' wins over 'Mar'."""
    return "|".join(sorted(words, key=len, reverse=True))


_MONTH = rf"(?P<month>{_alternation(list(MONTHS))})\.?(?![a-z])"
_DAY = rf"(?:(?:{_alternation(list(DAYS))})\.?,?\s+)?"
# Between date and time: `|`, `,`, `•`, a dash, a bracket or nothing ("3 Maret 2023 | 10.30").
_TIME = (
    # round 32: "4 Mar 2026 : 16.20", a theme's spaced colon between date and time
    r"(?:(?:\s*[,|•·/(]\s*|\s*[-–—‒―]\s*|\s+:\s*|\s+)(?:(?:pukul|pkl\.?|jam|at)\s+)?"
    # "10: 35: 38 WIB": a theme that spaces the clock's colons
    r"(?P<hour>[01]?\d|2[0-3])(?:[:.]|: )(?P<minute>[0-5]\d)(?:(?:[:.]|: )(?P<second>[0-5]\d))?"
    r"(?![\d.:])(?:\s*(?P<ampm>[ap]\.?m\.?)(?![a-z]))?"
    # "14:05 GMT+700", "10:35 UTC+8": a news agency's zone as its shift from GMT
    # "10:15 am (EST)": the zone in brackets after the clock
    rf"(?:\s*(?P<zopen>\()?(?P<zone>{_ZONE_NAMES})\b(?P<shift>[+-]\d{{1,4}}(?::\d{{2}})?(?!\d))?"
    r"(?(zopen)\)))?)?"
)

# Each pattern names day/month/year (and optionally the time parts); tried in this order, the
# earliest match in the string wins. A new format is one entry.
PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        # Jum'at, 03 Maret 2023 - 04:25 WIB / 3 Maret 2023 | 10.30 WITA / Rabu 01 Mar 2023, 07:15
        # 17th February 2026 (an English site's), 17-Feb-2026 (a CMS's stamp)
        # "17 - Feb - 2026, 14:08": a theme that spaces the stamp's dashes
        rf"{_DAY}(?<!\d)(?P<day>\d{{1,2}})(?:(?:st|nd|rd|th)?\s+|\s?-\s?){_MONTH}(?:,?\s+|\s?-\s?)"
        rf"(?P<year>\d{{4}})(?!\d){_TIME}",
        # March 3, 2023 4:25 AM
        rf"{_DAY}{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})(?!\d){_TIME}",
        # 2023-03-03T04:25:00+07:00 (what this module writes)
        # round 36: "(GMT+08:00) 2026-06-03 10:42:18", a foreign service's zone before it
        r"(?:\((?:GMT|UTC)(?P<pshift>[+-]\d{1,2}(?::?\d{2})?)\)\s*)?"
        r"(?<!\d)(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})"
        r"(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?"
        r"(?P<offset>Z|[+-]\d{2}:?\d{2})?)?(?![\d:])",
        # 2026.02.17, 2026/02/17: the year first with dots or slashes (an English desk's stamp)
        r"(?<![\d.,/])(?P<year>(?:19|20)\d{2})(?P<sep>[./])(?P<month>\d{2})(?P=sep)"
        rf"(?P<day>\d{{2}})(?![\d]|[.,/]\d){_TIME}",
        # 02/09/2015, 06:45 WIB: day first, as Indonesian outlets write it
        rf"{_DAY}(?<!\d)(?P<day>\d{{1,2}})(?P<sep>[/.-])(?P<month>\d{{1,2}})(?P=sep)"
        rf"(?P<year>\d{{4}})(?!\d)\)?{_TIME}",  # "Senin (10/3/2025) | 08:15 WIB" too
        # "24/02/26" alone on a line: a theme's short stamp of the post's day, a two-digit year
        # (20YY); only a whole line, as inside prose such a number may be anything
        r"^\s*(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>\d{2})\s*$",
        # round 29: "Monday, 02 March 26", "Senin, 2 Maret 26 10:15": a theme's stamp with the
        # weekday and a two-digit year, again only a whole line
        rf"^\s*(?:{_alternation(list(DAYS))})\.?,?\s+(?P<day>\d{{1,2}})\s+{_MONTH},?\s+"
        rf"(?P<year>\d{{2}})(?!\d){_TIME}\s*$",
        # 10/14/2025: month first, as Blogger's English templates print it ("By On
        # 10/14/2025"); tried only after the day-first reading proved no date (a 14th month)
        rf"(?<!\d)(?P<month>\d{{1,2}})/(?P<day>\d{{1,2}})/(?P<year>\d{{4}})(?!\d){_TIME}",
    )
)


@dataclass(frozen=True)
class DateMatch:
    """A parsed date and where it sits in the string it was found in."""

    iso: str
    start: int
    end: int


def parse_published(text: str) -> str | None:
    """The first valid news date in `text` as ISO 8601 (date only when it has no time)."""
    found = find_date(text)
    return found.iso if found else None


def find_date(text: str) -> DateMatch | None:
    """The earliest valid date in `text` with its span, or None."""
    best: DateMatch | None = None
    for pattern in PATTERNS:
        for m in pattern.finditer(text):
            if best is not None and m.start() >= best.start:
                break
            iso = _to_iso(m)
            if iso is not None:
                best = DateMatch(iso, m.start(), m.end())
                break
    if best is not None and "T" not in best.iso:
        lead = _BEFORE_DATE.search(text[:best.start])
        if lead and (clock := _clock(lead.groupdict())):
            best = DateMatch(with_time(best.iso, clock), lead.start(), best.end)
    return best


# A time standing before its date ("08:15 WIB | Senin, 10 Maret 2025") or alone on a line.
_LONE_TIME = re.compile(
    r"(?<![\d.:])(?:(?:pukul|pkl\.?|jam|at)\s+)?(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)"
    r"(?:[:.](?P<second>[0-5]\d))?(?![\d.:])(?:\s*(?P<ampm>[ap]\.?m\.?)(?![a-z]))?"
    rf"(?:\s*(?P<zone>{_ZONE_NAMES})\b)?", re.IGNORECASE)
_BEFORE_DATE = re.compile(rf"(?:{_LONE_TIME.pattern})\s*[,|•·/-]?\s*$", re.IGNORECASE)


def find_time(text: str) -> str | None:
    """The first clock time in `text` as "HH:MM:SS+HH:MM" (Jakarta time unless a zone is
    named), for a date printed on another line: "Penulis: Rina | 08:15 WIB"."""
    m = _LONE_TIME.search(text)
    return _clock(m.groupdict()) if m else None


def with_time(iso: str, clock: str | None) -> str:
    """A date-only ISO date with `clock` added ("2025-03-10" + "08:15:00+07:00")."""
    return f"{iso}T{clock}" if clock and "T" not in iso else iso


def dates_in(text: str) -> list[tuple[str, bool]]:
    """Every date in `text` in order, each with whether it is an update time: the last marker
    before it ("Diperbarui", "Dipublikasikan") says which; unmarked dates share the line's, but
    those before the line's first mark when a later date has one."""
    found: list[tuple[str, bool]] = []
    pos, marked_update = 0, bool(UPDATED.search(text)) and not PUBLISHED.search(text)
    first_marked = None
    while (m := find_date(text[pos:])) is not None:
        before = text[pos:pos + m.start]
        marks = [(x.start(), True) for x in UPDATED.finditer(before)] + \
                [(x.start(), False) for x in PUBLISHED.finditer(before)]
        if marks:
            marked_update = max(marks)[1]
            first_marked = len(found) if first_marked is None else first_marked
        found.append((m.iso, marked_update))
        pos += m.end
    if first_marked:
        # round 28: "Selasa, 17 Februari 2026 | ... Last Updated 2026-02-18T02:15:40Z": the
        # dates before the line's first update mark are the post's own
        found = [(iso, False) for iso, _ in found[:first_marked]] + found[first_marked:]
    return found


def without_dates(text: str) -> str:
    """`text` with every date in it removed ("Terbit 10/3/2025 08:15 | X" -> "Terbit | X")."""
    while (m := find_date(text)) is not None:
        text = text[:m.start] + " " + text[m.end:]
    return text


def _clock(g: dict[str, str | None]) -> str | None:
    """"HH:MM:SS+HH:MM" of a time match, or None when it is no time of day."""
    hour, minute = _apply_ampm(int(g["hour"] or 0), g.get("ampm")), int(g["minute"] or 0)
    second = int(g.get("second") or 0)
    if hour > 23:
        return None
    return f"{hour:02d}:{minute:02d}:{second:02d}{_offset(g)}"


def _to_iso(m: re.Match[str]) -> str | None:
    """ISO 8601 for one regex match, or None when the date does not exist."""
    g = m.groupdict()
    month = g["month"]
    month_no = int(month) if month.isdigit() else MONTHS[month.lower().rstrip(".")]
    try:
        year = int(g["year"]) + (2000 if len(g["year"]) == 2 else 0)  # "24/02/26"
        date = dt.date(year, month_no, int(g["day"]))
    except ValueError:
        return None
    if date.year not in YEARS:
        return None
    if g.get("hour") is None:
        return date.isoformat()
    hour, minute, second = int(g["hour"]), int(g["minute"]), int(g["second"] or 0)
    hour = _apply_ampm(hour, g.get("ampm"))
    if hour > 23 or minute > 59 or second > 59:
        return date.isoformat()  # a number after the date that is not a time
    return f"{date.isoformat()}T{hour:02d}:{minute:02d}:{second:02d}{_offset(g)}"


def _apply_ampm(hour: int, ampm: str | None) -> int:
    """24-hour clock from a 12-hour one; a 24-hour time with a stray PM is left alone."""
    if not ampm or hour > 12:
        return hour
    pm = ampm.lower().startswith("p")
    if hour == 12:
        return 12 if pm else 0
    return hour + 12 if pm else hour


def _offset(g: dict[str, str | None]) -> str:
    """The zone's UTC offset: named zone, explicit offset, else Jakarta time."""
    if g.get("zone"):
        shift = g.get("shift")
        if shift and g["zone"].upper() in ("GMT", "UTC"):
            return _shift_offset(shift)
        return ZONES[g["zone"].upper()]
    offset = g.get("offset")
    if offset:
        if offset.upper() == "Z":
            return ZONES["Z"]
        return offset if ":" in offset else f"{offset[:3]}:{offset[3:]}"
    if g.get("pshift"):
        return _shift_offset(g["pshift"])
    return DEFAULT_OFFSET


def _shift_offset(shift: str) -> str:
    """"+700" / "+7" / "+07:00" after GMT -> "+07:00"."""
    sign, digits = shift[0], shift[1:].replace(":", "")
    hours, minutes = (digits, "00") if len(digits) <= 2 else (digits[:-2], digits[-2:])
    return f"{sign}{int(hours):02d}:{minutes}"


# "Medan, 14 Oktober 2025 — ", "Jakarta, March 17, 2026: ": a dateline that carries its date;
# the date may follow the place's dash and end with a full stop ("Purwodadi - Senin, 16
# Februari 2026. Warga ...").
_DATED_BEFORE = re.compile(r"(?:[^\W\d][\w.'’-]*\s+){0,2}[^\W\d][\w.'’-]*(?:,|\s[-–—]{1,2})?\s+$")
# round 31: a wire's name in brackets between two dashes ("JAKARTA, Mar 10, 2026 – (ACN
# Newswire) – PT ...", "SINGAPORE, Feb 3, 2026 - (Media OutReach) - ...") goes with the date.
_DATED_AFTER = re.compile(r"\s*(?:(?:[-–—:|]{1,2}|,|\.)\s+(?:\([A-Z][^()]{1,40}\)\s*[-–—]{1,2}\s+)?"
                          r"|\s\([A-Z][^()]{1,40}\)\s*[-–—]{1,2}\s*)(?=[A-Z\"“‘])")  # round 36


def split_dated(text: str) -> tuple[str, str] | None:
    """(the line with its dateline's date cut out, that date as ISO) when a dateline of at most
    three names is followed by a full date and a separator ("Medan, 14 Oktober 2025 — Warga");
    None otherwise, so a date inside a sentence is never taken for a dateline's."""
    found = find_date(text[:_MAX_DATED_PREFIX])
    if found is None or not _DATED_BEFORE.fullmatch(text[:found.start]):
        return None
    after = _DATED_AFTER.match(text, found.end)
    if after is None:
        return None
    # "Mudanews.com Medan, <date> — ": the outlet's domain and the place, no separator between
    names = _DOMAIN_THEN_NAME.sub(r"\1, ", text[:found.start].rstrip(", -–—"))
    return f"{names} — {text[after.end():]}", found.iso


_MAX_DATED_PREFIX = 80
_DOMAIN_THEN_NAME = re.compile(r"^((?:[\w-]+\.)+[a-z]{2,3})\s+(?=[A-Z])")


# The names before a dateline's date: one to five capitalised words or web addresses with
# their commas, dashes and an opening bracket ("Kabar Kota - Bekasi, ", "Pandeglang,
# kabarkota.com (", "Cilacap, kabarkota.co.id["); then, after the date, its closing
# bracket and a separator before the lead's first capitalised word.
_NAMED_BEFORE = re.compile(r"\[?(?:(?:[A-Z][\w'’&-]*|[a-z][\w-]*(?:\.[a-z]{2,})+)[,\s]*"
                           r"(?:[-–—|]\s*)?){1,5}[(\[]?\s*")
_NAMED_AFTER = re.compile(r"\s*[)\]]?\s*(?:[-–—:|]{1,2}|[.,])?\s+(?=[A-Z\"“‘])")


def dateline_date(text: str) -> str | None:
    """The date a story's first line carries inside its dateline ("Kabar Kota - Bekasi,
    23/02/2026. Pemerintah ...", "Pandeglang,kabarkota.com (17/2/2026) – ..."): names before it,
    a separator and the lead after it; None for a date inside a sentence."""
    if (dated := weekday_dated(text)) is not None:
        return dated[2]  # "Sungai Limau, Selasa 17/2/26 Camat ...": no separator, a 2-digit year
    found = find_date(text[:_MAX_DATED_PREFIX])
    if found is None or not found.start or not _NAMED_BEFORE.fullmatch(text[:found.start]) \
            or not _NAMED_AFTER.match(text, found.end) \
            or _TIME_WORDS & set(re.findall(r"\w+", text[:found.start].lower())):
        return None
    return found.iso


# "Pada 14 Oktober 2025, ...", "Sejak 1 Maret ...": a sentence that opens with an event's date.
_TIME_WORDS = frozenset({"pada", "sejak", "hingga", "sampai", "mulai", "selama", "per", "tanggal",
                         "on", "since", "until", "from", "by", "as", "of"})

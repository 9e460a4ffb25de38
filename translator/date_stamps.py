"""Pure (round 25): header lines that date the post though the date-line test leaves them as
text: a village site's stamp with its read counter, a top bar's weekday date amid widget
placeholders."""

from __future__ import annotations

import re

from .boilerplate import UPDATED
from .datelines import lead_date
from .dates import DAYS, find_date, find_time
from .headline import headline_shaped
from .hijri_dates import hijri_stamp
from .meta_cells import labelled_cells, rubric_dated
from .lines import Line
from .logo_shapes import _INSTITUTION
from .meta_rows import meta_row

# A read counter closing a post's stamp: "Dibaca 214 Kali", "Dilihat 57 kali", "1.204 views",
# "Hits: 88", "312 kali dibaca".
_COUNTER = re.compile(r"(?i)\b(?:dibaca|dilihat|views?|hits?)\s*:?\s*\d[\d.,]*(?:\s*(?:kali|x))?"
                      r"|\b\d[\d.,]*\s*(?:kali dibaca|kali dilihat|views|x dibaca)\b")
_MAX_POSTER_WORDS = 4


def counted_stamp(text: str) -> bool:
    """A post's stamp opened by its date and closed by its read counter, the poster's name or
    role between ("09 Februari 2026 Administrator Dibaca 214 Kali", the stamp of the village
    sites' common template; "12 Maret 2026 Operator Desa Dilihat 40 kali")."""
    found = find_date(text)
    counter = _COUNTER.search(text)
    if found is None or counter is None or counter.start() < found.end:
        return False
    before = re.findall(r"\w+", text[:found.start])
    if before and not (len(before) == 1 and before[0].lower() in _DAY_NAMES):
        return False
    between = re.findall(r"\w+", text[found.end:counter.start()])
    return len(between) <= _MAX_POSTER_WORDS and not text[counter.end():].strip(" |,.-")


_DAY_NAMES = frozenset(d.lower() for d in DAYS)
# A placeholder a theme's widgets leave in a copied top bar ("spot_img", "spot_imgspot_img").
_PLACEHOLDER = re.compile(r"(?i)spot_img|hit counter|td_\w+|\{\{\w+\}\}")


def bar_date(header: list[Line]) -> str | None:
    """The day's date a top bar prints among widget placeholders, its weekday named ("web page
    hit counter Kamis, 12 Maret 2026 spot_imgspot_img"): the only date of a page whose post
    stamp the copy lost."""
    for ln in header:
        if ln.kind != "text" or not _PLACEHOLDER.search(ln.text):
            continue
        found = find_date(ln.text)
        if found is None:
            continue
        words = re.findall(r"\w+", ln.text[:found.end])
        opened = re.findall(r"\w+", ln.text[found.start:found.end])[:1]
        if any(w.lower() in _DAY_NAMES for w in opened + words[-len(opened) - 4:-3]):
            return found.iso
    return None


def stacked_dates(dated: list[Line], header: list[Line]) -> bool:
    """Two bare date lines stacked in the header, the lower one no later ("Jumat, 20 Februari
    2026" over "Selasa, 17 Februari 2026" over the post's title): a blog's top bar prints the
    day's date, the post's date header stands right under it; the lower one is the post's."""
    if len(dated) < 2 or not all(ln.kind == "date" and ln in header for ln in dated[:2]):
        return False
    at = next(i for i, ln in enumerate(header) if ln is dated[0])
    return at + 1 < len(header) and header[at + 1] is dated[1] \
        and (dated[1].date or "")[:10] <= (dated[0].date or "")[:10] \
        and "T" not in (dated[0].date or "T")


# Round 26: a clipped story's own stamp under its headline, the source's name, the place, the
# day and the time ("The Jakarta Post, Sumenep, Fri, 02/13/2026 9:47 AM", "Antara, Jakarta,
# Mon, March 2, 2026 | 14:05 WIB", "Kompas, Surabaya, Rabu, 4 Maret 2026 10.15"): the
# story's time, over a blog's date header of the day it was clipped.
_CLIPPING = re.compile(r"(?P<source>[A-Z][^,]{1,40}), (?P<place>[A-Z][^,]{1,30}), "
                       r"(?P<rest>.{6,45})")
_MAX_STAMP_WORDS = 8


# Round 33: a station's stamp, its name and the section behind a bullet or bar, then the day
# and the hour ("Radio Kota • Ekonomi 10 Maret 2026 JAM 06:00:00 WIB", "TV Lokal | Daerah |
# 4 Februari 2026 pukul 19.30 WIB"): the same, read as a clipping's stamp.
_NAMES = r"[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4}"
_SECTION_STAMP = re.compile(rf"(?P<source>{_NAMES})\s*[•·|]\s*(?:{_NAMES}\s*[•·|]?\s*)?"
                            r"(?P<rest>(?:\w+, )?\d.{5,45})")


def _section_stamp(text: str) -> re.Match[str] | None:
    """A station's stamp (_SECTION_STAMP) whose rest opens with its day (its weekday before
    it), no weekday for a name, no update time in it ("Jumat | Februari 20, 2026 WIB Last
    Updated ...": a top bar's day and the page's update)."""
    m = _SECTION_STAMP.fullmatch(text)
    if m is None or m["source"].lower() in _DAY_NAMES or UPDATED.search(text):
        return None
    found = find_date(m["rest"])
    opened = re.match(r"(?:\w+, )?", m["rest"])
    return m if found is not None and found.start <= (opened.end() if opened else 0) else None


def clipping_stamp(text: str) -> str | None:
    """The dated time a clipping's stamp gives (the shapes above), else None."""
    m = _CLIPPING.fullmatch(text.strip()) or _section_stamp(text.strip())
    if m is None or len(m["rest"].split()) > _MAX_STAMP_WORDS:
        return None
    rest = m["rest"]
    if re.search(r"(?i)\b[AP]M\b", rest):  # an English clock: the US month-first date
        rest = re.sub(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b", r"\2/\1/\3", rest)
    found = find_date(rest)
    return found.iso if found and "T" in found.iso else None


# Round 29: a release's lead opened by its day and a dash, no place before it ("February 11,
# 2026 – The network received ...", "11 Februari 2026 - Dinas Kesehatan ..."): the story's day.
_DASH_AFTER = re.compile(r"\s*[-–—]{1,2}\s+\S")
# round 30: the stamp's date and hour, then the dateline's place and its dash: "16 March 2026 ,
# 09:12 WIB, SOUTH SULAWESI – ", "12 Maret 2026 | 10.05 WITA | KOTA BARU – "
_PLACE_AFTER = re.compile(r"\s*[,|]\s*[A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*){0,3}"
                          r"\s*[-–—]{1,2}\s+\S")


def opening_stamp(text: str) -> str | None:
    """The date a line opens with: a metadata token ("date 2026-02-10 ...", datelines.py) or a
    date followed by a dash and the lead's words; None otherwise."""
    if stamped := lead_date(text):
        return stamped
    found = find_date(text)
    if found is None or found.start != 0 or not (_DASH_AFTER.match(text, found.end) or "T" in
                                                 found.iso and _PLACE_AFTER.match(text, found.end)):
        return None
    return found.iso


_MAX_ROW_WORDS = 16


def listing_date(lines: list, i: int) -> bool:
    """A date line in a run of headline + date rows (a related-posts list below the story:
    "Warga Tanam Bibit di Bantaran Kali" / "14 February 2026 - 09:30 WIB" / "Posyandu Gelar
    Senam" / "7 February 2026 - 08:15 WIB"): the listing's date, never the page's."""
    def row(j: int) -> bool:
        return 0 < j < len(lines) and lines[j].kind == "date" and lines[j - 1].kind == "text" \
            and len(lines[j - 1].text.split()) <= _MAX_ROW_WORDS \
            and not lines[j - 1].text.rstrip().endswith((".", "!", "?"))
    return row(i) and (row(i - 2) or row(i + 2))


def without_listings(dated: list, lines: list, below: int) -> list:
    """The dated lines less the related list's rows under the story (index `below` onward)."""
    listed = {id(ln) for j, ln in enumerate(lines) if j >= below and listing_date(lines, j)}
    return [ln for ln in dated if id(ln) not in listed]


def doubled_bar(dated: list, header: list, top_bar: bool) -> bool:
    """The top bar's day printed twice ("Thu, 19 March 2026", then a sticky bar's "Thursday,
    19 March 2026 | 8:02:11 WIB"), then the post's own earlier date under the title ("Maret 17,
    2026"): both bar dates yield to it. `top_bar`: the first date stands as a top bar's."""
    return len(dated) > 2 and top_bar and dated[1] in header and dated[2] in header \
        and (dated[1].date or "")[:10] == (dated[0].date or "")[:10] \
        and (dated[2].date or "9")[:10] < (dated[0].date or "")[:10]


def own_dates(dated: list, lines: list, header: list, top_bar) -> list:
    """The dated lines that may be the post's: not a related list's rows, and past a top bar's
    day printed twice over the post's own earlier date. `top_bar(line, header)` tells a bar."""
    dated = without_listings(dated, lines, len(header))
    if dated and doubled_bar(dated, header, top_bar(dated[0], header)):
        return dated[2:]
    return dated


def titled_stamp(dated: list[Line], header: list[Line]) -> bool:
    """Round 32: two stamps of one day in the header, the upper above every headline-shaped
    line (a widget's or top bar's clock: "Sentimen / 4 Mar 2026 : 09.20"), the lower right
    under the headline ("4 Mar 2026 : 16.20 Views 5"): the lower one is the post's."""
    at = [next((i for i, ln in enumerate(header) if ln is d), None) for d in dated[:2]]
    if len(dated) < 2 or None in at or not all(ln.kind == "date" and ln.date and not ln.updated
                                               for ln in dated[:2]):
        return False
    upper, lower = at
    shaped = [i for i, ln in enumerate(header) if ln.kind == "text" and headline_shaped(ln.text)]
    return (dated[0].date or "")[:10] == (dated[1].date or "")[:10] and bool(shaped) \
        and upper < shaped[0] and lower - 1 in shaped


# Round 34: a writer's label, the name, then the post's date and hour ("Oleh : Radar Kota |
# 24 Feb 2026, 16:42:10 WIB | 👁 1318 Lihat", "Penulis Kabar Hulu on Senin, 9 Maret 2026 |
# 12.16.00"): the header's stamp, though the date-line test leaves it as text for the name.
_WRITER_LABEL = re.compile(r"(?i:oleh|penulis|ditulis oleh|by|written by|author|reporter)"
                           r"\s*:?\s+(?P<name>[A-Z][\w.'’&-]*(?:\s+[\w.'’&-]+){0,4}?)"
                           r"\s*(?:[|·•,–—-]|\s(?i:on|pada))\s*$")
_VIEWS = re.compile(r"[\W_]*(?:(?:\d[\d.,]*\s*(?:kali\s+)?(?i:lihat|dilihat|dibaca|views?|x)"
                    r"|" + _COUNTER.pattern.removeprefix("(?i)") + r")[\W_]*)?$", re.IGNORECASE)


def labelled_stamp(text: str) -> bool:
    """A header line of the writer's label and name, then a date with its hour, and at most a
    read counter after it."""
    found = find_date(text)
    if found is None or "T" not in found.iso or not found.start:
        return False
    label = _WRITER_LABEL.fullmatch(text[:found.start])
    return label is not None and bool(_VIEWS.fullmatch(text[found.end:]))


# Round 34: a theme's stamp, the date, then "by NAME" and the comment count ("12 February 2026
# by admin 2 Comments", "3 Maret 2026 oleh Redaksi 0 Komentar").
_BY_COMMENTS = re.compile(r"(?i)\s*(?:by|oleh)\s+(?P<name>[\w.'’-]+(?:\s+[\w.'’-]+){0,3}?)"
                          r"(?:\s+(?:\d+|no|tidak ada)\s+(?:comments?|komentar)"
                          r"|\s+(?:leave a comment|tinggalkan komentar))?\s*")
# Round 35: the WordPress label before that date ("Posted on 22 April 2026 by humas setwan"),
# when the poster's name is a desk's, in lower case, that no byline test reads.
_POSTED_ON = frozenset({"posted", "on", "diposting", "pada", "published", "dipublikasikan"})


def header_stamp(text: str) -> bool:
    """A header line that dates the post though the date-line test left it as text: a
    clipping's or a station's stamp, a writer's labelled one, or the date over the poster's
    name and the comment count."""
    if clipping_stamp(text) or labelled_stamp(text) or meta_row(text) or hijri_stamp(text) \
            or labelled_cells(text) or rubric_dated(text):
        return True  # round 37: a Hijri date beside it, barred labelled cells, a rubric's path
    found = find_date(text)
    before = re.findall(r"\w+", text[:found.start]) if found else ["?"]
    return found is not None and all(w.lower() in _DAY_NAMES | _POSTED_ON for w in before) \
        and bool(_BY_COMMENTS.fullmatch(text[found.end:]))


# A site's top link set as a list ("• Redaksi", "· Pedoman Media Siber"): no headline.
_BULLETED = re.compile(r"[•·▪◦‣∙]\s*\S")


def top_bar(line: Line, header: list[Line]) -> bool:
    """A date with no hour standing above every headline-shaped line of the header: the site's
    top bar prints the day's date there ("February 27, 2026" over the title); round 34: the
    bulleted top links above it are no headlines."""
    if line not in header or find_time(line.text) or line.kind != "date":
        return False
    at = header.index(line)
    # round 36: an institution's name as the page's first line is its masthead, no headline
    return any(ln.kind == "text" and headline_shaped(ln.text) for ln in header[at + 1:]) \
        and not any(ln.kind == "text" and headline_shaped(ln.text)
                    and not _BULLETED.match(ln.text)
                    and not (i == 0 and _INSTITUTION.fullmatch(ln.text))
                    for i, ln in enumerate(header[:at]))

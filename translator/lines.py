"""Pure: what each line of a copied page is (furniture, byline, date, section header or text),
and the tests `clean` applies to a line's words."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .boilerplate import (
    BYLINE_SEPARATORS,
    BYLINES,
    END_MARKERS,
    FURNITURE,
    MAX_NAME_WORDS,
    MENU_MIN_SHARE,
    NAME_PARTICLES,
    OUTLET_PATTERNS,
    PLACES,
    QA_HEADERS,
    RELATED_HEADERS,
    UPDATED,
    WIDGET_WORDS,
)
from .boilerplate_datelines import LISTED_PLACES
from .dates import find_date
from .shapes import DATE_END, URL_END, WHOLE_QUOTE
from .signoff_tails import CLOSING_TAIL

# A sentence ends in . ! ? or an ellipsis, possibly inside quotes or brackets.
FINAL = re.compile(r"[.!?…][\"'”’»)\]]*$")
_TIME_PART = re.compile(r"(?:pukul\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?"
                        r"\s*(?:WIB|WITA|WIT)?",
                        re.IGNORECASE)
# Words allowed beside a date on a line that is only a date ("Kompas.com - 02/09/2015").
_MAX_DATE_LINE_EXTRA_WORDS = 3
_MAX_DATE_LINE_CHARS = 80
_MIN_PROSE_WORDS = 8  # a paragraph, not a headline or a caption fragment
_MAX_STRAY_WORDS = 20  # a line without final punctuation this short is a headline
_MAX_WIDGET_WORDS = 12
_MAX_BARE_NAME_WORDS = 4
# A dated byline is a date, a time, a name of at most four words, maybe a place and a share
# prompt: never this long. Longer lines (a paragraph, text rejoined from hard-wrapped lines) are
# not searched for its date, which on a rejoined block of thousands of lines made cleaning
# quadratic (a 4,000-line dump took 93 s, 9 of 10 of it here).
_MAX_DATED_BYLINE_CHARS = 300
_MIN_TITLE_WORDS = 5  # the headline above a bare name line
_REGION_WORDS = frozenset({"kabupaten", "kota", "provinsi", "kecamatan", "desa", "jawa", "barat",
                           "timur", "tengah", "utara", "selatan", "sumatera", "kalimantan",
                           "sulawesi", "nusa", "tenggara", "pemkab", "pemkot", "pemprov",
                           # a place's kind in English: "Sanur Beach", "North Lombok Regency"
                           "beach", "island", "islands", "bay", "lake", "river", "regency",
                           "city", "province", "district", "village"})


@dataclass(frozen=True)
class Line:
    """One non-empty line and what it was recognised as."""

    text: str
    kind: str  # "text", "date", "byline", "end", "qa", "related" or a FURNITURE kind
    author: str | None = None
    awaits: str | None = None  # a bare byline label ("Penulis"): the role of the next line
    date: str | None = None  # ISO date on a date or byline line
    updated: bool = False  # the date is an update time ("Diperbarui ...")


def may_be_text(line: str) -> bool:
    """Whether a raw line could be article text, for rejoining broken lines."""
    return classify_one(line).kind in ("text", "widget")


_BULLET = re.compile(r"^\s*[•·▪●◦]\s*|^\s+")


def classify(texts: list[str]) -> list[Line]:
    """Recognise each line: furniture, byline, date, section header or (possibly) article text."""
    out: list[Line] = []
    for text in texts:
        awaited = out[-1].awaits if out else None
        name = _BULLET.sub("", text)  # "Oleh :" then "  • Rahmat Fauzi": a one-item list
        if awaited and name and name_like(name):
            out.append(Line(text, "byline", author=name if awaited == "author" else None))
        else:
            out.append(classify_one(text))
    return out


def classify_one(text: str) -> Line:
    """What one line is, judged on its own."""
    bare = text.rstrip(" :").strip("*_# ")
    for kind, table in (("end", END_MARKERS), ("qa", QA_HEADERS), ("related", RELATED_HEADERS)):
        if any(rx.fullmatch(bare) for _, rx in table):
            return Line(text, kind)
    byline = _byline(text) or _dated_byline(text)
    if byline is not None:
        return byline
    for kind, rx in FURNITURE:
        if rx.fullmatch(text):
            return Line(text, kind)
    if is_date_line(text):
        found = find_date(text)
        return Line(text, "date", date=found.iso if found else None,
                    updated=bool(UPDATED.search(text)))
    if _is_widget_line(text):
        return Line(text, "widget")
    return Line(text, "text")


def _byline(text: str) -> Line | None:
    """A byline line ("Penulis: X | Editor: Y", "Oleh X pada <date>", "X · <date>"), or a bare
    "Penulis" label; None when any part of the line is something else."""
    credited = _name_and_outlet(text)
    if credited:
        return Line(text, "byline", author=credited)
    filed = name_and_place(text)
    if filed:
        return Line(text, "byline", author=filed[0])
    whole = _byline_part(text)
    parts = [whole] if whole else [_byline_part(p) or _other_part(p)
                                   for p in BYLINE_SEPARATORS.split(text) if p.strip()]
    if not parts or None in parts:
        return None
    roles = [p for p in parts if p[0] in ("author", "editor")]
    names = [p[1] for p in parts if p[0] == "name"]
    has_date = any(p[0] == "date" for p in parts)
    # "Rina Ayu | Farah Nabilla": names alone make a byline when there are two or more of them.
    alone = not roles and not (names and has_date)
    if alone and not (len(names) >= 2 == len(parts)):
        return None
    if alone and (any(len(piece.split()) > _MAX_BARE_NAME_WORDS
                      for name in names for piece in name.split(","))
                  or (len(names) == 2 and len(text.replace(",", " ").split())
                      > 2 * _MAX_BARE_NAME_WORDS + 1)):
        # "Harga Cabai Melonjak – Pedagang Mengeluh, Pembeli Beralih": a headline's halves,
        # more words than a name, or than two people's names, hold
        return None
    author = next((p[1] for p in roles if p[0] == "author" and p[1]), None)
    if author is None and not roles and names:
        author = names[0]
    if author and _ROLE_ACCOUNT.match(author):
        author = None  # "Oleh: Admin Diskominfo": a site account, not a person
    awaits = next((p[0] for p in roles if p[1] is None), None) if len(parts) == 1 else None
    found = find_date(text)
    return Line(text, "byline", author=author, awaits=awaits,
                date=found.iso if found else None, updated=bool(UPDATED.search(text)))


_BY_WORDS = frozenset({"oleh", "by", "-", "–", "|", "•", "·"})
# A share prompt that ends a date-and-byline line ("... Rina Kusumawati Bantul Share :").
_SHARE_TAIL = re.compile(r"\s*(?:Share|Bagikan)\s*:?\s*$", re.IGNORECASE)


def _dated_byline(text: str) -> Line | None:
    """A line that opens with a date and time and then names the writer, maybe her place and
    a share prompt ("25 Februari 2026 14:32 WIB Rina Kusumawati Bantul Share :"), or names
    the writer before a date and time that close it."""
    if len(text) > _MAX_DATED_BYLINE_CHARS:
        return None
    found = find_date(text)
    if found is None or "T" not in found.iso:
        return None
    if found.start:
        # "Rudi Hartono, Senin 23 Februari 2026 10:15 WIB": the name first, the date closing
        name = text[:found.start].strip(" ,-–|•·")
        # "By Rahmi Februari 12, 2026 10:25": after "By" one name is a byline's too
        signed = name.split(maxsplit=1)[0].lower() in _BY_WORDS if name else False
        name = name.split(maxsplit=1)[1] if signed and " " in name else name
        if text[found.end:].strip() or not 2 - signed <= len(name.split()) \
                <= _MAX_BARE_NAME_WORDS or not _person_like(name):
            return None
        return Line(text, "byline", author=name, date=found.iso)
    words = _SHARE_TAIL.sub("", text[found.end:]).split()
    while words and words[0].lower() in _BY_WORDS:
        words.pop(0)  # "<date> <time> oleh Rudi Hartono", "<date> <time> | Rudi Hartono"
    if words and words[-1].lower() in LISTED_PLACES:
        words.pop()
    name = " ".join(words)
    if not 2 <= len(words) <= _MAX_BARE_NAME_WORDS or not _person_like(name):
        return None
    return Line(text, "byline", author=name, date=found.iso)


# "Dini Anggraeni, CNBC Indonesia", "Dewi Anggraini (The Jakarta Post)": a name credited to
# its outlet on a line of its own.
_NAME_OUTLET = re.compile(r"(?P<name>[^,()]{3,60}?)\s*(?:,\s*(?P<o1>[^,()]{2,40})"
                          r"|\((?P<o2>[^()]{2,40})\))")
# Site accounts that sign a government or company page: never a person's name.
_ROLE_ACCOUNT = re.compile(r"(?i:admin(?:istrator)?|webmaster|operator|redaksi|humas"
                           r"|tim|team|staff?)\b")


def _name_and_outlet(text: str) -> str | None:
    """The name of a "Name, Outlet" or "Name (Outlet)" byline, the outlet a known one."""
    m = _NAME_OUTLET.fullmatch(text.strip())
    if m is None:
        return None
    name, outlet = m.group("name").strip(), (m.group("o1") or m.group("o2")).strip()
    known = known_outlet(outlet)
    if not known or len(outlet.split()) > len(known.split()) + 1:
        return None
    words = name.split()
    return name if 2 <= len(words) <= _MAX_BARE_NAME_WORDS and _person_like(name) else None


# "HENDRI UTOMO, Kulonprogo": a reporter's name and the place filed from, on a line of their
# own above the story (a regional paper's house style): its byline and its dateline in one.
_NAME_PLACE = re.compile(r"(?P<name>[^,()]{3,60}?)\s*,\s*"
                         r"(?P<place>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2})")


# What a shouted name's comma may introduce besides a place: a role ("BUDI SANTOSO, Kepala
# Dinas", "RINA AYU, Wartawan").
_ROLE_WORD = re.compile(r"(?i:wartawan|reporter|kontributor|koresponden|editor|fotografer"
                        r"|penulis|pewarta|kepala|ketua|direktur|menteri|bupati|wali|gubernur"
                        r"|camat|lurah|kapolres|kapolda|anggota|staf|warga|mahasiswa)\b")


# An academic degree after a name's comma ("H. AHMAD FAUZAN, M.Si", "Dr. Rina, S.H."): short
# dotted abbreviations, never a place (an officials' directory lists names so).
_DEGREE = re.compile(r"(?:[A-Z][a-z]{0,3}\.\s?)+[A-Z]?[a-z]{0,3}\.?")


def name_and_place(text: str) -> tuple[str, str] | None:
    """(name, place) of a "Name, Place" byline line: the place a known one, or any capitalised
    name under a shouted person's name ("HENDRI UTOMO, Kulonprogo")."""
    m = _NAME_PLACE.fullmatch(text.strip())
    if m is None:
        return None
    name, place = m.group("name").strip(), m.group("place").strip()
    if not 2 <= len(name.split()) <= _MAX_BARE_NAME_WORDS or not _person_like(name) \
            or known_outlet(place) or _DEGREE.fullmatch(place):
        return None
    if place.lower() in PLACES or (name.isupper() and not place.isupper()
                                   and place.lower() not in WIDGET_WORDS
                                   and not _ROLE_WORD.match(place)):
        return name, place
    return None


def _person_like(text: str) -> bool:
    """A person's name on a line of its own: not a site account, an outlet or a place
    ("Kabupaten Bogor", "Jawa Barat" under a headline name a region)."""
    words = text.split()
    return name_like(text) and not _ROLE_ACCOUNT.match(text) and not known_outlet(text) \
        and not any(w.lower() in WIDGET_WORDS or w.lower() in LISTED_PLACES
                    or w.lower() in _REGION_WORDS for w in words) \
        and text.lower() not in PLACES


_CLOSING_STOP = re.compile(r"(?<=[A-Za-z][a-z]{2})\.$")  # a word's stop, not an initial's
_BRACKETED_ROLE = re.compile(r"\s+\([^()\d]{2,40}\)$")


def _byline_part(part: str) -> tuple[str, str | None] | None:
    """(role, name) when `part` is one byline ("Editor: Y"); name None for a bare label."""
    part = _CLOSING_STOP.sub("", part.strip())  # "Reporter : Yusran.": the line's stop
    for role, rx in BYLINES:
        m = rx.fullmatch(part)
        if m is None:
            continue
        name = m.group("name")
        # "Wa Ode Nurhayati (Jurnalis in Wakatobi)": the writer's role in brackets after it
        name = _BRACKETED_ROLE.sub("", name.strip()) if name else None
        name = _without_desk(name) if name else None
        if name is None or name_like(name) or _ROLE_ACCOUNT.fullmatch(name) \
                or (name.startswith("Tim ") and len(name.split()) == 2):  # "Tim detikJabar"
            return role, name  # "by admin": a site account signs the line (no author)
    return None


# "Rian Saputra and KLU’s PR": the writer and the office that issued the story with her.
_AND_DESK = re.compile(r"(?P<name>.+?)\s+(?:and|dan|&)\s+(?P<desk>\S+['’]s\s.+|[A-Z]{2,}"
                       r"(?:\s[A-Z]{2,})*|Humas\b.*|Tim\b.*)")


def _without_desk(name: str) -> str:
    """The writer's name without the office credited beside her ("... and KLU’s PR")."""
    m = _AND_DESK.fullmatch(name)
    return m.group("name") if m and name_like(m.group("name")) else name


# A view or comment counter beside a byline or a date: "418", "1.284 views", "Dibaca 312
# kali"; on a date line only a labelled one (a bare number could be the year).
_COUNTER_LABEL = r"(?:views?|dibaca|dilihat|hits|komentar|comments?|kali dibaca)"
_NUMBER = r"\d{1,3}(?:[.,]\d{3})*"
_COUNTER = re.compile(rf"(?:{_COUNTER_LABEL}\s*:?\s*)?{_NUMBER}(?:\s*(?:x|kali|{_COUNTER_LABEL}))?",
                      re.IGNORECASE)
_LABELLED_COUNTER = re.compile(
    rf"\W*(?:{_COUNTER_LABEL}\s*:?\s*{_NUMBER}(?:\s*(?:x|kali))?|{_NUMBER}\s*{_COUNTER_LABEL})\W*",
    re.IGNORECASE)


# A reading-time label beside a byline or date: "3 menit baca", "5 min read", "2 mins read".
_READING_TIME = re.compile(r"(?i:\d{1,2}\s*(?:menit|min(?:ute)?s?)\s*(?:baca|read|membaca))")


# A government press office a byline name belongs to: "Humas", "Humasprov", "Humas Polres".
_DESK = re.compile(r"Humas\w*(?: [A-Z][\w.]*)?|HUMAS\w*")


def _other_part(part: str) -> tuple[str, str | None] | None:
    """A date, time, outlet or bare name standing beside a byline; None for anything else."""
    part = part.strip(" ,")
    if is_date_line(part) or _TIME_PART.fullmatch(part):
        return "date", None
    if known_outlet(part) and len(part.split()) <= 3:
        return "outlet", None
    if _COUNTER.fullmatch(part) or _READING_TIME.fullmatch(part):
        # "X, <date> - Redaktur: Y - 418": the page's view count; "3 menit baca": its reading time
        return "chrome", None
    if _DESK.fullmatch(part):
        return "desk", None  # "Pewarta : Rahmat - Humas": the press office the name works for
    if part and all(w in WIDGET_WORDS for w in part.lower().split()):
        return "chrome", None  # "Name | March 12, 2025 | 11:42 am | Share": a share button
    if re.fullmatch(r"[A-Z][a-z]{3,}", part.strip()):
        return "rubric", None  # "Penulis: Dedi Kurniawan | Nusantara": the desk's section
    if name_like(part) and len(part.split()) >= 2:
        # "Jawa Barat | Jumat, 14 November 2025": a region beside a date is the desk's, not a person
        return ("chrome", None) if not _person_like(part) else ("name", part)
    return None


def name_like(text: str) -> bool:
    """A person's name (or a few): short, every word capitalised, not a sentence."""
    words = text.replace(",", " ").replace("&", " ").split()
    return (0 < len(words) <= MAX_NAME_WORDS and text[0].isupper()
            and not re.search(r"\w\.\w{2}", text)  # a domain, not a person
            and not re.search(r"[.!?:;,]$|[\d/|:;()\"“”]", text)
            and all(w[0].isupper() or w.lower() in NAME_PARTICLES for w in words))


# A republisher's feed name before its date: a few capitalised words, one an outlet's word.
_FEED_NAME = re.compile(r"(?=.*\b(?:News|Post|Times|Daily)\b)[A-Z][\w.]*(?:\s[A-Z][\w.]*){1,5}"
                        r"\s+[-–|]\s*(?:[A-Z][a-z]{2,8},?\s*)?")  # "Thu, " may open the date


def is_date_line(text: str) -> bool:
    """A line that is a date and little else (not a sentence that mentions one)."""
    if len(text) > _MAX_DATE_LINE_CHARS:
        return False
    found = find_date(text)
    if found is None:
        return False
    tail = text[found.end:]
    if not tail.strip() and _FEED_NAME.fullmatch(text[:found.start]):
        return True  # "Jakarta Post Latest News - Thu, 2026-02-19 12:29": a feed's stamp
    if _LABELLED_COUNTER.fullmatch(tail):
        tail = ""  # "... 14:10 WIB | Dibaca 1.284 kali": the page's view count
    extra = re.findall(r"\w+", text[:found.start] + " " + tail)
    return len(extra) <= _MAX_DATE_LINE_EXTRA_WORDS


def _is_widget_line(text: str) -> bool:
    """A line of share buttons or section names ("Facebook Twitter WhatsApp", "Home Nasional")."""
    if FINAL.search(text):
        return False
    words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)?", text.lower())
    if not words or len(words) > _MAX_WIDGET_WORDS:
        return False
    known = sum(w in WIDGET_WORDS for w in words)
    return known == len(words) or (len(words) >= 4 and known / len(words) >= MENU_MIN_SHARE)


def is_prose(text: str) -> bool:
    """A full paragraph: enough words and a sentence end (or its date in brackets)."""
    return len(text.split()) >= _MIN_PROSE_WORDS \
        and bool(FINAL.search(text) or DATE_END.search(text) or WHOLE_QUOTE.fullmatch(text)
                 or CLOSING_TAIL.search(text))  # "... berkali-kali.tegas dia" (round 35)


def headline_like(text: str) -> bool:
    """Short, capitalised and without a sentence end: a headline or link, not a paragraph."""
    return (len(text.split()) <= _MAX_STRAY_WORDS and not FINAL.search(text)
            and not text.endswith((",", ";", ":")) and not text[0].islower()
            and not URL_END.search(text))


def known_outlet(text: str) -> str | None:
    """The first known outlet named in `text`."""
    for name, rx in OUTLET_PATTERNS:
        if rx.search(text):
            return name
    return None

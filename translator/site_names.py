"""Pure: the names a site gives itself outside a masthead or a dateline - a portal's welcome
line, a platform's notice about its users' pieces, a radio station's name beside the
frequency it signs its datelines with."""

from __future__ import annotations

import re

from .dateline_names import _squash, is_place
from .lines import Line, known_outlet

# A portal names itself: "selamat datang di website Pengadilan Negeri Purwodadi kelas 1 B",
# "Welcome to the official website of X", "Retizen bersifat User Generated Content (UGC)".
_SELF_NAMED = re.compile(
    r"(?i:selamat datang di (?:website|situs|laman|portal)(?: resmi)?|welcome to (?:the )?"
    r"(?:official )?(?:website|site|portal) of)\s+(?P<name>[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,5})"
    r"|(?P<platform>[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})\s+(?i:bersifat|merupakan|adalah)\s+"
    r"(?i:(?:sebuah )?(?:platform |situs |media )?user[- ]generated content)")
# "Semarang, 92.6 FM–": a radio station signs with its frequency; its name stands elsewhere.
_FREQUENCY = re.compile(r"\d{2,3}[.,]\d\s?FM")
_RADIO = re.compile(r"\bRadio\s[A-Z][\w]+(?:\s[A-Z][\w]+)?")


def self_named(texts: list[str]) -> str | None:
    """The name a portal's welcome line or a platform's notice gives itself, else None."""
    for text in texts:
        m = _SELF_NAMED.search(text)
        if m:
            return m.group("name") or m.group("platform")
    return None


def station_name(name: str, texts: list[str]) -> str | None:
    """A radio station's name ("Radio Idola") the page prints, when its dateline signs with
    the station's frequency (`name`, "92.6 FM"); else None."""
    if not _FREQUENCY.fullmatch(name):
        return None
    return next((m.group() for text in texts if (m := _RADIO.search(text))), None)


_MAX_SHORT = 4  # "DN", "SP": a dateline's short form of the masthead
_MAX_MASTHEAD_WORDS = 4


def masthead_of_short(name: str, texts: list[str]) -> str | None:
    """The masthead (the page's first line) a dateline's short form abbreviates: "DN" for
    "DESTARA NEWS", "SP" for "SUMSELPERS" - its letters in order, the first the masthead's
    first, each word's initial when the masthead has as many words; else None."""
    if not (2 <= len(name) <= _MAX_SHORT and name.isalpha() and name.isupper()) or not texts:
        return None
    head = texts[0].strip()
    words = head.split()
    if not 1 <= len(words) <= _MAX_MASTHEAD_WORDS or re.search(r"[.!?,:]$", head) \
            or _squash(head) == name.lower():
        return None
    if len(words) > 1:
        return head if len(words) == len(name) and all(
            w[:1].upper() == c for w, c in zip(words, name, strict=True)) else None
    letters = iter(_squash(head)[1:])
    return head if _squash(head)[:1] == name[0].lower() \
        and all(c in letters for c in name[1:].lower()) else None


def as_credited(ln: Line, name: str) -> str | None:
    """A source credit's outlet as the credit prints it ("Source: Antara News"), a name of
    the known outlet's own."""
    printed = re.sub(r"(?i)^(?:sumber|source)\s*:\s*", "", ln.text).strip(" .")
    return printed if ln.kind == "source" and known_outlet(printed) == name else None


_MAX_OWNER_WORDS = 3  # a copyright line's name: "Media RMD", "Sumut Pos"


def copyright_name(text: str) -> str | None:
    """The name a copyright line gives ("Copyright © 2026 Media RMD", "© Sumut Pos 2025",
    "Copyright © 2025 bungnews.com"): one to three words, no place, no furniture."""
    bare = _COPYRIGHT_WORDS.sub(" ", text)
    bare = re.sub(r"\s+", " ", bare).strip(" .,-–|")
    if len(bare.split()) > _MAX_OWNER_WORDS:
        # "© 2026 VOI - Waktunya Merevolusi Pemberitaan": the name, then the site's tagline
        bare = _TAGLINE.split(bare, maxsplit=1)[0]
    words = bare.split()
    if not 1 <= len(words) <= _MAX_OWNER_WORDS or is_place(bare) \
            or not all(w[0].isupper() or "." in w for w in words):
        return None
    return bare


_TAGLINE = re.compile(r"\s+[-–—|]\s+")
# What a copyright line says besides the name.
_COPYRIGHT_WORDS = re.compile(r"(?i:copyright|hak cipta|all rights reserved|dilindungi"
                              r"|undang-undang|powered by\b.*)|©|\(c\)|\b(?:19|20)\d{2}\b"
                              r"(?:\s*[-–]\s*(?:19|20)\d{2})?")

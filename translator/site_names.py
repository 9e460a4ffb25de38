"""Pure: the names a site gives itself outside a masthead or a dateline - a portal's welcome
line, a platform's notice about its users' pieces, a radio station's name beside the
frequency it signs its datelines with."""

from __future__ import annotations

import re

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

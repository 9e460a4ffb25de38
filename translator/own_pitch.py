"""Pure (round 37): the site's own sales pitch closing the story, a line of the page, not of the
story: "Ingin berangkat umroh dengan tenang? Konsultasikan rencana ibadah Anda bersama tim El
Aqsho." over its button ("Daftar Umroh Sekarang"), "Mari tunaikan zakat, infak dan sedekah Anda
melalui Lazismu Belitung." over the bank account and the donation number.

Three things together mark it, none alone: it speaks to the reader ("Anda", "kamu", "you", or
opens with a call such as "Mari", "Yuk", "Hubungi", "Contact"), it names the site itself (its
masthead, the first line of the page, or the name in its copyright line), and no paragraph of
the story follows it before the page's footer. A story's own last sentence naming the
organisation in the third person, or quoting its chairman's appeal, is no such pitch."""

from __future__ import annotations

import re

from .boilerplate import WIDGET_WORDS
from .lines import Line, is_prose

_READER = re.compile(r"\b(?:Anda|anda|kamu|Kamu|you|your|You|Your)\b"
                     r"|^(?:Mari|Ayo|Yuk|Yuk,|Segera|Hubungi|Konsultasikan|Daftarkan|Percayakan"
                     r"|Let's|Contact|Call|Book|Join)\b")
_QUOTES = re.compile(r"[\"“”]")
_MAX_PITCH_WORDS = 40
_MAX_NAME_WORDS = 5
_COPYRIGHT_WORDS = re.compile(r"(?i)copyright|hak cipta|©|\(c\)|\ball rights reserved\b\.?"
                              r"|\b(?:19|20)\d{2}\b|[.,|]")
_STOPS = frozenset({"end", "related", "copyright"})  # the footer's first line


def own_names(lines: list[Line]) -> set[str]:
    """The names the site gives itself: its first line, when a short one, and the holder named
    in its copyright line with that name's first two words; case-folded."""
    names: set[str] = set()
    if lines and lines[0].kind == "text" and len(lines[0].text.split()) <= _MAX_NAME_WORDS:
        names.add(lines[0].text.casefold())
    for ln in lines:
        if ln.kind == "copyright":
            holder = " ".join(_COPYRIGHT_WORDS.sub(" ", ln.text).split())
            if 0 < len(holder.split()) <= 2 * _MAX_NAME_WORDS:
                names.update({holder.casefold(), " ".join(holder.split()[:2]).casefold()})
    return {n for n in names if len(n) >= 4 and not all(w in WIDGET_WORDS for w in n.split())}


def pitch_lines(lines: list[Line], start: int) -> set[int]:
    """The index of the site's closing pitch below the story's start (module docstring), as a
    set: empty when there is none."""
    names = own_names(lines)
    if not names:
        return set()
    for i in range(start + 1, len(lines)):
        ln = lines[i]
        if ln.kind in _STOPS:
            break
        if ln.kind != "text" or not _pitch(ln.text, names):
            continue
        tail = []
        for x in lines[i + 1:]:
            if x.kind in _STOPS:
                break
            tail.append(x)
        if not any(x.kind == "text" and is_prose(x.text) for x in tail):
            return {i}
    return set()


def _pitch(text: str, names: set[str]) -> bool:
    """A line of the pitch's shape: short, unquoted, speaking to the reader, naming the site."""
    if len(text.split()) > _MAX_PITCH_WORDS or _QUOTES.search(text) or not _READER.search(text):
        return False
    folded = text.casefold()
    for name in names:
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", folded):
            # the name as a name: each of its words capitalised where the line prints it
            # ("tim El Aqsho"), never a common word ("berita resmi") a menu's first line holds
            printed = text[m.start():m.end()].split()
            if all(w[:1].isupper() or not w[:1].isalpha() for w in printed):
                return True
    return False

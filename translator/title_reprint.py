"""Pure: an aggregator's reprint names its source in brackets before the headline, "(Tempo.co)
Komisi IV Minta ...", "(Harian Rakyat) Harga Beras ..."; the source is no part of the headline.

The bracket holds an outlet: a known one, a web address, or a name in an outlet's shape
("Radar ...", "Harian ...", "... Pos"). A label in brackets ("(VIDEO)", "(Foto)", "(UPDATE)")
is not an outlet and stays, as does a bracket with too little headline after it; and the
source goes only where the story's lead is stamped by that outlet ("REPUBLIKA.CO.ID, JAKARTA
--" under "(Republika) ..."): a bracketed outlet before any other headline stays (round 20)."""

from __future__ import annotations

import re

from .dateline_names import outlet_like
from .lines import known_outlet

_SOURCE = re.compile(r"[(\[](?P<name>[A-Za-z][\w.&'’-]*(?: [A-Za-z][\w.&'’-]*){0,3})[)\]]\s*"
                     r"[-–—:|]?\s*(?=[A-Z0-9\"“‘'])")
_ADDRESS = re.compile(r"\w[\w-]*\.(?:co\.id|com|co|id|net|org|news|tv)\b", re.IGNORECASE)
# "[:id]", "[:]", "{:en}", "<!--:id-->": a language's mark, or the closing one
_LANGUAGE_MARK = re.compile(r"\[:(?:[a-z]{2})?\]|\{:(?:[a-z]{2})?\}|<!--:(?:[a-z]{2})?-->",
                            re.IGNORECASE)
_MIN_LEFT_WORDS = 3
_STAMP_REACH = 60


def _squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def without_source(title: str | None, lead: str | None) -> str | None:
    """`title` without a reprint's bracketed source before it, when `lead` (the story's first
    lines) opens with that source's stamp; and without its language marks."""
    title = without_language_marks(title)
    if not title or not lead or not (m := _SOURCE.match(title)):
        return title
    if not _squash(lead[:_STAMP_REACH]).startswith(_squash(m.group("name").split(".")[0])):
        return title
    name, left = m.group("name"), title[m.end():]
    if len(left.split()) < _MIN_LEFT_WORDS:
        return title
    if known_outlet(name) or _ADDRESS.fullmatch(name) or outlet_like(name, acronyms=False):
        return left
    return title


def without_language_marks(title: str | None) -> str | None:
    """The text of the first language a title's marks hold, the marks gone; the title as it
    was when it has none (or nothing between them)."""
    if not title or not _LANGUAGE_MARK.search(title):
        return title
    parts = [p.strip() for p in _LANGUAGE_MARK.split(title)]
    return next((p for p in parts if p), None) or title

"""An advert slot inside the body (round 26): the site's name and slogan printed on the slot
above or below its prompt ("Scroll kebawah untuk lihat konten", "ADVERTISEMENT"), no line of
the story. Pure."""

from __future__ import annotations

import re

from .lines import Line

# The site's name and its slogan, every word capitalised, a dash or a bar between: "Sorotan
# Bangka - Terdepan Menyorot Fakta.", "Kabar Timur | Tajam Dan Terpercaya", "RadarNews –
# Cepat, Akurat, Berimbang". A lead's dateline ("BANGKA BARAT – Puluhan nelayan ...") is
# followed by lower-case words; a headline has no name-and-slogan dash.
_TAGLINE = re.compile(r"(?:[A-Z][\w.'’]*)(?: [A-Z][\w.'’]*){0,3}\s[-–—|]\s"
                      r"[A-Z][\w'’]*,?(?: (?:[A-Z][\w'’]*|&|dan|and),?){0,6}[.!]?")
_ADVERT_KINDS = frozenset({"advert", "advert-alt"})
_NEAR = 2  # the slot's lines: its button ("APPLY"), the tagline, its prompt


def slot_tagline(lines: list[Line], i: int) -> bool:
    """Line `i` is a site's name and slogan standing by an advert's prompt (within two lines
    above or below it)."""
    if _TAGLINE.fullmatch(lines[i].text.strip()) is None:
        return False
    lo, hi = max(0, i - _NEAR), min(len(lines), i + _NEAR + 1)
    return any(lines[j].kind in _ADVERT_KINDS for j in range(lo, hi) if j != i)

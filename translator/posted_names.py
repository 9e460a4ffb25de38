"""Pure (round 38): a blog's name as its post footer types it. A shouted name of two words and
more (the blog's title "MAGETAN KUMANDANG", its stamp "Sumbawa Besar, SUMBAWA POST -") that the
post footer prints in mixed case for the blog's own account ("Diposting oleh Magetan Kumandang
di 10.15", "Diposkan oleh Sumbawa Post") is that mixed case: the owner's spelling, where the
logo's capitals are the theme's type. A copyright line's mixed case is no such evidence (a
template's type: "SUARA PANTAI" over "© 2026 Suara Pantai" keeps its capitals, outlet_case.py)."""

from __future__ import annotations

import re

from .lines import Line
from .site_names import _POSTED_BY


def _squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _mixed(text: str) -> bool:
    letters = re.sub(r"[^A-Za-z]", "", text)
    return bool(letters) and not letters.isupper() and not letters.islower()


def posted_spelling(name: str | None, lines: list[Line]) -> str | None:
    """Round 38: the mixed case of a shouted name of two words and more ("MAGETAN KUMANDANG",
    the blog's title or its stamp) that the blog's post footer prints for its account
    ("Diposting oleh Magetan Kumandang di 10.15"): the blog as its owner types it, where a
    copyright line's mixed case may be a template's type ("SUARA PANTAI" / "© 2026 Suara
    Pantai" keeps the logo's capitals). None otherwise."""
    if not name or not name.isupper() or len(name.split()) < 2:
        return None
    key = _squash(name)
    return next((n for ln in lines if (m := _POSTED_BY.fullmatch(ln.text.strip()))
                 and _mixed(n := m.group("name")) and _squash(n) == key), None)

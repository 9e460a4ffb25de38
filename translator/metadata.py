"""Pure: an article's title, publication date and publisher, read from its classified lines."""

from __future__ import annotations

import re

from .lines import Line, known_outlet

# "Harga Beras Naik - Kompas.com": a browser tab title names the outlet after the headline.
_TITLE_SUFFIX = re.compile(r"\s+[-|–—:]\s+([^-|–—]{2,40})$")
_ELLIPSIS = re.compile(r"(?:\.{3}|…)$")
_MAX_HEADLINE_WORDS = 30
# Kinds of furniture whose outlet mentions are credits of others (photo agencies), not the
# publisher's name.
_NOT_PUBLISHER = {"caption", "caption-credit", "related-link", "republication"}
_LOGO_LINES = 5  # the page's top lines, where a copied logo or site name stands


def title_of(header: list[Line]) -> str | None:
    """The first headline-like line of the page header."""
    for ln in header:
        words = len(ln.text.split())
        if ln.kind == "text" and 3 <= words <= _MAX_HEADLINE_WORDS \
                and not _ELLIPSIS.search(ln.text) and not ln.text.endswith(".") \
                and not _is_logo(ln.text):
            return strip_outlet(ln.text)
    return None


def repeats_title(text: str, title: str) -> bool:
    """The title again, whole or cut off with an ellipsis."""
    if text == title or strip_outlet(text) == title:
        return True
    stem = _ELLIPSIS.sub("", text).rstrip()
    return stem != text and len(stem) > 10 and title.startswith(stem)


def _is_logo(text: str) -> bool:
    """A line that is only an outlet's name ("The Jakarta Post", "kumparanNEWS")."""
    name = known_outlet(text)
    return bool(name) and len(text.split()) <= len(name.split()) + 1


def strip_outlet(title: str) -> str:
    """"Harga Beras Naik - Kompas.com" -> "Harga Beras Naik"."""
    m = _TITLE_SUFFIX.search(title)
    return title[:m.start()] if m and known_outlet(m.group(1)) else title


def published_of(header: list[Line], lines: list[Line]) -> str | None:
    """The first publication date of the header, else of the whole page (some print it at the
    foot); an update time ("Diperbarui ...") only when nothing else is dated."""
    dated = [ln for ln in [*header, *lines] if ln.kind in ("date", "byline") and ln.date]
    first = next((ln for ln in dated if not ln.updated), dated[0] if dated else None)
    return first.date if first else None


def canonical_outlet(name: str) -> str:
    """The display name of a known outlet ("KOMPAS.com" -> "Kompas.com"), else `name` (a
    shouted domain in sentence case: "TRIBUNJATENG.COM" -> "Tribunjateng.com")."""
    name = name.strip()
    known = known_outlet(name)
    if known:
        return known
    if name.isupper() and "." in name:
        return name.lower().capitalize()
    return name


def outlet_of(lines: list[Line]) -> str | None:
    """The publisher named in the copyright line, else in other page furniture (not the body,
    which may quote other outlets)."""
    ranked = [ln for ln in lines if ln.kind == "copyright"] + \
             [ln for ln in lines if ln.kind not in _NOT_PUBLISHER | {"copyright", "text"}]
    # Last, the page's logo: a line near the top that is only an outlet's name ("kumparanNEWS").
    logos = [ln for ln in lines[:_LOGO_LINES] if ln.kind == "text" and _is_logo(ln.text)]
    for ln in ranked + logos:
        name = known_outlet(ln.text)
        if name:
            return name
    return None

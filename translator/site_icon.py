"""Pure (round 37): an AMP page's copied logo, "Site icon SIN Aceh" (WordPress's AMP theme
writes the site's name after the icon's alternative text): the site's own name, when nothing
else names the publisher; and a reprint's labelled source line, "Sumber Berita : NAME"."""

from __future__ import annotations

import re

from .dateline_names import outlet_like
from .lines import Line

_ICON = re.compile(r"(?i:site (?:icon|logo))\s+"
                   r"(?P<name>[A-Za-z0-9][\w.&'’-]*(?:\s[\w.&'’-]+){0,3})")
_TOP_LINES = 3


def site_icon(lines: list[Line]) -> str | None:
    """The name after "Site icon" on one of the page's top lines, else None."""
    return next((m["name"].strip() for ln in lines[:_TOP_LINES]
                 if (m := _ICON.fullmatch(ln.text.strip()))), None)


# "Sumber Berita : Suara Merdeka" closing a blog's reprint: the label's longer form, which the
# source-line table (read as "Sumber : X") leaves as text; the source is the outlet.
_NEWS_SOURCE = re.compile(r"(?i:sumber berita|source of news|news source)\s*:\s*(?P<name>\S.{1,40})")


def news_source(lines: list[Line]) -> str | None:
    """The outlet-shaped name a "Sumber Berita :" line gives on a page with no copyright line
    (whose owner would rank first), else None."""
    if any(ln.kind == "copyright" for ln in lines):
        return None
    return next((name for ln in lines if (m := _NEWS_SOURCE.fullmatch(ln.text.strip()))
                 and outlet_like(name := m["name"].strip(" ."), acronyms=False)), None)

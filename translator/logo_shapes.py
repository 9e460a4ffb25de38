"""Pure: whether a page's first line is its logo, by its shape and what stands below it (a
menu, a tagline, an archive label): split from publisher.py."""

from __future__ import annotations

import re

from .boilerplate import WIDGET_WORDS
from .datelines import is_place, outlet_like
from .lines import Line
from .top_names import _PARTICLES

_MAX_BRAND_WORDS = 3
# A brand's logo text on its own line at the top: a name with an inner capital or a number
# ("Kilas9", "InfoPublik"), or one that reads as a publisher's ("Radar Jogja").
_BRAND = re.compile(r"[A-Z][a-z]+(?:[A-Z]\w*|\d+)|[A-Z]{2,}[a-z]\w*")

_MENU_BELOW = 3  # how far below the logo the site's menu or tagline starts
_TAGLINE = re.compile(r"[a-z][\w'’-]*(?: [\w'’-]+){2,9}")  # a phrase, no capital, no stop
_CAMEL_OR_SHOUTED = re.compile(r"[A-Z][a-z]+[A-Z][a-z]+|[A-Z]{4,12}")


def logo_over_menu(lines: list[Line]) -> bool:
    """The page's first line is its logo when two or three capitalised words (or one word in
    a brand's lower case, over two menu items) stand above the site's menu ("Indonesia
    Investments" / "Beranda") or open its tagline ("Jurnal Balikpapan" / "Jurnal Balikpapan |
    Suara Balikpapan")."""
    first = lines[0].text if lines else ""
    words = first.replace("(", "").split()  # "PT PLN (Persero)": a company's legal form
    if (re.fullmatch(r"[a-z][a-z0-9]{5,24}", first) or _CAMEL_OR_SHOUTED.fullmatch(first)) \
            and first.lower() not in WIDGET_WORDS and not is_place(first):
        # "newsmetrontb", "KonaweKita", "OMJEBS" over two menu items, or a blog's name over
        # its lower-case tagline ("catatan seorang wartawan di Makassar")
        return sum(ln.kind == "widget" for ln in lines[1:1 + _MENU_BELOW]) >= 2 \
            or (len(lines) > 1 and lines[1].kind == "text"
                and bool(_TAGLINE.fullmatch(lines[1].text)))
    if _particled(words):
        # "Council on Foreign Relations" over "Search" / "Subscribe": a longer name whose
        # small words are particles, over the site's menu or its buttons
        return sum(ln.kind in _BUTTON_KINDS for ln in lines[1:1 + _MENU_BELOW]) >= 2
    if not 2 <= len(words) <= _MAX_BRAND_WORDS or not all(w[0].isupper() for w in words) \
            or is_place(first) or any(w.lower() in WIDGET_WORDS for w in words) \
            or re.search(r"\d", first):
        return False
    below = lines[1:1 + _MENU_BELOW]
    return any(ln.kind == "widget" or _ARCHIVE_LABEL.match(ln.text) for ln in below) \
        or any(ln.text.startswith(first + " | ") for ln in below)


_MAX_PARTICLED_WORDS = 6
_BUTTON_KINDS = frozenset({"widget", "newsletter"})  # a menu's item, a "Subscribe" button


def _particled(words: list[str]) -> bool:
    """Four to six words of a name, capitalised but for inner particles ("Council on Foreign
    Relations", "Institute for Policy Analysis of Conflict"), no menu word, no digit."""
    return _MAX_BRAND_WORDS < len(words) <= _MAX_PARTICLED_WORDS \
        and any(w in _PARTICLES or w == "on" for w in words[1:-1]) \
        and all(w[0].isupper() or w in _PARTICLES or w == "on" for w in words) \
        and words[0][0].isupper() and words[-1][0].isupper() \
        and not any(w.lower() in WIDGET_WORDS or re.search(r"\d", w) for w in words)


# A blog's archive label under its name: "Category: Featured", "Label: Daerah".
_ARCHIVE_LABEL = re.compile(r"(?i:categor(?:y|ies)|kategori|labels?|rubrik|archives?|arsip)"
                            r"\s*:\s*\S")


def brand_like(text: str) -> bool:
    """Logo text: one to three capitalised words, a brand-shaped or publisher-like name, no
    place and no section name ("Berita", "BREAKING NEWS")."""
    words = text.split()
    # "Voice of Indonesia", "Times of India": two names joined by a particle
    joined = len(words) == _MAX_BRAND_WORDS and words[1] in _PARTICLES
    if not 1 <= len(words) <= _MAX_BRAND_WORDS \
            or not all(w[0].isupper() for w in words[::2 if joined else 1]) \
            or is_place(text) or all(w.lower() in WIDGET_WORDS for w in words):
        return False
    return bool(len(words) == 1 and _BRAND.fullmatch(text)) or joined \
        or (len(words) > 1 and outlet_like(text, acronyms=False))

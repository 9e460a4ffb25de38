"""Pure: the page's masthead as its top lines print it twice (moved from publisher.py in round
25, which imports it back), the web address a site's name line holds, and (round 27, moved
too) a blog named after its region."""

from __future__ import annotations

import re

from .boilerplate import WIDGET_WORDS
from .datelines import is_place
from .lines import Line
from .top_names import _PARTICLES

_LOGO_LINES = 5  # the page's top lines, where a copied logo or site name stands
_MAX_BRAND_WORDS = 3
# A site's address alone as the page's first line ("Kerincidaily.com"): its logo.
_WEB_SUFFIX = re.compile(r"(?:\.(?:com|co|id|net|or|go|web))+$", re.IGNORECASE)


def _masthead(lines: list[Line]) -> str | None:
    """A short name at the page's top that the page prints again (logo and alt text, masthead
    and footer): "Voice of Indonesia"; its web address when it holds one ("Media Online
    ManadoSatuNews.com" -> "ManadoSatuNews.com")."""
    texts = [ln.text for ln in lines if ln.kind == "text"]
    for k, text in enumerate(texts[:_LOGO_LINES]):
        if _stacked_label(texts, k):
            continue
        words = _unarticled(text).split()  # "The Southeast Asian Times": the article is extra
        if not 2 <= len(words) <= _MAX_BRAND_WORDS or texts.count(text) < 2 \
                or is_place(text) or text.isupper() or re.search(r"[.!?,:]$", text) \
                or any(w.lower() in WIDGET_WORDS for w in words) \
                or words[-1].lower() in _DANGLING or _TEMPLATE_WORD.search(text) \
                or not all(w[0].isupper() or w in _PARTICLES for w in words):
            continue  # "Member Of", "Powered By", "Part Of": a badge's label, the name below
        return _address(text)
    return None


def _stacked_label(texts: list[str], k: int) -> bool:
    """Round 25: a name printed twice on stacked lines below the page's first line: the last
    crumb of the breadcrumb and the post's category label over the headline ("Pelayanan
    Gereja", "Berita Daerah", "Kabar Paroki"), the logo standing above them; a logo and its
    alt text stand at the very top."""
    return 0 < k and (texts[k - 1] == texts[k] or texts[k + 1:k + 2] == [texts[k]])


# Round 35: a theme's placeholder left where the logo goes ("Logo Header  Footer" twice): the
# template's words, no site's name.
_TEMPLATE_WORD = re.compile(r"(?i)\b(?:logo|header|footer|sidebar|placeholder)\b")
# Words no name ends on: a badge's label cut from its logo ("Member Of", "Powered By").
_DANGLING = frozenset({"of", "by", "for", "from", "with", "dari", "oleh", "untuk", "di"})


def _unarticled(text: str) -> str:
    """A name without its leading English article ("The Thaiger" -> "Thaiger")."""
    return text[4:] if text.startswith("The ") else text


def _address(text: str) -> str:
    """The web address a site's name line holds ("Media Online ManadoSatuNews.com"), else it."""
    return next((w for w in text.split() if "." in w and _WEB_SUFFIX.search(w)), text)


# Moved from publisher.py in round 27.
_REGION_NAME = re.compile(r"(?:Kabupaten|Kota) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?")


def _region_blog(lines: list[Line]) -> str | None:
    """"Kabupaten Konawe" as the page's first line over a blog's date header: the blog named
    after its region (a story's place stands over its own date further down, not as the
    page's first line)."""
    if len(lines) < 2 or lines[0].kind != "text" or lines[1].kind != "date" \
            or not _REGION_NAME.fullmatch(lines[0].text) or not is_place(lines[0].text):
        return None
    return lines[0].text


# Round 31: the copyright line giving the owner's name, then the page's top line as its
# tagline ("© 2026 Pagolo - Sepakbola Makassar" under "Sepakbola Makassar", "Copyright 2025
# Kabarku | Berita Seputar Garut" under "Berita Seputar Garut"): the top line is the logo's
# tagline, the owner's name the site's.
_TAGLINE_SPLIT = re.compile(r"\s+[-–—|]\s+")


def tagline_logo(logo: str | None, owner: str | None, lines: list[Line]) -> bool:
    """Whether the top line `logo` is the tagline after `owner` on a copyright line."""
    if not logo or not owner or logo.strip() == owner.strip():
        return False
    for ln in lines:
        if ln.kind == "copyright":
            parts = _TAGLINE_SPLIT.split(ln.text.strip())
            if len(parts) == 2 and parts[1].strip(" .") == logo.strip() and owner in parts[0]:
                return True
    return False

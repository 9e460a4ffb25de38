"""Pure: whether a page's first line is its logo, by its shape and what stands below it (a
menu, a tagline, an archive label): split from publisher.py. Round 23: an institution's name,
a name whose initials the page writes as a word, a place and a periodical's word."""

from __future__ import annotations

import re

from .boilerplate import WIDGET_WORDS
from .datelines import is_place, outlet_like
from .lines import Line, is_prose
from .top_names import _PARTICLES

_MAX_BRAND_WORDS = 3
# A brand's logo text on its own line at the top: a name with an inner capital or a number
# ("Kilas9", "InfoPublik"), or one that reads as a publisher's ("Radar Jogja").
_BRAND = re.compile(r"[A-Z][a-z]+(?:[A-Z]\w*|\d+)|[A-Z]{2,}[a-z]\w*")

_MENU_BELOW = 3  # how far below the logo the site's menu or tagline starts
_SHORT_MENU = 4  # menu links under a short lower-case logo, at the least
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
    if re.fullmatch(r"[a-z][a-z0-9]{3,4}", first) and first not in WIDGET_WORDS \
            and not is_place(first):
        # round 27: a brand's short word in lower case ("gooto", "kabi", "jpnn") over a menu
        # row of capitalised one-word links ("Mobil" / "Motor" / "Tips" / "Komunitas")
        return all(re.fullmatch(r"[A-Z][a-z]+", ln.text) or ln.kind == "widget"
                   for ln in lines[1:1 + _SHORT_MENU]) and len(lines) > _SHORT_MENU
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


def _first_text(lines: list[Line]) -> Line | None:
    """The page's first line past a date or menu item, when it is text."""
    first = next((ln for ln in lines if ln.kind not in ("date", "widget")), None)
    return first if first is not None and first.kind == "text" else None


# A national institution's name as the page's first line (round 23): "Kementerian Pendidikan
# Dasar dan Menengah", "Badan Pusat Statistik", "Komisi Pemilihan Umum": real office words.
_INSTITUTION = re.compile(r"(?:Kementerian|Kementrian|Badan|Lembaga|Komisi|Otoritas|Mahkamah"
                          r"|Dewan|Sekretariat|Direktorat Jenderal)"
                          r"(?:\s(?:[A-Z][\w'’-]+|dan|&)){1,6}")


def institution_logo(lines: list[Line]) -> str | None:
    """An institution's name over the page when the story's prose writes it again whole
    ("Kementerian Pendidikan Dasar dan Menengah (Kemendikdasmen) melalui ..."): its own site.
    A headline that opens with an office's name is not repeated inside a paragraph."""
    first = _first_text(lines)
    if first is None or not _INSTITUTION.fullmatch(first.text) \
            or first.text.endswith((" dan", " &")):
        return None
    again = re.compile(rf"(?<!\w){re.escape(first.text)}(?!\w)")
    return first.text if any(ln is not first and ln.kind == "text" and is_prose(ln.text)
                             and again.search(ln.text) for ln in lines) else None


def initialled_logo(lines: list[Line]) -> str | None:
    """The page's first line, two or three capitalised words, when the page writes its
    initials as a word elsewhere ("Rumah Zakat" over "RZ Riau Office ...", "Dompet Dhuafa"
    and "tim DD", "Yayasan Cinta Anak" and "YCA"): an organisation's own site."""
    first = _first_text(lines)
    words = first.text.split() if first else []
    if not 2 <= len(words) <= _MAX_BRAND_WORDS or is_place(first.text) \
            or not all(w[:1].isupper() and w.isalpha() for w in words) \
            or any(w.lower() in WIDGET_WORDS for w in words):
        return None
    initials = "".join(w[0] for w in words)
    mark = re.compile(rf"(?<![\w.]){initials}(?![a-z0-9.])")
    return first.text if any(ln is not first and mark.search(ln.text) for ln in lines) \
        else None


# A periodical's words closing an English site's name (round 23): "Bali This Week", "Lombok
# Today", "Java Weekly", "Borneo Insider": real masthead vocabulary.
_PERIODICAL = frozenset({"week", "weekly", "today", "daily", "insider", "update", "updates",
                         "chronicle", "review", "digest", "magazine"})


def periodical_logo(lines: list[Line]) -> str | None:
    """The page's first line, a place's name then a periodical's word ("Bali This Week"), over
    a longer headline: the site's name (a place's news is no name of a page)."""
    first = _first_text(lines)
    words = first.text.split() if first else []
    if not 2 <= len(words) <= _MAX_BRAND_WORDS or not all(w[:1].isupper() for w in words) \
            or words[-1].lower() not in _PERIODICAL or not is_place(words[0]) \
            or is_place(first.text):
        return None
    below = next((ln for ln in lines[lines.index(first) + 1:] if ln.kind == "text"), None)
    return first.text if below is not None and len(below.text.split()) > len(words) \
        and not is_prose(below.text) else None

"""Pure: the page's first line as the site's name (split from publisher.py, which re-exports
top_name): a short run of capitalised words above the headline, no place, section label,
date or headline."""

from __future__ import annotations

import re

from .boilerplate import WIDGET_WORDS
from .boilerplate_datelines import OUTLET_WORDS, REGION_ABBREVIATIONS
from .datelines import _PLACE_PARTS, _squash, is_place
from .lines import Line, is_prose
from .doc_titles import networked_site, titled_site
from .menu_mastheads import menu_masthead
from .posted_names import posted_spelling
from .outlet_tops import chrome_word, uncommented

_MIN_NAMED_WORDS = 3
_LOGO_LINES = 5  # the page's top lines, where a copied logo or site name stands
_WEB_NAME = re.compile(r"[A-Za-z][\w-]{2,}(?:\.(?:com|co|id|net|or|go|web|news))+")
_PARTICLES = frozenset({"of", "the", "and", "for", "in"})  # "Traveling in Paradise"


# A court's, a government's or a campus's own name over the headline ("UNIVERSITAS BENGKULU")
# is its masthead, not a kicker.
_INSTITUTION = re.compile(r"(?i)(?:universitas|institut|politeknik|sekolah tinggi|pengadilan"
                          r"|mahkamah|kejaksaan|kementerian|pemerintah|dinas|badan|balai)\s+\S")
_MAX_NAME_LINE_WORDS = 6  # "Universitas Gadjah Mada English Studies Program"


def top_name(lines: list[Line], title: str | None) -> str | None:
    """_top_name's name, else (round 28) the site's name over its menu row (menu_mastheads),
    else (round 30) the name a document title opens with (doc_titles.titled_site); a shouted
    one in the mixed case of the blog's post footer (round 38, outlet_case.posted_spelling)."""
    name = _top_name(lines, title) or menu_masthead(lines, title) \
        or titled_site([ln.text for ln in lines if ln.kind == "text"], title) \
        or networked_site([ln.text for ln in lines], title)  # round 30, 31
    return posted_spelling(name, lines) or name  # round 38: a blog's title as its footer types it


def _top_name(lines: list[Line], title: str | None) -> str | None:
    """The page's first line as the site's name, when nothing else names the publisher: a
    short run of capitalised words above the headline ("Cermat", "TNI Angkatan Darat", "KPU
    Kabupaten Banyumas", a blog's "Kerry B. Collison"), no place, section, date or headline."""
    address = next((ln.text for ln in lines[:_LOGO_LINES] if ln.kind == "text"
                    and re.fullmatch(_WEB_NAME.pattern, ln.text, re.IGNORECASE)), None)
    if address:
        return address  # "MediaMU.COM" alone under the menu: the logo's text, as printed
    if (over := _address_over_lead(lines)) is not None:
        return over
    tops = [ln for ln in lines if ln.kind != "date"][:2]
    first = tops[0] if tops else None
    if first is None or first.kind != "text" or first.text == title or chrome_word(first.text):
        return None  # round 25: "Quantcast", "Notification": a banner's word, no name
    text = uncommented(first.text)  # "--> BEKASI GUE | ...": a comment's stray mark
    if (tagged := _tagged_name(text, title)) is not None:
        return tagged  # "Tarakan Info | Berita Seputar Kota Tarakan": a kicker has no tagline
    if (official := _official_name(text)) is not None:
        return official  # round 28: "Portal Resmi Pemerintah Kota ..." right over the headline
    # Right above the headline a short line is its kicker ("Kulonprogo", "Solo Raya"), unless
    # it names an institution by its acronym ("TNI Angkatan Darat", "KPU Kabupaten Banyumas").
    # (a date line between them makes it the masthead over a blog's date header)
    if len(tops) > 1 and tops[1].text == title and lines.index(tops[1]) == lines.index(first) + 1 \
            and not re.fullmatch(r"[A-Z]{2,5}(?:\s[A-Z][\w.]*)+", text) \
            and not _INSTITUTION.match(text):
        return None
    words = text.split()
    if not 1 <= len(words) <= _MAX_NAME_LINE_WORDS or re.search(r"[.!?,:;|]$", text) \
            or is_place(text) or _regional_label(words) \
            or not all(w[0].isupper() or w in _PARTICLES for w in words) \
            or (re.search(r"\d", text) and not _DIGIT_BRAND.fullmatch(text)) \
            or (title and _squash(text) in _squash(title)):
        return _official_name(text)
    return _official_name(text) or text


# Round 24: the site's address alone on the line right above the story's first paragraph, as
# its logo's alt text prints it, a space inside included ("lensa rakyat.com", "kabar
# pesisir.id", "Suarakampung.com"): the page's name for itself, however far from the top.
_SPACED_ADDRESS = re.compile(r"[A-Za-z][\w-]{2,}(?: [a-z][\w-]{2,})?"
                             r"(?:\.(?:com|co|id|net|or|web|news))+")


def _address_over_lead(lines: list[Line]) -> str | None:
    """The address line right above the page's first paragraph of prose, above any prose."""
    for ln, nxt in zip(lines, lines[1:]):
        if ln.kind == "text" and is_prose(ln.text):
            return None  # prose came first: an address further down is a credit's or a link's
        if ln.kind == "text" and _SPACED_ADDRESS.fullmatch(ln.text) \
                and nxt.kind == "text" and is_prose(nxt.text):
            return ln.text
    return None


# "Website Resmi Pemerintah Kabupaten Karanganyar": an official site's label, then its name.
_OFFICIAL = re.compile(r"(?i:(?:website|situs|portal|laman|web)\s+resmi)\s+(?P<name>"
                       r"(?:Pemerintah|Pemkab|Pemkot|Pemprov|Kabupaten|Kota|Provinsi|Dinas|Badan"
                       r"|Kementerian|Universitas|Desa)(?:\s[A-Z][\w'’-]*){1,4})")


def _official_name(text: str) -> str | None:
    """The name an official site's label line gives ("Website Resmi Pemerintah Kabupaten
    Karanganyar" -> "Pemerintah Kabupaten Karanganyar"), else None."""
    m = _OFFICIAL.fullmatch(text)
    return m["name"] if m else None


# "Papua60Detik": one word with digits inside, a brand's (a kicker's "Covid19" ends in them).
_DIGIT_BRAND = re.compile(r"[A-Z][A-Za-z]+\d+[A-Za-z]+")
# "Tarakan Info | Berita Seputar Kota Tarakan", "eFeedLink - Global Feed & Livestock
# Information": the logo's name, a bar or a spaced dash, and the site's tagline.
_TAGGED = re.compile(r"(?P<name>[^|–—-]{2,40}?)\s+[|–—-]\s+(?P<tag>[^|]+)")
_MAX_TAGGED_NAME_WORDS, _MIN_TAG_WORDS = 3, 3
# a word of a name: capitalised, or a brand's camel case ("eFeedLink", "kumparanNEWS")
_NAME_WORD = re.compile(r"[A-Z][\w.'’&]*|[a-z]+[A-Z][\w.]*|&")


def _tagged_name(text: str, title: str | None) -> str | None:
    """The name before a logo line's tagline: a few capitalised words, not only places nor
    menu words, before a tagline of several words; never the headline's words."""
    m = _TAGGED.fullmatch(text)
    if m is None:
        return None
    name, words = m.group("name").strip(), m.group("name").split()
    if not 1 <= len(words) <= _MAX_TAGGED_NAME_WORDS \
            or len(m.group("tag").split()) < _MIN_TAG_WORDS or re.search(r"\d{4}", text) \
            or not all(_NAME_WORD.fullmatch(w) or w in _PARTICLES for w in words) \
            or all(is_place(w) or w.lower() in _PLACE_PARTS or w.lower() in WIDGET_WORDS
                   for w in words) \
            or (title and (_squash(name) in _squash(title) or _squash(m.group("tag"))
                           in _squash(title))):
        return None
    return name


def _regional_label(words: list[str]) -> bool:
    """A section's label ("Berita Bali", "Bali Terkini"): a menu word that is no place nor a
    province's short form, or only places and a direction ("Bali Utara"); "Bali Orti" and
    "Kinerja Sulsel" name a site after its region, and so do three words or more closed by a
    publisher's word ("Slawi Ayu Cyber News")."""
    if len(words) >= _MIN_NAMED_WORDS and OUTLET_WORDS.fullmatch(words[-1]):
        return False
    return any(w.lower() in WIDGET_WORDS and not is_place(w)
               and w.lower() not in REGION_ABBREVIATIONS for w in words) \
        or all(is_place(w) or w.lower() in _PLACE_PARTS for w in words)


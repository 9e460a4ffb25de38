"""Pure: an article's title, publication date and publisher, read from its classified lines.

The shape of a headline (headline_shaped, strip_outlet, repeats_title) lives in headline.py
and is re-exported here."""

from __future__ import annotations

__all__ = ["author_of", "canonical_outlet", "copyright_name", "dateline_outlet", "headline_shaped",
           "outlet_of", "page_spelling", "published_of", "repeats_title", "site_spelling",
           "strip_outlet", "title_of"]

import re

from .boilerplate import PUBLISHED, UPDATED, WIDGET_WORDS
from .boilerplate_datelines import REGION_ABBREVIATIONS
from .datelines import is_place, outlet_like, outlet_name
from .dates import dates_in, find_time, with_time, without_dates
from .headline import (
    headline_score,
    headline_shaped,
    is_kicker,
    is_logo,
    repeats_title,
    shared_with_lead,
    shares_lead,
    shouted_unrelated,
    strip_outlet,
)
from .lines import Line, known_outlet

# Kinds of furniture whose outlet mentions are credits of others (photo agencies), not the
# publisher's name.
_NOT_PUBLISHER = {"caption", "caption-credit", "related-link", "republication"}
# A line that is only a time of day ("08:15 WIB", "Pukul 10.30"): the date is on another.
_LONE_CLOCK = re.compile(r"(?:pukul\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:WIB|WITA|WIT))?", re.IGNORECASE)
_MAX_DATES_LINE_CHARS = 160
_MAX_DATE_LABEL_WORDS = 2  # besides "Diperbarui"/"Terbit": "WIB", "pukul"
_LOGO_LINES = 5  # the page's top lines, where a copied logo or site name stands


_SHARE_FACTOR = 3  # a line sharing under a third of the best sharer's words ranks below it


def title_of(header: list[Line], page: list[Line] | None = None,
             lead: str | None = None) -> str | None:
    """The most headline-shaped line of the page header (the zone above the story), else None.

    Never a plea, a menu path, a label, a caption, a date line or a logo; never a kicker (the
    short line right above a longer headline). Among the rest the best shaped wins, the
    first of equals: a headline is 5-20 words, mostly capitalised, said once, not shouted at
    the reader ("!") and not made of section names. With the whole `page`, never the site's
    own name either: the outlet or institution the page names itself by, or a name its
    copyright line holds ("Cabinet Secretariat of the Republic of Indonesia"). With the story's
    `lead`, a line that shares content words with it comes first: a real headline names what
    the lead tells, a plea, a slogan or a share prompt above it names nothing of it."""
    texts = [ln.text for ln in header]
    sites = _site_names(page) if page else ()
    shaped = [i for i, ln in enumerate(header) if ln.kind == "text" and headline_shaped(ln.text)
              and not _names_site(ln.text, sites)]
    candidates = [i for i in shaped if not is_kicker(i, shaped, texts)
                  and not shouted_unrelated(texts[i], lead)]
    if not candidates:
        return None
    # A slogan may share a word or two with a long lead; the headline shares far more.
    most = max(shared_with_lead(texts[i], lead or "") for i in candidates)
    best = max(candidates, key=lambda i: (shares_lead(texts[i], lead),
                                          _SHARE_FACTOR * shared_with_lead(texts[i], lead or "")
                                          > most, headline_score(texts[i], texts, lead), -i))
    return strip_outlet(texts[best])


def _site_names(page: list[Line]) -> tuple[str, ...]:
    """The site's own names: its outlet as the page shows it, and its copyright lines."""
    outlet = outlet_of(page)
    return tuple([*([outlet] if outlet else []),
                  *(ln.text for ln in page if ln.kind == "copyright")])


def _names_site(text: str, sites: tuple[str, ...]) -> bool:
    """A line that is the site's name, or a name the copyright line holds (2 words or more)."""
    key = _squash(text)
    return any(key == _squash(s) or (len(text.split()) >= 2 and key in _squash(s))
               for s in sites)


def published_of(header: list[Line], lines: list[Line]) -> str | None:
    """The first publication date of the header, else of the whole page (some print it at the
    foot); an update time ("Diperbarui ...") only when nothing else is dated."""
    dated = [ln for ln in [*header, *lines] if ln.kind in ("date", "byline") and ln.date
             or ln.kind == "text" and ln in header and _only_dates(ln.text)]
    # A line may hold both times ("Diperbarui ... | Terbit ..."): each date keeps its marker.
    found = [d for ln in dated for d in (dates_in(ln.text) or [(ln.date, ln.updated)])]
    first = next((iso for iso, updated in found if not updated), found[0][0] if found else None)
    if first and "T" not in first:
        # The hour may stand on its own line or on the byline ("Penulis: Rina | 08:15 WIB").
        first = with_time(first, next((clock for ln in header if not ln.date
                                       and (ln.kind in ("date", "byline") or
                                            _LONE_CLOCK.fullmatch(ln.text))
                                       and (clock := find_time(ln.text))), None))
    return first


def _only_dates(text: str) -> bool:
    """A line of two dates and their labels ("Diperbarui <date> | Terbit <date>"), which the
    date-line test, made for one date, leaves as text."""
    rest = without_dates(text)
    if rest == text or len(text) > _MAX_DATES_LINE_CHARS:
        return False
    words = re.findall(r"\w+", PUBLISHED.sub(" ", UPDATED.sub(" ", rest)))
    return len(words) <= _MAX_DATE_LABEL_WORDS


def canonical_outlet(name: str, lines: list[Line] | None = None) -> str:
    """The display name of a known outlet ("KOMPAS.com" -> "Kompas.com"), else as the page's
    logo line spells it (`lines`), else `name` (a shouted one in sentence case:
    "TRIBUNJATENG.COM" -> "Tribunjateng.com")."""
    name = name.strip()
    known = outlet_name(name) or (site_spelling(name, lines) if lines else None)
    if known:
        return known
    if name.isupper() and "." in name:
        return name.lower().capitalize()
    return name


def site_spelling(name: str, lines: list[Line]) -> str | None:
    """How the page's own top lines spell an outlet's name ("TRIBUNJATENG.COM" is the logo
    line "TribunJateng.com", "KABARPROGRESIF.COM" the "Kabar Progresif" one), else None."""
    want = {_squash(name), _squash(_WEB_SUFFIX.sub("", name))}
    for ln in lines[:_LOGO_LINES]:
        text = _LOGO_WORD.sub("", ln.text).strip()
        spellings = {_squash(text), _squash(_WEB_SUFFIX.sub("", text))}
        if text and not text.isupper() and spellings & want:
            return text
    return None


def dateline_outlet(name: str, lines: list[Line]) -> str:
    """The publisher a dateline names: a known outlet's display name; a name no table knows
    ("OT", "MEDIA CENTER": a short form, a newsroom unit) yields to the known outlet or the
    government site that the page's own furniture or logo names; a domain names the site
    itself ("TRIBUNBANJARMASIN.COM" on a page of the Tribun network's footer)."""
    known = outlet_name(name)
    # a network's name is known ("ANTARA"), its regional edition ("Antaranews Sultra") is not
    edition = not known or (_squash(known) in _squash(name) and _squash(known) != _squash(name))
    own = _own_spelling(name, lines) if edition else None
    if own:
        return own
    spelled = page_spelling(name, lines) if not known and name.isupper() else None
    if spelled:
        return spelled
    if outlet_name(name) or "." in name:
        return canonical_outlet(name, lines)
    page = outlet_of(lines)
    if page and (known_outlet(page) or _GOVERNMENT_SITE.fullmatch(page)
                 or (len(name) <= _MAX_SHORT_FORM and "." in page)):
        return page  # "MSC.MANADO -" on the page of ManadoSatuNews.com
    return canonical_outlet(name, lines)


_MAX_SHORT_FORM = 4  # "OT", "MSC": a dateline's short form of the site's name


def page_spelling(name: str, lines: list[Line]) -> str | None:
    """How the page itself writes a shouted name no table knows, in its prose, credits or
    byline ("kepada Jabar Ekspres" for "JABAR EKSPRES", "TribunGorontalo.com" for
    "TRIBUNGORONTALO.COM", "Tim Tribun Manado" for "TRIBUNMANADO.CO.ID"); the whole name
    before its form without the web suffix; None when the page only shouts it."""
    whole, short = _squash(name), _squash(_WEB_SUFFIX.sub("", name))
    found: dict[str, str] = {}
    for ln in lines:
        words = [w.strip("\"“”'‘’.,:;()") or w for w in ln.text.split()]
        for size in range(1, _MAX_BRAND_WORDS + 1):
            for k in range(len(words) - size + 1):
                text = " ".join(words[k:k + size])
                key = _squash(text)
                if key in (whole, short) and not text.isupper() and text[0].isupper():
                    found.setdefault(key, text)
    return found.get(whole) or found.get(short)


def _own_spelling(name: str, lines: list[Line]) -> str | None:
    """The page's own spelling of the outlet a dateline names: its logo line ("Antaranews
    Sultra", a network's regional edition), the name in its copyright line ("© Sumut Pos
    2025" for "SUMUTPOS.CO"), the credit of its own photo ("Bali Tribune / ...")."""
    want = {_squash(name), _squash(_WEB_SUFFIX.sub("", name))}
    named = [ln.text for ln in lines[:_LOGO_LINES] if ln.kind == "text"]
    named += [t.split(" / ")[0] for t in (ln.text for ln in lines[:_LOGO_LINES * 2])
              if " / " in t]
    named += [n for n in (copyright_name(ln.text) for ln in lines if ln.kind == "copyright")
              if n]
    for text in named:
        if len(text.split()) <= _MAX_BRAND_WORDS and not text.isupper() and "." not in text \
                and _squash(text) in want:
            return text
    return None


def copyright_name(text: str) -> str | None:
    """The name a copyright line gives ("Copyright © 2026 Media RMD", "© Sumut Pos 2025",
    "Copyright © 2025 bungnews.com"): one to three words, no place, no furniture."""
    bare = _COPYRIGHT_WORDS.sub(" ", text)
    bare = re.sub(r"\s+", " ", bare).strip(" .,-–|")
    words = bare.split()
    if not 1 <= len(words) <= _MAX_BRAND_WORDS or is_place(bare) \
            or not all(w[0].isupper() or "." in w for w in words):
        return None
    return bare


# What a copyright line says besides the name.
_COPYRIGHT_WORDS = re.compile(r"(?i:copyright|hak cipta|all rights reserved|dilindungi"
                              r"|undang-undang|powered by\b.*)|©|\(c\)|\b(?:19|20)\d{2}\b"
                              r"(?:\s*[-–]\s*(?:19|20)\d{2})?")


def author_of(lines: list[Line], sites: tuple[str | None, ...] = ()) -> str | None:
    """The first byline's person, skipping a desk that signs with the site's own name
    ("Wartawan Posmetro" on a POSMETRO MEDAN page): `sites` are the names the page goes by."""
    names = [_squash(s) for s in (*sites, *(ln.text for ln in lines[:1])) if s]
    for ln in lines:
        if ln.author and not any(_squash(ln.author) in n for n in names if n):
            return ln.author
    return None


def _squash(text: str) -> str:
    """Letters and digits only, lower-case: "Kabar Progresif" == "KABARPROGRESIF"."""
    return re.sub(r"[\W_]+", "", text.lower())


_WEB_SUFFIX = re.compile(r"(?:\.(?:com|co|id|net|or|go|web))+$", re.IGNORECASE)
_LOGO_WORD = re.compile(r"\s*\b(?:logo)\b\s*", re.IGNORECASE)
# A government site's name on its top line: "Pemerintah Kabupaten Sleman", "Pemkot Surabaya".
_GOVERNMENT_SITE = re.compile(r"(?:Pemerintah (?:Kabupaten|Kota|Provinsi|Kab\.)|Pemkab|Pemkot"
                              r"|Pemprov)(?: [A-Z][\w'’-]+){1,2}"
                              # a national institution: "Cabinet Secretariat of the Republic of
                              # Indonesia", "Kementerian Kesehatan Republik Indonesia"
                              r"|(?:[A-Z][\w&]+ )+(?:(?:of|and|for|the) (?:[A-Z][\w&]+ )+)*"
                              r"(?:of the Republic of Indonesia|Republik Indonesia)")
# A brand's logo text on its own line at the top: a name with an inner capital or a number
# ("Kilas9", "InfoPublik"), or one that reads as a publisher's ("Radar Jogja").
_BRAND = re.compile(r"[A-Z][a-z]+(?:[A-Z]\w*|\d+)|[A-Z]{2,}[a-z]\w*")
_MAX_BRAND_WORDS = 3


def outlet_of(lines: list[Line]) -> str | None:
    """The publisher named in the copyright line, else in other page furniture (not the body,
    which may quote other outlets)."""
    ranked = [ln for ln in lines if ln.kind == "copyright"] + \
             [ln for ln in lines if ln.kind not in _NOT_PUBLISHER | {"copyright", "text"}]
    # Last, the page's logo: a line near the top that is only an outlet's name ("kumparanNEWS").
    logos = [ln for ln in lines[:_LOGO_LINES] if ln.kind == "text" and is_logo(ln.text)]
    # "(Image: ©The Bali Sun – Name)": the site's own photo, credited with a copyright sign.
    owned = [ln for ln in lines if ln.kind in _NOT_PUBLISHER and "©" in ln.text]
    for ln in ranked + logos + owned:
        name = known_outlet(ln.text[ln.text.find("©"):] if ln in owned else ln.text)
        if name:
            return regional_edition(ln.text, name) or name
    # A government site names itself on its top line ("Pemerintah Kabupaten Sleman"), a
    # regional outlet by its logo's text ("Kilas9", "Radar Jogja").
    top = [ln.text for ln in lines[:_LOGO_LINES] if ln.kind == "text"]
    government = next((t for t in top if _GOVERNMENT_SITE.fullmatch(t)), None)
    # the logo is the page's very first line (after a date a masthead may print above it):
    # further down, a short headline may read as one
    first = next((ln.text if ln.kind == "text" else "" for ln in lines if ln.kind != "date"), "")
    # then the name a copyright line gives that no table knows ("© 2026 Media RMD")
    owner = next((n for n in (copyright_name(ln.text) for ln in lines if ln.kind == "copyright")
                  if n), None)
    logo = first if _brand_like(first) or _logo_over_menu(lines) else None
    return government or (logo and _address(logo)) or owner or _masthead(lines)


_MIN_NETWORK_STEM = 3


def regional_edition(text: str, network: str) -> str | None:
    """A known network's regional edition as `text` spells it: the network's stem and a place
    or province ("detikBali", "TribunJateng"); a channel ("detikNews") is the network's."""
    stem = _squash(network)
    for word in re.findall(r"[A-Za-z]+", text):
        for k in range(_MIN_NETWORK_STEM, len(word) - 1):
            head, tail = word[:k], word[k:]
            if tail[0].isupper() and stem.startswith(head.lower()) \
                    and (is_place(tail) or tail.lower() in REGION_ABBREVIATIONS):
                return word
    return None


_PARTICLES = frozenset({"of", "the", "and", "for"})


def _masthead(lines: list[Line]) -> str | None:
    """A short name at the page's top that the page prints again (logo and alt text, masthead
    and footer): "Voice of Indonesia"; its web address when it holds one ("Media Online
    ManadoSatuNews.com" -> "ManadoSatuNews.com")."""
    texts = [ln.text for ln in lines if ln.kind == "text"]
    for text in texts[:_LOGO_LINES]:
        words = text.split()
        if not 2 <= len(words) <= _MAX_BRAND_WORDS or texts.count(text) < 2 \
                or is_place(text) or text.isupper() or re.search(r"[.!?,:]$", text) \
                or any(w.lower() in WIDGET_WORDS for w in words) \
                or not all(w[0].isupper() or w in _PARTICLES for w in words):
            continue
        return _address(text)
    return None


def _address(text: str) -> str:
    """The web address a site's name line holds ("Media Online ManadoSatuNews.com"), else it."""
    return next((w for w in text.split() if "." in w and _WEB_SUFFIX.search(w)), text)


_MENU_BELOW = 3  # how far below the logo the site's menu or tagline starts


def _logo_over_menu(lines: list[Line]) -> bool:
    """The page's first line is its logo when two or three capitalised words stand above the
    site's menu ("Indonesia Investments" / "Beranda") or open its tagline ("Jurnal Balikpapan"
    / "Jurnal Balikpapan | Suara Balikpapan")."""
    first = lines[0].text if lines else ""
    words = first.split()
    if not 2 <= len(words) <= _MAX_BRAND_WORDS or not all(w[0].isupper() for w in words) \
            or is_place(first) or any(w.lower() in WIDGET_WORDS for w in words) \
            or re.search(r"\d", first):
        return False
    below = lines[1:1 + _MENU_BELOW]
    return any(ln.kind == "widget" for ln in below) \
        or any(ln.text.startswith(first + " | ") for ln in below)


def _brand_like(text: str) -> bool:
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

"""Pure: an article's title, publication date and publisher, read from its classified lines."""

from __future__ import annotations

import re

from .boilerplate import PUBLISHED, UPDATED, WIDGET_WORDS
from .datelines import is_place, outlet_like, outlet_name
from .dates import dates_in, find_date, find_time, with_time, without_dates
from .lines import Line, known_outlet

# "Harga Beras Naik - Kompas.com": a browser tab title names the outlet after the headline.
_TITLE_SUFFIX = re.compile(r"\s+[-|–—:]\s+([^-|–—]{2,40})$")
_ELLIPSIS = re.compile(r"(?:\.{3}|…)$")
_MAX_HEADLINE_WORDS = 30
# Kinds of furniture whose outlet mentions are credits of others (photo agencies), not the
# publisher's name.
_NOT_PUBLISHER = {"caption", "caption-credit", "related-link", "republication"}
# A line that is only a time of day ("08:15 WIB", "Pukul 10.30"): the date is on another.
_LONE_CLOCK = re.compile(r"(?:pukul\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:WIB|WITA|WIT))?", re.IGNORECASE)
_MAX_DATES_LINE_CHARS = 160
_MAX_DATE_LABEL_WORDS = 2  # besides "Diperbarui"/"Terbit": "WIB", "pukul"
_LOGO_LINES = 5  # the page's top lines, where a copied logo or site name stands


def title_of(header: list[Line], page: list[Line] | None = None) -> str | None:
    """The most headline-shaped line of the page header (the zone above the story), else None.

    Never a plea, a menu path, a label, a caption, a date line or a logo; never a kicker (the
    short line right above a longer headline). Among the rest the best shaped wins, the
    first of equals: a headline is 5-20 words, mostly capitalised, said once, not shouted at
    the reader ("!") and not made of section names. With the whole `page`, never the site's
    own name either: the outlet or institution the page names itself by, or a name its
    copyright line holds ("Cabinet Secretariat of the Republic of Indonesia")."""
    texts = [ln.text for ln in header]
    sites = _site_names(page) if page else ()
    shaped = [i for i, ln in enumerate(header) if ln.kind == "text" and headline_shaped(ln.text)
              and not _names_site(ln.text, sites)]
    candidates = [i for i in shaped if not _is_kicker(i, shaped, texts)]
    if not candidates:
        return None
    best = max(candidates, key=lambda i: (_headline_score(texts[i], texts), -i))
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


# A line that asks the reader to do something is a plea or a button, not a headline.
_PLEA = re.compile(
    r"(?:baca|gabung|bergabung|klik|download|unduh|dapatkan|ikuti|follow|subscribe"
    r"|berlangganan|langganan|connect|please|silakan|scroll|geser|bagikan|share|login|masuk"
    r"|kunjungi|install|pasang|aktifkan|tonton|watch|sign|join|close|tutup|tekan|sentuh"
    r"|selamat datang|welcome)\b"  # "SELAMAT DATANG DI MEDIA ONLINE ...": a site's banner
    r"|video\b(?:\s+\S+){0,3}$", re.IGNORECASE)
# "Portal Resmi Pemerintah Kabupaten Sleman", "Official Website of ...": a site's tagline.
_SITE_TAGLINE = re.compile(r"(?i:(?:portal|situs|laman|website|web) (?:resmi|official)\b"
                           r"|(?:the )?official (?:website|site|portal|web)\b)")
# A quotation that is a whole sentence ("“We expect the peak ...”"): a pull quote.
_PULL_QUOTE = re.compile(r"^[\"“‘'«„].*[.!?…,][\"”’'»]$")
_MENU_PATH = re.compile(r"\s[>»›]\s|\S\s/\s\S.*\s/\s")  # "Kompas.com > Nasional > Hukum"
_CREDIT = re.compile(r"[A-Za-z]{2,}/[A-Za-z]{2,}|\([^()]*\)$")  # "FOTO/Reuters", "(Antara)"
_SECTION_SHARE = 0.5  # a line this much made of section and widget names is chrome
_HEADLINE_WORDS = range(5, 21)
_CAPITALISED_SHARE = 0.6
_MAX_KICKER_WORDS = 5
_KICKER_MARGIN = 3  # the headline under a kicker is at least this many words longer
_MIN_DATED_HEADLINE_WORDS = 3  # words beside a date in a headline ("Harga Emas Hari Ini")


def headline_shaped(text: str) -> bool:
    """Whether a line could be a headline at all: 3-30 words, no sentence end, not a plea,
    label, menu path, caption, date line or logo."""
    text = strip_outlet(text)
    words = text.split()
    return (3 <= len(words) <= _MAX_HEADLINE_WORDS
            and (text[0].isupper() or text[0].isdigit() or text[0] in "\"“‘'")
            and not text.endswith((".", ":", ",", ";")) and not _ELLIPSIS.search(text)
            and not _PLEA.match(text) and not _MENU_PATH.search(text)
            and not _SITE_TAGLINE.match(text) and not _PULL_QUOTE.match(text)
            and not _CREDIT.search(text) and not _dated_chrome(text) and not _is_logo(text))


def _dated_chrome(text: str) -> bool:
    """A date line, a byline with its date, a caption's date: a date with a time, with
    separators or brackets beside it, or with little else ("Harga Emas 11 Maret 2025" is a
    headline)."""
    found = find_date(text)
    if found is None:
        return False
    rest = text[:found.start] + " " + text[found.end:]
    return "T" in found.iso or bool(re.search(r"[|·•()]|\s[-–—]\s", rest)) \
        or len(re.findall(r"\w+", rest)) < _MIN_DATED_HEADLINE_WORDS


def _is_kicker(i: int, shaped: list[int], texts: list[str]) -> bool:
    """A short line directly above a longer headline-shaped one ("Kasus Korupsi Timah")."""
    if i + 1 not in shaped:
        return False
    words, below = len(texts[i].split()), len(texts[i + 1].split())
    return words <= _MAX_KICKER_WORDS and below >= words + _KICKER_MARGIN


def _headline_score(text: str, header: list[str]) -> int:
    """How headline-shaped a candidate line is: higher is more."""
    words = strip_outlet(text).split()
    score = int(len(words) in _HEADLINE_WORDS)
    long_words = [w for w in words if len(w) > 3 and w[0].isalpha()]
    if long_words and sum(w[0].isupper() for w in long_words) / len(long_words) \
            >= _CAPITALISED_SHARE:
        score += 1
    if header.count(text) > 1:
        score -= 1  # an image's alt text, copied once per screen size
    if text.endswith("!"):
        score -= 1  # a promo shouts; a news headline rarely does
    plain = [w.lower().strip(",.") for w in words]
    if sum(w in WIDGET_WORDS for w in plain) >= _SECTION_SHARE * len(plain):
        score -= 1  # "Aplikasi Berita Terbaru dan Terpopuler": a tagline of section names
    return score


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
    if outlet_name(name) or "." in name:
        return canonical_outlet(name, lines)
    page = outlet_of(lines)
    if page and (known_outlet(page) or _GOVERNMENT_SITE.fullmatch(page)):
        return page
    return canonical_outlet(name, lines)


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
    logos = [ln for ln in lines[:_LOGO_LINES] if ln.kind == "text" and _is_logo(ln.text)]
    # "(Image: ©The Bali Sun – Name)": the site's own photo, credited with a copyright sign.
    owned = [ln for ln in lines if ln.kind in _NOT_PUBLISHER and "©" in ln.text]
    for ln in ranked + logos + owned:
        name = known_outlet(ln.text[ln.text.find("©"):] if ln in owned else ln.text)
        if name:
            return name
    # A government site names itself on its top line ("Pemerintah Kabupaten Sleman"), a
    # regional outlet by its logo's text ("Kilas9", "Radar Jogja").
    top = [ln.text for ln in lines[:_LOGO_LINES] if ln.kind == "text"]
    government = next((t for t in top if _GOVERNMENT_SITE.fullmatch(t)), None)
    # the logo is the page's very first line: further down, a short headline may read as one
    first = lines[0].text if lines and lines[0].kind == "text" else ""
    # then the name a copyright line gives that no table knows ("© 2026 Media RMD")
    owner = next((n for n in (copyright_name(ln.text) for ln in lines if ln.kind == "copyright")
                  if n), None)
    return government or (first if _brand_like(first) or _logo_over_menu(lines) else None) \
        or owner


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
    if not 1 <= len(words) <= _MAX_BRAND_WORDS or not all(w[0].isupper() for w in words) \
            or is_place(text) or all(w.lower() in WIDGET_WORDS for w in words):
        return False
    return bool(len(words) == 1 and _BRAND.fullmatch(text)) \
        or (len(words) > 1 and outlet_like(text, acronyms=False))

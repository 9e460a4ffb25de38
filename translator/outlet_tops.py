"""Pure (round 25): more of the page's own names for itself, and page chrome that is none: a
feed's closing credit, a district office's site over its parent government's name, a consent
banner's vendor or a widget's word standing as the page's first line."""

from __future__ import annotations

import re

from .lines import Line

# A WordPress feed's closing line, as feed readers and aggregators copy it with the story:
# "The post Banjir Rob ... appeared first on Radar Cirebon.", "The post ... appeared first on
# Suara Merdeka."; the Indonesian themes' "Pos ... muncul pertama kali di Tribun Kaltim.",
# "Artikel ... pertama kali tampil di Kabar Banten.": the last words name the publisher.
_FEED_CREDIT = re.compile(
    r"(?:The post .{8,300}? appeared first on"
    r"|(?:Pos|Artikel|Tulisan) .{8,300}? (?:muncul|tampil) pertama kali di)"
    r"\s+(?P<name>[^.\s][^\n]{1,60}?)\s*\.?")
_MAX_NAME_WORDS = 6


def feed_credit(lines: list[Line]) -> str | None:
    """The publisher a copied feed item's closing credit names, else None."""
    for ln in lines:
        m = _FEED_CREDIT.fullmatch(ln.text.strip())
        if m and len(m["name"].split()) <= _MAX_NAME_WORDS:
            return m["name"]
    return None


# A district office's or an agency's own site: its name as the first line, over the name of
# the regency or city it belongs to ("Kecamatan Buleleng" over "Pemerintah Kabupaten
# Buleleng", "Dinas Kesehatan Kota Batu" over "Pemerintah Kota Batu", "Kelurahan Caturtunggal"
# over "Pemerintah Kabupaten Sleman"): the office publishes, the parent is its banner.
_OFFICE = re.compile(r"(?:Kecamatan|Kelurahan|Desa|Kalurahan|Distrik|Dinas|Badan|Kantor"
                     r"|Sekretariat|Inspektorat|Puskesmas|RSUD|Bagian)(?: [A-Z][\w.'’&-]*){1,6}")
_PARENT = re.compile(r"(?:Pemerintah (?:Kabupaten|Kota|Provinsi|Kab\.)|Pemkab|Pemkot|Pemprov)"
                     r"(?: [A-Z][\w'’-]+){1,2}")


def office_site(lines: list[Line]) -> str | None:
    """The office's name atop its parent government's (the shapes above), else None."""
    top = [ln for ln in lines[:2] if ln.kind == "text"]
    if len(top) == 2 and _OFFICE.fullmatch(top[0].text) and _PARENT.fullmatch(top[1].text):
        return top[0].text
    return None


LOADING_WORDS = frozenset({
    "harap tunggu", "mohon tunggu", "tunggu sebentar", "sedang memuat", "memuat", "loading",
    "please wait", "harap tunggu...", "mohon tunggu...", "memuat...", "loading...",
    "please wait...", "sedang memuat...",
})


# Words a consent banner, a push-notification prompt or a close button leaves as the page's
# first line: a vendor's name ("Quantcast", "Cookiebot", "OneTrust", "Didomi") or the
# prompt's label ("Notification", "Notifikasi", "Pemberitahuan"). None is the site's name.
CHROME_WORDS = frozenset({
    "quantcast", "quantcast choice", "cookiebot", "onetrust", "didomi", "trustarc",
    "usercentrics", "cookieyes", "complianz", "consent", "cookie", "cookies",
    "notification", "notifications", "notifikasi", "pemberitahuan", "push notification",
    "privacy", "close", "tutup", "x", "×",
    # round 26: a loading overlay's words, copied before the page it covered ("Harap
    # Tunggu", "Mohon tunggu...", "Loading...", "Memuat...", "Please wait")
    *LOADING_WORDS,
})
# A stray mark of an HTML comment a copy keeps before a blog's header ("--> BEKASI GUE | ...").
_COMMENT_MARK = re.compile(r"^\s*(?:-->|<!--|->)\s*")


def chrome_word(text: str) -> bool:
    """Whether a top line is a banner's or a widget's word, no site's name."""
    return text.strip().lower() in CHROME_WORDS


def uncommented(text: str) -> str:
    """A line without the stray comment mark opening it."""
    return _COMMENT_MARK.sub("", text)


# A blog's description line at the page's top opening with its name, then its office's address
# or contact: "Kampung Media Lengge Wawo, Sekretariat: Jalan ...", "Suara Desa Ngali, Alamat:
# Jl. ...", "Warta Kampung Sape. Redaksi: Desa ...": the name is the site's.
_DESCRIBED = re.compile(r"(?P<name>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){1,4})\s*[,.]\s*"
                        r"(?i:sekretariat|alamat|alamat redaksi|kantor|kantor redaksi|redaksi"
                        r"|address|kontak|contact)\s*:\s*\S")


def described_site(lines: list[Line]) -> str | None:
    """The site's name opening the page's first line, its description (the shape above)."""
    first = next((ln for ln in lines[:1] if ln.kind == "text"), None)
    m = _DESCRIBED.match(first.text) if first is not None else None
    return m["name"] if m else None


# Round 26: an agency's own site: an upper-case label of what it is over the agency's name at
# the page's top ("PEJABAT PENGELOLA INFORMASI DAN DOKUMENTASI" / "Diskominfo Bintan", "PORTAL
# BERITA RESMI" / "Humas Pemkab Klaten", "PPID KABUPATEN LINGGA" / "Dinas Kominfo Lingga"):
# the agency publishes (the name is no writer's byline), after any loading overlay's words.
_AGENCY = re.compile(r"(?:Diskominfo|Diskominfotik|Dinkominfo|Diskominfosan|Kominfo"
                     r"|Dinas Kominfo|Humas|Prokopim|Bagian Prokopim|PPID|Setda|Bappeda)"
                     r"(?: [A-Z][\w.'’&-]*){1,4}")
_LABEL_WORDS = (2, 8)


def agency_site(lines: list[Line]) -> str | None:
    """The agency's name under its site's upper-case label (the shapes above), else None."""
    top = [ln for ln in lines[:4] if ln.kind in ("text", "byline") and not chrome_word(ln.text)]
    if len(top) >= 2 and top[0].text.isupper() \
            and _LABEL_WORDS[0] <= len(top[0].text.split()) <= _LABEL_WORDS[1] \
            and _AGENCY.fullmatch(top[1].text):
        return top[1].text
    return None


# Round 26: a theme's slogan in the logo's place, made only of a news site's generic words
# ("BERITA ONLINE TERVIRAL", "Portal Berita Terpercaya", "MEDIA ONLINE TERKINI DAN
# TERPERCAYA", "Berita Terbaru Hari Ini"): it names no site (the copyright line does).
_SLOGAN_WORDS = frozenset({
    "berita", "online", "portal", "media", "informasi", "info", "news", "situs", "terviral",
    "viral", "terkini", "terbaru", "terpercaya", "terupdate", "teraktual", "aktual", "akurat",
    "tercepat", "terlengkap", "terpopuler", "hari", "ini", "dan", "&", "indonesia", "seputar",
    "update", "latest", "trusted", "daily", "harian",
})
_MIN_SLOGAN_WORDS = 2


def slogan_line(text: str) -> bool:
    """Whether a top line is a slogan of generic words alone (the shapes above)."""
    words = text.lower().split()
    return len(words) >= _MIN_SLOGAN_WORDS and all(w in _SLOGAN_WORDS for w in words) \
        and any(w.startswith("ter") or w in ("viral", "aktual", "akurat") for w in words)


# Round 26: the site's house ad amid the story, its name and its slogan of a superlative
# ("Sorotan Bangka - Terdepan Menyorot Fakta.", "Kabar Pesisir – Tercepat dan Terpercaya",
# "Warta Lombok | Teraktual dari Lombok"): the name is the site's own.
_HOUSE_AD = re.compile(r"(?P<name>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}) [-–|] "
                       r"(?P<tag>(?:Ter[a-z]{3,}|Paling|Nomor Satu)\b[^.!?]{0,50})[.!]?")


def house_ad(lines: list[Line]) -> str | None:
    """The name a house ad's line gives before its slogan (the shapes above), else None."""
    for ln in lines:
        m = _HOUSE_AD.fullmatch(ln.text.strip()) if ln.kind == "text" else None
        if m and len(m["tag"].split()) <= _MAX_NAME_WORDS:
            return m["name"]
    return None

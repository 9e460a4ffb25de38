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


# Words a consent banner, a push-notification prompt or a close button leaves as the page's
# first line: a vendor's name ("Quantcast", "Cookiebot", "OneTrust", "Didomi") or the
# prompt's label ("Notification", "Notifikasi", "Pemberitahuan"). None is the site's name.
CHROME_WORDS = frozenset({
    "quantcast", "quantcast choice", "cookiebot", "onetrust", "didomi", "trustarc",
    "usercentrics", "cookieyes", "complianz", "consent", "cookie", "cookies",
    "notification", "notifications", "notifikasi", "pemberitahuan", "push notification",
    "privacy", "close", "tutup", "x", "×",
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

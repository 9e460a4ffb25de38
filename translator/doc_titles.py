"""Pure: a browser's document title among a page's header lines (round 30).

A copied page often opens with the document title, the headline and then the site's name after
a dash or a bar ("Harga Cabai Turun – kabarsumbar.net", "Banjir Rendam Dua Desa | Warta Desa").
The headline part is the title; the site's part never is. And an organisation's site titles its
pages with its own name and its parent's ("Pimpinan Cabang Aisyiyah Kota Padang - Persyarikatan
Muhammadiyah", "Dinas Pendidikan Kabupaten Agam - Pemerintah Kabupaten Agam"), then prints that
name again alone as its masthead: such a line names the site, not the story."""

from __future__ import annotations

import re

from .lines import known_outlet

# "Headline – site.net", "Headline | portal.co.id": a web address after a dash or a bar.
_ADDRESS_TAIL = re.compile(r"\s+[-|–—]\s+((?:www\.)?[\w-]+(?:\.[a-z]{2,6}){1,2})\s*$",
                           re.IGNORECASE)
# "kabarsumbar.net: Harga Cabai Turun", "Antara: Harga ...": a site's name before a colon.
_SITE_HEAD = re.compile(r"^((?:www\.)?[\w-]+(?:\.[a-z]{2,6}){1,2}|[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)"
                        r"\s*:\s+(?=[A-Z\d\"“‘'])")
# The bar or dash that a document title puts between its parts.
_SEPARATOR = re.compile(r"\s*\|\s*|\s+[-–—]\s+")
_MIN_LEFT_WORDS = 3  # a headline part keeps this many words at the least
_MIN_HEAD_WORDS = 2


def without_site_parts(title: str, names: tuple[str, ...] = ()) -> str:
    """The headline part of a document title: a web address after a dash or a bar goes, and a
    site's name before a colon (a web address, a known outlet or one of `names`, the page's own)
    goes too; what is left keeps three words at the least."""
    m = _ADDRESS_TAIL.search(title)
    if m and len(title[:m.start()].split()) >= _MIN_LEFT_WORDS:
        title = title[:m.start()]
    h = _SITE_HEAD.match(title)
    if h and len(title[h.end():].split()) >= _MIN_LEFT_WORDS:
        head = h.group(1)
        own = {_squash(n) for n in names if n}
        if "." in head and " " not in head or known_outlet(head) or _squash(head) in own:
            title = title[h.end():]
    return title


def site_titled(text: str, texts: list[str]) -> bool:
    """A document title whose first part the page prints again as a line of its own, or as the
    opening of one ("Pimpinan Daerah Aisyiyah Kota Solok - Persyarikatan Muhammadiyah" over
    "Pimpinan Daerah Aisyiyah Kota Solok" or "... Kota Solok.: Home > Berita > ..."; "Harga
    Cabai Turun | Warta Desa" over "Harga Cabai Turun"): the line repeats a name or a headline
    printed elsewhere, whose plain copy is the better title."""
    for m in _SEPARATOR.finditer(text):
        head = text[:m.start()].strip()
        if len(head.split()) < _MIN_HEAD_WORDS:
            continue
        for other in texts:
            other = other.strip()
            if other != text and other.startswith(head) and (
                    len(other) == len(head) or not other[len(head)].isalnum()
                    and not other[len(head)].isspace()):
                return True
    return False


def _squash(name: str) -> str:
    return re.sub(r"[\W_]+", "", re.sub(r"(?:\.[a-z]{2,3})+$", "", name.lower()))


_MAX_SITE_WORDS = 8  # a site's name in a document title, at the most
_TOP_LINES = 3  # the document title stands among the page's first lines


def titled_site(texts: list[str], title: str | None) -> str | None:
    """The site's name that a document title opens with, when the page prints that name again
    alone or at the opening of a line (`site_titled`) and it is not the story's title:
    "Pimpinan Daerah Aisyiyah Kota Solok - Persyarikatan Muhammadiyah" over "Pimpinan Daerah
    Aisyiyah Kota Solok" gives "Pimpinan Daerah Aisyiyah Kota Solok"."""
    for text in [t for t in texts if t.strip()][:_TOP_LINES]:
        m = _SEPARATOR.search(text)
        head = text[:m.start()].strip() if m else ""
        if head and len(head.split()) <= _MAX_SITE_WORDS and site_titled(text, texts) \
                and (not title or _squash(head) not in _squash(title)) \
                and not head.isupper() and not head.islower():
            return head
    return None


# "Sumber", "Source:", "Sumber Berita": the label an aggregator's copy puts over its source link.
_SOURCE_LABEL = re.compile(r"(?:sumber(?:\s+berita)?|source)\s*:?\s*", re.IGNORECASE)


def reprint_source(stamp: str, texts: list[str]) -> str | None:
    """The source of an aggregator's copy: the page prints the document title twice, once with
    its own site after the dash and once with another's ("Harga Cabai Turun – kabarsolok.net"
    / "Harga Cabai Turun – Padangkita.com"), the stamp names its own, and a `Sumber` label
    follows; the other site's name is the source."""
    if not any(_SOURCE_LABEL.fullmatch(t.strip()) for t in texts):
        return None
    tails = {}
    for t in texts:
        m = re.search(r"\s+[-|–—]\s+([^-|–—]{2,40})$", t)
        if m and len(t[:m.start()].split()) >= _MIN_LEFT_WORDS:
            tails.setdefault(t[:m.start()].strip(), []).append(m.group(1).strip())
    own = _squash(stamp)
    for names in tails.values():
        if any(_squash(n) == own for n in names):
            other = [n for n in names if _squash(n) != own]
            if other:
                return other[0]
    return None


# Round 31: an office's or a body's own name on a line of its own ("Komisi Pemilihan Umum
# Provinsi Jawa Barat", "Badan Pengawas Pemilu Kabupaten Sleman", "Kantor Kementerian Agama Kota
# Binjai", "Dinas Komunikasi dan Informatika Provinsi Riau"): an institution's head word, its
# words all capitalised (connectors aside) and a region closing it, no verb, no punctuation.
# Its lead names that body in full, so it shares as many words as the headline; it names the
# site, not the story, and ranks below a headline that shares the lead as well.
_ORG_HEAD = re.compile(r"(?:Komisi|Badan|Dinas|Kementerian|Kantor|Pemerintah|Dewan|Sekretariat"
                       r"|Pengadilan|Kejaksaan|Kepolisian|Inspektorat|Direktorat|Biro|Balai"
                       r"|Lembaga|Majelis|Universitas|Politeknik|Institut|Pimpinan|Pengurus"
                       r"|Bawaslu|KPU|Kemenag|Pemkab|Pemkot|Pemprov|DPRD)\b")
_ORG_TAIL = re.compile(r"\b(?:Provinsi|Kabupaten|Kota|Kab\.|Kecamatan|Republik|Daerah|Wilayah)"
                       r"(?:\s[A-Z][\w.'’-]*){1,3}$")
_CONNECTORS = frozenset({"dan", "and", "of", "the", "&", "se-", "untuk"})
_MAX_ORG_WORDS = 12


def organisation_name(text: str) -> bool:
    """Whether a header line is only an institution's name (the shape above)."""
    text = text.strip()
    words = text.split()
    return len(words) <= _MAX_ORG_WORDS and bool(_ORG_HEAD.match(text)) \
        and bool(_ORG_TAIL.search(text)) and not any(c in text for c in ",:;!?|") \
        and all(w[:1].isupper() or w.lower() in _CONNECTORS for w in words)


def site_line(text: str, texts: list[str]) -> bool:
    """A header line naming the site, not the story: a document title whose first part the page
    prints again (`site_titled`, round 30) or an institution's own name (round 31)."""
    return site_titled(text, texts) or organisation_name(text)


# Round 31: a document title's site part naming the site and its network ("Warga Tolak Tambang
# - Kabarpidie Part Of Serambi Group", "Harga Cabai Turun | Lintasbarat Bagian dari Grup
# Nusa"), the site's address printed elsewhere on the page ("www.kabarpidie.id"): the site.
_NETWORK_TAIL = re.compile(r"\s+[-|–—]\s+(?P<site>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2})"
                           r"\s+(?i:part\s+of|bagian\s+dari|a\s+member\s+of|anggota)\s+\S.{0,40}$")
_ADDRESS = re.compile(r"(?i)(?:https?://)?(?:www\.)?([\w-]+)(?:\.[a-z]{2,6}){1,2}/?")


def networked_site(texts: list[str], title: str | None) -> str | None:
    """The site a document title names before its network (the shape above), when the page
    prints that site's web address too, else None."""
    addresses = {_squash(m[1]) for t in texts if (m := _ADDRESS.fullmatch(t.strip()))}
    for text in [t for t in texts if t.strip()][:_TOP_LINES]:
        m = _NETWORK_TAIL.search(text)
        if m and len(text[:m.start()].split()) >= _MIN_LEFT_WORDS \
                and _squash(m["site"]) in addresses \
                and (not title or _squash(m["site"]) not in _squash(title)):
            return m["site"]
    return None


# Round 31: a blog's document title "Site: Headline" whose two parts the page prints again
# each on a line of its own ("Kabar Lembah: Harga Salak Anjlok" over "Kabar Lembah" and "Harga
# Salak Anjlok"): the part before the colon is the site's name, whatever its template's first
# line says ("Devils Workshop" / "has been moved to new address").
_COLON = re.compile(r":\s+")


def colon_titled_site(texts: list[str]) -> str | None:
    """The site part of such a document title among the page's top lines, else None."""
    alone = {t.strip() for t in texts}
    for text in [t.strip() for t in texts if t.strip()][:_TOP_LINES + 2]:
        m = _COLON.search(text)
        if not m:
            continue
        head, rest = text[:m.start()].strip(), text[m.end():].strip()
        if 1 <= len(head.split()) <= _MAX_SITE_WORDS // 2 and head in alone and rest in alone \
                and len(rest.split()) >= _MIN_LEFT_WORDS and head[:1].isupper():
            return head
    return None

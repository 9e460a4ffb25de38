"""Pure: more ways a page names its publisher (round 22, split from publisher.py): its "follow
us" line with the account's handle, its logo's acronym that the story spells out, an
aggregator's "Source" field, a paper's plug for its own print edition, a one-word brand over
its feed that the page prints again, a wire agency's dateline on a site that owns the page's
copyright; and what is no publisher's name: an official site's label before the name, a
section's label in the logo's place. Round 23: more lead stamps (a bar and a colon, an address
before the place, a bracketed name after it, a one-word brand the story signs off with) and
the site's own photo credit by its address."""

from __future__ import annotations

import re

from .boilerplate import WIDGET_WORDS
from .dateline_names import _squash, is_place
from .lines import Line, is_prose, known_outlet

_TOP = 5  # the page's top lines, where its logo stands
_NAME = r"[A-Z][\w.&'’-]*(?:\s(?:[A-Z][\w.&'’-]*|\d{1,3}|of|on|for|the|and)){0,4}"

# "Website Resmi Pemerintah Kabupaten Karanganyar", "Situs Resmi Kota Batu", "Portal Resmi
# Provinsi Jawa Tengah", "Official Website of the Regency of Sleman": the label, then the name.
_OFFICIAL = re.compile(r"(?i:(?:website|situs|portal|laman|web)\s+resmi|official\s+(?:website|"
                       r"site|portal)(?:\s+of)?(?:\s+the)?)\s+(?P<name>[A-Z].+)")


def unofficial(name: str | None) -> str | None:
    """A site's name without its "official website" label."""
    m = _OFFICIAL.fullmatch(name) if name else None
    return m["name"].strip() if m else name


# A rubric's words that a logo's place may hold ("HEADLINE NEWS", "BREAKING NEWS", "Berita
# Terkini", "Top Stories"): real section vocabulary, never a publisher's whole name.
_SECTION_WORDS = frozenset({"headline", "headlines", "breaking", "latest", "top", "hot", "news",
                            "berita", "terkini", "terbaru", "terpopuler", "populer", "pilihan",
                            "utama", "trending", "stories", "story",
                            # round 29: a promo strip's label ("SPECIAL OFFERS", "Hot Deals",
                            # "Penawaran Spesial"): a shop's banner, never a publisher's name
                            "special", "offers", "offer", "deals", "deal", "penawaran",
                            "spesial", "diskon"})


def section_label(text: str) -> bool:
    """Whether a logo-placed line is only a section's words ("HEADLINE NEWS")."""
    words = text.lower().split()
    return bool(words) and all(w in _SECTION_WORDS or w in WIDGET_WORDS for w in words)


# "Ikuti Kavling 10 di Instagram @kavling10", "Follow Jakarta Globe on X @jakartaglobe",
# "Ikuti kami ... @x" is no name: the page's own account, its handle its name's letters.
_FOLLOW = re.compile(rf"(?i:ikuti|follow)\s+(?P<name>{_NAME})\s+(?i:di|on|at)\s+"
                     r"(?i:instagram|facebook|twitter|x|tiktok|youtube|threads|whatsapp)"
                     r"\W*\s*@(?P<handle>[\w.]+)")


def followed_name(lines: list[Line]) -> str | None:
    """The name a "follow us" line gives the page's account, when the handle spells it."""
    for ln in lines:
        m = _FOLLOW.search(ln.text)
        if m and _squash(m["name"]) == _squash(m["handle"]) and not is_place(m["name"]):
            return m["name"]
    return None


_ACRONYM = re.compile(r"[A-Z]{2,6}")


def acronym_logo(lines: list[Line]) -> str | None:
    """The page's first line an institution's acronym ("UMY", "UMM") that the story spells
    out in full before it in brackets ("Universitas Muhammadiyah Yogyakarta (UMY)", "the
    University of Muhammadiyah Malang (UMM)"): the campus's or office's own site."""
    first = next((ln for ln in lines if ln.kind not in ("date", "widget")), None)
    if first is None or first.kind != "text" or not _ACRONYM.fullmatch(first.text) \
            or is_place(first.text):
        return None
    acronym = first.text
    spelled = re.compile(rf"(?:[A-Z][\w'’-]+\s(?:(?:of|the|dan|and)\s)*){{2,6}}\({acronym}\)")
    if any(ln.kind == "text" and is_prose(ln.text) and spelled.search(ln.text) for ln in lines):
        return acronym
    return None


# An aggregator's field label alone on its line, the publisher's name on the next:
# "Source" / "The Jakarta Post" (ReliefWeb), "Sumber" / "Kompas.id".
_SOURCE_LABEL = re.compile(r"(?i:source|sources|sumber|publisher|penerbit)\s*:?")
_CREDIT_WORD = re.compile(r"(?i:istimewa|ist\b|dok\b|dokumentasi|foto|photo|internet|google)")


def source_field(lines: list[Line]) -> str | None:
    """The publisher an aggregator's "Source" field names, above the story's prose."""
    for i, ln in enumerate(lines[:-1]):
        if is_prose(ln.text):
            return None
        nxt = lines[i + 1].text.strip()
        # a photo's "Sumber" / "Istimewa" is a credit: the name is two words or an address
        if ln.kind == "text" and _SOURCE_LABEL.fullmatch(ln.text.strip()) \
                and re.fullmatch(_NAME, nxt) and (2 <= len(nxt.split()) <= _TOP or "." in nxt) \
                and not _CREDIT_WORD.match(nxt) and not is_place(nxt) and not section_label(nxt):
            return nxt
    return None


# A paper's plug for its own edition over the page: "Dapatkan informasi terkini di koran
# harian Musirawas Ekspres, ...", "Baca selengkapnya di koran Radar Bogor", "Langganan
# e-paper Tribun Jateng".
_PLUG = re.compile(r"(?i:koran|surat kabar|harian|tabloid|majalah|e-?paper|portal berita"
                   r"|media online)\s+(?:(?i:harian|cetak|mingguan|online)\s+)?"
                   r"(?P<name>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2})")


def plugged_paper(lines: list[Line]) -> str | None:
    """The paper a plug above the story names, when the story's prose names it too ("Informasi
    dihimpun Musirawas Ekspres ...")."""
    for ln in lines:
        m = _PLUG.search(ln.text)
        if not m or is_place(m["name"]) or len(m["name"].split()) < 2:
            if ln.kind == "text" and is_prose(ln.text) and len(ln.text.split()) > 2 * _TOP:
                break  # the plug stands above the story
            continue
        if any(m["name"] in x.text for x in lines if x is not ln and x.kind == "text"
               and is_prose(x.text)):
            return m["name"]
    return None


_CAMEL = re.compile(r"[A-Z][a-z]+[A-Z][a-z]+")
# Platforms whose camel-case names a page's share row and footer repeat: never its own brand.
_PLATFORMS = frozenset({"youtube", "whatsapp", "linkedin", "tiktok", "facebook", "instagram",
                        "wordpress", "blogspot", "soundcloud", "playstore", "appstore",
                        "googlenews", "homepage"})


def repeated_brand(lines: list[Line]) -> str | None:
    """A one-word brand in camel case alone among the top lines ("KatolikNews" under a feed's
    breadcrumb) that the page prints again in other lines, in any case ("Pantauan
    Katoliknews.com", "Subscribe to ... KatolikNews")."""
    for ln in lines[:_TOP]:
        text = ln.text.strip()
        if ln.kind != "text" or not _CAMEL.fullmatch(text) or text.lower() in WIDGET_WORDS \
                or text.lower() in _PLATFORMS or is_place(text):
            continue
        key = text.lower()
        again = sum(key in x.text.lower() for x in lines if x is not ln)
        if again >= 2:
            return text
    return None


# The wires whose dateline a reprint keeps ("PALU, Indonesia, AFP"): real agency names.
WIRES = frozenset({"afp", "ap", "reuters", "associated press", "xinhua", "bernama", "kyodo",
                   "yonhap", "dpa", "upi", "efe", "ani", "pti", "aap"})


def wire_reprint(name: str, owner: str | None) -> str | None:
    """A wire agency's dateline on a page whose copyright line names another owner (a
    newspaper reprinting AFP's story): the page's owner publishes it."""
    if name.strip().lower() in WIRES and owner and _squash(owner) != _squash(name):
        return owner
    return None


_STAMP_REACH = 80  # how far into the lead a dateline's stamp stands


def reprint_owner(lines: list[Line], owner: str | None) -> str | None:
    """The copyright line's owner when the lead's dateline credits it in brackets ("AMBON,
    INDONESIA (BNO NEWS) — ..." under "(Copyright 2026 by BNO News ...)"): a wire's story on
    a reposting site, whose own logo names only the reposter."""
    if not owner:
        return None
    stamp = re.compile(rf"\(\s*{re.escape(owner)}\s*\)", re.IGNORECASE)
    return owner if any(ln.kind == "text" and is_prose(ln.text)
                        and stamp.search(ln.text[:_STAMP_REACH]) for ln in lines) else None


# An information office's name before the desk it runs ("Diskominfo MC Kalsel", "Humas
# Polres Bantul", "Dinkominfo Kabar Purbalingga"): real office vocabulary.
_OFFICE_HEADS = frozenset({"diskominfo", "dinkominfo", "kominfo", "diskominfotik", "humas",
                           "biro", "bagian"})


def signing_desk(name: str | None, lines: list[Line]) -> str | None:
    """The desk a logo's office runs, when the page signs with the desk's name alone: under
    the date as its byline ("MC Kalsel") or as a credit after a slash ("MC Kalsel/Rd");
    else `name`."""
    words = name.split() if name else []
    if len(words) < 3 or words[0].lower() not in _OFFICE_HEADS:
        return name
    desk = " ".join(words[1:])
    credit = re.compile(rf"(?<!\w){re.escape(desk)}\s*/\s*[A-Z]")
    if any(ln.text.strip() == desk and ln.kind in ("byline", "text") for ln in lines[1:]) \
            and any(credit.search(ln.text) for ln in lines):
        return desk
    return name


# The outlet's stamp opening the lead where the dateline reader finds none:
# "NABIRE – enagonews – Sebanyak ..." (a place, the site's name in its lower case, dashes),
# "Ketapang:KM – Sebanyak ..." (a place, a colon, the site's short form),
# "sukabumiheadline.com l Puluhan ..." (the site's address, a separator: "l", "|", a dash),
# "CIDISS. The Central Lombok ..." (a shouted name closed by a full stop).
_PLACE_WORD = r"[A-Z][A-Za-z'’]+(?:\s[A-Z][A-Za-z'’]+)?"
_LEAD_STAMPS = (
    re.compile(rf"(?P<place>{_PLACE_WORD})\s*[-–—]\s*(?P<name>[a-z][a-z0-9]{{3,24}})"
               r"\s*[-–—]\s+[A-Z\"“]"),
    re.compile(rf"(?P<place>{_PLACE_WORD})\s*:\s*(?P<name>[A-Z]{{2,6}})\s*[-–—]\s+[A-Z\"“]"),
    re.compile(r"(?P<name>[a-z][\w-]{3,30}\.(?:com|co\.id|id|net|news|online)(?:\.id)?)"
               r"\s+(?:l|\||[-–—])\s+[A-Z\"“]"),
    re.compile(r"(?P<name>[A-Z]{4,10})\.\s+[A-Z]"),
    # round 25: "Bekasi || gardakeadilannews.com Pj. Walikota ...", "Depok | jurnaldepok.id
    # Warga ...", "Garut // garutnews.com – ...": a place, a bar (or two, or slashes), the
    # site's address, then the lead with or without a dash
    re.compile(rf"(?P<place>{_PLACE_WORD})\s*(?:\|\|?|//)\s*"
               r"(?P<name>[a-z][\w-]{3,30}\.(?:com|co\.id|id|net|news|online)(?:\.id)?)"
               r"\s*[-–—:]?\s+[A-Z\"“]"),
    # round 23: "Takengen | Lintas Gayo : Sebuah ...", "Sigli | Serambi Pidie : Warga ..." (a
    # place, a bar, the site's name, a colon; the place may be one no table knows)
    re.compile(r"[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?\s*\|\s*"
               r"(?P<name>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2})\s*:\s+[A-Z\"“]"),
    # "Sriwijayapost.com, Palembang, 18 Februari 2026 – ...", "Kabarbaru.id, Ambon – ..."
    re.compile(rf"(?P<name>[A-Z][\w-]{{3,30}}\.(?:com|co\.id|id|net|news))\s*,\s*"
               rf"(?P<place>{_PLACE_WORD})\s*[,–—-]"),
    # "Hargo.co.id GORONTALO – Puluhan ...", "Lenteranews.id AMBON – ...": address, place
    re.compile(r"(?P<name>[A-Za-z][\w-]{3,30}\.(?:com|co\.id|id|net|news)(?:\.id)?)\s+"
               r"(?P<place>[A-Z]{3,}(?:\s[A-Z]{3,})?)\s*[-–—]\s+[A-Z\"“]"),
    # "Tambolaka (Moripa), warga ...", "SOFIFI, ( infopublic.id ), Pemerintah ...", "Kupang
    # (Kabarntt) – ...": a place, the site's name or address in brackets, a comma or a dash
    re.compile(rf"(?P<place>{_PLACE_WORD}|[A-Z]{{3,}}(?:\s[A-Z]{{3,}})?)\s*,?\s*\(\s*"
               r"(?P<name>[A-Za-z][\w-]{2,30}(?:\.[a-z]{2,6}){0,2})\s*\)\s*[,–—-]\s*\S"),
)


def lead_stamp(lines: list[Line]) -> str | None:
    """The site's name its lead's stamp gives (the shapes above), never a place's."""
    lead = next((ln.text for ln in lines if ln.kind == "text" and is_prose(ln.text)
                 and len(ln.text.split()) > 2 * _TOP), None)
    if lead is None:
        return None
    for rx in _LEAD_STAMPS:
        m = rx.match(lead)
        if m and not is_place(m["name"]) and m["name"].lower() not in WIDGET_WORDS \
                and not _CREDIT_WORD.fullmatch(m["name"]) \
                and ("place" not in rx.groupindex or is_place(m["place"])):
            return m["name"]
    if signed := _signed_stamp(lead, lines):
        return signed
    if (m := _SOURCE_COLON.match(lead)) and is_place(m["place"]) and known_outlet(m["name"]):
        return m["name"]  # round 24: a blog's reprint opened by its source's stamp
    # "... Kecamatan Undaan (ayokudus) – Ribuan ...": a caption run into the lead, the site's
    # bracketed name between them, a name the page prints again ("Redaksi ayokudus")
    m = _BRACKETED_STAMP.search(lead[:_CAPTION_REACH])
    if m and not is_place(m["name"]) and any(
            re.search(rf"(?<!\w){m['name']}(?!\w)", ln.text) for ln in lines if ln.text != lead):
        return m["name"]
    return None


# "TEMPO Interactive, Jakarta: ...", "Antara News, Ambon: ...": a known source's name as the
# reprint writes it, its place and a colon (a wire's stamp a blog copied with the story).
_SOURCE_COLON = re.compile(r"(?P<name>[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2}),\s*"
                           r"(?P<place>[A-Z][\w'’]+(?:\s[A-Z][\w'’]+)?)\s*:\s+[A-Z\"“]")
_BRACKETED_STAMP = re.compile(r"\((?P<name>[a-z][a-z0-9]{3,24})\)\s*[-–—]\s+[A-Z\"“]")
_CAPTION_REACH = 300


# "Aradio- Harga gas ...", "Aradio – Sebanyak ...": a one-word brand and a dash opening the
# lead, the name the story signs off with in brackets ("... pengecer. (aradio)"); a place's
# stamp ("Ambon – ...") is no brand, a reporter's initials sign off shorter.
_BRAND_STAMP = re.compile(r"(?P<name>[A-Z][a-z]{3,20}[A-Za-z0-9]*)\s*[-–—]\s+[A-Z\"“]")


def _signed_stamp(lead: str, lines: list[Line]) -> str | None:
    """The one-word brand stamping the lead when the page signs off with it in brackets."""
    m = _BRAND_STAMP.match(lead)
    if not m or is_place(m["name"]) or m["name"].lower() in WIDGET_WORDS:
        return None
    sign = re.compile(rf"\(\s*{re.escape(m['name'])}\s*\)\s*$", re.IGNORECASE)
    return m["name"] if any(sign.search(ln.text) for ln in lines if ln.text != lead) else None


# The site's own photographer credited with its address in a caption near the top (round 23):
# "(ARDI WICAKSONO/JUARA.NET)", "(Rina Lestari/Kabarbaru.id)", "(KOMPAS.com/Rina)"; an
# agency's credit ("ANTARA FOTO/...") holds no address, and a "Foto/"/"Sumber/" label before
# the address credits another site's picture ("(Foto/detik.com)").
_ADDRESS_CREDIT = re.compile(r"\((?:(?P<who>[A-Z][\w.' -]*)/\s*)?(?P<site>[A-Za-z][\w-]{2,30}"
                             r"\.(?i:com|net|id|co\.id)(?:\.(?i:id))?)(?:\s*/\s*[A-Z][\w.' -]*)?\)")
_TAKEN_FROM = re.compile(r"(?i:sumber|source|via|repro|tangkapan layar|screenshot)\b")


def credited_address(lines: list[Line]) -> str | None:
    """The address a caption's photo credit at the page's top gives, as the page prints it."""
    for ln in lines[:_TOP * 2]:
        m = _ADDRESS_CREDIT.search(ln.text)
        who = (m["who"] or "").strip() if m else ""
        if m and "/" in m.group() and not _CREDIT_WORD.match(who) and not _TAKEN_FROM.match(who):
            return m["site"]
    return None


# Round 28: a village's, a regency's or an office's own site signing its copyright line with
# its government's name ("© 2026 Pemerintah Nagari Bisati ...", "Copyright © 2025 Pemerintah
# Desa Sukamaju", "© 2026 Pemerintah Kabupaten Sleman. All rights reserved"): that name.
_OFFICE_COPYRIGHT = re.compile(
    r"(?i:copyright\s*)?(?:©|\(c\))\s*(?:(?:19|20)\d{2}\s*)?(?:[-–]\s*(?:19|20)\d{2}\s*)?"
    r"(?P<name>(?:Pemerintah|Pemkab|Pemkot|Pemprov|Pemdes)\s(?:Nagari|Desa|Kelurahan|Gampong"
    r"|Kabupaten|Kota|Provinsi|Kecamatan)?\s?(?:[A-Z][\w'’-]*\s?){1,4})"
    r"(?:\s*[.|,-].*)?")


def office_copyright(lines: list[Line]) -> str | None:
    """The government's name the page's copyright line signs with (the shapes above)."""
    for ln in reversed(lines):
        m = _OFFICE_COPYRIGHT.fullmatch(ln.text.strip())
        if m:
            return m["name"].strip()
    return None


# Round 28: a listing's reprint block under the post, the site naming itself as the poster and
# then the source ("Post: ReformasiRI.com" / "Sumber: Prosumsel", "Posted by: Kabar Desa" /
# "Source: Antara"): the source publishes the story.
_POSTER = re.compile(r"(?i:post|posted(?:\s+by)?|diposting(?:\s+oleh)?)\s*:\s*(?P<name>\S.{1,40})")
_SOURCE = re.compile(r"(?i:sumber|source)\s*:\s*(?P<name>[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*)"
                     r"{0,3})")


def posted_source(lines: list[Line]) -> str | None:
    """The source of a reprint block whose poster is the page's own logo line, else None."""
    logo = next((_squash(ln.text) for ln in lines[:_TOP] if ln.kind == "text"), "")
    for ln, nxt in zip(lines, lines[1:]):
        m, src = _POSTER.fullmatch(ln.text.strip()), _SOURCE.fullmatch(nxt.text.strip())
        if m and src and logo and _squash(m["name"]) == logo \
                and _squash(src["name"]) != logo:
            return src["name"]
    return None

"""Pure: lines in the header that copy or caption the headline, never the headline itself (split
from headline.py, which re-exports them): an image's alt text with a name appended, a theme's
label or a breadcrumb put before the headline, a caption closed by its photo credit. Round 24:
a credit after a slash ("... Tenggarong/ Foto by Diksi.co"), a breadcrumb glued on without
spaces ("BerandaPemerintahanDKP Bengkulu ..."), an agency's slashed acronyms that are no
credit ("Kementerian ATR/BPN"), a blog's archive title ("Kabar Pesisir: Februari 2026")."""

from __future__ import annotations

import re

from .dates import MONTHS

_MAX_ALT_NAME_WORDS = 3
_MIN_LEFT_WORDS = 3  # words the headline keeps without what was put before it


# "Traders at Youtefa market, Abepura – IST", "... - Supplied", "... – Dok. Humas": a photo's
# caption closed by its credit after a dash; a headline never ends in a credit.
# "Seedlings at a nursery in East Sumba | Photo: Yoseph Ndapa": the credit labelled after a bar.
# Round 24: after a slash, labelled ("... Tenggarong/ Foto by Diksi.co", "... Sungai Kapuas /
# Foto: Humas Pemkab", "... Pasar Lama/Photo by Ida Ayu"): a credit where an agency's own
# acronyms never stand (a word, not a name, follows the slash).
# Round 29: after the caption's closing stop, labelled ("... North Maluku province. Image
# Credit: AFP", "... di Pontianak. Foto: Humas Pemprov", "... on Monday. Photo: Reuters").
_CREDIT_TAIL = re.compile(r"\s[-–—]\s*(?:IST|Ist|Istimewa|Supplied|Handout|Dok|Doc|Net)"
                          r"\b\.?(?:\s\w+)?$"
                          r"|\s\|\s*(?i:photo|foto|image|gambar|ilustrasi|illustration)\s*:"
                          r"\s*(?:[\w.'’-]+\s*){1,5}$"
                          r"|\S\s*/\s*(?i:photo|foto|image|gambar)\s*(?:(?i:by|oleh)\s|:)"
                          r"\s*(?:[\w.'’-]+\s*){1,5}$"
                          r"|[.!?]\s+(?i:(?:image|photo|picture|foto|gambar)\s*"
                          r"(?:credit|courtesy|source|sumber)?|credit|kredit)\s*:"
                          r"\s*(?:[\w.'’&/-]+\s*){1,5}$")


def credit_tailed(text: str) -> bool:
    """A caption that ends in its photo credit after a dash, a bar or a slash."""
    return bool(_CREDIT_TAIL.search(text))


# "FOTO/Reuters", "ANTARA/Aditya", "(Antara)": a caption's credit inside a header line.
_CREDIT = re.compile(r"[A-Za-z]{2,}/[A-Za-z]{2,}|\([^()]*\)$")
# Round 24: an agency or a pair of offices written as two acronyms joined by a slash
# ("Kementerian ATR/BPN", "Dana BUMN/BUMD", "Kepala Bappenas/PPN" has a name, so not this):
# both sides in capitals, two to five letters, neither a photo desk's word.
_ACRONYM_PAIR = re.compile(r"(?<![\w/])(?P<a>[A-Z]{2,5})/(?P<b>[A-Z]{2,5})(?![\w/])")
_CREDIT_WORDS = frozenset({"FOTO", "PHOTO", "IST", "DOK", "DOC", "AFP", "AP", "NET", "ANT",
                           "HO", "HUMAS", "REPRO"})


# Round 37: an institution's two names, the word's and the acronym's, joined by a slash
# ("Ministry of Investment/BKPM", "Kementerian Investasi/BKPM"): no photo desk's credit, which
# names a desk word or a wire before the slash ("Foto/REUTERS", "Antara/ANT").
_NAME_ACRONYM = re.compile(r"(?<![\w/])(?P<a>[A-Z][a-z]{3,14})/(?P<b>[A-Z]{2,6})(?![\w/])")
_WIRES = frozenset({"ANTARA", "REUTERS", "ISTIMEWA", "DOKUMENTASI", "DOKUMEN", "SUMBER",
                    "GETTY", "XINHUA", "KOMPAS", "TEMPO", "DETIK", "TRIBUN"})


# Round 27: a wire's rubric of continent and country opening its headline ("ASIA/INDONESIA –
# In Kupang, ...", "AFRICA/KENYA - ...", "AMERICA/BRAZIL – ..."): a region, not a photo desk.
_REGION_RUBRIC = re.compile(r"^(?:ASIA|AFRICA|AFRIKA|EUROPE|EROPA|AMERICA|AMERIKA|OCEANIA"
                            r"|OSEANIA|VATICAN|VATIKAN)/[A-Z][A-Z ]{2,30}(?=\s*[-–—:])")


def credit_inside(text: str) -> bool:
    """A photo's credit inside the line ("FOTO/Reuters", "(Antara)"), an agency's slashed
    acronyms aside ("Kementerian ATR/BPN Satukan Data ..."), a wire's region rubric too
    ("ASIA/INDONESIA – ...")."""
    def agency(m: re.Match[str]) -> str:
        return " " if m["a"] not in _CREDIT_WORDS and m["b"] not in _CREDIT_WORDS else m[0]
    text = _OFFICE_PAIR.sub(lambda m: " " if m["a"].lower() in _OFFICE_WORDS
                            and m["b"].lower() in _OFFICE_WORDS else m[0], text)
    text = _NAME_ACRONYM.sub(lambda m: " " if m["a"].upper() not in _CREDIT_WORDS | _WIRES
                             and m["b"] not in _CREDIT_WORDS else m[0], text)  # round 37
    return bool(_CREDIT.search(_ACRONYM_PAIR.sub(agency, _REGION_RUBRIC.sub("", text))))


# Round 31: two ranks of region, office or school joined by a slash ("24 KPU Kabupaten/Kota",
# "Dorong Desa/Kelurahan Bentuk ...", "Siswa SMP/MTs", "Lurah/Kepala Desa"): ordinary words, not a
# photo desk's "FOTO/Reuters".
_OFFICE_PAIR = re.compile(r"(?<![\w/])(?P<a>[A-Za-z]{2,12})/(?P<b>[A-Za-z]{2,12})(?![\w/])")
_OFFICE_WORDS = frozenset({
    "kabupaten", "kota", "provinsi", "kecamatan", "desa", "kelurahan", "nagari", "dusun", "rt",
    "rw", "camat", "lurah", "kades", "kepala", "sd", "mi", "smp", "mts", "sma", "smk", "ma", "pns",
    "pppk", "asn", "tni", "polri", "pemkab", "pemkot", "pemprov", "city",
    "regency", "province", "village", "district", "guru", "siswa", "dosen", "mahasiswa",
})


# A Blogger archive page's title bar: the blog's name, a colon, a month and a year ("Alifuru
# Supamaraina: February 2026", "Kabar Desa Kami: Maret 2026"): the archive, no headline.
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_ARCHIVE_BAR = re.compile(rf"[^:]{{2,60}}:\s+(?i:{_MONTH_NAMES})\s+\d{{4}}")


_MIN_COPIED_CHARS = 20


def copied_from_lead(text: str, lead: str | None) -> bool:
    """Round 27: a header line printed word for word inside the lead ("The Bekantan and
    Mangrove Conservation Park" over "Tarakan Extends Mangrove Boardwalk ..." and a lead
    naming "... at the Bekantan and Mangrove Conservation Park (...)"): an image's label or a
    tag's heading naming the story's place; a headline tells the lead again in other words."""
    return bool(lead) and len(text) > _MIN_COPIED_CHARS \
        and f" {text.lower()} " in f" {(lead or '').lower()} "


def archive_bar(text: str) -> bool:
    """A blog's archive title: "Name: Month Year"."""
    return bool(_ARCHIVE_BAR.fullmatch(text.strip()))


def alt_with_name(text: str, header: list[str]) -> bool:
    """An image's alt text: another header line (the headline) with a name of one to three
    capitalised words appended ("Konser Amal ... untuk Korban Banjir Andra Wijaya"), or the
    site's address with its dot lost ("... Kirim Mobil Tangki plus62co")."""
    for other in header:
        if other != text and len(other) > 10 and text.startswith(other + " "):
            added = text[len(other) + 1:].split()
            if (len(added) <= _MAX_ALT_NAME_WORDS and all(w[:1].isupper() for w in added)) \
                    or (len(added) == 1 and _SQUASHED_SITE.fullmatch(added[0])):
                return True
    return False


# Round 27: a site's address run together, its dot lost, appended to a copy of the headline
# ("... Mobil Tangki plus62co", "... Naik Lagi detikcom", "... Banjir tribunnewscom").
_SQUASHED_SITE = re.compile(r"[a-z][a-z0-9]{2,30}(?:com|co|id|net|org)")


_MAX_PREFIX_WORDS = 4
# Round 24: a breadcrumb's links glued to the headline with no space ("BerandaPemerintahan"
# before "DKP Bengkulu ...", "HomeNewsDaerah" before "Warga ..."): capitalised words run on.
# Round 27: a crumb may be a hyphened name ("HomeAsia-Pacific", "BerandaJawa-Bali").
_GLUED_CRUMBS = re.compile(r"(?:[A-Z][a-z]+(?:-[A-Z][a-z]+|(?: [A-Z][a-z]+){1,2})?){2,4}")


def prefixed_copy(text: str, header: list[str]) -> bool:
    """Another header line with a few words put before it ("You are currently viewing ...",
    "Foto Berita ...", a breadcrumb glued on: "BerandaPemerintahan..."): a theme's
    screen-reader label, an image's alt text or the page's path, the headline being the line
    without them."""
    for other in header:
        if other == text or len(other.split()) < _MIN_LEFT_WORDS or not text.endswith(other):
            continue
        put = text[:-len(other)]
        if (put.endswith(" ") and len(put.split()) <= _MAX_PREFIX_WORDS) \
                or _GLUED_CRUMBS.fullmatch(put):
            return True
    return False


def dated_post_title(header: list, lead: str | None, shaped, shares, count=None,
                     page: list | None = None) -> str | None:
    """Round 25: a blog post's title where the blog template sets it, under the post's date
    header and right over the post's body ("Selasa, 17 Februari 2026" / "Musdes Khusus ...
    Tetapkan ..." / the lead): a chart's or a widget's caps higher in the sidebar share the
    lead's words too, but stand nowhere near it. `shaped` and `shares` are headline.py's
    headline_shaped and shares_lead (passed in: this module is below headline.py). Round 27:
    the post's title may be shouted ("Kamis, 22 Januari 2026" / "WARGA DIMINTA TERTIB BAYAR
    PBB") or in sentence case when it shares more words with the lead than any line above
    (`count`: headline.py's shared_with_lead): the blog's name and description above the date
    never title it ("IIMS ASEAN" / "News and views on Indonesia from ..." / the date)."""
    if page and (opening := post_title_opening(header, page, shaped, shares)):
        return opening
    if count is not None and (stamped := _under_stamp(header, lead, shaped, shares, count)):
        return stamped
    if len(header) < 2 or header[-2].kind != "date" or header[-1].kind != "text" \
            or not _BLOG_DATE.fullmatch(header[-2].text.strip()):
        return None
    text = header[-1].text
    most = count is not None and count(text, lead or "") > max(
        count(ln.text, lead or "") for ln in header[:-1])
    return _post_title(text, lead, shaped, shares, most)


_MAX_DESK_WORDS = 2
_PHOTO_CREDIT = re.compile(r"(?i)\b(?:foto|photo|dok|ist)\b")


def _under_stamp(header: list, lead: str | None, shaped, shares, count) -> str | None:
    """Round 36: the headline under the post's stamp with its hour, over at most a desk's word
    ("Indeks>>" / "(GMT+08:00) 2026-06-03 10:42:18" / the headline / "cri" / the lead), when it
    shares more of the lead's words than any sidebar headline above the stamp."""
    tail = 1 if header and header[-1].kind == "text" \
        and len(header[-1].text.split()) <= _MAX_DESK_WORDS \
        and header[-1].text.strip().islower() else 0
    at = len(header) - 1 - tail
    if at < 2 or header[at].kind != "text" or header[at - 1].kind != "date" \
            or "T" not in (header[at - 1].date or "") or header[at - 2].kind == "byline":
        return None  # "HEADLINE" / "Koresponden:" / "Name" / the stamp / a photo's caption
    text = header[at].text
    if _post_title(text, lead, shaped, shares) is None or _PHOTO_CREDIT.search(text):
        return None  # in headline case, no end mark, no photo's credit
    mine = count(text, lead or "")
    return text if all(count(ln.text, lead or "") < mine for ln in header[:at - 1]) else None


def _post_title(text: str, lead: str | None, shaped, shares, most: bool = False) -> str | None:
    """The line under a blog's date header if it is shaped as a post's title (in headline case
    unless it shares the `most` words with the lead)."""
    words = text.split()
    capital = sum(w[:1].isupper() or w[:1].isdigit() for w in words)
    return text if shaped(text) and shares(text, lead) and len(words) >= _MIN_POST_TITLE_WORDS \
        and (most or capital >= _CAPITAL_SHARE * len(words)) \
        and not re.search(r"[.?!:;,]$|^\w+\s*:", text) else None


def post_title_opening(header: list, page: list, shaped, shares) -> str | None:
    """Round 27: a blog post's title the cleaner took for its story's first line (its opening
    "Java - " read as a dateline), the header ending in the blog's date header ("Monday, March
    9, 2026" / "Java - Sukamaju villagers rebuild their bridge" / the lead): a line right under
    the date header, shaped as a title, no end mark, over a paragraph naming what it names."""
    if not header or header[-1].kind != "date" \
            or not _BLOG_DATE.fullmatch(header[-1].text.strip()):
        return None
    at = next((i for i, ln in enumerate(page) if ln is header[-1]), None)
    if at is None or at + 2 >= len(page) or page[at + 1].kind != "text" \
            or page[at + 2].kind != "text" or len(page[at + 2].text.split()) <= _MAX_TITLE_WORDS:
        return None
    text = page[at + 1].text
    below = " ".join(ln.text for ln in page[at + 2:at + 2 + _LEAD_LINES])
    return text if len(text.split()) <= _MAX_TITLE_WORDS and text[-1:].isalnum() \
        and shaped(text) and shares(text, below) else None


_MAX_TITLE_WORDS = 20
_LEAD_LINES = 6  # lines below the title read as the lead it names


# A blog template's date header: the weekday, the day, the month's name, the year, no more
# (round 27: or the month before the day, "Wednesday, March 4, 2026").
_WEEKDAY = (r"(?i:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|monday"
            r"|tuesday|wednesday|thursday|friday|saturday|sunday),\s*")
_BLOG_DATE = re.compile(rf"{_WEEKDAY}(?:\d{{1,2}}\s+(?i:{'|'.join(MONTHS)})"
                        rf"|(?i:{'|'.join(MONTHS)})\s+\d{{1,2}},?)\s+\d{{4}}")
_MIN_POST_TITLE_WORDS, _CAPITAL_SHARE = 4, 0.6


# Round 28: "-" printed alone under the breadcrumb (a separator of the template) and read onto
# the headline below it ("- Wabup Buka Lomba Ogoh-Ogoh", "– Bupati Resmikan Pasar Desa"): the
# headline without it. A dash opening each of several lines in a row is a list of links
# ("- Pemprov Dorong ..." / "- Gubernur Terima ..."), left as it is.
# Round 37: a blog theme's arrow glued before each post's title (">>Warga Keluhkan ...", ">> Pasar
# Baru Dibuka"): no part of the headline either; the ASCII double mark only ("» Item" opens a
# digest's contents list, read as such).
_LONE_DASH = re.compile(r"[-–]\s+(?=[A-Z\d\"“‘'])|>>\s*(?=[A-Z\d\"“‘'])")


def without_lone_dash(texts: list[str]) -> list[str]:
    """Each text, a line opening with a lone dash (not one of a dashed list) without it."""
    def dashed(j: int) -> bool:
        return 0 <= j < len(texts) and bool(_LONE_DASH.match(texts[j]))
    return [_LONE_DASH.sub("", t, count=1) if dashed(i) and not dashed(i - 1)
            and not dashed(i + 1) else t for i, t in enumerate(texts)]


# Round 29: a blog theme prints the post's headline cut off with an ellipsis above the story
# ("Sambas Buka Posko Pengaduan Harga Beras ...", "Warga Desa Tolak Tambang Pasir di …"); with
# no whole headline in the header, the cut one's words are the title (the cut word dropped
# only when the ellipsis is glued to it). A related list's teasers are cut too, but stand
# below the story and name less of its lead.
_CUT_END = re.compile(r"\s*(?:\.{3}|…)$")
_MIN_CUT_WORDS = 4


def cut_headline(texts: list[str], lead: str | None, shaped, echoes) -> str | None:
    """With no other title, the first header line cut off with an ellipsis whose words are
    headline-shaped and name much of what the lead tells; `texts` are read down to the lead."""
    for text in texts:
        if lead and text[:60] and lead.startswith(text[:60]):
            break  # the story begins: a related list's teasers below are never its title
        if not _CUT_END.search(text):
            continue
        stem = _CUT_END.sub("", text).rstrip(" ,;:-–")
        if len(stem.split()) >= _MIN_CUT_WORDS and shaped(stem) and echoes(stem, lead):
            return stem
    return None


# Round 29: a news ticker over the page, its other stories' headlines bulleted one to a line
# ("• MARCH 2026 HBA FOR EXPORTS DECREASED ..." / "• Coal Exports Rise ..."; "» Harga Cabai
# Naik" / "» Banjir Rob ..."): with an unbulleted headline naming the lead, no item titles it.
def ticker_free(candidates: list[int], texts: list[str], lead: str | None, mark, shares):
    """`candidates` less the items of a bulleted run of two or more lines, when another
    candidate names what the lead tells."""
    def item(i: int) -> bool:
        return bool(mark.match(texts[i])) and any(
            0 <= j < len(texts) and mark.match(texts[j]) for j in (i - 1, i + 1))
    rest = [i for i in candidates if not item(i)]
    return rest if rest != candidates and any(shares(texts[i], lead) for i in rest) \
        else candidates

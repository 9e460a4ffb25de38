"""Pure: the shape of a headline, and how much a header line shares with the story's lead,
the headline's strongest sign.

A real headline names what the lead paragraphs tell (people, places, numbers): on all 104
fixture pages of the seven development sets the true title shares at least four content words
with the lead, while the lines that sites put above their headlines (a plea, a share prompt, a
region's slogan, a welcome banner, a tagline) share none."""

from __future__ import annotations

import re

from .boilerplate import WIDGET_WORDS
from .dateline_names import is_place, outlet_like
from .dates import DAYS, MONTHS, find_date
from .doc_titles import without_site_parts
from .lines import known_outlet
from .title_reprint import without_language_marks
# the caption and copy shapes, split off; metadata.py, zones.py and title_model.py read them here
from .title_shapes import (  # noqa: F401
    alt_with_name,
    archive_bar,
    credit_inside,
    credit_tailed,
    prefixed_copy,
)

# "Harga Beras Naik - Kompas.com": a browser tab title names the outlet after the headline.
_TITLE_SUFFIX = re.compile(r"\s+[-|–—:]\s+([^-|–—]{2,40})$")
_ELLIPSIS = re.compile(r"(?:\.{3}|…)$")
_MAX_HEADLINE_WORDS = 30
_MIN_NAME_LIST_WORDS = 20
_WORD = re.compile(r"\w+")
# Function words of both languages a headline and its lead share without being about the same
# thing; a content word is any other word of four letters or more, or a number.
_STOPWORDS = frozenset(re.findall(r"\w+", """
yang dan di ke dari dengan untuk pada dalam ini itu akan atau juga oleh karena sebagai bagi
para tidak sudah masih telah bisa dapat lebih agar saat usai jadi hari tahun kata ujar
the of and to in for on at a an is are was were by with from as its it this that will has
have been after over into than
"""))
MIN_SHARED = 2  # content words a headline shares with its lead at the least
_REPEATED_SHARED = 2 * MIN_SHARED  # a repeated line sharing this much with the lead is the title
_LEAD_CHARS = 1500  # the lead: the story's first paragraphs, about this many characters
LEAD_LINES = 12  # lines from the story's start that its lead is read from (lead_of's texts)


def content_words(text: str) -> frozenset[str]:
    """The words of a line that say what it is about: long words and numbers, lower-case."""
    return frozenset(w.lower() for w in _WORD.findall(text)
                     if (len(w) > 3 or w.isdigit()) and w.lower() not in _STOPWORDS)


def lead_of(texts: list[str]) -> str:
    """The lead: the story's first lines, cut to its first paragraphs' length."""
    return " ".join(texts)[:_LEAD_CHARS]


def shared_with_lead(text: str, lead: str) -> int:
    """How many content words a line shares with the lead."""
    return len(content_words(text) & content_words(lead))


def shares_lead(text: str, lead: str | None) -> bool:
    """Whether a line names what the lead tells (true with no lead to compare with)."""
    return lead is None or not lead.strip() or shared_with_lead(text, lead) >= MIN_SHARED


def echoes_lead(text: str, lead: str | None) -> bool:
    """A line in headline case that names much of what the lead tells without being copied
    from it: a headline, even when the page prints it twice; a caption naming the story's
    speaker is copied from the lead word for word, an image's alt text is in sentence case."""
    return bool(lead) and shared_with_lead(text, lead or "") >= _REPEATED_SHARED \
        and text.lower() not in (lead or "").lower() and _capitalised(text.split())


# --- the shape of a headline ----------------------------------------------------------------

# A line that asks the reader to do something is a plea or a button, not a headline.
_PLEA = re.compile(
    r"(?:baca|gabung|bergabung|klik|download|unduh|dapatkan|ikuti|follow|subscribe"
    r"|berlangganan|langganan|connect|please|silakan|scroll|geser|bagikan|share|login|masuk"
    r"|kunjungi|install|pasang|aktifkan|sebarkan|sebar|tonton|watch|sign|join|close|tutup|tekan|sentuh"
    r"|selamat datang|welcome)\b"  # "SELAMAT DATANG DI MEDIA ONLINE ...": a site's banner
    r"|video\b(?:\s+\S+){0,3}$", re.IGNORECASE)
# "Portal Resmi Pemerintah Kabupaten Sleman", "Official Website of ...": a site's tagline.
_SITE_TAGLINE = re.compile(r"(?i:(?:portal|situs|laman|website|web) (?:resmi|official)\b"
                           r"|(?:the )?official (?:website|site|portal|web)\b)")
# "Channel: Jakarta100bars - Nightlife Guide", "Kategori: Berita Daerah": a label naming the
# feed, section or tag the page belongs to ("Interview: ..." opens a headline).
_LABEL_OPEN = re.compile(r"(?i:channel|feed|kanal|rubrik|kategori|category|categories|section"
                         r"|tags?|topik|topics?|arsip|archives?)\s*:")
# Round 31: a byline's label opening the line, whatever follows the name ("Penulis : Rina Wati.
# Mahasiswa Ilmu Komunikasi ...", "Oleh: Dr. Budi Santoso, Dosen ...", "Editor : Andi"): a byline.
_BYLINE_OPEN = re.compile(r"(?i:penulis|oleh|reporter|wartawan|editor|penyunting|redaktur"
                          r"|kontributor|author|writer|written\s+by|by)\s*:")
# A quotation that is a whole sentence ("“We expect the peak ...”"): a pull quote.
_PULL_QUOTE = re.compile(r"^[\"“‘'«„].*[.!?…,][\"”’'»]$")
_MENU_PATH = re.compile(r"\s[>»›]\s|\S\s/\s\S.*\s/\s")  # "Kompas.com > Nasional > Hukum"
# "... di Kabupaten Klaten (Seri 1)", "Jejak Rempah (2)", "(Habis)": a series' part closing a
# headline, which the bracketed credit's shape would take for "(Antara)"
_SERIES_MARK = re.compile(r"\((?i:(?:seri|bagian|part|episode|jilid|vol\.?)\s*\d{1,3}|\d{1,2}"
                          r"|habis|tamat|selesai|[IVX]{1,4})\)$")
_SECTION_SHARE = 0.5  # a line this much made of section and widget names is chrome
_HEADLINE_WORDS = range(5, 21)
_CAPITALISED_SHARE = 0.6
_MAX_KICKER_WORDS = 5
_KICKER_MARGIN = 3  # the headline under a kicker is at least this many words longer
_MIN_DATED_HEADLINE_WORDS = 3  # words beside a date in a headline ("Harga Emas Hari Ini")


def headline_shaped(text: str) -> bool:
    """Whether a line could be a headline at all: 3-30 words, no sentence end, not a plea,
    label, menu path, caption, date line or logo (read without its language marks, round 33)."""
    text = strip_outlet(without_language_marks(text) or text)
    words = text.split()
    return (3 <= len(words) <= _MAX_HEADLINE_WORDS
            and (text[0].isupper() or text[0].isdigit() or text[0] in "\"“‘'"
                 or bool(_VERDICT.match(text) or _BRAND_OPEN.match(text)))
            and not text.endswith((".", ":", ",", ";")) and not _ELLIPSIS.search(text)
            and not _PLEA.match(text) and not _MENU_PATH.search(text)
            and not _SITE_TAGLINE.match(text) and not _PULL_QUOTE.match(text)
            and not _LABEL_OPEN.match(text) and not _BYLINE_OPEN.match(text)
            and not (credit_inside(text) and not _SERIES_MARK.search(text))
            and not _dated_chrome(text) and not is_logo(text)
            and not name_list(words) and not archive_bar(text))


def name_list(words: list[str]) -> bool:
    """A long row of capitalised names with no punctuation and no lower-case word between them
    ("Darwin Ha Noi Cairns Singapore ..."): a menu of places or sections; a headline that long
    joins its names with a comma, a colon or a lower-case word."""
    return len(words) >= _MIN_NAME_LIST_WORDS and all(w[0].isupper() and w.isalpha()
                                                      for w in words)


def shouted_unrelated(text: str, lead: str | None) -> bool:
    """A line in capitals that shares no word with the lead ("NEWS FOR NORTHERN AUSTRALIA"):
    a masthead's slogan; a shouted headline names what its story tells."""
    return bool(lead) and text.isupper() and shared_with_lead(text, lead or "") == 0


# "Wednesday, February 25ITS ALL ABOUT FLORES": a top bar's weekday, comma and month or day
# open the line, whatever tagline is glued after them; a headline never opens so.
_WEEKDAYS = "|".join(sorted(DAYS, key=len, reverse=True))
_MONTHS = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY_DATE = re.compile(rf"(?i:{_WEEKDAYS}),\s*"
                           rf"(?:\d{{1,2}}\s+(?i:{_MONTHS})|(?i:{_MONTHS})\s+\d)")


def _dated_chrome(text: str) -> bool:
    """A date line, a byline with its date, a caption's date: a date with a time, with
    separators or brackets beside it, or with little else ("Harga Emas 11 Maret 2025" is a
    headline)."""
    if _WEEKDAY_DATE.match(text):
        return True
    found = find_date(text)
    if found is None:
        return False
    rest = text[:found.start] + " " + text[found.end:]
    return "T" in found.iso or bool(re.search(r"[|·•()]|\s[-–—]\s", rest)) \
        or len(re.findall(r"\w+", rest)) < _MIN_DATED_HEADLINE_WORDS


def _capitalised(words: list[str]) -> bool:
    """Headline case: most long words capitalised ("Pasar ikan di pelabuhan" is alt text); a
    place's name is capitalised in any case, so it counts for neither ("A homestay in Kuta
    village, Central Lombok" is a caption in sentence case)."""
    long_words = [w for w in words if len(w) > 3 and w[0].isalpha()
                  and not is_place(w.strip(",.:;!?\"“”'‘’()"))]
    return bool(long_words) and \
        sum(w[0].isupper() for w in long_words) / len(long_words) >= _CAPITALISED_SHARE


_MAX_SMALL_WORDS = 1  # a headline leaves at most one long word in small letters ("usai")


def headline_case(words: list[str]) -> bool:
    """Every long word but function words (and one more) capitalised: a headline, where a
    sentence-case caption full of names passes _capitalised's share."""
    small = [w for w in words if len(w) > 3 and w[0].isalpha() and w[0].islower()
             and w.lower().strip(",.:;!?") not in _STOPWORDS]
    return len(small) <= _MAX_SMALL_WORDS


def stopped_headline(texts: list[str], lead: str | None) -> str | None:
    """With no other candidate, a headline closed by a full stop ("Dinas Sosial Antar Kursi
    Roda untuk Warga Lansia."): one sentence in headline case naming much of what the lead
    tells (echoes_lead), never a sentence copied from the lead (moved from metadata.py in
    round 27)."""
    return next((t for t in texts if t.endswith(".") and not t.endswith("..")
                 and ". " not in t and headline_shaped(t[:-1])
                 and echoes_lead(t, lead)), None)


def is_kicker(i: int, shaped: list[int], texts: list[str]) -> bool:
    """A short line directly above a longer headline-shaped one ("Kasus Korupsi Timah")."""
    if i + 1 not in shaped:
        return False
    words, below = len(texts[i].split()), len(texts[i + 1].split())
    return words <= _MAX_KICKER_WORDS and below >= words + _KICKER_MARGIN


def headline_score(text: str, header: list[str], lead: str | None = None) -> int:
    """How headline-shaped a candidate line is: higher is more. A line said twice is an
    image's alt text, unless it names much of what the `lead` tells: a headline the page
    prints again above the story (its tab title, its share card) is still the headline."""
    words = strip_outlet(text).split()
    score = int(len(words) in _HEADLINE_WORDS)
    if _capitalised(words):
        score += 1
    if header.count(text) > 1:
        # else an image's alt text, copied once per screen size; an alt text and its caption
        # naming the story's people and places look capitalised, yet leave a common noun or a
        # verb in small letters ("Siswa menyeberangi Sungai Tangka dengan rakit bambu")
        score += (1 if headline_case(words) else 0) if echoes_lead(text, lead) else -1
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


def is_logo(text: str) -> bool:
    """A line that is only an outlet's name ("The Jakarta Post", "kumparanNEWS")."""
    name = known_outlet(text)
    return bool(name) and len(text.split()) <= len(name.split()) + 1


# "• Rendang UMKM ...": a headline printed as a list item (a bullet card); "(CEK-2025-0042)
# [HOAKS] ...": a fact-check's reference code before its headline, capitals and digits.
_BULLET = re.compile(r"^(?:[•·▪►▸◦●■]|[(\[](?=[^)\]\s]*\d)[A-Z]{2,}[A-Z\d]*(?:[-/.][A-Z\d]+)+[)\]])"
                     r"\s+")
# "e-KTP Warga ...", "iPhone 17 ...", "eFishery Gandeng ...": a name written with a small
# letter or two before its capital opens a headline as any capitalised word does.
_BRAND_OPEN = re.compile(r"[a-z]{1,2}-?[A-Z][\w-]*\s")
# "[HOAKS] Foto Banjir ...", "[Keliru] ...": a verdict or label in brackets opening the headline.
_VERDICT = re.compile(r"\[[A-Za-z][\w ]{1,20}\]\s+[A-Z\d\"“‘']")


# "Warga Keluhkan Air Mati, suaratifapapua.com": an address appended after a comma.
_ADDRESS_SUFFIX = re.compile(r"\s*,\s*((?:[\w-]+\.)+[a-z]{2,3})$", re.IGNORECASE)


def strip_outlet(title: str, names: tuple[str, ...] = ()) -> str:
    """"Harga Beras Naik - Kompas.com" -> "Harga Beras Naik"; a list item's bullet goes too.
    The appended name is a known outlet's, an address, or one of `names` (the page's own)."""
    title = _BULLET.sub("", title)
    for rx in (_PAGE_SUFFIX, _DATE_SUFFIX):  # "... – Halaman all", "... . Minggu, 1 Maret 2026"
        m = rx.search(title)
        if m and len(title[:m.start()].split()) >= _MIN_LEFT_WORDS:
            title = title[:m.start()]
    if (tail := byline_tail(title)) and len(title[:tail[0]].split()) >= _MIN_LEFT_WORDS:
        title = title[:tail[0]]
    title = without_site_parts(title, names)  # round 30: "... – site.net", "site.net: ..."
    own = {_squash_site(n) for n in names if n}
    for rx in (_TITLE_SUFFIX, _ADDRESS_SUFFIX):
        m = rx.search(title)
        if m and (known_outlet(m.group(1)) or rx is _ADDRESS_SUFFIX
                  or _squash_site(m.group(1)) in own):
            return title[:m.start()]
    return title


# A page's number appended to its headline by the page title ("– Halaman all", "| Page 2") and a
# day's date glued after it ("... Sudarso. Minggu, 01 Maret 2026"): neither is the headline's.
_PAGE_SUFFIX = re.compile(r"\s+[-–—|:]\s*(?:halaman|hal\.|page)\s*(?:all|semua|\d{1,3})\s*$",
                          re.IGNORECASE)
_DATE_SUFFIX = re.compile(r"\s*[.,|–—-]?\s+(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)"
                          r",?\s+\d{1,2}\s+[a-z]{3,9}\.?\s+\d{4}\s*$", re.IGNORECASE)
_MIN_LEFT_WORDS = 3


# "Seaweed farmers say runoff is killing their crop by Rahmat Lamaka on 23 February 2026": a
# print or AMP copy glues the byline and its date after the headline; "by" and "on" with one to
# five capitalised words between them, and nothing after the date.
_BYLINE_TAIL = re.compile(r"\s+(?:by|oleh)\s+(?:[A-Z][\w'’.-]*\s+){1,5}(?:on|pada)\s+(?=\S)")


_WEEKDAY_GAP = re.compile(rf"(?:(?i:{_WEEKDAYS}),?\s*)?")  # "on Jumat, 20 Februari 2026"


def byline_tail(text: str) -> tuple[int, str] | None:
    """Where a byline glued after a headline ("... by NAME on DATE") starts, and its date."""
    if " by " not in text and " oleh " not in text:
        return None  # the cheap test first: most lines hold neither word
    for m in _BYLINE_TAIL.finditer(text):
        found = find_date(text[m.end():])
        if found and _WEEKDAY_GAP.fullmatch(text[m.end():m.end() + found.start]) \
                and not text[m.end() + found.end:].strip():
            return m.start(), found.iso
    return None


# "Headline | Berita Maluku Online | Berita Terkini ...", "Headline - Tourism Indonesia": a
# browser tab's title, the headline and then the site's names after a bar or a dash.
_TAB_SEPARATOR = re.compile(r"\s*\|\s*|\s+[-–—]\s+")


def tab_title(text: str, header: list[str]) -> str:
    """The headline of a tab title when the page prints the headline alone on another header
    line (whatever names follow it are the site's); else the line as it is."""
    for other in header:
        if other != text and len(other.split()) >= _MIN_LEFT_WORDS and text.startswith(other) \
                and _TAB_SEPARATOR.match(text, len(other)):
            return other
    return text


def _squash_site(name: str) -> str:
    """A site's name as letters only, without its web suffix: "Bali Kini" == "balikini.com"."""
    return re.sub(r"[\W_]+", "", re.sub(r"(?:\.[a-z]{2,3})+$", "", name.lower()))


_MIN_OFF_TOPIC_WORDS = 5
_MAX_LINK_WORDS = 14
_TITLE_CASE_SHARE = 0.6


def title_cased(line: str) -> bool:
    """A headline's shape: five to fourteen words, most of them capitalised, one sentence at
    most (a link's headline may end in "!" or "?")."""
    words = line.split()
    return _MIN_OFF_TOPIC_WORDS <= len(words) <= _MAX_LINK_WORDS and ". " not in line \
        and sum(w[:1].isupper() or w[:1].isdigit() for w in words) >= _TITLE_CASE_SHARE * len(words)


_CRY_SHARE = 0.75


def cried_headline(text: str) -> bool:
    """A title-cased headline closed by "!" or "?" ("Harbour Gets New Boat Rules: Life Jackets
    for Everyone!"), which the prose test takes for a sentence: one sentence of twenty words at
    most, three in four of its long words capitalised; a story's sentence is not so."""
    if not text.endswith(("!", "?")) or ". " in text \
            or len(text.split()) >= _HEADLINE_WORDS.stop:
        return False
    long_words = [w for w in _WORD.findall(text) if len(w) > 3]
    return bool(long_words) \
        and sum(w[0].isupper() for w in long_words) >= _CRY_SHARE * len(long_words)


def off_topic(line: str, story: frozenset[str]) -> bool:
    """A title-cased headline (it may end in "!") that shares no content word with the story's
    paragraphs (`story`): another article's link; a crosshead names something the story tells."""
    return title_cased(line) and not content_words(line) & story


# An e-paper's front page prints headline, dateline and lead as one block: "Debit Bendungan
# Turun, Petani Diminta Tunda Tanam Praya (Suara NTB) Dinas Pekerjaan Umum ...": a place, the
# outlet in brackets, and a capitalised word opening the lead.
_GLUED_DATELINE = re.compile(r"\s(?=(?P<place>[A-Z][a-z'’]+)\s"
                             r"\((?P<outlet>[^()]{2,30})\)\s+[A-Z\"“‘'])")


def split_glued_headline(line: str) -> list[str]:
    """[headline, dateline and lead] when a line is a title-cased headline with no final mark
    glued to a `Place (Outlet) Lead ...` dateline; else [line]."""
    for m in _GLUED_DATELINE.finditer(line):
        head, rest = line[:m.start()], line[m.end():]
        *before, last = head.rsplit(" ", 1) if " " in head else ("", head)
        if before and is_place(f"{last} {m.group('place')}"):
            head, rest = before[0], f"{last} {rest}"  # "... Banda Aceh (Antara) ..."
        if title_cased(head) and head[-1:] not in ".!?:\"”’" \
                and outlet_like(m.group("outlet"), acronyms=False) \
                and len(rest.split()) >= _MIN_OFF_TOPIC_WORDS * 2:
            return [head, rest]
    return [line]

"""Pure: lines above the story's lead that are no part of it, found by their shape: a summary
box's sentences under its header (moved here from story.py), and a sidebar's photo gallery of
labels over one-line captions that stands over the story's own date and byline; a featured
post slider over the post (moved here from clean.py), and the lead set above the paragraph
that carries the outlet's stamp (round 30: past a photo, under its excerpt); what a stamp
leaves on the lead (round 30: a pipe's fields, a date and region, a glued alt text)."""

from __future__ import annotations

import re

from .datelines import match_dateline
from .headline import headline_shaped
from .lines import FINAL, Line, is_prose, may_be_text

_MIN_LEAD_WORDS = 20  # shorter full sentences above the lead are captions or summary bullets


def summary_lines(lines: list[Line]) -> set[int]:
    """Lines of a summary box above the story ("Poin Penting", "Ringkasan"): the short
    sentences right under such a header, before any body is seen."""
    out: set[int] = set()
    for i, ln in enumerate(lines):
        if ln.kind == "text" and is_prose(ln.text) and not out:
            return out  # the body came first: headers further down are not summaries
        if ln.kind != "qa":
            continue
        for j in range(i + 1, len(lines)):
            if lines[j].kind == "text" and (len(lines[j].text.split()) >= _MIN_LEAD_WORDS
                                            or match_dateline(lines[j].text)):
                break
            out.add(j)
        return out
    return out


# --- round 22: a sidebar's photo gallery over the story's header ------------------------------

_MAX_LABEL_WORDS = 5
_MIN_PAIRS = 2
_HEADER_KINDS = ("date", "byline")
_HEADER_REACH = 2  # the story's date or byline within two lines below the gallery


def _label(ln: Line) -> bool:
    """A photo's label: a few words, shouted or in title case, no stop ("PASAR BEDUK")."""
    words = ln.text.split()
    return ln.kind == "text" and 0 < len(words) <= _MAX_LABEL_WORDS \
        and not FINAL.search(ln.text) and all(w[:1].isupper() for w in words)


def _caption(ln: Line) -> bool:
    """A photo's caption: one short sentence ("Warga mengantre air bersih dari sumur bor.")."""
    return ln.kind == "text" and ln.text.endswith(".") and ". " not in ln.text \
        and len(ln.text.split()) < _MIN_LEAD_WORDS and is_prose(ln.text)


def gallery_end(lines: list[Line]) -> int:
    """One past the last line of a photo gallery above the story: two or more label and
    caption pairs in a row ("PASAR BEDUK" / "Pedagang takjil mulai ..." / "SUMUR BOR WARGA" /
    "Warga mengantre ..."), the story's date or byline right below them; 0 when there is none.
    A story's crossheads stand under its date, over paragraphs of their own."""
    i = 0
    while i < len(lines) - 1:
        j = i
        while j + 1 < len(lines) and _label(lines[j]) and _caption(lines[j + 1]):
            j += 2
        if (j - i) // 2 >= _MIN_PAIRS \
                and any(ln.kind in _HEADER_KINDS for ln in lines[j:j + _HEADER_REACH]):
            return j
        if any(ln.kind in _HEADER_KINDS for ln in lines[i:j + 1]):
            return 0  # past the story's header: no gallery above it
        i = max(j, i + 1)
    return 0


_SLIDER_REACH = 16  # lines below the first prose line where the post's dateline may stand
_MIN_SLIDES = 2
_MAX_SLIDE_WORDS = 35


def past_slider(lines: list[Line], first: int
                 ) -> tuple[int, str | None, str | None, str | None] | None:
    """A featured-post slider above the post: headlines, each over a one-sentence summary,
    then the post's own headline and a dateline naming the outlet. The story starts at that
    dateline; the slider's summaries are no lead."""
    slides = 0
    for j in range(first, min(len(lines), first + _SLIDER_REACH)):
        ln = lines[j]
        if ln.kind != "text":
            continue
        found = match_dateline(ln.text) if j > first else None
        if found and found[1] and found[0] and slides >= _MIN_SLIDES:
            return j, found[0], found[1], found[2]
        if headline_shaped(ln.text) or not may_be_text(ln.text):
            continue
        above = next((x for x in reversed(lines[:j]) if x.kind == "text"), None)
        if above is None or not headline_shaped(above.text) or FINAL.search(above.text) \
                or len(ln.text.split()) > _MAX_SLIDE_WORDS or ". " in ln.text.rstrip(". "):
            return None  # a paragraph of more than one sentence, or one under no headline
        slides += 1
    return None


# Round 24. A paragraph that opens by pointing back at the one before it ("Hal tersebut
# disampaikan ...", "Demikian dikatakan ...", "This was stated ..."); round 30: any noun phrase of
# one to three words under a demonstrative ("Ratusan mahasiswa itu dilepas ...", "Para petani
# tersebut ...", "Selain itu, ...") continues a story.
_POINTS_BACK = re.compile(r"(?i)(?:hal|pernyataan|keterangan|informasi|kebijakan|langkah"
                          r"|kegiatan|program|rencana)\s+(?:tersebut|itu|ini)\b"
                          r"|(?:demikian|hal senada)\s+(?:disampaikan|dikatakan|diungkapkan"
                          r"|dijelaskan|ditegaskan|disebutkan)\b"
                          r"|this was (?:said|stated|announced)\b"
                          r"|(?:[\w-]+,?\s+){1,3}(?:itu|tersebut)\b")
# Round 30. What a template sets between the lead and the stamped paragraph: a photo's title
# and caption ("Pelepasan Mahasiswa KKN" / "Pelepasan peserta KKN di halaman kampus."), short
# lines, never a paragraph; and the post's excerpt cut with "..." over the lead, which repeats
# its opening (a Blogger theme's meta description).
_MAX_BETWEEN = 3
_EXCERPT_CUT = re.compile(r"\s*(?:\.{3}|…|\[…\]|\[\.\.\.\])$")


def _excerpt_of(text: str, lead: str) -> bool:
    """`text` is the lead's opening, cut with an ellipsis."""
    cut = _EXCERPT_CUT.sub("", text)
    return cut != text and len(cut.split()) >= 8 and lead.startswith(cut)


def lead_above_stamp(lines: list[Line], start: int, rest: str | None) -> int | None:
    """Round 24. The lead a page sets above the paragraph carrying the outlet's stamp, when
    that paragraph points back at it ("Kemenhub menyiapkan 2.150 bus ..." / "semarak.co-Hal
    tersebut disampaikan ..."): the index of that lead, the first full paragraph on the page
    above the stamped one (round 30: past a photo's title and caption, and under the post's
    excerpt of it); None when the stamped paragraph opens the story."""
    if not rest or not _POINTS_BACK.match(rest) or start < 1:
        return None
    if (plain := _first_paragraph(lines, start - 1, start)) is not None:
        return plain  # right above the stamped one
    at = start - 1
    while at > 0 and start - at <= _MAX_BETWEEN and lines[at].kind in ("text", "caption") \
            and len(lines[at].text.split()) < _MIN_LEAD_WORDS \
            and not match_dateline(lines[at].text):
        at -= 1  # a photo's title and caption
    return _first_paragraph(lines, at, start) if at < start - 1 else None


def _first_paragraph(lines: list[Line], at: int, start: int) -> int | None:
    """`at` when line `at` is the page's first full paragraph (a long one, past a photo):
    no prose above it (a teaser list's summaries are many), but the post's own excerpt of it."""
    above = lines[at]
    if above.kind != "text" or not is_prose(above.text) or match_dateline(above.text):
        return None
    if at < start - 1 and len(above.text.split()) < _MIN_LEAD_WORDS:
        return None
    if any(ln.kind == "text" and is_prose(ln.text) and not _excerpt_of(ln.text, above.text)
           for ln in lines[:at]):
        return None
    return at


# Round 24. A press office's label where a dateline would stand, before its colon or dash:
# "Berita Humas: Sebanyak 40 santri ...", "Siaran Pers – Pemerintah ...", "Press release:
# The ministry ...". No story's first sentence opens so.
_RELEASE_LABEL = re.compile(r"(?i:(?:berita|rilis|siaran|info|kabar) (?:humas|pers|media)"
                            r"|siaran pers|press release|news release)\s*[:–—-]\s+"
                            r"(?P<rest>[A-Z\"“].*)")


def without_release_label(text: str) -> str | None:
    """The lead without a press office's label before it; None when it opens with none."""
    m = _RELEASE_LABEL.fullmatch(text)
    return m["rest"] if m else None


# Round 25. A deck glued to the lead before a colon: "Pendampingan Anak Berkebutuhan Khusus di
# Kotabaru: Suasana ruang ...", "Festival Kopi Gayo Resmi Dibuka: Ribuan pengunjung ...": a
# title-cased phrase of four words or more, then a full sentence; a speaker's name before a
# colon opens a quotation, which stays ("Bupati Sleman: “Kami ...").
_DECK = re.compile(r"(?P<deck>[A-Z][^.!?:;\"“”]{15,100}):\s+(?P<rest>[A-Z].*)")
_DECK_PARTICLES = frozenset({"di", "ke", "dan", "untuk", "dari", "yang", "bagi", "dengan", "pada",
                             "of", "the", "and", "in", "for", "to", "at", "on"})
_MIN_DECK_WORDS = 4
_MIN_REST_WORDS = 15


def without_deck(text: str) -> str | None:
    """The lead without a title-cased deck glued before it at a colon; None when none."""
    m = _DECK.fullmatch(text)
    if m is None:
        return None
    words = m["deck"].split()
    if re.search(r"[\d/]", m["rest"].split()[0]):
        return None  # "... Kapolres Sikka, Nomor : Sprin/214/III/2026, ...": a letter's number
    cased = all(w[:1].isupper() or w[:1].isdigit() or w in _DECK_PARTICLES for w in words)
    return m["rest"] if cased and len(words) >= _MIN_DECK_WORDS \
        and len(m["rest"].split()) >= _MIN_REST_WORDS and is_prose(m["rest"]) else None


# Round 25. The stamp before the lead when only the learned ranker found its place: a few words
# that name the place, then a dash, bars or the site's address ("FN Kabar Dumai – Satuan ...",
# "BOGOR,[KB],- Jembatan ...", "Depok || kabardepok.com Pj. Wali Kota ..."); the rest opens
# with a capital.
_SITE = r"[\w-]+\.(?:com|co\.id|id|net|news)\s+"
# Round 29: a colon after the place, as Gulf papers print agency copy ("Ternate: ■ At least ..."),
# the rest opening with the paragraph's bullet.
_STAMP_END = re.compile(rf"\s*,?\s*(?:[-–—]{{1,2}}|\|{{1,2}})\s*(?:{_SITE})?|\s+{_SITE}|:\s+")
_MAX_STAMP_CHARS = 60
_MAX_STAMP_WORDS = 5


def without_guessed_stamp(text: str, place: str) -> str | None:
    """The lead without the stamp naming `place` that opens it; None when it opens with none."""
    m = _STAMP_END.search(text, 0, _MAX_STAMP_CHARS + 30)
    if m is None or m.start() > _MAX_STAMP_CHARS or m.end() >= len(text):
        return None
    stamp, rest = text[:m.start()], text[m.end():]
    if place.casefold() not in stamp.casefold() or len(stamp.split()) > _MAX_STAMP_WORDS \
            or FINAL.search(stamp) or not rest[:1].isupper() and rest[:1] not in "\"“■•▪":
        return None
    return rest


# Round 26. A lead whose stamp the copy lost but for its dash: "– Usulan menurunkan ...", or
# kept the place after it, with a stop: "– Manado. North Sulawesi Police Chief ..." (the
# site's template prints the dash, then the place). No paragraph opens with a dash.
_ORPHAN_DASH = re.compile(r"[-–—]\s+(?=\S)")
# The page's masthead printed again as the lead's stamp: "GenPI.co Jatim - Para pemain ...",
# "Kabar Kota – Warga ..." (the page's first line, then a dash).
_MAX_MASTHEAD_WORDS = 4


def without_orphan_stamp(text: str, place: str | None, masthead: str | None) -> str | None:
    """The lead without the orphaned dash (and the place after it) or the masthead's stamp
    that opens it; None when it opens with neither."""
    m = _ORPHAN_DASH.match(text)
    if m is None and masthead and len(masthead.split()) <= _MAX_MASTHEAD_WORDS \
            and text.startswith(masthead + " "):
        m = _ORPHAN_DASH.match(text, len(masthead) + 1)  # "GenPI.co Jatim - Para ..."
    if m is None:
        return None
    rest = text[m.end():]
    if place and rest.startswith(place + ". "):
        rest = rest[len(place) + 2:]  # "– Manado. North ..."
    return rest if rest[:1].isupper() or rest[:1] in "\"“" else None


# Round 29. What the stamp's parse left at the head of the lead: the outlet's own name (after
# a rubric, or with its section after it) and its dash, "Kliktangsel - Persoalan ...",
# "NETIZEN.media-Pemerintah ...", "IntipSeleb Lokal – Aktor ..."; or the post's full date with
# a dash, "February 11, 2026 – The ...", "11 Februari 2026 - Warga ...". No sentence opens so.
_MONTHS = (r"(?:jan(?:uari|uary)?|feb(?:ruari|ruary)?|mar(?:et|ch)?|apr(?:il)?|mei|may"
           r"|jun[ei]?|jul[iy]?|agu(?:stus)?|aug(?:ust)?|sep(?:tember)?|okt(?:ober)?"
           r"|oct(?:ober)?|nov(?:ember)?|des(?:ember)?|dec(?:ember)?)\.?")
_DATE_STAMP = re.compile(rf"(?i:{_MONTHS}\s+\d{{1,2}},\s+\d{{4}}|\d{{1,2}}\s+{_MONTHS}\s+\d{{4}})"
                         r"\s*[-–—]{1,2}\s+(?=[A-Z\"“])")
# a site's address as the stamp, glued or spaced: "NETIZEN.media-Pemerintah ...",
# "kabarkita.com - Warga ..."
_DOMAIN_STAMP = re.compile(r"[A-Za-z][\w-]{2,30}\.(?:media|com|co\.id|id|net|news|online)"
                           r"\s*[-–—]{1,2}\s*(?=[A-Z\"“])")
_MIN_UNSTAMPED_WORDS = 6
# Round 30. A stamp of place and outlet split by a pipe, as a theme prints the two fields:
# "Samalanga, Aceh | detikNews – Pimpinan ...", "Aceh Utara, haba RAKYAT | Tradisi ...",
# "KALTENG || Journalistpolice.com – Sengketa ..." (what a place's parse left); no sentence
# opens with a pipe in its first words; nor with a short code in capitals and a dash, the
# outlet's initials the place's parse left ("KT - Sebanyak ...", "SR – Warga ...").
_PIPE_STAMP = re.compile(r"(?:(?:[^|.!?\"“”()]{2,60}?\s)?\|{1,2}\s+"
                         r"(?:[\w.]+(?:\s[\w.]+){0,2}\s*[-–—]{1,2}\s+)?"
                         r"|[A-Z]{2,5}\.?\s*[-–—]{1,2}\s+)(?=[A-Z\"“])")
_MAX_PIPE_WORDS = 6
# Round 30. The post's date, time and region glued before an English lead: "16 March 2026 ,
# 09:12 WIB, SOUTH SULAWESI – Cocoa ...", "March 3, 2026, 14:05 WITA, BALI - The ..."
_DATED_STAMP = re.compile(rf"(?i:{_MONTHS}\s+\d{{1,2}},\s+\d{{4}}|\d{{1,2}}\s+{_MONTHS}\s+\d{{4}})"
                          r"\s*,?\s*(?:\d{1,2}[:.]\d{2}\s*(?:WIB|WITA|WIT)?\s*,?\s*)?"
                          r"(?:[A-Z][A-Z.]+(?: [A-Z][A-Z.]+){0,3}\s*)?"
                          r"[-–—]{1,2}\s+(?=[A-Z\"“])")


def _pipe_stamp(lead: str) -> re.Match[str] | None:
    m = _PIPE_STAMP.match(lead)
    return m if m and len(m.group(0).split()) <= _MAX_PIPE_WORDS + 2 else None


# Round 30. A photo's alt text glued to the lead with no space ("Wisuda UNSARaut bahagia ...",
# "Banjir Rob JakartaWarga pesisir ...", "Panen Jagung KomboPetani ..."): a few capitalised
# words, and the lead's first word right against the last of them. Mixed-case names are no glue.
_ALT_GLUE = re.compile(r"(?P<alt>(?:[A-Z][\w-]*\s){1,4}[A-Z][\w-]*?(?:[A-Z]|[a-z]))"
                       r"(?P<rest>[A-Z][a-z]{2,}\s.*)")
_CAMEL_NAMES = frozenset({"whatsapp", "youtube", "tiktok", "iphone", "ipad", "playstation",
                          "linkedin", "paypal", "gopay", "gofood", "grabfood", "brimo",
                          "mcdonald", "facebook", "instagram", "detiknews", "detikcom",
                          "jakmania", "persib", "livoli", "bumdes", "pokdarwis"})


def _alt_glued(lead: str) -> int | None:
    m = _ALT_GLUE.match(lead)
    if m is None or len(m["rest"].split()) < _MIN_UNSTAMPED_WORDS:
        return None
    before, first = m["alt"].split()[-1], m["rest"].split()[0]
    # (a region's short form is camel-cased: "LomTim", "KalTeng", "SulSel")
    if (len(before) < 4 and not before.isupper()) or len(first.strip(",.")) < 4:
        return None
    return None if (before + first).casefold() in _CAMEL_NAMES else m.start("rest")


def without_site_stamp(paragraphs: list[str], site: str | None) -> list[str]:
    """`paragraphs` with the lead's leftover stamp (the outlet's name, or a date) cut off."""
    if not paragraphs:
        return paragraphs
    lead = paragraphs[0]
    m = _DATE_STAMP.match(lead) or _DOMAIN_STAMP.match(lead) or _DATED_STAMP.match(lead) \
        or _pipe_stamp(lead)
    if m is None and site and len(site) >= 4:
        m = re.match(rf"(?:[A-Z]{{3,}}\s*[-–—]\s*)?(?i:{re.escape(site)})(?:\s+[A-Z][a-z]+)?"
                     r"\s*[-–—]{1,2}\s*(?=[A-Z\"“])", lead)
    end = m.end() if m else _alt_glued(lead)
    if end is None or len(lead[end:].split()) < _MIN_UNSTAMPED_WORDS:
        return _without_site_tail(paragraphs, site)
    return _without_site_tail([lead[end:], *paragraphs[1:]], site)


# Round 34: the site's own name or address in brackets after the last paragraph's stop,
# "... pada Juni mendatang. (otorider.com)": the site signs the story off.
_SITE_TAIL = re.compile(r"(?<=[.!?\"”’])\s*\((?P<name>[^()]{3,40})\)\.?$")


def _squashed(name: str) -> str:
    return re.sub(r"[\W_]+", "", re.sub(r"(?i)(?:\.(?:com|co|id|net|org|or))+$", "", name.strip())
                  ).lower()


def _without_site_tail(paragraphs: list[str], site: str | None) -> list[str]:
    m = _SITE_TAIL.search(paragraphs[-1]) if paragraphs and site else None
    if m is None or len(_squashed(site or "")) < _MIN_SITE_CHARS \
            or _squashed(m["name"]) != _squashed(site or ""):
        return paragraphs
    return [*paragraphs[:-1], paragraphs[-1][:m.start()].rstrip()]


_MIN_SITE_CHARS = 4


# --- round 31: a window title over the post, the outlet's stamp's shape ----------------------

_TITLE_REACH = 3  # how far below the window title the post's own headline stands


def window_title(lines: list[Line], i: int, rest: str) -> bool:
    """Line `i`, read as an outlet's stamp "Name: rest", is the page's window title: the rest
    is no sentence and stands again, alone, a few lines below (the post's headline), as in
    "Kabar Desa: Panen Raya Dimulai" or "Java Daily: Farmers Complain of Low Prices"."""
    key = rest.strip()
    return not FINAL.search(key) and any(
        x.text.strip() == key for x in lines[i + 1:i + 1 + _TITLE_REACH])


_WINDOW_HEAD = re.compile(r"(?P<site>[A-Z][\w.'&-]*(?: [\w.'&-]+){0,3}): (?P<rest>\S.+)")


def window_outlet(lines: list[Line]) -> str | None:
    """The site a window title names, "Java Daily: Farmers Complain ...", when that name also
    stands alone on a line below it (the blog's name over its post) and the rest is the post's
    headline printed again (window_title)."""
    for i, ln in enumerate(lines):
        m = _WINDOW_HEAD.fullmatch(ln.text)
        if m and window_title(lines, i, m["rest"]) and any(
                x.text.strip() == m["site"] for x in lines[i + 1:i + 1 + _TITLE_REACH]):
            return m["site"]
    return None


def printed_again(lines: list[Line], i: int) -> bool:
    """Line `i` stands on the page more than once (a network's banner over each ad slot): a
    dateline on a line of its own is printed once, over its lead (moved from story.py)."""
    key = lines[i].text.rstrip(". ")
    return sum(ln.text.rstrip(". ") == key for ln in lines) > 1


# --- round 31: a sentence that lost its full stop, told by how prose writes its date -----------

# "... pada Kamis (12/2/2026)", "Senin (3/3)": a weekday over its bracketed date, the way a
# story's sentence dates an event; a headline or a chart's caption writes neither
_PROSE_DATE = re.compile(r"\b(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad)\s*"
                         r"\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)")
_MIN_LOWER_WORDS = 3  # "tersebut berlangsung pada": a sentence's lower-case words


def dated_sentence(text: str) -> bool:
    """A line with no full stop that is still a sentence of the story: it dates its event as
    prose does and runs lower-case words ("Kegiatan tersebut berlangsung pada Kamis (12/2/2026)",
    "Acara itu digelar di aula desa, Senin (3/3)")."""
    return bool(_PROSE_DATE.search(text)) \
        and sum(w[:1].islower() for w in text.split()) >= _MIN_LOWER_WORDS

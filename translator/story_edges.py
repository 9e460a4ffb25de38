"""Pure: where a story's edges are, for shapes story.py and clean.py would otherwise misread:
a header the page prints twice (its deck is no lead), an explainer's crosshead that reads as
a site's name, a blog listing's next post, a column's author box closing the story, a
newsletter's letter above the article, and crossheads that name no word of the story."""

from __future__ import annotations

import re

from .boilerplate import WIDGET_WORDS
from .caption_slot import caption_shaped, past_slot
from .datelines import is_place, match_dateline
from .dates import find_date
from .headline import cried_headline, headline_shaped
from .lines import FINAL, Line, is_prose, may_be_text, name_like

_SENTENCES = re.compile(r"[.!?][\"”’]?(?:\s|$)")


def header_twice(lines: list[Line]) -> set[int]:
    """The standfirst of a header the page prints twice (a cover block, then the article's
    own): the same line right under the same headline both times is the deck, never the lead
    (a teaser printing the lead above the headline stands under no copy of it)."""
    seen: dict[tuple[str, str], int] = {}
    out: set[int] = set()
    above = ""
    for i, ln in enumerate(lines):
        if ln.kind != "text":
            continue
        pair = (above, ln.text)
        if above and pair in seen:
            out |= {seen[pair], i}
        seen.setdefault(pair, i)
        above = ln.text
    return out


def crosshead_past_lead(lines: list[Line], first: int | None, i: int,
                        bare: tuple[str | None, str | None], min_lead_words: int) -> bool:
    """A title-cased line read as an outlet alone ("Pengertian Rilis Pers") below a lead of two
    full sentences: an explainer's crosshead; a site's name alone over the lead stands above it."""
    if first is None or i <= first:
        return False
    lead = lines[first].text
    if bare[0] is not None and bare[1] is None:
        # round 31: a shouted crosshead of words no place table knows ("PENGAWASAN DATA
        # PEMILIH", "HASIL TEMUAN LAPANGAN") under a finished lead: a press release's section
        return bare[0].isupper() and len(bare[0].split()) >= 2 and not is_place(bare[0]) \
            and len(lead.split()) >= min_lead_words and bool(FINAL.search(lead))
    if bare[0] is not None or "." in (bare[1] or ""):
        return False
    return len(lead.split()) >= min_lead_words and len(_SENTENCES.findall(lead)) >= 2


_MIN_POST_TITLE_WORDS = 4
# "METRO – Komisi II ...": a shouted place or rubric and a dash open a post's lead.
_SHOUTED_OPENER = re.compile(r"[A-Z][A-Z'’]{2,}(?: [A-Z][A-Z'’]+){0,2}\s*[-–—]{1,2}\s+[A-Z\"“‘]")


_EARLY_DASH = re.compile(r"[^\n]{0,80}?[-–—|]")


def _shouted_dateline(text: str) -> bool:
    """A line opening with a dateline that names an outlet or shouts its place or rubric."""
    if not _EARLY_DASH.match(text):
        return False  # every such dateline has its dash or bar near the line's start
    found = match_dateline(text)
    if found and (found[1] or (found[0] or "").isupper()) and may_be_text(found[2]):
        return True
    return bool(_SHOUTED_OPENER.match(text)) and may_be_text(text)


def next_post_head(lines: list[Line], start: int, opened: bool) -> int | None:
    """A blog listing's next post below a story that `opened` with a dateline naming its
    outlet or shouting its place: a headline (no final mark) over a lead that opens with a
    dateline of its own ("METRO – ..."); a crosshead inside one story is never followed by a
    second dateline."""
    if not opened:
        return None
    for i in range(start + 2, len(lines) - 1):
        head, lead = lines[i], lines[i + 1]
        if head.kind == "text" and lead.kind == "text" and not FINAL.search(head.text) \
                and len(head.text.split()) >= _MIN_POST_TITLE_WORDS \
                and headline_shaped(head.text) and _shouted_dateline(lead.text):
            return i
    return None


_MAX_ROLE_WORDS = 6  # "Peneliti Remotivi.", "Dosen Ilmu Komunikasi Universitas X."
_MAX_BOX_WORDS = 30
_MIN_BOX_NAME_WORDS = 2
_MAX_BOX_NAME_WORDS = 4
# "Rahmi Wulandari is a doctoral candidate ...": the writer's closing bio, in either language.
_IS_A = r"\s+(?:is an?|is the|adalah|merupakan|ialah)\s"


def _about_writer(about: str) -> bool:
    """A line of who the writer is: a role in a few words and a stop, then a sentence or two,
    no quotation ("Peneliti Remotivi. Menulis tentang iklan ...")."""
    role = _SENTENCES.split(about, maxsplit=1)[0]
    return len(role.split()) <= _MAX_ROLE_WORDS and len(about.split()) <= _MAX_BOX_WORDS \
        and len(_SENTENCES.findall(about)) >= 2 and not re.search(r"[\"“”]", about)


def without_author_box(paragraphs: list[str], author: str | None,
                       page: list[str] = ()) -> list[str]:
    """The story without the box about its writer that closes a column: the writer's name on
    a line (kept as a paragraph, or read as the byline: `page` holds every line), then a line
    of who they are (_about_writer); or a closing bio that opens with the byline's name and
    "is a"."""
    if author and len(author.split()) >= _MIN_BOX_NAME_WORDS:
        # Round 22: the byline's name printed again alone between paragraphs (a column's
        # author card beside the lead: "Oleh : Rina Astuti" / lead / "Rina Astuti"); no
        # paragraph is a bare name
        paragraphs = [p for p in paragraphs if p.strip().casefold() != author.casefold()]
    if len(paragraphs) >= 3:
        name, about = paragraphs[-2], paragraphs[-1]
        if name_like(name) and _MIN_BOX_NAME_WORDS <= len(name.split()) <= _MAX_BOX_NAME_WORDS \
                and _about_writer(about):
            return paragraphs[:-2]
    pairs = zip(page, page[1:], strict=False)
    if author and len(paragraphs) >= 2 and _about_writer(paragraphs[-1]) \
            and any(a == author and b == paragraphs[-1] for a, b in pairs):
        return paragraphs[:-1]  # the name, above, was read as the byline
    if author and len(paragraphs) >= 2 \
            and re.match(re.escape(author) + _IS_A, paragraphs[-1]) \
            and len(paragraphs[-1].split()) <= _MAX_BOX_WORDS:
        return paragraphs[:-1]
    return paragraphs


def restarted(lines: list[Line], start: int) -> int | None:
    """Where the article proper starts below a preamble that names it: a newsletter's letter
    listing this month's articles ('"Batik towns ...", By Name'), then the article's own
    headline, its byline and its lead (at or below `start`). None when no headline is so
    named."""
    for i in range(max(0, start - 2), len(lines) - 2):
        head, by, lead = lines[i], lines[i + 1], lines[i + 2]
        if head.kind == "text" and by.kind == "byline" and lead.kind == "text" \
                and not FINAL.search(head.text) and headline_shaped(head.text) \
                and len(head.text.split()) >= _MIN_POST_TITLE_WORDS and may_be_text(lead.text) \
                and any(head.text in ln.text and ln.text != head.text
                        for ln in lines[:i] if ln.kind == "text"):
            return i + 2
    return None


def crossheads_on_topic(paragraphs: list[str], heads: list[bool], cased: list[bool],
                         off: set[int]) -> bool:
    """Whether the story holds, besides the lines in `off`, a title-cased crosshead of its own:
    a lone headline-like line between two paragraphs of prose."""
    last = len(paragraphs) - 1
    return any((heads[k] or cased[k]) and k not in off and 0 < k < last
               and not (heads[k - 1] or cased[k - 1]) and not (heads[k + 1] or cased[k + 1])
               and is_prose(paragraphs[k - 1]) and is_prose(paragraphs[k + 1])
               for k in range(len(paragraphs)))


_LOWER_WORD = re.compile(r"[a-z]+(?:-[a-z]+)?")
_MIN_LONG_CROSSHEAD_WORDS = 4
_MAX_LONG_CROSSHEAD_WORDS = 10


def sentence_cased(words: list[str], skip: frozenset[str]) -> bool:
    """A short line in sentence case ("Follow-up visits"): a capitalised word, then lower-case
    words only, none of them a widget's word (`skip`: "Load more", "Baca juga")."""
    return len(words) >= 2 and words[0][:1].isupper() \
        and all(_LOWER_WORD.fullmatch(w) for w in words[1:]) \
        and not any(w.lower() in skip for w in words)


# "Bacaan Lainnya", "Video Terkait": a line ending so announces links, not a part of the story.
MORE_WORDS = frozenset({"lainnya", "terkait", "selengkapnya", "juga", "lain", "pilihan",
                        "terpopuler", "populer", "terbaru", "terkini", "more"})


def sentence_head(words: list[str]) -> bool:
    """A short line in sentence case that may head a section: no "more" word ("Berita
    terkait"), and widget words fewer than half ("Tiket masuk terjangkau", not "Kirim komentar")."""
    return sentence_cased(words, MORE_WORDS) \
        and 2 * sum(w.lower() in WIDGET_WORDS for w in words) < len(words)


def runs_crossheads(lines: list[Line]) -> bool:
    """Whether the story sets crossheads of four words or more between its paragraphs
    ("Support from the health center"): a short line in sentence case there is one too, while
    a story without any keeps its short lines out (labels, buttons; and fresh2's convention
    leaves two-word subheads out, "Payment options", where no longer one stands)."""
    texts = [ln.text for ln in lines if ln.kind == "text"]
    return any(_MIN_LONG_CROSSHEAD_WORDS <= len(t.split()) <= _MAX_LONG_CROSSHEAD_WORDS
               and t[:1].isupper() and not FINAL.search(t) and not re.search(r"[:|•]", t)
               and is_prose(texts[k - 1]) and is_prose(texts[k + 1])
               for k, t in enumerate(texts[1:-1], 1))


_MIN_INTRO_WORDS = 8
_OPEN_QUOTE = re.compile(r"[\"“‘]")
_LIST_ITEM = re.compile(r"(?:[•●▪■◆-]|\d{1,2}[.)])\s+\S")


def quote_intro(lines: list[Line], first: int) -> int:
    """Where a story starts whose lead introduces a quoted claim with a colon ("... mengunggah
    foto dengan narasi:" over “AIR SUDAH TERCEMAR!!!”, the quote shouted or a sentence), or a
    list: at the lead, not at the first full paragraph below the quote or at the list."""
    def intro(j: int) -> bool:
        text = lines[j].text if j >= 0 and lines[j].kind == "text" else ""
        return text.endswith(":") and len(text.split()) >= _MIN_INTRO_WORDS \
            and text[0].isupper() and not headline_shaped(text)

    def quote(j: int) -> bool:
        return lines[j].kind == "text" and bool(_OPEN_QUOTE.match(lines[j].text))

    if lines[first].kind == "text" and _LIST_ITEM.match(lines[first].text) and intro(first - 1):
        return first - 1  # "... tiga langkah berikut:" over its list's first item

    if quote(first) and intro(first - 1):
        return first - 1
    if first >= 2 and quote(first - 1) and intro(first - 2):
        return first - 2
    return first


_KEY_POINT = re.compile(r"[•●▪■◆–—]\s+\S")  # round 36: "– Jadi film ..." under the title
_MIN_KEY_POINTS = 2


def key_points(lines: list[Line]) -> set[int]:
    """A box of key points above the story with no header of its own (two or more bulleted
    sentences, "● Perpustakaan desa ... di rumah."), before any paragraph without a bullet:
    the article's summary, never its lead; a list inside the story follows its lead."""
    out: set[int] = set()
    above = ""
    for i, ln in enumerate(lines):
        if ln.kind != "text":
            continue
        if _KEY_POINT.match(ln.text):
            if above.endswith(":"):
                return set()  # "Berikut lima hal ...:": a list the story announces
            if FINAL.search(ln.text):
                out.add(i)
            continue
        if is_prose(ln.text):
            return out if len(out) >= _MIN_KEY_POINTS else set()
        above = ln.text
    return set()


_MAX_OVER_CREDIT_WORDS = 45
_MAX_LONE_CREDIT_WORDS = 6
_PAST_CREDIT_REACH = 3  # lines from the credit to the lead ("Updated at ..." between)


def past_caption(lines: list[Line], start: int) -> int:
    """Where the story starts when its first line is a photo's caption over the photo's credit
    alone on its line ("Police show phones seized ... in Medan." / "Antara Foto via Reuters"):
    at the first full paragraph below the credit; a caption over a block's label and an advert
    slot too (round 37, caption_slot.py); else at `start`."""
    if start + 1 >= len(lines) or lines[start].kind != "text":
        return start
    caption, credit = lines[start].text, lines[start + 1]
    if credit.kind != "caption-credit" or len(credit.text.split()) > _MAX_LONE_CREDIT_WORDS \
            or re.search(r"[.!?]\W*\S", credit.text) \
            or not caption_shaped(caption, _MAX_OVER_CREDIT_WORDS):
        return past_slot(lines, start)
    for j in range(start + 2, min(len(lines), start + 2 + _PAST_CREDIT_REACH)):
        if lines[j].kind == "text" and is_prose(lines[j].text):
            return j
    return past_slot(lines, start)  # round 37: over a block's label and an advert slot


_MAX_STOPPED_HEADLINE_WORDS = 20
_MAX_LOWER_WORDS = 1
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")


def closed_headline(text: str) -> bool:
    """A title-cased headline the prose test takes for a sentence: closed by "!" or "?"
    (headline.cried_headline), or by a full stop ("Sudin SDA Jakut Tambah Empat Pompa Mobile
    di Kelapa Gading."): one sentence of twenty words at most, its long words capitalised but
    one at most; a story's sentence is not so."""
    if cried_headline(text):
        return True
    if not text.endswith(".") or text.endswith("..") or ". " in text \
            or len(text.split()) > _MAX_STOPPED_HEADLINE_WORDS:
        return False
    long_words = _LONG_WORD.findall(text)
    lower = sum(not w[0].isupper() for w in long_words)
    # a lead full of names ("Satuan Lalu Lintas Polresta ... menggelar sosialisasi ...") still
    # writes its verbs and nouns in lower case; a headline capitalises them all
    return len(long_words) >= 3 and lower <= _MAX_LOWER_WORDS


_LOWER_NAME = re.compile(r"[a-z]+(?: [a-z]+){2,4}")
_MIN_PARAGRAPHS_ABOVE = 2


def lower_masthead(lines: list[Line], i: int, start: int) -> bool:
    """Line `i` below the story is the site's name in lower case alone ("the island of bali")
    over the footer's blurb (a full sentence next): no crosshead or sign-off is written so, and
    nothing below it is the story."""
    if not _LOWER_NAME.fullmatch(lines[i].text):
        return False
    above = sum(ln.kind == "text" and is_prose(ln.text) for ln in lines[start:i])
    # the blurb right below it: a photo's alt text in lower case stands over its credit
    # ("Foto: www.canva.com") and a paragraph after that (round 35)
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    return above >= _MIN_PARAGRAPHS_ABOVE and nxt is not None and nxt.kind == "text" \
        and is_prose(nxt.text)


# Round 23. A later page of a paginated article: its pager offers the page before ("«
# Sebelumnya", "Halaman sebelumnya", "‹ Prev") and no page after ("Selanjutnya »", "Next").
_PAGER_BACK = re.compile(r"(?i)[«‹<]?\s*(?:halaman\s+)?(?:sebelumnya|prev(?:ious)?(?: page)?)"
                         r"\s*[«‹<]?")
_PAGER_ON = re.compile(r"(?i)(?:.*\s)?(?:selanjutnya|berikutnya|next(?: page)?)\s*[»›>]?")
_MAX_RESUME_HEAD_WORDS = 12
# A newsletter's letter opening with a greeting and a line too short for a paragraph: "Hi
# there. It's Dewi again.", "Halo, Sobat Tekno. Apa kabar?", "Good morning. Rina here." (a
# site's banner greets alone: "Hai Kamu Warga Terbaik!").
_GREETING = re.compile(r"(?i:hi|hello|hey|halo|hai|dear|good (?:morning|afternoon|evening)"
                       r"|selamat (?:pagi|siang|sore|malam))\b[^.!?\n]{0,40}[.!?]"
                       r"\s[^\n]{2,80}[.!?]")


def resumed_page(lines: list[Line], found: tuple[int, str | None, str | None, str | None]
                 ) -> tuple[int, str | None, str | None, str | None]:
    """Where a letter or a later page of a paginated article starts (`found` from
    story.body_start): a newsletter's greeting over the first paragraph opens the letter; a
    page 2 resumes the story mid-way, so a crosshead right under the header's date or byline,
    over the first paragraph, is the story's ("Babak Kedua X vs Y", "Respons Bursa"), not a
    deck; a page 1 has a lead there. Unchanged where a dateline opens the story."""
    start, place, outlet, _rest = found
    if place or outlet or start < 2:
        return found
    if lines[start - 1].kind == "text" and _GREETING.fullmatch(lines[start - 1].text):
        return start - 1, None, None, None  # a newsletter's letter opens with its greeting
    head, above = lines[start - 1], lines[start - 2]
    pager = [ln.text for ln in lines[start:] if ln.kind in ("pagination", "widget")]
    if head.kind != "text" or above.kind not in ("date", "byline") \
            or not 0 < len(head.text.split()) <= _MAX_RESUME_HEAD_WORDS \
            or not head.text[:1].isupper() or FINAL.search(head.text) \
            or head.text.endswith((":", ",", ";")) \
            or not any(_PAGER_BACK.fullmatch(t) for t in pager) \
            or any(_PAGER_ON.fullmatch(t) for t in pager):
        return found
    return start - 1, None, None, None


_MAX_SHORT_HEAD_WORDS = 5


def short_between(paragraphs: list[str], k: int) -> bool:
    """A short line between two full paragraphs of the story, no widget's word in it ("Iklan
    Setelah Paragraf 5": an advert's slot)."""
    words = paragraphs[k].split()
    return 0 < k < len(paragraphs) - 1 and len(words) <= _MAX_SHORT_HEAD_WORDS \
        and not any(w.lower() in WIDGET_WORDS for w in words) \
        and is_prose(paragraphs[k - 1]) and is_prose(paragraphs[k + 1])


def full_date(text: str) -> bool:
    """Whether a line holds a date with its day, month and year."""
    found = find_date(text)
    return found is not None and len(found.iso) >= len("2026-01-01")


# Round 24. A photo's caption set between two paragraphs with no stop and no credit: "Wali
# Kota saat meninjau penimbangan sampah di Bank Sampah Melati, Kelurahan Oro-oro Dowo",
# "Bupati bersama Forkopimda usai menanam bibit mangrove di pesisir Desa Kuala": who is shown,
# then "saat"/"usai"/"bersama" and, in lower case, what they do (a headline capitalises
# it: "Jalan Ramai Saat Libur"). A paragraph ends in its stop, a speaker's
# words name their verb, and a gallery's item title stands over its photographer's credit.
_CAPTION_LINK = re.compile(r"\s(?:saat|ketika|sedang|tengah|usai|seusai|bersama|didampingi"
                           r"|sebelum|setelah|sesudah|selepas|menjelang)"  # round 35
                           r"\s[a-z]")
_SPEECH = re.compile(r"(?i)\b(?:mengatakan|kata(?:nya)?|ujar(?:nya)?|ucap(?:nya)?|jelas(?:nya)?"
                     r"|tutur(?:nya)?|menurut|menuturkan|menjelaskan|said|says)\b")
_CAPTION_WORDS = range(8, 41)


def stopless_caption(lines: list[Line], i: int) -> bool:
    """Line `i` is a caption without a stop between two full paragraphs (_CAPTION_LINK)."""
    text = lines[i].text
    if len(text.split()) not in _CAPTION_WORDS or text[-1] in ".!?:;\"”’)" \
            or text[0] in "\"“‘'(" or ". " in text or not _CAPTION_LINK.search(text) \
            or _SPEECH.search(text) or not 0 < i < len(lines) - 1:
        return False
    before, after = lines[i - 1], lines[i + 1]
    return all(ln.kind == "text" and is_prose(ln.text) for ln in (before, after))

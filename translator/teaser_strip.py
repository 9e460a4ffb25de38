"""Pure: the shapes a blog theme prints round the post itself (round 25).

- A strip of featured posts above the post: Blogspot and WordPress themes print a few featured
  or popular posts, each a headline over a one-paragraph teaser ("Jalan Tani Dusun Kidul Mulai
  Dicor" / "KS,- Warga ..."), and only then the post: its date line, its headline and its
  paragraphs. The first teaser reads as the story's lead; the strip ends at the date line over
  the post's headline, and the post runs longer than any teaser.
- A listing's next post between the story and the blog's pager ("Older Posts").
- A photo's caption over its credit in square brackets ("[DESK/Name]") between paragraphs.
- The post's excerpt (its lead and the next paragraph's opening, cut with "[…]") over the lead."""

from __future__ import annotations

import re

from .headline import content_words, title_cased
from .lines import FINAL, Line
from .shapes import headline_shaped, is_prose, is_sentence, reported_speech

_MIN_HEAD_WORDS = 3
_MIN_POST_PARAGRAPHS = 3  # the post below the strip: its lead and two paragraphs more
_MAX_TEASER_WORDS = 60  # a teaser is a paragraph's opening, not a whole article
_BLURB_AT = 1  # a blog's description stands right under its masthead, or tops the page


def _head(ln: Line) -> bool:
    return ln.kind == "text" and headline_shaped(ln.text) and not FINAL.search(ln.text) \
        and len(ln.text.split()) >= _MIN_HEAD_WORDS


def _teaser(ln: Line) -> bool:
    return ln.kind == "text" and is_prose(ln.text) and len(ln.text.split()) <= _MAX_TEASER_WORDS


def past_teasers(lines: list[Line], start: int) -> int | None:
    """The index of the post's headline when the story found at `start` is the first teaser
    of such a strip: from `start` on, teaser, headline, teaser ... (each teaser one paragraph
    under its headline), then a date line, a headline and three paragraphs or more. None when
    the page shows no such strip. A blog's description alone under its masthead (the page's
    first lines: "Situs X masih dalam tahap pembangunan ...", "Blog ini berisi catatan ...")
    over the date header and the post's title is such a strip of one."""
    i, teasers = start, 0
    while i < len(lines) and _teaser(lines[i]):
        teasers += 1
        i += 1
        if i < len(lines) and _head(lines[i]) and i + 1 < len(lines) and _teaser(lines[i + 1]):
            i += 1
            continue
        break
    if teasers < (1 if start <= _BLURB_AT else 2) or i + 1 >= len(lines) \
            or lines[i].kind != "date" or not _head(lines[i + 1]):
        return None
    below = 0
    for ln in lines[i + 2:]:
        if ln.kind != "text" or not is_prose(ln.text):
            break
        below += 1
    return i + 1 if below >= _MIN_POST_PARAGRAPHS else None


# An outlet's stamp opening each lead: a few words, then a dash (",-", " - ", " – ").
_STAMP = re.compile(r"[^\s,.-][^,]{1,38}?(?:,\s*-|\s[-–—]|,\s*[-–—])\s*(?=[A-Z\"“])")


def stamp_rest(lines: list[Line], lo: int, at: int) -> str | None:
    """The post's lead (line `at`) without the stamp that opens it, when the teasers above
    (from line `lo` back) open with the very same stamp ("KM. LENGGE WAWO,- ..."): the site's
    name, printed before every lead, no part of the story. None when no such stamp."""
    m = _STAMP.match(lines[at].text)
    if m is None:
        return None
    stamp = m.group(0).rstrip()
    same = sum(ln.kind == "text" and ln.text.startswith(stamp) for ln in lines[:lo])
    return lines[at].text[m.end():] if same >= 2 else None


# --- a listing's next post over the blog's pager -----------------------------------------------

_MAX_POST_TAIL = 2  # the next post's teaser: a paragraph or two over the pager
_MIN_STORY_PARAGRAPHS = 2
_MAX_SHARED = 1  # one common word ("warga", "kota") a crosshead of the story would pass


def post_over_pager(lines: list[Line], start: int) -> int | None:
    """The headline of a blog listing's next post, standing between the story and the blog's
    pager ("Older Posts", "Posting Lama"): a title-cased headline sharing one content word at
    most with the story above it, over a paragraph or two, right above the pager. None when none."""
    pager = next((i for i in range(start + 1, len(lines)) if lines[i].kind == "blog-pager"), None)
    if pager is None:
        return None
    h = pager - 1
    while h > start and pager - h <= _MAX_POST_TAIL and _teaser(lines[h]):
        h -= 1
    if h == pager - 1 or h <= start or lines[h].kind != "text":
        return None
    story = [ln.text for ln in lines[start:h] if ln.kind == "text" and is_prose(ln.text)]
    words = frozenset(w for t in story for w in content_words(t))
    shared = len(content_words(lines[h].text) & words)
    return h if len(story) >= _MIN_STORY_PARAGRAPHS and title_cased(lines[h].text) \
        and shared <= _MAX_SHARED else None


# --- a photo's caption over its bracketed credit ----------------------------------------------

# A photo's credit alone on its line, in square brackets: "[HIDUP/Bernadus Wijayanto]",
# "[ANTARA/Name]"; round ones, "(Sajidin/Dede)", "(RAS/UN)", sign the story off instead.
_LONE_CREDIT = re.compile(r"\[[A-Z][\w.&-]*(?: [\w.&-]+){0,2}\s*/\s*"
                          r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}\]")
_MAX_CAPTION_WORDS = 30
_QUOTE_MARKS = ("\"", "“", "”")


def over_credit(lines: list[Line], i: int) -> bool:
    """Line `i` is a photo's caption: one sentence of description, no speech, right above the
    photo's credit standing alone in brackets ("Relawan mengemas nasi bungkus di halaman
    gereja." / "[HIDUP/Name]"); a paragraph of the story carries no credit below it."""
    if i + 2 >= len(lines) or not _LONE_CREDIT.fullmatch(lines[i + 1].text) \
            or not is_prose(lines[i + 2].text):
        return False  # (the story goes on below the credit: a caption between paragraphs)
    text = lines[i].text
    return lines[i].kind == "text" and len(text.split()) <= _MAX_CAPTION_WORDS \
        and is_sentence(text) and ". " not in text and not any(q in text for q in _QUOTE_MARKS) \
        and not reported_speech(text)


# --- a post's excerpt printed over its lead ----------------------------------------------------

_MIN_EXCERPT_TAIL_WORDS = 3
_EXCERPT_MARK = re.compile(r"\s*(?:\[(?:…|\.{3})\]|…|\.{3})?\s*$")


def excerpt_over_lead(lines: list[Line], i: int) -> bool:
    """Line `i` is the post's excerpt (its meta description, shown over the post): the lead
    below it, then the opening of the paragraph after that, run together ("X – Lead. Hal itu
    ..." over "X – Lead." over "Hal itu ..."); the story says nothing twice."""
    if i + 2 >= len(lines) or any(ln.kind != "text" for ln in lines[i:i + 3]):
        return False
    a, b, c = (ln.text for ln in lines[i:i + 3])
    if not a.startswith(b + " "):
        return False
    # (cut with WordPress's "[…]" or "...", maybe inside a word: "dan K […]")
    words = _EXCERPT_MARK.sub("", a[len(b):]).split()[:-1]
    return len(words) >= _MIN_EXCERPT_TAIL_WORDS and c.startswith(" ".join(words) + " ")

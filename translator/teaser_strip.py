"""Pure: the shapes a blog theme prints round the post itself (round 25).

- A strip of featured posts above the post: Blogspot and WordPress themes print a few featured
  or popular posts, each a headline over a one-paragraph teaser ("Jalan Tani Dusun Kidul Mulai
  Dicor" / "KS,- Warga ..."), and only then the post: its date line, its headline and its
  paragraphs. The first teaser reads as the story's lead; the strip ends at the date line over
  the post's headline, and the post runs longer than any teaser.
- A listing's next post between the story and the blog's pager ("Older Posts").
- A photo's caption over its credit in square brackets ("[DESK/Name]") between paragraphs.
- The post's excerpt (its lead and the next paragraph's opening, cut with "[…]") over the lead.
- Round 27: a strip of other stories' short decks over the post's headline and stamped lead; a
  blog section's blurb over the post's head (headline, deck, byline, date).
- Round 30: an English photo caption of an unnamed person's act between paragraphs."""

from __future__ import annotations

import re

from .datelines import is_place, match_dateline
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
    """Where the post begins when the story found at `start` is the first of a strip above
    it: featured posts (_featured), short decks (_past_decks) or the blog's blurb
    (_past_blurb); None when the page shows no such strip."""
    return _featured(lines, start) or _past_decks(lines, start) or _past_blurb(lines, start)


def _featured(lines: list[Line], start: int) -> int | None:
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
_MIN_OWN_WORDS = 2  # the next post's headline and its lead: two content words in common
_RETOLD = 5
_LONG_HEAD = 7
_MAX_SHARED = 1  # one common word ("warga", "kota") a crosshead of the story would pass


def post_over_pager(lines: list[Line], start: int) -> int | None:
    """The headline of a blog listing's next post, standing between the story and the blog's
    pager ("Older Posts", "Posting Lama"): a title-cased headline sharing one content word at
    most with the story above it, over a paragraph or two, right above the pager. None when none."""
    pager = next((i for i in range(start + 1, len(lines))
                  if lines[i].kind in ("blog-pager", "pagination")), None)
    if pager is None:
        return None
    paged = lines[pager].kind == "pagination"
    while pager - 1 > start and _pager_label(lines[pager - 1]):
        pager -= 1  # the pager's own label over it: "Posts navigation", "Navigasi pos"
    h = pager - 1
    while h > start and pager - h <= _MAX_POST_TAIL and _teaser(lines[h]):
        h -= 1
    if h == pager - 1 or h <= start or lines[h].kind != "text":
        return None
    story = [ln.text for ln in lines[start:h] if ln.kind == "text" and is_prose(ln.text)]
    words = frozenset(w for t in story for w in content_words(t))
    shared = len(content_words(lines[h].text) & words)
    # Round 30: a plain pager ("Halaman Selanjutnya »") may also turn a long story's page, so
    # there the headline must name what its own lead below tells ("Jembatan Gantung di X
    # Putus" over "Jembatan gantung yang ..."), as a post's head does, and be the only one
    own = len(content_words(lines[h].text) & content_words(lines[h + 1].text))
    if paged and (own < _MIN_OWN_WORDS or lines[pager].text != lines[-1].text):
        return None
    # a long headline its own lead retells may share two common words ("desa", "warga") with
    # the story; a crosshead is short
    close = shared <= _MAX_SHARED or (shared <= _MAX_SHARED + 1 and own >= _RETOLD
                                      and len(lines[h].text.split()) >= _LONG_HEAD)
    return h if len(story) >= _MIN_STORY_PARAGRAPHS and title_cased(lines[h].text) \
        and close else None


_MAX_LABEL_WORDS = 2  # a headline runs longer


def _pager_label(ln: Line) -> bool:
    """A short label of no sentence right above the pager ("Posts navigation", "Navigasi
    pos"), as WordPress themes print it; no teaser's last line reads so."""
    return ln.kind in ("text", "widget") and len(ln.text.split()) <= _MAX_LABEL_WORDS \
        and not FINAL.search(ln.text)


# --- a photo's caption over its bracketed credit ----------------------------------------------

# A photo's credit alone on its line, in square brackets: "[HIDUP/Bernadus Wijayanto]",
# "[ANTARA/Name]"; round ones, "(Sajidin/Dede)", "(RAS/UN)", sign the story off instead.
# Round 38: a labelled one, the photographer over the agency, "Photograph: Name/Getty Images",
# "Foto: Name/Antara" (a share row glued before the caption, "Facebook Twitter Pinterest
# Village officials ...", leaves it one sentence).
_LONE_CREDIT = re.compile(r"\[[A-Z][\w.&-]*(?: [\w.&-]+){0,2}\s*/\s*"
                          r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}\]"
                          r"|(?:Photograph|Photo|Foto|Picture)\s?:\s?[A-Z][\w.'’-]*"
                          r"(?: [A-Z][\w.'’-]*){0,3}\s?/\s?[A-Z][\w.&'’-]*"
                          r"(?: [A-Z][\w.&'’-]*){0,3}")
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


# --- round 27: a strip of decks, or the blog's blurb, above the post's head --------------------

_MAX_DECK_WORDS = 19  # a deck is a sentence or two; a lead runs twenty words or more
_MIN_DECKS = 2
_MAX_DECKS = 8
_MIN_LEAD_WORDS = 20


def _deck(ln: Line) -> bool:
    return ln.kind == "text" and bool(FINAL.search(ln.text)) \
        and len(ln.text.split()) <= _MAX_DECK_WORDS


def _stamped_lead(lines: list[Line], i: int) -> bool:
    """Line `i` is a lead under an unmistakable dateline (an outlet named, or a known place),
    with two paragraphs more below it."""
    if i + 2 >= len(lines) or lines[i].kind != "text" \
            or len(lines[i].text.split()) < _MIN_LEAD_WORDS or not is_prose(lines[i].text):
        return False
    found = match_dateline(lines[i].text)
    return bool(found and (found[1] or is_place(found[0]))) \
        and sum(ln.kind == "text" and is_prose(ln.text) for ln in lines[i + 1:i + 4]) >= 2


def _past_decks(lines: list[Line], start: int) -> int | None:
    """The post's headline under a strip of other stories' decks: from `start` on, short
    lines of a sentence or two (a deck printed twice, "JADWAL seri kedua ... Berikut daftar
    lengkapnya." / "PERSIKAS Subang resmi ..."), then a headline over a lead that opens with
    an unmistakable dateline ("JuaraNews, Bandung - ", "KOMPAS.com - "). A story's first
    lines are its lead, twenty words or more; decks are a slider's or a sidebar's."""
    i = start
    while i < len(lines) and i - start < _MAX_DECKS and _deck(lines[i]):
        i += 1
    if i - start < _MIN_DECKS or i + 1 >= len(lines) or not _head(lines[i]) \
            or match_dateline(lines[start].text) is not None:
        return None
    return i if _stamped_lead(lines, i + 1) else None


_MAX_HEAD_REACH = 3  # the post's headline stands a rubric row or two below the blurb
_MAX_META_LINES = 4  # the deck, byline, date and an advert between the headline and the lead


def _past_blurb(lines: list[Line], start: int) -> int | None:
    """The post's lead when the paragraph at `start` is the blog's or section's blurb (The
    Diplomat's "ASEAN Beat" motto, a Blogspot description): below it a rubric row or two, the
    headline, its deck and a byline or date line, then the story of three paragraphs or more.
    A byline or date between a paragraph and the rest shows the paragraph above the post's
    head; none stands above the blurb (a page dates its story once)."""
    if start >= len(lines) or match_dateline(lines[start].text) is not None \
            or any(ln.kind in ("date", "byline") for ln in lines[:start]):
        return None
    head = next((h for h in range(start + 1, min(len(lines), start + 1 + _MAX_HEAD_REACH))
                 if _head(lines[h])), None)
    if head is None or any(is_prose(ln.text) for ln in lines[start + 1:head]):
        return None
    meta = [j for j in range(head + 1, min(len(lines), head + 1 + _MAX_META_LINES))
            if lines[j].kind in ("date", "byline")]
    if not meta:
        return None
    lead = next((j for j in range(meta[-1] + 1, len(lines)) if lines[j].kind == "text"), None)
    if lead is None or sum(ln.kind == "text" and is_prose(ln.text)
                           for ln in lines[lead:lead + _MIN_POST_PARAGRAPHS + 1]) \
            < _MIN_POST_PARAGRAPHS:
        return None
    return lead if is_prose(lines[lead].text) else None


# --- round 30: an English photo caption between paragraphs -------------------------------------

# A caption says what the picture shows, in the present tense, of someone unnamed: "A farmer
# checks a flooded rice plot ... in Gadabung village, Pulang Pisau Regency, Central
# Kalimantan.", "Workers unload sacks of rice at Soekarno-Hatta port, Makassar.", "A vendor
# arranges chillies at a market in Bima, West Nusa Tenggara." A story's sentence tells what
# happened (past tense, a reporting verb) and names who. The verbs are the ones captions use.
_SCENE_VERBS = (r"checks?|inspects?|carr(?:y|ies)|walks?|rides?|holds?|shows?|stands?|sits?"
                r"|waits?|prepares?|harvests?|plants?|unloads?|loads?|cleans?|wades?|cross(?:es)?"
                r"|sorts?|feeds?|tends?|pours?|arranges?|dries|dry|repairs?|pushes|push|pulls?"
                r"|looks?|watch(?:es)?|gathers?|queues?|spray(?:s)?|weighs?|picks?|paddles?")
_SCENE = re.compile(rf"(?:An?|Two|Three|Several|Some)\s+(?:[a-z-]+\s+){{0,2}}?[a-z-]+\s+"
                    rf"(?:{_SCENE_VERBS})\s[^\"“”]+,\s+(?:[A-Z][\w'’-]*\s*)+\.")
_MAX_SCENE_WORDS = 35


def scene_caption(text: str) -> bool:
    """A one-sentence English caption of an unnamed person's act, closed by a chain of place
    names after a comma."""
    return len(text.split()) <= _MAX_SCENE_WORDS and is_sentence(text) \
        and text.count(". ") == 0 and bool(_SCENE.fullmatch(text))

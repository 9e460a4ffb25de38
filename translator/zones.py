"""Pure: the zones of a classified page. The story's body is found first, as the densest run of
prose; the header zone above it (title, kicker, date, byline, caption) and the footer zone below
it (furniture) follow. Rules then act per zone: inside the body a line is dropped only on strong
evidence (a table row, or a shape no story line has: a Q&A block, a teaser of another article, a
"name/net" credit); in the header and footer zones its shape alone suffices.

The lines are story.py's classified `Line`s; `kind == "text"` means no table claimed the line."""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import shapes
from .ad_slot import slot_tagline
from .boilerplate import PLACES
from .boilerplate_lists import link_list, rosters_below
from .contents_box import box_lines
from .headline import LEAD_LINES, alt_with_name, credit_tailed, echoes_lead, lead_of, shares_lead
from .lines import FINAL, Line
from .own_pitch import pitch_lines
from .story import match_dateline, under_credit
from .story_edges import closed_headline
from .teaser_strip import over_credit, scene_caption
from .templates import line_key

# Weights of the densest-run search (a maximum-sum run, as Kadane's): a paragraph counts by its
# length less a fixed charge, so one lone sentence does not outweigh the header between it and
# the story; a headline-shaped line costs as much as a short paragraph gains.
_PARAGRAPH_CHARGE = 0.5
_SHORT_SENTENCE = 0.1
_LIST_ITEM = 0.1
_HEADLINE = -1.0
_FRAGMENT = -0.5
_SECTION = -1.0  # "Berita Terkait", "Baca juga", "FAQ": a block of something else begins
_FURNITURE = -0.1  # a line a table names: an advert or a share bar between two paragraphs
_SECTION_KINDS = {"end", "related", "qa"}
_MAX_LIST_ITEM_WORDS = 25
_MAX_UNDER_HEADLINE = 2  # a teaser's lead, its headline's line and one count or date between
_MAX_TEASER_WORDS = 60  # a teaser lead is a paragraph's opening, not a whole article
_QA_SHORT_ANSWER = 25  # auto-generated answers are a sentence or two
_QA_MIN_QUESTIONS_MIDWAY = 3  # fewer, with answers, may be an explainer's crossheads
_MAX_BOX_TITLE_WORDS = 4  # a sign-up box's title: "Every Monday", "Prospects"
_DUPLICATE_WINDOW = 3  # an image's alt text for two screen sizes stands twice, close by
# Kinds of rows whose patterns may match inside a sentence (".*klik di sini.*"), and a quotation
# of two words or more.
_QUOTABLE_KINDS = {"newsletter", "app-promo", "video", "advert", "teaser", "comments"}
_QUOTED = re.compile(r"[\"“„«][^\"“”„«»]*\s[^\"“”„«»]*[\"”»]")


@dataclass(frozen=True)
class Zones:
    """Where the body run lies, and which lines each zone drops."""

    start: int  # first line of the body (the story's first paragraph)
    end: int  # one past the body run's last line: the footer zone begins here
    drop: frozenset[int]  # lines of the body or footer zone that are not the story
    header: tuple[Line, ...]  # the header zone, without lines that can be no headline
    flagged: int = 0  # body lines that recur on other pages of the outlet (kept)


def body_run(lines: list[Line], templates: frozenset[str] | None = None
             ) -> tuple[int, int] | None:
    """[start, end) of the densest run of prose, or None when the page has no prose at all.
    Lines the outlet prints on every page (`templates`) count as furniture."""
    best, best_span = 0.0, None
    total, begin = 0.0, 0
    listing = False
    for i, ln in enumerate(lines):
        w = _FURNITURE if templates and line_key(ln.text) in templates else _weight(ln, listing)
        listing = ln.kind == "text" and (ln.text.endswith(":") or (listing and w > 0))
        if total <= 0:
            total, begin = 0.0, i
        total += w
        if total > best:
            best, best_span = total, (begin, i + 1)
    return best_span


def _weight(ln: Line, listing: bool) -> float:
    """What one line adds to (or takes from) the run it stands in."""
    if ln.kind in _SECTION_KINDS or ln.kind == "tags":
        # "Tag: X, Y" closes the story's run: what recurs below it is the footer's
        return _SECTION
    if ln.kind != "text":
        return _FURNITURE
    text = shapes.bare(ln.text)
    if shapes.is_prose(text):
        return shapes.prose_weight(text) - _PARAGRAPH_CHARGE
    if listing and len(text.split()) <= _MAX_LIST_ITEM_WORDS:
        return _LIST_ITEM  # an item of a list the story announces ("... berikut:")
    if shapes.ends_sentence(text) or (text.endswith(":") and len(text.split()) >= 4):
        return _SHORT_SENTENCE  # a short sentence, or one that announces a list
    return _HEADLINE if shapes.headline_shaped(text) else _FRAGMENT


def prefers_run(lines: list[Line], first: int, run_start: int, stamped: bool = False) -> bool:
    """Whether the body starts at the run rather than at an earlier lone paragraph: only when a
    headline-shaped line that no "Baca juga" header introduces (the title) and, below it, a
    date or byline stand between, or (round 29) the title alone when the run opens with a
    dateline and the lone paragraph has none (a submissions plea in the sidebar, "We welcome
    article submissions ...", over "COALspot.com - The Ministry ...")."""
    titled = dated = False
    for i in range(first + 1, run_start):
        ln = lines[i]
        titled = titled or (ln.kind == "text" and shapes.headline_shaped(ln.text)
                            and len(ln.text.split()) >= 3
                            and lines[i - 1].kind not in _SECTION_KINDS)
        dated = dated or (titled and ln.kind in ("date", "byline")
                          and not _RELEASE_ROW.match(ln.text))
    return dated or (titled and stamped)


# (Round 36) a review's spec box dates the film or game, not the page ("Tanggal Rilis: 9 April
# 2026", "Release date: ...", "Jadwal Tayang: ..."): no date of publication
_RELEASE_ROW = re.compile(r"(?i)(?:tanggal |jadwal |mulai )?(?:rilis|tayang|perilisan|pemutaran|"
                          r"release(?: date)?|released|premiere|premiere date|launch date)\s*:")


def zones(lines: list[Line], start: int, run: tuple[int, int] | None,
          templates: frozenset[str] | None = None,
          own: tuple[str | None, str | None] = (None, None)) -> Zones:
    """The zones of the page, given where the body starts, and what each of them drops; `own`
    is the story's dateline (place, outlet), which the outlet's teasers of its other articles
    repeat."""
    end = max(run[1], start + 1) if run and run[1] > start else len(lines)
    keys = [line_key(ln.text) for ln in lines] if templates else []
    drop: set[int] = set()
    flagged = 0
    for i in range(start, len(lines)):
        if templates and keys[i] in templates and lines[i].kind == "text":
            if i >= end:
                drop.add(i)
            elif i > start:
                flagged += 1  # inside the body: the outlet may well repeat a line; say so
    texts = {i: shapes.bare(lines[i].text) for i in range(start, len(lines))
             if lines[i].kind == "text"}
    raw = {i: lines[i].text for i in texts}
    mine = {x.lower() for x in own if x}
    credits = _bracket_credits(lines)
    drop |= _body_drops(lines, texts, start, end, mine, credits)
    drop |= _footer_drops(lines, texts, raw, end, mine, credits)
    drop |= _teaser_heads(lines, texts, start, drop, mine)
    drop |= _next_posts(lines, start) | link_list(lines, start) | box_lines(lines, start) \
        | pitch_lines(lines, start)  # round 37: the site's own closing pitch
    lead = lead_of([ln.text for ln in lines[start:start + LEAD_LINES] if ln.kind == "text"])
    header = tuple(ln for i, ln in enumerate(lines[:start])
                   if not (ln.kind == "text" and (_header_junk(lines, i, lead)
                                                 or (templates and keys[i] in templates))))
    return Zones(start, end, frozenset(drop), header, flagged)


def _next_posts(lines: list[Line], start: int) -> set[int]:
    """A blog's front page or listing: below the story, a date line over a headline over
    prose opens the next post; from there on nothing is the story's."""
    for i in range(start + 1, len(lines) - 2):
        if lines[i].kind == "date" and lines[i + 1].kind == "text" \
                and shapes.headline_shaped(lines[i + 1].text) \
                and lines[i + 2].kind == "text" and shapes.is_prose(lines[i + 2].text):
            return {j for j in range(i, len(lines)) if lines[j].kind == "text"}
    return set()


# --- the body: strong evidence only -----------------------------------------------------------

def _body_drops(lines: list[Line], texts: dict[int, str], start: int, end: int,
                own: set[str], credits: set[str]) -> set[int]:
    """Lines inside the body that a shape shows to be no part of the story; `credits` are the
    page's bracketed credits (_bracket_credits)."""
    drop: set[int] = set()
    order = [i for i in sorted(texts) if i < end]
    pos = {i: k for k, i in enumerate(order)}
    for i in order:
        text = texts[i]
        if text in credits and not FINAL.search(text):
            drop.add(i)  # "Humas Kota Bandung" alone, the credit a caption gives in brackets
        elif shapes.net_credit(text) or shapes.name_credit(text) or shapes.alt_text(text) \
                or shapes.slash_credit(text) or (i > start and scene_caption(text)) \
                or shapes.icon_text(text) or shapes.share_bar(text) or shapes.reader_prompt(text) \
                or shapes.lowercase_label(lines[i].text) \
                or (i > start and i == order[-1] and shapes.tag_blurb(lines[i - 1].text, text)) \
                or (i > start and shapes.pictured_caption(text, lines[i - 1].text)) \
                or (i > start and (_cut_over_full(lines, i) or over_credit(lines, i)
                                   or slot_tagline(lines, i))) \
                or (i > start and (under_credit(lines, i, text) or _promo_pitch(lines, i)
                                   or shapes.excerpt_cut(lines[i].text))):
            drop.add(i)
        elif i > start and len(text.split()) <= _MAX_TEASER_WORDS:
            cut, lead = shapes.is_teaser_cut(text), _other_lead(text, own)
            k = pos[i]
            above = _headline_over(lines, texts, order, k, start)
            below = order[k + 1] if k + 1 < len(order) else None
            headed = above is not None
            listed = below is not None and (shapes.headline_shaped(texts[below])
                                            or shapes.is_teaser_cut(texts[below]))
            # Another article's lead (its dateline, or cut off with "..."), under its headline
            # or among other links: a link list's teaser. A second dateline alone may open a
            # round-up's next part, so it needs the headline too.
            if (lead or cut) and (headed or (cut and (lead or listed))):
                drop.add(i)
                if headed:
                    drop.add(above)
    drop |= _qa_drops([texts[i] for i in order], order, strict=True, tail_from=_tail(
        order, texts, drop))
    return drop


def _headline_over(lines: list[Line], texts: dict[int, str], order: list[int], k: int,
                   start: int) -> int | None:
    """The index of the headline right above the text line `order[k]` (or above its comment
    count "0" or its date), below the story's start; round 37: a headline the site closes with
    a stop counts ("Peringati HPSN, Dinas ... Sungai."). None when there is none."""
    i, above = order[k], order[k - 1] if k else None
    if above is None or above <= start or i - above > _MAX_UNDER_HEADLINE \
            or any(lines[j].kind == "text" for j in range(above + 1, i)):
        return None
    return above if shapes.headline_shaped(texts[above]) or closed_headline(texts[above]) \
        else None


def _teaser_heads(lines: list[Line], texts: dict[int, str], start: int, drop: set[int],
                  own: set[str]) -> set[int]:
    """(Round 37) The headlines over the teasers dropped in either zone, another article's
    lead cut off with "..." under its own headline: the headline is the link's, even when it
    closes the body's run ("Peringati HPSN, ... Sungai." / "Bangkinang – ... aksi bersih ...")."""
    order = sorted(texts)
    return {above for k, i in enumerate(order) if i in drop and i > start
            and shapes.is_teaser_cut(texts[i]) and _other_lead(texts[i], own)
            and (above := _headline_over(lines, texts, order, k, start)) is not None}


_WORDS = re.compile(r"\w+")


def _cut_over_full(lines: list[Line], i: int) -> bool:
    """A caption's short form, cut with "...", over its full form on the next line ("Residents
    wade through ... Wednesday, Feb 11..." / "Residents wade through ... Feb. 11, 2026. ...
    (AP Photo)"): a gallery's thumbnail text over the caption; a story says nothing twice."""
    text = lines[i].text
    if i + 1 >= len(lines) or not shapes.is_teaser_cut(text):
        return False
    head, full = _WORDS.findall(text.lower()), _WORDS.findall(lines[i + 1].text.lower())
    # the cut may fall inside a word ("... schools af...")
    return len(full) > len(head) and full[:len(head) - 1] == head[:-1] \
        and full[len(head) - 1].startswith(head[-1])


# A caption's credit in brackets at its end: "... di Terminal Leuwipanjang (Humas Kota Bandung)."
_BRACKET_CREDIT = re.compile(r"\(([A-Z][^()]{2,40})\)\.?$")
_MAX_CREDIT_WORDS = 5


def _bracket_credits(lines: list[Line]) -> set[str]:
    """The credits the page's lines give in brackets at their ends (a caption's source), of a
    credit's length: such a name printed alone between paragraphs is the credit again."""
    found = (_BRACKET_CREDIT.search(ln.text) for ln in lines)
    return {m.group(1) for m in found if m and len(m.group(1).split()) <= _MAX_CREDIT_WORDS}


def _promo_pitch(lines: list[Line], i: int) -> bool:
    """A sign-up box's pitch: a sentence between the box's short title ("Every Monday") and
    its button ("Sign Up", "Berlangganan"), no line of the story."""
    if not 0 < i < len(lines) - 1:
        return False
    above, below = lines[i - 1], lines[i + 1]
    return below.kind == "newsletter" and above.kind == "text" \
        and len(above.text.split()) <= _MAX_BOX_TITLE_WORDS and not shapes.is_sentence(above.text)


def _other_lead(text: str, own: set[str]) -> bool:
    """A line that opens with an unmistakable dateline (an outlet named, a known place, or the
    story's own dateline again): past the story's first paragraph, another article's start."""
    found = match_dateline(text)
    if not found:
        return False
    place, outlet = (found[0] or "").lower(), (found[1] or "").lower()
    return bool(outlet or place in PLACES or place in own)


def rescue(lines: list[Line]) -> list[Line]:
    """Lines a plea or promo row claimed that are the story's sentences quoting one ("Iklan itu
    berbunyi, “Klik di sini untuk hadiah”, kata polisi."): a paragraph with a quotation."""
    return [Line(ln.text, "text") if (ln.kind in _QUOTABLE_KINDS and shapes.is_prose(ln.text)
                                      and _QUOTED.search(ln.text)) or _closes_sentence(lines, i)
            else ln for i, ln in enumerate(lines)]


_OPEN_SENTENCE_WORDS = 8  # a paragraph's words before the comma; a byline's "Oleh X," is short


def _closes_sentence(lines: list[Line], i: int) -> bool:
    """A date line that ends, with its full stop, the sentence the paragraph above left open
    at a comma ("... dalam rapat paripurna," / "Sabtu (28/02/2026) kemarin."): the story's."""
    ln = lines[i]
    return ln.kind == "date" and i > 0 and ln.text.endswith(".") \
        and lines[i - 1].kind == "text" and lines[i - 1].text.endswith(",") \
        and len(lines[i - 1].text.split()) >= _OPEN_SENTENCE_WORDS


def _tail(order: list[int], texts: dict[int, str], drop: set[int]) -> int:
    """Position (in `order`) after the body's last full paragraph that is not a question."""
    for k in range(len(order) - 1, -1, -1):
        i = order[k]
        if i not in drop and shapes.is_prose(texts[i]) and not shapes.is_question(texts[i]):
            return k + 1
    return 0


def _qa_drops(texts: list[str], order: list[int], *, strict: bool, tail_from: int) -> set[int]:
    """Question-and-answer blocks: two or more question lines, with or without short answers.
    In the body (strict) a block with answers must close the body or have three questions with
    short answers: fewer could be an explainer's crossheads."""
    out: set[int] = set()
    for a, b, questions in shapes.qa_blocks(texts):
        bare = all(shapes.is_question(t) for t in texts[a:b])
        closing = b >= tail_from and all(
            not shapes.is_prose(t) or shapes.is_question(t) for t in texts[b:])
        short = shapes.answers_short(texts, a, b, _QA_SHORT_ANSWER)
        closing = closing and short
        midway = questions >= _QA_MIN_QUESTIONS_MIDWAY and short
        if not strict or bare or closing or midway:
            out.update(order[a:b])
    return out


_LEAD_PREFIX = 80
# --- the footer and the header: shape suffices ------------------------------------------------

def _footer_drops(lines: list[Line], texts: dict[int, str], raw: dict[int, str], end: int,
                  own: set[str], credits: set[str]) -> set[int]:
    """Lines below the body run: everything but full paragraphs (and a crosshead over one)."""
    listed = rosters_below(lines, end)  # a match's line-ups closing the story
    order = [i for i in sorted(texts) if i >= end and i not in listed]
    out = _qa_drops([texts[i] for i in order], order, strict=False, tail_from=0)
    for k, i in enumerate(order):
        text = texts[i]
        nxt = order[k + 1] if k + 1 < len(order) else None
        if text in credits:
            out.add(i)  # a caption's bracketed credit printed alone: no crosshead
            continue
        if shapes.is_prose(text) and not (shapes.is_question(text) or _other_lead(text, own)
                                          or shapes.tag_blurb(lines[i - 1].text, text)
                                          or shapes.agency_caption(raw[i])
                                          or under_credit(lines, i, text)
                                          or shapes.excerpt_cut(raw[i])
                                          or _promo_pitch(lines, i)
                                          or (i + 1 < len(lines)  # a link over its teaser
                                              and shapes.is_teaser_cut(lines[i + 1].text))):
            continue
        if shapes.headline_shaped(text) and nxt is not None and nxt == i + 1 \
                and shapes.is_prose(texts[nxt]) and not _other_lead(texts[nxt], own) \
                and not shapes.is_teaser_cut(texts[nxt]):
            continue  # a crosshead over a paragraph the run left out
        out.add(i)
    return out


def _opens_lead(line: str, lead: str | None) -> bool:
    """The line is the story's lead (its opening printed the same)."""
    return bool(lead) and (lead or "")[:_LEAD_PREFIX] == line[:_LEAD_PREFIX]


def _header_junk(lines: list[Line], i: int, lead: str | None = None) -> bool:
    """A header line that can be no headline: alt or logo text, a credit, a caption, an image's
    alt text printed twice (for two screen sizes) above the real headline."""
    text = lines[i].text
    if shapes.alt_text(text) or shapes.net_credit(text) or shapes.name_credit(text) \
            or shapes.icon_text(text) or shapes.share_bar(text) \
            or shapes.agency_caption(text) or shapes.is_teaser_cut(text) \
            or shapes.lowercase_label(text):
        return True
    if i + 1 < len(lines) and shapes.is_teaser_cut(lines[i + 1].text) \
            and not echoes_lead(text, lead):
        return True  # a link's headline over its teaser lead: another article's
    below = lines[i + 1].text if i + 1 < len(lines) else ""
    if len(below) > len(text) and below.startswith(text + " ") and shapes.headline_shaped(text) \
            and not alt_with_name(below, [text]) and not _opens_lead(below, lead):
        # a related item's headline over a teaser that opens by repeating it; not over the
        # image's alt text that repeats it with a name appended, nor over the story's own lead
        # that opens with it (round 33: "Headline – Klaten, the regency ...")
        return True
    twins = [j for j in range(max(0, i - _DUPLICATE_WINDOW), min(len(lines), i + 1 +
                                                                   _DUPLICATE_WINDOW))
             if j != i and lines[j].text == text]
    if not twins or echoes_lead(text, lead):
        return False  # a headline printed again (tab title, share card) is still the headline
    # The headline itself may stand twice (breadcrumb and page title): only a pair that another
    # headline-shaped line follows is alt text, and only when that line names what the lead
    # tells ("Sebarkan artikel ini" under a headline twice is a share prompt, not a headline).
    last = max(twins + [i])
    return any(ln.kind == "text" and ln.text != text and shapes.headline_shaped(ln.text)
               and len(ln.text.split()) >= 3 and shares_lead(ln.text, lead)
               and not credit_tailed(ln.text)  # a photo's caption under the headline twice
               for ln in lines[last + 1:last + 4])

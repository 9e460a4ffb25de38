"""Pure: where a listing page's next item begins below the story, told by the story's own
dateline on a line of its own ("GUGAT news.com, SUKOHARJO") printed again. A story prints its
dateline once; a second one opens another story, whose headline and caption stand right
above it. (A stamp before the lead printed again, "DBN Cilegon – ...", the dateline rules
already read.)"""

from __future__ import annotations

import re

from .lines import FINAL, Line, is_prose
from .shapes import headline_shaped, without_initials

# A dateline alone on a line: a few words (the outlet), a comma and the place in capitals.
_DATELINE_LINE = re.compile(r"[A-Z][\w.&'’-]*(?: [\w.&'’-]+){0,3}, ?[A-Z][A-Z .'’-]{1,30}")
_LEAD_REACH = 3  # the lead's opener stands within the story's first text lines
_ABOVE_LEAD = 2  # or on a line of its own a line or two above the lead
_MAX_ITEM_HEAD = 3  # the next item's headline, comment count and caption above its opener
_MAX_HEAD_WORDS = 30  # a caption runs a sentence or two; a paragraph cut short runs longer
_QUOTES = ("\"", "“", "'", "‘")


def _opener(text: str) -> str | None:
    """The line's dateline standing alone, case-folded; None for any other line."""
    return text.casefold() if _DATELINE_LINE.fullmatch(text) else None


def next_item(lines: list[Line], start: int) -> int | None:
    """The index of the first line of the next item below the story starting at `start`
    (its headline), when the story's opener is printed again; None when it is not."""
    # the dateline may stand on its own line right above the lead
    texts = [i for i in range(max(0, start - _ABOVE_LEAD), len(lines)) if lines[i].kind == "text"]
    first_at = next(((o, i) for i in texts[:_LEAD_REACH + _ABOVE_LEAD]
                     if (o := _opener(lines[i].text))), None)
    if first_at is None:
        return None
    opener, origin = first_at
    seen = False  # a paragraph of the story stands between the two openers
    for i in (i for i in texts if i > origin):
        if _opener(lines[i].text) != opener:
            seen = seen or _prose(lines[i].text)
            continue
        if not seen:
            continue  # the story's own dateline line, over its lead
        head = i
        while head - 1 > origin and i - head < _MAX_ITEM_HEAD and _head(lines[head - 1].text):
            head -= 1
        return head
    return None


def _prose(text: str) -> bool:
    """A paragraph, its closing initials aside ("... pungkasnya. (GM)")."""
    return is_prose(without_initials(text))


def _head(text: str) -> bool:
    """A line of the next item's head: its headline, comment count or photo caption, never a
    paragraph nor a quote."""
    return not _prose(text) and len(text.split()) <= _MAX_HEAD_WORDS \
        and not text.startswith(_QUOTES)


# --- round 20: a listing's next post told by the story's head or opener printed again ---------

_MAX_TITLE_WORDS = 16
_MIN_OPENER_CHARS = 6  # "Solo, ": a place and its mark at the least
_LETTERS = re.compile(r"[^\W\d_]+")
_DIGITS = re.compile(r"\d+")
_MARKS = re.compile(r"[\w\s]+")
_MIN_MARKS = 2
_MAX_FRAME_WORDS = 8


def _form(text: str) -> str:
    """A date line's form, its words and numbers blanked: "Tuesday 10 February 2026" and
    "Thursday 5 February 2026" share one ("a 0 a 0"), as do "February 14, 2026 Add Comment"
    and "February 13, 2026 Add Comment"."""
    return _DIGITS.sub("0", _LETTERS.sub("a", text))


def _title_line(text: str) -> bool:
    """A headline as a blog prints it: a few words, one sentence at most (its stop kept), in
    no quote marks."""
    bare = text[:-1] if text.endswith(".") else text
    return 0 < len(text.split()) <= _MAX_TITLE_WORDS and ". " not in text \
        and headline_shaped(bare)


def _frame(ln: Line) -> str | None:
    """The form of a line framing a post's headline: a date line's (_form), or the marks of a
    short line of sources ("Kompas (; Tempo (" and "CNN Indonesia (; Detik (" share "(;(");
    None for any other line."""
    if ln.kind == "date":
        return "date " + _form(ln.text)
    marks = _MARKS.sub("", ln.text)
    if ln.kind == "text" and len(marks) >= _MIN_MARKS and len(ln.text.split()) <= _MAX_FRAME_WORDS \
            and not _prose(ln.text):
        return "marks " + marks
    return None


def next_framed(lines: list[Line], start: int) -> int | None:
    """The first line of a listing's next post: the story's headline and the line framing it
    (a date, a row of sources), in the order they stand over its lead ("Tuesday 10 February
    2026" / headline, or headline / "February 14, 2026 Add Comment"), printed again in the
    same form over another lead."""
    if start < 2:
        return None
    pair = (lines[start - 2], lines[start - 1])
    framed = [k for k, ln in enumerate(pair) if _frame(ln)]
    if len(framed) != 1 or not _title_line(pair[1 - framed[0]].text):
        return None
    at = framed[0]
    form = _frame(pair[at])
    seen = False  # a paragraph of the story stands above the next post's head
    for i in range(start + 1, len(lines) - 2):
        seen = seen or _prose(lines[i].text)
        head = (lines[i], lines[i + 1])
        if seen and _frame(head[at]) == form \
                and head[1 - at].kind == "text" and _title_line(head[1 - at].text) \
                and lines[i + 2].kind == "text" and _prose(lines[i + 2].text):
            return i
    return None


def next_opened(lines: list[Line], start: int, rest: str | None) -> int | None:
    """A blog's next post with no title of its own: a later line that opens with the story's
    dateline as written ("radiovisfm.com, Banyuwangi - "), after a paragraph of the story; a
    story prints its dateline once. `rest` is the lead without its dateline."""
    lead = lines[start].text if start < len(lines) else ""
    if not rest or not lead.endswith(rest) or len(lead) == len(rest):
        return None
    opener = _DIGITS.sub("0", lead[:len(lead) - len(rest)].casefold())
    if len(opener.strip()) < _MIN_OPENER_CHARS:
        return None
    seen = False
    for i in range(start + 1, len(lines)):
        text = lines[i].text
        # the same dateline with another day's date ("Babe News - Bekasi, 22/02/2026. ")
        if seen and lines[i].kind == "text" and len(text) > len(opener) \
                and _DIGITS.sub("0", text.casefold()).startswith(opener):
            return i
        seen = seen or _prose(text)
    return None


# --- round 21: a listing whose every post prints its head twice, or frames it with a caption ---

_BULLET = re.compile(r"^[•·▪●◦*-]\s*")


def _twice(lines: list[Line], i: int) -> bool:
    """Line `i`, a headline (a bullet before it or not), printed again as the next line: a
    listing's link to a post over the post's own title."""
    if i + 1 >= len(lines) or lines[i].kind != "text" or lines[i + 1].kind != "text":
        return False
    head = _BULLET.sub("", lines[i].text)
    return head != lines[i].text and head == lines[i + 1].text and _title_line(head)


def next_doubled(lines: list[Line], start: int) -> int | None:
    """The first line of a listing's next post when the story's own head stands twice over
    its lead ("• Headline" / "Headline" / lead): the same pair again below a paragraph of the
    story; a story prints its headline once."""
    if start < 2 or not _twice(lines, start - 2):
        return None
    seen = False
    for i in range(start + 1, len(lines) - 1):
        if seen and _twice(lines, i):
            return i
        seen = seen or _prose(lines[i].text)
    return None


def next_captioned(lines: list[Line], start: int) -> int | None:
    """A blog listing's next post framed as the story is: a date line, the headline and a
    short caption line over the lead ("Jumat, 20 Februari 2026" / headline / "Gabah petani"
    / lead), printed again with another date over another post."""
    if start >= 3 and _credited(lines, start - 3):
        return _next_credited(lines, start)
    if start < 3 or not (lines[start - 3].kind == "date" and lines[start - 2].kind == "text"
                         and _title_line(lines[start - 2].text) and _caption(lines[start - 1])):
        return None
    form = _frame(lines[start - 3])
    seen = False
    for i in range(start + 1, len(lines) - 3):
        seen = seen or _prose(lines[i].text)
        if seen and _frame(lines[i]) == form and lines[i + 1].kind == "text" \
                and _title_line(lines[i + 1].text) and _caption(lines[i + 2]) \
                and lines[i + 3].kind == "text" and _prose(lines[i + 3].text):
            return i
    return None


_MAX_CAPTION_LINE_WORDS = 6


def _credited(lines: list[Line], i: int) -> bool:
    """Lines `i` to `i + 2` head a clipping site's post (round 27): the headline, the source
    and its date ("The Jakarta Post, April 8, 2026", "Yahoo – AFP, March 29, 2026") and the
    photo's caption with its credit ("... (JP/Name)", "... (AFP Photo/Staff)")."""
    return i + 2 < len(lines) and lines[i].kind == "text" and _title_line(lines[i].text) \
        and lines[i + 1].kind == "date" and lines[i + 2].kind == "caption-credit"


def _next_credited(lines: list[Line], start: int) -> int | None:
    """The next post of a clipping site's listing, headed as the story is (_credited), over
    its lead, below a paragraph of the story: each post names its own source and date, so
    the date lines share no form; the three lines' kinds in that order are the frame."""
    seen = False
    for i in range(start + 1, len(lines) - 3):
        seen = seen or _prose(lines[i].text)
        if seen and _credited(lines, i) and lines[i + 3].kind == "text" \
                and _prose(lines[i + 3].text):
            return i
    return None


def _caption(ln: Line) -> bool:
    """A picture's short caption or label on a line of its own ("Gabah petani", "Ilustrasi")."""
    return ln.kind in ("text", "caption") and len(ln.text.split()) <= _MAX_CAPTION_LINE_WORDS \
        and not FINAL.search(ln.text)


_MIN_LABELLED = 2  # teasers below the story, each under the section's label


def next_labelled(lines: list[Line], start: int) -> int | None:
    """Round 24. A section's label printed over the story's headline ("BERITA", "Daerah"),
    printed again below the story over each of the site's teasers: label, summary, label,
    summary. The first label below opens the teasers; None when the page prints none so."""
    above = {ln.text.casefold() for ln in lines[:start] if ln.kind == "widget"}
    below = [i for i in range(start + 1, len(lines) - 1)
             if lines[i].kind == "widget" and lines[i].text.casefold() in above]
    for n, i in enumerate(below):
        run = below[n:]
        # each label over one summary line, the next label (or the page's end) right below it
        if len(run) >= _MIN_LABELLED and all(
                lines[j + 1].kind == "text" and _prose(lines[j + 1].text)
                and (j + 2 == len(lines) or j + 2 in run or lines[j + 2].kind != "text")
                for j in run) and lines[run[0] - 1].kind != "widget" \
                and seen_prose(lines, start, i):
            return i
    return None


def seen_prose(lines: list[Line], start: int, i: int) -> bool:
    """Whether a full paragraph stands between the story's start and line `i`."""
    return any(ln.kind == "text" and _prose(ln.text) for ln in lines[start:i])

"""Pure: where a listing page's next item begins below the story, told by the story's own
dateline on a line of its own ("GUGAT news.com, SUKOHARJO") printed again. A story prints its
dateline once; a second one opens another story, whose headline and caption stand right
above it. (A stamp before the lead printed again, "DBN Cilegon – ...", the dateline rules
already read.)"""

from __future__ import annotations

import re

from .lines import Line, is_prose
from .shapes import without_initials

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

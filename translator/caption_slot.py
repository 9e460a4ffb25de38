"""Pure (round 37): a photo's caption standing over the block label and the advert slot that a
news theme prints between the photo and the lead ("Pengurus koperasi membacakan laporan ..." /
"Must Read" / "- Advertisement -" / lead): the caption opens no story, the lead below does.

Only a short line of one sentence, no quotation in it, counts as the caption; between it and
the lead stand only labels no story prints (a block's header such as "Must Read", an advert's
label, a share word), one of them a block's header, and the lead below runs longer than the
caption. A short lead over an advert alone ("ADVERTISEMENT" then the second paragraph) keeps
its place: a theme puts its advert slots between paragraphs too."""

from __future__ import annotations

import re

from .lines import Line, is_prose

_MAX_CAPTION_WORDS = 25
_MAX_SLOT_LINES = 3
_LABEL_KINDS = frozenset({"end", "related"})  # a block's header: "Must Read", "Editor's Pick"
_SLOT_KINDS = _LABEL_KINDS | {"advert", "widget"}
_NEXT_SENTENCE = re.compile(r"[.!?][\"”’]?\s+(?=[A-Z\"“])")  # "Feb. 17" goes on one sentence
_QUOTES = re.compile(r"[\"“”]")


def caption_shaped(text: str, max_words: int) -> bool:
    """A photo caption's shape: at most `max_words` words, one sentence, no quotation in it
    (over a credit, story_edges.past_caption; over a block label and an advert slot, here)."""
    return len(text.split()) <= max_words and not _NEXT_SENTENCE.search(text) \
        and not _QUOTES.search(text)


def past_slot(lines: list[Line], start: int) -> int:
    """The lead's index when line `start` is a caption over a block label and an advert slot
    (module docstring); else `start`."""
    if start + 2 >= len(lines) or lines[start].kind != "text":
        return start
    caption = lines[start].text
    words = len(caption.split())
    if not caption_shaped(caption, _MAX_CAPTION_WORDS):
        return start
    labelled = False
    for j in range(start + 1, min(len(lines), start + 2 + _MAX_SLOT_LINES)):
        ln = lines[j]
        if ln.kind in _SLOT_KINDS:
            labelled = labelled or ln.kind in _LABEL_KINDS
            continue
        if ln.kind == "text" and labelled and j > start + 1 and is_prose(ln.text) \
                and len(ln.text.split()) > words:
            return j
        return start
    return start

"""Pure: the standfirst or deck under a headline, a summary of the story that is no paragraph
of it (a sentence the lead restates, a question that asks what the headline asks)."""

from __future__ import annotations

from .boilerplate_chrome import PICTURE_LABEL
from .headline import content_words, headline_shaped
from .lines import FINAL, Line, is_prose

_STANDFIRST_LOOKAHEAD = 4  # how far below a standfirst the date or byline may stand
_MAX_CREDIT_WORDS = 6  # a photo's credit alone on its line: desk, photographer
_MAX_CAPTION_WORDS = 25  # a caption above the lead is short; a lead runs longer


def after_standfirst(lines: list[Line], first: int) -> int:
    """Skip a standfirst: a full sentence under the headline that the date or byline follows,
    or that the lead paragraph right below restates at more length (a deck), or a question
    that asks what the headline above asks (an essay's deck)."""
    start = _after_deck(lines, first)
    if start == first and _over_picture(lines, first):
        return first + 2
    if _question_deck(lines, start):
        nxt = next((k for k in range(start + 1, len(lines))
                    if lines[k].kind == "text" and is_prose(lines[k].text)), None)
        if nxt is not None:
            return nxt
    return start


def _after_deck(lines: list[Line], first: int) -> int:
    """_after_standfirst before a question deck is skipped."""
    seen, j = 0, first
    while seen < _STANDFIRST_LOOKAHEAD and j + 1 < len(lines):
        j += 1
        ln = lines[j]
        if ln.kind == "text" and is_prose(ln.text) and _teaser(lines, j):
            continue  # round 32: the lead's excerpt, a caption printed twice: not counted
        seen += 1
        if ln.kind == "text" and is_prose(ln.text):
            return j if restates(ln.text, lines[first].text) else first
        if ln.kind in ("date", "byline"):
            following = [k for k in range(j + 1, len(lines))
                         if lines[k].kind == "text" and is_prose(lines[k].text)
                         and not _captioned(lines, k)]
            return following[0] if len(following) >= 2 else first
    return first


_MAX_DECK_WORDS = 30


def _teaser(lines: list[Line], j: int) -> bool:
    """Line `j`, under a standfirst, is no lead: the page prints it twice in a row (a photo's
    caption and its alt text) or it opens a longer paragraph further down (the lead's
    excerpt, shown over the byline)."""
    text = lines[j].text
    if j + 1 < len(lines) and lines[j + 1].text == text or j and lines[j - 1].text == text:
        return True
    return any(ln.kind == "text" and len(ln.text) > len(text) and ln.text.startswith(text)
               for ln in lines[j + 1:])


def _captioned(lines: list[Line], k: int) -> bool:
    """Round 26: line `k` is the lead picture's caption, one sentence right under its credit
    alone on a line ("TRIBUNMADURA.COM/NAME" / "Petambak mengangkut garam ... Senin (9/3).",
    "ANTARA/Name" / "Warga antre ..."): below the byline it is no lead."""
    text = lines[k].text
    return k > 0 and lines[k - 1].kind == "caption-credit" \
        and len(lines[k - 1].text.split()) <= _MAX_CREDIT_WORDS and ". " not in text \
        and len(text.split()) <= _MAX_CAPTION_WORDS and not text.startswith(("\"", "“"))
_DECK_SHARED = 3  # content words a question deck shares with the headline above it


def _question_deck(lines: list[Line], first: int) -> bool:
    """One question of at most _MAX_DECK_WORDS words that shares _DECK_SHARED content words
    with a headline-shaped line above it: the deck of an essay, not its first paragraph."""
    text = lines[first].text
    if not text.endswith("?") or len(FINAL.findall(text)) > 1 \
            or len(text.split()) > _MAX_DECK_WORDS:
        return False
    asked = content_words(text)
    return any(ln.kind == "text" and headline_shaped(ln.text)
               and len(asked & content_words(ln.text)) >= _DECK_SHARED for ln in lines[:first])


_RESTATED_SHARE = 0.7  # of a deck's content words, the lead below repeats at least this many


def restates(lead: str, deck: str) -> bool:
    """Whether `lead` tells again, at more length, all but a little of the one sentence
    `deck` says: the deck is a summary, not the story's first paragraph."""
    said = content_words(deck)
    return len(lead) > len(deck) and len(FINAL.findall(deck)) <= 1 and bool(said) \
        and len(said & content_words(lead)) >= _RESTATED_SHARE * len(said)


def _over_picture(lines: list[Line], first: int) -> bool:
    """Round 22: one sentence over the lead picture's credit line, a paragraph below it: a
    feature's standfirst ("Tucked behind the terminal, a night market ..." / "Photo by Name
    for Site" / lead); a story's lead is not parted from its second paragraph by its
    photographer's name."""
    if first + 2 >= len(lines):
        return False
    text, credit, lead = lines[first].text, lines[first + 1], lines[first + 2]
    return ". " not in text and len(text.split()) <= _MAX_DECK_WORDS \
        and credit.kind == "text" and bool(PICTURE_LABEL.fullmatch(credit.text)) \
        and lead.kind == "text" and is_prose(lead.text)

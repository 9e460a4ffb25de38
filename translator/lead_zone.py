"""Pure: lines above the story's lead that are no part of it, found by their shape: a summary
box's sentences under its header (moved here from story.py), and a sidebar's photo gallery of
labels over one-line captions that stands over the story's own date and byline."""

from __future__ import annotations

from .datelines import match_dateline
from .lines import FINAL, Line, is_prose

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

"""Round 29: teasers of one other story printed under the body, each a rewording of the same
fact ("Kementerian ESDM mencatat 12 smelter nikel baru ..." / "Sebanyak 12 smelter nikel baru
dijadwalkan ..." / "... memperkirakan 12 smelter nikel baru mulai ..."): an aggregator's or an
association's reprint page closes with the variant blurbs of a related item, unlabelled.

The shape: the story's last three or more paragraphs all hold one run of four words with a
figure in it ("12 smelter nikel baru", "Rp 4,5 triliun untuk ...") that no paragraph above them
holds. A story's own closing paragraphs vary their words; a figure repeated word for word in
three paragraphs running, and nowhere before them, is a blurb given three times."""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W_]+(?:[.,][0-9]+)*")
_SPAN = 4  # words in the shared run
_MIN_RUN = 3  # variant paragraphs at the tail
_MIN_STORY = 3  # paragraphs of story left above them


def _shingles(paragraph: str) -> set[tuple[str, ...]]:
    words = [w.casefold() for w in _WORD.findall(paragraph)]
    return {tuple(words[i:i + _SPAN]) for i in range(len(words) - _SPAN + 1)
            if any(ch.isdigit() for w in words[i:i + _SPAN] for ch in w)}


def without_variant_tail(paragraphs: list[str]) -> list[str]:
    """`paragraphs` without a closing run of variant blurbs of one figure."""
    if len(paragraphs) < _MIN_RUN + _MIN_STORY:
        return paragraphs
    grams = [_shingles(p) for p in paragraphs]
    shared = set(grams[-1])
    cut = None
    for i in range(len(paragraphs) - 2, _MIN_STORY - 1, -1):
        shared &= grams[i]
        if not shared:
            break
        if len(paragraphs) - i >= _MIN_RUN and not any(shared & g for g in grams[:i]):
            cut = i
    return paragraphs[:cut] if cut is not None else paragraphs

"""Pure (round 37): the lead of a page whose header alone was run together, one paragraph again.

A page copied with its breaks, but with one line holding its rubric, headline, date printed
twice, view count, stamp and lead ("Pemerintahan Puskesmas Keliling ... 14 April 2026 14 April
2026 2318 View MEDIA CENTER ROHUL- Dinas Kesehatan ... darat. Perahu ... hamil."), comes back
from runon.rebreak a sentence a line. The other paragraphs of such a page keep their own
lines, so the sentences that close the run-on line, after its last piece of furniture, are
the lead's, one paragraph: joined again. A line that ends in furniture (a footer, a share
row) or holds nothing but sentences is left as rebreak cut it."""

from __future__ import annotations

import re

_FINAL = re.compile(r"[.!?…][\"'”’)\]]*$")
_MIN_SENTENCE_WORDS = 3


def lead_tail(pieces: list[str]) -> list[str]:
    """The pieces with the run of sentences closing them joined into one line, when a piece
    that is no sentence (a date, a count, a headline) stands before that run."""
    k = len(pieces)
    while k > 0 and _sentence(pieces[k - 1]):
        k -= 1
    if k == 0 or len(pieces) - k < 2:
        return pieces
    return [*pieces[:k], " ".join(pieces[k:])]


def _sentence(piece: str) -> bool:
    return len(piece.split()) >= _MIN_SENTENCE_WORDS and bool(_FINAL.search(piece))

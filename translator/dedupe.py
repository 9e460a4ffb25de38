"""Pure: drop paragraphs a page prints twice (a template's second copy of the body, a caption or
summary repeating the lead, a copy cut off mid-word), keeping one full copy in place."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

_WORD = re.compile(r"\w+")
# Shorter keys are compared whole: "Stok aman." may well appear twice on purpose... rarely.
_MIN_CONTAINED_CHARS = 25
_MIN_CONTAINED_WORDS = 5  # as tests/test_outlet_fixtures.py counts a passage said twice
_SHINGLE = 4  # words per shingle for near-duplicates
_MIN_SHINGLE_WORDS = 8
_NEAR_SHARE = 0.9  # share of a paragraph's shingles found in one other paragraph


def _key(text: str) -> str:
    """Lower-case words only: punctuation, quotes and spacing differences do not count."""
    return " ".join(_WORD.findall(text.lower()))


def _covers(big: str, small: str) -> bool:
    """`big` holds all of `small` (small may end mid-word, cut off by the page)."""
    # a crosshead of a few words ("Penyeberangan Tetap Berjalan") may repeat the words of
    # the paragraph it heads; it is no copy of it
    return small == big or (len(small) >= _MIN_CONTAINED_CHARS
                            and small.count(" ") >= _MIN_CONTAINED_WORDS - 1 and small in big)


# Round 38: an explainer's question crosshead ("Apa bedanya dengan tanggap darurat?") may ask
# what the lead said the story would tell ("... dan apa bedanya dengan tanggap darurat."): a
# short question is no copy of a paragraph that holds its words; only its exact repeat is.
_MAX_ASKED_WORDS = 12


def _asked(text: str) -> bool:
    """A crosshead's question: one short sentence ending in a question mark."""
    return text.rstrip("\"'”’").endswith("?") and len(text.split()) <= _MAX_ASKED_WORDS \
        and not re.search(r"[.!?]\s", text)


def dedupe(paragraphs: list[str]) -> list[str]:
    """Paragraphs with repeats removed; a truncated or partial copy seen first is replaced, in
    its place, by the fuller copy seen later."""
    kept: list[str] = []
    keys: list[str] = []
    seen: set[str] = set()
    # Indexes so that a long page is not compared pair by pair: kept paragraphs by every word
    # trigram they hold, by their first trigram, and by every shingle.
    by_trigram: dict[tuple[str, ...], set[int]] = defaultdict(set)
    by_opening: dict[tuple[str, ...], set[int]] = defaultdict(set)
    by_shingle: dict[tuple[str, ...], set[int]] = defaultdict(set)
    for text in paragraphs:
        key = _key(text)
        if not key:
            continue
        words = key.split()
        trigrams = _grams(words, 3)
        opening = tuple(words[:3])
        candidates = by_trigram.get(opening, set()) if len(words) >= 3 else set()
        asked = _asked(text)
        if key in seen or (not asked and any(_covers(keys[i], key) for i in candidates)):
            continue
        seen.add(key)
        sh = _grams(words, _SHINGLE)
        if len(words) >= _MIN_SHINGLE_WORDS and _near_copy(sh, by_shingle):
            continue
        inside = set().union(*(by_opening.get(t, set()) for t in trigrams)) if trigrams else set()
        fuller = min((i for i in inside if _covers(key, keys[i]) and not _asked(kept[i])),
                     default=None)
        if fuller is None:
            fuller = len(kept)
            kept.append(text)
            keys.append(key)
        else:
            kept[fuller], keys[fuller] = text, key
        for t in trigrams:
            by_trigram[t].add(fuller)
        by_opening[opening].add(fuller)
        for g in sh:
            by_shingle[g].add(fuller)
    return kept


def _grams(words: list[str], n: int) -> set[tuple[str, ...]]:
    """Every run of `n` consecutive words."""
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def _near_copy(sh: set[tuple[str, ...]], by_shingle: dict[tuple[str, ...], set[int]]) -> bool:
    """Nearly all of a paragraph's shingles found in one kept paragraph."""
    if not sh:
        return False
    counts = Counter(i for g in sh for i in by_shingle.get(g, ()))
    return bool(counts) and max(counts.values()) >= _NEAR_SHARE * len(sh)

"""Pure: drop paragraphs a page prints twice (a template's second copy of the body, a caption or
summary repeating the lead, a copy cut off mid-word), keeping one full copy in place."""

from __future__ import annotations

import re

_WORD = re.compile(r"\w+")
# Shorter keys are compared whole: "Stok aman." may well appear twice on purpose... rarely.
_MIN_CONTAINED_CHARS = 25
_SHINGLE = 4  # words per shingle for near-duplicates
_MIN_SHINGLE_WORDS = 8
_NEAR_SHARE = 0.9  # share of a paragraph's shingles found in one other paragraph


def _key(text: str) -> str:
    """Lower-case words only: punctuation, quotes and spacing differences do not count."""
    return " ".join(_WORD.findall(text.lower()))


def _shingles(key: str) -> set[tuple[str, ...]]:
    words = key.split()
    return {tuple(words[i:i + _SHINGLE]) for i in range(len(words) - _SHINGLE + 1)}


def _covers(big: str, small: str) -> bool:
    """`big` holds all of `small` (small may end mid-word, cut off by the page)."""
    return small == big or (len(small) >= _MIN_CONTAINED_CHARS and small in big)


def dedupe(paragraphs: list[str]) -> list[str]:
    """Paragraphs with repeats removed; a truncated or partial copy seen first is replaced, in
    its place, by the fuller copy seen later."""
    kept: list[str] = []
    keys: list[str] = []
    shingles: list[set[tuple[str, ...]]] = []
    for text in paragraphs:
        key = _key(text)
        if not key:
            continue
        if any(_covers(k, key) for k in keys):
            continue
        sh = _shingles(key)
        if len(key.split()) >= _MIN_SHINGLE_WORDS and any(
                len(sh & other) >= _NEAR_SHARE * len(sh) for other in shingles):
            continue
        fuller = next((i for i, k in enumerate(keys) if _covers(key, k)), None)
        if fuller is not None:
            kept[fuller], keys[fuller], shingles[fuller] = text, key, sh
            continue
        kept.append(text)
        keys.append(key)
        shingles.append(sh)
    return kept

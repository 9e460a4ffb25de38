"""Summarise the English body; texts longer than the model's window are summarised in parts,
a few parts per model call, so that memory stays flat however long the article is."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .backends.base import Seq2SeqBackend
from .config import Generation
from .segment import fit_segments, split_sentences

MAX_ROUNDS = 4  # each round shrinks the text several-fold; this bounds a pathological input


def chunk(paragraphs: Sequence[str], count_tokens: Callable[[str], int], window: int) -> list[str]:
    """Group paragraphs into texts under `window` tokens, splitting only at paragraph
    boundaries (and inside a paragraph only when it alone is over the window)."""
    pieces: list[str] = []
    for para in paragraphs:
        if not para.strip():
            continue
        if count_tokens(para) <= window:
            pieces.append(para)
        else:
            pieces.extend(fit_segments(split_sentences(para), count_tokens, window))
    chunks: list[str] = []
    current: list[str] = []
    for piece in pieces:
        if current and count_tokens("\n".join([*current, piece])) > window:
            chunks.append("\n".join(current))
            current = []
        current.append(piece)
    if current:
        chunks.append("\n".join(current))
    return chunks


def summarize(backend: Seq2SeqBackend, paragraphs: Sequence[str], gen: Generation,
              window: int) -> str:
    """One summary of the paragraphs: map over window-sized parts, then reduce. The backend
    takes a few parts per call (its batch_size): one call with every window of a long article
    would hold all their activations at once (gigabytes at 60,000 words)."""
    texts = [p for p in paragraphs if p.strip()]
    for _ in range(MAX_ROUNDS):
        if not texts:
            return ""
        parts = chunk(texts, backend.count_tokens, window)
        summaries = [s.strip() for s in backend.generate(parts, gen)]
        if len(parts) == 1:
            return summaries[0]
        texts = summaries
    return " ".join(texts)

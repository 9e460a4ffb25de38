"""The one-method interface every model runtime implements; the base class does the batching."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence

from ..config import Generation
from ..result import Generated, ModelSignature, mean_score, score_of

__all__ = ["Generated", "ProgressFn", "Seq2SeqBackend", "input_limit", "mean_score", "score_of"]

ProgressFn = Callable[[int, int], None]


class Seq2SeqBackend(ABC):
    """A loaded sequence-to-sequence model: texts in, generated texts out, order kept.

    A runtime implements `generate_batch` only; callers use `generate`, which sends the texts
    `batch_size` at a time (the batch bounds memory) and checks every batch's outputs. A
    runtime that knows its scores returns `Generated` texts; plain strings are fine too."""

    runtime = "none"
    quantization = "none"  # weight precision, part of the signature (and cache key)
    model_id = "none"
    revision = "none"
    batch_size = 16  # inputs per generate_batch call; the loader sets it from models.yaml

    @abstractmethod
    def generate_batch(self, texts: Sequence[str], gen: Generation) -> list[str]:
        """Generate one output for each input text of one batch, in order (`Generated` texts
        where the runtime has scores)."""

    def generate(self, texts: Sequence[str], gen: Generation,
                 progress: ProgressFn | None = None) -> list[str]:
        """One output per text, in order, `batch_size` texts per model call; `progress(done,
        total)` after each call. Each output is a str; `score_of` reads its score."""
        out: list[str] = []
        size = self.call_size(len(texts), watched=progress is not None)
        for start in range(0, len(texts), size):
            batch = list(texts[start:start + size])
            out.extend(self.checked(self.generate_batch(batch, gen), batch))
            if progress:
                progress(len(out), len(texts))
        return out

    def call_size(self, n_texts: int, watched: bool) -> int:
        """Texts per model call: `batch_size`; when someone watches a bar, smaller calls (an
        eighth of the texts, at least 4) so that it moves within a batch."""
        size = max(1, int(self.batch_size))
        return min(size, max(4, -(-n_texts // 8))) if watched else size

    def calls_at_once(self) -> int:
        """How many model calls the runtime runs side by side (CTranslate2's parallel batches on
        2 cores); 1 here."""
        return 1

    def checked(self, results: list[str], batch: Sequence[str]) -> list[str]:
        """`results`, after checking the runtime gave one output per input of `batch`."""
        if len(results) != len(batch):
            raise RuntimeError(f"{self.runtime} returned {len(results)} outputs "
                               f"for {len(batch)} inputs")
        return results

    def count_tokens(self, text: str) -> int:
        """Input length in the model's tokens (a whitespace estimate unless overridden)."""
        return len(text.split()) + 1

    def signature(self) -> ModelSignature:
        """What produced the outputs: model id, revision, runtime, quantization."""
        return ModelSignature(id=self.model_id, revision=self.revision, runtime=self.runtime,
                              quantization=self.quantization)


def input_limit(max_positions: int | None, tokenizer_limit: object) -> int:
    """The longest input a model takes: its position table (512 if unknown), capped by the
    tokenizer's model_max_length when that is a smaller positive int."""
    limit = int(max_positions or 512)
    if isinstance(tokenizer_limit, int) and 0 < tokenizer_limit < limit:
        limit = tokenizer_limit
    return limit

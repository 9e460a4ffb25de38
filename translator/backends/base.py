"""The one-method interface every model runtime implements."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from typing import Any

from ..config import Generation


class Seq2SeqBackend(ABC):
    """A loaded sequence-to-sequence model: texts in, generated texts out, order kept."""

    runtime = "none"
    quantization = "none"  # weight precision, part of the signature (and cache key)
    model_id = "none"
    revision = "none"

    @abstractmethod
    def generate_batch(self, texts: Sequence[str], gen: Generation) -> list[str]:
        """Generate one output for each input text, in order."""

    def count_tokens(self, text: str) -> int:
        """Input length in the model's tokens (a whitespace estimate unless overridden)."""
        return len(text.split()) + 1

    def signature(self) -> dict[str, Any]:
        """What produced the outputs: model id, revision, runtime, quantization."""
        return {"id": self.model_id, "revision": self.revision, "runtime": self.runtime,
                "quantization": self.quantization}


def input_limit(max_positions: int | None, tokenizer_limit: object) -> int:
    """The longest input a model takes: its position table (512 if unknown), capped by the
    tokenizer's model_max_length when that is a smaller positive int."""
    limit = int(max_positions or 512)
    if isinstance(tokenizer_limit, int) and 0 < tokenizer_limit < limit:
        limit = tokenizer_limit
    return limit

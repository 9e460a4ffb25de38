"""Test doubles for the one-method backend interface (unit tests of batching, order, retries)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from translator.backends.base import Seq2SeqBackend
from translator.config import Generation


class IdentityBackend(Seq2SeqBackend):
    """Returns each input unchanged and records every batch it was given."""

    runtime = "identity"
    model_id = "identity"

    def __init__(self, transform: Callable[[str, Generation], str] | None = None, *,
                 batch_size: int = Seq2SeqBackend.batch_size) -> None:
        self.batch_size = batch_size
        self.batches: list[tuple[list[str], Generation]] = []
        self.transform = transform or (lambda text, gen: text)

    def generate_batch(self, texts: Sequence[str], gen: Generation) -> list[str]:
        self.batches.append((list(texts), gen))
        return [self.transform(t, gen) for t in texts]


class FirstWordsBackend(IdentityBackend):
    """A 'summariser' that keeps the first N words of its input."""

    def __init__(self, words: int = 5, *, batch_size: int = Seq2SeqBackend.batch_size) -> None:
        super().__init__(lambda text, gen: " ".join(text.split()[:words]), batch_size=batch_size)


GEN = Generation(num_beams=4, length_ratio=2.0)  # settings for the cache tests


def upper(text: str, gen: Generation) -> str:
    """An IdentityBackend transform whose outputs differ from the inputs."""
    return text.upper()

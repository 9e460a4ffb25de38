"""A backend wrapper that answers known inputs from the translation cache (translator/cache.py).

`CachedBackend(inner, cache)` is a Seq2SeqBackend: it looks every input of a batch up, sends
only the misses to `inner`, and writes their outputs in one short transaction, so a run killed
at any point keeps the batches it finished and nothing half-written. An output keeps its model
score (`Generated.score`) through the cache; rows stored before scores were kept read back None.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from ..cache import TranslationCache, input_key
from ..config import Generation
from ..result import ModelSignature
from ..version import __version__
from .base import Seq2SeqBackend
from .hub import folder_fingerprint


class CachedBackend(Seq2SeqBackend):
    """`inner` with its outputs cached: a miss goes to the model, a hit does not."""

    def __init__(self, inner: Seq2SeqBackend, cache: TranslationCache, *,
                 files: str | None = None, version: str = __version__) -> None:
        self.inner = inner
        self.cache = cache
        self.version = version  # the program version is part of every key
        # The wrapper describes the model it wraps; a local folder's fingerprint joins the key.
        self.runtime, self.quantization = inner.runtime, inner.quantization
        self.model_id, self.revision = inner.model_id, inner.revision
        self.batch_size = inner.batch_size
        self.model: ModelSignature = replace(inner.signature(), files=files)
        self._keys: dict[Generation, tuple[str, str]] = {}

    def count_tokens(self, text: str) -> int:
        """The inner model's token count."""
        return self.inner.count_tokens(text)

    def signature(self) -> ModelSignature:
        """The inner model's signature (with the folder fingerprint, which only keys the cache)."""
        return self.model

    def cache_key(self, gen: Generation) -> tuple[str, str]:
        """(key, JSON document) of everything besides the input that decides an output."""
        if gen not in self._keys:
            self._keys[gen] = self.model.cache_key(gen.signature(), self.version)
        return self._keys[gen]

    def generate_batch(self, texts: Sequence[str], gen: Generation) -> list[str]:
        """Cached outputs for the hits; the inner model for the (distinct) misses."""
        if self.cache.disabled or not texts:
            return self.inner.generate(texts, gen)
        sig, doc = self.cache_key(gen)
        keys = [input_key(t) for t in texts]
        found = self.cache.get_many(sig, keys)
        todo = {k: t for k, t in zip(keys, texts, strict=True) if k not in found}
        self.cache.hits += len(texts) - sum(1 for k in keys if k in todo)
        self.cache.misses += len(todo)
        if todo:
            # generate() checks that the model gave one output per miss.
            new = list(zip(todo, self.inner.generate(list(todo.values()), gen), strict=True))
            self.cache.put_many(sig, doc, new)
            found.update(new)
        return [found[k] for k in keys]


def cached(backend: Seq2SeqBackend, cache: TranslationCache, model_path: Path | None = None,
           local: bool = False, *, version: str = __version__) -> CachedBackend:
    """Wrap `backend`; a local model folder adds its files' fingerprint to the key."""
    files = folder_fingerprint(model_path) if local and model_path else None
    return CachedBackend(backend, cache, files=files, version=version)

"""A backend wrapper that answers known inputs from the translation cache (translator/cache.py).

`CachedBackend(inner, cache)` is a Seq2SeqBackend: it looks every input of a batch up, sends
only the misses to `inner`, and writes their outputs in one short transaction, so a run killed
at any point keeps the batches it finished and nothing half-written. An output keeps its model
score (`Generated.score`) through the cache; rows stored before scores were kept read back None.

`inner` may be a `Deferred` model instead: its signature (the cache key) is known from disk,
its weights load on the first miss, and token counts until then come from its tokenizer alone,
so a run answered wholly from the cache loads no model.

Token counts are a pure function of the tokenizer and the text, and a run asks for hundreds
(segmentation, length sorting, the guards, the summary's window). Between `recall_counts` and
`keep_counts` (the pipeline brackets each article with them) every count is remembered and
stored with the article, keyed by the model's signature and the program version; a run that
asks only for counts stored before loads no tokenizer, and the first unknown text loads it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from ..cache import TranslationCache, input_key
from ..config import Generation
from ..result import ModelSignature
from ..version import __version__
from .base import ProgressFn, Seq2SeqBackend
from .hub import folder_fingerprint


@dataclass(frozen=True)
class Deferred:
    """A model not loaded yet: what it is, how to load it, and how to load its tokenizer."""

    signature: ModelSignature  # what the loaded backend's signature() will be
    load: Callable[[], Seq2SeqBackend]
    tokenizer: Callable[[], Callable[[str], int]]  # -> count_tokens, the weights left on disk
    batch_size: int | None = None  # None: the runtime's own
    prefetch: Callable[[], None] | None = None  # starts `load` in the background, if it can
    model_dir: Path | None = None  # the folder of its tokenizer files (target.spm), unread


# Bumped when what a stored count means changes (e.g. counts taken with special tokens).
COUNTS_VERSION = 1


def text_key(text: str) -> str:
    """The key of one text in an article's stored counts: a short hash of its exact form
    (counts depend on every character; nothing is normalised)."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=10).hexdigest()


class CachedBackend(Seq2SeqBackend):
    """`inner` with its outputs cached: a miss goes to the model, a hit does not."""

    def __init__(self, inner: Seq2SeqBackend | Deferred, cache: TranslationCache, *,
                 files: str | None = None, version: str = __version__) -> None:
        self.cache = cache
        self.version = version  # the program version is part of every key
        self._deferred = inner if isinstance(inner, Deferred) else None
        self._inner = None if isinstance(inner, Deferred) else inner
        self._count: Callable[[str], int] | None = None
        signature = inner.signature if isinstance(inner, Deferred) else inner.signature()
        # The wrapper describes the model it wraps; a local folder's fingerprint joins the key.
        self.runtime, self.quantization = signature.runtime, signature.quantization
        self.model_id, self.revision = signature.id, signature.revision
        if isinstance(inner, Deferred):
            if inner.batch_size is not None:
                self.batch_size = inner.batch_size
        else:
            self.batch_size = inner.batch_size
        self.model: ModelSignature = replace(signature, files=files)
        self._keys: dict[Generation, tuple[str, str]] = {}
        self._article: str | None = None  # the article whose counts are remembered
        self._memo: dict[str, int] | None = None  # text key -> count, while remembering
        self._stored = 0  # how many of _memo the cache holds already

    @property
    def loaded(self) -> bool:
        """Whether the model is loaded (a deferred one loads on the first cache miss)."""
        return self._inner is not None

    @property
    def inner(self) -> Seq2SeqBackend:
        """The wrapped backend, loaded now if it was deferred."""
        if self._inner is None:
            assert self._deferred is not None  # one of the two is always set
            backend = self._deferred.load()
            got, want = backend.signature(), self._deferred.signature
            if got.to_dict() != want.to_dict():
                # Hits were answered under the expected key: a different model must not go on.
                raise RuntimeError(f"the model loaded as {got.to_dict()}, not as expected "
                                   f"{want.to_dict()}")
            self._inner = backend
        return self._inner

    def calls_at_once(self) -> int:
        """The loaded model's; 1 while it is deferred (asking must not load it)."""
        return self._inner.calls_at_once() if self._inner is not None else 1

    def prefetch(self) -> None:
        """Start loading a deferred model in the background (where its runtime can), so that
        the load overlaps other work; the first use then waits for it."""
        if self._inner is None and self._deferred is not None and self._deferred.prefetch:
            self._deferred.prefetch()

    def misses(self, texts: Sequence[str], gen: Generation) -> int:
        """How many of `texts` the cache cannot answer under `gen` (nothing is generated)."""
        if self.cache.disabled or not texts:
            return len(texts)
        keys = [input_key(t) for t in texts]
        found = self.cache.get_many(self.cache_key(gen)[0], keys)
        return sum(1 for k in keys if k not in found)

    @property
    def model_dir(self) -> Path | None:
        """The folder of the model's tokenizer files, known without loading the model."""
        if self._deferred is not None:
            return self._deferred.model_dir
        return getattr(self._inner, "model_dir", None)

    def count_tokens(self, text: str) -> int:
        """The model's token count: a remembered one (see recall_counts), else from the model,
        or from its tokenizer alone while the model is not loaded."""
        return self.remembered(text, self._count_now)

    def remembered(self, text: str, measure: Callable[[str], int], kind: str = "") -> int:
        """`measure(text)`, remembered and stored with the article's counts as token counts are
        (`kind` keeps another measure's apart, e.g. target pieces), so that a rerun answered
        from the cache measures nothing and loads nothing to measure with."""
        memo = self._memo
        if memo is None:
            return measure(text)
        key = f"{kind}:{text_key(text)}" if kind else text_key(text)
        count = memo.get(key)
        if count is None:
            count = memo[key] = measure(text)
        return count

    def _count_now(self, text: str) -> int:
        if self._inner is not None:
            return self._inner.count_tokens(text)
        if self._count is None:
            assert self._deferred is not None
            self._count = self._deferred.tokenizer()
        return self._count(text)

    def counts_key(self) -> str:
        """The key of the tokenizer that stored counts were taken with: the model's signature
        (its tokenizer files come with it) and the program version."""
        return self.model.cache_key({"token_counts": COUNTS_VERSION}, self.version)[0]

    def recall_counts(self, article: str) -> None:
        """Remember every token count from now on, starting from those stored for `article`
        (any key of the article's text: each count is keyed by its own text)."""
        self._article = article
        self._memo = self.cache.get_counts(self.counts_key(), article)
        self._stored = len(self._memo)

    def keep_counts(self) -> None:
        """Store the counts remembered since recall_counts if any are new, and stop
        remembering."""
        if self._article is not None and self._memo is not None \
                and len(self._memo) > self._stored:
            self.cache.put_counts(self.counts_key(), self._article, self._memo)
        self._article, self._memo, self._stored = None, None, 0

    def signature(self) -> ModelSignature:
        """The inner model's signature (with the folder fingerprint, which only keys the cache)."""
        return self.model

    def cache_key(self, gen: Generation) -> tuple[str, str]:
        """(key, JSON document) of everything besides the input that decides an output."""
        if gen not in self._keys:
            self._keys[gen] = self.model.cache_key(gen.signature(), self.version)
        return self._keys[gen]

    def _lookup(self, texts: Sequence[str], gen: Generation
                ) -> tuple[str, str, list[str], dict, dict[str, str]]:
        """(signature key, its JSON, input keys, cached outputs by key, misses by key), with the
        hit and miss counts updated."""
        sig, doc = self.cache_key(gen)
        keys = [input_key(t) for t in texts]
        found = self.cache.get_many(sig, keys)
        todo = {k: t for k, t in zip(keys, texts, strict=True) if k not in found}
        self.cache.hits += len(texts) - sum(1 for k in keys if k in todo)
        self.cache.misses += len(todo)
        return sig, doc, keys, found, todo

    def generate(self, texts: Sequence[str], gen: Generation,
                 progress: ProgressFn | None = None) -> list[str]:
        """As generate_batch over all `texts`, the misses sent to the model a round at a time:
        one batch, or as many as it runs at once (CTranslate2's `parallel`), each round's
        outputs written as it finishes, so a killed run keeps the rounds it finished."""
        if self.cache.disabled or not texts:
            return super().generate(texts, gen, progress)
        sig, doc, keys, found, todo = self._lookup(texts, gen)
        if todo:
            inner = self.inner
            size = self.call_size(len(texts), watched=progress is not None)
            size *= max(1, inner.calls_at_once())
            items = list(todo.items())
            for start in range(0, len(items), size):
                part = items[start:start + size]
                # generate() checks that the model gave one output per miss.
                new = list(zip([k for k, _ in part], inner.generate([t for _, t in part], gen),
                               strict=True))
                self.cache.put_many(sig, doc, new)
                found.update(new)
                if progress:
                    progress(len(texts) - len(items) + start + len(part), len(texts))
        elif progress:
            progress(len(texts), len(texts))
        return [found[k] for k in keys]

    def generate_batch(self, texts: Sequence[str], gen: Generation) -> list[str]:
        """Cached outputs for the hits; the inner model for the (distinct) misses."""
        if self.cache.disabled or not texts:
            return self.inner.generate(texts, gen) if texts else []
        sig, doc, keys, found, todo = self._lookup(texts, gen)
        if todo:
            # generate() checks that the model gave one output per miss.
            new = list(zip(todo, self.inner.generate(list(todo.values()), gen), strict=True))
            self.cache.put_many(sig, doc, new)
            found.update(new)
        return [found[k] for k in keys]


def cached(backend: Seq2SeqBackend | Deferred, cache: TranslationCache,
           model_path: Path | None = None, local: bool = False, *,
           version: str = __version__) -> CachedBackend:
    """Wrap `backend` (or a model to load on the first miss); a local model folder adds its
    files' fingerprint to the key."""
    files = folder_fingerprint(model_path) if local and model_path else None
    return CachedBackend(backend, cache, files=files, version=version)

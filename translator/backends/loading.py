"""From a models.yaml entry to a backend: find the model, pick its runtime, wrap it in the
translation cache. With a cache, a model is loaded only on its first cache miss: a run whose
outputs are all cached loads no model, and no tokenizer either when its token counts were
stored with the article (backends/cached.py; else they come from the tokenizer alone). A
CTranslate2 model can also start loading early, in a background thread (Deferred.prefetch)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..config import LOCAL_REVISION, Config, ModelSpec
from ..errors import ModelUnavailable
from ..result import ModelSignature
from .base import Seq2SeqBackend
from .hub import ResolvedModel, resolve

if TYPE_CHECKING:
    from concurrent.futures import Future  # imported where a load starts early (logging too)

    from ..cache import TranslationCache

ROLES = ("translation", "summarization")
Notify = Callable[[str], None]
TokenCounter = Callable[[str], int]


def converted_copy(spec: ModelSpec, resolved: ResolvedModel) -> Path | None:
    """The CTranslate2 copy the run uses, or None for transformers (no ML import).

    `auto` takes the CTranslate2 copy when `brief models pull` has made one, else transformers.
    """
    from .convert import find_converted

    if spec.runtime not in ("auto", "transformers", "ctranslate2"):
        raise ValueError(f"unknown runtime {spec.runtime!r}")
    converted = find_converted(resolved) if spec.runtime != "transformers" else None
    if spec.runtime == "ctranslate2" and converted is None:
        raise ModelUnavailable(
            f"Model {spec.model} has no CTranslate2 copy yet (runtime ctranslate2 was asked "
            "for). Run `brief models pull` (with the same --translation-model / --summary-model) "
            "to convert it, or use --runtime transformers.")
    return converted


def load_backend(spec: ModelSpec, resolved: ResolvedModel, *, progress: bool = True,
                 batch_size: int | None = None, use_vmap: bool = False,
                 tokenizer: Any = None) -> Seq2SeqBackend:
    """Load the runtime that `spec.runtime` names for a model found on disk (see
    converted_copy). With `progress` False, the libraries' own loading bars stay off.
    `tokenizer`: the model's, from load_tokenizer, if it is loaded already (CTranslate2 reuses
    it rather than reading it again)."""
    converted = converted_copy(spec, resolved)
    backend: Seq2SeqBackend
    if converted is not None:
        from .ctranslate2_backend import CTranslate2Backend
        from .subwords import SubwordTokenizer

        backend = CTranslate2Backend(resolved, converted, tokenizer=tokenizer if isinstance(
            tokenizer, SubwordTokenizer) else None)
    else:
        from .transformers_backend import TransformersBackend

        backend = TransformersBackend(resolved, progress=progress)
    if batch_size is not None:
        backend.batch_size = batch_size
    if use_vmap and hasattr(backend, "enable_vmap"):  # a CTranslate2 shortlist; else ignored
        backend.enable_vmap()
    return backend


def expected_signature(spec: ModelSpec, resolved: ResolvedModel,
                       use_vmap: bool = False) -> ModelSignature:
    """The signature the loaded backend will report, read from disk without loading it (the
    cache key of a model not loaded yet). The cached wrapper checks it on load."""
    converted = converted_copy(spec, resolved)
    if converted is None:
        from .transformers_backend import TransformersBackend as Runtime

        quantization = Runtime.quantization
    else:
        from .convert import read_meta
        from .ctranslate2_backend import CTranslate2Backend as Runtime  # type: ignore[assignment]

        meta = read_meta(converted)
        quantization = meta["quantization"]
        if use_vmap:  # as CTranslate2Backend.enable_vmap: built now if missing, else not used
            from .ctranslate2_backend import vmap_quantization

            quantization = (vmap_quantization(converted, meta["tokenizer"], quantization)
                            or quantization)
    return ModelSignature(id=resolved.model_id, revision=resolved.revision,
                          runtime=Runtime.runtime, quantization=quantization)


def load_tokenizer(spec: ModelSpec, resolved: ResolvedModel) -> Any:
    """The model's tokenizer loaded alone, without the weights: the one its runtime loads (so
    the counts are the same); for CTranslate2 a SubwordTokenizer, which needs no torch."""
    converted = converted_copy(spec, resolved)
    if converted is not None:
        from .convert import read_meta
        from .subwords import load_subwords

        meta = read_meta(converted)
        return load_subwords(converted, meta["tokenizer"], meta.get("source_unknown"))
    from transformers import AutoTokenizer
    from transformers.utils import logging as hf_logging

    from .folder import check_for_transformers, load_failure

    hf_logging.set_verbosity_error()  # as TransformersBackend: warnings for developers only
    check_for_transformers(resolved)
    try:
        return AutoTokenizer.from_pretrained(resolved.path, trust_remote_code=False)
    except (MemoryError, RecursionError):
        raise
    except Exception as e:  # as TransformersBackend: OSError, ValueError, ...
        raise load_failure(resolved, e) from e


def counter(tokenizer: Any) -> TokenCounter:
    """`count_tokens` of a tokenizer from load_tokenizer, as the runtime counts."""
    from .subwords import SubwordTokenizer

    if isinstance(tokenizer, SubwordTokenizer):
        return tokenizer.count
    return lambda text: len(tokenizer(text, truncation=False)["input_ids"])


def token_counter(spec: ModelSpec, resolved: ResolvedModel) -> TokenCounter:
    """The model's `count_tokens`, from its tokenizer loaded alone."""
    return counter(load_tokenizer(spec, resolved))


class Loader:
    """Finds both models of a config (on first use, translation first, so that its absence is
    reported first) and opens each one when it is first asked for: loaded then, or, with a
    cache, on its first cache miss."""

    def __init__(self, config: Config, *, offline: bool = False,
                 cache: TranslationCache | Callable[[], TranslationCache | None] | None = None,
                 notify: Notify | None = None, status: Notify | None = None,
                 progress: bool = True, live: bool = False) -> None:
        self.config = config
        self.offline = offline
        # A live status display on stderr says "Loading ..." itself; the libraries' own loading
        # bars would break it (downloads keep theirs: they come before it).
        self.live = live
        self.cache = cache  # a cache, or a function that opens one when a model first opens
        self.notify = notify or (lambda message: None)
        self.status = status or (lambda message: None)
        self.progress = progress
        self.loads: list[str] = []  # the roles whose model really loaded, in order
        self._resolved: dict[str, ResolvedModel] | None = None

    def spec(self, role: str) -> ModelSpec:
        """The models.yaml entry of `role` ("translation" or "summarization")."""
        return self.config.translation.spec if role == "translation" \
            else self.config.summarization.spec

    def resolved(self) -> dict[str, ResolvedModel]:
        """Both models found on disk (downloaded unless offline); ModelUnavailable if not."""
        if self._resolved is None:
            self._resolved = {role: resolve(self.spec(role), offline=self.offline,
                                            notify=self.notify, progress=self.progress)
                              for role in ROLES}
        return self._resolved

    def load(self, role: str) -> Seq2SeqBackend:
        """The backend of `role`: with a cache, the cached wrapper, whose model loads on its
        first miss; without one, the model loaded now."""
        found = self.resolved()[role]
        if callable(self.cache):  # opened once, by the first backend; None when it cannot be
            self.cache = self.cache()
        spec = self.spec(role)
        stage = self.config.translation if role == "translation" else self.config.summarization
        use_vmap = bool(getattr(stage, "use_vmap", False))

        alone: list[Any] = []  # the tokenizer, once loaded alone; the model then reuses it
        early: list[Future[Seq2SeqBackend]] = []  # a load started ahead of need (prefetch)

        def build() -> Seq2SeqBackend:
            # The libraries' "Loading weights" bars are never brief's progress (a terminal
            # gets brief's own status line; a pipe or a log, none); downloads keep theirs.
            return load_backend(spec, found, progress=False,
                                batch_size=stage.batch_size, use_vmap=use_vmap,
                                tokenizer=alone[0] if alone else None)

        def load_model() -> Seq2SeqBackend:
            self.status(f"Loading {found.model_id} ...")  # only when a model really loads
            backend = early[0].result() if early else build()  # its errors surface here
            self.loads.append(role)
            return backend

        def load_counter() -> TokenCounter:
            if early:  # the model is loading already, its tokenizer with it
                return early[0].result().count_tokens
            alone.append(load_tokenizer(spec, found))
            return counter(alone[0])

        def prefetch() -> None:
            # CTranslate2 releases the GIL while it reads and quantises the weights: on a
            # second core this load costs the run no wall time. Not a daemon: a CTranslate2
            # model must not be torn down half-built at interpreter exit.
            if not early:
                import threading
                from concurrent.futures import Future

                early.append(Future())
                threading.Thread(target=_resolve, args=(early[0], build),
                                 name=f"brief-load-{role}").start()

        if self.cache is None:
            return load_model()
        from .cached import Deferred, cached

        # Only CTranslate2 loads in the background: torch's loading holds the GIL for long.
        converted = converted_copy(spec, found)
        ahead = prefetch if converted is not None else None
        later = Deferred(signature=expected_signature(spec, found, use_vmap), load=load_model,
                         tokenizer=load_counter, batch_size=stage.batch_size, prefetch=ahead,
                         model_dir=converted or found.path)
        return cached(later, self.cache, found.path, found.revision == LOCAL_REVISION)


def _resolve(future: Future[Seq2SeqBackend], build: Callable[[], Seq2SeqBackend]) -> None:
    """Run `build` in this (background) thread; its backend or its error goes to `future`."""
    try:
        future.set_result(build())
    except BaseException as e:  # noqa: BLE001 - re-raised where the model is first used
        future.set_exception(e)

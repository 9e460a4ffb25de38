"""From a models.yaml entry to a loaded backend: find the model, pick its runtime, load it,
wrap it in the translation cache. Each model is found and loaded on first use."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..config import LOCAL_REVISION, Config, ModelSpec
from ..errors import ModelUnavailable
from .base import Seq2SeqBackend
from .hub import ResolvedModel, resolve

if TYPE_CHECKING:
    from ..cache import TranslationCache

ROLES = ("translation", "summarization")
Notify = Callable[[str], None]


def load_backend(spec: ModelSpec, resolved: ResolvedModel, *, progress: bool = True,
                 batch_size: int | None = None, use_vmap: bool = False) -> Seq2SeqBackend:
    """Load the runtime that `spec.runtime` names for a model found on disk.

    `auto` takes the CTranslate2 copy when `brief models pull` has made one, else transformers.
    With `progress` False, the libraries' own loading bars stay off.
    """
    from .convert import find_converted

    converted = find_converted(resolved) if spec.runtime != "transformers" else None
    if spec.runtime == "ctranslate2" and converted is None:
        raise ModelUnavailable(
            f"Model {spec.model} has no CTranslate2 copy yet (runtime ctranslate2 was asked "
            "for). Run `brief models pull` (with the same --translation-model / --summary-model) "
            "to convert it, or use --runtime transformers.")
    backend: Seq2SeqBackend
    if converted is not None:
        from .ctranslate2_backend import CTranslate2Backend

        backend = CTranslate2Backend(resolved, converted)
    elif spec.runtime in ("auto", "transformers"):
        from .transformers_backend import TransformersBackend

        backend = TransformersBackend(resolved, progress=progress)
    else:
        raise ValueError(f"unknown runtime {spec.runtime!r}")
    if batch_size is not None:
        backend.batch_size = batch_size
    if use_vmap and hasattr(backend, "enable_vmap"):  # a CTranslate2 shortlist; else ignored
        backend.enable_vmap()
    return backend


class Loader:
    """Finds both models of a config (on first use, translation first, so that its absence is
    reported first) and loads each one when it is first asked for."""

    def __init__(self, config: Config, *, offline: bool = False,
                 cache: TranslationCache | Callable[[], TranslationCache | None] | None = None,
                 notify: Notify | None = None, status: Notify | None = None,
                 progress: bool = True) -> None:
        self.config = config
        self.offline = offline
        self.cache = cache  # a cache, or a function that opens one when a model first loads
        self.notify = notify or (lambda message: None)
        self.status = status or (lambda message: None)
        self.progress = progress
        self.loads: list[str] = []  # the roles loaded, in order
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
        """The backend of `role`, loaded now (wrapped in the cache, if there is one)."""
        found = self.resolved()[role]
        if callable(self.cache):  # opened once, by the first load; None when it cannot be
            self.cache = self.cache()
        self.status(f"Loading {found.model_id} ...")
        stage = self.config.translation if role == "translation" else self.config.summarization
        backend = load_backend(self.spec(role), found, progress=self.progress,
                               batch_size=stage.batch_size,
                               use_vmap=getattr(stage, "use_vmap", False))
        self.loads.append(role)
        if self.cache is None:
            return backend
        from .cached import cached

        return cached(backend, self.cache, found.path, found.revision == LOCAL_REVISION)

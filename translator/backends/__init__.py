"""Model runtimes. Each is one file implementing `Seq2SeqBackend.generate_batch`."""

from __future__ import annotations

from ..config import ModelSpec
from ..errors import ModelUnavailable
from ..hub import ResolvedModel
from .base import Seq2SeqBackend


def load_backend(spec: ModelSpec, resolved: ResolvedModel, *,
                 progress: bool = True) -> Seq2SeqBackend:
    """Load the runtime that `spec.runtime` names for a model found on disk.

    `auto` takes the CTranslate2 copy when `brief models pull` has made one, else transformers.
    With `progress` False, the libraries' own loading bars stay off.
    """
    from ..convert import find_converted

    converted = find_converted(resolved) if spec.runtime != "transformers" else None
    if spec.runtime == "ctranslate2" and converted is None:
        raise ModelUnavailable(
            f"Model {spec.model} has no CTranslate2 copy yet (runtime ctranslate2 was asked "
            "for). Run `brief models pull` (with the same --translation-model / --summary-model) "
            "to convert it, or use --runtime transformers.")
    if converted is not None:
        from .ctranslate2_backend import CTranslate2Backend

        return CTranslate2Backend(resolved, converted)
    if spec.runtime in ("auto", "transformers"):
        from .transformers_backend import TransformersBackend

        return TransformersBackend(resolved, progress=progress)
    raise ValueError(f"unknown runtime {spec.runtime!r}")


__all__ = ["Seq2SeqBackend", "load_backend"]

"""Model runtimes. Each is one file implementing `Seq2SeqBackend.generate_batch`."""

from __future__ import annotations

from ..config import ModelSpec
from ..hub import ResolvedModel
from .base import Seq2SeqBackend


def load_backend(spec: ModelSpec, resolved: ResolvedModel) -> Seq2SeqBackend:
    """Load the runtime that `spec.runtime` names for a model found on disk."""
    if spec.runtime == "transformers":
        from .transformers_backend import TransformersBackend

        return TransformersBackend(resolved)
    raise ValueError(f"unknown runtime {spec.runtime!r}")


__all__ = ["Seq2SeqBackend", "load_backend"]

"""Everything about running a model: finding it (hub), converting it (convert), loading it
(loading), its runtimes (one module each, implementing `Seq2SeqBackend.generate_batch`) and the
cached wrapper (cached)."""

from __future__ import annotations

from .base import Seq2SeqBackend
from .loading import Loader, load_backend

__all__ = ["Loader", "Seq2SeqBackend", "load_backend"]

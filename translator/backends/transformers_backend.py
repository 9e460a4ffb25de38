"""The transformers runtime: AutoModelForSeq2SeqLM.generate in float32 on the CPU (or GPU)."""

from __future__ import annotations

from collections.abc import Sequence

from ..config import Generation
from .base import Seq2SeqBackend, input_limit
from .folder import check_for_transformers, load_failure
from .hub import ResolvedModel, progress_bars


class TransformersBackend(Seq2SeqBackend):
    """A seq2seq model and its tokenizer loaded with transformers."""

    runtime = "transformers"
    quantization = "float32"

    def __init__(self, resolved: ResolvedModel, device: str | None = None, *,
                 progress: bool = True) -> None:
        import torch
        from transformers import AutoModelForSeq2SeqLM, AutoTokenizer
        from transformers.utils import logging as hf_logging

        # Its warnings (e.g. max_length vs max_new_tokens) are for developers, not readers.
        hf_logging.set_verbosity_error()

        self._torch = torch
        self.model_id, self.revision = resolved.model_id, resolved.revision
        self.device = device or ("cuda" if torch.cuda.is_available() else "cpu")
        check_for_transformers(resolved)
        # Remote code is never trusted: a model repo cannot run code on the user's machine;
        # pickled weights are read only by torch's weights-only loader, which refuses code.
        try:
            with progress_bars(progress):
                self.tokenizer = AutoTokenizer.from_pretrained(resolved.path,
                                                               trust_remote_code=False)
                self.model = AutoModelForSeq2SeqLM.from_pretrained(
                    resolved.path, trust_remote_code=False, weights_only=True)
        except (MemoryError, RecursionError):
            raise
        except Exception as e:  # the libraries raise OSError, ValueError, pickle errors, ...
            raise load_failure(resolved, e) from e
        self.model = self.model.to(self.device).eval()
        self.max_input = input_limit(getattr(self.model.config, "max_position_embeddings", None),
                                     getattr(self.tokenizer, "model_max_length", None))

    def count_tokens(self, text: str) -> int:
        """Length of `text` in the model's tokens, special tokens included."""
        return len(self.tokenizer(text, truncation=False)["input_ids"])

    def generate_batch(self, texts: Sequence[str], gen: Generation) -> list[str]:
        """Run generate() on the texts as one padded batch."""
        if not texts:
            return []
        enc = self.tokenizer(list(texts), return_tensors="pt", padding=True, truncation=True,
                             max_length=self.max_input).to(self.device)
        kwargs = {k: v for k, v in {
            "num_beams": gen.num_beams,
            "max_new_tokens": gen.max_new_for(int(enc["input_ids"].shape[1])),
            "min_new_tokens": gen.min_new_tokens,
            "no_repeat_ngram_size": gen.no_repeat_ngram_size,
            "repetition_penalty": gen.repetition_penalty,
            "length_penalty": gen.length_penalty,
        }.items() if v is not None}
        if gen.num_beams:
            kwargs["early_stopping"] = True
        with self._torch.inference_mode():
            out = self.model.generate(**enc, **kwargs)
        return [t.strip() for t in self.tokenizer.batch_decode(out, skip_special_tokens=True)]

"""The transformers runtime: AutoModelForSeq2SeqLM.generate in float32 on the CPU (or GPU)."""

from __future__ import annotations

import math
from collections.abc import Sequence

from ..config import Generation
from .base import Generated, Seq2SeqBackend, input_limit
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
        self.model_dir = resolved.path  # its tokenizer files (the name guard's target.spm)
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
        """Run generate() on the texts as one padded batch; each output carries its score."""
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
            out = self.model.generate(**enc, **kwargs, output_scores=True,
                                      return_dict_in_generate=True)
            scores = self._scores(out)
        texts_out = self.tokenizer.batch_decode(out.sequences, skip_special_tokens=True)
        return [Generated(t.strip(), s) for t, s in zip(texts_out, scores, strict=True)]

    def _scores(self, out: object) -> list[float | None]:
        """Each output's mean log-probability per token, as CTranslate2 reports it: the chosen
        tokens' log-probabilities up to and including a generated </s>; a </s> forced at the
        length limit (probability 1) is not counted, as CTranslate2 never decodes it."""
        steps = getattr(out, "scores", None)
        sequences = out.sequences  # type: ignore[attr-defined]
        if not steps:
            return [None] * len(sequences)
        beams = getattr(out, "beam_indices", None)
        logp = self.model.compute_transition_scores(
            sequences, steps, beams, normalize_logits=beams is None)
        generated = sequences[:, -logp.shape[1]:]
        eos = self.model.generation_config.eos_token_id
        eos_ids = set(eos if isinstance(eos, list) else [eos])
        result: list[float | None] = []
        for row, ids in zip(logp.tolist(), generated.tolist(), strict=True):
            n = next((i + 1 for i, t in enumerate(ids) if t in eos_ids), len(ids))
            if n and ids[n - 1] in eos_ids and row[n - 1] == 0.0:
                n -= 1  # forced: no choice was made
            values = [v for v in row[:n] if math.isfinite(v)]  # padding reads -inf or NaN
            result.append(sum(values) / len(values) if values else None)
        return result

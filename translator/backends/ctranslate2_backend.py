"""The CTranslate2 runtime: a converted model (int8 by default) and torch-free tokenizers."""

from __future__ import annotations

import math
import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from ..config import Generation
from ..errors import InputError
from .base import Generated, ProgressFn, Seq2SeqBackend
from .convert import read_meta
from .hub import ResolvedModel
from .subwords import SubwordTokenizer, load_subwords


def _usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def cpu_cores() -> int:
    """CTranslate2's intra_threads: BRIEF_THREADS, when set, is this process's share (a cluster
    worker's); otherwise default_threads of the cores this process may use."""
    share = os.environ.get("BRIEF_THREADS", "")
    if share.isdigit() and int(share) > 0:
        return int(share)
    return default_threads(_usable_cores())


def default_threads(cores: int) -> int:
    """Intra-op threads on a machine with `cores` cores: all of them, but one on 2 or fewer.

    Measured on a 2-core machine (benchmarks/speed.py): 2 unpinned threads made 216k context
    switches and briefed slower than 1 thread, since the OS, the Python thread and CTranslate2's
    spinning workers then compete for the same two cores."""
    return 1 if cores <= 2 else cores


def parallel_batches() -> int:
    """CTranslate2's inter_threads (batches run at once, one model in memory): 1 under
    BRIEF_THREADS (a cluster worker owns its share), else default_parallel of the cores."""
    share = os.environ.get("BRIEF_THREADS", "")
    if share.isdigit() and int(share) > 0:
        return 1
    return default_parallel(_usable_cores())


def default_parallel(cores: int) -> int:
    """Batches run at once on `cores` cores: two on 2 cores, each on one thread (its own core,
    no hand-offs between threads), else one (then intra_threads uses every core)."""
    return 2 if cores == 2 else 1


class CTranslate2Backend(Seq2SeqBackend):
    """A model converted by `brief models pull`, run with ctranslate2.Translator."""

    runtime = "ctranslate2"

    def __init__(self, resolved: ResolvedModel, model_dir: Path,
                 compute_type: str | None = None, device: str | None = None, *,
                 tokenizer: SubwordTokenizer | None = None) -> None:
        import ctranslate2

        meta = read_meta(model_dir)
        self.model_id, self.revision = resolved.model_id, resolved.revision
        self.quantization = meta["quantization"]
        self.device = device or ("cuda" if ctranslate2.get_cuda_device_count() > 0 else "cpu")
        self.compute_type = compute_type or _compute_type(self.quantization, self.device)
        self.parallel = parallel_batches() if self.device == "cpu" else 1
        self.translator = ctranslate2.Translator(
            str(model_dir), device=self.device, compute_type=self.compute_type,
            inter_threads=self.parallel, intra_threads=cpu_cores() if self.device == "cpu" else 0)
        # One loaded alone already (to count tokens before the model was needed) is reused.
        self.tokenizer_kind = meta["tokenizer"]
        self.tokenizer = tokenizer or load_subwords(model_dir, self.tokenizer_kind,
                                                    meta.get("source_unknown"))
        self.max_input = int(meta["max_input"])
        self.defaults = meta.get("generation", {})
        self.target_prefix = list(meta.get("target_prefix") or [])
        self.model_dir = model_dir
        self.use_vmap = False

    def enable_vmap(self) -> None:
        """Restrict outputs to the vocabulary shortlist (vmap.txt, built when missing); it joins
        the signature."""
        marked = vmap_quantization(self.model_dir, self.tokenizer_kind, self.quantization)
        if marked is None:
            return  # no shortlist can be had, so none is used
        self.use_vmap, self.quantization = True, marked

    def calls_at_once(self) -> int:
        return self.parallel

    def count_tokens(self, text: str) -> int:
        """Length of `text` in the model's tokens, special tokens included."""
        return len(self.tokenizer.encode(text))

    def generate_batch(self, texts: Sequence[str], gen: Generation) -> list[str]:
        """translate_batch on the texts, settings as the transformers runtime would use them;
        each output carries the best hypothesis's (length-normalised) score."""
        return next(self._run([(texts, self._encode(texts))], gen)) if texts else []

    def generate(self, texts: Sequence[str], gen: Generation,
                 progress: ProgressFn | None = None) -> list[str]:
        """As Seq2SeqBackend.generate (the same batches, `batch_size` texts), but with
        `parallel` > 1 they run `parallel` at a time, a batch split in `parallel` parts when
        there are fewer batches than that; each part keeps its batch's length limits, so the
        outputs are those of the batches run one after another."""
        if self.parallel <= 1 or len(texts) <= 1:
            return super().generate(texts, gen, progress)
        size = self.call_size(len(texts), watched=progress is not None)
        jobs: list[tuple[Sequence[str], list[list[str]], int]] = []
        for start in range(0, len(texts), size):
            batch = texts[start:start + size]
            tokens = self._encode(batch)
            longest = max(len(t) for t in tokens)  # the batch's limits, in each of its parts
            step = size if len(texts) >= size * self.parallel \
                else math.ceil(len(batch) / self.parallel)
            jobs += [(batch[i:i + step], tokens[i:i + step], longest)
                     for i in range(0, len(batch), step)]
        out: list[str] = []
        for (part, _, _), results in zip(jobs, self._run([(p, t) for p, t, _ in jobs], gen,
                                                         [n for _, _, n in jobs]), strict=True):
            out.extend(self.checked(results, part))
            if progress:
                progress(len(out), len(texts))
        return out

    def _encode(self, texts: Sequence[str]) -> list[list[str]]:
        return [self.tokenizer.encode(t)[: self.max_input] for t in texts]

    def _run(self, jobs: Sequence[tuple[Sequence[str], list[list[str]]]], gen: Generation,
             longest: Sequence[int] | None = None) -> Iterator[list[str]]:
        """Every job (texts, their tokens) submitted at once (CTranslate2 runs `parallel` at a
        time, the GIL released), the outputs yielded job by job in order; `longest`: the input
        length each job's limits are set from (else its own longest)."""
        pending = []
        for i, (_, tokens) in enumerate(jobs):
            pending.append(self.translator.translate_batch(
                tokens, target_prefix=[self.target_prefix] * len(tokens) if self.target_prefix
                else None, max_input_length=self.max_input, return_scores=True,
                asynchronous=len(jobs) > 1, **({"use_vmap": True} if self.use_vmap else {}),
                **self._options(gen, longest[i] if longest else max(map(len, tokens)))))
        for results in pending:
            done = [r.result() if hasattr(r, "result") else r for r in results]
            yield [Generated(self.tokenizer.decode(r.hypotheses[0]),
                             r.scores[0] if r.scores else None) for r in done]

    def _options(self, gen: Generation, input_len: int) -> dict:
        """Generation settings; unset ones fall back to the model's own, as in transformers."""
        d = self.defaults
        max_new = gen.max_new_for(input_len)
        if max_new is None:  # transformers' max_length counts the decoder start token
            max_new = max(1, int(d.get("max_length", 256)) - 1)
        if d.get("forced_eos_token_id") is not None:
            # transformers spends the last step on a forced </s>; CTranslate2 just stops.
            max_new = max(1, max_new - 1)
        min_new = gen.min_new_tokens
        if min_new is None:
            min_new = max(0, int(d.get("min_length", 0)) - 1)
        min_new = min(min_new, max_new)  # a config may ask for min == max (fixed lengths)
        opts = {
            "beam_size": gen.num_beams or int(d.get("num_beams", 1)),
            "max_decoding_length": max_new,
            "min_decoding_length": min_new,
            "no_repeat_ngram_size": gen.no_repeat_ngram_size or d.get("no_repeat_ngram_size"),
            "repetition_penalty": gen.repetition_penalty or d.get("repetition_penalty"),
            "length_penalty": gen.length_penalty if gen.length_penalty is not None
            else d.get("length_penalty"),
        }
        return {k: v for k, v in opts.items() if v is not None}


def vmap_quantization(model_dir: Path, tokenizer_kind: str, quantization: str) -> str | None:
    """The quantization a model run with its shortlist reports (other outputs: another cache
    key), the shortlist built now if missing (ensure_vmap); None when none can be had. Both the
    loaded backend and loading.expected_signature (the key before loading) decide here."""
    if ensure_vmap(model_dir, tokenizer_kind) is None:
        return None
    return f"{quantization}+vmap"


def ensure_vmap(model_dir: Path, tokenizer_kind: str) -> Path | None:
    """The converted model's vmap.txt, built now from its own tokenizers when it is missing (a
    copy converted before shortlists were on by default: no corpus needed, ~0.1 s, written
    atomically); None when none can be built (a model of another kind, a read-only folder):
    the shortlist only saves time, so the model then runs without it."""
    path = Path(model_dir) / "vmap.txt"
    if path.is_file():
        return path
    try:
        if tokenizer_kind == "bpe":
            from . import summary_vmap

            return summary_vmap.write_for_model(Path(model_dir))
        from . import vmap

        return vmap.write_for_model(Path(model_dir), [])
    except (OSError, InputError):
        return None


def _compute_type(quantization: str, device: str) -> str:
    if device == "cuda" and quantization == "int8":
        return "int8_float16"
    return quantization

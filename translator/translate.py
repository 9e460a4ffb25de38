"""Translate all segments of an article in length-sorted batches, with guards on every output."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from . import guards
from .backends.base import Seq2SeqBackend
from .config import Generation, TranslationConfig

# Flag codes, documented in the README.
UNTRANSLATED = "untranslated"  # empty or punctuation-only segment copied through as is
LOOP_RETRIED = "loop_retried"  # output looped; a retry with stronger settings fixed it
LOOP = "loop"  # output still looped after the retry; the repetition was cut
NUMBER = "number_mismatch"  # a number in the source is missing or changed in the output

ProgressFn = Callable[[int, int], None]


@dataclass(frozen=True)
class Flag:
    """A guard's finding on one segment of a paragraph."""

    code: str
    segment: int
    detail: str = ""

    def to_dict(self) -> dict:
        return {"code": self.code, "segment": self.segment, "detail": self.detail}


@dataclass
class Paragraph:
    """A source paragraph, its translation and what the guards found."""

    source: str
    segments: list[str]
    outputs: list[str] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(o for o in self.outputs if o)


def translate_segments(
    backend: Seq2SeqBackend,
    segments: Sequence[str],
    gen: Generation,
    batch_size: int,
    progress: ProgressFn | None = None,
) -> list[str]:
    """Translate texts in batches of similar length; outputs come back in input order."""
    order = sorted(range(len(segments)), key=lambda i: backend.count_tokens(segments[i]),
                   reverse=True)
    out: list[str] = [""] * len(segments)
    for start in range(0, len(order), batch_size):
        idx = order[start:start + batch_size]
        results = backend.generate_batch([segments[i] for i in idx], gen)
        if len(results) != len(idx):
            raise RuntimeError(f"{backend.runtime} returned {len(results)} outputs "
                               f"for {len(idx)} inputs")
        for i, text in zip(idx, results, strict=False):
            out[i] = text
        if progress:
            progress(min(start + batch_size, len(order)), len(order))
    return out


def translate_paragraphs(
    backend: Seq2SeqBackend,
    segmented: Sequence[tuple[str, Sequence[str]]],
    cfg: TranslationConfig,
    progress: ProgressFn | None = None,
) -> list[Paragraph]:
    """Translate (paragraph, segments) pairs together, guard each output, reassemble them."""
    paragraphs = [Paragraph(source=p, segments=list(segs), outputs=list(segs))
                  for p, segs in segmented]
    todo: list[tuple[int, int]] = []
    for pi, para in enumerate(paragraphs):
        for si, seg in enumerate(para.segments):
            if guards.is_translatable(seg):
                todo.append((pi, si))
            else:
                para.flags.append(Flag(UNTRANSLATED, si, seg.strip()))
    sources = [paragraphs[pi].segments[si] for pi, si in todo]
    outputs = translate_segments(backend, sources, cfg.generation, cfg.batch_size, progress)

    # A chant quoted three times in the source is not a model loop when it comes back so.
    looping = [k for k, text in enumerate(outputs)
               if guards.has_loop(text) and not guards.has_loop(sources[k])]
    if looping:
        retry_gen = cfg.generation.merged(cfg.retry)
        retried = translate_segments(backend, [sources[k] for k in looping], retry_gen,
                                     cfg.batch_size)
        for k, text in zip(looping, retried, strict=False):
            pi, si = todo[k]
            if guards.has_loop(text):
                outputs[k] = guards.collapse_loop(text)
                paragraphs[pi].flags.append(Flag(LOOP, si, "repetition cut after retry"))
            else:
                outputs[k] = text
                paragraphs[pi].flags.append(Flag(LOOP_RETRIED, si))

    for (pi, si), src, text in zip(todo, sources, outputs, strict=False):
        paragraphs[pi].outputs[si] = text
        missing = guards.number_mismatches(src, text)
        if missing:
            paragraphs[pi].flags.append(Flag(NUMBER, si, ", ".join(missing)))
    for para in paragraphs:
        para.flags.sort(key=lambda f: (f.segment, f.code))
    return paragraphs

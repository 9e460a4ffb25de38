"""Translate all segments of an article in length-sorted batches, with guards on every output."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from . import guards
from .backends.base import Seq2SeqBackend
from .config import Generation, TranslationConfig
from .result import Flag, Paragraph

# Flag codes, documented in the README.
UNTRANSLATED = "untranslated"  # empty or punctuation-only segment copied through as is
LOOP_RETRIED = "loop_retried"  # output looped; a retry with stronger settings fixed it
LOOP = "loop"  # output still looped after the retry; the repetition was cut
NUMBER = "number_mismatch"  # a number in the source is missing or changed in the output

ProgressFn = Callable[[int, int], None]


def translate_segments(
    backend: Seq2SeqBackend,
    segments: Sequence[str],
    gen: Generation,
    progress: ProgressFn | None = None,
) -> list[str]:
    """Translate texts in batches of similar length (less padding); outputs come back in input
    order."""
    order = sorted(range(len(segments)), key=lambda i: backend.count_tokens(segments[i]),
                   reverse=True)
    results = backend.generate([segments[i] for i in order], gen, progress)
    out: list[str] = [""] * len(segments)
    for i, text in zip(order, results, strict=True):
        out[i] = text
    return out


def translate_paragraphs(
    backend: Seq2SeqBackend,
    segmented: Sequence[tuple[str, Sequence[str]]],
    cfg: TranslationConfig,
    progress: ProgressFn | None = None,
) -> list[Paragraph]:
    """Translate (paragraph, segments) pairs together, guard each output, reassemble them."""
    outs = [list(segs) for _, segs in segmented]  # untranslatable segments stay as they are
    flags: list[list[Flag]] = [[] for _ in segmented]
    todo: list[tuple[int, int]] = []
    for pi, (_, segs) in enumerate(segmented):
        for si, seg in enumerate(segs):
            if guards.is_translatable(seg):
                todo.append((pi, si))
            else:
                flags[pi].append(Flag(UNTRANSLATED, si, seg.strip()))
    sources = [segmented[pi][1][si] for pi, si in todo]
    outputs = translate_segments(backend, sources, cfg.generation, progress)

    # A chant quoted three times in the source is not a model loop when it comes back so.
    looping = [k for k, text in enumerate(outputs)
               if guards.has_loop(text) and not guards.has_loop(sources[k])]
    if looping:
        retry_gen = cfg.generation.merged(cfg.retry)
        retried = translate_segments(backend, [sources[k] for k in looping], retry_gen)
        for k, text in zip(looping, retried, strict=True):
            pi, si = todo[k]
            if guards.has_loop(text):
                outputs[k] = guards.collapse_loop(text)
                flags[pi].append(Flag(LOOP, si, "repetition cut after retry"))
            else:
                outputs[k] = text
                flags[pi].append(Flag(LOOP_RETRIED, si))

    for (pi, si), src, text in zip(todo, sources, outputs, strict=True):
        outs[pi][si] = text
        missing = guards.number_mismatches(src, text)
        if missing:
            flags[pi].append(Flag(NUMBER, si, ", ".join(missing)))
    return [Paragraph(source=p, segments=tuple(segs), outputs=tuple(out),
                      flags=tuple(sorted(fl, key=lambda f: (f.segment, f.code))))
            for (p, segs), out, fl in zip(segmented, outs, flags, strict=True)]

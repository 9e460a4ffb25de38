"""Translate all segments of an article in length-sorted batches, with guards on every output."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from typing import Any

from . import guards, omission
from .backends.base import Seq2SeqBackend
from .config import Generation, TranslationConfig
from .result import Flag, Generated, Paragraph, mean_score

# Flag codes, documented in the README.
UNTRANSLATED = "untranslated"  # empty or punctuation-only segment copied through as is
LOOP_RETRIED = "loop_retried"  # output looped; a retry with stronger settings fixed it
LOOP = "loop"  # output still looped after the retry; the repetition was cut
NUMBER = "number_mismatch"  # a number in the source is missing or changed in the output
OMISSION_RETRIED = "omission_retried"  # output dropped content; a split retry covered it
OMISSION = "omission"  # output still looks short or lacks content after the retry
NAME = "name_changed"  # a name in the source is missing or altered in the output

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

    # A segment the loop guard retried already has its flag (and its cut output is short by
    # design): a second retry for it would double the cost for a reader told to distrust it.
    for k, code, detail in _omission_retries(backend, sources, outputs, cfg, set(looping)):
        pi, si = todo[k]
        flags[pi].append(Flag(code, si, detail))

    name_changes = _name_guard()
    glossary = getattr(cfg, "glossary", None) or None
    for (pi, si), src, text in zip(todo, sources, outputs, strict=True):
        outs[pi][si] = text
        missing = guards.number_mismatches(src, text)
        if missing:
            flags[pi].append(Flag(NUMBER, si, ", ".join(missing)))
        # A "name" holding a number already flagged ("Rp1.500.000") is that number's flag.
        changed = [n for n in (name_changes(src, text, glossary) if name_changes else [])
                   if not any(m in n for m in missing)]
        if changed:
            flags[pi].append(Flag(NAME, si, ", ".join(changed)))
    return [Paragraph(source=p, segments=tuple(segs), outputs=tuple(out),
                      flags=tuple(sorted(fl, key=lambda f: (f.segment, f.code))),
                      score=mean_score(out))  # the model's scores ride on its outputs
            for (p, segs), out, fl in zip(segmented, outs, flags, strict=True)]


def _name_guard() -> Any:
    """translator.names.name_changes when that module is installed, else None."""
    try:
        return getattr(importlib.import_module(f"{__package__}.names"), "name_changes", None)
    except ImportError:
        return None


def _omission_retries(backend: Seq2SeqBackend, sources: list[str], outputs: list[str],
                      cfg: TranslationConfig, skip: set[int]) -> list[tuple[int, str, str]]:
    """Retry suspected omissions split at sentence/clause boundaries with the retry settings;
    outputs are replaced in place where the retry covers the source better. Returns
    (index, flag code, detail) for every suspect."""
    count = backend.count_tokens
    suspects = [k for k, (src, out) in enumerate(zip(sources, outputs, strict=True))
                if k not in skip and omission.is_suspect(src, out, count)]
    if not suspects:
        return []
    pieces = {k: omission.retry_pieces(sources[k], count) for k in suspects}
    flat = [p for k in suspects for p in pieces[k]]
    # One length-sorted, batched call for all pieces of all suspects.
    done = iter(translate_segments(backend, flat, cfg.generation.merged(cfg.retry)))
    found: list[tuple[int, str, str]] = []
    for k in suspects:
        parts = [next(done) for _ in pieces[k]]
        retried = Generated(omission.join_outputs(parts), mean_score(parts))
        before = omission.coverage(sources[k], outputs[k], count)
        after = omission.coverage(sources[k], retried, count)
        # A retry that loops where the source does not is no better, however long it is.
        loops = guards.has_loop(retried) and not guards.has_loop(sources[k])
        if after.score > before.score and not loops:
            outputs[k], before = retried, after
        if before.suspect:
            found.append((k, OMISSION, before.describe()))
        else:
            found.append((k, OMISSION_RETRIED, f"retried in {len(parts)} piece(s)"))
    return found

"""Translate all segments of an article in length-sorted batches, with guards on every output."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

from . import guards, omission
from .backends.base import Seq2SeqBackend
from .backends.target_vocab import english_word_test
from .config import Generation, TranslationConfig
from .names import name_changes
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
DoneFn = Callable[[list[int], list[str]], None]
# Paragraphs final after their guards, in article order (translate_paragraphs' `on_done`).
ParagraphsFn = Callable[[list[Paragraph]], None]


def translate_segments(
    backend: Seq2SeqBackend,
    segments: Sequence[str],
    gen: Generation,
    progress: ProgressFn | None = None,
    done: DoneFn | None = None,
) -> list[str]:
    """Translate texts in batches of similar length (less padding); outputs come back in input
    order. `done(indices, outputs)` after each model call: the indices it finished, the outputs
    so far."""
    order = sorted(range(len(segments)), key=lambda i: backend.count_tokens(segments[i]),
                   reverse=True)
    out: list[str] = [""] * len(segments)
    if done is None:
        results = backend.generate([segments[i] for i in order], gen, progress)
        for i, text in zip(order, results, strict=True):
            out[i] = text
        return out
    # The calls generate() itself would make (Seq2SeqBackend.generate), one at a time here so
    # that each call's outputs are seen as it finishes, and the call holding the earliest
    # segment first: the same batches, but the article's start is done first.
    # At least as many texts a call as the runtime runs at once: one segment a call (batch_size
    # 1) on 2 cores left one core idle while the other translated (+0.9 s on the sample).
    size = max(backend.call_size(len(order), watched=progress is not None),
               backend.calls_at_once())
    chunks = sorted((order[s:s + size] for s in range(0, len(order), size)), key=min)
    finished = 0
    for chunk in chunks:
        for i, text in zip(chunk, backend.generate([segments[i] for i in chunk], gen),
                           strict=True):
            out[i] = text
        finished += len(chunk)
        if progress:
            progress(finished, len(order))
        done(chunk, out)
    return out


def translate_paragraphs(
    backend: Seq2SeqBackend,
    segmented: Sequence[tuple[str, Sequence[str]]],
    cfg: TranslationConfig,
    progress: ProgressFn | None = None,
    on_done: ParagraphsFn | None = None,
) -> list[Paragraph]:
    """Translate (paragraph, segments) pairs together, guard each output, reassemble them.

    With `on_done`, each model call's finished paragraphs are guarded (and retried) at once
    and handed to it, in article order: a paragraph comes once every paragraph before it has;
    without, all guards run once at the end (one batched retry call for the whole article)."""
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
    job = _Guarded(backend, cfg, todo, sources, outs, flags)

    def paragraph(pi: int) -> Paragraph:
        p, segs = segmented[pi]
        return Paragraph(source=p, segments=tuple(segs), outputs=tuple(outs[pi]),
                         flags=tuple(sorted(flags[pi], key=lambda f: (f.segment, f.code))),
                         score=mean_score(outs[pi]))  # the model's scores ride on its outputs

    if on_done is None:
        job.outputs = translate_segments(backend, sources, cfg.generation, progress)
        job.guard(range(len(todo)))
        return [paragraph(pi) for pi in range(len(segmented))]

    left = [0] * len(segmented)  # segments of each paragraph still being translated
    for pi, _ in todo:
        left[pi] += 1
    ready: list[Paragraph] = []

    def flush() -> None:
        end = len(ready)
        while end < len(segmented) and not left[end]:
            end += 1
        if end > len(ready):
            job.guard([k for k, (pi, _) in enumerate(todo) if len(ready) <= pi < end])
            new = [paragraph(pi) for pi in range(len(ready), end)]
            ready.extend(new)
            on_done(new)

    def finished(chunk: list[int], outputs: list[str]) -> None:
        job.outputs = outputs
        for k in chunk:
            left[todo[k][0]] -= 1
        flush()

    job.outputs = translate_segments(backend, sources, cfg.generation, progress, finished)
    flush()  # paragraphs with nothing to translate (or an article of only those)
    return ready


class _Guarded:
    """The guards over an article's translated segments, run on any subset of them (a model
    call's finished paragraphs, or all at once); outputs and flags are updated in place."""

    def __init__(self, backend: Seq2SeqBackend, cfg: TranslationConfig,
                 todo: list[tuple[int, int]], sources: list[str], outs: list[list[str]],
                 flags: list[list[Flag]]) -> None:
        self.backend, self.cfg, self.todo, self.sources = backend, cfg, todo, sources
        self.outs, self.flags = outs, flags
        self.outputs: list[str] = []
        self.glossary = getattr(cfg, "glossary", None) or None

    @functools.cached_property
    def is_common(self) -> Callable[[str], bool] | None:
        """The name guard's word test, built once per article: guard() runs once per model
        call, and the test's cache should span them all."""
        return _common_word_test(self.backend)

    @functools.cached_property
    def is_english(self) -> Callable[[str], bool] | None:
        """The name guard's English-word test (a whole piece of the model's own target.spm),
        built once per article and read only when a word is asked about; None without it."""
        return english_word_test(self.backend)

    def guard(self, ks: Sequence[int]) -> None:
        """Loop retry, omission retry, number and name checks on the outputs `ks`."""
        backend, cfg, todo, sources, outputs = (self.backend, self.cfg, self.todo,
                                                self.sources, self.outputs)
        flags = self.flags
        # A chant quoted three times in the source is not a model loop when it comes back so.
        looping = [k for k in ks if guards.has_loop(outputs[k]) and not guards.has_loop(sources[k])]
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
        for k, code, detail in _omission_retries(backend, sources, outputs, cfg, set(looping), ks):
            pi, si = todo[k]
            flags[pi].append(Flag(code, si, detail))

        for k in ks:
            (pi, si), src, text = todo[k], sources[k], outputs[k]
            self.outs[pi][si] = text
            missing = guards.number_mismatches(src, text)
            if missing:
                flags[pi].append(Flag(NUMBER, si, ", ".join(missing)))
            # A "name" holding a number already flagged ("Rp1.500.000") is that number's flag.
            changed = [n for n in name_changes(src, text, self.glossary, is_common=self.is_common,
                                               is_english=self.is_english)
                       if not any(m in n for m in missing)]
            if changed:
                flags[pi].append(Flag(NAME, si, ", ".join(changed)))


def _common_word_test(backend: Seq2SeqBackend) -> Callable[[str], bool] | None:
    """The name guard's ordinary-word test from the model's own vocabulary: a lowercase word that
    is one whole source piece (2 tokens with </s>) is a word, not a name. None without a real
    subword tokenizer (the base whitespace estimate counts every word as 2)."""
    if backend.count_tokens("kalousis") <= 2:  # a rare name no real vocabulary holds whole
        return None
    return functools.lru_cache(maxsize=4096)(lambda word: backend.count_tokens(word) <= 2)


def _omission_retries(backend: Seq2SeqBackend, sources: list[str], outputs: list[str],
                      cfg: TranslationConfig, skip: set[int],
                      among: Sequence[int] | None = None) -> list[tuple[int, str, str]]:
    """Retry suspected omissions split at sentence/clause boundaries with the retry settings;
    outputs are replaced in place where the retry covers the source better. Returns
    (index, flag code, detail) for every suspect (of the indices `among`; all by default)."""
    count = backend.count_tokens
    suspects = [k for k in (range(len(sources)) if among is None else among)
                if k not in skip and omission.is_suspect(sources[k], outputs[k], count)]
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

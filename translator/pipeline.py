"""The one flow of a brief: load -> clean -> check -> segment -> translate -> guard -> summarise.

    from translator import open_models, brief, Options
    models = open_models()                      # nothing is loaded until an article needs it
    result = brief(Path("article.txt"), models, Options(length="short"))

Typed errors only (translator/errors.py); no printing, no exit codes: that is the CLI's job.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from .article import Article
from .backends.base import Seq2SeqBackend
from .cache import CacheOpener, TranslationCache, input_key
from .clean_cache import cleaning_of, remember
from .config import Config, Generation, TranslationConfig, load_config
from .checks import MAX_ARTICLE_WORDS, check_language, check_length
from .errors import ConfigError, InputError
from .guards import is_translatable
from .load import Loaded
from .result import Brief, Paragraph, Signature, StageSignature
from .segment import segment_paragraphs
from .summarize import summarize
from .translate import translate_paragraphs

LENGTHS = ("short", "medium", "long")


class Reporter(Protocol):
    """Where the pipeline tells the user what it is doing (stderr in the CLI)."""

    def notice(self, message: str) -> None:
        """Something the user must see even when stderr is not a terminal (a download)."""

    def status(self, message: str) -> None:
        """A progress message, shown on terminals only."""

    def progress(self, label: str, done: int, total: int) -> None:
        """`done` of `total` items of the stage `label` are finished."""


class Silent:
    """A reporter that says nothing."""

    interactive = False  # no bar: the model calls keep their full batch_size

    def notice(self, message: str) -> None:
        """Say nothing."""

    def status(self, message: str) -> None:
        """Say nothing."""

    def progress(self, label: str, done: int, total: int) -> None:
        """Say nothing."""


@dataclass(frozen=True)
class Options:
    """How to brief an article."""

    length: str = "medium"  # of the summary: short, medium or long
    force: bool = False  # translate even when the text does not look Indonesian
    max_words: int = MAX_ARTICLE_WORDS  # longer articles are refused (InputError)

    def __post_init__(self) -> None:
        if self.length not in LENGTHS:
            raise ConfigError(f"length must be one of {', '.join(LENGTHS)}, not {self.length!r}")


class Models:
    """The translation and summarisation backends of a run and the config they come from.

    Hand backends in (`Models(translator=..., summarizer=..., config=cfg)`), or let
    `open_models` give a loader: each model is then found when first used, so bad input fails
    before any model loads, and ModelUnavailable surfaces on that first use; behind the cache
    a model loads only on its first cache miss (`loaded` says which did). `cache`, the
    loader's cache (open_models hands it over), also remembers cleaned articles."""

    def __init__(self, translator: Seq2SeqBackend | None = None,
                 summarizer: Seq2SeqBackend | None = None, *, config: Config | None = None,
                 loader: Callable[[str], Seq2SeqBackend] | None = None,
                 cache: TranslationCache | CacheOpener | None = None) -> None:
        if loader is None and (translator is None or summarizer is None):
            raise TypeError("Models needs both backends, or a loader (see open_models)")
        self.config = config if config is not None else load_config()
        self._backends = {"translation": translator, "summarization": summarizer}
        self._loader = loader
        self._cache = cache

    def clean_cache(self, *, opened_only: bool = False) -> TranslationCache | None:
        """The cache that remembers cleaned articles, if any: before the checks only where its
        file exists (a lookup creates nothing); with `opened_only`, only once it is open."""
        cache = self._cache
        if isinstance(cache, CacheOpener):
            return cache.opened if opened_only else cache.existing()
        return cache

    @classmethod
    def from_backends(cls, translator: Seq2SeqBackend, summarizer: Seq2SeqBackend,
                      config: Config | None = None) -> Models:
        """Models of two backends already loaded (test doubles, a shared process's models)."""
        return cls(translator, summarizer, config=config)

    def _get(self, role: str) -> Seq2SeqBackend:
        backend = self._backends[role]
        if backend is None:
            assert self._loader is not None  # __init__ refuses a missing backend without one
            backend = self._backends[role] = self._loader(role)
        return backend

    @property
    def translator(self) -> Seq2SeqBackend:
        """The translation backend (loaded now if it was not yet)."""
        return self._get("translation")

    @property
    def summarizer(self) -> Seq2SeqBackend:
        """The summarisation backend (loaded now if it was not yet)."""
        return self._get("summarization")

    @property
    def loaded(self) -> tuple[str, ...]:
        """The roles whose model is loaded: "translation", "summarization" (a cached backend
        loads its model on its first cache miss: a run answered from the cache loads none)."""
        return tuple(role for role, b in self._backends.items()
                     if b is not None and getattr(b, "loaded", True))

    @property
    def opened(self) -> tuple[str, ...]:
        """The roles whose backend is open, its model loaded or waiting for a cache miss."""
        return tuple(role for role, b in self._backends.items() if b is not None)

    def prefetch_summarizer(self, body: Sequence[str], gen: Generation) -> bool:
        """Start loading the summariser in the background when the translation of `body` (its
        segments) will miss the cache, since the summary's input is then new: the load
        overlaps the translation. False (nothing started) when it is cached or cannot."""
        summarizer, translator = self.summarizer, self.translator
        start, misses = getattr(summarizer, "prefetch", None), getattr(translator, "misses", None)
        if start is None or misses is None or getattr(summarizer, "loaded", True):
            return False
        if not misses(body, gen):
            return False
        start()
        return True

    def load(self) -> None:
        """Open both backends now (translation first), unless they are: each model is found
        on disk (ModelUnavailable if it is not) and loaded, or, behind the cache, loaded on
        its first miss."""
        self._get("translation")
        self._get("summarization")


def open_models(config: Config | str | os.PathLike[str] | None = None, *, offline: bool = False,
                runtime: str | None = None, cache: bool | TranslationCache | None = True,
                reporter: Reporter | None = None) -> Models:
    """The configured models (`config`: a Config, a models.yaml path, or None for the default),
    each loaded on first use. `cache`: True for the default cache file, False/None for none, or
    an open TranslationCache. `offline`: never download (set HF_HUB_OFFLINE before importing
    this for the libraries too)."""
    from .backends.loading import Loader

    cfg = config if isinstance(config, Config) else load_config(config)
    cfg = cfg.with_runtime(runtime)
    reporter = reporter or Silent()
    opener: TranslationCache | CacheOpener | None
    # Opened on first use, once: by the first model, or by a cleaning lookup when it exists.
    opener = CacheOpener(warn=reporter.notice) if cache is True else cache or None
    loader = Loader(cfg, offline=offline, cache=opener, notify=reporter.notice,
                    status=reporter.status,
                    progress=not getattr(reporter, "quiet", False),  # -q silences their bars
                    live=bool(getattr(reporter, "interactive", False)))
    return Models(config=cfg, loader=loader.load, cache=opener)


def load_input(source: Loaded | Path | str) -> Loaded:
    """A Loaded input as it is; a Path read from disk; a URL fetched; other text taken as is."""
    if isinstance(source, Loaded):
        return source
    from . import load

    if isinstance(source, Path):
        return load.read_path(str(source))
    if source.startswith(("http://", "https://")) and len(source.split()) == 1:
        return load.read_url(source)
    return Loaded(text=source, origin="", encoding="utf-8")


# What brief() tells an observer as the brief is made, in this order (the CLI streams its
# rich view from it): ("title", a Brief of the headline, metadata and notes, with no
# paragraphs or summary yet); ("paragraphs", a tuple of Paragraphs final after their guards,
# each event going on in article order where the last stopped), once or more; ("summary", the
# finished Brief), last. The flag count is known only with the last.
Observer = Callable[[str, Any], None]

# The keys of an outlet's template lines in a store, given the outlet and the page's text (which
# is not counted), as translator.store.template_lookup(path) gives.
TemplateLookup = Callable[[str, str], frozenset[str]]


def clean_input(loaded: Loaded, templates: TemplateLookup | None = None, *,
                cache: TranslationCache | None = None) -> Article:
    """The cleaned article; InputError when cleaning left no article text. With `templates`,
    lines the store has seen on the outlet's other pages are treated as its template. With a
    `cache`, taken from it when this cleaner cleaned this input before (with the same template
    lines), else remembered there (translator/clean_cache.py)."""
    cleaning = cleaning_of(loaded.text, loaded.meta, templates, cache)
    remember(cache, loaded.text, loaded.meta, cleaning)
    return checked_text(cleaning.article, loaded)


def checked_text(article: Article, loaded: Loaded) -> Article:
    """The article; InputError when cleaning left no article text."""
    if not article.paragraphs:
        where = f"{loaded.origin}: " if loaded.origin else ""
        raise InputError(f"{where}no article text found")
    return article


def signature_of(models: Models, options: Options) -> Signature:
    """What a brief made by `models` under `options` depends on besides its input: each stage's
    model, generation settings and limits (a stored brief with the same one can be reused)."""
    tcfg, scfg = models.config.translation, models.config.summarization
    return Signature(
        translation=StageSignature(models.translator.signature(), tcfg.generation.signature(),
                                   (("max_input_tokens", tcfg.max_input_tokens),)),
        summarization=StageSignature(models.summarizer.signature(),
                                     scfg.for_length(options.length).signature(),
                                     (("window_tokens", scfg.window_tokens),)))


def brief(source: Loaded | Path | str, models: Models, options: Options = Options(), *,
          reporter: Reporter | None = None, templates: TemplateLookup | None = None,
          on_event: Observer | None = None) -> Brief:
    """Brief one article: raw text, a file (Path), a URL, or an already Loaded input;
    `templates` looks up the outlet's template lines in a store (see clean_input); `on_event`
    is told of each part as it is ready (see Observer)."""
    half = translate_article(source, models, options, reporter=reporter, templates=templates,
                             on_event=on_event)
    return finish(half, models, reporter=reporter, on_event=on_event)


@dataclass(frozen=True)
class Translated:
    """An article up to its summary: what translate_article made and finish() completes."""

    loaded: Loaded
    article: Article
    title: str | None
    paragraphs: tuple[Paragraph, ...]
    options: Options
    notes: tuple[str, ...]
    timings: dict[str, float]  # load_s, clean_s, models_s, translate_s so far
    began: float  # perf_counter when cleaning began (total_s counts from it)


def translate_article(source: Loaded | Path | str, models: Models,
                      options: Options = Options(), *, reporter: Reporter | None = None,
                      templates: TemplateLookup | None = None,
                      on_event: Observer | None = None) -> Translated:
    """The first half of brief(): load, clean, check, segment, translate and guard. It uses
    the translator alone (and starts the summariser loading), so finish() of one article can
    run in another thread while the next article is translated (translator/ahead.py)."""
    reporter = reporter or Silent()
    t0 = time.perf_counter()
    loaded = load_input(source)
    for warning in loaded.warnings:
        reporter.notice(warning)
    t1 = time.perf_counter()
    cleaning = cleaning_of(loaded.text, loaded.meta, templates, models.clean_cache())
    article = checked_text(cleaning.article, loaded)
    t2 = time.perf_counter()
    # Before the models load: an article brief cannot help costs no model time.
    check_length(article, options.max_words)
    notes = [*article.notes, *check_language(article, options.force)]
    models.load()
    # Remembered once the input passed its checks and the models opened the cache.
    remember(models.clean_cache(opened_only=True), loaded.text, loaded.meta, cleaning)
    t3 = time.perf_counter()
    tcfg = models.config.translation
    texts = ([article.title] if article.title else []) + list(article.paragraphs)
    # Token counts are remembered with the article: a rerun answered from the cache then
    # needs no tokenizer (segmentation and the guards count here, the summary's window in
    # finish(), each backend between its own recall_counts and keep_counts).
    counting = hasattr(models.translator, "recall_counts")
    if counting:
        models.translator.recall_counts(article_counts_key(texts))
    segmented = segment_paragraphs(texts, models.translator.count_tokens, tcfg.max_input_tokens)
    pairs = list(zip(texts, segmented, strict=True))
    if article.language != "en":  # a new body means a new summary: load it as we translate
        lead = 1 if article.title else 0
        models.prefetch_summarizer([s for segs in segmented[lead:] for s in segs
                                    if is_translatable(s)], tcfg.generation)

    def headline(title: str | None) -> Brief:
        return Brief(article=article, title=title, summary="", paragraphs=(),
                     signature=Signature(None, None), length=options.length,
                     origin=loaded.origin, notes=tuple(notes))

    # Only a reporter that shows a bar gets progress (it makes the model calls smaller).
    progress = ((lambda done, total: reporter.progress("Translating", done, total))
                if getattr(reporter, "interactive", True) else None)
    if article.language == "en":
        translated = [Paragraph(source=p, segments=tuple(s), outputs=tuple(s)) for p, s in pairs]
        title = translated.pop(0).text if article.title else None
        if on_event is not None:
            on_event("title", headline(title))
            on_event("paragraphs", tuple(translated))
    elif on_event is None:
        translated = translate_paragraphs(models.translator, pairs, tcfg, progress=progress)
        title = translated.pop(0).text if article.title else None
    else:
        title, translated = _translate_watched(models.translator, pairs, tcfg, progress,
                                               bool(article.title), on_event, headline)
    if counting:
        models.translator.keep_counts()
    t4 = time.perf_counter()
    # An input loaded by the caller (the CLI reads it to store the original) brings its time.
    load_s = (t1 - t0) + (source.seconds if isinstance(source, Loaded) else 0.0)
    return Translated(loaded=loaded, article=article, title=title,
                      paragraphs=tuple(translated), options=options, notes=tuple(notes),
                      timings={"load_s": load_s, "clean_s": t2 - t1, "models_s": t3 - t2,
                               "translate_s": t4 - t3},
                      began=t1)


def article_counts_key(texts: Sequence[str]) -> str:
    """The key an article's token counts are stored under: its title and paragraphs."""
    return input_key("\n\n".join(texts))


def finish(half: Translated, models: Models, *, reporter: Reporter | None = None,
           on_event: Observer | None = None) -> Brief:
    """The second half of brief(): summarise the English and assemble the Brief. It uses the
    summariser alone."""
    reporter = reporter or Silent()
    t4 = time.perf_counter()
    reporter.status("Summarising ...")
    summarizer, scfg = models.summarizer, models.config.summarization
    counting = hasattr(summarizer, "recall_counts")
    if counting:
        article = half.article
        summarizer.recall_counts(article_counts_key(
            ([article.title] if article.title else []) + list(article.paragraphs)))
    sgen = scfg.for_length(half.options.length)
    summary = summarize(summarizer, [p.text for p in half.paragraphs], sgen, scfg.window_tokens)
    if counting:
        summarizer.keep_counts()
    t5 = time.perf_counter()
    timings = {**half.timings, "summarize_s": t5 - t4,
               "total_s": (t5 - half.began) + half.timings["load_s"]}
    result = Brief(article=half.article, title=half.title, summary=summary,
                   paragraphs=half.paragraphs, signature=signature_of(models, half.options),
                   length=half.options.length, origin=half.loaded.origin, notes=half.notes,
                   timings=timings)
    if on_event is not None:
        on_event("summary", result)
    return result


def _translate_watched(
    backend: Seq2SeqBackend, pairs: list[tuple[str, list[str]]], tcfg: TranslationConfig,
    progress: Callable[[int, int], None] | None, has_title: bool, on_event: Observer,
    headline: Callable[[str | None], Brief],
) -> tuple[str | None, list[Paragraph]]:
    """(title, paragraphs) translated for an observer: the headline in a small call of its
    own, told at once, then the body, each call's finished paragraphs told as they are final
    (in the body's length-sorted batches a short title would come last). One bar counts
    both calls."""
    lead = 1 if has_title else 0
    first = sum(map(is_translatable, pairs[0][1])) if lead else 0
    total = sum(is_translatable(s) for _, segs in pairs for s in segs)

    def bar(offset: int) -> Callable[[int, int], None] | None:
        return None if progress is None else (lambda done, _: progress(offset + done, total))

    head = translate_paragraphs(backend, pairs[:lead], tcfg, progress=bar(0))
    title = head[0].text if head else None
    on_event("title", headline(title))
    body = translate_paragraphs(backend, pairs[lead:], tcfg, progress=bar(first),
                                on_done=lambda done: on_event("paragraphs", tuple(done)))
    return title, body

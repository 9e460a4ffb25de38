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
from .errors import ConfigError, InputError, LanguageError
from .guards import is_translatable
from .language import language_name
from .load import Loaded
from .result import Brief, Paragraph, Signature, StageSignature
from .segment import segment_paragraphs
from .summarize import summarize
from .translate import translate_paragraphs

TRANSLATABLE = {"id": "Indonesian", "ms": "Malay"}
LENGTHS = ("short", "medium", "long")
# The longest article briefed, in words after cleaning (~700 KB of text; a long feature runs
# to ~5,000). Memory stays flat however long the text (the models get a batch at a time), but
# the run time grows with it; the cap also stops a wrong file (a book, a dump) early.
MAX_ARTICLE_WORDS = 100_000


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


def check_length(article: Article, max_words: int = MAX_ARTICLE_WORDS) -> None:
    """Raise InputError when the article is over `max_words` words."""
    words = sum(len(p.split()) for p in article.paragraphs) + len((article.title or "").split())
    if words > max_words:
        raise InputError(f"article too long: {words:,} words (brief takes at most "
                         f"{max_words:,}; split it)")


def check_language(article: Article, force: bool = False) -> list[str]:
    """Notes about the article's language; LanguageError when it is not one brief translates
    (Indonesian, or Malay with a note) and not `force`d."""
    lang = article.language or "und"
    if lang == "en":
        return ["The article is in English: translation skipped, summary only."]
    if lang == "ms":
        return ["The article looks Malay, not Indonesian: translated with the Indonesian model."]
    if lang in TRANSLATABLE or force:
        return [] if lang in TRANSLATABLE else [f"Language {lang!r} forced through as Indonesian."]
    detected = language_name(lang) + ("" if lang == "und" else f" ({lang})")
    raise LanguageError(f"The article does not look Indonesian (detected: {detected}); brief "
                        "translates Indonesian: use --force to translate it anyway")


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
    cfg = models.config
    tcfg, scfg = cfg.translation, cfg.summarization
    texts = ([article.title] if article.title else []) + list(article.paragraphs)
    # Token counts are remembered with the article: a rerun answered from the cache then
    # needs no tokenizer (segmentation, the guards and the summary's window all count).
    counted = [b for b in (models.translator, models.summarizer) if hasattr(b, "recall_counts")]
    article_key = input_key("\n\n".join(texts)) if counted else ""
    for backend in counted:
        backend.recall_counts(article_key)
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
    t4 = time.perf_counter()

    reporter.status("Summarising ...")
    sgen = scfg.for_length(options.length)
    summary = summarize(models.summarizer, [p.text for p in translated], sgen, scfg.window_tokens)
    t5 = time.perf_counter()
    for backend in counted:
        backend.keep_counts()
    signature = signature_of(models, options)
    # An input loaded by the caller (the CLI reads it to store the original) brings its time.
    load_s = (t1 - t0) + (source.seconds if isinstance(source, Loaded) else 0.0)
    timings = {"load_s": load_s, "clean_s": t2 - t1, "models_s": t3 - t2, "translate_s": t4 - t3,
               "summarize_s": t5 - t4, "total_s": (t5 - t1) + load_s}
    result = Brief(article=article, title=title, summary=summary, paragraphs=tuple(translated),
                   signature=signature, length=options.length, origin=loaded.origin,
                   notes=tuple(notes), timings=timings)
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

"""The stages as plain calls: clean -> segment -> translate -> guard -> summarise -> Brief."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any, Protocol

from . import __version__, hub
from .article import Article
from .backends import Seq2SeqBackend, load_backend
from .cache import TranslationCache, cached
from .clean import clean
from .config import LOCAL_REVISION, Config
from .errors import InputError, LanguageError
from .language import language_name
from .segment import segment_paragraphs
from .summarize import summarise
from .translate import Flag, Paragraph, translate_paragraphs

TRANSLATABLE = {"id": "Indonesian", "ms": "Malay"}
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

    def notice(self, message: str) -> None:
        pass

    def status(self, message: str) -> None:
        pass

    def progress(self, label: str, done: int, total: int) -> None:
        pass


@dataclass
class Models:
    """The two loaded backends of a run."""

    translator: Seq2SeqBackend
    summarizer: Seq2SeqBackend


@dataclass
class Brief:
    """Everything a run produced, with the signature of what produced it."""

    article: Article
    title: str | None
    summary: str
    paragraphs: list[Paragraph]
    models: dict[str, Any]
    length: str
    origin: str = ""
    notes: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape documented in the README."""
        a = self.article
        return {
            "source": {"title": a.title, "published": a.published, "dateline": a.dateline,
                       "outlet": a.outlet, "author": a.author, "language": a.language,
                       "origin": self.origin},
            "title": self.title,
            "summary": self.summary,
            "paragraphs": [{"source": p.source, "text": p.text,
                            "flags": [f.to_dict() for f in p.flags]} for p in self.paragraphs],
            "models": self.models,
            "length": self.length,
            "notes": list(self.notes),
            "timings": {k: round(v, 3) for k, v in self.timings.items()},
            "version": __version__,
        }

    @classmethod
    def from_dict(cls, doc: dict[str, Any]) -> Brief:
        """Rebuild a renderable Brief from its JSON shape (e.g. from the store)."""
        src = doc["source"]
        paragraphs = [Paragraph(source=p["source"], segments=[p["source"]], outputs=[p["text"]],
                                flags=[Flag(**f) for f in p.get("flags", [])])
                      for p in doc.get("paragraphs", [])]
        article = Article(paragraphs=tuple(p.source for p in paragraphs), title=src.get("title"),
                          published=src.get("published"), dateline=src.get("dateline"),
                          outlet=src.get("outlet"), author=src.get("author"),
                          language=src.get("language"))
        return cls(article=article, title=doc.get("title"), summary=doc.get("summary") or "",
                   paragraphs=paragraphs, models=doc.get("models") or {},
                   length=doc.get("length") or "medium", origin=src.get("origin") or "",
                   notes=list(doc.get("notes") or []), timings=dict(doc.get("timings") or {}))


def check_length(article: Article) -> None:
    """Raise InputError when the article is over MAX_ARTICLE_WORDS words."""
    words = sum(len(p.split()) for p in article.paragraphs) + len((article.title or "").split())
    if words > MAX_ARTICLE_WORDS:
        raise InputError(f"article too long: {words:,} words (brief takes at most "
                         f"{MAX_ARTICLE_WORDS:,}; split it)")


def check_language(article: Article, force: bool = False) -> list[str]:
    """Notes about the article's language; raise InputError where brief cannot help: an article
    over MAX_ARTICLE_WORDS, or (LanguageError) one not in Indonesian."""
    check_length(article)  # here, so that the CLI's early check (before the models) has it too
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


def load_models(cfg: Config, *, offline: bool, reporter: Reporter,
                cache: TranslationCache | None = None) -> Models:
    """Find both models (translation first, so its absence is reported first), then load them;
    with a `cache`, both are wrapped so that known inputs skip the model."""
    bars = not getattr(reporter, "quiet", False)  # -q silences the libraries' own bars too
    t_res = hub.resolve(cfg.translation.spec, offline=offline, notify=reporter.notice,
                        progress=bars)
    s_res = hub.resolve(cfg.summarization.spec, offline=offline, notify=reporter.notice,
                        progress=bars)
    reporter.status(f"Loading {t_res.model_id} ...")
    translator = load_backend(cfg.translation.spec, t_res, progress=bars)
    reporter.status(f"Loading {s_res.model_id} ...")
    summarizer = load_backend(cfg.summarization.spec, s_res, progress=bars)
    if cache is not None:
        translator = cached(translator, cache, t_res.path, t_res.revision == LOCAL_REVISION)
        summarizer = cached(summarizer, cache, s_res.path, s_res.revision == LOCAL_REVISION)
    return Models(translator=translator, summarizer=summarizer)


def brief_text(text: str, models: Models, cfg: Config, *, length: str = "medium",
               force: bool = False, reporter: Reporter | None = None) -> Brief:
    """Clean raw article text and brief it."""
    t0 = time.perf_counter()
    article = clean(text)
    clean_s = time.perf_counter() - t0
    result = brief_article(article, models, cfg, length=length, force=force, reporter=reporter)
    result.timings = {"clean_s": clean_s, **result.timings}
    return result


def brief_article(article: Article, models: Models, cfg: Config, *, length: str = "medium",
                  force: bool = False, reporter: Reporter | None = None) -> Brief:
    """Translate and summarise a cleaned article."""
    reporter = reporter or Silent()
    if not article.paragraphs:
        raise InputError("no article text found after cleaning")
    notes = list(article.notes) + check_language(article, force)
    tcfg = cfg.translation
    count = models.translator.count_tokens
    texts = ([article.title] if article.title else []) + list(article.paragraphs)

    t0 = time.perf_counter()
    segmented = segment_paragraphs(texts, count, tcfg.max_input_tokens)
    pairs = list(zip(texts, segmented, strict=False))
    if article.language == "en":
        translated = [Paragraph(source=p, segments=list(s), outputs=list(s)) for p, s in pairs]
    else:
        translated = translate_paragraphs(
            models.translator, pairs, tcfg,
            progress=lambda done, total: reporter.progress("Translating", done, total))
    t1 = time.perf_counter()
    title = translated.pop(0).text if article.title else None

    reporter.status("Summarising ...")
    sgen = cfg.summarization.for_length(length)
    summary = summarise(models.summarizer, [p.text for p in translated], sgen,
                        cfg.summarization.window_tokens, cfg.summarization.batch_size)
    t2 = time.perf_counter()
    models_sig = {
        "translation": {**models.translator.signature(),
                        "generation": tcfg.generation.signature(),
                        "max_input_tokens": tcfg.max_input_tokens},
        "summarization": {**models.summarizer.signature(), "generation": sgen.signature(),
                          "window_tokens": cfg.summarization.window_tokens},
    }
    return Brief(article=article, title=title, summary=summary, paragraphs=translated,
                 models=models_sig, length=length, notes=notes,
                 timings={"translate_s": t1 - t0, "summarize_s": t2 - t1})

"""What a run produces: `Brief`, its `Paragraph`s and guard `Flag`s, and the `Signature` of what
produced it. Renderers and the store read these; nothing here imports a model or a stage."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .article import Article
from .version import __version__


class Generated(str):
    """A generated text that carries the model's score for it: its length-normalised
    log-probability (higher is surer), None where the runtime or the cache has none.

    A str, so every caller that wants only the text (and every test double returning plain
    strings) is unaffected; the score is lost on any string operation, by design."""

    score: float | None

    def __new__(cls, text: str, score: float | None = None) -> Generated:
        obj = super().__new__(cls, text)
        obj.score = None if score is None else float(score)
        return obj


def score_of(text: str) -> float | None:
    """The model's score of a generated text; None for a plain string."""
    return getattr(text, "score", None)


def mean_score(texts: Iterable[str]) -> float | None:
    """The mean score of the texts that have one; None when none has."""
    scores = [s for s in map(score_of, texts) if s is not None]
    return sum(scores) / len(scores) if scores else None


@dataclass(frozen=True)
class Flag:
    """A guard's finding on one segment of a paragraph."""

    code: str
    segment: int
    detail: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The flag's JSON shape."""
        return {"code": self.code, "segment": self.segment, "detail": self.detail}


@dataclass(frozen=True)
class Paragraph:
    """A source paragraph, its translation (one output per segment) and the guards' flags."""

    source: str
    segments: tuple[str, ...]
    outputs: tuple[str, ...] = ()
    flags: tuple[Flag, ...] = ()
    # The mean of its translated segments' model scores (length-normalised log-probability,
    # higher is surer); None when nothing was scored (untranslated, English, an older brief).
    score: float | None = None

    @property
    def text(self) -> str:
        """The translated paragraph."""
        return " ".join(o for o in self.outputs if o)

    def to_dict(self) -> dict[str, Any]:
        """The paragraph's JSON shape."""
        return {"source": self.source, "text": self.text,
                "flags": [f.to_dict() for f in self.flags],
                "score": None if self.score is None else round(self.score, 4)}

    @classmethod
    def from_dict(cls, doc: Mapping[str, Any]) -> Paragraph:
        """Read back `to_dict`'s shape: the source and translation become one segment; a
        stored paragraph without a score (older briefs) has None."""
        score = doc.get("score")
        return cls(source=doc["source"], segments=(doc["source"],), outputs=(doc["text"],),
                   flags=tuple(Flag(**f) for f in doc.get("flags", [])),
                   score=float(score) if isinstance(score, (int, float))
                   and not isinstance(score, bool) else None)


@dataclass(frozen=True)
class ModelSignature:
    """One loaded model: what its outputs depend on besides the input and the settings."""

    id: str
    revision: str | None = None
    runtime: str | None = None
    quantization: str | None = None
    files: str | None = None  # fingerprint of a local model folder (cache key only)

    def to_dict(self) -> dict[str, Any]:
        """The model part of a brief's `models` block (a stored brief may lack some keys)."""
        d = {"id": self.id, "revision": self.revision, "runtime": self.runtime,
             "quantization": self.quantization}
        return {k: v for k, v in d.items() if v is not None}

    def cache_key(self, generation: Mapping[str, Any], version: str = __version__
                  ) -> tuple[str, str]:
        """(sha256 key, JSON document) of everything besides the input that decides an output
        of this model under the `generation` settings, for the translation cache."""
        model = self.to_dict() | ({"files": self.files} if self.files else {})
        doc = json.dumps({"model": model, "generation": dict(generation), "version": version},
                         sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(doc.encode("utf-8")).hexdigest(), doc

    @classmethod
    def from_dict(cls, doc: Mapping[str, Any]) -> ModelSignature:
        """Read back `to_dict`'s shape."""
        return cls(id=doc.get("id", ""), revision=doc.get("revision"),
                   runtime=doc.get("runtime"), quantization=doc.get("quantization"))


@dataclass(frozen=True)
class StageSignature:
    """A model as one stage ran it: the model, its generation settings and the stage's limits
    (e.g. max_input_tokens); the cache key of the stage's outputs comes from the same object."""

    model: ModelSignature
    generation: Mapping[str, Any] | None = field(default_factory=dict)  # None: not recorded
    limits: tuple[tuple[str, Any], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """One entry of a brief's `models` block."""
        generation = {} if self.generation is None else {"generation": dict(self.generation)}
        return {**self.model.to_dict(), **generation, **dict(self.limits)}

    def cache_key(self, version: str = __version__) -> tuple[str, str]:
        """The translation cache's key for outputs of this stage's model and settings."""
        return self.model.cache_key(self.generation or {}, version)

    @classmethod
    def from_dict(cls, doc: Mapping[str, Any]) -> StageSignature:
        """Read back `to_dict`'s shape."""
        model = ModelSignature.from_dict(doc)
        known = {"id", "revision", "runtime", "quantization", "generation"}
        limits = tuple((k, v) for k, v in doc.items() if k not in known)
        generation = doc.get("generation")
        return cls(model=model, generation=None if generation is None else dict(generation),
                   limits=limits)


@dataclass(frozen=True)
class Signature:
    """Everything that produced a brief: both stages' models, settings and limits (None only in
    a stored brief that lacks the stage)."""

    translation: StageSignature | None
    summarization: StageSignature | None

    def to_dict(self) -> dict[str, Any]:
        """The brief's `models` block."""
        stages = {"translation": self.translation, "summarization": self.summarization}
        return {name: stage.to_dict() for name, stage in stages.items() if stage is not None}

    @classmethod
    def from_dict(cls, doc: Mapping[str, Any]) -> Signature:
        """Read back a stored brief's `models` block."""
        t, s = doc.get("translation"), doc.get("summarization")
        return cls(translation=StageSignature.from_dict(t) if t is not None else None,
                   summarization=StageSignature.from_dict(s) if s is not None else None)


@dataclass(frozen=True)
class Brief:
    """Everything a run produced, with the signature of what produced it."""

    article: Article
    title: str | None
    summary: str
    paragraphs: tuple[Paragraph, ...]
    signature: Signature
    length: str
    origin: str = ""
    notes: tuple[str, ...] = ()
    timings: Mapping[str, float] = field(default_factory=dict)
    version: str = __version__

    @property
    def models(self) -> dict[str, Any]:
        """The `models` block of the JSON shape."""
        return self.signature.to_dict()

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape documented in the README."""
        a = self.article
        return {
            "source": {"title": a.title, "published": a.published, "dateline": a.dateline,
                       "outlet": a.outlet, "author": a.author, "language": a.language,
                       "origin": self.origin},
            "title": self.title,
            "summary": self.summary,
            "paragraphs": [p.to_dict() for p in self.paragraphs],
            "models": self.models,
            "length": self.length,
            "notes": list(self.notes),
            "timings": {k: round(v, 3) for k, v in self.timings.items()},
            "version": self.version,
        }

    @classmethod
    def from_dict(cls, doc: Mapping[str, Any]) -> Brief:
        """Rebuild a Brief from its JSON shape (e.g. from the store). A stored paragraph keeps
        its source and translation, not their segments: each becomes one segment."""
        src = doc["source"]
        paragraphs = tuple(Paragraph.from_dict(p) for p in doc.get("paragraphs", []))
        article = Article(paragraphs=tuple(p.source for p in paragraphs), title=src.get("title"),
                          published=src.get("published"), dateline=src.get("dateline"),
                          outlet=src.get("outlet"), author=src.get("author"),
                          language=src.get("language"))
        return cls(article=article, title=doc.get("title"), summary=doc.get("summary") or "",
                   paragraphs=paragraphs, signature=Signature.from_dict(doc.get("models") or {}),
                   length=doc.get("length") or "medium", origin=src.get("origin") or "",
                   notes=tuple(doc.get("notes") or ()), timings=dict(doc.get("timings") or {}),
                   version=doc.get("version") or __version__)

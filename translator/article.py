"""The cleaned article: what `clean` produces and every later stage reads."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Article:
    """A news article with its page furniture removed and its metadata pulled out."""

    paragraphs: tuple[str, ...]
    title: str | None = None
    published: str | None = None  # ISO 8601 with zone, e.g. 2023-03-03T04:25:00+07:00
    dateline: str | None = None  # e.g. "NEW DELHI"
    outlet: str | None = None  # e.g. "SINDOnews"
    author: str | None = None
    language: str | None = None  # ISO 639-1 code of the body, e.g. "id"
    notes: tuple[str, ...] = field(default=())  # warnings met while loading/cleaning

    def to_dict(self) -> dict:
        """The JSON shape of `brief clean --json`."""
        d = asdict(self)
        d["paragraphs"] = list(self.paragraphs)
        d.pop("notes")
        return d

"""The cleaned article: what `clean` produces and every later stage reads."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any


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

    def to_record(self) -> dict[str, Any]:
        """Every field, JSON-ready (tuples as lists): `from_record` rebuilds the same Article
        (the cleaning cache, translator/clean_cache.py)."""
        return {f.name: list(v) if isinstance(v := getattr(self, f.name), tuple) else v
                for f in fields(self)}

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Article:
        """The Article of a `to_record` dict; ValueError unless it has exactly the fields of
        this Article, each of its type (a record of another version is refused, not guessed)."""
        names = {f.name: f for f in fields(cls)}
        if not isinstance(record, dict) or set(record) != set(names):
            raise ValueError("not an Article record of this version")
        values: dict[str, Any] = {}
        for name, value in record.items():
            if str(names[name].type).startswith("tuple"):
                if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                    raise ValueError(f"{name}: not a list of strings")
                value = tuple(value)
            elif value is not None and not isinstance(value, str):
                raise ValueError(f"{name}: not a string")
            values[name] = value
        return cls(**values)

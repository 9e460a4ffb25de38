"""Guard flags in words a reader understands, and where in a paragraph each one belongs.

Pure: no printing, no escaping. Everything returned quotes article text (flag details, source
words), so each renderer escapes it for its format (sanitize for terminals and text, md_text for
Markdown, html.escape for the digest). JSON keeps the codes; only the other formats use this.

A flag names a segment of its paragraph (0-based); `Paragraph.outputs[segment]` is the English
of that segment. A brief read back from the store has one segment per paragraph (its sentences
are not stored), so there the flag's place in the English is unknown and the mark goes at the
paragraph's end, and its source words are the paragraph's sentence of that index (the
segmenter never merges sentences, so it is the segment unless an earlier one was too long).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .result import Flag, Paragraph
from .segment import split_sentences

_RATIO = re.compile(r"^(?:(?:length )?ratio[ :=]*)?(\d+(?:\.\d+)?)$", re.IGNORECASE)
_GLOSSARY = re.compile(r"^glossary:\s*(.+?)\s*->\s*(.+?)\s*$", re.IGNORECASE)


def _listing(items: Sequence[str]) -> str:
    """['a'] -> 'a'; ['a', 'b', 'c'] -> 'a, b and c'."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _items(detail: str) -> list[str]:
    return [part.strip() for part in detail.split(", ") if part.strip()]


def _missing(detail: str) -> str:
    items = _items(detail)
    return f"{_listing(items)} {'is' if len(items) == 1 else 'are'} not in the English"


def _numbers(detail: str) -> str:
    if not detail.strip():
        return "Number check: a number of the original is missing or changed in the English."
    return f"Number check: {_missing(detail)}."


def _names(detail: str) -> str:
    names, glossary = [], []
    for item in _items(detail):
        m = _GLOSSARY.match(item)
        if not m:
            names.append(item)
        elif m.group(2).lower() == "keep":
            glossary.append(f"“{m.group(1)}” should stay as it is in the English, and does not")
        else:
            glossary.append(f"“{m.group(1)}” should read “{m.group(2)}” in the English, "
                            "and does not")
    parts = [f"Name check: {_missing(', '.join(names))}."] if names else []
    parts += [f"Glossary: {g}." for g in glossary]
    return " ".join(parts) or "Name check: a name of the original is missing or changed."


def _omission(detail: str) -> str:
    head = "Possible omission: the English may leave out part of the original"
    m = _RATIO.match(detail.strip())
    if m and float(m.group(1)) < 1:
        return f"{head} (it is {float(m.group(1)):.0%} of the expected length)."
    return f"{head} ({detail.strip()})." if detail.strip() else f"{head}."


_WORDS = {
    "untranslated": lambda d: (f"Not translated: “{d}” has no words to translate and is shown as "
                               "it is." if d else "Not translated: shown as it is."),
    "loop_retried": lambda d: ("Repetition fixed: the first English repeated itself; this is a "
                               "second try with stronger settings."),
    "loop": lambda d: ("Repetition: the English kept repeating itself and was cut short; read "
                       "the original."),
    "number_mismatch": _numbers,
    "omission_retried": lambda d: ("Omission fixed: the first English left part of this out; it "
                                   "was translated again in smaller pieces."),
    "omission": _omission,
    "name_changed": _names,
}

# The label each code's wording starts with, for the README table and short listings.
LABELS = {"untranslated": "Not translated", "loop_retried": "Repetition fixed",
          "loop": "Repetition", "number_mismatch": "Number check",
          "omission_retried": "Omission fixed", "omission": "Possible omission",
          "name_changed": "Name check"}

# The source words add nothing where the detail already is the segment.
_NO_SOURCE = {"untranslated"}


def explain(flag: Flag) -> str:
    """The flag in plain words, without its source words; an unknown code reads 'code: detail.'"""
    words = _WORDS.get(flag.code)
    if words is None:
        text = f"{flag.code}: {flag.detail}" if flag.detail else flag.code
        return text if text.endswith((".", "!", "?")) else text + "."  # reads as a sentence
    return words(flag.detail)


def _is_stored(paragraph: Paragraph) -> bool:
    """A paragraph read back from the store: its one segment is the whole source."""
    return len(paragraph.segments) <= 1 and len(split_sentences(paragraph.source)) > 1


def output_index(flag: Flag, paragraph: Paragraph) -> int | None:
    """The index in `paragraph.outputs` of the English the flag is about; None when unknown."""
    if _is_stored(paragraph) or len(paragraph.outputs) != len(paragraph.segments):
        return None
    return flag.segment if 0 <= flag.segment < len(paragraph.outputs) else None


def source_words(flag: Flag, paragraph: Paragraph) -> str | None:
    """The Indonesian of the flagged segment, when known; None for codes that quote it already."""
    if flag.code in _NO_SOURCE:
        return None
    parts = split_sentences(paragraph.source) if _is_stored(paragraph) else paragraph.segments
    return parts[flag.segment] if 0 <= flag.segment < len(parts) else None


def describe(flag: Flag, paragraph: Paragraph) -> str:
    """The flag as a sentence a reader understands, with the source words where they help."""
    words = source_words(flag, paragraph)
    return explain(flag) + (f" Original: “{words}”" if words else "")


@dataclass(frozen=True)
class Footnote:
    """The flags of one flagged segment: where the mark goes and what the note says."""

    segment: int
    at: int | None  # index in Paragraph.outputs after which the mark goes; None: paragraph end
    texts: tuple[str, ...]  # explain() of each flag of the segment
    source: str | None  # the segment's Indonesian, when known

    def text(self, with_source: bool = True) -> str:
        """The note in plain words, with the source words unless `with_source` is False."""
        words = " ".join(self.texts)
        return words + (f" Original: “{self.source}”" if with_source and self.source else "")


def footnotes(paragraph: Paragraph) -> list[Footnote]:
    """One footnote per flagged segment, in segment order (a segment's flags share one)."""
    by_segment: dict[int, list[Flag]] = {}
    for flag in paragraph.flags:
        by_segment.setdefault(flag.segment, []).append(flag)
    notes = []
    for segment in sorted(by_segment):
        flags = by_segment[segment]
        sources = [s for s in (source_words(f, paragraph) for f in flags) if s]
        notes.append(Footnote(segment=segment, at=output_index(flags[0], paragraph),
                              texts=tuple(explain(f) for f in flags),
                              source=sources[0] if sources else None))
    return notes


def marked_outputs(paragraph: Paragraph, notes: Sequence[Footnote], first: int
                   ) -> list[tuple[str, list[int]]]:
    """(English of each segment, numbers of the footnotes whose mark follows it), footnotes
    numbered from `first`; those of unknown place come last as ("", numbers), so that only a
    known sentence is ever shown as the flagged one."""
    pieces: list[tuple[str, list[int]]] = [(o, []) for o in paragraph.outputs]
    unplaced: list[int] = []
    for n, note in enumerate(notes, first):
        (pieces[note.at][1] if note.at is not None else unplaced).append(n)
    return pieces + ([("", unplaced)] if unplaced else [])


def flagged_sentences(paragraphs: Sequence[Paragraph]) -> int:
    """How many segments of these paragraphs carry at least one flag."""
    return sum(len({f.segment for f in p.flags}) for p in paragraphs)


def flagged_line(count: int) -> str:
    """'1 sentence flagged' / '3 sentences flagged'."""
    return f"{count} sentence{'' if count == 1 else 's'} flagged"

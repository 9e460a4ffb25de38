"""Pure: text copied from a news page -> Article (body paragraphs and metadata)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .article import Article
from .boilerplate import (
    BYLINES,
    DATELINES,
    END_MARKERS,
    FURNITURE,
    MAX_NAME_WORDS,
    MIN_DATELINE_REST_WORDS,
    OUTLET_PATTERNS,
    RELATED_HEADERS,
)
from .dates import find_date
from .language import detect_language

# Invisible characters a browser copy carries; removed before anything else looks at the text.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad"))
_SPACES = re.compile(r"[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# A sentence ends in . ! ? or an ellipsis, possibly inside quotes or brackets.
_FINAL = re.compile(r"[.!?…][\"'”’»)\]]*$")
_ELLIPSIS = re.compile(r"(?:\.{3}|…)$")
# Initials an outlet appends to the last paragraph: "... lanjutnya. (ian)".
_TRAILING_INITIALS = re.compile(r"(?<=[.!?\"”’])\s+\((?:[a-z]{2,5}(?:/[a-z]{2,5})*|\*)\)$")
# Kinds of furniture whose outlet mentions are credits of others (photo agencies), not the
# publisher's name.
_NOT_PUBLISHER = {"caption", "caption-credit", "related-link"}
# Words allowed beside a date on a line that is only a date ("Kompas.com - 02/09/2015").
_MAX_DATE_LINE_EXTRA_WORDS = 3
_MAX_DATE_LINE_CHARS = 80
_MIN_PROSE_WORDS = 8  # a paragraph, not a headline or a caption fragment
_MAX_HEADLINE_WORDS = 30
_MAX_STRAY_WORDS = 20  # a trailing line without final punctuation this short is a headline
# How many lines past the first full paragraph may still hold the dateline: a caption that
# reads like a sentence can come before it.
_DATELINE_LOOKAHEAD = 3


@dataclass(frozen=True)
class _Line:
    """One non-empty line and what it was recognised as."""

    text: str
    kind: str  # "text", "date", "byline", "end", "related" or a FURNITURE kind
    author: str | None = None
    awaits: str | None = None  # a bare byline label ("Penulis"): the role of the next line


def normalise(text: str) -> list[str]:
    """Non-empty lines, with invisible characters, odd spaces and trailing blanks gone (NFC)."""
    text = unicodedata.normalize("NFC", text.translate(_INVISIBLE))
    lines = (_SPACES.sub(" ", line).strip() for line in text.splitlines())
    return [line for line in lines if line]


def clean(text: str) -> Article:
    """Strip page furniture from a copied news article and pull out its metadata."""
    lines = _classify(normalise(text))
    start, dateline, dl_outlet, rest = _body_start(lines)
    header = lines[:start]
    title = _title(header)
    paragraphs = _body(lines[start:], rest, title)

    notes: list[str] = []
    if dateline is None and dl_outlet is None and header:
        notes.append(f"No dateline found; {len(header)} line(s) before the first full "
                     "paragraph were treated as page header.")
    language = detect_language(" ".join(([title] if title else []) + paragraphs))
    return Article(
        paragraphs=tuple(paragraphs),
        title=title,
        published=_published(header, lines),
        dateline=dateline,
        outlet=canonical_outlet(dl_outlet) if dl_outlet else _outlet(lines),
        author=next((ln.author for ln in lines if ln.author), None),
        language=language,
        notes=tuple(notes),
    )


def _classify(texts: list[str]) -> list[_Line]:
    """Recognise each line: furniture, byline, date, section end or (possibly) article text."""
    out: list[_Line] = []
    for text in texts:
        awaited = out[-1].awaits if out else None
        if awaited and _name_like(text):
            out.append(_Line(text, "byline", author=text if awaited == "author" else None))
        else:
            out.append(_classify_one(text))
    return out


def _classify_one(text: str) -> _Line:
    """What one line is, judged on its own."""
    bare = text.rstrip(" :")
    if any(rx.fullmatch(bare) for _, rx in END_MARKERS):
        return _Line(text, "end")
    if any(rx.fullmatch(bare) for _, rx in RELATED_HEADERS):
        return _Line(text, "related")
    byline = _byline(text)
    if byline is not None:
        return byline
    for kind, rx in FURNITURE:
        if rx.fullmatch(text):
            return _Line(text, kind)
    if _is_date_line(text):
        return _Line(text, "date")
    return _Line(text, "text")


def _byline(text: str) -> _Line | None:
    """A "Penulis: X | Editor: Y" line (every part a byline), or a bare "Penulis" label."""
    author: str | None = None
    awaits: str | None = None
    for part in (p.strip() for p in text.split("|")):
        for role, rx in BYLINES:
            m = rx.fullmatch(part)
            name = m.group("name") if m else None
            if m is None or (name is not None and not _name_like(name)):
                continue
            if name is None:
                awaits = role
            elif role == "author" and author is None:
                author = name
            break
        else:
            return None  # a part that is not a byline: the line is something else
    return _Line(text, "byline", author=author, awaits=awaits)


def _name_like(text: str) -> bool:
    """A person's name (or a few): short, capitalised, not a sentence."""
    words = text.split()
    return (0 < len(words) <= MAX_NAME_WORDS and text[0].isupper()
            and not re.search(r"[.!?:;,]$|\d", text))


def _is_date_line(text: str) -> bool:
    """A line that is a date and little else (not a sentence that mentions one)."""
    if len(text) > _MAX_DATE_LINE_CHARS:
        return False
    found = find_date(text)
    if found is None:
        return False
    extra = re.findall(r"\w+", text[:found.start] + " " + text[found.end:])
    return len(extra) <= _MAX_DATE_LINE_EXTRA_WORDS


def _is_prose(text: str) -> bool:
    """A full paragraph: enough words and a sentence end."""
    return len(text.split()) >= _MIN_PROSE_WORDS and bool(_FINAL.search(text))


def _match_dateline(text: str) -> tuple[str | None, str | None, str] | None:
    """(place, outlet, paragraph text) when the line opens with a dateline."""
    for rx in DATELINES:
        m = rx.fullmatch(text)
        if m and len(m.group("rest").split()) >= MIN_DATELINE_REST_WORDS:
            g = m.groupdict()
            return g.get("place"), g.get("outlet"), m.group("rest").strip()
    return None


def _body_start(lines: list[_Line]) -> tuple[int, str | None, str | None, str | None]:
    """Index of the first body line, its dateline place and outlet, and its text sans dateline."""
    first_prose = next((i for i, ln in enumerate(lines)
                        if ln.kind == "text" and _is_prose(ln.text)), None)
    limit = len(lines) if first_prose is None else first_prose + _DATELINE_LOOKAHEAD + 1
    for i, ln in enumerate(lines[:limit]):
        found = _match_dateline(ln.text) if ln.kind == "text" else None
        # Past the first full paragraph only an unmistakable dateline counts ("JAKARTA -",
        # "X, KOMPAS.com -"); "Namun, Menteri -" in paragraph two is not one.
        if found and (first_prose is None or i <= first_prose or found[1]
                      or (found[0] or "").isupper()):
            return i, found[0], found[1], found[2]
    if first_prose is not None:
        return first_prose, None, None, None
    # No full paragraph at all: the body follows the headline, if there is one.
    texts = [i for i, ln in enumerate(lines) if ln.kind == "text"]
    if len(texts) > 1 and _title(lines[texts[0]:texts[0] + 1]):
        return texts[0] + 1, None, None, None
    return 0, None, None, None


def _title(header: list[_Line]) -> str | None:
    """The first headline-like line of the page header."""
    for ln in header:
        words = len(ln.text.split())
        if ln.kind == "text" and 3 <= words <= _MAX_HEADLINE_WORDS \
                and not _ELLIPSIS.search(ln.text) and not ln.text.endswith("."):
            return ln.text
    return None


def _body(lines: list[_Line], first_text: str | None, title: str | None) -> list[str]:
    """The article's paragraphs: body lines up to the closing related-headline block."""
    paragraphs: list[str] = []
    in_related = False  # inside a "Baca juga" block of headline links
    for i, ln in enumerate(lines):
        text = first_text if i == 0 and first_text is not None else ln.text
        if ln.kind == "end":
            if paragraphs:
                break
            continue
        if ln.kind == "related":
            in_related = True
            continue
        if ln.kind != "text" and not (i == 0 and first_text is not None):
            continue
        if in_related and _headline_like(text):
            continue
        in_related = False
        if title and _repeats_title(text, title):
            continue
        paragraphs.append(_TRAILING_INITIALS.sub("", text))
    while paragraphs and _headline_like(paragraphs[-1]):
        paragraphs.pop()  # a stray related headline between the article and the page footer
    return paragraphs


def _headline_like(text: str) -> bool:
    """Short and without a sentence end: a headline or link, not a paragraph."""
    return len(text.split()) <= _MAX_STRAY_WORDS and not _FINAL.search(text)


def _repeats_title(text: str, title: str) -> bool:
    """The title again, whole or cut off with an ellipsis."""
    if text == title:
        return True
    stem = _ELLIPSIS.sub("", text).rstrip()
    return stem != text and len(stem) > 10 and title.startswith(stem)


def _published(header: list[_Line], lines: list[_Line]) -> str | None:
    """The first date line of the header, else of the whole page (some print it at the foot)."""
    for ln in [*header, *lines]:
        if ln.kind == "date":
            found = find_date(ln.text)
            if found:
                return found.iso
    return None


def canonical_outlet(name: str) -> str:
    """The display name of a known outlet ("KOMPAS.com" -> "Kompas.com"), else `name`."""
    return _known_outlet(name) or name.strip()


def _known_outlet(text: str) -> str | None:
    """The first known outlet named in `text`."""
    for name, rx in OUTLET_PATTERNS:
        if rx.search(text):
            return name
    return None


def _outlet(lines: list[_Line]) -> str | None:
    """The publisher named in the copyright line, else in other page furniture (not the body,
    which may quote other outlets)."""
    ranked = [ln for ln in lines if ln.kind == "copyright"] + \
             [ln for ln in lines if ln.kind not in _NOT_PUBLISHER | {"copyright", "text"}]
    for ln in ranked:
        name = _known_outlet(ln.text)
        if name:
            return name
    return None

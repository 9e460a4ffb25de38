"""Pure: text copied from a news page -> Article (body paragraphs and metadata)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .article import Article
from .boilerplate import (
    BARE_DATELINE,
    BYLINE_SEPARATORS,
    BYLINES,
    DATELINES,
    END_MARKERS,
    FURNITURE,
    INLINE_JUNK,
    MAX_NAME_WORDS,
    MENU_MIN_SHARE,
    MIN_DATELINE_REST_WORDS,
    NAME_PARTICLES,
    OUTLET_PATTERNS,
    PLACES,
    QA_HEADERS,
    QA_LINES,
    RELATED_HEADERS,
    STRICT_DATELINES,
    UPDATED,
    WIDGET_WORDS,
)
from .dates import find_date, parse_published
from .dedupe import dedupe
from .language import detect_language, script_language
from .repair import join_fragments, repair, unwrap

# Invisible characters a browser copy carries; removed before anything else looks at the text.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad"))
_SPACES = re.compile(r"[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# A sentence ends in . ! ? or an ellipsis, possibly inside quotes or brackets.
_FINAL = re.compile(r"[.!?…][\"'”’»)\]]*$")
_ELLIPSIS = re.compile(r"(?:\.{3}|…)$")
# Initials an outlet appends to the last paragraph: "... lanjutnya. (ian)", "... [ald]".
_TRAILING_INITIALS = re.compile(
    r"(?<=[.!?\"”’])\s*(?:[(\[](?:\*/)?[a-z]{2,6}(?:\s*/\s*[a-z*]{1,6}){0,3}[)\]]|\(\*\)"
    r"|\((?:[A-Za-z]{2,4}/)?[A-Z]-\d{1,3}\)|\*{3})$")
# "Harga Beras Naik - Kompas.com": a browser tab title names the outlet after the headline.
_TITLE_SUFFIX = re.compile(r"\s+[-|–—:]\s+([^-|–—]{2,40})$")
_TIME_PART = re.compile(r"(?:pukul\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:WIB|WITA|WIT)?",
                        re.IGNORECASE)
# Kinds of furniture whose outlet mentions are credits of others (photo agencies), not the
# publisher's name.
_NOT_PUBLISHER = {"caption", "caption-credit", "related-link", "republication"}
_SECTION_KINDS = {"end", "qa", "related"}
_MODE_RANK = ("body", "related", "end", "qa")  # a later header never lowers the mode
# Words allowed beside a date on a line that is only a date ("Kompas.com - 02/09/2015").
_MAX_DATE_LINE_EXTRA_WORDS = 3
_MAX_DATE_LINE_CHARS = 80
_MIN_PROSE_WORDS = 8  # a paragraph, not a headline or a caption fragment
_MAX_HEADLINE_WORDS = 30
_MAX_STRAY_WORDS = 20  # a line without final punctuation this short is a headline
_MAX_BUTTON_WORDS = 3  # "Lihat Foto", "Tutup", "Muat Lainnya": never a paragraph
_MAX_WIDGET_WORDS = 12
# How many lines past the first full paragraph may still hold the dateline: a caption that
# reads like a sentence can come before it.
_DATELINE_LOOKAHEAD = 3
_LOGO_LINES = 5  # the page's top lines, where a copied logo or site name stands
_MIN_LEAD_WORDS = 20  # shorter full sentences above the lead are captions or summary bullets
# How far below a standfirst the date or byline may stand.
_STANDFIRST_LOOKAHEAD = 4


@dataclass(frozen=True)
class _Line:
    """One non-empty line and what it was recognised as."""

    text: str
    kind: str  # "text", "date", "byline", "end", "qa", "related" or a FURNITURE kind
    author: str | None = None
    awaits: str | None = None  # a bare byline label ("Penulis"): the role of the next line
    date: str | None = None  # ISO date on a date or byline line
    updated: bool = False  # the date is an update time ("Diperbarui ...")


def normalise(text: str) -> list[str]:
    """Non-empty lines: mojibake and HTML repaired, hard wraps undone, invisible characters and
    odd spaces gone, NFC."""
    text = unicodedata.normalize("NFC", repair(text.translate(_INVISIBLE)))
    lines = [_SPACES.sub(" ", line).strip() for line in text.splitlines()]
    lines = join_fragments(unwrap(lines, _may_be_text), _may_be_text)
    return [line for line in lines if line]


def clean(text: str, *, title: str | None = None, published: str | None = None,
          outlet: str | None = None, author: str | None = None) -> Article:
    """Strip page furniture from a copied news article and pull out its metadata.

    The keyword hints (e.g. from a page's meta tags) win over what the text shows."""
    lines = _classify(normalise(text))
    title = _strip_outlet(title.strip()) if title and title.strip() else None
    start, dateline, dl_outlet, rest = _body_start(lines)
    header = lines[:start]
    title = title or _title(header)
    paragraphs = dedupe(_body(lines[start:], rest, title))
    if not paragraphs and script_language(text):
        # The prose tests count spaced words and Latin full stops, which Chinese or Thai lack;
        # the lines are kept so that the language check can name the language.
        paragraphs = [ln.text for ln in lines if ln.kind == "text"]

    notes: list[str] = []
    if dateline is None and dl_outlet is None and header:
        notes.append(f"No dateline found; {len(header)} line(s) before the first full "
                     "paragraph were treated as page header.")
    language = detect_language(" ".join(([title] if title else []) + paragraphs))
    return Article(
        paragraphs=tuple(paragraphs),
        title=title,
        published=(parse_published(published) if published else None)
        or _published(header, lines),
        dateline=dateline,
        outlet=canonical_outlet(outlet) if outlet
        else canonical_outlet(dl_outlet) if dl_outlet else _outlet(lines),
        author=author or next((ln.author for ln in lines if ln.author), None),
        language=language,
        notes=tuple(notes),
    )


# --- what each line is ------------------------------------------------------------------------

def _may_be_text(line: str) -> bool:
    """Whether a raw line could be article text, for rejoining broken lines."""
    return _classify_one(line).kind in ("text", "widget")


def _classify(texts: list[str]) -> list[_Line]:
    """Recognise each line: furniture, byline, date, section header or (possibly) article text."""
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
    bare = text.rstrip(" :").strip("*_# ")
    for kind, table in (("end", END_MARKERS), ("qa", QA_HEADERS), ("related", RELATED_HEADERS)):
        if any(rx.fullmatch(bare) for _, rx in table):
            return _Line(text, kind)
    byline = _byline(text)
    if byline is not None:
        return byline
    for kind, rx in FURNITURE:
        if rx.fullmatch(text):
            return _Line(text, kind)
    if _is_date_line(text):
        found = find_date(text)
        return _Line(text, "date", date=found.iso if found else None,
                     updated=bool(UPDATED.search(text)))
    if _is_widget_line(text):
        return _Line(text, "widget")
    return _Line(text, "text")


def _byline(text: str) -> _Line | None:
    """A byline line ("Penulis: X | Editor: Y", "Oleh X pada <date>", "X · <date>"), or a bare
    "Penulis" label; None when any part of the line is something else."""
    whole = _byline_part(text)
    parts = [whole] if whole else [_byline_part(p) or _other_part(p)
                                   for p in BYLINE_SEPARATORS.split(text) if p.strip()]
    if not parts or None in parts:
        return None
    roles = [p for p in parts if p[0] in ("author", "editor")]
    names = [p[1] for p in parts if p[0] == "name"]
    has_date = any(p[0] == "date" for p in parts)
    # "Rina Ayu | Farah Nabilla": names alone make a byline when there are two or more of them.
    if not roles and not (names and has_date) and not (len(names) >= 2 == len(parts)):
        return None
    author = next((p[1] for p in roles if p[0] == "author" and p[1]), None)
    if author is None and not roles and names:
        author = names[0]
    awaits = next((p[0] for p in roles if p[1] is None), None) if len(parts) == 1 else None
    found = find_date(text)
    return _Line(text, "byline", author=author, awaits=awaits,
                 date=found.iso if found else None, updated=bool(UPDATED.search(text)))


def _byline_part(part: str) -> tuple[str, str | None] | None:
    """(role, name) when `part` is one byline ("Editor: Y"); name None for a bare label."""
    for role, rx in BYLINES:
        m = rx.fullmatch(part.strip())
        if m is None:
            continue
        name = m.group("name")
        name = name.strip() if name else None
        if name is None or _name_like(name):
            return role, name
    return None


def _other_part(part: str) -> tuple[str, str | None] | None:
    """A date, time, outlet or bare name standing beside a byline; None for anything else."""
    part = part.strip(" ,")
    if _is_date_line(part) or _TIME_PART.fullmatch(part):
        return "date", None
    if _known_outlet(part) and len(part.split()) <= 3:
        return "outlet", None
    if _name_like(part) and len(part.split()) >= 2:
        return "name", part
    return None


def _name_like(text: str) -> bool:
    """A person's name (or a few): short, every word capitalised, not a sentence."""
    words = text.replace(",", " ").replace("&", " ").split()
    return (0 < len(words) <= MAX_NAME_WORDS and text[0].isupper()
            and not re.search(r"\w\.\w{2}", text)  # a domain, not a person
            and not re.search(r"[.!?:;,]$|[\d/|:;()\"“”]", text)
            and all(w[0].isupper() or w.lower() in NAME_PARTICLES for w in words))


def _is_date_line(text: str) -> bool:
    """A line that is a date and little else (not a sentence that mentions one)."""
    if len(text) > _MAX_DATE_LINE_CHARS:
        return False
    found = find_date(text)
    if found is None:
        return False
    extra = re.findall(r"\w+", text[:found.start] + " " + text[found.end:])
    return len(extra) <= _MAX_DATE_LINE_EXTRA_WORDS


def _is_widget_line(text: str) -> bool:
    """A line of share buttons or section names ("Facebook Twitter WhatsApp", "Home Nasional")."""
    if _FINAL.search(text):
        return False
    words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)?", text.lower())
    if not words or len(words) > _MAX_WIDGET_WORDS:
        return False
    known = sum(w in WIDGET_WORDS for w in words)
    return known == len(words) or (len(words) >= 4 and known / len(words) >= MENU_MIN_SHARE)


def _is_prose(text: str) -> bool:
    """A full paragraph: enough words and a sentence end."""
    return len(text.split()) >= _MIN_PROSE_WORDS and bool(_FINAL.search(text))


def _headline_like(text: str) -> bool:
    """Short, capitalised and without a sentence end: a headline or link, not a paragraph."""
    return (len(text.split()) <= _MAX_STRAY_WORDS and not _FINAL.search(text)
            and not text.endswith((",", ";", ":")) and not text[0].islower())


# --- where the body starts --------------------------------------------------------------------

def _match_dateline(text: str) -> tuple[str | None, str | None, str] | None:
    """(place, outlet, paragraph text) when the line opens with a dateline."""
    for row, rx in enumerate(DATELINES):
        m = rx.fullmatch(text)
        if not m or len(m.group("rest").split()) < MIN_DATELINE_REST_WORDS:
            continue
        g = m.groupdict()
        place, outlet = g.get("place"), g.get("outlet")
        if place and not outlet and _known_outlet(place) and place.lower() not in PLACES:
            place, outlet = None, place  # "VIVA -", "RMOL." name the outlet, not a place
        if row in STRICT_DATELINES and not outlet and (place or "").lower() not in PLACES:
            continue
        return place, outlet, m.group("rest").strip()
    return None


def _bare_dateline(text: str) -> tuple[str | None, str | None] | None:
    """(place, outlet) when a line is only a dateline: "JAKARTA -", "Jakarta", "KOMPAS.com -"."""
    m = BARE_DATELINE.fullmatch(text)
    if m is None:
        return None
    place = m.group("place")
    outlet = m.group("outlet") or m.group("outlet2") or m.group("outlet3")
    if place and place.lower() not in PLACES and not (place.isupper() and len(place) >= 4):
        if _known_outlet(place) and not outlet:
            return None, place
        return None
    if not place and not outlet:
        return None
    return place, outlet


def _body_start(lines: list[_Line]) -> tuple[int, str | None, str | None, str | None]:
    """Index of the first body line, its dateline place and outlet, and its text sans dateline."""
    summary = _summary_lines(lines)
    first_prose = next((i for i, ln in enumerate(lines)
                        if ln.kind == "text" and _is_prose(ln.text) and i not in summary), None)
    if first_prose is not None and _match_dateline(lines[first_prose].text) is None:
        first_prose = _after_standfirst(lines, first_prose)
    limit = len(lines) if first_prose is None else first_prose + _DATELINE_LOOKAHEAD + 1
    for i, ln in enumerate(lines[:limit]):
        found = _match_dateline(ln.text) if ln.kind == "text" else None
        # Past the first full paragraph only an unmistakable dateline counts ("JAKARTA -",
        # "X, KOMPAS.com -", or after mere captions); "Namun, Menteri -" in paragraph two is
        # not one.
        if found and (first_prose is None or i <= first_prose or found[1]
                      or (found[0] or "").isupper()
                      or all(len(x.text.split()) < _MIN_LEAD_WORDS
                             for x in lines[first_prose:i] if x.kind == "text")):
            return i, found[0], found[1], found[2]
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if (nxt is not None and ln.kind not in ("byline", "date") and nxt.kind == "text"
                and _is_prose(nxt.text) and _match_dateline(nxt.text) is None):
            bare = _bare_dateline(ln.text)
            if bare:
                return i + 1, bare[0], bare[1], nxt.text
    if first_prose is not None:
        return first_prose, None, None, None
    # No full paragraph at all: the body follows the headline, if there is one.
    texts = [i for i, ln in enumerate(lines) if ln.kind == "text"]
    if len(texts) > 1 and _title(lines[texts[0]:texts[0] + 1]):
        return texts[0] + 1, None, None, None
    return 0, None, None, None


def _summary_lines(lines: list[_Line]) -> set[int]:
    """Lines of a summary box above the story ("Poin Penting", "Ringkasan"): the short
    sentences right under such a header, before any body is seen."""
    out: set[int] = set()
    for i, ln in enumerate(lines):
        if ln.kind == "text" and _is_prose(ln.text) and not out:
            return out  # the body came first: headers further down are not summaries
        if ln.kind != "qa":
            continue
        for j in range(i + 1, len(lines)):
            if lines[j].kind == "text" and (len(lines[j].text.split()) >= _MIN_LEAD_WORDS
                                            or _match_dateline(lines[j].text)):
                break
            out.add(j)
        return out
    return out


def _after_standfirst(lines: list[_Line], first: int) -> int:
    """Skip a standfirst: a full sentence under the headline that the date or byline follows."""
    for j in range(first + 1, min(first + 1 + _STANDFIRST_LOOKAHEAD, len(lines))):
        ln = lines[j]
        if ln.kind == "text" and _is_prose(ln.text):
            return first
        if ln.kind in ("date", "byline"):
            following = [k for k in range(j + 1, len(lines))
                         if lines[k].kind == "text" and _is_prose(lines[k].text)]
            return following[0] if len(following) >= 2 else first
    return first


# --- the body ---------------------------------------------------------------------------------

def _body(lines: list[_Line], first_text: str | None, title: str | None) -> list[str]:
    """The article's paragraphs, every part of the page that is not the story left out."""
    kept: list[str] = []
    listing = False
    mode = "body"  # "related": under a "Baca juga" header; "end": past the article; "qa"
    for i, ln in enumerate(lines):
        opening = i == 0 and first_text is not None
        text = first_text if opening else ln.text
        if not opening and ln.kind != "text":
            if ln.kind in _SECTION_KINDS and (kept or ln.kind == "related"):
                mode = max(mode, ln.kind, key=_MODE_RANK.index)
            continue
        if title and _repeats_title(text, title):
            mode = "body"  # the next page of a multi-page article begins
            continue
        if mode == "qa" or (mode == "end" and not _resumes(lines, i)):
            continue
        if mode == "related" and _headline_like(text):
            continue
        mode = "body"
        if QA_LINES.fullmatch(text) and kept:
            mode = "qa"
            continue
        if len(text.split()) <= _MAX_BUTTON_WORDS and not _FINAL.search(text) and not listing:
            continue  # a button or a word left over from a widget
        kept.append(_tidy(text))
        # Items of a list the story announces ("... berikut:") may be short.
        listing = text.endswith(":") or (listing and not _is_prose(text))
    return _drop_headline_runs([p for p in kept if p])


def _resumes(lines: list[_Line], i: int) -> bool:
    """Past a closing block, whether the story carries on: two full paragraphs in a row."""
    texts = [ln.text for ln in lines[i:] if ln.kind == "text"][:2]
    return len(texts) == 2 and all(_is_prose(t) for t in texts)


def _tidy(text: str) -> str:
    """A paragraph without glued-on junk ("... katanya. Baca juga: X") or closing initials."""
    for rx in INLINE_JUNK:
        text = rx.sub("", text).strip()
    return _TRAILING_INITIALS.sub("", text).strip()


def _drop_headline_runs(paragraphs: list[str]) -> list[str]:
    """Without lists of headline links (two or more in a row) and stray trailing headlines; a
    single headline-like line inside the story is a crosshead and stays."""
    out: list[str] = []
    run: list[str] = []
    for p in [*paragraphs, ""]:
        if p and _headline_like(p):
            run.append(p)
            continue
        # One crosshead, or the items of a list the story announces ("... berikut:").
        if run and ((len(run) == 1 and p) or (out and out[-1].endswith(":"))):
            out.extend(run)
        run = []
        if p:
            out.append(p)
    return out


def _repeats_title(text: str, title: str) -> bool:
    """The title again, whole or cut off with an ellipsis."""
    if text == title or _strip_outlet(text) == title:
        return True
    stem = _ELLIPSIS.sub("", text).rstrip()
    return stem != text and len(stem) > 10 and title.startswith(stem)


# --- metadata ---------------------------------------------------------------------------------

def _title(header: list[_Line]) -> str | None:
    """The first headline-like line of the page header."""
    for ln in header:
        words = len(ln.text.split())
        if ln.kind == "text" and 3 <= words <= _MAX_HEADLINE_WORDS \
                and not _ELLIPSIS.search(ln.text) and not ln.text.endswith(".") \
                and not _is_logo(ln.text):
            return _strip_outlet(ln.text)
    return None


def _is_logo(text: str) -> bool:
    """A line that is only an outlet's name ("The Jakarta Post", "kumparanNEWS")."""
    name = _known_outlet(text)
    return bool(name) and len(text.split()) <= len(name.split()) + 1


def _strip_outlet(title: str) -> str:
    """"Harga Beras Naik - Kompas.com" -> "Harga Beras Naik"."""
    m = _TITLE_SUFFIX.search(title)
    return title[:m.start()] if m and _known_outlet(m.group(1)) else title


def _published(header: list[_Line], lines: list[_Line]) -> str | None:
    """The first publication date of the header, else of the whole page (some print it at the
    foot); an update time ("Diperbarui ...") only when nothing else is dated."""
    dated = [ln for ln in [*header, *lines] if ln.kind in ("date", "byline") and ln.date]
    first = next((ln for ln in dated if not ln.updated), dated[0] if dated else None)
    return first.date if first else None


def canonical_outlet(name: str) -> str:
    """The display name of a known outlet ("KOMPAS.com" -> "Kompas.com"), else `name` (a
    shouted domain in sentence case: "TRIBUNJATENG.COM" -> "Tribunjateng.com")."""
    name = name.strip()
    known = _known_outlet(name)
    if known:
        return known
    if name.isupper() and "." in name:
        return name.lower().capitalize()
    return name


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
    # Last, the page's logo: a line near the top that is only an outlet's name ("kumparanNEWS").
    logos = [ln for ln in lines[:_LOGO_LINES] if ln.kind == "text" and _is_logo(ln.text)]
    for ln in ranked + logos:
        name = _known_outlet(ln.text)
        if name:
            return name
    return None

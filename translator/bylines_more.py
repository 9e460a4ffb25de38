"""Pure: bylines the line classifier and bare_bylines leave unread or misread (round 22): a
labelled report ("Laporan oleh NAME", "Blog Post by NAME"), a writer with the place filed from
glued on ("NAME-Ambon"), a desk or a wire agency signing ("By Editor", "By Associated Press"),
the writer under the logo above the date, the writer closing the story over its tags, and a
rubric printed over the headline and again under it (no writer)."""

from __future__ import annotations

import re

from .dateline_names import is_place
from .datelines import outlet_like
from .lines import _MAX_BARE_NAME_WORDS, _ROLE_ACCOUNT, Line, _person_like, is_prose

_NAME = r"[A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*){1,3}"
# A report's label before the writer: "Laporan oleh NAME", "Liputan: NAME", "Blog Post by
# NAME", "Oleh : NAME -Luwuk (16/02/2026)" (the place filed from and the day after it).
_LABELLED_REPORT = re.compile(
    rf"(?i:laporan(?:\s+oleh)?|liputan(?:\s+oleh)?|reportase|dilaporkan oleh"
    rf"|(?:blog\s+)?post(?:ed)?\s+by|(?:news\s+)?story\s+by|report\s+by|oleh)\s*:?\s+"
    rf"(?P<name>{_NAME})(?:\s*[-–]\s*(?P<place>[A-Z][\w'’]+(?:\s[A-Z][\w'’]+)?))?"
    rf"(?:\s*\(\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\))?\s*")
# A desk or wire agency where a writer's name goes ("By Editor | February 24, 2026", "By
# Associated Press"): no person, so no author (real vocabulary: newsroom roles and agencies).
_NO_PERSON = frozenset({
    "editor", "editors", "admin", "administrator", "redaksi", "redaktur", "webmaster", "staff",
    "staf", "newsroom", "news desk", "desk", "tim redaksi", "editorial team", "editorial staff",
    "associated press", "the associated press", "ap", "reuters", "afp", "agence france-presse",
    "agence france presse", "bernama", "xinhua", "kyodo", "kyodo news", "yonhap", "dpa", "upi",
    "bloomberg", "antara"})
# A tag list's label under the story: "Topic", "Tags", "Tag:", "Topik", "Label".
_TAG_LABEL = re.compile(r"(?i:topics?|tags?|topik|label|labels|kata kunci)\s*:?")
_TOP = 5  # the page's top lines, where its logo stands


def more_bylines(lines: list[Line]) -> list[Line]:
    """The lines with the bylines of the module's shapes set (or a desk's name unset)."""
    out = list(lines)
    prose_above = False
    for i, ln in enumerate(lines):
        above = lines[i - 1] if i else None
        below = lines[i + 1] if i + 1 < len(lines) else None
        if ln.author and ln.author.strip().lower() in _NO_PERSON:
            # "By Editor", "By Associated Press": the desk's or the agency's line, no writer
            out[i] = Line(ln.text, ln.kind, date=ln.date, updated=ln.updated)
        elif ln.author and (glued := _place_glued(ln.author)):
            # "Laporan Stevy Pattinama-Ambon": the writer, then the place filed from
            out[i] = Line(ln.text, ln.kind, author=glued, date=ln.date, updated=ln.updated)
        elif ln.kind == "text" and not prose_above and not ln.author \
                and (m := _LABELLED_REPORT.fullmatch(ln.text)) \
                and _person_like(m["name"]) and not is_place(m["name"]) \
                and not any(_ROLE_ACCOUNT.fullmatch(w) for w in m["name"].split()) \
                and (m["place"] is None or is_place(m["place"])):
            # "Laporan oleh Dimas Aryo Saputro" under the headline; "Blog Post by Name"
            out[i] = Line(ln.text, "byline", author=m["name"])
        elif ln.kind == "byline" and ln.author and ln.author.isupper() \
                and _rubric_twice(lines, i):
            # "INFO RAYA" over the headline and again under it: the page's rubric, no writer
            out[i] = Line(ln.text, "text")
        elif ln.kind == "text" and not ln.author and above is not None and below is not None \
                and _bare_name(ln.text) and i == 1 and above.kind == "text" \
                and len(above.text.split()) <= 2 and not outlet_like(ln.text) \
                and below.kind == "date" and below.date and not below.author:
            # "TrubusNews" / "Sekar Ayu Wulandari" / "19 Feb 2026 14:30 WIB": the logo, the
            # writer, the date, then the headline
            out[i] = Line(ln.text, "byline", author=ln.text)
        elif ln.kind == "text" and not ln.author and prose_above and above is not None \
                and below is not None and is_prose(above.text) and _bare_name(ln.text) \
                and _TAG_LABEL.fullmatch(below.text) \
                and not any(ln.text in x.text for x in lines[:i]):
            # "... sekitar Cibubur." / "Ayu Larasati" / "Topic": the writer closing the story
            # over its tag list (a name the story quotes is no writer's line)
            out[i] = Line(ln.text, "byline", author=ln.text)
        prose_above = prose_above or (ln.kind == "text" and is_prose(ln.text))
    return out


_GLUED_PLACE = re.compile(r"(?P<name>.+?\S)\s*[-–]\s*"
                          r"(?P<place>[A-Z][\w'’]+(?:\s[A-Z][\w'’]+)?)")


def _place_glued(author: str) -> str | None:
    """The writer's name without the place glued on by a dash ("Stevy Pattinama-Ambon" ->
    "Stevy Pattinama"), else None; a double-barrelled surname stays ("Siti Nur-Aini")."""
    m = _GLUED_PLACE.fullmatch(author)
    if not m or not is_place(m["place"]) or len(m["name"].split()) < 2:
        return None
    return m["name"] if _person_like(m["name"]) else None


# A tagline's words, never a person's name's ("Be Your Inspiration", "Berita Untuk Kita").
_TAGLINE_WORDS = frozenset({"be", "your", "you", "our", "we", "my", "is", "are", "to", "with",
                            "the", "for", "of", "and", "in", "on", "kita", "kami", "anda", "untuk",
                            "dan", "yang", "dari", "di", "ke", "semua", "terpercaya", "inspirasi"})


def _bare_name(text: str) -> bool:
    """Two to four words of a person's name and nothing else (no tagline's words)."""
    words = text.split()
    return 2 <= len(words) <= _MAX_BARE_NAME_WORDS and not text.isupper() \
        and _person_like(text) and not is_place(text) \
        and not any(w.lower() in _TAGLINE_WORDS for w in words)


def _rubric_twice(lines: list[Line], i: int) -> bool:
    """Whether the shouted line `i` stands also above the headline over it: the rubric the
    page prints over and under its headline ("INFO RAYA", "NASIONAL")."""
    return any(x.text == lines[i].text and x.kind != "byline" for x in lines[max(0, i - _TOP):i])

"""Pure: lists around a story. A list of other articles' headlines, dashed or bulleted under
a short label, closing the story ("Daily Roundup" / "- Fintech lender trims workforce ..." /
"- E-commerce sales rise ..."; "Berita Lainnya" / "• Harga cabai turun jelang puasa."): a
list the story itself runs is announced by a sentence ending in a colon ("... tiga syarat
berikut:"), or goes on into more paragraphs; this one has a label of its own and nothing of
the story below it. And the story's own lists that read as no prose: a match's line-ups; and
unlabelled links among the paragraphs."""

from __future__ import annotations

import re

from .headline import content_words
from .lines import FINAL, Line, is_prose
from .story_edges import full_date

_BULLET = re.compile(r"[-–•●▪■◆*]\s+(?=\S)")
_MAX_LABEL_WORDS = 4
_MIN_ITEM_WORDS = 6  # a headline's words; a requirements list's items ("- Fotokopi KTP") are few
_MAX_ITEM_WORDS = 20
_MIN_ITEMS = 2


def _label(text: str) -> bool:
    """A list's short title-cased label ("Daily Roundup", "More Stories", "Berita Lainnya"):
    no stop, no colon (a colon announces the story's own list)."""
    words = text.split()
    return 0 < len(words) <= _MAX_LABEL_WORDS and all(w[:1].isupper() for w in words) \
        and not FINAL.search(text) and not text.endswith((":", ",", ";"))


def _item(text: str) -> bool:
    """A list item that reads as a linked headline: one sentence of six to twenty words."""
    rest = _BULLET.sub("", text, count=1)
    words = rest.split()
    return _MIN_ITEM_WORDS <= len(words) <= _MAX_ITEM_WORDS and ". " not in rest \
        and rest[:1].isupper()


def link_list(lines: list[Line], start: int) -> set[int]:
    """The label and items of a headline list below the story's start (see the module's
    docstring), when no paragraph of prose follows the list."""
    for i in range(start + 1, len(lines) - _MIN_ITEMS):
        # the label may be one a table knows ("Top Stories", "Berita Lainnya")
        if lines[i].kind in ("date", "byline") or not _label(lines[i].text):
            continue
        j = i + 1
        while j < len(lines) and lines[j].kind == "text" and _BULLET.match(lines[j].text) \
                and _item(lines[j].text):
            j += 1
        if j - i - 1 >= _MIN_ITEMS and not any(
                ln.kind == "text" and is_prose(ln.text) for ln in lines[j:]):
            return set(range(i, j))
    return set()


# Round 23. A line-up or cast list, a label and its colon over names run by semicolons and
# commas: "Persib: Kevin Ray; Henhen, Gustavo, Kakang; Beckham, Marc Klok", "Pemain: Reza
# Rahadian, Putri Marino, Lukman Sardi; Sutradara: Joko Anwar". The names give a stop-word
# share no sentence has, yet the story prints them as its paragraphs.
_ROSTER = re.compile(r"[A-Z][\w.'’&-]*(?: [\w.'’&-]+){0,5}\s*:\s+(?P<names>[^:]+?)\.?")
_ROSTER_NAME = re.compile(r"(?:[A-Z][\w.'’-]*)(?: (?:[A-Z][\w.'’-]*|bin|van|de|da))"
                          r"{0,3}(?:\s*\([^()]{1,20}\))?")
_MIN_ROSTER_NAMES = 5
# Round 31. A match's result closing a report, scorers in brackets, the crowd after them:
# "Persiraja v Sumsel United 1-1 (Fikri; Rendi) 3,412", "PSIS vs Persik 2-0 (Taisei)". Its
# names and figures read as no sentence, yet the report prints it.
_SIDE = r"[A-Z][\w.'’&-]*(?: [A-Z0-9][\w.'’&-]*){0,3}"
_RESULT = re.compile(rf"{_SIDE} (?:v|vs\.?|versus) {_SIDE} \d{{1,2}}\s*[-–]\s*\d{{1,2}}"
                     r"(?:\s*\([^()]*\))?(?:\s+[\d.,]+)?")


def roster_line(text: str) -> bool:
    """A line-up, squad or cast list (_ROSTER): five names or more, a semicolon among them."""
    if _RESULT.fullmatch(text):
        return True
    m = _ROSTER.fullmatch(text)
    if m is None or ";" not in m["names"]:
        return False
    names = re.split(r"\s*[;,]\s*", m["names"])
    return len(names) >= _MIN_ROSTER_NAMES and all(_ROSTER_NAME.fullmatch(n) for n in names)


def rosters_below(lines: list[Line], end: int) -> set[int]:
    """Line-ups right below the body run (from `end`), and the crosshead over them ("Susunan
    pemain"): the story's, up to the first line that is neither."""
    out: set[int] = set()
    i = end
    while i < len(lines) and lines[i].kind == "text":
        if roster_line(lines[i].text):
            out.add(i)
        elif i + 1 < len(lines) and _roster_head(lines[i].text) \
                and roster_line(lines[i + 1].text) and not out:
            out.add(i)
        else:
            break
        i += 1
    return out


_MAX_ROSTER_HEAD_WORDS = 6


def _roster_head(text: str) -> bool:
    """A short crosshead over line-ups ("Susunan Pemain", "Starting XI"): capitalised, no stop."""
    return 0 < len(text.split()) <= _MAX_ROSTER_HEAD_WORDS and text[:1].isupper() \
        and not FINAL.search(text) and not text.endswith((":", ",", ";"))


_MIN_LINK_HEAD_WORDS = 7  # a crosshead names a part in a few words; a link's headline runs on


def inline_links(paragraphs: list[str], cased: list[bool], off: set[int]) -> set[int]:
    """Round 23. Lone title-cased headlines between paragraphs on a page that sets links to its
    other articles among them without a "Baca juga" label: once one such line is shown to be a
    link (it names no word of the story, `off`, or holds a full date: "Prakiraan Cuaca Bogor
    Hari Selasa 24 Februari 2026: Hujan Sedang"), the other long ones are links too ("Kemacetan
    di Jalan Otista Diprediksi Bertambah Selama Pembangunan Flyover")."""
    last = len(paragraphs) - 1

    def between(k: int) -> bool:
        # a headline ends in no full stop ("..., Kabupaten Indramayu." is a sentence)
        return cased[k] and 0 < k < last and not paragraphs[k].endswith(".") \
            and is_prose(paragraphs[k - 1]) \
            and is_prose(paragraphs[k + 1])

    if not any(between(k) and (k in off or full_date(paragraphs[k])) for k in range(last)):
        return set()
    return {k for k in range(last) if between(k)
            and len(paragraphs[k].split()) >= _MIN_LINK_HEAD_WORDS}


_MAX_STORY_SHARE = 0.5  # of an aside link's content words, at most this many the story tells


def aside_links(paragraphs: list[str], cased: list[bool], story: frozenset[str]) -> set[int]:
    """Round 24. A lone title-cased headline of seven words or more between two paragraphs
    that names no word of the two paragraphs after it and few of the story's: a link to the
    site's other article set among the paragraphs without its label ("Pemkab Gelar Pasar
    Murah di Lima Kecamatan" between two paragraphs on an abrasion meeting); a crosshead
    names what the part below it tells ("Antrean Pemudik di Stasiun Mulai Terlihat" over the
    queue's paragraph)."""
    last = len(paragraphs) - 1
    out = set()
    for k in range(1, last):
        text = paragraphs[k]
        if not cased[k] or text.endswith(".") or len(text.split()) < _MIN_LINK_HEAD_WORDS \
                or not (is_prose(paragraphs[k - 1]) and is_prose(paragraphs[k + 1])):
            continue
        words = content_words(text)
        below = frozenset().union(*(content_words(p) for p in paragraphs[k + 1:k + 3]))
        if words and not words & below and len(words & story) <= _MAX_STORY_SHARE * len(words):
            out.add(k)
    return out


_MIN_LINK_WORDS = 8  # a crosshead names a part in a few words; a headline runs longer
_MAX_LINK_WORDS = 14  # longer: a sentence that lost its stop


def long_links(paragraphs: list[str], heads: list[bool]) -> set[int]:
    """Round 34. A lone headline of eight words or more between two paragraphs, in a story
    that runs no other crosshead: another article's link set among the paragraphs ("Harga
    Kopi Tembus Rp60 Ribu, Petani Pilih Jual Bertahap"), on the story's topic."""
    last = len(paragraphs) - 1
    lone = [k for k in range(1, last) if heads[k] and not heads[k - 1] and not heads[k + 1]
            and is_prose(paragraphs[k - 1]) and is_prose(paragraphs[k + 1])]
    return {k for k in lone if len(lone) == 1
            and _MIN_LINK_WORDS <= len(paragraphs[k].split()) <= _MAX_LINK_WORDS
            and not paragraphs[k].endswith((".", "!", "?", ":"))
            and not any(q in paragraphs[k] for q in "\"“”")}  # a quote lost its stop

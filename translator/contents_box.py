"""Pure: the boxes a blog post sets inside its story's run that are no part of the story (round
36): a table of contents ("Daftar Isi" over entries, each printed again further down as the
crosshead it links to), a box of key points ("Poin utama" over short sentences), a pull quote
glued to its speaker's name, a review's spec box (its heading over a one-sentence logline over
`Label: value` rows naming the credits: "Durasi:", "Sutradara:", "Pemain:"), a caption printed
twice and an embedded social post (a spoiler notice is a row of boilerplate_body).

The lines are lines.py's classified `Line`s; only `kind == "text"` lines are judged."""

from __future__ import annotations

import re

from .lines import Line

_CONTENTS_HEAD = re.compile(r"(?i)(?:daftar isi|isi artikel|isi konten|table of contents|contents"
                            r"|in this article|navigasi artikel)\s*:?"
                            r"(?:\s*\[?(?:tampilkan|sembunyikan|show|hide|toggle)\]?)?")
_ENTRY_MARK = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[•●▪■◆-])\s*")
_MAX_ENTRY_WORDS = 12
_MIN_ENTRIES = 2


def _key(text: str) -> str:
    """An entry as its crosshead prints it: no number or bullet, no case, no closing stop."""
    return _ENTRY_MARK.sub("", text.strip()).rstrip(" .:").casefold()


def contents_lines(lines: list[Line]) -> set[int]:
    """The table of contents: its header and the entries right below it, each of them printed
    again further down the page (the crosshead it links to); the entries end at the first line
    that is not, which is that first crosshead itself."""
    out: set[int] = set()
    for i, ln in enumerate(lines):
        if ln.kind != "text" or not _CONTENTS_HEAD.fullmatch(ln.text.strip()):
            continue
        entries = []
        for j in range(i + 1, len(lines)):
            text = lines[j].text
            if lines[j].kind != "text" or len(text.split()) > _MAX_ENTRY_WORDS \
                    or not any(_key(x.text) == _key(text) for x in lines[j + 1:]):
                break
            entries.append(j)
        if len(entries) >= _MIN_ENTRIES:
            out |= {i, *entries}
    return out


# The rows of a film's, a series' or a game's credits box
_CREDIT_LABELS = frozenset({
    "sutradara", "durasi", "pemain", "pemeran", "produksi", "produser", "genre", "rilis",
    "tanggal rilis", "jadwal tayang", "penulis naskah", "skenario", "rumah produksi", "negara",
    "developer", "publisher", "platform", "director", "cast", "runtime", "release date",
    "studio", "episode", "jumlah episode", "rating", "distributor"})
_LABEL_ROW = re.compile(r"(?P<label>[A-Z][\w’']*(?: [\w’']+){0,2})\s?:\s+\S.{0,120}")
_MIN_ROWS = 3
_MIN_CREDIT_ROWS = 2
_MAX_LOGLINE_WORDS = 25
_MAX_BOX_HEAD_WORDS = 4


def _credit_row(ln: Line) -> bool:
    m = _LABEL_ROW.fullmatch(ln.text.strip())
    return m is not None and m["label"].casefold() in _CREDIT_LABELS


def spec_box(lines: list[Line]) -> set[int]:
    """A review's credits box: `Label: value` rows, two or more of them the credits of a film
    or game ("Durasi: 1 jam 38 menit", "Sutradara: Name"), with the one-sentence logline and the
    short heading ("Sekilas Tentang", "Info Film") above them."""
    out: set[int] = set()
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _LABEL_ROW.fullmatch(lines[j].text.strip()):
            j += 1
        if j - i >= _MIN_ROWS and sum(map(_credit_row, lines[i:j])) >= _MIN_CREDIT_ROWS:
            out |= set(range(i, j))
            top = i
            if top > 0 and lines[top - 1].kind == "text" \
                    and len(lines[top - 1].text.split()) <= _MAX_LOGLINE_WORDS \
                    and lines[top - 1].text.rstrip().endswith((".", "!", "?")) \
                    and lines[top - 1].text.count(". ") == 0:
                top -= 1  # the logline
            if top > 0 and lines[top - 1].kind == "text" \
                    and len(lines[top - 1].text.split()) <= _MAX_BOX_HEAD_WORDS \
                    and not lines[top - 1].text.rstrip().endswith((".", "!", "?", ":")):
                top -= 1  # the box's heading
            out |= set(range(top, i))
        i = max(j, i + 1)
    return out


_KEY_POINTS = re.compile(r"(?i)(?:poin utama|poin penting|poin-poin penting|key points"
                         r"|highlights|intisari|sorotan utama)\s*:?")
_MAX_POINTS = 6
_MAX_POINT_WORDS = 30


def key_points(lines: list[Line]) -> set[int]:
    """A box of key points: its header ("Poin utama", "Key points") over a few short sentences,
    each a line of its own, closed by the story's date or byline; the story tells them again."""
    out: set[int] = set()
    for i, ln in enumerate(lines):
        if not _KEY_POINTS.fullmatch(ln.text.strip()):  # any kind ("Key points": "qa")
            continue
        points = []
        for j in range(i + 1, min(len(lines), i + 1 + _MAX_POINTS + 1)):
            text = lines[j].text.strip()
            if lines[j].kind != "text" or len(text.split()) > _MAX_POINT_WORDS \
                    or not text.endswith((".", "!", "?")):
                break
            points.append(j)
        end = points[-1] + 1 if points else i + 1
        # the box closes on the story's date or byline, never on a paragraph
        if 0 < len(points) <= _MAX_POINTS and end < len(lines) and lines[end].kind != "text":
            out |= set(points)
    return out


# A pull quote glued to its speaker's name: "... tidak pernah ada.Rara Oktaviani"
_GLUED_SPEAKER = re.compile(r"(?P<quote>.{20,}?[.!?])[\"”’]?"
                            r"(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+){0,3})")


def pull_quotes(lines: list[Line], start: int) -> set[int]:
    """A sentence of the story's printed again as a pull quote, its speaker's name glued after
    the stop: the sentence stands inside another of the story's lines."""
    out: set[int] = set()
    for i in range(start, len(lines)):
        m = _GLUED_SPEAKER.fullmatch(lines[i].text.strip())
        quote = m["quote"].strip("\"“”‘’' ") if m else ""
        if m and lines[i].kind == "text" and any(
                quote in x.text for k, x in enumerate(lines) if k != i):
            out.add(i)
    return out


_MIN_TWICE_WORDS = 3
_MAX_TWICE_WORDS = 20


def printed_twice(lines: list[Line], start: int) -> set[int]:
    """A photo's caption printed twice on two lines in a row (the caption and its alt text), a
    short line inside the story: both printings; a story says nothing twice so."""
    out: set[int] = set()
    for i in range(start, len(lines) - 1):
        text = lines[i].text.strip()
        if lines[i].kind == lines[i + 1].kind == "text" and text == lines[i + 1].text.strip() \
                and _MIN_TWICE_WORDS <= len(text.split()) <= _MAX_TWICE_WORDS \
                and text.count(". ") == 0:
            out |= {i, i + 1}
    return out


# An embedded TikTok post as a copy prints it: "@handle", its caption with the hashtags,
# "♬ suara asli – handle" (the sound credit closes it)
_HANDLE = re.compile(r"@[\w.]{2,40}")
_SOUND = re.compile(r"♬\s?.{1,80}")
_EMBED_REACH = 3


# Round 38: such a post copied onto one line, "@handle caption #tag #tag ♬ original sound –
# Name"; a picture's file name standing alone where its alt text would, "Scooter rider on
# Canggu road.jpg", "banjir-sigi_01.JPG" (a sentence naming a file has a verb and a stop).
_ONE_LINE_POST = re.compile(r"@[\w.]{2,40}\s.{0,300}?♬\s?.{1,80}")
_FILE_NAME = re.compile(r"[\w'’(),-]+(?: [\w'’(),-]+){0,12}\.(?i:jpe?g|png|webp|gif)")


def embedded_posts(lines: list[Line], start: int) -> set[int]:
    """An embedded social post inside the story: from its account's handle, alone on a line,
    down to its sound credit; a picture's lone file name."""
    out: set[int] = set()
    for i in range(start, len(lines)):
        if _ONE_LINE_POST.fullmatch(text := lines[i].text.strip()) or _FILE_NAME.fullmatch(text):
            out.add(i)
        if not _SOUND.fullmatch(lines[i].text.strip()):
            continue
        out.add(i)
        top = next((j for j in range(i - 1, max(start, i - _EMBED_REACH) - 1, -1)
                    if _HANDLE.fullmatch(lines[j].text.strip())), None)
        if top is not None:
            out |= set(range(top, i))
    return out


def box_lines(lines: list[Line], start: int) -> set[int]:
    """The lines from `start` on that the boxes above hold."""
    out = {i for i in contents_lines(lines) | spec_box(lines) | key_points(lines) if i >= start}
    return out | pull_quotes(lines, start) | printed_twice(lines, start) \
        | embedded_posts(lines, start)


def without_contents(page: list[Line]) -> list[Line]:
    """The page without its table of contents: an entry there is no second printing of the
    crosshead it names (a banner printed twice is, clean.py's _banners_out)."""
    toc = contents_lines(page)
    return [ln for i, ln in enumerate(page) if i not in toc]

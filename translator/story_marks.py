"""Pure (round 32): lines inside the story that their marks make look like furniture: a
crosshead copied with its heading's bullet ("• Latar Belakang" between two paragraphs), and
the dated rows of a schedule the story announces ("Berikut jadwalnya:" / "Tanggal
pembayaran: 20 Mei 2026"), which the date-line test reads as the page's date lines."""

from __future__ import annotations

import re

from .boilerplate import PUBLISHED, UPDATED, WIDGET_WORDS
from .dates import find_date
from .lines import FINAL, Line, headline_like, is_prose
from .shapes import bare

# A heading's bullet as themes print it (a table of contents' item, a styled h2); a hyphen
# opens a list's item, never a heading, and is left alone.
_BULLET = re.compile(r"^\s*[•●▪■◆◦►▸»]\s*(?=\S)")
_MAX_HEAD_WORDS = 6


def _bulleted(text: str) -> bool:
    return bool(_BULLET.match(text))


def _head_shaped(head: str) -> bool:
    """A heading's words after its bullet: one to six, no sentence end, a capital first, no
    widget's word first (a share row's "• Bagikan")."""
    words = head.split()
    return 1 <= len(words) <= _MAX_HEAD_WORDS and not FINAL.search(head) \
        and words[0][0].isupper() and words[0].lower() not in WIDGET_WORDS


def bulleted_head(lines: list[Line], i: int, kept: list[str]) -> str | None:
    """The words of a crosshead printed with a bullet ("• Masalah Utama", "▪ What Comes
    Next") between two full paragraphs of the story, without its bullet; None when the line
    is no such crosshead: an item of a list (a bulleted line beside it, or the paragraph
    above announcing it with a colon), a share row's button, or a sentence."""
    text = lines[i].text
    m = _BULLET.match(text)
    if m is None:
        return None
    head = text[m.end():].strip()
    if not _head_shaped(head) or head.endswith(":"):
        return None
    if not kept or not is_prose(kept[-1]) or kept[-1].rstrip().endswith(":"):
        return None
    before = lines[i - 1] if i else None
    nxt = next((ln for ln in lines[i + 1:] if ln.kind == "text"), None)
    if (before is not None and _bulleted(before.text)) or nxt is None \
            or _bulleted(nxt.text) or not is_prose(nxt.text):
        return None
    return head


# "Tanggal pembayaran: 20 Mei 2026", "Record date : May 4, 2026": a label of one to five
# words, its colon, and a date with at most its hour after it.
_ROW = re.compile(r"(?P<label>[A-Z][\w/()'’-]*(?:\s+[\w/()'’-]+){0,4})\s*:\s*(?P<rest>.+)")
_MAX_AFTER_WORDS = 4


def schedule_row(text: str) -> bool:
    """A row of a schedule: its label, a colon and a date; never a publication or update
    stamp ("Diterbitkan: 3 Maret 2026", "Updated: ...")."""
    m = _ROW.fullmatch(text.strip())
    if m is None or PUBLISHED.search(m["label"]) or UPDATED.search(m["label"]):
        return False
    found = find_date(m["rest"])
    if found is None or m["rest"][:found.start].strip(" ,"):
        return False
    return len(re.findall(r"\w+", m["rest"][found.end:])) <= _MAX_AFTER_WORDS


_MAX_CAPTION_WORDS = 30


def teaser_caption(lines: list[Line], i: int) -> bool:
    """Under a "Baca juga" header, a linked story's thumbnail caption: one short sentence right
    over that story's headline and its date ("Buruh pabrik ... pulang kerja, Kamis 5 Februari
    2026." / "Ratusan Buruh Terima Surat Dirumahkan" / "5 Februari 2026 | 19:10")."""
    if i + 2 >= len(lines) or len(lines[i].text.split()) > _MAX_CAPTION_WORDS \
            or len(FINAL.findall(lines[i].text)) > 1:
        return False
    head, stamp = lines[i + 1], lines[i + 2]
    return head.kind == "text" and headline_like(bare(head.text)) and not FINAL.search(head.text) \
        and stamp.kind == "date"


_HEAD_GAP = 3  # lines between an opening heading and the lead: the writer's photo, its name
_MAX_GAP_WORDS = 4


def opening_head(lines: list[Line], start: int, paragraphs: list[str]) -> str | None:
    """The story's first bulleted crosshead, standing above the lead ("• Pendahuluan" /
    "Name" / "Name" / lead) with only the writer's photo labels between, on a page whose story
    runs more crossheads with that bullet (kept in `paragraphs`); else None."""
    for k in range(start - 1, max(-1, start - 2 - _HEAD_GAP), -1):
        text = lines[k].text
        m = _BULLET.match(text)
        if m is None:
            if is_prose(text) or len(text.split()) > _MAX_GAP_WORDS:
                return None
            continue
        head, mark = text[m.end():].strip(), text[:m.end()].strip()
        if not _head_shaped(head):
            return None
        runs = any((b := _BULLET.match(ln.text)) and ln.text[:b.end()].strip() == mark
                   and ln.text[b.end():].strip() in paragraphs for ln in lines[start:])
        return head if runs and head not in paragraphs else None
    return None


def masthead_between(lines: list[Line], i: int) -> bool:
    """Round 35: the page's masthead printed again right between two full paragraphs (a
    photo's watermark credit, "Sang Pencerah Muslim" under each picture): no next story opens
    there, as its headline would stand over its lead."""
    return 0 < i < len(lines) - 1 and all(
        ln.kind == "text" and is_prose(bare(ln.text)) for ln in (lines[i - 1], lines[i + 1]))

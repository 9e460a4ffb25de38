"""Pure (round 33): a crosshead opened by a word that also names a site's section ("Saham
Energi Memimpin", "Ekonomi Desa Bergerak"), told from a widget's row ("Komentar Anda", "Tags
Populer", "Ekonomi Lainnya"): three words, the last none of a widget's, and two of them words
the story around it uses: a row of chrome names no part of the story."""

from __future__ import annotations

import re

from .boilerplate import WIDGET_WORDS
from .lines import Line, is_prose

_MIN_WORDS = 3
_MIN_SHARED = 2


def section_led_head(words: list[str], around: str, widget_words: frozenset[str]) -> bool:
    """Whether the short line of `words`, its first a section's word, heads a part of the story
    whose neighbouring paragraphs are `around`."""
    if len(words) < _MIN_WORDS:
        return False
    bare = [w.lower().strip(".,:") for w in words]
    if bare[-1] in widget_words or not bare[-1].isalpha():
        return False
    used = set(re.findall(r"[^\W\d_]+", around.lower()))
    return sum(w in used for w in bare) >= _MIN_SHARED


# Round 33: a crosshead right under a "Baca juga" header whose links the copy lost ("BACA
# JUGA" / "Jumlah Investor Tetap Bertambah" / the next part): a few title-cased words, where a
# link's headline runs on (boilerplate_lists._MIN_LINK_HEAD_WORDS), in a story that runs
# crossheads of that shape already, and naming what the paragraph below it tells.
_MAX_HEAD_WORDS = 6
_PARTICLES = frozenset({"di", "ke", "dan", "untuk", "dari", "yang", "bagi", "dengan", "pada",
                        "atau", "of", "the", "and", "for", "in", "to", "on", "with"})


def _head_shaped(text: str) -> bool:
    words = text.split()
    return 2 <= len(words) <= _MAX_HEAD_WORDS and not re.search(r"[.!?:;,\"“”]", text) \
        and all(w[:1].isupper() or w.lower() in _PARTICLES for w in words)


def lost_links(lines: list[Line], i: int, kept: list[str]) -> bool:
    """Whether line `i`, under a related header (line `i - 1`), is the story's crosshead."""
    text = lines[i].text
    nxt = next((ln.text for ln in lines[i + 1:i + 2] if ln.kind == "text"), "")
    if i < 1 or lines[i - 1].kind != "related" or not _head_shaped(text) or not is_prose(nxt):
        return False
    runs = any(_head_shaped(p) and 0 < k < len(kept) - 1 and is_prose(kept[k - 1])
               and is_prose(kept[k + 1]) for k, p in enumerate(kept))
    below = set(re.findall(r"[^\W\d_]+", nxt.lower()))
    named = [w for w in re.findall(r"[^\W\d_]+", text.lower()) if w not in _PARTICLES]
    return runs and sum(w in below for w in named) >= _MIN_SHARED


# Round 38: two short heads the button rule (story._MAX_BUTTON_WORDS) took for a widget's word:
# - a timeline's hour between two full paragraphs, "Pukul 05.55 WIB", "06.30 WITA", "Jam 21:15"
#   (a chronology's crosshead; a live page's lone time over a widget is no such head);
# - a list's announcement ending in a colon, "Berikut daftarnya:", "Ini rinciannya:", over the
#   list's first numbered item, itself over a full paragraph ("Berita Populer:" over a row of
#   numbered headlines is a widget: its items run on with no paragraph between).
_HOUR_HEAD = re.compile(r"(?i:(?:pukul|jam|pkl\.?)\s+)?\d{1,2}[.:]\d{2}\s*(?:WIB|WITA|WIT)?")
_LIST_INTRO = re.compile(r"[A-Z][a-z]+(?: [a-z]+){0,2}:")
_FIRST_ITEM = re.compile(r"1[.)]\s+[A-Z\"“]")


def short_head(lines: list[Line], i: int, kept: list[str]) -> bool:
    """Whether the short line `i` (three words at most, no final stop) is a part of the story:
    an hour heading a chronology's step, a list's announcement."""
    text = lines[i].text
    texts = [ln.text for ln in lines[i + 1:] if ln.kind == "text"][:2]
    if not kept or not is_prose(kept[-1]) or not texts:
        return False
    if _HOUR_HEAD.fullmatch(text):
        return is_prose(texts[0])
    return bool(_LIST_INTRO.fullmatch(text)) and len(texts) == 2 \
        and bool(_FIRST_ITEM.match(texts[0])) and is_prose(texts[1]) \
        and not any(w.lower().strip(":") in WIDGET_WORDS for w in text.split())

"""Pure (round 26): the lines of a site's masthead, which never title the story: the top lines
above the page's menu row (a faculty's sub-site "Magister Kenotariatan" / "Fakultas Hukum
Universitas ..." / "Beranda" / "Profil" / "Akademik"), however many words they share with
the lead."""

from __future__ import annotations

_MENU_ITEMS = 3  # a menu row: this many short lines in a row at the least
_MAX_MENU_WORDS = 2
_MAX_BLOCK = 3  # masthead lines above the menu, at the most


def _menu_item(text: str) -> bool:
    """A menu link: one or two words, no full stop, colon or digits."""
    return 1 <= len(text.split()) <= _MAX_MENU_WORDS and not any(c.isdigit() for c in text) \
        and not text.endswith((".", ":", "!", "?", ","))


def masthead_block(texts: list[str]) -> set[str]:
    """The page's top lines (two or three) standing over a menu row of short links, else an
    empty set: with a single line above, the rules for a first-line logo decide."""
    for k in range(_MAX_BLOCK + 1):
        row = texts[k:k + _MENU_ITEMS]
        if len(row) == _MENU_ITEMS and all(_menu_item(t) for t in row):
            return set(texts[:k]) if k >= 2 else set()
    return set()


_MAX_FLANKED_WORDS = 4


def _flanked_link(texts: list[str], i: int) -> bool:
    """Round 37: a longer link of three or four words with a short link on either side of it
    ("Scholarships" / "Universities in Indonesia" / "Contact Us"): a menu's link too."""
    words = texts[i].split()
    return 0 < i < len(texts) - 1 and len(words) <= _MAX_FLANKED_WORDS \
        and _menu_item(texts[i - 1]) and _menu_item(texts[i + 1]) \
        and not any(c.isdigit() for c in texts[i]) \
        and not texts[i].endswith((".", ":", "!", "?", ","))


def menu_link(text: str, lines: list) -> bool:
    """Round 27: a line inside a menu row of short links, not the row's first ("Jurnalis
    Post" / "BREAKING NEWS" / "Pemprov Kalsel" / "Wakil Rakyat" / "Pemkab Batola": a regional
    site's rubrics named after the offices it covers); a government site's own name heads its
    menu ("Pemkab Sleman" / "Beranda" / "Profil")."""
    texts = [ln.text for ln in lines]
    for i, t in enumerate(texts):
        if t != text or i == 0 or not (_menu_item(t) or _flanked_link(texts, i)) \
                or not _menu_item(texts[i - 1]):
            continue
        lo, hi = i - 1, i + 1
        while lo > 0 and _menu_item(texts[lo - 1]):
            lo -= 1
        while hi < len(texts) and _menu_item(texts[hi]):
            hi += 1
        if hi - lo >= _MENU_ITEMS:
            return True
    return False


# A place line under the headline read as "Name, Place" ("Kretek Museum, Kudus", "Pantai
# Kuta, Badung", "Grand Hyatt Hotel, Jakarta"): a venue's word names no writer.
_VENUE_WORDS = frozenset({
    "museum", "hotel", "pantai", "beach", "pasar", "market", "gedung", "masjid", "mosque",
    "taman", "park", "candi", "temple", "pura", "bandara", "airport", "pelabuhan", "harbour",
    "stadion", "stadium", "alun-alun", "square", "resort", "gallery", "galeri", "festival",
})


# A media network's credit in the writer's place ("Laporan : Jaringan Berita SMSI", "Sumber:
# Jaringan Media Siber Indonesia", "Network Pikiran Rakyat"): no writer.
_NETWORK = ("jaringan ", "network ")


def venue_named(name: str) -> bool:
    """Whether a byline's name holds a venue's word or is a network's (the shapes above)."""
    return any(w.lower() in _VENUE_WORDS for w in name.split()) \
        or name.lower().startswith(_NETWORK)

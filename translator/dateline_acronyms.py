"""Round 36: two readings of "NAME (X) – " that take no place for the outlet's own stamp.

- a date in the brackets is the stamp's date, no outlet: "UNAIR (Monday, May 4, 2026) – ";
- a shouted short form of the site's own name (its words' first syllables: "UNDIP" of
  "Universitas Diponegoro", "UNPAD" of "Universitas Padjadjaran", "KEMENAG" of "Kementerian
  Agama") that no table knows as a place is the institution stamping its page, no place.
"""

from __future__ import annotations

import re

from .dates import find_date

_MAX_SHORT = 10
_LINKS = frozenset({"dan", "and", "of", "the", "&"})
_MAX_SITE_WORDS = 6


def dated_bracket(outlet: str | None) -> bool:
    """Whether the bracket after the name holds only a date ("Tuesday, March 10, 2026")."""
    found = find_date(outlet) if outlet else None
    return found is not None and not re.sub(r"[\W_]+", "", outlet[:found.start]
                                             + outlet[found.end:]).strip()


def _syllabled(short: str, words: list[str]) -> bool:
    """Whether `short` is the words' heads in order, each word giving one or more letters."""
    if not short:
        return not words or all(w in _LINKS for w in words)
    if not words:
        return False
    head, rest = words[0], words[1:]
    if head in _LINKS and _syllabled(short, rest):
        return True
    return any(head.startswith(short[:n]) and _syllabled(short[n:], rest)
               for n in range(1, min(len(short), len(head)) + 1))


def site_short_form(name: str | None, sites: tuple[str, ...]) -> bool:
    """Whether the shouted `name` is a short form of one of the page's names for itself of
    two words or more ("UNDIP" under the logo "Universitas Diponegoro")."""
    if not name or not name.isupper() or not name.isalpha() or len(name) > _MAX_SHORT:
        return False
    for site in sites:
        words = [w.lower() for w in re.findall(r"[^\W\d_]+", site)]
        if 2 <= len(words) <= _MAX_SITE_WORDS and words[0].startswith(name[0].lower()) \
                and _syllabled(name.lower(), words):
            return True
    return False

"""Pure (round 26): the masthead a dateline's stamp writes in short or misspells, whose own
spelling wins: the initials of its words before a web suffix ("GORONTALO (RG.COM) –" under
the logo "Rakyat Gorontalo", "KP.COM" under "Kabar Publik", "(TN.ID)" under "Tribun
Nusantara"), or its address with one letter slipped in, left out or changed
("AKSESNEAWS.COM" under "Aksesnews.com", "RADARBGOR.ID" under "Radarbogor.id"). Round 27:
the first words' initials run onto the last word whole ("SAMPIT,PPOST" under "PALANGKA POST",
"KPOST" under "Kaltim Post", "BPOST" under "Banjarmasin Post"), when shouted: a stamp in
the brand's own mixed case stays as written ("AMBON,MRNews.-" under "Mimbar Rakyat News"),
unless (round 38) the copyright line signs with the logo's name too ("BNews—GRABAG— " under
"Borobudur News" and "© 2026 Borobudur News": the masthead).
Round 28: the logo's first and last words with the middle ones dropped, shouted ("INFONEWS"
under "InfoNusantaraNews", "RADARNEWS" under "Radar Borneo News")."""

from __future__ import annotations

import re

from .datelines import _squash
from .lines import Line
from .site_names import copyright_name

_LOGO_LINES = 5
_SUFFIX = re.compile(r"(?i)(?:\.(?:com|co|id|net|news|web|or))+$")
_MIN_INITIALS, _MAX_INITIALS = 2, 4
_MIN_TYPO_LETTERS = 6
_MIN_CAMEL_WORDS = 3  # a logo's words, the stamp keeping only its first and its last


def _one_slip(a: str, b: str) -> bool:
    """Whether a and b differ by one letter added, dropped or changed (never equal)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return a[i + (len(a) == len(b)):] == b[i + 1:]
    return True


def _signed(logo: str, lines: list[Line]) -> bool:
    """Round 38: the copyright line signs with the logo's name ("© 2026 Borobudur News")."""
    return any(ln.kind == "copyright" and copyright_name(ln.text) == logo.strip() for ln in lines)


def stamp_form(name: str, lines: list[Line]) -> str | None:
    """The logo line a dateline's stamp abbreviates or misspells (the shapes above), else None."""
    stem = _squash(_SUFFIX.sub("", name))
    if not stem:
        return None
    for ln in lines[:_LOGO_LINES]:
        if ln.kind != "text":
            continue
        words = re.findall(r"[A-Za-z]+", ln.text)
        if _SUFFIX.search(name) and _MIN_INITIALS <= len(stem) <= _MAX_INITIALS \
                and len(words) == len(stem) and all(w[0].isupper() for w in words) \
                and "".join(w[0] for w in words).lower() == stem:
            return ln.text.strip()
        if (name.isupper() or _signed(ln.text, lines)) \
                and 2 <= len(words) <= _MAX_INITIALS and len(stem) > len(words[-1]) \
                and all(w[0].isupper() for w in words) \
                and stem == ("".join(w[0] for w in words[:-1]) + words[-1]).lower():
            return ln.text.strip()  # round 27: "SAMPIT,PPOST" under "PALANGKA POST"
        camel = re.findall(r"[A-Z][a-z]+|[A-Z]{2,}(?![a-z])", ln.text)
        if name.isupper() and len(camel) >= _MIN_CAMEL_WORDS and " " not in name.strip() \
                and "".join(camel) == re.sub(r"[\W\d_]", "", ln.text) \
                and stem == (camel[0] + camel[-1]).lower():
            return ln.text.strip()  # round 28: "INFONEWS" under "InfoNusantaraNews"
        logo = _squash(_SUFFIX.sub("", ln.text.strip()))
        if len(stem) >= _MIN_TYPO_LETTERS and " " not in ln.text.strip() \
                and _one_slip(stem, logo) and logo[:2] == stem[:2]:
            return ln.text.strip()
    return None

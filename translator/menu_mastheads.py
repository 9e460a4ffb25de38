"""Pure (round 28): the site's name over its menu row, as the outlet when nothing else names the
publisher: an office's, a school's, a campus's or a pesantren's portal prints its name and then
its links ("Dinas Komunikasi dan Informatika Kabupaten ..." / "Beranda" / "Profil" /
"Informasi"; "SMA Negeri 2 ..." / "Beranda" / "Profil" / "Berita"; "Universitas ..." /
"Tentang ..." / "Akademik" / "Penelitian"). Above the name a loader's letters one a line ("G",
"N", "I", ...), a top bar's date or an image's placeholder ("spot_imgspot_img") may stand."""

from __future__ import annotations

import re

from .dateline_names import is_place
from .dates import find_date
from .lines import Line

_MENU_ITEMS = 3  # short links in a row under the name, at the least
_MAX_MENU_WORDS = 3
_MAX_NAME_WORDS = 9  # "Dinas Komunikasi dan Informatika Kabupaten ..." is seven
_TOP_LINES = 12  # the name stands among the page's first lines
_PARTICLES = frozenset({"dan", "&", "of", "the", "and", "for", "in", "di", "-"})
# "spot_imgspot_img", "img", "Loading...": a theme's placeholders, no name
_PLACEHOLDER = re.compile(r"(?i)(?:spot_img)+|img|loading\W*|logo")


def _noise(ln: Line) -> bool:
    """A line above the name that is no name: a date, a loader's letter, a placeholder."""
    text = ln.text.strip()
    return ln.kind == "date" or bool(find_date(text)) or len(text) <= 1 \
        or bool(_PLACEHOLDER.fullmatch(text)) or not text


def _menu_item(ln: Line) -> bool:
    text = ln.text.strip()
    return 1 <= len(text.split()) <= _MAX_MENU_WORDS and not find_date(text) \
        and not text.endswith((".", ":", "!", "?", ",")) and text[:1].isupper()


def _name_shaped(text: str) -> bool:
    """A name's words: capitalised, digits or particles; no end mark; not a place alone."""
    words = text.split()
    return 2 <= len(words) <= _MAX_NAME_WORDS and words[0][:1].isupper() \
        and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _PARTICLES for w in words) \
        and not re.search(r"[.!?,:;|]$", text) and not is_place(text)


def menu_masthead(lines: list[Line], title: str | None) -> str | None:
    """The page's first name-shaped line (past the noise above) over a menu row, else None."""
    top = [ln for ln in lines[:_TOP_LINES] if ln.text.strip()]
    at = next((i for i, ln in enumerate(top) if not _noise(ln)), None)
    if at is None:
        return None
    name = top[at].text.strip()
    row = top[at + 1:at + 1 + _MENU_ITEMS]
    if name == (title or "").strip() or len(row) < _MENU_ITEMS \
            or not all(_menu_item(ln) for ln in row) or not _name_shaped(name):
        return None
    return name


# Round 28: a government unit's masthead stacked from its ministry down ("Kementerian
# Perhubungan" / "Direktorat Jenderal Perhubungan Laut" / "KSOP Kelas I ..."; "Kementerian
# Keuangan" / "Direktorat Jenderal Pajak" / "KPP Pratama ..."; "Kementerian Agama" / "Kantor
# Wilayah Provinsi ..." / "MAN 2 ..."): the unit's own site, its name the lowest line.
_PARENT = re.compile(r"(?:Kementerian|Kementrian|Ministry|Direktorat|Directorate|Kantor Wilayah"
                     r"|Kanwil|Badan|Deputi|Sekretariat Jenderal)\b")
_MAX_STACK = 3


def unit_masthead(name: str | None, lines: list[Line]) -> str | None:
    """The stack's lowest line when `name` is the stack's top one (a parent's), else None."""
    top = [ln for ln in lines[:_TOP_LINES] if ln.text.strip()]
    for k in range(_MAX_STACK, 1, -1):  # the tallest stack first: a unit's name is short too
        stack, row = top[:k], top[k:k + _MENU_ITEMS]
        if len(row) == _MENU_ITEMS and all(_menu_item(ln) for ln in row) \
                and stack[0].text.strip() == name \
                and all(_PARENT.match(ln.text.strip()) for ln in stack[:-1]) \
                and not _PARENT.match(stack[-1].text.strip()) \
                and _name_shaped(stack[-1].text.strip()):
            return stack[-1].text.strip()
    return None

"""Pure (round 26): a theme's credit row copied onto one line under the headline, the writer's
label, the editor's and the stamp side by side ("Oleh : Rina Wati Editor : Redaksi Kamis, 22
Januari 2026 - 15:40 WIB Banda Aceh", "Penulis: Andi Saputra Editor: Admin Senin, 2 Maret
2026 | 09:10 WIB", "Reporter : Yusuf Editor : Tim Redaksi 12/03/2026"): the writer is the
name the first label gives, the stamp the post's."""

from __future__ import annotations

import re

from .dates import find_date

_ROW = re.compile(r"(?:Oleh|Penulis|Reporter|Wartawan|Author|By)\s*:\s*"
                  r"(?P<name>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,4}?)\s+"
                  r"(?:Editor|Redaktur|Penyunting|Editing)\s*:\s*\S.*")
_MAX_ROW_CHARS = 200


def credit_row(text: str) -> str | None:
    """The writer a dated credit row names (the shapes above), else None."""
    if len(text) > _MAX_ROW_CHARS:
        return None
    m = _ROW.fullmatch(text.strip())
    return m["name"] if m and find_date(text) else None


_PERSON = re.compile(r"[A-Z][a-z'’.-]+(?: [A-Z][a-z'’.-]+){1,3}")
_NOT_NAME_WORDS = frozenset({"the", "news", "post", "daily", "berita", "media", "home"})


def person_shaped(text: str) -> bool:
    """A person's name alone on its line: two to four capitalised words, none a news site's."""
    return bool(_PERSON.fullmatch(text.strip())) \
        and not any(w.lower() in _NOT_NAME_WORDS for w in text.split())


# A theme's credit list, each label on its own line behind a list dash or bullet ("- Editor :
# Rahmat Hidayat" / "- Penulis : Dewi Lestari", "• Reporter: Andi Saputra"): the writer's
# label names the writer (an editor's, a photographer's never does).
_LISTED = re.compile(r"[-–•·*]\s*(?:Penulis|Reporter|Wartawan|Oleh|Author|Writer)\s*:\s*"
                     r"(?P<name>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,4})")


def listed_credit(text: str) -> str | None:
    """The writer a listed credit line names (the shapes above), else None."""
    m = _LISTED.fullmatch(text.strip())
    return m["name"] if m else None

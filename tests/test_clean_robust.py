"""clean() never raises on what a user may paste: any fixture page cut at a line, from either
end (a copy that missed the top or the bottom of the page), and a few degenerate texts.

A crash here is a traceback for the user instead of a brief; the untouched sets found one
(a page whose lead had no text line below it, round thirteen's title-below-the-teaser rule).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from translator.article import Article
from translator.clean import clean

from .conftest import cleaned

FIXTURES = Path(__file__).resolve().parent / "fixtures"
PAGES = sorted(FIXTURES.glob("*/*.txt"))
CUTS = (1, 3)  # thirds: keep the first third, drop the first third, keep the last third


def _cuts(text: str) -> list[str]:
    lines = text.splitlines()
    n = len(lines)
    out = []
    for k in CUTS:
        at = n * k // 3
        out += ["\n".join(lines[:at]), "\n".join(lines[at:])]
    return [t for t in out if t.strip()]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_clean_never_raises_on_a_page_cut_at_a_line(page):
    for text in _cuts(page.read_text(encoding="utf-8")):  # the whole page's clean is shared
        assert isinstance(cleaned(text), Article)


@pytest.mark.parametrize("text", [
    "x", ".", "Jakarta -", "JAKARTA, KOMPAS.com -", "Baca juga:", "\n\n\n", "• • •",
    "Judul berita yang cukup panjang tanpa isi\nJAKARTA -",
    "Foto: Antara\n(Antara)\n", "Senin, 2 Maret 2026 10:00 WIB",
])
def test_clean_never_raises_on_a_degenerate_text(text):
    assert isinstance(clean(text), Article)

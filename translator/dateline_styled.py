"""Round 36: a dateline printed in Unicode's styled letters ("𝗕𝗟𝗢𝗥𝗔 — ", "𝐒𝐋𝐄𝐌𝐀𝐍 - "), as a
Facebook-fed blog pastes its bold: read in plain letters, given back as printed."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

# the Mathematical Alphanumeric Symbols block: bold, italic, sans-serif, ... letters and digits
_STYLED = re.compile(r"[\U0001D400-\U0001D7FF]+(?:[ ,.][\U0001D400-\U0001D7FF]+){0,3}")


def styled_dateline(text: str, match: Callable[[str], tuple | None]) -> tuple | None:
    """(printed place, outlet, sentence) when `match` reads the line's styled head in plain
    letters as a dateline whose place is that head; else None."""
    head = _STYLED.match(text)
    if head is None:
        return None
    plain = unicodedata.normalize("NFKC", head.group())
    found = match(plain + text[head.end():])
    if not found or found[0] != plain:
        return None
    return (head.group(), *found[1:])

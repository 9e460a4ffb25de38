"""Make outside text safe to print: control characters shown as visible symbols, never obeyed.

Article text, page metadata (og:title, og:site_name), server replies (reason phrases, redirect
targets) and file names can carry terminal escape sequences: `ESC ] 52` writes the user's
clipboard, `ESC [ 2J` clears the screen, `ESC ] 8` hides a link behind innocent text. Every
output but JSON (which escapes them itself) passes such text through `safe_text` (multi-line
output) or `safe_line` (one-line contexts: headlines, table cells, error and status lines).

The rule:
- C0 controls U+0000-U+001F -> their Unicode control pictures U+2400-U+241F (ESC -> ␛,
  BEL -> ␇, CR -> ␍ ...), DEL -> ␡ (U+2421). `safe_text` keeps newline and tab, and turns a
  CRLF pair into a newline; `safe_line` turns newline, CR and tab into a space.
- C1 controls U+0080-U+009F (a lone U+009B is a complete CSI on many terminals) -> U+FFFD:
  Unicode has no pictures for them and real text never contains them.
- Bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069, the
  "Trojan Source" characters) are removed: they can make a terminal show text in another order
  than it is stored (a reversed number, say). Plain marks (LRM, RLM) are harmless and kept.
- U+2028/U+2029 (line and paragraph separators) -> newline in text, space in one line.

JSON keeps the data exactly: `dumps_json` only writes C1 controls as \\u0080-\\u009f escapes, as
json.dumps already writes C0 ones (with ensure_ascii=False it leaves C1 characters raw).
"""

from __future__ import annotations

import json
import re
from typing import Any, TextIO

REPLACEMENT = "\ufffd"
_BIDI = [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]

# str.translate tables: code point -> replacement (None deletes); tab and newline stay.
_TEXT: dict[int, int | str | None] = {c: 0x2400 + c for c in range(0x20) if c not in (9, 10)}
_TEXT[0x7F] = 0x2421
_TEXT.update({c: REPLACEMENT for c in range(0x80, 0xA0)})
_TEXT.update({c: None for c in _BIDI})
_TEXT.update({0x2028: "\n", 0x2029: "\n"})

_LINE = dict(_TEXT)
_LINE.update({0x0A: " ", 0x09: " ", 0x0D: " ", 0x2028: " ", 0x2029: " "})

# Everything either table changes; texts without any of these are returned as they are.
_C1 = re.compile("[\x80-\x9f]")
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def safe_text(text: str) -> str:
    """Multi-line outside text with every control character but newline and tab made visible."""
    if not _UNSAFE.search(text):
        return text
    return text.replace("\r\n", "\n").translate(_TEXT)


def safe_line(text: str) -> str:
    """One-line outside text: as safe_text, and newlines, CRs and tabs become spaces."""
    if not _UNSAFE.search(text):
        return text
    return text.replace("\r\n", " ").translate(_LINE)


def dumps_json(value: Any) -> str:
    """json.dumps(value, ensure_ascii=False, indent=2) with C1 controls escaped (same data)."""
    text = json.dumps(value, ensure_ascii=False, indent=2)
    # Raw C1 characters can only sit inside JSON strings, where \\u escapes mean the same.
    return _C1.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


class SafeStream:
    """A text stream wrapper whose writes go through safe_text (for tracebacks with --debug)."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        """Write the sanitised text."""
        return self.stream.write(safe_text(text))

    def flush(self) -> None:
        """Flush the wrapped stream."""
        self.stream.flush()

"""Is it an HTML page, and which charset does it declare: what every input is asked on loading,
kept apart from translator/html.py (its parser and extractors), which only a page needs."""

from __future__ import annotations

import codecs
import re

_SNIFF_BYTES = 4096
_HTML_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b",
                         re.IGNORECASE | re.DOTALL)
_HTML_TAGS = re.compile(rb"<(?:head|body|meta|title)\b", re.IGNORECASE)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
_ALL_BYTES = bytes(range(256))


def looks_like_html(data: bytes) -> bool:
    """True when the bytes start as an HTML document (by content, never by file name)."""
    head = data[:_SNIFF_BYTES].lstrip(codecs.BOM_UTF8)
    return bool(_HTML_START.match(head)) or (head.lstrip().startswith(b"<")
                                             and len(_HTML_TAGS.findall(head)) >= 2)


def declared_charset(data: bytes) -> str | None:
    """The charset a <meta> tag declares near the top of the page, if it is a known codec."""
    m = _META_CHARSET.search(data[:_SNIFF_BYTES * 4])
    return known_codec(m.group(1).decode("ascii", "replace")) if m else None


def known_codec(name: str | None) -> str | None:
    """`name` when Python knows that codec; iso-8859-1 is read as cp1252, as browsers do."""
    if not name:
        return None
    try:
        codec = codecs.lookup(name).name
        # "hex", "base64", "idna", "undefined" ... are codecs, not encodings a page can use.
        _ALL_BYTES.decode(codec, errors="replace")
    except (LookupError, UnicodeError, ValueError):
        return None
    return "cp1252" if codec in ("latin-1", "iso8859-1", "ascii") else codec

"""Bytes from a file, stdin or a URL -> text: size cap, binary refusal, encoding detection, and
HTML pages (recognised by content) reduced to their article text and metadata."""

from __future__ import annotations

import codecs
import os
from dataclasses import dataclass, field
from typing import BinaryIO

from . import html
from .errors import InputError

# A long feature article is ~50 kB of text; a few MB is a wrong file, not an article.
MAX_BYTES = 5_000_000
_LEGACY = "cp1252"  # what Windows-era Indonesian sites and editors saved


@dataclass(frozen=True)
class Loaded:
    """Decoded input text and where it came from."""

    text: str
    origin: str
    encoding: str
    warnings: tuple[str, ...] = ()
    # From an HTML page's tags: title, published, outlet, author; `clean(text, **meta)`.
    meta: dict[str, str] = field(default_factory=dict)
    html: bool = False  # the input was an HTML page; `text` is its extracted article


def read_path(path: str) -> Loaded:
    """Read and decode a file."""
    if os.path.isdir(path):
        raise InputError(f"{path} is a directory, not an article file")
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror or e})") from None
    return decode(data, path)


def read_stream(stream: BinaryIO, origin: str = "<stdin>") -> Loaded:
    """Read and decode a binary stream such as stdin."""
    return decode(stream.read(MAX_BYTES + 1), origin)


def read_url(url: str) -> Loaded:
    """Fetch a page (see fetch.py for the limits) and extract its article."""
    from .fetch import fetch

    page = fetch(url, max_bytes=MAX_BYTES)
    return decode_html(page.body, url, charset=page.charset, url=page.url)


def read_source(source: str) -> Loaded:
    """A URL or a file path."""
    from .fetch import is_url

    return read_url(source) if is_url(source) else read_path(source)


def decode(data: bytes, origin: str) -> Loaded:
    """Decode bytes as UTF-8 (BOM or not), else a legacy 8-bit encoding with a warning; an
    HTML page goes to decode_html."""
    _check_size(data, origin)
    if html.looks_like_html(data):
        return decode_html(data, origin)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, encoding = data.decode("utf-16"), "utf-16"
    elif _looks_binary(data):
        raise InputError(f"{origin} looks like binary data, not text")
    else:
        try:
            text, encoding = data.decode("utf-8-sig"), "utf-8"
        except UnicodeDecodeError:
            text, encoding = data.decode(_LEGACY, errors="replace"), _LEGACY
    warnings: tuple[str, ...] = ()
    if encoding == _LEGACY:
        warnings = (f"{origin} is not valid UTF-8; decoded it as Windows-1252",)
    if not text.strip():
        raise InputError(f"{origin} is empty")
    return Loaded(text=text, origin=origin, encoding=encoding, warnings=warnings)


def decode_html(data: bytes, origin: str, *, charset: str | None = None,
                url: str | None = None) -> Loaded:
    """Decode a page by its BOM, else the HTTP charset, else its <meta> charset, else UTF-8,
    else Windows-1252 with a warning; then extract the article."""
    _check_size(data, origin)
    warnings: tuple[str, ...] = ()
    if data.startswith(codecs.BOM_UTF8):
        text, encoding = data.decode("utf-8-sig"), "utf-8"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, encoding = data.decode("utf-16"), "utf-16"
    elif declared := html.known_codec(charset) or html.declared_charset(data):
        text, encoding = data.decode(declared, errors="replace"), declared
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text, encoding = data.decode(_LEGACY, errors="replace"), _LEGACY
            warnings = (f"{origin} declares no charset and is not valid UTF-8; decoded it as "
                        "Windows-1252",)
    page = html.extract(text, url)
    if not page.text.strip():
        raise InputError(f"{origin}: no article text found in the HTML page")
    return Loaded(text=page.text, origin=origin, encoding=encoding, warnings=warnings,
                  meta=page.meta, html=True)


def _check_size(data: bytes, origin: str) -> None:
    if len(data) > MAX_BYTES:
        raise InputError(f"{origin} is larger than {MAX_BYTES // 1_000_000} MB; "
                         "that is not a news article")


def _looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters mean this is not a text file."""
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return bool(sample) and controls / len(sample) > 0.05

"""Bytes from a file, stdin or a URL -> text: size cap, binary refusal, encoding detection, and
HTML pages (recognised by content) reduced to their article text and metadata."""

from __future__ import annotations

import codecs
import os
import re
import select
import stat
import time
from dataclasses import dataclass, field, replace
from typing import BinaryIO

from . import html_sniff
from .errors import InputError

# A long feature article is ~50 kB of text; a few MB is a wrong file, not an article.
MAX_BYTES = 5_000_000
_LEGACY = "cp1252"  # what Windows-era Indonesian sites and editors saved
_PIPE_WAIT_S = 1  # how long a named pipe may go without a writer before it counts as empty
# UTF-16 without a byte-order mark: at least this share of one side's bytes are NUL (ASCII and
# Latin-1 letters), and at most this share of the other's (U+0100, U+2000 ... are rare).
_UTF16_NUL_SHARE = 0.6
_UTF16_STRAY_NUL_SHARE = 0.02
_SNIFF_BYTES = 8192
_SNIFF_CHARS = 2048


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
    seconds: float = 0.0  # how long reading (or fetching) and decoding took: the brief's load_s


def read_path(path: str) -> Loaded:
    """Read and decode a file."""
    t0 = time.perf_counter()
    shown = path if path.isprintable() else ascii(path)  # the message stays one line
    if os.path.isdir(path):
        raise InputError(f"{shown} is a directory, not an article file")
    try:
        data = _read_file(path)
    except FileNotFoundError:
        raise InputError(f"{shown}: no such file") from None
    except PermissionError:
        raise InputError(f"{shown}: permission denied") from None
    except OSError as e:  # too long a name, a symlink loop, an I/O error ...
        raise InputError(f"{shown}: cannot read ({e.strerror or e})") from None
    except ValueError:
        raise InputError(f"{shown}: not a valid file name (it contains a NUL byte)") from None
    if data is None:
        raise InputError(f"{shown} is a named pipe and nothing was written to it "
                         f"within {_PIPE_WAIT_S:g} s")
    return _timed(decode(data, shown), t0)


def _read_file(path: str) -> bytes | None:
    """Up to MAX_BYTES + 1 bytes; None for a named pipe that no writer opens within
    _PIPE_WAIT_S (a plain open would wait for one forever)."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    try:
        if stat.S_ISFIFO(os.fstat(fd).st_mode) and os.path.exists(os.path.realpath(path)):
            # A named pipe; an anonymous one (`brief <(cmd)`) has its writer already.
            poller = select.poll()
            poller.register(fd, select.POLLIN)
            # Linux reports nothing, not a hang-up, until a writer has opened the pipe.
            if not poller.poll(_PIPE_WAIT_S * 1000):
                return None
        os.set_blocking(fd, True)
        with os.fdopen(fd, "rb") as f:
            fd = -1  # closed by the file object from here on
            return f.read(MAX_BYTES + 1)
    finally:
        if fd >= 0:
            os.close(fd)


def _timed(loaded: Loaded, t0: float) -> Loaded:
    return replace(loaded, seconds=time.perf_counter() - t0)


def read_stream(stream: BinaryIO, origin: str = "<stdin>") -> Loaded:
    """Read and decode a binary stream such as stdin."""
    t0 = time.perf_counter()
    try:
        data = stream.read(MAX_BYTES + 1)
    except OSError as e:  # stdin redirected from a directory, a device that fails ...
        raise InputError(f"{origin}: cannot read ({e.strerror or e})") from None
    return _timed(decode(data, origin), t0)


def read_url(url: str) -> Loaded:
    """Fetch a page (see fetch.py for the limits) and extract its article."""
    from .fetch import fetch

    t0 = time.perf_counter()
    page = fetch(url, max_bytes=MAX_BYTES)
    return _timed(decode_html(page.body, url, charset=page.charset, url=page.url), t0)


def read_source(source: str) -> Loaded:
    """A URL or a file path."""
    # fetch.is_url's test, inline: fetch (http.client, ssl: ~12 ms) is imported for URLs only.
    is_url = source.lower().startswith(("http://", "https://"))
    return read_url(source) if is_url else read_path(source)


def decode(data: bytes, origin: str) -> Loaded:
    """Decode bytes as UTF-8 (BOM or not), else a legacy 8-bit encoding with a warning; an
    HTML page goes to decode_html."""
    _check_size(data, origin)
    if html_sniff.looks_like_html(data):
        return decode_html(data, origin)
    if bom := _unicode_bom(data):
        text, encoding = _decode_bom(data, bom, origin), bom
    elif utf16 := utf16_without_bom(data):
        text, encoding = _decode_utf16(data, utf16, origin), utf16
        if html_sniff.looks_like_html(text[:_SNIFF_CHARS].encode("utf-8")):
            return decode_html(data, origin)
    elif _looks_binary(data):
        raise InputError(f"{origin} looks like binary data, not text")
    else:
        try:
            text, encoding = data.decode("utf-8-sig"), "utf-8"
        except UnicodeDecodeError:
            text, encoding = data.decode(_LEGACY, errors="replace"), _LEGACY
    if _looks_encoded(text):
        raise InputError(f"{origin} looks like encoded data (base64 or hex), not article text")
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
    elif bom := _unicode_bom(data):
        text, encoding = _decode_bom(data, bom, origin), bom
    elif utf16 := utf16_without_bom(data):  # before any charset: a <meta> in it is unreadable
        text, encoding = _decode_utf16(data, utf16, origin), utf16
    elif declared := html_sniff.known_codec(charset) or html_sniff.declared_charset(data):
        text, encoding = data.decode(declared, errors="replace"), declared
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text, encoding = data.decode(_LEGACY, errors="replace"), _LEGACY
            warnings = (f"{origin} declares no charset and is not valid UTF-8; decoded it as "
                        "Windows-1252",)
    from . import html  # the parser and extractors: a page's only (~10 ms of imports)

    page = html.extract(text, url)
    if not page.text.strip():
        raise InputError(f"{origin}: no article text found in the HTML page")
    return Loaded(text=page.text, origin=origin, encoding=encoding, warnings=warnings,
                  meta=page.meta, html=True)


def _unicode_bom(data: bytes) -> str | None:
    """"utf-32" or "utf-16" when the bytes open with that byte-order mark (UTF-32 first: its
    little-endian mark begins with UTF-16's)."""
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return None


def utf16_without_bom(data: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" for UTF-16 saved without a byte-order mark (as some Windows
    tools write it), else None. Latin-script text in UTF-16 has a NUL in nearly every other
    byte, on one side only; binary data with NULs has them on both sides."""
    sample = data[:_SNIFF_BYTES - _SNIFF_BYTES % 2]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    nul_even, nul_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if nul_odd >= _UTF16_NUL_SHARE and nul_even <= _UTF16_STRAY_NUL_SHARE:
        return "utf-16-le"
    if nul_even >= _UTF16_NUL_SHARE and nul_odd <= _UTF16_STRAY_NUL_SHARE:
        return "utf-16-be"
    return None


def _decode_utf16(data: bytes, encoding: str, origin: str) -> str:
    """UTF-16 found by its shape; text that does not decode, or decodes to control bytes, is
    refused rather than translated as garbage."""
    order = "little-endian" if encoding.endswith("le") else "big-endian"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        raise InputError(f"{origin} looks like UTF-16 ({order}, no byte-order mark) but is not "
                         "valid UTF-16 (cut short, or binary data); save it as UTF-8") from None
    if _looks_binary(text[:_SNIFF_BYTES].encode("utf-8", "replace")):
        raise InputError(f"{origin} looks like binary data, not text")
    return text


def _decode_bom(data: bytes, encoding: str, origin: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise InputError(f"{origin} starts with a {encoding.upper()} byte-order mark but is not "
                         f"valid {encoding.upper()} (cut short, or binary data)") from None


def _check_size(data: bytes, origin: str) -> None:
    if len(data) > MAX_BYTES:
        raise InputError(f"{origin} is larger than {MAX_BYTES // 1_000_000} MB; "
                         "that is not a news article")


# Base64 (a mail attachment, an inline image's data: URI saved as text) and hex dumps: runs of
# 40+ characters of their alphabets with no space. An Indonesian word has under 30 letters, a
# URL is cut by its `.` `?` `&` `:`, so on a page such runs are a few tokens at most; when they
# hold half of the text it is data. (Besides being no article, such text is the cleaner's worst
# case: every line is one long token that its line patterns try at every position.)
_ENCODED_RUN = re.compile(r"[A-Za-z0-9+/=_-]{40,}")
_ENCODED_SNIFF_CHARS = 65_536
_ENCODED_SHARE = 0.5


def _looks_encoded(text: str) -> bool:
    """Half or more of the text's first 64K non-space characters in base64/hex-like runs."""
    sample = text[:_ENCODED_SNIFF_CHARS]
    letters = len(sample) - sum(sample.count(c) for c in " \t\r\n")
    if letters < 200:
        return False
    inside = sum(len(m) for m in _ENCODED_RUN.findall(sample))
    return inside >= _ENCODED_SHARE * letters


def _looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters mean this is not a text file."""
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    # A short text with a few escape sequences is still text (shown safely, see sanitize.py):
    # binary data has many control bytes, not just a high share of a few.
    return controls >= 16 and controls / len(sample) > 0.05

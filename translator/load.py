"""Bytes from a file or stdin -> text: size cap, binary refusal, encoding detection."""

from __future__ import annotations

import codecs
import os
from dataclasses import dataclass
from typing import BinaryIO

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


def decode(data: bytes, origin: str) -> Loaded:
    """Decode bytes as UTF-8 (BOM or not), else a legacy 8-bit encoding with a warning."""
    if len(data) > MAX_BYTES:
        raise InputError(f"{origin} is larger than {MAX_BYTES // 1_000_000} MB; "
                         "that is not a news article")
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


def _looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters mean this is not a text file."""
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return bool(sample) and controls / len(sample) > 0.05

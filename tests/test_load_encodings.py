"""Text and pages as Windows tools save them: UTF-16 without a byte-order mark, Windows-1252
and Latin-1 with Indonesian quotes, UTF-8 with a BOM; decoded, or one clear refusal."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from translator import load
from translator.errors import InputError

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = (ROOT / "samples" / "detik-harga-beras.txt").read_text(encoding="utf-8")
PAGE = (ROOT / "tests" / "fixtures" / "html" / "tempo-gempa-sumbar.html").read_text(
    encoding="utf-8")
QUOTED = "“Harga beras naik lagi,” kata Pak Darmawan di Pasar Induk Jum’at (3/3) – café."


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_text_without_a_bom_is_decoded_as_utf16(codec):
    loaded = load.decode(ARTICLE.encode(codec), "win.txt")
    assert loaded.text == ARTICLE
    assert loaded.encoding == codec


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_a_utf16_page_without_a_bom_is_read_as_html(codec):
    loaded = load.decode(PAGE.encode(codec), "win.html")
    assert loaded.html and loaded.encoding == codec
    assert loaded.text == load.decode(PAGE.encode("utf-8"), "page.html").text


def test_a_page_fetched_as_utf16_without_a_bom_ignores_a_wrong_http_charset():
    loaded = load.decode_html(PAGE.encode("utf-16-be"), "u", charset="utf-8")
    assert loaded.encoding == "utf-16-be"
    assert loaded.text == load.decode(PAGE.encode("utf-8"), "page.html").text


def test_cut_short_utf16_is_one_clear_refusal():
    data = ARTICLE.encode("utf-16-le")[:301]  # an odd byte count: the last unit is cut
    with pytest.raises(InputError, match=r"looks like UTF-16 \(little-endian.*save it as UTF-8"):
        load.decode(data, "cut.txt")


def test_binary_with_nuls_on_one_side_is_still_binary():
    # 16-bit samples of small values: NUL high bytes, but the low bytes are control codes.
    data = b"".join(struct.pack("<H", n % 31 + 1) for n in range(2000))
    with pytest.raises(InputError, match="binary"):
        load.decode(data, "samples.dat")


@pytest.mark.parametrize("codec", ["cp1252", "latin-1"])
def test_8bit_text_keeps_its_letters_and_quotes(codec):
    text = QUOTED if codec == "cp1252" else "«Harga beras naik», kata dia. Café 30 °C."
    loaded = load.decode((text + "\n\n" + ARTICLE).encode(codec), "old.txt")
    assert loaded.text.startswith(text)
    assert "not valid UTF-8" in loaded.warnings[0]


def test_utf8_with_a_bom_loses_the_bom_and_gives_no_warning():
    loaded = load.decode(b"\xef\xbb\xbf" + QUOTED.encode("utf-8"), "bom.txt")
    assert loaded.text == QUOTED and loaded.warnings == ()


@pytest.mark.parametrize("data", [b"ab", b"\x00a", b"x\x00", b""])
def test_too_short_to_tell_is_not_called_utf16(data):
    assert load.utf16_without_bom(data) is None

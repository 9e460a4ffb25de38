import io

import pytest

from translator import load
from translator.errors import InputError

TEXT = "Menteri Luar Negeri bertemu di Jakarta, kata dia."


@pytest.mark.parametrize("data", [
    TEXT.encode("utf-8"),
    b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
    TEXT.encode("utf-16"),
])
def test_utf8_with_or_without_bom_and_utf16_decode_to_the_same_text(data):
    loaded = load.decode(data, "x")
    assert loaded.text == TEXT
    assert loaded.warnings == ()


def test_legacy_8bit_text_is_decoded_with_a_warning():
    loaded = load.decode("Jum’at, kata “dia”".encode("cp1252"), "old.txt")
    assert loaded.text == "Jum’at, kata “dia”"
    assert loaded.encoding == "cp1252"
    assert "not valid UTF-8" in loaded.warnings[0]


@pytest.mark.parametrize("data, message", [
    (b"", "is empty"),
    (b"  \n\t\r\n ", "is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (bytes(range(0, 32)) * 40, "binary"),
])
def test_bad_bytes_are_refused(data, message):
    with pytest.raises(InputError, match=message):
        load.decode(data, "x")


def test_huge_input_is_refused():
    with pytest.raises(InputError, match="larger than"):
        load.read_stream(io.BytesIO(b"a " * (load.MAX_BYTES // 2 + 1)))


def test_directory_and_missing_file_are_refused(tmp_path):
    with pytest.raises(InputError, match="is a directory"):
        load.read_path(str(tmp_path))
    with pytest.raises(InputError, match="no such file"):
        load.read_path(str(tmp_path / "missing.txt"))


def test_utf32_with_a_bom_decodes():
    assert load.decode(TEXT.encode("utf-32"), "x").text == TEXT


@pytest.mark.parametrize("data", [b"\xff\xfeH\x00i\x00\x00\xd8", b"\xfe\xffH"])
def test_a_utf16_bom_before_invalid_utf16_is_refused(data):
    with pytest.raises(InputError, match="not valid UTF-16"):
        load.decode(data, "x")


def test_a_nul_byte_in_the_path_is_refused(tmp_path):
    with pytest.raises(InputError, match="NUL byte"):
        load.read_path(f"{tmp_path}/a\x00b.txt")


class _FailingStream(io.RawIOBase):
    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        raise OSError(5, "Input/output error")


def test_a_stream_that_cannot_be_read_is_refused():
    with pytest.raises(InputError, match=r"<stdin>: cannot read \(Input/output error\)"):
        load.read_stream(io.BufferedReader(_FailingStream()))


_B64 = "".join(f"QmVyaXRhIGhhcmkgaW5pIGRhcmkgSmFrYXJ0YSB{i:02d}sdGF5YW5hbiBwdWJsaWsu\n"
               for i in range(60))


@pytest.mark.parametrize("text", [
    _B64,  # a base64 attachment saved as text, 76-character lines
    "".join(f"{i:04x}" * 16 + "\n" for i in range(200)),  # a hex dump
    "Lampiran:\n" + _B64,  # a label above it does not make it an article
])
def test_encoded_data_is_refused_before_cleaning(text):
    with pytest.raises(InputError, match="looks like encoded data"):
        load.decode(text.encode(), "dump.txt")


def test_a_page_with_long_tokens_in_it_is_still_text():
    page = ("Pemerintah Kota Bandung menambah 40 unit bus sekolah tahun ini, kata wali kota. " * 8
            + "\nhttps://example.com/berita/2026/03/bus-sekolah-bandung?utm_source=wa&id="
            + "a8F3kQ9zLmN2pR7sT4vW1xY6bC0dE5gH8jK3mN6qS9tV2wZ5\n"
            + "Foto: IMG_20260309_101522_HDR_aGVsbG8gd29ybGQgdGhpcyBpcyBhIHRva2Vu.jpg\n")
    assert "bus sekolah" in load.decode(page.encode(), "page.txt").text

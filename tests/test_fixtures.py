"""clean on fixture articles in the manner of many outlets: every field as stored beside each."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from .conftest import cleaned

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "text"
NAMES = sorted(p.stem for p in FIXTURES.glob("*.txt"))
FIELDS = ("title", "published", "dateline", "outlet", "author", "language", "paragraphs")


def _expected(name: str) -> dict:
    return json.loads((FIXTURES / f"{name}.expected.json").read_text(encoding="utf-8"))


def _cleaned(name: str) -> dict:
    return cleaned((FIXTURES / f"{name}.txt").read_text(encoding="utf-8")).to_dict()


def test_there_are_enough_fixtures_from_enough_outlets() -> None:
    outlets = {_expected(n)["outlet"] for n in NAMES}
    assert len(NAMES) >= 12 and len(outlets) >= 10
    assert all((FIXTURES / f"{n}.expected.json").exists() for n in NAMES)


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("field", FIELDS)
def test_fixture_field(name: str, field: str) -> None:
    assert _cleaned(name)[field] == _expected(name)[field]


@pytest.mark.parametrize("name", NAMES)
def test_no_paragraph_or_sentence_appears_twice(name: str) -> None:
    paragraphs = _cleaned(name)["paragraphs"]
    keys = [" ".join(re.findall(r"\w+", p.lower())) for p in paragraphs]
    assert len(set(keys)) == len(keys)
    assert not [a for a in keys for b in keys if a != b and a in b]


def test_the_english_fixture_comes_out_english() -> None:
    assert _cleaned("antara-en-nickel-exports")["language"] == "en"


@pytest.mark.parametrize(("name", "fragment"), [
    ("okezone-harga-cabai", "â€"),  # mojibake repaired
    ("merdeka-rumah-subsidi", "<p>"),  # stray HTML
    ("merdeka-rumah-subsidi", "&quot;"),
    ("kumparan-sampah-plastik", "Pertanyaan"),  # auto-generated Q&A block
    ("kumparan-sampah-plastik", "mengumpulkan hingga dua ton sampah plastik setiap"),  # standfirst
    ("liputan6-gempa-cianjur", "BMKG: Gempa Cianjur Dipicu"),  # related list like the story
    ("cnn-indonesia-vaksin-polio", "Imunisasi Polio Aceh Tahap Kedua"),
    ("tribun-pasar-terapung", "Artikel ini telah tayang"),
    ("jpnn-guru-honorer", "(esy/jpnn)"),
    ("antara-banjir-rob", "Dilarang keras"),
])
def test_fixture_furniture_is_gone(name: str, fragment: str) -> None:
    assert not [p for p in _cleaned(name)["paragraphs"] if fragment in p]


def test_multi_page_article_keeps_both_pages_in_order() -> None:
    paragraphs = _cleaned("tribun-pasar-terapung")["paragraphs"]
    assert paragraphs[0].startswith("Pasar Terapung Lok Baintan di Sungai Martapura")
    assert paragraphs[-1].startswith("Ia menambahkan, jumlah kunjungan wisatawan")


def test_body_printed_twice_keeps_one_full_copy() -> None:
    paragraphs = _cleaned("detik-kereta-cepat")["paragraphs"]
    assert len(paragraphs) == 4
    assert not [p for p in paragraphs if p.endswith("diberla")]


def test_hard_wrapped_lines_are_joined() -> None:
    paragraphs = _cleaned("kontan-suku-bunga")["paragraphs"]
    assert len(paragraphs) == 4
    assert "untuk mempertahankan suku bunga" in paragraphs[0]

"""What keys the translation cache: each part of the signature, changed alone, misses; the
same signature hits; a local model retrained in place is never answered from its old outputs."""

from __future__ import annotations

import json
import shutil
import textwrap
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

import pytest

from translator.backends.cached import cached
from translator.cache import TranslationCache, default_path
from translator.config import Generation

from .fakes import IdentityBackend

WEIGHTS = "model.safetensors"


def _values(f) -> tuple[object, object]:
    """Two distinct values of a Generation field's type: (base, changed)."""
    kind = str(f.type)
    if "float" in kind:
        return 1.5, 2.5
    if "int" in kind:
        return 2, 3
    raise AssertionError(f"Generation.{f.name} has type {kind}: teach _values() about it")


# Every field set (to a value unlike its default), so a change is a change of value.
BASE_GEN = Generation(**{f.name: _values(f)[0] for f in fields(Generation)})


@dataclass(frozen=True)
class Key:
    """Everything the cache key is made of, as this test sets it."""

    model_id: str = "org/tiny-mt"
    revision: str = "abc123"
    runtime: str = "transformers"
    quantization: str = "float32"
    weights: bytes = b"weights v1"  # content of the local model folder's weights file
    gen: Generation = field(default=BASE_GEN)
    version: str = "1.0.0"


CHANGES: list[tuple[str, dict]] = [
    ("model id", {"model_id": "org/other-mt"}),
    ("revision", {"revision": "def456"}),
    ("runtime", {"runtime": "ctranslate2"}),
    ("quantization", {"quantization": "int8"}),
    ("local folder fingerprint", {"weights": b"retrained weights v2"}),
    ("brief version", {"version": "1.0.1"}),
    # dataclasses.fields: a setting added to Generation is covered without editing this table.
    *((f"generation.{f.name}", {"gen": replace(BASE_GEN, **{f.name: _values(f)[1]})})
      for f in fields(Generation)),
]


@pytest.fixture
def translate(tmp_path):
    """Run one text through a fresh cached backend set up as `key` says; the inner backend's
    batches (empty on a hit)."""
    cache = TranslationCache.open(tmp_path / "c.sqlite")
    folder = tmp_path / "local-model"
    folder.mkdir()

    def run(key: Key) -> list:
        weights = folder / WEIGHTS
        if not weights.exists() or weights.read_bytes() != key.weights:
            weights.write_bytes(key.weights)  # only a real change touches the folder
        inner = IdentityBackend(lambda text, gen: text.upper())
        inner.model_id, inner.revision = key.model_id, key.revision
        inner.runtime, inner.quantization = key.runtime, key.quantization
        backend = cached(inner, cache, folder, local=True, version=key.version)
        assert backend.generate_batch(["Banjir melanda Jakarta."], key.gen) == [
            "BANJIR MELANDA JAKARTA."]
        return inner.batches

    yield run
    cache.close()


def test_the_table_covers_every_generation_setting_with_a_real_change():
    changed = {name.removeprefix("generation.") for name, _ in CHANGES}
    assert {f.name for f in fields(Generation)} <= changed
    for f in fields(Generation):
        assert getattr(BASE_GEN, f.name) != getattr(Generation(), f.name), f.name


def test_the_same_signature_hits(translate):
    assert len(translate(Key())) == 1
    assert translate(Key()) == []  # a new backend and wrapper, the same key


@pytest.mark.parametrize("changes", [c for _, c in CHANGES], ids=[n for n, _ in CHANGES])
def test_changing_one_part_of_the_signature_misses(translate, changes):
    assert len(translate(Key())) == 1
    assert len(translate(replace(Key(), **changes))) == 1  # went to the model again


# --- a local model retrained in place, end to end ----------------------------------------

ARTICLE = "\n\n".join([
    "Banjir Melanda Jakarta Setelah Hujan Deras",
    "Banjir melanda sebagian wilayah Jakarta pada Selasa pagi setelah hujan deras semalam.",
    "Pemerintah provinsi membuka posko pengungsian di tiga kecamatan.",
])


@pytest.fixture
def one_torch_thread():
    """A tiny model on a busy shared machine is far faster on one thread."""
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


def retrain(folder: Path) -> None:
    """New random weights of the same shapes, saved over the old ones (as training would)."""
    import torch
    from transformers import MarianMTModel

    model = MarianMTModel.from_pretrained(folder)
    torch.manual_seed(1234)
    with torch.no_grad():
        for p in model.parameters():
            p.add_(torch.randn_like(p))
    model.save_pretrained(folder)


def core(out: str) -> dict:
    doc = json.loads(out)
    return {"title": doc["title"], "summary": doc["summary"],
            "paragraphs": [p["text"] for p in doc["paragraphs"]]}


def test_a_retrained_local_model_is_not_answered_from_the_cache(
        brief, tiny_model_dirs, tmp_path, one_torch_thread):
    marian = tmp_path / "my-marian"
    shutil.copytree(tiny_model_dirs.marian, marian)
    cfg = tmp_path / "m.yaml"
    cfg.write_text(textwrap.dedent(f"""
        translation:
          model: {marian}
          runtime: transformers
          generation: {{num_beams: 1, max_new_tokens: 8}}
        summarization:
          model: {tiny_model_dirs.bart}
          runtime: transformers
          generation: {{num_beams: 1, max_new_tokens: 8}}
    """), encoding="utf-8")
    article = tmp_path / "artikel.txt"
    article.write_text(ARTICLE + "\n", encoding="utf-8")
    args = ("--format", "json", "--no-store", "--config", str(cfg), str(article))

    before = brief(*args)
    assert before.code == 0, before.err
    assert default_path().is_file()  # the first run filled the cache
    retrain(marian)
    after = brief(*args)
    assert after.code == 0, after.err
    fresh = brief("--no-cache", *args)
    assert fresh.code == 0, fresh.err
    assert core(fresh.out) != core(before.out)  # the retrained model really translates anew
    assert core(after.out) == core(fresh.out)

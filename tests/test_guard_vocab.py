"""The name guard's English-word test in brief: the target vocabulary comes from the model's own
target.spm (a transformers folder or a CTranslate2 copy), read lazily, once per file, never by
a rerun answered from the cache; without one the guard runs as before."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
import sentencepiece as spm

from translator import Models, brief
from translator.backends import target_vocab
from translator.backends.cached import CachedBackend
from translator.backends.ctranslate2_backend import CTranslate2Backend
from translator.backends.loading import Loader
from translator.backends.target_vocab import english_word_test, target_pieces
from translator.backends.transformers_backend import TransformersBackend
from translator.cache import TranslationCache
from translator.config import load_config
from translator.load import Loaded
from translator.names import name_changes

from .fakes import GEN, IdentityBackend

# A source typo that the output corrects into a word the vocabulary holds whole (the tiny
# models' spm is trained on samples/, where "Lavrov" is frequent): English's own spelling, not
# the name altered. A name the output alters into no known word is still flagged.
TYPO = "Pada hari Kamis, menteri luar negeri itu bertemu Lavrob di sebuah hotel di pusat kota."
TYPO_EN = "On Thursday, the foreign minister met Lavrov at a hotel in the city centre."
CHANGED = "Pada hari Jumat, pejabat senior itu bertemu Kalousis di kantornya di pusat kota."
CHANGED_EN = "On Friday, the senior official met Kalausis at his office in the city centre."
OUTPUTS = {TYPO: TYPO_EN, CHANGED: CHANGED_EN}
ARTICLE = "\n\n".join(["Pertemuan di Kota", TYPO, CHANGED]) + "\n"


@pytest.fixture(autouse=True)
def _fresh_vocabularies():
    """Each test starts with no target.spm read in this process."""
    target_pieces.cache_clear()
    yield
    target_pieces.cache_clear()


class _Folder(IdentityBackend):
    def __init__(self, model_dir: Path | None) -> None:
        super().__init__()
        self.model_dir = model_dir


def test_no_vocabulary_no_test(tmp_path):
    assert english_word_test(IdentityBackend()) is None  # a backend that names no folder
    assert english_word_test(_Folder(tmp_path)) is None  # a folder without target.spm


def test_the_file_is_read_on_the_first_word_and_once_per_model(tiny_model_dirs):
    spm_path = tiny_model_dirs.marian / "target.spm"
    first = english_word_test(_Folder(tiny_model_dirs.marian))
    again = english_word_test(_Folder(tiny_model_dirs.marian))
    assert first is not None and again is not None
    assert target_pieces(spm_path).loads == 0  # built, not read
    assert first("Lavrov") and not first("Kalausis")
    assert again("Lavrov") and not again("Lavrov's")
    assert target_pieces(spm_path).loads == 1


def test_an_unreadable_vocabulary_makes_no_word_english(tmp_path):
    (tmp_path / "target.spm").write_bytes(b"not a sentencepiece model")
    test = english_word_test(_Folder(tmp_path))
    assert test is not None and not test("Lavrov")


def test_answers_are_stored_with_the_articles_counts(tmp_path):
    cache = TranslationCache.open(tmp_path / "c.sqlite")
    backend = CachedBackend(IdentityBackend(), cache)
    asked: list[str] = []

    def measure(word: str) -> int:
        asked.append(word)
        return len(word)

    backend.recall_counts("article")
    assert backend.remembered("Lavrov", measure, "target") == 6
    assert backend.count_tokens("Lavrov") == 2  # the source count (word + </s>) kept apart
    backend.keep_counts()
    backend.recall_counts("article")  # the rerun
    assert backend.remembered("Lavrov", measure, "target") == 6
    assert asked == ["Lavrov"]
    assert backend.generate(["x"], GEN) == ["x"]  # still a backend like any


def _config(tmp_path: Path, models) -> Path:
    path = tmp_path / "m.yaml"
    path.write_text(textwrap.dedent(f"""
        translation:
          model: {models.marian}
          runtime: {models.runtime}
          generation: {{num_beams: 1, max_new_tokens: 6}}
        summarization:
          model: {models.bart}
          runtime: {models.runtime}
          generation: {{num_beams: 1}}
          lengths:
            medium: {{min_new_tokens: 6, max_new_tokens: 6}}
    """), encoding="utf-8")
    return path


def _run(cfg_path: Path, cache_path: Path) -> dict:
    cfg = load_config(cfg_path)
    loader = Loader(cfg, offline=True, cache=TranslationCache.open(cache_path))
    doc = brief(Loaded(text=ARTICLE, origin="", encoding="utf-8"),
                Models(config=cfg, loader=loader.load)).to_dict()
    doc.pop("timings")
    return doc


def _name_flags(doc: dict) -> dict[str, list[str]]:
    return {p["source"]: [f["detail"] for f in p["flags"] if f["code"] == "name_changed"]
            for p in doc["paragraphs"]}


def test_brief_excuses_english_spellings_and_still_flags_changed_names(
        tiny_models, tmp_path, monkeypatch):
    target = spm.SentencePieceProcessor(
        model_file=str(tiny_models.marian / "target.spm"))
    assert target.encode("Lavrov", out_type=str) == ["▁Lavrov"]  # the premise: a whole word
    assert len(target.encode("Kalausis")) > 1
    assert name_changes(TYPO, TYPO_EN) == ["Lavrob"]  # what the guard said without the test

    def fake(self, texts, gen, progress=None):  # the model's outputs are random: chosen here
        return [OUTPUTS.get(t, t) for t in texts]
    for runtime in (CTranslate2Backend, TransformersBackend):  # CTranslate2 runs batches itself
        monkeypatch.setattr(runtime, "generate", fake)

    read: list[Path] = []  # the target.spm files asked about
    real = target_vocab.TargetPieces._processor

    def spy(self):
        read.append(self.path)
        return real(self)
    monkeypatch.setattr(target_vocab.TargetPieces, "_processor", spy)

    cfg, cache = _config(tmp_path, tiny_models), tmp_path / "cache.sqlite"
    doc = _run(cfg, cache)
    assert _name_flags(doc) == {TYPO: [], CHANGED: ["Kalousis"]}
    assert read and read[0].name == "target.spm"  # the model's own, from its folder

    # Answered from the cache: the same flags, and no target.spm read.
    target_pieces.cache_clear()
    read.clear()
    assert _run(cfg, cache) == doc
    assert read == []


def test_the_english_test_is_asked_only_about_a_missing_name():
    asked: list[str] = []

    def is_english(word: str) -> bool:
        asked.append(word)
        return word == "Lavrov"
    kept = "Blinken bertemu Lavrov di New Delhi pada hari Kamis."
    assert name_changes(kept, "Blinken met Lavrov in New Delhi on Thursday.",
                        is_english=is_english) == []
    assert asked == []  # every name kept: nothing to excuse, so nothing asked
    assert name_changes(TYPO, TYPO_EN, is_english=is_english) == []
    assert "Lavrov" in asked

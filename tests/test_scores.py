"""Model scores: each runtime's outputs carry one, the cache keeps it, a brief's JSON shows
each paragraph's mean (`score`), and briefs stored without one still load."""

from __future__ import annotations

import pickle
import sqlite3

import pytest

from translator.backends.cached import CachedBackend
from translator.backends.convert import convert
from translator.backends.ctranslate2_backend import CTranslate2Backend
from translator.backends.hub import ResolvedModel
from translator.backends.transformers_backend import TransformersBackend
from translator.cache import TranslationCache
from translator.config import Generation, load_config
from translator.result import Brief, Generated, Paragraph, mean_score, score_of
from translator.translate import translate_paragraphs

from .fakes import GEN, IdentityBackend, upper

LINES = ["Banjir melanda Jakarta pada hari Senin.", "Harga beras naik 25 persen.",
         "Presiden bertemu menteri luar negeri di Bogor."]


def local(path) -> ResolvedModel:
    return ResolvedModel(str(path), "local", path)


def scored(text: str, gen: Generation) -> str:
    """A test-double transform whose outputs carry a score that depends on the input."""
    return Generated(text.upper(), -len(text) / 100)


@pytest.fixture(scope="module")
def runtimes(tiny_model_dirs, tmp_path_factory):
    """The tiny Marian on transformers and on CTranslate2 (float32)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BRIEF_HOME", str(tmp_path_factory.mktemp("score-home")))
        r = local(tiny_model_dirs.marian)
        return TransformersBackend(r), CTranslate2Backend(r, convert(r, "float32"))


def test_a_generated_text_is_a_string_with_a_score():
    g = Generated("Floods hit Jakarta.", -0.25)
    assert g == "Floods hit Jakarta." and isinstance(g, str)
    assert score_of(g) == -0.25 and score_of("plain") is None
    assert score_of(pickle.loads(pickle.dumps(g))) == -0.25  # to a cluster worker and back
    assert mean_score([Generated("a", -1.0), "untranslated", Generated("b", -0.5)]) == -0.75
    assert mean_score(["a", "b"]) is None


@pytest.mark.parametrize("gen", [Generation(num_beams=1, max_new_tokens=12),
                                 Generation(num_beams=3, max_new_tokens=12)],
                         ids=["greedy", "beam3"])
def test_both_runtimes_score_every_output_alike(runtimes, gen):
    hf, ct2 = runtimes
    a, b = hf.generate(LINES, gen), ct2.generate(LINES, gen)
    assert a == b
    for x, y in zip(a, b, strict=True):
        assert score_of(x) is not None and score_of(x) <= 0
        # Both are the mean log-probability per chosen token (float32 on both sides).
        assert score_of(x) == pytest.approx(score_of(y), abs=0.01)


def test_the_cache_returns_the_score_with_the_text(tmp_path):
    cache = TranslationCache.open(tmp_path / "c.sqlite")
    inner = IdentityBackend(scored)
    backend = CachedBackend(inner, cache)
    first = backend.generate(LINES, GEN)
    again = CachedBackend(IdentityBackend(upper), cache).generate(LINES, GEN)
    assert len(inner.batches) == 1 and again == first
    assert [score_of(t) for t in again] == [score_of(t) for t in first] == \
           [-len(t) / 100 for t in LINES]
    cache.close()


def test_a_cache_written_before_scores_migrates_and_reads_back_none(tmp_path):
    path = tmp_path / "old.sqlite"
    from translator.cache import MIGRATIONS

    with sqlite3.connect(path) as conn:  # the schema as the previous release left it
        conn.executescript(MIGRATIONS[0])
        conn.execute("PRAGMA user_version = 1")
    cache = TranslationCache.open(path)
    backend = CachedBackend(IdentityBackend(upper), cache)
    sig, doc = backend.cache_key(GEN)
    from translator.cache import input_key

    with sqlite3.connect(path) as conn:  # an old row: no score column value
        conn.execute("INSERT INTO signatures VALUES (?, ?)", (sig, doc))
        conn.execute("INSERT INTO entries (sig, input, output, created) VALUES (?, ?, ?, 0)",
                     (sig, input_key("satu"), "ONE"))
    out = backend.generate(["satu"], GEN)
    assert out == ["ONE"] and score_of(out[0]) is None
    assert backend.inner.batches == []  # answered from the old row
    cache.close()


def test_a_paragraph_gets_the_mean_of_its_segments_scores():
    backend = IdentityBackend(scored)
    segs = ["Satu dua tiga.", "Empat lima."]
    [p, q] = translate_paragraphs(backend, [(" ".join(segs), segs), ("—", ["—"])],
                                  load_config().translation)
    assert p.score == pytest.approx((-len(segs[0]) / 100 - len(segs[1]) / 100) / 2)
    assert q.score is None  # nothing was translated
    assert translate_paragraphs(IdentityBackend(upper), [("Satu.", ["Satu."])],
                                load_config().translation)[0].score is None


def test_the_json_carries_the_score_and_old_briefs_without_it_load():
    p = Paragraph(source="Satu.", segments=("Satu.",), outputs=("One.",), score=-0.123456)
    assert p.to_dict()["score"] == -0.1235
    assert Paragraph.from_dict(p.to_dict()).score == -0.1235
    old = {"source": {"title": None}, "summary": "", "models": {},
           "paragraphs": [{"source": "Satu.", "text": "One.", "flags": []}]}
    brief = Brief.from_dict(old)
    assert brief.paragraphs[0].score is None
    assert brief.to_dict()["paragraphs"][0]["score"] is None

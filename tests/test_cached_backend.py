"""The cached backend wrapper (translator/backends/cached.py) on a test-double backend."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from translator.backends.cached import CachedBackend, Deferred
from translator.cache import TranslationCache
from translator.config import Generation

from .fakes import GEN, IdentityBackend, upper


@pytest.fixture
def cache(tmp_path):
    c = TranslationCache.open(tmp_path / "c.sqlite")
    yield c
    c.close()


def rows(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT count(*) FROM entries").fetchone()[0]


def test_a_repeated_batch_is_answered_from_the_cache(cache):
    inner = IdentityBackend(upper)
    backend = CachedBackend(inner, cache)
    first = backend.generate_batch(["satu", "dua"], GEN)
    second = backend.generate_batch(["satu", "dua"], GEN)
    assert first == second == ["SATU", "DUA"]
    assert [texts for texts, _ in inner.batches] == [["satu", "dua"]]
    assert (cache.hits, cache.misses) == (2, 2)


def test_only_the_misses_go_to_the_model_in_one_call_and_order_is_kept(cache):
    inner = IdentityBackend(upper)
    backend = CachedBackend(inner, cache)
    backend.generate_batch(["b", "d"], GEN)
    out = backend.generate_batch(["a", "b", "c", "d", "a"], GEN)
    assert out == ["A", "B", "C", "D", "A"]
    assert [texts for texts, _ in inner.batches] == [["b", "d"], ["a", "c"]]  # "a" sent once


def test_whitespace_and_unicode_variants_share_an_entry(cache):
    inner = IdentityBackend(upper)
    backend = CachedBackend(inner, cache)
    first = backend.generate_batch(["Kaf\u00e9  di Jakarta "], GEN)  # composed é
    again = backend.generate_batch(["Kafe\u0301 di\tJakarta", "Kaf\u00e9 di Jakarta"], GEN)
    assert len(inner.batches) == 1
    assert again == first * 2


@pytest.mark.parametrize("change", [
    lambda b: setattr(b, "revision", "other-commit"),
    lambda b: setattr(b, "runtime", "ctranslate2"),
    lambda b: setattr(b, "quantization", "int8"),
])
def test_another_model_signature_misses(cache, change):
    a = IdentityBackend(upper)
    CachedBackend(a, cache).generate_batch(["satu"], GEN)
    b = IdentityBackend(upper)
    change(b)
    CachedBackend(b, cache).generate_batch(["satu"], GEN)
    assert len(b.batches) == 1


def test_other_generation_settings_miss(cache):
    inner = IdentityBackend(upper)
    backend = CachedBackend(inner, cache)
    backend.generate_batch(["satu"], GEN)
    backend.generate_batch(["satu"], Generation(num_beams=6, length_ratio=2.0))
    backend.generate_batch(["satu"], GEN)
    assert len(inner.batches) == 2


def test_signature_and_tokens_are_the_inner_backends(cache):
    inner = IdentityBackend()
    backend = CachedBackend(inner, cache)
    assert backend.signature().to_dict() == inner.signature().to_dict()
    assert backend.count_tokens("a b c") == inner.count_tokens("a b c")
    assert backend.runtime == "identity"


def test_a_failing_model_writes_nothing(cache, tmp_path):
    def boom(text, gen):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        CachedBackend(IdentityBackend(boom), cache).generate_batch(["satu"], GEN)
    assert rows(tmp_path / "c.sqlite") == 0


def test_a_cache_failing_mid_run_warns_once_and_steps_aside(tmp_path):
    warnings: list[str] = []
    cache = TranslationCache.open(tmp_path / "c.sqlite", warnings.append)
    inner = IdentityBackend(upper)
    backend = CachedBackend(inner, cache)
    cache.conn.close()  # every later query fails
    assert backend.generate_batch(["satu"], GEN) == ["SATU"]
    assert backend.generate_batch(["dua"], GEN) == ["DUA"]
    assert len(warnings) == 1 and cache.disabled


def test_the_wrapper_describes_the_wrapped_model_and_batches_as_it_does(cache):
    inner = IdentityBackend(upper, batch_size=2)
    inner.model_id, inner.revision, inner.quantization = "org/m", "abc", "int8"
    backend = CachedBackend(inner, cache, files="f00d")
    assert (backend.model_id, backend.revision, backend.runtime, backend.quantization) == (
        "org/m", "abc", "identity", "int8")
    assert backend.signature().files == "f00d"  # keys the cache ...
    assert "files" not in backend.signature().to_dict()  # ... but is not in a brief's JSON
    assert backend.generate(["a", "b", "c"], GEN) == ["A", "B", "C"]
    assert [texts for texts, _ in inner.batches] == [["a", "b"], ["c"]]


def test_a_model_returning_too_few_outputs_is_an_error(cache):
    short = IdentityBackend(upper)
    short.generate_batch = lambda texts, gen: [t.upper() for t in texts][:-1]  # one instance
    with pytest.raises(RuntimeError, match="returned 1 outputs for 2 inputs"):
        CachedBackend(short, cache).generate_batch(["satu", "dua"], GEN)


def deferred(inner: IdentityBackend, loads: list[str], counted: list[str] | None = None
             ) -> Deferred:
    """`inner` as a model not loaded yet; `loads` records each load."""
    def load() -> IdentityBackend:
        loads.append("load")
        return inner

    def tokenizer():
        (counted if counted is not None else []).append("tokenizer")
        return lambda text: 100 + len(text.split())  # not the inner's count: seen apart

    return Deferred(signature=inner.signature(), load=load, tokenizer=tokenizer, batch_size=3)


def test_a_deferred_model_loads_on_the_first_miss_only(cache):
    CachedBackend(IdentityBackend(upper), cache).generate_batch(["satu"], GEN)  # cached
    inner, loads = IdentityBackend(upper), []
    backend = CachedBackend(deferred(inner, loads), cache)
    assert backend.generate_batch(["satu"], GEN) == ["SATU"]
    assert loads == [] and not backend.loaded and backend.batch_size == 3
    assert backend.generate_batch(["satu", "dua"], GEN) == ["SATU", "DUA"]
    assert backend.generate_batch(["tiga"], GEN) == ["TIGA"]
    assert loads == ["load"] and backend.loaded
    assert [texts for texts, _ in inner.batches] == [["dua"], ["tiga"]]


def test_a_deferred_model_counts_with_its_tokenizer_until_it_loads(cache):
    inner, loads, counted = IdentityBackend(upper), [], []
    backend = CachedBackend(deferred(inner, loads, counted), cache)
    assert [backend.count_tokens("a b"), backend.count_tokens("a")] == [102, 101]
    assert counted == ["tokenizer"] and loads == []  # the tokenizer loaded once, no model
    backend.generate_batch(["satu"], GEN)
    assert backend.count_tokens("a b") == inner.count_tokens("a b")


def test_a_deferred_model_keys_the_cache_as_the_loaded_one(cache):
    CachedBackend(IdentityBackend(upper), cache, files="f00d").generate_batch(["satu"], GEN)
    inner, loads = IdentityBackend(upper), []
    backend = CachedBackend(deferred(inner, loads), cache, files="f00d")
    assert backend.cache_key(GEN) == CachedBackend(inner, cache, files="f00d").cache_key(GEN)
    assert backend.generate_batch(["satu"], GEN) == ["SATU"] and loads == []


def test_a_model_loading_other_than_expected_is_refused(cache):
    inner, loads = IdentityBackend(upper), []
    later = deferred(inner, loads)
    inner.revision = "another-commit"  # what loads is not what keyed the cache
    with pytest.raises(RuntimeError, match="not as expected"):
        CachedBackend(later, cache).generate_batch(["satu"], GEN)


def test_a_disabled_cache_loads_the_model(cache):
    inner, loads = IdentityBackend(upper), []
    backend = CachedBackend(deferred(inner, loads), cache)
    cache.disabled = True
    assert backend.generate(["satu"], GEN) == ["SATU"] and loads == ["load"]

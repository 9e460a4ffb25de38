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


# --- token counts remembered with an article (no tokenizer on a rerun) ---------------------

TEXTS = ["Banjir melanda Jakarta.", "Pemerintah membuka posko.", "Banjir melanda Jakarta."]


def counted_run(cache: TranslationCache, texts: list[str], article: str = "art-1",
                **wrapper) -> tuple[list[int], list[str]]:
    """Count `texts` in a fresh wrapper of a model not loaded yet, between recall_counts and
    keep_counts: (the counts, the tokenizer loads)."""
    tokenizers: list[str] = []
    backend = CachedBackend(deferred(IdentityBackend(upper), [], tokenizers), cache, **wrapper)
    backend.recall_counts(article)
    counts = [backend.count_tokens(t) for t in texts]
    backend.keep_counts()
    return counts, tokenizers


def test_counts_kept_with_an_article_need_no_tokenizer_on_the_rerun(cache):
    first, loads = counted_run(cache, TEXTS)
    assert loads == ["tokenizer"]
    again, loads = counted_run(cache, TEXTS)
    assert again == first == [103, 103, 103] and loads == []


def test_a_text_not_counted_before_loads_the_tokenizer_and_is_kept(cache):
    counted_run(cache, TEXTS)
    counts, loads = counted_run(cache, [*TEXTS, "Posko dibuka di tiga kecamatan."])
    assert counts[-1] == 105 and loads == ["tokenizer"]
    assert counted_run(cache, [*TEXTS, "Posko dibuka di tiga kecamatan."])[1] == []


def test_counts_are_of_the_exact_text(cache):
    counted_run(cache, ["Banjir melanda Jakarta."])
    # The output cache treats these as one input; a count depends on every character.
    assert counted_run(cache, ["Banjir  melanda Jakarta. "])[1] == ["tokenizer"]


@pytest.mark.parametrize("other", [
    {"article": "art-2"},  # another article's counts are not looked through
    {"files": "f00d"},  # a local model folder changed (its tokenizer files with it)
    {"version": "0.0.0-other"},  # another program version may count otherwise
])
def test_counts_of_another_article_or_tokenizer_are_not_used(cache, other):
    counted_run(cache, TEXTS)
    assert counted_run(cache, TEXTS, **other)[1] == ["tokenizer"]


def test_counts_key_follows_every_part_of_the_model_signature(cache):
    keys = {CachedBackend(IdentityBackend(upper), cache).counts_key()}
    for change in ("revision", "runtime", "quantization", "model_id"):
        inner = IdentityBackend(upper)
        setattr(inner, change, f"other-{change}")
        keys.add(CachedBackend(inner, cache).counts_key())
    assert len(keys) == 5
    assert CachedBackend(IdentityBackend(upper), cache).cache_key(GEN)[0] not in keys


def test_without_recall_nothing_is_remembered_or_kept(cache, tmp_path):
    backend = CachedBackend(deferred(IdentityBackend(upper), []), cache)
    assert backend.count_tokens("a b") == 102
    backend.keep_counts()
    with sqlite3.connect(tmp_path / "c.sqlite") as conn:
        assert conn.execute("SELECT count(*) FROM counts").fetchone()[0] == 0


def test_a_rerun_that_counts_nothing_new_writes_nothing(cache, tmp_path):
    counted_run(cache, TEXTS)
    with sqlite3.connect(tmp_path / "c.sqlite") as conn:
        before = conn.execute("SELECT created FROM counts").fetchall()
    counted_run(cache, TEXTS[:1])
    with sqlite3.connect(tmp_path / "c.sqlite") as conn:
        assert conn.execute("SELECT created FROM counts").fetchall() == before


def test_unreadable_stored_counts_are_a_miss(cache, tmp_path):
    counted_run(cache, TEXTS)
    with sqlite3.connect(tmp_path / "c.sqlite") as conn:
        conn.execute("UPDATE counts SET counts = 'CACHED'")
    assert counted_run(cache, TEXTS) == ([103, 103, 103], ["tokenizer"])


def test_asking_a_deferred_model_how_many_calls_it_runs_at_once_does_not_load_it(cache):
    inner, loads = IdentityBackend(upper), []
    backend = CachedBackend(deferred(inner, loads), cache)
    assert backend.calls_at_once() == 1 and loads == [] and not backend.loaded
    inner.calls_at_once = lambda: 2  # type: ignore[method-assign]
    backend.generate_batch(["lima"], GEN)  # a miss loads it
    assert loads == ["load"] and backend.calls_at_once() == 2

"""Two cores at work: CTranslate2 batches run two at a time, and the summariser loads in the
background while the article is translated (when its summary cannot be cached)."""

from __future__ import annotations

import threading
from types import SimpleNamespace

import pytest

from translator import Models, brief
from translator.backends import loading
from translator.backends.cached import CachedBackend
from translator.backends.ctranslate2_backend import (
    CTranslate2Backend,
    default_parallel,
    parallel_batches,
)
from translator.cache import TranslationCache
from translator.config import Generation, load_config
from translator.load import Loaded

from .fakes import GEN, IdentityBackend, upper
from .test_lazy_loading import article, on_ctranslate2, setup  # noqa: F401 - a fixture


class FakeTranslator:
    """ctranslate2.Translator's translate_batch: records each call, echoes the tokens."""

    def __init__(self) -> None:
        self.calls: list[dict] = []

    def translate_batch(self, tokens, **options):  # type: ignore[no-untyped-def]
        self.calls.append({"tokens": tokens, **options})
        done = [SimpleNamespace(hypotheses=[t], scores=[-1.0]) for t in tokens]
        if options.get("asynchronous"):
            return [SimpleNamespace(result=lambda r=r: r) for r in done]
        return done


def backend(parallel: int, batch_size: int) -> CTranslate2Backend:
    """A CTranslate2Backend over FakeTranslator, words as tokens."""
    b = CTranslate2Backend.__new__(CTranslate2Backend)
    b.translator, b.parallel, b.batch_size = FakeTranslator(), parallel, batch_size
    b.tokenizer = SimpleNamespace(encode=str.split, decode=" ".join)
    b.max_input, b.defaults, b.target_prefix, b.use_vmap = 512, {}, [], False
    return b


TEXTS = [" ".join(["kata"] * n) for n in (9, 3, 7, 2, 5)]
RATIO = Generation(num_beams=1, length_ratio=2.0, length_extra=0)


def test_one_batch_runs_in_two_parts_that_keep_its_length_limits():
    b = backend(parallel=2, batch_size=16)
    assert b.generate(TEXTS, RATIO) == TEXTS  # order kept
    calls = b.translator.calls
    assert [len(c["tokens"]) for c in calls] == [3, 2]
    assert all(c["asynchronous"] for c in calls)
    # Both parts stop where the whole batch would: at twice its longest input (9 tokens).
    assert {c["max_decoding_length"] for c in calls} == {18}


def test_enough_batches_run_as_they_are_and_one_core_runs_one_at_a_time():
    b = backend(parallel=2, batch_size=1)
    b.generate(TEXTS, RATIO)
    assert [c["max_decoding_length"] for c in b.translator.calls] == [18, 6, 14, 4, 10]
    one = backend(parallel=1, batch_size=16)
    one.generate(TEXTS, RATIO)
    assert len(one.translator.calls) == 1 and not one.translator.calls[0]["asynchronous"]


@pytest.mark.parametrize(("cores", "parallel"), [(1, 1), (2, 2), (4, 1), (16, 1)])
def test_two_batches_at_once_on_two_cores_only(cores, parallel):
    assert default_parallel(cores) == parallel


def test_a_cluster_workers_share_runs_one_batch_at_a_time(monkeypatch):
    monkeypatch.setenv("BRIEF_THREADS", "2")
    assert parallel_batches() == 1


def test_the_cache_sends_its_misses_a_round_of_parallel_batches_at_a_time(tmp_path):
    cache = TranslationCache.open(tmp_path / "c.sqlite")
    inner = IdentityBackend(upper, batch_size=1)
    calls: list[list[str]] = []
    inner.calls_at_once = lambda: 2  # type: ignore[method-assign]
    real = inner.generate
    inner.generate = lambda texts, gen, progress=None: calls.append(list(texts)) or real(
        texts, gen)  # type: ignore[method-assign]
    wrapped = CachedBackend(inner, cache)
    wrapped.generate(["satu"], GEN)
    seen: list[tuple[int, int]] = []
    out = wrapped.generate(["dua", "satu", "tiga", "empat", "lima", "dua"], GEN,
                           progress=lambda done, total: seen.append((done, total)))
    assert out == ["DUA", "SATU", "TIGA", "EMPAT", "LIMA", "DUA"]
    assert calls == [["satu"], ["dua", "tiga"], ["empat", "lima"]]  # distinct misses, 2 a round
    assert seen[-1] == (6, 6)
    cache.close()


class Summariser(IdentityBackend):
    """A summariser double that can be prefetched."""

    loaded = False

    def __init__(self) -> None:
        super().__init__()
        self.started = 0

    def prefetch(self) -> None:
        self.started += 1


class Translator(IdentityBackend):
    def __init__(self, missing: int) -> None:
        super().__init__()
        self.missing = missing

    def misses(self, texts, gen) -> int:  # type: ignore[no-untyped-def]
        return self.missing


@pytest.mark.parametrize(("missing", "started"), [(0, 0), (3, 1)])
def test_the_summariser_is_prefetched_only_when_the_body_misses(missing, started):
    summariser = Summariser()
    models = Models.from_backends(Translator(missing), summariser, config=load_config())
    assert models.prefetch_summarizer(["Satu."], GEN) is bool(started)
    assert summariser.started == started


@on_ctranslate2
def test_a_cold_brief_loads_the_summariser_in_the_background(setup, monkeypatch):  # noqa: F811
    config, cache_path = setup
    where: dict[str, str] = {}
    load = loading.load_backend

    def recorded(spec, resolved, **kw):  # type: ignore[no-untyped-def]
        where[spec.model] = threading.current_thread().name
        return load(spec, resolved, **kw)

    monkeypatch.setattr(loading, "load_backend", recorded)
    cfg = load_config(config)
    statuses: list[str] = []
    loader = loading.Loader(cfg, offline=True, cache=TranslationCache.open(cache_path),
                            status=statuses.append)
    models = Models(config=cfg, loader=loader.load)
    result = brief(Loaded(text=article(), origin="", encoding="utf-8"), models)
    assert result.summary
    assert where[cfg.summarization.spec.model] == "brief-load-summarization"
    assert where[cfg.translation.spec.model] == threading.current_thread().name
    assert loader.loads == ["translation", "summarization"] and len(statuses) == 2

"""One article's summary overlapping the next one's translation (translator/ahead.py): the
same Briefs as brief() one at a time, in order; errors where brief() raises them; a cache
shared by two threads."""

from __future__ import annotations

import json
import shutil
import threading

import pytest

from translator import pipeline
from translator.ahead import Ahead
from translator.cache import TranslationCache, input_key
from translator.cli import inputs
from translator.config import load_config
from translator.errors import ExitStatus, InputError, ModelUnavailable

from .conftest import SAMPLES

SAMPLE_FILES = sorted(SAMPLES.glob("*.txt"))[:4]


def _same(doc: dict) -> dict:
    """A brief's JSON shape without what differs between two runs of it (its timings)."""
    return {k: v for k, v in doc.items() if k != "timings"}


def _models(tiny, tmp_path, name: str):
    config = load_config().with_models(str(tiny.marian), str(tiny.bart))
    return pipeline.open_models(config, runtime=tiny.runtime, offline=True,
                                cache=TranslationCache.open(tmp_path / f"{name}.sqlite"))


@pytest.mark.parametrize("tiny_models", ["ctranslate2"], indirect=True)
def test_ahead_gives_brief_s_briefs_in_order(tiny_models, tmp_path):
    one_by_one = _models(tiny_models, tmp_path, "a")
    expected = [_same(pipeline.brief(path, one_by_one).to_dict()) for path in SAMPLE_FILES]
    overlapped = _models(tiny_models, tmp_path, "b")
    with Ahead(overlapped) as ahead:
        futures = [ahead.submit(path) for path in SAMPLE_FILES]
        got = [_same(f.result().to_dict()) for f in futures]
    assert got == expected
    assert [doc["source"]["origin"] for doc in got] == [str(p) for p in SAMPLE_FILES]
    assert all(doc["summary"] for doc in got)


@pytest.mark.parametrize("tiny_models", ["ctranslate2"], indirect=True)
def test_ahead_raises_bad_input_at_submit_and_goes_on(tiny_models, tmp_path):
    models = _models(tiny_models, tmp_path, "c")
    (tmp_path / "empty.txt").write_bytes(b"")
    with Ahead(models) as ahead:
        with pytest.raises(InputError):
            ahead.submit(tmp_path / "empty.txt")
        later = ahead.submit(SAMPLE_FILES[0])
    assert later.done() and later.result().summary  # close() waited for it


def test_run_all_settles_each_pending_after_the_next_item_started():
    log: list[str] = []

    def one(item):
        log.append(f"start {item}")
        if item == "bad":
            raise InputError("bad: is empty")

        def settle():
            log.append(f"settle {item}")
            if item == "late":
                raise RuntimeError("the summary failed")
            return item
        return inputs.Pending(settle)

    seen: list[str] = []
    failures = inputs.run_all(["a", "bad", "late", "b"], one, seen.append, status=lambda m: None)
    assert seen == ["a", "b"]
    assert [(f.source, f.status) for f in failures] == [("bad", ExitStatus.BAD_INPUT),
                                                        ("late", ExitStatus.ERROR)]
    assert log == ["start a", "start bad", "settle a", "start late", "start b", "settle late",
                   "settle b"]


def test_run_all_prints_the_article_before_a_missing_model_stops_it():
    def one(item):
        if item == "nomodel":
            raise ModelUnavailable("no model")
        return inputs.Pending(lambda: item)

    seen: list[str] = []
    with pytest.raises(ModelUnavailable):
        inputs.run_all(["a", "nomodel", "b"], one, seen.append, status=lambda m: None)
    assert seen == ["a"]


@pytest.mark.parametrize("tiny_models", ["ctranslate2"], indirect=True)
def test_several_inputs_give_the_briefs_of_single_runs(brief, tiny_models, tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    for f in SAMPLE_FILES:
        shutil.copy(f, d / f.name)
    paths = [str(d / f.name) for f in SAMPLE_FILES]
    together = brief("--format", "json", "--no-store", "--no-cache", *tiny_models.args(),
                     *paths)
    assert together.code == 0, together.err
    alone = [json.loads(brief("--format", "json", "--no-store", "--no-cache",
                              *tiny_models.args(), path).out) for path in paths]
    assert [_same(doc) for doc in json.loads(together.out)] == [_same(doc) for doc in alone]


def test_the_cache_takes_reads_and_writes_from_two_threads(tmp_path):
    cache = TranslationCache.open(tmp_path / "c.sqlite")
    errors: list[str] = []
    cache.warn = errors.append
    start = threading.Barrier(2)

    def write(name: str) -> None:
        start.wait()
        for batch in range(40):
            items = [(input_key(f"{name} {batch} {i}"), f"out {name} {batch} {i}")
                     for i in range(25)]
            cache.put_many(f"sig-{name}", "{}", items)
            if len(cache.get_many(f"sig-{name}", [k for k, _ in items])) != len(items):
                errors.append(f"{name} {batch}: not all read back")

    threads = [threading.Thread(target=write, args=(n,)) for n in ("x", "y")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and not cache.disabled
    for name in ("x", "y"):
        keys = [input_key(f"{name} {b} {i}") for b in range(40) for i in range(25)]
        assert len(cache.get_many(f"sig-{name}", keys)) == 1000
    cache.close()

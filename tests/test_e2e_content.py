"""What a reader would notice, end to end on the tiny real models: content, not just types.

The tiny models' weights are random but fixed, so every output is deterministic and each
expectation here is the same model called directly on that one text. Random weights never emit
</s>: an output runs to its length limit, which depends on the input's length (so paragraphs of
different lengths get different translations) and, in a batch, on the longest neighbour. The
test config therefore translates one segment per batch, and both models decode greedily and
briefly: the routing of texts is under test here, not their quality.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import pytest
import yaml

from translator.backends import load_backend
from translator.backends.base import Seq2SeqBackend
from translator.backends.hub import ResolvedModel
from translator.clean import clean
from translator.cli import main
from translator.config import Config, Generation, default_config_text, parse_config
from translator.pipeline import Brief, Models, Options, brief
from translator.segment import segment_paragraphs
from translator.translate import translate_paragraphs

from .conftest import SAMPLE

ARTICLE = clean(SAMPLE.read_text(encoding="utf-8"))


class Recording(Seq2SeqBackend):
    """A real backend that also keeps every batch it is given and the settings it came with."""

    def __init__(self, inner: Seq2SeqBackend) -> None:
        self.inner = inner
        self.calls: list[tuple[list[str], Generation]] = []
        self.runtime, self.quantization = inner.runtime, inner.quantization
        self.model_id, self.revision = inner.model_id, inner.revision
        self.batch_size = inner.batch_size

    def count_tokens(self, text: str) -> int:
        return self.inner.count_tokens(text)

    def generate_batch(self, texts: Sequence[str], gen: Generation) -> list[str]:
        self.calls.append((list(texts), gen))
        return self.inner.generate_batch(texts, gen)


class Memo(Recording):
    """A real backend that computes each batch once (the model is deterministic)."""

    def __init__(self, inner: Seq2SeqBackend) -> None:
        super().__init__(inner)
        self.known: dict[tuple[tuple[str, ...], Generation], list[str]] = {}

    def generate_batch(self, texts: Sequence[str], gen: Generation) -> list[str]:
        key = (tuple(texts), gen)
        if key not in self.known:
            self.known[key] = self.inner.generate_batch(texts, gen)
        return list(self.known[key])


def _config_text(marian: Path, bart: Path) -> str:
    data = yaml.safe_load(default_config_text())
    data["translation"].update(
        model=str(marian), runtime="transformers", batch_size=1,
        generation={"num_beams": 1, "length_ratio": 0.25, "length_extra": 4},
        retry={"num_beams": 1, "no_repeat_ngram_size": 3})
    data["summarization"].update(
        model=str(bart), runtime="transformers", generation={"num_beams": 1},
        lengths={"short": {"min_new_tokens": 4, "max_new_tokens": 8},
                 "medium": {"min_new_tokens": 8, "max_new_tokens": 16},
                 "long": {"min_new_tokens": 16, "max_new_tokens": 24}})
    return yaml.safe_dump(data)


@pytest.fixture(scope="module")
def config_file(tiny_model_dirs, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("e2e-config") / "models.yaml"
    path.write_text(_config_text(tiny_model_dirs.marian, tiny_model_dirs.bart))
    return path


@pytest.fixture(scope="module")
def config(config_file) -> Config:
    return parse_config(config_file.read_text(), str(config_file))


@pytest.fixture(scope="module")
def backends(tiny_model_dirs, config) -> Models:
    """The tiny models loaded once, directly: no pipeline, no cache."""
    def load(stage, path: Path) -> Seq2SeqBackend:
        return load_backend(stage.spec, ResolvedModel(str(path), "local", path),
                            batch_size=stage.batch_size)

    return Models(translator=Memo(load(config.translation, tiny_model_dirs.marian)),
                  summarizer=load(config.summarization, tiny_model_dirs.bart), config=config)


@pytest.fixture(scope="module")
def cli_doc(config_file, tmp_path_factory) -> dict:
    """`brief --format json --config ... SAMPLE`, run once for the module, in-process."""
    out = io.StringIO()
    with pytest.MonkeyPatch.context() as mp, contextlib.redirect_stdout(out):
        # Module scope runs before the per-test isolation fixture: isolate here too.
        mp.setenv("BRIEF_HOME", str(tmp_path_factory.mktemp("e2e-home")))
        mp.setenv("HF_HUB_OFFLINE", "1")
        mp.delenv("BRIEF_CONFIG", raising=False)
        code = main(["--format", "json", "--config", str(config_file), "--no-store", "-q",
                     "--length", "short", str(SAMPLE)])
    assert code == 0
    return json.loads(out.getvalue())


def alone(backend: Seq2SeqBackend, text: str, config: Config) -> str:
    """The translation of `text` translated by itself, as a one-paragraph article."""
    tcfg = config.translation
    segments = segment_paragraphs([text], backend.count_tokens, tcfg.max_input_tokens)[0]
    return translate_paragraphs(backend, [(text, segments)], tcfg)[0].text


def test_the_headline_is_the_translated_title(cli_doc, backends, config):
    assert ARTICLE.title and cli_doc["source"]["title"] == ARTICLE.title
    assert cli_doc["title"] == alone(backends.translator, ARTICLE.title, config)
    assert cli_doc["title"] != ARTICLE.title


def test_english_paragraphs_follow_the_source_order(cli_doc, backends, config):
    expected = [alone(backends.translator, p, config) for p in ARTICLE.paragraphs]
    assert expected != expected[::-1], "the tiny model must tell these paragraphs apart"
    assert [p["source"] for p in cli_doc["paragraphs"]] == list(ARTICLE.paragraphs)
    assert [p["text"] for p in cli_doc["paragraphs"]] == expected


@pytest.fixture(scope="module")
def briefed(backends, config):
    """brief() at a --length, with the summariser recorded; each length run once."""
    @cache
    def run(length: str) -> tuple[Brief, Recording]:
        summarizer = Recording(backends.summarizer)
        models = Models(backends.translator, summarizer, config=config)
        result = brief(SAMPLE, models, Options(length=length))
        return result, summarizer

    return run


def test_every_paragraph_and_only_those_reach_the_summarizer(briefed, backends, config):
    result, summarizer = briefed("short")
    assert [p.source for p in result.paragraphs] == list(ARTICLE.paragraphs)
    assert [p.text for p in result.paragraphs] == [
        alone(backends.translator, p, config) for p in ARTICLE.paragraphs]
    english = "\n".join(p.text for p in result.paragraphs)
    # The first round's parts, in call order, are the English paragraphs cut at paragraph
    # breaks (nothing else: no title, no Indonesian); later rounds summarise the summaries.
    fed = [text for texts, _ in summarizer.calls for text in texts]
    assert any("\n".join(fed[:k]) == english for k in range(1, len(fed) + 1)), fed


def test_length_sets_what_the_summarizer_generates(briefed, config_file):
    summaries = {}
    for length in ("short", "long"):
        result, summarizer = briefed(length)
        want = yaml.safe_load(config_file.read_text())["summarization"]["lengths"][length]
        assert summarizer.calls
        assert {(g.min_new_tokens, g.max_new_tokens) for _, g in summarizer.calls} == {
            (want["min_new_tokens"], want["max_new_tokens"])}
        assert result.length == length
        summaries[length] = result.summary
    # Random weights never stop early: the longer limit gives the longer summary.
    assert len(summaries["short"]) < len(summaries["long"])


# Runs `brief ARGV` in a fresh interpreter (huggingface_hub reads HF_HUB_OFFLINE at import) under
# the network guard; argv[1] is where the recorded attempts are written.
_GUARDED_CLI = """
import json, sys
from netguard import network_guard
with network_guard() as attempts:
    from translator.cli import main
    rc = main(sys.argv[2:])
with open(sys.argv[1], "w") as f:
    json.dump(attempts, f)
sys.exit(rc)
"""


def _guarded_brief(tmp_path: Path, *args: str) -> tuple[int, str, list[str]]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HF_", "HUGGINGFACE"))}
    # The guard (standard library only) is copied beside the child, so that the child's path
    # holds no checkout: under CI it runs the installed package, as the user would.
    guard_dir = tmp_path / "guard"
    guard_dir.mkdir()
    shutil.copy(Path(__file__).with_name("netguard.py"), guard_dir / "netguard.py")
    env.update(HF_HOME=str(tmp_path / "empty-hf"), BRIEF_HOME=str(tmp_path / "home"),
               PYTHONPATH=str(guard_dir))
    record = tmp_path / "attempts.json"
    proc = subprocess.run([sys.executable, "-c", _GUARDED_CLI, str(record), *args],
                          cwd=tmp_path,
                          env=env, capture_output=True, text=True, timeout=120)
    assert record.exists(), proc.stderr
    return proc.returncode, proc.stderr, json.loads(record.read_text())


def test_offline_makes_no_download_attempt_at_all(tmp_path):
    code, err, attempts = _guarded_brief(
        tmp_path, "--offline", "--translation-model", "someorg/not-cached", str(SAMPLE))
    assert code == 3, err
    assert "Downloading" not in err and "someorg/not-cached" in err
    assert attempts == []


def test_without_offline_the_guard_sees_the_download_attempt(tmp_path):
    # The control for the test above: the same run online tries to reach the hub, and the
    # guard both records it and makes it fail as it would without network.
    code, err, attempts = _guarded_brief(
        tmp_path, "--translation-model", "someorg/not-cached", str(SAMPLE))
    assert code == 3, err
    assert "Downloading someorg/not-cached" in err
    assert attempts

"""benchmarks/speed.py: its config for the twins is one brief accepts, with fixed lengths."""

from __future__ import annotations

import importlib.util
import sys

import pytest

from translator.config import load_config

from .conftest import ROOT


@pytest.fixture
def speed(monkeypatch):
    """benchmarks/speed.py as a module (it is a script, not part of the package)."""
    spec = importlib.util.spec_from_file_location("bench_speed", ROOT / "benchmarks" / "speed.py")
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "bench_speed", module)  # dataclasses look it up
    spec.loader.exec_module(module)
    return module


def test_the_bench_config_fixes_lengths_and_beams_for_both_models(speed, tmp_path,
                                                                  tiny_model_dirs):
    setup = speed.setups()["quick"]
    path = speed.bench_config(setup, tiny_model_dirs.marian, tiny_model_dirs.bart,
                              tmp_path / "bench.yaml")
    cfg = load_config(path)
    t, s = cfg.translation.generation, cfg.summarization.for_length("medium")
    assert cfg.translation.spec.model == str(tiny_model_dirs.marian)
    assert cfg.translation.spec.runtime == cfg.summarization.spec.runtime == "auto"
    assert t.max_new_tokens == setup.translation_tokens and t.min_new_tokens >= t.max_new_tokens - 1
    assert s.max_new_tokens == setup.summary_tokens and s.min_new_tokens >= s.max_new_tokens - 1
    assert t.num_beams == s.num_beams == setup.beams


def test_full_twins_have_the_published_shapes(speed):
    full = speed.setups()["full"]
    assert full.marian["d_model"] == 512 and full.marian["pad_vocab_to"] == 54_796
    assert full.bart["d_model"] == 1024 and full.bart["pad_vocab_to"] == 50_264
    assert (full.bart["encoder_layers"], full.bart["decoder_layers"]) == (12, 6)

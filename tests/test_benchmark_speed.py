"""benchmarks/speed.py: its twins config, lean measuring and equal threads on both sides."""

from __future__ import annotations

import importlib.util
import os
import subprocess
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


_REPORT_PEAK = ("import os, resource; open(os.environ['BENCH_SELF_REPORT'], 'w')"
                ".write(str(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))")


@pytest.mark.parametrize("with_time", [True, False], ids=["time -v", "python hop"])
def test_a_contender_s_peak_is_its_own_not_its_fat_launcher_s(speed, tmp_path, with_time):
    if with_time and not speed.GNU_TIME:
        pytest.skip("/usr/bin/time is not installed")
    # Linux hands a child launched directly the launcher's peak, even one already freed.
    blob = b"x" * (200 * 2**20)
    del blob
    t = speed.timed([sys.executable, "-c", _REPORT_PEAK], dict(os.environ), tmp_path,
                    gnu_time=speed.GNU_TIME if with_time else None)
    assert t.code == 0 and t.self_mb is not None and t.self_mb < 100
    assert (t.time_mb is not None and t.time_mb < 100) if with_time else t.time_mb is None
    assert speed.mb(t.time_mb) == (f"{t.time_mb:.0f}" if with_time else "n/a")


def test_the_launcher_imports_neither_torch_nor_the_model_factory():
    code = ("import runpy, sys; runpy.run_path(sys.argv[1]); "
            "print(sorted({'torch', 'transformers', 'tests.model_factory'} & set(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code, str(ROOT / "benchmarks" / "speed.py")],
                         capture_output=True, text=True, cwd=ROOT, check=True).stdout
    assert out.strip() == "[]"


def test_both_sides_get_the_same_thread_count(speed, tmp_path):
    env = speed.contender_env({"OMP_NUM_THREADS": "8", "BRIEF_CONFIG": "x"}, tmp_path, 2)
    assert env["OMP_NUM_THREADS"] == env["MKL_NUM_THREADS"] == env[speed.THREADS] == "2"
    assert "BRIEF_CONFIG" not in env and env["BRIEF_HOME"] == str(tmp_path)
    assert speed.contender_env({}, tmp_path, 0).keys().isdisjoint({"OMP_NUM_THREADS"})


def test_brief_s_ctranslate2_threads_follow_the_pin(speed, monkeypatch):
    from translator.backends import ctranslate2_backend

    monkeypatch.setattr(ctranslate2_backend, "cpu_cores", ctranslate2_backend.cpu_cores)
    speed.pin_brief_threads(3)
    assert ctranslate2_backend.cpu_cores() == 3

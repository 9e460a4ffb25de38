"""benchmarks/scale.py: distinct articles, the estimate, the rates, the overhead, the projection."""

from __future__ import annotations

import hashlib
import sys

import pytest

from translator.clean import clean

from .conftest import load_benchmark


@pytest.fixture(scope="module")
def scale():
    """benchmarks/scale.py as a module (a script, not part of the package)."""
    yield load_benchmark("scale")
    sys.modules.pop("bench_scale", None)


def test_articles_are_distinct_once_cleaned(scale, tmp_path):
    paths = scale.make_articles(40, tmp_path)
    keys = {hashlib.sha256("\n".join(clean(p.read_text(encoding="utf-8")).paragraphs).encode())
            .hexdigest() for p in paths}
    assert len(paths) == 40 and len(keys) == 40


def test_estimate_counts_three_runs_and_two_workers_sharing_cores(scale):
    # in-process and --workers 1 at 3 s an article, --workers 2 on 2 cores at half that
    assert scale.estimate_s(300, 3.0, 10.0, cores=2) == pytest.approx(3 * 10 + 300 * 3 * 2.5)
    assert scale.estimate_s(300, 3.0, 10.0, cores=1) == pytest.approx(3 * 10 + 300 * 3 * 3)
    assert scale.estimate_s(300, 3.0, 10.0, cores=2, modes=1) == pytest.approx(10 + 450)


def test_steady_rate_leaves_the_start_up_out(scale):
    assert scale.steady_apm([30.0, 31.0, 32.0]) == pytest.approx(60.0)
    assert scale.steady_apm([30.0]) == 0.0


def test_in_brief_time_skips_the_first_brief_and_model_loading(scale):
    docs = [{"timings": {"total_s": 9.0, "models_s": 5.0}},
            {"timings": {"total_s": 1.5, "models_s": 0.5}},
            {"timings": {"total_s": 2.0}}]
    assert scale.in_brief_s(docs) == pytest.approx(1.5)


def test_overhead_is_worker_wall_minus_time_in_brief(scale):
    runs = {"in-process": {"apm": 60.0, "brief_s": 0.99},   # 1,000 ms an article
            "--workers 1": {"apm": 50.0, "brief_s": 1.1},   # 1,200 ms an article
            "--workers 2": {"apm": 100.0, "brief_s": 1.1}}
    o = scale.overheads(runs)
    assert o["overhead_ms"] == pytest.approx(100.0)
    assert o["inproc_residue_ms"] == pytest.approx(10.0)
    assert o["vs_inproc_ms"] == pytest.approx(200.0)


def test_projection_is_linear_until_the_client_or_scheduler_caps_it(scale):
    rows = scale.project(w1_apm=20.0, client_ms=10.0)  # client cap: 360,000 an hour
    assert rows[0] == (8, 8 * 20 * 60, "workers")
    assert rows[1] == (64, 64 * 20 * 60, "workers")
    assert rows[2] == (512, pytest.approx(360_000), "client")
    # 512 workers at 200 a minute each: 6.1 M an hour, over the scheduler's 3.6 M (and the
    # client's 36 M at 0.1 ms a brief)
    fast = scale.project(w1_apm=200.0, client_ms=0.1)
    assert fast[2][1:] == (scale.SCHEDULER_TASKS_PER_S * 3600, "scheduler")


def test_header_names_the_thread_defaults_the_benchmark_pins(scale):
    note = scale.thread_defaults(2)
    assert "in-process 1" in note and "--workers 1 2" in note and "--workers 2 1" in note


def test_fallback_twins_are_named_as_such(scale):
    made_up = scale.Setup("full", False, translation_tokens=48, summary_tokens=96)
    assert "made-up" in scale.describe(made_up) and "48 tokens" in scale.describe(made_up)
    assert "real-config" in scale.describe(scale.Setup("full", True))


def test_too_few_articles_is_a_usage_error(scale, capsys):
    with pytest.raises(SystemExit) as stop:
        scale.main(["--articles", "1"])
    assert stop.value.code == 2 and "at least 2" in capsys.readouterr().err

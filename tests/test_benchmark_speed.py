"""benchmarks/speed.py: its twins config, lean measuring and equal threads on both sides."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from translator.config import load_config

from .conftest import ROOT, load_benchmark


@pytest.fixture
def speed(monkeypatch):
    """benchmarks/speed.py as a module (it is a script, not part of the package)."""
    monkeypatch.setitem(sys.modules, "bench_speed", None)  # removed again after the test
    return load_benchmark("speed")


needs_shared = pytest.mark.skipif(not (ROOT.parent / "shared" / "real-models").is_dir(),
                                  reason="../shared/real-models is absent")


def test_real_twins_get_per_segment_lengths_and_the_real_window(speed, tmp_path):
    setup = speed.Setup("x", real=True, summary_tokens=80)
    cfg = load_config(speed.bench_config(setup, tmp_path / "m", tmp_path / "b",
                                         tmp_path / "bench.yaml"))
    shipped = load_config()
    t, s = cfg.translation, cfg.summarization
    assert t.spec.model == str(tmp_path / "m") and t.spec.runtime == s.spec.runtime == "auto"
    # Each segment alone, max = ceil(1.04 x its tokens), min above max: exactly max long.
    assert t.batch_size == 1 and t.generation.length_ratio == 1.04
    assert t.generation.max_new_for(47) == 49 and t.generation.min_new_tokens > 1000
    assert s.window_tokens == shipped.summarization.window_tokens  # no 1,000,000 hack
    medium = s.for_length("medium")
    assert (medium.min_new_tokens, medium.max_new_tokens) == (79, 80)
    assert t.generation.num_beams == medium.num_beams == shipped.translation.generation.num_beams
    assert t.use_vmap is shipped.translation.use_vmap is True  # the default: the shortlist
    assert s.use_vmap is shipped.summarization.use_vmap is False
    vm = speed.bench_config(setup, tmp_path / "m", tmp_path / "b", tmp_path / "v.yaml",
                            use_vmap=False, summary_vmap=True)
    assert load_config(vm).translation.use_vmap is False
    assert load_config(vm).summarization.use_vmap is True


def test_made_up_twins_keep_fixed_lengths(speed, tmp_path):
    setup = speed.Setup("x", real=False, translation_tokens=8, summary_tokens=12)
    cfg = load_config(speed.bench_config(setup, tmp_path / "m", tmp_path / "b",
                                         tmp_path / "bench.yaml"))
    assert cfg.translation.generation.max_new_tokens == 8
    assert cfg.summarization.window_tokens == 1_000_000


@needs_shared
def test_the_sample_s_real_token_counts(speed):
    real = speed.twins.REAL
    stats = speed.twins.article_stats(speed.SAMPLE, real / "opus-mt-id-en",
                                      real / "distilbart-cnn-12-6" / "derived-save_pretrained")
    assert (stats["paragraphs"], stats["segments"], stats["source_pieces"], stats["longest"],
            stats["title_pieces"]) == (8, 12, 393, 46, 18)
    assert 380 <= stats["english_bart_tokens"] <= 440  # one summary window, not 1,024 of 7,415


@needs_shared
def test_the_stand_in_english_has_the_translation_s_length(speed):
    stand = speed.twins.EnglishStandIn(speed.twins.REAL / "opus-mt-id-en")
    seg = "Menteri Luar Negeri AS Antony Blinken bertemu dengan Sergei Lavrov di New Delhi."
    english = stand.english(seg)
    assert stand.new_tokens(seg) == -(-104 * (stand.source_pieces(seg) + 1) // 100)
    pieces = len(stand.target.encode(english))
    assert stand.new_tokens(seg) - 1 <= pieces <= stand.new_tokens(seg) + 4
    assert english == stand.english(seg) and english.endswith(".")  # cache-stable
    assert english != stand.english(seg + " Lagi.")


def test_first_output_is_timed_on_a_terminal(speed):
    code = ("import sys, time; print(sys.stdout.isatty(), flush=True); time.sleep(0.4); "
            "print('Blinken and Lavrov meet', flush=True)")
    first, total, rc = speed.first_output([sys.executable, "-c", code], dict(os.environ),
                                          "Blinken and Lavrov meet for the first time")
    assert rc == 0 and first is not None and 0.3 < first <= total
    never, _, _ = speed.first_output([sys.executable, "-c", "print('True')"],
                                     dict(os.environ), "absent headline")
    assert never is None


def test_throughput_briefs_twenty_distinct_indonesian_articles(speed):
    files = speed.throughput_articles()
    assert len(files) == 20 == len({f.read_bytes() for f in files})
    assert not any("-en-" in f.name for f in files)


def test_the_pull_s_rows_give_the_converted_folders(speed):
    out = "/m\tlocal\t/m\tctranslate2 int8: /c/m\n/m\tvmap\t/c/m/vmap.txt\n"
    assert speed.pulled(out, "/m") == "/c/m" and speed.pulled(out, "vmap") == "/c/m/vmap.txt"
    assert speed.pulled(out, "/b") is None


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


@needs_shared
def test_real_config_twins_carry_the_real_files_and_special_tokens(speed, tmp_path):
    from .model_factory import build_real_bart, build_real_marian

    real = speed.twins.REAL
    small = {"d_model": 16, "encoder_layers": 1, "decoder_layers": 1, "encoder_ffn_dim": 16,
             "decoder_ffn_dim": 16, "encoder_attention_heads": 2, "decoder_attention_heads": 2}
    marian = build_real_marian(tmp_path / "m", real / "opus-mt-id-en", **small)
    bart = build_real_bart(tmp_path / "b", real / "distilbart-cnn-12-6", **small)
    for name in ("source.spm", "target.spm", "vocab.json"):
        assert (marian / name).read_bytes() == (real / "opus-mt-id-en" / name).read_bytes()
    m = json.loads((marian / "config.json").read_text())
    g = json.loads((marian / "generation_config.json").read_text())
    assert (m["vocab_size"], m["pad_token_id"], g["num_beams"], g["bad_words_ids"]) == \
        (54_796, 54_795, 6, [[54_795]])
    b = json.loads((bart / "config.json").read_text())
    assert (b["vocab_size"], b["normalize_embedding"], b["d_model"]) == (50_264, True, 16)
    assert (bart / "tokenizer.json").is_file() and (bart / "merges.txt").is_file()


def test_a_warm_contender_imports_nothing_of_the_launcher(tmp_path):
    # contender (c) is timed as the `brief` command: with the stand-in asked for, brief's own
    # run (here `brief --help`, which loads no model) imports neither the launcher's modules nor
    # the twins; the stand-in waits for the first model load
    code = ("import runpy, sys; sys.argv = [sys.argv[1], '--help']\n"
            "try:\n    runpy.run_path(sys.argv[0], run_name='__main__')\n"
            "except SystemExit:\n    pass\n"
            "print(sorted({'twins', 'speed', 'statistics', 'argparse', 'subprocess',\n"
            "              'translator.backends.ctranslate2_backend'} & set(sys.modules)))")
    env = {**os.environ, "BENCH_STAND_IN": str(tmp_path / "twin"), "BRIEF_HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", code, str(ROOT / "benchmarks" / "contender.py")],
                         capture_output=True, text=True, cwd=ROOT, check=True, env=env).stdout
    assert out.strip().splitlines()[-1] == "[]"

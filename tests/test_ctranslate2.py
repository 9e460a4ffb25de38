"""The CTranslate2 runtime: conversion, torch-free tokenizers, equal results, runtime choice."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from translator.backends.convert import convert, converted_dir, find_converted
from translator.backends.ctranslate2_backend import CTranslate2Backend
from translator.backends.hub import ResolvedModel
from translator.backends.subwords import BpeSubwords, MarianSubwords
from translator.backends.transformers_backend import TransformersBackend
from translator.config import Generation, load_config
from translator.translate import translate_paragraphs

from .conftest import SAMPLE, SAMPLES
from .model_factory import corpus_lines

LINES = [line for line in corpus_lines(sorted(SAMPLES.glob("*.txt"))) if len(line) < 200]
GREEDY = Generation(num_beams=1, length_ratio=1.0, length_extra=4)


def local(path) -> ResolvedModel:
    return ResolvedModel(str(path), "local", path)


@pytest.fixture(scope="module")
def float32_pairs(tiny_model_dirs, tmp_path_factory):
    """(transformers, CTranslate2 float32) backends for each tiny model."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BRIEF_HOME", str(tmp_path_factory.mktemp("f32-home")))
        pairs = {}
        for name in ("marian", "bart"):
            r = local(getattr(tiny_model_dirs, name))
            pairs[name] = (TransformersBackend(r), CTranslate2Backend(r, convert(r, "float32")))
        return pairs


@pytest.mark.parametrize("name", ["marian", "bart"])
def test_tokenizers_give_the_tokens_transformers_gives(float32_pairs, name):
    hf, ct2 = float32_pairs[name]
    for line in LINES[:60] + ["", ">>ind<< Halo dunia", "Rp1.500.000 “kutipan” — «ok»"]:
        expected = hf.tokenizer.convert_ids_to_tokens(hf.tokenizer(line)["input_ids"])
        assert ct2.tokenizer.encode(line) == expected, line
        assert ct2.count_tokens(line) == hf.count_tokens(line)


def test_bart_tokenizer_from_vocab_and_merges_matches_tokenizer_json(tiny_model_dirs, tmp_path):
    bart = tiny_model_dirs.bart
    for name in ("vocab.json", "merges.txt"):
        shutil.copy(bart / name, tmp_path / name)
    assert not (tmp_path / "tokenizer.json").exists()
    plain = BpeSubwords(tmp_path)
    hf = TransformersBackend(local(bart)).tokenizer
    for line in LINES[:40]:
        assert plain.encode(line) == hf.convert_ids_to_tokens(hf(line)["input_ids"])
        ids = hf(line)["input_ids"]
        assert plain.decode(plain.encode(line)) == hf.decode(ids, skip_special_tokens=True)


@pytest.mark.parametrize("name", ["marian", "bart"])
@pytest.mark.parametrize("gen", [GREEDY, Generation(num_beams=1, max_new_tokens=12),
                                 Generation(num_beams=3, max_new_tokens=20)],
                         ids=["greedy-ratio", "greedy-max", "beam3"])
def test_float32_ctranslate2_generates_what_transformers_generates(float32_pairs, name, gen):
    hf, ct2 = float32_pairs[name]
    texts = LINES[:10]
    assert ct2.generate_batch(texts, gen) == hf.generate_batch(texts, gen)


def test_guards_flag_the_same_on_both_runtimes(float32_pairs):
    hf, ct2 = float32_pairs["marian"]
    # Greedy: beam search over a random model's near-ties may legitimately part ways.
    tcfg = replace(load_config().translation,
                   generation=Generation(num_beams=1, length_ratio=2.0, length_extra=16),
                   retry=Generation(num_beams=1, no_repeat_ngram_size=3, repetition_penalty=1.3))
    paragraphs = [("— ...", ["— ..."]),
                  ("Harga naik 25 persen menjadi Rp1.500.000 pada 2/3/2023.",
                   ["Harga naik 25 persen menjadi Rp1.500.000 pada 2/3/2023."]),
                  (LINES[3], [LINES[3]])]
    a = translate_paragraphs(hf, paragraphs, tcfg)
    b = translate_paragraphs(ct2, paragraphs, tcfg)
    assert [(p.text, [f.to_dict() for f in p.flags]) for p in a] == \
           [(p.text, [f.to_dict() for f in p.flags]) for p in b]
    assert any(f.code == "untranslated" for f in b[0].flags)


def test_bart_config_without_the_fields_ctranslate2_reads_still_converts(tiny_model_dirs,
                                                                         tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEF_HOME", str(tmp_path / "home"))
    bare = tmp_path / "bart-bare"
    shutil.copytree(tiny_model_dirs.bart, bare)
    config = json.loads((bare / "config.json").read_text())
    for key in ("normalize_before", "normalize_embedding", "add_final_layer_norm"):
        config.pop(key, None)
    (bare / "config.json").write_text(json.dumps(config))
    path = convert(local(bare), "float32")
    assert json.loads((bare / "config.json").read_text()) == config  # the source is untouched
    ct2, hf = CTranslate2Backend(local(bare), path), TransformersBackend(local(bare))
    assert ct2.generate_batch(LINES[:4], GREEDY) == hf.generate_batch(LINES[:4], GREEDY)


def test_a_failed_conversion_leaves_nothing_auto_would_pick(tiny_model_dirs, tmp_path,
                                                            monkeypatch):
    monkeypatch.setenv("BRIEF_HOME", str(tmp_path / "home"))
    r = local(tiny_model_dirs.marian)

    def boom(resolved, quantization, out):
        (out / "model.bin").write_bytes(b"half")  # the model converted, the tokenizer not yet
        raise KeyboardInterrupt  # as if the user pressed Ctrl-C mid-conversion

    with pytest.raises(KeyboardInterrupt):
        convert(r, into=boom)
    assert find_converted(r) is None
    assert not converted_dir(r).exists()
    assert list(converted_dir(r).parent.iterdir()) == []  # no temp folder left either
    # A folder without the finishing mark (e.g. a copy made by hand) is not picked either.
    converted_dir(r).mkdir(parents=True)
    (converted_dir(r) / "model.bin").write_bytes(b"half")
    assert find_converted(r) is None
    monkeypatch.undo()
    monkeypatch.setenv("BRIEF_HOME", str(tmp_path / "home"))
    convert(r)
    assert find_converted(r) is not None


def test_a_changed_local_model_is_converted_again(tiny_model_dirs, tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEF_HOME", str(tmp_path / "home"))
    copy = tmp_path / "marian"
    shutil.copytree(tiny_model_dirs.marian, copy)
    before = converted_dir(local(copy))
    (copy / "generation_config.json").write_text(
        (copy / "generation_config.json").read_text().replace("512", "400"))
    assert converted_dir(local(copy)) != before


def test_models_pull_converts_and_auto_then_runs_ctranslate2(brief, tiny_model_dirs):
    args = tiny_model_dirs.args()
    before = json.loads(brief("--format", "json", *args, str(SAMPLE)).out)
    assert {m["runtime"] for m in before["models"].values()} == {"transformers"}
    listed = brief("models", "list", *args)
    assert listed.out.count("ctranslate2: not converted") == 2

    r = brief("models", "pull", *args)
    assert r.code == 0, r.err
    rows = r.out.splitlines()
    lines = [row for row in rows if "\tvmap\t" not in row]
    assert len(lines) == 2 and all("ctranslate2 int8: " in line for line in lines)
    for line in lines:
        assert (Path(line.split("ctranslate2 int8: ")[1]) / "model.bin").is_file()
    # translation.use_vmap is on by default: pull builds the translator's shortlist too.
    shortlists = [row.split("\t")[2] for row in rows if "\tvmap\t" in row]
    assert len(shortlists) == 1 and Path(shortlists[0]).name == "vmap.txt"
    assert brief("models", "list", *args).out.count("ctranslate2: converted at") == 2

    after = json.loads(brief("--format", "json", *args, str(SAMPLE)).out)
    for role in ("translation", "summarization"):
        assert after["models"][role]["runtime"] == "ctranslate2"
    assert after["models"]["translation"]["quantization"] == "int8+vmap"
    assert after["models"]["summarization"]["quantization"] == "int8"
    forced = json.loads(brief("--format", "json", "--runtime", "transformers", *args,
                              str(SAMPLE)).out)
    assert forced["models"]["translation"]["runtime"] == "transformers"
    assert forced["models"]["translation"]["quantization"] == "float32"


def test_runtime_ctranslate2_without_a_converted_copy_exits_3(brief, tiny_model_dirs):
    r = brief("--runtime", "ctranslate2", *tiny_model_dirs.args(), str(SAMPLE))
    assert r.code == 3
    assert "brief models pull" in r.err and len(r.err.strip().splitlines()) == 1


def test_runtime_in_models_yaml_is_validated(brief, tmp_path):
    cfg = tmp_path / "models.yaml"
    cfg.write_text("translation: {model: x, runtime: ctranslate2}\n"
                   "summarization: {model: y, runtime: auto}\n")
    config = load_config(cfg)
    assert (config.translation.spec.runtime, config.summarization.spec.runtime) == \
           ("ctranslate2", "auto")
    assert config.with_runtime("transformers").summarization.spec.runtime == "transformers"
    assert load_config().translation.spec.runtime == "auto"
    r = brief("--runtime", "onnx", str(SAMPLE))
    assert r.code == 2 and "--runtime" in r.err


def test_marian_decode_drops_special_tokens(tiny_model_dirs):
    tok = MarianSubwords(tiny_model_dirs.marian)
    pieces = tok.encode("Menteri Luar Negeri")
    assert pieces[-1] == "</s>"
    assert tok.decode(["<pad>", *pieces]) == "Menteri Luar Negeri"


def test_a_hub_snapshot_is_found_from_the_cache_layout_alone(tmp_path, monkeypatch):
    from translator.backends.hub import find_snapshot
    from translator.config import ModelSpec

    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "hub"))
    repo = tmp_path / "hub" / "models--Helsinki-NLP--opus-mt-id-en"
    commit = "0123456789abcdef0123456789abcdef01234567"
    spec = ModelSpec("Helsinki-NLP/opus-mt-id-en")
    assert find_snapshot(spec) is None
    (repo / "refs").mkdir(parents=True)
    (repo / "refs" / "main").write_text(commit)
    (repo / "snapshots" / commit).mkdir(parents=True)
    (repo / "snapshots" / commit / "config.json").write_text("{}")
    assert find_snapshot(spec) is None  # no weights yet
    (repo / "snapshots" / commit / "model.safetensors").write_bytes(b"x")
    found = find_snapshot(spec)
    assert (found.revision, found.path) == (commit, repo / "snapshots" / commit)
    assert find_snapshot(ModelSpec(spec.model, revision=commit)) == found
    assert find_snapshot(ModelSpec(spec.model, revision="v2")) is None


@pytest.mark.parametrize("name", ["marian", "bart"])
def test_fixed_length_settings_min_equal_max_are_accepted(float32_pairs, name):
    """Benchmarks fix lengths with min_new_tokens == max_new_tokens; both runtimes take it."""
    hf, ct2 = float32_pairs[name]
    gen = Generation(num_beams=2, min_new_tokens=8, max_new_tokens=8)
    outs = ct2.generate_batch(LINES[:3], gen)
    assert len(outs) == 3 and len(hf.generate_batch(LINES[:3], gen)) == 3
    assert all(ct2.count_tokens(o) >= 4 for o in outs)

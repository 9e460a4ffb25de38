"""The vocabulary shortlist (translator/backends/vmap.py) and translation.use_vmap."""

from __future__ import annotations

import gzip
import shutil

import pytest

from translator.backends import vmap
from translator.config import load_config, parse_config
from translator.errors import ConfigError, InputError, ModelUnavailable


class Words:
    """A stand-in sentencepiece processor: pieces are the words."""

    def encode(self, text: str, out_type=str) -> list[str]:
        return text.split()


PAIRS = [("kucing itu tidur", "the cat sleeps"), ("kucing makan", "the cat eats"),
         ("anjing itu tidur", "the dog sleeps"), ("anjing makan", "the dog eats")]


def test_each_source_piece_brings_its_co_occurring_pieces_and_itself():
    rules = vmap.build(PAIRS, Words(), Words(), top_k=1, frequent=1, source_vocab=["Jakarta"])
    assert rules[""] == ["the"]  # in every line: always allowed
    assert rules["kucing"][:2] == ["kucing", "cat"]  # itself (a name is copied), then "cat"
    assert rules["anjing"][:2] == ["anjing", "dog"]
    assert rules["Jakarta"] == ["Jakarta"]  # never seen: only itself


def test_a_line_s_shortlist_is_the_union_of_its_pieces_rules():
    rules = {"": ["the"], "kucing": ["cat"], "tidur": ["sleeps"]}
    assert vmap.shortlist(rules, ["kucing", "tidur", "x"]) == {"the", "cat", "sleeps"}


def test_coverage_counts_the_output_pieces_inside_their_line_s_shortlist():
    rules = {"": ["the"], "kucing": ["cat"]}
    share, size = vmap.coverage(rules, [("kucing", "the cat sleeps")], Words(), Words())
    assert share == pytest.approx(2 / 3) and size == 2


def test_the_file_is_ctranslate2_s_format_and_reads_back(tmp_path):
    rules = {"": ["the", "a"], "kucing": ["kucing", "cat", "ghost"]}
    path = vmap.write(rules, tmp_path / vmap.FILE, vocab={"the", "a", "kucing", "cat"})
    assert path.read_text(encoding="utf-8").splitlines() == ["\tthe a", "kucing\tkucing cat"]
    assert vmap.read(path) == {"": ["the", "a"], "kucing": ["kucing", "cat"]}


def test_parallel_files_must_be_aligned_and_may_be_gzipped(tmp_path):
    src, tgt = tmp_path / "a.id", tmp_path / "a.en.gz"
    src.write_text("satu\ndua\n", encoding="utf-8")
    with gzip.open(tgt, "wt", encoding="utf-8") as f:
        f.write("one\ntwo\n")
    assert vmap.read_pairs([(src, tgt)]) == [("satu", "one"), ("dua", "two")]
    src.write_text("satu\n", encoding="utf-8")
    with pytest.raises(InputError, match="1 lines but"):
        vmap.read_pairs([(src, tgt)])


def test_use_vmap_is_off_by_default_and_must_be_a_flag():
    assert load_config().translation.use_vmap is False
    text = "translation: {model: m, use_vmap: %s}\nsummarization: {model: s}\n"
    assert parse_config(text % "true", "t").translation.use_vmap is True
    with pytest.raises(ConfigError, match="use_vmap must be true or false"):
        parse_config(text % "'yes'", "t")


def _converted_marian(store, tmp_path):
    found = sorted(store.glob("local--marian*/*/int8"))
    assert found, "the tiny Marian's converted copy"
    return shutil.copytree(found[0], tmp_path / "marian-ct2")


def test_a_model_without_a_shortlist_says_how_to_build_one(tiny_ct2_store, tmp_path):
    from translator.backends.ctranslate2_backend import CTranslate2Backend
    from translator.backends.hub import ResolvedModel

    folder = _converted_marian(tiny_ct2_store, tmp_path)
    backend = CTranslate2Backend(ResolvedModel("m", "local", folder), folder)
    with pytest.raises(ModelUnavailable, match="--vmap-corpus"):
        backend.enable_vmap()


def test_with_the_shortlist_ctranslate2_writes_only_its_pieces(tiny_ct2_store, tmp_path):
    from translator.backends.ctranslate2_backend import CTranslate2Backend
    from translator.backends.hub import ResolvedModel
    from translator.config import Generation

    folder = _converted_marian(tiny_ct2_store, tmp_path)
    text = "Presiden Joko Widodo meresmikan bendungan di Jawa Tengah."
    plain = CTranslate2Backend(ResolvedModel("m", "local", folder), folder)
    pieces = plain.tokenizer.encode(text)[:-1]
    # Each source piece may bring only itself: the output can hold nothing else.
    vmap.write({p: [p] for p in pieces}, folder / vmap.FILE)
    backend = CTranslate2Backend(ResolvedModel("m", "local", folder), folder)
    backend.enable_vmap()
    assert backend.signature().quantization == "int8+vmap"  # another cache key
    calls = []
    translate = backend.translator.translate_batch

    def spy(tokens, **kw):
        calls.append(kw.get("use_vmap"))
        out = translate(tokens, **kw)
        calls.append(out[0].hypotheses[0])
        return out

    backend.translator = type("T", (), {"translate_batch": staticmethod(spy)})()
    backend.generate_batch([text], Generation(num_beams=2, min_new_tokens=8, max_new_tokens=12))
    assert calls[0] is True
    assert calls[1] and set(calls[1]) <= set(pieces) | {"</s>", "<unk>"}


def test_models_pull_builds_the_shortlist_into_the_translation_model(
        brief, tiny_model_dirs, tiny_ct2_store, monkeypatch, tmp_path):
    from translator.backends.convert import store_root

    store_root().parent.mkdir(parents=True, exist_ok=True)  # converted already: no conversion
    store_root().symlink_to(tiny_ct2_store, target_is_directory=True)
    src, tgt = tmp_path / "c.id", tmp_path / "c.en"
    src.write_text("kucing tidur\n", encoding="utf-8")
    tgt.write_text("the cat sleeps\n", encoding="utf-8")
    calls = []
    monkeypatch.setattr(vmap, "write_for_model",  # the session's converted copy stays as is
                        lambda folder, corpus: calls.append((folder, corpus)) or folder / "v")
    r = brief("models", "pull", *tiny_model_dirs.args(), "--vmap-corpus", str(src), str(tgt))
    assert r.code == 0, r.err
    assert len(calls) == 1 and calls[0][1] == ((str(src), str(tgt)),)
    assert (calls[0][0] / "source.spm").is_file()  # the Marian copy, not BART's
    rows = [row.split("\t") for row in r.out.splitlines()]
    assert [row[1:] for row in rows if row[1] == "vmap"] == [["vmap", str(calls[0][0] / "v")]]

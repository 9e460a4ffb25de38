"""The vocabulary shortlist (translator/backends/vmap.py) and translation.use_vmap."""

from __future__ import annotations

import gzip
import shutil

import pytest

from translator.backends import vmap
from translator.config import load_config, parse_config
from translator.errors import ConfigError, InputError


class Words:
    """A stand-in sentencepiece processor: pieces are the words."""

    def encode(self, text: str, out_type=str) -> list[str]:
        return text.split()


PAIRS = [("kucing itu tidur", "the cat sleeps"), ("kucing makan", "the cat eats"),
         ("anjing itu tidur", "the dog sleeps"), ("anjing makan", "the dog eats")]


class Scored(Words):
    """A stand-in sentencepiece processor with piece scores (log-probabilities), as a real
    target.spm has; control pieces are never candidates."""

    PIECES = [("<unk>", 0.0), ("</s>", 0.0), ("\u2581a", -1.0), ("\u2581the", -2.0),
              ("\u2581cat", -3.0)]

    def get_piece_size(self) -> int:
        return len(self.PIECES)

    def id_to_piece(self, i: int) -> str:
        return self.PIECES[i][0]

    def get_score(self, i: int) -> float:
        return self.PIECES[i][1]

    def is_control(self, i: int) -> bool:
        return i == 1

    def is_unknown(self, i: int) -> bool:
        return i == 0


class Chunks(Words):
    """A stand-in target.spm that cuts each word in three-letter pieces (marking a word's
    start), so a copied name is segmented unlike the source side."""

    def encode(self, text: str, out_type=str) -> list[str]:
        return [("\u2581" if i == 0 else "") + w[i:i + 3]
                for w in text.split() for i in range(0, len(w), 3)]


def test_each_source_piece_brings_its_co_occurring_pieces_and_itself():
    rules = vmap.build(PAIRS, Words(), Words(), top_k=1, frequent=1, source_vocab=["Jakarta"])
    assert rules[""] == ["the"]  # in every line: always allowed
    assert rules["kucing"][0] == "kucing" and rules["kucing"][-1] == "cat"  # itself, then "cat"
    assert rules["anjing"][0] == "anjing" and rules["anjing"][-1] == "dog"
    assert "Jakarta" in rules["Jakarta"] and "dog" not in rules["Jakarta"]  # never seen
    assert vmap.build(PAIRS, Words(), Words(), top_k=1, frequent=1, copy=False)["kucing"] == \
        ["kucing", "cat"]


def test_the_always_allowed_pieces_are_the_target_model_s_likeliest():
    # "the" is in every target line, but target.spm's scores rank "a" first: they rule.
    rules = vmap.build(PAIRS, Words(), Scored(), top_k=0, frequent=2)
    assert rules[""] == ["\u2581a", "\u2581the"]
    assert vmap.ranked(Scored()) == ["\u2581a", "\u2581the", "\u2581cat"]  # no <unk>, </s>


def test_a_source_piece_brings_the_target_pieces_that_write_its_text_in_any_case():
    assert vmap.copies("\u2581Dalhousie", Chunks()) == [
        "\u2581Dal", "Dal", "hou", "\u2581hou", "sie", "\u2581sie",
        "\u2581dal", "dal", "\u2581DAL", "DAL", "HOU", "\u2581HOU", "SIE", "\u2581SIE"]
    rules = vmap.build([], Words(), Chunks(), frequent=0, source_vocab=["\u2581Jakarta", "42"])
    assert {"\u2581Jak", "art", "a", "\u2581jak"} <= set(rules["\u2581Jakarta"])
    assert rules["42"] == ["42", "\u258142"]  # itself, then its pieces in or after a word


def test_a_line_s_shortlist_is_the_union_of_its_pieces_rules():
    rules = {"": ["the"], "kucing": ["cat"], "tidur": ["sleeps"]}
    assert vmap.shortlist(rules, ["kucing", "tidur", "x"]) == {"the", "cat", "sleeps"}


def test_n_gram_rules_apply_to_consecutive_source_pieces_as_in_ctranslate2():
    rules = {"": ["the"], "New": ["new"], "New York": ["York"], "a b c": ["abc"]}
    assert vmap.shortlist(rules, ["New", "York"]) == {"the", "new", "York"}
    assert vmap.shortlist(rules, ["York", "New"]) == {"the", "new"}  # not consecutive in order
    assert vmap.shortlist(rules, ["x", "a", "b", "c"]) == {"the", "abc"}
    assert vmap.shortlist(rules, ["a", "b"]) == {"the"}
    assert vmap.ngram_order(rules) == 3


def test_coverage_counts_the_output_pieces_inside_their_line_s_shortlist():
    rules = {"": ["the"], "kucing": ["cat"]}
    share, size = vmap.coverage(rules, [("kucing", "the cat sleeps")], Words(), Words())
    assert share == pytest.approx(2 / 3) and size == 2


def test_the_file_is_ctranslate2_s_format_and_reads_back(tmp_path):
    rules = {"": ["the", "a"], "kucing": ["kucing", "cat", "ghost"]}
    path = vmap.write(rules, tmp_path / vmap.FILE, vocab={"the", "a", "kucing", "cat"})
    assert path.read_text(encoding="utf-8").splitlines() == ["\tthe a", "kucing\tkucing cat"]
    assert vmap.read(path) == {"": ["the", "a"], "kucing": ["kucing", "cat"]}
    vmap.write({"New York": ["York"]}, path)
    assert vmap.read(path) == {"New York": ["York"]}  # n-gram rules read back too


def test_parallel_files_must_be_aligned_and_may_be_gzipped(tmp_path):
    src, tgt = tmp_path / "a.id", tmp_path / "a.en.gz"
    src.write_text("satu\ndua\n", encoding="utf-8")
    with gzip.open(tgt, "wt", encoding="utf-8") as f:
        f.write("one\ntwo\n")
    assert vmap.read_pairs([(src, tgt)]) == [("satu", "one"), ("dua", "two")]
    src.write_text("satu\n", encoding="utf-8")
    with pytest.raises(InputError, match="1 lines but"):
        vmap.read_pairs([(src, tgt)])


def test_use_vmap_is_on_by_default_and_must_be_a_flag():
    assert load_config().translation.use_vmap is True  # the shipped models.yaml
    text = "translation: {model: m, use_vmap: %s}\nsummarization: {model: s}\n"
    # A file that does not name it gets the default; false turns it off.
    assert parse_config("translation: {model: m}\nsummarization: {model: s}\n",
                        "t").translation.use_vmap is True
    assert parse_config(text % "false", "t").translation.use_vmap is False
    with pytest.raises(ConfigError, match="use_vmap must be true or false"):
        parse_config(text % "'yes'", "t")


def _converted_marian(store, tmp_path):
    found = sorted(store.glob("local--marian*/*/int8"))
    assert found, "the tiny Marian's converted copy"
    copy = shutil.copytree(found[0], tmp_path / "marian-ct2")
    (copy / vmap.FILE).unlink(missing_ok=True)  # built there by an earlier run's first use
    return copy


def test_a_model_converted_without_a_shortlist_gets_the_lossless_one(tiny_ct2_store, tmp_path):
    from translator.backends.ctranslate2_backend import CTranslate2Backend
    from translator.backends.hub import ResolvedModel

    folder = _converted_marian(tiny_ct2_store, tmp_path)
    assert not (folder / vmap.FILE).exists()  # converted before shortlists were the default
    found = ResolvedModel("m", "local", folder)
    backend = CTranslate2Backend(found, folder)
    backend.enable_vmap()
    rules = vmap.read(folder / vmap.FILE)
    assert backend.use_vmap and len(rules[""]) > 0  # every English piece, always allowed
    assert backend.signature().quantization == "int8+vmap"


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
    assert "counts only with --vmap-size" in r.err  # the default shortlist needs no corpus
    assert len(calls) == 1 and calls[0][1] == ((str(src), str(tgt)),)
    assert (calls[0][0] / "source.spm").is_file()  # the Marian copy, not BART's
    rows = [row.split("\t") for row in r.out.splitlines()]
    assert [row[1:] for row in rows if row[1] == "vmap"] == [["vmap", str(calls[0][0] / "v")]]


def test_models_pull_with_vmap_alone_builds_from_the_tokenizers(
        brief, tiny_model_dirs, tiny_ct2_store, monkeypatch, tmp_path):
    from translator.backends.convert import store_root

    store_root().parent.mkdir(parents=True, exist_ok=True)
    store_root().symlink_to(tiny_ct2_store, target_is_directory=True)
    calls = []
    monkeypatch.setattr(vmap, "write_for_model", lambda folder, corpus, **kw:
                        calls.append((folder, corpus, kw)) or folder / "v")
    r = brief("models", "pull", *tiny_model_dirs.args(), "--vmap")
    assert r.code == 0, r.err
    assert [c[1:] for c in calls] == [((), {})]  # no corpus: the tokenizers alone
    r = brief("models", "pull", *tiny_model_dirs.args(), "--vmap-size", "26000")
    assert r.code == 0, r.err
    assert calls[-1][1:] == ((), {"frequent": 26000})
    r = brief("models", "pull", *tiny_model_dirs.args(), "--vmap-size", "0")
    assert r.code == 2 and "brief: error:" in r.err and "--vmap-size" in r.err
    calls.clear()
    config = tmp_path / "models.yaml"
    config.write_text(f"translation: {{model: {tiny_model_dirs.marian}, use_vmap: false}}\n"
                      f"summarization: {{model: {tiny_model_dirs.bart}}}\n", encoding="utf-8")
    assert brief("models", "pull", "--config", str(config), *tiny_model_dirs.args()).code == 0
    assert calls == []  # neither asked for nor needed
    config.write_text(config.read_text(encoding="utf-8").replace("false", "true"),
                      encoding="utf-8")
    for built in tiny_ct2_store.glob("local--marian*/*/int8/vmap.txt"):
        built.unlink()  # an earlier test's run built it on first use: pull keeps one it finds
    assert brief("models", "pull", "--config", str(config), *tiny_model_dirs.args()).code == 0
    assert [c[1:] for c in calls] == [((), {})]  # translation.use_vmap needs one: built


def test_a_shortlist_without_a_corpus_has_the_likeliest_pieces_and_the_copies(
        tiny_ct2_store, tmp_path):
    import sentencepiece as spm

    folder = _converted_marian(tiny_ct2_store, tmp_path)
    target = spm.SentencePieceProcessor(model_file=str(folder / "target.spm"))
    rules = vmap.read(vmap.write_for_model(folder, [], frequent=5))
    assert rules[""] == vmap.ranked(target)[:5]
    name = target.encode("Jakarta", out_type=str)
    assert any(set(name) <= set(v) for v in rules.values())  # a name can be copied
    empty = tmp_path / "empty.txt"
    empty.write_text("\n", encoding="utf-8")
    with pytest.raises(InputError, match="no aligned lines"):
        vmap.write_for_model(folder, [(empty, empty)])


def test_by_default_the_shortlist_is_the_english_tokenizer_s_pieces_and_blocks_nothing(
        tiny_ct2_store, tmp_path):
    import sentencepiece as spm

    folder = _converted_marian(tiny_ct2_store, tmp_path)
    target = spm.SentencePieceProcessor(model_file=str(folder / "target.spm"))
    path = vmap.write_for_model(folder, [])
    assert len(path.read_text(encoding="utf-8").splitlines()) == 1  # the always line alone
    allowed = vmap.shortlist(vmap.read(path), [])
    english = "The President opened 3 dams in Central Java on Tuesday, 12 March 2024."
    assert set(target.encode(english, out_type=str)) <= allowed
    assert len(allowed) == sum(1 for _ in vmap._pieces(target))

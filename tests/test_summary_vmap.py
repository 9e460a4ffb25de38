"""The summariser's copy-biased shortlist (summary_vmap) and summarization.use_vmap."""

from __future__ import annotations

import shutil

import pytest

from translator.backends import summary_vmap
from translator.config import parse_config
from translator.errors import InputError


def test_a_copied_word_may_come_back_with_or_without_its_space_and_capital():
    assert set(summary_vmap.forms(" tsunami")) == {" tsunami", "tsunami", " Tsunami", "Tsunami"}
    assert set(summary_vmap.forms("Jakarta")) == {" Jakarta", "Jakarta", " jakarta", "jakarta"}


def test_each_piece_brings_the_pieces_that_write_its_other_forms(tiny_ct2_store, tmp_path):
    # A case change can split a word differently (" tsunami" is one piece of the real BART,
    # " Tsunami" three): the pieces of every form must be allowed, or a summary could not
    # start a sentence with a word of its source.
    from translator.backends.subwords import load_subwords

    tok = load_subwords(_converted_bart(tiny_ct2_store, tmp_path), "bpe").tok
    rules = summary_vmap.copy_rules(tok)
    words = [p for p in tok.get_vocab() if p[:1] == "\u0120" and p[1:].isalpha()
             and p[1:].islower()]
    split = 0
    for piece in words:
        capital = tok.encode(" " + piece[1:].capitalize(), add_special_tokens=False).tokens
        split += capital != [piece[0] + piece[1:].capitalize()]
        assert rules[piece][0] == piece
        assert set(capital) <= set(rules[piece]), piece
    assert split, "some capitalised word splits into other pieces"
    assert "<s>" not in rules  # specials bring nothing


def test_without_a_corpus_the_frequent_pieces_follow_the_vocabulary_order():
    vocab = {"<s>": 0, "<pad>": 1, "</s>": 2, "<unk>": 3, ".": 4, "\u0120the": 5, ",": 6}
    assert summary_vmap.vocab_order(vocab, 2) == [".", "\u0120the"]


def test_frequent_pieces_are_counted_in_the_corpus():
    class Words:
        def encode(self, text):
            return ["<s>", *text.split(), "</s>"]

    assert summary_vmap.frequent_pieces(["a b a", "b a c", ""], Words(), 2) == ["a", "b"]


def test_coverage_counts_summary_pieces_inside_their_source_s_shortlist():
    rules = {"": ["<s>", "</s>", "the"], "x": ["x", "X"], "y": ["y"]}
    fig = summary_vmap.coverage(rules, [(["x"], ["<s>", "X", "the", "z", "</s>"]),
                                        (["y"], ["y", "the"])])
    assert fig["coverage"] == pytest.approx(4 / 5)  # z is outside; specials are not counted
    assert fig["whole"] == pytest.approx(1 / 2)
    assert fig["size"] == pytest.approx((5 + 4) / 2)


def test_summary_use_vmap_is_off_by_default_and_read_from_the_config():
    base = "translation: {model: m}\nsummarization: {model: s%s}\n"
    assert parse_config(base % "", "t").summarization.use_vmap is False
    assert parse_config(base % ", use_vmap: true", "t").summarization.use_vmap is True


def _converted_bart(store, tmp_path):
    found = sorted(store.glob("local--bart*/*/int8"))
    assert found, "the tiny BART's converted copy"
    copy = shutil.copytree(found[0], tmp_path / "bart-ct2")
    (copy / summary_vmap.FILE).unlink(missing_ok=True)
    return copy


def test_a_summariser_without_a_shortlist_gets_one_built_or_runs_without(tiny_ct2_store,
                                                                           tmp_path):
    from translator.backends.ctranslate2_backend import CTranslate2Backend
    from translator.backends.hub import ResolvedModel

    folder = _converted_bart(tiny_ct2_store, tmp_path)
    backend = CTranslate2Backend(ResolvedModel("b", "local", folder), folder)
    backend.enable_vmap()  # built on the spot from its own vocabulary
    assert (folder / summary_vmap.FILE).is_file() and backend.use_vmap
    assert backend.signature().quantization.endswith("+vmap")
    (folder / summary_vmap.FILE).unlink()
    (folder / "vocab.json").unlink()  # now none can be built: the model runs without one
    other = CTranslate2Backend(ResolvedModel("b", "local", folder), folder,
                               tokenizer=backend.tokenizer)
    other.enable_vmap()
    assert not other.use_vmap and "+vmap" not in other.signature().quantization


def test_a_shortlist_needs_a_bpe_model(tmp_path):
    with pytest.raises(InputError, match="BPE"):
        summary_vmap.write_for_model(tmp_path)


def test_with_the_shortlist_the_summary_holds_only_its_pieces(tiny_ct2_store, tmp_path):
    from translator.backends.ctranslate2_backend import CTranslate2Backend
    from translator.backends.hub import ResolvedModel
    from translator.config import Generation

    folder = _converted_bart(tiny_ct2_store, tmp_path)
    path = summary_vmap.write_for_model(folder, frequent=5)
    rules = {k: v.split() for k, _, v in
             (line.partition("\t") for line in path.read_text(encoding="utf-8").splitlines())}
    backend = CTranslate2Backend(ResolvedModel("b", "local", folder), folder)
    backend.enable_vmap()
    assert backend.signature().quantization == "int8+vmap"  # another cache key
    text = "The minister opened the dam in Central Java on Monday."
    source = backend.tokenizer.encode(text)
    seen = []
    translate = backend.translator.translate_batch

    def spy(tokens, **kw):
        out = translate(tokens, **kw)
        seen.extend(out[0].hypotheses[0])
        return out

    backend.translator = type("T", (), {"translate_batch": staticmethod(spy)})()
    backend.generate_batch([text], Generation(num_beams=2, min_new_tokens=10, max_new_tokens=12))
    assert seen and set(seen) <= summary_vmap.shortlist(rules, source) | {"<unk>"}

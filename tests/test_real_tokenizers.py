"""The default translation model's real tokenizer files (../shared/real-models, no weights):
the sample's segments fit models.yaml's limit counted in the real model's tokens."""

from __future__ import annotations

from pathlib import Path

import pytest

from translator.clean import clean
from translator.config import load_config
from translator.segment import segment_paragraphs

from .conftest import ROOT, SAMPLE

CANDIDATES = (Path("/work/shared/real-models"), ROOT.parent / "shared" / "real-models")
REAL = next((p for p in CANDIDATES if (p / "opus-mt-id-en" / "source.spm").is_file()), None)
pytestmark = pytest.mark.skipif(
    REAL is None, reason="real tokenizer files absent (../shared/real-models/opus-mt-id-en)")


@pytest.fixture(scope="module")
def marian_tokenizer():
    from transformers import MarianTokenizer

    return MarianTokenizer.from_pretrained(str(REAL / "opus-mt-id-en"))


def test_the_samples_segments_fit_the_limit_in_real_source_spm_tokens(marian_tokenizer):
    limit = load_config().translation.max_input_tokens
    article = clean(SAMPLE.read_text(encoding="utf-8"))
    texts = ([article.title] if article.title else []) + list(article.paragraphs)
    count = lambda text: len(marian_tokenizer(text)["input_ids"])  # noqa: E731 - </s> included
    segmented = segment_paragraphs(texts, count, limit)
    segments = [s for segs in segmented for s in segs]
    assert segments and all(count(s) <= limit for s in segments)
    # The real pieces are Indonesian subwords: far fewer tokens than characters.
    assert sum(map(count, segments)) < sum(map(len, segments)) / 2


@pytest.fixture(scope="module")
def real_config_marian(tmp_path_factory):
    """A Marian with opus-mt-id-en's real config (shrunk: d_model 16, one layer each side;
    vocab, special tokens and generation_config.json as they are), random weights, its real
    tokenizer files, and <pad> favoured by a large logit bias: only `bad_words_ids` keeps a
    decoder from emitting it."""
    import json
    import shutil

    import torch
    from transformers import GenerationConfig, MarianConfig, MarianMTModel

    src = REAL / "opus-mt-id-en"
    out = tmp_path_factory.mktemp("real-config-marian")
    real = json.loads((src / "config.json").read_text(encoding="utf-8"))
    small = dict(d_model=16, encoder_layers=1, decoder_layers=1, encoder_attention_heads=2,
                 decoder_attention_heads=2, encoder_ffn_dim=32, decoder_ffn_dim=32)
    keep = {k: v for k, v in real.items() if k not in ("_name_or_path", "transformers_version")}
    torch.manual_seed(0)
    model = MarianMTModel(MarianConfig(**{**keep, **small}))
    with torch.no_grad():
        model.final_logits_bias[0, real["pad_token_id"]] = 50.0
    model.generation_config = GenerationConfig.from_pretrained(src)
    model.save_pretrained(out)
    for name in ("source.spm", "target.spm", "vocab.json", "tokenizer_config.json",
                 "special_tokens_map.json", "generation_config.json"):
        shutil.copyfile(src / name, out / name)
    return out, real


def test_a_real_config_marian_converts_and_keeps_the_real_generation_defaults(
        real_config_marian, marian_tokenizer, tmp_path, monkeypatch):
    from translator.backends.convert import convert
    from translator.backends.ctranslate2_backend import CTranslate2Backend
    from translator.backends.hub import ResolvedModel
    from translator.backends.transformers_backend import TransformersBackend
    from translator.config import Generation

    monkeypatch.setenv("BRIEF_HOME", str(tmp_path / "home"))
    folder, real = real_config_marian
    resolved = ResolvedModel(str(folder), "local", folder)
    ct2 = CTranslate2Backend(resolved, convert(resolved, "float32"))
    hf = TransformersBackend(resolved)
    pad = real["pad_token_id"]
    line = "Menteri Luar Negeri AS Antony Blinken bertemu Sergey Lavrov di New Delhi."
    assert ct2.count_tokens(line) == hf.count_tokens(line) == \
        len(marian_tokenizer(line)["input_ids"])
    # Unset settings fall back to the model's own: num_beams 6, max_length 512 (less the
    # decoder start and the forced </s>); models.yaml's num_beams overrides them.
    assert ct2._options(Generation(), 10)["beam_size"] == 6
    assert ct2._options(Generation(), 10)["max_decoding_length"] == real["max_length"] - 2
    yaml_gen = load_config().translation.generation
    assert ct2._options(yaml_gen, 10)["beam_size"] == yaml_gen.num_beams != 6
    # bad_words_ids: <pad> (the decoder start) never comes out, however favoured.
    gen = Generation(num_beams=2, max_new_tokens=6)
    enc = hf.tokenizer([line], return_tensors="pt")
    ids = hf.model.generate(**enc, num_beams=2, max_new_tokens=6)[0].tolist()
    assert ids[0] == pad and pad not in ids[1:]
    tokens = ct2.translator.translate_batch([ct2.tokenizer.encode(line)],
                                            **ct2._options(gen, 20))[0].hypotheses[0]
    assert tokens and "<pad>" not in tokens
    assert ct2.generate([line], gen) == hf.generate([line], gen)


def test_a_converted_copy_lists_the_source_pieces_vocab_json_lacks_and_encodes_without_it(
        real_config_marian, marian_tokenizer, tmp_path, monkeypatch):
    """opus-mt-id-en's source.spm has pieces its vocab.json lacks ("|", "記"), which
    MarianTokenizer encodes as <unk>: the converted copy lists them in brief.json, so brief
    encodes as MarianTokenizer does without reading the 1.4 MB vocab.json on every run."""
    import json

    from translator.backends.convert import convert, read_meta
    from translator.backends.hub import ResolvedModel
    from translator.backends.subwords import load_subwords

    monkeypatch.setenv("BRIEF_HOME", str(tmp_path / "home"))
    folder, _ = real_config_marian
    converted = convert(ResolvedModel(str(folder), "local", folder), "float32")
    unknown = read_meta(converted)["source_unknown"]
    vocab = json.loads((folder / "vocab.json").read_text(encoding="utf-8"))
    assert unknown and not set(unknown) & vocab.keys()
    assert "▁untuknya" in unknown and "▁untuk" not in unknown
    listed = load_subwords(converted, "marian", unknown)
    old = load_subwords(converted, "marian")  # a copy converted before the list: vocab.json
    lines = ["Jakarta | Harga naik □ 5 persen, kata 記者 ヒーロー.",  # listed pieces
             "Menteri Luar Negeri AS Antony Blinken bertemu Sergey Lavrov di New Delhi.",
             "Rumah itu dibangun untuknya sendiri, kaulah orangnya.", ""]
    for line in lines[:3]:
        expected = marian_tokenizer.convert_ids_to_tokens(marian_tokenizer(line)["input_ids"])
        assert listed.encode(line) == old.encode(line) == expected, line
    assert listed.encode(lines[0]).count("<unk>") == 5  # |, 記, ヒ, ー twice (▁□ is known)
    assert "vocab" not in vars(listed)  # never read
    # A character source.spm does not know at all is looked up in vocab.json (on first need).
    line = "Harga naik 记 ً persen — katanya."
    expected = marian_tokenizer.convert_ids_to_tokens(marian_tokenizer(line)["input_ids"])
    assert listed.encode(line) == expected

"""Fast checks that the tiny model factory yields loadable, working models."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch
from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

from .model_factory import build_bart, build_marian, corpus_lines

pytestmark = pytest.mark.filterwarnings("ignore:Recommended. pip install sacremoses")

SAMPLES = sorted((Path(__file__).resolve().parent.parent / "samples").glob("*.txt"))
# Every word occurs in samples/sindonews-blinken-lavrov.txt.
SENTENCE = "Menteri Luar Negeri Rusia Sergey Lavrov berbicara singkat dengan Blinken."


@pytest.fixture(scope="module")
def corpus() -> list[str]:
    lines = corpus_lines(SAMPLES)
    assert lines and all(line == line.strip() and line for line in lines)
    return lines


@pytest.fixture(scope="module")
def marian_dir(tmp_path_factory: pytest.TempPathFactory, corpus: list[str]) -> Path:
    return build_marian(tmp_path_factory.mktemp("marian"), corpus)


@pytest.fixture(scope="module")
def bart_dir(tmp_path_factory: pytest.TempPathFactory, corpus: list[str]) -> Path:
    return build_bart(tmp_path_factory.mktemp("bart"), corpus)


def test_sample_words_present(corpus: list[str]) -> None:
    words = set(" ".join(corpus).replace(".", " ").split())
    assert set(SENTENCE.rstrip(".").split()) <= words


def test_marian_tokenizer_round_trip(marian_dir: Path) -> None:
    tok = AutoTokenizer.from_pretrained(marian_dir)
    assert type(tok).__name__ == "MarianTokenizer"
    ids = tok(SENTENCE)["input_ids"]
    assert ids[-1] == tok.eos_token_id == 0
    assert tok.unk_token_id == 1 and tok.unk_token_id not in ids
    assert tok.pad_token_id == len(tok) - 1
    assert tok.decode(ids, skip_special_tokens=True) == SENTENCE


def test_bart_tokenizer_round_trip(bart_dir: Path) -> None:
    tok = AutoTokenizer.from_pretrained(bart_dir)
    assert (tok.bos_token_id, tok.pad_token_id, tok.eos_token_id, tok.unk_token_id) == (0, 1, 2, 3)
    assert tok.mask_token_id == len(tok) - 1
    ids = tok(SENTENCE)["input_ids"]
    assert ids[0] == 0 and ids[-1] == 2 and 3 not in ids
    assert tok.decode(ids, skip_special_tokens=True) == SENTENCE
    # Byte-level BPE round-trips text it never saw, too.
    other = "The quick brown fox — naïve café."
    assert tok.decode(tok(other)["input_ids"], skip_special_tokens=True) == other


@pytest.mark.parametrize("which", ["marian", "bart"])
def test_generate_returns_ids_within_vocab(which: str, request: pytest.FixtureRequest) -> None:
    d: Path = request.getfixturevalue(f"{which}_dir")
    tok = AutoTokenizer.from_pretrained(d)
    model = AutoModelForSeq2SeqLM.from_pretrained(d)
    enc = tok([SENTENCE, "Blinken"], return_tensors="pt", padding=True)
    out = model.generate(**enc, max_new_tokens=8)
    assert out.shape[0] == 2 and 1 < out.shape[1] <= 9
    assert int(out.min()) >= 0 and int(out.max()) < model.config.vocab_size == len(tok)
    assert int(out[0, 0]) == model.generation_config.decoder_start_token_id
    texts = tok.batch_decode(out, skip_special_tokens=True)
    assert len(texts) == 2 and all(isinstance(t, str) for t in texts)


def test_marian_config_mirrors_opus_mt(marian_dir: Path) -> None:
    model = AutoModelForSeq2SeqLM.from_pretrained(marian_dir)
    cfg, gen = model.config, model.generation_config
    pad = cfg.vocab_size - 1
    assert cfg.activation_function == "swish" and cfg.scale_embedding
    assert cfg.pad_token_id == cfg.decoder_start_token_id == pad and cfg.eos_token_id == 0
    assert gen.bad_words_ids == [[pad]] and gen.num_beams == 4 and gen.max_length == 512
    assert model.lm_head.weight.data_ptr() == model.get_input_embeddings().weight.data_ptr()


def test_bart_config_mirrors_distilbart(bart_dir: Path) -> None:
    model = AutoModelForSeq2SeqLM.from_pretrained(bart_dir)
    cfg, gen = model.config, model.generation_config
    assert cfg.activation_function == "gelu" and not cfg.scale_embedding
    assert (cfg.bos_token_id, cfg.pad_token_id, cfg.eos_token_id) == (0, 1, 2)
    assert gen.forced_bos_token_id == 0 and gen.decoder_start_token_id == 2
    assert not gen.min_length  # random weights must be allowed to stop early


@pytest.mark.parametrize("build", [build_marian, build_bart])
def test_pad_vocab_to(build, corpus: list[str], tmp_path: Path) -> None:
    d = build(tmp_path / "m", corpus, pad_vocab_to=2000)
    tok = AutoTokenizer.from_pretrained(d)
    model = AutoModelForSeq2SeqLM.from_pretrained(d)
    assert len(tok) == model.config.vocab_size == 2000
    assert tuple(model.get_input_embeddings().weight.shape) == (2000, 32)
    assert tok.decode(tok(SENTENCE)["input_ids"], skip_special_tokens=True) == SENTENCE
    tok.decode([1990, 1995, 1999])  # dummy pieces decode without error
    with pytest.raises(ValueError):
        build(tmp_path / "small", corpus, pad_vocab_to=50)


def test_seeded_init_is_deterministic(corpus: list[str], tmp_path: Path) -> None:
    a = AutoModelForSeq2SeqLM.from_pretrained(build_marian(tmp_path / "a", corpus, seed=1))
    b = AutoModelForSeq2SeqLM.from_pretrained(build_marian(tmp_path / "b", corpus, seed=1))
    c = AutoModelForSeq2SeqLM.from_pretrained(build_marian(tmp_path / "c", corpus, seed=2))
    wa, wb, wc = (m.model.encoder.layers[0].fc1.weight for m in (a, b, c))
    assert torch.equal(wa, wb) and not torch.equal(wa, wc)

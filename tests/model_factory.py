"""Tiny, randomly initialised stand-ins for the real models, built at test time.

The weights are random but the tokenizers are real: a sentencepiece unigram model
for Marian (opus-mt layout: ``source.spm``/``target.spm`` + joint ``vocab.json``) and
a byte-level BPE for BART (facebook/bart layout: ``vocab.json`` + ``merges.txt``),
both trained in seconds on the given corpus. Configs mirror Helsinki-NLP/opus-mt-id-en
and sshleifer/distilbart-cnn-12-6 apart from size. ``pad_vocab_to`` pads the vocab with
dummy entries so full-size "shape twins" (Marian 54,796; BART 50,264) can be built
(``build_marian(d, corpus, **MARIAN_FULL)``: ~4 s, 290 MB, 72.7M params;
``build_bart(d, corpus, **BART_FULL)``: ~10 s, 1.2 GB, 305.5M params, on 2 CPU cores).
Small corpora yield fewer pieces than ``sp_vocab_size``/``bpe_vocab_size`` (samples/
gives ~330 and ~570): both are upper bounds, not exact sizes.

CTranslate2 (4.8.5 with transformers 5.24): ``TransformersConverter(marian_dir)
.convert(out, quantization="int8")`` works on the Marian builds. The BART converter
reads ``config.normalize_before``, which transformers 5's ``BartConfig`` no longer
defines; the BART builds store ``normalize_before``/``normalize_embedding``/
``add_final_layer_norm`` in config.json (as the real distilbart config does), which
is enough for the BART conversion to work too (``normalize_before`` alone suffices).
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable
from pathlib import Path

import sentencepiece as spm
import torch
from tokenizers import ByteLevelBPETokenizer
from transformers import (
    BartConfig,
    BartForConditionalGeneration,
    GenerationConfig,
    MarianConfig,
    MarianMTModel,
    PretrainedConfig,
    PreTrainedModel,
)

# Keyword sets for full-size shape twins of opus-mt-id-en and distilbart-cnn-12-6.
MARIAN_FULL = dict(d_model=512, encoder_layers=6, decoder_layers=6, heads=8, ffn_dim=2048,
                   pad_vocab_to=54_796)
BART_FULL = dict(d_model=1024, encoder_layers=12, decoder_layers=6, heads=16, ffn_dim=4096,
                 pad_vocab_to=50_264)


def corpus_lines(paths: Iterable[Path]) -> list[str]:
    """Non-empty, stripped lines of the given UTF-8 text files."""
    lines: list[str] = []
    for path in paths:
        text = Path(path).read_text(encoding="utf-8")
        lines.extend(s for line in text.splitlines() if (s := line.strip()))
    return lines


def _pad(vocab: dict[str, int], size: int | None, reserve: int) -> None:
    """Append ``<dummyN>`` entries so that ``len(vocab) + reserve == size``."""
    if size is None:
        return
    if size < len(vocab) + reserve:
        raise ValueError(f"pad_vocab_to={size} is below the trained vocab ({len(vocab) + reserve})")
    i = 0
    while len(vocab) + reserve < size:
        vocab.setdefault(f"<dummy{i}>", len(vocab))
        i += 1


def _write_json(path: Path, data: object) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")


def _seeded(cls: type[PreTrainedModel], config: PretrainedConfig, seed: int) -> PreTrainedModel:
    """Build ``cls(config)`` with a deterministic random init."""
    torch.manual_seed(seed)
    return cls(config).eval()


def build_marian(out_dir: Path, corpus: list[str], *, d_model: int = 32,
                 encoder_layers: int = 2, decoder_layers: int = 2, heads: int = 2,
                 ffn_dim: int = 64, sp_vocab_size: int = 600,
                 pad_vocab_to: int | None = None, num_beams: int = 4,
                 max_length: int = 512, seed: int = 0) -> Path:
    """Random MarianMTModel shaped like opus-mt-id-en, with a real sentencepiece tokenizer.

    ``vocab.json`` follows opus-mt: ``</s>``=0, ``<unk>``=1, the sentencepiece pieces,
    optional dummies, and ``<pad>`` last (pad = decoder start = the bad word).
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(corpus), model_writer=buf, model_type="unigram",
        vocab_size=sp_vocab_size, hard_vocab_limit=False, character_coverage=1.0,
        unk_id=0, bos_id=1, eos_id=2, pad_id=-1, num_threads=2, minloglevel=2,
    )
    sp = spm.SentencePieceProcessor(model_proto=buf.getvalue())
    vocab = {"</s>": 0, "<unk>": 1}
    for i in range(sp.get_piece_size()):
        if not (sp.is_control(i) or sp.is_unknown(i)):
            vocab.setdefault(sp.id_to_piece(i), len(vocab))
    _pad(vocab, pad_vocab_to, reserve=1)
    pad_id = len(vocab)
    vocab["<pad>"] = pad_id
    for name in ("source.spm", "target.spm"):
        (out_dir / name).write_bytes(buf.getvalue())
    _write_json(out_dir / "vocab.json", vocab)
    # Same content as opus-mt's tokenizer_config.json; AutoTokenizer picks
    # MarianTokenizer from config.json's model_type.
    _write_json(out_dir / "tokenizer_config.json", {"source_lang": "id", "target_lang": "en"})

    config = MarianConfig(
        vocab_size=pad_id + 1, decoder_vocab_size=pad_id + 1, d_model=d_model,
        encoder_layers=encoder_layers, decoder_layers=decoder_layers,
        encoder_attention_heads=heads, decoder_attention_heads=heads,
        encoder_ffn_dim=ffn_dim, decoder_ffn_dim=ffn_dim, max_position_embeddings=512,
        activation_function="swish", scale_embedding=True, dropout=0.1,
        share_encoder_decoder_embeddings=True, tie_word_embeddings=True,
        pad_token_id=pad_id, decoder_start_token_id=pad_id, eos_token_id=0,
        bos_token_id=0, forced_eos_token_id=0,
        # Not read by transformers 5, kept to mirror the real config.json (and for CTranslate2).
        static_position_embeddings=True, normalize_before=False, normalize_embedding=False,
        add_final_layer_norm=False, architectures=["MarianMTModel"],
    )
    model = _seeded(MarianMTModel, config, seed)
    model.generation_config = GenerationConfig(
        bad_words_ids=[[pad_id]], bos_token_id=0, decoder_start_token_id=pad_id,
        eos_token_id=0, forced_eos_token_id=0, pad_token_id=pad_id,
        max_length=max_length, num_beams=num_beams,
    )
    model.save_pretrained(out_dir)
    return out_dir


def build_bart(out_dir: Path, corpus: list[str], *, d_model: int = 32,
               encoder_layers: int = 2, decoder_layers: int = 2, heads: int = 2,
               ffn_dim: int = 64, bpe_vocab_size: int = 800,
               pad_vocab_to: int | None = None, max_position_embeddings: int = 1024,
               seed: int = 0) -> Path:
    """Random BartForConditionalGeneration shaped like distilbart-cnn-12-6, real BPE tokenizer.

    ``vocab.json``: ``<s>``=0, ``<pad>``=1, ``</s>``=2, ``<unk>``=3, BPE tokens, optional
    dummies, ``<mask>`` last. (The real distilbart vocab.json has 50,265 entries with
    ``<mask>``=50,264 outside its 50,264-row embedding; here ``<mask>`` stays inside.)
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    bpe = ByteLevelBPETokenizer()
    bpe.train_from_iterator(corpus, vocab_size=bpe_vocab_size, min_frequency=2,
                            special_tokens=["<s>", "<pad>", "</s>", "<unk>"],
                            show_progress=False)
    vocab = dict(sorted(bpe.get_vocab().items(), key=lambda kv: kv[1]))
    _pad(vocab, pad_vocab_to, reserve=1)
    vocab["<mask>"] = len(vocab)
    bpe.save_model(str(out_dir))  # merges.txt (+ vocab.json, rewritten next)
    _write_json(out_dir / "vocab.json", vocab)
    # distilbart's repo layout: vocab.json + merges.txt + this, no tokenizer.json.
    _write_json(out_dir / "tokenizer_config.json", {"model_max_length": max_position_embeddings})

    config = BartConfig(
        vocab_size=len(vocab), d_model=d_model, encoder_layers=encoder_layers,
        decoder_layers=decoder_layers, encoder_attention_heads=heads,
        decoder_attention_heads=heads, encoder_ffn_dim=ffn_dim, decoder_ffn_dim=ffn_dim,
        max_position_embeddings=max_position_embeddings, activation_function="gelu",
        scale_embedding=False, pad_token_id=1, bos_token_id=0, eos_token_id=2,
        decoder_start_token_id=2, forced_bos_token_id=0, forced_eos_token_id=2,
        # Not read by transformers 5; mirrors distilbart's config.json, needed by CTranslate2.
        normalize_before=False, normalize_embedding=True, add_final_layer_norm=False,
        static_position_embeddings=False, architectures=["BartForConditionalGeneration"],
    )
    model = _seeded(BartForConditionalGeneration, config, seed)
    # distilbart's settings minus min_length=56, so random weights may stop early.
    model.generation_config = GenerationConfig(
        bos_token_id=0, decoder_start_token_id=2, eos_token_id=2, pad_token_id=1,
        forced_bos_token_id=0, forced_eos_token_id=2, num_beams=4, max_length=142,
        no_repeat_ngram_size=3, length_penalty=2.0, early_stopping=True,
    )
    model.save_pretrained(out_dir)
    return out_dir


# --- real-config twins ----------------------------------------------------------------------
# Random weights with the real config.json, tokenizer files and generation defaults of the
# models (../shared/real-models/, no weights there): real vocabulary, special tokens and token
# counts, the real converter path; only the outputs are noise.
REAL_MARIAN_FILES = ("source.spm", "target.spm", "vocab.json", "tokenizer_config.json",
                     "special_tokens_map.json", "generation_config.json")
REAL_BART_FILES = ("vocab.json", "merges.txt", "tokenizer_config.json")
# Re-saved by transformers from the same files: the fast tokenizer and generation defaults.
REAL_BART_DERIVED = ("tokenizer.json", "generation_config.json", "special_tokens_map.json")


def _copy_files(src: Path, names: Iterable[str], out_dir: Path) -> None:
    for name in names:
        (out_dir / name).write_bytes((src / name).read_bytes())


def build_real_marian(out_dir: Path, real_dir: Path, *, seed: int = 0,
                      **overrides: int) -> Path:
    """Random MarianMTModel with opus-mt-id-en's own config, tokenizer and generation files;
    `overrides` change config values (d_model=64: a small twin with the real vocabulary)."""
    out_dir, real_dir = Path(out_dir), Path(real_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    config = MarianConfig.from_pretrained(real_dir, **overrides)
    model = _seeded(MarianMTModel, config, seed)
    model.generation_config = GenerationConfig.from_pretrained(real_dir)
    model.save_pretrained(out_dir)
    _copy_files(real_dir, REAL_MARIAN_FILES, out_dir)  # the real files, byte for byte
    return out_dir


def build_real_bart(out_dir: Path, real_dir: Path, *, seed: int = 0,
                    **overrides: int) -> Path:
    """Random BartForConditionalGeneration with distilbart-cnn-12-6's config and tokenizer;
    `overrides` change config values (encoder_layers=6: a distilbart-6-6-cnn shape)."""
    out_dir, real_dir = Path(out_dir), Path(real_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    config = BartConfig.from_pretrained(real_dir, **overrides)
    model = _seeded(BartForConditionalGeneration, config, seed)
    model.generation_config = GenerationConfig.from_pretrained(
        real_dir / "derived-save_pretrained")
    model.save_pretrained(out_dir)
    # transformers 5 drops keys it no longer reads; CTranslate2's converter needs them.
    saved = json.loads((out_dir / "config.json").read_text(encoding="utf-8"))
    real = json.loads((real_dir / "config.json").read_text(encoding="utf-8"))
    for key in ("normalize_before", "normalize_embedding", "add_final_layer_norm",
                "static_position_embeddings"):
        saved.setdefault(key, real[key])
    _write_json(out_dir / "config.json", saved)
    _copy_files(real_dir, REAL_BART_FILES, out_dir)
    _copy_files(real_dir / "derived-save_pretrained", REAL_BART_DERIVED, out_dir)
    return out_dir

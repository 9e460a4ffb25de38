"""benchmarks/decode_bound.py counts the bytes a decoder step reads from a BART's real shape."""

from __future__ import annotations

import pytest

from .conftest import load_benchmark


def _script():
    return load_benchmark("decode_bound")


def test_step_weights_match_a_real_bart_decoder() -> None:
    """The weights a step reads are the decoder's matrices a step multiplies by, counted on a
    real (tiny) BART: self-attention q/k/v/o, cross-attention q/o, fc1/fc2, the tied output."""
    transformers = pytest.importorskip("transformers")
    config = transformers.BartConfig(vocab_size=120, d_model=16, decoder_layers=3,
                                     encoder_layers=1, decoder_ffn_dim=40, encoder_ffn_dim=40,
                                     decoder_attention_heads=2, encoder_attention_heads=2)
    model = transformers.BartForConditionalGeneration(config)
    per_step = 0
    for name, weight in model.model.decoder.named_parameters():
        if name.endswith(".weight") and weight.dim() == 2 and "embed" not in name \
                and not any(k in name for k in ("encoder_attn.k_proj", "encoder_attn.v_proj")):
            per_step += weight.numel()
    counted = _script().step_bytes(config.to_dict(), beams=4, source=10)
    assert counted["decoder weights (int8)"] == per_step
    assert counted["output projection (int8)"] == model.lm_head.weight.numel()


def test_encoder_memory_grows_with_beams_and_source() -> None:
    """Keys and values are kept per beam and per source token, in float32."""
    step_bytes = _script().step_bytes
    shape = {"d_model": 8, "decoder_layers": 2, "decoder_ffn_dim": 16, "vocab_size": 50}
    one = step_bytes(shape, beams=1, source=10)["encoder keys+values (float32)"]
    assert one == 2 * 2 * 10 * 8 * 4
    assert step_bytes(shape, beams=4, source=20)["encoder keys+values (float32)"] == 8 * one
    assert step_bytes(shape, beams=4, source=20)["decoder weights (int8)"] == \
        step_bytes(shape, beams=1, source=10)["decoder weights (int8)"]

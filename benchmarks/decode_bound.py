"""How fast the summary's decoder could ever step on this machine: its memory-traffic floor.

    python benchmarks/decode_bound.py [--steps 80] [--beams 4] [--source 417] [--measured-ms 21]

Each beam-search step of distilBART's decoder reads every decoder weight once (int8: one byte
a weight, the 4 beams share the read), the shared output projection over the whole vocabulary,
and the encoder's keys and values for every beam and layer (CTranslate2 tiles the encoder's
output to the beam size and keeps it in float32). At batch 4 that is far too little arithmetic
a byte to be compute-bound, so a step costs at least (bytes read) / (memory bandwidth). The
script counts the bytes from the real `config.json` in ../shared/real-models/ and measures the
read bandwidth of this machine with numpy (the median of five sums over 256 MB, one thread),
then prints the floor per step and for the benchmark's fixed-length summary, beside the time
`benchmarks/summary_cost.py` measured (`--measured-ms`).

Limits: the floor ignores the self-attention cache (it grows to about 2% of the traffic at 80
steps), caches larger than the model (none here: the L3 is a few MB) and the encoder pass,
which benchmarks/summary_cost.py times on its own. It is a floor, not an estimate.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT.parent / "shared" / "real-models" / "distilbart-cnn-12-6" / "config.json"
FALLBACK = {"d_model": 1024, "decoder_layers": 6, "decoder_ffn_dim": 4096, "vocab_size": 50264}
MB = 1024 * 1024


def step_bytes(config: dict, beams: int, source: int) -> dict[str, int]:
    """Bytes one decoder step reads: int8 weights (self-attention q/k/v/o, cross-attention q/o,
    the feed-forward pair), the output projection, the encoder's float32 keys and values."""
    d, layers = config["d_model"], config["decoder_layers"]
    ffn, vocab = config["decoder_ffn_dim"], config["vocab_size"]
    return {"decoder weights (int8)": layers * (6 * d * d + 2 * d * ffn),
            "output projection (int8)": vocab * d,
            "encoder keys+values (float32)": 2 * layers * beams * source * d * 4}


def read_bandwidth(size: int = 256 * MB, rounds: int = 5) -> float:
    """Bytes a second one thread reads here (numpy sum of a float64 array, median)."""
    import numpy as np

    data = np.ones(size // 8)
    data.sum()  # touch every page once before timing
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        data.sum()
        times.append(time.perf_counter() - start)
    return size / statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--steps", type=int, default=80)
    ap.add_argument("--beams", type=int, default=4)
    ap.add_argument("--source", type=int, default=417, help="encoder tokens (the sample's)")
    ap.add_argument("--measured-ms", type=float, default=None,
                    help="a step as summary_cost.py measured it, for the ratio")
    args = ap.parse_args(argv)
    if CONFIG.is_file():
        config = json.loads(CONFIG.read_text(encoding="utf-8"))
    else:
        print(f"decode_bound: {CONFIG} is absent: using distilbart-cnn-12-6's published shape",
              file=sys.stderr)
        config = FALLBACK
    parts = step_bytes(config, args.beams, args.source)
    total = sum(parts.values())
    bandwidth = read_bandwidth()
    floor_ms = total / bandwidth * 1000
    for name, size in parts.items():
        print(f"{name:32} {size / MB:8.1f} MB a step")
    print(f"{'in all':32} {total / MB:8.1f} MB a step")
    print(f"read bandwidth (one thread)      {bandwidth / 1e9:8.1f} GB/s")
    print(f"floor: {floor_ms:.1f} ms a step; {args.steps} steps x {args.beams} beams "
          f">= {floor_ms * args.steps / 1000:.2f} s")
    line = f"floor_step_ms={floor_ms:.1f} floor_summary_s={floor_ms * args.steps / 1000:.2f}"
    if args.measured_ms:
        line += f" measured_step_ms={args.measured_ms:.1f} " \
                f"of_floor={args.measured_ms / floor_ms:.2f}"
    print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())

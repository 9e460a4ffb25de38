"""How far the translation shortlist (translator/backends/vmap.py) can go, and at what size.

    python benchmarks/vmap_coverage.py [--select] [--speed] [--runs N]

Needs ../shared (the real opus-mt-id-en tokenizers and the parallel sets). For each setting it
builds the map from FLORES dev (its English reference and six systems' outputs), NTREX-128 and
TICO-19, never from FLORES test, and measures it as CTranslate2 applies vmap.txt (the empty
key's pieces plus the rules of every source n-gram of the line; one line a batch, the
strictest case): the share of the pieces of the real opus-mt output `flores-test.opusmt.en`,
tokenised with the real target.spm, inside their source line's shortlist; the mean shortlist
size (of 54,796); the share of lines with at least one piece outside. Misses are broken down
by kind for the old and the small setting.

`--select`: first the small setting's size chosen on held-out data (map from NTREX and TICO,
measured on the real opus-mt FLORES dev output). `--speed`: then, on the CTranslate2
real-config twin of benchmarks/speed.py (benchmarks/out/full, built by it), the CPU time
(user+sys; medians of `--runs`, all variants interleaved) of loading the model and of one
translate of the sample article's segments, without use_vmap and with the old, the small and
the default map; output lengths fixed at 1.04 x each segment's source pieces as in speed.py,
4 beams, 1 thread.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from translator.backends import vmap  # noqa: E402

SHARED = ROOT.parent / "shared"
MODEL = SHARED / "real-models" / "opus-mt-id-en"
PARALLEL = SHARED / "parallel"
FLORES = PARALLEL / "flores101-id-en"
DEV = [(FLORES / "flores-dev.id", FLORES / "flores-dev.en")]
DEV_MT = [(FLORES / "flores-dev.id", FLORES / f"flores-dev.{s}.en")
          for s in ("opusmt", "google", "microsoft", "nllb", "argos", "bergamot-tiny")]
OTHERS = [(PARALLEL / "ntrex128" / "ntrex128.id.txt", PARALLEL / "ntrex128" / "ntrex128.en.txt"),
          (PARALLEL / "tico19-id-en" / "tico19-test.id.gz",
           PARALLEL / "tico19-id-en" / "tico19-test.en.gz")]
CORPORA = {"none": [], "dev": DEV, "dev+ntrex+tico": DEV + OTHERS,
           "speed.py's": DEV + DEV_MT[:1] + OTHERS,  # the corpus speed.py's map used before
           "dev+devMT+ntrex+tico": DEV + DEV_MT + OTHERS}
FULL = "dev+devMT+ntrex+tico"  # every parallel set but FLORES test
SMALL = 26000  # the smallest always-list reaching 99.5% on held-out FLORES dev (see --select)
DEFAULT = "default: whole target vocabulary"
SAMPLE = ROOT / "samples" / "sindonews-blinken-lavrov.txt"
TWIN = ROOT / "benchmarks" / "out" / "full" / "home" / "cache" / "ctranslate2"


class CorpusRanked:
    """A target processor whose pieces rank by corpus line frequency (the old builder)."""

    def __init__(self, sp) -> None:
        self.sp = sp

    def encode(self, text: str, out_type=str) -> list[str]:
        return self.sp.encode(text, out_type=out_type)


def settings() -> list[tuple[str, str, dict]]:
    """(label, corpus, build options): the old default first, then the levers one by one."""
    return [
        ("old: corpus-frequent 5k, top100, no copy", "speed.py's",
         {"frequent": 5000, "copy": False, "corpus_ranked": True}),
        ("old, FLORES dev only", "dev", {"frequent": 5000, "copy": False, "corpus_ranked": True}),
        ("spm-score 5k, top100, no copy", "dev+ntrex+tico", {"frequent": 5000, "copy": False}),
        ("spm-score 5k, top100, copy", "dev+ntrex+tico", {"frequent": 5000}),
        ("spm-score 5k, top300, copy", "dev+ntrex+tico", {"frequent": 5000, "top_k": 300}),
        *[(f"spm-score {n // 1000}k, top100, copy", FULL, {"frequent": n})
          for n in (5000, 10000, 15000, 20000, 24000, 25000, SMALL)],
        *[(f"spm-score {n // 1000}k, copy, no corpus", "none", {"frequent": n})
          for n in (5000, 20000, SMALL)],
        (DEFAULT, "none", {}),
    ]


def build(corpus: str, sp: tuple, vocab: set[str], *, corpus_ranked: bool = False,
          **kw) -> vmap.Shortlist:
    """One setting's rules, pieces outside the model's vocabulary dropped (as `write` does)."""
    source, target = sp
    pairs = vmap.read_pairs(CORPORA[corpus])
    rules = vmap.build(pairs, source, CorpusRanked(target) if corpus_ranked else target,
                       source_vocab=vmap._pieces(source), **kw)
    return {k: [p for p in v if p in vocab] for k, v in rules.items()}


def measure(rules: vmap.Shortlist, pairs: list[tuple[str, str]], sp: tuple
            ) -> tuple[float, float, float, Counter[str]]:
    """(coverage, mean candidates a line, share of lines with a miss, the misses by kind)."""
    source, target = sp
    order = vmap.ngram_order(rules)
    hits = total = size = missed_lines = 0
    kinds: Counter[str] = Counter()
    for src, out in pairs:
        allowed = vmap.shortlist(rules, source.encode(src, out_type=str), order)
        size += len(allowed)
        pieces = target.encode(out, out_type=str)
        total += len(pieces)
        missed = [p for p in pieces if p not in allowed]
        hits += len(pieces) - len(missed)
        missed_lines += bool(missed)
        for p in missed:
            word = p.lstrip(vmap.SPACE)
            kinds["in the source (copy)" if word and word.lower() in src.lower()
                  else "number" if any(c.isdigit() for c in word)
                  else "punctuation" if not any(c.isalnum() for c in word)
                  else "word-internal piece" if not p.startswith(vmap.SPACE)
                  else "Capitalised word" if word[0].isupper() else "lower-case word"] += 1
    n = max(1, len(pairs))
    return hits / max(1, total), size / n, missed_lines / n, kinds


def segments() -> list[str]:
    """The sample article's title and segments, as brief cuts them."""
    from translator.clean import clean
    from translator.segment import segment_paragraphs

    article = clean(SAMPLE.read_text(encoding="utf-8"))
    segs = segment_paragraphs(list(article.paragraphs), lambda t: len(t.split()) * 2, 200)
    return ([article.title] if article.title else []) + [s for p in segs for s in p]


def speed(sp: tuple, shortlists: dict[str, vmap.Shortlist], runs: int
          ) -> dict[str, tuple[float, float]]:
    """Median CPU seconds (load, one translate of the sample's segments) per variant."""
    import ctranslate2

    found = sorted(TWIN.glob("local--opus-mt-id-en-twin--*/*/int8/model.bin"))
    if not found:
        sys.exit("no real-config twin in benchmarks/out/full: run benchmarks/speed.py first")
    twin = found[0].parent
    vocab = json.loads((twin / "shared_vocabulary.json").read_text(encoding="utf-8"))
    batch = [sp[0].encode(s, out_type=str)[:511] + ["</s>"] for s in segments()]
    steps = [math.ceil(1.04 * len(t)) for t in batch]
    with tempfile.TemporaryDirectory() as tmp:
        folders = {}
        for name, rules in {"no vmap": None, **shortlists}.items():
            d = Path(tmp, str(len(folders)))
            d.mkdir()
            for f in twin.iterdir():
                os.symlink(f, d / f.name)
            if rules is not None:
                vmap.write(rules, d / vmap.FILE, vocab)
            folders[name] = d
        times: dict[str, list[tuple[float, float]]] = {k: [] for k in folders}
        for _ in range(runs):
            for name, d in folders.items():  # interleaved: the machine's noise hits all alike
                t0 = time.process_time()
                tr = ctranslate2.Translator(str(d), device="cpu", compute_type="int8",
                                            intra_threads=1)
                t1 = time.process_time()
                for toks, n in zip(batch, steps, strict=True):
                    tr.translate_batch([toks], beam_size=4, min_decoding_length=n,
                                       max_decoding_length=n, use_vmap=name != "no vmap")
                times[name].append((t1 - t0, time.process_time() - t1))
                del tr
    return {k: (statistics.median(a for a, _ in v), statistics.median(b for _, b in v))
            for k, v in times.items()}


def select(sp: tuple, vocab: set[str]) -> None:
    """Choose the always-list's size on held-out data: a map from NTREX and TICO only,
    measured on the real opus-mt's FLORES dev output."""
    dev = list(zip(vmap.read_lines(FLORES / "flores-dev.id"),
                   vmap.read_lines(FLORES / "flores-dev.opusmt.en"), strict=True))
    CORPORA["ntrex+tico"] = OTHERS
    for n in (20000, 24000, 25000, 26000):
        share, size, lines, _ = measure(build("ntrex+tico", sp, vocab, frequent=n), dev, sp)
        print(f"held-out FLORES dev, map from NTREX+TICO, spm-score {n}: {share:.2%} "
              f"({size:.0f} candidates, {lines:.1%} of lines with a miss)", flush=True)


def main() -> None:
    """Print the coverage table (and with --speed, the twin's CPU times)."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--speed", action="store_true", help="also time the twin with each map")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--select", action="store_true",
                    help="first choose the small setting's size on held-out FLORES dev")
    args = ap.parse_args()
    if not (MODEL / "target.spm").is_file() or not (FLORES / "flores-test.opusmt.en").is_file():
        sys.exit("../shared/real-models/opus-mt-id-en or ../shared/parallel is absent")
    import sentencepiece as spm

    sp = tuple(spm.SentencePieceProcessor(model_file=str(MODEL / f))
               for f in ("source.spm", "target.spm"))
    vocab = set(json.loads((MODEL / "vocab.json").read_text(encoding="utf-8")))
    test = list(zip(vmap.read_lines(FLORES / "flores-test.id"),
                    vmap.read_lines(FLORES / "flores-test.opusmt.en"), strict=True))
    if args.select:
        select(sp, vocab)
    print(f"{'setting':44} {'corpus':20} {'coverage':>8} {'candidates':>10} {'lines missed':>12}")
    kept: dict[str, vmap.Shortlist] = {}
    for label, corpus, kw in settings():
        rules = build(corpus, sp, vocab, **kw)
        share, size, lines, kinds = measure(rules, test, sp)
        print(f"{label:44} {corpus:20} {share:8.2%} {size:10.0f} {lines:12.1%}", flush=True)
        if label.startswith("old:") or label == DEFAULT or (
                kw.get("frequent") == SMALL and corpus == FULL):
            kept[label] = rules
            if kinds:
                print("  misses by kind:", dict(kinds.most_common()))
    if args.speed:
        print(f"twin (benchmarks/out/full), {args.runs} runs interleaved, CPU s medians:")
        for name, (load, run) in speed(sp, kept, args.runs).items():
            print(f"  {name:44} load {load:5.2f}  translate {run:5.2f}")


if __name__ == "__main__":
    main()

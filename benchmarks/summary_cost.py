"""What the summary costs on the real-config distilBART twin (CTranslate2), lever by lever.

    python benchmarks/summary_cost.py [--rounds 3] [--only NAME,...] [--no-speed]
        [--no-coverage] [--end-to-end ROUNDS]

Speed: each contender (intra threads, compute type, return_scores, the copy-biased shortlist at
several sizes) runs in its own child process, so one's spinning worker threads never load the
next; contenders are interleaved round by round (others share the machine), each timing the
encoder (+1 step) and the full 80 steps x 4 beams over the same 417-token real English input
that benchmarks/speed.py feeds the summariser. Wall and CPU (user+sys of the child) are
medians over rounds.

Coverage of the shortlist: NTREX-128's 123 English news documents, the headline (first line)
as the "summary" of the rest; the frequent pieces come from FLORES-101 dev+test and TICO-19
English, never from NTREX. A headline is more abstractive than distilBART's mostly extractive
summaries, so this is a lower bound on the coverage of real summaries.

--end-to-end: brief itself, cold, on the sample (speed.py's launcher, twins and stand-in
English), summarization.use_vmap off and on, each in its own BRIEF_HOME of links to speed.py's
converted twins (speed.py's own home is left untouched).

Needs benchmarks/out/full (benchmarks/speed.py builds it) and ../shared.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

OUT = ROOT / "benchmarks" / "out"
WORK = OUT / "summary_cost"
SHARED = ROOT.parent / "shared"
PARALLEL = SHARED / "parallel"
FLORES = PARALLEL / "flores101-id-en"
NTREX = PARALLEL / "ntrex128"
TICO = PARALLEL / "tico19-id-en" / "tico19-test.en.gz"
STEPS, BEAMS, WINDOW = 80, 4, 1000
MISSES_AT = 5000
SIZES = (0, 500, 1000, 2000, 5000, 10000, 20000, 30000, 40000)  # frequent pieces always allowed

BASE = {"intra": 1, "compute_type": "int8", "return_scores": True, "vmap": None}
CONTENDERS = {
    "base": {},
    "intra2": {"intra": 2},
    "no_scores": {"return_scores": False},
    "int8_float32": {"compute_type": "int8_float32"},
    "int16": {"compute_type": "int16"},
    "vmap1000": {"vmap": 1000},
    "vmap5000": {"vmap": 5000},
    "vmap10000": {"vmap": 10000},
    "vmap20000": {"vmap": 20000},
    "vmap30000": {"vmap": 30000},
    "vmap20000_intra2": {"vmap": 20000, "intra": 2},
}


def bart_dir() -> Path:
    """The converted BART twin of benchmarks/out/full (speed.py's `brief models pull`)."""
    found = sorted((OUT / "full" / "home" / "cache" / "ctranslate2").glob(
        "*distilbart*/*/int8/model.bin"))
    if not found:
        sys.exit("summary_cost: no converted BART twin in benchmarks/out/full: run "
                 "benchmarks/speed.py first")
    return found[0].parent


def summary_input() -> str:
    """The English body speed.py summarised (cost.json), else FLORES dev English of ~417 BART
    tokens (the sample's length)."""
    cost = OUT / "full" / "cost.json"
    if cost.is_file():
        return json.loads(cost.read_text(encoding="utf-8"))["body"]
    lines = (FLORES / "flores-dev.en").read_text(encoding="utf-8").splitlines()
    return "\n".join(lines[:16])


def english_corpus() -> list[str]:
    """FLORES-101 dev+test and TICO-19 English: the frequent pieces' source (not NTREX)."""
    lines: list[str] = []
    for name in ("flores-dev.en", "flores-test.en"):
        lines += (FLORES / name).read_text(encoding="utf-8").splitlines()
    with gzip.open(TICO, "rt", encoding="utf-8") as f:
        lines += f.read().splitlines()
    return lines


def ntrex_documents() -> list[tuple[str, str]]:
    """(headline, body) per NTREX-128 English document, body paragraphs joined by newlines."""
    ids = (NTREX / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").splitlines()
    text = (NTREX / "ntrex128.en.txt").read_text(encoding="utf-8").splitlines()
    docs: dict[str, list[str]] = {}
    for doc, line in zip(ids, text, strict=True):
        docs.setdefault(doc.split("\t")[0], []).append(line)
    return [(lines[0], "\n".join(lines[1:])) for lines in docs.values() if len(lines) > 1]


def vmap_folder(model: Path, size: int) -> Path:
    """A copy of the model folder (links) with a summary shortlist of `size` frequent pieces
    (BART's vocabulary order, as `brief models pull` builds it)."""
    from translator.backends import summary_vmap

    folder = WORK / f"vmap{size}"
    if not (folder / "vmap.txt").is_file():
        folder.mkdir(parents=True, exist_ok=True)
        for f in model.iterdir():
            if not (folder / f.name).exists():
                (folder / f.name).symlink_to(f.resolve())
        summary_vmap.write_for_model(folder, size)
    return folder


def child(spec: dict) -> dict:
    """One contender in this process: medians of wall and CPU for 1 step and for STEPS."""
    import ctranslate2

    from translator.backends.subwords import load_subwords

    t0 = time.perf_counter()
    tr = ctranslate2.Translator(spec["model"], device="cpu", compute_type=spec["compute_type"],
                                inter_threads=1, intra_threads=spec["intra"])
    load = time.perf_counter() - t0  # reads vmap.txt too, when the folder has one
    tokens = load_subwords(Path(spec["model"]), "bpe").encode(spec["body"])[:1024]

    def run(steps: int) -> tuple[float, float, list[str]]:
        r0, t0 = resource.getrusage(resource.RUSAGE_SELF), time.perf_counter()
        out = tr.translate_batch(
            [tokens], target_prefix=[["<s>"]], beam_size=BEAMS, min_decoding_length=steps,
            max_decoding_length=steps, no_repeat_ngram_size=3, length_penalty=2.0,
            return_scores=spec["return_scores"], use_vmap=spec["vmap"] is not None)
        wall, r1 = time.perf_counter() - t0, resource.getrusage(resource.RUSAGE_SELF)
        cpu = r1.ru_utime + r1.ru_stime - r0.ru_utime - r0.ru_stime
        return wall, cpu, out[0].hypotheses[0]

    run(1)  # warm-up: first allocations, thread start
    enc = [run(1) for _ in range(2)]
    full = [run(STEPS) for _ in range(spec.get("runs", 1))]
    med = statistics.median
    return {"input_tokens": len(tokens), "load": load, "enc_wall": med(e[0] for e in enc),
            "enc_cpu": med(e[1] for e in enc), "wall": med(f[0] for f in full),
            "cpu": med(f[1] for f in full), "output": full[0][2]}


def speed(rounds: int, only: list[str]) -> dict[str, list[dict]]:
    """Every contender, `rounds` times, interleaved; each run a fresh child process."""
    model, body = bart_dir(), summary_input()
    specs = {}
    for name in only:
        spec = {**BASE, **CONTENDERS[name], "body": body}
        spec["model"] = str(vmap_folder(model, spec["vmap"])
                            if spec["vmap"] is not None else model)
        specs[name] = spec
    results: dict[str, list[dict]] = {n: [] for n in specs}
    for r in range(rounds):
        order = list(specs) if r % 2 == 0 else list(reversed(specs))  # no fixed neighbour
        for name in order:
            done = subprocess.run([sys.executable, __file__, "--child", json.dumps(specs[name])],
                                  capture_output=True, text=True, check=False)
            if done.returncode:
                sys.exit(f"summary_cost: {name} failed:\n{done.stderr[-2000:]}")
            results[name].append(json.loads(done.stdout))
    return results


def print_speed(results: dict[str, list[dict]]) -> None:
    """The table: medians over rounds, and the decoder's ms a step."""
    med = statistics.median
    base = med(r["wall"] for r in results.get("base", next(iter(results.values()))))
    ref = results.get("base", [{}])[0].get("output")
    print(f"contender      enc+1 wall  enc cpu   {STEPS}x{BEAMS} wall    cpu   ms/step  "
          "vs base  min wall  load s  same output  walls")
    for name, rs in results.items():
        wall, cpu = med(r["wall"] for r in rs), med(r["cpu"] for r in rs)
        enc = med(r["enc_wall"] for r in rs)
        step = (wall - enc) / (STEPS - 1) * 1000
        same = "yes" if rs[0]["output"] == ref else "no"
        print(f"{name:<14} {enc:9.2f} {med(r['enc_cpu'] for r in rs):8.2f} {wall:10.2f} "
              f"{cpu:7.2f} {step:8.1f} {base / wall:7.2f}x {min(r['wall'] for r in rs):9.2f} "
              f"{med(r['load'] for r in rs):7.2f}  "
              f"{same:>11}  "
              + " ".join(f"{r['wall']:.2f}" for r in rs))
    print(f"input {results[next(iter(results))][0]['input_tokens']} BART tokens; "
          f"{os.cpu_count()} cores; load average {os.getloadavg()[0]:.2f}")


def print_coverage(english: list[str]) -> dict[int, dict[str, float]]:
    """Coverage of NTREX headlines by the shortlist of the rest of their document, per size."""
    from translator.backends import summary_vmap
    from translator.backends.subwords import load_subwords

    model = bart_dir()
    tok = load_subwords(model, "bpe")
    vocab = json.loads((model / "vocab.json").read_text(encoding="utf-8"))
    docs = [(tok.encode(body)[:WINDOW], tok.encode(" " + head))
            for head, body in ntrex_documents()]
    base = summary_vmap.copy_rules(tok.tok)
    rankings = {"corpus": summary_vmap.frequent_pieces(english, tok, max(SIZES)),
                "vocab": summary_vmap.vocab_order(vocab, max(SIZES))}
    print(f"NTREX-128: {len(docs)} headlines as the summaries of their documents (first "
          f"{WINDOW} tokens). Frequent pieces: corpus = counted in {len(english)} FLORES+TICO "
          "English lines; vocab = BART's vocabulary order (fairseq's pretraining frequencies)")
    print("frequent  corpus: coverage  whole headlines  vocab: coverage  whole  shortlist size")
    figures = {}
    for size in SIZES:
        row = {}
        for name, ranked in rankings.items():
            rules = {**base, "": summary_vmap.always(ranked[:size])}
            row[name] = summary_vmap.coverage(rules, docs)
            if size == MISSES_AT and name == "vocab":
                missed = Counter(p for src, head in docs for p in head
                                 if p not in summary_vmap.shortlist(rules, src)
                                 and p not in summary_vmap.SPECIALS)
        figures[size] = row
        c, v = row["corpus"], row["vocab"]
        print(f"{size:8d}  {c['coverage']:16.2%}  {c['whole']:15.1%}  {v['coverage']:15.2%}  "
              f"{v['whole']:5.1%}  {v['size']:14.0f}")
    print(f"missed at {MISSES_AT} (vocab order), most often first: "
          + " ".join(f"{p}x{n}" if n > 1 else p for p, n in missed.most_common(30)))
    plain = summary_vmap.coverage({"": [], **{p: [p] for p in vocab}}, docs)
    print(f"(source pieces alone, no forms, no frequent list: {plain['coverage']:.2%}; "
          f"{int(plain['pieces'])} headline pieces)")
    return figures


def private_home(name: str, with_vmap: bool) -> Path:
    """A BRIEF_HOME of links to speed.py's converted twins (no cache), the BART folder with a
    summary shortlist or without: speed.py's own home is left as it is."""
    from translator.backends import summary_vmap

    source = OUT / "full" / "home" / "cache" / "ctranslate2"
    home = WORK / name
    store = home / "cache" / "ctranslate2"
    if not store.is_dir():
        for model in source.glob("*/*/int8"):
            folder = store / model.relative_to(source)
            folder.mkdir(parents=True)
            for f in model.iterdir():
                if f.name != "vmap.txt":
                    (folder / f.name).symlink_to(f.resolve())
            if with_vmap and "distilbart" in str(model):
                summary_vmap.write_for_model(folder)
    return home


def end_to_end(rounds: int) -> None:
    """brief, cold, on the sample with the real-config twins: summarization.use_vmap off and on,
    interleaved; wall and CPU (user+sys of the child) per run."""
    import yaml

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import speed  # the launcher and environment speed.py times brief with

    from translator.backends import summary_vmap

    base_cfg = OUT / "full" / "bench.yaml"
    cfg = yaml.safe_load(base_cfg.read_text(encoding="utf-8"))
    cfg["summarization"]["use_vmap"] = True
    on_cfg = WORK / "bench-summary-vmap.yaml"
    on_cfg.write_text(yaml.safe_dump(cfg, sort_keys=False), encoding="utf-8")
    runs = {"off": (private_home("home-off", False), base_cfg),
            "on": (private_home(f"home-on-{summary_vmap.FREQUENT}", True), on_cfg)}
    times: dict[str, list[tuple[float, float]]] = {k: [] for k in runs}
    summaries: dict[str, str] = {}
    quant: dict[str, str] = {}
    for r in range(rounds):
        for name in (list(runs) if r % 2 == 0 else list(reversed(runs))):
            home, config = runs[name]
            for f in home.glob("cache/translations.sqlite*"):
                f.unlink()
            env = speed.contender_env(dict(os.environ), home, 0)
            env[speed.STAND_IN] = str(OUT / "full" / "opus-mt-id-en-twin")
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            t0 = time.perf_counter()
            done = subprocess.run([sys.executable, str(speed.CONTENDER),
                                   "--format", "json", "--config", str(config),
                                   str(speed.SAMPLE)], env=env, capture_output=True, text=True,
                                  check=False)
            wall = time.perf_counter() - t0
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            if done.returncode:
                sys.exit(f"summary_cost: brief ({name}) failed:\n{done.stderr[-2000:]}")
            doc = json.loads(done.stdout)
            summaries[name] = doc["summary"]
            quant[name] = doc["models"]["summarization"]["quantization"]
            times[name].append((wall, after.ru_utime + after.ru_stime
                                - before.ru_utime - before.ru_stime))
    med = statistics.median
    for name, ts in times.items():
        print(f"brief cold, summarization.use_vmap {name:<3} ({quant[name]}): wall "
              f"{med(t[0] for t in ts):.2f} s (min {min(t[0] for t in ts):.2f}), "
              f"cpu {med(t[1] for t in ts):.2f} s; walls "
              + " ".join(f"{t[0]:.2f}" for t in ts))
    print(f"summaries equal: {summaries['off'] == summaries['on']} (random weights: the "
          "shortlist changes which noise is written)")


def main(argv: list[str] | None = None) -> int:
    """Run the speed contenders and the coverage table; print the figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--only", default=",".join(CONTENDERS), help="contenders, comma-separated")
    ap.add_argument("--no-speed", action="store_true")
    ap.add_argument("--no-coverage", action="store_true")
    ap.add_argument("--end-to-end", type=int, default=0, metavar="ROUNDS",
                    help="also time brief itself, summarization.use_vmap off and on")
    ap.add_argument("--clean", action="store_true", help="rebuild the shortlist folders")
    ap.add_argument("--child", help=argparse.SUPPRESS)  # internal: one contender
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(child(json.loads(args.child))))
        return 0
    if not (FLORES / "flores-dev.en").is_file() or not NTREX.is_dir():
        sys.exit("summary_cost: ../shared/parallel is absent: nothing to measure")
    if args.clean and WORK.exists():
        shutil.rmtree(WORK)
    english = english_corpus()
    if not args.no_coverage:
        print_coverage(english)
    if not args.no_speed:
        print_speed(speed(args.rounds, args.only.split(",")))
    if args.end_to_end:
        end_to_end(args.end_to_end)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""How `brief` scales on Dask: in-process, `--workers 1` and `--workers 2`, one thread each.

    python benchmarks/scale.py [--articles N] [--quick]

Builds (or reuses) shape twins as benchmarks/speed.py first had them (tests/model_factory.py:
random weights, the real models' shapes, fixed output lengths; CTranslate2 int8 after `brief
models pull`), in benchmarks/out/scale/, and N distinct
articles (default 300): the fixtures and samples, each with one sentence of its own inserted
in words (no two clean to the same text; checked). Then, one after the other, each a cold
`brief --format jsonl --no-cache --store NEW` process with BRIEF_THREADS=1 (one model thread
per process):

  in-process            brief FILES...
  --workers 1           brief --workers 1 FILES...
  --workers 2           brief --workers 2 FILES...

Articles per minute are counted at steady state, from the first brief on stdout to the last
(start-up, i.e. model loading and the cluster's start, is shown apart). The cluster's overhead
per article is, with `--workers 1`, the wall time per article minus the time the article spent
in brief() on the worker (its own timings): scheduler, transfer, client and store write. Shown
beside it: `--workers 1` minus in-process per article, and what the parts cost measured alone
(a scheduler round trip carrying an article and a brief; one store transaction). The
projection for 8, 64 and 512 workers states its assumptions.
Last line: `inproc_apm=.. w1_apm=.. w2_apm=.. overhead_ms=..`.
Targets (measured, not asserted): overhead <= 50 ms; on 2 cores w2 >= in-process.
--quick: small twins, 24 articles: a smoke test of the script, not a measurement.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out" / "scale"  # gitignored: twins, their home, articles, stores
NAMES = ("Andi", "Budi", "Citra", "Dewi", "Eko", "Fajar", "Gita", "Hadi", "Intan", "Joko",
         "Kartika", "Lestari", "Made", "Nining", "Oki", "Putu")
PLACES = ("Bandung", "Medan", "Makassar", "Padang", "Malang", "Kupang", "Ambon", "Jayapura",
          "Palu", "Manado", "Jambi", "Bengkulu", "Ternate", "Sorong", "Kendari", "Mataram")
DEEDS = ("menyambut kabar itu", "meminta penjelasan", "menunggu keputusan", "ikut berdiskusi",
         "menyampaikan keluhan", "mendukung rencana itu")
SCHEDULER_TASKS_PER_S = 1_000  # Dask's documented ~1 ms scheduler cost per task
ROUND_TRIPS = 40


def sources() -> list[Path]:
    """The Indonesian text fixtures and samples the articles are made from."""
    found = sorted((ROOT / "tests" / "fixtures" / "text").glob("*.txt"))
    found += sorted((ROOT / "samples").glob("*.txt"))
    return [p for p in found if "-en-" not in p.name]  # English pages are not translated


def make_articles(n: int, folder: Path) -> list[Path]:
    """`n` distinct article files in `folder`; a base that cleans to nothing is skipped."""
    from translator.clean import clean

    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.txt"):
        old.unlink()
    bases = [p.read_text(encoding="utf-8").splitlines() for p in sources()]
    out, seen, i = [], set(), 0
    while len(out) < n and i < n * 3:
        lines = list(bases[i % len(bases)])
        k = i // len(bases)
        body = max(range(len(lines)), key=lambda j: len(lines[j]))  # surely article text
        who, where = NAMES[k % len(NAMES)], PLACES[(k // len(NAMES)) % len(PLACES)]
        deed = DEEDS[(k // (len(NAMES) * len(PLACES))) % len(DEEDS)]
        lines[body] += f" Wartawan {who} melaporkan dari {where} bahwa warga {deed}."
        text = "\n".join(lines) + "\n"
        article = clean(text)
        key = hashlib.sha256("\n".join(article.paragraphs).encode()).hexdigest()
        i += 1
        if not article.paragraphs or key in seen:
            continue
        seen.add(key)
        path = folder / f"article-{len(out):04d}.txt"
        path.write_text(text, encoding="utf-8")
        out.append(path)
    if len(out) < n:
        sys.exit(f"only {len(out)} distinct articles could be made")
    return out


def timed_run(args: list[str], env: dict, total: int) -> dict:
    """Run brief, timestamp each jsonl line as it arrives; start-up, steady apm, wall."""
    cmd = [sys.executable, "-m", "translator", "--format", "jsonl", *args]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    stamps, docs = [], []
    assert proc.stdout is not None
    for line in proc.stdout:
        stamps.append(time.perf_counter() - t0)
        docs.append(json.loads(line))
    err = proc.stderr.read() if proc.stderr else ""
    if proc.wait() != 0 or len(docs) != total:
        sys.exit(f"{' '.join(args[:2])}: exit {proc.returncode}, {len(docs)} of {total} "
                 f"briefs\n{err[-2000:]}")
    wall = time.perf_counter() - t0
    steady = (len(stamps) - 1) / (stamps[-1] - stamps[0]) * 60 if len(stamps) > 1 else 0.0
    # What the models and stages took in brief(), after the first (which loads the models).
    later = [d["timings"] for d in docs[1:]] or [docs[0]["timings"]]
    work = sum(t["total_s"] - t.get("models_s", 0.0) for t in later) / len(later)
    return {"startup_s": stamps[0], "apm": steady, "wall_s": wall, "brief_s": work,
            "docs": docs}


def parts_alone(article: Path, doc: dict, store: Path) -> tuple[float, float]:
    """(ms of one scheduler round trip carrying an article and a brief, ms of one store
    transaction), each measured alone on this machine."""
    from translator.cluster import Cluster
    from translator.load import read_path
    from translator.result import Brief
    from translator.store import Store

    loaded, result = read_path(str(article)), Brief.from_dict(doc)
    with Cluster.local(1, threads=1) as cluster:
        client = cluster.client
        client.submit(_echo, loaded, result, pure=False).result()  # warm: imports, connection
        t0 = time.perf_counter()
        for _ in range(ROUND_TRIPS):
            client.submit(_echo, loaded, result, pure=False).result()
        trip_ms = (time.perf_counter() - t0) / ROUND_TRIPS * 1000
    with Store.open(store) as s:
        article_doc = result.article.to_dict()
        t0 = time.perf_counter()
        for i in range(ROUND_TRIPS):
            s.save({**doc, "summary": f"{doc['summary']} {i}"}, {**article_doc, "n": i},
                   loaded.text)
        store_ms = (time.perf_counter() - t0) / ROUND_TRIPS * 1000
    return trip_ms, store_ms


def _echo(loaded: object, result: object) -> object:
    """A task that does no work: what moves is an article in and a brief back."""
    return result


def project(w1_apm: float, client_ms: float) -> list[tuple[int, float, str]]:
    """Articles/hour for 8, 64, 512 workers: linear in workers, capped by the client (the one
    store writer, `client_ms` a brief) and the scheduler (SCHEDULER_TASKS_PER_S)."""
    rows = []
    for n in (8, 64, 512):
        linear = n * w1_apm * 60
        client_cap = 3_600_000 / client_ms if client_ms > 0 else float("inf")
        sched_cap = SCHEDULER_TASKS_PER_S * 3600
        best = min(linear, client_cap, sched_cap)
        limit = "workers" if best == linear else "client" if best == client_cap else "scheduler"
        rows.append((n, best, limit))
    return rows


@dataclass(frozen=True)
class Setup:
    """Twin shapes and the fixed generation settings (as benchmarks/speed.py first had them)."""

    name: str
    marian: dict
    bart: dict
    translation_tokens: int  # per segment
    summary_tokens: int
    beams: int = 4


def setups() -> dict[str, Setup]:
    """full: the published shapes of opus-mt-id-en and distilbart-cnn-12-6; quick: small."""
    from tests.model_factory import BART_FULL, MARIAN_FULL  # torch: in the build child only

    return {"full": Setup("full", {**MARIAN_FULL, "num_beams": 6}, dict(BART_FULL), 48, 96),
            "quick": Setup("quick", {"d_model": 64, "ffn_dim": 128, "num_beams": 6},
                           {"d_model": 64, "ffn_dim": 128}, 8, 12)}


def build(name: str) -> None:
    """(child process) Build the twins under OUT/<name>/ unless there; print setup and paths."""
    from tests.model_factory import build_bart, build_marian, corpus_lines

    setup = setups()[name]
    base = OUT / name
    marker, want = base / "built.json", {"marian": setup.marian, "bart": setup.bart}
    marian, bart = base / "opus-mt-id-en-twin", base / "distilbart-cnn-12-6-twin"
    if not (marker.is_file() and json.loads(marker.read_text()) == want):
        shutil.rmtree(base, ignore_errors=True)
        corpus = corpus_lines(sorted((ROOT / "samples").glob("*.txt")))
        build_marian(marian, corpus, **setup.marian)
        build_bart(bart, corpus, **setup.bart)
        marker.write_text(json.dumps(want))
    print(json.dumps({"setup": asdict(setup), "marian": str(marian), "bart": str(bart)}))


def twins(name: str) -> tuple[Setup, Path, Path]:
    """The twins, built (or found) in a child process: torch stays out of this one."""
    proc = subprocess.run([sys.executable, __file__, "--build", name], cwd=ROOT,
                          stdout=subprocess.PIPE, text=True)
    if proc.returncode != 0:
        sys.exit(f"building the {name} twins failed (exit {proc.returncode})")
    doc = json.loads(proc.stdout.strip().splitlines()[-1])  # the last line: libraries may talk
    return Setup(**doc["setup"]), Path(doc["marian"]), Path(doc["bart"])


def bench_config(setup: Setup, marian: Path, bart: Path, path: Path) -> Path:
    """models.yaml for the twins: fixed output lengths (random weights never stop early)."""
    t, s = setup.translation_tokens, setup.summary_tokens
    path.write_text(f"""\
translation:
  model: {marian}
  runtime: auto
  max_input_tokens: 200
  batch_size: 16
  generation: {{num_beams: {setup.beams}, min_new_tokens: {t - 1}, max_new_tokens: {t}}}
summarization:
  model: {bart}
  runtime: auto
  # one summary call, as the real models need on these articles (see benchmarks/speed.py)
  window_tokens: 1000000
  generation: {{num_beams: {setup.beams}, no_repeat_ngram_size: 3, length_penalty: 2.0}}
  lengths:
    medium: {{min_new_tokens: {s - 1}, max_new_tokens: {s}}}
""", encoding="utf-8")
    return path


def loads() -> str:
    """The 1, 5 and 15 minute load averages."""
    return "/".join(f"{x:.1f}" for x in os.getloadavg())


def main(argv: list[str] | None = None) -> int:
    """Build, run the three modes, print the table and the last line."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=None, help="distinct articles (300)")
    ap.add_argument("--quick", action="store_true", help="small twins, 24 articles: smoke test")
    ap.add_argument("--build", help=argparse.SUPPRESS)  # internal: build twins, print paths
    args = ap.parse_args(argv)
    if args.build:  # a child process: torch stays out of the launcher
        sys.path.insert(0, str(ROOT))
        build(args.build)
        return 0
    n = args.articles or (24 if args.quick else 300)
    setup, marian, bart = twins("quick" if args.quick else "full")
    work = OUT / setup.name
    home = work / "home"  # BRIEF_HOME: the converted models (store and cache are not used)
    cfg = bench_config(setup, marian, bart, work / "bench.yaml")
    env = {**os.environ, "BRIEF_HOME": str(home), "HF_HUB_OFFLINE": "1", "NO_COLOR": "1",
           "PYTHONPATH": str(ROOT), "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
           "BRIEF_THREADS": "1"}  # one model thread per process, workers included
    env.pop("BRIEF_CONFIG", None)
    pull = subprocess.run([sys.executable, "-m", "translator", "models", "pull", "--config",
                           str(cfg)], cwd=ROOT, env=env, capture_output=True, text=True)
    if pull.returncode != 0:
        sys.exit(f"brief models pull failed:\n{pull.stderr[-2000:]}")
    articles = make_articles(n, OUT / "articles")
    files = [str(p) for p in articles]
    loads_start = loads()
    runs = {}
    for name, extra in (("in-process", []), ("--workers 1", ["--workers", "1"]),
                        ("--workers 2", ["--workers", "2"])):
        store = OUT / f"store-{name.strip('-').replace(' ', '')}.sqlite"
        for f in OUT.glob(store.name + "*"):
            f.unlink()
        runs[name] = timed_run([*extra, "--config", str(cfg), "--no-cache", "--store",
                                str(store), *files], env, n)
        print(f"{name}: {runs[name]['apm']:.1f} articles/min", file=sys.stderr)
    same = [_plain(d) for d in runs["in-process"]["docs"]] == \
        sorted((_plain(d) for d in runs["--workers 2"]["docs"]), key=_order(files))
    trip_ms, store_ms = parts_alone(articles[0], runs["in-process"]["docs"][0],
                                    OUT / "store-parts.sqlite")
    inproc, w1, w2 = (runs[k]["apm"] for k in ("in-process", "--workers 1", "--workers 2"))
    # One worker, one thread: each article's wall time at steady state minus its time inside
    # brief() on the worker is what the cluster adds (scheduler, transfer, client, store).
    overhead_ms = 60_000 / w1 - runs["--workers 1"]["brief_s"] * 1000
    vs_inproc_ms = 60_000 / w1 - 60_000 / inproc

    print(f"\nscale benchmark ({setup.name} twins: {setup.translation_tokens} tokens a segment, "
          f"summary {setup.summary_tokens} tokens, {setup.beams} beams; {n} distinct articles; "
          f"one model thread per process; {os.cpu_count()} cores; load average 1/5/15 min "
          f"{loads_start} at the start, {loads()} at the end)")
    print(f"{'mode':<14} {'articles/min':>13} {'start-up s':>11} {'wall s':>8} "
          f"{'in brief() s/art.':>18}")
    for name, r in runs.items():
        print(f"{name:<14} {r['apm']:>13.1f} {r['startup_s']:>11.1f} {r['wall_s']:>8.1f} "
              f"{r['brief_s']:>18.3f}")
    print(f"cluster overhead per article (--workers 1: wall per article at steady state minus "
          f"its time in brief() on the worker): {overhead_ms:.1f} ms; --workers 1 minus "
          f"in-process per article: {vs_inproc_ms:.1f} ms (includes how fast the same work ran "
          f"in each process: noisy on a loaded machine); measured alone: scheduler round trip "
          f"with an article and a brief {trip_ms:.1f} ms, store transaction {store_ms:.1f} ms")
    print(f"--workers 2 briefs identical to in-process (timings aside): {same}")
    client_ms = store_ms + max(trip_ms, 0.0) / 4  # a round trip is mostly waiting, not CPU
    print("projection (assumes: each worker process on its own core at the --workers 1 rate; "
          f"one client writes the store at {client_ms:.1f} ms of its time a brief (store "
          "transaction + a quarter of the round trip); the scheduler at "
          f"{SCHEDULER_TASKS_PER_S:,} tasks/s; inputs read as fast as needed):")
    for workers, per_hour, limit in project(w1, client_ms):
        print(f"  {workers:>4} workers: {per_hour:>12,.0f} articles/hour (limited by {limit})")
    print(f"inproc_apm={inproc:.1f} w1_apm={w1:.1f} w2_apm={w2:.1f} "
          f"overhead_ms={overhead_ms:.1f}")
    return 0


def _plain(doc: dict) -> dict:
    return {k: v for k, v in doc.items() if k != "timings"}


def _order(files: list[str]):
    place = {f: i for i, f in enumerate(files)}
    return lambda doc: place[doc["source"]["origin"]]


if __name__ == "__main__":
    sys.exit(main())

"""How `brief` scales on Dask: in-process, `--workers 1` and `--workers 2`, one thread each.

    python benchmarks/scale.py [--articles N] [--quick]

The twins are benchmarks/speed.py's (built by its `--build` child; see benchmarks/twins.py):
random weights with the real config.json, tokenizers and generation defaults from
../shared/real-models/, the packaged models.yaml with fixed output lengths (1.04 x each
segment's source pieces, batch_size 1, summary 80 tokens) and real English (FLORES) handed on
after each segment is generated, in the in-process run and on every Dask worker alike. Without
../shared it says so and falls back to the made-up twins (shapes only). The models are
converted (`brief models pull`) into benchmarks/out/scale/<full|quick>/home.

N distinct articles (default 300) are made from the fixtures and samples, each with one
sentence of its own inserted in words (no two clean to the same text; checked). Then, one
after the other, each a cold `brief --format jsonl --no-cache --store NEW` process with
BRIEF_THREADS=1: one model thread per process, because the defaults differ (in-process brief
takes default_threads(cores) = 1 on 2 cores, `--workers 1` takes cores / workers = 2):

  in-process            brief FILES...
  --workers 1           brief --workers 1 FILES...
  --workers 2           brief --workers 2 FILES...

Articles per minute are counted at steady state, from the first brief on stdout to the last
(start-up, i.e. model loading and the cluster's start, is shown apart). The cluster's overhead
per article is, with `--workers 1`, the wall time per article minus the time the article spent
in brief() on the worker (its own timings): what the scheduler, transfer, client and store
write add that is not hidden behind the next article. Shown beside it: the same residue
in-process, `--workers 1` minus in-process per article, and the parts measured alone (a
scheduler round trip carrying an article and a brief; one store transaction). The projection
for 8, 64 and 512 workers states its assumptions. An estimate of the run time is printed first.
Last line: `inproc_apm=.. w1_apm=.. w2_apm=.. overhead_ms=..`.
Targets (measured, not asserted): overhead <= 50 ms; on 2 cores w2 >= in-process.
--quick: small twins, 24 articles: a smoke test of the script, not a measurement.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import speed  # noqa: E402 - sibling script modules: the twins and their builder are theirs
import twins  # noqa: E402
from twins import ROOT, Setup, bench_config, pulled  # noqa: E402

OUT = ROOT / "benchmarks" / "out" / "scale"  # gitignored: converted twins, articles, stores
NAMES = ("Andi", "Budi", "Citra", "Dewi", "Eko", "Fajar", "Gita", "Hadi", "Intan", "Joko",
         "Kartika", "Lestari", "Made", "Nining", "Oki", "Putu")
PLACES = ("Bandung", "Medan", "Makassar", "Padang", "Malang", "Kupang", "Ambon", "Jayapura",
          "Palu", "Manado", "Jambi", "Bengkulu", "Ternate", "Sorong", "Kendari", "Mataram")
DEEDS = ("menyambut kabar itu", "meminta penjelasan", "menunggu keputusan", "ikut berdiskusi",
         "menyampaikan keluhan", "mendukung rencana itu")
SCHEDULER_TASKS_PER_S = 1_000  # Dask's documented ~1 ms of scheduler time per task
ROUND_TRIPS = 40
# For the estimate printed at the start: seconds an article (one thread, 2-core machine,
# measured with this script) and a cold process's start-up (models; the cluster's start).
PRIOR = {"full": (3.0, 5.0), "quick": (0.2, 1.5)}
MODES = (("in-process", []), ("--workers 1", ["--workers", "1"]),
         ("--workers 2", ["--workers", "2"]))


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


def estimate_s(n: int, per_article_s: float, startup_s: float, cores: int,
               modes: int = 3) -> float:
    """Seconds for the last `modes` runs of n articles: in-process and --workers 1 at
    `per_article_s`, --workers 2 sharing min(2, cores) cores; each with its start-up."""
    runs = [1.0, 1.0, 1.0 / max(1, min(2, cores))][3 - modes:]
    return sum(startup_s + n * per_article_s * share for share in runs)


def steady_apm(stamps: list[float]) -> float:
    """Articles a minute from the first output to the last (start-up left out)."""
    if len(stamps) < 2 or stamps[-1] <= stamps[0]:
        return 0.0
    return (len(stamps) - 1) / (stamps[-1] - stamps[0]) * 60


def in_brief_s(docs: list[dict]) -> float:
    """Mean seconds an article spent in brief() (models' loading left out), over the briefs
    after the first: the ones the steady-state window covers."""
    later = docs[1:] or docs
    return sum(d["timings"]["total_s"] - d["timings"].get("models_s", 0.0)
               for d in later) / len(later)


def timed_run(args: list[str], env: dict, total: int) -> dict:
    """Run brief, timestamp each jsonl line as it arrives; start-up, steady apm, wall."""
    cmd = [sys.executable, __file__, "--as-brief", "--format", "jsonl", *args]
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
    return {"startup_s": stamps[0], "apm": steady_apm(stamps),
            "wall_s": time.perf_counter() - t0, "brief_s": in_brief_s(docs), "docs": docs}


def as_brief(args: list[str]) -> int:
    """(child) brief's CLI with the stand-in English here and on every Dask worker it starts."""
    marian = os.environ.get(speed.STAND_IN)
    if marian:
        from translator.cluster import Cluster

        start = Cluster.local.__func__  # type: ignore[attr-defined]

        def local(cls, *a, **kw):  # type: ignore[no-untyped-def]
            cluster = start(cls, *a, **kw)
            # workers are spawned: patch each one's CTranslate2 backend (twins is importable
            # there through PYTHONPATH)
            cluster.client.run(twins.install_stand_in, Path(marian))
            return cluster

        Cluster.local = classmethod(local)  # type: ignore[method-assign]
    return speed.as_brief(args)


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


def overheads(runs: dict[str, dict]) -> dict[str, float]:
    """Per article, ms: `--workers 1` wall at steady state minus its time in brief() on the
    worker (the cluster's overhead), the same residue in-process, and w1 minus in-process."""
    wall = {k: 60_000 / r["apm"] if r["apm"] else math.nan for k, r in runs.items()}
    w1, inproc = runs["--workers 1"], runs["in-process"]
    return {"overhead_ms": wall["--workers 1"] - w1["brief_s"] * 1000,
            "inproc_residue_ms": wall["in-process"] - inproc["brief_s"] * 1000,
            "vs_inproc_ms": wall["--workers 1"] - wall["in-process"]}


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


def thread_defaults(cores: int) -> str:
    """What each mode would get unpinned: the rule this benchmark overrides with 1."""
    from translator.backends.ctranslate2_backend import default_threads
    from translator.cluster import threads_per_worker

    return (f"unpinned: in-process {default_threads(cores)} (default_threads), --workers 1 "
            f"{threads_per_worker(1, cores)}, --workers 2 {threads_per_worker(2, cores)} "
            f"(workers x threads = {cores} cores)")


def minutes(seconds: float) -> str:
    """A duration for the estimate lines."""
    return f"{seconds / 60:.1f} min" if seconds >= 90 else f"{seconds:.0f} s"


def prepare(setup: Setup, marian: Path, bart: Path) -> tuple[Path, dict]:
    """The bench config and the runs' environment; the twins converted into OUT/<name>/home."""
    work = OUT / setup.name
    work.mkdir(parents=True, exist_ok=True)
    cfg = bench_config(setup, marian, bart, work / "bench.yaml")
    env = {**os.environ, "BRIEF_HOME": str(work / "home"), "HF_HUB_OFFLINE": "1",
           "NO_COLOR": "1", "PYTHONPATH": os.pathsep.join((str(ROOT), str(ROOT / "benchmarks"))),
           "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
           "BRIEF_THREADS": "1"}  # one model thread per process, workers included
    env.pop("BRIEF_CONFIG", None)
    if setup.real:
        env[speed.STAND_IN] = str(marian)
    pull = subprocess.run([sys.executable, "-m", "translator", "models", "pull", "--config",
                           str(cfg)], cwd=ROOT, env=env, capture_output=True, text=True)
    if pull.returncode != 0:
        sys.exit(f"brief models pull failed:\n{pull.stderr[-2000:]}")
    for d in (pulled(pull.stdout, str(m)) for m in (marian, bart)):
        if d:  # a shortlist there would load with the model: this measures without one
            Path(d, "vmap.txt").unlink(missing_ok=True)
    return cfg, env


def describe(setup: Setup) -> str:
    """The twins and their fixed lengths, for the header."""
    if setup.real:
        return (f"{setup.name} real-config twins: 1.04 x source pieces a segment, batch 1, "
                f"summary {setup.summary_tokens} tokens, FLORES English to the summariser")
    return (f"{setup.name} made-up twins (../shared absent): {setup.translation_tokens} tokens "
            f"a segment, summary {setup.summary_tokens} tokens")


def report(setup: Setup, n: int, runs: dict, parts: tuple[float, float], same: bool,
           loads_start: str) -> None:
    """The table, the overhead, the projection and the last line."""
    trip_ms, store_ms = parts
    cores = os.cpu_count() or 1
    o = overheads(runs)
    inproc, w1, w2 = (runs[k]["apm"] for k, _ in MODES)
    print(f"\nscale benchmark ({describe(setup)}; {n} distinct articles; one model thread per "
          f"process via BRIEF_THREADS=1 ({thread_defaults(cores)}); {cores} cores; load "
          f"average 1/5/15 min {loads_start} at the start, {speed.loads()} at the end)")
    print(f"{'mode':<14} {'articles/min':>13} {'start-up s':>11} {'wall s':>8} "
          f"{'in brief() s/art.':>18}")
    for name, r in runs.items():
        print(f"{name:<14} {r['apm']:>13.1f} {r['startup_s']:>11.1f} {r['wall_s']:>8.1f} "
              f"{r['brief_s']:>18.3f}")
    print(f"cluster overhead per article (--workers 1: wall per article at steady state minus "
          f"its time in brief() on the worker): {o['overhead_ms']:.1f} ms (target <= 50); the "
          f"same residue in-process (render, store write): {o['inproc_residue_ms']:.1f} ms; "
          f"--workers 1 minus in-process per article: {o['vs_inproc_ms']:.1f} ms (also how fast "
          f"the same work ran in each process: noisy on a loaded machine); measured alone: "
          f"scheduler round trip with an article and a brief {trip_ms:.1f} ms, store "
          f"transaction {store_ms:.1f} ms")
    print(f"--workers 2 briefs identical to in-process (timings aside): {same}")
    client_ms = store_ms + trip_ms  # at most: part of a round trip is the worker's and waiting
    print("projection (assumes: each worker process on its own core, at the --workers 1 rate "
          "measured here (one thread); inputs read and sent as fast as needed, latency hidden by "
          f"the look-ahead; one client, the only store writer, spending at most {client_ms:.1f} "
          "ms a brief (store transaction + a whole round trip, measured alone); the scheduler "
          f"at {SCHEDULER_TASKS_PER_S:,} tasks/s (Dask's ~1 ms a task); no shared disk or "
          "network limit):")
    for workers, per_hour, limit in project(w1, client_ms):
        print(f"  {workers:>4} workers: {per_hour:>12,.0f} articles/hour (limited by {limit})")
    print(f"inproc_apm={inproc:.1f} w1_apm={w1:.1f} w2_apm={w2:.1f} "
          f"overhead_ms={o['overhead_ms']:.1f}")


def main(argv: list[str] | None = None) -> int:
    """Build, run the three modes, print the table and the last line."""
    argv = sys.argv[1:] if argv is None else argv
    sys.path.insert(0, str(ROOT))
    if argv[:1] == ["--as-brief"]:  # internal: one timed run
        return as_brief(argv[1:])
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=None, help="distinct articles (300)")
    ap.add_argument("--quick", action="store_true", help="small twins, 24 articles: smoke test")
    args = ap.parse_args(argv)
    n = args.articles or (24 if args.quick else 300)
    if n < 2:
        ap.error("--articles must be at least 2 (a rate needs two briefs)")
    setup, marian, bart = speed.built("quick" if args.quick else "full")
    if not setup.real:
        print(f"{twins.REAL} or {twins.FLORES} is absent: falling back to the made-up twins "
              "(shapes only, fixed lengths); the figures are not those of the real models",
              file=sys.stderr)
    cores = os.cpu_count() or 1
    per, start = PRIOR[setup.name]
    print(f"estimate: about {minutes(estimate_s(n, per, start, cores))} for {n} articles x 3 "
          f"modes on an idle machine (load now {speed.loads()}; the first run also converts the "
          "twins); --articles N for a shorter run", file=sys.stderr)
    cfg, env = prepare(setup, marian, bart)
    articles = make_articles(n, OUT / "articles")
    files = [str(p) for p in articles]
    loads_start = speed.loads()
    runs = {}
    for i, (name, extra) in enumerate(MODES):
        store = OUT / f"store-{name.strip('-').replace(' ', '')}.sqlite"
        for f in OUT.glob(store.name + "*"):
            f.unlink()
        runs[name] = timed_run([*extra, "--config", str(cfg), "--no-cache", "--store",
                                str(store), *files], env, n)
        r = runs[name]
        left = ""
        if i < 2 and r["apm"]:  # the measured rate, not the prior, for what is left
            rest = estimate_s(n, 60 / r["apm"], r["startup_s"], cores, modes=2 - i)
            left = f"; about {minutes(rest)} to go"
        print(f"{name}: {r['apm']:.1f} articles/min{left}", file=sys.stderr)
    same = [_plain(d) for d in runs["in-process"]["docs"]] == \
        sorted((_plain(d) for d in runs["--workers 2"]["docs"]), key=_order(files))
    parts = parts_alone(articles[0], runs["in-process"]["docs"][0], OUT / "store-parts.sqlite")
    report(setup, n, runs, parts, same, loads_start)
    return 0


def _plain(doc: dict) -> dict:
    return {k: v for k, v in doc.items() if k != "timings"}


def _order(files: list[str]):  # type: ignore[no-untyped-def]
    place = {f: i for i, f in enumerate(files)}
    return lambda doc: place[doc["source"]["origin"]]


if __name__ == "__main__":
    sys.exit(main())

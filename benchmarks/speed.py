"""How fast `brief` is against a naive transformers baseline, on real-config twins.

    python benchmarks/speed.py [--quick] [--threads N] [--article FILE] [--runs N]

A child process (`--build`) builds the twins into benchmarks/out/ (gitignored, reused; see
benchmarks/twins.py: random weights, the real configs and tokenizers from ../shared/real-models,
fixed output lengths of 1.04 x each segment's source, real English handed on after generating);
`brief models pull` converts them; then this launcher, which never imports torch, times on the
sample article, each contender a cold process started from a lean hop (`/usr/bin/time -v`, or a
small python: Linux hands a child its parent's peak memory):

  (a) naive: transformers float32, one `generate` call per segment and one for the summary;
  (b) brief --format json: the default path (CTranslate2 int8), empty translation cache;
      again under a pty (os.openpty) in the rich view, timing the first output holding the
      headline (first_s: the rich view streams, the header box as soon as the title is in);
  (c) the same, cache warm;
  ((b) and (c) run benchmarks/contender.py: brief's CLI as the `brief` command runs it, with
  none of this launcher's imports, the stand-in English installed on the first model load);
  (b) with intra_threads 2 unpinned, and with the vocabulary shortlist (translation.use_vmap);
  20 distinct articles in one process (articles per minute), the summary's cost split
  (encoder vs decoder steps), and the cold start of `brief --help` and `brief clean`.

--threads N (default 1) threads a side (torch/OMP/MKL for (a), CTranslate2 intra_threads for
brief, one batch at a time), the launcher pinned to the first N CPUs; --threads 0: each side's
library defaults on every core, unpinned (brief on 2 cores: two batches at once, one thread
each, and the summariser loading in the background while the article is translated).
The last line: `speedup=<a/b> cached_speedup=<a/c> first_s= total_s= cached_s= apm=
peak_rss_mb= vmap_coverage= ...`.
Targets (2 cores, measured, not asserted): total <= 4.0 s, first output <= 1.0 s, >= 8x the
baseline, warm <= 0.3 s, >= 20 articles/min, peak < 1 GB. --quick: small twins, a smoke test.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import twins  # noqa: E402 - a sibling script module
from contender import (  # noqa: E402,F401 - the contenders' own process, re-exported
    SELF_REPORT,
    STAND_IN,
    THREADS,
    pin_brief_threads,
    report_self,
)
from twins import (  # noqa: E402,F401 - re-exported for the tests
    FLORES,
    OUT,
    ROOT,
    Setup,
    baseline,
    bench_config,
    have_real,
    pulled,
    setups,
    summary_cost,
    throughput_articles,
    vmap_coverage,
)

SAMPLE = ROOT / "samples" / "sindonews-blinken-lavrov.txt"
GNU_TIME = shutil.which("time", path="/usr/bin:/bin")  # the binary, not the shell keyword
CONTENDER = Path(__file__).resolve().with_name("contender.py")  # (b) and (c): brief's CLI
_HOP = "import subprocess, sys; sys.exit(subprocess.call(sys.argv[1:]))"
_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07")


def built(name: str) -> tuple[Setup, Path, Path]:
    """Build (or find) the twins in a child process, so this one never holds them or torch."""
    proc = subprocess.run([sys.executable, __file__, "--build", name], cwd=ROOT,
                          stdout=subprocess.PIPE, text=True)
    if proc.returncode != 0:
        sys.exit(f"building the {name} twins failed (exit {proc.returncode})")
    doc = json.loads(proc.stdout.strip().splitlines()[-1])  # the last line: libraries may talk
    return Setup(**doc["setup"]), Path(doc["marian"]), Path(doc["bart"])


# --- the contenders' own processes ------------------------------------------------------------

def as_brief(args: list[str]) -> int:
    """(b)/(c): brief's CLI in this process (benchmarks/contender.py, which the launcher starts
    directly, so that a warm brief pays no import of this launcher's)."""
    import contender

    return contender.main(args)


# --- timing ----------------------------------------------------------------------------------

@dataclass
class Timed:
    seconds: float
    cpu_s: float  # user + sys of the contender (and of the hop, which does next to nothing)
    self_mb: float | None  # the contender's own getrusage at its end
    time_mb: float | None  # /usr/bin/time -v's "Maximum resident set size"
    code: int
    stdout: str
    stderr: str
    switches: int | None = None  # voluntary context switches (/usr/bin/time -v)


def mb(value: float | None) -> str:
    """Megabytes for the table, or n/a."""
    return "n/a" if value is None else f"{value:.0f}"


def timed(cmd: list[str], env: dict, out_dir: Path, gnu_time: str | None = GNU_TIME,
          cpus: set[int] | None = None) -> Timed:
    """Wall time, CPU time and peak memory of one cold contender, started through a lean hop
    (on `cpus` when given)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    self_file, time_file = out_dir / "self_maxrss_kb", out_dir / "time-v.txt"
    for f in (self_file, time_file):
        f.unlink(missing_ok=True)
    hop = ([gnu_time, "-v", "-o", str(time_file)] if gnu_time
           else [sys.executable, "-S", "-c", _HOP])
    env = {**env, SELF_REPORT: str(self_file)}
    pin = (lambda: os.sched_setaffinity(0, cpus)) if cpus else None
    with open(out_dir / "stdout", "w+b") as so, open(out_dir / "stderr", "w+b") as se:
        t0 = time.perf_counter()
        proc = subprocess.Popen([*hop, *cmd], cwd=ROOT, env=env, stdout=so, stderr=se,
                                preexec_fn=pin)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - t0
        so.seek(0)
        se.seek(0)
        out, err = (f.read().decode("utf-8", "replace") for f in (so, se))
    self_mb = int(self_file.read_text()) / 1024 if self_file.is_file() else None
    report = time_file.read_text() if time_file.is_file() else ""
    found = re.search(r"Maximum resident set size \(kbytes\): (\d+)", report)
    switches = re.search(r"Voluntary context switches: (\d+)", report)
    return Timed(seconds, usage.ru_utime + usage.ru_stime, self_mb,
                 int(found.group(1)) / 1024 if found else None,
                 os.waitstatus_to_exitcode(status), out, err,
                 int(switches.group(1)) if switches else None)


def first_output(cmd: list[str], env: dict, marker: str) -> tuple[float | None, float, int]:
    """(seconds to the first stdout chunk holding `marker`, seconds to exit, exit code) of a
    run whose stdout is a terminal (a pty), as a user at a terminal sees it."""
    want = " ".join(marker.split()[:4])
    master, slave = os.openpty()
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env={**env, "COLUMNS": "200"}, stdout=slave,
                            stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    os.close(slave)
    seen, first = "", None
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        seen += chunk.decode("utf-8", "replace")
        if first is None and want and want in " ".join(_ANSI.sub("", seen).split()):
            first = time.perf_counter() - t0
    code = proc.wait()
    os.close(master)
    return first, time.perf_counter() - t0, code


def checked(t: Timed, what: str) -> Timed:
    """The timing, or exit with the contender's stderr when it failed."""
    if t.code != 0:
        sys.exit(f"{what} failed (exit {t.code}):\n{t.stderr[-3000:]}")
    return t


def median_run(runs: list[Timed]) -> Timed:
    """The run of median wall time (the lower middle of an even count)."""
    return sorted(runs, key=lambda t: t.seconds)[(len(runs) - 1) // 2]


def median_time(cmd: list[str], env: dict, runs: int, what: str) -> float:
    """Median wall time of `runs` cold runs."""
    return statistics.median(checked(timed(cmd, env, OUT / "tmp"), what).seconds
                             for _ in range(runs))


def contender_env(base: dict, home: Path, threads: int) -> dict:
    """The environment of every run: isolated home, offline, and N threads where N > 0."""
    env = {**base, "BRIEF_HOME": str(home), "HF_HUB_OFFLINE": "1", "NO_COLOR": "1",
           "PYTHONPATH": str(ROOT), THREADS: str(threads)}
    env.pop("BRIEF_CONFIG", None)
    # Bytecode, as pip installs it: without, each start compiles ~50 modules (+0.07-0.18 s).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(OUT / "pycache")
    if threads > 0:  # read by OpenMP/MKL at start-up, in torch and in CTranslate2
        env.update({"OMP_NUM_THREADS": str(threads), "MKL_NUM_THREADS": str(threads)})
    return env


def raise_priority(nice: int) -> str:
    """Run this launcher (and every contender) at `nice`; what it got, in words. brief's
    CTranslate2 threads hand work over tens of thousands of times a brief; beside a CPU hog
    each hand-off waits for the hog's slice, so load slows brief more than the baseline."""
    if nice == 0:
        return "nice 0"
    try:
        os.nice(nice)
    except (PermissionError, OSError):
        return f"nice 0 (nice {nice} not permitted)"
    return f"nice {os.nice(0)}"


def pin_cpus(threads: int) -> str:
    """With N threads a side, run this launcher and every contender on the first N CPUs: the
    same core budget for both sides, and no hand-offs of CTranslate2's threads across cores."""
    if threads <= 0 or not hasattr(os, "sched_setaffinity"):
        return "not pinned"
    cpus = sorted(os.sched_getaffinity(0))[:threads]
    os.sched_setaffinity(0, cpus)
    return f"pinned to CPU {','.join(map(str, cpus))}"


def loads() -> str:
    """The 1, 5 and 15 minute load averages."""
    return "/".join(f"{x:.1f}" for x in os.getloadavg())


# --- the run -----------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    """Build, convert, time every contender and print the table."""
    argv = sys.argv[1:] if argv is None else argv
    sys.path.insert(0, str(ROOT))
    if argv[:1] == ["--as-brief"]:  # internal: contender (b)/(c)
        return as_brief(argv[1:])
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="small twins: a smoke test only")
    ap.add_argument("--article", type=Path, default=SAMPLE)
    ap.add_argument("--runs", type=int, default=3,
                    help="runs of each cold contender and start-up timing; the median is shown")
    ap.add_argument("--threads", type=int, default=1, help="threads of both sides (default 1; "
                    "0: each library's own default)")
    ap.add_argument("--nice", type=int, default=-10, help="niceness of every contender "
                    "(default -10, needs root; 0 leaves it)")
    ap.add_argument("--build", help=argparse.SUPPRESS)  # internal: build the twins, print paths
    ap.add_argument("--baseline", type=Path, help=argparse.SUPPRESS)  # internal: run (a)
    ap.add_argument("--summary-cost", type=Path, help=argparse.SUPPRESS)  # internal
    args = ap.parse_args(argv)
    if args.build:
        setup = setups()[args.build]
        marian, bart = twins.build(setup)
        print(json.dumps({"setup": asdict(setup), "marian": str(marian), "bart": str(bart)}))
        return 0
    for flag, fn in ((args.baseline, baseline), (args.summary_cost, summary_cost)):
        if flag:
            print(json.dumps(fn(json.loads(flag.read_text()))))
            report_self()
            return 0
    return measure(args)


def measure(args: argparse.Namespace) -> int:  # noqa: PLR0915 - one linear script
    """Every measurement, then the table and the last line."""
    all_cpus = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
    load_start = os.getloadavg()[0]
    priority = f"{raise_priority(args.nice)}; {pin_cpus(args.threads)}"
    loads_start = loads()
    setup, marian, bart = built("quick" if args.quick else "full")
    if not setup.real:
        print("../shared/real-models or ../shared/parallel is absent: falling back to the "
              "made-up twins (shapes only; lengths fixed at "
              f"{setup.translation_tokens} tokens a segment)", file=sys.stderr)
    work = OUT / setup.name
    home = work / "home"  # BRIEF_HOME: converted models, cache and store stay in here
    cfg = bench_config(setup, marian, bart, work / "bench.yaml")
    env = contender_env(dict(os.environ), home, args.threads)
    if setup.real:
        env[STAND_IN] = str(marian)
    brief = [sys.executable, "-m", "translator"]
    stats = twins.article_stats(args.article, marian, bart) if setup.real else {}

    t0 = time.perf_counter()
    pull = checked(timed([*brief, "models", "pull", "--config", str(cfg)], env, work / "pull"),
                   "brief models pull")
    pull_s = time.perf_counter() - t0
    ct2_dirs = [pulled(pull.stdout, str(m)) for m in (marian, bart)]
    # The default shortlist, which that pull built (or kept from an earlier run).
    coverage = vmap_coverage(Path(ct2_dirs[0] or "", "vmap.txt"), marian) if setup.real else None
    if ct2_dirs[1]:  # a summary shortlist left by an earlier run would load with the model
        Path(ct2_dirs[1], "vmap.txt").unlink(missing_ok=True)

    spec = {**asdict(setup), "marian": str(marian), "bart": str(bart), "beams": 4,
            "article": str(args.article), "threads": args.threads}
    (work / "baseline.json").write_text(json.dumps(spec))
    # Each cold contender is the median of --runs runs (by wall time): the first process after
    # another contender pays to page its model files in again, which is not what it costs.
    a = median_run([checked(timed([sys.executable, __file__, "--baseline",
                                   str(work / "baseline.json")], env, work / "a"),
                            "the baseline") for _ in range(args.runs)])
    doc_a = json.loads(a.stdout)

    def cold(what: str, config: Path = cfg, files: list[Path] | None = None,
             run_env: dict | None = None, cpus: set[int] | None = None,
             runs: int = args.runs) -> Timed:
        cmd = [sys.executable, str(CONTENDER), "--format", "json", "--config",
               str(config), *map(str, files or [args.article])]
        done = []
        for _ in range(runs):
            for f in home.glob("cache/translations.sqlite*"):
                f.unlink()
            done.append(checked(timed(cmd, run_env or env, work / what.split()[0], cpus=cpus),
                                what))
        return median_run(done)

    b = cold("b brief (cold cache)")
    c = checked(timed([sys.executable, str(CONTENDER), "--format", "json", "--config",
                       str(cfg), str(args.article)], env, work / "c"), "brief (warm cache)")
    doc_b, doc_c = json.loads(b.stdout), json.loads(c.stdout)
    same = doc_b["paragraphs"] == doc_c["paragraphs"] and doc_b["summary"] == doc_c["summary"]
    for f in home.glob("cache/translations.sqlite*"):
        f.unlink()
    first_s, pty_s, code = first_output(
        [sys.executable, str(CONTENDER), "--config", str(cfg), str(args.article)],
        env, doc_b.get("title") or doc_b["summary"])
    if code != 0:
        sys.exit(f"brief under a pty failed (exit {code})")
    two = None
    if args.threads == 1 and all_cpus and len(all_cpus) >= 2:
        env2 = {**env, THREADS: "2", "OMP_NUM_THREADS": "2", "MKL_NUM_THREADS": "2"}
        two = cold("b2 brief intra_threads 2, unpinned", run_env=env2, cpus=set(all_cpus))
    articles = throughput_articles()
    many = cold("many brief x20", files=articles, runs=1)
    apm = len(articles) / many.seconds * 60
    (work / "cost.json").write_text(json.dumps({
        "bart_ct2": ct2_dirs[1], "threads": args.threads, "summary_tokens": setup.summary_tokens,
        "body": "\n".join(p["text"] for p in doc_b["paragraphs"])}))
    cost = json.loads(checked(timed([sys.executable, __file__, "--summary-cost",
                                     str(work / "cost.json")], env, work / "cost"),
                              "summary cost").stdout)
    help_s = median_time([*brief, "--help"], env, args.runs, "brief --help")
    clean_s = median_time([*brief, "clean", str(args.article)], env, args.runs, "brief clean")
    bare = []  # the first process after an install or upgrade: no table of compiled patterns
    for _ in range(args.runs):
        shutil.rmtree(home / "cache" / "patterns", ignore_errors=True)
        bare.append(checked(timed([*brief, "clean", str(args.article)], env, work / "clean0"),
                            "brief clean (no pattern table)").seconds)
    clean0_s = statistics.median(bare)

    vm = sv = None
    if setup.real:  # without the translation shortlist, and with the summary's (options)
        vm = cold("bv brief use_vmap false",
                  config=bench_config(setup, marian, bart, work / "bench-novmap.yaml",
                                      use_vmap=False))
        scfg = bench_config(setup, marian, bart, work / "bench-svmap.yaml", summary_vmap=True)
        checked(timed([*brief, "models", "pull", "--config", str(scfg)], env, work / "spull"),
                "brief models pull (summary shortlist)")
        sv = cold("sv brief summarization.use_vmap", config=scfg)
        if ct2_dirs[1]:
            Path(ct2_dirs[1], "vmap.txt").unlink(missing_ok=True)
    load_end = os.getloadavg()[0]

    import resource  # the launcher's own peak: proof that it stayed lean

    print(f"\nspeed benchmark ({setup.name} twins, "
          f"{'real configs and tokenizers' if setup.real else 'made-up tokenizers'}; "
          f"{doc_a['segments']} segments; summary input {doc_a['summary_input']} BART tokens, "
          f"{setup.summary_tokens} out; 4 beams; threads {args.threads or 'library defaults'} "
          f"a side; {priority}; load average 1/5/15 min {loads_start} at the start, {loads()} "
          f"at the end; {os.cpu_count()} cores; pull/convert {pull_s:.1f} s; launcher peak "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB)")
    if stats:
        print("article: " + ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in stats.items()))
    rows = [("(a) naive transformers float32, per segment", a),
            (f"(b) brief, {doc_b['models']['translation']['runtime']}, empty cache", b),
            ("(c) brief, warm cache", c)]
    rows += [("(b) intra_threads 2, unpinned", two)] if two else []
    rows += [("(b) without the shortlist (use_vmap: false)", vm)] if vm else []
    rows += [("(b) + summary shortlist (option, 20k)", sv)] if sv else []
    rows += [(f"{len(articles)} articles, one process (apm {apm:.1f})", many)]
    print(f"{'contender':<48} {'wall s':>7} {'cpu s':>7} {'vs (a)':>7} {'ctx sw':>7} "
          f"{'peak MB self / time -v':>23}")
    for name, t in rows:
        print(f"{name:<48} {t.seconds:>7.2f} {t.cpu_s:>7.2f} "
              f"{'-' if t is many else f'{a.seconds / t.seconds:.1f}x':>7} "
              f"{t.switches or 'n/a':>7} "
              f"{f'{mb(t.self_mb)} / {mb(t.time_mb)}':>23}")
    print(f"{'(b) under a pty: first output (headline)':<48} "
          f"{first_s if first_s is None else round(first_s, 2)!s:>7}  (total {pty_s:.2f} s; "
          "the header box streams once the title is translated)")
    print(f"{'brief --help / brief clean FILE (medians)':<48} {help_s:>7.2f} {clean_s:>7.2f}"
          f"  (brief clean with no table of compiled patterns: {clean0_s:.2f})")
    dec = cost["beam4_s"] - cost["encoder_s"]
    print(f"summary cost (CTranslate2 int8, {args.threads} thread(s)): encoder + 1 step over "
          f"{cost['input_tokens']} tokens {cost['encoder_s']:.2f} s; {cost['steps']} decoder "
          f"steps x 4 beams {dec:.2f} s ({dec / cost['steps'] * 1000:.0f} ms a step); greedy "
          f"{cost['greedy_s']:.2f} s in all")
    if coverage:
        print(f"vocabulary shortlist (the default one): {coverage[0]:.2%} of "
              f"flores-test.opusmt.en pieces inside their line's shortlist ({coverage[1]:.0f} "
              f"candidates a line of 54,796); "
              f"{'default-worthy' if coverage[0] >= 0.995 else 'under the 99.5% bar'}")
    print(f"notes: warm-cache output identical to cold: {same}")
    print(f"speedup={a.seconds / b.seconds:.2f} cached_speedup={a.seconds / c.seconds:.2f} "
          f"first_s={first_s if first_s is None else f'{first_s:.2f}'} total_s={b.seconds:.2f} "
          f"cached_s={c.seconds:.2f} apm={apm:.1f} peak_rss_mb={mb(b.self_mb)} "
          f"vmap_coverage={'n/a' if coverage is None else f'{coverage[0]:.4f}'} "
          f"novmap_s={'n/a' if vm is None else f'{vm.seconds:.2f}'} "
          f"svmap_s={'n/a' if sv is None else f'{sv.seconds:.2f}'} "
          f"threads2_s={'n/a' if two is None else f'{two.seconds:.2f}'} "
          f"clean_s={clean_s:.2f} clean0_s={clean0_s:.2f} "
          f"threads={args.threads} loadavg_start={load_start:.2f} loadavg_end={load_end:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

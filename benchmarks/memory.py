"""Peak memory of `brief` on a short and a long article: it should not grow with the length.

    python benchmarks/memory.py [--words 1000 60000] [--runtime transformers|ctranslate2]
                                [--packaged]

Builds the tiny random models of tests/model_factory.py into benchmarks/out/memory/ (gitignored;
reused when present), writes articles of the given lengths made from the sentences of samples/
(see `long_article`), and briefs each in a fresh process. Random weights never stop on their own,
so the settings fix every output length (48 tokens per translated segment, 8 per summary, one
beam; otherwise the packaged models.yaml's, batch sizes included): the English text, hence the
summariser's work, then grows with the article as real output would. --packaged keeps the
packaged decoding settings as they are (4 beams, outputs of twice the input: much slower).
Each child reports its own peak resident memory (VmHWM of
/proc/self/status): the ru_maxrss of a child, seen from the parent through wait4 or from the child
itself, starts at the parent's peak on Linux, since fork copies the parent's high-water mark and
exec keeps it. Prints one line per article and the difference:

    words=1000 peak_mb=... seconds=...
    words=60000 peak_mb=... seconds=...
    growth_mb=...
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out" / "memory"
# Opening lines of a Kompas page, so that clean() finds a title and a dateline as usual.
_HEADER = ("Banjir Rendam 42 RT di Jakarta, Ketinggian Air di Kampung Melayu Capai 1,5 Meter\n"
           "Kompas.com - 03/03/2023, 06:45 WIB\n\nJAKARTA, KOMPAS.com - ")


def sentence_pool() -> list[str]:
    """Every sentence of the cleaned bodies of samples/*.txt."""
    from translator.clean import clean
    from translator.segment import split_sentences

    pool: list[str] = []
    for path in sorted((ROOT / "samples").glob("*.txt")):
        article = clean(path.read_text(encoding="utf-8"))
        pool.extend(s for para in article.paragraphs for s in split_sentences(para))
    return pool


def long_article(words: int, seed: int = 0) -> str:
    """Raw article text of about `words` words (a little over) that clean() keeps nearly whole.

    Each paragraph is three sample sentences, a different set of three for every paragraph, with
    every number redrawn: no paragraph repeats or nearly repeats another, so dedupe keeps all.
    """
    rng = random.Random(seed)
    pool = sentence_pool()
    combos = list(itertools.combinations(range(len(pool)), 3))
    rng.shuffle(combos)
    paragraphs: list[str] = []
    count = 0
    for combo in combos:  # 9,139 sets of three: about 500,000 words at most
        if count >= words:
            break
        para = " ".join(re.sub(r"\d+", lambda _: str(rng.randint(2, 9999)), pool[k])
                        for k in combo)
        paragraphs.append(para)
        count += len(para.split())
    if count < words:
        raise ValueError(f"long_article makes at most {count} words")
    return _HEADER + "\n\n".join(paragraphs) + "\n"


def build_tiny(base: Path = OUT) -> tuple[Path, Path]:
    """The tiny Marian and BART of tests/model_factory.py under `base`, built unless there."""
    from tests.model_factory import build_bart, build_marian, corpus_lines

    marian, bart = base / "marian", base / "bart"
    if not (marian / "config.json").is_file() or not (bart / "config.json").is_file():
        corpus = corpus_lines(sorted((ROOT / "samples").glob("*.txt")))
        build_marian(marian, corpus)
        build_bart(bart, corpus)
    return marian, bart


def fixed_config(path: Path, translation_batch: int | None = None) -> Path:
    """The packaged models.yaml with fixed, short output lengths and one beam (see above)."""
    import yaml

    from translator.config import default_config_text

    data = yaml.safe_load(default_config_text())
    t, s = data["translation"], data["summarization"]
    t["generation"] = {"num_beams": 1, "min_new_tokens": 47, "max_new_tokens": 48}
    s["generation"] = {"num_beams": 1, "min_new_tokens": 7, "max_new_tokens": 8}
    s.pop("lengths", None)
    if translation_batch:
        t["batch_size"] = translation_batch
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


def peak_mb() -> float:
    """This process's peak resident memory in MB (VmHWM: its own, not an inherited figure)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc/self/status (Linux only)")


def child(report: Path, brief_args: list[str]) -> int:
    """Run `brief ARGS` in this process, then write its exit code and peak memory to `report`."""
    from translator.cli import main

    t0 = time.perf_counter()
    code = main(brief_args)
    report.write_text(json.dumps({"code": int(code), "peak_mb": peak_mb(),
                                  "seconds": time.perf_counter() - t0}))
    return 0


def measure(article: Path, marian: Path, bart: Path, home: Path, *, runtime: str = "transformers",
            config: Path | None = None, timeout: float = 1800) -> dict:
    """Brief `article` in a fresh Python process; its exit code, peak MB and seconds."""
    report = article.with_suffix(".peak.json")
    report.unlink(missing_ok=True)
    args = ["--format", "json", "--no-store", "--no-cache", "--offline", "-q",
            "--translation-model", str(marian), "--summary-model", str(bart),
            "--runtime", runtime, *(["--config", str(config)] if config else []), str(article)]
    env = {"BRIEF_HOME": str(home), "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(ROOT),
           "PATH": "/usr/bin:/bin", "OMP_NUM_THREADS": "1"}
    proc = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--child", str(report),
                           "--", *args], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=timeout)
    if proc.returncode != 0 or not report.is_file():
        raise RuntimeError(f"the child failed (exit {proc.returncode}):\n{proc.stderr[-3000:]}")
    result = json.loads(report.read_text())
    if result["code"] != 0:
        raise RuntimeError(f"brief exited {result['code']}:\n{proc.stderr[-3000:]}")
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--words", type=int, nargs="+", default=[1000, 60000])
    ap.add_argument("--runtime", default="transformers", choices=["transformers", "ctranslate2"])
    ap.add_argument("--packaged", action="store_true",
                    help="the packaged decoding settings (4 beams, long outputs): much slower")
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)  # internal: one measured run
    ap.add_argument("brief_args", nargs="*", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    if args.child:
        return child(args.child, args.brief_args)
    marian, bart = build_tiny()
    home = OUT / "home"
    if args.runtime == "ctranslate2":
        subprocess.run([sys.executable, "-m", "translator", "models", "pull", "--translation-model",
                        str(marian), "--summary-model", str(bart)], cwd=ROOT, check=True,
                       env={"BRIEF_HOME": str(home), "PATH": "/usr/bin:/bin",
                            "PYTHONPATH": str(ROOT)})
    config = None if args.packaged else fixed_config(OUT / "fixed.yaml")
    peaks = []
    for words in args.words:
        article = OUT / f"article-{words}.txt"
        article.write_text(long_article(words), encoding="utf-8")
        r = measure(article, marian, bart, home, runtime=args.runtime, config=config)
        peaks.append(r["peak_mb"])
        print(f"words={words} peak_mb={r['peak_mb']:.0f} seconds={r['seconds']:.1f}", flush=True)
    print(f"growth_mb={peaks[-1] - peaks[0]:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

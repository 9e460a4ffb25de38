"""Contenders (b) and (c) of benchmarks/speed.py (and of summary_cost.py): brief's CLI in this
process, as the `brief` command runs it, plus what the launcher asks through the environment:

  BENCH_THREADS     CTranslate2 intra-op threads, one batch at a time (0: brief's default);
  BENCH_STAND_IN    the Marian twin whose tokenizers turn each generated batch into real English
                    (benchmarks/twins.py), installed when brief first loads a model;
  BENCH_SELF_REPORT a file for this process's peak resident memory (KiB).

    python benchmarks/contender.py [brief's arguments]

It imports nothing of the launcher (argparse, statistics, subprocess, the twins' builder), so a
warm brief (c) is timed on what the `brief` command itself imports."""

from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
THREADS = "BENCH_THREADS"
STAND_IN = "BENCH_STAND_IN"
SELF_REPORT = "BENCH_SELF_REPORT"


def pin_brief_threads(threads: int) -> None:
    """Make brief's CTranslate2 runtime use `threads` intra-op threads, one batch at a time."""
    if threads > 0:
        from translator.backends import ctranslate2_backend

        ctranslate2_backend.cpu_cores = lambda: threads
        ctranslate2_backend.parallel_batches = lambda: 1


def report_self() -> None:
    """Write this process's peak resident memory (KiB) where the launcher asked for it."""
    path = os.environ.get(SELF_REPORT)
    if path:
        import resource

        Path(path).write_text(str(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))


def stand_in_on_first_model(marian_dir: Path) -> None:
    """Install the twins' stand-in English when brief first loads a model: a warm brief,
    which loads none, never imports the twins (or CTranslate2's backend)."""
    from translator.backends import loading

    import threading

    load, lock, done = loading.load_backend, threading.Lock(), []

    def load_backend(*args, **kwargs):  # type: ignore[no-untyped-def]
        with lock:  # both models may start loading at once, in background threads
            if not done:
                if str(HERE) not in sys.path:
                    sys.path.insert(0, str(HERE))
                import twins

                twins.install_stand_in(marian_dir)
                done.append(True)
        return load(*args, **kwargs)

    loading.load_backend = load_backend


def main(args: list[str]) -> int:
    sys.path.insert(0, str(HERE.parent))
    from translator.cli import main as brief

    pin_brief_threads(int(os.environ.get(THREADS) or 0))
    if os.environ.get(STAND_IN):
        stand_in_on_first_model(Path(os.environ[STAND_IN]))
    try:
        return brief(args)
    finally:
        report_self()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

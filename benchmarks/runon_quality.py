"""How well `clean` reads pages pasted as one long line, scored per set beside the normal figures.

    python benchmarks/runon_quality.py [-v]      # every default set but the held-back ones
    python benchmarks/runon_quality.py DIR ...   # each folder as its own set

Each page's .txt is joined into one line (`" ".join(text.split())`: a CSV or JSON cell, a chat
app, `echo "$text" | brief`) and scored against its expected.json two ways with the measures
of clean_quality.py (its own `score_set`, so the figures are the same kind): `normal`, the
page as written, and `joined`, clean(joined), which breaks the line back up itself
(translator/runon.py; before clean() called it, the joined pages scored recall 0.856, removal
0.548, title 1 of 388). Removal counts the page's own furniture lines (as written) that come back
inside the body either way. Prints one line per set and reading, and the sums over all sets. -v
also prints clean_quality's lines per article. The sets never tuned on (fresh31 to fresh36) are
held back for honest measures: never scored here.
"""

from __future__ import annotations

import contextlib
import io
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
try:
    import translator  # noqa: F401  (installed, or an editable install of the checkout)
except ImportError:  # run from a bare checkout
    sys.path.insert(0, str(ROOT))

import clean_quality  # noqa: E402  (after the path set-up above)

from translator.clean import clean  # noqa: E402

# The untouched sets of the current round (scored once by clean_quality.py from a clone, never
# here): the next round's new sets replace them. fresh71-73 were scored at the end of round 29
# and pinned, fresh74-77 at the end of round 30, fresh78-81 at the end of round 31, fresh82-85
# at the end of round 32, fresh86-89 at the end of round 33, fresh90-93 after the districts
# joined the gazetteer, fresh94-97 at the end of that session, fresh98-101 as round 34's
# untouched measure, fresh102-105 as round 35's, fresh106-109 as round 36's, fresh110-113 as
# round 37's, fresh114-117 as round 38's; fresh118-121 are the names the next untouched sets
# take.
HELD_BACK = frozenset({"fresh118", "fresh119", "fresh120", "fresh121"})
SETS = {name: folder for name, folder in clean_quality.SETS.items() if name not in HELD_BACK}
READINGS: dict[str, Callable[[str], object]] = {
    "normal": clean,
    "joined": lambda text: clean(joined(text)),
}
_RATES = ("recall", "removal")
_FIELDS = ("title", "published", "dateline")


def joined(text: str) -> str:
    """The page as one line, every run of whitespace one space."""
    return " ".join(text.split())


@contextlib.contextmanager
def _reading(cleaner: Callable[[str], object]):
    """clean_quality's scorer with `cleaner` in place of clean (its junk lines stay the page's
    own, read from the text as written)."""
    saved = clean_quality.clean
    clean_quality.clean = cleaner
    try:
        yield
    finally:
        clean_quality.clean = saved


def score_readings(name: str, folder: Path, verbose: bool = False) -> dict[str, dict]:
    """clean_quality.score_set of the folder under each reading."""
    results = {}
    for reading, cleaner in READINGS.items():
        out = io.StringIO()
        with _reading(cleaner), contextlib.redirect_stdout(out):
            results[reading] = clean_quality.score_set(name, folder)
        if verbose:
            print(f"-- {reading}")
            print(out.getvalue(), end="")
    return results


def line(name: str, reading: str, r: dict) -> str:
    """One set's figures under one reading."""
    rates = " ".join(f"{m}={r[m]:.4f}" for m in _RATES)
    fields = " ".join(f"{f}={r[f]}/{r['articles']}" for f in _FIELDS)
    return f"set={name} reading={reading:6} articles={r['articles']} {rates} {fields}"


def _total(results: list[dict]) -> dict:
    """The sums over sets: rates from the summed counts, as score_set computes a set's."""
    t = {k: sum(r[k] for r in results)
         for k in ("articles", "sentences", "found", "junk", "junk_kept", *_FIELDS)}
    t["recall"] = t["found"] / t["sentences"] if t["sentences"] else 1.0
    t["removal"] = 1 - t["junk_kept"] / t["junk"] if t["junk"] else 1.0
    return t


def main(argv: list[str]) -> int:
    """Score each set under the three readings; print per set and in all."""
    verbose = "-v" in argv[1:]
    folders = [a for a in argv[1:] if a != "-v"]
    sets = {Path(a).name: Path(a).resolve() for a in folders} if folders else SETS
    t0 = time.perf_counter()
    per_reading: dict[str, list[dict]] = {r: [] for r in READINGS}
    for name, folder in sets.items():
        if name in HELD_BACK:
            print(f"brief: error: {name} is held back (never scored here)", file=sys.stderr)
            return 2
        if not folder.is_dir():
            print(f"brief: error: no fixture folder {folder}", file=sys.stderr)
            return 2
        results = score_readings(name, folder, verbose)
        for reading, r in results.items():
            per_reading[reading].append(r)
            print(line(name, reading, r))
    for reading, results in per_reading.items():
        print(line("all", reading, _total(results)))
    print(f"({time.perf_counter() - t0:.2f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))

"""Issue 9 experiment: a learned DATELINE fallback, where the cleaner's rules find none.

    python benchmarks/dateline_ranker.py                       # CV tables and the clean() check
    python benchmarks/dateline_ranker.py --untuned             # ... and the untuned rules' misses
    python benchmarks/dateline_ranker.py --export              # --untuned + write dateline_weights
    python benchmarks/dateline_ranker.py --eval DIR [DIR ...]  # fit on the allowed sets, score DIRs

Candidates and features are translator/dateline_model.py's (the product's fallback uses the
same code): runs of one to five words that open the lead line or follow a separator in its
first words, and those of a short line alone right above the lead. The model: a conditional
logit (a softmax over each page's candidates and a "no dateline" candidate, one weight vector
over standardised features, L2), numpy only, fitted on every page (a page's right candidate
is the one printed as its expected dateline; a page without one: "no dateline").

Leave-one-set-out tables: `all pages`, the ranker's best candidate on every page whose set
it was not fitted on; `fallback`, only the pages where clean()'s rules give no dateline and
no outlet stamp, where the fallback acts; with `--untuned`, the pages where each set's
untuned rules (translator/ before the set was added, read by git archive) found none: the
misses a new outlet's pages bring. At each threshold: found right, found wrong on a page
with a dateline (wrong->wrong) and a dateline added where none is expected (none->wrong).
The threshold: precision first, the one with most right among those with no wrong dateline
on the fallback (and untuned) rows; NEVER (the fallback off) where none gains. The check
runs clean() and then the exported fallback on every allowed page. Sets fresh31 ... fresh36
are never read.
"""

from __future__ import annotations

import argparse
import importlib
import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import textwrap
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
try:
    import translator  # noqa: F401  (installed, or an editable install of the checkout)
except ImportError:  # run from a bare checkout
    sys.path.insert(0, str(ROOT))

import conditional_logit  # noqa: E402  (after the path set-up above)
from conditional_logit import Model  # noqa: E402

from translator import clean as cleaner  # noqa: E402
from translator import dateline_model  # noqa: E402
from translator.dateline_model import CAND_FEATURES, NAMES, Candidate  # noqa: E402
from translator.story_edges import restarted  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
UNSEEN = frozenset(f"fresh{n}" for n in range(31, 37))  # the lead's untouched sets
NC = len(CAND_FEATURES)
WEIGHTS_PATH = ROOT / "translator" / "dateline_weights.py"
NEVER = 1.01  # a threshold no probability reaches: the rules alone
THRESHOLDS = (*(round(t, 2) for t in np.arange(0.30, 0.96, 0.05)), 0.97, 0.99, NEVER)


@dataclass
class Page:
    """A page's candidates (no dateline last, in `x`), its expected dateline and the rules'."""

    name: str
    candidates: list[Candidate]
    x: np.ndarray  # (len(candidates) + 1, len(NAMES))
    expected: str | None
    rules: str | None  # clean()'s dateline
    none: bool  # the rules found no dateline and no outlet's stamp: where the fallback acts
    gold: int | None  # row of the right candidate (the last: none); None: no row is right


def zoned(text: str) -> tuple[list, int, bool]:
    """(lines, start, none) as clean() zones the page, before its closing marks: `none`, its
    rules found neither a dateline nor an outlet's stamp."""
    lines = cleaner.rescue(cleaner.bare_bylines(cleaner.classify(cleaner.normalise(
        cleaner.unwrap_run_on(text)))))
    start, dateline, dl_outlet, _rest = cleaner._body_start(lines, cleaner.body_run(lines))
    if (again := restarted(lines, start)) is not None:
        start, dateline, dl_outlet = again, None, None
    return lines, start, dateline is None and dl_outlet is None


def page_of(name: str, text: str, expected: str | None, rules: str | None) -> Page:
    """A page ready to rank: its candidates' feature rows (no dateline last), the right row."""
    lines, start, none = zoned(text)
    cands, null = dateline_model.candidates(lines, start)
    x = np.zeros((len(cands) + 1, len(NAMES)))
    for r, c in enumerate(cands):
        x[r, :NC] = c.features
    x[-1, NC:] = null
    gold = len(cands) if expected is None else next(
        (r for r, c in enumerate(cands) if c.text == expected), None)
    return Page(name, cands, x, expected, rules, none, gold)


def allowed_sets() -> dict[str, Path]:
    """Every fixture folder with expected files but the untouched sets."""
    return {f.name: f for f in sorted(FIXTURES.iterdir())
            if f.is_dir() and f.name not in UNSEEN and any(f.glob("*.expected.json"))}


def _pages(folder: Path) -> list[tuple[str, str, dict]]:
    """The folder's (name, text, expected) triples."""
    out = []
    for path in sorted(folder.glob("*.txt")):
        want = path.with_name(path.stem + ".expected.json")
        if want.exists():
            out.append((path.stem, path.read_text(encoding="utf-8"),
                        json.loads(want.read_text(encoding="utf-8"))))
    return out


def load_set(folder: Path) -> list[Page]:
    """The folder's pages with their expected datelines and clean()'s."""
    return [page_of(name, text, want.get("dateline"), cleaner.clean(text).dateline)
            for name, text, want in _pages(folder)]


# --- the model: a conditional logit over each page's candidates -----------------------------

def fit(pages: list[Page], l2: float = 0.05, steps: int = 400, lr: float = 0.1) -> Model:
    """Maximum likelihood of each page's right candidate (conditional_logit.fit)."""
    return conditional_logit.fit(pages, NC, None, l2, steps, lr)


def best(model: Model, page: Page) -> tuple[str | None, float]:
    """The ranker's best candidate (never "no dateline") and its probability."""
    if not page.candidates:
        return None, 0.0
    p = model.probs(page)[:-1]
    r = int(p.argmax())
    return page.candidates[r].text, float(p[r])


Rows = list[tuple[Page, str | None, float]]


def cross_validate(sets: dict[str, list[Page]]) -> dict[str, Rows]:
    """Leave one set out: each page's best candidate by a model fitted on the other sets."""
    return {name: [(p, *best(fit([q for other, qs in sets.items() if other != name
                                  for q in qs]), p)) for p in pages]
            for name, pages in sets.items()} if len(sets) > 1 else {}


def counts(rows: Rows, threshold: float) -> dict[str, int]:
    """At `threshold`: pages, those with a dateline, found right, wrong->wrong (another name
    than expected) and none->wrong (a dateline where none is expected)."""
    got = [(p.expected, r if r and c >= threshold else None) for p, r, c in rows]
    return {"pages": len(got), "dated": sum(e is not None for e, _g in got),
            "right": sum(e is not None and e == g for e, g in got),
            "wrong": sum(e is not None and g is not None and e != g for e, g in got),
            "none_wrong": sum(e is None and g is not None for e, g in got)}


def pick_threshold(rows: Rows) -> float:
    """Precision first: of the thresholds at which no row gets a wrong dateline (wrong->wrong
    or none->wrong), the one with most right (the highest of equals); NEVER where none gains."""
    def clean_gain(t: float) -> int:
        c = counts(rows, t)
        return -1 if c["wrong"] or c["none_wrong"] else c["right"]
    return max(THRESHOLDS, key=lambda t: (clean_gain(t), t))


def table(label: str, rows: Rows) -> None:
    """Print the counts at each threshold."""
    print(f"{label}:")
    print(f"{'thr':>5} {'pages':>5} {'dated':>5} {'right':>5} {'wrong':>5} {'none->wrong':>11}")
    for t in THRESHOLDS:
        c = counts(rows, t)
        print(f"{'off' if t == NEVER else f'{t:.2f}':>5} {c['pages']:>5} {c['dated']:>5} "
              f"{c['right']:>5} {c['wrong']:>5} {c['none_wrong']:>11}")


# --- the untuned rules: translator/ as it stood before each set was added ---------------------

_OLD_CLEAN = """import json, sys, pathlib
import translator
assert translator.__file__.startswith(sys.argv[1]), translator.__file__
from translator.clean import clean
out = {}
for p in sys.argv[2:]:
    try:
        out[pathlib.Path(p).stem] = clean(pathlib.Path(p).read_text(encoding="utf-8")).dateline
    except Exception:  # an untuned cleaner that failed on the page: no dateline from it
        out[pathlib.Path(p).stem] = None
print(json.dumps(out))
"""


def untuned_none(folders: dict[str, Path]) -> dict[str, frozenset[str]]:
    """Each set's pages where the untuned rules (translator/ at the parent of the commit that
    added the set; read with git archive, no git state changed) gave no dateline."""
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, folder in folders.items():
            added = subprocess.run(["git", "log", "--diff-filter=A", "--format=%H", "--",
                                    str(folder)], cwd=ROOT, capture_output=True, text=True,
                                   check=True).stdout.split()
            if not added:
                continue  # not committed yet: no untuned rules to run
            old = Path(tmp) / name
            old.mkdir()
            tar = subprocess.run(["git", "archive", f"{added[-1]}^", "translator"], cwd=ROOT,
                                 capture_output=True, check=True).stdout
            with tarfile.open(fileobj=io.BytesIO(tar)) as archive:
                archive.extractall(old, filter="data")
            pages = [str(p) for p in sorted(folder.glob("*.txt"))
                     if p.with_name(p.stem + ".expected.json").exists()]
            got = json.loads(subprocess.run(
                [sys.executable, "-c", _OLD_CLEAN, str(old), *pages], cwd=tmp, check=True,
                capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(old)}
            ).stdout)
            out[name] = frozenset(k for k, v in got.items() if v is None)
    return out


def cv_report(oof: dict[str, Rows], untuned: dict[str, frozenset[str]] | None = None
              ) -> float:
    """Print the CV tables and the fallback rows; returns the threshold picked (on today's
    fallback rows and, with `untuned`, the untuned rules' None pages too)."""
    pooled = [r for rows in oof.values() for r in rows]
    reach = sum(p.gold is not None for p, _r, _c in pooled if p.expected is not None)
    print(f"reach: the right name is a candidate on {reach} of "
          f"{sum(p.expected is not None for p, _r, _c in pooled)} pages with a dateline")
    table("all pages (leave one set out; the ranker's best candidate)", pooled)
    fallback = [r for r in pooled if r[0].none]
    table("fallback (only the pages where the rules find no dateline nor stamp)", fallback)
    picked = fallback
    if untuned is not None:
        old = [r for name, rows in oof.items() for r in rows if r[0].name in untuned.get(name, ())]
        table("untuned (only the pages where each set's untuned rules found no dateline)", old)
        picked = fallback + [r for r in old if not r[0].none]
        table("picked on (fallback rows and untuned rows, each page once)", picked)
    thr = pick_threshold(picked)
    print(f"threshold picked: {'off' if thr == NEVER else thr}")
    # nested: each set at the threshold picked on the other sets' rows, the pick's own error
    keys = {id(r[0]) for r in picked}
    nested = {"pages": 0, "dated": 0, "right": 0, "wrong": 0, "none_wrong": 0}
    for name, rows in oof.items():
        mine = [r for r in rows if id(r[0]) in keys]
        others = [r for other, rs in oof.items() if other != name for r in rs if id(r[0]) in keys]
        c = counts(mine, pick_threshold(others))
        nested = {k: nested[k] + c[k] for k in nested}
    print("nested (each set at the threshold picked on the others): "
          + " ".join(f"{k}={v}" for k, v in nested.items()))
    for p, r, c in picked:
        if (p.expected is not None and r != p.expected and c >= 0.5) or (
                p.expected is None and c >= 0.5) or (p.expected is not None and p.none):
            print(f"  {p.name}: best {r!r:.40} ({c:.2f}) want {p.expected!r}")
    return thr


def render_weights(model: Model, threshold: float, sets: dict[str, list[Page]]) -> str:
    """translator/dateline_weights.py's text: the fitted table and the threshold."""
    about = textwrap.fill(
        "Regenerate (fit again, the threshold picked again on leave-one-set-out CV) after a "
        "change to translator/dateline_model.py's features or to the cleaner's rules, and run "
        "tests/test_dateline_model.py. The learned dateline ranker's fitted table "
        "(dateline_model.py reads it): for each feature, its weight in a linear score over "
        "standardised features and the mean and scale that standardise it, fitted on "
        f"{sum(map(len, sets.values()))} pages of the sets {', '.join(sets)}. These "
        f"{len(NAMES)} numbers are a fitted table of constants, not model weights (those are "
        "the translation and summary networks). A THRESHOLD above 1 turns the fallback off.",
        width=95)
    return conditional_logit.weights_module(
        "dateline_ranker.py", about, threshold,
        "the best candidate's probability to name it (CV-picked)", model, NAMES)


def package_check(folders: dict[str, Path], threshold: float | None = None) -> None:
    """clean() and then dateline_model.fallback_dateline (the exported table) where its rules
    found none, on every page: datelines changed right->wrong, none->wrong, ->right; CPU."""
    changed = {"right->wrong": 0, "none->wrong": 0, "wrong->wrong": 0, "->right": 0}
    n = acted = 0
    clean_cpu = fb_cpu = 0.0
    for folder in folders.values():
        for name, text, want in _pages(folder):
            c0 = time.process_time()
            got = rules = cleaner.clean(text).dateline
            clean_cpu += time.process_time() - c0
            lines, start, none = zoned(text)  # clean()'s own work: the hook has it
            n += 1
            if rules is None and none:
                acted += 1
                c0 = time.process_time()
                got = dateline_model.fallback_dateline(lines, start, threshold)
                fb_cpu += time.process_time() - c0
            if got != rules:
                expected = want.get("dateline")
                key = "->right" if got == expected else "right->wrong" if rules == expected \
                    else "none->wrong" if expected is None else "wrong->wrong"
                changed[key] += 1
                print(f"  {folder.name}/{name}: {rules!r} -> {got!r} want {expected!r}")
    print(f"check: {n} pages, the fallback asked on {acted}; changed "
          + " ".join(f"{k}={v}" for k, v in changed.items())
          + f"; CPU clean() {clean_cpu:.2f} s, the fallback {fb_cpu:.3f} s "
          f"({1000 * fb_cpu / max(1, acted):.2f} ms a page asked)")


def main(argv: list[str]) -> int:
    """The CV tables and the check; --export writes the table, --eval scores other sets."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--eval", nargs="+", type=Path, metavar="DIR")
    ap.add_argument("--untuned", action="store_true",
                    help="also the pages where each set's untuned rules found no dateline "
                         "(git archive of translator/ before the set was added)")
    ap.add_argument("--export", action="store_true",
                    help=f"fit on every allowed set, write {WEIGHTS_PATH.relative_to(ROOT)} "
                         "(the threshold picked with --untuned)")
    args = ap.parse_args(argv)
    for folder in args.eval or []:
        if not folder.is_dir() or not any(folder.glob("*.expected.json")):
            ap.error(f"no fixture set (NAME.txt with NAME.expected.json) in {folder}")
        if folder.resolve().name in UNSEEN:
            ap.error(f"{folder} is an untouched set: the lead scores it")
    t0, c0 = time.time(), time.process_time()
    sets = {name: load_set(folder) for name, folder in allowed_sets().items()}
    print(f"loaded {sum(map(len, sets.values()))} pages of {len(sets)} sets in "
          f"{time.process_time() - c0:.1f} s CPU")
    thr = cv_report(cross_validate(sets),
                    untuned_none(allowed_sets()) if args.untuned or args.export else None)
    model = fit([p for pages in sets.values() for p in pages])
    if args.export:
        WEIGHTS_PATH.write_text(render_weights(model, thr, sets), encoding="utf-8")
        print(f"wrote {WEIGHTS_PATH.relative_to(ROOT)}")
        importlib.reload(importlib.import_module("translator.dateline_weights"))
    for folder in args.eval or []:
        rows = [(p, *best(model, p)) for p in load_set(folder)]
        c = counts([r for r in rows if r[0].none], thr)
        print(f"set={folder.name} " + " ".join(f"{k}={v}" for k, v in c.items())
              + f" (fallback rows, threshold {thr})")
    if WEIGHTS_PATH.exists():
        package_check(allowed_sets())
    print(f"time: {time.time() - t0:.1f} s wall, {time.process_time() - c0:.1f} s CPU")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Issue 9 experiment: does a learned title ranker generalise to unseen outlets better than the
cleaner's hand rules?

    python benchmarks/title_ranker.py                        # the cross-validation table
    python benchmarks/title_ranker.py --eval DIR [DIR ...]   # fit on all allowed sets, score DIRs
    python benchmarks/title_ranker.py --fallback   # the fallback's CV, clean() + fallback check
    python benchmarks/title_ranker.py --export     # ... and write translator/title_weights.py

Candidates: the lines of the page's header zone, each with features of shape (position, length,
case, end marks, digits/dates/times/URLs/separators, content words shared with the lead and the
body, repeats, the lines around it) and the cleaner's own verdicts on it (its furniture kinds,
plea/menu/credit/logo patterns, headline_shaped, echoes_lead, ...: RULE_FEATURES, called
read-only), plus a "no title" candidate with features of its own. The header is what clean()
draws (every line above the story's first paragraph), or with the simple rule the 20 lines
above the first line of 20+ words ending a sentence. A candidate's title is what the cleaner
makes of its line (strip_outlet, tab_title). The features are translator/title_model.py's
(the product's fallback title uses the same code). The model: a conditional logit (a softmax
over each page's candidates, one weight vector over standardised features, L2), numpy only.

Columns: `ranker` all features, clean()'s zoning; `shape` without RULE_FEATURES; `pure`
without them and with the simple zoning; each leave-one-set-out. `fwd`, `fwd-pure`: fitted
only on the sets written before the set's own group (GROUPS), as the rules had only those when
the set was first scored: the fair match for `untuned`, each set's first, untuned clean() score
(UNTUNED); `rules` is clean() today (in-sample: tuned on every set). `comb`: the rules' title
unless the ranker picks another with probability above a threshold picked on the other sets'
CV predictions. Sets fresh27 and later are never read unless named with --eval.

The fallback (clean()'s title where its rules give None, title_model.fallback_title): its CV
reads the pages where today's rules give None and those where each set's untuned rules did
(UNTUNED_NONE), each ranked by a model fitted on the other sets; the threshold is the one with
most titles gained less WRONG_COST per wrong title. --export fits on every allowed set and
writes the table and the threshold; both then check clean() + the fallback on every page.
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
import sys
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
from translator import headline as hl  # noqa: E402
from translator import title_model, zones  # noqa: E402
from translator.lines import FINAL, classify  # noqa: E402
from translator.story_edges import restarted  # noqa: E402
from translator.title_model import (  # noqa: E402, F401  (NULL_FEATURES: for the tests)
    CAND_FEATURES,
    NAMES,
    NULL_FEATURES,
    Candidate,
)

FIXTURES = ROOT / "tests" / "fixtures"
FIRST_UNSEEN = 27  # fresh27 and later: the lead's untouched sets, never read in CV
# Each set's first, untuned title score (benchmarks/clean_quality.py FLOORS comments and the
# benchmarks README table); `text` and `heldout` have none recorded (written with the rules).
UNTUNED = {"outlets": (12, 19), "fresh": (13, 15), "fresh2": (14, 16), "fresh3": (13, 14),
           "fresh4": (12, 14), "fresh5": (13, 15), "fresh6": (11, 13), "fresh7": (11, 11),
           "fresh8": (12, 12), "fresh9": (15, 15), "fresh10": (11, 15), "fresh11": (14, 15),
           "fresh12": (15, 15), "fresh13": (15, 15), "fresh14": (13, 15), "fresh15": (15, 15),
           "fresh16": (12, 15), "fresh17": (12, 15), "fresh18": (14, 15), "fresh19": (13, 15),
           "fresh20": (14, 15), "fresh21": (12, 12), "fresh22": (12, 12), "fresh23": (14, 15),
           "fresh24": (10, 15), "fresh25": (12, 14), "fresh26": (14, 15)}
NC = len(CAND_FEATURES)
# The cleaner's own predicates and zoning verdicts, tuned on these very sets: the ablation
# without them says how much the ranker learns from shape alone.
RULE_FEATURES = frozenset({
    "kind_byline", "kind_date", "kind_furniture", "zone_junk", "plea", "menu_path", "credit",
    "site_tagline", "logo", "names_site", "headline_shaped", "kicker", "shouted_unrelated",
    "alt_with_name", "credit_tailed", "echoes_lead", "headline_score", "null_shaped_none",
    "null_log_shaped", "kind_text", "title_changed"})
SHAPE_ONLY = np.array([n not in RULE_FEATURES for n in NAMES], dtype=float)


@dataclass
class Page:
    """A page's candidates (the no-title candidate last, in `x`), its expected title and the
    rules' one."""

    name: str
    candidates: list[Candidate]
    x: np.ndarray  # (len(candidates) + 1, len(NAMES))
    expected: str | None
    rules: str | None
    gold: int | None  # row of the right candidate (the last: no title); None: no row is right


SIMPLE_PROSE_WORDS = 20  # the simple zoning: the first line this long ending a sentence is the lead
SIMPLE_HEADER_LINES = 20  # ... and this many lines right above it are the candidates


def header_zone(text: str, simple: bool = False
                ) -> tuple[list, int, int, tuple[int, int] | None, str, str]:
    """(lines, first, start, run, lead, body) as clean() zones the page: the header is
    lines[first:start]. `simple`: the story starts at the first line of SIMPLE_PROSE_WORDS
    words ending a sentence, the header is the SIMPLE_HEADER_LINES lines above it."""
    lines = zones.rescue(cleaner.bare_bylines(classify(cleaner.normalise(text))))
    if simple:
        start = next((i for i, ln in enumerate(lines) if FINAL.search(ln.text)
                      and len(ln.text.split()) >= SIMPLE_PROSE_WORDS), len(lines))
        first, run, rest, dl_outlet = max(0, start - SIMPLE_HEADER_LINES), None, None, None
    else:
        # as clean() zones it: a newsletter's restart, the marks closing the story
        run = zones.body_run(lines)
        start, _dateline, dl_outlet, rest = cleaner._body_start(lines, run)
        if (again := restarted(lines, start)) is not None:
            start, dl_outlet, rest = again, None, None
        lines, first = cleaner._closing_marks(lines, start)[0], 0
    lead = hl.lead_of([rest if i == start and rest and dl_outlet else ln.text
                       for i, ln in enumerate(lines[start:start + hl.LEAD_LINES], start)
                       if ln.kind == "text"])
    body = " ".join(ln.text for ln in lines[start:] if ln.kind == "text")
    return lines, first, start, run, lead, body


def candidates(text: str, simple: bool = False) -> tuple[list[Candidate], list[float]]:
    """The header zone's lines as candidates with their features (title_model.candidates), and
    the no-title candidate's features (`simple`: header_zone's simple rule)."""
    lines, first, start, run, lead, _body = header_zone(text, simple)
    return title_model.candidates(lines, start, run, lead, first)


def page_of(name: str, text: str, expected: str | None, rules: str | None,
            simple: bool = False) -> Page:
    """A page ready to rank: its candidates' feature rows (no title last) and the right row."""
    cands, null = candidates(text, simple)
    x = np.zeros((len(cands) + 1, len(NAMES)))
    for r, c in enumerate(cands):
        x[r, :NC] = c.features
    x[-1, NC:] = null
    gold = len(cands) if expected is None else next(
        (r for r, c in enumerate(cands) if expected in (c.title, c.text)), None)
    return Page(name, cands, x, expected, rules, gold)


# Sets first scored together, in the order they were written: the forward CV trains on the
# groups before a set's own, as the rules had been tuned on those alone when it was scored.
GROUPS = (("text", "heldout"), ("outlets",), ("fresh",), *((f"fresh{n}",) for n in range(2, 9)),
          *((f"fresh{n}", f"fresh{n + 1}") for n in range(9, 23, 2)),
          ("fresh23", "fresh24", "fresh25", "fresh26"))
ROUND = {name: k for k, group in enumerate(GROUPS) for name in group}


def allowed_sets() -> dict[str, Path]:
    """Every fixture folder with expected files, but fresh27 and later (the untouched sets)."""
    out = {}
    for folder in sorted(FIXTURES.iterdir(), key=lambda f: (ROUND.get(f.name, 99), f.name)):
        m = re.fullmatch(r"fresh(\d+)", folder.name)
        if m and int(m.group(1)) >= FIRST_UNSEEN:
            continue
        if folder.is_dir() and any(folder.glob("*.expected.json")):
            out[folder.name] = folder
    return out


def load_set(folder: Path, simple: bool = False) -> list[Page]:
    """The folder's pages with their expected titles and clean()'s."""
    pages = []
    for path in sorted(folder.glob("*.txt")):
        expected_path = path.with_name(path.stem + ".expected.json")
        if not expected_path.exists():
            continue
        text, want = path.read_text(encoding="utf-8"), json.loads(
            expected_path.read_text(encoding="utf-8")).get("title")
        pages.append(page_of(path.stem, text, want, cleaner.clean(text).title, simple))
    return pages


# --- the model: a conditional logit over each page's candidates -----------------------------

def fit(pages: list[Page], mask: np.ndarray | None = None, l2: float = 0.05, steps: int = 400,
        lr: float = 0.1) -> Model:
    """Maximum likelihood of each page's right candidate (conditional_logit.fit)."""
    return conditional_logit.fit(pages, NC, mask, l2, steps, lr)


def predict(model: Model, page: Page) -> tuple[str | None, float]:
    """The ranker's title for a page (None: no title) and its probability."""
    p = model.probs(page)
    r = int(p.argmax())
    return (None if r == len(page.candidates) else page.candidates[r].title), float(p[r])


def combine(rules: str | None, ranked: str | None, confidence: float, threshold: float
            ) -> str | None:
    """The rules' title unless the ranker picks another with more than `threshold`."""
    return ranked if ranked != rules and confidence > threshold else rules


Rows = list[tuple[Page, str | None, float]]


def _frac(k: int, n: int) -> str:
    return f"{k}/{n}"


THRESHOLDS = tuple(round(t, 2) for t in np.arange(0.30, 1.0, 0.05)) + (1.0,)


def precise_threshold(rows: Rows, share: float = 0.99) -> float:
    """The lowest threshold above which the ranker's CV picks are right `share` of the time:
    where it may overrule the rules without knowing how good they are."""
    def precise(t: float) -> bool:
        sel = [r == p.expected for p, r, c in rows if c > t]
        return not sel or sum(sel) >= share * len(sel)
    return min(t for t in THRESHOLDS if precise(t))


def pick_threshold(rows: Rows) -> float:
    """The threshold at which the combination gets most titles right on `rows` (the highest
    of equals: trust the rules unless the data say otherwise)."""
    return max(THRESHOLDS, key=lambda t: (_right(rows, t), t))


# --- reports --------------------------------------------------------------------------------


def cross_validate(sets: dict[str, list[Page]], mask: np.ndarray | None = None,
                   forward: bool = False) -> dict[str, Rows | None]:
    """Leave one set out: each set's titles predicted by a model fitted on all the others;
    `forward`: on the earlier groups' sets only (None for the first group)."""
    out: dict[str, Rows | None] = {}
    for name in sets:
        train = [p for other, pages in sets.items() if other != name
                 and (not forward or ROUND.get(other, 99) < ROUND.get(name, 99)) for p in pages]
        model = fit(train, mask) if train else None
        out[name] = [(p, *predict(model, p)) for p in sets[name]] if model else None
    return out


def _right(rows: Rows | None, threshold: float | None = None) -> int | None:
    """Titles right on `rows`: the ranker's, or the combination's at `threshold`."""
    return None if rows is None else sum(
        (r if threshold is None else combine(p.rules, r, c, threshold)) == p.expected
        for p, r, c in rows)


def cv_report(sets: dict[str, list[Page]], simple: dict[str, list[Page]]) -> None:
    """Print the CV table, the threshold and the weights of a model fitted on everything;
    `simple`: the same pages zoned by the simple rule, for the ranker without the rules."""
    oof = cross_validate(sets)
    runs = {"ranker": oof, "shape": cross_validate(sets, SHAPE_ONLY),
            "pure": cross_validate(simple, SHAPE_ONLY), "fwd": cross_validate(sets, forward=True),
            "fwd-pure": cross_validate(simple, SHAPE_ONLY, forward=True)}
    cols = ("reach", *runs, "rules", "untuned", "comb")
    print(f"{'set':9} {'pages':>5} " + " ".join(f"{c:>8}" for c in cols) + "   thr")
    tot: dict[str, dict[str, tuple[int, int]]] = {"all": {}, "untuned*": {}}
    for name, rows in oof.items():
        thr = pick_threshold([r for other, rs in oof.items() if other != name for r in rs or []])
        un = UNTUNED.get(name)
        row = {"n": len(rows), "reach": sum(p.gold is not None for p, _r, _c in rows),
               **{label: _right(run[name]) for label, run in runs.items()},
               "rules": sum(p.rules == p.expected for p, _r, _c in rows),
               "untuned": un[0] if un and un[1] == len(rows) else None,
               "comb": _right(rows, thr)}
        print(f"{name:9} {row['n']:5} " + " ".join(
            f"{'n/a' if row[c] is None else _frac(row[c], row['n']):>8}" for c in cols)
            + f"  {thr:4.2f}")
        for label in tot if row["untuned"] is not None else ("all",):
            for key, val in row.items():
                k, n = tot[label].get(key, (0, 0))
                tot[label][key] = (k + (val or 0), n + (row["n"] if val is not None else 0))
    for label, t in tot.items():
        print(f"{label:9} {t['n'][0]:5} " + " ".join(f"{_frac(*t[c]):>8}" for c in cols))
    print("* the sets with a recorded untuned score; n/a cells count in no total")
    pooled = [row for rows in oof.values() for row in rows or []]
    print(f"threshold on all CV predictions: {pick_threshold(pooled):.2f} (most titles right); "
          f"{precise_threshold(pooled):.2f} (the ranker 99% right above it)")
    print(f"reach with the simple zoning: "
          f"{sum(p.gold is not None for ps in simple.values() for p in ps)}")
    for label, mask in (("ranker", None), ("shape-only", SHAPE_ONLY)):
        model = fit([p for pages in sets.values() for p in pages], mask)
        print(f"{label} weights (standardised features, fitted on every allowed set), by size:")
        for i in np.argsort(-np.abs(model.w)):
            if model.mask[i]:
                print(f"  {NAMES[i]:24} {model.w[i]:+.3f}")
    for label in ("ranker", "pure"):
        wrong = [(p, r) for rs in runs[label].values() for p, r, _c in rs or []
                 if r != p.expected]
        print(f"{label} misses ({len(wrong)}):")
        for p, r in wrong:
            print(f"  {p.name}: got {r!r:.80} want {p.expected!r:.80}"
                  f"{'' if p.gold is not None else ' (no candidate)'}")


# --- the fallback: the ranker's title only where the rules give None --------------------------

WEIGHTS_PATH = ROOT / "translator" / "title_weights.py"
NEVER = 1.01  # a threshold no probability reaches: the rules alone
FALLBACK_THRESHOLDS = (*THRESHOLDS[:-1], 0.97, 0.99, NEVER)
WRONG_COST = 3  # a wrong title costs three right ones: one is worse than none


# The pages where each set's untuned rules (translator/ as of the commit that added the set,
# run on it before any tuning) gave no title: today's rules, tuned on every allowed set, give
# None on almost none of them, so the fallback's CV reads these too. fresh17 has one page
# the untuned rules failed on (an exception): left out.
UNTUNED_NONE = {"fresh": ("infopublik-vaksin-hpv",),
                "fresh5": ("haisumbar-rendang-ekspor-payakumbuh",),
                "fresh14": ("yosefardi-en-halmahera-smelter-power",),
                "fresh18": ("suarakaltara-kuota-pupuk",),
                "fresh19": ("rasikafm-waspada-longsor-limbangan",),
                "fresh23": ("gugatnews-kirab-budaya-sukoharjo",),
                "fresh25": ("ligaindonesia-kalimaya-fc-seleksi-pemain",),
                "fresh26": ("expatlife-en-labuan-bajo-boat-rules",)}


def untitled(name: str, page: Page) -> bool:
    """The rules give no title on the page: today's, or the untuned ones (UNTUNED_NONE)."""
    return page.rules is None or page.name in UNTUNED_NONE.get(name, ())


def best_line(model: Model, page: Page) -> tuple[str | None, float]:
    """The ranker's best header line (never "no title"): its title and probability."""
    if not page.candidates:
        return None, 0.0
    p = model.probs(page)[:-1]
    r = int(p.argmax())
    return page.candidates[r].title, float(p[r])


def fallback(rules: str | None, line: str | None, confidence: float, threshold: float
             ) -> str | None:
    """The rules' title; where they give None, the ranker's best line if `threshold` sure."""
    return rules if rules is not None else line if line and confidence >= threshold else None


def fallback_rows(sets: dict[str, list[Page]]) -> dict[str, Rows]:
    """Leave one set out: each set's pages where the rules give None (today's or the untuned
    ones), with the best line of a model fitted on the other sets."""
    out = {}
    for name, pages in sets.items():
        model = fit([p for other, ps in sets.items() if other != name for p in ps])
        out[name] = [(p, *best_line(model, p)) for p in pages if untitled(name, p)]
    return out


def fallback_counts(rows: Rows, threshold: float) -> dict[str, int]:
    """On the rules' None pages: right before and after, titles gained, right->wrong (a
    title where none is expected) and wrong->wrong (another title than expected)."""
    got = [(p.expected, fallback(None, r, c, threshold)) for p, r, c in rows]
    return {"pages": len(got), "before": sum(e is None for e, _g in got),
            "after": sum(e == g for e, g in got),
            "gained": sum(e is not None and e == g for e, g in got),
            "lost": sum(e is None and g is not None for e, g in got),
            "wrong": sum(e is not None and g is not None and e != g for e, g in got)}


def pick_fallback(rows: Rows) -> float:
    """The threshold with most titles gained less WRONG_COST per wrong title (the highest of
    equals: precision first)."""
    def worth(t: float) -> float:
        c = fallback_counts(rows, t)
        return c["gained"] - WRONG_COST * (c["lost"] + c["wrong"])
    return max(FALLBACK_THRESHOLDS, key=lambda t: (worth(t), t))


def fallback_report(oof: dict[str, Rows]) -> float:
    """Print the fallback's CV on the rules' None pages: pooled by threshold, then each set
    at the threshold picked on the other sets; returns the threshold picked on all."""
    pooled = [row for rows in oof.values() for row in rows]
    print("fallback CV (leave one set out; only the pages where the rules give None):")
    print(f"{'thr':>5} {'pages':>5} {'before':>6} {'after':>5} {'gained':>6} {'lost':>4} "
          f"{'wrong':>5}")
    for t in FALLBACK_THRESHOLDS:
        c = fallback_counts(pooled, t)
        print(f"{'off' if t == NEVER else f'{t:.2f}':>5} " + " ".join(
            f"{c[k]:>{w}}" for k, w in (("pages", 5), ("before", 6), ("after", 5),
                                        ("gained", 6), ("lost", 4), ("wrong", 5))))
    nested = {"pages": 0, "before": 0, "after": 0, "gained": 0, "lost": 0, "wrong": 0}
    for name, rows in oof.items():
        thr = pick_fallback([r for other, rs in oof.items() if other != name for r in rs])
        c = fallback_counts(rows, thr)
        nested = {k: nested[k] + c[k] for k in nested}
        if c["gained"] or c["lost"] or c["wrong"]:
            print(f"  {name} (thr {thr:.2f}): " + " ".join(f"{k}={v}" for k, v in c.items()))
    print("nested (each set at the threshold of the others): "
          + " ".join(f"{k}={v}" for k, v in nested.items()))
    thr = pick_fallback(pooled)
    print(f"fallback threshold on all CV predictions: {thr:.2f}; today's rules give None on "
          + " ".join(f"{k}={v}" for k, v in fallback_counts(
              [r for r in pooled if r[0].rules is None], thr).items()))
    for p, r, c in pooled:
        print(f"  {p.name}{' (today)' if p.rules is None else ''}: best {r!r:.50} ({c:.2f}) "
              f"want {p.expected!r:.50}")
    return thr


def render_weights(model: Model, threshold: float, sets: dict[str, list[Page]]) -> str:
    """translator/title_weights.py's text: the fitted table and the threshold."""
    about = textwrap.fill(
        "Regenerate (fit again, the threshold picked again on leave-one-set-out CV) after a "
        "change to translator/title_model.py's features or to the cleaner's rules they read, "
        "and run tests/test_title_model.py. The learned title ranker's fitted table "
        "(title_model.py reads it): for each feature, its weight in a linear score over "
        "standardised features and the mean and scale that standardise it, fitted on "
        f"{sum(map(len, sets.values()))} pages of the sets {', '.join(sets)}. These "
        f"{len(NAMES)} numbers are a fitted table of constants of a linear model, not model "
        "weights in the \"never commit model weights\" sense (those are the translation and "
        "summary networks).", width=95)
    return conditional_logit.weights_module(
        "title_ranker.py", about, threshold,
        "the best line's probability at which it is the title (CV-picked)", model, NAMES)


def package_check(folders: dict[str, Path]) -> None:
    """clean() and then title_model.fallback_title (the exported table) on every page: titles
    changed right->wrong, wrong->right and wrong->wrong, and the CPU of each."""
    changed = {"right->wrong": 0, "wrong->right": 0, "wrong->wrong": 0}
    n = none = 0
    clean_cpu = fb_cpu = 0.0
    for folder in folders.values():
        for path in sorted(folder.glob("*.txt")):
            expected_path = path.with_name(path.stem + ".expected.json")
            if not expected_path.exists():
                continue
            text = path.read_text(encoding="utf-8")
            want = json.loads(expected_path.read_text(encoding="utf-8")).get("title")
            c0 = time.process_time()
            rules = got = cleaner.clean(text).title
            clean_cpu += time.process_time() - c0
            if rules is None:
                none += 1
                # the zoning is clean()'s own work (the hook passes what it has): not timed
                lines, _first, start, run, lead, _body = header_zone(text)
                c0 = time.process_time()
                got = title_model.fallback_title(lines, start, run, lead, rules)
                fb_cpu += time.process_time() - c0
            n += 1
            if got != rules:
                key = ("right" if rules == want else "wrong") + "->" \
                    + ("right" if got == want else "wrong")
                changed[key] += 1
                print(f"  {folder.name}/{path.stem}: {rules!r:.60} -> {got!r:.60} "
                      f"want {want!r:.60}")
    print(f"package check: {n} pages, rules None on {none}; changed "
          + " ".join(f"{k}={v}" for k, v in changed.items())
          + f"; CPU clean() {clean_cpu:.2f} s, the fallback {fb_cpu:.3f} s "
          f"({1000 * fb_cpu / max(1, none):.1f} ms a None page)")


def eval_report(sets: dict[str, list[Page]], simple: dict[str, list[Page]], dirs: list[Path]
                ) -> None:
    """Fit on every allowed set (thresholds from their CV), then score each of `dirs`: the
    ranker, the pure ranker (simple zoning, shape only), clean() and the combinations."""
    pooled = [row for rows in cross_validate(sets).values() for row in rows or []]
    thr, sure = pick_threshold(pooled), precise_threshold(pooled)
    fb = pick_fallback([r for rows in fallback_rows(sets).values() for r in rows])
    model = fit([p for pages in sets.values() for p in pages])
    pure = fit([p for pages in simple.values() for p in pages], SHAPE_ONLY)
    trained = {f.resolve() for f in allowed_sets().values()}
    for folder in dirs:
        rows = [(p, *predict(model, p)) for p in load_set(folder)]
        bare = [(p, *predict(pure, p)) for p in load_set(folder, simple=True)]
        n = len(rows)
        filled = sum(fallback(p.rules, *best_line(model, p), fb) == p.expected
                     for p, _r, _c in rows)
        print(f"set={folder.name} articles={n} ranker={_frac(_right(rows) or 0, n)} "
              f"pure={_frac(_right(bare) or 0, n)} "
              f"clean={_frac(sum(p.rules == p.expected for p, _r, _c in rows), n)} "
              f"combination={_frac(_right(rows, thr) or 0, n)} (threshold {thr:.2f}) "
              f"combination_precise={_frac(_right(rows, sure) or 0, n)} (threshold {sure:.2f}) "
              f"fallback={_frac(filled, n)} (threshold {fb:.2f})"
              + (" [in training]" if folder.resolve() in trained else ""))
        for (p, r, c), (_p, b, _c) in zip(rows, bare, strict=True):
            if len({r, b, p.rules, p.expected}) > 1:
                print(f"  {p.name}: ranker {r!r:.60} ({c:.2f}) pure {b!r:.60} "
                      f"clean {p.rules!r:.60} want {p.expected!r:.60}")


def main(argv: list[str]) -> int:
    """Run the CV table, or --eval on the named folders."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--eval", nargs="+", type=Path, metavar="DIR")
    ap.add_argument("--fallback", action="store_true",
                    help="the fallback's CV (where the rules give None) and the package check")
    ap.add_argument("--export", action="store_true",
                    help=f"fit on every allowed set, write {WEIGHTS_PATH.relative_to(ROOT)}")
    args = ap.parse_args(argv)
    for folder in args.eval or []:
        if not folder.is_dir() or not any(folder.glob("*.expected.json")):
            ap.error(f"no fixture set (NAME.txt with NAME.expected.json) in {folder}")
    t0, c0 = time.time(), time.process_time()
    sets = {name: load_set(folder) for name, folder in allowed_sets().items()}
    print(f"loaded {sum(map(len, sets.values()))} pages of {len(sets)} sets in "
          f"{time.process_time() - c0:.1f} s CPU")
    if args.fallback or args.export:
        thr = fallback_report(fallback_rows(sets))
        if args.export:
            model = fit([p for pages in sets.values() for p in pages])
            WEIGHTS_PATH.write_text(render_weights(model, thr, sets), encoding="utf-8")
            print(f"wrote {WEIGHTS_PATH.relative_to(ROOT)}")
        importlib.reload(importlib.import_module("translator.title_weights"))
        package_check(allowed_sets())
        print(f"time: {time.time() - t0:.1f} s wall, {time.process_time() - c0:.1f} s CPU")
        return 0
    simple = {name: load_set(folder, simple=True) for name, folder in allowed_sets().items()}
    if args.eval:
        eval_report(sets, simple, args.eval)
    else:
        cv_report(sets, simple)
    print(f"time: {time.time() - t0:.1f} s wall, {time.process_time() - c0:.1f} s CPU")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""How well `clean` separates story from page furniture, on pages it was and wasn't tuned on.

    python benchmarks/clean_quality.py [FIXTURE_DIR ...]

Two sets by default: `tuned`, tests/fixtures/text (the pages the cleaner's rules were written
against; tests/test_fixtures.py asserts them, so they score near 1.0 whenever the suite is
green), and `held-out`, tests/fixtures/heldout (pages from other outlets, written afterwards and
never used to change the cleaner: the honest score). For every NAME.txt with a
NAME.expected.json beside it, prints per article and per set:
- recall: share of the expected body sentences found in clean()'s paragraphs;
- removal: share of the page's other lines (furniture, title, byline, dates) kept out of them;
- duplicates: sentences clean() returns more than once;
- title, published, dateline, author, outlet: articles where clean() returns the stored value.
Each set ends with one line: `set=NAME articles=N recall=... removal=... duplicates=...
title=k/N published=k/N dateline=k/N author=k/N outlet=k/N`.
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from translator.clean import clean, normalise  # noqa: E402  (after the path set-up above)

SETS = {"tuned": ROOT / "tests" / "fixtures" / "text",
        "held-out": ROOT / "tests" / "fixtures" / "heldout"}
FIELDS = ("title", "published", "dateline", "author", "outlet")
_WORD = re.compile(r"\w+")
# Sentence ends: . ! ? (and closing quotes) before a space and a capital, quote or bracket.
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'”’)]))\s+(?=[\"“‘(A-Z])")
_MIN_CONTAINED = 20  # a junk line shorter than this counts only when it is a whole paragraph


def key(text: str) -> str:
    """Lower-case words only."""
    return " ".join(_WORD.findall(text.lower()))


def sentences(paragraphs: list[str]) -> list[str]:
    """The sentences of the paragraphs, as keys."""
    out = []
    for p in paragraphs:
        out.extend(k for k in (key(s) for s in _SENTENCE_END.split(p)) if k)
    return out


def score(text: str, expected: dict) -> dict:
    """Recall, removal, duplicate counts and the metadata fields clean() got wrong."""
    article = clean(text).to_dict()
    got = list(article["paragraphs"])
    got_keys = [key(p) for p in got]
    got_all = " | ".join(got_keys)
    want = sentences(expected["paragraphs"])
    found = sum(s in got_all for s in want)

    body_keys = [key(p) for p in expected["paragraphs"]]
    junk = []
    for line in normalise(text):
        k = key(line)
        if k and not any(k in b or b in k for b in body_keys):
            junk.append(k)
    kept = sum(k in got_keys or (len(k) >= _MIN_CONTAINED and k in got_all) for k in junk)

    got_sentences = sentences(got)
    wrong = {f: (article.get(f), expected.get(f)) for f in FIELDS
             if article.get(f) != expected.get(f)}
    return {"sentences": len(want), "found": found, "junk": len(junk), "junk_kept": kept,
            "duplicates": len(got_sentences) - len(set(got_sentences)), "wrong": wrong}


def score_set(name: str, folder: Path) -> dict:
    """Print one line per article of the folder (and its wrong fields), then the set's line."""
    totals = {"sentences": 0, "found": 0, "junk": 0, "junk_kept": 0, "duplicates": 0}
    right = dict.fromkeys(FIELDS, 0)
    articles = 0
    print(f"== {name} ({folder.relative_to(ROOT) if folder.is_relative_to(ROOT) else folder})")
    for path in sorted(folder.glob("*.txt")):
        expected_path = path.with_name(path.stem + ".expected.json")
        if not expected_path.exists():
            continue
        s = score(path.read_text(encoding="utf-8"),
                  json.loads(expected_path.read_text(encoding="utf-8")))
        articles += 1
        for field in totals:
            totals[field] += s[field]
        for field in FIELDS:
            right[field] += field not in s["wrong"]
        print(f"{path.stem:40} sentences {s['found']}/{s['sentences']}  "
              f"junk kept {s['junk_kept']}/{s['junk']}  duplicates {s['duplicates']}  "
              f"fields {len(FIELDS) - len(s['wrong'])}/{len(FIELDS)}")
        for field, (got, want) in s["wrong"].items():
            print(f"    {field}: got {got!r}, want {want!r}")
    recall = totals["found"] / totals["sentences"] if totals["sentences"] else 1.0
    removal = 1 - totals["junk_kept"] / totals["junk"] if totals["junk"] else 1.0
    fields = " ".join(f"{f}={right[f]}/{articles}" for f in FIELDS)
    print(f"set={name} articles={articles} recall={recall:.4f} removal={removal:.4f} "
          f"duplicates={totals['duplicates']} {fields}")
    return {"articles": articles, "recall": recall, "removal": removal, **totals, **right}


def main(argv: list[str]) -> int:
    """Score the default sets, or each folder given, as its own set."""
    sets = {Path(a).name: Path(a).resolve() for a in argv[1:]} or SETS
    t0 = time.perf_counter()
    for name, folder in sets.items():
        if not folder.is_dir():
            print(f"brief: error: no fixture folder {folder}", file=sys.stderr)
            return 2
        score_set(name, folder)
        print()
    print(f"({time.perf_counter() - t0:.2f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))

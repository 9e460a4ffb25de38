"""How well `clean` separates story from page furniture on the fixture articles.

    python benchmarks/clean_quality.py [FIXTURE_DIR]

For every NAME.txt with a NAME.expected.json beside it (tests/fixtures/text by default), prints
per article and in total:
- recall: share of the expected body sentences found in clean()'s paragraphs;
- removal: share of the page's other lines (furniture, title, byline, dates) that stay out of the
  paragraphs;
- duplicates: sentences clean() returns more than once.
The last line is `recall=... removal=... duplicates=...`.
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
    """Recall, removal and duplicate counts for one article."""
    got = list(clean(text).paragraphs)
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
    duplicates = len(got_sentences) - len(set(got_sentences))
    return {"sentences": len(want), "found": found, "junk": len(junk), "junk_kept": kept,
            "duplicates": duplicates}


def main(argv: list[str]) -> int:
    folder = Path(argv[1]) if len(argv) > 1 else ROOT / "tests" / "fixtures" / "text"
    totals = {"sentences": 0, "found": 0, "junk": 0, "junk_kept": 0, "duplicates": 0}
    t0 = time.perf_counter()
    for path in sorted(folder.glob("*.txt")):
        expected_path = path.with_name(path.stem + ".expected.json")
        if not expected_path.exists():
            continue
        s = score(path.read_text(encoding="utf-8"),
                  json.loads(expected_path.read_text(encoding="utf-8")))
        for name in totals:
            totals[name] += s[name]
        print(f"{path.stem:40} sentences {s['found']}/{s['sentences']}  "
              f"junk kept {s['junk_kept']}/{s['junk']}  duplicates {s['duplicates']}")
    elapsed = time.perf_counter() - t0
    recall = totals["found"] / totals["sentences"] if totals["sentences"] else 1.0
    removal = 1 - totals["junk_kept"] / totals["junk"] if totals["junk"] else 1.0
    print(f"({elapsed:.2f} s)")
    print(f"recall={recall:.4f} removal={removal:.4f} duplicates={totals['duplicates']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))

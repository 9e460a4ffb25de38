"""How well `clean` separates story from page furniture, scored per set, with pinned floors.

    python benchmarks/clean_quality.py [--gate]   # the sets below, checked against their FLOORS
    python benchmarks/clean_quality.py DIR ...    # each folder as its own set, no floors

The sets by default are in clean_floors.py, reported apart: `tuned`, tests/fixtures/text (the
pages the cleaner's rules were written against), `held-out`, tests/fixtures/heldout (pages from
other outlets, written after the rules), and the development sets `outlets`, `fresh`, `fresh2`
... written in the manner of studied real pages, each before any run of the cleaner on it, each
first scored untuned after one round and tuned on in a later one (clean_floors.py says which).
The honest measure of
generalisation is a set no round has seen. Each set's first score, before it was
tuned on, is recorded beside its FLOORS row. tests/test_fixtures.py and
tests/test_outlet_fixtures.py assert every tuned-on set field by field. For every NAME.txt
with a NAME.expected.json beside it, prints per article and per set:
- recall: share of the expected body sentences found in clean()'s paragraphs;
- removal: share of the page's other lines (furniture, title, byline, dates) kept out of them;
- exact: share of the expected paragraphs returned word for word (a dateline, caption or
  initials left glued to a paragraph lowers it, though recall and removal cannot see them);
- duplicates: sentences clean() returns more than once;
- title, published, dateline, author, outlet: articles where clean() returns the stored value;
- furniture: articles whose wrong title or dateline is page furniture (a plea, menu or section
  row, a byline or date line, a video label, an advert label, an outlet's name as the place).
Each set ends with one line: `set=NAME articles=N recall=... removal=... exact=...
duplicates=... title=k/N published=k/N dateline=k/N author=k/N outlet=k/N furniture=N`.

The gate (as trafilatura's eval gate): each default set's rates (recall, removal, and the title,
published and dateline shares of its articles) must be at or above FLOORS, its duplicate and
furniture counts at or below it. Every score off its floor is named on stderr, and the exit
status is 1. Floors are the measured scores, rounded down a little, re-pinned after each round
that tuned on a set.
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
try:
    import translator  # noqa: F401  (installed, or an editable install of the checkout)
except ImportError:  # run from a bare checkout
    sys.path.insert(0, str(ROOT))

from translator import boilerplate  # noqa: E402  (after the path set-up above)
from translator.article import Article  # noqa: E402
from translator.clean import clean, normalise  # noqa: E402

# The sets and their pinned floors live in clean_floors.py (data, not code).
sys.path.insert(0, str(Path(__file__).resolve().parent))
from clean_floors import CEILINGS, FIXTURES, FLOORS, RATES, SETS  # noqa: E402,F401

FIELDS = ("title", "published", "dateline", "author", "outlet")
_WORD = re.compile(r"\w+")
# Sentence ends: . ! ? (and closing quotes) before a space and a capital, quote or bracket.
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'”’)]))\s+(?=[\"“‘(A-Z])")
_MIN_CONTAINED = 20  # a junk line shorter than this counts only when it is a whole paragraph

# Furniture that must never be reported as a title: written here, apart from the cleaner's
# tables (which are also consulted), so that a table the cleaner forgets still gets caught.
_TITLE_FURNITURE = re.compile(
    r"(?i)(?:baca berita|tanpa iklan|sedikit iklan|klik di ?sini|gabung\b|google news"
    r"|whatsapp|telegram|unduh|download|berlangganan|subscribe|connect with us|follow us"
    r"|ikuti kami|share this|bagikan|^share\b|\bshare$|^video\b|video pilihan|\[gambas"
    r"|^(?:foto|photo|image of)\b|^(?:penulis|editor|reporter|oleh|author|rep|laporan)\b"
    r"|\b(?:WIB|WITA|WIT)\b|^advertisement$|^iklan$|please update your browser"
    r"|\(\w[\w .-]*/[\w .-]+\)$|/net$|^(?:portal|situs|laman|website) resmi\b"
    r"|\bofficial (?:website|site|portal)\b)")
# A dateline is a place: never one of these words, an outlet's name or a web address.
_NOT_A_PLACE = re.compile(
    r"(?i)^(?:advertisement|iklan|sponsored|foto|video|baca|berita|editor|penulis|reporter"
    r"|laporan|oleh|share|bagikan|update|breaking|eksklusif|exclusive|headline|news)$"
    r"|\.(?:com|co\.id|id|net)\b")


def key(text: str) -> str:
    """Lower-case words only."""
    return " ".join(_WORD.findall(text.lower()))


def sentences(paragraphs: list[str]) -> list[str]:
    """The sentences of the paragraphs, as keys."""
    out = []
    for p in paragraphs:
        out.extend(k for k in (key(s) for s in _SENTENCE_END.split(p)) if k)
    return out


def _table_rows(*names: str) -> list[re.Pattern[str]]:
    """The cleaner's whole-line furniture patterns (tables that are absent are skipped)."""
    return [rx for name in names for _kind, rx in getattr(boilerplate, name, ())]


def _squashed(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.lower())


def _site_names(page: str, outlets: tuple[str | None, ...]) -> set[str]:
    """The site's own names: outlets' names and the shouted brands of the page ("NOMORSATUKALTIM",
    "TRIBUNJATENG.COM"), squashed and without their web suffix."""
    shouted = re.findall(r"\b[A-Z][A-Z0-9]{3,}(?:\.[A-Z]{2,3}){0,2}\b", page)
    names = {_squashed(re.sub(r"(?:\.[A-Za-z]{2,3})+$", "", s)) for s in shouted}
    return {n for n in names | {_squashed(o) for o in outlets if o} if len(n) >= 4}


def furniture_title(title: str | None, page: str = "", outlets: tuple[str | None, ...] = (),
                    body: tuple[str, ...] = ()) -> bool:
    """A title that is page furniture: a plea, menu, section, byline, date or label row, logo
    text, the site's own name, or one of the body's sentences (a pull quote, the lead)."""
    if not title:
        return False
    if key(title) in body:
        return True
    if re.search(r"(?i)^logo\b|\blogo$", title) or _squashed(title) in _site_names(page, outlets):
        return True
    if any(rx.fullmatch(title) for _name, rx in getattr(boilerplate, "OUTLET_PATTERNS", ())):
        return True
    if any(rx.fullmatch(title) for rx in _table_rows(
            "FURNITURE", "END_MARKERS", "RELATED_HEADERS", "QA_HEADERS")):
        return True
    words = re.findall(r"[^\W\d_]+", title.lower())
    menu = bool(words) and all(w in getattr(boilerplate, "WIDGET_WORDS", ()) for w in words)
    return menu or bool(_TITLE_FURNITURE.search(title))


def furniture_dateline(dateline: str | None, outlets: tuple[str | None, ...] = ()) -> bool:
    """A dateline that is not a place: a furniture word, a web address or an outlet's name."""
    if not dateline:
        return False
    if _NOT_A_PLACE.search(dateline) or any(
            rx.fullmatch(dateline) for rx in _table_rows("FURNITURE")):
        return True
    if _squashed(dateline) in {_squashed(o) for o in outlets if o}:
        return True
    # Any case: a shouted "PIKIRAN RAKYAT" is as much an outlet as "Pikiran Rakyat".
    return any(re.search(rx.pattern, dateline, re.IGNORECASE)
               for _name, rx in getattr(boilerplate, "OUTLET_PATTERNS", ()))


def duplicates(got: list[str], want: list[str]) -> int:
    """Sentences clean() returns more often than the story itself has them: a story may say a
    thing twice, and the sentence splitter makes one-letter "sentences" of initials ("Drs. H.
    Mukhlis" printed twice gives "h" twice), neither of which is a passage kept twice."""
    have, story = Counter(got), Counter(want)
    return sum(max(0, n - max(1, story[s])) for s, n in have.items())


def score(text: str, expected: dict, cleaner: Callable[[str], Article] = clean) -> dict:
    """Recall, removal, duplicate counts, the fields clean() got wrong and furniture fields."""
    article = cleaner(text).to_dict()
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
    # A junk line is kept when clean() returns it, or returns a trimmed piece of it that is no
    # body paragraph: a caption whose kicker was taken for a dateline is kept all the same.
    stray = [g for g in got_keys
             if len(g) >= _MIN_CONTAINED and not any(g in b or b in g for b in body_keys)]
    kept = sum(k in got_keys or (len(k) >= _MIN_CONTAINED and k in got_all)
               or any(g in k for g in stray) for k in junk)

    exact = sum(" ".join(p.split()) in {" ".join(g.split()) for g in got}
                for p in expected["paragraphs"])
    got_sentences = sentences(got)
    wrong = {f: (article.get(f), expected.get(f)) for f in FIELDS
             if article.get(f) != expected.get(f)}
    # Only a wrong value can be furniture: a page whose headline is "Video: ..." keeps it.
    outlets = (article.get("outlet"), expected.get("outlet"))
    furniture = {}
    if "title" in wrong and furniture_title(article.get("title"), text, outlets, tuple(want)):
        furniture["title"] = article.get("title")
    if "dateline" in wrong and furniture_dateline(article.get("dateline"), outlets):
        furniture["dateline"] = article.get("dateline")
    return {"sentences": len(want), "found": found, "junk": len(junk), "junk_kept": kept,
            "paragraphs": len(expected["paragraphs"]), "exact": exact,
            "duplicates": duplicates(got_sentences, want), "wrong": wrong,
            "furniture": furniture}


def score_set(name: str, folder: Path, cleaner: Callable[[str], Article] = clean) -> dict:
    """Print one line per article of the folder (and its wrong fields), then the set's line."""
    totals = {"sentences": 0, "found": 0, "junk": 0, "junk_kept": 0, "paragraphs": 0,
              "exact": 0, "duplicates": 0, "furniture": 0}
    right = dict.fromkeys(FIELDS, 0)
    # the measure: of the pages that show a field, how many get it right, and how
    # many pages that show none get one made up
    shown, shown_right, added = (dict.fromkeys(FIELDS, 0) for _ in range(3))
    articles = 0
    print(f"== {name} ({folder.relative_to(ROOT) if folder.is_relative_to(ROOT) else folder})")
    for path in sorted(folder.glob("*.txt")):
        expected_path = path.with_name(path.stem + ".expected.json")
        if not expected_path.exists():
            continue
        expected = json.loads(expected_path.read_text(encoding="utf-8"))
        s = score(path.read_text(encoding="utf-8"), expected, cleaner)
        articles += 1
        for field in FIELDS:
            if expected.get(field) is not None:
                shown[field] += 1
                shown_right[field] += field not in s["wrong"]
            else:
                added[field] += field in s["wrong"]
        for field in ("sentences", "found", "junk", "junk_kept", "paragraphs", "exact",
                      "duplicates"):
            totals[field] += s[field]
        totals["furniture"] += bool(s["furniture"])
        for field in FIELDS:
            right[field] += field not in s["wrong"]
        print(f"{path.stem:40} sentences {s['found']}/{s['sentences']}  "
              f"junk kept {s['junk_kept']}/{s['junk']}  exact {s['exact']}/{s['paragraphs']}  "
              f"duplicates {s['duplicates']}  "
              f"fields {len(FIELDS) - len(s['wrong'])}/{len(FIELDS)}")
        for field, (got, want) in s["wrong"].items():
            mark = "  [furniture]" if field in s["furniture"] else ""
            print(f"    {field}: got {got!r}, want {want!r}{mark}")
    recall = totals["found"] / totals["sentences"] if totals["sentences"] else 1.0
    removal = 1 - totals["junk_kept"] / totals["junk"] if totals["junk"] else 1.0
    exact = totals["exact"] / totals["paragraphs"] if totals["paragraphs"] else 1.0
    fields = " ".join(f"{f}={right[f]}/{articles}" for f in FIELDS)
    print(f"set={name} articles={articles} recall={recall:.4f} removal={removal:.4f} "
          f"exact={exact:.4f} "
          f"duplicates={totals['duplicates']} {fields} furniture={totals['furniture']}")
    rates = {f: right[f] / articles if articles else 1.0 for f in FIELDS}
    return {"articles": articles, "recall": recall, "removal": removal, **totals, **right,
            "rates": rates, "shown": shown, "shown_right": shown_right, "added": added}


def pooled_line(results: list[dict]) -> str:
    """One line over several sets: body sentences kept, furniture removed, and per field
    right/all, right/shown (pages whose expected value is not null) and made up (a value where
    the page shows none), as the issue counts them."""
    def total(key: str, field: str | None = None) -> int:
        return sum(r[key][field] if field else r[key] for r in results)
    found, want = total("found"), total("sentences")
    junk, kept = total("junk"), total("junk_kept")
    parts = [f"pooled: sets={len(results)} articles={total('articles')}",
             f"sentences={found}/{want} ({found / max(1, want):.1%})",
             f"furniture_removed={junk - kept}/{junk} ({(junk - kept) / max(1, junk):.1%})",
             f"duplicates={total('duplicates')}"]
    for field in ("title", "published", "dateline"):
        n, k = total("shown", field), total("shown_right", field)
        parts.append(f"{field}={total(field)}/{total('articles')} "
                     f"shown={k}/{n} ({k / max(1, n):.1%}) made_up={total('added', field)}")
    parts.append(f"furniture_fields={total('furniture')}")
    return " ".join(parts)


def below_floors(name: str, result: dict, floors: dict[str, float]) -> list[str]:
    """One line per score of the set that is off its floor (empty: the set passes)."""
    failures = []
    for metric in RATES:
        if metric not in floors:
            continue
        value = result[metric] if metric in ("recall", "removal") else result["rates"][metric]
        if value < floors[metric]:
            failures.append(f"set={name} {metric}={value:.4f} is below its floor "
                            f"{floors[metric]:.4f}")
    for metric in CEILINGS:
        if metric in floors and result[metric] > floors[metric]:
            failures.append(f"set={name} {metric}={result[metric]} is above its ceiling "
                            f"{floors[metric]:g}")
    return failures


def main(argv: list[str], sets: dict[str, Path] | None = None,
         floors: dict[str, dict[str, float]] | None = None,
         cleaner: Callable[[str], Article] = clean) -> int:
    """Score the default sets against their floors (exit 1 below one), or each folder given;
    `cleaner` is `clean` (the tests hand in one that remembers what it cleaned)."""
    folders = [a for a in argv[1:] if a != "--gate"]
    if folders:
        sets, floors = {Path(a).name: Path(a).resolve() for a in folders}, {}
    else:
        sets, floors = sets or SETS, FLOORS if floors is None else floors
    t0 = time.perf_counter()
    failures, results = [], []
    for name, folder in sets.items():
        if not folder.is_dir():
            print(f"brief: error: no fixture folder {folder}", file=sys.stderr)
            return 2
        results.append(result := score_set(name, folder, cleaner))
        failures += below_floors(name, result, floors.get(name, {}))
        print()
    if len(folders) > 1:
        print(pooled_line(results))
    print(f"({time.perf_counter() - t0:.2f} s)")
    for line in failures:
        print(f"brief: gate: {line}", file=sys.stderr)
    if floors:
        checked = sum(len(floors.get(name, {})) for name in sets)
        print(f"gate: {'FAILED' if failures else 'ok'} ({len(failures)} of {checked} "
              f"scores off their floors)")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))

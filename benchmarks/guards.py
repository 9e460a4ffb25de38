"""The translation guards measured on the real opus-mt-id-en's real output (FLORES-101 id-en).

    python benchmarks/guards.py [--split dev|test|both] [--data DIR] [--calibrate] [--pool]
                                [--heldout] [--cv K]

For each split it runs every guard (numbers, omission, names) on the real outputs of
Helsinki-NLP/opus-mt-id-en (`flores-SPLIT.opusmt.en`), on the other systems' outputs as
controls, and on the human reference itself (the reference as the "output": every flag there is
a false alarm on a correct translation). Per guard and system it prints sentences flagged,
precision and recall against an oracle built from the reference (see benchmarks/README.md), and
where content was lost on single- vs multi-sentence lines. The content oracle confirms a loss
against the reference and a second translation; the old reference-only oracle's omission figures
follow on a diagnostic line. Ends with one line for the last split:
`num_p=.. num_r=.. omit_p=.. omit_r=.. name_p=.. name_r=.. ref_flag_rate=..`.
`--heldout` measures the omission guard on NTREX-128/TICO-19 with sentences and clauses cut out
of the human English (a synthetic oracle: see benchmarks/guards_heldout.py); it never reads test.
`--cv K` cross-validates both guards on K blocks of dev, refitting all that is fitted on data
(benchmarks/guards_cv.py): the proxy for test.
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys
from collections.abc import Callable, Sequence
from decimal import Decimal, InvalidOperation
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from translator import guards, omission  # noqa: E402  (after the path set-up above)
from translator.segment import split_sentences  # noqa: E402

DATA = ROOT.parent / "shared" / "parallel" / "flores101-id-en"
SPM = ROOT.parent / "shared" / "real-models" / "opus-mt-id-en"
SYSTEMS = ("opusmt", "bergamot-tiny", "nllb", "argos", "google", "microsoft")
# The content oracle confirms a loss against the human reference and a second, independent
# translation: google's output, and for google's own outputs microsoft's (see content_lost_twice).
SECOND_REFERENCE = "google"
SECOND_FOR_SECOND = "microsoft"
Counter = Callable[[str], int]

# --- Oracles: built from the reference, independent of the guards' own parsing ---------------

_STOP = frozenset("""the a an and or but of to in on at for with by from as is are was were be
been being that this these those it its which who whom whose what when where there their they
them he she his her we our you your not no so than then also can could will would may might
must should have has had do does did into about over after before more most such other some any
all one""".split())  # noqa: SIM905  (a word list reads better as text)
# Reference chunks: sentences, "; " clauses and bracketed asides.
_CHUNK = re.compile(r"(?<=[.!?])[\"”']?\s+(?=[\"“']?[A-Z])|;\s+|\s+\(|\)")
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_EN_WORDS = {w: i for i, w in enumerate((
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty"))}
_EN_WORDS |= {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
              "ninety": 90, "hundred": 100, "thousand": 1000}
_SCALES = {"hundred": Decimal(100), "thousand": Decimal(1000), "million": Decimal(10**6),
           "billion": Decimal(10**9), "trillion": Decimal(10**12)}


def _decimal(text: str) -> Decimal | None:
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def _readings(tok: str) -> set[Decimal]:
    """What one numeral can mean: English or Indonesian separators, else its digit groups."""
    vals = {v for c in (tok.replace(",", ""), tok.replace(".", "").replace(",", "."))
            if (v := _decimal(c)) is not None}
    return vals or {Decimal(g) for g in re.findall(r"\d+", tok)}


def number_values(text: str) -> set[Decimal]:
    """Every value a text's numerals could mean, with English number words ("nine thousand")."""
    vals: set[Decimal] = set()
    for tok in _DIGITS.findall(text):
        vals |= _readings(tok)
    words = re.findall(r"[a-z]+", text.lower())
    for k, w in enumerate(words):
        if w in _EN_WORDS:
            v = Decimal(_EN_WORDS[w])
            vals.add(v)
            if k + 1 < len(words) and words[k + 1] in _SCALES:
                vals.add(v * _SCALES[words[k + 1]])
    return vals


def numbers_lost(source: str, output: str, ref: str) -> list[str]:
    """Source numerals the reference keeps (some reading of them) and the output does not."""
    ref_vals, out_vals = number_values(ref), number_values(output)
    return [tok for tok in dict.fromkeys(_DIGITS.findall(source))
            if _readings(tok) & ref_vals and not _readings(tok) & out_vals]


def _stems(text: str) -> set[str]:
    """Content stems: first 5 letters of non-stop words of 3+ letters, and every numeral (a
    number word as its numeral: "ten minutes" keeps the content of "10 minutes")."""
    return {str(_EN_WORDS[w]) if w in _EN_WORDS else w[:5]
            for w in re.findall(r"[a-z0-9]+", text.lower())
            if w not in _STOP and (len(w) > 2 or w.isdigit())}


def content_lost(output: str, ref: str, target_count: Counter) -> bool:
    """The reference holds a sentence, clause or aside the output has (almost) no trace of."""
    if target_count(output) >= 0.8 * target_count(ref):
        return False  # as long as the reference: a paraphrase, not an omission
    out = _stems(output)
    chunks = [_stems(c) for c in _CHUNK.split(ref)]
    for k, st in enumerate(chunks):
        # Only the chunk's own stems: a dropped sentence repeats words of the kept ones
        # ("The other local beer is called Manta" after "The main local beer is ...").
        own = st - set().union(*chunks[:k], *chunks[k + 1:]) if len(chunks) > 1 else st
        if len(own) >= 2 and len(own & out) <= len(own) / 3 and len(st) >= 3:
            return True
    st = _stems(ref)
    return bool(st) and len(st & out) < len(st) / 2


def second_reference(system: str) -> str:
    """The system whose output confirms the content oracle for system's outputs."""
    return SECOND_FOR_SECOND if system == SECOND_REFERENCE else SECOND_REFERENCE


def content_lost_twice(output: str, ref: str, second: str, target_count: Counter) -> bool:
    """content_lost against the reference and against a second translation: the content oracle
    (a paraphrase of one translation is no loss; what both translations keep, the source says)."""
    return content_lost(output, ref, target_count) and content_lost(output, second, target_count)


def names_lost(source: str, output: str, ref: str,
               exonyms: dict[str, tuple[str, ...]]) -> set[str]:
    """Source names whose form (or exonym) is in the reference but not in the output."""
    lost = set()
    for name in omission.capitalised_words(source):
        forms = {name, *exonyms.get(name, ())}
        if any(f in ref for f in forms) and not any(f in output for f in forms):
            lost.add(name)
    return lost


# --- Running the guards -----------------------------------------------------------------------

def _counters() -> tuple[Counter, Counter, str]:
    """(source counter, target counter, what they are): real spm files when present."""
    try:
        import sentencepiece as spm
        src = spm.SentencePieceProcessor(model_file=str(SPM / "source.spm"))
        tgt = spm.SentencePieceProcessor(model_file=str(SPM / "target.spm"))
        return (lambda t: len(src.encode(t)) + 1, lambda t: len(tgt.encode(t)) + 1,
                "real source.spm/target.spm")
    except (ImportError, OSError, RuntimeError):
        return (lambda t: len(t.split()) + 1, lambda t: len(t.split()) + 1,
                "WHITESPACE estimate (real tokenizers missing: figures are not comparable)")


def _is_common() -> Callable[[str], bool] | None:
    """The name guard's common-word test as brief runs it: the lowercase word is one whole
    piece of the real source.spm (the backend's count_tokens of it is 2, with </s>)."""
    try:
        import sentencepiece as spm
        src = spm.SentencePieceProcessor(model_file=str(SPM / "source.spm"))
    except (ImportError, OSError, RuntimeError):
        return None
    return lambda word: len(src.encode(word)) + 1 <= 2


def _name_guard() -> Callable[[str, str], list[str]] | None:
    try:
        names = importlib.import_module("translator.names")
    except ImportError:
        return None
    fn = getattr(names, "name_changes", None)
    if not fn:
        return None
    is_common, is_english = _is_common(), _is_english()
    return lambda s, o: fn(s, o, None, is_common=is_common, is_english=is_english)


def _is_english() -> Callable[[str], bool] | None:
    """The name guard's English-word test: the word is one whole piece of the real
    target.spm (Cambodia, Roman; a mangled name is split: Kala usi s)."""
    try:
        import sentencepiece as spm
        tgt = spm.SentencePieceProcessor(model_file=str(SPM / "target.spm"))
    except (ImportError, OSError, RuntimeError):
        return None
    return lambda word: len(tgt.encode(word)) == 1


def _exonyms() -> dict[str, tuple[str, ...]]:
    try:
        names = importlib.import_module("translator.names")
    except ImportError:
        return {}
    table = getattr(names, "EXONYMS", {})
    if not isinstance(table, dict):
        return {}
    return {k: (v,) if isinstance(v, str) else tuple(v) for k, v in table.items()}


def _heldout_module():  # noqa: ANN202  (a module loaded by path)
    """benchmarks/guards_heldout.py, by path: benchmarks/ is no package, and this script is
    also loaded by path (tests/test_omission.py)."""
    return _load("guards_heldout")


def _load(name: str):  # noqa: ANN202  (a module loaded by path)
    """A sibling script of benchmarks/ as a module."""
    import importlib.util
    spec = importlib.util.spec_from_file_location(
        name, Path(__file__).resolve().with_name(f"{name}.py"))
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _read(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def _pr(flags: Sequence[bool], truth: Sequence[bool]) -> tuple[int, int, float | None,
                                                                 float | None]:
    tp = sum(f and t for f, t in zip(flags, truth, strict=True))
    nf, nt = sum(flags), sum(truth)
    return nf, nt, (tp / nf if nf else None), (tp / nt if nt else None)


def _fmt(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.3f}"


def run_split(split: str, data: Path, src_count: Counter, tgt_count: Counter) -> dict[str, str]:
    """Print one split's table; return the summary figures of opus-mt on it."""
    src, ref = _read(data / f"flores-{split}.id"), _read(data / f"flores-{split}.en")
    name_guard, exonyms = _name_guard(), _exonyms()
    guard_fns: dict[str, Callable[[int, str], bool]] = {
        "number": lambda i, o: bool(guards.number_mismatches(src[i], o)),
        "omission": lambda i, o: omission.is_suspect(src[i], o, src_count),
    }
    oracles: dict[str, Callable[[int, str], bool]] = {
        "number": lambda i, o: bool(numbers_lost(src[i], o, ref[i])),
        # Filled per system in the loop below: its second translation differs (google's own
        # outputs are confirmed by microsoft's).
        "omission": lambda i, o: False,
    }
    if name_guard:
        guard_fns["name"] = lambda i, o: bool(name_guard(src[i], o))
        oracles["name"] = lambda i, o: bool(names_lost(src[i], o, ref[i], exonyms))
    n = len(src)
    print(f"\n== FLORES-101 {split}: {n} lines ==")
    print(f"{'guard':9} {'system':14} {'flagged':>7} {'oracle':>6} {'precision':>9} {'recall':>7}")
    summary: dict[str, str] = {}
    omit_old: dict[str, tuple[int, int, float | None, float | None]] = {}
    omit_new: dict[str, tuple[int, int, float | None, float | None]] = {}
    ref_any = [False] * n
    ref_by: dict[str, list[bool]] = {}
    for g, fn in guard_fns.items():
        for system in (*SYSTEMS, "reference"):
            outs = ref if system == "reference" else _read(data / f"flores-{split}.{system}.en")
            flags = [fn(i, o) for i, o in enumerate(outs)]
            if system == "reference":
                ref_any = [a or f for a, f in zip(ref_any, flags, strict=True)]
                ref_by[g] = flags
                print(f"{g:9} {'reference':14} {sum(flags):7d} {'':>6} "
                      f"{'rate ' + format(sum(flags) / n, '.3f'):>9}")
                continue
            if g == "omission":
                second = _read(data / f"flores-{split}.{second_reference(system)}.en")
                old = [content_lost(o, ref[i], tgt_count) for i, o in enumerate(outs)]
                truth = [a and content_lost(o, second[i], tgt_count)
                         for i, (a, o) in enumerate(zip(old, outs, strict=True))]
                omit_old[system] = _pr(flags, old)
                omit_new[system] = _pr(flags, truth)
            else:
                truth = [oracles[g](i, o) for i, o in enumerate(outs)]
            nf, nt, p, r = _pr(flags, truth)
            print(f"{g:9} {system:14} {nf:7d} {nt:6d} {_fmt(p):>9} {_fmt(r):>7}")
            if system == "opusmt":
                key = {"number": "num", "omission": "omit", "name": "name"}[g]
                summary[f"{key}_p"], summary[f"{key}_r"] = _fmt(p), _fmt(r)
    if not name_guard:
        print("name      (translator/names.py with name_changes() not present: n/a)")
        summary["name_p"] = summary["name_r"] = "n/a"
    _omission_oracles(omit_old, omit_new)
    summary["ref_flag_rate"] = f"{sum(ref_any) / n:.3f}"
    print(f"all guards on the reference: {sum(ref_any)} of {n} lines flagged")
    num_omit = sum(a or b for a, b in zip(ref_by["number"], ref_by["omission"], strict=True))
    print(f"number + omission on the reference: {num_omit} of {n} lines ({num_omit / n:.3f})")
    _where_lost(src, ref, _read(data / f"flores-{split}.opusmt.en"),
                _read(data / f"flores-{split}.{second_reference('opusmt')}.en"),
                src_count, tgt_count)
    return summary


def _omission_oracles(old: dict[str, tuple[int, int, float | None, float | None]],
                      new: dict[str, tuple[int, int, float | None, float | None]]) -> None:
    """The omission guard pooled over all systems under the content oracle, and (a diagnostic)
    opus-mt and the pool under the old reference-only oracle."""
    for label, table in (("content oracle (reference + second translation)", new),
                         ("old oracle, reference only (diagnostic)", old)):
        rows = list(table.values())
        nf, nt = sum(r[0] for r in rows), sum(r[1] for r in rows)
        tp = sum(round(r[2] * r[0]) for r in rows if r[2] is not None)
        o = table["opusmt"]
        print(f"omission  {label}: opusmt flagged {o[0]}, oracle {o[1]}, precision {_fmt(o[2])}, "
              f"recall {_fmt(o[3])}; all systems pooled flagged {nf}, oracle {nt}, precision "
              f"{_fmt(tp / nf if nf else None)}, recall {_fmt(tp / nt if nt else None)}")


def _where_lost(src: Sequence[str], ref: Sequence[str], out: Sequence[str], second: Sequence[str],
                src_count: Counter, tgt_count: Counter) -> None:
    """Content and numbers lost by opus-mt on single- vs multi-sentence source lines, and how
    many of the content losses the omission guard flags (content oracle; in brackets the old
    reference-only one)."""
    print("opus-mt losses by source sentences per line (oracle; in brackets: reference only):")
    print(f"  {'lines':12} {'count':>5} {'content lost':>12} {'rate':>6} {'guard caught':>12} "
          f"{'numbers lost':>12}")
    for label, test in (("1 sentence", lambda k: k == 1), ("2+ sentences", lambda k: k > 1)):
        idx = [i for i, s in enumerate(src) if test(len(split_sentences(s)))]
        old = [i for i in idx if content_lost(out[i], ref[i], tgt_count)]
        lost = [i for i in old if content_lost(out[i], second[i], tgt_count)]
        caught = sum(omission.is_suspect(src[i], out[i], src_count) for i in lost)
        caught_old = sum(omission.is_suspect(src[i], out[i], src_count) for i in old)
        nums = sum(bool(numbers_lost(src[i], out[i], ref[i])) for i in idx)
        print(f"  {label:12} {len(idx):5d} {f'{len(lost)} ({len(old)})':>12} "
              f"{len(lost) / max(1, len(idx)):6.3f} {f'{caught} ({caught_old})':>12} {nums:12d}")


def calibrate(data: Path, src_count: Counter, tgt_count: Counter) -> None:
    """The omission guard's ratio on dev's real outputs and on the references, and the
    shortest judged line the content oracle calls complete (all, and with 2+ anchors lost):
    where STRONG_RATIO and ANCHORS_RATIO sit."""
    import statistics
    src, ref = _read(data / "flores-dev.id"), _read(data / "flores-dev.en")
    second = _read(data / f"flores-dev.{second_reference('opusmt')}.en")
    for name in ("opusmt", "reference"):
        outs = ref if name == "reference" else _read(data / f"flores-dev.{name}.en")
        ratios = [src_count(o) / src_count(s) for s, o in zip(src, outs, strict=True)]
        q = statistics.quantiles(ratios, n=100)
        whole = [(r, len(omission.lost_content(s, o))) for r, s, o, a, b
                 in zip(ratios, src, outs, ref, second, strict=True)
                 if src_count(s) >= omission.MIN_SOURCE_TOKENS
                 and not content_lost_twice(o, a, b, tgt_count)]
        print(f"{name}: median ratio {statistics.median(ratios):.3f}; p1 {q[0]:.3f} "
              f"p2 {q[1]:.3f} p5 {q[4]:.3f} p10 {q[9]:.3f}; shortest complete "
              f"{min(r for r, _ in whole):.3f}, with 2+ anchors lost "
              f"{min(r for r, k in whole if k >= omission.ANCHORS_LOST):.3f}")


def pool_names(data: Path) -> None:
    """The name guard on dev, all systems pooled, per system and on odd/even lines, and its
    flag rate on the held-out human references: the tuning view (never run on test)."""
    name_guard, exonyms = _name_guard(), _exonyms()
    if not name_guard:
        print("name guard not present")
        return
    src, ref = _read(data / "flores-dev.id"), _read(data / "flores-dev.en")
    rows: dict[str, list[tuple[bool, bool]]] = {"pooled": [], "odd lines": [], "even lines": []}
    print(f"{'name guard, dev':18} {'flagged':>7} {'oracle':>6} {'precision':>9} {'recall':>7}")
    for system in SYSTEMS:
        outs = _read(data / f"flores-dev.{system}.en")
        pairs = [(bool(name_guard(src[i], o)), bool(names_lost(src[i], o, ref[i], exonyms)))
                 for i, o in enumerate(outs)]
        rows[system] = pairs
        rows["pooled"] += pairs
        rows["odd lines"] += pairs[0::2]  # lines 1, 3, 5, ...
        rows["even lines"] += pairs[1::2]
    for label, pairs in rows.items():
        nf, nt, p, r = _pr([f for f, _ in pairs], [t for _, t in pairs])
        print(f"{label:18} {nf:7d} {nt:6d} {_fmt(p):>9} {_fmt(r):>7}")
    sets = {"FLORES dev": (src, ref), **_heldout_module().held_out_sets()}
    for label, (ids, ens) in sets.items():
        flagged = sum(bool(name_guard(s, e)) for s, e in zip(ids, ens, strict=True))
        print(f"references {label}: {flagged} of {len(ids)} flagged ({flagged / len(ids):.3f})")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; the closing line gives the last split's figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("dev", "test", "both"), default="both")
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--calibrate", action="store_true", help="print the fitted constants")
    ap.add_argument("--pool", action="store_true",
                    help="the name guard on dev, all systems pooled, and held-out references")
    ap.add_argument("--heldout", action="store_true",
                    help="the omission guard on NTREX-128/TICO-19 with sentences/clauses cut")
    ap.add_argument("--cv", type=int, metavar="K", help="K-fold CV on dev (guards_cv.py)")
    args = ap.parse_args(argv)
    if not (args.data / "flores-dev.id").is_file():
        print(f"brief: error: FLORES data not found in {args.data}", file=sys.stderr)
        return 2
    src_count, tgt_count, what = _counters()
    print(f"tokens: {what}")
    if args.calibrate:
        calibrate(args.data, src_count, tgt_count)
        return 0
    if args.pool:
        pool_names(args.data)
        return 0
    if args.cv:
        _load("guards_cv").run_cv(sys.modules[__name__], args.cv, src_count, tgt_count)
        return 0
    if args.heldout:
        _heldout_module().run(lambda s, o: omission.is_suspect(s, o, src_count), src_count,
                           tgt_count, omission.MIN_SOURCE_TOKENS)
        return 0
    summary: dict[str, str] = {}
    for split in (("dev", "test") if args.split == "both" else (args.split,)):
        summary = run_split(split, args.data, src_count, tgt_count)
        print(f"[{split}] " + " ".join(f"{k}={v}" for k, v in summary.items()))
    keys = ("num_p", "num_r", "omit_p", "omit_r", "name_p", "name_r", "ref_flag_rate")
    print(" ".join(f"{k}={summary[k]}" for k in keys))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""A held-out check of the omission guard on NTREX-128 and TICO-19 (`guards.py --heldout`).

A SYNTHETIC oracle. No system's real outputs exist for these corpora, so the omissions are
made: for each line whose human English has two sentences or more, a copy without its last
sentence and (three or more) without a middle one; for each line with a clause after a comma,
`;` or `and` long enough, a copy without that clause (the rightmost one that is long enough,
the hardest such cut), its sentence closed with the original end mark. "Long enough" is the
content oracle's length gate of `guards.py`: the cut removes at least a fifth of the line's
target tokens (the copy is under 0.8 of the reference), and at least four words. The guard
run on (Indonesian source, omitted English) should flag `omission`; on (source, intact
English) it should not. Lines whose source is under the guard's MIN_SOURCE_TOKENS are left
out (the guard does not judge them, by design) and counted apart.

Limits. The cuts are clean: a real model that drops a sentence often garbles the rest, and
repeats or paraphrases words of the lost part, so the copies are easier than real losses in
one way (nothing lost comes back) and harder in another (nothing else is wrong: no restarted
sentence, no stray lowercase start). Human English is a reference translator's, longer on
average than opus-mt's (median source-token ratio 1.500 against 1.458 on FLORES dev), so a
copy is judged longer than a model output cut the same way. NTREX and TICO are one sentence a
line, so sentence cuts are few (about a dozen) and the clause cut carries the figures; the
English sentence split here is a heuristic (abbreviations such as `Sen.`, `Oct.`, `a.m.` are
not sentence ends). Recall here measures "a cut of a fifth or more is seen", not what a model
loses; the false-alarm rate on the intact lines is a real one (correct human translations).
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Callable, Sequence
from pathlib import Path

Counter = Callable[[str], int]
Guard = Callable[[str, str], bool]

ROOT = Path(__file__).resolve().parent.parent
NTREX = ROOT.parent / "shared" / "parallel" / "ntrex128"
TICO = ROOT.parent / "shared" / "parallel" / "tico19-id-en"
# The content oracle's length gate (guards.content_lost): a cut of under a fifth is a
# paraphrase's length, not an omission's.
KEEP_SHARE = 0.8
MIN_CUT_WORDS = 4
MIN_KEPT_WORDS = 3
KINDS = ("last sentence", "middle sentence", "clause")

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’')]*\s+(?=[\"“‘'(]?[A-Z0-9])")
# A word before a dot that does not end an English sentence: a title or month shortened, an
# initial, a.m./p.m., U.S., v. (Roe v. Wade), Fig.
_ABBREV = re.compile(r"(?:\b[A-Z][a-z]{0,3}|\b[a-z]|\b(?:[A-Za-z]\.)+[A-Za-z]?|\bv|\bvs|\bFig"
                     r"|\bNo|\bSt|\bMt|\bSens?|\bReps?|\bGov|\bGen|\bSgt|\bDet|\bRev|\bInc"
                     r"|\bCorp|\bLtd|\bCo)\.$")
_BOUNDARY = re.compile(r",\s+|;\s+|\s+and\s+")
_END_MARK = re.compile(r"[.!?][\"”’')]*$")


def held_out_sets(ntrex: Path = NTREX, tico: Path = TICO
                  ) -> dict[str, tuple[list[str], list[str]]]:
    """The human references held out from tuning (NTREX-128, TICO-19), where present."""
    sets: dict[str, tuple[list[str], list[str]]] = {}
    if (ntrex / "ntrex128.id.txt").is_file():
        ids, ens = ((ntrex / f"ntrex128.{lang}.txt").read_text(encoding="utf-8").splitlines()
                    for lang in ("id", "en"))
        sets["NTREX-128"] = (ids, ens)
    if (tico / "tico19-test.id.gz").is_file():
        ids, ens = (gzip.decompress((tico / f"tico19-test.{lang}.gz").read_bytes())
                    .decode("utf-8").splitlines() for lang in ("id", "en"))
        sets["TICO-19"] = (ids, ens)
    return sets


def english_sentences(text: str) -> list[str]:
    """English sentences of a line: cut after . ! ? before a capital, not after an
    abbreviation, and a piece under MIN_KEPT_WORDS words joined to the one before."""
    pieces: list[str] = []
    for piece in _SENTENCE_END.split(text.strip()):
        if pieces and (_ABBREV.search(pieces[-1]) or len(piece.split()) < MIN_KEPT_WORDS
                       or len(pieces[-1].split()) < MIN_KEPT_WORDS):
            pieces[-1] += " " + piece
        else:
            pieces.append(piece)
    return [p for p in pieces if p]


def _long_enough(cut: str, copy: str, whole: str, count: Counter) -> bool:
    """The cut passes the content oracle's gate and leaves a sentence behind."""
    return (len(cut.split()) >= MIN_CUT_WORDS and len(copy.split()) >= MIN_KEPT_WORDS
            and count(copy) < KEEP_SHARE * count(whole))


def _clause_cuts(sentence: str) -> list[tuple[str, str]]:
    """(the sentence without a trailing clause, the clause) for each comma/`;`/`and` boundary
    outside brackets and quotes, rightmost first; the end mark is kept."""
    end = _END_MARK.search(sentence)
    mark = end.group() if end else ""
    body = sentence[: end.start()] if end else sentence
    cuts: list[tuple[str, str]] = []
    for m in reversed(list(_BOUNDARY.finditer(body))):
        head = body[: m.start()]
        if head.count("(") != head.count(")") or head.count('"') % 2 \
                or head.count("“") != head.count("”"):
            continue  # inside an aside or a quotation: the cut would leave it open
        cuts.append((head.rstrip(" ,;") + mark, body[m.end():]))
    return cuts


def omitted_copies(english: str, count: Counter) -> dict[str, str]:
    """The line's omitted copies by kind (see the module docstring); kinds that do not apply,
    or whose cut is not long enough, are absent."""
    copies: dict[str, str] = {}
    sents = english_sentences(english)
    if len(sents) >= 2:
        copy = " ".join(sents[:-1])
        if _long_enough(sents[-1], copy, english, count):
            copies["last sentence"] = copy
    if len(sents) >= 3:
        k = len(sents) // 2
        copy = " ".join(sents[:k] + sents[k + 1:])
        if _long_enough(sents[k], copy, english, count):
            copies["middle sentence"] = copy
    if sents:
        before = " ".join(sents[:-1])
        for head, cut in _clause_cuts(sents[-1]):
            copy = f"{before} {head}".strip()
            if _long_enough(cut, copy, english, count):
                copies["clause"] = copy
                break
    return copies


def check(ids: Sequence[str], ens: Sequence[str], guard: Guard, src_count: Counter,
          tgt_count: Counter, min_tokens: int) -> dict[str, tuple[int, int]]:
    """(flagged, copies) per kind, and for the intact lines ("intact": all judged lines,
    "intact, cut lines": those with a copy), on one corpus."""
    out: dict[str, list[int]] = {k: [0, 0] for k in (*KINDS, "intact", "intact, cut lines")}
    for src, en in zip(ids, ens, strict=True):
        if src_count(src) < min_tokens or not en.strip():
            continue
        flagged = guard(src, en)
        out["intact"][0] += flagged
        out["intact"][1] += 1
        copies = omitted_copies(en, tgt_count)
        if copies:
            out["intact, cut lines"][0] += flagged
            out["intact, cut lines"][1] += 1
        for kind, copy in copies.items():
            out[kind][0] += guard(src, copy)
            out[kind][1] += 1
    return {k: (v[0], v[1]) for k, v in out.items()}


def run(guard: Guard, src_count: Counter, tgt_count: Counter, min_tokens: int,
        ntrex: Path = NTREX, tico: Path = TICO) -> None:
    """Print recall on the omitted copies per kind and the false-alarm rate on the intact
    lines, for each held-out corpus present (or why it is skipped)."""
    sets = held_out_sets(ntrex, tico)
    print("omission guard, held-out SYNTHETIC oracle (cuts made in human English; see "
          "benchmarks/guards_heldout.py)")
    for name, path in (("NTREX-128", ntrex), ("TICO-19", tico)):
        if name not in sets:
            print(f"{name}: skipped (not found in {path})")
    for name, (ids, ens) in sets.items():
        judged = sum(src_count(s) >= min_tokens for s in ids)
        print(f"{name}: {len(ids)} lines, {judged} judged (source >= {min_tokens} tokens)")
        res = check(ids, ens, guard, src_count, tgt_count, min_tokens)
        total = [0, 0]
        for kind in KINDS:
            f, n = res[kind]
            total[0] += f
            total[1] += n
            print(f"  recall   {kind:18} {f:5d} of {n:5d}  {_rate(f, n)}")
        print(f"  recall   {'all cuts':18} {total[0]:5d} of {total[1]:5d}  {_rate(*total)}")
        for kind in ("intact", "intact, cut lines"):
            f, n = res[kind]
            print(f"  false alarms {kind:14} {f:5d} of {n:5d}  {_rate(f, n)}")


def _rate(f: int, n: int) -> str:
    return f"{f / n:.3f}" if n else "n/a"

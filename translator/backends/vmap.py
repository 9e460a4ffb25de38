"""A vocabulary shortlist for CTranslate2 (`use_vmap`): which target pieces each source piece
may bring into a batch's output vocabulary, learnt from parallel text available offline.

CTranslate2 reads `vmap.txt` from the converted model's folder, one rule a line:
`source n-gram<TAB>target piece target piece ...`; the line with an empty source lists the
pieces always allowed. With `use_vmap=True` each batch's output vocabulary is the union of the
rules of its source tokens (plus those), so the output projection shrinks from 54,796 rows to
that many. A piece outside the shortlist can never be written: measure coverage (the share of
a real model's output pieces that fall inside their line's shortlist) before trusting it.

Here the `frequent` likeliest target pieces are always allowed, ranked by target.spm's own
piece scores (log-probabilities learnt on the model's whole training corpus, so no corpus is
needed for them); each source piece brings the target pieces that write its own text (names
and numbers are copied, in any casing) and, from the parallel lines given, the `top_k` target
pieces that co-occur with it most, weighted by rarity (count x log(lines / target frequency)).
By default (`frequent` None) all of target.spm's pieces are allowed and nothing else: the
model was trained on English cut by target.spm, so this shortlist blocks nothing it writes
(100% of the real opus-mt's FLORES test output) and needs no corpus; 31,989 candidates of
54,796. Smaller ones trade coverage for speed: benchmarks/vmap_coverage.py measures both (26,000
with FLORES dev, NTREX and TICO: 99.68%). Needs sentencepiece only.
"""

from __future__ import annotations

import gzip
import math
import os
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from ..errors import InputError

FILE = "vmap.txt"  # the name CTranslate2 looks for in the model folder
TOP_K = 100  # target candidates per source piece
# The likeliest target pieces always allowed; None: all of target.spm's, which a model trained
# on target.spm-cut English can write (lossless; 58% of opus-mt-id-en's 54,796 outputs). 26,000
# (with a corpus) is the smallest that covers >= 99.5% of held-out real output.
FREQUENT: int | None = None
SPACE = "\u2581"  # sentencepiece's word-start mark

Shortlist = dict[str, list[str]]  # source piece ("" for always) -> target pieces


def read_lines(path: str | os.PathLike[str]) -> list[str]:
    """The lines of a UTF-8 text file (gzip-compressed when it ends in .gz), newlines dropped."""
    p = Path(path)
    try:
        if p.suffix == ".gz":
            with gzip.open(p, "rt", encoding="utf-8") as f:
                return [line.rstrip("\n") for line in f]
        return p.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError, EOFError) as e:
        raise InputError(f"vmap corpus {p}: cannot read ({e})") from e


def read_pairs(pairs: Iterable[tuple[str | os.PathLike[str], str | os.PathLike[str]]]
               ) -> list[tuple[str, str]]:
    """Aligned (source, target) lines of parallel files; InputError when the counts differ."""
    out: list[tuple[str, str]] = []
    for src, tgt in pairs:
        a, b = read_lines(src), read_lines(tgt)
        if len(a) != len(b):
            raise InputError(f"vmap corpus {src} has {len(a)} lines but {tgt} has {len(b)}: "
                             "the files must be line-aligned translations")
        out.extend((x, y) for x, y in zip(a, b, strict=True) if x.strip() and y.strip())
    return out


def ranked(target: Any, pairs: Sequence[tuple[str, str]] = ()) -> list[str]:
    """The target pieces, most likely first: by the sentencepiece model's own piece scores
    (log-probabilities learnt on the model's whole training corpus) where it has them, else by
    how many lines of `pairs` hold them."""
    if hasattr(target, "get_score"):
        ids = [i for i in range(target.get_piece_size())
               if not (target.is_control(i) or target.is_unknown(i))]
        return [target.id_to_piece(i) for i in sorted(ids, key=lambda i: -target.get_score(i))]
    freq: Counter[str] = Counter()
    for _, tgt in pairs:
        freq.update(set(target.encode(tgt, out_type=str)))
    return [p for p, _ in freq.most_common()]


def copies(piece: str, target: Any) -> list[str]:
    """The target pieces that write a source piece's own text (a name or number copied
    across), in its lower, Capitalised and UPPER forms, word-initial or not."""
    text = piece.lstrip(SPACE)
    out: list[str] = []
    for form in dict.fromkeys((text, text.lower(), text[:1].upper() + text[1:], text.upper())):
        for p in target.encode(form, out_type=str):
            bare = p.lstrip(SPACE)
            out += [p, *(v for v in (bare, SPACE + bare) if bare and _knows(target, v))]
    return list(dict.fromkeys(out))


def build(pairs: Sequence[tuple[str, str]], source: Any, target: Any, *, top_k: int = TOP_K,
          frequent: int | None = FREQUENT, source_vocab: Iterable[str] = (),
          copy: bool = True) -> Shortlist:
    """The shortlist learnt from aligned (source, target) lines, tokenised with the
    sentencepiece processors `source` and `target`: the `frequent` likeliest target pieces
    always (None: all); each piece of `source_vocab` (the model's vocabulary) and of the lines
    brings the target pieces that write its text (`copy`; else only itself), and each piece of
    the lines its `top_k` co-occurring pieces."""
    rules: Shortlist = {"": ranked(target, pairs)[:frequent]}
    if frequent is None and hasattr(target, "get_score"):
        return rules  # every rule would hold target pieces only, all of them allowed already
    cooc: defaultdict[str, Counter[str]] = defaultdict(Counter)
    target_freq: Counter[str] = Counter()
    for src, tgt in pairs:
        pieces = set(target.encode(tgt, out_type=str))
        target_freq.update(pieces)
        for piece in set(source.encode(src, out_type=str)):
            cooc[piece].update(pieces)
    lines = max(1, len(pairs))

    def own(piece: str) -> list[str]:
        # Itself too, where the target side knows it: target.spm may cut the same text
        # otherwise and still hold the piece.
        mine = [piece] if _knows(target, piece) else []
        return list(dict.fromkeys([*mine, *copies(piece, target)])) if copy else mine

    for piece in source_vocab:
        rules[piece] = own(piece)
    for piece, counts in cooc.items():
        best = sorted(counts.items(),
                      key=lambda kv: (-kv[1] * math.log(lines / target_freq[kv[0]]), kv[0]))
        rules[piece] = list(dict.fromkeys([*(rules.get(piece) or own(piece)),
                                           *(p for p, _ in best[:top_k])]))
    # The always-allowed pieces are in every shortlist: repeating them in a rule would only
    # make vmap.txt longer to load (9 MB and +0.13 s CPU at 26,000 of them).
    always = set(rules[""])
    slim = {k: [p for p in v if p not in always] for k, v in rules.items() if k}
    return {"": rules[""], **{k: v for k, v in slim.items() if v}}


def _knows(processor: Any, piece: str) -> bool:
    """Whether a sentencepiece processor has `piece` (a stand-in without ids: assume so)."""
    if not hasattr(processor, "piece_to_id"):
        return True
    i = processor.piece_to_id(piece)
    return not processor.is_unknown(i)


def write(rules: Shortlist, path: Path, vocab: Iterable[str] | None = None) -> Path:
    """Write `rules` as vmap.txt at `path` (atomically); pieces outside `vocab` are dropped
    (CTranslate2 would map them to <unk>)."""
    known = set(vocab) if vocab is not None else None
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    with open(tmp, "w", encoding="utf-8") as f:
        for key, values in rules.items():
            kept = [v for v in values if known is None or v in known]
            if kept:
                f.write(f"{key}\t{' '.join(kept)}\n")
    os.replace(tmp, path)
    return path


def read(path: Path) -> Shortlist:
    """The rules of a vmap.txt; an n-gram rule's key is its pieces joined by spaces."""
    rules: Shortlist = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        key, _, values = line.partition("\t")
        rules[key] = values.split()
    return rules


def shortlist(rules: Shortlist, pieces: Sequence[str], longest: int | None = None) -> set[str]:
    """The target pieces allowed for a source line made of `pieces`, as CTranslate2 applies
    vmap.txt: the empty key's pieces, plus the rules of every run of 1..n consecutive source
    pieces (n: the longest key)."""
    allowed = set(rules.get("", ()))
    pieces = list(pieces)
    longest = longest or ngram_order(rules)
    for i in range(len(pieces)):
        for n in range(1, min(longest, len(pieces) - i) + 1):
            allowed.update(rules.get(" ".join(pieces[i:i + n]), ()))
    return allowed


def ngram_order(rules: Shortlist) -> int:
    """The longest source n-gram among the rules' keys (CTranslate2 looks no further)."""
    return max((k.count(" ") + 1 for k in rules if k), default=1)


def coverage(rules: Shortlist, pairs: Iterable[tuple[str, str]], source: Any,
             target: Any) -> tuple[float, float]:
    """(share of the target lines' pieces inside their source line's shortlist, mean shortlist
    size) over aligned (source, output) lines: 1.0 means the shortlist never blocks them."""
    hits = total = lines = size = 0
    order = ngram_order(rules)
    for src, tgt in pairs:
        allowed = shortlist(rules, source.encode(src, out_type=str), order)
        pieces = target.encode(tgt, out_type=str)
        hits += sum(1 for p in pieces if p in allowed)
        total += len(pieces)
        lines += 1
        size += len(allowed)
    return (hits / total if total else 1.0), (size / lines if lines else 0.0)


def _processors(model_dir: Path) -> tuple[Any, Any]:
    import sentencepiece as spm

    return (spm.SentencePieceProcessor(model_file=str(model_dir / "source.spm")),
            spm.SentencePieceProcessor(model_file=str(model_dir / "target.spm")))


def write_for_model(model_dir: Path, corpus: Iterable[tuple[str, str]], *,
                    top_k: int = TOP_K, frequent: int | None = FREQUENT) -> Path:
    """Build vmap.txt into a converted Marian model folder from its tokenizers and parallel
    files (source path, target path; none: the tokenizers alone); InputError for a model
    without sentencepiece files, or corpora unreadable or without an aligned line."""
    import json

    model_dir = Path(model_dir)
    if not (model_dir / "source.spm").is_file() or not (model_dir / "target.spm").is_file():
        raise InputError(f"{model_dir}: a vocabulary shortlist needs a Marian (sentencepiece) "
                         "model")
    vocab = json.loads((model_dir / "vocab.json").read_text(encoding="utf-8"))
    source, target = _processors(model_dir)
    corpus = list(corpus)
    pairs = read_pairs(corpus)
    if corpus and not pairs:
        raise InputError("vmap corpus: no aligned lines")
    rules = build(pairs, source, target, top_k=top_k, frequent=frequent,
                  source_vocab=_pieces(source))
    return write(rules, model_dir / FILE, vocab)


def _pieces(processor: Any) -> Iterator[str]:
    for i in range(processor.get_piece_size()):
        if not (processor.is_control(i) or processor.is_unknown(i)):
            yield processor.id_to_piece(i)

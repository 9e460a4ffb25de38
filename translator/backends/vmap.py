"""A vocabulary shortlist for CTranslate2 (`use_vmap`): which target pieces each source piece
may bring into a batch's output vocabulary, learnt from parallel text available offline.

CTranslate2 reads `vmap.txt` from the converted model's folder, one rule a line:
`source n-gram<TAB>target piece target piece ...`; the line with an empty source lists the
pieces always allowed. With `use_vmap=True` each batch's output vocabulary is the union of the
rules of its source tokens (plus those), so the output projection shrinks from 54,796 rows to a
few thousand. A piece outside the shortlist can never be written: measure coverage (the share
of a real model's output pieces that fall inside their line's shortlist) before trusting it.

Here each source piece maps to itself (names and numbers are copied) and to the `top_k` target
pieces that co-occur with it most, weighted by rarity (count x log(lines / target frequency));
the `frequent` most common target pieces are always allowed. Needs sentencepiece only.
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
FREQUENT = 5000  # target pieces always allowed

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


def build(pairs: Sequence[tuple[str, str]], source: Any, target: Any, *, top_k: int = TOP_K,
          frequent: int = FREQUENT, source_vocab: Iterable[str] = ()) -> Shortlist:
    """The shortlist learnt from aligned (source, target) lines, tokenised with the
    sentencepiece processors `source` and `target`; every piece of `source_vocab` (the model's
    vocabulary) maps at least to itself."""
    cooc: defaultdict[str, Counter[str]] = defaultdict(Counter)
    target_freq: Counter[str] = Counter()
    for src, tgt in pairs:
        pieces = set(target.encode(tgt, out_type=str))
        target_freq.update(pieces)
        for piece in set(source.encode(src, out_type=str)):
            cooc[piece].update(pieces)
    lines = max(1, len(pairs))
    rules: Shortlist = {"": [p for p, _ in target_freq.most_common(frequent)]}
    for piece in source_vocab:
        rules[piece] = [piece]
    for piece, counts in cooc.items():
        ranked = sorted(counts.items(),
                        key=lambda kv: (-kv[1] * math.log(lines / target_freq[kv[0]]), kv[0]))
        rules[piece] = list(dict.fromkeys([piece, *(p for p, _ in ranked[:top_k])]))
    return rules


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
    """The rules of a vmap.txt (unigram rules only are kept)."""
    rules: Shortlist = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        key, _, values = line.partition("\t")
        if " " not in key:
            rules[key] = values.split()
    return rules


def shortlist(rules: Shortlist, pieces: Iterable[str]) -> set[str]:
    """The target pieces allowed for a source line made of `pieces`."""
    allowed = set(rules.get("", ()))
    for piece in pieces:
        allowed.update(rules.get(piece, ()))
    return allowed


def coverage(rules: Shortlist, pairs: Iterable[tuple[str, str]], source: Any,
             target: Any) -> tuple[float, float]:
    """(share of the target lines' pieces inside their source line's shortlist, mean shortlist
    size) over aligned (source, output) lines: 1.0 means the shortlist never blocks them."""
    hits = total = lines = size = 0
    for src, tgt in pairs:
        allowed = shortlist(rules, source.encode(src, out_type=str))
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
                    top_k: int = TOP_K, frequent: int = FREQUENT) -> Path:
    """Build vmap.txt into a converted Marian model folder from parallel files (source path,
    target path); InputError for a model without sentencepiece files or unreadable corpora."""
    import json

    model_dir = Path(model_dir)
    if not (model_dir / "source.spm").is_file() or not (model_dir / "target.spm").is_file():
        raise InputError(f"{model_dir}: a vocabulary shortlist needs a Marian (sentencepiece) "
                         "model")
    vocab = json.loads((model_dir / "vocab.json").read_text(encoding="utf-8"))
    source, target = _processors(model_dir)
    pairs = read_pairs(corpus)
    if not pairs:
        raise InputError("vmap corpus: no aligned lines")
    rules = build(pairs, source, target, top_k=top_k, frequent=frequent,
                  source_vocab=_pieces(source))
    return write(rules, model_dir / FILE, vocab)


def _pieces(processor: Any) -> Iterator[str]:
    for i in range(processor.get_piece_size()):
        if not (processor.is_control(i) or processor.is_unknown(i)):
            yield processor.id_to_piece(i)

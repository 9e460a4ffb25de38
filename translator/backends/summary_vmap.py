"""A copy-biased output shortlist for the summariser (CTranslate2 `use_vmap`, BART's BPE).

distilBART's summaries are mostly copied from their input, so each batch's output vocabulary
can be the pieces of its source (each with the pieces of its spacing and case variants: a
copied word may start the summary, or a sentence, in another form) plus the `frequent` most
common English pieces, always allowed. CTranslate2 then projects each decoder step onto those
rows instead of all 50,265. A piece outside the shortlist can never be written, so coverage
must be measured before it is trusted (benchmarks/summary_cost.py).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from ..errors import InputError
from .vmap import FILE, Shortlist, write
from .vmap import shortlist as vmap_shortlist

SPECIALS = ("<s>", "</s>", "<unk>", "<pad>", "<mask>")
ALWAYS = ("<s>", "</s>")  # the forced prefix and the end: never shut out
# Always allowed: 96.7% of NTREX headline pieces covered, 80 steps 1.41 s vs 1.92 (summary_cost.py)
FREQUENT = 20000


def forms(text: str) -> list[str]:
    """`text` with and without a leading space, its first letter as is, upper- and lower-cased:
    how a copied word may reappear at the start of a summary or a sentence."""
    bare = text[1:] if text.startswith(" ") else text
    cased = [bare, bare[:1].upper() + bare[1:], bare[:1].lower() + bare[1:]]
    return [f for f in dict.fromkeys(f for c in cased for f in (" " + c, c)) if f.strip()]


def frequent_pieces(lines: Iterable[str], tokenizer: Any, count: int) -> list[str]:
    """The `count` most frequent non-special pieces of the lines (`tokenizer.encode` -> str)."""
    freq: Counter[str] = Counter()
    for line in lines:
        if line.strip():
            freq.update(p for p in tokenizer.encode(line) if p not in SPECIALS)
    return [p for p, _ in freq.most_common(count)]


def copy_rules(tokenizer: Any) -> Shortlist:
    """Every vocabulary piece -> itself and the pieces of its forms (a case change can split a
    word differently: " tsunami" is one piece, " Tsunami" three). `tokenizer`: a
    `tokenizers.Tokenizer` (byte-level BPE)."""
    vocab = tokenizer.get_vocab()
    pieces = [p for p in sorted(vocab, key=vocab.get) if p not in SPECIALS]
    texts = [forms(tokenizer.decoder.decode([p])) for p in pieces]
    encoded = iter(tokenizer.encode_batch([f for fs in texts for f in fs],
                                          add_special_tokens=False))
    rules: Shortlist = {}
    for piece, fs in zip(pieces, texts, strict=True):
        found = [t for _ in fs for t in next(encoded).tokens]
        rules[piece] = list(dict.fromkeys([piece, *found]))
    return rules


def vocab_order(vocab: dict[str, int], count: int) -> list[str]:
    """The `count` most frequent pieces without a corpus: BART's vocabulary (fairseq's
    dictionary) numbers its pieces by their frequency in the pretraining text."""
    return [p for p in sorted(vocab, key=vocab.get) if p not in SPECIALS][:count]


def always(frequent: Sequence[str]) -> list[str]:
    """The always-allowed line: <s>, </s> and the frequent pieces."""
    return list(dict.fromkeys([*ALWAYS, *frequent]))


def build(tokenizer: Any, frequent: Sequence[str]) -> Shortlist:
    """The shortlist: copy_rules, and `frequent` (with <s>, </s>) always allowed."""
    return {"": always(frequent), **copy_rules(tokenizer)}


def shortlist(rules: Shortlist, source: Iterable[str]) -> set[str]:
    """The pieces allowed for a source of `source` pieces: the always line and each one's rule
    (unigram rules only, as these are)."""
    return vmap_shortlist(rules, list(source), longest=1)


def coverage(rules: Shortlist, docs: Iterable[tuple[Sequence[str], Sequence[str]]]
             ) -> dict[str, float]:
    """Over (source pieces, summary pieces) pairs: the share of summary pieces inside their
    source's shortlist, the share of summaries wholly inside, and the mean shortlist size."""
    hits = total = whole = lines = size = 0
    for source, summary in docs:
        allowed = shortlist(rules, source)
        pieces = [p for p in summary if p not in SPECIALS]
        inside = sum(1 for p in pieces if p in allowed)
        hits, total = hits + inside, total + len(pieces)
        whole += inside == len(pieces)
        lines += 1
        size += len(allowed)
    return {"coverage": hits / total if total else 1.0, "whole": whole / lines if lines else 1.0,
            "size": size / lines if lines else 0.0, "pieces": float(total), "docs": float(lines)}


def write_for_model(model_dir: Path, frequent: int = FREQUENT,
                    english: Iterable[str] | None = None) -> Path:
    """Build vmap.txt into a converted BART folder: the `frequent` pieces counted in `english`
    when given, else BART's vocabulary order; InputError for a model without a BPE vocabulary."""
    from .subwords import load_subwords

    model_dir = Path(model_dir)
    path = model_dir / "vocab.json"
    if not path.is_file():
        raise InputError(f"{model_dir}: a summary shortlist needs a BPE model (vocab.json)")
    vocab = json.loads(path.read_text(encoding="utf-8"))
    tokenizer = load_subwords(model_dir, "bpe")
    pieces = (frequent_pieces(english, tokenizer, frequent) if english is not None
              else vocab_order(vocab, frequent))
    return write(build(tokenizer.tok, pieces), model_dir / FILE, vocab)

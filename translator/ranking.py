"""Pure: the learned rankers' prediction (title_model.py, dateline_model.py): a linear score
over standardised features, fitted by benchmarks/conditional_logit.py and exported as a table
of (weights, means, scales), and a softmax over a page's candidates and its "none" row."""

from __future__ import annotations

import math
from collections.abc import Sequence

Table = tuple[tuple[float, ...], tuple[float, ...], tuple[float, ...]]


def _score(values: Sequence[float], offset: int, table: Table) -> float:
    """A row's logit: standardised features (the table's columns from `offset`) times the
    fitted weights."""
    weights, means, scales = table
    return sum((v - means[offset + j]) / scales[offset + j] * weights[offset + j]
               for j, v in enumerate(values))


def probabilities(rows: Sequence[Sequence[float]], null: Sequence[float], table: Table
                  ) -> list[float]:
    """Each candidate row's probability, the none row's last; the none row's features follow
    the candidates' columns in the table."""
    offset = len(table[0]) - len(null)
    scores = [_score(r, 0, table) for r in rows] + [_score(null, offset, table)]
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]

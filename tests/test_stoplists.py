"""The prose tests' stoplists come from jusText (a declared dependency): without them
translator/shapes.py falls back to length tests alone and scores pages lower without a word
(fresh33 body recall 1.0 -> 0.93), so a missing or moved stoplist must fail here instead."""

from __future__ import annotations

from translator import shapes


def test_the_indonesian_and_english_stoplists_are_read() -> None:
    words = shapes._stopwords()
    assert len(words) > 500  # jusText's Indonesian list alone has several hundred words
    assert all(shapes.is_stopword(w) for w in ("yang", "dengan", "tidak", "the", "which"))
    assert not shapes.is_stopword("Pandeglang")


def test_prose_scores_depend_on_the_stoplists() -> None:
    # the share of function words in an ordinary Indonesian sentence is well above zero
    sentence = "Warga mengatakan bahwa jalan itu sudah rusak sejak tahun lalu dan belum diperbaiki"
    assert shapes.stopword_share(sentence) > 0.2

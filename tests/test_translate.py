"""Batching, ordering, retries and guard flags, with test-double backends."""

import pytest

from translator.config import Generation, ModelSpec, TranslationConfig
from translator.translate import (
    LOOP,
    LOOP_RETRIED,
    NUMBER,
    UNTRANSLATED,
    translate_paragraphs,
    translate_segments,
)

from .fakes import IdentityBackend

# The backend's batch_size (3 in these tests, as the loader sets it from models.yaml) batches.
CFG = TranslationConfig(spec=ModelSpec("identity"), batch_size=3,
                        generation=Generation(num_beams=4),
                        retry=Generation(num_beams=6, no_repeat_ngram_size=3))


def test_outputs_come_back_in_input_order_across_length_sorted_batches():
    backend = IdentityBackend(lambda t, g: t.upper(), batch_size=2)
    texts = ["a", "b c d e f", "g h", "i j k l m n o p", "q", "r s t"]
    assert translate_segments(backend, texts, Generation()) == [
        t.upper() for t in texts]
    sizes = [len(batch) for batch, _ in backend.batches]
    assert sizes == [2, 2, 2]
    # Longest first, so each batch holds inputs of similar length (less padding).
    assert backend.batches[0][0] == ["i j k l m n o p", "b c d e f"]


def test_all_paragraphs_are_batched_together_and_reassembled_per_paragraph():
    backend = IdentityBackend(lambda t, g: f"<{t}>", batch_size=3)
    pairs = [("S1. S2.", ["S1.", "S2."]), ("T1.", ["T1."]), ("U1. U2. U3.", ["U1.", "U2.", "U3."])]
    paras = translate_paragraphs(backend, pairs, CFG)
    assert [p.text for p in paras] == ["<S1.> <S2.>", "<T1.>", "<U1.> <U2.> <U3.>"]
    assert [p.source for p in paras] == ["S1. S2.", "T1.", "U1. U2. U3."]
    assert sum(len(b) for b, _ in backend.batches) == 6
    assert len(backend.batches) == 2  # 6 segments, batch size 3: paragraphs share batches


def test_punctuation_only_segments_are_not_sent_and_are_flagged():
    backend = IdentityBackend(lambda t, g: "X", batch_size=3)
    paras = translate_paragraphs(backend, [("Kata. ***", ["Kata.", "***"])], CFG)
    sent = [t for batch, _ in backend.batches for t in batch]
    assert sent == ["Kata."]
    assert paras[0].text == "X ***"
    assert [(f.code, f.segment) for f in paras[0].flags] == [(UNTRANSLATED, 1)]


def looping_until_retry(text: str, gen: Generation) -> str:
    """Loops under the base settings; the retry settings (no_repeat_ngram_size) fix it."""
    return "fine output" if gen.no_repeat_ngram_size else "the the the the the the"


def test_a_looping_segment_is_retried_with_stronger_settings():
    backend = IdentityBackend(looping_until_retry, batch_size=3)
    paras = translate_paragraphs(backend, [("A. B.", ["A.", "B."])], CFG)
    assert paras[0].text == "fine output fine output"
    retry_gen = backend.batches[-1][1]
    assert retry_gen.num_beams == 6 and retry_gen.no_repeat_ngram_size == 3
    assert {f.code for f in paras[0].flags} == {LOOP_RETRIED}


def test_a_segment_that_still_loops_is_cut_and_flagged():
    backend = IdentityBackend(lambda t, g: "go home go home go home go home go home", batch_size=3)
    paras = translate_paragraphs(backend, [("Pulang.", ["Pulang."])], CFG)
    assert paras[0].flags[0].code == LOOP
    assert paras[0].text.count("go home") < 5


def test_a_changed_number_is_flagged_on_its_segment():
    backend = IdentityBackend(lambda t, g: t.replace("1.500.000", "1,600,000"), batch_size=3)
    pairs = [("Harga naik. Harganya Rp1.500.000.", ["Harga naik.", "Harganya Rp1.500.000."])]
    paras = translate_paragraphs(backend, pairs, CFG)
    assert [(f.code, f.segment, f.detail) for f in paras[0].flags] == [(NUMBER, 1, "1.500.000")]


def test_numbers_kept_raise_no_flag():
    backend = IdentityBackend(lambda t, g: "Price is Rp1,500,000 on 2/3/2023.", batch_size=3)
    paras = translate_paragraphs(backend, [("Rp1.500.000 pada 2/3/2023.", ["x"])], CFG)
    assert paras[0].flags == ()


def test_guard_retries_are_batched_by_the_batch_size_too():
    backend = IdentityBackend(looping_until_retry, batch_size=3)
    pairs = [(f"S{i}.", [f"S{i}."]) for i in range(8)]
    paras = translate_paragraphs(backend, pairs, CFG)
    assert all(p.text == "fine output" for p in paras)
    first = [len(b) for b, gen in backend.batches if not gen.no_repeat_ngram_size]
    retried = [len(b) for b, gen in backend.batches if gen.no_repeat_ngram_size]
    assert first == retried == [3, 3, 2]  # batch_size is 3; all 8 segments looped


class SideBySide(IdentityBackend):
    """A runtime that runs `at_once` model calls side by side; records each generate call."""

    def __init__(self, at_once: int) -> None:
        super().__init__(lambda t, g: t.upper(), batch_size=1)
        self.at_once, self.calls = at_once, []

    def calls_at_once(self) -> int:
        return self.at_once

    def generate(self, texts, gen, progress=None):
        self.calls.append(list(texts))
        return super().generate(texts, gen, progress)


@pytest.mark.parametrize(("at_once", "sizes"), [(1, [1, 1, 1, 1, 1]), (2, [2, 2, 1])])
def test_watched_calls_hold_as_many_texts_as_the_runtime_runs_at_once(at_once, sizes):
    # One segment a call (batch_size 1) on a runtime that runs two calls at once left one
    # core idle while the article streamed; each call now fills every side.
    backend = SideBySide(at_once)
    texts = ["a b c", "d e", "f g h i", "j", "k l"]
    seen: list[list[int]] = []
    out = translate_segments(backend, texts, Generation(), done=lambda idx, _: seen.append(idx))
    assert out == [t.upper() for t in texts]
    assert [len(c) for c in backend.calls] == sizes
    assert len(seen) == len(sizes) and sorted(i for c in seen for i in c) == list(range(5))

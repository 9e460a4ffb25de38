"""Window-sized parts, then a summary of the summaries, with a test-double summariser."""

from translator.config import Generation
from translator.summarize import chunk, summarise

from .fakes import FirstWordsBackend


def words(text: str) -> int:
    return len(text.split())


def test_short_text_is_summarised_once():
    backend = FirstWordsBackend(words=3)
    assert summarise(backend, ["one two three four", "five six"], Generation(), 100) == (
        "one two three")
    assert len(backend.batches) == 1


def test_chunks_break_only_at_paragraph_boundaries_when_paragraphs_fit():
    paras = [" ".join(["w"] * 30)] * 5
    chunks = chunk(paras, words, 70)
    assert [c.count("\n") + 1 for c in chunks] == [2, 2, 1]
    assert all(words(c) <= 70 for c in chunks)


def test_a_paragraph_longer_than_the_window_is_split_at_sentences():
    para = " ".join(f"Kalimat nomor {i} ada di sini." for i in range(40))
    chunks = chunk([para], words, 50)
    assert len(chunks) > 1 and all(words(c) <= 50 for c in chunks)
    assert " ".join(c.replace("\n", " ") for c in chunks) == para


def test_long_text_is_summarised_in_parts_then_again():
    backend = FirstWordsBackend(words=4)
    paras = [f"p{i} " + " ".join(["x"] * 40) for i in range(6)]
    out = summarise(backend, paras, Generation(), 100)
    first_round, second_round = backend.batches[0][0], backend.batches[1][0]
    assert len(first_round) == 3  # 6 paragraphs of 41 words, 2 per 100-token window
    assert second_round == ["\n".join(["p0 x x x", "p2 x x x", "p4 x x x"])]
    assert out == "p0 x x x"


def test_empty_body_gives_empty_summary():
    assert summarise(FirstWordsBackend(), ["", "  "], Generation(), 10) == ""

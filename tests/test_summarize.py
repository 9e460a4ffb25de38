"""Window-sized parts, then a summary of the summaries, with a test-double summariser."""

import pytest

from translator.config import Generation, default_config_text, load_config, parse_config
from translator.errors import ConfigError
from translator.summarize import chunk, summarize

from .fakes import FirstWordsBackend


def words(text: str) -> int:
    return len(text.split())


def test_short_text_is_summarized_once():
    backend = FirstWordsBackend(words=3)
    assert summarize(backend, ["one two three four", "five six"], Generation(), 100) == (
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


def test_long_text_is_summarized_in_parts_then_again():
    backend = FirstWordsBackend(words=4)
    paras = [f"p{i} " + " ".join(["x"] * 40) for i in range(6)]
    out = summarize(backend, paras, Generation(), 100)
    first_round, second_round = backend.batches[0][0], backend.batches[1][0]
    assert len(first_round) == 3  # 6 paragraphs of 41 words, 2 per 100-token window
    assert second_round == ["\n".join(["p0 x x x", "p2 x x x", "p4 x x x"])]
    assert out == "p0 x x x"


def test_empty_body_gives_empty_summary():
    assert summarize(FirstWordsBackend(), ["", "  "], Generation(), 10) == ""


def test_parts_are_summarized_a_batch_at_a_time_and_all_reach_the_reduce_step():
    backend = FirstWordsBackend(words=2, batch_size=3)
    paras = [f"p{i} " + " ".join(["x"] * 40) for i in range(10)]  # one per 50-token window
    out = summarize(backend, paras, Generation(), 50)
    sizes = [len(batch) for batch, _ in backend.batches]
    assert sizes == [3, 3, 3, 1, 1]  # map: 10 windows 3 at a time; reduce: one text
    assert [t for batch, _ in backend.batches[:4] for t in batch] == paras
    assert backend.batches[4][0] == ["\n".join(f"p{i} x" for i in range(10))]
    assert out == "p0 x"


def test_a_backend_returning_too_few_summaries_is_an_error():
    class Short(FirstWordsBackend):
        def generate_batch(self, texts, gen):
            return super().generate_batch(texts, gen)[:-1]

    with pytest.raises(RuntimeError, match="returned 1 outputs for 2 inputs"):
        summarize(Short(), ["a " * 40, "b " * 40], Generation(), 50)


def test_the_summary_batch_size_is_read_from_models_yaml():
    assert load_config().summarization.batch_size == 4  # the packaged default
    text = default_config_text().replace("  batch_size: 4\n", "  batch_size: 0\n")
    with pytest.raises(ConfigError, match="batch_size must be a positive integer"):
        parse_config(text, "test")

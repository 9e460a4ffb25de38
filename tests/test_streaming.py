"""On a terminal the rich view streams: the headline as soon as it is translated, the
paragraphs as they are final, the summary last; piped output stays one document."""

from __future__ import annotations

import re

import pytest

from translator import Models, brief
from translator.config import load_config
from translator.sanitize import safe_text
from translator.translate import LOOP, LOOP_RETRIED, translate_paragraphs

from .conftest import SAMPLE
from .fakes import FirstWordsBackend, IdentityBackend
from .test_progress_tty import _CSI, _run_on_a_terminal, screen

CFG = load_config().translation


def looping_once(text, gen):
    """Upper case; "ulang" loops unless retried with the retry settings."""
    if "ulang" in text and not gen.no_repeat_ngram_size:
        return "again " * 12
    return text.upper()


def test_paragraphs_are_handed_over_final_and_in_order_as_model_calls_finish():
    pairs = [("Satu. Dua.", ["Satu.", "Dua."]), ("Tiga ulang.", ["Tiga ulang."]),
             ("Empat. Lima. Enam.", ["Empat.", "Lima.", "Enam."]), ("***", ["***"])]
    whole = translate_paragraphs(IdentityBackend(looping_once, batch_size=1), pairs, CFG)
    backend = IdentityBackend(looping_once, batch_size=1)
    groups: list[tuple[int, list]] = []
    streamed = translate_paragraphs(backend, pairs, CFG,
                                    on_done=lambda ps: groups.append((len(backend.batches), ps)))
    assert streamed == whole  # the same paragraphs, guards and retries included
    assert [p for _, ps in groups for p in ps] == whole  # each once, in article order
    assert any(f.code in (LOOP, LOOP_RETRIED) for f in streamed[1].flags)
    calls = [n for n, _ in groups]
    assert len(groups) > 1 and calls[0] < calls[-1]  # the first came before the last call


def test_brief_tells_the_observer_title_then_paragraphs_then_summary():
    translator = IdentityBackend(lambda text, gen: text.upper(), batch_size=2)
    models = Models(translator=translator, summarizer=FirstWordsBackend(words=4),
                    config=load_config())
    events: list[tuple[str, object]] = []
    result = brief(SAMPLE, models, on_event=lambda kind, payload: events.append((kind, payload)))
    kinds = [k for k, _ in events]
    assert kinds[0] == "title" and kinds[-1] == "summary"
    assert set(kinds[1:-1]) == {"paragraphs"} and len(kinds) > 3
    head = events[0][1]
    assert head.title == result.title == result.article.title.upper()
    assert head.paragraphs == () and not head.summary and head.notes == result.notes
    assert translator.batches[0][0] == [result.article.title]  # its own call, the first
    assert tuple(p for k, ps in events if k == "paragraphs" for p in ps) == result.paragraphs
    assert events[-1][1] is result


def test_no_observer_no_separate_title_call():
    translator = IdentityBackend(lambda text, gen: text.upper())
    models = Models(translator=translator, summarizer=FirstWordsBackend(words=4),
                    config=load_config())
    brief(SAMPLE, models)
    assert len(translator.batches) == 1  # title and body in one batch, as before streaming


@pytest.mark.parametrize("tiny_models", ["ctranslate2"], indirect=True)
def test_the_headline_is_on_the_terminal_while_the_brief_is_still_made(tiny_models, brief):
    from translator.store import Store

    raw = _run_on_a_terminal([*tiny_models.args(), "--no-cache", "--full", str(SAMPLE)])
    with Store.open_existing() as store:  # the run's brief, as stored
        doc = store.get(1).doc
    plain = " ".join(_CSI.sub("", raw).split())
    at = plain.index(" ".join(safe_text(doc["title"]).split()[:4]))
    # Still at work after the headline: the progress display came back under it.
    assert at < max(plain.rindex("Translating"), plain.rindex("Summarising"))
    assert at < plain.index("Summary")

    # The final screen holds what the whole (non-streamed) view holds.
    shown = " ".join(re.sub(r"[│╭╮╰╯─]", " ", "\n".join(screen(raw))).split())
    assert " ".join(safe_text(doc["title"]).split()) in shown
    assert "SINDOnews" in shown and f"Original title: {doc['source']['title']}" in shown
    # Rich breaks a word longer than the box, and the view shows control characters.
    assert "".join(safe_text(doc["summary"]).split()) in "".join(shown.split())
    assert "Full translation" in shown
    for number in range(1, len(doc["paragraphs"]) + 1):
        assert re.search(rf"(^| ){number}\. \w", shown), number
    assert ("flagged:" in shown) == any(p["flags"] for p in doc["paragraphs"])
    for status in ("Translating", "Summarising"):
        assert status not in shown

    # Piped, the same run prints one plain document, exactly the --format text one.
    args = [*tiny_models.args(), "--no-store", "--no-cache", "--full", str(SAMPLE)]
    piped, text = brief(*args), brief(*args, "--format", "text")
    assert piped.code == text.code == 0
    assert piped.out == text.out and "\x1b" not in piped.out


def test_an_english_article_streams_too():
    text = ("Floods hit the capital again\n\nHeavy rain flooded dozens of neighbourhoods in the "
            "capital on Tuesday, and thousands of residents were moved to shelters by the city.\n\n"
            "The weather agency said more rain was expected over the weekend, and warned people "
            "living near the rivers to stay alert.")
    models = Models(translator=IdentityBackend(), summarizer=FirstWordsBackend(words=4),
                    config=load_config())
    events: list[tuple[str, object]] = []
    result = brief(text, models, on_event=lambda kind, payload: events.append((kind, payload)))
    assert result.article.language == "en"
    assert [k for k, _ in events] == ["title", "paragraphs", "summary"]
    assert events[0][1].title == result.title and events[1][1] == result.paragraphs

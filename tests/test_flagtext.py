"""Guard flags in plain words (translator/flagtext.py), and where in a paragraph each belongs."""

from __future__ import annotations

import pytest

from translator.flagtext import (
    LABELS,
    describe,
    explain,
    flagged_sentences,
    footnotes,
    marked_outputs,
    output_index,
    source_words,
)
from translator.result import Brief, Flag, Paragraph

SOURCE = "Harga beras naik. Pada 2/3/2023 ada 20 pedagang di Kota Batu."
LIVE = Paragraph(source=SOURCE, segments=("Harga beras naik.",
                                          "Pada 2/3/2023 ada 20 pedagang di Kota Batu."),
                 outputs=("Rice prices rose.", "There were traders in Stone City."))


@pytest.mark.parametrize("code, detail, expected", [
    ("number_mismatch", "20, 2/3/2023", "Number check: 20 and 2/3/2023 are not in the English."),
    ("number_mismatch", "10", "Number check: 10 is not in the English."),
    ("number_mismatch", "1,5, 20, 3", "Number check: 1,5, 20 and 3 are not in the English."),
    ("name_changed", "Kota Batu", "Name check: Kota Batu is not in the English."),
    ("name_changed", "glossary: Kota Batu -> Batu City",
     "Glossary: “Kota Batu” should read “Batu City” in the English, and does not."),
    ("name_changed", "glossary: Tanah Abang -> keep",
     "Glossary: “Tanah Abang” should stay as it is in the English, and does not."),
    ("name_changed", "Budi, glossary: Kota Batu -> Batu City",
     "Name check: Budi is not in the English. Glossary: “Kota Batu” should read “Batu City” "
     "in the English, and does not."),
    ("omission", "0.58", "Possible omission: the English may leave out part of the original "
                         "(it is 58% of the expected length)."),
    ("omission", "ratio 0.4", "Possible omission: the English may leave out part of the "
                              "original (it is 40% of the expected length)."),
    ("omission", "lost: 20 pedagang", "Possible omission: the English may leave out part of "
                                      "the original (lost: 20 pedagang)."),
    ("untranslated", "—", "Not translated: “—” has no words to translate and is shown as it is."),
    ("loop", "repetition cut after retry", "Repetition: the English kept repeating itself and "
                                           "was cut short; read the original."),
    ("some_new_guard", "x y", "some_new_guard: x y."),
    ("some_new_guard", "", "some_new_guard."),
])
def test_explain_says_it_in_plain_words(code, detail, expected):
    assert explain(Flag(code, 1, detail)) == expected


@pytest.mark.parametrize("code", sorted(LABELS))
def test_every_known_code_reads_as_words_not_as_its_code(code):
    text = explain(Flag(code, 0, "20"))
    assert text.startswith(LABELS[code] + ":") and "_" not in text  # no snake_case code


def test_describe_quotes_the_source_words_of_the_flagged_segment():
    text = describe(Flag("number_mismatch", 1, "20"), LIVE)
    assert text == ("Number check: 20 is not in the English. "
                    "Original: “Pada 2/3/2023 ada 20 pedagang di Kota Batu.”")
    # an untranslated segment is its own detail: not quoted twice
    assert "Original" not in describe(Flag("untranslated", 0, "—"), LIVE)


def test_a_live_paragraph_places_the_flag_on_its_segment():
    flag = Flag("number_mismatch", 1, "20")
    assert output_index(flag, LIVE) == 1
    assert output_index(Flag("loop", 5), LIVE) is None  # out of range: unknown, no crash
    assert source_words(Flag("loop", 5), LIVE) is None


def test_a_stored_paragraph_has_no_place_but_keeps_its_sentence():
    stored = Brief.from_dict({"source": {}, "paragraphs": [
        {"source": SOURCE, "text": " ".join(LIVE.outputs),
         "flags": [{"code": "number_mismatch", "segment": 1, "detail": "20"}]}]}).paragraphs[0]
    flag = stored.flags[0]
    assert output_index(flag, stored) is None
    assert source_words(flag, stored) == "Pada 2/3/2023 ada 20 pedagang di Kota Batu."
    # the mark goes after the paragraph, never on a guessed sentence
    assert marked_outputs(stored, footnotes(stored), 3) == [(stored.text, []), ("", [3])]


def test_flags_of_one_segment_share_one_footnote_and_count_once():
    p = Paragraph(source=LIVE.source, segments=LIVE.segments, outputs=LIVE.outputs,
                  flags=(Flag("name_changed", 1, "Kota Batu"), Flag("number_mismatch", 1, "20"),
                         Flag("loop_retried", 0)))
    notes = footnotes(p)
    assert [n.segment for n in notes] == [0, 1]
    assert notes[1].texts == ("Name check: Kota Batu is not in the English.",
                              "Number check: 20 is not in the English.")
    assert marked_outputs(p, notes, 1) == [("Rice prices rose.", [1]),
                                           ("There were traders in Stone City.", [2])]
    assert flagged_sentences([p, LIVE]) == 2

"""translator/dateline_model.py and benchmarks/dateline_ranker.py: the dateline candidates'
shapes, the probabilities from the generated table, the fallback dateline, the threshold rule
(made-up pages, never the fixtures)."""

from __future__ import annotations

import math
import subprocess
import sys

import pytest

from translator import dateline_model, dateline_weights
from translator.bare_bylines import bare_bylines
from translator.clean import _body_start, normalise
from translator.lines import classify
from translator.zones import body_run, rescue

from .conftest import load_benchmark

STORY = ("Petani garam di pesisir utara memulai panen raya setelah kemarau panjang membuat "
         "ladang garam kering lebih cepat dari biasanya, kata ketua kelompok tani.")
MORE = ["Panen raya petani garam tahun ini diperkirakan menghasilkan lebih dari dua ribu ton "
        "garam krosok dari ladang di lima kecamatan pesisir utara.",
        "Harga garam di tingkat petani naik menjadi Rp900 per kilogram, lebih tinggi dari harga "
        "pada musim panen tahun lalu, menurut catatan dinas setempat."]
HEADLINE = "Petani Garam Panen Raya Setelah Kemarau Panjang"


def zoned(*lines: str) -> tuple[list, int]:
    """(lines, start) as clean() has them where the hook asks the fallback."""
    page = rescue(bare_bylines(classify(normalise("\n".join([*lines, *MORE]) + "\n"))))
    return page, _body_start(page, body_run(page))[0]


def texts(text: str, headline: str = HEADLINE) -> list[str]:
    """The candidates' names in the lead `text` (the page: `headline` over it)."""
    return [c.text for c in dateline_model.candidates(*zoned(headline, text))[0]]


def test_the_generated_table_is_in_step_with_the_features():
    assert dateline_weights.NAMES == dateline_model.NAMES
    assert len(dateline_weights.WEIGHTS) == len(dateline_weights.MEAN) == len(
        dateline_model.NAMES)
    assert all(s > 0 for s in dateline_weights.SCALE)
    assert 0.5 <= dateline_weights.THRESHOLD <= 1.01  # a precision-first threshold, or "off"


@pytest.mark.parametrize("lead, name", [
    (f"CIREBON - {STORY}", "CIREBON"),  # a spaced dash
    (f"Cirebon, {STORY}", "Cirebon"),  # a comma (the headline names the place again)
    (f"Kabarcontoh.com- Indramayu {STORY}", "Indramayu"),  # after an address, a glued dash
    (f"Lampung Selatan-{STORY}", "Lampung Selatan"),  # a dash glued to the sentence's capital
    (f"(CIREBON) {STORY}", "CIREBON"),  # brackets
])
def test_a_name_before_or_after_a_separator_is_a_candidate(lead, name):
    assert name in texts(lead, "Petani Garam Cirebon Panen Raya Setelah Kemarau Panjang")


def test_a_name_before_a_comma_that_the_story_never_names_again_is_no_candidate():
    # the rules read "Bitung, Dinas ..." so: the sentence's subject (tests/test_datelines.py)
    assert "Cirebon" not in texts(f"Cirebon, {STORY}")
    assert dateline_model.fallback_dateline(*zoned(HEADLINE, f"Cirebon, {STORY}")) is None


def test_a_hyphen_inside_a_word_cuts_no_candidate():
    assert "Kota" not in texts("Kota-kota " + STORY)


def test_runs_stop_at_five_words_and_start_in_the_opening_words():
    found = texts(f"Cirebon - {STORY}")
    assert all(len(t.split()) <= dateline_model.MAX_WORDS for t in found)
    assert not any("kemarau" in t for t in found)  # the 12th word: past the opening


def test_a_short_line_alone_above_the_lead_gives_candidates():
    lines, start = zoned(HEADLINE, "Kabarcontoh.com, CIREBON", STORY)
    assert lines[start].text == STORY
    assert "CIREBON" in [c.text for c in dateline_model.candidates(lines, start)[0]]


def test_every_candidate_has_one_value_per_named_feature():
    cands, null = dateline_model.candidates(*zoned(HEADLINE, f"CIREBON - {STORY}"))
    assert cands and all(len(c.features) == len(dateline_model.CAND_FEATURES) for c in cands)
    assert len(null) == len(dateline_model.NULL_FEATURES)


def test_probabilities_cover_every_candidate_and_no_dateline_and_sum_to_one():
    cands, null = dateline_model.candidates(*zoned(HEADLINE, f"CIREBON - {STORY}"))
    probs = dateline_model.probabilities(cands, null)
    assert len(probs) == len(cands) + 1 and math.isclose(sum(probs), 1.0)


def test_a_shouted_known_place_before_a_dash_is_the_fallback_dateline():
    assert dateline_model.fallback_dateline(*zoned(HEADLINE, f"CIREBON - {STORY}")) == "CIREBON"


@pytest.mark.parametrize("lead", [
    STORY,  # a sentence from its first word
    "Pemerintah Kabupaten Cirebon menyiapkan anggaran untuk ladang garam di pesisir utara "
    "setelah kemarau panjang membuat panen lebih cepat dari biasanya.",  # a place in a subject
])
def test_a_lead_that_opens_with_its_sentence_gets_no_fallback_dateline(lead):
    assert dateline_model.fallback_dateline(*zoned(HEADLINE, lead)) is None


def test_the_fallback_names_its_best_only_when_sure_enough():
    lines, start = zoned(HEADLINE, f"Cirebon {STORY}")
    best, confidence = dateline_model.ranked_dateline(lines, start)
    assert best is not None and 0.0 < confidence < 1.0
    assert dateline_model.fallback_dateline(lines, start, confidence) == best
    assert dateline_model.fallback_dateline(lines, start, confidence + 1e-6) is None
    assert dateline_model.fallback_dateline(lines, start, 1.01) is None  # "off"


def test_a_story_past_the_page_end_gets_no_candidate():
    lines, _start = zoned(HEADLINE, STORY)
    assert dateline_model.ranked_dateline(lines, len(lines)) == (None, 0.0)


def test_prediction_needs_no_numpy():
    code = ("import sys\n"
            "from translator import dateline_model\n"
            "from translator.lines import Line\n"
            "lines = [Line(sys.argv[1], 'text'), Line('CIREBON - ' + sys.argv[2], 'text')]\n"
            "dateline_model.fallback_dateline(lines, 1)\n"
            "print('numpy' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code, HEADLINE, STORY], capture_output=True,
                         text=True, check=True).stdout
    assert out.strip() == "False"


@pytest.fixture(scope="module")
def dr():
    """benchmarks/dateline_ranker.py as a module (it is a script, not part of the package)."""
    yield load_benchmark("dateline_ranker")
    sys.modules.pop("bench_dateline_ranker", None)


def rows(dr, triples):
    """CV rows from (expected, best, confidence) triples."""
    return [(dr.Page(f"p{i}", [], None, want, None, True, None), best, conf)
            for i, (want, best, conf) in enumerate(triples)]


def test_counts_tell_right_wrong_and_added_where_none_is_expected(dr):
    got = dr.counts(rows(dr, [("Cirebon", "Cirebon", 0.9), ("Garut", "Bandung", 0.9),
                              (None, "Jakarta", 0.9), ("Bogor", "Bogor", 0.4)]), 0.8)
    assert got == {"pages": 4, "dated": 3, "right": 1, "wrong": 1, "none_wrong": 1}


def test_the_threshold_is_the_most_right_with_no_wrong(dr):
    picked = dr.pick_threshold(rows(dr, [("Cirebon", "Cirebon", 0.95), ("Garut", "Garut", 0.72),
                                         (None, "Jakarta", 0.62)]))
    assert picked == 0.70  # 0.60 adds Jakarta; 0.65 and 0.70 keep Garut: the higher


def test_no_gain_without_a_wrong_turns_the_fallback_off(dr):
    assert dr.pick_threshold(rows(dr, [(None, "Jakarta", 0.999)])) == dr.NEVER


def test_the_fit_learns_the_gold_candidate(dr):
    pages = [dr.page_of(f"p{i}", "\n".join([HEADLINE, f"{place} - {STORY}", *MORE]), place,
                        None) for i, place in enumerate(("CIREBON", "GARUT", "BOGOR"))]
    pages += [dr.page_of("q", "\n".join([HEADLINE, STORY, *MORE]), None, None)]
    assert [p.gold for p in pages[:3]] == [0, 0, 0] and pages[3].gold == len(pages[3].candidates)
    model = dr.fit(pages, steps=100)
    assert dr.best(model, pages[0])[0] == "CIREBON"

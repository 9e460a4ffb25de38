"""benchmarks/title_ranker.py: candidate extraction, shape features and the model, on made-up
pages (never on the fixture sets)."""

from __future__ import annotations

import sys

import numpy as np
import pytest

from .conftest import load_benchmark
from .test_title_model import HEADLINE, PLEA, page


@pytest.fixture(scope="module")
def tr():
    """benchmarks/title_ranker.py as a module (it is a script, not part of the package)."""
    yield load_benchmark("title_ranker")
    sys.modules.pop("bench_title_ranker", None)


def feature(tr, cand, name: str) -> float:
    """One named feature of a candidate."""
    return cand.features[tr.CAND_FEATURES.index(name)]


@pytest.mark.parametrize("simple", [False, True])
def test_plea_above_headline_is_a_candidate_with_the_plea_feature(tr, simple):
    cands, _null = tr.candidates(page("Kabar Contoh", PLEA, HEADLINE), simple)
    by_text = {c.text: c for c in cands}
    assert set(by_text) == {"Kabar Contoh", PLEA, HEADLINE}
    assert feature(tr, by_text[PLEA], "plea") == 1.0
    assert feature(tr, by_text[HEADLINE], "plea") == 0.0


def test_headline_shares_words_with_the_lead_and_the_plea_none(tr):
    cands, null = tr.candidates(page(PLEA, HEADLINE))
    plea, head = cands
    assert feature(tr, head, "shared_with_lead") >= 4  # petani, garam, cirebon, panen, ...
    assert feature(tr, head, "best_sharer") == 1.0
    assert feature(tr, plea, "shared_with_lead") == 0.0
    assert feature(tr, head, "right_above_lead") == 1.0
    assert feature(tr, head, "headline_shaped") == 1.0
    assert null[tr.NULL_FEATURES.index("null_best_shared")] >= 4


def test_shape_features_of_a_date_line_and_a_menu(tr):
    date, menu = "Senin, 3 November 2025 10:15 WIB", "Beranda > Berita > Daerah"
    cands, _null = tr.candidates(page(menu, HEADLINE, date))
    by_text = {c.text: c for c in cands}
    assert feature(tr, by_text[date], "has_date") == 1.0
    assert feature(tr, by_text[date], "has_time") == 1.0
    assert feature(tr, by_text[menu], "menu_path") == 1.0
    assert feature(tr, by_text[HEADLINE], "has_digits") == 0.0
    assert feature(tr, by_text[HEADLINE], "words_5_to_20") == 1.0
    assert feature(tr, by_text[HEADLINE], "capitalised_share") == 1.0


def test_a_tab_title_candidate_is_scored_as_the_title_the_cleaner_would_make(tr):
    cands, _null = tr.candidates(page(f"{HEADLINE} - Kompas.com"))
    assert [c.title for c in cands] == [HEADLINE]
    assert feature(tr, cands[0], "title_changed") == 1.0


def test_a_page_with_no_header_has_only_the_no_title_candidate(tr):
    p = tr.page_of("bare", page(), None, None)
    assert p.candidates == [] and p.gold == 0 and p.x.shape == (1, len(tr.NAMES))
    assert p.x[0, tr.NAMES.index("null_no_header")] == 1.0


def test_the_right_row_is_the_expected_title_or_the_no_title_row(tr):
    text = page(PLEA, HEADLINE)
    assert tr.page_of("a", text, HEADLINE, None).gold == 1
    assert tr.page_of("a", text, None, None).gold == 2  # no title: the last row
    assert tr.page_of("a", text, "Judul Lain Sama Sekali", None).gold is None


def test_a_fitted_model_prefers_the_headline_over_the_plea_and_the_logo(tr):
    logos = ("Kabar Contoh", "Warta Kita", "Suara Pesisir")
    train = [tr.page_of(f"p{i}", page(logo, PLEA, HEADLINE), HEADLINE, None)
             for i, logo in enumerate(logos)]
    train.append(tr.page_of("none", page(PLEA), None, None))
    model = tr.fit(train, steps=150)
    title, confidence = tr.predict(model, tr.page_of("new", page("Pos Baru", PLEA, HEADLINE),
                                                     HEADLINE, None))
    assert title == HEADLINE and 0.5 < confidence <= 1.0
    assert np.isclose(model.probs(train[0]).sum(), 1.0)


def test_the_shape_only_model_ignores_the_cleaners_predicates(tr):
    train = [tr.page_of("p", page(PLEA, HEADLINE), HEADLINE, None)]
    model = tr.fit(train, tr.SHAPE_ONLY, steps=20)
    for name in ("plea", "headline_shaped", "echoes_lead", "null_shaped_none"):
        assert model.w[tr.NAMES.index(name)] == 0.0
    assert model.w[tr.NAMES.index("shared_with_lead")] != 0.0


def test_the_combination_keeps_the_rules_unless_the_ranker_is_sure(tr):
    assert tr.combine("Rules", "Ranker", 0.9, 0.8) == "Ranker"
    assert tr.combine("Rules", "Ranker", 0.7, 0.8) == "Rules"
    assert tr.combine("Rules", None, 0.95, 0.8) is None  # the ranker may say "no title"
    assert tr.combine("Same", "Same", 0.1, 0.8) == "Same"


def test_the_untouched_sets_are_never_among_the_training_sets(tr):
    names = set(tr.allowed_sets())
    assert {"text", "heldout", "outlets", "fresh", "fresh26"} <= names
    assert not any(n.startswith("fresh") and n[5:].isdigit() and int(n[5:]) >= 27 for n in names)


def test_every_candidate_has_one_value_per_named_feature(tr):
    cands, null = tr.candidates(page("Kabar Contoh", PLEA, HEADLINE, "Senin, 3 November 2025"))
    assert cands and all(len(c.features) == len(tr.CAND_FEATURES) for c in cands)
    assert len(null) == len(tr.NULL_FEATURES)


def test_the_exported_table_predicts_as_the_fitted_model(tr):
    from translator import title_model

    train = [tr.page_of("p", page("Kabar Contoh", PLEA, HEADLINE), HEADLINE, None),
             tr.page_of("none", page(PLEA), None, None)]
    model = tr.fit(train, steps=50)
    sets = {"made-up": train}
    namespace: dict = {}
    exec(tr.render_weights(model, 0.75, sets), namespace)  # the generated module's text
    assert namespace["NAMES"] == tr.NAMES and namespace["THRESHOLD"] == 0.75
    table = (namespace["WEIGHTS"], namespace["MEAN"], namespace["SCALE"])
    new = tr.page_of("new", page("Warta Kita", PLEA, HEADLINE), HEADLINE, None)
    probs = title_model.probabilities(new.candidates, list(new.x[-1, tr.NC:]), table)
    assert np.allclose(probs, model.probs(new), atol=1e-9)


def test_the_best_line_is_a_header_line_never_no_title(tr):
    train = [tr.page_of("none", page(PLEA), None, None)] * 3  # taught: no title
    model = tr.fit(train, steps=50)
    p = tr.page_of("new", page(PLEA, HEADLINE), None, None)
    line, confidence = tr.best_line(model, p)
    assert line in (PLEA, HEADLINE) and 0.0 < confidence < 1.0
    assert tr.best_line(model, tr.page_of("bare", page(), None, None)) == (None, 0.0)


def test_the_fallback_only_fills_a_missing_title(tr):
    assert tr.fallback("Rules", "Ranker", 0.99, 0.7) == "Rules"
    assert tr.fallback(None, "Ranker", 0.75, 0.7) == "Ranker"
    assert tr.fallback(None, "Ranker", 0.65, 0.7) is None
    assert tr.fallback(None, None, 0.99, 0.7) is None


def rows_of(tr, *cases):
    """Fallback rows from (expected title, best line, its probability)."""
    p = tr.page_of("p", page(PLEA, HEADLINE), None, None)
    return [(tr.Page(p.name, p.candidates, p.x, want, None, None), line, conf)
            for want, line, conf in cases]


def test_fallback_counts_tell_gains_from_losses_and_wrong_titles(tr):
    rows = rows_of(tr, (None, "Menu", 0.8), ("Judul", "Judul", 0.9), ("Judul", "Lain", 0.8),
                   (None, "Menu", 0.5))
    assert tr.fallback_counts(rows, 0.7) == {"pages": 4, "before": 2, "after": 2, "gained": 1,
                                             "lost": 1, "wrong": 1}
    assert tr.fallback_counts(rows, tr.NEVER)["after"] == 2  # the rules alone: the two Nones


def test_the_threshold_prefers_precision(tr):
    # below 0.65 a title where none belongs; a wrong title costs more than a right one gains
    rows = rows_of(tr, (None, "Menu", 0.6), ("Judul", "Judul", 0.9), ("Dua", "Dua", 0.65))
    assert tr.pick_fallback(rows) == pytest.approx(0.65)
    assert tr.pick_fallback(rows_of(tr, (None, "Menu", 0.99))) == tr.NEVER


def test_the_untuned_rules_none_pages_count_as_untitled(tr):
    name, pages = next(iter(tr.UNTUNED_NONE.items()))
    p = tr.page_of(pages[0], page(PLEA, HEADLINE), HEADLINE, HEADLINE)
    assert tr.untitled(name, p) and not tr.untitled("text", p)
    assert tr.untitled("text", tr.page_of("q", page(PLEA), None, None))

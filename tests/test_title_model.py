"""translator/title_model.py: the ranker's features, its probabilities from the generated
table, and the fallback title where the rules give None (made-up pages, never the fixtures)."""

from __future__ import annotations

import math
import subprocess
import sys

import pytest

from translator import title_model, title_weights
from translator.bare_bylines import bare_bylines
from translator.clean import _body_start, clean, normalise
from translator.headline import LEAD_LINES, lead_of
from translator.lines import classify
from translator.zones import body_run, rescue

LEAD = ("CIREBON - Petani garam di pesisir Cirebon memulai panen raya setelah kemarau panjang "
        "membuat ladang garam kering lebih cepat dari biasanya, kata ketua kelompok tani.")
BODY = [LEAD,
        "Panen raya petani garam tahun ini diperkirakan menghasilkan lebih dari dua ribu ton "
        "garam krosok dari ladang di lima kecamatan pesisir utara.",
        "Harga garam di tingkat petani naik menjadi Rp900 per kilogram, lebih tinggi dari harga "
        "pada musim panen tahun lalu, menurut catatan dinas setempat."]
HEADLINE = "Petani Garam Cirebon Panen Raya Setelah Kemarau Panjang"
PLEA = "Baca berita terkini lainnya di aplikasi kami"


def page(*header: str) -> str:
    """A made-up page: the header lines, then the story."""
    return "\n".join([*header, *BODY]) + "\n"


def zoned(text: str) -> tuple[list, int, tuple[int, int] | None, str]:
    """(lines, start, run, lead) as clean() has them when it calls the fallback."""
    lines = rescue(bare_bylines(classify(normalise(text))))
    run = body_run(lines)
    start = _body_start(lines, run)[0]
    lead = lead_of([ln.text for ln in lines[start:start + LEAD_LINES] if ln.kind == "text"])
    return lines, start, run, lead


def test_the_generated_table_is_in_step_with_the_features():
    assert title_weights.NAMES == title_model.NAMES
    assert len(title_weights.WEIGHTS) == len(title_weights.MEAN) == len(title_model.NAMES)
    assert all(s > 0 for s in title_weights.SCALE)
    assert 0.5 <= title_weights.THRESHOLD <= 1.01  # a precision-first threshold, or "off"


def test_every_candidate_has_one_value_per_named_feature():
    cands, null = title_model.candidates(*zoned(page("Kabar Contoh", PLEA, HEADLINE)))
    assert [c.text for c in cands] == ["Kabar Contoh", PLEA, HEADLINE]
    assert all(len(c.features) == len(title_model.CAND_FEATURES) for c in cands)
    assert len(null) == len(title_model.NULL_FEATURES)


def test_probabilities_cover_every_candidate_and_no_title_and_sum_to_one():
    cands, null = title_model.candidates(*zoned(page("Kabar Contoh", PLEA, HEADLINE)))
    probs = title_model.probabilities(cands, null)
    assert len(probs) == len(cands) + 1
    assert math.isclose(sum(probs), 1.0) and all(0.0 <= p <= 1.0 for p in probs)


def test_the_fitted_ranker_puts_the_headline_above_the_plea_and_the_logo():
    title, confidence = title_model.ranked_title(*zoned(page("Kabar Contoh", PLEA, HEADLINE)))
    assert title == HEADLINE and confidence > 0.5


def test_the_fallback_never_overrides_the_rules_title():
    assert title_model.fallback_title(*zoned(page(PLEA, HEADLINE)), "Judul Aturan") \
        == "Judul Aturan"


@pytest.mark.parametrize(("threshold", "want"), [(0.0, HEADLINE), (1.01, None)])
def test_the_fallback_gives_the_best_line_only_when_it_is_sure_enough(threshold, want):
    assert title_model.fallback_title(*zoned(page(PLEA, HEADLINE)), None, threshold) == want


def test_a_page_with_no_header_gets_no_fallback_title():
    lines, start, run, lead = zoned(page())
    assert start == 0
    assert title_model.fallback_title(lines, start, run, lead, None, 0.0) is None


def test_clean_then_the_fallback_keeps_a_title_the_rules_found():
    text = page("Kabar Contoh", PLEA, HEADLINE, "Senin, 3 November 2025")
    article = clean(text)
    assert article.title == HEADLINE
    assert title_model.fallback_title(*zoned(text), article.title) == HEADLINE


def test_clean_then_the_fallback_adds_no_title_it_is_unsure_of():
    # a two-word line over a date: no headline for the rules, a coin toss for the ranker
    text = page("Beranda", "Garam Cirebon", "Senin, 3 November 2025")
    article = clean(text)
    assert article.title is None
    lines, start, run, lead = zoned(text)
    ranked, confidence = title_model.ranked_title(lines, start, run, lead)
    assert ranked == "Garam Cirebon" and confidence < title_weights.THRESHOLD
    assert title_model.fallback_title(lines, start, run, lead, article.title) is None
    assert title_model.fallback_title(lines, start, run, lead, None, confidence) == ranked


def test_prediction_needs_no_numpy():
    code = ("import sys\n"
            "from translator.clean import clean\n"
            "from translator import title_model\n"
            "from translator.lines import Line\n"
            "lines = [Line(t, 'text') for t in ('Kabar Contoh', sys.argv[1], sys.argv[2])]\n"
            "title_model.fallback_title(lines, 2, None, sys.argv[2], None)\n"
            "print('numpy' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code, HEADLINE, LEAD], capture_output=True,
                         text=True, check=True).stdout
    assert out.strip() == "False"

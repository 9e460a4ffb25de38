"""Pure: the learned title ranker's candidate features and its fallback title.

When the cleaner's rules find no title, a conditional logit (fitted by
benchmarks/title_ranker.py, its coefficients in title_weights.py) scores each line of the
header zone and a "no title" candidate; the best line is the title if its probability is at
least the fitted threshold. Features of a line: shape (position, length, case, end marks,
digits, dates, URLs, separators), the content words it shares with the lead and the body,
repeats, its neighbours, and the cleaner's own verdicts on it (headline.py, metadata.py,
zones.py, read only). Prediction is a dot product over a small table: no numpy. That table
is a fitted set of constants of a linear model, not model weights in the "never commit model
weights" sense (those are the translation and summary networks).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from . import headline as hl
from . import metadata, ranking, zones
from . import title_shapes as ts
from .dates import dates_in, find_time
from .lines import Line
from .title_guard import furniture_title

_URL = re.compile(r"https?://|www\.|\b[\w-]+\.(?:com|id|co|net|org|go\.id)\b", re.IGNORECASE)
_SEPARATOR = re.compile(r"\s[-–—]\s")
_QUOTE_OPEN = tuple("\"“‘'«„")

CAND_FEATURES = (
    "position_share", "log_distance_to_lead", "first_line", "right_above_lead", "log_words",
    "chars_per_100", "words_5_to_20", "capitalised_share", "all_caps", "ends_full_stop",
    "ends_cry", "ends_colon", "ends_ellipsis", "opens_quote", "has_digits", "has_date",
    "has_time", "has_url", "has_pipe", "has_dash_separator", "shared_with_lead",
    "shared_share_of_best", "best_sharer", "shared_over_words", "body_overlap",
    "copied_from_lead", "repeated_on_page", "repeated_in_header", "printed_in_body",
    "kind_text", "kind_byline", "kind_date", "kind_furniture", "zone_junk", "plea", "menu_path",
    "credit", "site_tagline", "logo", "names_site", "headline_shaped", "kicker",
    "shouted_unrelated", "alt_with_name", "credit_tailed", "echoes_lead", "headline_score",
    "log_words_above", "log_words_below", "stopword_share", "widget_share", "title_changed",
)
NULL_FEATURES = ("null_bias", "null_no_header", "null_shaped_none", "null_log_shaped",
                 "null_best_shared", "null_best_shared_ge2", "null_log_header")
NAMES = CAND_FEATURES + NULL_FEATURES


@dataclass
class Candidate:
    """One header line: its text, the title the cleaner would make of it, its features."""

    text: str
    title: str
    features: list[float]


def _share(flags: list[bool]) -> float:
    """The share of true flags (0 with none)."""
    return sum(flags) / len(flags) if flags else 0.0


def candidates(lines: list[Line], start: int, run: tuple[int, int] | None, lead: str,
               first: int = 0) -> tuple[list[Candidate], list[float]]:
    """The header zone's lines (lines[first:start]) as candidates with their features, and the
    no-title candidate's features; `run` is zones.body_run's, `lead` headline.lead_of's."""
    header = lines[first:start]
    texts = [ln.text for ln in header]
    page_texts = [ln.text for ln in lines]
    body_texts = {ln.text for ln in lines[start:]}
    body = " ".join(ln.text for ln in lines[start:] if ln.kind == "text")
    sites = metadata._site_names(lines)
    top = lines[0].text if lines else ""
    kept = {id(ln) for ln in zones.zones(lines, start, run).header} if header else set()
    shaped = [i for i, t in enumerate(texts) if hl.headline_shaped(t)]
    shared = [hl.shared_with_lead(t, lead) for t in texts]
    best = max(shared, default=0)
    body_words = hl.content_words(body[len(lead):])
    out = []
    for i, ln in enumerate(header):
        t, words = ln.text, ln.text.split()
        title = hl.strip_outlet(hl.tab_title(t, texts), (*sites, top))
        content = hl.content_words(t)
        long_words = [w for w in words if len(w) > 3]
        plain = [w.lower().strip(",.:;!?\"“”") for w in words]
        above = texts[i - 1].split() if i else []
        below = texts[i + 1].split() if i + 1 < len(texts) else []
        f = [i / max(1, len(header)), math.log1p(len(header) - i), first + i == 0,
             i == len(header) - 1,
             math.log1p(len(words)), len(t) / 100, 5 <= len(words) <= 20,
             _share([w[:1].isupper() for w in long_words]), t.isupper(),
             t.endswith("."), t.endswith(("!", "?")), t.endswith(":"),
             t.endswith(("...", "…")), t.startswith(_QUOTE_OPEN), any(c.isdigit() for c in t),
             bool(dates_in(t)), bool(find_time(t)), bool(_URL.search(t)), "|" in t,
             bool(_SEPARATOR.search(t)), shared[i], shared[i] / best if best else 0.0,
             best > 0 and shared[i] == best, shared[i] / max(1, len(content)),
             len(content & body_words) / max(1, len(content)),
             len(t) > 20 and t.lower() in lead.lower(), page_texts.count(t) > 1,
             texts.count(t) > 1, t in body_texts, ln.kind == "text", ln.kind == "byline",
             ln.kind == "date", ln.kind not in ("text", "byline", "date"),
             ln.kind == "text" and id(ln) not in kept, bool(hl._PLEA.match(t)),
             bool(hl._MENU_PATH.search(t)), bool(ts._CREDIT.search(t)),
             bool(hl._SITE_TAGLINE.match(t)), hl.is_logo(t), metadata._names_site(t, sites),
             i in shaped, hl.is_kicker(i, shaped, texts), hl.shouted_unrelated(t, lead),
             hl.alt_with_name(t, texts), hl.credit_tailed(t), hl.echoes_lead(t, lead),
             hl.headline_score(t, texts, lead), math.log1p(len(above)), math.log1p(len(below)),
             _share([w in hl._STOPWORDS for w in plain]),
             _share([w in hl.WIDGET_WORDS for w in plain]), title != t]
        out.append(Candidate(t, title, [float(v) for v in f]))
    null = [1.0, float(not header), float(not shaped), math.log1p(len(shaped)),
            float(best), float(best >= hl.MIN_SHARED), math.log1p(len(header))]
    return out, null


def probabilities(cands: list[Candidate], null: list[float],
                  table: ranking.Table | None = None) -> list[float]:
    """Each candidate's probability of being the title, the no-title candidate's last;
    `table`: (weights, means, scales) over NAMES, title_weights.py's by default."""
    if table is None:
        # imported on first use: the benchmark that generates the file imports this module
        from .title_weights import MEAN, SCALE, WEIGHTS

        table = (WEIGHTS, MEAN, SCALE)
    return ranking.probabilities([c.features for c in cands], null, table)


def ranked_title(lines: list[Line], start: int, run: tuple[int, int] | None, lead: str
                 ) -> tuple[str | None, float]:
    """The ranker's best header line's title and its probability (None, 0.0: no header)."""
    cands, null = candidates(lines, start, run, lead)
    if not cands:
        return None, 0.0
    probs = probabilities(cands, null)
    best = max(range(len(cands)), key=probs.__getitem__)
    return cands[best].title, probs[best]


def fallback_title(lines: list[Line], start: int, run: tuple[int, int] | None, lead: str,
                   title: str | None, threshold: float | None = None) -> str | None:
    """The rules' `title`; where they found none, the ranker's best header line if it is at
    least `threshold` sure (title_weights.THRESHOLD by default)."""
    if title is not None or start == 0:
        return title  # the ranker only reads a header, and only runs where the rules gave up
    if threshold is None:
        from .title_weights import THRESHOLD

        threshold = THRESHOLD
    ranked, confidence = ranked_title(lines, start, run, lead)
    return ranked if ranked and confidence >= threshold \
        and not furniture_title(ranked, lines, start) else short_post_title(lines, start, lead)


_SHORT_TITLE_WORDS = range(2, 4)


def short_post_title(lines: list[Line], start: int, lead: str) -> str | None:
    """Round 33: a post's short title (two or three words, too few for a headline's shape)
    where the template sets it: under the post's date line and right over its lead, each word
    capitalised, no end mark, naming a word of the lead that is no rubric's ("14 April 2026" /
    "TRAVEL Magelang" / "Magelang Regency, wrapped ..."); never a link of the menu row. Read
    only where neither the rules nor the ranker found a title."""
    if start < 2 or lines[start - 1].kind != "text" or lines[start - 2].kind != "date":
        return None
    text = lines[start - 1].text.strip()
    words = text.split()
    if len(words) not in _SHORT_TITLE_WORDS or text[-1:] in ".:;,!?" \
            or not all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return None
    named = hl.content_words(text) & hl.content_words(lead)
    if not named - set(hl.WIDGET_WORDS) or text.lower() in lead.lower():
        return None
    return None if furniture_title(text, lines, start) else text

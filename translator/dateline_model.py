"""Pure: the learned dateline ranker's candidates, their features and its fallback dateline.

Where the cleaner's rules find no dateline (nor an outlet's stamp), a conditional logit
(fitted by benchmarks/dateline_ranker.py, its coefficients in dateline_weights.py) scores
each candidate name and a "no dateline" candidate; the best candidate is the dateline if its
probability is at least the fitted threshold. Candidates are shapes, never strings: in the
lead line's opening words, each run of one to five words that starts the line or follows a
separator ("-", "–", "—", "--", "|", ":", ",", ".", "/", "//", brackets) and stops before the
next one; the same runs of a short line alone right above the lead. A candidate's features:
a known place (the gazetteer), shouted, its separators, its position, the page's own name or
an address in it, its length, what follows it (a capitalised sentence), furniture and
function words. Prediction is a dot product over a small table, no numpy. That table is a
fitted set of constants of a linear model, not model weights in the "never commit model
weights" sense (those are the translation and summary networks).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from . import metadata, ranking
from .dateline_address import located
from .dateline_guard import furniture_place
from .dateline_lists import site_place
from .dateline_swaps import institution_led
from .dateline_names import is_furniture_word, is_place, names_itself, opens_prose, outlet_like
from .dates import dates_in, find_date
from .lines import Line
from .places_id import REGIONS_ID, SEAT_NAMES

# A separator between a dateline's name and what follows: a spaced or glued dash after an
# address ("Swaramalut.com- Halut"), a pipe, colon, comma, full stop before a space, slash,
# bracket; a dash glued between a name and the sentence's capital ("Labuhanbatu
# Selatan-Pedagang di ..."). A hyphen inside a word ("Kota-kota") is none.
_SEP = re.compile(r"\s*(?:--|//|[–—|:,/()\[\]]|(?<=\s)-|-(?=\s)|(?<=\.[a-z]{2})-|(?<=\.[a-z]{3})-"
                  r"|(?<=[a-z])-(?=[A-Z][a-z])|\.(?=\s))\s*")
SEP_KINDS = ("dash", "pipe", "colon", "comma", "stop", "slash", "bracket")
_KIND = {"-": "dash", "–": "dash", "—": "dash", "|": "pipe", ":": "colon", ",": "comma",
         ".": "stop", "/": "slash", "(": "bracket", ")": "bracket", "[": "bracket",
         "]": "bracket"}
_DOMAIN = re.compile(r"[\w-]+\.(?:com|co|id|net|org|news|info|web)\b", re.IGNORECASE)
MAX_WORDS = 5  # a dateline's name runs to five words at most ("Kabupaten Lampung Selatan")
REACH_WORDS = 8  # ... and starts within the lead's first eight words
MAX_ABOVE_WORDS = 6  # a line this short right above the lead may be the dateline alone
# a region named with its kind opens many a sentence ("Kabupaten Bekasi menjadi ...")
_REGION_KINDS = frozenset({"kabupaten", "kab", "kota", "provinsi", "pemkab", "pemkot"})
_STRIP = "\"“”'‘’.,:;()[]*"

CAND_FEATURES = (
    "known_place", "region_kind", "shouted", "titled", "log_words", "chars_per_10",
    "above_line", "start_of_line", "word_index", "whole_line",
    *(f"before_{k}" for k in SEP_KINDS), *(f"after_{k}" for k in SEP_KINDS), "after_space",
    "ends_line", "next_capital", "next_shouted", "sentence_follows", "has_domain", "names_site",
    "outlet_like", "furniture", "opens_prose", "has_digits", "has_date", "elsewhere",
    "lead_shouted_open", "longer_place",
)
NULL_FEATURES = ("null_bias", "null_no_candidate", "null_any_place", "null_log_candidates")
NAMES = CAND_FEATURES + NULL_FEATURES


@dataclass
class Candidate:
    """One candidate name: its text as printed and its features."""

    text: str
    features: list[float]


def _pieces(text: str) -> list[tuple[str, str]]:
    """The text cut at its separators: (piece, the separator before it: "" at the start)."""
    out, before, pos = [], "", 0
    for m in _SEP.finditer(text):
        if m.start() > pos:
            out.append((text[pos:m.start()], before))
        before, pos = m.group().strip()[:1] or " ", m.end()
    if pos < len(text):
        out.append((text[pos:], before))
    return out


def _spans(text: str, reach: int) -> list[tuple[str, int, str, str, str]]:
    """Runs of 1..MAX_WORDS words that open a piece within the first `reach` words:
    (run, index of its first word, separator before, separator after ("" at the end, " " for
    none), the text after it)."""
    out, seen = [], 0
    for piece, before in _pieces(text):
        words = piece.split()
        if seen >= reach:
            break
        for n in range(1, min(MAX_WORDS, len(words)) + 1):
            run = " ".join(words[:n]).strip(_STRIP)
            if run:
                cut = text.find(piece) + len(piece)
                rest = text[cut:] if n == len(words) else " ".join(words[n:]) + text[cut:]
                after = " " if n < len(words) else (text[cut:].strip()[:1] or "")
                out.append((run, seen, before, after, rest))
        seen += len(words)
    return out


def _shouted(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)


def _above_kind(line: Line) -> bool:
    """A line right above the lead that may hold its dateline alone: text, or what the byline
    reader took for one when it opens with a known place before a comma ("Atambua, Timorline",
    "Ende, Floresku": the place, then the outlet, no writer's name)."""
    return line.kind == "text" or line.kind == "byline" and "," in line.text \
        and is_place(line.text.split(",")[0].strip())


def candidates(lines: list[Line], start: int) -> tuple[list[Candidate], list[float]]:
    """The dateline candidates of the story starting at lines[start] with their features, and
    the no-dateline candidate's features."""
    if start >= len(lines):
        return [], [1.0, 1.0, 0.0, 0.0]
    lead = lines[start].text
    sources = [(lead, False, REACH_WORDS)]
    if start and len(lines[start - 1].text.split()) <= MAX_ABOVE_WORDS \
            and _above_kind(lines[start - 1]):
        sources.append((lines[start - 1].text, True, MAX_ABOVE_WORDS))
    sites = metadata._site_names(lines)
    lead_open = lead.split()[0] if lead.split() else ""
    out = []
    for text, above, reach in sources:
        # the page but for the candidate's own line: a name it prints again is the story's
        page = " ".join(ln.text for ln in lines if ln.text != text).lower()
        for run, index, before, after, rest in _spans(text, reach):
            words = run.split()
            elsewhere = run.lower() in page or run.lower() in rest.lower()
            if not above and any(w.isalpha() and w.islower() for w in text.split()[:index]):
                continue  # "Chili farmers in the hills of Megamendung, Bogor, have ...": prose
            if not above and after == "," and not elsewhere:
                continue  # "Bitung, Dinas ...": a name the story never names again is the
                # sentence's subject, as the rules read it (tests/test_datelines.py)
            nxt = rest.lstrip(" -–—|:,./()[]").split()
            sentence = len(nxt) >= 5 and nxt[0][:1].isupper()
            f = [is_place(run), words[0].lower().strip(".") in _REGION_KINDS, _shouted(run),
                 all(w[:1].isupper() for w in words), math.log1p(len(words)), len(run) / 10,
                 above, index == 0 and before == "", math.log1p(index),
                 above and not rest.strip(" -–—|:,./"),
                 *(_KIND.get(before) == k for k in SEP_KINDS),
                 *(_KIND.get(after) == k for k in SEP_KINDS), after == " ",
                 not rest.strip(" -–—|:,./"), bool(nxt) and nxt[0][:1].isupper(),
                 bool(nxt) and _shouted(nxt[0]), sentence, bool(_DOMAIN.search(run)),
                 names_itself(run, sites), outlet_like(run), is_furniture_word(run),
                 opens_prose(words), any(c.isdigit() for c in run), bool(dates_in(run)),
                 elsewhere, _shouted(lead_open)]
            out.append(Candidate(run, [float(v) for v in f]))
    # a run whose longer run from the same word is a known place is only its first words
    # ("Labuhanbatu" of "Labuhanbatu Selatan")
    for c in out:
        c.features.append(float(any(o.features[0] and o.text.startswith(c.text + " ")
                                    for o in out)))
    null = [1.0, float(not out), float(any(c.features[0] for c in out)),
            math.log1p(len(out))]
    return out, null


def probabilities(cands: list[Candidate], null: list[float],
                  table: ranking.Table | None = None) -> list[float]:
    """Each candidate's probability of being the dateline, the no-dateline candidate's last;
    `table`: (weights, means, scales) over NAMES, dateline_weights.py's by default."""
    if table is None:
        # imported on first use: the benchmark that generates the file imports this module
        from .dateline_weights import MEAN, SCALE, WEIGHTS

        table = (WEIGHTS, MEAN, SCALE)
    return ranking.probabilities([c.features for c in cands], null, table)


def ranked_dateline(lines: list[Line], start: int) -> tuple[str | None, float]:
    """The ranker's best candidate (never "no dateline") and its probability (None, 0.0:
    no candidate)."""
    cands, null = candidates(lines, start)
    if not cands:
        return None, 0.0
    probs = probabilities(cands, null)
    best = max(range(len(cands)), key=probs.__getitem__)
    return cands[best].text, probs[best]


GAZETTEER = REGIONS_ID | SEAT_NAMES  # every region and seat, everyday words included
_LOCATED_REACH = 8  # header lines above the lead where a location line may stand
# "Kajen - Jum’at, 13 Februari 2026", "Jakarta | Senin, 16 Februari 2026" on its own line right
# over the lead (a court's, a ministry's, an office's news page): a known place, a dash or
# pipe, then the date and at most its time
_PLACE_DASH_DATE = re.compile(r"(?P<place>[A-Z][\w'’]+(?: [A-Z][\w'’]+){0,2})\s+[-–—|]{1,2}\s+"
                              r"(?P<date>\S.*)")
# "Seba, 12 Februari 2026", "Waikabubak, Selasa, 3 Maret 2026 10.00 WITA" alone right over
# the lead (a regency council's, an office's news page): a gazetteer's place, a comma, the date. A
# regency's seat that is an everyday word elsewhere ("Seba", "Koba", "Bula") counts here: the
# shape itself says place; a weekday ("Senin, 12 Februari 2026") is none.
_PLACE_COMMA_DATE = re.compile(r"(?P<place>[A-Z][\w'’]+(?: [A-Z][\w'’]+){0,2}),\s*"
                               # the weekday as printed: "Senin, 16 ...", "SENIN, 16 ..."; round
                               # 35: no space, a numeric date and a stop ("Maumere,16-03-2026.")
                               r"(?P<date>(?:[A-Z](?:[a-z'’]+|[A-Z'’]+),?\s+)?\d{1,2}[\s/-]\S.*)")
_TIME_TAIL = re.compile(r"[\s,|-]*(?:(?:pukul\s+)?\d{1,2}[.:]\d{2}(?:\s*W(?:IB|ITA|IT))?)?\.?\s*",
                        re.IGNORECASE)


# "Lombok Tengah - Reportase7.com", "Sumbawa | Samawarea.com" on its own line right over the
# lead (which opens with no dash): a known place, a dash or bar, the outlet's address; the
# byline reader takes such a line for a writer's name and outlet.
_PLACE_DASH_ADDRESS = re.compile(r"(?P<place>[A-Z][\w'’]+(?: [A-Z][\w'’]+){0,2})\s+[-–—|]{1,2}\s+"
                                 r"(?:www\.)?[\w-]+\.(?:com|co\.id|id|net|news|info)")


def addressed_place(text: str) -> str | None:
    """The known place of a line that is only a place and the outlet's address ("Lombok
    Tengah - Reportase7.com"): a dateline, no writer's byline; else None."""
    m = _PLACE_DASH_ADDRESS.fullmatch(text.strip())
    return m.group("place") if m and is_place(m.group("place")) else None


def place_over_lead(lines: list[Line], start: int) -> str | None:
    """The place of a date line standing right above the lead that opens with a known place
    and a dash ("Kajen - Jum’at, 13 Februari 2026") or with a place of the gazetteer and a
    comma ("Seba, 12 Februari 2026"), or of a known place and the outlet's address there
    ("Lombok Tengah - Reportase7.com"); else None."""
    if not start or start > len(lines):
        return None
    above = lines[start - 1]
    if above.kind in ("text", "byline") and (place := addressed_place(above.text)):
        return place
    m = _PLACE_DASH_DATE.fullmatch(lines[start - 1].text.strip())
    if m is None or not is_place(m.group("place")):
        m = _PLACE_COMMA_DATE.fullmatch(lines[start - 1].text.strip())
        if m is None or m["place"].lower() not in GAZETTEER:
            return None
    found = find_date(m.group("date"))
    if found is None or found.start or not _TIME_TAIL.fullmatch(m.group("date")[found.end:]):
        return None
    return m.group("place")


# Round 35: a theme's meta bullets over the lead ("• 9 July 2026" / "• 16:05 WITA" / "• News,
# Denpasar"): the rubric, a comma and the place in one bullet, a date in another.
_BULLET = re.compile(r"[•·▪]\s*")
_RUBRIC_PLACE = re.compile(r"[•·▪]\s*(?P<rubric>[A-Z][\w&]*(?: [A-Z&][\w&]*)?),\s*"
                           r"(?P<place>[A-Z][\w'’]+(?: [A-Z][\w'’]+)?)\s*")
_META_REACH = 5


def bulleted_place(header: list[Line]) -> str | None:
    """The known place after the rubric in the header's meta bullets, when another bullet of
    them is the date ("• 9 July 2026" / "• News, Denpasar"); else None."""
    near = header[-_META_REACH:]
    if not any(_BULLET.match(ln.text) and ln.date for ln in near):
        return None
    for ln in near:
        m = _RUBRIC_PLACE.fullmatch(ln.text.strip())
        if m and is_place(m["place"]) and not is_place(m["rubric"]):
            return m["place"]
    return None


def signed_place(header: list[Line]) -> str | None:
    """Round 34: the known place of a byline line "Name, Place" right under the writer's name
    alone ("Benny Mawel" / "Benny Mawel, Jayapura"), as a wire's dateline on its own line."""
    for above, ln in zip(header, header[1:]):
        name, comma, place = ln.text.strip().rpartition(", ")
        if comma and name and above.text.strip() == name and is_place(place) \
                and not is_place(name) and len(name.split()) <= _MAX_SIGNED_WORDS:
            return place
    return None


_MAX_SIGNED_WORDS = 4


def fallback_dateline(lines: list[Line], start: int, threshold: float | None = None
                      ) -> str | None:
    """For a story whose rules found no dateline: a location line in the header ("Medan,
    Indonesia"), else the ranker's dateline if it is at least `threshold` sure
    (dateline_weights.THRESHOLD by default); else None."""
    if threshold is None:
        from .dateline_weights import THRESHOLD

        threshold = THRESHOLD
    # a foreign desk's location line in the header ("Medan, Indonesia"): a rule, no guess
    if (place := next((p for ln in lines[max(0, start - _LOCATED_REACH):start]
                       if ln.kind == "text" and (p := located(ln.text))), None)):
        return place
    if (place := place_over_lead(lines, start)):
        return place  # "Kajen - Jum’at, 13 Februari 2026" over the lead: a rule, no guess
    if (place := bulleted_place(lines[:start])):
        return place  # round 35: "• 9 July 2026" / "• News, Denpasar": the meta row's place
    if (place := signed_place(lines[:start])):
        return place  # round 34: "Benny Mawel" / "Benny Mawel, Jayapura": a rule, no guess
    lead = lines[start].text if start < len(lines) else ""
    if institution_led(lead):
        return None  # "Polres Sanggau - Personel ...": the unit's stamp where the place would be
    if (place := site_place(lead, metadata._site_names(lines))):
        return place  # "FN Indonesia Pekanbaru – " on the page of FN Indonesia: a rule, no guess
    if threshold > 1.0:
        return None  # the fitted threshold says the fallback does not pay: never act
    found, confidence = ranked_dateline(lines, start)
    if furniture_place(found):
        return None  # "Dinas Pendidikan", "OBORBIMA.ID": an office or an address is no place
    return found if found and confidence >= threshold else None

"""Pure checks on (source segment, machine translation) pairs: what to send, loops, numbers."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal


def is_translatable(segment: str) -> bool:
    """False for empty, whitespace-only or punctuation/symbol-only segments."""
    # Letters (L*) or digits (N*) are content; '***', '—', '...', '•' alone are layout that
    # Marian would only hallucinate a sentence for, so they are copied through.
    return any(unicodedata.category(ch)[0] in "LN" for ch in segment)


# --- Repetition loops -------------------------------------------------------------------------

_MAX_NGRAM = 6
# One word needs 4 in a row: "no, no, no" or "Merdeka! Merdeka! Merdeka!" is real speech,
# "the the the the" is not. Any longer n-gram repeated 3 times is a loop.
_MIN_REPEATS = {1: 4}
_DEFAULT_REPEATS = 3
# 7+ of one character ('aaaaaaa', '!!!!!!!!'); digits are exempt ("Rp1000000000").
_CHAR_RUN = re.compile(r"([^\s\d])\1{6,}")
_TOKEN = re.compile(r"\S+")
_EDGES = re.compile(r"^\W+|\W+$")
_TRAILING = re.compile(r"(?<=\w)\W+$")


def _key(token: str) -> str:
    """A token as compared for repetition: case and edge punctuation ignored."""
    # "city," and "city." must compare equal, else a loop ending a sentence is missed.
    return _EDGES.sub("", token.lower()) or token


def _find_run(keys: list[str]) -> tuple[int, int, int] | None:
    """(start, n, repeats) of the longest n-gram run in keys, smallest n on ties."""
    best: tuple[int, int, int] | None = None
    for n in range(1, _MAX_NGRAM + 1):
        need = _MIN_REPEATS.get(n, _DEFAULT_REPEATS)
        i = 0
        while i + n * need <= len(keys):
            unit, reps = keys[i:i + n], 1
            while keys[i + reps * n:i + (reps + 1) * n] == unit:
                reps += 1
            if reps >= need and (best is None or reps * n > best[1] * best[2]):
                best = (i, n, reps)
            i += reps * n if reps >= need else 1
    return best


def has_loop(output: str) -> bool:
    """True when the output repeats a token or an n-gram, or one character, in a loop."""
    if _CHAR_RUN.search(output):
        return True
    return _find_run([_key(t) for t in _TOKEN.findall(output)]) is not None


def collapse_loop(output: str) -> str:
    """Cut each repeated run down to one occurrence, keeping the text before and after."""
    text = _CHAR_RUN.sub(r"\1", output)
    while True:  # each pass removes tokens, so this ends
        toks = list(_TOKEN.finditer(text))
        keys = [_key(t.group()) for t in toks]
        run = _find_run(keys)
        if run is None:
            return text
        i, n, reps = run
        end = i + reps * n
        last_tok = toks[end - 1].group()
        # Keep the first occurrence (its capital) with the last one's closing punctuation.
        kept = text[toks[i].start():toks[i + n - 1].start()]
        first_tail = toks[i + n - 1].group()
        closing = m.group() if (m := _TRAILING.search(last_tok)) else ""
        kept += _TRAILING.sub("", first_tail) + closing
        rest = keys[end:]
        if rest and len(rest) < n and rest == keys[i:i + len(rest)]:
            # A partial repeat running to the end is generation cut off mid-loop: drop it.
            text = (text[:toks[i].start()] + kept).rstrip(",;: ")
        else:
            text = text[:toks[i].start()] + kept + text[toks[end - 1].end():]


# --- Numbers ----------------------------------------------------------------------------------

# Scale words after a number. Source side: Indonesian only, as "5 m" there means metres.
_SOURCE_SCALES: dict[str, int] = {
    "puluh": 10, "ratus": 10**2, "ribu": 10**3, "rb": 10**3, "juta": 10**6, "jt": 10**6,
    "miliar": 10**9, "milyar": 10**9, "triliun": 10**12, "trilyun": 10**12,
}
# Output side: English words and abbreviations, plus Indonesian ones copied untranslated.
# Ambiguous ones ('m', 't') are harmless here: an output number counts with and without scale.
_OUTPUT_SCALES: dict[str, int] = {
    **_SOURCE_SCALES, "hundred": 10**2, "thousand": 10**3, "k": 10**3,
    "million": 10**6, "mn": 10**6, "mln": 10**6, "m": 10**6,
    "billion": 10**9, "bn": 10**9, "b": 10**9, "trillion": 10**12, "tn": 10**12, "t": 10**12,
}
_CARDINALS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
              "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
              "seventeen", "eighteen", "nineteen")
_ORDINALS = ("zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
             "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
             "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth")
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
# "a million": 'a' counts as 1 only before a scale word (or a unit, for conversions).
_NUMBER_WORDS: dict[str, int] = {
    **{w: i for i, w in enumerate(_CARDINALS)}, **{w: i for i, w in enumerate(_ORDINALS)},
    **_TENS, **{w[:-1] + "ieth": v for w, v in _TENS.items()},  # twentieth
    "a": 1, "an": 1,
}
_SCALE_ONLY_WORDS = {"a", "an"}
_MONTHS: dict[int, tuple[str, ...]] = {  # English, English abbreviations, Indonesian
    1: ("january", "jan", "januari"), 2: ("february", "feb", "februari"),
    3: ("march", "mar", "maret"), 4: ("april", "apr"), 5: ("may", "mei"),
    6: ("june", "jun", "juni"), 7: ("july", "jul", "juli"), 8: ("august", "aug", "agustus"),
    9: ("september", "sep", "sept"), 10: ("october", "oct", "oktober"),
    11: ("november", "nov"), 12: ("december", "dec", "desember"),
}


def _alternation(words: list[str] | dict[str, int]) -> str:
    """A regex alternation, longest first so 'mln' wins over 'm'."""
    return "|".join(sorted(words, key=len, reverse=True))


_NUM = re.compile(r"(?<!\d)\d+(?:[.,]\d+)*")
# d/m/yyyy, d-m-yy, d.m.yyyy (same separator twice).
_DATE = re.compile(r"(?<![\d.,/-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?!\d)")
_ISO_DATE = re.compile(r"(?<![\d.,/-])(\d{4})-(\d{2})-(\d{2})(?![\d-])")
# Indonesian news dates a day as "Senin (17/8)": day/month, no year.
_DAY_MONTH = re.compile(r"(?<![\d.,/])(\d{1,2})/(\d{1,2})(?![\d/.,])")
# 04.25 / 4:25; two digits after the dot cannot be Indonesian thousands, so it is a time.
_TIME = re.compile(r"(?<![\d.,:])(\d{1,2})[.:](\d{2})(?!\d|[.,]\d)")
_HOUR = re.compile(r"(?<![\d.,:])(\d{1,2})\s*(?:[ap]\.?m\b\.?|o'clock)", re.I)
_SOURCE_SCALE = re.compile(rf"[\s-]*({_alternation(_SOURCE_SCALES)})\b", re.I)
_OUTPUT_SCALE = re.compile(rf"[\s-]*({_alternation(_OUTPUT_SCALES)})\b", re.I)
_WORD_NUM = re.compile(rf"\b({_alternation(_NUMBER_WORDS)})\b", re.I)
# "twenty-four", "twenty four", "twenty-fourth".
_UNIT_WORDS = {w: v for w, v in _NUMBER_WORDS.items() if 0 < v < 10 and w not in ("a", "an")}
_COMPOUND = re.compile(
    rf"\b({_alternation(_TENS)})[\s-]+({_alternation(_UNIT_WORDS)})\b", re.I)
# English unit nouns that "a"/"an" can count for ("less than a mile").
_A_UNIT = re.compile(r"[\s-]*(?:mile|foot|inch|pound|ounce|gallon|acre|yard|kilomet)", re.I)

# Units after a source number, and what a translator may convert them to: (factor, English unit
# that must follow the converted number). A human reference writes "4.800 km" as "3,000 miles"
# and "152 meter" as "500 feet". Celsius is affine and handled apart.
_MILES, _FEET, _INCHES = r"mi(?:les?)?\b", r"(?:feet|foot|ft)\b", r"(?:inch(?:es)?|in\.)"
_KM_TO = ((0.621371, _MILES),)
_M_TO = ((3.28084, _FEET), (1.09361, r"yards?\b"))
_UNITS: dict[str, tuple[tuple[float, str], ...]] = {
    **dict.fromkeys(("km/jam", "km per jam", "kilometer per jam", "km/h", "kph"),
                    ((0.621371, r"(?:mph|mi(?:les?)?\s*(?:per|an|/)\s*h(?:ou)?r)"),)),
    **dict.fromkeys(("km", "kilometer", "kilometre"), _KM_TO),
    **dict.fromkeys(("m", "meter", "metre"), _M_TO),
    **dict.fromkeys(("cm", "sentimeter"), ((0.393701, _INCHES),)),
    **dict.fromkeys(("mm", "milimeter"), ((0.0393701, _INCHES),)),
    **dict.fromkeys(("kg", "kilogram"), ((2.20462, r"(?:pounds?|lbs?)\b"),)),
    **dict.fromkeys(("gram", "g"), ((0.035274, r"(?:ounces?|oz)\b"),)),
    **dict.fromkeys(("liter", "l"), ((0.264172, r"gallons?\b"),)),
    **dict.fromkeys(("hektar", "ha"), ((2.47105, r"acres?\b"),)),
    **dict.fromkeys(("km2", "km persegi"), ((0.386102, r"(?:square|sq\.?) mi"),)),
    **dict.fromkeys(("mil", "mph"), ((1.60934, r"(?:km|kilomet)"),)),
    "kaki": ((0.3048, r"(?:m|met)"),), "inci": ((2.54, r"(?:cm|centimet)"),),
    "pon": ((0.453592, r"(?:kg|kilogram)"),),
}
_CELSIUS = ("derajat celsius", "derajat c", "derajat", "°c", "° c")
_FAHRENHEIT = r"(?:°\s*f|degrees? f|f\b|fahrenheit|s\b)"  # "in the 90s"
_UNIT = re.compile(r"(?:\s*[-–]\s*\d+(?:[.,]\d+)*)?\s*("
                   + _alternation([re.escape(u) for u in (*_UNITS, *_CELSIUS)]) + r")(?![\w/])",
                   re.I)
_RANGE_REST = r"(?:\s*[-–]\s*\d+(?:[.,]\d+)*)?[\s-]*(?:"  # "100-200 miles": unit after both
_SQUARED = re.compile(r"(?<![A-Za-z])(?:km|cm|mm|m|mi)$")
_CONVERSION_TOLERANCE = 0.06  # humans round conversions: 2,983 miles is written "3,000"
# English: ',' groups thousands, '.' is the decimal point; Indonesian: the reverse.
_EN = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_ID = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?")


def _parse(token: str, indonesian: bool) -> Decimal | None:
    """The value of token under one convention, or None where it does not fit it."""
    pattern, group, point = (_ID, ".", ",") if indonesian else (_EN, ",", ".")
    if not pattern.fullmatch(token):
        return None
    return Decimal(token.replace(group, "").replace(point, "."))


@dataclass
class _Facts:
    """What the output offers: every plausible number value, times, and its words."""

    values: set[Decimal] = field(default_factory=set)
    times: set[tuple[int, int]] = field(default_factory=set)
    words: set[str] = field(default_factory=set)
    text: str = ""
    numbers: list[tuple[set[Decimal], int]] = field(default_factory=list)  # values, end offset
    claimed: set[Decimal] = field(default_factory=set)  # values the source itself states


def _scale(text: str, pos: int, pattern: re.Pattern[str], table: dict[str, int]) -> int | None:
    """The scale word right after pos, if any."""
    m = pattern.match(text, pos)
    return table[m.group(1).lower()] if m else None


def _output_facts(output: str) -> _Facts:
    """Read every number the output could mean, under either convention (tolerance)."""
    f = _Facts(words=set(re.findall(r"[a-z]+", output.lower())), text=output)
    f.times |= {(int(h) % 12, int(m)) for h, m in _TIME.findall(output)}
    f.times |= {(int(h) % 12, 0) for h in _HOUR.findall(output)}
    found: list[tuple[set[Decimal], int]] = []
    for m in _NUM.finditer(output):
        tok = m.group()
        vals = {v for v in (_parse(tok, False), _parse(tok, True)) if v is not None}
        # Neither convention fits ("02.03.2023", "1.2.3"): its digit groups are numbers.
        found.append((vals or {Decimal(g) for g in re.findall(r"\d+", tok)}, m.end()))
    for m in _WORD_NUM.finditer(output):
        word = m.group(1).lower()
        scale = _scale(output, m.end(), _OUTPUT_SCALE, _OUTPUT_SCALES)
        if word not in _SCALE_ONLY_WORDS or scale or _A_UNIT.match(output, m.end()):
            found.append(({Decimal(_NUMBER_WORDS[word])}, m.end()))
    for m in _COMPOUND.finditer(output):
        value = _NUMBER_WORDS[m.group(1).lower()] + _NUMBER_WORDS[m.group(2).lower()]
        found.append(({Decimal(value)}, m.end()))
    f.numbers = found
    for vals, end in found:
        f.values |= vals
        if scale := _scale(output, end, _OUTPUT_SCALE, _OUTPUT_SCALES):
            f.values |= {v * scale for v in vals}
    return f


Check = Callable[[_Facts], bool]


def _date_check(d: int, mo: int, y: int | None = None) -> Check:
    """Day and year (where the source gives one) must survive; the month as a number (either
    order) or as a name."""
    # No year to survive in "Senin (17/8)"; a two-digit year may come back as 20yy.
    years = set() if y is None else {Decimal(y), Decimal(2000 + y) if y < 100 else Decimal(y)}
    return lambda f: (Decimal(d) in f.values and (not years or bool(years & f.values))
                      and (Decimal(mo) in f.values or bool(f.words & set(_MONTHS[mo]))))


def _converted(value: float, unit: str, facts: _Facts) -> bool:
    """True when the output states value, within the tolerance, followed by the English unit.

    A number the source itself states does not count: "105 mil per jam (165 km/jam)" rendered
    as "105 miles per hour" has lost the 165, though 165 km/h is about 105 mph."""
    for vals, end in facts.numbers:
        if any(abs(float(v) - value) <= _CONVERSION_TOLERANCE * abs(value)
               and v not in facts.claimed for v in vals) \
                and re.match(_RANGE_REST + unit + ")", facts.text[end:], re.I):
            return True
    return False


def _value_check(value: Decimal, unit: str | None) -> Check:
    """The value itself, or (after a unit) the value converted to the usual English unit."""
    if unit in _CELSIUS:
        return lambda f: value in f.values or _converted(float(value) * 9 / 5 + 32,
                                                          _FAHRENHEIT, f)
    convert = _UNITS.get(unit or "", ())
    return lambda f: value in f.values or any(_converted(float(value) * k, u, f)
                                              for k, u in convert)


def _source_items(source: str) -> list[tuple[int, str, Check]]:
    """(position, spelling, check) for every number written with digits in the source."""
    items: list[tuple[int, str, Check]] = []
    masked = source

    def mask(m: re.Match[str]) -> None:
        nonlocal masked
        masked = masked[:m.start()] + " " * (m.end() - m.start()) + masked[m.end():]

    for m in _DATE.finditer(source):
        d, mo, y = int(m.group(1)), int(m.group(3)), int(m.group(4))
        if mo > 12 >= d:  # written m/d after all
            d, mo = mo, d
        if 1 <= d <= 31 and 1 <= mo <= 12:
            items.append((m.start(), m.group(), _date_check(d, mo, y)))
            mask(m)
    for m in _ISO_DATE.finditer(masked):
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if 1 <= d <= 31 and 1 <= mo <= 12:
            items.append((m.start(), m.group(), _date_check(d, mo, y)))
            mask(m)
    for m in _DAY_MONTH.finditer(masked):
        d, mo = int(m.group(1)), int(m.group(2))
        if 1 <= d <= 31 and 1 <= mo <= 12:
            items.append((m.start(), m.group(), _date_check(d, mo)))
            mask(m)
    for m in _TIME.finditer(masked):
        h, mi = int(m.group(1)), int(m.group(2))
        if h <= 24 and mi <= 59:
            # Also the decimal it would be in English ("10.30 persen" -> "10.3") and military
            # time ("12.00 GMT" -> "1200 GMT").
            alts = {Decimal(f"{h}.{mi:02d}"), Decimal(f"{h}{mi:02d}")}
            items.append((m.start(), m.group(), lambda f, t=(h % 12, mi), a=alts:
                          t in f.times or bool(a & f.values)))
            mask(m)
    for m in _NUM.finditer(masked):
        tok, start = m.group(), m.start()
        if tok in ("2", "3") and _SQUARED.search(source, 0, start):
            continue  # the 2 of "km2" is no number of its own
        value = _parse(tok, True)
        value = _parse(tok, False) if value is None else value  # English-style source
        spelling = tok
        if source[max(0, start - 3):start].lower() == "ke-":  # ordinal: ke-2 -> 2nd, second
            start, spelling = start - 3, "ke-" + tok
        if value is None:  # "1.2.3": the same string, or all its digit groups
            groups = {Decimal(g) for g in re.findall(r"\d+", tok)}
            items.append((start, spelling, lambda f, t=tok, g=groups:
                          t in f.text or g <= f.values))
            continue
        sm = _SOURCE_SCALE.match(source, m.end())
        if sm:
            value *= _SOURCE_SCALES[sm.group(1).lower()]
            spelling = source[start:sm.end()]
        um = _UNIT.match(source, sm.end() if sm else m.end())
        items.append((start, spelling, _value_check(value, um.group(1).lower() if um else None)))
    return sorted(items, key=lambda item: item[0])


def number_mismatches(source: str, output: str) -> list[str]:
    """Source digit spellings missing or changed in the output, in source order, each once."""
    facts = _output_facts(output)
    items = _source_items(source)
    facts.claimed = {v for vals, _ in _output_facts(source).numbers for v in vals}
    missing: list[str] = []
    seen: set[str] = set()
    for _, spelling, check in items:
        if spelling not in seen:
            seen.add(spelling)
            if not check(facts):
                missing.append(spelling)
    return missing

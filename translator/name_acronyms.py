"""Pure: acronyms in the name guard (translator/names.py): an acronym the output spells out
(WHO: World Health Organization) or reorders (TI: IT), the expansion a source gives beside one
("Disability-adjusted Life Year (DALY)"), and acronyms that are units beside a numeral
(USD 11.000, 356 SM), which a translator writes as a symbol or an English unit."""

from __future__ import annotations

import re

from .name_spelling import WORD as _WORD
from .name_spelling import fold, is_acronym

__all__ = ["expansions", "prefixed", "reordered", "spelt_out", "units"]


def prefixed(acronym: str, output: str) -> bool:
    """Whether the output keeps the acronym under a lowercase prefix of one or two letters, as
    biology and technology write a kind of it (ACE2: hACE2, RNA: mRNA, sgRNA; VTOL: eVTOL)."""
    return re.search(r"(?<![\w$])[a-z]{1,2}" + re.escape(acronym) + r"s?(?!\w)", output) \
        is not None


_MINOR = frozenset({"of", "the", "and", "for", "on", "in", "to", "de"})
_CAPITAL_RUN = re.compile(r"[A-Z][\w'-]*(?:\s+(?:(?:of|the|and|for|on|in|to|de)\s+)*[A-Z][\w'-]*)*")


def spelt_out(acronym: str, output: str) -> bool:
    """Whether a run of capitalised output words has the acronym's letters as initials: WHO,
    "the World Health Organization" (an acronym the reader is given in full is not lost)."""
    letters = "".join(c for c in acronym if c.isalpha()).upper()
    return len(letters) >= 2 and any(
        letters in "".join(w[0] for w in run.split() if w not in _MINOR)
        for run in _CAPITAL_RUN.findall(output))


_BRACKETED_ACRONYM = re.compile(r"\(([A-Z][\w-]*[A-Z0-9])s?\)")
_EXPANSION_MINOR = _MINOR | {"dan", "di", "untuk", "dari", "yang", "atau", "a", "an"}


def expansions(source: str) -> dict[str, set[str]]:
    """Acronyms the source spells out beside them, "Disability-adjusted Life Year (DALY)":
    acronym -> the folded words of its expansion (initials in order, hyphen parts apart,
    minor words skipped). An output that keeps the acronym keeps the name it stands for."""
    found: dict[str, set[str]] = {}
    for m in _BRACKETED_ACRONYM.finditer(source):
        acronym = m.group(1)
        letters = "".join(c for c in acronym if c.isalpha()).upper()
        words = re.findall(r"[^\W\d_][\w'-]*", source[: m.start()])[-(len(letters) + 6):]
        initials, used = "", []
        for word in reversed(words):
            if fold(word) in _EXPANSION_MINOR:
                continue
            initials = "".join(p[0] for p in word.split("-") if p).upper() + initials
            used.append(word)
            if not letters.endswith(initials):
                break
            if initials == letters:
                found[acronym] = {fold(w) for w in used}
                break
    return found


def reordered(acronym: str, output: str) -> bool:
    """Whether the output holds the acronym with its letters reordered: Indonesian puts the
    modifier after the noun, so its acronyms come back reversed (TI: IT, teknologi informasi)."""
    letters = sorted(c for c in acronym if c.isalpha())
    return any(sorted(c for c in w if c.isalpha()) == letters
               for w in _WORD.findall(output) if is_acronym(w))


# An acronym of two to four capitals right beside a numeral: a currency, unit or era
# (USD 11.000, 356 SM, 5 GB), which English converts ($11,000, 356 BC) rather than keeps.
_UNIT = re.compile(r"(?<![\w.])([A-Z]{2,4})\s(?=\d)|(?<=\d)\s([A-Z]{2,4})(?![\w-])")


def units(source: str) -> set[str]:
    """The acronyms of `source` that stand beside a numeral (see _UNIT)."""
    return {m.group(1) or m.group(2) for m in _UNIT.finditer(source)}

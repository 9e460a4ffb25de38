"""Pure: what parallel text says about a capitalised Indonesian word, for the name guard
(translator/names.py): whether it is an ordinary word (the Indonesian side writes it in
lowercase at least as often as capitalised inside a sentence: Kesehatan, Penyakit) and which
English words translate it (a Dice co-occurrence lexicon over line pairs: Selandia: zealand,
Lembah: valley). Both are learned by `learn` from FLORES-101 dev, NTREX-128 and TICO-19 (never
FLORES test; `python benchmarks/guards_cv.py --export` writes translator/name_table.py) and
checked by cross-validation on dev blocks (`python benchmarks/guards.py --cv 5`)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from .name_spelling import fold

__all__ = ["MIN_COOCCUR", "MIN_DICE", "Lexicon", "default_lexicon", "learn", "module_text",
           "parse", "translated"]

# A partner must co-occur with the word on this many line pairs at least: at 2, the words of
# one document's two lines pair by chance (Provenzano: "bosses", Lenz: "racer" on FLORES dev).
MIN_COOCCUR = 3
# Dice's coefficient a partner needs (2 * both / (source lines + English lines)).
MIN_DICE = 0.5
_SOURCE_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_ENGLISH_WORD = re.compile(r"[a-z]+")
_OPENS = re.compile(r"(?:^|[.!?…:\"“‘'(\[«—–-]\s*)$")
# English function words: never a name's translation.
_STOP = frozenset("""the a an and or but of to in on at for with by from as is are was were be
been that this these those it its which who what when where there their they he she his her we
our you not no so than then also can could will would may might must should have has had do
does did into about over after before more most such other some any all one new said""".split())  # noqa: SIM905


@dataclass(frozen=True)
class Lexicon:
    """What the parallel corpora say: ordinary words (folded), each capitalised source word's
    English partners (folded word -> English words), and whether a word the source line itself
    writes in lowercase is ordinary too. `Lexicon()` says nothing (the guard as it was)."""

    ordinary: frozenset[str] = frozenset()
    partners: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    same_line: bool = False


def _inside(text: str, start: int) -> bool:
    """Whether the word at `start` stands inside a sentence (its capital is not the opener's)."""
    return start > 0 and _OPENS.search(text[:start]) is None


def learn(pairs: Iterable[tuple[str, str]], names: Callable[[str], list[str]],
          known: Callable[[str], bool] = lambda w: False) -> Lexicon:
    """The lexicon of (Indonesian, English) line pairs. `names(source)` gives a line's names
    (translator.names.source_names); words `known` already (the model's whole pieces, the
    hand lists) are left out of `ordinary`, which keeps the table small."""
    lower: Counter[str] = Counter()
    capital: Counter[str] = Counter()
    in_source: Counter[str] = Counter()
    in_english: Counter[str] = Counter()
    both: Counter[tuple[str, str]] = Counter()
    for source, english in pairs:
        for m in _SOURCE_WORD.finditer(source):
            word = m.group()
            if word.islower():
                lower[word] += 1
            elif word[:1].isupper() and not word.isupper() and _inside(source, m.start()):
                capital[word.lower()] += 1
        words = {fold(w) for name in names(source) for w in name.split()}
        seen = {fold(w) for w in _SOURCE_WORD.findall(source)}
        # A source word copied into the English is no translation of another (Felipe Massa:
        # "felipe" is no partner of Massa).
        eng = {w for w in _ENGLISH_WORD.findall(fold(english))
               if len(w) > 2 and w not in _STOP} - seen
        in_source.update(words)
        in_english.update(eng)
        both.update((w, e) for w in words for e in eng)
    ordinary = frozenset(w for w, n in lower.items()
                         if n >= capital.get(w, 0) and not known(w))
    partners: dict[str, list[str]] = {}
    for (w, e), n in both.items():
        if n >= MIN_COOCCUR and 2 * n / (in_source[w] + in_english[e]) >= MIN_DICE:
            partners.setdefault(w, []).append(e)
    return Lexicon(ordinary, {w: tuple(sorted(es)) for w, es in sorted(partners.items())}, True)


def translated(word: str, source: str, folded_tokens: set[str], lexicon: Lexicon) -> bool:
    """Whether a capitalised source word is one the English may translate rather than keep: an
    ordinary word (in the lexicon, or written in lowercase in the source line itself), or one
    whose English partner the output holds."""
    low = fold(word)
    if low in lexicon.ordinary or lexicon.same_line and re.search(
            r"(?<![\w-])" + re.escape(low) + r"(?![\w-])", source):
        return True
    return any(e in folded_tokens for e in lexicon.partners.get(low, ()))


_DEFAULT: list[Lexicon] = []


def default_lexicon() -> Lexicon:
    """The packaged table (translator/name_table.py), loaded once; empty when absent."""
    if not _DEFAULT:
        try:
            from . import name_table
        except ImportError:
            _DEFAULT.append(Lexicon())
        else:
            _DEFAULT.append(parse(name_table.ORDINARY, name_table.PARTNERS))
    return _DEFAULT[0]


def parse(ordinary: str, partners: str) -> Lexicon:
    """The lexicon of a table's two strings (see `module_text`)."""
    return Lexicon(frozenset(ordinary.split()),
                   {row.split(":")[0]: tuple(row.split(":")[1:]) for row in partners.split()},
                   True)


def module_text(lexicon: Lexicon, note: str) -> str:
    """The source of translator/name_table.py for `lexicon` (words wrapped at 99 columns)."""
    def wrap(words: list[str]) -> str:
        lines, line = [], ""
        for w in words:
            if len(line) + len(w) + 1 > 99:
                lines.append(line)
                line = ""
            line = f"{line} {w}" if line else w
        return "\n".join([*lines, line])
    partners = [":".join((w, *es)) for w, es in lexicon.partners.items()]
    return (f'"""GENERATED by `python benchmarks/guards_cv.py --export`: do not edit by hand.\n\n'
            f'{note}"""\n\n'
            f'ORDINARY = """\n{wrap(sorted(lexicon.ordinary))}\n"""\n\n'
            f'PARTNERS = """\n{wrap(partners)}\n"""\n')

"""Pure: what the capitalised words of an English output say about the source's names, for
the name guard (translator/names.py), read from both sides of the pair rather than from word
lists: an output acronym no source word explains stands in for a source acronym the output
lacks (PBB: UN, PDB: GDP; not one with a letter changed: RNA: DNA); a capitalised output word
no source word or exonym explains is where a name may have gone under another spelling; and a
word that neither of the model's vocabularies holds whole (source.spm in lowercase, target.spm
as written) is a foreign name, which a translator copies or transliterates but cannot
translate into a word (Bowyer, Chhatrapati): missing, with no output word to stand for it, it
was lost. Also how a name's words line up with the output's: written as one word (A1 GP:
A1GP), or a region's compass word as an adjective (Southern Africa). Checked by
`benchmarks/guards.py --cv 5` and on the NTREX-128/TICO-19 references."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from .name_spelling import LOANWORD as _LOANWORD
from .name_spelling import POSSESSIVE as _POSSESSIVE
from .name_spelling import SHOUTED as _SHOUTED
from .name_spelling import WORD as _WORD
from .name_spelling import fold, is_acronym, likeness, present

__all__ = ["SPELT_LIKE", "compass_forms", "english_acronyms", "foreign", "joined",
           "letter_changed", "stand_ins", "unexplained"]

# Words in capitals side by side: shouted text ("WILL CONTINUE TO GROW"), not acronyms.
_CAPS_RUN = re.compile(r"(?<![\w-])[A-Z]{2,}(?:\s+[A-Z]{2,})+(?![\w-])")
# How alike (name_spelling's `likeness`) an unexplained output word that English does not know
# whole must be to a missing foreign name to be its spelling (Caribes: "Findbes" is not).
SPELT_LIKE = 0.4


def english_acronyms(source: str, output: str) -> list[str]:
    """The output's acronyms that are none of the source's words, when there are at least as
    many as the source acronyms the output lacks (else none): Indonesian acronyms come back as
    English ones (PBB: UN, AS: U.S.), so a missing one has its stand-in. Words in capitals
    side by side in the output are shouted text, not acronyms."""
    in_source = {fold(w).rstrip(".-'’") for w in _WORD.findall(source)}
    shouted = {w for m in _CAPS_RUN.finditer(output) for w in _WORD.findall(m.group())}
    theirs = [w for w in dict.fromkeys(x.rstrip(".,;:") for x in _WORD.findall(output))
              if is_acronym(w) and not _SHOUTED.search(w) and fold(w) not in in_source
              and w not in shouted]
    folded = fold(output)
    lost = [a for a in dict.fromkeys(w.rstrip(".") for w in _WORD.findall(source)
                                     if is_acronym(w.rstrip(".")))
            if not present(a, folded)]
    return theirs if len(theirs) >= len(lost) else []


def letter_changed(acronym: str, other: str) -> bool:
    """Whether `other` is `acronym` (three letters or more) with one letter changed in place:
    the acronym altered (RNA: DNA), not an English one standing in for it (PDB: GDP)."""
    a, b = acronym.upper(), other.upper()
    return len(a) >= 3 and len(a) == len(b) and sum(x != y for x, y in zip(a, b)) == 1


def unexplained(output_words: Iterable[tuple[str, bool]], source: str,
                exonym_words: Iterable[str]) -> list[str]:
    """Capitalised output words inside a sentence (`output_words`: (word, opens a sentence))
    that are no word of the source nor of an English form of its exonyms."""
    known = {fold(w).rstrip(".-'’") for w in _WORD.findall(source)} | \
        {fold(w) for w in exonym_words}
    return [w for w, starts in output_words
            if not starts and len(w) >= 3 and w[:1].isupper()
            and fold(w) not in known and fold(_POSSESSIVE.sub("", w)) not in known]


def foreign(word: str, is_common: Callable[[str], bool],
            is_english: Callable[[str], bool]) -> bool:
    """A capitalised word of letters only that neither vocabulary holds whole: a foreign name
    (not an acronym, not a loanword whose English cognate a translator writes)."""
    return len(word) >= 4 and word.isalpha() and word[:1].isupper() and not is_acronym(word) \
        and not _LOANWORD.search(word) and not is_common(fold(word)) and not is_english(word)


def stand_ins(word: str, spare: Sequence[str], is_english: Callable[[str], bool]) -> list[str]:
    """The unexplained output words (`spare`) that may be `word` written another way: one
    English knows whole (an exonym: Maldives) or one spelt somewhat like it."""
    return [w for w in spare if is_english(_POSSESSIVE.sub("", w)) or
            likeness(word, w) >= SPELT_LIKE]


def joined(words: list[str], i: int, folded_output: str) -> bool:
    """Whether words[i] comes back written as one word with a neighbour of its name, the space
    or hyphen dropped (A1 GP: A1GP, Trans Jakarta: TransJakarta)."""
    for a, b in ((i - 1, i), (i, i + 1)):
        if a >= 0 and b < len(words):
            glued = fold(words[a] + words[b]).replace("-", "")
            if re.search(r"(?<!\w)" + re.escape(glued) + r"(?!\w)", folded_output):
                return True
    return False


_COMPASS = re.compile(r"^((?:south|north)(?:east|west)?|east|west) ", re.IGNORECASE)


def compass_forms(forms: tuple[str, ...]) -> list[str]:
    """English forms of a name, with "Southern Africa" beside "South Africa": a region's compass
    word may be an adjective (Afrika Selatan, Eropa Tenggara: southeastern Europe)."""
    out = list(forms)
    out += [_COMPASS.sub(r"\1ern ", f) for f in forms if _COMPASS.match(f)]
    return out

"""Pure: the proper names of an Indonesian source that are missing or altered in its English
translation, allowing known exonyms (Jawa Timur -> East Java) and a user's glossary.

Names are capitalised words not at a sentence start, acronyms, and the words after a title
(`Dr.`, `Presiden`) or a place word (`Kota`, `Kabupaten`, `Jl.`). A name word counts as kept
when the output spells it the same, or the English way with letters only added (Luksemburg:
Luxembourg); a letter changed or dropped is an altered name (Kalousis: Kalausis). Capitalised
Indonesian words that translate as common words are not required: those of a small list (days,
months, titles, directions), and, given the model's vocabulary (`is_common`), every word the
model knows as one whole piece ("hadiah" in Hadiah Nobel) or whose root it knows so (Pencacah:
cacah). A missing name is flagged only with evidence that it was a name lost: an exonym, an
acronym, a word of the output spelt like it, the other half of the name kept (Maasai Mara as
"Maasai"), or the line's clause lost with it (the output far shorter than the source, or a
sentence of it resuming in lowercase). An acronym kept keeps the expansion the source gives
beside it ("Disability-adjusted Life Year (DALY)"); only a capitalised output word counts as a
name altered (a lowercase one is a word: Mandarin is not "calendar"). Read from both sides
(translator/name_align.py): an output acronym no source word explains stands in for a missing
one (PBB: UN), and a foreign name (neither vocabulary knows it whole) missing with no output
word to stand for it is flagged (Bowyer). The
spelling comparisons live in translator/name_spelling.py, the acronym helpers in
translator/name_acronyms.py (an acronym beside a numeral is a unit: USD 11.000, 356 SM), and
what parallel text says of a capitalised word in translator/name_lexicon.py (an ordinary word,
or one with an English partner in the output); with `is_english` (the English vocabulary's
whole words) an output word English knows whole is its own name for the source word (Kamboja:
Cambodia), not the name altered. Cross-validated on dev blocks (`benchmarks/guards.py --cv 5`;
FLORES dev, NTREX-128 and TICO-19 have all been read for false-alarm families: see
benchmarks/README.md)."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Mapping
from functools import cache

from .config import KEEP
from .name_acronyms import expansions, prefixed, reordered, spelt_out, units
from .name_align import (compass_forms, english_acronyms, foreign, joined, letter_changed,
                         stand_ins, unexplained)
from .name_lexicon import Lexicon, default_lexicon, translated
from .name_lists import ABBREVIATIONS, COMMON, EXONYMS, TITLES
from .name_spelling import LOANWORD as _LOANWORD
from .name_spelling import POSSESSIVE as _POSSESSIVE
from .name_spelling import SHOUTED as _SHOUTED
from .name_spelling import WORD as _WORD
from .name_spelling import altered, fold, is_acronym, likeness, misspelt, present, shortened
from .omission import restarts

__all__ = ["ABBREVIATIONS", "COMMON", "EXONYMS", "TITLES", "name_changes", "source_names"]

# Indonesian derived nouns (pe-...-an, ke-...-an, per-...-an) are common words, not names.
_DERIVED = re.compile(r"(?i)^(?:pe[mn]?|peng|peny|per|ke|ber)[a-z]{3,}an$")
_OPENERS = "\"“‘'([«—–-"
_MOJIBAKE = ("Ã", "Â", "â")
_NYA = re.compile(r"(?i)(?:-?nya|-lah|-kah|-pun)$")  # the suffixed particles
# A sentence end with its space lost ("SARS-CoV-2.Di", "2020.Per"): two words.
# A digit after a word's letters too ("Bioeasy.80% alat"); not "Gbr.1", "No.11", "v1.2".
_GLUED = re.compile(r"(?<=[a-z0-9])\.(?=[A-Z][a-z]|[A-Z]{2})|(?<=[a-z]{3})\.(?=\d)")
# Indonesian prefixes, and the first letter that some of them drop (pencacah: cacah, penyakit:
# sakit), for finding the root of a derived word.
_PREFIXES = (("peng", "k"), ("peny", "s"), ("pem", "p"), ("pen", "t"), ("meng", "k"),
             ("meny", "s"), ("mem", "p"), ("men", "t"), ("per", ""), ("pe", ""), ("ber", ""),
             ("ter", ""), ("ke", ""), ("di", ""), ("pra", ""), ("se", ""))


def _is_name_like(word: str) -> bool:
    """Capitalised (or an acronym, or letters mixed with digits like G20)."""
    if any(mark in word for mark in _MOJIBAKE):
        return False  # text decoded twice: its words cannot be compared
    return word[:1].isupper() or (word[:1].isdigit() and any("A" <= c <= "Z" for c in word))


def _abbreviation(raw: str) -> bool:
    """A word whose final dot does not end a sentence: a title, an initial, U.S."""
    return raw.lower() in TITLES or (len(raw) == 2 and raw[0].isupper()) or \
        (raw.count(".") > 1 and is_acronym(raw))


def _words(text: str) -> list[tuple[str, bool]]:
    """(word, starts a sentence or a quotation) for each word of `text`."""
    out: list[tuple[str, bool]] = []
    prev, prev_end = "", 0
    text = _GLUED.sub(". ", text)
    for m in _WORD.finditer(text):
        raw, gap = m.group(), text[prev_end:m.start()]
        # A bracket opens an aside, not a sentence: its capital is a name's ("(Spanyol: ...)",
        # "("Kriegsmarine")"), unless a sentence ends in the gap too.
        starts = not prev or (prev.endswith(".") and not _abbreviation(prev)) \
            or any(c in ".!?…" for c in gap) \
            or ("(" not in gap and "[" not in gap and any(c in _OPENERS for c in gap))
        out.append((raw if raw.lower() in TITLES else raw.rstrip(".-'’"), starts))
        prev, prev_end = raw, m.end()
    return out


def source_names(source: str) -> list[str]:
    """The proper names of `source`, as runs of words (e.g. "Malar Balasubramanian"). A word
    opening a sentence is not one (Indonesian capitalises "Menurut", "Setelah" there)."""
    names: list[str] = []
    run: list[str] = []
    after_title = False
    for word, starts in _words(source):
        bare = word if is_acronym(word) or _common(word) else _NYA.sub("", word)  # Nyonya
        named = _is_name_like(bare) and (not starts or after_title or is_acronym(bare))
        if run and starts and not after_title:  # a new sentence ends the name before it
            names.append(" ".join(run))
            run = []
        if named:
            run.append(bare)
        elif run:
            names.append(" ".join(run))
            run = []
        after_title = bare.lower() in TITLES
    if run:
        names.append(" ".join(run))
    return names


def _missing_words(name: str, folded_output: str,
                   ordinary: Callable[[str], bool] = lambda w: False) -> list[str]:
    """The words of `name` the output lacks, after exonyms and common words are allowed."""
    words = name.split()
    missing: list[str] = []
    i = 0
    while i < len(words):
        for j in range(len(words), i, -1):  # the longest known phrase first
            phrase = " ".join(words[i:j])
            if phrase in EXONYMS:
                if not _part_present(phrase, folded_output):
                    missing.append(phrase)
                i = j
                break
        else:
            word = words[i]
            i += 1
            # Each part of a compound stands alone (Tibet-Mongolia, November-Februari).
            parts = [p for p in word.split("-") if p and not _common(p) and not ordinary(p)] \
                if "-" in word else [word]
            if _common(word) or ordinary(word) or not parts:
                continue
            if "-" in word and present(word.replace("-", ""), folded_output):
                continue  # written as one word (Edit-a-thon: editathons)
            if not all(_part_present(p, folded_output) for p in parts) \
                    and not joined(words, i - 1, folded_output):
                missing.append(word)
    return missing


def _part_present(part: str, folded_output: str) -> bool:
    """Whether a word or known phrase of a name is in the output. An exonym's English forms may
    take an ending (Canada: Canadian); the source's own form must come back as it is
    ("Spaniola" is neither Spanyol nor Spanish)."""
    if part not in EXONYMS:
        return present(part, folded_output)
    return any(present(f, folded_output, f != part, spelt=False)
               for f in (*compass_forms(EXONYMS[part]), part))


def _common(word: str) -> bool:
    """A capitalised word that translates as a common word (not required in the output)."""
    folded = fold(word).rstrip(".")
    return len(word) < 2 or folded in COMMON or folded in ABBREVIATIONS \
        or bool(_DERIVED.match(folded))


def _contains(term: str, text: str) -> bool:
    """Whether `term` occurs in `text` as whole words (case and accents aside)."""
    words, folded = fold(term).split(), fold(text)
    if not all(w in folded for w in words):  # no pattern to build (most of EXONYMS, each line)
        return False
    pattern = r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)"
    return re.search(pattern, folded) is not None


def _flagged(word: str, others: list[str], output: str) -> bool:
    """Whether a missing word is surely a name lost or altered, not a word translated: a known
    exonym is missing, an acronym is neither kept nor spelt out, or the output holds a word
    spelt much like it ("Rekabramanian" for Balasubramanian). A name merely missing is not
    enough: on held-out references the translator renders too many such words ("Pencacah
    Geiger": Geiger Counter)."""
    if is_acronym(word):
        return not (_SHOUTED.search(word) or spelt_out(word, output)
                    or reordered(word, output) or prefixed(word, output))
    if word in EXONYMS:
        return True
    return not _LOANWORD.search(word) and altered(word, others)


_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_WORD_SET = re.compile(r"[a-z]+")
# Output under this share of the source's characters has lost a clause: on FLORES dev, under
# the first percentile of the human references (0.66), and 1 in 40 of opus-mt's outputs.
CLAUSE_DROPPED = 0.65
# How alike (name_spelling's `likeness`) an English whole word of the output must be to a
# missing name to be English's spelling of it; a less alike one is the name altered into
# another word (0: every English whole word excuses). Fitted by `benchmarks/guards.py --cv 5`
# on FLORES dev blocks: four folds of five pick 0.72, one 0.65.
ENGLISH_SPELLING = 0.72


def _english(word: str, is_english: Callable[[str], bool]) -> bool:
    """Whether the English vocabulary knows the word whole, or its singular or possessive's
    base (Colonists: Colonist, Cambodia's: Cambodia)."""
    base = _POSSESSIVE.sub("", word)
    return is_english(base) or len(base) > 4 and base.endswith("s") and is_english(base[:-1])


def _bare(word: str) -> bool:
    """Whether a missing word can only be a name lost: not a loanword the output translated."""
    return len(word) >= 3 and not _LOANWORD.search(word) and not is_acronym(word)


def _partners(name: str, source: str, tokens: list[str], folded: list[str],
              english: Callable[[str, str], bool] = lambda w, t: False
              ) -> tuple[list[str], list[str]]:
    """Words of a name of several words whose neighbour in the name (beside it in the source)
    comes back exactly while they do not: (those the output misspells beside it: Felipe Mass,
    Tonle Sup; those it has nowhere: Maasai Mara as "Maasai"). One half of a person's or a
    place's name kept shows the other half was a name too, not a word to translate. `folded`
    is `tokens` folded."""
    words = [w for w in re.split(r"[\s-]+", name) if w]
    # A name opening a sentence lost its first word to the sentence start (Phnom Krom): that
    # word is a neighbour here, never flagged itself (an Indonesian opener never comes back).
    first = re.search(r"([A-Z][^\W\d_]+) " + re.escape(words[0]) + r"\b", source)
    lead = 1 if first and not _listed(first.group(1)) else 0
    if lead:
        words.insert(0, first.group(1))
    beside: list[str] = []
    absent: list[str] = []
    for k, word in enumerate(words[lead:], lead):
        word = _POSSESSIVE.sub("", word)  # Burt’s Bees: Burt's
        low = fold(word)
        if len(low) < 3 or _listed(word) or is_acronym(word) or low in folded:
            continue
        for n in (k - 1, k + 1):
            if not 0 <= n < len(words) or _listed(words[n]) or len(words[n]) < 3:
                continue
            pair = (words[n], word) if n < k else (word, words[n])
            if not re.search(re.escape(pair[0]) + r"[ -]" + re.escape(pair[1]), source):
                continue  # a list ("Dublin, Irlandia"), not one name
            at = [p for p, t in enumerate(folded) if t == fold(words[n])]
            if not at:
                continue
            # On the same side as in the source: a name copied keeps its order, a head noun
            # translated moves (Botol Perrier: Perrier Bottle).
            side = -1 if k < n else 1
            near = [tokens[p + side] for p in at if 0 <= p + side < len(tokens)]
            hits = [t for t in near if misspelt(word, t)]
            # English's spelling of a first name, title or country beside a kept name is no
            # misspelling (Yohanes Kepler: Johannes, Marsekal Italo: Marshal, Prix Hongaria:
            # Hungary) when target.spm knows it whole; a name cut short still is (Massa: Mass).
            if hits and not all(english(word, t) for t in hits):
                beside.append(word)
            elif not hits and n < k:
                # Only a part after the kept one: a part before it is the head noun Indonesian
                # puts first, which English translates (Pencacah Geiger: Geiger Counter).
                absent.append(word)
            break
    return beside, absent


_EXONYM_WORDS = frozenset(w for phrase in EXONYMS for w in phrase.split())


def _listed(word: str) -> bool:
    """A common word or one in the exonym table (its English forms are the table's business)."""
    return _common(word) or word in _EXONYM_WORDS


def _ordinary(word: str, is_common: Callable[[str], bool]) -> bool:
    """Whether the model knows `word`, or the root of it (Pencacah: cacah), as one ordinary
    word; an acronym only when shouted ("MASIH AKAN TERUS"), not KPK or WHO."""
    low = fold(word)
    if is_acronym(word) and len(low) < 4:
        return False
    if is_common(low):
        return True
    for prefix, dropped in _PREFIXES:
        if not low.startswith(prefix):
            continue
        root = low[len(prefix):]
        for suffix in ("kan", "an", "i", "lah", ""):
            if suffix and not root.endswith(suffix):
                continue
            stem = root[: len(root) - len(suffix)]
            if len(stem) >= 4 and (is_common(stem) or dropped and is_common(dropped + stem)):
                return True
    return False


def name_changes(source: str, output: str, glossary: Mapping[str, str] | None = None,
                 is_common: Callable[[str], bool] | None = None,
                 lexicon: Lexicon | None = None,
                 is_english: Callable[[str], bool] | None = None) -> list[str]:
    """The source names missing or altered in `output`, in source order; a glossary term of
    the source that the output lacks reads `glossary: TERM -> ENGLISH` (or `-> keep`).

    A missing word is flagged when it is a known exonym, an acronym the output neither keeps
    nor spells out, a name the output spells another way (see `_flagged`), the other half of a
    name whose first half came back (see `_partners`), or any name of a line that came back
    much shorter than its source (`CLAUSE_DROPPED`); so is a name's word misspelt right beside
    its kept neighbour (Felipe Massa: "Felipe Mass"). `is_common(word)`: the lowercase word is
    one whole piece of the model's vocabulary ("hadiah"; names are split: "kalo us is"); a
    word it knows, or whose root it knows (Pencacah: cacah), is never required; nor is one
    `lexicon` (default: translator/name_table.py) calls ordinary or whose English partner the
    output holds (Lembah: valley). `is_english(word)`: target.spm knows a capitalised word
    whole (Cambodia): English's own name for the source word (Kamboja), not the name altered."""
    output = html.unescape(output)  # web translators return O&#39;Shannessy
    folded = fold(output)
    found: list[str] = []
    covered: set[str] = set()
    for term, english in (glossary or {}).items():
        if not _contains(term, source):
            continue
        covered.update(fold(w) for w in term.split())
        wanted = term if english == KEEP else english
        if not _contains(wanted, output):  # exactly the form the user asked for
            found.append(f"glossary: {term} -> {english}")

    for acronym, words in expansions(source).items():
        if present(acronym, folded):
            covered.update(words)  # DALYs keeps "Disability-adjusted Life Year (DALY)"

    lexicon = default_lexicon() if lexicon is None else lexicon
    token_set = set(_WORD_SET.findall(folded))

    def ordinary(word: str) -> bool:
        return is_common is not None and _ordinary(word, is_common) or \
            not is_acronym(word) and translated(word, source, token_set, lexicon)

    in_source = {fold(w) for w in _WORD.findall(source)}
    # Compounds' parts apart ("Arawonese-speaking"); capitalised only: a name altered keeps its
    # capital, a lowercase word like it is chance (Mandarin: "calendar", Twitter: "tweeted").
    capitals = [w for w in _TOKEN.findall(output) if len(w) >= 4 and fold(w) not in in_source
                and w[:1].isupper()]
    # A capitalised word target.spm knows whole is English's own name for a source word, also
    # beside a name moved (Prix Hongaria: Hungarian Grand Prix); asked only once a word is missing.
    split: list[tuple[list[str], list[str]]] = []

    def candidates(word: str) -> tuple[list[str], list[str]]:
        """(English whole words, the other capitalised words) of the output, for `word`."""
        if not split:
            english = [w for w in capitals if is_english and _english(w, is_english)]
            split.append((english, [w for w in capitals if w not in english]))
        english, others = split[0]
        # English's spelling of a name is close to it (Kamboja: Cambodia) or its start (Afghan);
        # a known word only somewhat like it is another word (Herostratus: Herodotus).
        far = [w for w in english
               if likeness(word, w) < ENGLISH_SPELLING and not shortened(word, w)]
        return [w for w in english if w not in far], others + far
    unit_acronyms = units(source)

    def english_form(word: str, token: str) -> bool:
        return is_english is not None and _english(token, is_english) and \
            likeness(word, token) >= ENGLISH_SPELLING and not fold(word).startswith(fold(token))
    tokens = [_POSSESSIVE.sub("", t) for t in _TOKEN.findall(output)]
    folded_tokens = [fold(t) for t in tokens]
    # The output much shorter than the source: a clause or sentence was dropped, and a name
    # missing from it went with it (not translated as a word).
    # So has one whose sentence resumes in lowercase ("... camping. and Los Patos only"): the
    # model dropped that sentence's start, names and all (the omission guard's trace of a cut).
    short = len(output) < CLAUSE_DROPPED * len(source) or restarts(output) > restarts(source)

    @cache  # read once, on the first name that needs it
    def aligned() -> tuple[list[str], list[str]]:
        """The output's own acronyms, and its capitalised words nothing in the source explains."""
        words = [w for p in EXONYMS if _contains(p, source) for f in EXONYMS[p]
                 for w in f.split()]
        return english_acronyms(source, output), unexplained(_words(output), source, words)
    for name in source_names(source):
        if all(fold(w) in covered for w in name.split()):
            continue  # the glossary's entry speaks for it
        missing = [w for w in _missing_words(name, folded, ordinary)
                   if not all(fold(x) in covered for x in w.split())]
        beside, absent = _partners(name, source, tokens, folded_tokens, english_form)
        absent = [w for w in absent if not ordinary(w)]
        for word in sorted(dict.fromkeys(missing + beside), key=name.find):
            if word in found or any(fold(x) in covered for x in word.split()):
                continue
            if word in unit_acronyms:
                continue  # USD 11.000: $11,000; 356 SM: 356 BC
            if is_acronym(word) and any(not letter_changed(word, a) for a in aligned()[0]):
                continue  # PBB: UN, PDB: GDP (an English acronym stands in for it)
            english, others = candidates(word)
            if word in beside or _flagged(word, others, output) \
                    or (word in absent or short) and _bare(word) and not altered(word, english):
                found.append(word)
            elif word in missing and is_common is not None and is_english is not None \
                    and foreign(word, is_common, is_english) and not stand_ins(
                        word, aligned()[1], lambda w: _english(w, is_english)):
                found.append(word)  # a foreign name gone, nothing in its place: Bowyer
    return found

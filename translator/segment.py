"""Split paragraphs into sentences, and sentences into segments that fit the translator's input."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

TokenCounter = Callable[[str], int]

# Segments are cut only at whitespace, so that joining a paragraph's segments with single spaces
# gives the paragraph back with its whitespace runs collapsed; nothing is lost, added or moved.

TITLE = "title"  # stands before a name or number: never ends a sentence
SUFFIX = "suffix"  # may end a sentence, but only when a capitalised word follows

# Abbreviations whose final period is not a sentence end. Matched exactly, so case matters:
# add each spelling that occurs ("dr." is a physician, "Dr." a doctorate; both are titles).
_ABBREVIATION_TABLE = (
    (TITLE, """
        dr. Dr. DR. drg. Prof. Ir. Drs. Dra. H. Hj. K.H. KH. Ust. Pdt. Tn. Ny. Nn. Bpk. Bp.
        Sdr. Sdri. Yth. Mr. Mrs. Ms. St. Jl. JL. Jln. Gg. Kp. Ds. Kel. Kec. Kab. Prov. No. no.
        Rp. PT. CV. Jend. Letjen. Mayjen. Brigjen. Kol. Letkol. Kapt. Komjen. Irjen. Kombes.
        AKBP. Kompol. AKP. Pol. Purn. a.n. u.p. vs. hlm. tel. Telp. telp. tgl. Tgl.
        Jan. Feb. Mar. Apr. Jun. Jul. Agt. Agu. Sep. Sept. Okt. Nov. Des. Moh. Mohd. Muh.
        Mhd. Abd. QS. HR. Sen. Rep. Gov. Gen. Lt. Col. Capt. Sgt.
    """),
    (SUFFIX, """
        dll. dsb. dst. tsb. dkk. etc. Tbk. Jr. Sr. Inc. Ltd. Corp. Co.
        S.H. M.H. M.Si. S.E. S.Kom. M.Kom. M.Sc. Ph.D. S.Pd. M.Pd. S.T. M.T. M.M. M.Kes.
        S.Sos. S.IP. S.Ag. M.A. S.Psi. M.Hum. Sp.A. Sp.OG. Sp.PD.
    """),
)
ABBREVIATIONS: dict[str, str] = {
    abbreviation: kind for kind, names in _ABBREVIATION_TABLE for abbreviation in names.split()
}

_OPENERS = "\"'“‘«([{"
_CLOSERS = "\"'”’»)]}"
_DOUBLE_QUOTES = "\"“”«»„"
# A token ending a sentence: text, a run of terminal marks, then closing quotes/brackets.
_TERMINAL = re.compile(r"^(.*?)([.!?…]+)([" + re.escape(_CLOSERS) + r"]*)$")
_INITIALS = re.compile(r"^(?:[A-Z]\.)+$")  # "B." of Susilo B. Yudhoyono, "J.K."
_DOTTED = re.compile(r"^[A-Za-z]{1,3}(?:\.[A-Za-z]{1,3})+\.$")  # degrees missing from the table
_DASHES = ("-", "--", "–", "—")

# Words that start a clause in Indonesian; an over-long sentence may be cut before them.
CONJUNCTIONS = frozenset({
    "yang", "dan", "tetapi", "tapi", "namun", "sehingga", "karena", "serta", "atau", "bahwa",
    "sedangkan", "sementara", "ketika", "meskipun", "walaupun", "padahal", "agar", "supaya",
    "hingga", "melainkan", "sebab", "jika", "apabila", "lalu", "kemudian",
})


def _abbreviation_kind(token: str) -> str | None:
    """TITLE or SUFFIX when the token is an abbreviation whose period is its own, else None."""
    m = _TERMINAL.match(token)
    if not m or m.group(2) != ".":
        return None
    word = m.group(1).lstrip(_OPENERS) + "."
    if word in ABBREVIATIONS:
        return ABBREVIATIONS[word]
    if _INITIALS.match(word):
        return TITLE  # a lone capital with a period is far likelier an initial than a sentence end
    if _DOTTED.match(word):
        return SUFFIX
    return None


def _starts_sentence(token: str) -> bool:
    """True when the token can open a sentence: a capital or digit, maybe after quotes/brackets."""
    rest = token.lstrip(_OPENERS)
    return bool(rest) and (rest[0].isupper() or rest[0].isdigit())


def _quoted_gaps(tokens: Sequence[str]) -> set[int]:
    """Gaps (gap i lies after token i) inside a quotation that closes within these tokens."""
    inside: set[int] = set()
    opened: int | None = None
    for t, token in enumerate(tokens):
        for c, ch in enumerate(token):
            if ch not in _DOUBLE_QUOTES or len(token) == 1:
                continue
            # Straight quotes only say which they are by position; curly ones are often misused.
            if c == 0 or token[c - 1] in _OPENERS:
                opened = t  # forgets an unclosed opening, e.g. a quote left open by a typo
            elif opened is not None:
                inside.update(range(opened, t))
                opened = None
    return inside


def _sentence_gaps(tokens: Sequence[str], protect_quotes: bool = True) -> list[int]:
    """Gaps between tokens that are sentence boundaries."""
    quoted = _quoted_gaps(tokens) if protect_quotes else set()
    gaps = []
    for i in range(len(tokens) - 1):
        left, right = tokens[i], tokens[i + 1]
        if i in quoted or not _TERMINAL.match(left) or not _starts_sentence(right):
            continue
        kind = _abbreviation_kind(left)
        if kind == TITLE:
            continue
        if kind == SUFFIX and (not right.lstrip(_OPENERS)[0].isupper()
                               or _abbreviation_kind(right) is not None):
            continue  # "Budi, S.H. M.H." or "dll. 5 orang": the sentence goes on
        gaps.append(i)
    return gaps


def split_sentences(paragraph: str) -> list[str]:
    """Split one paragraph into sentences with rules that know Indonesian."""
    tokens = paragraph.split()
    return _join_at(tokens, _sentence_gaps(tokens))


def _join_at(tokens: Sequence[str], gaps: Sequence[int]) -> list[str]:
    """Join tokens with single spaces, cutting after each gap index."""
    out, start = [], 0
    for g in gaps:
        out.append(" ".join(tokens[start:g + 1]))
        start = g + 1
    if start < len(tokens):
        out.append(" ".join(tokens[start:]))
    return out


def _after_mark(marks: str) -> Callable[[Sequence[str]], list[int]]:
    """A gap finder for clause punctuation ending a token (before any closing quote)."""
    def gaps(tokens: Sequence[str]) -> list[int]:
        return [i for i, t in enumerate(tokens[:-1]) if t.rstrip(_CLOSERS).endswith(marks)]
    return gaps


def _after_dash(tokens: Sequence[str]) -> list[int]:
    """Gaps after a free-standing dash ("NEW DELHI - Menteri") or an attached long one."""
    return [i for i, t in enumerate(tokens[:-1]) if t in _DASHES or t.endswith(("–", "—"))]


def _before_conjunction(tokens: Sequence[str]) -> list[int]:
    """Gaps before a clause-opening conjunction."""
    return [i - 1 for i in range(1, len(tokens)) if tokens[i].lower() in CONJUNCTIONS]


def _any_word(tokens: Sequence[str]) -> list[int]:
    """Every gap: the last resort."""
    return list(range(len(tokens) - 1))


# Strongest boundary first. The first level finds sentence ends inside quotations, which
# split_sentences keeps whole; a long quotation is better cut there than at a comma.
_LEVELS: tuple[Callable[[Sequence[str]], list[int]], ...] = (
    lambda tokens: _sentence_gaps(tokens, protect_quotes=False),
    _after_mark(";"),
    _after_mark(":"),
    _after_mark(","),
    _after_dash,
    _before_conjunction,
    _any_word,
)


def _greedy(units: Sequence[str], count: TokenCounter, cap: int) -> list[str]:
    """Join neighbouring units while the joined text counts <= cap; a unit over it stands alone."""
    out: list[str] = []
    i = 0
    while i < len(units):
        # Gallop then bisect for the end of this piece: a word-level cut of a run-on paragraph
        # costs O(log n) tokenizer calls a piece instead of one a word.
        fits, step = i + 1, 1
        while fits + step <= len(units) and count(" ".join(units[i:fits + step])) <= cap:
            fits, step = fits + step, step * 2
        over = min(fits + step, len(units) + 1)
        while over - fits > 1:
            mid = (fits + over) // 2
            if count(" ".join(units[i:mid])) <= cap:
                fits = mid
            else:
                over = mid
        out.append(" ".join(units[i:fits]))
        i = fits
    return out


def _pack(units: Sequence[str], count: TokenCounter, max_tokens: int) -> list[str]:
    """Pack units that each fit into the fewest pieces, made as even as they can be."""
    best = _greedy(units, count, max_tokens)
    if len(best) <= 1:
        return best
    # Plain greedy filling leaves a stub like "itu." for the translator; the smallest cap that
    # needs no more pieces spreads the words evenly instead.
    lo, hi = 1, max_tokens
    while lo < hi:
        mid = (lo + hi) // 2
        if len(_greedy(units, count, mid)) <= len(best):
            hi = mid
        else:
            lo = mid + 1
    return _greedy(units, count, lo)


def _split_long(tokens: list[str], count: TokenCounter, max_tokens: int, level: int) -> list[str]:
    """Cut an over-long run of tokens at the strongest boundaries that make the pieces fit."""
    if level >= len(_LEVELS):
        # One word over the limit: cutting inside it would break the join invariant, and the
        # translator truncates it anyway.
        return [" ".join(tokens)]
    gaps = _LEVELS[level](tokens)
    if not gaps:
        return _split_long(tokens, count, max_tokens, level + 1)
    # Units that fit are packed with their neighbours, so a cut at one comma does not leave a
    # string of fragments; a unit that does not fit is cut at weaker boundaries inside it only,
    # so a stronger boundary is never given up for a weaker one.
    out: list[str] = []
    run: list[str] = []
    for unit in _join_at(tokens, gaps):
        if count(unit) <= max_tokens:
            run.append(unit)
            continue
        out += _pack(run, count, max_tokens)
        run = []
        out += _split_long(unit.split(" "), count, max_tokens, level + 1)
    return out + _pack(run, count, max_tokens)


def fit_segments(sentences: Sequence[str], count_tokens: TokenCounter,
                 max_tokens: int) -> list[str]:
    """Return segments that each count <= max_tokens; an over-long sentence is split at clause
    boundaries (; : , dash, then before conjunctions such as 'yang', 'dan', 'tetapi', 'namun',
    'sehingga', 'karena', 'serta', 'atau'), and only as a very last resort at word boundaries."""
    if max_tokens < 1:
        raise ValueError(f"max_tokens must be positive, got {max_tokens}")
    # Sentences that fit are never merged: MarianMT translates one sentence at a time best,
    # and callers that want bigger pieces (the summariser) pack them themselves.
    out: list[str] = []
    for sentence in sentences:
        tokens = sentence.split()
        if not tokens:
            continue
        text = " ".join(tokens)
        if count_tokens(text) <= max_tokens:
            out.append(text)
        else:
            out.extend(_split_long(tokens, count_tokens, max_tokens, 0))
    return out


def segment_paragraphs(paragraphs: Sequence[str], count_tokens: TokenCounter,
                       max_tokens: int) -> list[list[str]]:
    """Paragraphs -> per-paragraph lists of segments (split_sentences then fit_segments).
    Paragraph order and count are preserved."""
    return [fit_segments(split_sentences(p), count_tokens, max_tokens) for p in paragraphs]

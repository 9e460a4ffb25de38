"""Pure: a story's paragraphs glued into one line by a copy that dropped their breaks, split
apart again (round 25).

Two shapes, both seen on many real pages:
- a CMS's shortcode left in the text between two paragraphs ("... perpanjangan.[suggested
  article=3]Pelatih ...", "[related_posts]", "[ads2]", "[embed url=...]"):
  dropped, and the text on either side set on lines of its own;
- in such a line (the shortcode shows it is the post's raw content), paragraphs run together
  with no space after the stop ("... Piala Soeratin U-17.Mereka adalah ...", "... jangka
  panjang klub.\"Mereka punya ..."), twice or more: an abbreviation ("Jl.Sudirman",
  "Kab.Bogor") is left alone. Without a shortcode a glued stop is the writer's own typing
  ("ton.Namun,harga ...") and the line is kept whole.
(Round 37) A divider of four or more dashes glued before a paragraph's first word
("-----------------Fathia ...") is dropped from it."""

from __future__ import annotations

import re

from .datelines import match_dateline

# A shortcode: a lower-case name in square brackets, with a value or attributes, or with a
# digit or an underscore in its name, or a name of the shortcodes CMS plug-ins print. A photo's
# "[caption ...] text [/caption]" is left whole: the caption rules drop it, text and all.
_SHORTCODE_NAMES = ("embed", "gallery", "ads", "adsense", "iklan", "related",
                    "readmore", "baca", "bacajuga", "video", "audio", "tweet", "youtube",
                    "instagram", "suggestedarticle", "quads", "inline", "banner", "sisip")
_SHORTCODE = re.compile(
    r"\[/?(?!caption\b)(?:[a-z][a-z0-9_-]{1,30}(?:=[^\[\]\s]{1,40}|\s+[a-z_-]+=[^\[\]]{0,120})"
    r"|[a-z][a-z-]*(?:_|\d)[a-z0-9_-]*"
    r"|(?:" + "|".join(_SHORTCODE_NAMES) + r"))\]")
# A stop (and its closing quote) right against the next paragraph's capital or opening quote.
_GLUED_STOP = re.compile(r"(?<=[a-z0-9)%][.!?])(?=[A-Z][a-z]|[\"“][A-Z])"
                         r"|(?<=[a-z0-9)%][.!?][\"”’])(?=[A-Z][a-z])")
_TOKEN = re.compile(r"\S+$")
_MIN_GLUED = 2  # stops glued in one line: one may be a typo, two are lost breaks
_MIN_PIECE_WORDS = 4
_MAX_ABBREVIATION = 5  # "Kab.", "Prof.", "Jln.": a capitalised short word before a stop


def _true_stop(text: str, at: int) -> bool:
    """Whether the stop just before `at` ends a sentence: the word before it is no
    abbreviation (a short capitalised word without a digit), and a straight quote right
    after the stop opens a paragraph only when the quotes before it are closed."""
    head = text[:at]
    quoted = head.endswith('"')
    word = _TOKEN.search(head.rstrip('"”’').rstrip(".!?"))
    token = word.group(0) if word else ""
    if token[:1].isupper() and len(token) <= _MAX_ABBREVIATION \
            and not any(c.isdigit() for c in token):
        return False
    if quoted:
        # `."` then a capital: the quote closes the sentence before it, when it pairs an
        # opening one; else it opens the next paragraph (the cut falls before it)
        return head.count('"') % 2 == 0
    if text[at:at + 1] == '"' and head.count('"') % 2 == 1:
        return False  # inside an open quotation: the mark closes it, no paragraph opens
    return True


# Round 37: a rule of dashes (or stars, underscores, equals signs) glued before a paragraph's
# first word, its break lost ("-----------------Fathia Rahmi, murid ..."): the rule is the
# page's divider, dropped; the paragraph keeps its words. A dash or two opens a dateline's
# remains or a list's item, never four.
_GLUED_RULE = re.compile(r"^\s*(?:[-–—_=~*]){4,}(?=[\"“‘(]?[A-Z])")


def split_glued(line: str) -> list[str]:
    """The line as its paragraphs: shortcodes out, and paragraphs glued at their stops set
    on lines of their own (only when two or more stops are so glued)."""
    line = _GLUED_RULE.sub("", line, count=1)  # round 37
    if not _SHORTCODE.search(line):
        return [line]
    pieces = [p.strip() for p in _SHORTCODE.split(line)]
    split = [_at_stops(piece) for piece in pieces]
    # a shortcode between two paragraphs counts as one glued break
    if sum(len(parts) for parts in split) - 1 < _MIN_GLUED:
        return [p for p in pieces if p] or [""]
    return [p for parts in split for p in parts if p] or [""]


def _at_stops(piece: str) -> list[str]:
    """The piece cut at its glued stops; whole when a cut would leave a piece of a few words."""
    cuts = [m.start() for m in _GLUED_STOP.finditer(piece) if _true_stop(piece, m.start())]
    parts = [piece[a:b] for a, b in zip([0, *cuts], [*cuts, len(piece)])]
    return parts if all(len(p.split()) >= _MIN_PIECE_WORDS for p in parts) else [piece]


# Round 29: a credit glued to the paragraph it closes, no space after the stop ("... with
# smelter owners.Image source: KONTAN/Name", "... kata dia.Sumber: Antara", "... in 2027.Photo:
# Reuters"): a listing's item printed whole drops the breaks before its credits. The credit
# goes on a line of its own, where the caption rules read it.
_GLUED_CREDIT = re.compile(r"(?<=[a-z0-9)%][.!?])(?=(?:(?:Image|Photo|Foto|Gambar)"
                           r"(?:\s+(?:source|sumber|credit))?|Source|Sumber(?:\s+foto)?):\s)")
_MIN_CREDITED_WORDS = 12


# Round 38: a desk's closing code, the writer's number before the initials, glued to the last
# stop with no space and no brackets, "... ujarnya.7wan", "... kemarin,” katanya.12rd": dropped
# (a number glued after a stop before letters is no sentence's; "3.5kg" has a digit before it).
_GLUED_CODE = re.compile(r"(?:(?<=[a-z]{2}[.!?])|(?<=[a-z][.!?][\"”’]))\d{1,2}[a-z]{2,5}$")


def split_glued_credit(line: str) -> list[str]:
    """The line with a credit glued after its last sentence set apart."""
    m = _GLUED_CREDIT.search(line)
    if not m or len(line[:m.start()].split()) < _MIN_CREDITED_WORDS:
        return [line]
    return [line[:m.start()], line[m.start():]]


# Round 38: the photo's credit in brackets glued after the lead's last stop, "LAMONGAN - ...
# bahan baku. (Sumber Foto: BPBD Lamongan)", "X.com, Bima - ... kemarin. (Foto: Dok. Humas)":
# the credit of the photo above, printed at the paragraph's end. Only a line that opens with
# a dateline is the lead; a caption with its credit ("Bupati meninjau ... (Foto: Humas)")
# stays whole, where the caption rules read it.
_BRACKET_CREDIT = re.compile(r"(?<=[.!?\"”’])\s*(?=\((?i:(?:sumber\s+)?(?:foto|photo|gambar|image)"
                             r"(?:\s+(?:source|credit))?)\s*:[^()]{2,60}\)$)")


def split_bracket_credit(line: str) -> list[str]:
    """A dateline's lead with the photo's bracketed credit glued after it set apart."""
    m = _BRACKET_CREDIT.search(line)
    if not m or len(line[:m.start()].split()) < _MIN_CREDITED_WORDS:
        return [line]
    return [line[:m.start()], line[m.end():]] if match_dateline(line[:m.start()]) else [line]


def split_edges(line: str) -> list[str]:
    """What a copy glues to a line's end set apart: a desk's numbered code after the last stop
    dropped, a credit after it (plain or in brackets) on a line of its own."""
    if (code := _GLUED_CODE.search(line)) and len(line.split()) >= _MIN_CREDITED_WORDS:
        line = line[:code.start()]
    return [q for p in split_glued_credit(line) for q in split_bracket_credit(p)]

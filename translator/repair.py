"""Pure: repair copied text before cleaning: mojibake, stray HTML, broken images, hard wraps,
a site's greeting and sign-off glued to the story's lines."""

from __future__ import annotations

import html
import re
import statistics
from collections.abc import Callable

from .lines import FINAL

# Latin-1/cp1252 read of UTF-8 bytes: "â€™", "Ã©", "Â ". Only then is ftfy worth importing.
_MOJIBAKE = re.compile(
    "[\u00c2\u00c3\u00e2][\u0080-\u00bf\u20ac\u2122\u201a-\u201e\u2020-\u2026\u2030\u2039"
    "\u203a\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc]")
# Tags and comments; block-level tags end a line, inline ones vanish.
_BLOCK_TAG = re.compile(r"</?(?:p|div|br|li|ul|ol|h[1-6]|tr|table|section|article|figure|"
                        r"figcaption|blockquote)\b[^<>]*>", re.IGNORECASE)
_TAG = re.compile(r"<!--.*?-->|</?[a-zA-Z][a-zA-Z0-9:-]*(?:\s[^<>]*)?/?>", re.DOTALL)
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,6}|#x[0-9a-fA-F]{2,5});")
# Markdown or bracketed images a copy leaves behind: ![alt](src), [image: x], [gambar].
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)|\[(?:image|img|gambar|foto|photo)\b[^\]]*\]",
                    re.IGNORECASE)
# Hard wraps: how a text wrapped at a fixed width is told from paragraphs one per line.
_WRAP_MIN_LINES = 5
_WRAP_MAX_WIDTH = 100  # typical hard wraps: 60-80 columns (email, terminals, text dumps)
_WRAP_SHARE = 0.5  # share of long lines that sit near the wrap width
_WRAP_FULL = 0.6  # a line this close to the width was broken by the wrap, not by the author
_WRAP_OPEN_SHARE = 0.5  # share of near-width lines that stop mid-sentence in wrapped text


# Round 28. A Thai (cp874) read of UTF-8 punctuation, E2 80 xx: "โ€“" for an en dash, "โ€”"
# for an em dash, "โ€ฆ" for an ellipsis ("SRAGEN, JOGLOSEMARNEWS.COM โ€“ Sebanyak ...");
# Thai text never sets the euro sign after "โ". ftfy leaves these alone.
_THAI_MOJIBAKE = re.compile("\u0e42\u20ac(.)")


def _unthai(m: re.Match[str]) -> str:
    try:
        return (m.group().encode("cp874")).decode("utf-8")
    except UnicodeError:
        return m.group()


def repair(text: str) -> str:
    """Mojibake fixed, HTML tags and entities and broken image links removed."""
    if "\u0e42\u20ac" in text:
        text = _THAI_MOJIBAKE.sub(_unthai, text)
    if _MOJIBAKE.search(text):
        text = _fix_mojibake(text)
    if "<" in text:
        text = _TAG.sub("", _BLOCK_TAG.sub("\n", text))
    if "&" in text and _ENTITY.search(text):
        text = html.unescape(text)
    if "[" in text:
        text = _IMAGE.sub("", text)
    return text


# "â€" before a space or line end: a closing quote (E2 80 9D) whose last byte cp1252 lacks, so
# the copy lost it; ftfy would read the space as a lost NBSP and make a dagger.
_LOST_CLOSING_QUOTE = re.compile("\u00e2\u20ac(?:\ufffd|(?=\\s|$))", re.MULTILINE)


def _fix_mojibake(text: str) -> str:
    """ftfy's repair, imported only for text that needs it (it costs ~70 ms to import)."""
    text = _LOST_CLOSING_QUOTE.sub("\u00e2\u20ac\u009d", text)
    try:
        import ftfy
    except ImportError:  # optional at run time: without it the text passes through unchanged
        return text
    return ftfy.fix_text(text, normalization="NFC", uncurl_quotes=False)


def wrap_width(lines: list[str]) -> int | None:
    """The column the text was hard-wrapped at, or None when lines are the author's own."""
    lengths = [len(s) for s in lines if len(s) >= 30]
    if len(lengths) < _WRAP_MIN_LINES:
        return None
    width = sorted(lengths)[int(0.9 * (len(lengths) - 1))]
    if width > _WRAP_MAX_WIDTH:
        return None
    near = [s for s in lines if width * 0.75 <= len(s) <= width + 5]
    if len(near) / len(lengths) < _WRAP_SHARE or statistics.median(lengths) < width * 0.6:
        return None
    # A wrap breaks lines mid-sentence; short paragraphs of similar length each end one.
    open_ends = sum(not _CLOSED_END.search(s) for s in near)
    return width if open_ends / len(near) >= _WRAP_OPEN_SHARE else None


# A word broken at the end of a line by a hyphen ("ber-", "Jakarta-"), not a dash after a space.
_WORD_BREAK = re.compile(r"(?<![\s-])[^\W\d_]-$")


def hyphen_join(prev: str, line: str) -> str:
    """`prev`, ending in "word-", joined to `line`: "ber-" + "bincang" is "berbincang", but a
    doubled word keeps its hyphen ("masing-" + "masing"), as does a name ("Jakarta-" + "Bali")."""
    head = re.findall(r"[^\W\d_]+(?=-$)", prev)
    nxt = re.match(r"[^\W\d_]+", line)
    doubled = bool(head and nxt and head[0].lower().endswith(nxt.group().lower()))
    if line[:1].islower() and prev[-2:-1].islower() and not doubled:
        return prev[:-1] + line
    return prev + line


def unwrap(lines: list[str], joinable: Callable[[str], bool]) -> list[str]:
    """Join hard-wrapped lines back into paragraphs. `lines` keeps blank lines ("" = paragraph
    break); `joinable(line)` says whether a line may take part in a join (is text, not junk)."""
    width = wrap_width([s for s in lines if s])
    if width is None:
        return lines
    out: list[str] = []
    open_para = False  # the last line in `out` was broken by the wrap and continues
    for line in lines:
        if open_para and line and joinable(line):
            prev = out[-1]
            out[-1] = hyphen_join(prev, line) if _WORD_BREAK.search(prev) and line[0].islower() \
                else prev + line if prev.endswith("-") and not prev.endswith(" -") \
                else f"{prev} {line}"
        else:
            out.append(line)
        last = out[-1]
        open_para = bool(line) and joinable(line) and len(line) >= width * _WRAP_FULL
        if not line or not joinable(last):
            open_para = False
    return out


# A line that stops mid-sentence: a comma, an opening bracket or quote, a dash, or a word that
# cannot end a sentence. Copies of pages whose inline links became lines of their own look like
# "kata Donny kepada" / "Kompas.com" / ", Minggu (30/11/2025)."
_OPEN_END = re.compile(r"(?:[,(“‘\"–—-]|\b(?:dan|atau|di|ke|dari|yang|untuk|oleh|dengan|pada"
                       r"|kepada|bahwa|sebagai|para|sang|serta|dalam|akan|juga|adalah|ialah"
                       r"|yakni|yaitu|karena|sejak|hingga|sampai|antara|terhadap|tentang|bagi"
                       r"|menjadi|seperti|melalui|soal|bersama|the|of|and|to|in|for|by|on|at"
                       r"|with|from|a|an|that|as))$")
_CLOSED_END = re.compile(r"[.!?…:][\"'”’)\]]*$")
# A line that continues the one before: lower-case start or closing punctuation.
_CONTINUES = re.compile(r"[a-z]|[,.;:)\]”’%]")
_GLUE = re.compile(r"[,.;:)\]”’%]")  # joined without a space
_GLUED_DASHES = re.compile(r"\w[-–—]{2,}$")
_DASH_START = re.compile(r"[-–—]{1,2}\s")
# A lower-case byline under a standfirst ("oleh Tira Wulandari"): a line of its own.
_BYLINE_START = re.compile(r"(?:oleh|by)\s+(?:[A-Z][\w.'’-]*\s?){1,5}$")
_DOMAIN_START = re.compile(r"[\w-]+\.(?:com|co\.id|id|net)\b", re.IGNORECASE)
_TITLE_CASE_SHARE = 0.8
_MAX_FRAGMENT_WORDS = 5
_MAX_TAG_WORDS = 3
_MAX_DATELINE_WORDS = 6
_QUOTE_START = re.compile(r"[“\"]\S")
_MIN_INTRO_WORDS = 12  # a whole paragraph's sentence, not a link's few words


# "Bandarlampung (Antara Lampung) - ", "MEDAN (Waspada) – ", "JAKARTA, KOMPAS.com - "
_STAMP_START = re.compile(r"(?:[A-Z][\w.]*\s){0,2}[A-Z][\w.]*\s?\([A-Z][^()]{1,30}\)\s?[-–—]\s"
                          r"|[A-Z]{3,}(?:\s[A-Z]{3,}){0,2},\s[\w.]{2,30}\s?[-–—]\s")
_BULLETS = frozenset({"-", "–", "•", "*", "·", "▪"})
_MIN_ITEM_WORDS = 4
_LOWER_BRAND = re.compile(r"[a-z][a-z0-9]{5,24}")  # "kabarkita", "newsmetrontb"


def join_fragments(lines: list[str], is_text: Callable[[str], bool]) -> list[str]:
    """Rejoin sentences a copy broke around inline links. `lines` keeps blank lines ("");
    `is_text(line)` says whether a line may be article text (not page furniture)."""
    out: list[list[str]] = []  # each output line as the pieces it was joined from
    for i, line in enumerate(lines):
        j = len(out) - 1
        while j >= 0 and not out[j]:
            j -= 1  # the last non-blank line
        prev = "".join(out[j]) if j >= 0 else ""
        # a blog's lower-case name as the page's first line over its tagline ("kabarkita" /
        # "catatan seorang ..."): the logo, no sentence's first word
        logo = j >= 0 and not any(out[:j]) and len(out[j]) == 1 and _LOWER_BRAND.fullmatch(prev)
        if line and j >= 0 and len(out[j]) == 1 and prev in _BULLETS and _CLOSED_END.search(line) \
                and len(line.split()) >= _MIN_ITEM_WORDS and is_text(line):
            # round 29: a list whose marker a copy set on a line of its own ("-" / "Presensi
            # daring tiga kali sehari." / "-" / "Tugas akhir ..."): the item, without its marker
            out[j] = [line]
            del out[j + 1:]
            continue
        if line and prev and not logo and _joins(prev, line, _next_text(lines, i),
                                    blank=j < len(out) - 1, is_text=is_text):
            glue = "" if _GLUE.match(line) or prev.endswith(("(", "“", "‘")) else " "
            if _WORD_BREAK.search(prev) and line[0].islower():
                # "ber-" / "bincang": one word broken at the line's end
                out[j][-1] = hyphen_join(out[j][-1], line)[:-len(line)]
                glue = ""
            out[j].append(glue + line)
            del out[j + 1:]
        else:
            out.append([line] if line else [])
    return [s for pieces in out for s in _settle(pieces)]


def _settle(pieces: list[str]) -> list[str]:
    """A joined line, or its pieces again when they never made a sentence: a run of tag or
    button words ("mudik" / "contraflow" / "tol cikampek") is not a broken sentence."""
    joined = "".join(pieces)
    if not pieces:
        return [""]
    if len(pieces) > 1 and not _CLOSED_END.search(joined) \
            and all(len(p.split()) <= _MAX_TAG_WORDS for p in pieces):
        return [p.strip() for p in pieces]
    return [joined]


def _next_text(lines: list[str], i: int) -> str:
    """The next non-blank line after index i."""
    return next((s for s in lines[i + 1:] if s), "")


def _joins(prev: str, line: str, after: str, *, blank: bool,
           is_text: Callable[[str], bool]) -> bool:
    """Whether `line` continues `prev` (with `after` the line that follows it)."""
    if _CLOSED_END.search(prev) or not is_text(prev):
        return False
    strong_end = bool(_OPEN_END.search(prev))
    starts_on = bool(_CONTINUES.match(line)) and not _DOMAIN_START.match(line)
    if _STAMP_START.match(line):
        # round 29: a line that opens with a dateline opens the story; a pull quote cut at
        # its comma above it ("Kalau hari biasa ..., " / "Bandarlampung (Antara) - ...") or a
        # teaser's clipped lead is no sentence it finishes
        return False
    if _title_case(prev) and not strong_end and not _GLUE.match(line):
        return False  # a headline ends where it ends
    if blank and not (strong_end or (starts_on and not line[0].isalpha())):
        return False
    if starts_on:
        return not _BYLINE_START.match(line)  # "oleh Rina" under a standfirst is its byline
    if _DASH_START.match(line):  # "JAKARTA, KOMPAS.com" / "– Harga ...", not "- item" lists
        # (round 23: nor the first item of a dashed list, "Daily Roundup" / "- X." / "- Y.";
        # round 37: nor an advert's label in dashes, "Must Read" / "- Advertisement -")
        return (len(prev.split()) <= _MAX_DATELINE_WORDS and not _DASH_START.match(prev)
                and is_text(line)
                and line.lstrip("-–— ")[:1].isupper() and not _DASH_START.match(after))
    if prev.endswith(("–", "—", "-")):
        # "JAKARTA -" / "Harga ...": a dateline is short; a caption closing "...(Name/X)-" is
        # not one, nor is "Banner ... 2025--" (alt text).
        return not _GLUED_DASHES.search(prev) and len(prev.split()) <= _MAX_DATELINE_WORDS
    if prev.endswith(",") and _QUOTE_START.match(line) and _CLOSED_END.search(line) \
            and len(prev.split()) >= _MIN_INTRO_WORDS:
        # "... mengatakan ..., " over "“Kalau ...,” kata Sri.": a speaker's paragraph that
        # introduces a quotation set as a paragraph of its own, whole; a link breaks a
        # sentence in pieces, never before its quotation
        return False
    words = line.split()
    fragment = len(words) <= _MAX_FRAGMENT_WORDS and not _CLOSED_END.search(line)
    # An inline link: a short piece between two halves of a sentence.
    if fragment and (_CONTINUES.match(after or "X") or line.endswith(",")) and not blank:
        return True
    return strong_end and is_text(line) and not blank


def _title_case(text: str) -> bool:
    """Most longer words capitalised: a headline, not a sentence broken mid-way."""
    words = [w for w in re.findall(r"[^\W\d_]+", text) if len(w) >= 4]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= _TITLE_CASE_SHARE * len(words)


_MIN_REPEATED_HEADLINE_WORDS = 4
# A lead runs long; a picture's caption glued after its headline as alt text
# ("... Diringkus Warga Unit Reskrim Polsek Medan Baru.") is a few words.
_MIN_GLUED_LEAD_WORDS = 15


def headline_repeats_split(lines: list[str]) -> list[str]:
    """Without a headline glued again before the lead under it ("Kalimaya FC Buka Seleksi ...
    Jadwalnya" over "Kalimaya FC Buka Seleksi ... Jadwalnya Manajemen Kalimaya FC membuka
    ..."): a card's headline and its lead, whose first words repeat the line above."""
    out = list(lines)
    for k in range(1, len(out)):
        above, line = out[k - 1], out[k]
        if len(above.split()) >= _MIN_REPEATED_HEADLINE_WORDS and not FINAL.search(above) \
                and line.startswith(above + " ") and line[len(above) + 1:][:1].isupper() \
                and FINAL.search(line) and len(line.split()) - len(above.split()) \
                >= _MIN_GLUED_LEAD_WORDS:
            out[k] = line[len(above) + 1:]
    return out


# A site's greeting to its readers glued before the lead ("Hai Kamu Urang Tuban Terbaik!Puluhan
# ..."), and its sign-off template glued after the last sentence with no space at any stop
# ("... panel PJU.Nah, gimana?Yuk Semangat!Proud to be ..."): three such stops in a row are no
# abbreviation ("H.Zulkarnain", "Muh.Ali" glue one).
_GLUED_GREETING = re.compile(r"^(?i:hai|halo|hallo|hello|hi)\b[^.!?\n]{2,60}!(?=[A-Z][a-z])")
_GLUED_STOP = re.compile(r"(?<=\w\w[.!?])(?=[A-Z][a-z]{2})")
_MIN_GLUED_STOPS = 3
_MAX_TEMPLATE_WORDS = 25


def split_template(line: str) -> list[str]:
    """A line without the greeting glued before it and the sign-off glued after it."""
    pieces = [line]
    if (m := _GLUED_GREETING.match(line)) is not None:
        pieces = [line[:m.end()], line[m.end():]]
    stops = list(_GLUED_STOP.finditer(pieces[-1]))
    if len(stops) >= _MIN_GLUED_STOPS and " " in pieces[-1][:stops[0].start()]:
        cut = stops[-_MIN_GLUED_STOPS].start()
        if len(pieces[-1][cut:].split()) <= _MAX_TEMPLATE_WORDS:  # the template is short
            last = pieces.pop()
            pieces += [last[:cut], last[cut:]]
    return pieces


# Round 24. A release's paragraphs joined on one line by runs of spaces where its breaks were
# (a copy of a ministry's page: "... Senin (09/02).   “Kami ingin ...,” jelas Hendra.   Hendra
# menambahkan, ..."): two or more such runs after sentence ends are the page's breaks; one
# run is a stray double space inside a paragraph. A radio's shouted ticker of headlines
# ("... PEKAN DEPAN.    PEMKAB SEMARANG ...") is one widget, not paragraphs.
_SPACED_BREAK = re.compile(r"(?<=[.!?\"”’)])[ \u00a0]{3,}(?=[\"“‘(]?[A-Z])")
_MIN_SPACED_BREAKS = 2


def split_spaced(line: str) -> list[str]:
    """A line whose paragraphs the page set apart by runs of spaces, as its paragraphs."""
    if len(_SPACED_BREAK.findall(line)) < _MIN_SPACED_BREAKS \
            or sum(c.islower() for c in line) < sum(c.isupper() for c in line):
        return [line]
    return _SPACED_BREAK.split(line)

"""Pure: text pasted as one long line -> the same text broken into lines the cleaner reads.

A page copied into a CSV or JSON cell, a chat app or `echo "$text"` loses its line breaks:
headline, date line, byline, caption, dateline, paragraphs and footer come as one line, and
the cleaner, which judges a page line by line, finds no story in it. `unwrap` puts breaks
back where the page had them by shape: at sentence ends (segment.py's splitter, so "Dr." and
"(3/3/2023)" stay whole) and before and after the page furniture the cleaner's tables know
(date lines, bylines, labels, datelines, share rows). Text that is not run-on comes back as
it was, byte for byte. A paragraph's sentences come back one a line: where the page's
paragraphs were cannot be told from the text."""

from __future__ import annotations

import re

from .boilerplate import END_MARKERS, FURNITURE, RELATED_HEADERS, WIDGET_WORDS
from .dateline_names import is_place
from .datelines import match_dateline
from .dates import PATTERNS as DATE_PATTERNS
from .runon_head import HEADLINE_SMALL, repeat_cuts, split_header
from .runon_lead import lead_tail
from .segment import split_sentences

# A line this long holding several sentences is a page run together, whatever it holds.
LONG_LINE = 1500
MIN_SENTENCES = 3
# A shorter line is run-on only when it also holds page furniture inside it (a page's own
# paragraphs, however long, carry no date line or byline label in their middle).
SHORT_LINE = 400
MIN_SHORT_SENTENCES = 2
# Furniture inside the line: a page's own long paragraph may carry one credit glued to its end
# ("... desa. Editor : Tim Humas"), which the cleaner reads already; a page run together
# carries its headline's date line, byline, caption and footer.
MIN_SHORT_CUTS = 3
MIN_LONG_CUTS = 2
# A text of this few lines with a long one in it is a paste that lost its breaks ("a few huge
# lines"): two pieces of furniture inside the long line are enough (one may be a credit glued
# to the end of a page's single paragraph).
MAX_FEW_LINES = 3
MIN_FEW_CUTS = 2

# Labels that open a furniture line: a byline's role, a source or photo credit, a tag list,
# a related link, pagination or a share row ("Editor: Rina", "Baca juga: ...", "Tags: ...").
_LABEL = re.compile(
    r"(?:(?i:penulis|editor|reporter|pewarta|redaktur|penyunting|fotografer|kontributor"
    r"|wartawan|oleh|writer|author|sumber|foto|photo|tags?|topik|halaman|share|bagikan"
    r"|(?:baca|lihat|simak|cek)\s+(?:juga|pula)|read also|also read|editor'?s? picks?"
    r"|pilihan editor|berita terkait|artikel terkait|laporan wartawan|laporan|rep|red"
    r"|copyright))\s*:"
    r"|(?:BACA JUGA|Baca Juga|Baca juga)\b|(?:©|Copyright ©|Hak [Cc]ipta)"
    # A byline without a colon: "Oleh Rina", "By Rina", "Laporan Reporter Tribun, Bayu".
    r"|(?:Oleh|OLEH|By|BY|Ditulis oleh|Written by|Laporan (?i:reporter|wartawan))\s+(?=[A-Z])")
# Labels standing alone, shouted or as a page prints them: a line of their own, before and after.
_BARE = re.compile(
    r"(?:ADVERTISEMENT|SCROLL TO CONTINUE WITH CONTENT|SCROLL TO RESUME CONTENT|BAGIKAN"
    r"|IKLAN|Advertisement|loading\.{0,3}|Loading\.{0,3}|A\s?[+-]?\s?A\s?[+-]?(?:\s?A\b)?)"
    r"(?=\s|$)")
# What a page prints after a paragraph's last sentence that opens no sentence, so the sentence
# splitter leaves it glued on: a symbol ("... tahun ini. • Berita Lain"), a site's address in
# lower case ("... tersedia. tirto.id - Pendidikan"), a desk's initials before the next line
# ("... tegas Rusdi. (ndi/adv) DPRD Kaltim ...").
_GLUED_TAIL = re.compile(r"(?<=[.!?])[\"”’]?\s+(?:\([^()\s]{1,40}\)\s+(?=[A-Z])"
                         r"|(?=[•·|\[\]»›]|[a-z][\w-]*\.(?:com|id|co|net)\b))")
# A photo caption's shouted kicker ("CEK KESEHATAN: Petugas memeriksa ..."): a caption opens.
# The caption is prose (a lower-case word within its first three); "BMKG: Gempa Cianjur
# Dipicu ..." is a headline.
_KICKER = re.compile(r"(?<=\s)[A-Z]{3,}(?:\s[A-Z]{2,}){0,3}\s?:\s"
                     r"(?=[A-Z]\S*(?:\s\S+){0,2}?\s[a-z])")
# Words of a date line around its date: "Diterbitkan", "Published", "Diperbarui", a separator.
_DATE_LABEL = re.compile(
    r"(?:(?i:diterbitkan|dipublikasikan|published|posted|terbit|tayang|diperbarui|updated"
    r"|update|pembaruan|on)\s*:?\s*){1,2}$")
# An outlet's address and a separator before a date line's date ("TEMPO.CO | 10/02/2026").
_DATE_SOURCE = re.compile(r"(?:[\w-]+\.(?i:com|co|co\.id|id|net|news)\s*)?[|•·/–-]\s*$")
_ZONE_TAIL = re.compile(r"\s*(?:WIB|WITA|WIT|GMT|UTC)\b")
# A token that may open a dateline: a shouted name, a domain, or a capitalised word.
_DATELINE_START = re.compile(r"[A-Z][\w.'’-]*")
_WORD = re.compile(r"[^\W\d_]+")
_SHARE_WORDS = frozenset((
    "bagikan", "share", "facebook", "twitter", "whatsapp", "telegram", "linkedin", "copy", "salin",
    "tautan", "link", "email", "print", "cetak", "tweet",
))
_MAX_TABLE_TOKENS = 10  # a table's short furniture row ("Berita Terkait", "Halaman 1 2 3")


def unwrap(text: str) -> str:
    """The text re-broken into lines when it is run-on; any other text unchanged."""
    lines = text.split("\n")
    filled = sum(bool(line.strip()) for line in lines)
    marked = [run_on(line, filled) for line in lines]
    if not any(marked):
        return text
    if filled <= MAX_FEW_LINES:
        # A few huge lines: a short one beside them is the page's header or footer run
        # together too ("Menu Headline Date Byline"), however few its sentences.
        marked = [m or len(_cuts(line)) >= MIN_FEW_CUTS for m, line in zip(marked, lines,
                                                                          strict=True)]
    out: list[str] = []
    for line, broken in zip(lines, marked, strict=True):
        pieces = rebreak(line) if broken else [line]
        # round 37: on a page that keeps its other breaks, the line is its header run together
        # with the lead, whose sentences stay one paragraph
        out.extend(lead_tail(pieces) if broken and filled > MAX_FEW_LINES else pieces)
    return "\n".join(out)


def run_on(line: str, lines: int = 2 * MAX_FEW_LINES) -> bool:
    """Whether one line is a page run together: long, with several sentences and furniture
    inside it (less of it when the text has only a few lines, `lines` non-empty ones)."""
    if len(line) < SHORT_LINE:
        return False
    sentences = len(split_sentences(line))
    if sentences < MIN_SHORT_SENTENCES:
        return False
    if lines == 1 and sentences >= MIN_SENTENCES:
        return True  # the whole text one line: nothing else says where its parts were
    cuts = len(_inner_cuts(line))
    if lines <= MAX_FEW_LINES:
        return cuts >= MIN_FEW_CUTS
    if len(line) >= LONG_LINE and sentences >= MIN_SENTENCES:
        return cuts >= MIN_LONG_CUTS
    return cuts >= MIN_SHORT_CUTS


def rebreak(line: str) -> list[str]:
    """The line's pieces: its sentences, each cut before and after the furniture inside it,
    and a headline glued to the lead cut from it."""
    out: list[str] = []
    cut_at = [0, *repeat_cuts(line), len(line)]
    parts = [line[a:b] for a, b in zip(cut_at, cut_at[1:], strict=False)]
    for sentence in (s for part in parts for s in split_sentences(part)):
        cuts = sorted(_cuts(sentence))
        start = 0
        for cut in cuts:
            piece = sentence[start:cut].strip()
            if piece:
                out.append(piece)
            start = cut
        if sentence[start:].strip():
            out.append(sentence[start:].strip())
    return split_header(_with_credits(out))


# A photo's credit after its caption ("... ke Ukraina. FOTO/Reuters"): the caption's own line,
# where the cleaner reads the pair as a caption (alone, the caption reads as a sentence).
_PHOTO_CREDIT = re.compile(r"(?:FOTO|Foto|foto|PHOTO|Photo|DOK|Dok|Ilustrasi|ILUSTRASI)"
                           r"\s*[/:.]\s*\S+(?:\s\S+){0,4}")


# A bracketed credit closing a caption, "(KOMPAS.com/ADITYA PRATAMA)", that the splitter left
# opening the next sentence.
_BRACKET_CREDIT = re.compile(r"\([^()\s]+/[^()]{2,40}\)\s+(?=[A-Z])")


def _with_credits(pieces: list[str]) -> list[str]:
    """The pieces with each photo credit put back after the caption before it."""
    out: list[str] = []
    for piece in pieces:
        credit = _BRACKET_CREDIT.match(piece)
        if out and credit and out[-1].endswith((".", "”", '"')):
            out[-1] = f"{out[-1]} {credit.group().strip()}"
            piece = piece[credit.end():]
        if out and _PHOTO_CREDIT.fullmatch(piece) and out[-1].endswith((".", "”", '"')):
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return out


def _inner_cuts(line: str) -> set[int]:
    """Cuts strictly inside the line (a line that only opens with a label is a normal one)."""
    return _cuts(line)


def _cuts(text: str) -> set[int]:
    """Offsets in the text where a new line starts."""
    dates = _date_spans(text)
    cuts = {c for span in dates for c in span}
    labels = list(_LABEL.finditer(text))
    # Dates and labels found whole: no dateline starts inside them ("14:05 WIB ANTARA - ").
    spans = dates + [m.span() for m in labels]
    cuts.update(m.start() for m in labels)
    for m in _BARE.finditer(text):
        if m.start() == 0 or text[m.start() - 1] == " ":
            cuts.update(m.span())
            spans.append(m.span())
    cuts.update(m.end() for m in _GLUED_TAIL.finditer(text))
    cuts.update(m.start() for m in _KICKER.finditer(text)
                if not match_dateline(text[m.start():]))  # "PADANG: ..." opens the lead
    datelines = _dateline_cuts(text, spans)
    cuts |= datelines
    for start, end in _table_spans(text):
        # A menu row ends where a dateline opens ("BAGIKAN JAKARTA - ...": "jakarta" is a
        # section's name too).
        cuts.update((start, min([d for d in datelines if start < d < end] or [end])))
    for m in labels:
        # A byline's name and a link's headline end early; a caption, a footer, a tag list
        # run to the next cut.
        if _NAMED_LABEL.match(m.group()) or _CREDIT_LABEL.match(m.group()):
            upto = min([c for c in cuts if c > m.end()] or [len(text)])
            end = _label_end(text[:upto], m.end())
            # A photo's credit is a name or two ("Foto: Dok. Humas"); a caption is prose.
            if _NAMED_LABEL.match(m.group()) or all(
                    len(text[m.end():c].split()) <= _MAX_CREDIT_WORDS for c in end):
                cuts |= end
    indent = len(text) - len(text.lstrip())
    return {c for c in cuts if indent < c < len(text.rstrip())}


def _date_spans(text: str) -> list[tuple[int, int]]:
    """A date line's date (and time, and its label) inside the text: a line of its own, unless
    prose names the date ("pada Kamis, 2 Maret 2023 ...") or it is bracketed ("(2/3/2023)")."""
    spans: list[tuple[int, int]] = []
    for pattern in DATE_PATTERNS:
        for m in pattern.finditer(text):
            start, end = m.start(), m.end()
            before = text[:start]
            if before.rstrip().endswith(("(", ",")) or text[end:end + 1] == ")":
                continue
            prev = before.split()[-1] if before.split() else ""
            if prev.isalpha() and prev.islower() and not _DATE_LABEL.search(before):
                continue  # prose: "pada Kamis, 2 Maret 2023"
            label = _DATE_LABEL.search(before) or _DATE_SOURCE.search(before)
            if label:
                start = label.start()
            zone = _ZONE_TAIL.match(text, end)
            end = zone.end() if zone else end
            spans.append((start, end))
    return spans


def _label_end(text: str, at: int) -> set[int]:
    """Where a labelled piece ends: a byline's name or a related link's headline is a run of
    capitalised words, and the sentence after it opens with the run's last word (the one
    lower-case words follow); a token that is no word ends it too. Nothing when the piece
    runs to the next cut."""
    tokens = list(re.finditer(r"\S+", text[at:]))
    for i, tok in enumerate(tokens):
        word = tok.group()
        if word in _SEPARATORS or word[:1].isupper() or word[:1].isdigit():
            continue
        if word.lower() in HEADLINE_SMALL:
            continue  # "Baca juga: Stok Beras Aman hingga Lebaran"
        if not word[:1].isalpha():
            return {at + tok.start()} if i else set()  # "Editor: Rizal :quality(30)/..."
        head = i - 1
        while head > 0 and tokens[head].group().lower() in HEADLINE_SMALL:
            head -= 1
        if head >= 1 and tokens[head].group()[:1].isupper():
            return {at + tokens[head].start()}
        return set()
    return set()


_CREDIT_LABEL = re.compile(r"(?i:foto|photo)\b")
_MAX_CREDIT_WORDS = 3
# Labels whose piece is a name or a headline: bylines and related links.
_NAMED_LABEL = re.compile(
    r"(?i:penulis|editor|reporter|pewarta|redaktur|penyunting|fotografer|kontributor|wartawan"
    r"|oleh|writer|author|by|ditulis oleh|written by|laporan|rep|red|baca|lihat|simak|cek"
    r"|read also|also read|editor'?s? picks?|pilihan editor|berita terkait|artikel terkait"
    r"|sumber|tags?|topik|halaman|share|bagikan)\b")


_SEPARATORS = frozenset({"|", "-", "–", "/", "&", ",", "•", "·"})


def _table_spans(text: str) -> list[tuple[int, int]]:
    """Short rows of the cleaner's furniture tables found inside the text ("Berita Terkait",
    "Halaman 1 2", "Share Facebook Twitter"), each a line of its own: their spans."""
    spans: list[tuple[int, int]] = []
    tokens = list(re.finditer(r"\S+", text))
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        i += 1
        if not tok.group()[:1].isupper():
            continue
        for k in range(min(_MAX_TABLE_TOKENS, len(tokens) - i + 1), 0, -1):
            end = tokens[i + k - 2].end()
            span = text[tok.start():end]
            if _furniture_row(span) and (end == len(text) or _opens(text[end:])):
                spans.append((tok.start(), end))
                i += k - 1  # the row's own words open no row of their own
                break
    return spans


def _furniture_row(span: str) -> bool:
    """A row the tables name whole, that holds words (never a bare number)."""
    if not _WORD.search(span):
        return False
    words = [w.lower() for w in _WORD.findall(span)]
    if len(words) >= 2 and all(w in WIDGET_WORDS for w in words) \
            and any(w in _SHARE_WORDS for w in words):
        return True
    bare = span.rstrip(" :")
    return any(rx.fullmatch(bare) for table in (END_MARKERS, RELATED_HEADERS)
               for _kind, rx in table) and len(words) >= 2 \
        or any(rx.fullmatch(span) for kind, rx in FURNITURE
               if kind in ("loading", "advert", "pagination") and len(words) >= 1
               and span[:1].isupper())


def _opens(rest: str) -> bool:
    """Whether what follows could open a new line (a capital, digit or quote)."""
    first = rest.lstrip()[:1]
    return not first or first.isupper() or first.isdigit() or first in "\"“'‘(["


def _dateline_cuts(text: str, spans: list[tuple[int, int]]) -> set[int]:
    """A dateline inside the text ("... FOTO/Reuters NEW DELHI - Menteri ..."): a new line.
    Of the words before one dash, a known place opens it ("A A NEW DELHI -": "NEW DELHI"),
    else the first word that no furniture `spans` hold."""
    leads: dict[str, list[tuple[int, str | None]]] = {}
    # The text's own start is a candidate too: "Siak, Petah.id - ..." opens with its dateline,
    # whose later names open none; "BAGIKAN JAKARTA - ..." opens with a share row before it.
    for m in re.finditer(r"(?:^|(?<=\s))\S+", text):
        if not _DATELINE_START.match(m.group()):
            continue
        rest = text[m.start():]
        # Only a dash or colon a few words on makes a dateline; check that cheaply first.
        if not re.match(r"(?:\S+\s+){0,6}?\S*(?:\s[-–—]{1,2}|[-–—]{1,2}\s|:\s)", rest):
            continue
        if any(a <= m.start() < b for a, b in spans):
            continue
        found = match_dateline(rest)
        # "... Capai 1,5 Meter Kompas.com - 03/03/2023, 06:45 WIB": a date line, no dateline.
        if found and not any(p.match(found[2]) for p in DATE_PATTERNS):
            leads.setdefault(found[2], []).append((m.start(), found[0]))
    cuts = set()
    for starts in leads.values():
        placed = [at for at, place in starts if is_place(place)]
        cuts.add(placed[0] if placed else starts[0][0])
    return cuts

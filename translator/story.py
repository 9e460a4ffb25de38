"""Pure: where the story starts on a classified page (its dateline), and which of the lines
after that are the story's paragraphs."""

from __future__ import annotations

import re

from .boilerplate import INLINE_JUNK, QA_LINES, WIDGET_WORDS
from .boilerplate_chrome import PICTURE_LABEL
from .boilerplate_lists import aside_links, inline_links, long_links, roster_line
from .dateline_lone import weather_city
from .dateline_more import place_and_brand
from .datelines import Dateline, comma_dateline, is_place, match_dateline  # zones.py: the last
from .datelines import bare_dateline as _bare_dateline
from .decks import after_standfirst
from .headline import content_words, cried_headline, off_topic, title_cased
from .lead_zone import (dated_sentence, gallery_end, printed_again, summary_lines, window_title,
                        without_deck, without_release_label)
from .lines import FINAL, Line, headline_like, is_prose, name_and_place
from .metadata import repeats_title, title_of
from .section_heads import lost_links, section_led_head, short_head
from .shapes import (bare, closing_initials, is_speech, is_teaser_cut, reported_speech,
                     without_initials)
from .signoff_tails import closes_story
from .story_marks import bulleted_head, schedule_row, teaser_caption
from .story_edges import MORE_WORDS as _MORE_WORDS
from .story_edges import (
    closed_headline,
    crosshead_past_lead,
    crossheads_on_topic,
    full_date,
    header_twice,
    key_points,
    quote_intro,
    runs_crossheads,
    sentence_head,
    short_between,
    stopless_caption,
)

_SECTION_KINDS = {"end", "qa", "related"}
_MODE_RANK = ("body", "related", "end", "qa", "signed")  # a later header never lowers it
_MIN_SIGNED = 3  # paragraphs above a byline that closes the story (a box or teaser below it)
_MAX_BUTTON_WORDS = 3  # "Lihat Foto", "Tutup", "Muat Lainnya": never a paragraph
_MIN_CROSSHEAD_WORDS = 1  # "Harga" between two paragraphs: a one-word crosshead
_INTRO = re.compile(r"[A-Z].*\s.*\s.*\s.*:")  # a sentence of four words or more announcing a quote
_CROSSHEAD_PARTICLES = frozenset({"di", "ke", "dan", "untuk", "dari", "yang", "of", "the", "and",
                                  "for", "in", "to",
                                  # round 29: "Manfaat bagi Peternak", "Kerja Sama dengan Desa"
                                  "bagi", "dengan", "pada", "atau", "tanpa", "demi", "on", "with"})
# How many lines past the first full paragraph may still hold the dateline: a caption that
# reads like a sentence can come before it.
_DATELINE_LOOKAHEAD = 3
_SHOUTED = re.compile(r"[A-Z]{3,}(?: [A-Z]{2,})*,")  # a shouted place before its comma
_MIN_LEAD_WORDS = 20  # shorter full sentences above the lead are captions or summary bullets
_MAX_CREDIT_WORDS = 6  # a credit on a line of its own: desk, photographer
_MAX_CAPTION_WORDS = 45
_MAX_LEAD_CAPTION_WORDS = 25  # a caption above the lead is short; a lead runs longer
_LOGO_LINES = 5  # the page's top lines, where its logo or site name stands

# English function words that no Indonesian sentence uses: the line is English.
_ENGLISH_WORDS = frozenset({"the", "of", "and", "to", "is", "are", "for", "with", "an"})
_MIN_ENGLISH_WORDS = 2


def _english(text: str) -> bool:
    """Whether a line reads as English (two of its function words)."""
    return sum(w.lower().strip(".,;:") in _ENGLISH_WORDS for w in text.split()) \
        >= _MIN_ENGLISH_WORDS


# --- where the body starts --------------------------------------------------------------------

def _shouted(text: str) -> bool:
    """A line in capitals throughout (a radio site's running ticker of headlines): no story's
    paragraph is written so."""
    return not any(c.islower() for c in text) and sum(c.isupper() for c in text) >= _MIN_SHOUTED


_MIN_SHOUTED = 40


def body_start(lines: list[Line]) -> tuple[int, str | None, str | None, str | None]:
    """Index of the first body line, its dateline place and outlet, and its text sans dateline."""
    summary = summary_lines(lines) | key_points(lines)
    decks = header_twice(lines)
    past = gallery_end(lines)  # a sidebar's photo gallery over the story's date: no lead
    prose = [i for i, ln in enumerate(lines)
             if ln.kind == "text" and is_prose(ln.text) and i not in summary | decks and i >= past
             and not _shouted(ln.text) and not closed_headline(ln.text)]
    # a slider's teaser cut off by the page ("... dari berbagai dusun...") is no lead while
    # a full paragraph follows it
    prose = [i for i in prose if not is_teaser_cut(lines[i].text)] or prose
    # A short sentence right under a lone photo credit is its caption, when a story follows.
    first_prose = next((i for i in prose if not (
        i and under_credit(lines, i, lines[i].text)
        and len(lines[i].text.split()) <= _MAX_LEAD_CAPTION_WORDS)), prose[0] if prose else None)
    if first_prose is not None and match_dateline(lines[first_prose].text) is None:
        first_prose = quote_intro(lines, after_standfirst(lines, first_prose))
    limit = len(lines) if first_prose is None else first_prose + _DATELINE_LOOKAHEAD + 1
    for i, ln in enumerate(lines[:limit]):
        if i < past:
            continue
        found = _dateline_at(lines, i)
        # Past the first full paragraph only an unmistakable dateline counts ("JAKARTA -",
        # "X, KOMPAS.com -", "Jakarta. ", or after mere captions); "Namun, Menteri -" in
        # paragraph two is not one.
        if found and (first_prose is None or i <= first_prose or found[1]
                      or (found[0] or "").isupper() or is_place(found[0])
                      or all(len(x.text.split()) < _MIN_LEAD_WORDS
                             for x in lines[first_prose:i] if x.kind == "text")):
            later = _outlet_dateline(lines, i, limit) if not found[1] \
                and not is_place(found[0]) else None
            if later is not None:
                return later  # "BANJIR DEMAK - <caption>" above "TRIBUNJATENG.COM, DEMAK -"
            return i, found[0], found[1], found[2]
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        split = _split_dateline(lines, i)
        if split is not None:
            return i + 1, split[0], split[1], split[2]
        # a shouted place over its date reads as a date line: "SUMBAWA BESAR, SR (12/3/2026)"
        if (nxt is not None and (ln.kind != "date" or _SHOUTED.match(ln.text))
                and nxt.kind == "text" and is_prose(nxt.text) and match_dateline(nxt.text) is None):
            if ln.kind == "byline":
                # "HENDRI UTOMO, Kulonprogo" over the lead: the byline names the place too
                filed = name_and_place(ln.text)
                bare = (filed[1], None) if filed else None
            else:
                bare = _bare_dateline(ln.text, tuple(x.text for x in lines[:_LOGO_LINES])) \
                    or place_and_brand(ln.text)  # "Kefa, Lentira" over the lead
            if bare and not (bare[1] is None and not is_place(bare[0])
                             and _english(nxt.text)) and not printed_again(lines, i) \
                    and not crosshead_past_lead(lines, first_prose, i, bare,
                                                _MIN_LEAD_WORDS):
                # "GATHERINGS:" over an English line: a shouted word no table knows is a rubric
                # there; only Indonesian sites shout their place alone ("PEKANBARU").
                later = _outlet_dateline(lines, i, limit) if not bare[1] \
                    and not is_place(bare[0]) else None
                if later is not None:
                    return later  # "INTERVIU" over its blurb, then "FLORESKITA.COM | ..."
                return i + 1, bare[0], bare[1], nxt.text
    if first_prose is not None:
        if (comma := comma_dateline(lines[first_prose].text)) is not None:
            return first_prose, comma[0], None, comma[1]
        lead = lines[first_prose].text
        return first_prose, _place_over_date(lines[:first_prose]), None, \
            without_rubric(lead) or without_release_label(lead) or without_deck(lead)
    # No full paragraph at all: the body follows the headline, if there is one.
    texts = [i for i, ln in enumerate(lines) if ln.kind == "text"]
    if len(texts) > 1 and title_of(lines[texts[0]:texts[0] + 1]):
        return texts[0] + 1, None, None, None
    return 0, None, None, None


# A lead that opens with the dash of a dateline whose names stand on the line above.
_DASH_LEAD = re.compile(r"[-–—]{1,2}\s*(?=[A-Z\"“‘])")
_MAX_SPLIT_NAME_WORDS = 5  # "ARCOM NEWS, Jambi", "Kota Bengkulu", "KENDARI24.COM"


def _split_dateline(lines: list[Line], i: int) -> Dateline | None:
    """A dateline split over two lines: the names alone on line `i` ("ARCOM NEWS, Jambi",
    "Jambi", "KENDARI24.COM") and the dash opening the lead below ("– Pemerintah ...")."""
    ln, nxt = lines[i], lines[i + 1] if i + 1 < len(lines) else None
    if nxt is None or ln.kind != "text" or nxt.kind != "text" or FINAL.search(ln.text) \
            or len(ln.text.split()) > _MAX_SPLIT_NAME_WORDS or not _DASH_LEAD.match(nxt.text) \
            or not is_prose(nxt.text):
        return None
    found = match_dateline(f"{ln.text} {nxt.text}", tuple(x.text for x in lines[:_LOGO_LINES]))
    return found if found and (found[0] or found[1]) else None


_CAPTION_THEN_CREDIT = re.compile(r"[^()]*\s[a-z][^()]*\([^()]+\)\.?")


def under_credit(lines: list[Line], i: int, text: str) -> bool:
    """A caption under its photo credit: the line right below a credit that stands alone
    ("KOMPAS.com/NAME", "ANTARA/Name") and is one sentence of description, not speech."""
    above = lines[i - 1]
    # "Pedagang di pasar sementara Wates (Istimewa)": a caption that carries its own credit
    # has no second caption below it
    captioned = _CAPTION_THEN_CREDIT.fullmatch(above.text)
    return (above.kind == "caption-credit" and len(above.text.split()) <= _MAX_CREDIT_WORDS
            and not captioned and len(text.split()) <= _MAX_CAPTION_WORDS and text.count(". ") == 0
            and not reported_speech(text))


def _place_over_date(header: list[Line]) -> str | None:
    """A known place alone on its line right above the date line ("Jakarta" / "Tue, March
    18, 2025 | 04:12 pm"): the story's dateline, printed in the header; not the city of a
    weather widget ("29.4 C" / "Singaraja" / "Thursday, March 5, 2026")."""
    for i, ln in enumerate(header[:-1]):
        found = _bare_dateline(ln.text) if ln.kind in ("text", "widget") else None
        if found and found[0] and not found[1] and is_place(found[0]) \
                and header[i + 1].kind in ("date", "byline") and header[i + 1].date \
                and not weather_city([x.text for x in header], i):
            return found[0]
    return None


# "NASIONAL – Pemerintah ...": the section's name where a dateline would stand.
_RUBRIC = re.compile(r"(?P<rubric>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)\s*[-–—|]{1,2}\s+"
                     r"(?P<rest>[A-Z\"“].*)")


def without_rubric(text: str) -> str | None:
    """The lead without the rubric it opens with ("NASIONAL – ", "Berita Lokal - "), a section
    name no place shares; None when it opens with none."""
    m = _RUBRIC.fullmatch(text)
    if m is None or is_place(m.group("rubric")) \
            or not all(w.lower() in WIDGET_WORDS for w in m.group("rubric").split()):
        return None
    return m.group("rest")


def _dateline_at(lines: list[Line], i: int) -> Dateline | None:
    """The dateline line `i` opens with, unless it is a teaser cut off with "..." (another
    article's lead) or a caption's kicker right under its photo credit."""
    ln = lines[i]
    if ln.kind != "text" or is_teaser_cut(ln.text):
        return None
    # the page's own names (its logo lines) tell a shouted outlet from a shouted place
    found = match_dateline(ln.text, tuple(x.text for x in lines[:_LOGO_LINES]))
    if found and not found[1] and i and lines[i - 1].kind == "caption-credit" \
            and not is_place(found[0]):
        return None  # "TRIBUNJATENG/NAME" over "BANJIR DEMAK - Warga menyeberangi ..."
    if found and not FINAL.search(_tidy(found[2])) and any(
            match_dateline(x.text) for x in lines[i + 1:i + 1 + _DATELINE_LOOKAHEAD]
            if x.kind == "text"):
        return None  # a teaser cut off mid-sentence ("... akan didominasi oleh") over the lead
    if found and found[1] and window_title(lines, i, found[2]):
        return None  # "Blog Name: Post Title" over its headline printed again (lead_zone.py)
    return found


def _outlet_dateline(lines: list[Line], i: int, limit: int
                     ) -> tuple[int, str | None, str | None, str | None] | None:
    """A dateline naming the outlet a few lines below line `i`: the story's, when line `i`'s
    dateline names neither outlet nor known place (a caption's kicker)."""
    for j in range(i + 1, min(limit + _DATELINE_LOOKAHEAD, len(lines))):
        found = _dateline_at(lines, j)
        if found and found[1]:
            return j, found[0], found[1], found[2]
    return None


# --- the body ---------------------------------------------------------------------------------

_BRACKETED_LINE = re.compile(r"\([^()]{20,}\)")
_TRANSLATED = re.compile(r"(?i)(?:the )?original (?:article|story) (?:is |was )?(?:written )?in "
                         r"\w+\b.{0,60}|(?:artikel|berita) asli(?:nya)? (?:dalam bahasa|"
                         r"berbahasa) \w+\b.{0,60}")


def body(lines: list[Line], first_text: str | None, title: str | None,
         drop: frozenset[int] = frozenset()) -> list[str]:
    """The article's paragraphs, every part of the page that is not the story left out;
    `drop` holds the indexes of lines the zones showed to be furniture."""
    kept: list[str] = []
    listing = False
    mode = "body"  # "related": under a "Baca juga" header; "end": past the article; "qa"
    for i, ln in enumerate(lines):
        opening = i == 0 and first_text is not None
        if i in drop and not opening:
            continue
        text = first_text if opening else ln.text
        if not opening and _TRANSLATED.fullmatch(ln.text):
            mode = "signed"  # a translator's credit: the original, in its language, follows
            continue
        if not opening and ln.kind != "text" and not (listing and schedule_row(ln.text)):
            if ln.kind in _SECTION_KINDS and (kept or ln.kind == "related"):
                mode = max(mode, ln.kind, key=_MODE_RANK.index)
            elif ln.kind == "pagination" and mode == "related":
                mode = "body"  # "2 dari 3 halaman" past a block of links: the story's next page
            elif closes_story(ln.kind, ln.text) and sum(map(is_prose, kept)) >= _MIN_SIGNED:
                mode = max(mode, "end", key=_MODE_RANK.index)  # "Oleh: Redaksi", "Sumber : Humas"
            continue
        if title and repeats_title(text, title):
            mode = "body"  # the next page of a multi-page article begins
            continue
        numbered = _next_item(text, kept) and _resumes(lines, i + 1)  # "2. ..." after "1. ..."
        if mode in ("qa", "signed") or (mode == "end" and not _resumes(lines, i) and not numbered):
            continue
        if mode == "related" and (headline_like(bare(text)) or cried_headline(text)
                                  or teaser_caption(lines, i)) and not lost_links(lines, i, kept) \
                and not is_speech(text) and not _next_item(text, kept):
            continue
        mode = "body"
        if QA_LINES.fullmatch(text) and kept:
            mode = "qa"
            continue
        if (head := bulleted_head(lines, i, kept)) is not None:  # "• Latar Belakang"
            text = head
        if head is None and len(text.split()) <= _MAX_BUTTON_WORDS and not FINAL.search(text) \
                and not (listing or _crosshead(lines, i, kept) or short_head(lines, i, kept)):
            continue  # a button or a word left over from a widget
        if PICTURE_LABEL.fullmatch(text) or (not opening and stopless_caption(lines, i)):
            continue  # "Banner image: ...", "Bupati saat meninjau ...": a picture's caption
        if _BRACKETED_LINE.fullmatch(text) and i + 1 < len(lines) \
                and lines[i + 1].kind == "initials":
            continue  # "(Aktris ... ke layar lebar.)" over the desk's code: another story's teaser
        kept.append(_tidy(text))
        if closing_initials(text) and is_prose(kept[-1]):
            mode = "signed"  # the desk's sign-off closes the story; teasers follow it
        # Items of a list the story announces ("... berikut:") may be short.
        listing = text.endswith(":") or (listing and not is_prose(text))
    return _drop_headline_runs([p for p in kept if p])


_NUMBERED = re.compile(r"(?P<n>\d{1,2})\.\s+[A-Z\"“]")


def _next_item(text: str, kept: list[str]) -> bool:
    """The next item of a numbered list the story runs ("2. Lantai Dua ..." after "1. ..."),
    even under the link to that item's own article."""
    m = _NUMBERED.match(text)
    if m is None or int(m["n"]) < 2:
        return False
    want = f"{int(m['n']) - 1}."
    return any(p.startswith(want + " ") for p in kept)


_SECTION_NUMBER = re.compile(r"\d{1,2}\.\s+(?=[A-Z])")


def _crosshead(lines: list[Line], i: int, kept: list[str]) -> bool:
    """A short crosshead inside the story ("Harga Cabai Turun", "Cara Daftar"): two or three
    capitalised words between two full paragraphs, the first no widget's or section's word
    ("Tags Terkait", "Komentar Anda" are chrome; the tables name the buttons)."""
    # an explainer's numbered section ("1. Menginformasikan"): the words after its number
    words = _SECTION_NUMBER.sub("", lines[i].text, count=1).split()
    nxt = next((ln for ln in lines[i + 1:] if ln.kind == "text"), None)
    # one word alone only in title case ("Harga"); a shouted one ("ANGGARAN") is a label
    return (len(words) >= _MIN_CROSSHEAD_WORDS and not (len(words) == 1 and words[0].isupper())
            and bool(kept) and is_prose(kept[-1])
            # the last paragraph's sign-off ("... rumah tangga. (Adv)") is no part of its prose
            and nxt is not None and (is_prose(_tidy(nxt.text)) or roster_line(nxt.text)
                                     or _INTRO.fullmatch(nxt.text) is not None)  # "... SAW:"
            and (all(w[0].isupper() or w.lower() in _CROSSHEAD_PARTICLES for w in words)
                 or (sentence_head(words) and runs_crossheads(lines)) or roster_line(nxt.text))
            and words[0][0].isupper()
            and (words[0].lower().strip(".,:") not in WIDGET_WORDS or section_led_head(
                words, f"{kept[-1]} {nxt.text}", WIDGET_WORDS))  # round 33
            and words[-1].lower().strip(".,:") not in _MORE_WORDS
            and not all(w.lower().strip(".,:") in WIDGET_WORDS for w in words))


def _resumes(lines: list[Line], i: int) -> bool:
    """Past a closing block, whether the story carries on: two full paragraphs in a row."""
    texts = [ln.text for ln in lines[i:] if ln.kind == "text"][:2]
    # the last paragraph's sign-off ("... 160 beasiswa. (MKR)") is no part of its prose
    return len(texts) == 2 and all(is_prose(_tidy(t)) for t in texts)


def _tidy(text: str) -> str:
    """A paragraph without glued-on junk ("... katanya. Baca juga: X") or closing initials."""
    for rx in INLINE_JUNK:
        text = rx.sub("", text).strip()
    return without_initials(text)


def _drop_headline_runs(paragraphs: list[str]) -> list[str]:
    """Without lists of headline links (two or more in a row) and stray trailing headlines; a
    single headline-like line inside the story is a crosshead and stays."""
    out: list[str] = []
    run: list[str] = []
    heads = [headline_like(bare(p)) and not dated_sentence(p) and not roster_line(p)
             for p in paragraphs]
    cased = [title_cased(p) for p in paragraphs]
    # the story's words, from its paragraphs proper; needed only when a line is title-cased
    story = frozenset().union(*(content_words(p) for p, h, c in zip(
        paragraphs, heads, cased, strict=True) if not (h or c))) if any(cased) else frozenset()
    # (Round 22) a crosshead of five words or fewer between two paragraphs may name what the
    # next part tells ("Dari Dapur ke Rak Swalayan"); another article's link runs longer
    off = {k for k, c in enumerate(cased) if c and off_topic(paragraphs[k], story)
           and not short_between(paragraphs, k)}
    if len(off) == 1 and crossheads_on_topic(paragraphs, heads, cased, off):
        off = set()  # the story runs crossheads: one more naming no word of it is one too
    off |= inline_links(paragraphs, cased, off)  # a page that runs unlabelled links
    off |= aside_links(paragraphs, cased, story) | long_links(paragraphs, heads)  # round 34
    first_of_run = 0
    for k, p in enumerate([*paragraphs, ""]):
        if p and _next_item(p, out):
            out.append(p)  # the story's next numbered item; the link above it was no crosshead
            run = []
            continue
        if p and ((heads[k] and not is_speech(p)) or k in off):
            if not run:
                first_of_run = k
            run.append(p)
            continue
        # One crosshead, or the items of a list the story announces ("... berikut:"); a
        # crosshead holds no full date ("Data kasus DBD hingga 22 Februari 2026": a chart's
        # caption) and names something the story tells
        if run and ((len(run) == 1 and p and not full_date(run[0]) and first_of_run not in off)
                    or (out and out[-1].endswith(":"))):
            out.extend(run)
        run = []
        if p:
            out.append(p)
    return out

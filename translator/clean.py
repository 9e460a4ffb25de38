"""Pure: text copied from a news page -> Article (body paragraphs and metadata).

The parts, each pure: lines.py says what every line is, story.py where the story starts and
which lines are its paragraphs, metadata.py the title, date and publisher; the patterns they
match are the tables of boilerplate.py."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import replace
from itertools import takewhile

from .article import Article
from .bare_bylines import bare_bylines
from .boilerplate_chrome import GLUED_FILE_NAME
from .contents_box import without_contents
from .credit_rows import story_credit
from .story_marks import masthead_between, opening_head
from .dateline_model import addressed_place, fallback_dateline
from .datelines import unnamed_elsewhere
from .dates import lead_region, local_time, parse_published
from .dedupe import dedupe
from .glued import split_edges, split_glued
from .title_reprint import without_source
from .headline import (
    LEAD_LINES,
    MIN_SHARED,
    headline_shaped,
    lead_of,
    shared_with_lead,
    split_glued_headline,
)
from .language import detect_language, script_language
from .lead_zone import (lead_above_stamp, past_slider, window_outlet, without_guessed_stamp,
                        without_orphan_stamp, without_site_stamp)
from .lines import FINAL, Line, classify, may_be_text
from .photo_lead import split_photo_captions
from .post_footer import with_footer_time
from .listing import (next_captioned, next_doubled, next_framed, next_item, next_labelled,
                      next_opened)
from .metadata import (
    author_of,
    canonical_outlet,
    dateline_outlet,
    outlet_of,
    published_of,
    same_name,
    story_date,
    strip_outlet,
    title_of,
)
from .publisher import page_spelling, top_name
from .repair import (headline_repeats_split, join_fragments, repair, split_spaced, split_template,
                     unwrap)
from .runon import unwrap as unwrap_run_on
from .shapes import more_from
from .site_names import self_named
from .variant_tail import without_variant_tail
from .teaser_strip import excerpt_over_lead, past_teasers, post_over_pager, stamp_rest
from .story import body, body_start
from .story_edges import (lower_masthead, next_post_head, past_caption, restarted, resumed_page,
                          without_author_box)
from .title_model import fallback_title
from .zones import body_run, prefers_run, rescue, zones

# Invisible characters a browser copy carries; removed before anything else looks at the text.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad"))
_SPACES = re.compile(r"[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# A line of nothing but separators (":" between headline and byline, "|" of a menu) is layout:
# kept, it would be glued to the headline above it as the end of a sentence.
_LAYOUT_ONLY = re.compile(r"[:;|·•]+")
# A paywall's plea glued to the teaser's last sentence ("... line.To subscribe please click
# here"): set on a line of its own, where the plea's rows and the footer's shapes find it.
_GLUED_PLEA = re.compile(r"(?<=[.!?\"”’])\s*(?=(?i:to subscribe|untuk berlangganan|subscribe "
                         r"(?:now|here)|berlangganan (?:sekarang|di sini))\b)")
# A printed page's jump line glued to the paragraph it cuts ("... jatahnya. Bersambung ke hal
# 15"): set on a line of its own, so that the paragraph keeps its final mark.
_GLUED_JUMP = re.compile(r"(?<=[.!?\"”’])\s*(?=(?i:bersambung ke (?:hal(?:aman)?\.?|page)"
                         r"|continued on page)\s*\d{1,3}$)")
# A writer's name signed in lower case after the story's last sentence ("... pungkas dia.
# andi saiful"): no sentence opens in lower case, so it goes on a line of its own.
_GLUED_SIGNATURE = re.compile(r"(?<=[.!?\"”’])\s+(?=[a-z]{3,}(?:\s[a-z]{3,}){1,2}$)")
# A video's crew credited after its description ("... kampanye. (Name/Name/Name)"): three or
# more names, reporter, camera and editor, after two or more sentences; a photo caption's
# "(Outlet/Name)" credits one shot and stays with its caption.
_CREW_CREDIT = re.compile(r"(?<=[.!?\"”’])\s+(?=\((?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}/){2,}"
                          r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}\)$)")
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+(?=[A-Z\"“])")


def _split_crew(line: str) -> list[str]:
    """A paragraph and the crew credit closing it, as two lines (_CREW_CREDIT)."""
    m = _CREW_CREDIT.search(line)
    if m is None or not _SENTENCE_END.search(line[:m.start()]):
        return [line]
    return [line[:m.start()], line[m.end():]]


# Each splits off, in this order, a piece glued to the line it ends ($ is a piece's own end).
_UNGLUE = (split_spaced, split_glued, _GLUED_PLEA.split, _GLUED_SIGNATURE.split,
           _GLUED_JUMP.split, _split_crew, split_template, split_edges)


def _unglued(line: str) -> list[str]:
    """A raw line as the pieces glued into it: a plea, a signature, a jump line, a crew
    credit, each on a line of its own; a file name dropped; a headline split from its lead."""
    pieces = [line]
    for split in _UNGLUE:
        pieces = [p for piece in pieces for p in split(piece)]
    pieces = [GLUED_FILE_NAME.sub("", piece, count=1) for piece in pieces]
    return [p for piece in pieces for p in split_glued_headline(piece)]


# A Markdown heading's or quotation's marks ("### Warga Menunggu", "> “Kami ..."): a crosshead
# or a pull quote as a copy of the page's source shows it; a hashtag ("#Bengkulu") has no
# space after its mark.
_MARKDOWN_HEADING = re.compile(r"(?:#{1,6}|>)\s+(?=\S)")
# Text in Unicode's styled letters (mathematical bold) read in a wrong encoding comes out as
# one lead character repeated before every letter ("๐๐๐ฉ..."): nothing of it can be read.
_MIN_SOUP_CHARS = 10
_SOUP_SHARE = 0.4


def normalise(text: str) -> list[str]:
    """Non-empty lines: mojibake and HTML repaired, hard wraps undone, invisible characters and
    odd spaces gone, NFC."""
    text = unicodedata.normalize("NFC", repair(text.translate(_INVISIBLE)))
    lines = [_SPACES.sub(" ", part).strip() for line in text.splitlines()
             for part in _unglued(line)]
    lines = ["" if _encoding_soup(line) else _MARKDOWN_HEADING.sub("", line, count=1)
             if _MARKDOWN_HEADING.match(line) else line for line in lines]
    lines = ["" if _LAYOUT_ONLY.fullmatch(line) else line for line in lines]
    lines = join_fragments(unwrap(lines, _joinable), _joinable)
    return headline_repeats_split(split_photo_captions([line for line in lines if line]))


# "NasionalMEDAN -Wali Kota ...": a section's name glued to a shouted place and its dash opens a
# story, never the rest of the line above (a teaser cut off after "oleh").
_GLUED_DATELINE = re.compile(r"[A-Z][a-z]+[A-Z]{3,}(?:\s[A-Z]{3,})?\s*[-–—]{1,2}\s*[A-Z]")


def _joinable(line: str) -> bool:
    """Whether a raw line may take part in rejoining broken lines."""
    return may_be_text(line) and not _GLUED_DATELINE.match(line)


def _encoding_soup(line: str) -> bool:
    """A line of mis-decoded styled letters: one non-ASCII character makes up a large share of
    it, as no script's own text repeats one letter so."""
    chars = [c for c in line if not c.isspace()]
    if len(chars) < _MIN_SOUP_CHARS:
        return False
    top = max(set(chars), key=chars.count)
    return ord(top) > 127 and chars.count(top) >= _SOUP_SHARE * len(chars)


def clean(text: str, *, title: str | None = None, published: str | None = None,
          outlet: str | None = None, author: str | None = None,
          templates: frozenset[str] | None = None) -> Article:
    """Strip page furniture from a copied news article and pull out its metadata.

    The story is found first (the densest run of prose, zones.py); the lines above it are its
    header and the lines below its footer. The keyword hints (e.g. from a page's meta tags) win
    over what the text shows; `templates` holds the keys (templates.line_key) of lines that
    recur on other stored pages of the same outlet: dropped from header and footer, noted in
    the body."""
    # text that lost its line breaks (a CSV cell, a chat app) is broken back into lines first
    lines = rescue(bare_bylines(classify(normalise(unwrap_run_on(text)))))
    title = strip_outlet(title.strip()) if title and title.strip() else None
    run = body_run(lines, templates)
    start, dateline, dl_outlet, rest = _body_start(lines, run)
    if (rest is None or rest == lines[start].text) \
            and (past := past_caption(lines, start)) != start:
        start, rest = past, None  # a caption over its photo's lone credit opens no story
    if (again := restarted(lines, start)) is not None:
        # a newsletter's letter above the article: its own headline, over its byline, titles it
        start, dateline, dl_outlet, rest = again, None, None, None
        title = title or lines[again - 2].text
    if excerpt_over_lead(lines, start):  # the post's excerpt over its lead: the lead again
        stamp = lines[start].text[:len(lines[start].text) - len(rest)] if rest else ""
        start += 1
        rest = lines[start].text[len(stamp):] if stamp and lines[start].text.startswith(stamp) \
            else None
    if dl_outlet and (lead := lead_above_stamp(lines, start, rest)) is not None:
        # the lead set above the stamped paragraph, which points back at it; that one loses
        # its stamp ("semarak.co-Hal tersebut ..."), as the lead would have (a photo between)
        lines = [*lines[:lead + 1], replace(lines[start], text=rest), *lines[start + 1:]]
        start, rest = lead, None
    # a learned ranker where the rules found no dateline and no outlet's stamp
    guessed = fallback_dateline(lines, start) if dateline is None and dl_outlet is None else None
    if guessed and rest is None and start < len(lines):  # "FN Kabar Dumai – ...": its stamp out
        rest = without_guessed_stamp(lines[start].text, guessed)
    if rest is None and dateline is None and dl_outlet is None and start < len(lines):
        # "– Usulan ...", "– Manado. North ...", "GenPI.co Jatim - Para ...": a stamp's remains
        rest = without_orphan_stamp(lines[start].text, guessed, lines[0].text if start else None)
    opened = bool(dl_outlet) or bool(dateline and dateline.isupper())
    page, (lines, pitched) = lines, _closing_marks(lines, start, opened, rest)
    header = lines[:start]
    zoned = zones(lines, start, run, templates, own=(dateline, dl_outlet))
    # the lead without its dateline ("Mataram, Media Dinamika Global.Id - " shares the site's
    # name with its logo line), never past the story's end mark (a footer's blurb names a campus)
    window = list(takewhile(lambda ln: ln.kind != "end", lines[start + 1:start + LEAD_LINES]))
    lead = lead_of([rest if i == start and rest and dl_outlet else ln.text
                    for i, ln in enumerate(lines[start:start + 1 + len(window)], start)
                    if ln.kind == "text"])
    title = title or title_of(list(zoned.header), lines, lead) \
        or (_title_below(lines) if start == 0 else None)
    title = fallback_title(lines, start, run, lead, title)  # a learned ranker where rules gave up
    title = without_source(title, lines[start].text if start < len(lines) else None)  # round 32
    drop = frozenset(i - start for i in zoned.drop)
    paragraphs = without_variant_tail(
        _banners_out(dedupe(body(lines[start:], rest, title, drop)), without_contents(page), title))
    paragraphs = [*filter(None, [opening_head(lines, start, paragraphs)]), *paragraphs]
    if not paragraphs and script_language(text):
        # The prose tests count spaced words and Latin full stops, which Chinese or Thai lack;
        # the lines are kept so that the language check can name the language.
        paragraphs = [ln.text for ln in lines if ln.kind == "text"]

    notes: list[str] = []
    if dateline is None and dl_outlet is None and header:
        notes.append(f"No dateline found; {len(header)} line(s) before the first full "
                     "paragraph were treated as page header.")
    if zoned.flagged:
        notes.append(f"{zoned.flagged} line(s) inside the body recur on other pages of this "
                     "outlet (kept).")
    language = detect_language(" ".join(([title] if title else []) + paragraphs))
    # a digest's credit to its source closing the story: the source and its date
    credited = next((c for ln in reversed(page[start:]) if ln.kind in ("text", "source")
                     and (c := story_credit(ln.text))), (None, None))
    named = None if outlet or dl_outlet \
        else credited[0] or _source_site(page[start:], page) or outlet_of(page) or pitched \
        or window_outlet(page)  # "Java Daily: <headline>" over "Java Daily" and the headline
    if dl_outlet is None and not outlet and not named \
            and unnamed_elsewhere(dateline, [ln.text for ln in page]):
        # "Prolite – ..." on a page that names no publisher: the outlet's own stamp
        dateline, dl_outlet = None, dateline
    site = canonical_outlet(outlet) if outlet \
        else dateline_outlet(dl_outlet, page) if dl_outlet \
        else named or self_named([ln.text for ln in page]) or top_name(page, title)
    if dateline and dl_outlet is None and site and same_name(dateline, site):
        dateline = None  # "Kabar Jambi – ..." on the page of Kabar Jambi: the outlet, no place
    # "Lombok Tengah - Reportase7.com" over the lead reads as a byline: a place, no writer
    writer = author or author_of([ln for ln in lines if not (
        ln.kind == "byline" and addressed_place(ln.text))], (site, dl_outlet))
    return Article(
        paragraphs=tuple(without_author_box(without_site_stamp(paragraphs, site), writer,
                                            [ln.text for ln in page])),
        title=title,
        published=(parse_published(published) if published else None)
        or local_time(with_footer_time(story_date(published_of(header, lines) or credited[1],
                      lines[start:start + 1], dateline or dl_outlet, header), page[start:]),
                      text, dateline, dl_outlet, site, lead_region(paragraphs, dateline)),
        dateline=dateline or guessed,
        outlet=site,
        author=writer,
        language=language,
        notes=tuple(notes),
    )


_MAX_MASTHEAD_WORDS = 5


def _banners_out(paragraphs: list[str], page: list[Line], title: str | None) -> list[str]:
    """Without a name printed again and again down the page (a network's banner over each ad
    slot, "Pikiran Rakyat Media Network."): a few words, each capitalised, more than once on
    the page; no sentence of a story is so."""
    def bare_key(text: str) -> str:
        return text.rstrip(". ").casefold()

    counts = Counter(bare_key(ln.text) for ln in page)
    return [p for p in paragraphs if not (
        len(p.split()) <= _MAX_MASTHEAD_WORDS and counts[bare_key(p)] > 1
        and all(w[:1].isupper() for w in p.split()) and bare_key(p) != bare_key(title or ""))]


def _closing_marks(lines: list[Line], start: int, opened: bool = False,
                   rest: str | None = None) -> tuple[list[Line], str | None]:
    """The lines below the story's start that close it, marked as its end: the page's first
    line (its masthead) printed again ("The Southeast Asian Times" above the next story) and a
    closing pitch naming the site ("Find more ... courtesy of The Thaiger."), whose name is
    returned; a blog listing's next post, when the story `opened` with a shouted dateline, or
    under the story's head or dateline (`rest` is the lead after it) printed again."""
    first = lines[0].text if lines and lines[0].kind == "text" else None
    if first and (len(first.split()) > _MAX_MASTHEAD_WORDS or FINAL.search(first)):
        first = None
    out, pitched = list(lines), None
    frame = _item_frame(lines, start)
    # the story's dateline printed again over a listing's next item, or a blog's next post
    cut = next_item(lines, start) or next_post_head(lines, start, opened) \
        or next_framed(lines, start) or next_opened(lines, start, rest) \
        or next_doubled(lines, start) or next_captioned(lines, start) \
        or next_labelled(lines, start) or post_over_pager(lines, start)
    if cut is not None:
        out[cut:] = [replace(x, kind="end") for x in lines[cut:]]
    for i in range(start + 1, cut or len(lines)):
        ln = lines[i]
        name = more_from(ln.text) if ln.kind == "text" else None
        if ln.text in frame and _titled_below(lines, i) \
                and len(frame & {x.text for x in lines[i:i + _FRAME_LINES + 1]}) >= 2:
            # a listing's next item: the frame around the story's headline ("• 0" comment
            # count, "Category : Berita") printed again over another headline
            out[i:] = [replace(x, kind="end") for x in lines[i:]]
            break
        if ln.kind == "text" and lower_masthead(lines, i, start):
            out[i:] = [replace(x, kind="end") for x in lines[i:]]  # the site's footer blurb
            break
        if ln.kind == "widget" and i + 1 < len(lines) and _next_post(lines, i):
            # a listing's post closed by its share bar, which closes the next post again
            out[i:] = [replace(x, kind="end") for x in lines[i:]]
            break
        if ln.kind == "text" and ((ln.text == first and not masthead_between(lines, i)) or name):
            out[i] = replace(ln, kind="end")
            pitched = pitched or name
    return out, pitched


# The share prompt that closes each post of a listing ("Share:", "Bagikan:"); a button that
# recurs inside one story ("Lihat Foto" over each photo's caption) is no such mark.
_SHARE_PROMPT = re.compile(r"(?i)(?:share|bagikan|sebarkan)(?: (?:this|ini|artikel ini))?\s*:?")


def _next_post(lines: list[Line], i: int) -> bool:
    """Line `i`, a share prompt, is printed again further down, and a headline of a listing's
    next post stands right below it, with no sentence between."""
    nxt = lines[i + 1]
    return bool(_SHARE_PROMPT.fullmatch(lines[i].text)) and nxt.kind == "text" \
        and headline_shaped(nxt.text) and not FINAL.search(nxt.text) \
        and len(nxt.text.split()) >= _MIN_ITEM_TITLE_WORDS \
        and any(x.text == lines[i].text for x in lines[i + 2:])


_FRAME_LINES = 4  # the lines right above the story that may frame a listing's item
_FRAME_REACH = 3  # how far below a repeated frame line the next item's headline stands


def _item_frame(lines: list[Line], start: int) -> set[str]:
    """The short lines framing the story's headline on a listing page (a counter, a category
    row): no sentence, no headline, a few words, among the lines right above the story. Two of
    them printed again around another headline are the next item's frame."""
    return {ln.text for ln in lines[max(0, start - _FRAME_LINES):start]
            if ln.kind in ("text", "widget") and len(ln.text.split()) <= _MAX_MASTHEAD_WORDS
            and not FINAL.search(ln.text)
            and not (headline_shaped(ln.text) and len(ln.text.split()) >= _MIN_ITEM_TITLE_WORDS)}


def _titled_below(lines: list[Line], i: int) -> bool:
    """A headline-shaped line stands a few lines below line `i` (the next item's title)."""
    return any(headline_shaped(x.text) and len(x.text.split()) >= _MIN_ITEM_TITLE_WORDS
               for x in lines[i + 1:i + 1 + _FRAME_REACH])


_MIN_ITEM_TITLE_WORDS = 4


def _body_start(lines: list[Line], run: tuple[int, int] | None
                ) -> tuple[int, str | None, str | None, str | None]:
    """Where the story starts: at its dateline wherever that stands; else at the first full
    paragraph, unless a title and a date stand between that paragraph and the densest run of
    prose (a plea above the headline reads like a paragraph)."""
    found = resumed_page(lines, body_start(lines))  # a page 2's crosshead, a letter's greeting
    if not (found[1] or found[2]) and (slid := past_slider(lines, found[0])) is not None:
        return slid
    if (lo := past_teasers(lines, found[0])) is not None:  # a blog's featured posts over it
        sub = body_start(lines[lo:])
        if not any(sub[1:]) and (rest := stamp_rest(lines, lo, sub[0] + lo)) is not None:
            return sub[0] + lo, None, None, rest  # "KM. LENGGE WAWO,- " before every lead
        return (sub[0] + lo, *sub[1:])
    if run is None or found[1] or found[2] or found[0] >= run[0] - 1:
        return found
    lo = run[0] - 1
    sub = body_start(lines[lo:])
    if not prefers_run(lines, found[0], run[0], sub[0] == 1 and bool(sub[1] or sub[2])):
        return found
    return (sub[0] + lo, *sub[1:])


def _title_below(lines: list[Line]) -> str | None:
    """A page with no header at all (a paywall's teaser first): its headline printed below
    the teaser as the page's last text, a headline's shape naming what the lead tells."""
    if not lines:
        return None
    lead, texts = lines[0].text, [ln.text for ln in lines[1:] if ln.kind == "text"]
    named = [t for t in texts if headline_shaped(t) and shared_with_lead(t, lead) >= MIN_SHARED]
    # One such line, the last: no link list (and none at all when no text follows the lead).
    return texts[-1] if texts and named == texts[-1:] else None


# A copy's credit to its source by address: "sumber : http://malutpost.co.id/2026/02/...".
_SOURCE_URL = re.compile(r"(?i:sumber|source)\s*:\s*https?://(?:www\.)?"
                         r"(?P<site>[\w-]+(?:\.[\w-]+)+)(?:/\S*)?")


def _source_site(below: list[Line], page: list[Line]) -> str | None:
    """The outlet a copied story credits by its address below the story's start, as the page's
    prose spells it ("Pantauan Malut Post ..."), else the address itself."""
    found = next((m["site"] for ln in below if (m := _SOURCE_URL.fullmatch(ln.text))), None)
    return (page_spelling(found, page) or found) if found else None

"""Pure: an article's title, publication date and publisher, read from its classified lines.

The shape of a headline (headline_shaped, strip_outlet, repeats_title) lives in headline.py,
the publisher's name (outlet_of, dateline_outlet, canonical_outlet) in publisher.py; both are
re-exported here."""

from __future__ import annotations

__all__ = ["author_of", "canonical_outlet", "copyright_name", "dateline_outlet", "headline_shaped",
           "outlet_of", "page_spelling", "published_of", "regional_edition", "repeats_title",
           "same_name", "site_spelling",
           "strip_outlet", "title_of"]

import re

from .boilerplate import PUBLISHED, UPDATED
from .dateline_names import _squash
from .date_stamps import bar_date, clipping_stamp, counted_stamp, opening_stamp, own_dates
from .date_stamps import header_stamp, stacked_dates, titled_stamp
from .date_stamps import top_bar as _top_bar
from .dates import (
    DAYS,
    dateline_date,
    dates_in,
    find_date,
    find_time,
    split_dated,
    with_time,
    without_dates,
)
from .headline import (
    alt_with_name,
    byline_tail,
    credit_tailed,
    echoes_lead,
    headline_score,
    headline_shaped,
    is_kicker,
    prefixed_copy,
    repeats_title,
    shared_with_lead,
    shares_lead,
    shouted_unrelated,
    stopped_headline,
    strip_outlet,
    tab_title,
)
from .lines import Line
from .doc_titles import site_line
from .credit_rows import closing_author, credit_row, listed_credit, no_writer, person_shaped
from .credit_rows import sign_off
from .masthead_blocks import masthead_block, venue_named
from .publisher import (
    canonical_outlet,
    copyright_name,
    dateline_outlet,
    outlet_of,
    page_spelling,
    regional_edition,
    same_name,
    site_spelling,
)
from .title_guard import furniture_title
from .title_printings import fuller_printing
from .title_shapes import copied_from_lead, cut_headline, dated_post_title, ticker_free
from .title_shapes import without_lone_dash

# A line that is only a time of day ("08:15 WIB", "Pukul 10.30"): the date is on another.
_LONE_CLOCK = re.compile(r"(?:[•·▪]\s*)?(?:pukul\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:WIB|WITA|WIT))?", re.I)
_MAX_DATES_LINE_CHARS = 160
_MAX_DATE_LABEL_WORDS = 2  # besides "Diperbarui"/"Terbit": "WIB", "pukul"


_MAX_MASTHEAD_WORDS = 5  # a site's name on the page's first line is this short at most
_SHARE_FACTOR = 3  # a line sharing under a third of the best sharer's words ranks below it


def title_of(header: list[Line], page: list[Line] | None = None,
             lead: str | None = None) -> str | None:
    """_title_of's title, unless it is the page's own furniture (title_guard.py, round 28)."""
    title, again = _title_of(header, page, lead), None
    if page and header and title:
        start = next((i + 1 for i, ln in enumerate(page) if ln is header[-1]), len(header))
        if furniture_title(title, page, start):  # round 34: the next best, if no furniture
            again = _title_of([ln for ln in header if ln.text.strip() != title], page, lead)
            if again and furniture_title(again, page, start):
                again = None
            title = None
    # round 29: a blog's headline printed cut off ("Warga Tolak Tambang Pasir di ..."), which
    # the header may have lost as a teaser: the page's lines above the story's lead
    return fuller_printing(title, [ln.text for ln in header]) \
        or cut_headline([ln.text for ln in (page or header) if ln.kind == "text"],
                        lead, headline_shaped, echoes_lead) or again


def _title_of(header: list[Line], page: list[Line] | None = None,
              lead: str | None = None) -> str | None:
    """The most headline-shaped line of the page header (the zone above the story), else None.

    Never a plea, a menu path, a label, a caption, a date line or a logo; never a kicker (the
    short line right above a longer headline). Among the rest the best shaped wins, the
    first of equals: a headline is 5-20 words, mostly capitalised, said once, not shouted at
    the reader ("!") and not made of section names. With the whole `page`, never the site's
    own name either: the outlet or institution the page names itself by, or a name its
    copyright line holds ("Cabinet Secretariat of the Republic of Indonesia"). With the story's
    `lead`, a line that shares content words with it comes first: a real headline names what
    the lead tells, a plea, a slogan or a share prompt above it names nothing of it, and the
    page's first line, a few words, ranks below a line sharing more (an institution's masthead
    names the story's subject too). A tab title ("Headline | Site | Slogan") gives the headline
    it opens with when the page prints that alone. A line in capitals ranks below one in
    headline case sharing more with the lead (a banner's slogan); a header line with a few
    words put before it ("You are currently viewing ...") is not the headline; the page's first
    line naming nothing of the lead is no title (a logo); with no other candidate, a headline
    closed by a full stop is the title."""
    texts = without_lone_dash([ln.text for ln in header])
    sites = _site_names(page) if page else ()
    shaped = [i for i, ln in enumerate(header) if ln.kind == "text" and headline_shaped(texts[i])
              and not _names_site(texts[i], sites)]
    # A digest's contents list above the story ("IN THIS UPDATE" / "» Fares Up, Boats Down"):
    # the first item printed again on its own line is the story's headline, a short one too.
    listed = {_LIST_MARK.sub("", t) for t in texts if _LIST_MARK.match(t)}
    indexed = [i for i in shaped if texts[i] in listed]
    if indexed:
        return strip_outlet(texts[indexed[0]], sites)
    if (dated := dated_post_title(header, lead, headline_shaped, shares_lead,
                                  shared_with_lead, page)) is not None:
        return strip_outlet(dated, sites)
    candidates = [i for i in shaped if not is_kicker(i, shaped, texts)
                  and not shouted_unrelated(texts[i], lead) and not alt_with_name(texts[i], texts)
                  and not credit_tailed(texts[i]) and not prefixed_copy(texts[i], texts)]
    # round 29: a ticker's bulleted items over the story ("• MARCH 2026 HBA ..." twice or more)
    candidates = ticker_free(candidates, texts, lead, _LIST_MARK, shares_lead)
    # round 26: the masthead's lines over the page's menu row never title it
    block = masthead_block([ln.text for ln in (page or header)])
    candidates = [i for i in candidates if texts[i] not in block] \
        if any(texts[i] not in block for i in candidates) else candidates
    if not candidates:
        return stopped_headline(texts, lead)
    # A slogan may share a word or two with a long lead; the headline shares far more.
    most = max(shared_with_lead(texts[i], lead or "") for i in candidates)
    top = (page or header)[0].text
    menu = _menu_below(page or header)
    best = max(candidates, key=lambda i: (shares_lead(texts[i], lead),
                                          _SHARE_FACTOR * shared_with_lead(texts[i], lead or "")
                                          > most,
                                          not _masthead(texts[i], top, lead, most, menu),
                                          not site_line(texts[i], texts),  # round 30, 31
                                          not _shouted_below(i, candidates, texts, lead),
                                          not copied_from_lead(texts[i], lead),
                                          headline_score(texts[i], texts, lead), -i))
    if texts[best] == top and (len(top.split()) <= _MAX_MASTHEAD_WORDS or menu) \
            and not shares_lead(top, lead):
        # the page's first line, a few words naming nothing the lead tells: a logo; round 28:
        # any name over the menu row ("Dinas Komunikasi dan Informatika Kabupaten ..." /
        # "Beranda" / "Profil"), an office's site name sharing a place with the lead at most
        return None
    # the page's own names: its outlet, copyright lines, and its first line (a logo)
    return strip_outlet(tab_title(texts[best], texts), (*sites, top))


def _masthead(text: str, top: str, lead: str | None, most: int, menu: bool = False) -> bool:
    """The page's first line, a name's few words ("Politeknik Kelautan dan Perikanan Bitung"),
    or any name over a `menu` row ("Consulate General of the Republic of Indonesia in Dubai" /
    "Home" / "Profile" ...), when another candidate shares more words with the lead: the site's
    masthead."""
    return text == top and (len(text.split()) <= _MAX_MASTHEAD_WORDS or menu) \
        and shared_with_lead(text, lead or "") < most


_MENU_ITEMS = 3  # lines of a menu row under the masthead, at the least
_MAX_MENU_WORDS = 3


def _menu_below(lines: list[Line]) -> bool:
    """The page's first line stands over a menu: the next lines are each a link's one to three
    words; a headline at the top stands over its byline, its date or its lead."""
    below = lines[1:1 + _MENU_ITEMS]
    return len(below) == _MENU_ITEMS and all(
        len(ln.text.split()) <= _MAX_MENU_WORDS and not find_date(ln.text)
        and not ln.text.endswith((".", ":", "!", "?")) for ln in below)


def _shouted_below(i: int, candidates: list[int], texts: list[str], lead: str | None) -> bool:
    """A line in capitals when a candidate in headline case shares more words with the lead
    ("STOP BUANG SAMPAH DI SUNGAI" over "Pemdes Ajak Warga Berhenti Buang Sampah"): a
    banner's slogan over the headline."""
    if not texts[i].isupper():
        return False
    shared = shared_with_lead(texts[i], lead or "")
    return any(not texts[j].isupper() and shared_with_lead(texts[j], lead or "") > shared
               for j in candidates)


_LIST_MARK = re.compile(r"[»›•·▪►]\s+")


def _site_names(page: list[Line]) -> tuple[str, ...]:
    """The site's own names: its outlet as the page shows it, and its copyright lines."""
    outlet = outlet_of(page)
    return tuple([*([outlet] if outlet else []),
                  *(ln.text for ln in page if ln.kind == "copyright")])


def _names_site(text: str, sites: tuple[str, ...]) -> bool:
    """A line that is the site's name, or a name the copyright line holds (2 words or more)."""
    key = _squash(text)
    return any(key == _squash(s) or (len(text.split()) >= 2 and key in _squash(s))
               for s in sites)


def published_of(header: list[Line], lines: list[Line]) -> str | None:
    """The first publication date of the header, else of the whole page (some print it at the
    foot); never an update time ("Diperbarui ...", "• Update : 10 Feb 2026 14:22:07"), even
    when nothing else is dated (round 28: the post's first date is not shown then). A top
    bar's date of the day yields to a dated line below it in the header or to the post's stamp
    under its last paragraph; with nothing dated at all, the date inside the story's
    dateline."""
    seen: set[int] = set()  # the header is part of `lines`: each line once
    dated = [ln for ln in [*header, *lines] if not (id(ln) in seen or seen.add(id(ln)))
             and (ln.kind in ("date", "byline") and ln.date
             or ln.kind == "text" and (ln in header and (_only_dates(ln.text)
                                                         or byline_tail(ln.text))
                                       or ln in header and counted_stamp(ln.text)
                                       or ln in header and credit_row(ln.text)
                                       or ln in header and header_stamp(ln.text)
                                       or _POSTED.match(ln.text) and byline_tail(ln.text)
                                       or posted_line(ln.text))
             or ln.kind in ("breadcrumb", "menu-bar") and ln in header and header_stamp(ln.text))]
    dated = own_dates(dated, lines, header, _top_bar)  # round 30: no list's rows, no bar twice
    if len(dated) > 1 and _top_bar(dated[0], header) \
            and (dated[1] in header or _foot_stamp(dated[1], lines)
                 and (dated[1].date or "")[:10] <= (dated[0].date or "")):
        dated = dated[1:]  # the day's date in the top bar; the article's own stands below
    elif stacked_dates(dated, header) or titled_stamp(dated, header):
        dated = dated[1:]  # round 25: the same, the post's date header right under it
    clipped = next((ln for ln in dated if ln in header and clipping_stamp(ln.text)), None)
    if clipped is not None:  # round 26: a clipping's own stamp, over the blog's date header
        return clipping_stamp(clipped.text)
    labelled = next((ln for ln in dated if ln in header and _LABELLED.search(ln.text)), None)
    if labelled is not None and not _LABELLED.search(dated[0].text):
        # "Editor's Pick / <teaser> / 11 February 2026" over "Wednesday 18 February 2026 |
        # Published in Sport": the teasers' bare dates yield to the story's labelled stamp
        dated = [labelled, *(ln for ln in dated if ln is not labelled)]
    original = next((ln for ln in dated if _original_date(ln, lines)), None)
    if original is not None:
        dated = [original]  # a reprint's "Posted" date yields to the source's own
    # A line may hold both times ("Diperbarui ... | Terbit ..."): each date keeps its marker.
    found = [d for ln in dated for d in (dates_in(ln.text) or [(ln.date, ln.updated)])]
    first = next((iso for iso, updated in found if not updated), None)
    if first and "T" not in first:
        # round 25: a top bar's bare date of the day ("kalender Senin, 02 Maret 2026") over the
        # byline's stamp of that day with its hour ("Nurul Senin, 02 Maret 2026 - 10:25 WIB")
        first = next((iso for ln in dated if ln in header
                      for iso, updated in (dates_in(ln.text) or [(ln.date, ln.updated)])
                      if iso and not updated and "T" in iso and iso[:10] == first[:10]), first)
    if first and "T" not in first:
        # The hour may stand on its own line or on the byline ("Penulis: Rina | 08:15 WIB").
        first = with_time(first, next((clock for ln in header if not ln.date
                                       and (ln.kind in ("date", "byline") or
                                            _LONE_CLOCK.fullmatch(ln.text))
                                       and (clock := find_time(ln.text))), None))
    if first is None and len(lines) > len(header) and lines[len(header)].kind == "text":
        # nothing dated but the story's dateline: "Kabar Kota - Bekasi, 23/02/2026. ..."
        first = dateline_date(lines[len(header)].text)
    return first or bar_date(header)


# A date line labelled as the post's publication: "Wednesday 18 February 2026 | Published in
# Sport", "Diterbitkan pada: 03/03/2026", "Posted on 12 Maret 2026", "Terbit: ...".
_LABELLED = re.compile(r"(?i)\b(?:published|posted|diterbitkan|dipublikasikan|diposting|terbit)\b")


# "Originally published" / "17 Feb 2026", "First published: ...", "Pertama kali terbit ...":
# the source's own date on a reprint (an aggregator's, a syndicator's), above its "Posted".
_ORIGINAL = re.compile(r"(?i)\b(?:originally|first|initially) published\b"
                       r"|\boriginal(?:ly)? (?:publication|posted)\b"
                       r"|\bpertama(?: kali)? (?:terbit|tayang|dipublikasikan|diterbitkan)\b"
                       r"|\bterbit pertama\b|\b(?:sumber|tulisan|artikel) asli\b")
_MAX_LABEL_WORDS = 4


def _original_date(line: Line, lines: list[Line]) -> bool:
    """A date labelled as the original publication's, on its own line or the label's line
    just above it."""
    if _ORIGINAL.search(without_dates(line.text)):
        return True
    at = next((i for i, ln in enumerate(lines) if ln is line), 0)
    above = lines[at - 1] if at else None
    return above is not None and len(above.text.split()) <= _MAX_LABEL_WORDS \
        and bool(_ORIGINAL.search(above.text))


_MIN_FOOT_WORDS = 8


def _foot_stamp(line: Line, lines: list[Line]) -> bool:
    """A date with its time right under a paragraph of the story ("20 Feb 2026, 15:10 WIT"
    below the last one): the post's own stamp at its foot, which a top bar's date of the day
    does not override; a related story's date stands under its headline, not under prose."""
    at = next((i for i, ln in enumerate(lines) if ln is line), 0)
    above = lines[at - 1] if at else None
    return line.kind == "date" and bool(line.date) and "T" in (line.date or "") \
        and above is not None and above.kind == "text" \
        and len(above.text.split()) >= _MIN_FOOT_WORDS \
        and _SIGN_OFF.sub("", above.text).endswith(_SENTENCE_ENDS)


_SENTENCE_ENDS = (".", "!", "?", "\"", "”", "’")
_SIGN_OFF = re.compile(r"\s*\([^()]{1,30}\)$")  # "... ujar Rudi. (Rn)": the writer's initials


# "Posted by Berita Maluku Online on Jumat, 20 Februari 2026": a blog's post footer, which
# dates the post wherever it stands (after any date the header shows).
_POSTED = re.compile(r"(?i:posted|diposting|dipublikasikan|published)\s+(?i:by|oleh)\s")


# "Written By suararakyat on Wednesday, November 25, 2026 | 2:35 PM", "Kontribusi dari Yuliani
# Pangkung, 11 Februari 2026 18:45, Dibaca 23 kali.": a post's credit line, its writer's name
# (any case, one to five words), then the date and at most a time or a read count.
_CREDITED = re.compile(r"(?i:posted|written|ditulis|diposting|dipublikasikan|published|dikirim"
                       r"|kontribusi|contributed|submitted)\s+(?i:by|oleh|dari|from)\s+")
_NAME_GAP = re.compile(rf"[\s,|–—-]*(?:\s(?i:on|pada)\s+)?(?:(?i:{'|'.join(DAYS)}),?\s*)?$")
_MAX_CREDIT_NAME_WORDS = 5
_MAX_AFTER_DATE_WORDS = 4


def posted_line(text: str) -> bool:
    """A post's credit line: "Written by/Kontribusi dari NAME, DATE" and little after it."""
    m = _CREDITED.match(text)
    if not m:
        return False
    rest = text[m.end():]
    found = find_date(rest)
    if found is None:
        return False
    name = _NAME_GAP.sub("", rest[:found.start]).split()
    return 1 <= len(name) <= _MAX_CREDIT_NAME_WORDS \
        and len(re.findall(r"\w+", rest[found.end:])) <= _MAX_AFTER_DATE_WORDS


def _only_dates(text: str) -> bool:
    """A line of two dates and their labels ("Diperbarui <date> | Terbit <date>"), which the
    date-line test, made for one date, leaves as text."""
    rest = without_dates(text)
    if rest == text or len(text) > _MAX_DATES_LINE_CHARS:
        return False
    words = re.findall(r"\w+", PUBLISHED.sub(" ", UPDATED.sub(" ", rest)))
    return len(words) <= _MAX_DATE_LABEL_WORDS


def author_of(lines: list[Line], sites: tuple[str | None, ...] = ()) -> str | None:
    """The first byline's person, skipping a desk that signs with the site's own name
    ("Wartawan Posmetro" on a POSMETRO MEDAN page): `sites` are the names the page goes by."""
    names = [_squash(s) for s in (*sites, *(ln.text for ln in lines[:1])) if s]
    for ln in lines:
        if ln.author and not venue_named(ln.author) and not no_writer(ln.author) \
                and not any(_squash(ln.author) in n or _squash(_DESK_WORD.sub("", ln.author))
                            in n for n in names if n):
            return ln.author
    # round 26: a credit row on one line, no byline of its own (credit_rows.py), or a
    # clipping's writer alone on the line over its stamp ("Rina Wati" / "The Jakarta Post,
    # Sumenep, Fri, 02/13/2026 9:47 AM")
    return next((n for ln in lines[:_ROW_LINES] if ln.kind == "text"
                 and (n := credit_row(ln.text) or listed_credit(ln.text))), None) \
        or next((ln.text for ln, nxt in zip(lines[:_ROW_LINES], lines[1:_ROW_LINES])
                 if ln.kind == "text" and clipping_stamp(nxt.text) and person_shaped(ln.text)),
                None) or closing_author(lines, person_shaped) \
        or sign_off([ln.text for ln in lines])  # round 29, 30: after the story


_ROW_LINES = 12  # a credit row stands under the headline, near the page's top


# Round 24: a site's account named by the site and a desk's word ("Social Expat Team", "Tim
# Kabar Pesisir", "Redaksi Lensa Timur", "Admin Suara Desa"): the desk, no writer.
_DESK_WORD = re.compile(r"(?i)^(?:tim|team|redaksi|admin|staf|staff|desk)\s+"
                        r"|\s+(?:team|tim|staff|staf|desk|editors|newsroom|redaksi|admin)$")


def story_date(found: str | None, first: list[Line], dated_line: str | None,
               header: list[Line] | tuple[Line, ...] = ()) -> str | None:
    """The header's date, unless the dateline carries its own ("Medan, 14 Oktober 2025 —"):
    that is the story's, and a header date of another day is the top bar's today. A header date
    labelled as the post's publication ("Diterbitkan pada: 24/02/2026", "Published: 3 March
    2026", "Posted on 12 Maret 2026") is no top bar's: it stands against the dateline's day (the
    day the event took place, written up a day later); round 34: so does one with its hour (a
    top bar prints none)."""
    # "date 2026-02-10 Bandar Lampung (Lampost.co) — ..."; round 29: on a caption's line above
    if found is None and (stamped := next(filter(None, (opening_stamp(ln.text.strip()) for ln in
                                                        (*first[:1], *header))), None)):
        return stamped
    dated = split_dated(first[0].text) if first and dated_line else None
    if dated is None or (found and found[:10] == dated[1][:10]):
        return found
    if found and any(ln.kind == "date" and (ln.date or "")[:10] == found[:10]
                     and (_LABELLED.search(ln.text) or "T" in (ln.date or "")) for ln in header):
        return found
    return dated[1]

"""Pure: a name alone on its line near the headline read as the story's byline (or not: the
person a caption names, a source the story quotes)."""

from __future__ import annotations

import re

from .boilerplate import TRAILING_INITIALS
from .credit_rows import widget_name
from .bylines_more import more_bylines
from .dateline_address import glued_byline, located
from .dateline_more import place_and_brand
from .dateline_names import _squash, is_place
from .dates import find_date
from .lines import (
    _MAX_BARE_NAME_WORDS,
    _MIN_TITLE_WORDS,
    _ROLE_ACCOUNT,
    FINAL,
    Line,
    _person_like,
    is_prose,
    name_like,
)


def bare_bylines(lines: list[Line]) -> list[Line]:
    """A name alone on its line under the headline, above the date ("Rizky Fauzan" over
    "Senin, 10 Feb 2025 | 09:40 WIB") or, above any prose of the page, over the story's first
    paragraph or its photo's caption ("Nadia Prameswari" under an English site's headline):
    the author's byline."""
    lines = _unglued(lines)
    out = list(lines)
    prose_above = False
    for i in range(1, len(lines) - 1):
        ln, above, below = lines[i], lines[i - 1], lines[i + 1]
        prose_above = prose_above or is_prose(above.text)
        name = _DASH_BULLET.sub("", ln.text).rstrip(",")  # "- Heri S" in a bulleted meta list
        name = _ALT_LABEL.sub("", name)  # "Image Nurul Aini": the avatar's alt label
        words = name.split()
        dated = below.kind in ("date", "byline") and bool(below.date)
        # the first paragraph right below, or below the photo's caption; not a kicker in
        # capitals, nor the name of whom the caption below shows
        nxt = lines[i + 1:i + 3]
        leads = not prose_above and below.kind == "text" and not ln.text.isupper() \
            and any(is_prose(x.text) for x in nxt) and not any(ln.text in x.text for x in nxt)
        headline = _title_like(above) or (dated and _captioned_headline(lines, i))
        # a short line right above a headline-shaped one is its kicker ("Cuaca Ekstrem")
        kicker = _title_like(below) and not _SENTENCE_STOP.search(below.text)
        leads = leads and not kicker
        if _COMMENT_HEADING.fullmatch(ln.text.strip()) or widget_name(name):
            # round 29: also a widget's heading ("Submit Your Articles", "Editor's Vids")
            continue  # "Tinggalkan Balasan" over the comment form: no writer's name
        if ln.kind == "text" and located(name):
            continue  # "Medan, Indonesia" under the writers' names: a location line, no name
        if ln.kind == "text" and leads and place_and_brand(ln.text):
            continue  # "Kefa, Lentira" over the lead: the dateline and the site's brand
        if ln.kind == "text" and _starred(ln.text, lines[i + 1:]):
            # "Fikri Ananda*" over an essay whose note below says who "*Penulis" is
            out[i] = Line(ln.text, "byline", author=ln.text.rstrip("* "))
            continue
        if ln.kind == "text" and _joint(name) and (_under_date(lines, i)
                                                  or ((dated or leads) and headline)):
            # "Sekar Wulandari and Bima Harahap" under the date: two writers share the byline
            out[i] = Line(ln.text, "byline", author=name)
        elif ln.kind == "text" and (bracketed := _BRACKETED_BYLINE.fullmatch(ln.text)) \
                and _person_like(bracketed.group("name").strip()):
            # "Pewarta    : (Dimas Arya)": the label, the writer's name in brackets
            out[i] = Line(ln.text, "byline", author=bracketed.group("name").strip())
        elif ln.kind == "text" and 2 <= len(words) <= _MAX_BARE_NAME_WORDS \
                and _person_like(name) and not _in_headline(name, above) \
                and (((dated or leads) and headline)
                     or ("," not in name and _under_date(lines, i))) \
                and not _quoted_source(name, lines[i + 1:]) \
                and not any(_LABELLED.match(x.text) for x in lines[i + 1:i + 1 + _TOP]
                            if x.kind == "text"):
            # "Rizky Pratama," over the editor's name: the writer, without the comma; a
            # labelled writer's line below ("Penulis:redaksi") names the writer, and the bare
            # name over it is a topic's tag ("Gelombang Tinggi")
            out[i] = Line(ln.text, "byline", author=name)
        elif ln.kind == "text" and i >= 2 and _signed_off(lines, i) \
                and 2 <= len(words) <= _MAX_BARE_NAME_WORDS and _person_like(name) \
                and not is_prose(below.text):
            # "(Na)" closing the story, the writer's full name alone below it
            out[i] = Line(ln.text, "byline", author=name)
        elif ln.kind == "text" and (desk := _DESK_CREDIT.fullmatch(ln.text)) \
                and not prose_above and is_prose(below.text):
            # "TB NEWS : HUMAS POLRES X/ROHMAN |" over the lead: the press office's writer
            out[i] = Line(ln.text, "byline", author=desk.group("name"))
        elif ln.kind == "text" and not prose_above and (by := _BY_ON_DATE.search(ln.text)) \
                and _person_like(by.group("name")):
            # "<headline> by Name on 23 February 2026": the byline run onto the headline's
            # line; the line stays text, its headline is read off it
            out[i] = Line(ln.text, ln.kind, author=by.group("name"))
        elif ln.kind == "date" and ln.date and not ln.author \
                and (after := _ZONE_NAME_SITE.search(ln.text)) \
                and _person_like(after.group("name")) \
                and _squash(after.group("site")) in {_squash(x.text) for x in lines[:_TOP]}:
            # "Kamis, 19 Februari 2026 - 11:20 WIT NAME - Papua60Detik": the date line goes
            # on with the writer and the site's name as its logo prints it
            out[i] = Line(ln.text, ln.kind, author=after.group("name"), date=ln.date,
                          updated=ln.updated)
        elif ln.kind == "date" and ln.date and not ln.author \
                and (poster := _labelled_poster(ln.text)) is not None:
            # round 37: "Oleh : rudy    2026-03-09 08:36:23   1142": the labelled poster, as
            # printed (a school site's teacher signs in lower case), before the stamp
            out[i] = Line(ln.text, ln.kind, author=poster, date=ln.date, updated=ln.updated)
        elif ln.kind in ("end", "text") and (post := _POSTED_BY_AT.match(ln.text)) \
                and _person_like(post.group("name")):
            # "Posted by NAME at 19:32 No comments:": a blog post's footer signs it (the
            # site's own account is told apart by author_of, which skips the site's names)
            out[i] = Line(ln.text, ln.kind, author=post.group("name"))
        elif ln.kind == "text" and (joint := _JOINT_LABEL.fullmatch(ln.text)) \
                and _person_like(joint.group("name")):
            # "Penulis/Editor: NAME": one person wrote and edited the story
            out[i] = Line(ln.text, "byline", author=joint.group("name"))
        elif ln.kind == "text" and (meta := _CREDIT_META.match(ln.text)) \
                and _person_like(_titled(meta.group("name"))):
            # "oleh : NAME, 0 Komentar", "Kontribusi dari NAME, 11 Februari 2026 ...": a
            # theme's meta line, the writer's name before the comment count or the date
            # (a dated one stays as it was, the date read off it)
            dated_meta = not _COMMENTS.match(ln.text[meta.end():])
            out[i] = Line(ln.text, ln.kind if dated_meta else "byline", author=meta.group("name"))
        elif ln.kind == "text" and prose_above and 2 <= len(words) <= _MAX_BARE_NAME_WORDS \
                and "," not in name and _person_like(name) and _ROLE_LINE.match(below.text) \
                and not any(name in x.text for x in lines[:i] if x.kind == "text"):
            # "Nadya Kirana" over "Peneliti Remotivi. Menulis ...": the author's box under the
            # story, the name over the writer's role (a person the story names is no box)
            out[i] = Line(ln.text, "byline", author=name)
        elif above.kind == "byline" and not above.author and _LABEL_ONLY.fullmatch(above.text) \
                and ln.kind == "text":
            # "By" / "DIMAS ANGGORO · 4 minutes read": the label alone, the name below it
            named = _META_SEP.split(ln.text, maxsplit=1)[0].strip()
            if 2 <= len(named.split()) <= _MAX_BARE_NAME_WORDS and _person_like(named):
                out[i] = Line(ln.text, "byline", author=named)
    return more_bylines(out)


# After a date line's clock and zone, the writer's name, a dash and the site's name.
_ZONE_NAME_SITE = re.compile(r"\b(?:WIB|WITA|WIT)\s+(?P<name>[A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*)"
                             r"{1,3})\s+[-–—|]\s+(?P<site>\S+(?:\s\S+){0,2})$")
_TOP = 5  # the page's top lines, where its logo stands
_POSTED_BY_AT = re.compile(r"(?i:posted by|diposting oleh)\s+(?P<name>[A-Z][\w.'’]*"
                           r"(?:\s[A-Z][\w.'’]*){1,3})\s+(?:at|on|pada)\s")
_LABELLED = re.compile(r"(?i:penulis|reporter|pewarta|wartawan|writer|author)\s*:")
# A writer's and an editor's label joined by a slash, one name after them.
_JOINT_LABEL = re.compile(r"(?i:penulis|reporter|pewarta|wartawan|writer|author)\s*/\s*"
                          r"(?i:editor|redaktur|penyunting)\s*:\s*"
                          r"(?P<name>[A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*){1,3})\s*")
# A theme's meta line: the label, the name, then a comment count or a date.
_CREDIT_META = re.compile(r"(?i:oleh|by|kontribusi dari|contributed by|ditulis oleh|written by)"
                          r"\s*:?\s+(?P<name>[A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*){1,3}),\s*"
                          r"(?=\d+\s+(?i:komentar|comments?)\b|\d{1,2}\s+[A-Z][a-z]+\s+\d{4})")
_COMMENTS = re.compile(r"\d+\s+(?i:komentar|comments?)\b")
# The role line of an author's box under the story: "Content Writer", "Peneliti Remotivi."
_ROLE_LINE = re.compile(r"(?:(?:Content|Staff|Senior|Freelance)\s)?(?:Writer|Reporter|Journalist"
                        r"|Contributor|Researcher|Columnist|Peneliti|Penulis|Wartawan|Jurnalis"
                        r"|Kontributor|Kolumnis|Dosen|Pegiat|Aktivis)"
                        # the role alone or with its employer's name, never a sentence going on
                        # in lower case ("Dosen hukum agraria, Sri ..., menilai")
                        r"(?:\s(?:at|di|of)?\s?[A-Z][\w.&]*)*(?:\.(?:\s|$)|$)")


# A writer's label and one to three words of a name, nothing else, before a date line's stamp.
_POSTER_LABEL = re.compile(r"(?i:oleh|penulis|posted by|ditulis oleh)\s*:?\s+"
                           r"(?P<name>[A-Za-z][\w.'’-]*(?:\s[A-Za-z][\w.'’-]*){0,2})\s*[|·•,-]?\s*")


_NO_NAME = frozenset({"on", "pada", "at", "di", "in", "by", "oleh"})


def _labelled_poster(text: str) -> str | None:
    """The name a date line's writer label gives before the date, unless a site's account."""
    found = find_date(text)
    m = _POSTER_LABEL.fullmatch(text[:found.start]) if found and found.start else None
    if m is None or _ROLE_ACCOUNT.match(m["name"]) or is_place(m["name"]) \
            or m["name"].lower() in _NO_NAME or re.search(r"[_\d]", m["name"]):
        return None  # "Posted by On Februari 05", "Posted by ppid_grobogan |": no writer
    return m["name"]


_PHOTO_KINDS = frozenset({"caption", "caption-credit", "widget"})
_MAX_PHOTO_LINES = 4


def _captioned_headline(lines: list[Line], i: int) -> bool:
    """Round 37: the headline over the name with only its photo's caption and a share prompt
    between ("<headline>" / "Bagikan berita" / "<caption>" / "Rahmat Fadli" / "<date>")."""
    k = i - 1
    while k > 0 and i - k <= _MAX_PHOTO_LINES and lines[k].kind in _PHOTO_KINDS:
        k -= 1
    return k < i - 1 and _title_like(lines[k])


def _titled(name: str) -> str:
    """A shouted name in title case ("ANISA RAHMAWATI" -> "Anisa Rahmawati"), for the
    person test."""
    return name.title() if name.isupper() else name


def _in_headline(name: str, above: Line) -> bool:
    """Words the headline above holds ("Tari Rejang Renteng" under "... Latihan Tari Rejang
    Renteng untuk ..."): the photo's label, no writer's name."""
    return re.search(rf"(?<!\w){re.escape(name.casefold())}(?!\w)", above.text.casefold()) \
        is not None


# A byline and its date closing a line: " by Name Surname on 23 February 2026".
# ("Written By NAME on Selasa, 10 Februari 2026 | 21.36": a Blogspot theme's, with weekday and time)
_BY_ON_DATE = re.compile(r"(?:^|\s)(?i:by) (?P<name>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){1,3}) on "
                         r"(?:[A-Z][a-z']+,\s+)?\d{1,2} [A-Z][a-z]+ \d{4}"
                         r"(?:\s*\|\s*\d{1,2}[.:]\d{2})?$")
# A byline's label and the writer's name in brackets: "Pewarta : (Dimas Arya)".
_BRACKETED_BYLINE = re.compile(r"(?i:pewarta|penulis|reporter|wartawan|kontributor|oleh|by)"
                               r"\s*:\s*\((?P<name>[^()]{3,40})\)")


def _title_like(ln: Line) -> bool:
    """A text line long enough for a headline and with no sentence end."""
    return ln.kind == "text" and len(ln.text.split()) >= _MIN_TITLE_WORDS \
        and not FINAL.search(ln.text)


_ALT_LABEL = re.compile(r"^(?:Image|Gambar|Foto|Photo|Avatar)\s+(?=[A-Z][a-z])")
_LABEL_ONLY = re.compile(r"(?i)(?:by|oleh|penulis|reporter|ditulis oleh|written by)\s*:?")
_META_SEP = re.compile(r"\s+[·|•]\s+")


# A press office's credit line: an optional label and colon, the office (its "Humas" word),
# a slash and the writer's name, a stray bar after it.
_DESK_CREDIT = re.compile(r"(?:[^:/|]{2,30}:\s*)?(?i:humas)\b[^/:|]{0,40}/\s*"
                          r"(?P<name>[A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*){0,2})\s*\|?")
_DASH_BULLET = re.compile(r"[-–]\s+(?=\S)")
_SENTENCE_STOP = re.compile(r"[.!?]\s")  # a caption's sentence ends inside it; a headline's not
_MAX_META_WORDS = 3  # "- Kegiatan Pemerintahan,", "- 57": a bulleted category or view count


# Round 27: a comment form's heading under the story, two capitalised words that read as a
# name ("Tinggalkan Balasan", WordPress's "Leave a Reply" in Indonesian; "Tinggalkan Komentar",
# "Tulis Tanggapan", "Berikan Komentar", "Leave a Comment"): an imperative, then the reply's word.
_COMMENT_HEADING = re.compile(r"(?i:tinggalkan|tulis|berikan|kirim|beri|leave|post|write|add)"
                              r"(?:\s+(?i:a|an|your|anda))?\s+"
                              r"(?i:balasan|komentar|tanggapan|reply|comment|response)")


def _signed_off(lines: list[Line], i: int) -> bool:
    """The line above line `i` is a desk's closing code alone ("(Na)", "(rd)") under the
    story's last paragraph."""
    code, last = lines[i - 1].text, lines[i - 2].text
    return len(code) <= _MAX_CODE_CHARS and code.startswith(("(", "[")) and is_prose(last) \
        and (m := TRAILING_INITIALS.search("." + code)) is not None and m.start() == 1


_MAX_CODE_CHARS = 16


def _quoted_source(name: str, below: list[Line]) -> bool:
    """Whether the story below names `name` as one of its sources, set off by commas after a
    role ("Kepala Seksi ..., Lalu Ahmad Fauzi, mengatakan"): the photo's subject, captioned
    by name alone, not the writer."""
    rx = re.compile(rf",\s*{re.escape(name)}\s*,")
    return any(rx.search(ln.text) for ln in below)


def _under_date(lines: list[Line], i: int) -> bool:
    """A name right under the date line(s) that stand under the headline ("<headline>" / "23
    Feb 2026 | 10:15 WIB" / "Rudi Hartono"), with the story's prose right below: the byline,
    in the order the page chose."""
    j = i - 1
    while j > 0 and lines[j].kind == "date" and lines[j].date:
        j -= 1  # "Published: ..." over "Updated: ...": the date lines may be two
    if j == i - 1:
        return False
    top = lines[j]
    # a headline may ask ("Can Nurseries Shield Kupang's Villages?"): one question, no stop
    asked = top.kind == "text" and top.text.endswith("?") and not _SENTENCE_STOP.search(top.text) \
        and len(top.text.split()) >= _MIN_TITLE_WORDS
    return (_title_like(top) or asked) and is_prose(_after_credits(lines, i + 1, top.text))


_MAX_CREDIT_LINES = 4  # names and a desk's label between the byline and the story
# a caption's closing credit: the agency's shouted name, a slash and the photographer's
_PHOTO_CREDIT = re.compile(r"\.\s+[A-Z]{3,}\s?/\s?[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}\W*$")


def _after_credits(lines: list[Line], i: int, title: str) -> str:
    """The first line from `i` on that is no further credit: the editor's name, the desk's
    label ("Tim Redaksi"), the name again, the headline again (as an image's alt text), the
    photo's caption closed by its credit ("... Sabtu (21/2). ANTARA/Benny")."""
    for ln in lines[i:i + _MAX_CREDIT_LINES]:
        text = ln.text.rstrip(",")
        if not (ln.kind == "credit" or ln.text == title or _PHOTO_CREDIT.search(text)
                or (_ROLE_ACCOUNT.match(text)
                                                          and len(text.split()) <= 2)
                or (ln.kind == "text" and name_like(text))
                or (_DASH_BULLET.match(text) and len(text.split()) <= _MAX_META_WORDS + 1)):
            return ln.text
    return ""


def _unglued(lines: list[Line]) -> list[Line]:
    """The lines with a byline glued to its dateline split in two ("Oleh: RahmatJakarta-Banjir
    ..." -> the byline "Oleh: Rahmat", the lead "Jakarta-Banjir ..."), above any prose."""
    out: list[Line] = []
    prose = False
    for ln in lines:
        split = glued_byline(ln.text) if ln.kind == "text" and not prose else None
        prose = prose or (ln.kind == "text" and is_prose(ln.text))
        if split:
            out += [Line(ln.text[:len(ln.text) - len(split[1])].rstrip(), "byline",
                         author=split[0]), Line(split[1], "text")]
        else:
            out.append(ln)
    return out


_JOINT = re.compile(r"(?P<a>[^,&]+?)\s+(?:and|dan|&)\s+(?P<b>[^,&]+)")


def _joint(name: str) -> bool:
    """Two writers' names joined by "and", "dan" or "&", each two to four words of a name and
    no place, one at least a person's by every test (a surname may be a regency's: "Bima")."""
    m = _JOINT.fullmatch(name)
    parts = (m.group("a"), m.group("b")) if m else ()
    return bool(parts) and all(2 <= len(p.split()) <= _MAX_BARE_NAME_WORDS and name_like(p)
                               and not is_place(p) for p in parts) \
        and any(_person_like(p) for p in parts)


_WRITER_NOTE = re.compile(r"\*{1,2}\s*(?i:penulis|the writer|the author|writer|author)\b")


def _starred(text: str, below: list[Line]) -> bool:
    """A name closed by a footnote's star ("Fikri Ananda*") with the note about its writer
    further down ("*Penulis adalah peneliti ..."): the essay's byline."""
    name = text.rstrip()
    if not name.endswith("*") or name.endswith("***"):
        return False
    name = name.rstrip("* ")
    return 2 <= len(name.split()) <= _MAX_BARE_NAME_WORDS and _person_like(name) \
        and any(_WRITER_NOTE.match(x.text) for x in below)

"""Pure: bylines the line classifier and bare_bylines leave unread or misread (round 22): a
labelled report ("Laporan oleh NAME", "Blog Post by NAME"), a writer with the place filed from
glued on ("NAME-Ambon"), a desk or a wire agency signing ("By Editor", "By Associated Press"),
the writer under the logo above the date, the writer closing the story over its tags, and a
rubric printed over the headline and again under it (no writer). Round 23: a newsroom's rank
signing, a category list in the byline's place, the agency after the writer's comma, a date
label after the writer, the writer's post after the name, the author box printing it twice."""

from __future__ import annotations

import re

from .bylines_credit import credited_bylines
from .dateline_names import is_place
from .dates import find_date
from .datelines import outlet_like
from .lines import _MAX_BARE_NAME_WORDS, _ROLE_ACCOUNT, Line, _person_like, is_prose

_NAME = r"[A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*){1,3}"
# A report's label before the writer: "Laporan oleh NAME", "Liputan: NAME", "Blog Post by
# NAME", "Oleh : NAME -Luwuk (16/02/2026)" (the place filed from and the day after it).
_LABELLED_REPORT = re.compile(
    rf"(?i:laporan(?:\s+oleh)?|liputan(?:\s+oleh)?|reportase|dilaporkan oleh"
    rf"|(?:blog\s+)?post(?:ed)?\s+by|(?:news\s+)?story\s+by|report\s+by|oleh)\s*:?\s+"
    rf"(?P<name>{_NAME})(?:\s*[-–]\s*(?P<place>[A-Z][\w'’]+(?:\s[A-Z][\w'’]+)?))?"
    rf"(?:\s*\(\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\))?\s*")
# A desk or wire agency where a writer's name goes ("By Editor | February 24, 2026", "By
# Associated Press"): no person, so no author (real vocabulary: newsroom roles and agencies).
_NO_PERSON = frozenset({
    "editor", "editors", "admin", "administrator", "redaksi", "redaktur", "webmaster", "staff",
    "staf", "newsroom", "news desk", "desk", "tim redaksi", "editorial team", "editorial staff",
    "associated press", "the associated press", "ap", "reuters", "afp", "agence france-presse",
    "agence france presse", "bernama", "xinhua", "kyodo", "kyodo news", "yonhap", "dpa", "upi",
    "bloomberg", "antara",
    # round 23: a newsroom's ranks signing ("Oleh Pimred", "By Redpel"): no person's name
    "pimred", "pemred", "pemimpin redaksi", "wapimred", "redpel", "redaktur pelaksana"})
# A post's category list where a byline stands ("Berita, Kegiatan Mahasiswa", "News, Daerah",
# "Opini, Kolom Dosen"): its first entry a section's word, real rubric vocabulary.
_SECTIONS = frozenset({"berita", "news", "opini", "kolom", "artikel", "daerah", "nasional",
                       "kegiatan", "pengumuman", "agenda", "info", "informasi", "umum",
                       "headline", "kampus", "kabar", "liputan", "rilis", "siaran pers"})
# A byline with its date label after the writer: "oleh Rahmawati Putri diperbarui 20 Feb
# 2026, 08:15 WIB", "Written by Dewi Anggraini Published on Feb 24, 2026", "By Ana Lestari
# Updated 3 hours ago".
_DATED_WRITER = re.compile(
    rf"(?i:oleh|by|written by|ditulis oleh|penulis)\s*:?\s+(?P<name>{_NAME})\s*[|,·-]?\s+"
    r"(?i:diperbarui|diterbitkan|dipublikasikan|published(?:\s+on)?|updated(?:\s+on)?"
    r"|posted(?:\s+on)?)\b.*")
_UPDATED = re.compile(r"(?i:diperbarui|updated)")
# A writer's label, the name, then the writer's post: "Penulis: Yulia Rahmadani, Dosen
# Departemen Sastra ...", "Ditulis oleh: Rudi Hartono, mahasiswa Prodi Ilmu Komunikasi".
_WRITER_AND_POST = re.compile(rf"(?i:penulis|ditulis oleh|written by)\s*:\s*(?P<name>{_NAME})"
                              r"\s*,\s*\S.{0,160}")
# Round 31: the post after a full stop, on a line the line classifier left as text ("Penulis :
# Rina Wati. Mahasiswa Ilmu Komunikasi Universitas ...", "Penulis: Andi Saputra. Guru SMA Negeri
# 2 Padang", "Oleh: Dewi Lestari. Peneliti ..."): an opinion page's writer line, its name first.
_WRITER_DOT_POST = re.compile(rf"(?i:penulis|ditulis oleh|written by|oleh)\s*:\s*(?P<name>{_NAME})"
                              r"\.\s+[A-Z]\S*(?:\s\S+){0,20}")
# A tag list's label under the story: "Topic", "Tags", "Tag:", "Topik", "Label".
_TAG_LABEL = re.compile(r"(?i:topics?|tags?|topik|label|labels|kata kunci)\s*:?")
_TOP = 5  # the page's top lines, where its logo stands


def more_bylines(lines: list[Line]) -> list[Line]:
    """The lines with the bylines of the module's shapes set (or a desk's name unset)."""
    out = list(lines)
    prose_above = False
    for i, ln in enumerate(lines):
        above = lines[i - 1] if i else None
        below = lines[i + 1] if i + 1 < len(lines) else None
        if ln.author and _category_list(ln.author):
            # "Berita, Kegiatan Mahasiswa" under the headline: the post's categories
            out[i] = Line(ln.text, "text")
        elif ln.author and (signed := _with_agency(ln.author)):
            # "By Yosef Tamba, Associated Press": the writer, then the agency he writes for
            out[i] = Line(ln.text, ln.kind, author=signed, date=ln.date, updated=ln.updated)
        elif ln.author and (m := _WRITER_AND_POST.fullmatch(ln.text)
                            or _WRITER_DOT_POST.fullmatch(ln.text.strip())) \
                and ln.author != m["name"] and _person_like(m["name"]):
            # "Penulis: NAME, Dosen Program Studi ...": the writer without the post
            out[i] = Line(ln.text, ln.kind, author=m["name"], date=ln.date, updated=ln.updated)
        elif ln.author and ln.author.strip().lower() in _NO_PERSON:
            # "By Editor", "By Associated Press": the desk's or the agency's line, no writer
            out[i] = Line(ln.text, ln.kind, date=ln.date, updated=ln.updated)
        elif ln.author and (glued := _place_glued(ln.author)):
            # "Laporan Stevy Pattinama-Ambon": the writer, then the place filed from
            out[i] = Line(ln.text, ln.kind, author=glued, date=ln.date, updated=ln.updated)
        elif ln.kind == "text" and not prose_above and not ln.author \
                and (m := _WRITER_DOT_POST.fullmatch(ln.text.strip())) and _person_like(m["name"]):
            out[i] = Line(ln.text, "byline", author=m["name"])  # "Penulis : NAME. Post ..."
        elif ln.kind == "text" and not prose_above and not ln.author \
                and (m := _LABELLED_REPORT.fullmatch(ln.text)) \
                and _person_like(m["name"]) and not is_place(m["name"]) \
                and not any(_ROLE_ACCOUNT.fullmatch(w) for w in m["name"].split()) \
                and (m["place"] is None or is_place(m["place"])):
            # "Laporan oleh Dimas Aryo Saputro" under the headline; "Blog Post by Name"
            out[i] = Line(ln.text, "byline", author=m["name"])
        elif ln.kind == "byline" and ln.author and ln.author.isupper() \
                and _rubric_twice(lines, i):
            # "INFO RAYA" over the headline and again under it: the page's rubric, no writer
            out[i] = Line(ln.text, "text")
        elif ln.kind == "text" and not ln.author and above is not None and below is not None \
                and _bare_name(ln.text) and i == 1 and above.kind == "text" \
                and len(above.text.split()) <= 2 and not outlet_like(ln.text) \
                and below.kind == "date" and below.date and not below.author:
            # "TrubusNews" / "Sekar Ayu Wulandari" / "19 Feb 2026 14:30 WIB": the logo, the
            # writer, the date, then the headline
            out[i] = Line(ln.text, "byline", author=ln.text)
        elif ln.kind == "text" and not ln.author and prose_above and above is not None \
                and below is not None and is_prose(above.text) and _bare_name(ln.text) \
                and _TAG_LABEL.fullmatch(below.text) \
                and not any(ln.text in x.text for x in lines[:i]):
            # "... sekitar Cibubur." / "Ayu Larasati" / "Topic": the writer closing the story
            # over its tag list (a name the story quotes is no writer's line)
            out[i] = Line(ln.text, "byline", author=ln.text)
        elif ln.kind == "text" and not ln.author and (m := _DATED_WRITER.fullmatch(ln.text)
                                                      or _WRITER_AND_POST.fullmatch(ln.text)) \
                and _person_like(m["name"]) and not is_place(m["name"]) \
                and not any(_ROLE_ACCOUNT.fullmatch(w) for w in m["name"].split()):
            # "oleh NAME diperbarui <date>": the writer, and the date the label gives
            found = find_date(ln.text)
            out[i] = Line(ln.text, "byline", author=m["name"], date=found.iso if found else None,
                          updated=bool(found and _UPDATED.search(ln.text[:found.start])))
        elif ln.kind == "text" and not ln.author and prose_above and below is not None \
                and below.text == ln.text and _bare_name(ln.text) and not outlet_like(ln.text) \
                and (above is None or above.text != ln.text) \
                and not any(x.kind == "text" and is_prose(x.text)
                            and len(x.text.split()) > 2 * _TOP for x in lines[i + 2:]) \
                and not any(ln.text in x.text for x in lines[:i]):
            # "... akhir Ramadhan." / "Sumbawa" / "Lalu Hendra Wijaya" / "Lalu Hendra Wijaya":
            # the author box under the story, its avatar's label and the name (a name the
            # story quotes is no writer's line, a network's banner between paragraphs no box)
            out[i] = Line(ln.text, "byline", author=ln.text)
        prose_above = prose_above or (ln.kind == "text" and is_prose(ln.text))
    return credited_bylines(out)  # round 24's shapes (bylines_credit.py)


def _category_list(author: str) -> bool:
    """Whether a byline's "name" is a list of the post's categories."""
    parts = [p.strip().lower() for p in author.split(",")]
    return len(parts) >= 2 and parts[0] in _SECTIONS


def _with_agency(author: str) -> str | None:
    """The writer before a comma and the agency or desk ("Yosef Tamba, Associated Press")."""
    name, _, tail = author.rpartition(",")
    if name and tail.strip().lower() in _NO_PERSON and _person_like(name.strip()):
        return name.strip()
    return None


_GLUED_PLACE = re.compile(r"(?P<name>.+?\S)\s*[-–]\s*"
                          r"(?P<place>[A-Z][\w'’]+(?:\s[A-Z][\w'’]+)?)")


def _place_glued(author: str) -> str | None:
    """The writer's name without the place glued on by a dash ("Stevy Pattinama-Ambon" ->
    "Stevy Pattinama"), else None; a double-barrelled surname stays ("Siti Nur-Aini")."""
    m = _GLUED_PLACE.fullmatch(author)
    if not m or not is_place(m["place"]) or len(m["name"].split()) < 2:
        return None
    return m["name"] if _person_like(m["name"]) else None


# A tagline's words, never a person's name's ("Be Your Inspiration", "Berita Untuk Kita").
_TAGLINE_WORDS = frozenset({"be", "your", "you", "our", "we", "my", "is", "are", "to", "with",
                            "the", "for", "of", "and", "in", "on", "kita", "kami", "anda", "untuk",
                            "dan", "yang", "dari", "di", "ke", "semua", "terpercaya", "inspirasi"})


def _bare_name(text: str) -> bool:
    """Two to four words of a person's name and nothing else (no tagline's words)."""
    words = text.split()
    return 2 <= len(words) <= _MAX_BARE_NAME_WORDS and not text.isupper() \
        and _person_like(text) and not is_place(text) \
        and not any(w.lower() in _TAGLINE_WORDS for w in words)


def _rubric_twice(lines: list[Line], i: int) -> bool:
    """Whether the shouted line `i` stands also above the headline over it: the rubric the
    page prints over and under its headline ("INFO RAYA", "NASIONAL")."""
    return any(x.text == lines[i].text and x.kind != "byline" for x in lines[max(0, i - _TOP):i])

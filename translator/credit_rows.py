"""Pure (round 26): a theme's credit row copied onto one line under the headline, the writer's
label, the editor's and the stamp side by side ("Oleh : Rina Wati Editor : Redaksi Kamis, 22
Januari 2026 - 15:40 WIB Banda Aceh", "Penulis: Andi Saputra Editor: Admin Senin, 2 Maret
2026 | 09:10 WIB", "Reporter : Yusuf Editor : Tim Redaksi 12/03/2026"): the writer is the
name the first label gives, the stamp the post's."""

from __future__ import annotations

import re

from .boilerplate_credits import source_credit
from .dates import DAYS, find_date

_ROW = re.compile(r"(?:Oleh|Penulis|Reporter|Wartawan|Author|By)\s*:\s*"
                  r"(?P<name>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,4}?)\s+"
                  r"(?:Editor|Redaktur|Penyunting|Editing)\s*:\s*\S.*")
_MAX_ROW_CHARS = 200


def credit_row(text: str) -> str | None:
    """The writer a dated credit row names (the shapes above), else None."""
    if len(text) > _MAX_ROW_CHARS:
        return None
    m = _ROW.fullmatch(text.strip())
    return m["name"] if m and find_date(text) else None


_PERSON = re.compile(r"[A-Z][a-z'’.-]+(?: [A-Z][a-z'’.-]+){1,3}")
_NOT_NAME_WORDS = frozenset({"the", "news", "post", "daily", "berita", "media", "home"})


def person_shaped(text: str) -> bool:
    """A person's name alone on its line: two to four capitalised words, none a news site's."""
    return bool(_PERSON.fullmatch(text.strip())) \
        and not any(w.lower() in _NOT_NAME_WORDS for w in text.split())


# A theme's credit list, each label on its own line behind a list dash or bullet ("- Editor :
# Rahmat Hidayat" / "- Penulis : Dewi Lestari", "• Reporter: Andi Saputra"): the writer's
# label names the writer (an editor's, a photographer's never does).
_LISTED = re.compile(r"[-–•·*]\s*(?:Penulis|Reporter|Wartawan|Oleh|Author|Writer)\s*:\s*"
                     r"(?P<name>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,4})")
# Round 30: a feature's credit lines without the dash ("Text : Nadia Putri" / "Photo : Budi
# Santoso", "Teks: Rina Wati", "Words: Ayu Lestari"): the text's label names the writer.
_TEXT_LABEL = re.compile(r"(?:Text|Teks|Words|Naskah|Story)\s*:\s*"
                         r"(?P<name>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3})")


def listed_credit(text: str) -> str | None:
    """The writer a listed credit line names (the shapes above), else None."""
    m = _LISTED.fullmatch(text.strip()) or _TEXT_LABEL.fullmatch(text.strip())
    return m["name"] if m else None


# --- round 29 (was byline_words): a byline's "name" made of a widget's or a menu's words, never
# a writer: a call for contributions ("Submit Your Articles", "Kirim Tulisan Anda"), a video
# strip's heading ("Editor's Vids"), a wire credit with no person ("By Agencies").
# Words no person's name holds, seen as the whole "name" of a widget's heading or a wire
# credit: "Submit Your Articles", "Editor's Vids", "Agencies", "Wires", "Kirim Artikel Anda".
_WIDGET_WORDS = frozenset({
    "submit", "articles", "article", "vids", "videos", "video", "agencies", "agency", "wires",
    "your", "our", "subscribe", "newsletter", "podcast", "podcasts", "picks", "pilihan",
    "kirim", "tulisan", "artikel", "anda", "kami", "agensi", "terpopuler", "populer",
})
# A role's possessive heading a widget ("Editor's Picks", "Editor’s Vids", "Reader's Choice").
_ROLE_POSSESSIVE = re.compile(r"^(?:editor|reader|publisher|admin)['’]s\b", re.IGNORECASE)


def widget_name(name: str | None) -> bool:
    """Whether a byline's name is a widget's heading or a wire credit, not a writer."""
    if not name:
        return False
    words = [w.strip(",.:;()").lower() for w in name.split()]
    return bool(_ROLE_POSSESSIVE.match(name.strip())) \
        or any(w in _WIDGET_WORDS for w in words)


# A dateline's shouted place glued to the outlet by a comma ("SAMBAS,Media Kalbar", "KETAPANG,
# Suara Ketapang"), which a byline test reads as a name and its place: no writer.
_PLACE_THEN_OUTLET = re.compile(r"[A-Z]{3,}(?:\s[A-Z]{3,})?,\s?[A-Z][a-z][\w.]*(?:\s[A-Z][\w.]*)*")


def no_writer(name: str | None) -> bool:
    """widget_name, or a dateline's place and outlet read as a byline."""
    return widget_name(name) or bool(name and _PLACE_THEN_OUTLET.fullmatch(name.strip()))


# "Published by" / "Jauhari Fatria", "Diterbitkan oleh" / "Name": a WordPress footer's label,
# the writer's name on the next line. (A closing full name alone in brackets, "(Name Name)", is
# left: ../fresh60/ reads it as a closing credit, author null; ../fresh66/ as the reporter.)
_PUBLISHED_BY = re.compile(r"(?i)(?:published|posted|written)\s+by|diterbitkan\s+oleh"
                           r"|ditulis\s+oleh")


def closing_author(lines, person_shaped) -> str | None:
    """The writer a WordPress footer names after the story: "Published by" over a name."""
    texts = [ln.text.strip() for ln in lines]
    return next((nxt for label, nxt in zip(texts, texts[1:])
                 if _PUBLISHED_BY.fullmatch(label.rstrip(" :")) and person_shaped(nxt)
                 and not no_writer(nxt)), None)


# Round 30: a reporter's sign-off closing the story on its own line behind an asterisk ("*Fikri",
# "*Rahmat Hidayat"): one or two capitalised words after the last paragraph, no prose below
# (an asterisked crosshead, "*Harapan Warga", stands over more paragraphs).
_SIGN_OFF = re.compile(r"\*\s?(?P<name>[A-Z][a-z'’]+(?: [A-Z][a-z'’]+)?)")
_PROSE_WORDS = 12


def _prose(text: str) -> bool:
    return len(text.split()) >= _PROSE_WORDS and text.rstrip()[-1:] in ".\"”’!?)"


def sign_off(texts: list[str]) -> str | None:
    """The name an asterisked closing sign-off gives (the shape above), else None."""
    texts = [t.strip() for t in texts if t.strip()]
    for i, t in enumerate(texts[1:], 1):
        m = _SIGN_OFF.fullmatch(t)
        if m and _prose(texts[i - 1]) and not any(_prose(n) for n in texts[i + 1:i + 4]) \
                and not no_writer(m["name"]) and m["name"].split()[0].lower() not in _DESK:
            return m["name"]
    return marked_writer(texts)


# Round 31: an essay's byline glued to its first paragraph, the name closed by the footnote
# mark that the writer's note below repeats ("Oleh Laksmi Dewi *) Setiap awal tahun ...",
# "Oleh: Ahmad Fauzi*) Banjir kembali ..." over "*) Penulis adalah peneliti ..."): the writer.
_MARKED = re.compile(r"(?i:oleh|by)\s*:?\s+(?P<name>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3})"
                     r"\s*\*+\)\s+\S")
_NOTE = re.compile(r"\*+\)\s*(?i:penulis|the writer|the author|writer|author)\b")


def marked_writer(texts: list[str]) -> str | None:
    """The writer a glued, footnote-marked byline names (the shape above), else None."""
    if not any(_NOTE.match(t.strip()) for t in texts):
        return None
    for t in texts:
        m = _MARKED.match(t.strip())
        if m and not no_writer(m["name"]):
            return m["name"]
    return None


_DESK = frozenset({"tim", "redaksi", "admin", "editor", "catatan", "sumber", "foto", "baca"})


# Round 32: a clipping's credit on its own line below the story, the label, the source's name
# (one to five capitalised words or its web address) and the day it printed the story:
# "Sumber: Kompas, 11 Februari 2026", "Source: The Jakarta Post, March 3, 2026", "Sumber :
# tempo.co (4/3/2026)"; boilerplate_credits.source_credit reads the bracketed form.
_LABELLED_SOURCE = re.compile(
    r"(?i:sumber|source|dikutip dari|disadur dari|dilansir dari)\s*:?\s*"
    r"(?P<source>(?:[A-Z][\w.&'’-]*|[a-z][\w-]*(?:\.[a-z]{2,})+)(?:\s+[A-Z][\w.&'’-]*){0,4})"
    r"\s*[,(]?\s*(?P<rest>.+)")
_BEFORE_DAY = re.compile(rf"(?i:(?:{'|'.join(DAYS)})\b)?[\s,(]*")


def clipping_credit(text: str) -> tuple[str, str] | None:
    """(source, ISO date) of a clipping's credit line (the shapes above), else None."""
    m = _LABELLED_SOURCE.fullmatch(text.strip())
    found = find_date(m["rest"]) if m else None
    if m is None or found is None or not _BEFORE_DAY.fullmatch(m["rest"][:found.start]) \
            or m["rest"][found.end:].strip(" ).") or find_date(m["source"]):
        return None
    return m["source"].rstrip(".,"), found.iso


def story_credit(text: str) -> tuple[str, str] | None:
    """(source, ISO date) of a digest's bracketed credit closing `text`
    (boilerplate_credits.source_credit) or of a clipping's credit line, else None."""
    return source_credit(text) or clipping_credit(text)

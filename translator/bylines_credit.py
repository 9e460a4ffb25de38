"""Pure: bylines that only their surroundings tell (round 24, called by bylines_more): a name
alone in the header that the photo's caption beside it credits again (the writer took the
picture), a writer's label with the name in brackets glued on ("penulis( Nurhayati)"), and a
campus page's rapporteur closing the story ("Rapporteur: NAME")."""

from __future__ import annotations

import re

from .dateline_names import is_place
from .lines import _MAX_BARE_NAME_WORDS, _ROLE_ACCOUNT, Line, _person_like, is_prose

_NAME = r"[A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*){0,3}"
_REACH = 3  # lines between the name and the caption that credits it, at the most
# A writer's label, then the name in brackets with no space or colon before them:
# "penulis( Nurhayati)", "Reporter(Andi Saputra)", "Pewarta (Rudi)".
_BRACKET_LABEL = re.compile(rf"(?i:penulis|reporter|pewarta|wartawan|writer|author)\s*"
                            rf"\(\s*(?P<name>{_NAME})\s*\)")
# A report's rapporteur or writer on a campus or agency page, labelled in English or
# Indonesian: "Rapporteur: Aulia Rahmadani", "Notulis: Dewi", "Text by: Rina Sari".
_RAPPORTEUR = re.compile(rf"(?i:rapporteur|notulis|text by|words by|story by)\s*:?\s+"
                         rf"(?P<name>{_NAME})\s*")


# Round 28: a theme's author line that prints the avatar's label and then the name ("Komang
# Ari Wiratama by Komang Ari Wiratama", "Dewi Lestari By Dewi Lestari"): the name once.
_NAME_BY_NAME = re.compile(rf"(?P<name>{_NAME})\s+(?i:by|oleh)\s+(?P=name)")
# Round 28: a bulleted menu of the site's sections ("• Esai" / "• Penulis" / "• Buku" /
# "• Buku Mahima"): its "Penulis" (the writers' index) over the next item is no byline.
_MENU_BULLET = re.compile(r"\s*[•·▪●◦]\s*\S")


def credited_bylines(lines: list[Line]) -> list[Line]:
    """The lines with the bylines of the module's shapes set (a menu item's unset)."""
    out = list(lines)
    for i, ln in enumerate(lines):
        if ln.kind == "text" and not ln.author and (m := _NAME_BY_NAME.fullmatch(ln.text.strip())) \
                and _person_like(m["name"]) and not is_place(m["name"]):
            out[i] = Line(ln.text, "byline", author=m["name"], date=ln.date, updated=ln.updated)
        elif ln.kind == "text" and not ln.author and (name := _named(ln.text, lines, i)):
            out[i] = Line(ln.text, "byline", author=name)
        elif ln.author and _in_menu(lines, i):
            out[i] = Line(ln.text, "text")
    return out


def _in_menu(lines: list[Line], i: int) -> bool:
    """Line `i` and the lines on both sides of it are bulleted items of a word or two."""
    near = lines[max(0, i - 1):i + 2]
    return len(near) == 3 and all(_MENU_BULLET.match(x.text) and len(x.text.split()) <= 4
                                  for x in near)


def _named(text: str, lines: list[Line], i: int) -> str | None:
    if (m := _BRACKET_LABEL.fullmatch(text) or _RAPPORTEUR.fullmatch(text)) \
            and _person_like(m["name"]) and not is_place(m["name"]) \
            and not any(_ROLE_ACCOUNT.fullmatch(w) for w in m["name"].split()):
        return m["name"]
    above, below = lines[i - 1] if i else None, lines[i + 1] if i + 1 < len(lines) else None
    # under the headline or over the date line, as a bare byline stands (a teaser's prose
    # may come before the headline)
    placed = (above is not None and _headline_like(above)) \
        or (below is not None and below.kind in ("date", "byline") and bool(below.date))
    if placed and _photo_credited(text, lines, i):
        return text
    if above is not None and is_prose(above.text) and (below is None or not is_prose(below.text)) \
            and _credit_signed(text, lines, i):
        return text
    return None


def _credit_signed(text: str, lines: list[Line], i: int) -> bool:
    """Round 25: a name alone closing the story's last paragraph that the page's photo credit
    names as its own staff's ("[HIDUP/Bernadus Wijayanto]", "(Foto: RADAR/Dewi Lestari)",
    "Foto: Tribun/Agus Salim" over the caption): the reporter who wrote it and shot the photo
    signs the story off (a source the story quotes is no credited photographer)."""
    words = text.split()
    if not 2 <= len(words) <= _MAX_BARE_NAME_WORDS or text.isupper() \
            or not _person_like(text) or is_place(text):
        return False
    credit = re.compile(rf"[\[(]?\s*(?i:foto\s*:\s*)?[\w .&-]{{2,30}}/\s*{re.escape(text)}"
                        rf"\s*[\])]?")
    return any(j != i and credit.fullmatch(x.text.strip()) for j, x in enumerate(lines))


_MIN_TITLE_WORDS = 5


def _headline_like(ln: Line) -> bool:
    """A text line of a headline's length with no sentence's stop."""
    return ln.kind == "text" and len(ln.text.split()) >= _MIN_TITLE_WORDS \
        and not ln.text.rstrip().endswith((".", "!", "?", ":", ",", "...", "…"))


def _photo_credited(text: str, lines: list[Line], i: int) -> bool:
    """A person's name alone above the story ("Putu Mardika" over the date line) that a photo's
    caption a few lines off credits ("... Senin malam (16/2). (Putu Mardika/Radar Bali)",
    "... (Kanan)/ Agustinus Rendi"): the writer, who took the picture too. A name the caption
    names as its subject stands elsewhere in it, never as its closing credit."""
    words = text.split()
    if not 2 <= len(words) <= _MAX_BARE_NAME_WORDS or text.isupper() \
            or not _person_like(text) or is_place(text):
        return False
    name = re.escape(text)
    credit = re.compile(rf"(?:/\s*{name}\s*\)?|\(\s*{name}\s*/[^()]{{2,40}}\))\W*$")
    near = lines[max(0, i - _REACH):i] + lines[i + 1:i + 1 + _REACH]
    return any(x is not lines[i] and x.text != text and credit.search(x.text)
               and len(x.text.split()) > len(words) + 2 for x in near)

"""Pure: more datelines set off from the lead by a mark the tables do not read (round 33), each
rewritten into the form the tables know and read again by the caller's matcher
(dateline_marks.marked_dateline asks here last):

- a hashtag for the place: "#Sleman - Warga ..." (a known place only: a tag is mostly a topic);
- a run of underscores after the place and the outlet: "KUDUS, WARTAKITA.com__Warga ...";
- a colon after the outlet's address, the place with no dash: "Kabarku.co.id: Padang Warga ...";
- a bar after the bracketed date: "SLEMAN, HUTANKITA (19/01/2026) | Warga ..." (as its dash);
- a press office and its short form between the place and the date: "Jakarta, Kementerian
  Pertanian (Kementan), Senin, 9 Maret 2026. Warga ...".

A rewritten line that does not read as a dateline with a place gives None."""

from __future__ import annotations

import re
from collections.abc import Callable

from .dateline_names import is_place
from .dates import DAYS, split_dated

Dateline = tuple[str | None, str | None, str]
Matcher = Callable[[str], "Dateline | None"]

_WORD = r"[A-Z](?:[^\W_]|['’.])*"  # no underscore: it is the mark
_NAME = rf"{_WORD}(?:[ -]{_WORD}){{0,3}}"
_OPEN = r"(?=[A-Z0-9\"“‘'])"
_DOMAIN = (r"[A-Za-z][\w-]*(?:\.[\w-]+)*\.(?i:com|co\.id|id|net|org|news|tv|info|online|co"
           r"|web\.id|or\.id|go\.id)(?![^\W_])")
# "#Sleman - ", "#BANTUL – ": a tag for the place, then the dateline's mark
_HASHTAG = re.compile(r"#(?P<name>[A-Z][\w'’]*)(?P<tail>\s*[-–—:,].+)", re.S)
# "KUDUS, WARTAKITA.com__", "Bantul, kabarbantul.id _ ": underscores typed for the dash
_UNDERSCORES = re.compile(rf"(?P<head>{_NAME},\s*(?:{_DOMAIN}|{_NAME}))\s*_{{1,3}}\s*"
                          rf"(?P<rest>{_OPEN}.+)", re.S)
# "Kabarku.co.id: Padang Warga ...", "Kabarku.co.id : Padang - ": the address, a colon
_COLON = re.compile(rf"(?P<domain>{_DOMAIN})\s*:\s*(?P<rest>[A-Z].+)", re.S)
# "SLEMAN, HUTANKITA (19/01/2026) | ": a bar after the bracketed date
_BAR = re.compile(rf"(?P<head>{_NAME}(?:,\s*{_NAME})?)\s*(?P<date>\(\d{{1,2}}/\d{{1,2}}"
                  rf"(?:/\d{{2,4}})?\))\s*\|\s*(?P<rest>{_OPEN}.+)", re.S)
# "Jakarta, Kementerian Pertanian (Kementan), Senin, ...": the office, its short form
_OFFICE = re.compile(rf"(?P<place>{_NAME}),\s+(?P<office>[A-Z][\w.&’'-]*"
                     r"(?:\s+(?:[A-Z][\w.&’'-]*|dan|and|of|the|for|&)){1,10})\s*\((?P<short>[A-Z]"
                     r"[A-Za-z]{1,14})\),\s*(?P<rest>.+)", re.S)
_DATE_OPEN = re.compile(rf"(?i:{'|'.join(DAYS)})\b|\d")
_MAX_PLACE_WORDS = 3


def more_marks(text: str, match: Matcher, placed: Callable[[str, str], bool]) -> Dateline | None:
    """The dateline of a lead in one of the module's forms; `placed(name, rest)`: whether the
    name is a known place or one the story names again."""
    if (m := _HASHTAG.match(text)) and is_place(m["name"]):
        found = match(f"{m['name']}{m['tail']}")
        if found and found[0] == m["name"]:
            return found
    if m := _UNDERSCORES.match(text):
        found = match(f"{m['head']} - {m['rest']}")
        if found and found[0] and placed(found[0].split(",")[0], m["rest"]):
            return found
    if (m := _COLON.match(text)) and _place_first(m["rest"]):
        found = match(f"{m['domain']}, {m['rest']}")
        if found and found[0] and found[1] and is_place(found[0].split(",")[0]):
            return found
    if (m := _BAR.match(text)) and is_place(m["head"].split(",")[0]) \
            and not is_place(m["head"].partition(",")[2].strip()):  # "PEKANBARU, RIAU |": as was
        found = match(f"{m['head']} {m['date']} - {m['rest']}")
        if found and found[0] and m["head"].startswith(found[0].split(",")[0]):
            return found
    if (m := _OFFICE.match(text)) and is_place(m["place"]) and _DATE_OPEN.match(m["rest"]):
        again = f"{m['place']}, {m['rest']}"
        found = match(again) or ((dated := split_dated(again)) and match(dated[0]))
        if found and found[0] == m["place"]:
            return found
    return None


def _place_first(rest: str) -> bool:
    """The words after the colon open with a known place ("Padang Warga ...")."""
    words = [w.strip(",.-–—") for w in rest.split()[:_MAX_PLACE_WORDS]]
    return any(is_place(" ".join(words[:n])) for n in range(1, len(words) + 1))

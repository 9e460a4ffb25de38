"""Pure: datelines set off from the lead by an unusual mark, read as the ordinary
"PLACE (CODE) - Lead" the tables know (datelines.match_dateline asks here first).

- an underscore for the dash: "Indramayu_Sekitar 2.300 ABK ...";
- a run of full stops or ellipses after the stamp: "Wanokaka-SJ……….. Pelaksanaan ...";
- the outlet's code in brackets after the comma, closed by ".-": "KAB. CIREBON, (FC).- ...";
- a locality and its province before the bracketed outlet: "Sanur, Bali (ANTARA News) - ...",
  the dateline being both names (a known town alone stays the tables' reading);
- round 33: the other marks of dateline_setoffs.py (a hashtag, a run of underscores after the
  place and the outlet, a colon after the address, a bar after the bracketed date, a press
  office between the place and the date).

Each form is rewritten and read again by the caller's matcher; a form that does not read as a
dateline (no place, a weekday for the province, a file name) gives None and leaves the line to
the other readers."""

from __future__ import annotations

import re

from .dateline_names import is_place
from .dateline_setoffs import Dateline, Matcher, more_marks

_NAME = r"[A-Z][\w'’.]*(?:[ -][A-Z][\w'’.]*){0,3}"
_OPEN = r"(?=[A-Z0-9\"“‘'])"
_UNDERSCORE = re.compile(rf"(?P<head>{_NAME})_(?P<rest>{_OPEN}.+)", re.S)
_DOT_RUN = re.compile(r"(?P<head>[A-Z][\w'’]*(?: [A-Z][\w'’]*){0,3})"
                      r"(?:\s?[-–—]\s?(?P<code>[A-Za-z]{1,8}))?\s*(?:[.…]{3,}|…[.…]+)[.…\s]*"
                      rf"(?P<rest>{_OPEN}.+)", re.S)
_CODE = re.compile(rf"(?P<head>{_NAME}),\s*\((?P<code>[A-Za-z][\w.]{{0,11}})\)\s*[.,:;]?\s*"
                   rf"[-–—]{{1,2}}\s*(?P<rest>{_OPEN}.+)", re.S)
_PAIR = re.compile(rf"(?P<town>{_NAME}),\s+(?P<region>{_NAME})\s*\((?P<outlet>[^()]{{2,40}})\)"
                   rf"\s*[-–—:]{{1,2}}\s*(?P<rest>{_OPEN}.+)", re.S)
# file names and camera stamps glued by an underscore ("IMG_2034 ...", "WA_Image ...")
_FILE_WORDS = frozenset({"img", "dsc", "dscn", "wa", "pxl", "vid", "foto", "photo", "screenshot",
                         "image", "pic", "pict", "file", "doc", "scan"})


def _placed(name: str, rest: str) -> bool:
    """A known place, or a name the story names again ("... Kecamatan Indramayu")."""
    if is_place(name):
        return True
    word = name.split()[-1].strip(".")
    return len(word) >= 4 and re.search(rf"\b{re.escape(word.title())}\b", rest) is not None


def marked_dateline(text: str, match: Matcher) -> Dateline | None:
    """The dateline of a lead set off by an underscore, a run of stops, a bracketed code after
    its comma, or a town-and-province pair before the outlet; None for any other line."""
    if (m := _PAIR.match(text)) and is_place(m.group("region")) and not is_place(m.group("town")):
        # a town the tables know stands alone ("Ambon, Maluku (DMS) –" reads Ambon, elsewhere);
        # a locality they do not is the one its province qualifies
        found = match(f"{m.group('town')} ({m.group('outlet')}) - {m.group('rest')}")
        if found and found[0] == m.group("town") and found[1]:
            return f"{m.group('town')}, {m.group('region')}", found[1], found[2]
    if m := _CODE.match(text):
        found = match(f"{m.group('head')} ({m.group('code')}) - {m.group('rest')}")
        if found and found[0] and _placed(found[0], m.group("rest")):
            return found
    for form in (_UNDERSCORE, _DOT_RUN):
        if not (m := form.match(text)) or m.group("head").split()[0].lower() in _FILE_WORDS:
            continue
        found = match(f"{m.group('head')} - {m.group('rest')}")
        if found and found[0] and _placed(found[0], m.group("rest")):
            # "Wanokaka-SJ……": the initials are the stamp's ornament and no part of the lead;
            # the masthead names the outlet (read as initials they take its capitals)
            return (found[0], None, found[2]) if m.groupdict().get("code") else found
    return more_marks(text, match, _placed)


# "Balikpapan–Nusantara Toll Road Section 5B Opens": a route's two ends joined by a dash with
# no space, then headline-cased words and no sentence end: a headline, never a dateline
_JOINED_DASH = re.compile(r"[^\s–—-]+[–—-](?=[A-Z])")
_MAX_HEADLINE_WORDS = 16
_MIN_CAPPED = 0.7


def route_headline(text: str, found: Dateline) -> bool:
    """Whether a place glued by its dash to headline-cased words is a headline's route."""
    place, outlet, rest = found
    if not place or outlet:
        return False
    last = len(place) - len(place.split()[-1])  # "Kota Garut–Tasik ...": the last word's dash
    if not text.startswith(place) or not _JOINED_DASH.match(text, last):
        return False
    words = rest.split()
    if not words or len(words) > _MAX_HEADLINE_WORDS or rest.rstrip()[-1:] in ".!?\"”…:;,":
        return False
    long = [w for w in words if len(w) >= 4 and w[0].isalpha()]
    return bool(long) and sum(w[0].isupper() for w in long) >= _MIN_CAPPED * len(long)

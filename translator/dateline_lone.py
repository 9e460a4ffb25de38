"""Pure: round-19 dateline shapes. A dateline alone on its line over the lead, in a shape only
the full-line tables read ("Warta Ekonomi.co.id, Jakarta -", "Jombang-(satujurnal.com)",
"Swaramalut.com- Halut", "MIMIKA, BM"); and two strict shapes on the lead's own line: a
shouted place glued to the site's address ("BREBESbrdnusantara.news.blog – ") and a place, the
issuing office in brackets and a day/month date ("Curup (Humas) 17/2- "); a campus before
a campus newsroom's name ("ITS Campus, ITS News – ")."""

from __future__ import annotations

import re
from collections.abc import Callable

from .boilerplate_datelines import MIN_DATELINE_REST_WORDS
from .dateline_names import _opens_with_place, is_furniture_word, is_place, outlet_like
from .shapes import is_stopword

Dateline = tuple[str | None, str | None, str]
Matcher = Callable[[str, tuple[str, ...]], "Dateline | None"]

# A sentence of no name at all, put after a lone dateline so that the lead-line tables read
# it; only a dateline that leaves the sentence whole is one.
_PROBE = "Warga desa itu menggelar kerja bakti bersama pada pagi hari."
_MAX_LONE_WORDS = 6  # "Warta Ekonomi.co.id, Jakarta -"; a menu row is longer or has no place
_ENDS_DASH = re.compile(r"[-–—]{1,2}$")
# "Jombang-(satujurnal.com)": the bracketed address after a glued dash
_DASH_BRACKET = re.compile(r"\s*[-–—]{1,2}\s*(?=\()")


# "MIMIKA, BM": a place, a comma and a few capitals
_PLACE_INITIALS = re.compile(r"(?P<place>[A-Z][A-Za-z'’]+(?: [A-Z][A-Za-z'’]+)?),\s*"
                             r"(?P<initials>[A-Z]{2,4})")


def logo_initials(text: str, sites: tuple[str, ...]) -> tuple[str, str] | None:
    """(place, initials) for a known place and the initials of the page's logo after its
    comma ("MIMIKA, BM" on the page of BeritaMimika.com), else None."""
    m = _PLACE_INITIALS.fullmatch(text.strip())
    if m is None or not is_place(m.group("place")):
        return None
    if not any(_initials(s) == m.group("initials") for s in sites):
        return None
    return m.group("place"), m.group("initials")


def _initials(name: str) -> str:
    """The capitals of a logo's name without its domain: "BeritaMimika.com" -> "BM"."""
    stem = name.strip().split(".")[0]
    return "".join(c for c in stem if c.isupper()) if not stem.isupper() else ""


def lone_dateline(text: str, sites: tuple[str, ...], match: Matcher
                  ) -> tuple[str | None, str | None] | None:
    """(place, outlet) for a short line that the lead-line dateline tables (`match`) read whole
    as a dateline before a plain sentence, naming a known place ("MIMIKA, BM"), or a place
    beside the site's address."""
    text = _DASH_BRACKET.sub(" ", text.strip())
    if not text or len(text.split()) > _MAX_LONE_WORDS or text[-1] in ".!?\"”":
        return None
    joined = f"{text} {_PROBE}" if _ENDS_DASH.search(text) else f"{text} – {_PROBE}"
    found = match(joined, sites)
    if found is None or found[2] != _PROBE or any(
            n and is_furniture_word(n) for n in found[:2]):
        return None
    place, outlet = found[0], found[1]
    # a person and a title ("Ir. Made Suarjana, President Director") read as names too: only a
    # known place, or a place beside the site's address, is a dateline
    if not (is_place(place) or (place and outlet and "." in outlet)):
        return None
    return place, outlet


_SENTENCE = r"(?P<rest>[A-Z\"“][^\s]*\s.*)"
# "BREBESbrdnusantara.news.blog – ": the shouted place glued to the site's address in lower case
_SHOUTED_ADDRESS = re.compile(r"(?P<place>[A-Z]{3,}(?: [A-Z]{3,})?)"
                              r"(?P<outlet>[a-z][a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:co\.id|com|id"
                              rf"|net|news|blog|info|org))\s*[-–—]{{1,2}}\s+{_SENTENCE}")
# "Curup (Informasi dan Humas) 17/2- ": the place, the office that issued the story in brackets
# and the day and month, then the dash
_OFFICE_DAY = re.compile(r"(?P<place>[A-Z][a-z'’]+(?: [A-Z][a-z'’]+)?)\s+\([^()]{3,40}\)\s*"
                         rf"\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\s*[-–—]{{1,2}}\s*{_SENTENCE}")


# "ITS Campus, ITS News – ": a campus newsroom dates its stories at the campus, by name
_CAMPUS = re.compile(r"(?P<place>(?:[A-Z]{2,8}|[A-Z][a-z]+)\s(?:Campus|Kampus)"
                     r"(?:\s[A-Z][a-z]+)?),\s+(?P<outlet>[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})"
                     rf"\s+[-–—]{{1,2}}\s+{_SENTENCE}")


def glued_shapes(text: str) -> Dateline | None:
    """(place, outlet, sentence) for the lead-line shapes above, a known place only, or a
    campus before the outlet's name."""
    if (m := _CAMPUS.fullmatch(text)) and outlet_like(m.group("outlet")):
        return m.group("place"), m.group("outlet"), m.group("rest")
    if (m := _SHOUTED_ADDRESS.fullmatch(text)) and is_place(m.group("place")):
        return m.group("place"), m.group("outlet"), m.group("rest")
    if (m := _OFFICE_DAY.fullmatch(text)) and is_place(m.group("place")):
        # the office is a desk of the outlet, never its name: the page names it elsewhere
        return m.group("place"), None, m.group("rest")
    return None


# "Ngawi, Komisi Pemilihan ...": a place, a comma, and a capitalised word opening the sentence.
_COMMA_LEAD = re.compile(r"(?P<place>[A-Z][\w'’]+(?: [A-Z][\w'’]+)?),\s+(?P<rest>[A-Z][\w'’]*\s.*)")


def comma_dateline(text: str) -> tuple[str, str] | None:
    """(place, sentence) when the story's first paragraph opens with a known place and a comma
    with no dash, the sentence starting after it ("Ngawi, Komisi Pemilihan Umum ..."): only a
    place the tables know, named again in the story, before a word that is no place nor a
    function word. match_dateline leaves such lines alone, as a later paragraph may open so."""
    m = _COMMA_LEAD.fullmatch(text)
    if m is None:
        return None
    place, rest = m.group("place"), m.group("rest")
    first = rest.split()[0].strip(",.")
    if not is_place(place) or is_stopword(first) or _opens_with_place(rest) \
            or len(rest.split()) < MIN_DATELINE_REST_WORDS \
            or not re.search(rf"(?<!\w){re.escape(place)}(?!\w)", rest):
        return None
    return place, rest


# A weather widget's reading: "29.4 C", "31°C", "28 °C Cerah", "84 °F".
_TEMPERATURE = re.compile(r"-?\d{1,2}(?:[.,]\d{1,2})?\s*°?\s*[CF]\b(?:\s+[A-Za-z]+){0,2}")


def weather_city(texts: list[str], i: int) -> bool:
    """Line `i` is the city a weather widget names, a temperature on the line next to it
    ("29.4 C" / "Singaraja" / "Thursday, March 5, 2026", "Jakarta" / "31°C Cerah"): the
    site's clock and forecast in the header, no dateline over its date line."""
    near = [texts[j] for j in (i - 1, i + 1) if 0 <= j < len(texts)]
    return any(_TEMPERATURE.fullmatch(t.strip()) for t in near)

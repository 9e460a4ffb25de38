"""Pure: the parts of a dateline's stamp between its place and its dash that the rows of
boilerplate.DATELINES do not read: the outlet's name as a second dashed name ("Salahutu -
Info Digital Akurat - "), and a date in brackets after the address ("Pandeglang,
contoh.com (17/2/2026) – ", "Cilacap, contoh.co.id[24 Februari 2026] – "). The whole stamp is
no part of the lead."""

from __future__ import annotations

import re

from .dateline_names import is_furniture_word, is_place, outlet_like

# "Info Digital Akurat - Menjelang ...": one to four capitalised words, a spaced dash, a sentence
_DASHED_NAME = re.compile(r"(?P<outlet>[A-Z][\w.]*(?: [A-Z][\w.]*){0,3})\s+[-–—]{1,2}\s+"
                          r"(?P<rest>[A-Z\"“]\S*\s.*)", re.DOTALL)
_MONTH = r"[A-Z][a-z]{2,8}\.?"
_DATE = (rf"(?:[A-Z][a-z]+,?\s*)?\d{{1,2}}(?:\s*[/.-]\s*\d{{1,2}}\s*[/.-]\s*\d{{2,4}}"
         rf"|\s+{_MONTH}\s+\d{{4}})")
# "Pandeglang,contoh.com (17/2/2026) – ": a short head, the date in () or [], then the dash
_BRACKET_DATE = re.compile(rf"(?P<head>[^()\[\]\n]{{3,60}}?)\s*[(\[]\s*{_DATE}\s*[)\]]"
                           r"(?P<dash>\s*[-–—]{1,2}\s*)")


def dashed_outlet(rest: str) -> tuple[str, str] | None:
    """(outlet, sentence) when the text after a place's dash opens with a publisher's name and
    a second dash ("Info Digital Akurat - Menjelang ..."); a place or a furniture word there
    ("Ambon - Maluku - ", "Jakarta - Berita - ") is no outlet."""
    m = _DASHED_NAME.match(rest)
    if m is None:
        return None
    name = m.group("outlet")
    if is_place(name) or is_furniture_word(name) or not outlet_like(name, acronyms=False):
        return None
    return name, m.group("rest")


def without_bracket_date(text: str) -> str | None:
    """The line with the bracketed date between its dateline's names and its dash removed
    ("Cilacap, contoh.co.id[24 Februari 2026] – Komisi" -> "Cilacap, contoh.co.id – Komisi"),
    or None when it has no such date."""
    m = _BRACKET_DATE.match(text)
    if m is None:
        return None
    return f"{m.group('head').rstrip()} – {text[m.end():]}"

"""Pure (round 37): a dateline set off by marks the tables do not read, asked with the loose
set-offs (dateline_loose.py), when no other reading found one:

- the place closed by its full stop, then a tilde: "KUANSING.~ Sebanyak ...", "SOLOK .~ ...";
- the place, a space and a semicolon: "Bangkinang Kota ; Sebanyak ...", "Pangkalan Kerinci ;".

The place is a known one, or a shouted name that is no outlet's; the lead opens with a capital
or a quote."""

from __future__ import annotations

import re

from .dateline_names import is_furniture_word, is_place, outlet_like

Dateline = tuple[str | None, str | None, str]

_NAME = r"[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,3}"
_LEAD = r"[A-Z0-9\"“‘']"
_STOP_TILDE = re.compile(rf"(?P<place>{_NAME})\s?\.\s?~+\s*(?P<rest>{_LEAD}.+)", re.S)
_SEMICOLON = re.compile(rf"(?P<place>{_NAME})\s+;\s+(?P<rest>{_LEAD}.+)", re.S)
_MIN_SHOUTED = 5  # "TVRI", "RRI": an initialism, no unknown place


def _placed(name: str) -> bool:
    """A known place, or a place's name in capitals that names no outlet ("KUANSING")."""
    if is_furniture_word(name):
        return False
    if is_place(name):
        return True
    return name.isupper() and len(name.replace(" ", "")) >= _MIN_SHOUTED \
        and not outlet_like(name)


def stopped_dateline(text: str) -> Dateline | None:
    """(place, None, rest) for a lead opening in one of the module's forms; else None."""
    for form in (_STOP_TILDE, _SEMICOLON):
        m = form.match(text)
        if m and _placed(m["place"]):
            return m["place"], None, m["rest"]
    return None

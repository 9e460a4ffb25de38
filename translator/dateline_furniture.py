"""Pure: a dateline reading whose place is a furniture row of the page ("Telegram -
Advertisement - Petani ...": a share button and an ad label glued over the caption), which
is no dateline at all (round 35)."""

from __future__ import annotations

from .boilerplate import FURNITURE
from .dateline_names import is_place


def furniture_reading(found: tuple[str | None, str | None, str]) -> bool:
    """Whether the reading's place is a whole furniture row ("Advertisement", "Iklan") that no
    table knows as a place: the line is page furniture glued together, not a dateline."""
    place = (found[0] or "").strip()
    return bool(place) and not is_place(place) \
        and any(rx.fullmatch(place) for _kind, rx in FURNITURE)

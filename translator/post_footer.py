"""Pure (round 38): the time in a blog post's footer completes the bare date of its date header.

A Blogger theme prints the post's date once, over the title ("Senin, 16 Februari 2026", "Tuesday,
March 10, 2026"), and its time once, in the footer that signs the post ("Diposting oleh Redaksi
di 10.15", "Diposkan oleh Admin di 20:15", "Posted by Jakarta Casual at 10:42 PM"). Both are the
post's publication, as the theme's own permalink gives it; a reader asked when it went up reads
the two together. So a story whose published date is bare takes the time of the first such
footer below its start (on a listing page the first footer signs the first post, the story).

A footer's date ("Posted by X on Jumat, 20 Februari 2026") has no time to give; a date that
already has its hour keeps it; a page with no date is given none. The time carries Jakarta
time, as every zoneless stamp does, for `dates.local_time` to move to the place's zone."""

from __future__ import annotations

import re

from .dates import DEFAULT_OFFSET
from .lines import Line

# "Diposting oleh Kabar Rohil di 10.15 0 komentar", "Posted by Admin at 09:12", "... at 9:12 PM";
# the line opens with it (a sentence that names a post's hour does not), and the signer is a few
# words, a blog's account or name
_FOOTER = re.compile(r"\s*(?i:diposting|diposkan|dikirim|posted)\s+(?i:oleh|by)\s+"
                     r"\S+(?:\s+\S+){0,6}?\s+(?i:di|at|pada)\s+"
                     r"(?P<hour>[01]?\d|2[0-3])[.:](?P<minute>[0-5]\d)"
                     r"(?:\s*(?P<half>(?i:[ap])\.?(?i:m)\.?))?(?![\d.:]*\d)")


def footer_time(text: str) -> str | None:
    """"HH:MM" of a blog post's footer line, on the 24-hour clock; None for any other line."""
    m = _FOOTER.match(text)
    if not m:
        return None
    hour, half = int(m["hour"]), (m["half"] or "").lower()[:1]
    if half and not 1 <= hour <= 12:
        return None  # "at 14:20 PM": no clock a theme prints
    if half:
        hour = hour % 12 + (12 if half == "p" else 0)
    return f"{hour:02d}:{m['minute']}"


def with_footer_time(published: str | None, below: list[Line]) -> str | None:
    """A bare `published` date with the time of the first post footer among the lines
    `below` the story's start; any other value as it is."""
    if not published or len(published) != 10:
        return published
    clock = next(filter(None, (footer_time(ln.text) for ln in below)), None)
    return f"{published}T{clock}:00{DEFAULT_OFFSET}" if clock else published

"""Pure (round 37): a footer that signs with the masthead's name before the copyright sign
("Pesantren Modern Muhammadiyah Kwala Madu © 2026", "Yayasan Cahaya Bangsa (c) 2025",
"Madrasah Aliyah Negeri 2 Kota X Copyright 2026"): the page's own name, however long (a
school's, a foundation's, an office's), which the copyright-line tests, made for the sign
first, leave as text. A company's copyright line signs with its legal name, the masthead's with
the legal forms about it ("© 2026 PT Semen Indonesia (Persero) Tbk." under the masthead "Semen
Indonesia", "PT Kapal Nusantara Tbk"): the masthead's name, not the legal one."""

from __future__ import annotations

import re

from .lines import Line

_SIGNED_AFTER = re.compile(r"(?P<name>[A-Z][\w.&'’-]*(?:\s+[\w.&'’()-]+){0,8}?)\s*[,.|–-]?\s*"
                           r"(?:©|\([cC]\)|(?i:copyright)\s*©?)\s*(?:19|20)\d{2}"
                           r"(?:\s*[-–]\s*(?:19|20)\d{2})?\.?\s*(?i:all rights reserved\.?)?")
_MASTHEAD_LINES = 3
# the legal forms about a company's name: "PT", "(Persero)", "Tbk", "CV", a copyright's words
_LEGAL = re.compile(r"(?i:copyright)|©|\([cC]\)|\b(?:19|20)\d{2}\b|\bPT\.?\s|\bCV\.?\s|\(Persero\)"
                    r"|\bPersero\b|\bTbk\b\.?|(?i:all rights reserved)\.?|[.,]\s*$")
_MASTHEAD_REACH = 5


def masthead_signed(lines: list[Line]) -> str | None:
    """The masthead's name when a footer line prints it, then the copyright sign and year."""
    tops = {ln.text.strip() for ln in lines[:_MASTHEAD_LINES] if ln.kind == "text"}
    for ln in reversed(lines):
        m = _SIGNED_AFTER.fullmatch(ln.text.strip())
        if m and m.group("name").strip() in tops:
            return m.group("name").strip()
    return legal_owner(lines)


def legal_owner(lines: list[Line]) -> str | None:
    """The masthead's name that a company's copyright line prints with its legal forms."""
    tops = {ln.text.strip() for ln in lines[:_MASTHEAD_REACH] if ln.kind == "text"}
    for ln in lines:
        if ln.kind != "copyright" or not re.search(r"\bPT\.?\s|\bTbk\b|\(Persero\)", ln.text):
            continue
        bare = re.sub(r"\s+", " ", _LEGAL.sub(" ", ln.text)).strip(" .,-–|")
        if bare in tops:
            return bare
    return None

"""Pure (round 37): the outlet's name as the page itself spells it, over a stamp's or a logo's
typography. A one-word name found only shouted or only in small letters ("MOZAIKMU",
"RADARSUMBAR.COM", "islami.co", "KABARROHIL") takes the mixed-case spelling of the same
letters that the page's copyright line or its blog's post footer prints ("© 2026 Mozaikmu –
Majalah ...", "© 2026 Radarsumbar.com.", "Diposting oleh Kabar Rohil di 10.15"), the footer's whole name when it opens with that word
("© 2026 Infopublik Kota Dumai" under "INFOPUBLIK"); a shouted
name of two words and more ("SUARA CIREBON") stays as its logo prints it, and so does one whose
footer capitalises the suffix too ("SuaraFlores.Net": title case, the footer's type). A
dateline's web address ("PRINDONESIA.CO", "HAI-Online.com") yields to the name that both the
logo line and the copyright line spell with the address's letters and a space ("PR INDONESIA",
"HAI Online"); either alone keeps the address. An institution's address ("www.x.sch.id")
yields to the masthead the copyright line signs with ("SMK Muhammadiyah Kajen")."""

from __future__ import annotations

import re

from .datelines import _squash, is_place, outlet_name
from .lines import Line
from .mastheads import _WEB_SUFFIX
from .site_names import _POSTED_BY, copyright_name

_MAX_NAME_WORDS = 3
_LOGO_LINES = 3
# "SuaraFlores.Net": a footer set in title case capitalises the suffix too; its type, no
# spelling of the brand's own
_CAPPED_SUFFIX = re.compile(r"\.(?:[A-Z][a-z]*)$")
_EDGE = "\"“”'‘’.,:;()[]|–—-"


def _typographic(name: str) -> bool:
    """A name whose letters are all capitals or all small: the logo's or the stamp's type."""
    letters = re.sub(r"[^A-Za-z]", "", name)
    return bool(letters) and (letters.isupper() or letters.islower())


def _mixed(text: str) -> bool:
    letters = re.sub(r"[^A-Za-z]", "", text)
    return bool(letters) and not letters.isupper() and not letters.islower()


def _runs(text: str) -> list[str]:
    """The runs of one to three words a line holds, their edges' punctuation off."""
    words = text.split()
    return [" ".join(words[k:k + n]).strip(_EDGE) for n in range(1, _MAX_NAME_WORDS + 1)
            for k in range(len(words) - n + 1)]


def _spellings(lines: list[Line]) -> list[str]:
    """Where a page spells its own name: its copyright lines, its blog's post footer."""
    found = [run for ln in lines if ln.kind == "copyright" for run in _runs(ln.text)]
    found += [m.group("name") for ln in lines if (m := _POSTED_BY.fullmatch(ln.text.strip()))]
    return found


# A school's or a campus's address ("www.smkmuhamka.sch.id"): short for the institution, whose
# site prints its full name as the masthead and in the copyright (a government's ".go.id" in a
# dateline, "Malang, (malangkota.go.id) – ", stays the address: fresh49).
_INSTITUTION_ADDRESS = re.compile(r"(?i)^(?:www\.)?[\w-]+\.(?:sch|ac)\.id$")


def _signed_masthead(lines: list[Line]) -> str | None:
    """The page's first line when a copyright line signs with it, else None."""
    top = next((ln.text.strip() for ln in lines[:_LOGO_LINES] if ln.kind == "text"), None)
    return top if top and any(ln.kind == "copyright" and copyright_name(ln.text, top) == top
                              for ln in lines) else None


# A copyright line's whole name, up to its legal tail or a tagline after a dash or a bar:
# "© 2026 El Aqsho Tour & Travel", "Copyright © 2026 Kabar Tepian Online. All rights reserved."
_SIGNATURE = re.compile(r"(?i:copyright\s*)?(?:©|\(c\))\s*(?:(?:19|20)\d{2}\s*)?"
                        r"(?P<name>[A-Z][\w.'’-]*(?:\s(?:&|[A-Z][\w.'’-]*)){1,5}?)"
                        r"\.?(?:\s+[-–|]\s+.*|\s+(?i:all rights reserved)\.?)?")
_MAX_ADDED_WORDS = 3
# a legal form or the rights notice after the name is none of it ("The Indian Express Pvt Ltd",
# "GridHype.ID All Rights Reserved")
_LEGAL_WORDS = frozenset({"all", "right", "rights", "reserved", "pvt", "ltd", "inc", "tbk", "pt",
                          "corp", "llc", "co", "limited", "persero"})


def _fuller_signature(name: str, lines: list[Line]) -> str | None:
    """The copyright line's name when it opens with all of `name`'s words and adds one to three
    more in mixed case ("El Aqsho" + "Tour & Travel"), else None; (round 38) not when the words
    added are a place ("Rasi FM" + "Magetan": the station's region, the stamp's name stays)."""
    words = name.split()
    for ln in lines:
        m = _SIGNATURE.fullmatch(ln.text.strip()) if ln.kind == "copyright" else None
        full = m["name"].split() if m else []
        if len(words) < len(full) <= len(words) + _MAX_ADDED_WORDS \
                and [w.lower() for w in full[:len(words)]] == [w.lower() for w in words] \
                and _mixed(" ".join(full)) and not _WEB_SUFFIX.search(m["name"]) \
                and not _LEGAL_WORDS.intersection(w.lower().strip(".,") for w in full) \
                and not is_place(" ".join(full[len(words):])):
            return m["name"]
    return None


def own_case(name: str | None, lines: list[Line]) -> str | None:
    """`name` as the page spells it (the shapes above), else `name` unchanged."""
    if not name or outlet_name(name):
        return name
    key = _squash(name)
    if (fuller := _fuller_signature(name, lines)) is not None:
        return fuller  # "EL AQSHO" / "© 2026 El Aqsho Tour & Travel": the footer's full name
    if _typographic(name) and " " not in name.strip():
        # the copyright line's whole name when it opens with the logo's word ("© 2026
        # Infopublik Kota Dumai" under "INFOPUBLIK"): the site's name in full
        signed = next((n for ln in lines if ln.kind == "copyright"
                       and (n := copyright_name(ln.text)) and _mixed(n)
                       and _squash(n.split()[0]) == key and not _CAPPED_SUFFIX.search(n)), None)
        spelled = signed or next((s for s in _spellings(lines) if _mixed(s)
                                  and _squash(s) == key and not _CAPPED_SUFFIX.search(s)), None)
        if spelled:
            return spelled
    if _INSTITUTION_ADDRESS.search(name.strip()) and (signed := _signed_masthead(lines)):
        return signed  # "www.smkmuhamka.sch.id – " under "SMK Muhammadiyah Kajen", signed so
    if not _WEB_SUFFIX.search(name) or " " in name.strip():
        return name
    stem = _squash(_WEB_SUFFIX.sub("", name.strip()))
    tops = _logo_lines(name, lines)
    if name.strip().islower() and (brand := _stem_logo(stem, lines)) is not None:
        return brand
    signed = [n for ln in lines if ln.kind == "copyright" and (n := copyright_name(ln.text))]
    # the logo and the copyright line both: either alone may be a link's or a template's words;
    # round 38: a shouted address ("NARASINETWORK.COM - ") is the stamp's type, and the
    # copyright line's spaced mixed case alone spells it
    shouted = name.strip().isupper()
    return next((n for n in signed if (n in tops or shouted and _mixed(n)) and " " in n
                 and not _WEB_SUFFIX.search(n) and len(n.split()) <= _MAX_NAME_WORDS
                 and _squash(n) == stem), name)


def _stem_logo(stem: str, lines: list[Line]) -> str | None:
    """Round 38: the logo line that shouts the stem of an address in small letters as one word
    ("SRTV" over the stamp "srtv.co.id Nganjuk | "): the brand, whose address is its site; not
    when a copyright line signs with the address itself, nor for a shouted address
    ("NUSRAMEDIA.COM — " under "NUSRAMEDIA" stays as printed, fresh73)."""
    if any(ln.kind == "copyright" and _squash(_WEB_SUFFIX.sub("", n)) == stem
           for ln in lines if (n := copyright_name(ln.text))):
        return None
    return next((t for ln in lines[:_LOGO_LINES] if ln.kind == "text"
                 and (t := ln.text.strip()).isupper() and " " not in t
                 and not _WEB_SUFFIX.search(t) and _squash(t) == stem), None)


def _logo_lines(name: str, lines: list[Line]) -> set[str]:
    """The page's logo lines: its first lines, and (round 38) a line standing alone above the
    stamp that names the site ("Berita Pacitan" between a top bar's date and menu links, over
    "PACITAN, Beritapacitan.com – ")."""
    tops = {ln.text.strip() for ln in lines[:_LOGO_LINES] if ln.kind == "text"}
    stamp = next((i for i, ln in enumerate(lines) if name.strip() in ln.text), 0)
    return tops | {ln.text.strip() for ln in lines[:stamp]
                   if 1 < len(ln.text.split()) <= _MAX_NAME_WORDS}

"""Pure: how the page spells its publisher where a network or group owns it (round 24, with
regional_edition split from publisher.py): a network's regional edition ("detikBali"), and
the paper a group's copyright line names before the group ("Radar Bali - Jawa Pos Group")."""

from __future__ import annotations

import re

from .boilerplate_datelines import REGION_ABBREVIATIONS
from .datelines import _squash, is_place

_MIN_NETWORK_STEM = 3


def regional_edition(text: str, network: str) -> str | None:
    """A known network's regional edition as `text` spells it: the network's stem and a place
    or province ("detikBali", "TribunJateng"); a channel ("detikNews") is the network's."""
    stem = _squash(network)
    for word in re.findall(r"[A-Za-z]+", text):
        for k in range(_MIN_NETWORK_STEM, len(word) - 1):
            head, tail = word[:k], word[k:]
            if tail[0].isupper() and stem.startswith(head.lower()) \
                    and (is_place(tail) or tail.lower() in REGION_ABBREVIATIONS):
                return word
    # "Foto: RMOL Jateng": the network's name as the table knows it, a space, a province's
    # short form (a place after a space may be the dateline's: "ANTARA Jakarta")
    for m in re.finditer(rf"\b(?P<name>{re.escape(network)})\s(?P<tail>[A-Z][A-Za-z]+)\b", text):
        if m["tail"].lower() in REGION_ABBREVIATIONS:
            return m.group()
    # round 25: "COPYRIGHT © ANTARA News Kalimantan Barat 2026", "Antara News Sumsel", "Tribun
    # News Bogor": the network, its channel word, then a province or its short form: the
    # regional edition's full name (a dateline's place never follows the channel word)
    for m in re.finditer(rf"\b{re.escape(network)}\s(?i:news)\s(?P<tail>[A-Z][A-Za-z]+"
                         r"(?:\s[A-Z][a-z]+)?)\b", text):
        tail = m["tail"]
        if is_place(tail) or tail.lower() in REGION_ABBREVIATIONS:
            return m.group()
        if is_place(tail.split()[0]) or tail.split()[0].lower() in REGION_ABBREVIATIONS:
            return m.group()[:len(m.group()) - len(tail)] + tail.split()[0]
    return None


def copyright_edition(network: str, copyrights: list[str]) -> str | None:
    """Round 25: the regional edition a page's copyright line names when its dateline names
    only the network ("Kubu Raya (ANTARA) -" over "COPYRIGHT © ANTARA News Kalimantan Barat
    2026"): the edition published it."""
    return next((e for t in copyrights if (e := regional_edition(t, network))), None)


# Round 24: a copyright line naming the paper, then the group that owns it after a dash, a bar
# or a comma: "© 2026 Radar Bali - Jawa Pos Group", "Copyright © Sumeks, Sumatera Ekspres
# Group", "© 2026 Tribun Kaltim | Tribun Network": the paper is the page's outlet, the group's
# name (which the outlet table may know) its owner.
_GROUP_TAIL = re.compile(r"\s[-–—|,]\s*(?i:part of\s+|bagian dari\s+)?(?P<group>[\w .&]+?)\s+"
                         r"(?i:group|grup|network|media group|media network)\s*\.?\s*$")


def grouped_owner(text: str, network: str, owner: str | None) -> str | None:
    """The paper a copyright line names before its group (`owner`, the line's own name as
    copyright_name reads it), when the known `network` is the group's: else None."""
    m = _GROUP_TAIL.search(text)
    if not m or not owner or network.lower() not in m["group"].lower() \
            or network.lower() in owner.lower() or len(owner.split()) > 4:
        return None
    return owner

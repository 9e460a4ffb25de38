"""translator/pattern_cache.py: module-level patterns of translator/ served from a table of
compiled SRE code; the Pattern objects it makes behave as re.compile's, and every failure falls
back to re."""

from __future__ import annotations

import _sre
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from translator import pattern_cache
from translator.pattern_cache import compiled_patterns, table_path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "sindonews-blinken-lavrov.txt"

# Module-level code of a made-up translator module: flags, named groups, classes, lookarounds,
# backreferences, a verbose pattern, patterns built by a helper function.
PROBE = r'''
import re
A = re.compile(r"(?P<city>[A-Z][A-Za-z .]+?),\s*(?P<outlet>\w+(?:\.\w+)*)\s*[-–—]+\s*")
B = re.compile(r"\b(?:baca|lihat)\s+(?:juga|pula)\b", re.I)
C = re.compile(r"""
    (\d{1,2})\s*[./-]\s*(\d{1,2})   # day and month
    (?:\s*[./-]\s*(\d{2,4}))?       # the year, if any
""", re.VERBOSE)
D = re.compile(r"(?<![\w.])(\w)\1{2,}(?!\w)")
E = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE | re.MULTILINE)
def _words(*words):
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE)
F = _words("Kompas.com", "detikNews", "SINDOnews", "ANTARA")
G = re.compile(r"^\s*(?:foto|photo)\s*:\s*(.+?)\s*$", re.I | re.M | re.S)
PATTERNS = [A, B, C, D, E, F, G]
'''


def run_probe(name: str = "translator.probe_module") -> list[re.Pattern[str]]:
    """Execute PROBE as the top-level code of a module called NAME; its patterns."""
    scope: dict = {"__name__": name}
    exec(compile(PROBE, f"<{name}>", "exec"), scope)
    return scope["PATTERNS"]


def text() -> str:
    return SAMPLE.read_text(encoding="utf-8") + "\nKENDARI, Inilahsultra.com – Baca Juga: aaa " \
        "2/3/2023 Foto: ANTARA/Ist\nlihat pula Kompas.com 12-08-24 jalan-jalan"


def same_behaviour(got: re.Pattern[str], want: re.Pattern[str], sample: str) -> None:
    assert (got.pattern, got.flags, got.groups, got.groupindex) == \
        (want.pattern, want.flags, want.groups, want.groupindex)
    spans = [(m.span(), m.groups()) for m in got.finditer(sample)]
    assert spans == [(m.span(), m.groups()) for m in want.finditer(sample)]
    assert got.sub("#", sample) == want.sub("#", sample)


def test_a_second_process_builds_the_same_patterns_from_the_table(tmp_path: Path) -> None:
    with compiled_patterns(tmp_path) as first:
        fresh = run_probe()
    assert first == {"hits": 0, "misses": len(fresh)}
    assert table_path(tmp_path).is_file()
    with compiled_patterns(tmp_path) as second:
        cached = run_probe()
    assert second == {"hits": len(cached), "misses": 0}
    re.purge()
    sample = text()
    for got, want in zip(cached, fresh, strict=True):
        same_behaviour(got, re.compile(want.pattern, want.flags), sample)
    assert any(p.search(sample) for p in cached)  # the probe does match something


def test_only_translator_modules_at_import_are_cached(tmp_path: Path) -> None:
    with compiled_patterns(tmp_path) as stats:
        run_probe("other_package.module")  # another package's import
        runtime = re.compile(r"per[- ]article (\w+)")  # a test function, not module code
        run_probe("__main__")
    assert stats == {"hits": 0, "misses": 0}
    assert not table_path(tmp_path).exists()
    assert runtime.match("per-article x").group(1) == "x"


def test_re_is_restored_even_after_an_error(tmp_path: Path) -> None:
    original = re._compile
    with pytest.raises(ZeroDivisionError), compiled_patterns(tmp_path):
        assert re._compile is not original
        1 / 0
    assert re._compile is original


def test_a_bad_pattern_fails_as_without_the_cache(tmp_path: Path) -> None:
    scope = {"__name__": "translator.bad"}
    with pytest.raises(re.error, match="unterminated|missing"), compiled_patterns(tmp_path):
        exec("import re\nX = re.compile(r'(unclosed [group')", scope)


@pytest.mark.parametrize("damage", [b"", b"not marshal at all", b"\x00" * 64])
def test_a_corrupt_table_is_ignored_and_rewritten(tmp_path: Path, damage: bytes) -> None:
    table_path(tmp_path).write_bytes(damage)
    with compiled_patterns(tmp_path) as stats:
        run_probe()
    assert stats["hits"] == 0 and stats["misses"] > 0
    with compiled_patterns(tmp_path) as again:
        run_probe()
    assert again["misses"] == 0


def test_another_interpreters_table_is_not_read(tmp_path: Path, monkeypatch) -> None:
    with compiled_patterns(tmp_path):
        run_probe()
    data = table_path(tmp_path).read_bytes()
    monkeypatch.setattr(pattern_cache, "build_tag", lambda: "another|python")
    table_path(tmp_path).write_bytes(data)  # the file under the other build's name
    with compiled_patterns(tmp_path) as stats:
        run_probe()
    assert stats["hits"] == 0 and stats["misses"] > 0


def test_a_malformed_entry_is_compiled_afresh(tmp_path: Path, monkeypatch) -> None:
    with compiled_patterns(tmp_path):
        want = run_probe()
    table = pattern_cache.read_table(table_path(tmp_path))
    size = _sre.CODESIZE
    bad = (99999).to_bytes(size, sys.byteorder)  # no SRE opcode
    for i, (key, (flags, code, groups, gindex, igroup)) in enumerate(list(table.items())):
        # An invalid first code word, or a length that no whole number of code words makes.
        table[key] = (flags, bad + code[size:] if i % 2 else code[:-1], groups, gindex, igroup)
    pattern_cache.write_table(table_path(tmp_path), table)
    with compiled_patterns(tmp_path) as stats:
        got = run_probe()
    assert stats == {"hits": 0, "misses": len(want)}
    for g, w in zip(got, want, strict=True):
        same_behaviour(g, w, text())


def test_an_unwritable_folder_costs_nothing_but_the_cache(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("a file where the folder should be")
    with compiled_patterns(blocked / "patterns") as stats:
        got = run_probe()
    assert stats["misses"] == len(got)
    assert got[1].search("Baca juga: x")


def test_brief_clean_gives_the_same_article_with_and_without_the_table(tmp_path: Path) -> None:
    """End to end: two cold processes (the first writes the table, the second reads it) and
    the cleaner run in this process without the cache all give the same article."""
    env = {**os.environ, "BRIEF_HOME": str(tmp_path / "home")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    cmd = [sys.executable, "-m", "translator", "clean", "--json", str(SAMPLE)]
    runs = [subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
            for _ in range(2)]
    assert [r.returncode for r in runs] == [0, 0], runs[0].stderr
    tables = list((tmp_path / "home" / "cache" / "patterns").glob("patterns-*.marshal"))
    assert len(tables) == 1
    assert len(pattern_cache.read_table(tables[0])) > 300  # the cleaner's patterns are in it
    from translator.pipeline import clean_input
    from translator.load import read_path

    here = clean_input(read_path(str(SAMPLE))).to_dict()
    assert json.loads(runs[0].stdout) == json.loads(runs[1].stdout) == here

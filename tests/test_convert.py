"""`brief models pull` conversion: leftovers of killed pulls, refused folders, quiet loading."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from translator.backends.convert import (
    STALE_AFTER_S,
    clean_stale,
    convert,
    converted_dir,
    find_converted,
)
from translator.backends.hub import ResolvedModel

from .test_hub import BREAKS, assert_refused, broken_copy


def local(path) -> ResolvedModel:
    return ResolvedModel(str(path), "local", path)


def dead_pid() -> int:
    """The pid of a process that has exited (and been reaped)."""
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def host() -> str:
    from translator.backends.convert import host_name

    return host_name()


def leftover(parent, name: str, age_s: float = 0):
    """A temporary conversion folder as a killed pull leaves it (some files inside)."""
    folder = parent / name
    (folder / "model").mkdir(parents=True)
    (folder / "model" / "model.bin").write_bytes(b"half")
    if age_s:
        then = time.time() - age_s
        os.utime(folder, (then, then))
    return folder


def test_the_next_pull_removes_what_a_killed_pull_left(tiny_model_dirs, tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEF_HOME", str(tmp_path / "home"))
    r = local(tiny_model_dirs.marian)
    parent = converted_dir(r).parent
    parent.mkdir(parents=True)
    killed = leftover(parent, f".int8.tmp-{host()}-{dead_pid()}-abc123")
    convert(r)
    assert find_converted(r) is not None
    assert not killed.exists()
    assert [p.name for p in parent.iterdir()] == ["int8"]


def test_a_live_conversions_temp_folder_is_kept(tmp_path):
    live = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        keep = [leftover(tmp_path, f".int8.tmp-{host()}-{live.pid}-live1"),
                leftover(tmp_path, f".int8.tmp-{host()}-{os.getpid()}-mine1"),
                # another machine's pid cannot be checked here: only age counts
                leftover(tmp_path, f".int8.tmp-elsewhere-{dead_pid()}-other1"),
                leftover(tmp_path, ".int8-k3j4h5g6"),  # named before owners were recorded
                leftover(tmp_path, "int8")]  # a finished copy
        gone = [leftover(tmp_path, f".int8.tmp-{host()}-{dead_pid()}-dead1"),
                leftover(tmp_path, f".float32.tmp-{host()}-{dead_pid()}-dead2"),
                leftover(tmp_path, f".int8.tmp-elsewhere-{dead_pid()}-old1", STALE_AFTER_S + 60),
                leftover(tmp_path, ".int8-a1b2c3d4", STALE_AFTER_S + 60)]
        removed = clean_stale(tmp_path)
    finally:
        live.kill()
        live.wait()
    assert sorted(removed) == sorted(gone)
    assert all(p.exists() for p in keep) and not any(p.exists() for p in gone)


def test_the_temp_folder_names_its_host_and_process(tiny_model_dirs, tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEF_HOME", str(tmp_path / "home"))
    seen = []

    def spy(resolved, quantization, out):
        seen.append(out.name)
        raise KeyboardInterrupt  # as if killed mid-conversion

    with pytest.raises(KeyboardInterrupt):
        convert(local(tiny_model_dirs.marian), into=spy)
    assert seen and seen[0].startswith(f".int8.tmp-{host()}-{os.getpid()}-")


@pytest.mark.parametrize("kind", sorted(BREAKS))
def test_models_pull_refuses_a_broken_folder_in_one_line(brief, tiny_model_dirs, tmp_path, kind):
    folder = broken_copy(tiny_model_dirs, tmp_path, kind)
    r = brief("models", "pull", "--translation-model", str(folder), "--summary-model",
              str(tiny_model_dirs.bart))
    assert_refused(r, folder, BREAKS[kind][1])
    parent = converted_dir(local(folder)).parent
    assert not parent.exists() or list(parent.iterdir()) == []  # nothing half-made kept


def test_models_pull_shows_its_notices_and_no_loading_bars(brief, tiny_model_dirs):
    r = brief("models", "pull", *tiny_model_dirs.args())
    assert r.code == 0, r.err
    lines = r.err.splitlines()
    converting = [line for line in lines if line.startswith("brief: Converting ")]
    building = [line for line in lines if line.startswith("brief: Building the vocabulary ")]
    assert len(converting) == 2 and len(building) == 1, r.err  # the shortlist: on by default
    assert len(lines) == 3, r.err

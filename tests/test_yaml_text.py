"""translator/yaml_text.py: YAML parsed once per text, its data kept as JSON in the cache dir."""

from __future__ import annotations

import datetime
import subprocess
import sys
from pathlib import Path

import pytest

from translator.yaml_text import YamlProblem, load_yaml

ROOT = Path(__file__).resolve().parents[1]
TEXT = "translation:\n  model: x/y\n  batch_size: 8\n  ratio: 1.5\n  tags: [a, b]\n  cached: yes\n"


def _entries(home: Path) -> list[Path]:
    return sorted((home / "cache" / "parsed").glob("*.json"))


def test_the_same_data_as_yaml_and_a_second_read_from_the_json(tmp_path, monkeypatch):
    import yaml

    monkeypatch.setenv("BRIEF_HOME", str(tmp_path))
    first = load_yaml(TEXT)
    assert first == yaml.safe_load(TEXT) and first["translation"]["cached"] is True
    [entry] = _entries(tmp_path)
    # the second read is the JSON's: an entry edited by hand shows through
    entry.write_text('{"data": {"from": "cache"}}', encoding="utf-8")
    assert load_yaml(TEXT) == {"from": "cache"}
    assert load_yaml(TEXT + "# changed\n") == first  # another text, another entry
    assert len(_entries(tmp_path)) == 2


def test_a_warm_read_does_not_import_yaml(tmp_path):
    code = ("import sys; from translator.yaml_text import load_yaml; "
            f"d = load_yaml({TEXT!r}); print(d['translation']['batch_size'], 'yaml' in sys.modules)")
    env = {"BRIEF_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    runs = [subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, text=True,
                           capture_output=True, check=True).stdout.split() for _ in range(2)]
    assert runs == [["8", "True"], ["8", "False"]]


@pytest.mark.parametrize("text", ["when: 2026-03-01\n", "1: one\n", "x: .nan\n"])
def test_data_json_cannot_give_back_is_parsed_every_time(tmp_path, monkeypatch, text):
    import yaml

    monkeypatch.setenv("BRIEF_HOME", str(tmp_path))
    got = load_yaml(text)
    assert repr(got) == repr(yaml.safe_load(text)) and not _entries(tmp_path)
    if "when" in text:
        assert got["when"] == datetime.date(2026, 3, 1)


def test_a_corrupt_entry_is_parsed_again(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEF_HOME", str(tmp_path))
    load_yaml(TEXT)
    [entry] = _entries(tmp_path)
    entry.write_bytes(b"\xff{not json")
    assert load_yaml(TEXT)["translation"]["model"] == "x/y"


def test_an_unwritable_cache_dir_costs_only_the_parse(tmp_path, monkeypatch):
    (tmp_path / "cache").write_text("a file where the folder would be")
    monkeypatch.setenv("BRIEF_HOME", str(tmp_path))
    assert load_yaml(TEXT)["translation"]["tags"] == ["a", "b"]


def test_invalid_yaml_is_one_line_with_its_place(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEF_HOME", str(tmp_path))
    with pytest.raises(YamlProblem) as e:
        load_yaml("translation:\n  model: [unclosed\n")
    assert "\n" not in str(e.value) and "line 3" in str(e.value)
    assert not _entries(tmp_path)

"""Offline, isolated test runs; tiny real models built once per session."""

from __future__ import annotations

import io
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from .model_factory import build_bart, build_marian, corpus_lines

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SAMPLE = SAMPLES / "sindonews-blinken-lavrov.txt"


@pytest.fixture(autouse=True)
def _offline_and_isolated(monkeypatch, tmp_path):
    """No network, no user config, no user cache; each test gets its own home."""
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.delenv("BRIEF_CONFIG", raising=False)
    monkeypatch.delenv("BRIEF_DEBUG", raising=False)
    monkeypatch.setenv("BRIEF_HOME", str(tmp_path / "brief-home"))


@dataclass(frozen=True)
class TinyModels:
    marian: Path
    bart: Path

    def args(self) -> list[str]:
        return ["--translation-model", str(self.marian), "--summary-model", str(self.bart)]


@pytest.fixture(scope="session")
def tiny_models(tmp_path_factory) -> TinyModels:
    """A tiny random MarianMT and BART with real tokenizers trained on samples/."""
    corpus = corpus_lines(sorted(SAMPLES.glob("*.txt")))
    base = tmp_path_factory.mktemp("models")
    return TinyModels(marian=build_marian(base / "marian", corpus),
                      bart=build_bart(base / "bart", corpus))


@dataclass
class Run:
    code: int
    out: str
    err: str


class _Stdin:
    def __init__(self, data: bytes | None) -> None:
        self.buffer = io.BytesIO(data or b"")
        self._tty = data is None

    def isatty(self) -> bool:
        return self._tty


@pytest.fixture
def brief(capsys, monkeypatch):
    """Run `brief ARGS` in-process; `stdin` bytes are piped, None means an interactive terminal."""
    from translator.cli import main

    def run(*args: str, stdin: bytes | None = None) -> Run:
        monkeypatch.setattr(sys, "stdin", _Stdin(stdin))
        code = main(list(args))
        captured = capsys.readouterr()
        return Run(int(code), captured.out, captured.err)

    return run

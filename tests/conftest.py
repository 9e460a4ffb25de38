"""Offline, isolated test runs; tiny real models built once per session."""

from __future__ import annotations

import functools
import importlib.util
import io
import os
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

import pytest

from .netguard import network_guard

if TYPE_CHECKING:
    from translator.article import Article

# One OpenMP thread for the tiny models (here and in the children tests start): they gain
# nothing from more, and torch's spinning thread pool slows ~20x on a machine under load.
os.environ.setdefault("OMP_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parent.parent


def load_benchmark(name: str) -> ModuleType:
    """benchmarks/NAME.py as a module (a script, not part of the package), registered in
    sys.modules as bench_NAME (dataclasses look their module up by name)."""
    spec = importlib.util.spec_from_file_location(f"bench_{name}",
                                                  ROOT / "benchmarks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[f"bench_{name}"] = module
    spec.loader.exec_module(module)
    return module


@functools.cache
def cleaned(text: str) -> Article:
    """clean(text), once a session. clean is pure and its Article frozen, and the fixture pages
    are cleaned by several files (the quality report, the crash sweep, the outlet fixtures):
    each page is cleaned once instead of three times."""
    from translator.clean import clean  # here, not at the top: conftest loads for every test

    return clean(text)


SAMPLES = ROOT / "samples"
SAMPLE = SAMPLES / "sindonews-blinken-lavrov.txt"


@pytest.fixture(autouse=True)
def _offline_and_isolated(monkeypatch, tmp_path):
    """No network, no user config, no user cache; each test gets its own home."""
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.delenv("BRIEF_CONFIG", raising=False)
    monkeypatch.delenv("BRIEF_DEBUG", raising=False)
    monkeypatch.setenv("BRIEF_HOME", str(tmp_path / "brief-home"))


@pytest.fixture(autouse=True)
def _no_network():
    """Fail any test that reaches beyond this machine (loopback is fine); the attempt itself
    fails as it would offline, so code that swallows the error is still caught here."""
    with network_guard() as attempts:
        yield attempts
    if attempts:
        pytest.fail(f"network access attempted: {', '.join(attempts[:5])}", pytrace=False)


@dataclass(frozen=True)
class TinyModels:
    marian: Path
    bart: Path
    runtime: str | None = None  # passed as --runtime when set

    def args(self) -> list[str]:
        runtime = ["--runtime", self.runtime] if self.runtime else []
        return ["--translation-model", str(self.marian), "--summary-model", str(self.bart),
                *runtime]


@pytest.fixture(scope="session")
def tiny_model_dirs(tmp_path_factory) -> TinyModels:
    """A tiny random MarianMT and BART with real tokenizers trained on samples/."""
    from .model_factory import build_bart, build_marian, corpus_lines  # torch: only when used

    corpus = corpus_lines(sorted(SAMPLES.glob("*.txt")))
    base = tmp_path_factory.mktemp("models")
    return TinyModels(marian=build_marian(base / "marian", corpus),
                      bart=build_bart(base / "bart", corpus))


@pytest.fixture(scope="session")
def tiny_ct2_store(tiny_model_dirs, tmp_path_factory) -> Path:
    """Both tiny models converted to CTranslate2 (int8) once per session; the store folder."""
    from translator.backends.convert import convert, store_root
    from translator.backends.hub import ResolvedModel

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BRIEF_HOME", str(tmp_path_factory.mktemp("ct2-home")))
        for path in (tiny_model_dirs.marian, tiny_model_dirs.bart):
            convert(ResolvedModel(str(path), "local", path))
        return store_root()


@pytest.fixture(params=["transformers", "ctranslate2"])
def tiny_models(request, tiny_model_dirs) -> TinyModels:
    """The tiny models on each runtime; for ctranslate2 their converted copies are in the
    test's cache (as `brief models pull` leaves them) and --runtime ctranslate2 is passed."""
    if request.param == "ctranslate2":
        from translator.backends.convert import store_root

        store = request.getfixturevalue("tiny_ct2_store")
        store_root().parent.mkdir(parents=True, exist_ok=True)
        store_root().symlink_to(store, target_is_directory=True)
    return replace(tiny_model_dirs, runtime=request.param)


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

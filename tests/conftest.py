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


# Under pytest-xdist: a folder all workers of this run share (set by _shared_pages below).
_PAGES_SHARED: list[Path] = []


@functools.cache
def cleaned(text: str) -> Article:
    """clean(text), once a run. clean is pure and its Article frozen, and the fixture pages
    are cleaned by several files (the quality report, the crash sweep, the outlet fixtures):
    each page is cleaned once instead of three times. Under xdist those files sit on different
    workers, so a worker also leaves each Article (pickled) in the run's shared temporary
    folder for the others (~80 s of cleaning a run saved on two cores)."""
    from translator.clean import clean  # here, not at the top: conftest loads for every test

    if not _PAGES_SHARED:
        return clean(text)
    import hashlib
    import pickle
    import tempfile

    path = _PAGES_SHARED[0] / (hashlib.sha256(text.encode("utf-8", "surrogatepass"))
                               .hexdigest() + ".pickle")
    try:
        return pickle.loads(path.read_bytes())
    except (OSError, EOFError, pickle.UnpicklingError):
        pass
    article = clean(text)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(fd, "wb") as fh:
        pickle.dump(article, fh)
    os.replace(tmp, path)  # whole or absent: another worker may read it at any time
    return article


@pytest.fixture(scope="session", autouse=True)
def _shared_pages(tmp_path_factory, worker_id):
    """The run's shared folder of cleaned pages, beside the workers' own temporary folders
    (pytest's base temp of this run, which it removes with its old runs)."""
    if worker_id == "master":  # no xdist, or -n 0: the in-process cache is enough
        yield
        return
    folder = tmp_path_factory.getbasetemp().parent / "cleaned-pages"
    folder.mkdir(exist_ok=True)
    _PAGES_SHARED.append(folder)
    yield
    _PAGES_SHARED.clear()


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

"""What runs inside a Dask worker process: open the models once, brief the articles it is sent.

Only this module's functions travel to the workers (pickled by reference) with their small
arguments: the `WorkerSpec` (config and options) and one `Task` (an article input read on the
client). What comes back is an `Outcome`: a `Brief`, or a failure record, never a task error,
so one bad article never looks like a broken worker to Dask.
"""

from __future__ import annotations

import json
import os
import threading
import traceback
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .errors import BriefError, ModelUnavailable

if TYPE_CHECKING:
    from .config import Config
    from .load import Loaded
    from .pipeline import Models, Options
    from .result import Brief


@dataclass(frozen=True)
class WorkerSpec:
    """Everything a worker needs to open the run's models and brief its articles."""

    config: Config
    options: Options
    offline: bool = False
    cache: bool = True  # each worker's own translation cache (its BRIEF_HOME)
    threads: int | None = None  # model threads per worker process (None: the libraries' own)

    def key(self) -> str:
        """What the worker's open models are kept under: the same spec reuses them."""
        return repr((self.config, self.offline, self.cache, self.threads))


@dataclass(frozen=True)
class Task:
    """One article input, read on the client; `index` is its place in the run's input order."""

    index: int
    source: str
    loaded: Loaded
    # The outlet's template lines as the client's store knew them (workers have no store).
    templates: frozenset[str] | None = None


@dataclass(frozen=True)
class Outcome:
    """What became of one task: its brief, or why it failed (`error` a typed error, else
    `unexpected` names the exception), and the worker that ran it."""

    index: int
    brief: Brief | None = None
    error: BriefError | None = None
    unexpected: str = ""
    trace: str = ""  # the traceback, for --debug
    worker: str = ""

    @property
    def ok(self) -> bool:
        """Whether the article was briefed."""
        return self.brief is not None


# One worker process, one set of models per spec: loaded on its first article, then kept.
_MODELS: dict[str, Models] = {}
_LOCK = threading.Lock()  # a worker with several threads must not open them twice


def dask_setup(worker: Any) -> None:
    """Preloaded in the local cluster's workers (Cluster.local): Ctrl-C in the terminal reaches
    the whole process group, and the client, not each worker, stops the cluster cleanly."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def worker_name() -> str:
    """This worker's address (its host and pid outside a Dask worker)."""
    try:
        from distributed import get_worker

        return str(get_worker().address)
    except (ImportError, ValueError):
        return f"{os.uname().nodename}:{os.getpid()}"


def _share_threads(threads: int | None) -> None:
    """Give this process's model libraries `threads` threads: OpenMP/torch read the env at
    import; CTranslate2's intra_threads reads BRIEF_THREADS (backends.ctranslate2_backend)."""
    if not threads:
        return
    for name in ("BRIEF_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[name] = str(threads)
    import sys

    torch = sys.modules.get("torch")  # already imported: set it directly
    if torch is not None:
        torch.set_num_threads(threads)


def models_for(spec: WorkerSpec) -> Models:
    """The spec's models in this process, opened and loaded the first time it is asked for."""
    key = spec.key()
    with _LOCK:
        models = _MODELS.get(key)
        if models is None:
            if spec.offline:
                os.environ["HF_HUB_OFFLINE"] = "1"  # before huggingface_hub is first imported
            _share_threads(spec.threads)
            from .pipeline import Silent, open_models

            quiet = Silent()
            quiet.quiet = True  # type: ignore[attr-defined] # no loading bars from workers
            models = open_models(spec.config, offline=spec.offline, cache=spec.cache,
                                 reporter=quiet)
            models.load()  # ModelUnavailable here, before the article is touched
            _MODELS[key] = models
        return models


def expected_signature(models: Models, options: Options) -> dict[str, Any]:
    """The `models` block a brief made by these models under `options` carries, as stored
    (JSON round trip): what a stored brief must match to be reused."""
    from .pipeline import signature_of

    doc = signature_of(models, options).to_dict()
    return json.loads(json.dumps(doc, ensure_ascii=False))


def probe(spec: WorkerSpec) -> tuple[str, dict[str, Any] | None, ModelUnavailable | None]:
    """Open the models on this worker: (worker, the signature its briefs carry, None), or
    (worker, None, the error) when a model cannot be found here."""
    try:
        return worker_name(), expected_signature(models_for(spec), spec.options), None
    except ModelUnavailable as e:
        return worker_name(), None, e


def brief_task(spec: WorkerSpec, task: Task) -> Outcome:
    """Brief one article on this worker; every error becomes a failure record."""
    from .pipeline import brief

    worker = worker_name()
    try:
        keys = task.templates
        result = brief(task.loaded, models_for(spec), spec.options,
                       templates=(lambda _outlet, _text: keys) if keys else None)
    except BriefError as e:
        return Outcome(task.index, error=e, trace=traceback.format_exc(), worker=worker)
    except Exception as e:  # a bug fails its own article, as in the in-process run
        return Outcome(task.index, unexpected=f"{type(e).__name__}: {e}",
                       trace=traceback.format_exc(), worker=worker)
    return Outcome(task.index, brief=result, worker=worker)

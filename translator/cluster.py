"""Brief many articles on a Dask cluster: a local one (`Cluster.local`) or a running scheduler.

    with Cluster.local(workers=2) as cluster:
        for result in run_on_cluster(cluster, spec, sources, read):
            ...                                   # in completion order; `result.index` places it

The client reads every input and keeps the store: each worker process opens the models once
(translator/cluster_worker.py) and sends back one `Brief` or failure record per article. At most
a few tasks per worker thread are in flight, so a million inputs never become a million futures.
An input whose cleaned article is stored with the same model signature is not sent at all.
No argv, no exit codes: typed errors only (the CLI side is translator/cli/cluster.py).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .cluster_worker import Outcome, Task, WorkerSpec, brief_task, probe
from .errors import BriefError, ModelUnavailable

if TYPE_CHECKING:
    from .load import Loaded
    from .pipeline import TemplateLookup
    from .result import Brief

INSTALL = "pip install 'brief[cluster]'"
LOOKAHEAD_PER_SLOT = 3  # tasks in flight per worker thread: enough to hide a round trip
WORKER_WAIT_S = 60.0  # how long an existing scheduler may take to show its first worker
PREPARE = ("Prepare every worker node: run `brief models pull` there (with the same --config / "
           "--translation-model / --summary-model), or point models.yaml at a local model "
           "directory that every node has at the same path.")


def dask_available() -> bool:
    """Whether dask.distributed can be imported (the `cluster` extra)."""
    from importlib.util import find_spec

    return find_spec("distributed") is not None


def threads_per_worker(workers: int, cores: int | None = None) -> int:
    """Model threads for each of `workers` processes so that workers x threads = the cores;
    BRIEF_THREADS, when set, names the threads of each process instead."""
    import os

    share = os.environ.get("BRIEF_THREADS", "")
    if cores is None and share.isdigit() and int(share) > 0:
        return int(share)
    if cores is None:
        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") \
            else os.cpu_count() or 1
    return max(1, cores // max(1, workers))


class Cluster:
    """A Dask client, on a local cluster it started (closed with it) or on a scheduler."""

    def __init__(self, client: Any, local: Any = None, threads: int | None = None) -> None:
        self.client = client
        self.local = local
        self.threads = threads  # model threads per worker, when this process chose them

    @classmethod
    def local(cls, workers: int, threads: int | None = None,
              env: dict[str, str] | None = None) -> Cluster:
        """Start `workers` worker processes on 127.0.0.1 (no dashboard), one task thread each,
        and `threads` model threads each (default: the cores shared out)."""
        import dask
        from distributed import Client, LocalCluster

        threads = threads or threads_per_worker(workers)
        share = {name: str(threads) for name in ("BRIEF_THREADS", "OMP_NUM_THREADS",
                                                 "MKL_NUM_THREADS")}
        # Dask spawns workers with MALLOC_TRIM_THRESHOLD_=65536, which turns glibc's dynamic
        # mmap threshold off: every large tensor buffer becomes a fresh mmap, and a brief
        # takes ~40% longer (full-size twins, 5.5 s -> 7.9 s). The nannies read this once.
        with dask.config.set({"distributed.nanny.pre-spawn-environ": {}}):
            local = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                 host="127.0.0.1", dashboard_address=None,
                                 silence_logs=logging.ERROR, env={**share, **(env or {})},
                                 preload=["translator.cluster_worker"])  # its dask_setup
        try:
            client = Client(local, set_as_default=False)
        except BaseException:
            local.close()
            raise
        return cls(client, local, threads)

    @classmethod
    def connect(cls, address: str, timeout: float = 30.0) -> Cluster:
        """A client of the scheduler at `address` (tcp://HOST:8786); BriefError if unreachable."""
        from distributed import Client

        try:
            client = Client(address, timeout=timeout, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as e:
            raise BriefError(f"cannot reach the Dask scheduler at {address}: {e}") from None
        return cls(client)

    def workers(self) -> dict[str, int]:
        """The connected workers' addresses and their task threads."""
        return dict(self.client.nthreads())

    def wait_for_workers(self, timeout: float = WORKER_WAIT_S) -> None:
        """Block until at least one worker is connected; BriefError after `timeout` s."""
        try:
            self.client.wait_for_workers(1, timeout=timeout)
        except TimeoutError:
            raise BriefError(f"no Dask worker joined the scheduler within {timeout:.0f} s: "
                             "start some with `dask worker tcp://SCHEDULER:8786`") from None

    def close(self) -> None:
        """Cancel what is left, close the client and the local cluster (if started here)."""
        try:
            self.client.close()
        finally:
            if self.local is not None:
                self.local.close()

    def __enter__(self) -> Cluster:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@dataclass(frozen=True)
class Result:
    """One input's outcome, as the client hands it on (in completion order)."""

    index: int  # place in the input order
    source: str
    brief: Brief | None = None
    loaded: Loaded | None = None  # the input as read, to store its original (None: reused)
    reused: bool = False  # the stored brief, emitted in its place: not sent to a worker
    error: BaseException | None = None  # a typed error (or a read error on the client)
    unexpected: str = ""  # "Type: message" of a bug on a worker
    trace: str = ""
    worker: str = ""

    @property
    def ok(self) -> bool:
        """Whether there is a brief."""
        return self.brief is not None


def unavailable(worker: str, error: BaseException) -> ModelUnavailable:
    """The run-ending error for a worker that cannot find a model."""
    return ModelUnavailable(f"worker {worker} cannot find a model: {error} {PREPARE}")


def open_models_everywhere(cluster: Cluster, spec: WorkerSpec) -> dict[str, Any]:
    """Open the models on every connected worker (in parallel); the signature their briefs
    carry. ModelUnavailable, naming the worker and the model, when one cannot find a model."""
    cluster.wait_for_workers()
    client = cluster.client
    # Loose restrictions: should a worker die meanwhile, its probe runs elsewhere, not never.
    futures = [client.submit(probe, spec, workers=[addr], allow_other_workers=True,
                             pure=False, key=f"brief-open-models-{addr}-{time.time_ns()}")
               for addr in cluster.workers()]
    signature: dict[str, Any] | None = None
    try:
        for worker, found, error in client.gather(futures):
            if error is not None:
                raise unavailable(worker, error)
            signature = signature or found
    finally:
        client.cancel(futures)
    assert signature is not None  # wait_for_workers saw at least one worker
    return signature


def run_on_cluster(cluster: Cluster, spec: WorkerSpec, sources: Iterable[str],
                   read: Callable[[str], Loaded], *,
                   stored: Callable[[dict[str, Any]], dict[str, Any] | None] | None = None,
                   templates: TemplateLookup | None = None, force: bool = False,
                   lookahead: int | None = None) -> Iterator[Result]:
    """Brief `sources` on the cluster, yielding each Result as it completes.

    Each input is read (`read`) and cleaned on the client just before it is sent, with
    `templates`, the store's template-line lookup (see pipeline.clean_input), whose keys go
    with the task (the workers have no store). When `stored(article)` gives a brief of the
    same cleaned article whose models block matches the workers' signature, that brief is
    yielded (reused) instead, unless `force`. A worker that cannot find a model raises
    ModelUnavailable: the run stops, since every article would fail.
    """
    from distributed import as_completed

    from .pipeline import clean_input
    from .result import Brief

    signature = open_models_everywhere(cluster, spec)
    client = cluster.client
    slots = sum(cluster.workers().values()) or 1
    limit = lookahead or LOOKAHEAD_PER_SLOT * slots
    pending = as_completed(loop=client.loop)  # no default client is set
    inflight: dict[int, tuple[str, Loaded]] = {}
    run_id = time.time_ns()

    def prepared(index: int, source: str) -> Result | Task:
        try:
            loaded = read(source)
            article = clean_input(loaded, templates)
            keys = templates(article.outlet, loaded.text) if templates and article.outlet \
                else None
        except Exception as e:  # reported as that input's failure
            return Result(index, source, error=e)
        if stored is not None and not force:
            doc = stored(article.to_dict())
            if doc is not None and doc.get("models") == signature:
                return Result(index, source, brief=Brief.from_dict(doc), reused=True)
        return Task(index, source, loaded, keys or None)

    try:
        for index, source in enumerate(sources):
            item = prepared(index, source)
            if isinstance(item, Result):
                yield item
                continue
            inflight[index] = (source, item.loaded)
            pending.add(client.submit(brief_task, spec, item, pure=False,
                                      key=f"brief-{run_id}-{index}"))
            while len(inflight) >= limit:
                yield _finished(next(pending), inflight)
        for future in pending:
            yield _finished(future, inflight)
    finally:
        if inflight:  # stopped early (Ctrl-C, a missing model): cancel what was sent
            client.cancel(list(pending.futures))


def _finished(future: Any, inflight: dict[int, tuple[str, Loaded]]) -> Result:
    """The Result of a completed future; ModelUnavailable ends the run."""
    index = int(future.key.rsplit("-", 1)[1])
    source, loaded = inflight.pop(index)
    try:
        outcome: Outcome = future.result()
    except Exception as e:  # e.g. KilledWorker: its workers kept dying
        future.release()
        return Result(index, source, unexpected=f"{type(e).__name__}: {e}")
    future.release()
    if isinstance(outcome.error, ModelUnavailable):
        raise unavailable(outcome.worker, outcome.error)
    return Result(index, source, brief=outcome.brief, loaded=loaded, error=outcome.error,
                  unexpected=outcome.unexpected, trace=outcome.trace, worker=outcome.worker)

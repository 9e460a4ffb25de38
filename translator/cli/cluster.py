"""`brief --workers N` / `brief --cluster tcp://HOST:8786`: the main job on a Dask cluster.

The client reads the inputs, keeps the store (one transaction per brief, as each arrives) and
prints: in input order for text/markdown/json, as they complete for jsonl. Failures and the exit
status follow the in-process run (inputs.py); progress goes to stderr.
"""

from __future__ import annotations

import json
import os
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from contextlib import closing
from typing import TYPE_CHECKING, Any, Protocol

import click

from ..errors import DatabaseError, ExitStatus, InputError
from ..sanitize import SafeStream
from .errors import _HINT
from .inputs import Failure, exit_status, expand, failure, read_input
from .options import session
from .output import error

if TYPE_CHECKING:
    from ..cluster import Result
    from ..config import Config
    from ..pipeline import Options
    from ..reporting import StderrReporter
    from ..result import Brief

CLUSTER_ENV = "BRIEF_CLUSTER"


def emit_jsonl(doc: dict[str, Any]) -> None:
    """One brief as one line of JSON on stdout (ASCII-escaped, so no control character or
    line break of the article can reach the terminal or split the line)."""
    click.echo(json.dumps(doc, ensure_ascii=True))


def _usage(message: str) -> click.ClickException:
    e = click.ClickException(message)
    e.exit_code = ExitStatus.BAD_INPUT
    return e


class Progress:
    """Articles done of total, rate, ETA and failures on stderr: a line rewritten in place on a
    terminal, else one line every `every` seconds; then a final line with the totals."""

    def __init__(self, total: int, reporter: StderrReporter, every: float = 10.0) -> None:
        self.total, self.reporter, self.every = total, reporter, every
        self.done = self.failed = self.reused = 0
        self.start = self._last = time.monotonic()

    def _say(self, line: str, *, end: str = "\n") -> None:
        click.echo(line, err=True, nl=False)
        click.echo(end, err=True, nl=False)

    def update(self, ok: bool, reused: bool) -> None:
        """One more input finished."""
        self.done += 1
        self.failed += not ok
        self.reused += reused
        if self.reporter.quiet:
            return
        now = time.monotonic()
        fresh = self.done - self.reused
        rate = fresh / (now - self.start) * 60 if now > self.start else 0.0
        eta = (self.total - self.done) / (rate / 60) if rate else 0.0
        line = (f"brief: {self.done} of {self.total} articles, {rate:.1f}/min, "
                f"ETA {eta:.0f} s, {self.failed} failed")
        if self.reporter.interactive:
            self._say("\r" + line, end="")
        elif now - self._last >= self.every:
            self._last = now
            self._say(line)

    def finish(self) -> None:
        """The final line: totals and wall time."""
        if self.reporter.quiet:
            return
        wall = time.monotonic() - self.start
        if self.reporter.interactive and self.done:
            self._say("\r", end="\n")
        self._say(f"brief: {self.done} of {self.total} articles in {wall:.1f} s "
                  f"({self.done - self.failed - self.reused} briefed, {self.reused} already "
                  f"stored, {self.failed} failed)")


class InOrder:
    """Hands items on in index order as the gaps before them fill (None: a failed input)."""

    def __init__(self, emit_one: Callable[[Any], None]) -> None:
        self.emit_one = emit_one
        self.next = 0
        self.waiting: dict[int, Any] = {}

    def put(self, index: int, item: Any) -> None:
        """Item `index` is ready."""
        self.waiting[index] = item
        while self.next in self.waiting:
            ready = self.waiting.pop(self.next)
            if ready is not None:
                self.emit_one(ready)
            self.next += 1


def as_failure(result: Result) -> Failure:
    """The report line of a failed input, as the in-process run words it."""
    if result.error is not None:
        return failure(result.source, result.error)
    where = f" on worker {result.worker}" if result.worker else ""
    return Failure(result.source, f"unexpected error{where}: {result.unexpected}{_HINT}",
                   ExitStatus.ERROR)


class Sink(Protocol):
    """Where briefs go (run.py's Sink: stdout, or the -o file at the end)."""

    def add(self, result: Brief, doc: dict, several: bool) -> None:
        """One brief done."""

    def finish(self, several: bool) -> None:
        """All done."""


def run_cluster(sources: Sequence[str], *, workers: int | None, address: str | None,
                cfg: Config, options: Options, offline: bool, cache: bool, fmt: str,
                sink: Sink, reporter: StderrReporter, store_path: str | None,
                no_store: bool, rebrief: bool,
                note: Callable[[Brief], None] | None = None) -> None:
    """Brief `sources` on a local cluster of `workers` processes or the scheduler `address`;
    briefs go to `sink` in input order (jsonl: as each completes). `rebrief`: brief articles
    the store holds again rather than reuse them; `note` is called with each brief (run.py's
    GlossaryNote.check)."""
    from ..cluster import INSTALL, Cluster, WorkerSpec, dask_available, run_on_cluster
    from ..store import Store, StoreWriter, template_lookup

    if not dask_available():
        raise _usage(f"--workers and --cluster need Dask: {INSTALL}")
    if workers is not None and address:
        if os.environ.get(CLUSTER_ENV) != address:
            raise click.UsageError("give --workers N or --cluster ADDRESS, not both")
        address = None  # --workers on the command line wins over BRIEF_CLUSTER
    if workers is not None and workers < 1:
        raise click.UsageError("--workers must be at least 1")
    if not sources:
        raise click.UsageError("--workers/--cluster need inputs: FILEs, DIRs, GLOBs or URLs")
    inputs = expand(sources)
    items = [item for item in inputs.items if item is not None]
    failures: list[tuple[int, Failure]] = [
        (-1, failure(arg, InputError(why))) for arg, why in inputs.errors]
    several = inputs.several or bool(inputs.errors)
    writer = None if no_store else StoreWriter(store_path, reporter.notice)
    lookup = None
    if not no_store:
        try:
            lookup = Store.open_existing(store_path)
        except DatabaseError as e:
            reporter.notice(f"warning: stored briefs are not reused: {e}")
    ordered = InOrder(lambda pair: sink.add(pair[0], pair[1], several))
    progress = Progress(len(items), reporter)

    def handle(result: Result) -> None:
        progress.update(result.ok, result.reused)
        if result.brief is None:
            failures.append((result.index, as_failure(result)))
            if debug and result.trace:
                SafeStream(sys.stderr).write(result.trace)
            ordered.put(result.index, None)
            return
        if note is not None:
            note(result.brief)
        doc = result.brief.to_dict()
        if writer is not None and not result.reused and result.loaded is not None:
            writer.save(doc, result.brief.article.to_dict(), result.loaded.text)
        if fmt == "jsonl":  # as each completes
            sink.add(result.brief, doc, several)
            ordered.put(result.index, None)
        else:
            ordered.put(result.index, (result.brief, doc))

    debug = session().debug
    cluster = None
    try:
        cluster = Cluster.local(workers, env={"HF_HUB_OFFLINE": "1"} if offline else None) \
            if workers is not None else Cluster.connect(address or "")
        spec = WorkerSpec(cfg, options, offline=offline, cache=cache, threads=cluster.threads)
        stored = None if lookup is None else lookup.stored
        templates = None if no_store else template_lookup(store_path)
        results = closing(run_on_cluster(cluster, spec, items, read_input, stored=stored,
                                         templates=templates, force=rebrief))
        with results as each:  # closed at once on Ctrl-C: what is in flight is cancelled
            for result in each:
                handle(result)
        progress.finish()
    except KeyboardInterrupt:
        if not reporter.quiet:
            saved = len(writer.saved) if writer is not None else 0
            click.echo(f"\nbrief: interrupted: stopping the cluster; {saved} briefs of this "
                       "run are stored (run it again to finish the rest)", err=True)
        raise
    finally:
        for opened in (cluster, writer, lookup):
            if opened is not None:
                try:
                    opened.close()
                except Exception:  # shutting down after Ctrl-C or a dead scheduler
                    if debug:
                        traceback.print_exc()
    sink.finish(several)
    for _, f in sorted(failures, key=lambda pair: pair[0]):
        error(f.line())
    status = exit_status([f for _, f in failures])
    if status:
        raise click.exceptions.Exit(int(status))

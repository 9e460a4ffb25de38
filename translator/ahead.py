"""Brief several articles with one article's summary overlapping the next one's translation.

    with Ahead(models, options) as ahead:
        pending = [ahead.submit(path) for path in paths]   # each: a Future of its Brief
        briefs = [p.result() for p in pending]

The summary of an article needs all of its English, so within one article the two model stages
run one after the other, and the summariser's beam search keeps one core busy (two threads are
slower there: benchmarks/summary_cost.py) while the second sits idle. Across articles they need
not wait: `submit` translates an article in the caller's thread (errors of cleaning, checks and
translation are raised there, as brief() raises them) and hands its summary to one worker
thread, so the caller can go on translating the next article while it is summarised. Both
runtimes release the GIL while they compute. The Brief is exactly brief()'s: the same stages on
the same inputs, each backend used by one thread at a time (the translator by the caller's, the
summariser by the worker's); the cache they share serialises its own reads and writes.

Summaries are made in submission order, one at a time; `close` (or leaving the `with`) waits
for those submitted and stops the worker; after an interrupt it drops those not begun.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .load import Loaded
from .pipeline import Models, Options, Reporter, TemplateLookup, finish, translate_article
from .result import Brief

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor


class Ahead:
    """A run of briefs whose summaries are made in a worker thread (see the module's doc)."""

    def __init__(self, models: Models, options: Options = Options(), *,
                 reporter: Reporter | None = None,
                 templates: TemplateLookup | None = None) -> None:
        self.models, self.options = models, options
        self.reporter, self.templates = reporter, templates
        self._worker: ThreadPoolExecutor | None = None  # made on the first submit: a run of
        # one article, which the CLI briefs without it, never imports concurrent.futures

    def submit(self, source: Loaded | Path | str) -> Future[Brief]:
        """Translate `source` now (raising what brief() raises before its summary) and queue
        its summary; the Future gives the Brief, or raises the summary's error."""
        half = translate_article(source, self.models, self.options, reporter=self.reporter,
                                 templates=self.templates)
        if self._worker is None:
            from concurrent.futures import ThreadPoolExecutor

            # Not a daemon thread: a model must not be torn down while it computes at exit.
            self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="brief-summary")
        # The worker says nothing: a status line from two threads would fight over stderr.
        return self._worker.submit(finish, half, self.models)

    def close(self, *, cancel: bool = False) -> None:
        """Wait for the summaries submitted (`cancel`: only for the one being made)."""
        if self._worker is not None:
            self._worker.shutdown(wait=True, cancel_futures=cancel)

    def __enter__(self) -> Ahead:
        return self

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        self.close(cancel=kind is not None)

"""The main job (`brief [run] FILE...`) and `brief clean`: what is done with article inputs.

`run` calls exactly the public API: open_models once, then brief() per input. The models load
lazily, so they load once for many inputs, and only when the first article got past cleaning
and the language check.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from contextlib import nullcontext
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..errors import InputError
from ..sanitize import SafeStream, dumps_json
from .inputs import Inputs, Pending, exit_status, expand, failure, read_input, run_all
from .options import (
    BRIEF_FORMATS,
    CLEAN_FORMATS,
    debug_option,
    examples,
    format_option,
    load_config,
    main_job_options,
    pick_format,
    session,
)
from .output import (
    SEPARATORS,
    RichStream,
    brief_text,
    emit,
    emit_brief,
    emit_json,
    emit_line,
    error,
    file_format,
    output_format,
    say,
    warning,
    write_atomically,
)

if TYPE_CHECKING:
    from ..ahead import Ahead
    from ..load import Loaded
    from ..reporting import StderrReporter
    from ..result import Brief


@click.command("run", context_settings={"help_option_names": ["-h", "--help"]},
               epilog=examples("brief samples/sindonews-blinken-lavrov.txt",
                               "brief --full -o brief.md samples/kompas-banjir-jakarta.txt",
                               "brief --json samples/*.txt > briefs.json",
                               "brief -- history       # a file named like a command"))
@click.argument("sources", nargs=-1, metavar="[FILE | DIR | GLOB | URL | -]...")
@main_job_options
def run_cmd(sources: tuple[str, ...], fmt: str, as_json: bool, output: str | None, full: bool,
            length: str, config_path: str | None, translation_model: str | None,
            summary_model: str | None, glossary: str | None, runtime: str | None,
            offline: bool, force: bool, rebrief: bool,
            store_path: str | None, no_store: bool, no_cache: bool, workers: int | None,
            cluster_address: str | None, quiet: bool, verbose: bool, no_color: bool) -> None:
    """Brief articles: FILEs, directories (their *.txt, *.html, *.htm), globs, URLs, `-` for
    stdin, or piped text. Models are loaded once; a failed article does not stop the others."""
    if offline:
        os.environ["HF_HUB_OFFLINE"] = "1"  # before huggingface_hub is first imported
    from ..ahead import Ahead
    from ..pipeline import Options, brief, open_models
    from ..reporting import StderrReporter
    from ..store import template_lookup

    fmt = pick_format(fmt, as_json) or "auto"
    fmt = file_format(output, fmt, BRIEF_FORMATS, "text") if output else output_format(fmt)
    if fmt == "jsonl" and output:
        raise click.UsageError("--format jsonl streams to stdout: redirect it instead of -o")
    reporter = StderrReporter(quiet=quiet, verbose=verbose, no_color=no_color)
    cfg = load_config(config_path, translation_model, summary_model).with_runtime(runtime)
    if glossary:  # a bad file is one ConfigError line (exit 2)
        from ..config import load_glossary

        cfg = cfg.with_glossary(load_glossary(glossary))
    options = Options(length=length, force=force)
    note = GlossaryNote(glossary, reporter.notice)
    if workers is not None or cluster_address:  # Dask: translator/cli/cluster.py
        from .cluster import run_cluster

        # --force kept its old second meaning on a cluster: brief stored articles again.
        return run_cluster(sources, workers=workers, address=cluster_address, cfg=cfg,
                           options=options, offline=offline, cache=not no_cache, fmt=fmt,
                           sink=Sink(fmt, full, output, no_color), reporter=reporter,
                           store_path=store_path, no_store=no_store,
                           rebrief=rebrief or force, note=note.check)
    # Nothing loads yet: each model loads when the first article that passed the checks needs it.
    models = open_models(cfg, offline=offline, cache=not no_cache, reporter=reporter)

    # Lines the store has seen on three other pages of the same outlet are its template.
    templates = None if no_store else template_lookup(store_path)
    sink = Sink(fmt, full, output, no_color)

    def brief_one(source: str | None) -> tuple[Brief, Loaded]:
        loaded = read_input(source)
        before = cache_counts(models)
        try:
            result = brief(loaded, models, options, reporter=reporter, templates=templates,
                           on_event=sink.observer(reporter.close))
        finally:
            reporter.close()  # the live display is erased before the brief is printed
        note.check(result)
        if verbose:
            for line in what_was_done(result, before, cache_counts(models)):
                reporter.detail(line)
        return result, loaded

    def ahead(runner: Ahead) -> Callable[[str | None], Pending]:
        """brief_one for several inputs: translated now, summarised while the next one is."""
        def start(source: str | None) -> Pending:
            loaded = read_input(source)
            try:
                future = runner.submit(loaded)
            finally:
                reporter.close()

            def settle() -> tuple[Brief, Loaded]:
                result = future.result()
                note.check(result)
                return result, loaded
            return Pending(settle)
        return start

    # Overlapped only where nothing streams and -v needs no per-article cache counts.
    overlap = None if verbose or sink.streams() else Ahead(
        models, options, reporter=reporter, templates=templates)
    briefs(sources, brief_one, sink, reporter, None if no_store else store_path, no_store,
           overlap=overlap, start=ahead)


class GlossaryNote:
    """Says once per run, on stderr, that `--glossary` does nothing for an English article
    (brief does not translate English, so there is no translation to check)."""

    def __init__(self, glossary: str | None, notice: Callable[[str], None]) -> None:
        self.glossary, self.notice, self.said = glossary, notice, False

    def check(self, result: Brief) -> None:
        """After each brief: the note, the first time an English article meets --glossary."""
        if self.glossary and not self.said and result.article.language == "en":
            self.said = True
            self.notice(f"note: {result.origin or 'stdin'} is in English and is not "
                        f"translated, so --glossary {self.glossary} is not checked on it")


def cache_counts(models: object) -> tuple[int, int]:
    """(hits, misses) of the run's translation cache so far; (0, 0) before it opens."""
    if "translation" not in getattr(models, "opened", ()):
        return 0, 0
    cache = getattr(models.translator, "cache", None)  # type: ignore[attr-defined]
    return (getattr(cache, "hits", 0), getattr(cache, "misses", 0)) if cache else (0, 0)


def what_was_done(result: Brief, before: tuple[int, int], after: tuple[int, int]) -> list[str]:
    """The -v lines about one brief: segments, flags, cache hits and the stage timings."""
    segments = sum(len(p.segments) for p in result.paragraphs)
    flags = sum(len(p.flags) for p in result.paragraphs)
    hits, misses = after[0] - before[0], after[1] - before[1]
    t = result.timings
    stages = ", ".join(f"{k.removesuffix('_s')} {v:.2f} s" for k, v in t.items())
    return [f"{result.origin or 'stdin'}: {len(result.paragraphs)} paragraphs, {segments} "
            f"segments, {flags} flags",
            f"cache: {hits} hits, {misses} misses (outputs computed)" if hits or misses
            else "cache: not used",
            f"timings: {stages}"]


class Sink:
    """Where a run's briefs go: stdout as each is done, or one -o FILE written at the end."""

    def __init__(self, fmt: str, full: bool, output: str | None, no_color: bool) -> None:
        self.fmt, self.full, self.output, self.no_color = fmt, full, output, no_color
        self.docs: list[dict] = []  # JSON of several inputs: one array at the end
        self.texts: list[str] = []  # what goes to the -o file
        self.shown = 0
        self.stream: RichStream | None = None  # the brief being printed as it is made

    def streams(self) -> bool:
        """Whether each brief is printed as it is made (the rich view on a terminal)."""
        return self.fmt == "rich" and self.output is None and sys.stdout.isatty()

    def observer(self, pause: Callable[[], None]) -> RichStream | None:
        """On a terminal, the rich view printed as the next brief is made (`pause` erases the
        progress display before each part); elsewhere None: one document at the end."""
        if not self.streams():
            return None
        gap = bool(self.shown) or bool(self.stream and self.stream.printed)  # a part is above
        self.stream = RichStream(self.full, no_color=self.no_color, pause=pause, gap=gap)
        return self.stream

    def add(self, result: Brief, doc: dict, several: bool) -> None:
        """One brief done."""
        if self.fmt == "jsonl":  # one line per brief, as each is done
            from .cluster import emit_jsonl

            emit_jsonl(doc)
            return
        if self.fmt == "json" and several:
            self.docs.append(doc)
            return
        if self.stream is not None and self.stream.finished:  # printed as it was made
            self.stream = None
            self.shown += 1
            return
        if self.output is not None:
            self.texts.append(brief_text(result, self.fmt, self.full))
        else:
            if self.shown:
                emit(SEPARATORS.get(self.fmt, ""))
            emit_brief(result, self.fmt, self.full, no_color=self.no_color)
        self.shown += 1

    def finish(self, several: bool) -> None:
        """The JSON array of several inputs; the -o file, when any brief was made."""
        if self.fmt == "json" and several:
            if self.output is None:
                emit_json(self.docs)
                return
            self.texts = [dumps_json(self.docs) + "\n"] if self.docs else []
        if self.output is not None and self.texts:
            sep = SEPARATORS.get(self.fmt, "\n")
            body = sep.join(t if t.endswith("\n") else t + "\n" for t in self.texts)
            write_atomically(Path(self.output), body)
            n = len(self.docs) if self.docs else len(self.texts)
            say(f"wrote {n} brief{'s' if n != 1 else ''} to {self.output}")


def briefs(sources: Sequence[str], brief_one: Callable[[str | None], tuple[Brief, Loaded]],
           sink: Sink, reporter: StderrReporter, store_path: str | None,
           no_store: bool, *, overlap: Ahead | None = None,
           start: Callable[[Ahead], Callable[[str | None], Pending]] | None = None) -> None:
    """Brief every input, print each brief, save it in the store; report failures at the end.
    With several inputs and an `overlap` runner, `start(overlap)` briefs each (one article
    summarised while the next is translated); the runner is closed there.

    Exit status with several inputs: 0 all briefed; 2 every failure was bad input; 1 otherwise;
    3 (at once) when a model is unavailable, since every article would fail.
    """
    from ..store import StoreWriter

    inputs = expand(sources) if sources else Inputs(items=[None])  # no argument: stdin
    writer = None if no_store else StoreWriter(store_path, reporter.notice)

    def done(pair: tuple[Brief, Loaded]) -> None:
        result, loaded = pair
        doc = result.to_dict()
        sink.add(result, doc, inputs.several)
        if writer is not None:
            writer.save(doc, result.article.to_dict(), loaded.text)

    try:
        if not inputs.several and not inputs.errors:
            done(brief_one(inputs.items[0]))  # one input: its error is the run's error
            sink.finish(False)
            return
        failures = [failure(arg, InputError(why)) for arg, why in inputs.errors]
        # Leaving the `with` waits for the summaries submitted; after Ctrl-C or a missing
        # model, only for the one being made.
        with overlap or nullcontext():
            each = start(overlap) if overlap is not None and start is not None else brief_one
            failures += run_all(inputs.items, each, done, started=reporter.articles,
                                debug=session().debug, debug_stream=SafeStream(sys.stderr))
    finally:
        reporter.close()
        if writer is not None:
            writer.close()
    sink.finish(True)
    for f in failures:
        error(f.line())
    status = exit_status(failures)
    if status:
        raise click.exceptions.Exit(int(status))


@click.command("clean", epilog=examples("brief clean samples/detik-harga-beras.txt",
                                        "brief clean --json saved-page.html"))
@click.argument("source", required=False, metavar="[FILE | URL | -]")
@format_option(CLEAN_FORMATS, "text", "text: metadata lines, then the paragraphs.")
@debug_option
def clean_cmd(source: str | None, fmt: str, as_json: bool) -> None:
    """Run the cleaning stage alone: title, date, dateline, outlet, body (no model loaded)."""
    from ..pipeline import clean_input

    loaded = read_input(source)
    for w in loaded.warnings:
        warning(w)
    article = clean_input(loaded)
    if pick_format(fmt, as_json) == "json":
        emit_json(article.to_dict())
        return
    meta = [("title", article.title), ("published", article.published),
            ("dateline", article.dateline), ("outlet", article.outlet),
            ("author", article.author), ("language", article.language)]
    for key, value in meta:
        if value:
            emit_line(f"{key}: {value}")
    emit("", nl=True)
    emit("\n\n".join(article.paragraphs), nl=True)

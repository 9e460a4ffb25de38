"""The main job (`brief [run] FILE...`) and `brief clean`: what is done with article inputs.

`run` calls exactly the public API: open_models once, then brief() per input. The models load
lazily, so they load once for many inputs, and only when the first article got past cleaning
and the language check.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import click

from ..errors import InputError
from ..sanitize import SafeStream
from .inputs import Inputs, exit_status, expand, failure, read_input, run_all
from .options import (
    brief_format_option,
    debug_option,
    full_option,
    length_option,
    load_config,
    model_options,
    runtime_option,
    session,
    store_option,
)
from .output import (
    SEPARATORS,
    emit,
    emit_brief,
    emit_json,
    emit_line,
    error,
    output_format,
    warning,
)

if TYPE_CHECKING:
    from ..load import Loaded
    from ..reporting import StderrReporter
    from ..result import Brief


@click.command("run", context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("sources", nargs=-1, metavar="[FILE | DIR | GLOB | -]...")
@brief_format_option
@full_option
@length_option
@model_options
@click.option("--offline", is_flag=True, help="Never touch the network (as HF_HUB_OFFLINE=1).")
@runtime_option
@click.option("--force", is_flag=True, help="Translate even if the text does not look Indonesian.")
@store_option
@click.option("--no-store", is_flag=True, help="Do not save the briefs in the store.")
@click.option("--no-cache", is_flag=True,
              help="Neither read nor write the translation cache (see `brief cache info`).")
@click.option("-q", "--quiet", is_flag=True, help="No progress or notices on stderr.")
@debug_option
def run_cmd(sources: tuple[str, ...], fmt: str, full: bool, length: str,
            config_path: str | None, translation_model: str | None, summary_model: str | None,
            offline: bool, runtime: str | None, force: bool, store_path: str | None,
            no_store: bool, no_cache: bool, quiet: bool) -> None:
    """Brief articles: FILEs, directories (their *.txt, *.html, *.htm), globs, `-` for stdin,
    or piped text. Models are loaded once; a failed article does not stop the others."""
    if offline:
        os.environ["HF_HUB_OFFLINE"] = "1"  # before huggingface_hub is first imported
    from ..pipeline import Options, brief, open_models
    from ..reporting import StderrReporter

    reporter = StderrReporter(quiet=quiet)
    cfg = load_config(config_path, translation_model, summary_model).with_runtime(runtime)
    options = Options(length=length, force=force)
    # Nothing loads yet: each model loads when the first article that passed the checks needs it.
    models = open_models(cfg, offline=offline, cache=not no_cache, reporter=reporter)

    def brief_one(source: str | None) -> tuple[Brief, Loaded]:
        loaded = read_input(source)
        try:
            return brief(loaded, models, options, reporter=reporter), loaded
        finally:
            reporter.close()

    briefs(sources, brief_one, output_format(fmt), full, reporter,
           None if no_store else store_path, no_store)


def briefs(sources: Sequence[str], brief_one: Callable[[str | None], tuple[Brief, Loaded]],
           fmt: str, full: bool, reporter: StderrReporter, store_path: str | None,
           no_store: bool) -> None:
    """Brief every input, print each brief, save it in the store; report failures at the end.

    Exit status with several inputs: 0 all briefed; 2 every failure was bad input; 1 otherwise;
    3 (at once) when a model is unavailable, since every article would fail.
    """
    from ..store import StoreWriter

    inputs = expand(sources) if sources else Inputs(items=[None])  # no argument: stdin
    writer = None if no_store else StoreWriter(store_path, reporter.notice)
    docs: list[dict] = []
    shown = 0

    def done(pair: tuple[Brief, Loaded]) -> None:
        nonlocal shown
        result, loaded = pair
        doc = result.to_dict()
        if fmt == "json" and inputs.several:
            docs.append(doc)
        else:
            if shown:
                emit(SEPARATORS.get(fmt, ""))
            emit_brief(result, fmt, full)
            shown += 1
        if writer is not None:
            writer.save(doc, result.article.to_dict(), loaded.text)

    try:
        if not inputs.several and not inputs.errors:
            done(brief_one(inputs.items[0]))  # one input: its error is the run's error
            return
        failures = [failure(arg, InputError(why)) for arg, why in inputs.errors]
        failures += run_all(inputs.items, brief_one, done, status=reporter.status,
                            debug=session().debug, debug_stream=SafeStream(sys.stderr))
    finally:
        if writer is not None:
            writer.close()
    if fmt == "json":
        emit_json(docs)
    for f in failures:
        error(f.line())
    status = exit_status(failures)
    if status:
        raise click.exceptions.Exit(int(status))


@click.command("clean")
@click.argument("source", required=False, metavar="[FILE | URL | -]")
@click.option("--json", "as_json", is_flag=True, help="Print the cleaned article as JSON.")
@debug_option
def clean_cmd(source: str | None, as_json: bool) -> None:
    """Run the cleaning stage alone (no model is loaded)."""
    from ..pipeline import clean_input

    loaded = read_input(source)
    for w in loaded.warnings:
        warning(w)
    article = clean_input(loaded)
    if as_json:
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

"""The `brief` command: the only place that reads argv and stdin and sets exit codes."""

from __future__ import annotations

import os
import sys

import click

from .cli_cache import register as register_cache_commands
from .cli_store import register as register_store_commands
from .errors import BriefError, ExitStatus, InputError
from .sanitize import SafeStream, dumps_json, safe_line, safe_text
from .version import __version__

LENGTH_CHOICES = ("short", "medium", "long")
FORMAT_CHOICES = ("auto", "rich", "text", "markdown", "json")
RUNTIME_CHOICES = ("auto", "transformers", "ctranslate2")  # = config.RUNTIMES, without importing


class DefaultGroup(click.Group):
    """`brief FILE` runs the main job; `brief clean|models ...` run subcommands."""

    default_command = "run"

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or (args[0] not in self.commands and args[0] not in ("--help", "-h",
                                                                          "--version")):
            args = [self.default_command, *args]
        return super().parse_args(ctx, args)

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        formatter.write_usage("brief", "[OPTIONS] [FILE | URL | -]\n       brief COMMAND [ARGS]...")


@click.group(cls=DefaultGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="brief")
def cli() -> None:
    """Turn an Indonesian news article into an English brief.

    \b
      brief article.txt            brief a copied article (rich on a terminal)
      brief --full article.txt     ... with the full translation, paragraph by paragraph
      cat article.txt | brief      piped text; `-` reads stdin too
      brief https://...            fetch a news page (saved .html pages work too)
      brief clean article.txt      cleaning only: title, date, dateline, outlet, body
      brief models pull            download the models ahead of time

    Run `brief run --help` for all options of the main job.
    """


def _read_input(source: str | None):
    from . import load

    if source in (None, "-"):
        if source is None and sys.stdin.isatty():
            raise click.UsageError("no input: give a FILE, '-' for stdin, or pipe text in")
        return load.read_stream(sys.stdin.buffer)
    return load.read_source(source)  # a URL is fetched; an HTML page is extracted


def _config(config_path: str | None, translation_model: str | None, summary_model: str | None):
    from .config import load_config

    return load_config(config_path).with_models(translation_model, summary_model)


@cli.command("run", context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("sources", nargs=-1, metavar="[FILE | DIR | GLOB | -]...")
@click.option("--format", "fmt", type=click.Choice(FORMAT_CHOICES), default="auto",
              show_default=True, help="auto: rich on a terminal, plain text when piped.")
@click.option("--full", is_flag=True, help="Also show the full translation with guard flags.")
@click.option("--length", type=click.Choice(LENGTH_CHOICES), default="medium",
              show_default=True, help="Summary length.")
@click.option("--config", "config_path", metavar="PATH",
              help="models.yaml to use (default: $BRIEF_CONFIG, else the packaged one).")
@click.option("--translation-model", metavar="ID|DIR", help="Override the translation model.")
@click.option("--summary-model", metavar="ID|DIR", help="Override the summarisation model.")
@click.option("--offline", is_flag=True, help="Never touch the network (as HF_HUB_OFFLINE=1).")
@click.option("--runtime", type=click.Choice(RUNTIME_CHOICES), default=None,
              help="Model runtime for this run (default: models.yaml's, normally auto: "
                   "CTranslate2 int8 once `brief models pull` converted the model).")
@click.option("--force", is_flag=True, help="Translate even if the text does not look Indonesian.")
@click.option("--store", "store_path", metavar="PATH", type=click.Path(dir_okay=False),
              help="Save briefs in this store (default: briefs.sqlite in $BRIEF_HOME or the "
                   "user data dir).")
@click.option("--no-store", is_flag=True, help="Do not save the briefs in the store.")
@click.option("--no-cache", is_flag=True,
              help="Neither read nor write the translation cache (see `brief cache info`).")
@click.option("-q", "--quiet", is_flag=True, help="No progress or notices on stderr.")
@click.option("--debug", is_flag=True, help="Show tracebacks.")
def run_cmd(sources, fmt, full, length, config_path, translation_model, summary_model, offline,
            runtime, force, quiet, debug, store_path, no_store, no_cache) -> None:
    """Brief articles: FILEs, directories (their *.txt, *.html, *.htm), globs, `-` for stdin,
    or piped text. Models are loaded once; a failed article does not stop the others."""
    if offline:
        os.environ["HF_HUB_OFFLINE"] = "1"  # before huggingface_hub is first imported
    from .pipeline import Options, brief, open_models
    from .reporting import StderrReporter

    reporter = StderrReporter(quiet=quiet)
    cfg = _config(config_path, translation_model, summary_model).with_runtime(runtime)
    options = Options(length=length, force=force)
    # Nothing loads yet: each model loads when the first article that passed the checks needs it.
    models = open_models(cfg, offline=offline, cache=not no_cache, reporter=reporter)

    def brief_one(source):
        loaded = _read_input(source)
        try:
            return brief(loaded, models, options, reporter=reporter), loaded
        finally:
            reporter.close()

    _run_batch(sources, brief_one, fmt, full, reporter, debug,
               None if no_store else store_path, no_store)


def _emit(result, fmt: str, full: bool) -> None:
    from .render import render

    if fmt == "auto":
        fmt = "rich" if sys.stdout.isatty() else "text"
    out = render(result, fmt, full)
    if isinstance(out, str):
        click.echo(out, nl=not out.endswith("\n"))
    else:
        from rich.console import Console

        Console().print(out)


_SEPARATORS = {"text": "\n" + "=" * 80 + "\n", "markdown": "\n---\n", "rich": ""}


def _run_batch(sources, brief_one, fmt, full, reporter, debug, store_path, no_store) -> None:
    """Brief every input, print each brief, save it in the store; report failures at the end.

    Exit status with several inputs: 0 all briefed; 2 every failure was bad input; 1 otherwise;
    3 (at once) when a model is unavailable, since every article would fail.
    """
    from .batch import Inputs, StoreWriter, exit_status, expand, failure, run_all

    inputs = expand(sources) if sources else Inputs(items=[None])
    if fmt == "auto":
        fmt = "rich" if sys.stdout.isatty() else "text"
    writer = None if no_store else StoreWriter(store_path, reporter.notice)
    docs: list[dict] = []
    shown = [0]

    def done(pair) -> None:
        result, loaded = pair
        doc = result.to_dict()
        if fmt == "json" and inputs.several:
            docs.append(doc)
        else:
            if shown[0]:
                click.echo(_SEPARATORS.get(fmt, ""))
            _emit(result, fmt, full)
            shown[0] += 1
        if writer is not None:
            writer.save(doc, result.article.to_dict(), loaded.text)

    try:
        if not inputs.several and not inputs.errors:
            done(brief_one(inputs.items[0]))  # one input: its error is the run's error
            return
        failures = [failure(arg, InputError(why)) for arg, why in inputs.errors]
        failures += run_all(inputs.items, brief_one, done, status=reporter.status, debug=debug,
                            debug_stream=SafeStream(sys.stderr))
    finally:
        if writer is not None:
            writer.close()
    if fmt == "json":
        click.echo(dumps_json(docs))
    for f in failures:
        message = f.message if f.source and f.source in f.message else f"{f.source}: {f.message}"
        _error_line(message)
    status = exit_status(failures)
    if status:
        raise click.exceptions.Exit(int(status))


@cli.command("clean")
@click.argument("source", required=False, metavar="[FILE | URL | -]")
@click.option("--json", "as_json", is_flag=True, help="Print the cleaned article as JSON.")
@click.option("--debug", is_flag=True, help="Show tracebacks.")
def clean_cmd(source, as_json, debug) -> None:
    """Run the cleaning stage alone (no model is loaded)."""
    from .pipeline import clean_input

    loaded = _read_input(source)
    for w in loaded.warnings:
        click.echo(f"brief: warning: {safe_line(w)}", err=True)
    article = clean_input(loaded)
    if as_json:
        click.echo(dumps_json(article.to_dict()))
        return
    meta = [("title", article.title), ("published", article.published),
            ("dateline", article.dateline), ("outlet", article.outlet),
            ("author", article.author), ("language", article.language)]
    for key, value in meta:
        if value:
            click.echo(f"{key}: {safe_line(value)}")
    click.echo("")
    click.echo(safe_text("\n\n".join(article.paragraphs)))


@cli.group("models")
def models_group() -> None:
    """List or download the models named in models.yaml."""


_MODEL_OPTIONS = [
    click.option("--config", "config_path", metavar="PATH", help="models.yaml to use."),
    click.option("--translation-model", metavar="ID|DIR", help="Override the translation model."),
    click.option("--summary-model", metavar="ID|DIR", help="Override the summarisation model."),
    click.option("--debug", is_flag=True, help="Show tracebacks."),
]


def _model_options(f):
    for option in reversed(_MODEL_OPTIONS):
        f = option(f)
    return f


@models_group.command("list")
@_model_options
def models_list(config_path, translation_model, summary_model, debug) -> None:
    """Show each model, whether it is on disk, and whether its CTranslate2 copy is."""
    from .backends.convert import find_converted
    from .backends.hub import find_cached, find_snapshot

    cfg = _config(config_path, translation_model, summary_model)
    for role, spec in (("translation", cfg.translation.spec),
                       ("summarization", cfg.summarization.spec)):
        # The cache layout is read directly: importing huggingface_hub costs more than the run.
        found = find_cached(spec) if spec.is_local else find_snapshot(spec)
        where = f"cached at {found.path}" if found else "not cached (run `brief models pull`)"
        converted = find_converted(found) if found else None
        ct2 = (f"ctranslate2: converted at {converted}" if converted
               else "ctranslate2: not converted (run `brief models pull`)")
        click.echo(f"{role}\t{spec.model}\trevision={spec.revision}\truntime={spec.runtime}\t"
                   f"{where}\t{ct2}")


@models_group.command("pull")
@_model_options
def models_pull(config_path, translation_model, summary_model, debug) -> None:
    """Download both models into the local cache and convert them to CTranslate2 (int8)."""
    from .backends.convert import DEFAULT_QUANTIZATION, convert, find_converted
    from .backends.hub import resolve
    from .reporting import StderrReporter

    reporter = StderrReporter()
    cfg = _config(config_path, translation_model, summary_model)
    for spec in (cfg.translation.spec, cfg.summarization.spec):
        found = resolve(spec, offline=False, notify=reporter.notice)
        if not find_converted(found):
            reporter.notice(f"Converting {spec.model} to CTranslate2 ({DEFAULT_QUANTIZATION}) ...")
        converted = convert(found)
        click.echo(f"{spec.model}\t{found.revision}\t{found.path}\tctranslate2 "
                   f"{DEFAULT_QUANTIZATION}: {converted}")


register_store_commands(cli)  # history, show, digest (translator/cli_store.py)
register_cache_commands(cli)  # cache info, cache clear (translator/cli_cache.py)


def _error_line(message: str, prefix: str = "brief: error: ") -> None:
    """One line on stderr; the message may quote file names, URLs or server replies."""
    click.echo(prefix + safe_line(message), err=True)


def main(argv: list[str] | None = None) -> int:
    """Console entry point: run the CLI and map every outcome to an exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args or os.environ.get("BRIEF_DEBUG") == "1"
    try:
        rc = cli.main(args=args, prog_name="brief", standalone_mode=False)
        return rc if isinstance(rc, int) else ExitStatus.OK  # a click Exit's code (batches)
    except click.exceptions.Exit as e:
        return e.exit_code
    except click.ClickException as e:
        hint = " (see `brief --help`)" if isinstance(e, click.UsageError) else ""
        _error_line(e.format_message() + hint)
        return ExitStatus.BAD_INPUT if e.exit_code == 2 else e.exit_code
    except (KeyboardInterrupt, click.exceptions.Abort):
        click.echo("brief: interrupted", err=True)
        return ExitStatus.INTERRUPTED
    except BriefError as e:
        if debug:
            raise
        _error_line(str(e))
        return e.exit_status
    except BrokenPipeError:
        # The reader went away (e.g. `brief x | head`); nothing more to say.
        sys.stderr.close()
        return ExitStatus.OK
    except Exception as e:
        if debug:
            raise
        _error_line(f"{type(e).__name__}: {e} (run again with --debug for the traceback)",
                    "brief: unexpected error: ")
        return ExitStatus.ERROR


def entry() -> None:
    """Used by the console script."""
    sys.exit(main())

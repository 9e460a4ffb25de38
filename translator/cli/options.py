"""The options several commands share, each declared once; choices come from translator.config."""

from __future__ import annotations

import os
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

import click

from ..config import FORMATS, LENGTHS, RUNTIMES, Config

F = TypeVar("F", bound=Callable[..., Any])


@dataclass
class Session:
    """What the whole command line decides, kept as the root context's object."""

    debug: bool = field(default_factory=lambda: os.environ.get("BRIEF_DEBUG") == "1")


def session(ctx: click.Context | None = None) -> Session:
    """The run's Session (a fresh one outside a click context)."""
    ctx = ctx or click.get_current_context(silent=True)
    found = ctx.find_object(Session) if ctx is not None else None
    return found if found is not None else Session()


def _set_debug(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value:
        session(ctx).debug = True
        warnings.simplefilter("default")  # the libraries' warnings too (errors.guarded)


# Eager, so that it counts even when a later argument fails to parse; read by the error handler
# through the context (ctx.obj), never as a parameter of the command.
debug_option = click.option("--debug", is_flag=True, is_eager=True, expose_value=False,
                            callback=_set_debug,
                            help="Show tracebacks (as BRIEF_DEBUG=1).")

store_option = click.option(
    "--store", "store_path", metavar="PATH", type=click.Path(dir_okay=False),
    help="The store of briefs (default: briefs.sqlite in $BRIEF_HOME or the user data dir).")


def examples(*lines: str) -> str:
    """A command's epilog: its example lines, kept as written (click's \\b)."""
    return "\b\nExamples:\n" + "\n".join(f"  {line}" for line in lines)


# One --format vocabulary: each command takes the formats that make sense for it (and says
# which in its help); `--json` is short for `--format json` everywhere.
BRIEF_FORMATS = tuple(FORMATS)  # auto | rich | text | markdown | json (run, show)
CLEAN_FORMATS = ("text", "json")
HISTORY_FORMATS = ("text", "markdown", "json")
DIGEST_FORMATS = ("text", "markdown", "html", "json")
LIST_FORMATS = ("text", "json")  # models list, cache info


def format_option(choices: Sequence[str], default: str | None, help: str | None = None
                  ) -> Callable[[F], F]:
    """`--format` with the formats this command accepts, and `--json` for `--format json`."""
    def decorate(f: F) -> F:
        f = click.option("--json", "as_json", is_flag=True,
                         help="Short for --format json.")(f)
        return click.option("--format", "fmt", type=click.Choice(tuple(choices)),
                            default=default, show_default=default is not None, help=help)(f)
    return decorate


def pick_format(fmt: str | None, as_json: bool) -> str | None:
    """The format asked for: `--json` wins over the --format default."""
    return "json" if as_json else fmt


# How a brief is printed (run, show).
brief_format_option = format_option(BRIEF_FORMATS, "auto",
                                    "auto: rich on a terminal, plain text when piped "
                                    "(with -o: from the file's suffix).")

no_color_option = click.option("--no-color", is_flag=True,
                               help="No colour or bold/dim styles (as NO_COLOR=1).")

quiet_option = click.option("-q", "--quiet", is_flag=True,
                            help="No progress or status lines on stderr (notices still show).")

verbose_option = click.option("-v", "--verbose", is_flag=True,
                              help="Say on stderr what the pipeline does: stages, segments, "
                                   "cache hits, timings.")

output_option = click.option("-o", "--output", metavar="FILE",
                             type=click.Path(dir_okay=False, allow_dash=False),
                             help="Write to FILE (atomically: all or nothing) instead of stdout.")

full_option = click.option("--full", is_flag=True,
                           help="Also show the full translation with guard flags.")

length_option = click.option("--length", type=click.Choice(LENGTHS), default="medium",
                             show_default=True, help="Summary length.")

runtime_option = click.option(
    "--runtime", type=click.Choice(RUNTIMES), default=None,
    help="Model runtime for this run (default: models.yaml's, normally auto: CTranslate2 int8 "
         "once `brief models pull` converted the model).")

_MODEL_OPTIONS = (
    click.option("--config", "config_path", metavar="PATH",
                 help="models.yaml to use (default: $BRIEF_CONFIG, else the packaged one)."),
    click.option("--translation-model", metavar="ID|DIR", help="Override the translation model."),
    click.option("--summary-model", metavar="ID|DIR", help="Override the summarisation model."),
)


def model_options(f: F) -> F:
    """`--config`, `--translation-model` and `--summary-model`."""
    for option in reversed(_MODEL_OPTIONS):
        f = option(f)
    return f


def load_config(config_path: str | None, translation_model: str | None,
                summary_model: str | None) -> Config:
    """The config the model options name."""
    from ..config import load_config as load

    return load(config_path).with_models(translation_model, summary_model)

offline_option = click.option("--offline", is_flag=True,
                              help="Never touch the network (as HF_HUB_OFFLINE=1).")
force_option = click.option("--force", is_flag=True,
                            help="Translate even if the text does not look Indonesian (with "
                                 "--workers/--cluster also --rebrief, as before).")
rebrief_option = click.option("--rebrief", is_flag=True,
                              help="With --workers/--cluster: brief articles the store holds "
                                   "again instead of reusing them (runs without a cluster "
                                   "always brief again).")
no_store_option = click.option("--no-store", is_flag=True,
                               help="Do not save the briefs in the store.")
no_cache_option = click.option("--no-cache", is_flag=True,
                               help="Neither read nor write the translation cache.")
glossary_option = click.option(
    "--glossary", metavar="FILE", type=click.Path(dir_okay=False),
    help="Terms the translation must keep (YAML or TSV: term -> English term, or keep); "
         "checked and flagged name_changed, never forced.")

# The main job alone also streams JSON Lines (one brief per line, as each is done), and runs on
# a Dask cluster (translator/cli/cluster.py).
RUN_FORMATS = (*BRIEF_FORMATS, "jsonl")
run_format_option = format_option(RUN_FORMATS, "auto",
                                  "auto: rich on a terminal, plain text when piped (with -o: "
                                  "from the file's suffix); jsonl: one brief per line.")
workers_option = click.option(
    "--workers", type=click.IntRange(min=1), default=None, metavar="N",
    help="Brief on a local Dask cluster of N worker processes (pip install 'brief[cluster]').")
cluster_option = click.option(
    "--cluster", "cluster_address", metavar="tcp://HOST:8786", envvar="BRIEF_CLUSTER",
    help="Brief on the Dask scheduler at this address (as BRIEF_CLUSTER).")

# The main job's options, in the order `brief --help` lists them. A new option of the main job
# is one line here (and one parameter of run_cmd in run.py).
MAIN_JOB_OPTIONS: tuple[Callable[[F], F], ...] = (
    run_format_option, output_option, full_option, length_option, *_MODEL_OPTIONS,
    glossary_option, runtime_option, offline_option, force_option, rebrief_option,
    store_option, no_store_option,
    no_cache_option, workers_option, cluster_option, quiet_option, verbose_option,
    no_color_option, debug_option,
)


def main_job_options(f: F) -> F:
    """Every option of the main job (MAIN_JOB_OPTIONS), in order."""
    for option in reversed(MAIN_JOB_OPTIONS):
        f = option(f)
    return f

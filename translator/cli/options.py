"""The options several commands share, each declared once; choices come from translator.config."""

from __future__ import annotations

import os
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


# Eager, so that it counts even when a later argument fails to parse; read by the error handler
# through the context (ctx.obj), never as a parameter of the command.
debug_option = click.option("--debug", is_flag=True, is_eager=True, expose_value=False,
                            callback=_set_debug,
                            help="Show tracebacks (as BRIEF_DEBUG=1).")

store_option = click.option(
    "--store", "store_path", metavar="PATH", type=click.Path(dir_okay=False),
    help="The store of briefs (default: briefs.sqlite in $BRIEF_HOME or the user data dir).")


def format_option(choices: Sequence[str], default: str | None, help: str | None = None
                  ) -> Callable[[F], F]:
    """`--format` with the formats this command accepts."""
    return click.option("--format", "fmt", type=click.Choice(tuple(choices)), default=default,
                        show_default=default is not None, help=help)


# How a brief is printed (run, show).
brief_format_option = format_option(FORMATS, "auto",
                                    "auto: rich on a terminal, plain text when piped.")

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

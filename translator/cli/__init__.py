"""The `brief` command: the only place that reads argv and stdin and sets exit codes.

    run.py        the main job (`brief [run] FILE...`) and `brief clean`
    models.py     brief models list | pull
    history.py    brief history | show | digest (the store; never a model)
    cache.py      brief cache info | clear
    inputs.py     arguments -> inputs; the failure policy of many inputs
    options.py    the options several commands share, declared once
    output.py     everything printed: results on stdout, notices and errors on stderr
    errors.py     outcomes -> exit statuses and messages, honouring --debug
"""

from __future__ import annotations

import sys

import click

from ..version import __version__
from .cache import cache_group
from .errors import guarded
from .history import digest_cmd, history_cmd, show_cmd
from .models import models_group
from .options import Session
from .run import clean_cmd, run_cmd


class DefaultGroup(click.Group):
    """`brief FILE` runs the main job; `brief clean|models ...` run subcommands."""

    default_command = "run"

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        """Put the main job's name in front of arguments that name no subcommand."""
        if not args or (args[0] not in self.commands and args[0] not in ("--help", "-h",
                                                                          "--version")):
            args = [self.default_command, *args]
        return super().parse_args(ctx, args)

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """Both forms: a file for the main job, or a command."""
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


for _command in (run_cmd, clean_cmd, models_group, history_cmd, show_cmd, digest_cmd,
                 cache_group):
    cli.add_command(_command)


def main(argv: list[str] | None = None) -> int:
    """Run `brief ARGV` (default: sys.argv) and return its exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    state = Session()  # --debug (any command) and BRIEF_DEBUG=1 set state.debug
    return guarded(lambda: cli.main(args=args, prog_name="brief", standalone_mode=False,
                                    obj=state), state)


def entry() -> None:
    """Used by the console script."""
    sys.exit(main())

"""The `brief` command: the only place that reads argv and stdin and sets exit codes.

    run.py        the main job (`brief FILE...`; `brief run FILE...` too) and `brief clean`
    models.py     brief models list | pull
    history.py    brief history | show | digest (the store; never a model)
    cache.py      brief cache info | clear
    inputs.py     arguments -> inputs; the failure policy of many inputs
    options.py    the options several commands share, declared once
    output.py     everything printed: results on stdout, notices and errors on stderr
    errors.py     outcomes -> exit statuses and messages, honouring --debug
    docs.py       `brief --help` as the README shows it (python -m translator.cli.docs)
"""

from __future__ import annotations

import sys

import click

from ..paths import cache_dir
from ..pattern_cache import compiled_patterns
from ..version import __version__
from .cache import cache_group
from .errors import OutputClosed, guarded
from .history import digest_cmd, history_cmd, show_cmd
from .models import models_group
from .options import Session
from .run import clean_cmd, run_cmd

EPILOG = """\b
Examples:
  brief samples/sindonews-blinken-lavrov.txt  a brief (rich on a terminal)
  brief --full -o brief.md FILE               every paragraph too, to a file
  cat FILE | brief                            piped text (`-` reads stdin)
  brief https://...                           fetch a news page
  brief samples/*.txt                         many articles; models load once
  brief history --outlet detik                stored briefs (`brief show ID`)
  brief digest --since 2023-03-01 -o d.html   one page of stored briefs
  brief -- history                            a file named like a command
  brief COMMAND --help                        each command's options

\b
Dates (--since, --until): YYYY-MM-DD, today, yesterday, 7d (days), 2w (weeks)

\b
Exit codes:
  0    success
  1    unexpected error (a bug: --debug shows it), unusable cache or store
  2    usage error or bad input: missing file, not an article, not
       Indonesian, invalid config, fetch failed, nothing to digest
  3    a model is unavailable (not cached offline, download failed, refused)
  130  interrupted (Ctrl-C)

\b
Environment:
  BRIEF_HOME           where the store and caches live (default: user dirs)
  BRIEF_CONFIG         models.yaml to use (as --config)
  HF_HUB_OFFLINE=1     never touch the network (as --offline)
  NO_COLOR             no colour and no bold/dim styles (as --no-color)
  BRIEF_FETCH_TIMEOUT  seconds for a whole URL fetch (default 30)
  BRIEF_HUB_TIMEOUT    seconds for a model's hub metadata (default 60)
  BRIEF_DEBUG=1        tracebacks instead of one-line errors (as --debug)
  BRIEF_CLUSTER        a Dask scheduler's address (as --cluster)
  BRIEF_THREADS        model threads per process (default: all cores; 2 cores:
                       one thread per batch, two batches at once)
"""


class DefaultGroup(click.Group):
    """`brief FILE` runs the main job; `brief clean|models ...` run subcommands; `brief --help`
    shows the main job's options beside the commands (as `llm` does)."""

    default_command = "run"

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        """Put the main job's name in front of arguments that name no subcommand (a file named
        like a command: `brief ./history` or `brief -- history`)."""
        if not args or (args[0] not in self.commands and args[0] not in ("--help", "-h",
                                                                          "--version")):
            args = [self.default_command, *args]
        return super().parse_args(ctx, args)

    def invoke(self, ctx: click.Context) -> object:
        """Run the command; a closed stdout pipe is handed to `guarded` (exit 0), not to
        click, which would exit 1."""
        try:
            return super().invoke(ctx)
        except BrokenPipeError as e:
            raise OutputClosed() from e

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """Both forms: files for the main job, or a command."""
        formatter.write("Usage: brief [OPTIONS] [FILE | DIR | URL | -]...\n"
                        "       brief COMMAND [ARGS]...\n")

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The main job's options (with --version and --help), then the commands."""
        main_job = self.commands[self.default_command]
        sub = click.Context(main_job, info_name="brief", parent=ctx)
        params = [p for p in main_job.get_params(sub) if isinstance(p, click.Option)
                  and "--help" not in p.opts]
        params += self.get_params(ctx)  # --version, -h/--help
        rows = [r for p in params if (r := p.get_help_record(ctx))]
        with formatter.section("Options (the main job)"):
            formatter.write_dl(rows)
        self.format_commands(ctx, formatter)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """Each command with its whole first sentence (click would cut it at 45 characters)."""
        rows = []
        for name in self.list_commands(ctx):
            command = self.get_command(ctx, name)
            if command is not None and not command.hidden:
                rows.append((name, command.get_short_help_str(limit=200)))
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=DefaultGroup, context_settings={"help_option_names": ["-h", "--help"]},
             epilog=EPILOG)
@click.version_option(__version__, prog_name="brief")
def cli() -> None:
    """Turn Indonesian news articles into English briefs: the headline, outlet, date and
    dateline, a summary and, with --full, the translation paragraph by paragraph, with a flag
    wherever a guard found something to check. Results go to stdout; progress, notices and
    errors to stderr."""


run_cmd.hidden = True  # `brief FILE` is the main job; `brief run FILE` still works
for _command in (run_cmd, clean_cmd, models_group, history_cmd, show_cmd, digest_cmd,
                 cache_group):
    cli.add_command(_command)


def main(argv: list[str] | None = None) -> int:
    """Run `brief ARGV` (default: sys.argv) and return its exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    state = Session()  # --debug (any command) and BRIEF_DEBUG=1 set state.debug
    # The cleaner's ~770 module-level patterns come from a table of compiled code instead of
    # being compiled again in every process (translator/pattern_cache.py).
    with compiled_patterns(cache_dir() / "patterns"):
        return guarded(lambda: cli.main(args=args, prog_name="brief", standalone_mode=False,
                                        obj=state), state)


def entry() -> None:
    """Used by the console script."""
    sys.exit(main())

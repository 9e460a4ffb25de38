"""The one place where an outcome becomes an exit status and a message, honouring --debug."""

from __future__ import annotations

import os
import sys
import warnings
from collections.abc import Callable

import click

from ..errors import BriefError, ExitStatus
from .options import Session
from .output import ERROR, UNEXPECTED, say

_HINT = " (run again with --debug for the traceback)"


class OutputClosed(Exception):
    """The reader of stdout went away (`brief x | head`). Not an OSError, so that click's own
    EPIPE handling (exit 1) never sees it."""


def status_of(error: BaseException) -> ExitStatus:
    """The exit status an error stands for: a typed error's own, else 1 (unexpected)."""
    if isinstance(error, BriefError):
        return ExitStatus(error.exit_status)
    return ExitStatus.ERROR


def message_of(error: BaseException) -> str:
    """The one-line message of an error (a bug is named as unexpected, with the --debug hint)."""
    if isinstance(error, BriefError):
        return str(error)
    return f"unexpected error: {type(error).__name__}: {error}{_HINT}"


def guarded(run: Callable[[], object], state: Session) -> int:
    """Call `run` (the click group's main) and map every outcome to an exit status: one line on
    stderr for each error, a traceback instead when `state.debug` (--debug, BRIEF_DEBUG=1)."""
    try:
        with warnings.catch_warnings():
            if not (state.debug or sys.warnoptions):  # -W / PYTHONWARNINGS: a developer asks
                # The libraries' Python warnings (FutureWarning, UserWarning ...) are for
                # their developers; a reader sees brief's own notices only.
                warnings.simplefilter("ignore")
            rc = run()
        return rc if isinstance(rc, int) else ExitStatus.OK  # a click Exit's code (batches)
    except click.exceptions.Exit as e:
        return e.exit_code
    except click.ClickException as e:
        hint = " (see `brief --help`)" if isinstance(e, click.UsageError) else ""
        say(e.format_message() + hint, ERROR)
        return ExitStatus.BAD_INPUT if e.exit_code == 2 else e.exit_code
    except (KeyboardInterrupt, click.exceptions.Abort):
        click.echo("brief: interrupted", err=True)
        return ExitStatus.INTERRUPTED
    except BriefError as e:
        if state.debug:
            raise
        say(message_of(e), ERROR)
        return status_of(e)
    except (BrokenPipeError, OutputClosed):
        # The reader went away (e.g. `brief x | head`): it has what it wanted; nothing more to
        # say, and no "Exception ignored" when Python flushes stdout at exit.
        _discard_stdout()
        return ExitStatus.OK
    except Exception as e:
        if state.debug:
            raise
        say(message_of(e).removeprefix("unexpected error: "), UNEXPECTED)
        return ExitStatus.ERROR


def _discard_stdout() -> None:
    """Point stdout's file descriptor at /dev/null (what is still buffered goes nowhere)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # no real descriptor (a test's capture)
        pass

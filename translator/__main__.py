"""`python -m translator` is the `brief` command."""

from .cli import entry

entry()

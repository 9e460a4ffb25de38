"""Typed errors. Library code raises these; only the CLI turns them into exit codes."""

from __future__ import annotations

from enum import IntEnum


class ExitStatus(IntEnum):
    """Process exit codes, documented in the README."""

    OK = 0
    ERROR = 1  # anything unexpected
    BAD_INPUT = 2  # usage errors and input that cannot be briefed
    MODEL_UNAVAILABLE = 3  # a model is neither cached nor downloadable
    INTERRUPTED = 130  # Ctrl-C


class BriefError(Exception):
    """Base of all errors the user should see as one clear message."""

    exit_status = ExitStatus.ERROR


class InputError(BriefError):
    """The input is missing, empty, binary, not text, not an article, or too large."""

    exit_status = ExitStatus.BAD_INPUT


class LanguageError(InputError):
    """The article is not in a language brief translates (override with --force)."""


class FetchError(InputError):
    """A page could not be fetched: DNS, refused, timed out, HTTP status, not HTML, too large."""


class ConfigError(BriefError):
    """models.yaml (or an override) is invalid."""

    exit_status = ExitStatus.BAD_INPUT


class ModelUnavailable(BriefError):
    """A model is not in the local cache and cannot be downloaded (offline, no network)."""

    exit_status = ExitStatus.MODEL_UNAVAILABLE


class DatabaseError(BriefError):
    """The cache or the store cannot be opened, read or written (exit 1: not the input's fault)."""


class DamagedDatabase(DatabaseError):
    """A cache or store file whose contents are corrupt, or that is not a SQLite database."""


class DatabasePathError(DatabaseError):
    """A cache or store path that cannot be a database file: a directory, or under a file."""

    exit_status = ExitStatus.BAD_INPUT

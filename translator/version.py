"""The program version, defined once (pyproject.toml reads it through translator.__version__)."""

__version__ = "0.1.0"

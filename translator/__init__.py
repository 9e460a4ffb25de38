"""brief: turn an Indonesian news article into an English brief."""

__version__ = "0.1.0"

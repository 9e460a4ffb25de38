"""brief: turn an Indonesian news article into an English brief.

    from translator import Options, brief, open_models

The names below are imported on first use, so `import translator` (and `brief --help`) stays
cheap and loads no model library.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .version import __version__

# public name -> the module that defines it
_API = {
    "open_models": "pipeline", "brief": "pipeline", "Options": "pipeline", "Models": "pipeline",
    "Brief": "result", "Paragraph": "result", "Flag": "result", "Signature": "result",
}
__all__ = ["Brief", "Flag", "Models", "Options", "Paragraph", "Signature", "__version__", "brief",
           "open_models"]

if TYPE_CHECKING:
    from .pipeline import Models, Options, brief, open_models
    from .result import Brief, Flag, Paragraph, Signature


def __getattr__(name: str) -> Any:
    """Import a public name's module when the name is first asked for."""
    if name in _API:
        from importlib import import_module

        return getattr(import_module(f".{_API[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

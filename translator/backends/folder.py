"""What a model folder must hold before a runtime loads or converts it, and one-line refusals."""

from __future__ import annotations

import json
from typing import Any

from ..errors import ModelUnavailable
from .hub import ResolvedModel

# Single-file and sharded weights, as save_pretrained writes them.
WEIGHTS = ("model.safetensors", "model.safetensors.index.json", "pytorch_model.bin",
           "pytorch_model.bin.index.json")
_ADVICE = ("Use a folder written by save_pretrained (config.json, model.safetensors, tokenizer "
           "files) or a hub id.")


def refused(resolved: ResolvedModel, reason: str, advice: str = _ADVICE) -> ModelUnavailable:
    """The one-line error for a model folder brief will not load: which, why, what to do."""
    where = str(resolved.path)
    name = where if resolved.model_id == where else f"{resolved.model_id} ({where})"
    return ModelUnavailable(f"Model folder {name} was refused: {reason}. {advice}")


def read_config(resolved: ResolvedModel) -> dict[str, Any]:
    """The folder's config.json, checked for the fields every runtime reads."""
    try:
        config = json.loads((resolved.path / "config.json").read_text(encoding="utf-8"))
    except OSError as e:
        raise refused(resolved, f"config.json cannot be read ({e.strerror or e})") from e
    except ValueError as e:
        raise refused(resolved, f"config.json is not valid JSON ({e})") from e
    if not isinstance(config, dict):
        raise refused(resolved, "config.json does not hold a JSON object")
    if not isinstance(config.get("model_type"), str) or not config["model_type"]:
        raise refused(resolved, "config.json names no model_type")
    if not any((resolved.path / name).is_file() for name in WEIGHTS):
        raise refused(resolved, "it holds no weights (model.safetensors or pytorch_model.bin)")
    return config


def check_for_transformers(resolved: ResolvedModel) -> None:
    """Refuse, before transformers is asked, a folder whose model type it does not know."""
    from transformers.models.auto.configuration_auto import CONFIG_MAPPING_NAMES

    model_type = read_config(resolved)["model_type"]
    if model_type not in CONFIG_MAPPING_NAMES:
        raise refused(resolved, f"its config.json names model_type {model_type!r}, which "
                                "transformers does not know")


def load_failure(resolved: ResolvedModel, error: Exception,
                 doing: str = "loaded") -> ModelUnavailable:
    """Why a runtime could not load (or convert) the folder's model, as a one-line refusal."""
    import pickle  # here: only a failed load asks (~4 ms of imports on every brief)

    if isinstance(error, pickle.UnpicklingError) or "weights only load failed" in str(
            error).lower():
        return refused(resolved, "its pytorch_model.bin is not a plain tensor file (torch's "
                                 "weights-only loader refused it; brief never runs pickled "
                                 "code)", "Use a copy with model.safetensors instead.")
    text = " ".join(str(error).split())  # the libraries' messages span lines
    detail = text[:200] + ("..." if len(text) > 200 else "")
    return refused(resolved, f"it could not be {doing} ({type(error).__name__}"
                             f"{': ' + detail if detail else ''})")


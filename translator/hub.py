"""Find a model on disk: a local directory, the Hugging Face cache, or a download on request."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .config import ModelSpec
from .errors import ModelUnavailable

# What a seq2seq model needs at run time; skips TF/Flax/ONNX weights and READMEs.
_FILES = ["*.json", "*.spm", "*.model", "*.txt", "vocab*", "merges*"]
_TRUE = {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class ResolvedModel:
    """A model found on disk."""

    model_id: str
    revision: str  # the commit in the cache, or "local"
    path: Path


def offline_requested() -> bool:
    """True when HF_HUB_OFFLINE (read now, not at import) asks for no network."""
    return os.environ.get("HF_HUB_OFFLINE", "").strip().lower() in _TRUE


def hub_cache_dir() -> Path:
    """The Hugging Face hub cache, from the environment as it is now."""
    if os.environ.get("HF_HUB_CACHE"):
        return Path(os.environ["HF_HUB_CACHE"]).expanduser()
    home = os.environ.get("HF_HOME") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(Path.home(), ".cache"), "huggingface")
    return Path(home).expanduser() / "hub"


def find_cached(spec: ModelSpec) -> ResolvedModel | None:
    """The model if it is already on disk (no network), else None."""
    if spec.is_local:
        path = Path(spec.model).expanduser().resolve()
        if not (path / "config.json").is_file():
            return None
        return ResolvedModel(spec.model, "local", path)
    quick = find_snapshot(spec)
    if quick:
        return quick
    from huggingface_hub import snapshot_download
    from huggingface_hub.errors import HFValidationError, LocalEntryNotFoundError

    try:
        path = Path(snapshot_download(spec.model, revision=spec.revision,
                                      local_files_only=True, cache_dir=hub_cache_dir(),
                                      allow_patterns=_weights_patterns()))
    except (LocalEntryNotFoundError, HFValidationError, FileNotFoundError, ValueError):
        return None
    if not (path / "config.json").is_file() or not _has_weights(path):
        return None
    return ResolvedModel(spec.model, path.name, path)


def find_snapshot(spec: ModelSpec) -> ResolvedModel | None:
    """The cached snapshot of a hub model, read from the cache layout directly.

    huggingface_hub takes a while to import; this check needs only the file system
    (models--OWNER--NAME/refs/REVISION -> snapshots/COMMIT/).
    """
    repo = hub_cache_dir() / ("models--" + spec.model.replace("/", "--"))
    commit = spec.revision
    if not _is_commit(commit):
        try:
            commit = (repo / "refs" / commit).read_text(encoding="utf-8").strip()
        except (OSError, ValueError):
            return None
    path = repo / "snapshots" / commit
    if not _is_commit(commit) or not (path / "config.json").is_file() or not _has_weights(path):
        return None
    return ResolvedModel(spec.model, commit, path)


def folder_fingerprint(path: Path) -> str:
    """Names, sizes and modification times of a local model folder's files: a model rebuilt or
    edited at the same path must not reuse what was derived from the old one (cache entries,
    converted copies)."""
    h = hashlib.sha256()
    for item in sorted(Path(path).iterdir()):
        if item.is_file():
            st = item.stat()
            h.update(f"{item.name}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return h.hexdigest()[:16]


def _is_commit(revision: str) -> bool:
    return len(revision) == 40 and all(c in "0123456789abcdef" for c in revision)


def resolve(spec: ModelSpec, *, offline: bool, notify: Callable[[str], None]) -> ResolvedModel:
    """Find the model on disk, downloading it (visibly) on first use unless offline."""
    found = find_cached(spec)
    if found:
        return found
    if spec.is_local or _looks_like_path(spec.model):
        raise ModelUnavailable(
            f"Model directory {spec.model} does not exist or holds no config.json. "
            "Point the model setting at a directory made by save_pretrained, or at a hub id.")
    if offline or offline_requested():
        raise ModelUnavailable(
            f"Model {spec.model} (revision {spec.revision}) is not in the local cache "
            f"(looked in {hub_cache_dir()}) and offline mode is on. Run `brief models pull` "
            "on a machine with network access (then copy the cache over), or point the model "
            "setting in models.yaml (or --translation-model / --summary-model) at a local "
            "directory holding the model.")
    notify(f"Downloading {spec.model} (revision {spec.revision}) on first use; it is cached "
           f"in {hub_cache_dir()} for later runs.")
    return download(spec)


def download(spec: ModelSpec) -> ResolvedModel:
    """Fetch the model's run-time files into the hub cache (progress bars on stderr)."""
    from huggingface_hub import HfApi, snapshot_download

    try:
        info = HfApi().model_info(spec.model, revision=spec.revision)
        files = {s.rfilename for s in info.siblings}
        weights = ["model.safetensors"] if "model.safetensors" in files else ["pytorch_model.bin"]
        path = Path(snapshot_download(spec.model, revision=spec.revision,
                                      cache_dir=hub_cache_dir(), allow_patterns=_FILES + weights))
    except Exception as e:  # network, auth, missing repo: all end the same way for the user
        raise ModelUnavailable(
            f"Could not download {spec.model} (revision {spec.revision}): "
            f"{type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}. Check the model id "
            "and your network, or use a local directory holding the model.") from e
    return ResolvedModel(spec.model, path.name, path)


def _weights_patterns() -> list[str]:
    return _FILES + ["*.safetensors", "pytorch_model.bin"]


def _has_weights(path: Path) -> bool:
    return any((path / name).is_file() for name in ("model.safetensors", "pytorch_model.bin"))


def _looks_like_path(model: str) -> bool:
    """A hub id is `owner/name`; anything with more slashes, ./ or ~ is meant as a directory."""
    return model.startswith((".", "/", "~")) or model.count("/") > 1 or os.sep in model[:1]

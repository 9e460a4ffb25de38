"""Find a model on disk: a local directory, the Hugging Face cache, or a download on request."""

from __future__ import annotations

import hashlib
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from ..config import LOCAL_REVISION, ModelSpec
from ..errors import ConfigError, ModelUnavailable

# What a seq2seq model needs at run time; skips TF/Flax/ONNX weights and READMEs.
_FILES = ["*.json", "*.spm", "*.model", "*.txt", "vocab*", "merges*"]
_TRUE = {"1", "true", "yes", "on"}
# How long the hub may stay silent (seconds): per request (connect, read); in all for a model's
# metadata (BRIEF_HUB_TIMEOUT sets it); and, while its files download, without a new byte
# (ten times that: a slow link must not fail a large model). huggingface_hub's own metadata
# calls have no timeout, so a hub that accepts the connection and never answers would
# otherwise keep a first run waiting for ever.
REQUEST_TIMEOUT = 20.0
HUB_TIMEOUT = 60.0
FILES_STALL_FACTOR = 10
_T = TypeVar("_T")


class HubStalled(Exception):
    """The hub sent nothing for the whole allowed time."""


@dataclass(frozen=True)
class ResolvedModel:
    """A model found on disk."""

    model_id: str
    revision: str  # the commit in the cache, or LOCAL_REVISION
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
        return ResolvedModel(spec.model, LOCAL_REVISION, path)
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
    repo = _repo_cache(spec)
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


def resolve(spec: ModelSpec, *, offline: bool, notify: Callable[[str], None],
            progress: bool = True) -> ResolvedModel:
    """Find the model on disk, downloading it (visibly, bars unless `progress` is False) on
    first use unless offline."""
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
    hub_timeout()  # a bad BRIEF_HUB_TIMEOUT is reported before anything is fetched
    return download(spec, progress=progress)


def hub_timeout() -> float:
    """Seconds the hub may take over a model's metadata, in all, before brief gives up
    (BRIEF_HUB_TIMEOUT, default 60); file downloads may stall FILES_STALL_FACTOR times that."""
    raw = os.environ.get("BRIEF_HUB_TIMEOUT", "").strip()
    if not raw:
        return HUB_TIMEOUT
    try:
        value = float(raw)
    except ValueError:
        value = 0.0
    if not 0 < value < float("inf"):
        raise ConfigError(f"BRIEF_HUB_TIMEOUT must be a positive number of seconds, not {raw!r}")
    return value


def hub_endpoint() -> str:
    """The hub brief talks to (HF_ENDPOINT, else huggingface.co)."""
    return (os.environ.get("HF_ENDPOINT") or "https://huggingface.co").rstrip("/")


def download(spec: ModelSpec, *, progress: bool = True) -> ResolvedModel:
    """Fetch the model's run-time files into the hub cache (progress bars on stderr unless
    `progress` is False); give up when the hub stays silent (see hub_timeout)."""
    from huggingface_hub import HfApi, constants, snapshot_download

    limit = hub_timeout()
    per_request = min(REQUEST_TIMEOUT, limit)

    def weights() -> list[str]:
        info = HfApi().model_info(spec.model, revision=spec.revision, timeout=per_request)
        files = {s.rfilename for s in info.siblings or []}
        return ["model.safetensors"] if "model.safetensors" in files else ["pytorch_model.bin"]

    def fetch(names: list[str]) -> Path:
        return Path(snapshot_download(spec.model, revision=spec.revision,
                                      cache_dir=hub_cache_dir(), allow_patterns=_FILES + names,
                                      etag_timeout=per_request))

    # Bytes of a file land in the hub cache (or, with Xet, its chunk cache) as they arrive.
    xet = getattr(constants, "HF_XET_CACHE", None)
    landing = [_repo_cache(spec)] + ([Path(xet)] if xet else [])
    try:
        with progress_bars(progress):
            names = run_watched(weights, [], limit)
            path = run_watched(lambda: fetch(names), landing, limit * FILES_STALL_FACTOR)
    except HubStalled as e:
        raise _download_failed(spec, str(e)) from None
    except Exception as e:  # network, auth, missing repo: all end the same way for the user
        if "Timeout" in type(e).__name__:
            reason = f"no answer within {per_request:g} s ({type(e).__name__})"
        else:
            detail = str(e).strip().splitlines()[0][:200] if str(e).strip() else ""
            reason = type(e).__name__ + (f": {detail}" if detail else "")
        raise _download_failed(spec, reason) from e
    return ResolvedModel(spec.model, path.name, path)


def run_watched(fn: Callable[[], _T], folders: list[Path], limit: float) -> _T:
    """Run `fn` (a download into `folders`) in a worker thread; raise HubStalled once `limit`
    seconds pass with `fn` unfinished and no byte added to any of `folders`.

    A stalled worker is left behind as a daemon thread: a socket read cannot be interrupted,
    and the process is about to report the failure and exit.
    """
    outcome: dict[str, object] = {}

    def work() -> None:
        try:
            outcome["value"] = fn()
        except BaseException as e:  # handed to the caller's thread
            outcome["error"] = e

    worker = threading.Thread(target=work, name="brief-hub", daemon=True)
    worker.start()
    size, since = -1, time.monotonic()
    while True:
        worker.join(min(2.0, limit / 4))
        if not worker.is_alive():
            break
        now, seen = time.monotonic(), sum(_tree_size(f) for f in folders)
        if seen != size:
            size, since = seen, now
        elif now - since >= limit:
            raise HubStalled(f"the hub sent nothing for {limit:g} s")
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]


@contextmanager
def progress_bars(shown: bool) -> Iterator[None]:
    """Inside the block, huggingface_hub's and transformers' own progress bars (downloads,
    "Loading weights") are off unless `shown`; their earlier state is restored after."""
    if shown:
        yield
        return
    from huggingface_hub import utils as hub_utils

    hub_was_on = not hub_utils.are_progress_bars_disabled()
    tf = sys.modules.get("transformers.utils.logging")
    # transformers copies huggingface_hub's setting when it is first imported.
    tf_was_on = tf.is_progress_bar_enabled() if tf else hub_was_on
    hub_utils.disable_progress_bars()
    if tf:
        tf.disable_progress_bar()
    try:
        yield
    finally:
        tf = sys.modules.get("transformers.utils.logging")
        if tf and tf_was_on:
            tf.enable_progress_bar()  # turns huggingface_hub's on again too
        if hub_was_on:
            hub_utils.enable_progress_bars()
        else:
            hub_utils.disable_progress_bars()


def _download_failed(spec: ModelSpec, reason: str) -> ModelUnavailable:
    return ModelUnavailable(
        f"Could not download {spec.model} (revision {spec.revision}) from {hub_endpoint()}: "
        f"{reason}. It is not in the local cache either (looked in {hub_cache_dir()}). Check "
        "the model id, your network and HF_ENDPOINT (BRIEF_HUB_TIMEOUT sets how long to wait), "
        "run `brief models pull` where the hub is reachable and copy the cache over, or point "
        "the model setting at a local directory holding the model.")


def _repo_cache(spec: ModelSpec) -> Path:
    return hub_cache_dir() / ("models--" + spec.model.replace("/", "--"))


def _tree_size(folder: Path) -> int:
    """Bytes under `folder` (partial downloads included); 0 if it does not exist yet."""
    total = 0
    for root, _dirs, names in os.walk(folder):
        for name in names:
            with suppress(OSError):  # renamed or removed while we looked
                total += os.lstat(os.path.join(root, name)).st_size
    return total


def _weights_patterns() -> list[str]:
    return _FILES + ["*.safetensors", "pytorch_model.bin"]


def _has_weights(path: Path) -> bool:
    return any((path / name).is_file() for name in ("model.safetensors", "pytorch_model.bin"))


def _looks_like_path(model: str) -> bool:
    """A hub id is `owner/name`; anything with more slashes, ./ or ~ is meant as a directory."""
    return model.startswith((".", "/", "~")) or model.count("/") > 1 or os.sep in model[:1]

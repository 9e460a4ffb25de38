"""Convert a model found on disk to CTranslate2 (int8 by default), atomically, in the user cache.

Layout: cache_dir()/ctranslate2/<slug of model id or path>/<revision>/<quantization>/, holding
CTranslate2's model.bin + config.json + vocabulary, the tokenizer files the run needs, and
`brief.json` (written last: what the backend needs to know, and the mark of a finished copy).
A conversion is written to a temporary sibling folder (`.<quantization>.tmp-<host>-<pid>-*`)
and renamed into place, so a killed conversion never leaves a half model that the `auto` runtime
would pick; the next conversion there removes what a dead process left behind.

Importing this module is cheap; converting needs torch, transformers and ctranslate2.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..config import LOCAL_REVISION
from ..errors import BriefError, ModelUnavailable
from ..paths import cache_dir
from .base import input_limit
from .folder import load_failure, read_config, refused
from .hub import ResolvedModel, folder_fingerprint, progress_bars
from .subwords import unknown_source_pieces

DEFAULT_QUANTIZATION = "int8"
MARKER = "brief.json"
FORMAT = 1  # bump when the layout or brief.json changes; older copies are then ignored

# transformers 5's BartConfig no longer defines these; CTranslate2's BART converter reads them.
# Values are BART's architecture (post-norm, layernorm on embeddings, no final layer norm).
_BART_DEFAULTS = {"normalize_before": False, "normalize_embedding": True,
                  "add_final_layer_norm": False}
# Files the torch-free tokenizers read, per tokenizer kind.
_TOKENIZER_FILES = {"marian": ["source.spm", "target.spm", "vocab.json"],
                    "bpe": ["vocab.json", "merges.txt", "tokenizer.json"]}
# A temporary conversion folder: which host and process own it (see clean_stale).
_TMP = re.compile(r"^\.[A-Za-z0-9_]+\.tmp-(?P<host>[A-Za-z0-9_.]*)-(?P<pid>\d+)-[A-Za-z0-9_]+$")
_LEGACY_TMP = re.compile(r"^\.[A-Za-z0-9_]+-[A-Za-z0-9_]{8}$")  # before owners were named
STALE_AFTER_S = 24 * 3600  # no conversion takes this long: an older temp folder is abandoned
_GENERATION_KEYS = ("num_beams", "no_repeat_ngram_size", "repetition_penalty", "length_penalty",
                    "max_length", "min_length", "forced_bos_token_id", "forced_eos_token_id",
                    "decoder_start_token_id", "eos_token_id")

Converter = Callable[[ResolvedModel, str, Path], None]

def store_root() -> Path:
    """Where converted models live."""
    return cache_dir() / "ctranslate2"


def converted_dir(resolved: ResolvedModel, quantization: str = DEFAULT_QUANTIZATION) -> Path:
    """Where the converted copy of `resolved` is (or would be) kept."""
    return store_root() / _slug(resolved) / _revision_key(resolved) / quantization


def find_converted(resolved: ResolvedModel,
                   quantization: str = DEFAULT_QUANTIZATION) -> Path | None:
    """The finished converted copy, or None (no network, no ML import)."""
    path = converted_dir(resolved, quantization)
    try:
        meta = json.loads((path / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return path if meta.get("format") == FORMAT and (path / "model.bin").is_file() else None


def read_meta(path: Path) -> dict[str, Any]:
    """The brief.json of a converted model."""
    return json.loads((path / MARKER).read_text(encoding="utf-8"))


def convert(resolved: ResolvedModel, quantization: str = DEFAULT_QUANTIZATION, *,
            force: bool = False, into: Converter | None = None) -> Path:
    """Convert the model to CTranslate2 unless a finished copy exists; return its folder.
    `into(resolved, quantization, folder)` writes the copy (convert_into; tests interrupt it):
    it works in a temporary folder that only a finished copy leaves, renamed into place."""
    final = converted_dir(resolved, quantization)
    clean_stale(final.parent)
    if not force and find_converted(resolved, quantization):
        return final
    final.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{quantization}.tmp-{host_name()}-{os.getpid()}-",
                                dir=final.parent))
    try:
        (into or convert_into)(resolved, quantization, tmp)
        if final.exists():  # an older or unfinished copy (or one a concurrent pull just made)
            shutil.rmtree(final, ignore_errors=True)
        os.replace(tmp, final)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return final


def clean_stale(parent: Path) -> list[Path]:
    """Remove the temporary folders that killed conversions left in `parent`: those whose
    process on this host is gone, or (other hosts, older names) older than STALE_AFTER_S.
    A live conversion's folder is never touched; returns what was removed."""
    removed: list[Path] = []
    try:
        entries = list(parent.iterdir())
    except OSError:  # not made yet
        return removed
    for entry in entries:
        m = _TMP.match(entry.name)
        if not m and not _LEGACY_TMP.match(entry.name):
            continue
        try:
            age = time.time() - entry.lstat().st_mtime
        except OSError:  # renamed into place meanwhile
            continue
        ours = m is not None and m["host"] == host_name()
        dead = ours and not _pid_alive(int(m["pid"]))
        if dead or age > STALE_AFTER_S:
            shutil.rmtree(entry, ignore_errors=True)
            removed.append(entry)
    return removed


def host_name() -> str:
    """This machine's name as temporary folder names carry it."""
    import socket  # here: a brief that converts nothing never needs it (~4 ms of imports)

    return re.sub(r"[^A-Za-z0-9_.]+", "_", socket.gethostname())[:60]


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name == "nt":  # os.kill would end the process there: only the age rule applies
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # e.g. another user's process: alive
        return True
    return True


def convert_into(resolved: ResolvedModel, quantization: str, out: Path) -> None:
    """Write the CTranslate2 copy of the model into the folder `out`."""
    config = read_config(resolved)
    kind = _tokenizer_kind(config, resolved)
    try:
        with tempfile.TemporaryDirectory(prefix="brief-convert-") as work, \
                progress_bars(False):  # the pull prints its own notices
            source = _patched_source(resolved.path, config, Path(work))
            _run_converter(source, out / "model", quantization)
            # CTranslate2 wants its own files at the top of the model folder.
            for item in (out / "model").iterdir():
                os.replace(item, out / item.name)
            (out / "model").rmdir()
            _copy_tokenizer(resolved.path, kind, out)
            unknown = unknown_source_pieces(out) if kind == "marian" else None
    except (BriefError, MemoryError, RecursionError):
        raise
    except Exception as e:  # torch, transformers and the converter raise many kinds
        raise load_failure(resolved, e, "converted to CTranslate2") from e
    meta = {
        "format": FORMAT,
        "model": resolved.model_id,
        "revision": resolved.revision,
        "quantization": quantization,
        "tokenizer": kind,
        "max_input": _max_input(resolved.path, config),
        "generation": _generation_defaults(resolved.path, config),
        "target_prefix": _target_prefix(resolved.path, config),
    }
    if unknown is not None:  # so that encoding needs no vocab.json (subwords.MarianSubwords)
        meta["source_unknown"] = unknown
    (out / MARKER).write_text(json.dumps(meta, indent=2), encoding="utf-8")


def _run_converter(source: Path, out: Path, quantization: str) -> None:
    try:
        import ctranslate2.converters
    except ImportError as e:  # pragma: no cover - it is a dependency
        raise ModelUnavailable("ctranslate2 is not installed: pip install ctranslate2") from e
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    converter = ctranslate2.converters.TransformersConverter(str(source), low_cpu_mem_usage=True)
    converter.convert(str(out), quantization=quantization, force=True)


def _patched_source(path: Path, config: dict, work: Path) -> Path:
    """The model folder, or a linked copy whose config.json fills in what the converter needs."""
    if config.get("model_type") != "bart" or all(k in config for k in _BART_DEFAULTS):
        return path
    for item in path.iterdir():
        if item.name != "config.json":
            (work / item.name).symlink_to(item.resolve())
    patched = {**_BART_DEFAULTS, **config}
    (work / "config.json").write_text(json.dumps(patched, indent=2), encoding="utf-8")
    return work


def _tokenizer_kind(config: dict, resolved: ResolvedModel) -> str:
    model_type = config.get("model_type")
    if model_type == "marian":
        return "marian"
    if model_type == "bart":
        return "bpe"
    raise refused(resolved, f"its model_type {model_type!r} cannot run on CTranslate2 here "
                            "(Marian and BART only)",
                  "Use --runtime transformers for other seq2seq models.")


def _copy_tokenizer(src: Path, kind: str, out: Path) -> None:
    for name in _TOKENIZER_FILES[kind]:
        if (src / name).is_file():
            shutil.copyfile(src / name, out / name)
    if kind == "bpe" and not (out / "tokenizer.json").is_file():
        # Save the exact fast tokenizer transformers uses, so runs need `tokenizers` only.
        from transformers import AutoTokenizer

        tok = AutoTokenizer.from_pretrained(src, trust_remote_code=False)
        backend = getattr(tok, "backend_tokenizer", None)
        if backend is not None:
            backend.save(str(out / "tokenizer.json"))


def _generation_defaults(path: Path, config: dict) -> dict[str, Any]:
    """The model's own generation settings, which transformers applies when brief sets none."""
    gen = {k: config[k] for k in _GENERATION_KEYS if config.get(k) is not None}
    try:
        saved = json.loads((path / "generation_config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        saved = {}
    gen.update({k: saved[k] for k in _GENERATION_KEYS if saved.get(k) is not None})
    return gen


def _target_prefix(path: Path, config: dict) -> list[str]:
    """Tokens forced at the start of the output: BART's forced_bos_token_id (<s>)."""
    forced = _generation_defaults(path, config).get("forced_bos_token_id")
    if forced is None:
        return []
    vocab = json.loads((path / "vocab.json").read_text(encoding="utf-8"))
    by_id = {v: k for k, v in vocab.items()}
    return [by_id[forced]] if forced in by_id else []


def _max_input(path: Path, config: dict) -> int:
    try:
        tok_cfg = json.loads((path / "tokenizer_config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        tok_cfg = {}
    return input_limit(config.get("max_position_embeddings"), tok_cfg.get("model_max_length"))


def _slug(resolved: ResolvedModel) -> str:
    if resolved.revision != LOCAL_REVISION:
        return re.sub(r"[^A-Za-z0-9._-]+", "--", resolved.model_id).strip("-.") or "model"
    path = str(resolved.path)
    tail = re.sub(r"[^A-Za-z0-9._-]+", "-", Path(path).name).strip("-.")[:40] or "model"
    return f"local--{tail}--{hashlib.sha1(path.encode()).hexdigest()[:10]}"


def _revision_key(resolved: ResolvedModel) -> str:
    """The hub commit; for a local folder, a fingerprint of its files, so edits reconvert."""
    if resolved.revision != LOCAL_REVISION:
        return re.sub(r"[^A-Za-z0-9._-]+", "-", resolved.revision)
    return "local-" + folder_fingerprint(resolved.path)

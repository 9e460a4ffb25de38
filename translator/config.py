"""models.yaml (packaged default, --config / BRIEF_CONFIG, flags) -> frozen dataclasses."""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field, fields, replace
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from .errors import ConfigError

RUNTIMES = ("auto", "transformers", "ctranslate2")  # auto: ctranslate2 once converted
LENGTHS = ("short", "medium", "long")


@dataclass(frozen=True)
class Generation:
    """Decoding settings; unset values are left to the model's own generation config."""

    num_beams: int | None = None
    length_ratio: float | None = None  # max_new_tokens relative to the input length
    length_extra: int = 0
    max_new_tokens: int | None = None
    min_new_tokens: int | None = None
    no_repeat_ngram_size: int | None = None
    repetition_penalty: float | None = None
    length_penalty: float | None = None

    def merged(self, other: Generation) -> Generation:
        """Settings of `self` with every value that `other` sets laid on top."""
        changes = {f.name: getattr(other, f.name) for f in fields(other)
                   if getattr(other, f.name) != getattr(Generation(), f.name)}
        return replace(self, **changes)

    def max_new_for(self, input_tokens: int) -> int | None:
        """The output length limit for an input of `input_tokens` tokens."""
        limits = []
        if self.length_ratio is not None:
            limits.append(math.ceil(self.length_ratio * input_tokens) + self.length_extra)
        if self.max_new_tokens is not None:
            limits.append(self.max_new_tokens)
        return min(limits) if limits else None

    def signature(self) -> dict[str, Any]:
        """The settings that are set, for the result's signature."""
        return {f.name: getattr(self, f.name) for f in fields(self)
                if getattr(self, f.name) is not None}


@dataclass(frozen=True)
class ModelSpec:
    """Which model, at which revision, on which runtime."""

    model: str
    revision: str = "main"
    runtime: str = "auto"

    @property
    def is_local(self) -> bool:
        """True when `model` names a directory rather than a hub id."""
        return Path(self.model).expanduser().is_dir()


@dataclass(frozen=True)
class TranslationConfig:
    spec: ModelSpec
    max_input_tokens: int = 200
    batch_size: int = 16
    generation: Generation = field(default_factory=Generation)
    retry: Generation = field(default_factory=Generation)


@dataclass(frozen=True)
class SummaryConfig:
    spec: ModelSpec
    window_tokens: int = 1000
    generation: Generation = field(default_factory=Generation)
    lengths: dict[str, Generation] = field(default_factory=dict)

    def for_length(self, length: str) -> Generation:
        """Generation settings for --length short|medium|long."""
        return self.generation.merged(self.lengths.get(length, Generation()))


@dataclass(frozen=True)
class Config:
    translation: TranslationConfig
    summarization: SummaryConfig
    path: str  # where it was read from, for messages

    def with_models(self, translation: str | None = None, summary: str | None = None) -> Config:
        """A copy with one or both model ids replaced (--translation-model, --summary-model)."""
        cfg = self
        if translation:
            spec = replace(cfg.translation.spec, model=translation, revision="main")
            cfg = replace(cfg, translation=replace(cfg.translation, spec=spec))
        if summary:
            spec = replace(cfg.summarization.spec, model=summary, revision="main")
            cfg = replace(cfg, summarization=replace(cfg.summarization, spec=spec))
        return cfg

    def with_runtime(self, runtime: str | None) -> Config:
        """A copy with both models on `runtime` (--runtime); None keeps models.yaml's."""
        if not runtime:
            return self
        if runtime not in RUNTIMES:
            raise ConfigError(f"--runtime must be one of {', '.join(RUNTIMES)}")
        t = replace(self.translation, spec=replace(self.translation.spec, runtime=runtime))
        s = replace(self.summarization, spec=replace(self.summarization.spec, runtime=runtime))
        return replace(self, translation=t, summarization=s)


def default_config_text() -> str:
    """The models.yaml shipped inside the package."""
    return resources.files("translator").joinpath("models.yaml").read_text(encoding="utf-8")


def load_config(path: str | os.PathLike[str] | None = None) -> Config:
    """Read the config from `path`, else $BRIEF_CONFIG, else the packaged default."""
    path = path or os.environ.get("BRIEF_CONFIG") or None
    if path is None:
        return parse_config(default_config_text(), "<packaged models.yaml>")
    p = Path(path).expanduser()
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as e:
        raise ConfigError(f"cannot read config {p}: {e.strerror or e}") from e
    return parse_config(text, str(p))


def parse_config(text: str, where: str) -> Config:
    """Parse and validate models.yaml text."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as e:
        raise ConfigError(f"{where} is not valid YAML: {e}") from e
    if not isinstance(data, dict):
        raise ConfigError(f"{where}: expected a mapping with 'translation' and 'summarization'")
    t = _section(data, "translation", where)
    s = _section(data, "summarization", where)
    lengths = s.get("lengths") or {}
    if not isinstance(lengths, dict) or set(lengths) - set(LENGTHS):
        raise ConfigError(f"{where}: summarization.lengths takes only {', '.join(LENGTHS)}")
    translation = TranslationConfig(
        spec=_spec(t, "translation", where),
        max_input_tokens=_int(t, "max_input_tokens", 200, where),
        batch_size=_int(t, "batch_size", 16, where),
        generation=_generation(t.get("generation"), "translation.generation", where),
        retry=_generation(t.get("retry"), "translation.retry", where),
    )
    summary = SummaryConfig(
        spec=_spec(s, "summarization", where),
        window_tokens=_int(s, "window_tokens", 1000, where),
        generation=_generation(s.get("generation"), "summarization.generation", where),
        lengths={k: _generation(v, f"summarization.lengths.{k}", where)
                 for k, v in lengths.items()},
    )
    return Config(translation=translation, summarization=summary, path=where)


def _section(data: dict, name: str, where: str) -> dict:
    sec = data.get(name)
    if not isinstance(sec, dict):
        raise ConfigError(f"{where}: missing section '{name}'")
    return sec


def _spec(sec: dict, name: str, where: str) -> ModelSpec:
    model = sec.get("model")
    if not isinstance(model, str) or not model.strip():
        raise ConfigError(f"{where}: {name}.model must name a hub id or a local directory")
    runtime = str(sec.get("runtime", "auto"))
    if runtime not in RUNTIMES:
        raise ConfigError(f"{where}: {name}.runtime must be one of {', '.join(RUNTIMES)}")
    return ModelSpec(model=model.strip(), revision=str(sec.get("revision") or "main"),
                     runtime=runtime)


def _int(sec: dict, key: str, default: int, where: str) -> int:
    value = sec.get(key, default)
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        raise ConfigError(f"{where}: {key} must be a positive integer, not {value!r}")
    return value


def _generation(sec: Any, name: str, where: str) -> Generation:
    if sec is None:
        return Generation()
    if not isinstance(sec, dict):
        raise ConfigError(f"{where}: {name} must be a mapping")
    known = {f.name for f in fields(Generation)}
    unknown = set(sec) - known
    if unknown:
        raise ConfigError(f"{where}: unknown setting(s) in {name}: {', '.join(sorted(unknown))}")
    try:
        return Generation(**sec)
    except TypeError as e:
        raise ConfigError(f"{where}: {name}: {e}") from e

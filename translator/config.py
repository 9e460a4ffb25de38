"""models.yaml (packaged default, --config / BRIEF_CONFIG, flags) -> frozen dataclasses."""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field, fields, replace
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .yaml_text import YamlProblem, load_yaml

RUNTIMES = ("auto", "transformers", "ctranslate2")  # auto: ctranslate2 once converted
LENGTHS = ("short", "medium", "long")
# How a brief is printed (run, show): auto is rich on a terminal, plain text when piped.
FORMATS = ("auto", "rich", "text", "markdown", "json")
HISTORY_FORMATS = ("text", "json")
DIGEST_FORMATS = ("markdown", "html", "json")
# A glossary value asking that the source term itself reappear in the translation.
KEEP = "keep"
GLOSSARY_SUFFIXES_TSV = (".tsv", ".tab", ".txt")
# The revision of a model read from a local folder (it has no hub commit): shown in a brief's
# models, and what tells the cache and the converter to fingerprint the folder's files instead.
LOCAL_REVISION = "local"


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
    # Source term -> the English the translation must contain, or KEEP (the source form).
    # Checked by the name guard after translating; the model is never forced.
    glossary: dict[str, str] = field(default_factory=dict)
    # CTranslate2 only: restrict each batch's output vocabulary to the shortlist (vmap.txt):
    # by default every piece of the model's English tokenizer, all it was trained to write
    # (100% of the real model's FLORES-101 test pieces), which skips the 22,807 source-only
    # rows of the output projection (benchmarks/vmap_coverage.py).
    use_vmap: bool = True


@dataclass(frozen=True)
class SummaryConfig:
    spec: ModelSpec
    window_tokens: int = 1000
    batch_size: int = 4  # windows per model call: bounds memory on long articles
    generation: Generation = field(default_factory=Generation)
    lengths: dict[str, Generation] = field(default_factory=dict)
    # CTranslate2 only: the copy-biased shortlist (vmap.txt) `brief models pull` builds when
    # on. Off: it covers 96.7% of NTREX headline pieces, under the 99.5% bar.
    use_vmap: bool = False

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

    def with_glossary(self, glossary: dict[str, str] | None) -> Config:
        """A copy whose glossary has `glossary`'s entries laid over models.yaml's."""
        if not glossary:
            return self
        merged = {**self.translation.glossary, **glossary}
        return replace(self, translation=replace(self.translation, glossary=merged))

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
    text, shown = _read_text(path, "config")
    return parse_config(text, shown)


def _read_text(path: str | os.PathLike[str], what: str) -> tuple[str, str]:
    """(UTF-8 text, the path as shown in messages) of a file; a ConfigError line otherwise."""
    p = Path(path).expanduser()
    shown = str(p) if str(p).isprintable() else ascii(str(p))  # one line, whatever the name
    try:
        data = p.read_bytes()
    except OSError as e:
        raise ConfigError(f"{what} {shown}: cannot read ({e.strerror or e})") from e
    except ValueError as e:  # a NUL byte in the path
        raise ConfigError(f"{what} {shown}: not a valid file name (it contains a NUL byte)"
                          ) from e
    try:
        return data.decode("utf-8-sig"), shown
    except UnicodeDecodeError as e:
        raise ConfigError(f"{what} {shown}: not UTF-8 text (byte 0x{data[e.start]:02x} at "
                          f"offset {e.start}); save it as UTF-8") from e


def load_glossary(path: str | os.PathLike[str]) -> dict[str, str]:
    """A glossary file: YAML (`term: English term` or `term: keep`), or TSV for .tsv/.tab/.txt
    (`term<TAB>English term`, # comments); every fault is a one-line ConfigError."""
    from .glossary_file import check_terms, tsv_terms, yaml_terms

    text, shown = _read_text(path, "glossary")
    label = f"glossary {shown}"
    if Path(path).suffix.lower() not in GLOSSARY_SUFFIXES_TSV:
        try:
            data = load_yaml(text)
        except YamlProblem as e:
            raise ConfigError(f"{label}: not valid YAML: {e}") from e
        check_terms(yaml_terms(text), label)  # no terms, or one twice: translator/glossary_file
        return _glossary(data or {}, label)
    entries: dict[str, str] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 2:
            raise ConfigError(f"{label}: line {n}: expected `source term<TAB>English term` "
                              f"(or `keep`), found {len(parts)} tab-separated field(s)")
        entries[parts[0]] = parts[1]
    check_terms(tsv_terms(text), label)
    return _glossary(entries, label)


def _glossary(data: Any, where: str) -> dict[str, str]:
    """A validated glossary: non-empty single-line terms, values an English term or keep."""
    if not isinstance(data, dict):
        raise ConfigError(f"{where}: the glossary must map source terms to English terms "
                          f"(or `keep`), not {_kind(data)}")
    out: dict[str, str] = {}
    for term, english in data.items():
        if not isinstance(term, str) or not term.strip() or "\n" in term:
            raise ConfigError(f"{where}: glossary term {term!r} must be a word or phrase")
        if not isinstance(english, str) or not english.strip() or "\n" in english:
            raise ConfigError(f"{where}: glossary entry {term.strip()!r} needs an English term "
                              f"or `keep`, not {_kind(english)}")
        english = " ".join(english.split())
        out[" ".join(term.split())] = KEEP if english.lower() == KEEP else english
    return out


def parse_config(text: str, where: str) -> Config:
    """Parse and validate models.yaml text; every fault is a one-line ConfigError."""
    label = f"config {where}"
    try:
        data = load_yaml(text)
    except YamlProblem as e:  # an impossible date, nesting beyond reason, a YAML fault
        raise ConfigError(f"{label}: not valid YAML: {e}") from e
    if not isinstance(data, dict):
        raise ConfigError(f"{label}: expected a mapping with 'translation' and "
                          f"'summarization', not {_kind(data)}")
    t = _section(data, "translation", label)
    s = _section(data, "summarization", label)
    lengths = s.get("lengths") or {}
    if not isinstance(lengths, dict) or set(lengths) - set(LENGTHS):
        raise ConfigError(f"{label}: summarization.lengths takes only {', '.join(LENGTHS)}")
    translation = TranslationConfig(
        spec=_spec(t, "translation", label),
        max_input_tokens=_int(t, "max_input_tokens", 200, label),
        batch_size=_int(t, "batch_size", 16, label),
        generation=_generation(t.get("generation"), "translation.generation", label),
        retry=_generation(t.get("retry"), "translation.retry", label),
        glossary=_glossary(data.get("glossary") or {}, label),
        use_vmap=_flag(t, "use_vmap", label, default=True),
    )
    summary = SummaryConfig(
        spec=_spec(s, "summarization", label),
        window_tokens=_int(s, "window_tokens", 1000, label),
        batch_size=_int(s, "batch_size", 4, label),
        generation=_generation(s.get("generation"), "summarization.generation", label),
        lengths={k: _generation(v, f"summarization.lengths.{k}", label)
                 for k, v in lengths.items()},
        use_vmap=_flag(s, "use_vmap", label),
    )
    return Config(translation=translation, summarization=summary, path=where)


def _kind(value: Any) -> str:
    """How a YAML value reads in a message: "a list", "a string", "nothing"."""
    kinds = {list: "a list", str: "a string", int: "a number", float: "a number",
             bool: "true/false", type(None): "nothing"}
    return kinds.get(type(value), type(value).__name__)


def _section(data: dict, name: str, where: str) -> dict:
    sec = data.get(name)
    if sec is None:
        raise ConfigError(f"{where}: missing section '{name}'")
    if not isinstance(sec, dict):
        raise ConfigError(f"{where}: section '{name}' must be a mapping, not {_kind(sec)}")
    return sec


def _spec(sec: dict, name: str, where: str) -> ModelSpec:
    model = sec.get("model")
    if not isinstance(model, str) or not model.strip():
        raise ConfigError(f"{where}: {name}.model must name a hub id or a local directory")
    runtime = sec.get("runtime", "auto")
    if runtime not in RUNTIMES:
        raise ConfigError(f"{where}: {name}.runtime must be one of {', '.join(RUNTIMES)}")
    revision = sec.get("revision") or "main"
    if not isinstance(revision, (str, int)) or isinstance(revision, bool):
        raise ConfigError(f"{where}: {name}.revision must be a branch, tag or commit, "
                          f"not {_kind(revision)}")
    return ModelSpec(model=model.strip(), revision=str(revision), runtime=runtime)


def _flag(sec: dict, key: str, where: str, default: bool = False) -> bool:
    value = sec.get(key, default)
    if not isinstance(value, bool):
        raise ConfigError(f"{where}: {key} must be true or false, not {value!r}")
    return value


def _int(sec: dict, key: str, default: int, where: str) -> int:
    value = sec.get(key, default)
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        raise ConfigError(f"{where}: {key} must be a positive integer, not {value!r}")
    return value


# Generation settings by kind: counts, and numbers that must be above zero or may be any.
_COUNTS = {"num_beams": 1, "max_new_tokens": 1, "min_new_tokens": 0, "length_extra": 0,
           "no_repeat_ngram_size": 0}
_POSITIVE = {"length_ratio", "repetition_penalty"}


def _generation(sec: Any, name: str, where: str) -> Generation:
    if sec is None:
        return Generation()
    if not isinstance(sec, dict):
        raise ConfigError(f"{where}: {name} must be a mapping, not {_kind(sec)}")
    known = {f.name for f in fields(Generation)}
    unknown = set(sec) - known
    if unknown:
        raise ConfigError(f"{where}: unknown setting(s) in {name}: "
                          f"{', '.join(sorted(map(str, unknown)))}")
    settings = {k: v for k, v in sec.items() if v is not None}  # null: the model's default
    for key, value in settings.items():
        number = isinstance(value, (int, float)) and not isinstance(value, bool)
        if key in _COUNTS:
            ok = number and isinstance(value, int) and value >= _COUNTS[key]
            want = "a positive integer" if _COUNTS[key] else "a whole number, 0 or more"
        else:
            ok = number and (value > 0 or key not in _POSITIVE)
            want = "a number above 0" if key in _POSITIVE else "a number"
        if not ok:
            raise ConfigError(f"{where}: {name}.{key} must be {want}, not {value!r}")
    return Generation(**settings)

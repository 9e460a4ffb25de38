"""`brief models list` and `brief models pull`: the models named in models.yaml."""

from __future__ import annotations

import click

from .options import debug_option, load_config, model_options
from .output import emit_fields


@click.group("models")
def models_group() -> None:
    """List or download the models named in models.yaml."""


@models_group.command("list")
@model_options
@debug_option
def models_list(config_path: str | None, translation_model: str | None,
                summary_model: str | None) -> None:
    """Show each model, whether it is on disk, and whether its CTranslate2 copy is."""
    from ..backends.convert import find_converted
    from ..backends.hub import find_cached, find_snapshot

    cfg = load_config(config_path, translation_model, summary_model)
    for role, spec in (("translation", cfg.translation.spec),
                       ("summarization", cfg.summarization.spec)):
        # The cache layout is read directly: importing huggingface_hub costs more than the run.
        found = find_cached(spec) if spec.is_local else find_snapshot(spec)
        where = f"cached at {found.path}" if found else "not cached (run `brief models pull`)"
        converted = find_converted(found) if found else None
        ct2 = (f"ctranslate2: converted at {converted}" if converted
               else "ctranslate2: not converted (run `brief models pull`)")
        emit_fields((role, spec.model, f"revision={spec.revision}", f"runtime={spec.runtime}",
                     where, ct2))


@models_group.command("pull")
@model_options
@debug_option
def models_pull(config_path: str | None, translation_model: str | None,
                summary_model: str | None) -> None:
    """Download both models into the local cache and convert them to CTranslate2 (int8)."""
    from ..backends.convert import DEFAULT_QUANTIZATION, convert, find_converted
    from ..backends.hub import resolve
    from ..reporting import StderrReporter

    reporter = StderrReporter()
    cfg = load_config(config_path, translation_model, summary_model)
    for spec in (cfg.translation.spec, cfg.summarization.spec):
        found = resolve(spec, offline=False, notify=reporter.notice)
        if not find_converted(found):
            reporter.notice(f"Converting {spec.model} to CTranslate2 ({DEFAULT_QUANTIZATION}) ...")
        converted = convert(found)
        emit_fields((spec.model, found.revision, found.path,
                     f"ctranslate2 {DEFAULT_QUANTIZATION}: {converted}"))

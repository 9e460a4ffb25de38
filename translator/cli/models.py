"""`brief models list` and `brief models pull`: the models named in models.yaml."""

from __future__ import annotations

from pathlib import Path

import click

from ..config import LOCAL_REVISION
from ..errors import InputError
from .options import (
    LIST_FORMATS,
    debug_option,
    examples,
    format_option,
    load_config,
    model_options,
    pick_format,
)
from .output import emit_fields, emit_json


@click.group("models")
def models_group() -> None:
    """List or download the models named in models.yaml."""


@models_group.command("list", epilog=examples("brief models list",
                                              "brief models list --json"))
@model_options
@format_option(LIST_FORMATS, "text", "text: one tab-separated row per model.")
@debug_option
def models_list(config_path: str | None, translation_model: str | None,
                summary_model: str | None, fmt: str, as_json: bool) -> None:
    """Show each model, whether it is on disk, and whether its CTranslate2 copy is."""
    from ..backends.convert import find_converted
    from ..backends.hub import find_cached, find_snapshot

    cfg = load_config(config_path, translation_model, summary_model)
    rows = []
    for role, spec in (("translation", cfg.translation.spec),
                       ("summarization", cfg.summarization.spec)):
        # The cache layout is read directly: importing huggingface_hub costs more than the run.
        found = find_cached(spec) if spec.is_local else find_snapshot(spec)
        where = f"cached at {found.path}" if found else "not cached (run `brief models pull`)"
        converted = find_converted(found) if found else None
        ct2 = (f"ctranslate2: converted at {converted}" if converted
               else "ctranslate2: not converted (run `brief models pull`)")
        # A local folder has no hub revision: it is "local", as `pull` and the JSON brief say.
        revision = LOCAL_REVISION if spec.is_local else spec.revision
        rows.append({"role": role, "model": spec.model, "revision": revision,
                     "runtime": spec.runtime, "cached": str(found.path) if found else None,
                     "converted": str(converted) if converted else None})
        if pick_format(fmt, as_json) != "json":
            emit_fields((role, spec.model, f"revision={revision}",
                         f"runtime={spec.runtime}", where, ct2))
    if pick_format(fmt, as_json) == "json":
        emit_json(rows)


@models_group.command("pull")
@model_options
@click.option("--vmap", "build_vmap", is_flag=True,
              help="Build the translation vocabulary shortlist (translation.use_vmap): by "
                   "default every piece the model's English tokenizer has (blocks nothing).")
@click.option("--vmap-size", "vmap_size", type=click.IntRange(min=1), default=None,
              help="Allow only the N likeliest English pieces always (a smaller, lossy "
                   "shortlist); pass --vmap-corpus with it.")
@click.option("--vmap-corpus", "vmap_corpus", nargs=2, multiple=True,
              type=click.Path(exists=True, dir_okay=False),
              metavar="SOURCE_FILE ENGLISH_FILE",
              help="Line-aligned translations (.gz too) the shortlist learns each source "
                   "piece's candidates from; repeatable.")
@debug_option
def models_pull(config_path: str | None, translation_model: str | None,
                summary_model: str | None, vmap_corpus: tuple[tuple[str, str], ...] = (),
                build_vmap: bool = False, vmap_size: int | None = None) -> None:
    """Download both models into the local cache and convert them to CTranslate2 (int8)."""
    from ..backends import summary_vmap, vmap
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
        asked = bool(build_vmap or vmap_corpus or vmap_size)
        missing = not (Path(converted) / vmap.FILE).is_file()
        # translation.use_vmap (on by default) needs a vmap.txt: the default one needs no
        # corpus, so pull builds it unasked (keeping one built before, perhaps from a corpus).
        if spec is cfg.translation.spec and (asked or (cfg.translation.use_vmap and missing)):
            reporter.notice(f"Building the vocabulary shortlist of {spec.model} ...")
            if vmap_corpus and not vmap_size:
                reporter.notice("--vmap-corpus counts only with --vmap-size: the default "
                                "shortlist is every English piece (it blocks nothing)")
            size = {"frequent": vmap_size} if vmap_size else {}
            try:
                built = vmap.write_for_model(converted, vmap_corpus, **size)
            except InputError as e:
                if asked:
                    raise
                reporter.notice(f"No vocabulary shortlist for {spec.model} ({e}): it runs "
                                "without one")
            else:
                emit_fields((spec.model, "vmap", built))
        if spec is cfg.summarization.spec and cfg.summarization.use_vmap and missing:
            reporter.notice(f"Building the summary shortlist of {spec.model} ...")
            emit_fields((spec.model, "vmap", summary_vmap.write_for_model(Path(converted))))

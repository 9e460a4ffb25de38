"""The public Python API: `from translator import open_models, brief, Options`."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys

import pytest
import yaml

from translator import Brief, Models, Options, brief, open_models
from translator.backends.cached import cached
from translator.cache import TranslationCache, input_key
from translator.config import default_config_text, load_config
from translator.errors import ConfigError, InputError, LanguageError
from translator.load import Loaded

from .conftest import ROOT, SAMPLE
from .fakes import FirstWordsBackend, IdentityBackend

TEXT = SAMPLE.read_text(encoding="utf-8")


def fake_models() -> Models:
    return Models(translator=IdentityBackend(lambda text, gen: text.upper()),
                  summarizer=FirstWordsBackend(words=4), config=load_config())


def test_import_translator_loads_neither_the_pipeline_nor_a_model_library():
    code = ("import sys, translator\n"
            "heavy = [m for m in sys.modules if m.startswith(('translator.pipeline', "
            "'translator.backends', 'torch', 'transformers'))]\n"
            "assert not heavy, heavy\n"
            "assert translator.brief.__module__ == 'translator.pipeline'\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, timeout=60)
    assert proc.returncode == 0, proc.stderr


@pytest.mark.parametrize("source", [TEXT, SAMPLE, Loaded(TEXT, str(SAMPLE), "utf-8")],
                         ids=["text", "path", "loaded"])
def test_every_kind_of_source_gives_the_same_brief(source):
    result = brief(source, fake_models())
    assert result.paragraphs and result.summary
    assert result.paragraphs[0].text == result.paragraphs[0].source.upper()
    assert result.origin == ("" if isinstance(source, str) else str(SAMPLE))
    reference = brief(SAMPLE, fake_models()).to_dict()
    doc = result.to_dict()
    for d in (doc, reference):
        d.pop("timings")
        d["source"].pop("origin")
    assert doc == reference


def test_a_brief_is_complete_and_frozen():
    result = brief(SAMPLE, fake_models(), Options(length="short"))
    assert list(result.timings) == ["load_s", "clean_s", "models_s", "translate_s",
                                    "summarize_s", "total_s"]
    assert result.timings["total_s"] >= result.timings["translate_s"] >= 0
    assert result.length == "short" and result.origin == str(SAMPLE)
    models = result.to_dict()["models"]
    assert models["translation"]["id"] == "identity"
    assert models["summarization"]["generation"] == load_config().summarization.for_length(
        "short").signature()
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.summary = "changed"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.paragraphs[0].outputs = ()  # type: ignore[misc]


def test_a_stored_brief_is_rebuilt_exactly():
    doc = brief(SAMPLE, fake_models()).to_dict()
    again = json.loads(json.dumps(doc))  # as the store keeps it
    rebuilt = Brief.from_dict(again)
    assert rebuilt.to_dict() == doc
    assert rebuilt.signature.translation is not None
    assert rebuilt.signature.translation.model.id == "identity"


def test_the_brief_and_the_cache_key_share_one_signature(tmp_path):
    cache = TranslationCache.open(tmp_path / "c.sqlite")
    inner = IdentityBackend()
    models = Models(translator=cached(inner, cache), summarizer=FirstWordsBackend(),
                    config=load_config())
    result = brief(SAMPLE, models)
    stage = result.signature.translation
    assert stage is not None
    key, doc = stage.cache_key()
    shown = result.to_dict()["models"]["translation"]
    assert json.loads(doc)["model"] == {k: shown[k] for k in ("id", "revision", "runtime",
                                                              "quantization")}
    assert json.loads(doc)["generation"] == shown["generation"]
    # The outputs were cached under the key of the brief's own signature.
    assert cache.get_many(key, [input_key(result.paragraphs[0].segments[0])])
    cache.close()


def test_bad_input_fails_before_any_model_loads(tmp_path):
    missing = str(tmp_path / "no-model")
    models = open_models(load_config().with_models(missing, missing), offline=True, cache=False)
    with pytest.raises(InputError, match="^no article text found$"):
        brief("   \n\n  ", models)
    with pytest.raises(InputError, match=r"empty\.txt: no article text found"):
        (tmp_path / "empty.txt").write_text("\n\n ---\n")
        brief(tmp_path / "empty.txt", models)
    with pytest.raises(LanguageError, match="does not look Indonesian"):
        brief("Die Regierung hat am Dienstagmorgen drei Notunterkünfte eröffnet. " * 5, models)
    assert models.loaded == ()


def test_options_refuse_an_unknown_length():
    with pytest.raises(ConfigError, match="length must be one of short, medium, long"):
        Options(length="huge")


def _readme_python_example() -> str:
    """The first ```python block of the README's "Python API" section, as written."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## Python API"):]
    start = section.index("```python\n") + len("```python\n")
    return section[start:section.index("\n```", start)]


def test_the_readme_example_gives_what_the_cli_prints(brief_cli, tiny_model_dirs, tmp_path,
                                                      monkeypatch):
    """The README's Python example, run as written on the tiny models (through BRIEF_CONFIG,
    from the repository root), gives the JSON `brief --format json` prints (timings aside)."""
    config = tmp_path / "models.yaml"  # the tiny models, decoding greedily and briefly
    data = yaml.safe_load(default_config_text())
    data["translation"].update(model=str(tiny_model_dirs.marian), runtime="transformers",
                               generation={"num_beams": 1, "max_new_tokens": 6})
    data["summarization"].update(model=str(tiny_model_dirs.bart), runtime="transformers",
                                 generation={"num_beams": 1},
                                 lengths={name: {"min_new_tokens": 4, "max_new_tokens": 8}
                                          for name in ("short", "medium", "long")})
    config.write_text(yaml.safe_dump(data), encoding="utf-8")
    monkeypatch.setenv("BRIEF_CONFIG", str(config))
    monkeypatch.chdir(ROOT)
    example = _readme_python_example()
    assert "open_models()" in example and "brief(" in example
    cli = brief_cli("--format", "json", "--no-store", "--length", "short",
                    "samples/sindonews-blinken-lavrov.txt")
    assert cli.code == 0, cli.err

    scope: dict = {}
    exec(compile(example, "README.md", "exec"), scope)  # noqa: S102 - our own README

    api, printed = scope["doc"], json.loads(cli.out)
    api.pop("timings")
    printed.pop("timings")
    assert api == printed
    assert scope["result"].title == printed["title"]


@pytest.fixture
def brief_cli(brief):
    """The CLI runner (conftest's `brief`), renamed so that `brief` is the API here."""
    return brief


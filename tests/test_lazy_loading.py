"""Nothing loaded that is not needed: a brief answered from the cache loads no model, a miss
loads only its own model, and CTranslate2's thread default on small machines."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from translator import Models, brief
from translator.backends.ctranslate2_backend import cpu_cores, default_threads
from translator.backends.hub import ResolvedModel
from translator.backends.loading import Loader, expected_signature, load_backend, token_counter
from translator.cache import TranslationCache
from translator.config import load_config
from translator.load import Loaded

from .conftest import ROOT

TITLE = "Blinken dan Lavrov Bertemu di New Delhi"
BODY = [
    "Seorang pejabat senior Departemen Luar Negeri AS mengatakan pembicaraan itu berlangsung "
    "kurang dari 10 menit.",
    "Pihak Rusia memberikan gambaran yang berbeda. Juru bicara Kementerian Luar Negeri Rusia "
    "Maria Zakharova menyebut Blinken yang meminta berbicara dengan Lavrov.",
    "Pertemuan G20 di New Delhi sendiri berakhir tanpa pernyataan bersama karena Rusia dan "
    "China menolak paragraf tentang perang.",
]


def article(title: str = TITLE) -> str:
    return "\n\n".join([title, *BODY]) + "\n"


@pytest.fixture
def setup(tiny_models, tmp_path) -> tuple[Path, Path]:
    """(models.yaml of the tiny models on CTranslate2, a cache file path)."""
    config = tmp_path / "m.yaml"
    config.write_text(textwrap.dedent(f"""
        translation:
          model: {tiny_models.marian}
          runtime: ctranslate2
          generation: {{num_beams: 1, max_new_tokens: 6}}
        summarization:
          model: {tiny_models.bart}
          runtime: ctranslate2
          generation: {{num_beams: 1}}
          lengths:
            medium: {{min_new_tokens: 6, max_new_tokens: 6}}
    """), encoding="utf-8")
    return config, tmp_path / "cache.sqlite"


def run(config: Path, cache_path: Path, text: str) -> tuple[dict, Loader, Models, list[str]]:
    """Brief `text` in fresh Models over the cache file: (brief JSON sans timings, the loader,
    the models, the status lines)."""
    cfg = load_config(config)
    statuses: list[str] = []
    loader = Loader(cfg, offline=True, cache=TranslationCache.open(cache_path),
                    status=statuses.append)
    models = Models(config=cfg, loader=loader.load)
    doc = brief(Loaded(text=text, origin="", encoding="utf-8"), models).to_dict()
    doc.pop("timings")
    return doc, loader, models, statuses


# The default runtime; the transformers runtime's expected signature is checked on load by
# every cached run of tests/test_cache_cli.py.
on_ctranslate2 = pytest.mark.parametrize("tiny_models", ["ctranslate2"], indirect=True)


@on_ctranslate2
def test_a_fully_cached_brief_loads_no_model_and_imports_no_model_library(setup):
    config, cache_path = setup
    first, loader, models, statuses = run(config, cache_path, article())
    assert loader.loads == ["translation", "summarization"]
    assert models.loaded == ("translation", "summarization") and len(statuses) == 2
    # A fresh process: the warm brief must not import torch, transformers or ctranslate2.
    code = textwrap.dedent(f"""
        import json, sys
        sys.path.insert(0, {str(ROOT)!r})
        from tests.test_lazy_loading import run, article
        from pathlib import Path
        doc, loader, models, statuses = run(Path({str(config)!r}), Path({str(cache_path)!r}),
                                            article())
        heavy = sorted({{"torch", "transformers", "ctranslate2"}} & set(sys.modules))
        print(json.dumps({{"doc": doc, "loads": loader.loads, "loaded": models.loaded,
                          "statuses": statuses, "heavy": heavy}}))
    """)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    warm = json.loads(proc.stdout.strip().splitlines()[-1])
    assert warm["loads"] == [] and warm["loaded"] == [] and warm["statuses"] == []
    assert warm["heavy"] == []
    assert warm["doc"] == first


@on_ctranslate2
def test_a_new_title_loads_only_the_translator(setup):
    config, cache_path = setup
    run(config, cache_path, article())
    # The body and so the summary's input are cached; only the title is new.
    doc, loader, models, statuses = run(config, cache_path, article("Rusia dan China Menolak"))
    assert loader.loads == ["translation"]
    assert models.loaded == ("translation",)
    assert len(statuses) == 1 and statuses[0].startswith("Loading ")
    assert doc["summary"]


@on_ctranslate2
def test_no_cache_still_briefs(setup, brief, tmp_path):
    config, _ = setup
    path = tmp_path / "artikel.txt"
    path.write_text(article(), encoding="utf-8")
    cold = brief("--config", str(config), "--format", "json", "--no-store", "--no-cache",
                 str(path))
    assert cold.code == 0, cold.err
    again = brief("--config", str(config), "--format", "json", "--no-store", str(path))
    assert again.code == 0, again.err
    assert json.loads(again.out)["summary"] == json.loads(cold.out)["summary"]


def test_signature_and_token_counts_known_before_loading_are_the_loaded_models(tiny_models):
    texts = ["Blinken bertemu Lavrov.", ">>eng<< Rusia menolak.", "ẞ ☃ 2/3/2023 (AS)", ""]
    cfg = load_config().with_models(str(tiny_models.marian), str(tiny_models.bart)) \
        .with_runtime(tiny_models.runtime)
    for spec, path in ((cfg.translation.spec, tiny_models.marian),
                       (cfg.summarization.spec, tiny_models.bart)):
        found = ResolvedModel(str(path), "local", path)
        count = token_counter(spec, found)
        backend = load_backend(spec, found, progress=False)
        assert expected_signature(spec, found) == backend.signature()
        assert [count(t) for t in texts] == [backend.count_tokens(t) for t in texts]


@pytest.mark.parametrize(("cores", "threads"), [(1, 1), (2, 1), (3, 3), (4, 4), (16, 16)])
def test_two_cores_or_fewer_get_one_ctranslate2_thread(cores, threads):
    assert default_threads(cores) == threads


def test_brief_threads_overrides_the_default(monkeypatch):
    monkeypatch.setenv("BRIEF_THREADS", "2")
    assert cpu_cores() == 2

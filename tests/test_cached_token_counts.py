"""Token counts kept with an article: a rerun answered from the cache loads no tokenizer
(segmentation, the guards and the summary's window count from what the first run stored), and
what a run decides never depends on where its counts came from."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from translator import Models, brief
from translator.backends import loading
from translator.backends.loading import Loader
from translator.cache import TranslationCache
from translator.config import load_config
from translator.load import Loaded

ARTICLE = "\n\n".join([
    "Blinken dan Lavrov Bertemu di New Delhi",
    "Seorang pejabat senior Departemen Luar Negeri AS mengatakan pembicaraan itu berlangsung "
    "kurang dari 10 menit, sementara pihak Rusia memberikan gambaran yang berbeda tentang "
    "siapa yang meminta pertemuan itu dan apa saja yang dibicarakan kedua diplomat tersebut.",
    "Pertemuan G20 di New Delhi sendiri berakhir tanpa pernyataan bersama karena Rusia dan "
    "China menolak paragraf tentang perang.",
]) + "\n"


def config(tmp_path: Path, models, max_input_tokens: int) -> Path:
    """The tiny models on CTranslate2 with short fixed outputs and an input limit."""
    path = tmp_path / f"m{max_input_tokens}.yaml"
    path.write_text(textwrap.dedent(f"""
        translation:
          model: {models.marian}
          runtime: ctranslate2
          max_input_tokens: {max_input_tokens}
          generation: {{num_beams: 1, max_new_tokens: 6}}
        summarization:
          model: {models.bart}
          runtime: ctranslate2
          generation: {{num_beams: 1}}
          lengths:
            medium: {{min_new_tokens: 6, max_new_tokens: 6}}
    """), encoding="utf-8")
    return path


def run(cfg_path: Path, cache: TranslationCache | None) -> tuple[dict, Loader, list]:
    """The brief of ARTICLE in fresh Models as JSON (sans timings), their loader, and each
    paragraph's segments."""
    cfg = load_config(cfg_path)
    loader = Loader(cfg, offline=True, cache=cache)
    result = brief(Loaded(text=ARTICLE, origin="", encoding="utf-8"),
                   Models(config=cfg, loader=loader.load))
    doc = result.to_dict()
    doc.pop("timings")
    return doc, loader, [list(p.segments) for p in result.paragraphs]


@pytest.fixture
def tokenizer_loads(monkeypatch) -> list[str]:
    """The model folders whose tokenizer was loaded alone, in order."""
    loads: list[str] = []
    real = loading.load_tokenizer

    def spy(spec, resolved):
        loads.append(resolved.model_id)
        return real(spec, resolved)

    monkeypatch.setattr(loading, "load_tokenizer", spy)
    return loads


on_ctranslate2 = pytest.mark.parametrize("tiny_models", ["ctranslate2"], indirect=True)


@on_ctranslate2
def test_a_fully_cached_brief_loads_no_tokenizer(tiny_models, tmp_path, tokenizer_loads):
    cfg = config(tmp_path, tiny_models, 512)
    cache = TranslationCache.open(tmp_path / "c.sqlite")
    first, loader, _ = run(cfg, cache)
    assert loader.loads == ["translation", "summarization"]
    tokenizer_loads.clear()  # the first run counted with the translator's before it loaded
    again, loader, _ = run(cfg, cache)
    assert loader.loads == [] and tokenizer_loads == []
    assert again == first


@on_ctranslate2
def test_a_new_input_limit_segments_as_an_uncached_run_does(tiny_models, tmp_path,
                                                             tokenizer_loads):
    cache = TranslationCache.open(tmp_path / "c.sqlite")
    _, _, wide = run(config(tmp_path, tiny_models, 512), cache)
    # Counts do not depend on the limit, so the stored ones stand; the cuts are made afresh.
    narrow, _, segments = run(config(tmp_path, tiny_models, 16), cache)
    fresh, _, fresh_segments = run(config(tmp_path, tiny_models, 16), None)
    assert segments == fresh_segments
    assert segments != wide  # the limit really cut
    assert narrow == fresh


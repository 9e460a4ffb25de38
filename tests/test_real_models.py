"""The default models, for real: runs only when both are in the local Hugging Face cache."""

from __future__ import annotations

import json

import pytest

from translator.backends.hub import find_cached
from translator.config import load_config

from .conftest import SAMPLE

pytestmark = pytest.mark.realmodels


def _missing() -> list[str]:
    cfg = load_config()
    return [spec.model for spec in (cfg.translation.spec, cfg.summarization.spec)
            if find_cached(spec) is None]


@pytest.fixture(scope="module", autouse=True)
def _need_default_models():
    missing = _missing()
    if missing:
        pytest.skip(f"default models not in the local Hugging Face cache: {', '.join(missing)} "
                    "(run `brief models pull` on a machine with network access)")


def test_sample_brief_is_english_and_names_the_people(brief):
    r = brief("--format", "json", "--full", str(SAMPLE))
    assert r.code == 0, r.err
    doc = json.loads(r.out)
    assert len(doc["paragraphs"]) == 8
    english = " ".join(p["text"] for p in doc["paragraphs"])
    for name in ("Blinken", "Lavrov", "G20", "New Delhi"):
        assert name in english
    assert "Blinken" in doc["summary"] or "Lavrov" in doc["summary"]
    assert "bertemu" not in doc["title"].lower()  # the headline was translated
    assert not any(f["code"] == "loop" for p in doc["paragraphs"] for f in p["flags"])

"""Lean start-up: commands that run no model import no ML library; the CTranslate2 path no torch.

Each check runs `brief` in a fresh interpreter and reads its sys.modules afterwards.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from .conftest import ROOT, SAMPLE

ML = ("torch", "transformers", "ctranslate2", "sentencepiece", "tokenizers")

_PROBE = """
import json, sys
from translator.cli import main
code = main(sys.argv[2:])
with open(sys.argv[1], "w") as f:
    json.dump({"code": int(code), "modules": sorted(sys.modules)}, f)
"""


def imported_by(tmp_path, *args: str, env: dict[str, str] | None = None) -> dict:
    """Run `brief ARGS` in a new interpreter: its exit code and the modules it imported."""
    out = tmp_path / "probe.json"
    full_env = {**os.environ, "HF_HUB_OFFLINE": "1", **(env or {})}
    proc = subprocess.run([sys.executable, "-c", _PROBE, str(out), *args], cwd=ROOT,
                          env=full_env, capture_output=True, text=True, timeout=120)
    assert out.exists(), proc.stderr
    result = json.loads(out.read_text())
    result["stderr"] = proc.stderr
    return result


def heavy(modules: list[str], names=ML) -> list[str]:
    return sorted({m.split(".")[0] for m in modules} & set(names))


@pytest.mark.parametrize("args", [
    ("--help",),
    ("clean", str(SAMPLE)),
    ("clean", "--json", str(SAMPLE)),
    ("models", "list"),
], ids=["help", "clean", "clean-json", "models-list"])
def test_commands_without_models_import_no_ml_library(tmp_path, args):
    r = imported_by(tmp_path, *args)
    assert r["code"] == 0, r["stderr"]
    assert heavy(r["modules"]) == []


def test_help_and_clean_do_not_import_huggingface_hub(tmp_path):
    for args in (("--help",), ("clean", str(SAMPLE))):
        r = imported_by(tmp_path, *args)
        assert heavy(r["modules"], ("huggingface_hub",)) == [], args


def test_models_list_of_local_models_imports_no_ml_library(tmp_path, tiny_model_dirs,
                                                            tiny_ct2_store):
    home = tmp_path / "home"
    (home / "cache").mkdir(parents=True)
    (home / "cache" / "ctranslate2").symlink_to(tiny_ct2_store, target_is_directory=True)
    r = imported_by(tmp_path, "models", "list", "--translation-model",
                    str(tiny_model_dirs.marian), "--summary-model", str(tiny_model_dirs.bart),
                    env={"BRIEF_HOME": str(home)})
    assert r["code"] == 0, r["stderr"]
    assert heavy(r["modules"], (*ML, "huggingface_hub")) == []


def test_the_ctranslate2_path_imports_neither_torch_nor_transformers(tmp_path, tiny_model_dirs,
                                                                     tiny_ct2_store):
    home = tmp_path / "home"
    (home / "cache").mkdir(parents=True)
    (home / "cache" / "ctranslate2").symlink_to(tiny_ct2_store, target_is_directory=True)
    r = imported_by(tmp_path, "--format", "json", "--runtime", "ctranslate2",
                    *tiny_model_dirs.args(), str(SAMPLE), env={"BRIEF_HOME": str(home)})
    assert r["code"] == 0, r["stderr"]
    assert heavy(r["modules"]) == ["ctranslate2", "sentencepiece", "tokenizers"]

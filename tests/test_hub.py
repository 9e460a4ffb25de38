"""Finding models: a silent hub ends in time, refused model folders, quiet loading."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from translator.backends.hub import HubStalled, hub_timeout, run_watched

from .conftest import ROOT, SAMPLE

DEADLINE_S = 2


@pytest.fixture
def silent_hub():
    """A 127.0.0.1 port that accepts connections (the kernel completes them) and never answers."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(32)
    yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    sock.close()


def brief_subprocess(tmp_path: Path, endpoint: str,
                     *args: str) -> tuple[subprocess.CompletedProcess, float]:
    """`brief ARGS` in a fresh interpreter: huggingface_hub reads HF_ENDPOINT at import."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_HUB_CACHE")}
    env.update(HF_ENDPOINT=endpoint, HF_HOME=str(tmp_path / "hf"),
               BRIEF_HOME=str(tmp_path / "brief-home"), BRIEF_HUB_TIMEOUT=str(DEADLINE_S))
    t0 = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "translator", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=90)
    return proc, time.monotonic() - t0


@pytest.mark.parametrize("command", [
    ["models", "pull", "--translation-model", "nobody/never-answers"],
    ["--no-store", "--translation-model", "nobody/never-answers", str(SAMPLE)],
], ids=["pull", "first-run"])
def test_a_hub_that_never_answers_ends_with_exit_3_in_time(tmp_path, silent_hub, command):
    proc, took = brief_subprocess(tmp_path, silent_hub, *command)
    assert proc.returncode == 3, proc.stderr
    errors = [line for line in proc.stderr.splitlines() if line.startswith("brief: error:")]
    assert len(errors) == 1, proc.stderr
    assert "nobody/never-answers" in errors[0] and silent_hub in errors[0]
    assert str(tmp_path / "hf") in errors[0]  # where it looked
    assert "BRIEF_HUB_TIMEOUT" in errors[0]
    assert "Traceback" not in proc.stderr
    assert took < DEADLINE_S + 20  # interpreter start and imports, on a loaded machine


def test_a_stalled_download_is_given_up_after_the_limit(tmp_path):
    t0 = time.monotonic()
    with pytest.raises(HubStalled):
        run_watched(lambda: time.sleep(30), [tmp_path / "nothing-arrives"], 0.5)
    assert time.monotonic() - t0 < 3


def test_a_download_that_keeps_receiving_bytes_is_not_given_up(tmp_path):
    target = tmp_path / "blobs"
    target.mkdir()

    def trickle() -> str:
        for i in range(6):  # 1.8 s in all, more than the 0.8 s limit, never silent that long
            (target / f"part{i}").write_bytes(b"x" * (i + 1))
            time.sleep(0.3)
        return "done"

    assert run_watched(trickle, [tmp_path / "elsewhere", target], 0.8) == "done"


def test_errors_of_the_download_reach_the_caller(tmp_path):
    def fail() -> None:
        raise OSError("no route to host")

    with pytest.raises(OSError, match="no route"):
        run_watched(fail, [tmp_path], 5)


@pytest.mark.parametrize("value", ["0", "-3", "soon", "inf"])
def test_a_bad_hub_timeout_is_a_config_error(monkeypatch, value):
    from translator.errors import ConfigError

    monkeypatch.setenv("BRIEF_HUB_TIMEOUT", value)
    with pytest.raises(ConfigError, match="BRIEF_HUB_TIMEOUT"):
        hub_timeout()


def test_hub_timeout_defaults_to_60_s_and_can_be_set(monkeypatch):
    monkeypatch.delenv("BRIEF_HUB_TIMEOUT", raising=False)
    assert hub_timeout() == 60
    monkeypatch.setenv("BRIEF_HUB_TIMEOUT", "7.5")
    assert hub_timeout() == 7.5


# --- refused model folders -------------------------------------------------------------


def _pickle_only(folder: Path) -> None:
    (folder / "model.safetensors").unlink()
    (folder / "pytorch_model.bin").write_bytes(b"not a tensor file, and never unpickled")


def _unknown_type(folder: Path) -> None:
    config = json.loads((folder / "config.json").read_text())
    (folder / "config.json").write_text(json.dumps({**config, "model_type": "nonsense"}))


def _no_weights(folder: Path) -> None:
    (folder / "model.safetensors").unlink()


def _broken_config(folder: Path) -> None:
    (folder / "config.json").write_text('{"model_type": "marian",')


BREAKS = {"pickle-only": (_pickle_only, "pytorch_model.bin"),
          "unknown-model-type": (_unknown_type, "nonsense"),
          "no-weights": (_no_weights, "no weights"),
          "broken-config": (_broken_config, "config.json")}


def broken_copy(tiny_model_dirs, tmp_path: Path, kind: str) -> Path:
    folder = tmp_path / f"marian-{kind}"
    shutil.copytree(tiny_model_dirs.marian, folder)
    BREAKS[kind][0](folder)
    return folder


def assert_refused(r, folder: Path, why: str) -> None:
    assert r.code == 3, r.err
    lines = [line for line in r.err.splitlines() if line.startswith("brief: error:")]
    assert len(lines) == 1, r.err
    assert str(folder) in lines[0] and why in lines[0] and "refused" in lines[0]
    assert "unexpected" not in r.err and "Traceback" not in r.err


@pytest.mark.parametrize("runtime", ["transformers", "auto"])
@pytest.mark.parametrize("kind", sorted(BREAKS))
def test_a_refused_model_folder_is_one_error_line_and_exit_3(brief, tiny_model_dirs, tmp_path,
                                                             kind, runtime):
    folder = broken_copy(tiny_model_dirs, tmp_path, kind)
    r = brief("--no-store", "--translation-model", str(folder), "--summary-model",
              str(tiny_model_dirs.bart), "--runtime", runtime, str(SAMPLE))
    assert_refused(r, folder, BREAKS[kind][1])


# --- quiet -----------------------------------------------------------------------------


@pytest.mark.parametrize("quiet", [True, False])
def test_quiet_loading_shows_no_progress_bars(tiny_model_dirs, capsys, quiet):
    """No "Loading weights" bars from the libraries, with -q or without (brief shows its own
    progress, tests/test_cli_quiet.py); -q also silences brief's own lines."""
    from transformers.utils import logging as hf_logging

    from translator.config import load_config
    from translator.pipeline import open_models
    from translator.reporting import StderrReporter

    cfg = load_config().with_models(str(tiny_model_dirs.marian), str(tiny_model_dirs.bart))
    enabled_before = hf_logging.is_progress_bar_enabled()
    capsys.readouterr()
    open_models(cfg, runtime="transformers", offline=True, cache=False,
                reporter=StderrReporter(quiet=quiet)).load()
    err = capsys.readouterr().err
    assert "Loading weights" not in err and "it/s" not in err
    if quiet:
        assert err == ""
    assert hf_logging.is_progress_bar_enabled() == enabled_before  # the library state is back

"""Under CI (BRIEF_TEST_INSTALLED=1, set by .ci/run) the tests exercise the installed wheel, not
the checkout: both in this process and in the `brief` children that tests start from the
repository root."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

import translator

ROOT = Path(__file__).resolve().parent.parent
SITE = Path(sysconfig.get_paths()["purelib"]).resolve()

pytestmark = pytest.mark.skipif(
    os.environ.get("BRIEF_TEST_INSTALLED") != "1",
    reason="checks the installed package; .ci/run sets BRIEF_TEST_INSTALLED=1")


def assert_installed(module_file: str) -> None:
    path = Path(module_file).resolve()
    assert path.is_relative_to(SITE), f"translator imported from {path}, not from {SITE}"
    # (CI's venv, .venv-ci, lies inside the checkout: what must not be used is its source.)
    assert not path.is_relative_to(ROOT / "translator"), f"imported the checkout's {path}"


def test_the_tests_import_the_installed_package():
    assert_installed(translator.__file__)


def test_a_child_started_in_the_checkout_imports_the_installed_package():
    """`python -c` and `python -m` put the cwd first on sys.path (unless PYTHONSAFEPATH=1, which
    .ci/run sets): tests that start `brief` with cwd=ROOT would run the checkout."""
    proc = subprocess.run([sys.executable, "-c", "import translator; print(translator.__file__)"],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert_installed(proc.stdout.strip())

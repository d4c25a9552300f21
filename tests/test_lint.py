"""The code stays ruff clean (ruff is in the test extra, so CI checks it with the tests)."""

import shutil
import subprocess
import sys

from tests.conftest import PROJECT_ROOT


def test_ruff_is_clean() -> None:
    command = [shutil.which("ruff") or sys.executable, *([] if shutil.which("ruff") else ["-m", "ruff"])]
    result = subprocess.run([*command, "check", "."], cwd=PROJECT_ROOT, capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr

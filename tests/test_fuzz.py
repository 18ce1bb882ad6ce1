"""A few hundred fuzz cases (benchmarks/fuzz.py) through clean, annotate and analyze: no crash.

Run in a fresh process so its memory is measured against the bound alone (300 MB + 20 times
the input, plus hypothesis's own share), not with whatever the other tests loaded.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from conftest import REPO, shared_path


@pytest.mark.slow
def test_two_hundred_fuzz_cases_do_not_crash() -> None:
    assert (shared_path() / "seeds").is_dir(), f"seed articles not found under {shared_path()}"
    env = {**os.environ, "PYTHONPATH": str(REPO / "src") + os.pathsep + os.environ.get("PYTHONPATH", "")}
    out = subprocess.run(
        [
            sys.executable,
            str(REPO / "benchmarks" / "fuzz.py"),
            "--cases",
            "200",
            "--seed",
            "5",
            "--shared",
            str(shared_path()),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=1500,
    )
    assert "cases 200" in out.stdout, out.stdout + out.stderr[-3000:]
    assert out.returncode == 0 and "crashes 0;" in out.stdout, out.stdout[-5000:]

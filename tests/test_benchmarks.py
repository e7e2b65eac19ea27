"""The benchmark scripts still run against the current app (they print figures, assert nothing).

A benchmark that silently broke (e.g. waiting for a window that changed) would leave
docs/performance.md unreproducible; this runs each with its smallest settings.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

SMALL_RUNS = [
    ("startup.py", ["--runs", "1"], "ratio"),
    ("keystroke.py", ["--keys", "20"], "per keystroke: p50"),
    ("memory.py", ["--runs", "1"], "54 question cards"),
    ("pdf.py", [], "pages"),
    ("merge.py", ["--editors", "3", "--rounds", "2", "--examples", "0"], "3 bundles: full form"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("script", "args", "expected"), SMALL_RUNS, ids=[s for s, _, _ in SMALL_RUNS])
def test_benchmark_runs_and_prints_its_summary(script: str, args: list[str], expected: str) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / script), *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, result.stderr[-2000:]
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert lines and expected in "\n".join(lines), result.stdout[-2000:]

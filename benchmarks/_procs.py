"""Whole-process timing for the benchmarks: wall time and peak RSS of one child, and
anchors measured alternately with the figure in the same run (medians).

Children run with bytecode caching on (PYTHONDONTWRITEBYTECODE removed) after a warm-up
run, as an installed app runs; the machine may be shared, so each pair is run one after
the other, alternating, and the medians are compared.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def child_env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    return env


@dataclass
class Run:
    seconds: float
    peak_rss_mib: float
    cpu_seconds: float = 0.0  # user + system: less sensitive than wall time to a busy machine


def run_process(argv: Sequence[str], *, env: dict[str, str] | None = None, before: object = None) -> Run:
    """Run one child to its end; its wall time and its own peak RSS (os.wait4)."""
    if callable(before):
        before()
    started = time.perf_counter()
    proc = subprocess.Popen(list(argv), cwd=ROOT, env=env or child_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert proc.stderr is not None
    _pid, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    err = proc.stderr.read().decode("utf-8", "replace")
    proc.stderr.close()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(argv[:4])} … exited {proc.returncode}: {err.strip()[-400:]}")
    peak = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
    return Run(seconds, peak, usage.ru_utime + usage.ru_stime)


@dataclass
class Pair:
    figure: list[Run]
    anchor: list[Run]

    @property
    def seconds(self) -> float:
        return statistics.median(r.seconds for r in self.figure)

    @property
    def anchor_seconds(self) -> float:
        return statistics.median(r.seconds for r in self.anchor)

    @property
    def cpu(self) -> float:
        return statistics.median(r.cpu_seconds for r in self.figure)

    @property
    def anchor_cpu(self) -> float:
        return statistics.median(r.cpu_seconds for r in self.anchor)

    @property
    def rss(self) -> float:
        return statistics.median(r.peak_rss_mib for r in self.figure)

    @property
    def anchor_rss(self) -> float:
        return statistics.median(r.peak_rss_mib for r in self.anchor)


def alternate(figure: Sequence[str], anchor: Sequence[str], runs: int, *, before_figure: object = None) -> Pair:
    """`runs` runs of each, alternating (anchor first), after one warm-up run of each."""
    run_process(anchor)
    run_process(figure, before=before_figure)
    pair = Pair([], [])
    for _ in range(runs):
        pair.anchor.append(run_process(anchor))
        pair.figure.append(run_process(figure, before=before_figure))
    return pair


def result(name: str, figure: str, anchor: str, ratio: str, goal: str, met: bool) -> None:
    """One line run_all.py reads: a figure next to its anchor."""
    print(
        "RESULT "
        + json.dumps({"name": name, "figure": figure, "anchor": anchor, "ratio": ratio, "goal": goal, "met": met}, ensure_ascii=False)
    )

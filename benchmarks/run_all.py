"""Run every benchmark in benchmarks/ as its own process and print a table of figures.

    python benchmarks/run_all.py [--only NAME ...] [--skip NAME ...] [--markdown]

The known benchmarks run in a fixed order; any other script in benchmarks/ (not starting
with "_", not a child helper) runs after them. A benchmark's figures are the last line
it prints (each script ends with a summary line); a missing script shows "not present".
Lines a benchmark prints as `RESULT {json}` (benchmarks/_procs.py `result`) are figures
measured next to their anchor in the same run; they make the second table: figure,
anchor, ratio, goal, met. Exit 0 if every present benchmark exited 0.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
#: The issue's benchmarks, in the order they are run and shown.
KNOWN = ("startup", "keystroke", "pdf", "merge", "memory", "killtest")
NOT_BENCHMARKS = {"run_all", "killtest_child", "conftest", "pdf_floor"}
TIMEOUT_S = 3600


@dataclass
class Row:
    name: str
    status: str
    seconds: float | None
    figures: str
    results: list[dict[str, object]] | None = None


def discover() -> list[str]:
    present = {p.stem for p in HERE.glob("*.py") if not p.stem.startswith("_") and p.stem not in NOT_BENCHMARKS}
    return [*KNOWN, *sorted(present - set(KNOWN))]


def run_one(name: str) -> Row:
    script = HERE / f"{name}.py"
    if not script.is_file():
        return Row(name, "not present", None, "")
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    started = time.monotonic()
    try:
        result = subprocess.run([sys.executable, str(script)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        return Row(name, f"timeout after {TIMEOUT_S} s", time.monotonic() - started, "")
    seconds = time.monotonic() - started
    results = [json.loads(line[len("RESULT ") :]) for line in result.stdout.splitlines() if line.startswith("RESULT {")]
    lines = [line.strip() for line in result.stdout.splitlines() if line.strip() and not line.startswith("RESULT {")]
    if result.returncode != 0:
        detail = ([line.strip() for line in result.stderr.splitlines() if line.strip()] or lines or ["no output"])[-1]
        return Row(name, f"failed (exit {result.returncode})", seconds, detail)
    return Row(name, "ok", seconds, lines[-1] if lines else "(printed nothing)", results)


def machine() -> str:
    cpu = platform.processor() or "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs ({cpu}), Python {platform.python_version()}"


def render(rows: list[Row], markdown: bool) -> str:
    def cell(row: Row) -> list[str]:
        return [row.name, row.status, "" if row.seconds is None else f"{row.seconds:.0f} s", row.figures]

    header = ["benchmark", "status", "took", "figures"]
    body = [cell(r) for r in rows]
    if markdown:
        lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        lines += ["| " + " | ".join(c.replace("|", "\\|") for c in row) + " |" for row in body]
        return "\n".join(lines)
    widths = [max(len(r[i]) for r in [header, *body]) for i in range(3)]
    lines = []
    for row in [header, *body]:
        lines.append("  ".join(row[i].ljust(widths[i]) for i in range(3)) + "  " + row[3])
    return "\n".join(lines)


def render_results(rows: list[Row], markdown: bool) -> str:
    """Each figure next to its anchor, measured in the same run."""
    header = ["benchmark", "figure", "now", "anchor", "ratio", "goal", "met"]
    body = [
        [row.name, str(r["name"]), str(r["figure"]), str(r["anchor"]), str(r["ratio"]), str(r["goal"]), "yes" if r["met"] else "NO"]
        for row in rows
        for r in row.results or []
    ]
    if not body:
        return ""
    if markdown:
        lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        lines += ["| " + " | ".join(c.replace("|", "\\|") for c in row) + " |" for row in body]
        return "\n".join(lines)
    widths = [max(len(r[i]) for r in [header, *body]) for i in range(len(header))]
    return "\n".join("  ".join(row[i].ljust(widths[i]) for i in range(len(header))) for row in [header, *body])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="+", metavar="NAME", help="run only these")
    parser.add_argument("--skip", nargs="+", metavar="NAME", default=[], help="leave these out")
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    args = parser.parse_args(argv)
    names = [n for n in (args.only or discover()) if n not in args.skip]
    print(f"machine: {machine()}", flush=True)
    rows = []
    for name in names:
        print(f"running {name} ...", flush=True)
        rows.append(run_one(name))
    print(render(rows, args.markdown))
    measured = render_results(rows, args.markdown)
    if measured:
        print()
        print(measured)
    return 0 if all(r.status in ("ok", "not present") for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())

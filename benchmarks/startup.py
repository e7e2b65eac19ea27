"""Time to an interactive window: the app with the full Halland draft vs a bare PySide6 window.

Each run is a fresh interpreter; the time is measured inside it from the first line of
the script (before Qt is imported) to the end of the first event-loop pass after show().
Prints the median of several runs of each and the ratio.

    QT_QPA_PLATFORM=offscreen python benchmarks/startup.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _halland import ROOT, halland_data_dir

BARE = """
import time; t0 = time.perf_counter()
import sys
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.setCentralWidget(QLabel("hej")); w.resize(1400, 900); w.show()
app.processEvents()
print((time.perf_counter() - t0) * 1000)
"""

FULL = """
import time; t0 = time.perf_counter()
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from naravard_desktop.ui.main_window import MainWindow
app = QApplication(sys.argv[:1])
w = MainWindow(Path(sys.argv[1]), draft_id=sys.argv[2]); w.resize(1400, 900); w.show()
app.processEvents()
assert w.form_view is not None and len(w.form_view.cards) > 50
print((time.perf_counter() - t0) * 1000)
w.close()
"""


def run(code: str, *extra: str) -> float:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = subprocess.run([sys.executable, "-c", code, *extra], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    data_dir = Path(tempfile.mkdtemp(prefix="naravard-bench-"))
    draft_id = halland_data_dir(data_dir)
    run(BARE)  # warm the file cache
    run(FULL, str(data_dir), draft_id)
    bare = [run(BARE) for _ in range(args.runs)]
    full = []
    for _ in range(args.runs):
        (data_dir / "desktop-running.lock").unlink(missing_ok=True)
        full.append(run(FULL, str(data_dir), draft_id))
    b, f = statistics.median(bare), statistics.median(full)
    print(f"bare PySide6 window: median {b:.0f} ms over {args.runs} runs (min {min(bare):.0f})")
    print(f"Närvård desktop, Halland draft open: median {f:.0f} ms over {args.runs} runs (min {min(full):.0f})")
    print(f"app {f:.0f} ms vs bare window {b:.0f} ms to an interactive window: ratio {f / b:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())

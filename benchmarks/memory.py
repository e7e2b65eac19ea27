"""Peak memory (RSS) of the app with the full Halland draft vs a bare PySide6 window,
after the app has settled (every question card built in idle time).

startup.py measures the peak of the start-up itself (the issue's figure: draft open,
first paint); this one lets both windows run 1.5 s, so the app's number includes all 54
cards. Each measurement is a fresh child process that starts, shows its window, lets the event
loop run for a moment and quits; the child reports its own peak RSS
(resource.getrusage ru_maxrss). The app child is the real MainWindow over a data dir holding Region Halland's 2024 answers, with that
draft open in the editor (as in startup.py).

    python benchmarks/memory.py [--runs 3]

Linux and macOS (resource module); prints a summary line last.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _halland import ROOT, halland_data_dir
from _procs import result

SETTLE_MS = 1500


def _peak_rss_mib() -> float:
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / 1024 if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KiB on Linux


def child_bare() -> dict:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QPlainTextEdit())
    window.resize(1400, 900)
    window.show()
    QTimer.singleShot(SETTLE_MS, app.quit)
    app.exec()
    return {"peak_rss_mib": _peak_rss_mib()}


def child_app(data_dir: str, draft_id: str) -> dict:
    """The real main window with the draft open in the editor (every question card built)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from naravard_desktop.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    window = MainWindow(Path(data_dir), draft_id=draft_id)
    window.resize(1400, 900)
    window.show()
    report: dict = {}

    def count_and_quit() -> None:
        report["cards"] = len(window.form_view.cards) if window.form_view is not None else 0
        report["built"] = len(window.form_view.built_cards()) if window.form_view is not None else 0
        window.close()
        app.quit()

    QTimer.singleShot(SETTLE_MS, count_and_quit)
    app.exec()
    return {**report, "peak_rss_mib": _peak_rss_mib()}


def _run_child(*args: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    result = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--child", *args], capture_output=True, text=True, env=env, cwd=ROOT, timeout=300
    )
    if result.returncode != 0:
        raise SystemExit(f"memory: child {args[0]} failed: {result.stderr.strip()[-500:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        kind = args.child[0]
        print(json.dumps(child_bare() if kind == "bare" else child_app(args.child[1], args.child[2])))
        return 0
    with tempfile.TemporaryDirectory(prefix="naravard-memory-") as tmp:
        draft_id = halland_data_dir(Path(tmp))
        bare = [_run_child("bare")["peak_rss_mib"] for _ in range(args.runs)]
        apps = []
        for _ in range(args.runs):
            (Path(tmp) / "desktop-running.lock").unlink(missing_ok=True)
            apps.append(_run_child("app", tmp, draft_id))
    app_peaks = [a["peak_rss_mib"] for a in apps]
    opened = f"draft open in the editor, {apps[0]['cards']} question cards ({min(a['built'] for a in apps)} built)"
    print(f"bare PySide6 window: peak RSS {', '.join(f'{x:.1f}' for x in bare)} MiB")
    print(f"app with Halland draft: peak RSS {', '.join(f'{x:.1f}' for x in app_peaks)} MiB ({opened})")
    b, a = statistics.median(bare), statistics.median(app_peaks)
    result("settled peak memory", f"{a:.1f} MiB", f"bare window {b:.1f} MiB", f"+{a - b:.1f} MiB", "<= +60 MiB", a - b <= 60)
    print(f"peak RSS median of {args.runs}: app {a:.1f} MiB vs bare window {b:.1f} MiB (ratio {a / b:.2f}, +{a - b:.1f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

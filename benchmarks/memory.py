"""Peak memory (RSS) of the app with the full Halland draft vs a bare PySide6 window.

Each measurement is a fresh child process that starts, shows its window, lets the event
loop run for a moment and quits; the child reports its own peak RSS
(resource.getrusage ru_maxrss). The app child starts through naravard_desktop.ui.app.main
with --data-dir pointing at a data dir holding Region Halland's 2024 answers, and opens
that draft if the main window offers a way to (open_draft/load_draft/show_draft).

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

ROOT = Path(__file__).resolve().parent.parent
HALLAND = ROOT / "tests" / "fixtures" / "answers-halland-2024.json"
FORM_FILE = ROOT / "forms" / "sos-gnv-regioner-2024.json"
SETTLE_MS = 1500
OPEN_METHODS = ("open_draft", "load_draft", "show_draft")


def _peak_rss_mib() -> float:
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / 1024 if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KiB on Linux


def make_halland_data_dir(data_dir: Path) -> str:
    from naravard_desktop.core.forms import load_form
    from naravard_desktop.core.interchange import import_answers, read_answers_file
    from naravard_desktop.core.store import DraftStore

    form = load_form(FORM_FILE)
    with DraftStore(data_dir, editor_name="Benchmark") as store:
        draft = store.create_draft(form.id, "Svar 2024", "Region Halland")
        import_answers(store, form, draft.id, read_answers_file(HALLAND))
        return draft.id


def child_bare() -> dict:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(900, 640)
    window.show()
    QTimer.singleShot(SETTLE_MS, app.quit)
    app.exec()
    return {"peak_rss_mib": _peak_rss_mib()}


def child_app(data_dir: str, draft_id: str) -> dict:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    from naravard_desktop.ui import app as ui_app

    app = QApplication(sys.argv[:1])
    report: dict = {"opened_with": None}

    def open_and_quit() -> None:
        windows = [w for w in app.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
        for window in windows:
            for name in OPEN_METHODS:
                if callable(getattr(window, name, None)):
                    getattr(window, name)(draft_id)
                    report["opened_with"] = f"{type(window).__name__}.{name}"
                    break
        QTimer.singleShot(SETTLE_MS, app.quit)

    QTimer.singleShot(0, open_and_quit)
    code = ui_app.main(["--data-dir", data_dir])
    report.update({"exit": code, "peak_rss_mib": _peak_rss_mib()})
    return report


def _run_child(*args: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    result = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--child", *args], capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
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
    sys.path.insert(0, str(ROOT))
    with tempfile.TemporaryDirectory(prefix="naravard-memory-") as tmp:
        draft_id = make_halland_data_dir(Path(tmp))
        bare = [_run_child("bare")["peak_rss_mib"] for _ in range(args.runs)]
        apps = [_run_child("app", tmp, draft_id) for _ in range(args.runs)]
    app_peaks = [a["peak_rss_mib"] for a in apps]
    opened = apps[0]["opened_with"] or "not opened: the main window has no open_draft() yet (draft listed only)"
    print(f"bare PySide6 window: peak RSS {', '.join(f'{x:.1f}' for x in bare)} MiB")
    print(f"app with Halland draft: peak RSS {', '.join(f'{x:.1f}' for x in app_peaks)} MiB ({opened})")
    b, a = statistics.median(bare), statistics.median(app_peaks)
    print(f"peak RSS median of {args.runs}: app {a:.1f} MiB vs bare window {b:.1f} MiB (ratio {a / b:.2f}, +{a - b:.1f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

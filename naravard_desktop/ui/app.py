"""`naravard-desktop`: start the Qt application."""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from types import TracebackType

from naravard_desktop.core import paths

log = logging.getLogger("naravard")


def install_excepthook(log_file: Path) -> None:
    """Uncaught exceptions go to the log dir (and to a dialog once the UI runs)."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        with log_file.open("a", encoding="utf-8") as fh:
            fh.write(f"--- {datetime.now().isoformat()} uncaught exception\n{text}\n")
        sys.__excepthook__(exc_type, exc, tb)

    sys.excepthook = hook


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="naravard-desktop", description="Närvård desktop")
    parser.add_argument("--data-dir", metavar="DIR", help="datakatalog (standard: användarens datakatalog)")
    parser.add_argument("--self-test", action="store_true", help="ladda formulär, öppna ett utkast och avsluta (för paketering)")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    data_dir = paths.resolve_data_dir(args.data_dir)
    install_excepthook(paths.log_dir(data_dir) / "naravard-desktop.log")

    from PySide6.QtWidgets import QApplication

    from naravard_desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Närvård desktop")
    window = MainWindow(data_dir)
    window.show()
    if args.self_test:
        ok = window.self_test()
        window.close()
        return 0 if ok else 1
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

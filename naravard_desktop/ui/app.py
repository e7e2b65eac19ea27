"""`naravard-desktop`: start the Qt application."""

from __future__ import annotations

import argparse
import gc
import logging
import os
import signal
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

from naravard_desktop.core.storage import paths
from naravard_desktop.core.untrusted import error_record

log = logging.getLogger("naravard")

LOG_FILENAME = "naravard-desktop.log"

#: Called (best effort) after an uncaught exception, e.g. to write pending answers.
on_uncaught: list[Callable[[], object]] = []

#: Text typed by `--test-typing` (crash-recovery test and benchmarks): predictable ASCII (QTest types
#: only that), so a test can check that what reached the database is a prefix of it.
TEST_TYPING_TEXT = "".join(f"Rad {n:03d} av det som skrivs innan appen stoppas. " for n in range(200))  # not UI text


def show_error_dialog(text: str, log_file: Path) -> None:
    """A non-modal dialog so an error inside an event handler never blocks or exits."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        app.translate("app", "Ett oväntat fel"),
        app.translate(
            "app", "Ett oväntat fel inträffade. Dina svar sparas automatiskt; det som hann sparas finns kvar.\n\nFelet är loggat i {log}."
        ).format(log=log_file),
    )
    box.setDetailedText(text)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()
    shown_errors.append(box)


shown_errors: list[object] = []


def _wait_for_error_dialogs() -> None:
    """Before the event loop runs (a failed start) the error dialog would vanish unseen: wait for it."""
    for box in list(shown_errors):
        try:
            if box.isVisible():  # type: ignore[attr-defined]
                box.exec()  # type: ignore[attr-defined]
        except RuntimeError:  # already closed and deleted
            pass


class NoUserTextFormatter(logging.Formatter):
    """Exceptions in the log as type and stack locations only: their messages may quote
    answers, names or personnummer (docs/submission.md)."""

    def formatException(self, ei: Any) -> str:  # noqa: N802 - logging's name
        _type, exc, _tb = ei
        return error_record("exception", exc).rstrip("\n") if exc is not None else ""


def install_excepthook(log_file: Path) -> None:
    """Uncaught exceptions go to the log dir and to a dialog once the UI runs; never a silent exit."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        try:
            with log_file.open("a", encoding="utf-8") as fh:  # no user text in the log (docs/submission.md)
                fh.write(error_record("uncaught exception", exc.with_traceback(tb)))
        except OSError:
            pass
        sys.__excepthook__(exc_type, exc, tb)
        for callback in list(on_uncaught):
            try:
                callback()
            except Exception:  # noqa: BLE001 - best effort while handling another error
                pass
        try:
            show_error_dialog(text, log_file)
        except Exception:  # noqa: BLE001
            pass

    sys.excepthook = hook


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="naravard-desktop", description="Närvård desktop")
    parser.add_argument("--data-dir", metavar="DIR", help="datakatalog (standard: användarens datakatalog)")
    parser.add_argument("--draft", metavar="ID", help="öppna det här utkastet (id eller början av id)")
    parser.add_argument("--self-test", action="store_true", help="ladda formulär, öppna ett utkast och avsluta (för paketering)")
    parser.add_argument("--test-typing", metavar="FIELD", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    data_dir = paths.resolve_data_dir(args.data_dir)
    log_file = paths.log_dir(data_dir) / LOG_FILENAME
    install_excepthook(log_file)
    # Warnings and handled errors (an unclean exit recovered, a failed autosave) go to the log dir too.
    handler = logging.FileHandler(log_file, encoding="utf-8", delay=True)
    handler.setLevel(logging.WARNING)
    handler.setFormatter(NoUserTextFormatter("--- %(asctime)s %(levelname)s %(message)s"))
    log.addHandler(handler)
    try:
        return _run(args, data_dir)
    except Exception:  # noqa: BLE001 - a failed start is logged and shown, never a silent exit
        sys.excepthook(*sys.exc_info())
        if not args.self_test:
            _wait_for_error_dialogs()
        return 1
    finally:
        log.removeHandler(handler)
        handler.close()


def _run(args: argparse.Namespace, data_dir: Path) -> int:
    from PySide6.QtWidgets import QApplication

    use_plain_imports()

    from naravard_desktop.ui import i18n
    from naravard_desktop.ui.settings import KEY_LANGUAGE, app_settings
    from naravard_desktop.ui.storage.backups import open_main_window

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Närvård desktop")
    i18n.install_language(str(app_settings(data_dir).value(KEY_LANGUAGE) or i18n.DEFAULT_LANGUAGE))
    # A damaged database offers a backup to restore; other store errors are shown (ui/storage/backups.py).
    window = open_main_window(data_dir, args.draft, interactive=not args.self_test)
    if window is None:
        return 2
    on_uncaught.append(window.save_now)
    window.show()
    if args.self_test:
        app.processEvents()  # the first paint, as a user would see the window
        ok = window.self_test()
        window.close()
        return 0 if ok else 1
    if not gc.isenabled():  # started by run(): the collector comes back after the first paint
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, collect_from_now_on)
    _close_on_terminate(window)  # before any dialog: SIGTERM during the first-start question still saves
    window.backups.backup_on_start()  # on a worker thread; a failure is shown in the status bar
    window.ensure_display_name()
    if args.test_typing:
        typist = _TestTypist(window, args.test_typing)
        typist.start()
    return app.exec()


def use_plain_imports() -> None:
    """Python's own `__import__` again after PySide's. PySide replaces it to offer
    `from __feature__ import snake_case, true_property`, which this app does not use (a test
    checks that), and its hook reads the source of every module imported afterwards to
    look for that line (PYSIDE-2029): ~15 ms of the start-up. PySide documents the original
    as `builtins.__orig_import__`."""
    import builtins

    original = getattr(builtins, "__orig_import__", None)
    if original is not None:
        builtins.__import__ = original


def _close_on_terminate(window: object) -> None:
    """SIGTERM (logout, `kill`) closes the window like the user would: answers written, marker removed."""
    from PySide6.QtCore import QTimer

    def on_signal(_signum: int, _frame: object) -> None:
        window.close()  # type: ignore[attr-defined]

    signal.signal(signal.SIGTERM, on_signal)
    # Python runs signal handlers only when it gets control; a light timer gives it that.
    ticker = QTimer(window)  # type: ignore[arg-type]
    ticker.setInterval(300)
    ticker.timeout.connect(_noop)
    ticker.start()


def _noop() -> None:
    pass


class _TestTypist:
    """Types TEST_TYPING_TEXT into one field, a key every 15 ms (test-only, hidden flag)."""

    def __init__(self, window: object, key: str):
        from PySide6.QtCore import QTimer

        self.window = window
        self.key = key
        self.position = 0
        self.timer = QTimer()
        self.timer.setInterval(15)
        self.timer.timeout.connect(self.type_one)
        window.draft_closed.connect(self.timer.stop)  # type: ignore[attr-defined]

    def start(self) -> None:
        widget = self.window.form_view.field_widget(self.key)  # type: ignore[attr-defined]
        widget.edit.setFocus()
        self.target = widget.edit
        self.timer.start()

    def type_one(self) -> None:
        from PySide6.QtTest import QTest

        if self.position >= len(TEST_TYPING_TEXT):
            self.timer.stop()
            return
        QTest.keyClicks(self.target, TEST_TYPING_TEXT[self.position])
        self.position += 1


def run() -> None:
    """The console entry (`naravard-desktop`, `python -m naravard_desktop.ui.app`, the frozen
    app): `main()`, then the process ends at once. The cyclic garbage collector waits until
    the window is up (`collect_from_now_on`): the start makes many objects and few cycles."""
    gc.disable()
    end_process(main())


def collect_from_now_on() -> None:
    """After the first paint: the objects made so far (modules, classes, the window) are
    kept out of every later collection (gc.freeze), then the collector runs again, so a
    collection while typing scans only what was made since."""
    gc.freeze()
    gc.enable()


def end_process(code: int) -> None:
    """End the process after `main()` closed the window in order (answers written, the
    database closed, settings synced, the run marker removed, backups waited for): the logs
    and streams are flushed, then the process exits without Python's module teardown and
    Qt's widget-by-widget destruction (~40 ms, more with many cards; PySide has crashed in
    that teardown before). While the app owns the clipboard the normal exit runs instead: Qt
    hands the clipboard to the desktop's clipboard manager then, so a copied answer can still
    be pasted into the web form after the app closed."""
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError, AttributeError):  # closed or no console (a GUI start)
            pass
    if _owns_clipboard():
        sys.exit(code)
    os._exit(code)


def _owns_clipboard() -> bool:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return False
    return bool(QGuiApplication.clipboard().ownsClipboard())  # the X11 selection is not handed over anyway


if __name__ == "__main__":
    run()

"""UI fixtures: a main window over a throw-away data dir."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from naravard_desktop.core.storage.store import DraftStore

FORM_ID = "sos-gnv-regioner-2024"


@pytest.fixture
def make_window(qtbot, data_dir: Path) -> Iterator[Callable[..., object]]:  # type: ignore[no-untyped-def]
    from naravard_desktop.ui.main_window import MainWindow

    windows: list[MainWindow] = []

    def make(**kwargs: object) -> MainWindow:
        window = MainWindow(data_dir, **kwargs)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield make
    # Closed and destroyed here, not when the garbage collector meets them later: a window
    # destroyed by a collection in the middle of another test took that test's widgets
    # down with it ("Internal C++ object … already deleted", once a crash).
    from PySide6.QtCore import QCoreApplication, QEvent

    for window in windows:
        window.close()
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    windows.clear()


@pytest.fixture
def empty_draft(data_dir: Path) -> str:
    with DraftStore(data_dir) as store:
        store.set_editor_name("Testare")
        return store.create_draft(FORM_ID, "Test", "Region Test").id


@pytest.fixture
def window(make_window, empty_draft):  # type: ignore[no-untyped-def]
    return make_window(draft_id=empty_draft)


@pytest.fixture
def stored_values() -> Callable[[Path, str], dict[str, object]]:
    """What the database holds, read by the core (not the UI)."""

    def read(data_dir: Path, draft_id: str) -> dict[str, object]:
        with DraftStore(data_dir) as store:
            return store.current_values(draft_id)

    return read


@pytest.fixture
def quiet_main(monkeypatch):  # type: ignore[no-untyped-def]
    """`app.main` without global side effects: no SIGTERM handler, excepthook restored.
    `quiet_main(qtbot, check)` makes the event loop call `check(window)`, then close it."""
    import sys

    from PySide6.QtWidgets import QApplication

    from naravard_desktop.ui import app as app_module
    from naravard_desktop.ui.main_window import MainWindow

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(app_module, "on_uncaught", [])
    monkeypatch.setattr(app_module, "_close_on_terminate", lambda window: None)
    seen: dict[str, object] = {}

    def run_event_loop(qtbot, check):  # type: ignore[no-untyped-def]
        def fake_exec(_app: object) -> int:
            windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
            assert len(windows) == 1
            window = windows[0]
            seen["window"] = window
            try:
                check(window)
            finally:
                window.close()
                window.deleteLater()
            return 0

        monkeypatch.setattr(QApplication, "exec", fake_exec)
        return seen

    return run_event_loop


@pytest.fixture
def come_back(qtbot):  # type: ignore[no-untyped-def]
    """`come_back(window)`: the user switches back to the window from another program (the
    window manager activates it again)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    def come_back(window: object) -> None:
        window.activateWindow()  # type: ignore[attr-defined]
        qtbot.waitUntil(window.isActiveWindow)  # type: ignore[attr-defined]
        QApplication.sendEvent(window, QEvent(QEvent.Type.ActivationChange))  # type: ignore[arg-type]

    return come_back

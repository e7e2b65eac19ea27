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
    for window in windows:
        window.close()


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

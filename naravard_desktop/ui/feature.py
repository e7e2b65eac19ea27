"""The base of the window's features (installed by ui/extensions.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from naravard_desktop.ui.main_window import MainWindow
    from naravard_desktop.ui.session import DraftSession


class WindowFeature(QObject):
    """A child of the main window that works on its open draft. `session` is read from the
    window each time, never kept: a draft closes and another opens under the feature."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window

    @property
    def session(self) -> DraftSession | None:
        return self.window.session

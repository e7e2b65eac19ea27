"""Hjälp › Kortkommandon…: the action; the dialog (ui/shortcuts_dialog.py) loads when opened.
Installed through ui/extensions.py, last: the dialog reads the other features' keys."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from naravard_desktop.ui.shortcuts_dialog import ShortcutsDialog


class Shortcuts(QObject):
    def __init__(self, window: Any):
        super().__init__(window)
        self.window = window
        self.dialog: ShortcutsDialog | None = None
        action = window.registry.add("shortcuts", lambda: self.tr("&Kortkommandon…"), self.show_dialog, menu="help")
        window.registry.place("help", [action], first=True)  # first in Hjälp

    def show_dialog(self) -> ShortcutsDialog:
        from naravard_desktop.ui.shortcuts_dialog import ShortcutsDialog

        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = ShortcutsDialog(self.window, self.window)
        self.dialog.open()
        return self.dialog


def install(window: Any) -> None:
    window.shortcuts = Shortcuts(window)

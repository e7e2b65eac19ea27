"""Hjälp › Kortkommandon…: every menu action that has a key, read from the action registry
when the dialog opens, so it always lists the keys the window really has (platform
standard keys, later features, the current language)."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget


def plain(text: str) -> str:
    """A menu text without its mnemonic marker and trailing dots: "&Fråga nummer…" → "Fråga nummer"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").rstrip(".")


def native(keys: str | QKeySequence) -> str:
    """Keys as this platform writes them (Ctrl+G; ⌘G on macOS)."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def typed(keys: QKeySequence) -> bool:
    """A key a user types (Ctrl+G, F8), not one of X11's extra bindings for keyboards with
    "Open"/"Undo" keys or F13+, which Qt adds to the standard keys on Linux."""
    text = keys.toString(QKeySequence.SequenceFormat.PortableText)
    return "+" in text or re.fullmatch(r"F([1-9]|1[0-2])", text) is not None


def shortcut_rows(window: Any) -> list[tuple[str, list[tuple[str, str]]]]:
    """(menu title, [(action text, keys)]) in menu-bar order, only actions with keys."""
    rows = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if menu is None:
            continue
        entries = []
        for action in menu.actions():
            keys = [native(k) for k in action.shortcuts() if typed(k)]
            if keys and not action.isSeparator():
                entries.append((plain(action.text()), ", ".join(keys)))
        if entries:
            rows.append((plain(menu.title()), entries))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, window: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kortkommandon"))
        self.resize(520, 560)
        layout = QVBoxLayout(self)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Kommando"), self.tr("Tangenter")])
        self.tree.setAccessibleName(self.tr("Kortkommandon"))
        self.tree.setRootIsDecorated(False)
        from naravard_desktop.ui.submission.transfer_mode import COPY_SHORTCUT, MARK_SHORTCUT, NEXT_SHORTCUT, PREVIOUS_SHORTCUT

        transfer = (
            self.tr("Överföringsläge (när det har fokus)"),
            [
                (self.tr("Kopiera svarstexten"), native(COPY_SHORTCUT)),
                (self.tr("Markera som överförd / ångra markering"), native(MARK_SHORTCUT)),
                (self.tr("Föregående fråga"), native(PREVIOUS_SHORTCUT)),
                (self.tr("Nästa fråga"), native(NEXT_SHORTCUT)),
            ],
        )
        for title, entries in [*shortcut_rows(window), transfer]:
            heading = QTreeWidgetItem(self.tree, [title, ""])
            font = heading.font(0)
            font.setBold(True)
            heading.setFont(0, font)
            for text, keys in entries:
                QTreeWidgetItem(self.tree, [f"  {text}", keys])
        self.tree.resizeColumnToContents(0)
        layout.addWidget(self.tree)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("Stäng"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

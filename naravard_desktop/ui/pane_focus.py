"""Gå till › Nästa/Föregående panel (F6 / Shift+F6): move the keyboard between the
navigator, the questionnaire and the docks that are showing, as in most desktop apps, so
a keyboard user never has to Tab through 50 questions to reach Kontroll."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget

FOCUS_CHAIN_LIMIT = 5000  # widgets walked at most when looking for a pane's first input


def first_focusable(pane: QWidget) -> QWidget | None:
    """The pane itself when it takes focus, else its first input in Tab order."""
    if pane.focusPolicy() & Qt.FocusPolicy.TabFocus and pane.isEnabled():
        return pane
    widget = pane.nextInFocusChain()
    for _ in range(FOCUS_CHAIN_LIMIT):
        if widget is None or widget is pane:
            return None
        if pane.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            return widget
        widget = widget.nextInFocusChain()
    return None


class PaneFocus(QObject):
    def __init__(self, window: Any):
        super().__init__(window)
        self.window = window
        r = window.registry
        r.add("next-pane", lambda: self.tr("Nästa &panel"), self.next_pane, menu="go", shortcut="F6", separator_before=True)
        r.add("previous-pane", lambda: self.tr("Föregående p&anel"), self.previous_pane, menu="go", shortcut="Shift+F6")

    def panes(self) -> list[QWidget]:
        """Navigator, questionnaire, then each dock whose tab is in front, as laid out."""
        window = self.window
        found: list[QWidget] = []
        if window.navigator is not None and window.navigator.isVisible():
            found.append(window.navigator.tree)
        if window.form_view is not None and window.form_view.isVisible():
            found.append(window.form_view)
        for dock in window.registry.docks.values():
            content = dock.widget()
            if content is not None and dock.isVisible() and not dock.visibleRegion().isEmpty():
                found.append(content)
        return found

    def current_index(self, panes: list[QWidget]) -> int:
        focus = QApplication.focusWidget()
        for i, pane in enumerate(panes):
            if focus is not None and (focus is pane or pane.isAncestorOf(focus)):
                return i
        return -1

    def step(self, forward: bool) -> bool:
        panes = self.panes()
        if not panes:
            return False
        here = self.current_index(panes)
        for offset in range(1, len(panes) + 1):
            pane = panes[(here + (offset if forward else -offset)) % len(panes)]
            if pane is self.window.form_view:
                number = self.window.current_question()
                if number and self.window.go_to_question(number):
                    return True
            target = first_focusable(pane)
            if target is not None:
                target.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return True
        return False

    def next_pane(self) -> bool:
        return self.step(True)

    def previous_pane(self) -> bool:
        return self.step(False)


def install(window: Any) -> None:
    window.pane_focus = PaneFocus(window)

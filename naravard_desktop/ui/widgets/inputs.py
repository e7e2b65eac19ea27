"""Text inputs whose Ctrl+Z / Ctrl+Y go to the window's undo stack, not their own."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

_STACK_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


def _is_stack_shortcut(event: QEvent) -> bool:
    if event.type() != QEvent.Type.ShortcutOverride:
        return False
    assert isinstance(event, QKeyEvent)
    return any(event.matches(key) for key in _STACK_KEYS)


class AnswerTextEdit(QPlainTextEdit):
    """Multi-line answer text; Tab moves focus (keyboard-only use), nothing is ever cut."""

    pasted = Signal()

    def __init__(self, parent=None):  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)

    def event(self, event: QEvent) -> bool:
        if _is_stack_shortcut(event):
            event.ignore()
            return True
        return super().event(event)

    def insertFromMimeData(self, source) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().insertFromMimeData(source)
        self.pasted.emit()


class AnswerLineEdit(QLineEdit):
    """One-line answer text (links, "ange vad", numbers)."""

    def __init__(self, parent=None):  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setClearButtonEnabled(False)

    def event(self, event: QEvent) -> bool:
        if _is_stack_shortcut(event):
            event.ignore()
            return True
        return super().event(event)

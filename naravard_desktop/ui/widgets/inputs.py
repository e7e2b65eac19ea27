"""Text inputs whose Ctrl+Z / Ctrl+Y go to the window's undo stack, not their own.

A text box claims the undo keys for itself (ShortcutOverride), so the key press reaches
it; `keyPressEvent` hands it to the window's undo/redo action instead. Only key presses
pass through Python here: overriding `event()` would add Python work to every paint.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

_STACK_KEYS = ((QKeySequence.StandardKey.Undo, "action-undo"), (QKeySequence.StandardKey.Redo, "action-redo"))


def _to_window_stack(widget: QWidget, event: QKeyEvent) -> bool:
    for key, action_name in _STACK_KEYS:
        if event.matches(key):
            action = widget.window().findChild(QAction, action_name)
            if action is not None and action.isEnabled():
                action.trigger()
            return True
    return False


class AnswerTextEdit(QPlainTextEdit):
    """Multi-line answer text; Tab moves focus (keyboard-only use), nothing is ever cut."""

    pasted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if not _to_window_stack(self, event):
            super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt override
        super().insertFromMimeData(source)
        self.pasted.emit()


#: QLineEdit silently cuts text at 32767 characters by default; an answer is never cut.
LINE_EDIT_MAX_LENGTH = 2**31 - 1


class AnswerLineEdit(QLineEdit):
    """One-line answer text (links, "ange vad", numbers); never cuts a long paste."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaxLength(LINE_EDIT_MAX_LENGTH)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if not _to_window_stack(self, event):
            super().keyPressEvent(event)

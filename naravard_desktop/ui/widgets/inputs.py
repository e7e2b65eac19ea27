"""Text inputs whose Ctrl+Z / Ctrl+Y go to the window's undo stack, not their own.

A text box claims the undo keys for itself (ShortcutOverride), so the key press reaches
it; `keyPressEvent` hands it to the window's undo/redo action instead. Only key presses
pass through Python here: overriding `event()` would add Python work to every paint.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

#: Redo on every platform, besides the platform's own key: Ctrl+Y (Windows) and
#: Ctrl+Shift+Z (Linux, macOS) – people bring their habit from elsewhere.
EXTRA_REDO_KEYS = ("Ctrl+Y", "Ctrl+Shift+Z")


def redo_keys() -> list[QKeySequence]:
    """The redo action's shortcuts: the platform's standard ones first, then the extra ones."""
    keys = list(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo))
    for text in EXTRA_REDO_KEYS:
        key = QKeySequence(text)
        if key not in keys:
            keys.append(key)
    return keys


def _is_redo(event: QKeyEvent) -> bool:
    if event.matches(QKeySequence.StandardKey.Redo):
        return True
    pressed = QKeySequence(event.keyCombination())
    return any(pressed == QKeySequence(text) for text in EXTRA_REDO_KEYS)


def _to_window_stack(widget: QWidget, event: QKeyEvent) -> bool:
    if event.matches(QKeySequence.StandardKey.Undo):
        action_name = "action-undo"
    elif _is_redo(event):
        action_name = "action-redo"
    else:
        return False
    action = widget.window().findChild(QAction, action_name)
    if action is not None and action.isEnabled():
        action.trigger()
    return True


class AnswerTextEdit(QPlainTextEdit):
    """Multi-line answer text; Tab moves focus (keyboard-only use), nothing is ever cut."""

    pasted = Signal()
    resized = Signal()  # after the text was laid out for the new width
    shown = Signal()  # now its width is the one it is shown at

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.resized.emit()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.shown.emit()

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


class CommentTextEdit(QPlainTextEdit):
    """A comment or reply box: Tab / Shift+Tab leave it (no tab characters, no keyboard
    trap) and Ctrl+Enter posts it (`submitted`)."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        control = event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and control:
            self.submitted.emit()
            return
        super().keyPressEvent(event)

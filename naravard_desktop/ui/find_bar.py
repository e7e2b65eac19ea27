"""Find in questions and answers (Ctrl+F): a bar above the questionnaire."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

if TYPE_CHECKING:
    from naravard_desktop.ui.main_window import MainWindow

Match = tuple[str, str | None]  # (question number, field key or None for the question text)


class FindEdit(QLineEdit):
    """Escape closes the bar."""

    escaped = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            return
        super().keyPressEvent(event)


class FindBar(QFrame):
    def __init__(self, window: MainWindow, parent: QWidget):
        super().__init__(parent)
        self.window_ = window
        self.matches: list[Match] = []
        self.index = -1
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.label = QLabel(self)
        self.edit = FindEdit(self)
        self.edit.returnPressed.connect(self.find_next)
        self.edit.escaped.connect(self.hide)
        self.edit.textChanged.connect(self._on_text)
        self.result = QLabel(self)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.hide)
        for widget in (self.label, self.edit, self.result, self.close_button):
            layout.addWidget(widget)
        layout.setStretch(1, 1)
        # Esc closes the bar wherever the focus went (Enter moves it to the match found),
        # but only while the bar is open, so Esc keeps its meaning elsewhere.
        self.escape_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), window)
        self.escape_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.escape_shortcut.activated.connect(self.hide)
        self.escape_shortcut.setEnabled(False)
        self.retranslate()
        self.hide()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        self.escape_shortcut.setEnabled(True)
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        self.escape_shortcut.setEnabled(False)
        super().hideEvent(event)

    def retranslate(self) -> None:
        self.label.setText(self.tr("Sök:"))
        self.edit.setAccessibleName(self.tr("Sök i frågor och svar"))
        self.edit.setPlaceholderText(self.tr("Sök i frågor och svar (Enter: nästa)"))
        self.close_button.setText(self.tr("Stäng"))

    def open(self) -> None:
        if self.window_.session is None:
            return
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()

    def find_all(self, needle: str) -> list[Match]:
        """Matches in form order: a question's text, then its answers."""
        session = self.window_.session
        if session is None or not needle.strip():
            return []
        folded = needle.casefold()
        matches: list[Match] = []
        for question in session.form.questions():
            if folded in question.text.casefold():
                matches.append((question.number, None))
            for key in [question.number, *(s.key for s in question.subfields)]:
                value = session.answers.get(key)
                if isinstance(value, str) and folded in value.casefold():
                    matches.append((question.number, key))
        return matches

    def _on_text(self, text: str) -> None:
        self.matches = self.find_all(text)
        self.index = -1
        self.result.setText(
            (self.tr("1 träff") if len(self.matches) == 1 else self.tr("{count} träffar").format(count=len(self.matches))) if text else ""
        )

    def find_next(self) -> bool:
        return self._step(1)

    def find_previous(self) -> bool:
        return self._step(-1)

    def _step(self, step: int) -> bool:
        needle = self.edit.text()
        if not needle:
            self.open()
            return False
        self.matches = self.find_all(needle)
        if not self.matches:
            self.result.setText(self.tr("Inga träffar"))
            return False
        self.index = (self.index + step) % len(self.matches)
        number, key = self.matches[self.index]
        self.result.setText(self.tr("{index} av {count}").format(index=self.index + 1, count=len(self.matches)))
        shown = self.window_.go_to_question(number, key)
        form_view = self.window_.form_view
        if shown and key is not None and form_view is not None:
            widget = form_view.field_widget(key)
            if widget is not None and hasattr(widget, "select_match"):
                widget.select_match(needle)
        return shown

"""What the parked-answers panel's buttons do: restore, copy, delete (after a confirm)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from naravard_desktop.core.forms.answers import question_of
from naravard_desktop.core.forms.conditions import ParkedAnswer
from naravard_desktop.core.submission.parked import restore_changes
from naravard_desktop.ui.commands import SetValuesCommand

if TYPE_CHECKING:
    from naravard_desktop.ui.main_window import MainWindow


class ParkedActions(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window_ = window

    def find(self, key: str) -> ParkedAnswer | None:
        session = self.window_.session
        if session is None:
            return None
        return next((p for p in session.evaluator().parked() if p.ref.key == key), None)

    def restore(self, key: str) -> bool:
        """Change the answer the condition depends on (one undo step), then show the field."""
        parked = self.find(key)
        session = self.window_.session
        if parked is None or session is None:
            return False
        changes = restore_changes(session.form, session.answers, parked)
        if not changes:
            QMessageBox.information(
                self.window_,
                self.tr("Parkerade svar"),
                self.tr("Det går inte att avgöra vilket svar som ska ändras. Ändra svaret själv: {reason}").format(reason=parked.reason),
            )
            return False
        self.window_.undo_stack.push(
            SetValuesCommand(session, changes, self.tr("Återställ parkerat svar i {field}").format(field=parked.ref.label))
        )
        self.window_.go_to_question(question_of(key), key)
        return True

    def copy(self, key: str) -> bool:
        parked = self.find(key)
        if parked is None:
            return False
        value = parked.value
        text = value if isinstance(value, str) else (", ".join(value) if isinstance(value, list) else str(value))
        QGuiApplication.clipboard().setText(text)
        self.window_.statusBar().showMessage(
            self.tr("Svaret i {field} är kopierat; klistra in det där du vill ha det.").format(field=parked.ref.label), 10000
        )
        return True

    def delete(self, key: str, *, confirmed: bool = False) -> bool:
        """Delete only after the user confirms (tests pass confirmed=True); Ångra brings it back."""
        parked = self.find(key)
        session = self.window_.session
        if parked is None or session is None:
            return False
        if not confirmed:
            answer = QMessageBox.question(
                self.window_,
                self.tr("Ta bort parkerat svar"),
                self.tr("Ta bort det parkerade svaret i {field}? Det går att ångra med Ångra.").format(field=parked.ref.label),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        self.window_.undo_stack.push(
            SetValuesCommand(session, {key: None}, self.tr("Ta bort parkerat svar i {field}").format(field=parked.ref.label))
        )
        return True

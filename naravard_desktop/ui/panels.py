"""Dock panels: parked answers and validation problems."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from naravard_desktop.core.forms.conditions import ParkedAnswer
from naravard_desktop.core.submission.validation import Problem
from naravard_desktop.ui.i18n import core_text, translate_ui

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
QUESTION_ROLE = Qt.ItemDataRole.UserRole + 2


def _preview(value: object, length: int = 80) -> str:
    if isinstance(value, str):
        text = " ".join(value.split())
    elif isinstance(value, list):
        text = ", ".join(str(v) for v in value)
    elif isinstance(value, dict):
        text = ", ".join(f"{k} {v}" for k, v in value.items())
    else:
        text = str(value)
    return text if len(text) <= length else text[: length - 1] + "…"


class ListPanel(QWidget):
    """A summary line over a list whose items carry (question, field key)."""

    go_to_requested = Signal(str, str)  # question, field key

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.main_layout = QVBoxLayout(self)
        self.main_layout.setContentsMargins(4, 4, 4, 4)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.main_layout.addWidget(self.summary)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._on_activated)
        self.main_layout.addWidget(self.list)

    def _on_activated(self, item: QListWidgetItem) -> None:
        self.go_to_requested.emit(str(item.data(QUESTION_ROLE)), str(item.data(KEY_ROLE)))


class ParkedPanel(ListPanel):
    """Lists answers to questions not asked now; restore, copy or (confirmed) delete."""

    restore_requested = Signal(str)  # field key
    copy_requested = Signal(str)
    delete_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        buttons = QGridLayout()  # two rows: the dock can be narrow in a small window
        self.restore_button = QPushButton(self)
        self.copy_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        for index, (button, handler) in enumerate(
            ((self.restore_button, self._on_restore), (self.copy_button, self._on_copy), (self.delete_button, self._on_delete))
        ):
            button.clicked.connect(handler)
            buttons.addWidget(button, index // 2, index % 2)
        self.main_layout.addLayout(buttons)
        self.parked: list[ParkedAnswer] = []
        self._update_buttons()
        self.list.currentRowChanged.connect(self._update_buttons)
        translate_ui(self)

    def retranslate(self) -> None:
        self.list.setAccessibleName(self.tr("Parkerade svar"))
        self.restore_button.setText(self.tr("Återställ"))
        self.restore_button.setToolTip(self.tr("Ändrar svaret som villkoret gäller så att frågan ställs igen"))
        self.copy_button.setText(self.tr("Kopiera text"))
        self.copy_button.setToolTip(self.tr("Kopierar svaret till urklipp så att du kan klistra in det där du vill"))
        self.delete_button.setText(self.tr("Ta bort…"))
        self._show(self.parked)

    def refresh(self, parked: list[ParkedAnswer]) -> None:
        if self.list.count() and [(p.ref.key, p.value, p.reason) for p in parked] == [(p.ref.key, p.value, p.reason) for p in self.parked]:
            return
        self._show(parked)

    def _show(self, parked: list[ParkedAnswer]) -> None:
        current = self.current_key()
        self.parked = parked
        self.list.clear()
        for item_data in parked:
            item = QListWidgetItem(f"{core_text(item_data.ref.label)}: {_preview(item_data.value)}\n{core_text(item_data.reason)}")
            item.setData(KEY_ROLE, item_data.ref.key)
            item.setData(QUESTION_ROLE, item_data.ref.question.number)
            self.list.addItem(item)
            if item_data.ref.key == current:
                self.list.setCurrentItem(item)
        if parked:
            if len(parked) == 1:
                self.summary.setText(self.tr("1 parkerat svar. Det skickas inte med men finns kvar tills du tar bort det."))
            else:
                self.summary.setText(
                    self.tr("{count} parkerade svar. De skickas inte med men finns kvar tills du tar bort dem.").format(count=len(parked))
                )
        else:
            self.summary.setText(self.tr("Inga parkerade svar."))
        self._update_buttons()

    def current_key(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(KEY_ROLE)) if item is not None else None

    def _update_buttons(self, *_args: object) -> None:
        has = self.list.currentItem() is not None
        for button in (self.restore_button, self.copy_button, self.delete_button):
            button.setEnabled(has)

    def _on_restore(self) -> None:
        key = self.current_key()
        if key:
            self.restore_requested.emit(key)

    def _on_copy(self) -> None:
        key = self.current_key()
        if key:
            self.copy_requested.emit(key)

    def _on_delete(self) -> None:
        key = self.current_key()
        if key:
            self.delete_requested.emit(key)


class ValidationPanel(ListPanel):
    """The core's check problems; activating or clicking one jumps to its question and
    emits `problem_activated(Problem)` (e.g. a conflict opens the conflict view)."""

    problem_activated = Signal(object)  # Problem

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.list.itemClicked.connect(self._on_activated)
        self.problems: list[Problem] = []
        translate_ui(self)

    def retranslate(self) -> None:
        self.list.setAccessibleName(self.tr("Kontroll"))
        self.refresh(self.problems)

    def refresh(self, problems: list[Problem]) -> None:
        self.problems = problems
        self.list.clear()
        for problem in problems:
            item = QListWidgetItem(core_text(problem.message))
            item.setData(KEY_ROLE, problem.field)
            item.setData(QUESTION_ROLE, problem.question)
            item.setToolTip(self.tr("Enter eller klick: gå till frågan"))
            self.list.addItem(item)
        if problems:
            if len(problems) == 1:
                self.summary.setText(self.tr("1 sak att se över innan svaren lämnas in."))
            else:
                self.summary.setText(self.tr("{count} saker att se över innan svaren lämnas in.").format(count=len(problems)))
        else:
            self.summary.setText(self.tr("Kontrollen hittade inga problem."))

    def _on_activated(self, item: QListWidgetItem) -> None:
        super()._on_activated(item)
        row = self.list.row(item)
        if 0 <= row < len(self.problems):
            self.problem_activated.emit(self.problems[row])

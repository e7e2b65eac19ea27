"""Matrix grids: one choice per row, per-row detail text where the form has it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLabel, QPushButton, QRadioButton, QWidget

from naravard_desktop.core.forms.model import Question
from naravard_desktop.ui.widgets import AnswerSink, look
from naravard_desktop.ui.widgets.text_field import TextField


class MatrixField(QWidget):
    """A grid of radio buttons; each row's group is exclusive, "Rensa" clears a row."""

    def __init__(self, question: Question, sink: AnswerSink, parent: QWidget | None = None):
        super().__init__(parent)
        self.question = question
        self.sink = sink
        self.key = question.number
        self._value: dict[str, str] = {}
        self.groups: list[QButtonGroup] = []
        self.details: dict[str, TextField] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setColumnStretch(0, 1)
        number = question.display_number
        for col, column in enumerate(question.columns, start=1):
            header = QLabel(column, self)
            header.setTextFormat(Qt.TextFormat.PlainText)
            look.set_bold(header, True)
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(header, 0, col)
        grid_row = 1
        for index, row in enumerate(question.rows):
            label = QLabel(row, self)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            grid.addWidget(label, grid_row, 0)
            group = QButtonGroup(self)
            group.setProperty("row", index)
            for col, column in enumerate(question.columns):
                button = QRadioButton(self)
                button.setAccessibleName(self.tr("Fråga {number}, {row}: {column}").format(number=number, row=row, column=column))
                button.setToolTip(column)
                group.addButton(button, col)
                grid.addWidget(button, grid_row, col + 1, Qt.AlignmentFlag.AlignCenter)
            group.idClicked.connect(self._on_clicked)
            self.groups.append(group)
            clear = QPushButton(self.tr("Rensa"), self)
            clear.setProperty("row", index)
            clear.setAccessibleName(self.tr("Fråga {number}, {row}: rensa").format(number=number, row=row))
            clear.clicked.connect(self._on_clear)
            grid.addWidget(clear, grid_row, len(question.columns) + 1)
            grid_row += 1
            for sub in question.subfields:
                if sub.attached_kind == "row" and sub.attached_to == row and sub.type == "text":
                    detail = TextField(
                        sub.key,
                        self.tr("Fråga {number}, {row}: {label}").format(number=number, row=row, label=sub.label),
                        sub.max_chars,
                        sink,
                        lines=3,
                        parent=self,
                    )
                    caption = QLabel(sub.label, self)
                    caption.setBuddy(detail.edit)
                    grid.addWidget(caption, grid_row, 0)
                    grid_row += 1
                    grid.addWidget(detail, grid_row, 0, 1, len(question.columns) + 2)
                    grid_row += 1
                    detail.setEnabled(False)
                    self.details[sub.key] = detail

    def _row_of_sender(self) -> int:
        return int(self.sender().property("row"))

    def _on_clicked(self, col: int) -> None:
        row = self.question.rows[self._row_of_sender()]
        column = self.question.columns[col]
        if self._value.get(row) == column:
            return
        value = dict(self._value)
        value[row] = column
        ordered = {r: value[r] for r in self.question.rows if r in value}
        self.sink.propose(
            {self.key: ordered},
            self.tr("Fråga {number}: {row} {column}").format(number=self.question.display_number, row=row, column=column),
        )

    def _on_clear(self) -> None:
        row = self.question.rows[self._row_of_sender()]
        if row not in self._value:
            return
        value = {r: c for r, c in self._value.items() if r != row}
        self.sink.propose(
            {self.key: value or None}, self.tr("Fråga {number}: rensa {row}").format(number=self.question.display_number, row=row)
        )

    def show_value(self, value: Any) -> None:
        self._value = dict(value) if isinstance(value, dict) else {}
        for row, group in zip(self.question.rows, self.groups, strict=True):
            group.setExclusive(False)
            chosen = self._value.get(row)
            for col, column in enumerate(self.question.columns):
                group.button(col).setChecked(column == chosen)
            group.setExclusive(True)

    def focus_input(self) -> None:
        self.groups[0].button(0).setFocus()

"""Number and percent answers; "kan inte anges" and comments are sub-fields."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget

from naravard_desktop.core.forms import Question
from naravard_desktop.ui.widgets import AnswerSink, look
from naravard_desktop.ui.widgets.inputs import AnswerLineEdit


def parse_number(text: str, integer: bool) -> int | float | None:
    """ "12,5" / "12.5" / "222 607" → a number; "" → None; raises ValueError otherwise."""
    cleaned = "".join(text.split()).replace("\u00a0", "").replace(",", ".").rstrip("%")
    if not cleaned:
        return None
    value = float(cleaned)
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError(text)
    if value.is_integer() and (integer or "." not in cleaned):
        return int(value)
    return value


def format_number(value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).replace(".", ",")


class NumberField(QWidget):
    """A number typed the Swedish way (decimal comma); a non-number is shown, not stored."""

    def __init__(self, question: Question, sink: AnswerSink, parent: QWidget | None = None):
        super().__init__(parent)
        self.question = question
        self.sink = sink
        self.key = question.number
        self._value: Any = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = AnswerLineEdit(self)
        self.edit.setMaximumWidth(180)
        self.edit.setAccessibleName(
            self.tr("Fråga {number}: {kind}").format(
                number=question.display_number, kind=self.tr("andel i procent") if question.type == "percent" else self.tr("antal")
            )
        )
        self.edit.textEdited.connect(self._on_edited)
        layout.addWidget(self.edit)
        if question.type == "percent":
            layout.addWidget(QLabel("%", self))
        self.error = QLabel(self)
        look.set_text_colour(self.error, look.ERROR)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def _on_edited(self, text: str) -> None:
        try:
            value = parse_number(text, self.question.integer)
        except ValueError:
            self.error.setText(self.tr("Inte ett tal – skriv t.ex. 12,5"))
            return
        self.error.setText("")
        if value == self._value and type(value) is type(self._value):
            return
        self._value = value
        self.sink.propose(
            {self.key: value}, self.tr("Fråga {number}: ändra talet").format(number=self.question.display_number), "number:" + self.key
        )

    def show_value(self, value: Any) -> None:
        self._value = value
        try:
            same = parse_number(self.edit.text(), self.question.integer) == value
        except ValueError:
            same = False
        if not same:
            self.edit.setText(format_number(value))
            self.error.setText("")

    def focus_input(self) -> None:
        self.edit.setFocus()


class CheckField(QCheckBox):
    """A checkbox sub-field ("Antalet kan inte anges")."""

    def __init__(self, key: str, label: str, accessible: str, sink: AnswerSink, parent: QWidget | None = None):
        super().__init__(label, parent)
        self.key = key
        self.sink = sink
        self.setAccessibleName(accessible)
        self.clicked.connect(self._on_clicked)

    def _on_clicked(self, checked: bool) -> None:
        self.sink.propose({self.key: True if checked else None}, self.tr("{field}").format(field=self.accessibleName()))

    def show_value(self, value: Any) -> None:
        self.setChecked(value is True)

    def focus_input(self) -> None:
        self.setFocus()

"""Number and percent answers; "kan inte anges" and comments are sub-fields."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget

from naravard_desktop.core.forms.answers import parse_number
from naravard_desktop.core.forms.model import Question
from naravard_desktop.ui.widgets import AnswerSink, look
from naravard_desktop.ui.widgets.inputs import AnswerLineEdit


def format_number(value: Any) -> str:
    """A stored number the Swedish way, grouped in thousands: 245312 → "245 312", 12.5 → "12,5".

    Text a user typed that is not a number ("ca 40") is shown as typed."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        value = int(value)
    if isinstance(value, int):
        return f"{value:,}".replace(",", " ")
    whole, _, fraction = repr(value).partition(".")
    if "e" in repr(value) or not whole.lstrip("-").isdigit():
        return repr(value).replace(".", ",")
    return f"{int(whole):,}".replace(",", " ") + ("," + fraction if fraction else "")


class NumberField(QWidget):
    """A number typed the Swedish way (decimal comma, spaces between thousands).

    Text that is not a number ("ca 40") is kept as typed – stored, flagged here and by
    Kontroll (invalid_number) – so nothing the user typed is lost. Leaving the field shows
    a number in one Swedish grouping ("245 312"), the same as after undo, redo and reopen.
    """

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
        self.edit.editingFinished.connect(self._tidy)
        layout.addWidget(self.edit)
        if question.type == "percent":
            layout.addWidget(QLabel("%", self))
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        look.set_text_colour(self.error, look.ERROR)
        layout.addWidget(self.error, 1)

    def _parsed(self, text: str) -> Any:
        """The value a text stands for: a number, None, or the text itself (not a number)."""
        try:
            return parse_number(text, self.question.integer)
        except ValueError:
            return text

    def _show_error(self, value: Any) -> None:
        self.error.setText(self.tr("Inte ett tal – sparat som text, rätta det senare (t.ex. 12,5)") if isinstance(value, str) else "")

    def _on_edited(self, text: str) -> None:
        value = self._parsed(text)
        self._show_error(value)
        if value == self._value and type(value) is type(self._value):
            return
        self._value = value
        self.sink.propose(
            {self.key: value}, self.tr("Fråga {number}: ändra talet").format(number=self.question.display_number), "number:" + self.key
        )

    def _tidy(self) -> None:
        """Leaving the field: a number is shown the one Swedish way ("245 312")."""
        if isinstance(self._value, (int, float)) and not isinstance(self._value, bool):
            shown = format_number(self._value)
            if self.edit.text() != shown:
                self.edit.setText(shown)

    def show_value(self, value: Any) -> None:
        self._value = value
        shown = self._parsed(self.edit.text())
        if shown != value or type(shown) is not type(value):
            self.edit.setText(format_number(value))
        self._show_error(value)

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

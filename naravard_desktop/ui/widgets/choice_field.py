"""Single and multiple choice, with "ange vad" texts and exclusive options."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from naravard_desktop.core.forms.answers import option_detail_subfield
from naravard_desktop.core.forms.model import Question
from naravard_desktop.ui.widgets import AnswerSink
from naravard_desktop.ui.widgets.text_field import TextField


class OptionLabel(QLabel):
    """An option's text, wrapped (QCheckBox cannot wrap); clicking it clicks its button."""

    def __init__(self, text: str, button: QAbstractButton, parent: QWidget):
        super().__init__(text, parent)
        self.button = button
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setBuddy(button)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton and self.button.isEnabled():
            self.button.click()
        super().mouseReleaseEvent(event)


def multi_choice_after_click(question: Question, current: list[str], option: str, checked: bool) -> list[str]:
    """The new list after a click: an exclusive option clears the others, and the reverse."""
    if checked:
        if option in question.exclusive_options:
            chosen = [option]
        else:
            chosen = [o for o in current if o not in question.exclusive_options] + [option]
    else:
        chosen = [o for o in current if o != option]
    return [o for o in question.options if o in chosen]


class ChoiceField(QWidget):
    """Radio buttons (single) or check boxes (multi); option texts enabled when chosen."""

    def __init__(self, question: Question, sink: AnswerSink, parent: QWidget | None = None):
        super().__init__(parent)
        self.question = question
        self.sink = sink
        self.key = question.number
        self.single = question.type == "single"
        self.details: dict[str, TextField] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        # Only radio buttons share a group: Qt makes a button group one Tab stop and moves
        # in it with the arrow keys only when exclusive, so check boxes in a group past the
        # first would be out of keyboard reach. Each check box is its own Tab stop.
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: list[QAbstractButton] = []
        number = question.display_number
        for index, option in enumerate(question.options):
            button: QAbstractButton = QRadioButton(self) if self.single else QCheckBox(self)
            button.setAccessibleName(self.tr("Fråga {number}: {option}").format(number=number, option=option))
            if option in question.exclusive_options:
                button.setToolTip(self.tr("Kan inte kombineras med andra alternativ; väljer du det avmarkeras de andra."))
            if self.single:
                self.group.addButton(button, index)
            else:
                button.clicked.connect(self._on_box_clicked)
            self.buttons.append(button)
            row = QHBoxLayout()
            row.setSpacing(6)
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(OptionLabel(option, button, self), 1)
            layout.addLayout(row)
            sub = option_detail_subfield(question, option)
            if sub is not None and sub.type == "text":
                detail = TextField(
                    sub.key,
                    self.tr("Fråga {number}: {label}").format(number=number, label=sub.label),
                    sub.max_chars,
                    sink,
                    multi_line=False,
                    parent=self,
                )
                detail.setContentsMargins(24, 0, 0, 0)
                detail.setEnabled(False)
                self.details[sub.key] = detail
                layout.addWidget(detail)
        self.group.idClicked.connect(self._on_clicked)
        if self.single:
            row = QHBoxLayout()
            self.clear_button = QPushButton(self.tr("Rensa valet"), self)
            self.clear_button.setAccessibleName(self.tr("Fråga {number}: rensa valet").format(number=number))
            self.clear_button.clicked.connect(self._on_clear)
            row.addWidget(self.clear_button)
            row.addStretch(1)
            layout.addLayout(row)

    def _on_box_clicked(self) -> None:
        sender = self.sender()
        index = next(i for i, button in enumerate(self.buttons) if button is sender)
        self._on_clicked(index)

    def _on_clicked(self, index: int) -> None:
        option = self.question.options[index]
        number = self.question.display_number
        if self.single:
            if self.sink_value() == option:
                return
            self.sink.propose({self.key: option}, self.tr("Fråga {number}: välj {option}").format(number=number, option=option))
            return
        current = self.sink_value() or []
        chosen = multi_choice_after_click(self.question, list(current), option, self.buttons[index].isChecked())
        self.sink.propose({self.key: chosen or None}, self.tr("Fråga {number}: ändra val").format(number=number))

    def _on_clear(self) -> None:
        if self.sink_value() is not None:
            self.sink.propose({self.key: None}, self.tr("Fråga {number}: rensa valet").format(number=self.question.display_number))

    def sink_value(self) -> Any:
        return self._value

    _value: Any = None

    def show_value(self, value: Any) -> None:
        self._value = value
        chosen = [value] if isinstance(value, str) else list(value or [])
        self.group.setExclusive(False)
        for option, button in zip(self.question.options, self.buttons, strict=True):
            button.setChecked(option in chosen)
        self.group.setExclusive(True)

    def focus_input(self) -> None:
        checked = next((b for b in self.buttons if b.isChecked()), None)
        (checked or self.buttons[0]).setFocus()

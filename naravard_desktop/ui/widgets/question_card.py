"""One question as a card: number, text, condition in words, quirks, help, editor."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from naravard_desktop.core.forms.conditions import ConditionEvaluator, describe_condition
from naravard_desktop.core.forms.model import Form, Question
from naravard_desktop.ui.i18n import core_text
from naravard_desktop.ui.widgets import AnswerSink, look
from naravard_desktop.ui.widgets.choice_field import ChoiceField
from naravard_desktop.ui.widgets.matrix_field import MatrixField
from naravard_desktop.ui.widgets.number_field import CheckField, NumberField
from naravard_desktop.ui.widgets.text_field import TextField

QUIRK_STYLE = "quirk"
CONDITION_STYLE = "condition"
HELP_STYLE = "help"


def _label(text: str, parent: QWidget, style: str = "", bold: bool = False) -> QLabel:
    """Plain-text labels: rich text would cost a QTextDocument each when laying out."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        look.set_bold(label, True)
    if style == QUIRK_STYLE:
        look.style_note(label)
    elif style == CONDITION_STYLE:
        look.set_text_colour(label, look.CONDITION)
        font = label.font()
        font.setItalic(True)
        label.setFont(font)
    elif style == HELP_STYLE:
        look.set_text_colour(label, look.HELP)
    return label


class QuestionCard(QFrame):
    """Shows one question and its editors; `show_value` routes a field key to its widget."""

    def __init__(self, form: Form, question: Question, sink: AnswerSink, *, parent: QWidget | None = None):
        super().__init__(parent)
        self.question = question
        self.setObjectName(f"card-{question.number}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.fields: dict[str, Any] = {}  # field key → widget with show_value/focus_input
        self.sub_widgets: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        self._layout = layout
        number = question.display_number
        title = self.tr("Fråga {number}").format(number=number)
        if question.printed_number:
            title += " " + self.tr("(tryckt som ”{printed}”)").format(printed=question.printed_number)
        layout.addWidget(_label(title, self, bold=True))
        for line in question.preamble:
            layout.addWidget(_label(line, self, HELP_STYLE))
        self.text_label = _label(question.text, self)
        self.text_label.setAccessibleName(title)
        layout.addWidget(self.text_label)
        for line in question.help:
            layout.addWidget(_label(line, self, HELP_STYLE))
        if question.condition is not None:
            words = core_text(describe_condition(form, question.condition))
            self.condition_label: QLabel | None = _label(words, self, CONDITION_STYLE)
            layout.addWidget(self.condition_label)
        else:
            self.condition_label = None
        for quirk in question.quirks:
            quirk_label = _label(self.tr("Obs! {note}").format(note=quirk.note), self, QUIRK_STYLE)
            layout.addWidget(quirk_label)
        if question.max_items is not None:
            layout.addWidget(
                _label(self.tr("Högst {count} insatser (punkter eller stycken).").format(count=question.max_items), self, HELP_STYLE)
            )
        self.editor: Any = self._build_editor(sink)
        if self.editor is not None:
            layout.addWidget(self.editor)
            self.fields[question.number] = self.editor
            for key, detail in getattr(self.editor, "details", {}).items():
                self.fields[key] = detail
                self.sub_widgets[key] = detail
        for sub in question.subfields:
            if sub.attached_kind is not None:
                continue
            accessible = self.tr("Fråga {number}: {label}").format(number=number, label=sub.label)
            if sub.condition is not None:
                layout.addWidget(_label(core_text(describe_condition(form, sub.condition)), self, CONDITION_STYLE))
            widget: Any
            if sub.type == "checkbox":
                widget = CheckField(sub.key, sub.label, accessible, sink, self)
            else:
                caption = QLabel(sub.label, self)
                caption.setWordWrap(True)
                layout.addWidget(caption)
                multi = sub.role == "comment"
                widget = TextField(sub.key, accessible, sub.max_chars, sink, multi_line=multi, lines=3, parent=self)
                caption.setBuddy(widget.edit)
            layout.addWidget(widget)
            self.fields[sub.key] = widget
            self.sub_widgets[sub.key] = widget

    def _build_editor(self, sink: AnswerSink) -> Any:
        q = self.question
        number = q.display_number
        if q.type == "text":
            return TextField(q.number, self.tr("Fråga {number}: svar").format(number=number), q.max_chars, sink, parent=self)
        if q.type in ("single", "multi"):
            return ChoiceField(q, sink, self)
        if q.type == "matrix":
            return MatrixField(q, sink, self)
        if q.type in ("number", "percent"):
            return NumberField(q, sink, self)
        return None  # a group: its text introduces the questions below

    def insert_mark(self, widget: QWidget) -> None:
        """A note right under the question number (e.g. "carried over from last round")."""
        self._layout.insertWidget(1, widget)

    def show_value(self, key: str, value: Any) -> None:
        widget = self.fields.get(key)
        if widget is not None:
            widget.show_value(value)

    def update_conditions(self, evaluator: ConditionEvaluator) -> None:
        """Sub-fields are enabled only while asked (their option chosen, their condition met)."""
        for sub in self.question.subfields:
            widget = self.sub_widgets.get(sub.key)
            if widget is not None:
                widget.setEnabled(evaluator.subfield_visible(self.question, sub))

    def focus_field(self, key: str | None = None) -> None:
        widget = self.fields.get(key or self.question.number)
        if widget is None and self.fields:
            widget = next(iter(self.fields.values()))
        if widget is not None and widget.isEnabled():
            widget.focus_input()

"""The scrollable questionnaire: section headers and one card per question.

It is the widgets' AnswerSink: each user edit becomes a SetValuesCommand on the window's
undo stack. Model changes (edits, undo, restore) come back through
`DraftSession.value_changed` and are shown by the card owning the field.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QAbstractButton, QFrame, QLabel, QLineEdit, QPlainTextEdit, QScrollArea, QVBoxLayout, QWidget

from naravard_desktop.core.answers import KEY_SEPARATOR
from naravard_desktop.core.forms import normalise_number
from naravard_desktop.ui.commands import SetValuesCommand
from naravard_desktop.ui.session import DraftSession
from naravard_desktop.ui.widgets.question_card import QuestionCard


def heading(text: str, larger_by: int, parent: QWidget) -> QLabel:
    """A plain-text heading (bold, larger) – cheaper to lay out than <h2> rich text."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() + larger_by)
    label.setFont(font)
    label.setContentsMargins(0, 8, 0, 0)
    return label


def question_of(key: str) -> str:
    """The question number a field key belongs to: "18 / Andra …" → "18"."""
    return key.split(KEY_SEPARATOR, 1)[0]


class FormView(QScrollArea):
    message = Signal(str)
    conditions_changed = Signal()

    def __init__(self, session: DraftSession, undo_stack: QUndoStack, *, english: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.undo_stack = undo_stack
        self._merge_generation = 0
        self.answers_read_only = False
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Question texts wrap; the questionnaire never scrolls sideways. Its minimum width
        # makes the docks give way first when the window is small (docs/ui.md).
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        form = session.form
        container = QWidget(self)
        container.setObjectName("form-container")
        layout = QVBoxLayout(container)
        layout.setContentsMargins(16, 12, 16, 24)
        layout.setSpacing(10)
        # Set the (still empty) container first: setting a full one lays it all out twice.
        self.setWidget(container)
        self.container = container
        self._container_layout = layout
        self.cards: dict[str, QuestionCard] = {}
        self.section_headers: dict[str, QLabel] = {}
        current_part: str | None = None
        for section in form.sections:
            if section.part != current_part:
                current_part = section.part
                part = form.part(section.part)
                if part is not None:
                    part_label = heading(part.title, 4, container)
                    layout.addWidget(part_label)
            header = heading(section.title, 2, container)
            layout.addWidget(header)
            self.section_headers[section.id] = header
            for line in section.intro:
                intro = QLabel(line, container)
                intro.setTextFormat(Qt.TextFormat.PlainText)
                intro.setWordWrap(True)
                layout.addWidget(intro)
            for question in section.questions:
                card = QuestionCard(form, question, self, english=english, parent=container)
                self.cards[question.number] = card
                layout.addWidget(card)
        layout.addStretch(1)
        self.setMinimumWidth(container.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width())
        self._targets = {
            normalise_number(c.question)
            for q in form.questions()
            for c in [q.condition, *(s.condition for s in q.subfields)]
            if c is not None
        }
        self._option_texts = {q.number for q in form.questions() if any(s.attached_kind == "option" for s in q.subfields)}
        for question in form.questions():
            card = self.cards[question.number]
            for key in card.fields:
                card.show_value(key, session.value(key))
        self.apply_conditions()
        session.value_changed.connect(self._on_value_changed)

    # -- AnswerSink -------------------------------------------------------------------

    def propose(self, changes: dict[str, Any], text: str, merge_key: str | None = None) -> None:
        if not self.session.answers_editable:
            self._refuse(changes)
            return
        if merge_key is not None:
            merge_key = f"{merge_key}#{self._merge_generation}"
            stack = self.undo_stack
            top = stack.command(stack.index() - 1) if stack.index() > 0 else None
            if isinstance(top, SetValuesCommand) and top.merge_key == merge_key and stack.isClean() and stack.index() == stack.count():
                # QUndoStack never merges into the command at its clean index, and autosave
                # marks the stack clean; keep one step for one stretch of typing anyway.
                top.extend(changes)
                stack.resetClean()
                return
        self.undo_stack.push(SetValuesCommand(self.session, changes, text, merge_key=merge_key))

    def _refuse(self, changes: dict[str, Any]) -> None:
        """Reviewer mode: put the stored values back into the widgets, say why."""
        for key in changes:
            card = self.cards.get(question_of(key))
            if card is not None:
                card.show_value(key, self.session.value(key))
        self.message.emit(self.tr("Granskningsläge: svaren kan inte ändras, bara kommenteras."))

    def set_answers_read_only(self, read_only: bool) -> None:
        """Reviewer mode: texts read-only (still selectable, e.g. to quote), buttons off."""
        changed = read_only != self.answers_read_only
        self.answers_read_only = read_only
        container = self.container
        for edit in container.findChildren(QPlainTextEdit) + container.findChildren(QLineEdit):
            edit.setReadOnly(read_only)
            if read_only and isinstance(edit, QPlainTextEdit):
                # a read-only QPlainTextEdit selects by mouse only: keep the caret and
                # Shift+arrows, so a reviewer can quote by keyboard (Ctrl+Alt+M)
                edit.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        if read_only:
            for button in container.findChildren(QAbstractButton):
                button.setEnabled(False)
        elif changed:
            for button in container.findChildren(QAbstractButton):
                button.setEnabled(True)
            self.apply_conditions()  # re-disables what is not asked now

    def break_merges(self) -> None:
        """The next edit starts a new undo step (the focus left a field)."""
        self._merge_generation += 1

    def notify(self, message: str) -> None:
        self.message.emit(message)

    # -- model → widgets ----------------------------------------------------------------

    def _on_value_changed(self, key: str) -> None:
        number = question_of(key)
        card = self.cards.get(number)
        if card is not None:
            card.show_value(key, self.session.value(key))
        if number in self._targets or number in self._option_texts:
            self.apply_conditions()

    def apply_conditions(self) -> None:
        """Show asked questions, hide the others (their answers are parked, not lost)."""
        evaluator = self.session.evaluator()
        for number, card in self.cards.items():
            visible = evaluator.is_visible(number)
            if card.isVisibleTo(self) != visible or card.isHidden() == visible:
                card.setVisible(visible)
            card.update_conditions(evaluator)
        if self.answers_read_only:
            for button in self.container.findChildren(QAbstractButton):
                button.setEnabled(False)
        self.conditions_changed.emit()

    def is_shown(self, number: str) -> bool:
        card = self.cards.get(number)
        return card is not None and not card.isHidden()

    def lay_out_now(self) -> None:
        """Place the cards now (a scroll position is read right after a change)."""
        self._container_layout.activate()

    def scroll_to(self, number: str, key: str | None = None) -> bool:
        """Bring a question into view and focus its field; False if it is not asked now."""
        card = self.cards.get(normalise_number(number))
        if card is None or card.isHidden():
            return False
        self.lay_out_now()
        self.verticalScrollBar().setValue(max(0, card.y() - 8))
        card.focus_field(key)
        return True

    def field_widget(self, key: str) -> Any:
        card = self.cards.get(question_of(key))
        return card.fields.get(key) if card is not None else None

"""The scrollable questionnaire: section headers and one card per question.

It is the widgets' AnswerSink: each user edit becomes a SetValuesCommand on the window's
undo stack. Model changes (edits, undo, restore) come back through
`DraftSession.value_changed` and are shown by the card owning the field.

Cards are built in form order: the first screenful before the window is first painted,
the rest from the event loop right after it (docs/ui.md, "Cards built in idle time"). Asking
for a card (`cards[number]`, `cards.get`, `field_widget`, `scroll_to`) builds it and all
before it at once, so every caller sees every question; `built_cards()` is what exists
now and `cards_built` says when more arrive (for decorations such as PII highlights).
Find, the navigator's marks and counts and the panels read the model, not the cards.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QPaintEvent, QResizeEvent, QUndoStack
from PySide6.QtWidgets import QAbstractButton, QFrame, QLabel, QLineEdit, QPlainTextEdit, QScrollArea, QVBoxLayout, QWidget
from shiboken6 import isValid

from naravard_desktop.core.forms.answers import question_of
from naravard_desktop.core.forms.model import Question, normalise_number
from naravard_desktop.ui.commands import SetValuesCommand
from naravard_desktop.ui.session import DraftSession
from naravard_desktop.ui.widgets.question_card import QuestionCard

#: Idle-time building: at most this long per event-loop turn. Every slice makes Qt lay the
#: whole form out again, so a few large slices (usually one, ~0.1-0.2 s just after the first
#: paint) cost far less than many small ones: 8 ms slices made typing stutter (p99 > 100 ms).
IDLE_SLICE_S = 0.3
#: Before the first paint: cards until their height fills the screen, at least this many.
FIRST_SCREEN_MIN_CARDS = 3


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


def set_read_only(edit: QPlainTextEdit | QLineEdit, read_only: bool) -> None:
    """Reviewer mode: an answer box is read-only but keeps its keyboard caret and Shift+arrow
    selection (a read-only QPlainTextEdit selects by mouse only), so a reviewer can quote
    by keyboard (Ctrl+Alt+M)."""
    edit.setReadOnly(read_only)
    if read_only and isinstance(edit, QPlainTextEdit):
        edit.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard)


class _Cards(Mapping[str, QuestionCard]):
    """Every question's card by number, in form order; looking one up builds it."""

    def __init__(self, view: FormView):
        self._view = view

    def __getitem__(self, number: str) -> QuestionCard:
        card = self._view.build_through(number)
        if card is None:
            raise KeyError(number)
        return card

    def __contains__(self, number: object) -> bool:
        return number in self._view._order

    def __iter__(self) -> Iterator[str]:
        return iter(self._view._order)

    def __len__(self) -> int:
        return len(self._view._order)


class _CardsContainer(QWidget):
    """The cards' parent. Says when it was resized (a jump keeps its question at the top
    while the cards above it settle) and, once, when it was first painted (the other cards
    are built after that). Overrides, not event filters: a filter ran Python for every event
    of the container, a child added for each card among them."""

    resized = Signal()
    first_painted = Signal()

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self._painted = False

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.resized.emit()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()


class FormView(QScrollArea):
    message = Signal(str)
    conditions_changed = Signal()
    cards_built = Signal(list)  # question numbers whose cards were just built (form order)

    def __init__(self, session: DraftSession, undo_stack: QUndoStack, *, parent: QWidget | None = None):
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
        container = _CardsContainer(self)
        container.setObjectName("form-container")
        layout = QVBoxLayout(container)
        layout.setContentsMargins(16, 12, 16, 24)
        layout.setSpacing(10)
        layout.addStretch(1)
        # Set the (still empty) container first: setting a full one lays it all out twice.
        self.setWidget(container)
        self.container = container
        self._anchor: tuple[QuestionCard, int] | None = None  # the card a jump put at the top, and where
        container.resized.connect(self._keep_anchor)
        self._container_layout = layout
        self.section_headers: dict[str, QLabel] = {}
        # What to build, in order: part titles, section titles and intros, question cards.
        self._plan: list[tuple[str, Any]] = []
        current_part: str | None = None
        for section in form.sections:
            if section.part != current_part:
                current_part = section.part
                part = form.part(section.part)
                if part is not None:
                    self._plan.append(("part", part.title))
            self._plan.append(("section", section))
            self._plan.extend(("question", question) for question in section.questions)
        self._order = [q.number for kind, q in self._plan if kind == "question"]
        self._next = 0
        self._built: dict[str, QuestionCard] = {}
        self.cards: Mapping[str, QuestionCard] = _Cards(self)
        self._targets = {
            normalise_number(c.question)
            for q in form.questions()
            for c in [q.condition, *(s.condition for s in q.subfields)]
            if c is not None
        }
        self._option_texts = {q.number for q in form.questions() if any(s.attached_kind == "option" for s in q.subfields)}
        self._retired = False
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(0)
        self._idle.timeout.connect(self._build_in_idle)
        self._build_first_screen()
        # Then the idle-time building starts, once the paint is done (queued).
        container.first_painted.connect(self._on_first_paint, Qt.ConnectionType.QueuedConnection)
        session.value_changed.connect(self._on_value_changed)

    # -- building the cards -------------------------------------------------------------

    def _build_first_screen(self) -> None:
        window = self.window()
        if window is not self and window.height() > 0:  # the window's size is set before a draft opens
            width, height = window.width(), window.height()
        else:
            screen = QGuiApplication.primaryScreen()
            available = screen.availableGeometry() if screen is not None else None
            width, height = (available.width(), available.height()) if available is not None else (1000, 1000)
        # Heights as if the cards were as wide as the window (they will be narrower, so
        # taller: enough is built). They count what shows: headings and intros too, not
        # hidden cards; a text box its fewest lines at that width (text_field.py).
        evaluator = self.session.evaluator()
        built: list[str] = []
        while self._next < len(self._plan) and (len(built) < FIRST_SCREEN_MIN_CARDS or self._height_for(width) < height):
            card = self._build_next(evaluator)
            if card is not None:
                built.append(card.question.number)
        self._fit_width()
        self.conditions_changed.emit()
        if built:
            self.cards_built.emit(built)

    def _height_for(self, width: int) -> int:
        """The built items' height at this width (their layout's height for it)."""
        container = self.container
        for_width = container.heightForWidth(width) if container.hasHeightForWidth() else -1
        return for_width if for_width >= 0 else container.sizeHint().height()

    def _fit_width(self, numbers: list[str] | None = None) -> None:
        """Never scroll sideways: at least as wide as the widest card built so far
        (`numbers`: only these cards are new)."""
        if numbers is None:
            content = self.container.minimumSizeHint().width()
        else:
            margins = self._container_layout.contentsMargins()
            content = max(self._built[n].minimumSizeHint().width() for n in numbers) + margins.left() + margins.right()
        wanted = content + self.verticalScrollBar().sizeHint().width()
        if wanted > self.minimumWidth():
            self.setMinimumWidth(wanted)

    def _build_next(self, evaluator: Any) -> QuestionCard | None:
        """Build the next item of the plan (a heading, an intro or a card)."""
        kind, item = self._plan[self._next]
        self._next += 1
        layout = self._container_layout
        at = layout.count() - 1  # before the closing stretch
        container = self.container
        if kind == "part":
            layout.insertWidget(at, heading(item, 4, container))
            return None
        if kind == "section":
            header = heading(item.title, 2, container)
            layout.insertWidget(at, header)
            self.section_headers[item.id] = header
            for line in item.intro:
                intro = QLabel(line, container)
                intro.setTextFormat(Qt.TextFormat.PlainText)
                intro.setWordWrap(True)
                at += 1
                layout.insertWidget(at, intro)
            return None
        return self._build_card(item, evaluator, at)

    def _build_card(self, question: Question, evaluator: Any, at: int) -> QuestionCard:
        card = QuestionCard(self.session.form, question, self, parent=self.container)
        for key in card.fields:
            card.show_value(key, self.session.value(key))
        card.setVisible(evaluator.is_visible(question.number))
        card.update_conditions(evaluator)
        if self.answers_read_only:
            for edit in card.findChildren(QPlainTextEdit) + card.findChildren(QLineEdit):
                set_read_only(edit, True)
            for button in card.findChildren(QAbstractButton):
                button.setEnabled(False)
        self._container_layout.insertWidget(at, card)
        self._built[question.number] = card
        return card

    def build_through(self, number: str) -> QuestionCard | None:
        """The card of question `number`, building it and every card before it now."""
        number = normalise_number(number)
        if number in self._built or number not in self._order:
            return self._built.get(number)
        evaluator = self.session.evaluator()
        built: list[str] = []
        while number not in self._built:
            card = self._build_next(evaluator)
            if card is not None:
                built.append(card.question.number)
        self._after_building(built)
        return self._built[number]

    def build_all(self) -> None:
        """Every card now (e.g. to restore a scroll position far down)."""
        if self._order:
            self.build_through(self._order[-1])

    def all_built(self) -> bool:
        return self._next >= len(self._plan)

    def built_cards(self) -> dict[str, QuestionCard]:
        """The cards that exist now, in form order (no building)."""
        return self._built

    def _after_building(self, built: list[str]) -> None:
        if not built:
            return
        self._fit_width(built)
        if self.answers_read_only:
            for button in self.container.findChildren(QAbstractButton):
                button.setEnabled(False)
        self.conditions_changed.emit()
        self.cards_built.emit(built)
        if self.all_built():
            self._idle.stop()

    def _build_in_idle(self) -> None:
        """A slice of the remaining cards, then back to the event loop (keys and paints first)."""
        if self._retired or self.all_built():
            return
        evaluator = self.session.evaluator()
        started = time.perf_counter()
        built: list[str] = []
        while self._next < len(self._plan) and time.perf_counter() - started < IDLE_SLICE_S:
            card = self._build_next(evaluator)
            if card is not None:
                built.append(card.question.number)
        self._after_building(built)
        if not self.all_built():
            self._idle.start()

    def _on_first_paint(self) -> None:
        if not self._retired and not self.all_built():
            self._idle.start()

    def retire(self) -> None:
        """The view is being taken away (its draft closes, the language changes): no more
        cards are built for it."""
        self._retired = True
        self._idle.stop()

    # -- AnswerSink -------------------------------------------------------------------

    def propose(self, changes: dict[str, Any], text: str, merge_key: str | None = None) -> None:
        if not self.session.answers_editable:
            self._refuse(changes)
            return
        if merge_key is not None:
            merge_key = f"{merge_key}#{self._merge_generation}"  # SetValuesCommand.mergeWith joins a stretch of typing
        self.undo_stack.push(SetValuesCommand(self.session, changes, text, merge_key=merge_key))

    def _refuse(self, changes: dict[str, Any]) -> None:
        """Reviewer mode: put the stored values back into the widgets, say why."""
        for key in changes:
            card = self._built.get(question_of(key))
            if card is not None:
                card.show_value(key, self.session.value(key))
        self.message.emit(self.tr("Granskningsläge: svaren kan inte ändras, bara kommenteras."))

    def set_answers_read_only(self, read_only: bool) -> None:
        """Reviewer mode: texts read-only (still selectable, e.g. to quote), buttons off."""
        changed = read_only != self.answers_read_only
        self.answers_read_only = read_only
        container = self.container
        for edit in container.findChildren(QPlainTextEdit) + container.findChildren(QLineEdit):
            set_read_only(edit, read_only)
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
        card = self._built.get(number)  # a card not built yet shows the value when it is
        if card is not None:
            card.show_value(key, self.session.value(key))
        if number in self._targets or number in self._option_texts:
            self.apply_conditions()

    def apply_conditions(self) -> None:
        """Show asked questions, hide the others (their answers are parked, not lost)."""
        evaluator = self.session.evaluator()
        for number, card in self._built.items():
            visible = evaluator.is_visible(number)
            if card.isVisibleTo(self) != visible or card.isHidden() == visible:
                card.setVisible(visible)
            card.update_conditions(evaluator)
        if self.answers_read_only:
            for button in self.container.findChildren(QAbstractButton):
                button.setEnabled(False)
        self.conditions_changed.emit()

    def is_shown(self, number: str) -> bool:
        card = self._built.get(number)
        if card is None:
            return number in self._order and self.session.evaluator().is_visible(number)
        return not card.isHidden()

    def lay_out_now(self) -> None:
        """Place the cards now (a scroll position is read right after a change)."""
        self._container_layout.activate()

    def scroll_to(self, number: str, key: str | None = None) -> bool:
        """Bring a question into view and focus its field; False if it is not asked now."""
        card = self.cards.get(normalise_number(number))
        if card is None or card.isHidden():
            return False
        self.lay_out_now()
        bar = self.verticalScrollBar()
        bar.setValue(max(0, card.y() - 8))
        self._anchor = (card, bar.value())  # the range may not reach the card yet: kept on resizes
        card.focus_field(key)
        return True

    def _keep_anchor(self) -> None:
        """After a jump the question stays at the top while the cards above it settle (answer
        boxes take their height from their width once laid out); a scroll by the user ends it."""
        if self._anchor is None:
            return
        card, value = self._anchor
        bar = self.verticalScrollBar()
        if not isValid(card) or bar.value() != value or card.isHidden():
            self._anchor = None
            return
        self.lay_out_now()
        wanted = max(0, card.y() - 8)
        if wanted != value:
            bar.setValue(wanted)
            self._anchor = (card, bar.value())

    def field_widget(self, key: str, *, build: bool = True) -> Any:
        """The input widget of a field key; with `build=False` None while its card is not built."""
        card = self.cards.get(question_of(key)) if build else self._built.get(question_of(key))
        return card.fields.get(key) if card is not None else None

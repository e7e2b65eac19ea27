"""Side panel: sections and question numbers as printed, status marks and progress."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from naravard_desktop.core.forms.model import Form
from naravard_desktop.core.review.status import (
    ANSWERED,
    CONFLICT,
    NOT_ASKED,
    OVER_LIMIT,
    PARKED,
    REVIEW_APPROVED,
    REVIEW_NEEDS_CHANGES,
    REVIEW_READY,
    TRANSFER_STALE,
    TRANSFERRED,
    UNANSWERED,
    open_comment_count,
)
from naravard_desktop.ui.widgets import look

NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1
#: The order of a tooltip's words: the answer's state, then the review's.
_TOOLTIP_ORDER = (
    UNANSWERED,
    ANSWERED,
    OVER_LIMIT,
    PARKED,
    NOT_ASKED,
    CONFLICT,
    TRANSFERRED,
    TRANSFER_STALE,
    REVIEW_READY,
    REVIEW_APPROVED,
    REVIEW_NEEDS_CHANGES,
)


def _short(text: str, length: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= length else text[: length - 1] + "…"


class Navigator(QWidget):
    """Clicking or pressing Enter on a question emits `question_activated(number)`."""

    question_activated = Signal(str)

    def __init__(self, form: Form, parent: QWidget | None = None):
        super().__init__(parent)
        self.form = form
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.progress = QLabel(self)
        self.progress.setObjectName("progress")
        font = self.progress.font()
        font.setBold(True)
        self.progress.setFont(font)
        layout.addWidget(self.progress)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Frågor"))
        self.tree.setUniformRowHeights(True)
        layout.addWidget(self.tree)
        # One flat list: a section's title (bold), then its questions. A tree with every
        # section expanded cost 6 ms more at the first paint (issue 17), and a section
        # folded away would hide its questions' marks.
        self.tree.setRootIsDecorated(False)
        self.items: dict[str, QTreeWidgetItem] = {}
        self.section_items: list[QTreeWidgetItem] = []
        title_font = self.tree.font()
        title_font.setBold(True)
        for section in form.sections:
            title = QTreeWidgetItem(self.tree, [section.title])
            title.setFlags(Qt.ItemFlag.ItemIsEnabled)
            title.setFont(0, title_font)
            self.section_items.append(title)
            for q in section.questions:
                shown = q.printed_number.rstrip(".") if q.printed_number else q.display_number
                item = QTreeWidgetItem(self.tree, [f"{'   ' if not q.answerable else ''}{shown}  {_short(q.text)}"])
                item.setData(0, NUMBER_ROLE, q.number)
                item.setToolTip(0, q.text)
                self.items[q.number] = item
        self.tree.itemActivated.connect(self._on_item)
        self.tree.itemClicked.connect(self._on_item)
        self.statuses: dict[str, set[str]] = {}
        self._words: dict[str, str] | None = None

    def _on_item(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        number = item.data(0, NUMBER_ROLE)
        if number:
            self.question_activated.emit(str(number))

    def mark_text(self, marks: set[str]) -> str:
        """The answer mark, then the review status (⚑ klar för granskning, ☑ godkänd,
        ✗ behöver ändras) and open comments (✎2)."""
        review = [symbol for mark, symbol in ((REVIEW_READY, "⚑"), (REVIEW_APPROVED, "☑"), (REVIEW_NEEDS_CHANGES, "✗")) if mark in marks]
        comments = open_comment_count(marks)
        if comments:
            review.append(f"✎{comments}")
        return " ".join([self._answer_mark(marks), *review])

    def _answer_mark(self, marks: set[str]) -> str:
        if CONFLICT in marks:
            return "⇄"
        if OVER_LIMIT in marks:
            return "⚠"
        if NOT_ASKED in marks:
            return "‖" if PARKED in marks else "–"
        if PARKED in marks:
            return "‖"
        if TRANSFER_STALE in marks:
            return "↻"
        if TRANSFERRED in marks:
            return "↗"
        return "✓" if ANSWERED in marks else "○"

    def mark_tooltip(self, marks: set[str]) -> str:
        words = self._mark_words()
        parts = [words[m] for m in _TOOLTIP_ORDER if m in marks]
        comments = open_comment_count(marks)
        if comments:
            parts.append(self.tr("{count} öppna kommentarer").format(count=comments) if comments > 1 else self.tr("1 öppen kommentar"))
        return ", ".join(parts)

    def _mark_words(self) -> dict[str, str]:
        """Each mark's words, translated once per navigator (a language switch makes a new
        one): a refresh asked for all eleven for every question."""
        if self._words is None:
            self._words = {
                UNANSWERED: self.tr("obesvarad"),
                ANSWERED: self.tr("besvarad"),
                OVER_LIMIT: self.tr("över teckengränsen"),
                PARKED: self.tr("har parkerat svar"),
                NOT_ASKED: self.tr("besvaras inte med nuvarande svar"),
                CONFLICT: self.tr("versioner krockar – lös konflikten"),
                TRANSFERRED: self.tr("överförd till webbformuläret"),
                TRANSFER_STALE: self.tr("ändrad efter överföringen – för över igen"),
                REVIEW_READY: self.tr("klar för granskning"),
                REVIEW_APPROVED: self.tr("godkänd"),
                REVIEW_NEEDS_CHANGES: self.tr("behöver ändras"),
            }
        return self._words

    def refresh(self, statuses: Mapping[str, set[str]], answered: int, asked: int) -> None:
        """Update progress and the marks that changed (cheap while typing)."""
        progress_text = self.tr("{answered} av {asked} besvarade").format(answered=answered, asked=asked)
        if self.progress.text() != progress_text:
            self.progress.setText(progress_text)
        for q in self.form.questions():
            marks = statuses.get(q.number)
            if marks is None or self.statuses.get(q.number) == marks:
                continue
            item = self.items[q.number]
            shown = q.printed_number.rstrip(".") if q.printed_number else q.display_number
            item.setText(0, f"{self.mark_text(marks)} {shown}  {_short(q.text)}")
            title = self.tr("Fråga {number}").format(number=q.display_number)
            item.setToolTip(0, f"{title}: {self.mark_tooltip(marks)}\n\n{q.text}")
            colour = (
                QColor(look.ERROR) if OVER_LIMIT in marks or CONFLICT in marks else (QColor(look.MUTED) if NOT_ASKED in marks else None)
            )
            item.setData(0, Qt.ItemDataRole.ForegroundRole, colour)  # a QColor, or None for the default
        self.statuses = {number: set(marks) for number, marks in statuses.items()}

    def show_only(self, numbers: set[str] | None) -> None:
        """Filter: show only these questions (None: all); sections without one are hidden."""
        for section, title in zip(self.form.sections, self.section_items, strict=True):
            shown = 0
            for q in section.questions:
                visible = numbers is None or q.number in numbers
                self.items[q.number].setHidden(not visible)
                shown += visible
            title.setHidden(shown == 0)

    def shown_questions(self) -> list[str]:
        """Question numbers not hidden by a filter, in form order."""
        return [number for number, item in self.items.items() if not item.isHidden()]

    def select(self, number: str) -> None:
        item = self.items.get(number)
        if item is not None:
            self.tree.setCurrentItem(item)

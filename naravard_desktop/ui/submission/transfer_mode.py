"""Transfer mode: one question at a time, in web-form order, ready to paste.

A thin view over core/submission/transfer.py: the number and question, what to tick, the answer
text with its count, "Kopiera" (Ctrl+Shift+C) putting exactly that text on the
clipboard with LF line breaks, "Markera som överförd" (Ctrl+Shift+M), previous/next
(Alt+Left/Alt+Right) and progress. Flags
that stop marking (over the limit, conflict, unacknowledged personal data) disable the
mark button and say why. The lead embeds the widget in the main window.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from naravard_desktop.core.forms.model import Form
from naravard_desktop.core.storage.store import DraftStore
from naravard_desktop.core.submission.transfer import (
    PasteText,
    TransferItem,
    TransferRefused,
    TransferStatus,
    mark_transferred,
    transfer_status,
    unmark_transferred,
)
from naravard_desktop.ui.i18n import core_text, translate_ui

COPY_SHORTCUT = "Ctrl+Shift+C"
MARK_SHORTCUT = "Ctrl+Shift+M"
NEXT_SHORTCUT = "Alt+Right"
PREVIOUS_SHORTCUT = "Alt+Left"


class TransferMode(QWidget):
    """Walks the asked questions; emits `changed` after a mark so others can refresh."""

    changed = Signal()

    def __init__(self, store: DraftStore, form: Form, draft_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.form = form
        self.draft_id = store.draft(draft_id).id
        self.index = 0
        self.status: TransferStatus = transfer_status(store, form, self.draft_id)

        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("progress")
        self.question_label = QLabel(self)
        self.question_label.setWordWrap(True)
        self.question_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.question_label.font()
        font.setBold(True)
        self.question_label.setFont(font)
        self.state_label = QLabel(self)
        self.state_label.setWordWrap(True)
        self.ticks_label = QLabel(self)
        self.ticks_label.setWordWrap(True)
        self.ticks_label.setTextFormat(Qt.TextFormat.PlainText)
        self.flags_label = QLabel(self)
        self.flags_label.setWordWrap(True)
        self.flags_label.setTextFormat(Qt.TextFormat.PlainText)
        self.field_choice = QComboBox(self)

        self.count_label = QLabel(self)
        self.answer_view = QPlainTextEdit(self)
        self.answer_view.setReadOnly(True)

        self.copy_button = QPushButton(self)
        self.mark_button = QPushButton(self)
        self.previous_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.mark_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        for widget in (
            self.progress_label,
            self.question_label,
            self.state_label,
            self.ticks_label,
            self.flags_label,
            self.field_choice,
            self.count_label,
        ):
            layout.addWidget(widget)
        layout.addWidget(self.answer_view, 1)
        self.filler = QWidget(self)  # takes the answer's room when there is no text, so labels stay together
        layout.addWidget(self.filler, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message_label)

        self.copy_shortcut = self._shortcut(COPY_SHORTCUT)
        self.copy_shortcut.activated.connect(self.copy_answer)
        self.mark_shortcut = self._shortcut(MARK_SHORTCUT)
        self.mark_shortcut.activated.connect(self._mark_from_keyboard)
        self.next_shortcut = self._shortcut(NEXT_SHORTCUT)
        self.next_shortcut.activated.connect(self.go_next)
        self.previous_shortcut = self._shortcut(PREVIOUS_SHORTCUT)
        self.previous_shortcut.activated.connect(self.go_previous)
        self.mark_button.setToolTip(MARK_SHORTCUT)
        self.next_button.setToolTip(NEXT_SHORTCUT)
        self.previous_button.setToolTip(PREVIOUS_SHORTCUT)
        self.copy_button.clicked.connect(self.copy_answer)
        self.mark_button.clicked.connect(self.toggle_mark)
        self.previous_button.clicked.connect(self.go_previous)
        self.next_button.clicked.connect(self.go_next)
        self.field_choice.currentIndexChanged.connect(self._show_text)
        translate_ui(self)

    def retranslate(self) -> None:
        """Fixed texts, then the current question again (called on a language switch)."""
        self.field_choice.setAccessibleName(self.tr("Textfält att kopiera"))
        self.answer_view.setAccessibleName(self.tr("Svarstext"))
        self.copy_button.setText(self.tr("Kopiera"))
        self.copy_button.setToolTip(self.tr("Lägg svarstexten i urklipp ({shortcut})").format(shortcut=COPY_SHORTCUT))
        self.previous_button.setText(self.tr("◀ Föregående"))
        self.next_button.setText(self.tr("Nästa ▶"))
        self._render()

    def _shortcut(self, keys: str) -> QShortcut:
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        return shortcut

    # -- state ------------------------------------------------------------------------

    @property
    def item(self) -> TransferItem | None:
        items = self.status.items
        return items[self.index] if items else None

    @property
    def current_text(self) -> PasteText | None:
        item = self.item
        if item is None or not item.texts:
            return None
        return item.texts[max(0, self.field_choice.currentIndex())]

    def refresh(self) -> None:
        """Re-read the draft (after edits elsewhere or a merged bundle)."""
        number = self.item.number if self.item else None
        self.status = transfer_status(self.store, self.form, self.draft_id)
        numbers = [i.number for i in self.status.items]
        self.index = numbers.index(number) if number in numbers else min(self.index, max(0, len(numbers) - 1))
        self._render()

    def show_question(self, number: str) -> bool:
        numbers = [i.number for i in self.status.items]
        if number not in numbers:
            return False
        self.index = numbers.index(number)
        self.message_label.clear()
        self._render()
        return True

    # -- actions ----------------------------------------------------------------------

    @Slot()
    def copy_answer(self) -> None:
        text = self.current_text
        if text is None:
            self.message_label.setText(self.tr("Det finns ingen text att kopiera för den här frågan."))
            return
        QGuiApplication.clipboard().setText(text.text)
        self.message_label.setText(
            self.tr("Kopierat: {label} ({count} tecken). Klistra in i webbformuläret.").format(label=self.label_of(text), count=text.count)
        )

    @Slot()
    def toggle_mark(self) -> None:
        item = self.item
        if item is None:
            return
        try:
            if item.marked and not item.stale:
                unmark_transferred(self.store, self.form, self.draft_id, item.number)
                message = self.tr("Fråga {number}: markeringen borttagen.").format(number=item.question.display_number)
            else:
                mark_transferred(self.store, self.form, self.draft_id, item.number)
                message = self.tr("Fråga {number} är markerad som överförd.").format(number=item.question.display_number)
        except TransferRefused as exc:
            message = str(exc)
        self.refresh()
        self.message_label.setText(message)
        self.changed.emit()

    @Slot()
    def _mark_from_keyboard(self) -> None:
        if self.mark_button.isEnabled():
            self.toggle_mark()
        else:
            self.message_label.setText(self.mark_button.toolTip())

    @Slot()
    def go_next(self) -> None:
        if self.index + 1 < len(self.status.items):
            self.index += 1
            self.message_label.clear()
            self._render()

    @Slot()
    def go_previous(self) -> None:
        if self.index > 0:
            self.index -= 1
            self.message_label.clear()
            self._render()

    # -- view -------------------------------------------------------------------------

    def _render(self) -> None:
        status = self.status
        item = self.item
        done = "  ·  " + self.tr("Klart att skicka in") if status.complete else ""
        progress = self.tr("{done} av {total} överförda").format(done=status.transferred, total=len(status.items))
        self.progress_label.setText(f"{progress}{done}")
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index + 1 < len(status.items))
        if item is None:
            self.question_label.setText(self.tr("Inga frågor att föra över."))
            for w in (self.copy_button, self.mark_button):
                w.setEnabled(False)
            return
        q = item.question
        position = f"{self.index + 1}/{len(status.items)}"
        heading = self.tr("Fråga {number} ({position})").format(number=q.display_number, position=position)
        self.question_label.setText(f"{heading}\n{q.text}")
        if item.stale:
            self.state_label.setText(self.tr("⚠ Svaret har ändrats efter att det markerades som överfört. För över det igen."))
        else:
            self.state_label.setText(self.tr("✓ Överförd") if item.marked else self.tr("Ej överförd"))
        self.ticks_label.setText("\n".join(core_text(tick) for tick in item.ticks) if item.ticks else "")
        self.ticks_label.setVisible(bool(item.ticks))
        flags = [("⊘ " if f.blocking else "• ") + core_text(f.message) for f in item.flags]
        self.flags_label.setText("\n".join(flags))
        self.flags_label.setVisible(bool(flags))
        self.field_choice.blockSignals(True)
        self.field_choice.clear()
        for text in item.texts:
            self.field_choice.addItem(self.label_of(text))
        self.field_choice.blockSignals(False)
        self.field_choice.setVisible(len(item.texts) > 1)
        self._show_text()
        blocking = item.blocking_flags
        if item.marked and not item.stale:
            self.mark_button.setText(self.tr("Ångra markering"))
            self.mark_button.setEnabled(True)
            self.mark_button.setToolTip(MARK_SHORTCUT)
        else:
            self.mark_button.setText(self.tr("Markera som överförd"))
            self.mark_button.setEnabled(not blocking)
            self.mark_button.setToolTip(core_text(blocking[0].message) if blocking else MARK_SHORTCUT)

    def label_of(self, text: PasteText) -> str:
        """ "Fråga 20 a" / "Question 20 a" for the question's own answer; a sub-field keeps
        the form's own label (form texts are not translated)."""
        item = self.item
        if item is None or text.key != item.question.number:
            return text.label
        label = self.tr("Fråga {number}").format(number=item.question.display_number)
        return label + " " + self.tr("(procent)") if item.question.type == "percent" else label

    @Slot()
    def _show_text(self) -> None:
        text = self.current_text
        self.copy_button.setEnabled(text is not None)
        if text is None:
            self.answer_view.setPlainText("")
            self.answer_view.setVisible(False)
            self.filler.setVisible(True)
            self.count_label.setText(self.tr("Ingen text att klistra in.") if self.item and not self.item.ticks else "")
            return
        self.answer_view.setVisible(True)
        self.filler.setVisible(False)
        self.answer_view.setPlainText(text.text)
        if text.limit is None:
            count = self.tr("{label}: {count} tecken").format(label=self.label_of(text), count=text.count)
        else:
            count = self.tr("{label}: {count} av högst {limit} tecken").format(
                label=self.label_of(text), count=text.count, limit=text.limit
            )
        over = "  ⊘ " + self.tr("över gränsen") if text.over_limit else ""
        self.count_label.setText(count + over)

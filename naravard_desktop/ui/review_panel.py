"""The comments panel: threads, status and assignee for the current question.

Thin over core.review: every action is one Review call, then the panel reloads. Emits
`changed` after each write so the navigator can refresh its statuses and counts.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from naravard_desktop.core.forms import Form
from naravard_desktop.core.review import STATUSES, Review, ReviewError, Thread, format_time
from naravard_desktop.core.store import DraftStore

THREAD_ID_ROLE = Qt.ItemDataRole.UserRole


def thread_summary(thread: Thread) -> str:
    """A thread as the list shows it: head, quote, text, replies."""
    if thread.is_open:
        state = QCoreApplication.translate("ReviewPanel", "öppen")
    else:
        state = QCoreApplication.translate("ReviewPanel", "löst av {name}").format(name=thread.state_by)
    lines = [f"{thread.author}, {format_time(thread.created_at)} ({state})"]
    if thread.quote:
        lines.append(f"”{thread.quote}”{thread.quote_note}")
    lines.append(thread.text)
    lines.extend(f"  ↳ {r.author}, {format_time(r.created_at)}: {r.text}" for r in thread.replies)
    return "\n".join(lines)


class ReviewPanel(QWidget):
    changed = Signal()

    def __init__(self, store: DraftStore, form: Form, draft_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.review = Review(store, form, draft_id)
        self.question: str | None = None
        self._loading = False

        layout = QVBoxLayout(self)
        self.title = QLabel(self)
        layout.addWidget(self.title)

        status_row = QFormLayout()
        self.status_box = QComboBox(self)
        self.status_box.addItems(list(STATUSES))
        self.status_box.currentTextChanged.connect(self._status_chosen)
        status_row.addRow(self.tr("Status:"), self.status_box)
        self.assignee_edit = QLineEdit(self)
        self.assignee_edit.setPlaceholderText(self.tr("ingen"))
        self.assignee_edit.editingFinished.connect(self._assignee_edited)
        status_row.addRow(self.tr("Ansvarig:"), self.assignee_edit)
        layout.addLayout(status_row)

        self.show_resolved = QCheckBox(self.tr("Visa lösta trådar"), self)
        self.show_resolved.toggled.connect(self.reload)
        layout.addWidget(self.show_resolved)
        self.threads = QListWidget(self)
        self.threads.setWordWrap(True)
        self.threads.currentItemChanged.connect(self._selection_changed)
        layout.addWidget(self.threads, 1)

        self.reply_edit = QPlainTextEdit(self)
        self.reply_edit.setPlaceholderText(self.tr("Svara i den valda tråden…"))
        self.reply_edit.setMaximumHeight(70)
        layout.addWidget(self.reply_edit)
        buttons = QHBoxLayout()
        self.reply_button = QPushButton(self.tr("Svara"), self)
        self.reply_button.clicked.connect(self._reply)
        self.resolve_button = QPushButton(self.tr("Markera som löst"), self)
        self.resolve_button.clicked.connect(self._resolve)
        self.reopen_button = QPushButton(self.tr("Öppna igen"), self)
        self.reopen_button.clicked.connect(self._reopen)
        for button in (self.reply_button, self.resolve_button, self.reopen_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)

        layout.addWidget(QLabel(self.tr("Ny kommentar"), self))
        self.quote_edit = QLineEdit(self)
        self.quote_edit.setPlaceholderText(self.tr("Citat ur svaret (valfritt)"))
        layout.addWidget(self.quote_edit)
        self.comment_edit = QPlainTextEdit(self)
        self.comment_edit.setMaximumHeight(90)
        layout.addWidget(self.comment_edit)
        self.comment_button = QPushButton(self.tr("Kommentera"), self)
        self.comment_button.clicked.connect(self._add_comment)
        layout.addWidget(self.comment_button)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        layout.addWidget(self.error)
        self.set_question(None)

    # -- public -----------------------------------------------------------------------

    def set_question(self, number: str | None) -> None:
        """Show the threads and status of a question (None: nothing selected)."""
        self.question = self.review.question_number(number) if number is not None else None
        self.error.clear()
        self.reload()

    def set_quote(self, text: str) -> None:
        """Prefill the quote, e.g. from the editor's selection."""
        self.quote_edit.setText(text)

    def selected_thread_id(self) -> str | None:
        item = self.threads.currentItem()
        return item.data(THREAD_ID_ROLE) if item is not None else None

    def reload(self) -> None:
        self._loading = True
        try:
            selected = self.selected_thread_id()
            self.threads.clear()
            enabled = self.question is not None
            for widget in (self.status_box, self.assignee_edit, self.comment_edit, self.quote_edit, self.comment_button):
                widget.setEnabled(enabled)
            if self.question is None:
                self.title.setText(self.tr("Ingen fråga vald"))
                self._selection_changed()
                return
            self.title.setText(self.tr("Kommentarer till fråga {0}").format(self.question))
            status = self.review.statuses()[self.question]
            self.status_box.setCurrentText(status.status)
            self.assignee_edit.setText(status.assignee or "")
            for thread in self.review.threads(include_resolved=self.show_resolved.isChecked(), question=self.question):
                item = QListWidgetItem(thread_summary(thread))
                item.setData(THREAD_ID_ROLE, thread.id)
                if not thread.is_open:
                    item.setForeground(Qt.GlobalColor.gray)
                self.threads.addItem(item)
                if thread.id == selected:
                    self.threads.setCurrentItem(item)
            self._selection_changed()
        finally:
            self._loading = False

    # -- actions ----------------------------------------------------------------------

    def _run(self, action, *args) -> bool:  # type: ignore[no-untyped-def]
        try:
            action(*args)
        except ReviewError as exc:
            self.error.setText(str(exc))
            return False
        self.error.clear()
        self.reload()
        self.changed.emit()
        return True

    def _add_comment(self) -> None:
        if self.question is None:
            return
        quote = self.quote_edit.text() or None
        if self._run(self._do_add, self.comment_edit.toPlainText(), quote):
            self.comment_edit.clear()
            self.quote_edit.clear()

    def _do_add(self, text: str, quote: str | None) -> None:
        assert self.question is not None
        self.review.add_comment(self.question, text, quote=quote)

    def _reply(self) -> None:
        thread_id = self.selected_thread_id()
        if thread_id is not None and self._run(self.review.reply, thread_id, self.reply_edit.toPlainText()):
            self.reply_edit.clear()

    def _resolve(self) -> None:
        thread_id = self.selected_thread_id()
        if thread_id is not None:
            self._run(self.review.resolve, thread_id)

    def _reopen(self) -> None:
        thread_id = self.selected_thread_id()
        if thread_id is not None:
            self._run(self.review.reopen, thread_id)

    def _status_chosen(self, status: str) -> None:
        if self._loading or self.question is None:
            return
        if self.review.statuses()[self.question].status != status:
            self._run(self.review.set_status, self.question, status)

    def _assignee_edited(self) -> None:
        if self._loading or self.question is None:
            return
        name = self.assignee_edit.text().strip() or None
        if self.review.statuses()[self.question].assignee != name:
            self._run(self.review.set_assignee, self.question, name)

    def _selection_changed(self, *args: object) -> None:
        thread_id = self.selected_thread_id()
        thread = None
        if thread_id is not None:
            thread = next((t for t in self.review.threads(include_resolved=True, question=self.question) if t.id == thread_id), None)
        self.reply_button.setEnabled(thread is not None)
        self.reply_edit.setEnabled(thread is not None)
        self.resolve_button.setEnabled(thread is not None and thread.is_open)
        self.reopen_button.setEnabled(thread is not None and not thread.is_open)

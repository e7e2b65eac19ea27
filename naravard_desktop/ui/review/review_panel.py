"""The comments panel: threads, status and assignee for the current question.

Thin over core.review: every action is one Review call, then the panel reloads. Emits
`changed` after each write so the navigator can refresh its statuses and counts, and
`thread_chosen` (the Thread, its anchor located in the current answers) when the user
picks a thread, so the window can select the quoted excerpt in the answer.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QPainter, QPalette, QTextDocument, QTextOption
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from naravard_desktop.core.forms.model import Form
from naravard_desktop.core.review.comments import (
    STATUS_APPROVED,
    STATUS_DRAFT,
    STATUS_NEEDS_CHANGES,
    STATUS_READY,
    STATUSES,
    Review,
    ReviewError,
    Thread,
)
from naravard_desktop.core.storage.store import DraftStore
from naravard_desktop.core.times import local_time
from naravard_desktop.ui.i18n import translate_ui
from naravard_desktop.ui.widgets import look
from naravard_desktop.ui.widgets.inputs import CommentTextEdit

THREAD_ID_ROLE = Qt.ItemDataRole.UserRole
#: The thread as rich text (every user text escaped); the display role keeps the plain
#: text, which is also what assistive technology reads.
THREAD_HTML_ROLE = Qt.ItemDataRole.UserRole + 1

QUOTE_COLOUR = look.QUOTE
#: Class-based colours of the rich text; left out while an entry is selected, so the
#: whole entry takes the selection's text colour.
THREAD_STYLE = f".quote {{ color: {QUOTE_COLOUR}; }} .meta {{ color: {look.HELP}; }}"


def _html_text(text: str) -> str:
    """User text as rich text: escaped, line breaks kept."""
    return html.escape(text).replace("\n", "<br>")


class ThreadDelegate(QStyledItemDelegate):
    """Paints a thread's rich text (THREAD_HTML_ROLE), wrapped to the list's width."""

    MARGIN = 4

    def __init__(self, view: QListWidget):
        super().__init__(view)
        self.view = view

    def _document(self, index: QModelIndex | QPersistentModelIndex, width: int, *, selected: bool) -> QTextDocument:
        document = QTextDocument()
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        document.setDefaultTextOption(option)
        document.setDefaultFont(self.view.font())
        document.setDocumentMargin(self.MARGIN)
        if not selected:
            document.setDefaultStyleSheet(THREAD_STYLE)
        document.setHtml(str(index.data(THREAD_HTML_ROLE) or html.escape(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))))
        document.setTextWidth(max(40, width))
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        item_option = QStyleOptionViewItem(option)
        self.initStyleOption(item_option, index)
        item_option.text = ""
        style = item_option.widget.style() if item_option.widget is not None else self.view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item_option, painter, item_option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        document = self._document(index, option.rect.width(), selected=selected)
        context = QAbstractTextDocumentLayout.PaintContext()
        if selected:
            colour = option.palette.color(QPalette.ColorRole.HighlightedText)
        else:
            foreground = index.data(Qt.ItemDataRole.ForegroundRole)
            colour = (
                QColor(foreground.color() if hasattr(foreground, "color") else foreground)
                if foreground is not None
                else option.palette.color(QPalette.ColorRole.Text)
            )
        context.palette.setColor(QPalette.ColorRole.Text, colour)
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(option.rect.translated(-option.rect.topLeft()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802 - Qt override
        width = self.view.viewport().width() - 2 * self.view.spacing()
        document = self._document(index, width, selected=False)
        return QSize(width, int(document.size().height()) + 2)


class ReviewPanel(QWidget):
    changed = Signal()
    #: The user picked a thread (a Thread, its anchor located in the current answers).
    thread_chosen = Signal(object)

    def __init__(
        self,
        store: DraftStore,
        form: Form,
        draft_id: str,
        parent: QWidget | None = None,
        *,
        answers: Callable[[], Mapping[str, Any]] | None = None,
    ):
        super().__init__(parent)
        self.review = Review(store, form, draft_id)
        # The answers quotes are located in: the editor's (unsaved edits included); the
        # stored ones when None.
        self.answers = answers
        self.question: str | None = None
        self._loading = False
        self._shown: dict[str, Thread] = {}  # thread id → the thread as last listed

        layout = QVBoxLayout(self)
        self.title = QLabel(self)
        layout.addWidget(self.title)

        status_row = QFormLayout()
        self.status_box = QComboBox(self)
        for status in STATUSES:
            self.status_box.addItem(status, status)  # labels set by retranslate()
        self.status_box.currentIndexChanged.connect(self._status_chosen)
        self.status_label = QLabel(self)
        self.status_label.setBuddy(self.status_box)
        status_row.addRow(self.status_label, self.status_box)
        self.assignee_edit = QLineEdit(self)
        self.assignee_edit.editingFinished.connect(self._assignee_edited)
        self.assignee_label = QLabel(self)
        self.assignee_label.setBuddy(self.assignee_edit)
        status_row.addRow(self.assignee_label, self.assignee_edit)
        layout.addLayout(status_row)

        self.show_resolved = QCheckBox(self)
        self.show_resolved.toggled.connect(self.reload)
        layout.addWidget(self.show_resolved)
        self.threads = QListWidget(self)
        self.threads.setWordWrap(True)
        self.threads.setResizeMode(QListView.ResizeMode.Adjust)  # entries re-wrap with the dock's width
        self.threads.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.threads.setSpacing(2)
        self.threads.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # entries wrap instead
        self.threads.setItemDelegate(ThreadDelegate(self.threads))
        self.threads.currentItemChanged.connect(self._selection_changed)
        self.threads.itemClicked.connect(self._item_clicked)
        layout.addWidget(self.threads, 1)
        self.quote_note = QLabel(self)
        self.quote_note.setWordWrap(True)
        self.quote_note.setTextFormat(Qt.TextFormat.PlainText)
        look.style_note(self.quote_note)
        self.quote_note.hide()
        layout.addWidget(self.quote_note)

        self.reply_edit = CommentTextEdit(self)
        self.reply_edit.submitted.connect(self._reply)
        self.reply_edit.setMaximumHeight(70)
        layout.addWidget(self.reply_edit)
        buttons = QHBoxLayout()
        self.reply_button = QPushButton(self)
        self.reply_button.clicked.connect(self._reply)
        self.resolve_button = QPushButton(self)
        self.resolve_button.clicked.connect(self._resolve)
        self.reopen_button = QPushButton(self)
        self.reopen_button.clicked.connect(self._reopen)
        for button in (self.reply_button, self.resolve_button, self.reopen_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)

        self.new_label = QLabel(self)
        layout.addWidget(self.new_label)
        self.quote_edit = QLineEdit(self)
        layout.addWidget(self.quote_edit)
        self.comment_edit = CommentTextEdit(self)
        self.comment_edit.submitted.connect(self._add_comment)
        self.comment_edit.setMaximumHeight(90)
        layout.addWidget(self.comment_edit)
        self.comment_button = QPushButton(self)
        self.comment_button.clicked.connect(self._add_comment)
        layout.addWidget(self.comment_button)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        look.set_text_colour(self.error, look.ERROR)
        layout.addWidget(self.error)
        self._retranslate_static()
        self.set_question(None)
        translate_ui(self, now=False)  # after a language switch: retranslate()

    # -- texts ------------------------------------------------------------------------

    def status_label_text(self, status: str) -> str:
        """A stored (Swedish) status as the user's language shows it."""
        labels = {
            STATUS_DRAFT: self.tr("Utkast"),
            STATUS_READY: self.tr("Klar för granskning"),
            STATUS_APPROVED: self.tr("Godkänd"),
            STATUS_NEEDS_CHANGES: self.tr("Behöver ändras"),
        }
        return labels.get(status, status)

    def _retranslate_static(self) -> None:
        self.status_label.setText(self.tr("Status:"))
        self.assignee_label.setText(self.tr("Ansvarig:"))
        self.assignee_edit.setPlaceholderText(self.tr("ingen"))
        self.assignee_edit.setAccessibleName(self.tr("Ansvarig för frågan"))
        self.status_box.setAccessibleName(self.tr("Frågans status"))
        loading, self._loading = self._loading, True
        try:
            for row in range(self.status_box.count()):
                self.status_box.setItemText(row, self.status_label_text(str(self.status_box.itemData(row))))
        finally:
            self._loading = loading
        self.show_resolved.setText(self.tr("Visa lösta trådar"))
        self.threads.setAccessibleName(self.tr("Kommentarstrådar"))
        self.quote_note.setAccessibleName(self.tr("Om citatet"))
        self.reply_edit.setPlaceholderText(self.tr("Svara i den valda tråden… (Ctrl+Enter skickar)"))
        self.reply_edit.setAccessibleName(self.tr("Svar i den valda tråden"))
        self.reply_button.setText(self.tr("Svara"))
        self.resolve_button.setText(self.tr("Markera som löst"))
        self.reopen_button.setText(self.tr("Öppna igen"))
        self.new_label.setText(self.tr("Ny kommentar"))
        self.quote_edit.setPlaceholderText(self.tr("Citat ur svaret (valfritt)"))
        self.quote_edit.setAccessibleName(self.tr("Citat ur svaret"))
        self.comment_edit.setAccessibleName(self.tr("Ny kommentar"))
        self.comment_edit.setPlaceholderText(self.tr("Skriv en kommentar… (Ctrl+Enter skickar, Tab går vidare)"))
        self.comment_button.setText(self.tr("Kommentera"))

    def retranslate(self) -> None:
        """Every text again in the current language (the threads from what is shown: no
        database read, so this is safe at any language switch)."""
        self._retranslate_static()
        self._update_title()
        for row in range(self.threads.count()):
            item = self.threads.item(row)
            thread = self._shown.get(item.data(THREAD_ID_ROLE))
            if thread is not None:
                self._render(item, thread)
        self._show_quote_note(self._shown.get(self.selected_thread_id() or ""))

    def _update_title(self) -> None:
        if self.question is None:
            self.title.setText(self.tr("Ingen fråga vald"))
        else:
            self.title.setText(self.tr("Kommentarer till fråga {0}").format(self.question))

    def quote_state(self, thread: Thread) -> str:
        """What became of a thread's quote: "", "texten har ändrats" or "nu: ”…”"."""
        anchor = thread.anchor
        if thread.quote is None or anchor is None:
            return ""
        if anchor.lost:
            return self.tr("texten har ändrats")
        if anchor.status == "moved":
            return self.tr("nu: ”{current}”").format(current=anchor.current)
        return ""

    def thread_heading(self, thread: Thread) -> str:
        if thread.is_open:
            return self.tr("öppen")
        return self.tr("löst av {name}").format(name=thread.state_by)

    def thread_summary(self, thread: Thread) -> str:
        """A thread as plain text (what the list's entry says to assistive technology):
        author and time, state, quote, text, replies."""
        lines = [f"{thread.author}, {local_time(thread.created_at, seconds=False)} ({self.thread_heading(thread)})"]
        if thread.quote:
            note = self.quote_state(thread)
            lines.append(f"”{thread.quote}”" + (f" ({note})" if note else ""))
        lines.append(thread.text)
        lines.extend(f"  ↳ {r.author}, {local_time(r.created_at, seconds=False)}: {r.text}" for r in thread.replies)
        return "\n".join(lines)

    def thread_html(self, thread: Thread) -> str:
        """The same as rich text: author and time first, the quote in grey italics; every
        user text escaped."""
        parts = [
            f"<b>{html.escape(thread.author)}</b> <span class='meta'>· {html.escape(local_time(thread.created_at, seconds=False))}"
            f" · {html.escape(self.thread_heading(thread))}</span>"
        ]
        if thread.quote:
            note = self.quote_state(thread)
            note_html = f" <span class='meta'>({html.escape(note)})</span>" if note else ""
            parts.append(f"<i class='quote'>”{_html_text(thread.quote)}”</i>{note_html}")
        parts.append(_html_text(thread.text))
        for reply in thread.replies:
            parts.append(
                f"<div style='margin-left:14px'>↳ <b>{html.escape(reply.author)}</b>"
                f" <span class='meta'>· {html.escape(local_time(reply.created_at, seconds=False))}</span><br>{_html_text(reply.text)}</div>"
            )
        return "".join(f"<div>{part}</div>" if not part.startswith("<div") else part for part in parts)

    def _render(self, item: QListWidgetItem, thread: Thread) -> None:
        item.setText(self.thread_summary(thread))
        item.setData(THREAD_HTML_ROLE, self.thread_html(thread))

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
        thread_id = item.data(THREAD_ID_ROLE) if item is not None else None
        return thread_id if isinstance(thread_id, str) else None

    def _threads(self, *, include_resolved: bool) -> list[Thread]:
        answers = self.answers() if self.answers is not None else None
        return self.review.threads(include_resolved=include_resolved, question=self.question, answers=answers)

    def current_thread(self) -> Thread | None:
        """The selected thread, freshly read (its anchor in the answers as they are now)."""
        thread_id = self.selected_thread_id()
        if thread_id is None or self.question is None:
            return None
        return next((t for t in self._threads(include_resolved=True) if t.id == thread_id), None)

    def reload(self) -> None:
        self._loading = True
        try:
            selected = self.selected_thread_id()
            self.threads.clear()
            self._shown = {}
            enabled = self.question is not None
            for widget in (self.status_box, self.assignee_edit, self.comment_edit, self.quote_edit, self.comment_button):
                widget.setEnabled(enabled)
            self._update_title()
            if self.question is None:
                self._selection_changed()
                return
            status = self.review.statuses()[self.question]
            self.status_box.setCurrentIndex(max(0, self.status_box.findData(status.status)))
            self.assignee_edit.setText(status.assignee or "")
            for thread in self._threads(include_resolved=self.show_resolved.isChecked()):
                item = QListWidgetItem()
                item.setData(THREAD_ID_ROLE, thread.id)
                self._render(item, thread)
                if not thread.is_open:
                    item.setForeground(Qt.GlobalColor.gray)
                self._shown[thread.id] = thread
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

    def _status_chosen(self, index: int) -> None:
        if self._loading or self.question is None or index < 0:
            return
        status = str(self.status_box.itemData(index))
        if self.review.statuses()[self.question].status != status:
            self._run(self.review.set_status, self.question, status)

    def _assignee_edited(self) -> None:
        if self._loading or self.question is None:
            return
        name = self.assignee_edit.text().strip() or None
        if self.review.statuses()[self.question].assignee != name:
            self._run(self.review.set_assignee, self.question, name)

    def _item_clicked(self, item: QListWidgetItem) -> None:
        """A click on the thread already selected shows its quote again."""
        if item is self.threads.currentItem() and not self._loading:
            self._choose()

    def _selection_changed(self, *args: object) -> None:
        thread = self.current_thread() if self.selected_thread_id() is not None else None
        self.reply_button.setEnabled(thread is not None)
        self.reply_edit.setEnabled(thread is not None)
        self.resolve_button.setEnabled(thread is not None and thread.is_open)
        self.reopen_button.setEnabled(thread is not None and not thread.is_open)
        if not self._loading:
            self._choose(thread)
        else:
            self._show_quote_note(thread)

    def _choose(self, thread: Thread | None = None) -> None:
        """The user picked a thread: refresh its entry and note, tell the window."""
        thread = thread or self.current_thread()
        item = self.threads.currentItem()
        if thread is not None and item is not None:
            self._shown[thread.id] = thread
            self._render(item, thread)  # the quote's state as the answer is now
        self._show_quote_note(thread)
        if thread is not None:
            self.thread_chosen.emit(thread)

    def _show_quote_note(self, thread: Thread | None) -> None:
        """Under the list: the selected thread's quote is gone from the answer."""
        lost = thread is not None and thread.quote is not None and thread.anchor is not None and thread.anchor.lost
        if lost:
            assert thread is not None
            self.quote_note.setText(
                self.tr("Citatet finns inte längre i svaret (texten har ändrats). Det citerade var: ”{quote}”").format(quote=thread.quote)
            )
        else:
            self.quote_note.clear()
        self.quote_note.setVisible(lost)

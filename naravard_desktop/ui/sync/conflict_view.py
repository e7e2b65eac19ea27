"""The conflict view: two versions of a field side by side, differences highlighted, who
and when; take either, or edit a combined text. Thin over core.field_versions."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from naravard_desktop.core.forms.answers import InvalidValue, normalise_value
from naravard_desktop.core.forms.counting import count_like_browser
from naravard_desktop.core.forms.model import Form
from naravard_desktop.core.storage.store import DraftStore, Revision
from naravard_desktop.core.sync.field_versions import (
    Conflict,
    FieldVersionError,
    combined_text,
    conflicts,
    diff_segments,
    field_ref,
    resolve_take,
    resolve_value,
    value_text,
)
from naravard_desktop.core.times import local_time
from naravard_desktop.ui.i18n import core_text, error_text
from naravard_desktop.ui.sync.history_view import editor_credit
from naravard_desktop.ui.widgets import look
from naravard_desktop.ui.widgets.choice_field import ChoiceField
from naravard_desktop.ui.widgets.matrix_field import MatrixField
from naravard_desktop.ui.widgets.number_field import CheckField, NumberField, format_number

HIGHLIGHT = look.HIGHLIGHT


def segments_html(segments: list[tuple[str, bool]]) -> str:
    """Escaped text with the differing runs highlighted; line breaks kept."""
    parts = []
    for text, differs in segments:
        escaped = html.escape(text).replace("\n", "<br>")
        parts.append(f'<span style="background-color:{HIGHLIGHT}">{escaped}</span>' if differs else escaped)
    return "".join(parts)


def version_caption(index: int, rev: Revision, store: DraftStore | None = None) -> str:
    """ "Anna Andersson, 2025-03-01 14:02 (version 1)" in local time, like the rest of the app
    (never a revision hash: the number tells versions of the same person apart)."""
    return QCoreApplication.translate("ConflictView", "{editor}, {time} (version {index})").format(
        index=index, editor=editor_credit(store, rev) if store is not None else rev.editor_name, time=local_time(rev.created_at)[:16]
    )


class ValueChoice:
    """The AnswerSink behind the question's own controls in the conflict view: a click or
    a typed number sets the value to save, nothing is written until *Spara valt svar*."""

    def __init__(self, key: str) -> None:
        self.key = key
        self.value: Any = None
        self.widget: Any = None

    def propose(self, changes: dict[str, Any], text: str, merge_key: str | None = None) -> None:
        if self.key in changes:
            self.value = changes[self.key]
            if self.widget is not None:
                self.widget.show_value(self.value)

    def notify(self, message: str) -> None:
        pass


def value_widget(form: Form, key: str, sink: ValueChoice, parent: QWidget) -> Any:
    """The same control the question has in the editor (radio buttons, check boxes, matrix
    rows, a number field, a check box), without its "ange vad" texts (they have keys of their own)."""
    ref = field_ref(form, key)
    if ref is None:
        return None
    q = ref.question
    widget: Any
    if ref.subfield is not None:
        if ref.subfield.type != "checkbox":
            return None
        widget = CheckField(key, ref.subfield.label, ref.label, sink, parent)
    elif q.type in ("single", "multi"):
        widget = ChoiceField(q, sink, parent)
    elif q.type == "matrix":
        widget = MatrixField(q, sink, parent)
    elif q.type in ("number", "percent"):
        widget = NumberField(q, sink, parent)
    else:
        return None
    for detail in getattr(widget, "details", {}).values():
        detail.hide()
    sink.widget = widget
    return widget


class ConflictView(QWidget):
    """Lists the draft's conflicts; shows the chosen field's versions side by side."""

    resolved = Signal(str)  # field key

    def __init__(self, store: DraftStore, form: Form, draft_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.form, self.draft_id = store, form, store.draft(draft_id).id
        self.conflicts: list[Conflict] = []
        self.last_resolved = ""  # field key of the last conflict resolved here
        self.before_write: Callable[[], bool] | None = None  # e.g. write the editor's pending changes first
        layout = QHBoxLayout(self)
        self.field_list = QListWidget(self)
        self.field_list.currentRowChanged.connect(self._show_conflict)
        layout.addWidget(self.field_list, 1)
        right = QWidget(self)
        grid = QGridLayout(right)
        self.heading = QLabel("", right)
        self.heading.setWordWrap(True)
        self.question_text = QLabel("", right)  # what was asked, so the versions can be judged
        self.question_text.setWordWrap(True)
        self.question_text.setTextFormat(Qt.TextFormat.PlainText)
        self.question_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QVBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.question_text)
        grid.addLayout(top, 0, 0, 1, 2)
        self.left_choice = QComboBox(right)
        self.right_choice = QComboBox(right)
        self.left_choice.currentIndexChanged.connect(self._show_versions)
        self.right_choice.currentIndexChanged.connect(self._show_versions)
        grid.addWidget(self.left_choice, 1, 0)
        grid.addWidget(self.right_choice, 1, 1)
        self.left_text = QTextBrowser(right)
        self.right_text = QTextBrowser(right)
        grid.addWidget(self.left_text, 2, 0)
        grid.addWidget(self.right_text, 2, 1)
        self.take_left = QPushButton(self.tr("Behåll vänstra versionen"), right)
        self.take_right = QPushButton(self.tr("Behåll högra versionen"), right)
        self.take_left.clicked.connect(self._take_left)
        self.take_right.clicked.connect(self._take_right)
        grid.addWidget(self.take_left, 3, 0)
        grid.addWidget(self.take_right, 3, 1)
        self.combined_label = QLabel("", right)
        self.combined_label.setWordWrap(True)
        grid.addWidget(self.combined_label, 4, 0, 1, 2)
        # A text is combined in a text box; any other answer is chosen with the question's own controls.
        self.editor_stack = QStackedWidget(right)
        self.combined = QPlainTextEdit(self.editor_stack)
        self.combined.setTabChangesFocus(True)
        self.combined.textChanged.connect(self._show_combined_count)
        self.editor_stack.addWidget(self.combined)
        self.value_holder = QWidget(self.editor_stack)
        self.value_layout = QVBoxLayout(self.value_holder)
        self.value_layout.setContentsMargins(0, 0, 0, 0)
        self.value_layout.addStretch(1)  # the controls sit at the top, under their caption
        self.editor_stack.addWidget(self.value_holder)
        self.value_choice: ValueChoice | None = None
        self.value_editor: Any = None
        self.combined_label.setBuddy(self.combined)
        grid.addWidget(self.editor_stack, 5, 0, 1, 2)
        self.combined_count = QLabel("", right)
        grid.addWidget(self.combined_count, 6, 1, Qt.AlignmentFlag.AlignRight)
        buttons = QVBoxLayout()
        self.save_combined = QPushButton(self.tr("Spara sammanslagen text"), right)
        self.save_combined.clicked.connect(self._save_combined)
        buttons.addWidget(self.save_combined)
        grid.addLayout(buttons, 7, 0, 1, 2)
        self.message = QLabel("", right)
        self.message.setWordWrap(True)
        grid.addWidget(self.message, 8, 0, 1, 2)
        layout.addWidget(right, 3)
        self.refresh()

    # -- data -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the conflicts; keeps the shown field when it is still in conflict."""
        shown = self.current.field if self.current is not None else None
        draft_text = self.combined.toPlainText() if self.combined.document().isModified() else None
        self.conflicts = conflicts(self.store, self.form, self.draft_id)
        self.field_list.blockSignals(True)
        self.field_list.clear()
        for c in self.conflicts:
            self.field_list.addItem(f"{core_text(c.label)} – {', '.join(c.editors)}")
        self.field_list.blockSignals(False)
        if self.conflicts:
            fields = [c.field for c in self.conflicts]
            row = fields.index(shown) if shown in fields else 0
            self.field_list.setCurrentRow(row)
            self._show_conflict(row)
            if draft_text is not None and fields[row] == shown:  # never throw away a combined text being written
                self.combined.setPlainText(draft_text)
                self.combined.document().setModified(True)
        else:
            self.heading.setText(self.tr("Inga konflikter: alla versioner är sammanslagna eller lösta."))
            self.question_text.clear()
            self._set_value_editor(None)
            for w in (self.left_choice, self.right_choice):
                w.clear()
            self.left_text.clear()
            self.right_text.clear()
            self.combined.clear()
        for widget in (self.take_left, self.take_right, self.save_combined, self.combined, self.value_holder):
            widget.setEnabled(bool(self.conflicts))

    def show_field(self, key: str) -> bool:
        """Select a field's conflict; False when the field has none (any more)."""
        for row, c in enumerate(self.conflicts):
            if c.field == key:
                self.field_list.setCurrentRow(row)
                return True
        return False

    @property
    def current(self) -> Conflict | None:
        row = self.field_list.currentRow()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def _show_conflict(self, row: int) -> None:
        conflict = self.current
        if conflict is None:
            return
        self.heading.setText(
            self.tr("{field}: {count} versioner krockar").format(field=core_text(conflict.label), count=len(conflict.versions))
        )
        question = self.form.question(conflict.question)
        self.question_text.setText(
            self.tr("Fråga {number}: {text}").format(number=question.display_number, text=question.text) if question is not None else ""
        )
        for box, default in ((self.left_choice, 0), (self.right_choice, len(conflict.versions) - 1)):
            box.blockSignals(True)
            box.clear()
            for index, rev in enumerate(conflict.versions, start=1):
                box.addItem(version_caption(index, rev, self.store), rev.id)
            box.setCurrentIndex(default)
            box.blockSignals(False)
        ref = field_ref(self.form, conflict.field)
        newest = conflict.versions[-1].value
        if ref is not None and ref.is_text:
            self._set_value_editor(None)
            both = combined_text(self.store, self.form, self.draft_id, conflict)
            self.combined.setPlainText(both if both is not None else (newest if isinstance(newest, str) else ""))
            self.combined.document().setModified(False)
        else:
            self._set_value_editor(conflict.field, newest)
        self._show_versions()

    def _set_value_editor(self, key: str | None, value: Any = None) -> None:
        """Text fields: the combined text box; other fields: the question's own controls."""
        if self.value_editor is not None:
            self.value_editor.hide()
            self.value_editor.setParent(None)
            self.value_editor.deleteLater()
            self.value_editor = None
            self.value_choice = None
        if key is not None:
            self.value_choice = ValueChoice(key)
            self.value_editor = value_widget(self.form, key, self.value_choice, self.value_holder)
        if self.value_editor is not None and self.value_choice is not None:
            self.value_layout.insertWidget(0, self.value_editor)
            self.value_choice.value = value
            self.value_editor.show_value(value)
            self.editor_stack.setCurrentWidget(self.value_holder)
            self.combined_label.setText(self.tr("Välj svaret som ska gälla (här visas det senaste) och spara:"))
            self.combined_label.setBuddy(self.value_editor.focusProxy() or self.value_editor)
            self.save_combined.setText(self.tr("Spara valt svar"))
        else:
            self.editor_stack.setCurrentWidget(self.combined)
            self.combined_label.setText(
                self.tr(
                    "Sammanslagen version: allas ändringar, och där de krockar båda versionernas ord som «vänster | höger». "
                    "Redigera och spara:"
                )
            )
            self.combined_label.setBuddy(self.combined)
            self.save_combined.setText(self.tr("Spara sammanslagen text"))
        self._show_combined_count()

    def _show_combined_count(self) -> None:
        """The combined text's count against the field's limit, counted like the web form."""
        conflict = self.current
        ref = field_ref(self.form, conflict.field) if conflict is not None else None
        if ref is None or not ref.is_text or ref.max_chars is None:
            self.combined_count.setText("")
            return
        count = count_like_browser(self.combined.toPlainText())
        if count > ref.max_chars:
            text = self.tr("{count} / {limit} tecken – {over} tecken för mycket").format(
                count=count, limit=ref.max_chars, over=count - ref.max_chars
            )
        else:
            text = self.tr("{count} / {limit} tecken").format(count=count, limit=ref.max_chars)
        self.combined_count.setText(text)
        over = count > ref.max_chars
        look.set_text_colour(self.combined_count, look.OVER if over else None)
        look.set_bold(self.combined_count, over)

    def _version(self, box: QComboBox) -> Revision | None:
        conflict = self.current
        if conflict is None or box.currentIndex() < 0:
            return None
        return conflict.versions[box.currentIndex()]

    def _show_versions(self) -> None:
        left, right = self._version(self.left_choice), self._version(self.right_choice)
        if left is None or right is None:
            return
        a, b = diff_segments(self._shown_value(left.value), self._shown_value(right.value))
        self.left_text.setHtml(segments_html(a))
        self.right_text.setHtml(segments_html(b))

    def _shown_value(self, value: object) -> str:
        """A version as text; numbers the way the number field shows them ("245 000")."""
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return format_number(value)
        return value_text(value) or self.tr("(inget svar – svaret är borttaget)")

    # -- actions -------------------------------------------------------------------------

    def _take(self, box: QComboBox) -> None:
        conflict, rev = self.current, self._version(box)
        if conflict is None or rev is None:
            return
        if self.before_write is not None and not self.before_write():
            return
        try:
            resolve_take(self.store, self.form, self.draft_id, conflict.field, rev.id)
        except FieldVersionError as exc:
            self.message.setText(error_text(exc))
            return
        self._done(
            conflict,
            self.tr("{field}: löst med versionen från {editor}").format(
                field=core_text(conflict.label), editor=editor_credit(self.store, rev)
            ),
        )

    def _take_left(self) -> None:
        self._take(self.left_choice)

    def _take_right(self) -> None:
        self._take(self.right_choice)

    def _save_combined(self) -> None:
        conflict = self.current
        if conflict is None:
            return
        if self.before_write is not None and not self.before_write():
            return
        try:
            if self.value_choice is not None:
                value = self.value_choice.value
                if isinstance(value, str) and isinstance(self.value_editor, NumberField):
                    self.message.setText(self.tr("”{text}” är inte ett tal – skriv t.ex. 1500 eller 12,5.").format(text=value))
                    return
            else:
                ref = field_ref(self.form, conflict.field)
                value = self.combined.toPlainText()
                if ref is not None:
                    value = normalise_value(ref, value)
            resolve_value(self.store, self.form, self.draft_id, conflict.field, value)
        except (FieldVersionError, InvalidValue) as exc:
            self.message.setText(error_text(exc))
            return
        if self.value_choice is not None:
            self._done(conflict, self.tr("{field}: löst med det valda svaret").format(field=core_text(conflict.label)))
        else:
            self._done(conflict, self.tr("{field}: löst med den sammanslagna texten").format(field=core_text(conflict.label)))

    def _done(self, conflict: Conflict, message: str) -> None:
        self.last_resolved = conflict.field
        self.refresh()
        self.message.setText(message)
        self.resolved.emit(conflict.field)


class ConflictDialog(QDialog):
    """The conflict view in its own (non-modal) window, with a way to the field's history."""

    history_requested = Signal(str)  # field key

    def __init__(self, store: DraftStore, form: Form, draft_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Konflikter"))
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "Två eller fler har ändrat samma svar på olika sätt. Ingen text försvinner: välj en version eller "
                "skriv en sammanslagen, och alla versioner finns kvar i historiken."
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.view = ConflictView(store, form, draft_id, self)
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.history_button = buttons.addButton(self.tr("Fältets historik…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.history_button.clicked.connect(self._on_history)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(1150, 700)

    def _on_history(self) -> None:
        conflict = self.view.current
        self.history_requested.emit(conflict.field if conflict is not None else self.view.last_resolved)

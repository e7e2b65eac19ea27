"""A new round in the main window: Arkiv → "Ny omgång…" starts a draft for next year's form
from the open draft (core.carry.new_round) and opens it. Carried answers carry a line
"Från föregående år" on their question card until they are edited or kept (Inlämning →
"Behåll överförda svar…", or the line's own "Behåll" button; core.carry.confirm_carried).

Installed through ui/extensions.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from naravard_desktop.core.forms.answers import KEY_SEPARATOR, question_of
from naravard_desktop.core.forms.model import Form
from naravard_desktop.core.storage.store import META_FIELD_PREFIX, StoreError
from naravard_desktop.core.submission.carry import CarryError, carried_fields, confirm_carried, new_round
from naravard_desktop.core.submission.pii import field_label
from naravard_desktop.ui.feature import WindowFeature
from naravard_desktop.ui.i18n import error_text
from naravard_desktop.ui.session import DraftSession, UnsavedChanges
from naravard_desktop.ui.store_change import StoreChange
from naravard_desktop.ui.submission.submission import MENU, add_submission_menu
from naravard_desktop.ui.widgets import look

if TYPE_CHECKING:  # the dialogs load when first opened, not at start-up
    from naravard_desktop.ui.main_window import MainWindow
    from naravard_desktop.ui.submission.submission_dialogs import NewRoundDialog

NOTES_SHOWN = 12


class CarriedMark(QWidget):
    """On a question card: which answers are from last year, and "Behåll" to keep them."""

    def __init__(self, number: str, owner: NewRound, parent: QWidget | None = None):
        super().__init__(parent)
        self.number = number
        self.owner = owner
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        look.set_text_colour(self.label, look.CONDITION)
        layout.addWidget(self.label, 1)
        self.keep_button = QPushButton(self.tr("Behåll"), self)
        self.keep_button.setToolTip(self.tr("Svaret stämmer i år också: behåll det som årets svar"))
        self.keep_button.clicked.connect(self._on_keep)
        layout.addWidget(self.keep_button)

    def set_fields(self, labels: list[str]) -> None:
        self.label.setText(self.tr("↺ Från föregående år: {fields} – kontrollera, redigera eller behåll").format(fields=", ".join(labels)))
        self.keep_button.setAccessibleName(self.tr("Behåll svaret från föregående år i {fields}").format(fields=", ".join(labels)))

    def _on_keep(self) -> None:
        self.owner.keep(self.number)


class NewRound(WindowFeature):
    """ "Ny omgång…", the carried marks in the editor and keeping carried answers."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.carried: dict[str, Any] = {}  # field key → the value carried from last year
        self.marks: dict[str, CarriedMark] = {}
        self.dialog: NewRoundDialog | None = None
        self.result_box: QMessageBox | None = None
        self._form_view: Any = None
        self._edited = False  # a carried field was edited since the store was last asked
        r = window.registry
        self.new_action = r.add("new-round", lambda: self.tr("Ny o&mgång…"), self.ask_new_round, menu="file")
        r.place("file", [self.new_action], before="open-draft")  # Arkiv: Nytt utkast, Ny omgång, Öppna utkast …
        add_submission_menu(window)
        self.keep_question_action = r.add(
            "keep-carried-question", lambda: self.tr("&Behåll överförda svar i frågan"), self.keep_current, menu=MENU, separator_before=True
        )
        self.keep_all_action = r.add("keep-carried-all", lambda: self.tr("Behåll &alla överförda svar"), self.keep_all, menu=MENU)
        window.draft_opened.connect(self._on_draft_opened)
        window.draft_closed.connect(self._on_draft_closed)
        window.store_changed.connect(self.reload)
        window.editor_built.connect(self.show_marks)  # a new editor (opened, language switch)
        self._update_actions()

    def _update_actions(self) -> None:
        session = self.session
        self.new_action.setEnabled(session is not None)
        self.keep_question_action.setEnabled(bool(self.carried))
        self.keep_all_action.setEnabled(bool(self.carried))

    def newer_forms(self) -> list[Form]:
        """Forms that declare the open draft's form as their previous one."""
        session = self.session
        if session is None:
            return []
        return [f for f in self.window.forms.sorted() if f.previous_form == session.form.id]

    # -- carried marks --------------------------------------------------------------------

    def _on_draft_opened(self, session: DraftSession) -> None:
        session.value_changed.connect(self._on_value_changed)
        session.saved.connect(self._on_saved)
        self.reload()

    def _on_draft_closed(self) -> None:
        self.carried = {}
        self.marks = {}
        self._form_view = None
        for dialog in (self.dialog, self.result_box):
            if dialog is not None:
                dialog.close()
        self.dialog = None
        self.result_box = None
        self._update_actions()

    def reload(self, _change: object = None) -> None:
        """Which fields are still as carried, from the store (core.carry.carried_fields)."""
        session = self.session
        if session is None:
            return
        self._edited = False
        keys = carried_fields(session.store, session.draft_id)
        self.carried = {key: session.value(key) for key in keys}
        self.show_marks()

    def _on_value_changed(self, key: str) -> None:
        if (
            key in self.carried
            and not key.startswith(META_FIELD_PREFIX)
            and self.session is not None
            and self.session.value(key) != self.carried[key]
        ):
            del self.carried[key]  # edited: this year's answer now (as the store will say)
            self._edited = True
            self._show_mark(question_of(key))
            self._update_actions()

    def _on_saved(self, _time: str) -> None:
        """Once an edit of a carried field is written, the store decides (an edit undone
        before the autosave wrote nothing, so that answer is still from last year)."""
        if self._edited and self.session is not None and not self.session.has_pending():
            self.reload()

    def show_marks(self) -> None:
        form_view = self.window.form_view
        if form_view is not self._form_view:  # a new editor (opened, language switch)
            self._form_view = form_view
            self.marks = {}
            if form_view is not None:  # cards built later (idle time) get their marks then
                form_view.cards_built.connect(self._on_cards_built)
        numbers = {question_of(k) for k in self.carried} | set(self.marks)
        for number in numbers:
            self._show_mark(number)
        self._update_actions()

    def _on_cards_built(self, numbers: list[str]) -> None:
        carried = {question_of(k) for k in self.carried}
        for number in numbers:
            if number in carried:
                self._show_mark(number)

    def _show_mark(self, number: str) -> None:
        session = self.session
        form_view = self.window.form_view
        if session is None or form_view is None:
            return
        keys = [k for k in session.form.field_keys() if k in self.carried and question_of(k) == number]
        mark = self.marks.get(number)
        if not keys:
            if mark is not None:
                mark.hide()
            return
        card = form_view.built_cards().get(number)
        if card is None:
            return  # not built yet: marked when it is (_on_cards_built)
        if mark is None:
            mark = CarriedMark(number, self, card)
            card.insert_mark(mark)
            self.marks[number] = mark
        mark.set_fields([self._label(k) for k in keys])
        mark.show()

    def _label(self, key: str) -> str:
        if KEY_SEPARATOR not in key:
            return self.tr("svaret")
        return key.split(KEY_SEPARATOR, 1)[1].replace(KEY_SEPARATOR, ", ")

    def mark_text(self, number: str) -> str:
        """The carried line shown on a question's card ("" when none); the card is built if it was not yet."""
        form_view = self.window.form_view
        if form_view is not None and form_view is self._form_view:
            form_view.build_through(number)
        mark = self.marks.get(number) if self._form_view is self.window.form_view else None
        return mark.label.text() if mark is not None and not mark.isHidden() else ""

    # -- keeping --------------------------------------------------------------------------

    def keep(self, number: str | None) -> list[str]:
        """Keep the carried answers of one question (None: all) as this year's answers."""
        session = self.session
        if session is None:
            return []
        try:
            session.require_saved()
        except UnsavedChanges as exc:
            self.window.statusBar().showMessage(error_text(exc), 10000)
            return []
        keys = None if number is None else [k for k in self.carried if question_of(k) == number]
        if keys == []:
            return []
        try:
            kept = confirm_carried(session.store, session.draft_id, keys)
        except StoreError as exc:
            self.window.statusBar().showMessage(error_text(exc), 10000)
            return []
        self.window.after_store_change(StoreChange("carry"))
        self.window.statusBar().showMessage(
            (
                self.tr("1 svar behålls som årets svar.")
                if len(kept) == 1
                else self.tr("{count} svar behålls som årets svar.").format(count=len(kept))
            ),
            8000,
        )
        return kept

    def keep_current(self) -> list[str]:
        number = self.window.current_question()
        if number is None:
            return []
        return self.keep(number)

    def keep_all(self) -> list[str]:
        return self.keep(None)

    # -- new round ------------------------------------------------------------------------

    def ask_new_round(self) -> NewRoundDialog | None:
        from naravard_desktop.ui.submission.submission_dialogs import NewRoundDialog

        session = self.session
        if session is None:
            return None
        forms = self.newer_forms()
        if not forms:
            self.window.statusBar().showMessage(
                self.tr(
                    "Det finns inget nyare formulär som bygger på {form}. Lägg till det med Arkiv › Nytt formulär från dokument…."
                ).format(form=session.form.id),
                15000,
            )
            return None
        self.dialog = NewRoundDialog(forms, session.draft.region or "", self.window)
        self.dialog.buttons.accepted.connect(self._create)
        self.dialog.open()
        return self.dialog

    def _create(self) -> None:
        dialog = self.dialog
        session = self.session
        if dialog is None or session is None:
            return
        try:
            session.require_saved()
        except UnsavedChanges as exc:
            dialog.show_error(str(exc))
            return
        title = dialog.title_edit.text().strip()
        region = dialog.region_edit.text().strip() or None
        try:
            result = new_round(session.store, dialog.form, session.form, session.draft_id, title, region)
        except (CarryError, StoreError) as exc:
            dialog.show_error(error_text(exc))
            return
        dialog.accept()
        self.dialog = None
        dialog.deleteLater()
        self.window.open_draft(result.draft.id)
        message = (
            self.tr("1 svar fördes över från föregående år.")
            if len(result.carried) == 1
            else self.tr("{count} svar fördes över från föregående år.").format(count=len(result.carried))
        )
        self.window.statusBar().showMessage(message, 15000)
        lines = [f"{field_label(dialog.form, n.new_key)}: {n.message}" for n in result.notes]
        if result.unmapped:
            lines.append(
                self.tr("Besvarade frågor som inget i det nya formuläret motsvarar: {numbers}").format(numbers=", ".join(result.unmapped))
            )
        if lines:
            shown = lines[:NOTES_SHOWN]
            if len(lines) > NOTES_SHOWN:
                shown.append(self.tr("… och {count} till").format(count=len(lines) - NOTES_SHOWN))
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Ny omgång"), message, QMessageBox.StandardButton.Ok, self.window)
            box.setInformativeText(self.tr("Det här fördes inte över eller behöver ses över:") + "\n\n" + "\n".join(shown))
            self.result_box = box
            box.open()


def install(window: Any) -> None:
    window.new_round = NewRound(window)

"""Co-writing in the main window: Arkiv → Exportera/Importera paket, Redigera → Konflikter
and Historik, conflict marks in the navigator, conflict problems that open the conflict view.

Installed through ui/extensions.py. Everything that changes the stored draft outside the
editor (import, resolve, restore) goes through `MainWindow.after_store_change`, so the open
draft shows the new values, marks and checks at once without being reopened; this feature
recounts its conflicts and refreshes its open views on `store_changed`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QWidget

from naravard_desktop.core.review.status import conflict_marks
from naravard_desktop.core.submission.validation import Problem
from naravard_desktop.core.sync.field_versions import conflicts
from naravard_desktop.ui.feature import WindowFeature
from naravard_desktop.ui.session import DraftSession
from naravard_desktop.ui.store_change import StoreChange
from naravard_desktop.ui.submission.pii_warning import PiiWarningBox, before_data_leaves

if TYPE_CHECKING:  # the bundle code and the dialogs load when first used, not at start-up
    from naravard_desktop.core.sync.bundles import ImportSummary
    from naravard_desktop.ui.main_window import MainWindow
    from naravard_desktop.ui.sync.bundle_dialogs import ExportBundleDialog, ImportBundleDialog
    from naravard_desktop.ui.sync.conflict_view import ConflictDialog
    from naravard_desktop.ui.sync.history_view import HistoryDialog


class Collaboration(WindowFeature):
    """The window's bundle, conflict and history actions and their dialogs."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.conflicted_questions: set[str] = set()
        #: The store's change token at the last comparison with the editor (`catch_up`).
        self.compared_at: tuple[int, int, int] | None = None
        self.export_dialog: ExportBundleDialog | None = None
        self.exported_box: QMessageBox | None = None
        self.import_dialog: ImportBundleDialog | None = None
        self.conflict_dialog: ConflictDialog | None = None
        self.history_dialog: HistoryDialog | None = None
        self.pii_box: PiiWarningBox | None = None
        self.export_anyway: QAbstractButton | None = None
        r = window.registry
        self.export_action = r.add("bundle-export", lambda: self.tr("&Exportera paket…"), self.ask_export, menu="file")
        self.import_action = r.add("bundle-import", lambda: self.tr("&Importera paket…"), self.ask_import, menu="file")
        r.place("file", [self.export_action, self.import_action], before="quit", separator_after=True)  # … | these | Avsluta
        self.conflicts_action = r.add("conflicts", lambda: self.tr("&Konflikter…"), self.show_conflicts, menu="edit", separator_before=True)
        self.history_action = r.add("field-history", lambda: self.tr("&Historik för fältet…"), self.show_history, menu="edit")
        window.mark_sources.append(self.marks)
        window.draft_opened.connect(self._on_draft_opened)
        window.draft_closed.connect(self._on_draft_closed)
        window.problem_activated.connect(self._on_problem)
        window.store_changed.connect(self._on_store_changed)
        window.activated.connect(self.catch_up)
        self._update_actions()

    def catch_up(self) -> bool:
        """Coming back to the window: if the stored draft changed behind the editor (e.g.
        `naravard bundle import` in a terminal), show it. True when it had changed."""
        session = self.session
        if session is None or session.has_pending():
            return False
        token = session.store.change_token()
        if token in (self.compared_at, session.read_token):  # nothing written since
            return False
        self.compared_at = token
        conflicted = {c.question for c in conflicts(session.store, session.form, session.draft_id)}
        if session.store.current_values(session.draft_id) == session.answers and conflicted == self.conflicted_questions:
            return False
        self.window.after_store_change(StoreChange("outside", session.draft_id))
        self.window.statusBar().showMessage(
            self.tr("Utkastet har ändrats utanför fönstret (t.ex. av en import); de nya svaren visas."), 15000
        )
        return True

    # -- state ----------------------------------------------------------------------------

    def marks(self) -> dict[str, set[str]]:
        return conflict_marks(self.conflicted_questions)

    def _update_actions(self) -> None:
        has_draft = self.session is not None
        for action in (self.export_action, self.conflicts_action, self.history_action):
            action.setEnabled(has_draft)

    def _on_draft_opened(self, session: DraftSession) -> None:
        session.saved.connect(self._on_saved)
        self._recount_conflicts()
        self._update_actions()
        self.window.refresh_status()
        if self.conflicted_questions:
            self.window.statusBar().showMessage(
                (
                    self.tr("Utkastet har versioner som krockar i en fråga: Redigera › Konflikter…")
                    if len(self.conflicted_questions) == 1
                    else self.tr("Utkastet har versioner som krockar i {count} frågor: Redigera › Konflikter…")
                ).format(count=len(self.conflicted_questions)),
                15000,
            )

    def _on_draft_closed(self) -> None:
        self.conflicted_questions = set()
        self.compared_at = None
        for dialog in (self.export_dialog, self.conflict_dialog, self.history_dialog, self.pii_box):
            if dialog is not None:
                dialog.close()
        self.export_dialog = self.conflict_dialog = self.history_dialog = None
        self.pii_box = None
        self._update_actions()

    def _on_saved(self, _time: str) -> None:
        """An edit of a conflicted field is a new version in its conflict (the autosave keeps
        conflicts, so the marks stay true): show it in an open conflict view."""
        if self.conflicted_questions and self.conflict_dialog is not None and self.conflict_dialog.isVisible():
            self.conflict_dialog.view.refresh()

    def _recount_conflicts(self) -> None:
        session = self.session
        self.conflicted_questions = {c.question for c in conflicts(session.store, session.form, session.draft_id)} if session else set()

    def _may_change_answers(self) -> bool:
        """Before a conflict is resolved or a version restored: not in reviewer mode (the
        answers are read-only there, `DraftSession.answers_editable`), and pending edits first."""
        session = self.session
        if session is not None and not session.answers_editable:
            text = self.tr("Granskningsläge: svaren kan inte ändras. Stäng av Granskning › Granskningsläge först.")
            for dialog in (self.conflict_dialog, self.history_dialog):
                if dialog is not None:
                    dialog.view.message.setText(text)
            self.window.statusBar().showMessage(text, 10000)
            return False
        return self.window.ensure_saved()

    def _on_store_changed(self, _change: object) -> None:
        """The store changed behind the editor: conflicts and the open views follow (the
        window refreshes the marks and checks after every feature has heard it)."""
        self._recount_conflicts()
        if self.conflict_dialog is not None:
            self.conflict_dialog.view.refresh()
        if self.history_dialog is not None:
            self.history_dialog.view.reload()

    # -- export ---------------------------------------------------------------------------

    def ask_export(self) -> None:
        if self.session is None:
            return
        self.pii_box = before_data_leaves(
            self.window,
            self.tr("Utkastet kan innehålla personuppgifter. Paketet skickas till andra; kontrollera de här svaren först:"),
            self._open_export_dialog,
            self.tr("Exportera ändå"),
            history=True,  # a bundle carries every old version too
        )
        if self.pii_box is not None:
            self.pii_box.finished.connect(self._on_pii_answer)
            self.export_anyway = self.pii_box.proceed_button

    def _on_pii_answer(self, _result: int) -> None:
        self.pii_box = None

    def _open_export_dialog(self) -> None:
        session = self.session
        assert session is not None
        from naravard_desktop.ui.sync.bundle_dialogs import ExportBundleDialog

        dialog = ExportBundleDialog(session.store, session.form, session.draft_id, self.window, settings=self.window.settings)
        dialog.exported.connect(self._on_exported)
        self.export_dialog = dialog
        dialog.open()

    def _on_exported(self, message: str) -> None:
        """Where the bundle went, in a message the user cannot miss (and in the status bar)."""
        self.window.statusBar().showMessage(" ".join(message.split()), 15000)
        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Paketet är exporterat"), message, QMessageBox.StandardButton.Ok, self.window
        )
        self.exported_box = box
        box.open()

    # -- import ---------------------------------------------------------------------------

    def ask_import(self) -> None:
        if not self.window.ensure_saved():
            return
        window = self.window
        session = self.session
        form = session.form if session is not None else next(iter(window.forms.sorted()), None)
        if form is None:
            return
        from naravard_desktop.ui.sync.bundle_dialogs import ImportBundleDialog

        dialog = ImportBundleDialog(window.store, form, None, window, forms=window.forms, settings=window.settings)
        dialog.imported.connect(self._on_imported)
        dialog.show_conflicts_requested.connect(self.show_conflicts)
        self.import_dialog = dialog
        dialog.open()

    def _on_imported(self, summary: ImportSummary) -> None:
        window = self.window
        session = self.session
        if session is None:
            window.open_draft(summary.draft_id)
        else:
            window.after_store_change(StoreChange("import", summary.draft_id))
        if session is not None and session.draft_id != summary.draft_id:
            window.statusBar().showMessage(
                self.tr("Paketet gällde ett annat utkast ({title}); öppna det från Arkiv › Öppna utkast.").format(
                    title=window.store.draft(summary.draft_id).title
                ),
                20000,
            )
        if self.import_dialog is not None and self.import_dialog.summary_dialog is not None:
            self.import_dialog.summary_dialog.set_can_show_conflicts(
                bool(summary.conflicts) and self.session is not None and self.session.draft_id == summary.draft_id
            )

    # -- conflicts and history ------------------------------------------------------------

    def show_conflicts(self, field: str | None = None) -> ConflictDialog | None:
        session = self.session
        if session is None or not self.window.ensure_saved():
            return None
        if self.conflict_dialog is None:
            from naravard_desktop.ui.sync.conflict_view import ConflictDialog

            self.conflict_dialog = ConflictDialog(session.store, session.form, session.draft_id, self.window)
            self.conflict_dialog.view.resolved.connect(self._on_version_made)
            self.conflict_dialog.view.before_write = self._may_change_answers
            self.conflict_dialog.history_requested.connect(self.show_history)
        else:
            self.conflict_dialog.view.refresh()
        if isinstance(field, str) and field:
            self.conflict_dialog.view.show_field(field)
        self.conflict_dialog.show()
        self.conflict_dialog.raise_()
        self.conflict_dialog.activateWindow()
        return self.conflict_dialog

    def show_history(self, field: str | None = None) -> HistoryDialog | None:
        session = self.session
        if session is None or not self.window.ensure_saved():
            return None
        key = field if isinstance(field, str) and field else self.current_field()
        if self.history_dialog is None:
            from naravard_desktop.ui.sync.history_view import HistoryDialog

            self.history_dialog = HistoryDialog(session.store, session.form, session.draft_id, self.window, field=key)
            self.history_dialog.view.restored.connect(self._on_version_made)
            self.history_dialog.view.before_write = self._may_change_answers
        else:
            self.history_dialog.view.reload()
            if key:
                self.history_dialog.view.show_field(key)
        self.history_dialog.show()
        self.history_dialog.raise_()
        self.history_dialog.activateWindow()
        return self.history_dialog

    def current_field(self) -> str | None:
        """The field key of the input that has (or last had) the focus, else its question."""
        form_view = self.window.form_view
        number = self.window.current_question()
        if form_view is None or number is None:
            return None
        card = form_view.cards.get(number)
        focus = QApplication.focusWidget()
        if card is not None and focus is not None:
            for key, widget in card.fields.items():
                if isinstance(widget, QWidget) and (widget is focus or widget.isAncestorOf(focus)):
                    return str(key)
        return number

    def _on_version_made(self, _field: str) -> None:
        self.window.after_store_change(StoreChange("resolve"))

    def _on_problem(self, problem: Problem) -> None:
        if problem.kind == "conflict":
            self.show_conflicts(problem.field)


def install(window: Any) -> None:
    window.collaboration = Collaboration(window)

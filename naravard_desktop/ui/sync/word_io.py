"""Arkiv → "Exportera till Word…" / "Importera från Word…": thin dialogs over core.word
(ui/sync/word_dialogs.py, loaded when first opened).

The export asks for the questions ("12-17,25", empty = all) and the recipient, after the
same personal-data warning as the bundle export. The import ends in the bundle import's
summary dialog (with "Visa konflikter…") and refreshes the open draft the way a bundle
import does (MainWindow.after_store_change). Installed through ui/extensions.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from naravard_desktop.ui.feature import WindowFeature
from naravard_desktop.ui.store_change import StoreChange
from naravard_desktop.ui.submission.pii_warning import PiiWarningBox, before_data_leaves

if TYPE_CHECKING:  # the dialogs (and python-docx) load when first opened, not at start-up
    from naravard_desktop.core.word import WordImportSummary
    from naravard_desktop.ui.main_window import MainWindow
    from naravard_desktop.ui.sync.word_dialogs import ExportWordDialog, ImportWordDialog


class WordIO(WindowFeature):
    """The two Arkiv actions and their dialogs."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.export_dialog: ExportWordDialog | None = None
        self.import_dialog: ImportWordDialog | None = None
        self.pii_box: PiiWarningBox | None = None
        r = window.registry
        self.export_action = r.add("word-export", lambda: self.tr("Exportera till &Word…"), self.ask_export, menu="file")
        self.import_action = r.add("word-import", lambda: self.tr("Importera från W&ord…"), self.ask_import, menu="file")
        # Arkiv: … Exportera paket, Importera paket, Exportera till Word, Importera från Word | Avsluta
        r.place("file", [self.export_action, self.import_action], after="bundle-import", before="quit")
        window.draft_opened.connect(self._on_draft)
        window.draft_closed.connect(self._on_draft)
        self._on_draft()

    def _on_draft(self, *_args: object) -> None:
        self.export_action.setEnabled(self.session is not None)

    def ask_export(self) -> None:
        if self.session is None:
            return
        self.pii_box = before_data_leaves(
            self.window,
            self.tr("Utkastet kan innehålla personuppgifter. Word-filen skickas till andra; kontrollera de här svaren först:"),
            self._open_export_dialog,
            self.tr("Exportera ändå"),
        )

    def _open_export_dialog(self) -> None:
        self.pii_box = None
        session = self.session
        assert session is not None
        from naravard_desktop.ui.sync.word_dialogs import ExportWordDialog

        dialog = ExportWordDialog(session.store, session.form, session.draft_id, self.window)
        dialog.exported.connect(lambda message: self.window.statusBar().showMessage(message, 15000))
        self.export_dialog = dialog
        dialog.open()

    def ask_import(self) -> None:
        if not self.window.ensure_saved():
            return
        session = self.session
        from naravard_desktop.ui.sync.word_dialogs import ImportWordDialog

        dialog = ImportWordDialog(self.window.store, self.window.forms, session.draft_id if session else None, self.window)
        dialog.imported.connect(self._on_imported)
        dialog.show_conflicts_requested.connect(self.window.registry.action("conflicts").trigger)
        self.import_dialog = dialog
        dialog.open()

    def _on_imported(self, summary: WordImportSummary) -> None:
        """Show the new state: the open draft reloads like after a bundle import."""
        window = self.window
        session = self.session
        if session is None:
            window.open_draft(summary.draft_id)
        else:
            window.after_store_change(StoreChange("word", summary.draft_id))
        if self.import_dialog is not None and self.import_dialog.summary_dialog is not None:
            self.import_dialog.summary_dialog.set_can_show_conflicts(
                bool(summary.conflicts) and self.session is not None and self.session.draft_id == summary.draft_id
            )


def install(window: Any) -> None:
    window.word_io = WordIO(window)

"""The Word dialogs: export a draft (or some questions) to .docx, import one back.

Loaded when first opened (ui/sync/word_io.py holds the Arkiv actions), so neither these
dialogs nor the bundle dialogs they share code with load at start-up.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QFileDialog, QFormLayout, QLineEdit, QWidget

from naravard_desktop.core.forms.model import Form, FormRegistry
from naravard_desktop.core.storage.store import DraftStore
from naravard_desktop.ui.lazy import document, word, word_reading
from naravard_desktop.ui.sync.bundle_dialogs import ImportSummaryDialog, _PathDialog

if TYPE_CHECKING:
    from naravard_desktop.core.word import WordImportSummary

DOCX = ".docx"


def word_filter() -> str:
    return QCoreApplication.translate("word_io", "Word-dokument (*.docx);;Alla filer (*)")


class ExportWordDialog(_PathDialog):
    """Write the draft (or some questions) to a .docx for a named colleague."""

    exported = Signal(str)

    def __init__(self, store: DraftStore, form: Form, draft_id: str, parent: QWidget | None = None):
        super().__init__(
            QCoreApplication.translate("word_io", "Exportera till Word"),
            QCoreApplication.translate(
                "word_io", "Spara frågor och svar i en Word-fil som en kollega fyller i och kommenterar i Word eller LibreOffice:"
            ),
            QCoreApplication.translate("word_io", "Exportera"),
            parent,
        )
        self.store, self.form, self.draft = store, form, store.draft(draft_id)
        form_rows = QFormLayout()
        self.questions_edit = QLineEdit(self)
        self.questions_edit.setPlaceholderText(self.tr("alla frågor, eller t.ex. 12-17,25"))
        self.recipient_edit = QLineEdit(self)
        self.recipient_edit.setPlaceholderText(self.tr("namnet skrivs i dokumentet"))
        form_rows.addRow(self.tr("Frågor:"), self.questions_edit)
        form_rows.addRow(self.tr("Mottagare:"), self.recipient_edit)
        layout = self.layout()
        assert layout is not None
        layout.insertItem(2, form_rows)  # type: ignore[attr-defined]
        self._suggest_name()
        self.recipient_edit.textChanged.connect(self._suggest_name)
        self.browse_button.clicked.connect(self._browse)
        self.buttons.accepted.connect(self._ok)

    def _suggest_name(self) -> None:
        who = self.recipient_edit.text().strip() or self.draft.title
        name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "-", f"fragor-{who}".replace(" ", "-").lower()).strip(" .-") or "utkast"
        current = Path(self.path_edit.text()) if self.path_edit.text() else Path.home() / "x.docx"
        self.path_edit.setText(str(current.parent / f"{name}{DOCX}"))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Exportera till Word"), self.path_edit.text(), word_filter())
        if path:
            self.path_edit.setText(path if path.lower().endswith(DOCX) else path + DOCX)

    def export_to(self, path: Path) -> bool:
        """Write the file; on failure show the one-line reason in the dialog and return False."""
        spec = self.questions_edit.text().strip()
        try:
            questions = document.select_questions(self.form, spec) if spec else None
        except document.QuestionSpecError as exc:
            self.show_error(self.tr("Frågor: {reason}").format(reason=exc))
            return False
        try:
            info = word.write_word(self.store, self.form, self.draft.id, path, questions=questions, recipient=self.recipient_edit.text())
        except word.WordError as exc:
            self.show_error(f"{path}: {exc}")
            return False
        self.exported.emit(self.tr("{path}: {count} frågor exporterade till Word").format(path=path, count=info.questions))
        return True

    def _ok(self) -> None:
        text = self.path_edit.text().strip()
        if not text:
            self.show_error(self.tr("Ange en fil att spara Word-filen i."))
            return
        if self.export_to(Path(text)):
            self.accept()


class ImportWordDialog(_PathDialog):
    """Merge an edited Word file into a draft; emits `imported` with the summary."""

    imported = Signal(object)
    show_conflicts_requested = Signal()

    def __init__(self, store: DraftStore, forms: FormRegistry, draft_id: str | None, parent: QWidget | None = None):
        super().__init__(
            QCoreApplication.translate("word_io", "Importera från Word"),
            QCoreApplication.translate(
                "word_io",
                "Läs in en Word-fil som en kollega har fyllt i. Ändringarna slås samman som ett paket; "
                "inget ändras om filen inte går att läsa.",
            ),
            QCoreApplication.translate("word_io", "Importera"),
            parent,
        )
        self.store, self.forms, self.draft_id = store, forms, draft_id
        self.other_draft = QCheckBox(self.tr("Läs in i det öppna utkastet även om filen kommer från ett annat"), self)
        self.other_draft.setVisible(draft_id is not None)
        layout = self.layout()
        assert layout is not None
        layout.insertWidget(2, self.other_draft)  # type: ignore[attr-defined]
        self.summary_dialog: ImportSummaryDialog | None = None
        self.browse_button.clicked.connect(self._browse)
        self.buttons.accepted.connect(self._ok)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Importera från Word"), self.path_edit.text() or str(Path.home()), word_filter()
        )
        if path:
            self.path_edit.setText(path)

    def import_file(self, path: Path) -> WordImportSummary | None:
        """Import; on success open the summary dialog, on failure show the one-line reason."""
        try:
            target = self.draft_id
            if target is not None and not self.other_draft.isChecked():
                base = word_reading.read_docx(path).base
                if base is not None and base.draft_id != self.store.draft(target).id:
                    self.show_error(
                        self.tr("{path}: filen kommer från ett annat utkast ({title}); kryssa i rutan för att läsa in den här ändå").format(
                            path=path, title=base.draft_title
                        )
                    )
                    return None
            summary = word.import_word(self.store, self.forms, path, draft_id=target)
        except word.WordError as exc:
            self.show_error(self.tr("{path}: {reason}; inget har ändrats").format(path=path, reason=exc))
            return None
        draft = self.store.draft(summary.draft_id)
        form = self.forms.get(draft.form_id)
        assert form is not None  # import_word checked it
        self.summary_dialog = ImportSummaryDialog(summary, form, draft.title, self.parentWidget())
        self.summary_dialog.setWindowTitle(self.tr("Word-fil importerad"))
        self.summary_dialog.show_conflicts_requested.connect(self.show_conflicts_requested)
        self.summary_dialog.show()
        self.imported.emit(summary)
        return summary

    def _ok(self) -> None:
        text = self.path_edit.text().strip()
        if not text:
            self.show_error(self.tr("Välj en Word-fil att importera."))
            return
        if self.import_file(Path(text)) is not None:
            self.accept()

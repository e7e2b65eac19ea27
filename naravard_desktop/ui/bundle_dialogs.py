"""Arkiv → "Exportera paket…" / "Importera paket…": thin dialogs over core.bundles.

Errors are shown inside the dialog (one line, from the core), never as a traceback; a
successful import ends in a summary dialog listing new changes, merges and conflicts.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from naravard_desktop.core.bundles import BUNDLE_SUFFIX, BundleError, ImportSummary, import_bundle, read_bundle, write_bundle
from naravard_desktop.core.forms import Form, FormRegistry
from naravard_desktop.core.store import DraftStore

FILE_FILTER = f"Närvård-paket (*{BUNDLE_SUFFIX});;Alla filer (*)"


class _PathDialog(QDialog):
    """A file path with "Bläddra…", an OK button and an inline error line."""

    def __init__(self, title: str, prompt: str, ok_text: str, parent: QWidget | None):
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(prompt, self))
        row = QHBoxLayout()
        self.path_edit = QLineEdit(self)
        row.addWidget(self.path_edit)
        self.browse_button = QPushButton("Bläddra…", self)
        row.addWidget(self.browse_button)
        layout.addLayout(row)
        self.error_label = QLabel("", self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()


class ExportBundleDialog(_PathDialog):
    """Write the draft's bundle to a file the user picks."""

    exported = Signal(str)

    def __init__(self, store: DraftStore, form: Form, draft_id: str, parent: QWidget | None = None):
        super().__init__("Exportera paket", "Spara utkastets alla ändringar i ett paket att skicka till medskribenter:", "Exportera", parent)
        self.store, self.form, self.draft = store, form, store.draft(draft_id)
        editor = store.editor.name.replace(" ", "-").lower()
        self.path_edit.setText(str(Path.home() / f"{self.draft.title}-{editor}{BUNDLE_SUFFIX}"))
        self.browse_button.clicked.connect(self._browse)
        self.buttons.accepted.connect(self._ok)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Exportera paket", self.path_edit.text(), FILE_FILTER)
        if path:
            self.path_edit.setText(path if path.endswith(BUNDLE_SUFFIX) else path + BUNDLE_SUFFIX)

    def export_to(self, path: Path) -> bool:
        """Write the bundle; on failure show the reason in the dialog and return False."""
        try:
            count = write_bundle(self.store, self.form, self.draft.id, path)
        except BundleError as exc:
            self.show_error(f"{path}: {exc}")
            return False
        self.exported.emit(f"{path}: {count} ändringar exporterade")
        return True

    def _ok(self) -> None:
        text = self.path_edit.text().strip()
        if not text:
            self.show_error("Ange en fil att spara paketet i.")
            return
        if self.export_to(Path(text)):
            self.accept()


class ImportSummaryDialog(QDialog):
    """What an import did: new changes, automatic merges, conflicts — or "inget nytt"."""

    def __init__(self, summary: ImportSummary, form: Form, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Paket importerat")
        self.summary = summary
        layout = QVBoxLayout(self)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setPlainText("\n".join(summary.lines(form, title, cli_hint=False)))
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(520, 280)


class ImportBundleDialog(_PathDialog):
    """Verify and import a bundle; emits `imported` with the summary."""

    imported = Signal(object)

    def __init__(self, store: DraftStore, form: Form, draft_id: str | None = None, parent: QWidget | None = None, forms: FormRegistry | None = None):
        super().__init__("Importera paket", "Läs in ett paket från en medskribent. Inget ändras om paketet inte går att verifiera.", "Importera", parent)
        self.store, self.form, self.draft_id = store, form, draft_id
        self.forms = forms or FormRegistry({form.id: form}, [])
        self.summary_dialog: ImportSummaryDialog | None = None
        self.browse_button.clicked.connect(self._browse)
        self.buttons.accepted.connect(self._ok)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Importera paket", self.path_edit.text() or str(Path.home()), FILE_FILTER)
        if path:
            self.path_edit.setText(path)

    def import_file(self, path: Path) -> ImportSummary | None:
        """Import; on success open the summary dialog, on failure show the one-line reason."""
        try:
            bundle = read_bundle(path, self.forms)
            if self.draft_id is not None and bundle.draft.id != self.store.draft(self.draft_id).id:
                self.show_error(f"{path}: paketet gäller ett annat utkast ({bundle.draft.title}); inget har ändrats")
                return None
            summary = import_bundle(self.store, self.forms, bundle)
        except BundleError as exc:
            self.show_error(f"{path}: {exc}; inget har ändrats")
            return None
        form = self.forms.get(bundle.form_id) or self.form
        self.summary_dialog = ImportSummaryDialog(summary, form, self.store.draft(summary.draft_id).title, self.parentWidget())
        self.summary_dialog.show()
        self.imported.emit(summary)
        return summary

    def _ok(self) -> None:
        text = self.path_edit.text().strip()
        if not text:
            self.show_error("Välj ett paket att importera.")
            return
        if self.import_file(Path(text)) is not None:
            self.accept()

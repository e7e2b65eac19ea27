"""Arkiv → "Exportera paket…" / "Importera paket…": thin dialogs over core.bundles.

Errors are shown inside the dialog (one line, from the core), never as a traceback; a
successful import ends in a summary dialog listing new changes, merges and conflicts.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from naravard_desktop.core.forms.model import Form, FormRegistry
from naravard_desktop.core.storage.store import DraftStore
from naravard_desktop.core.sync.bundles import (
    BUNDLE_SUFFIX,
    Bundle,
    BundleError,
    ImportSummary,
    file_line,
    import_bundle,
    import_bundles,
    other_draft,
    read_bundle,
    write_bundle,
)
from naravard_desktop.ui.i18n import core_text, error_text
from naravard_desktop.ui.settings import file_folder, remember_folder
from naravard_desktop.ui.widgets import look


def file_filter() -> str:
    return QCoreApplication.translate("bundle_dialogs", "Närvård-paket (*{suffix});;Alla filer (*)").format(suffix=BUNDLE_SUFFIX)


class _PathDialog(QDialog):
    """A file path with "Bläddra…", an OK button and an inline error line."""

    def __init__(self, title: str, prompt: str, ok_text: str, parent: QWidget | None, settings: QSettings | None = None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(title)
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(prompt, self))
        row = QHBoxLayout()
        self.path_edit = QLineEdit(self)
        row.addWidget(self.path_edit)
        self.browse_button = QPushButton(
            QCoreApplication.translate("_PathDialog", "Bläddra…"), self
        )  # a base class: self.tr would look under the subclass
        self.browse_button.setAutoDefault(False)  # Enter after Bläddra… runs the dialog's action, not the browser again
        row.addWidget(self.browse_button)
        layout.addLayout(row)
        self.error_label = QLabel("", self)
        self.error_label.setWordWrap(True)
        look.set_text_colour(self.error_label, look.ERROR)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def chosen(self, path: str) -> None:
        """A file picked with Bläddra…: shown, and Enter now runs the dialog's action."""
        self.path_edit.setText(path)
        self.error_label.hide()
        self.ok_button.setFocus()


class ExportBundleDialog(_PathDialog):
    """Write the draft's bundle to a file the user picks."""

    exported = Signal(str)

    def __init__(self, store: DraftStore, form: Form, draft_id: str, parent: QWidget | None = None, settings: QSettings | None = None):
        super().__init__(
            QCoreApplication.translate("bundle_dialogs", "Exportera paket"),
            QCoreApplication.translate("bundle_dialogs", "Spara utkastets alla ändringar i ett paket att skicka till medskribenter:"),
            QCoreApplication.translate("bundle_dialogs", "Exportera"),
            parent,
            settings,
        )
        self.confirmed = ""  # a path the user already agreed to overwrite (in the file browser)
        self.overwrite_box: QMessageBox | None = None
        self.store, self.form, self.draft = store, form, store.draft(draft_id)
        editor = store.editor.name.replace(" ", "-").lower()
        name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "-", f"{self.draft.title}-{editor}").strip(" .-") or "utkast"
        self.path_edit.setText(str(file_folder(settings) / f"{name}{BUNDLE_SUFFIX}"))
        self.browse_button.clicked.connect(self._browse)
        self.buttons.accepted.connect(self._ok)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Exportera paket"), self.path_edit.text(), file_filter())
        if path:
            if path.endswith(BUNDLE_SUFFIX):
                self.confirmed = path  # the file browser asked about overwriting
            else:
                path += BUNDLE_SUFFIX
            self.chosen(path)

    def export_to(self, path: Path) -> bool:
        """Write the bundle; on failure show the reason in the dialog and return False."""
        try:
            count = write_bundle(self.store, self.form, self.draft.id, path)
        except BundleError as exc:
            self.show_error(f"{path}: {error_text(exc)}")
            return False
        remember_folder(self.settings, path)
        changes = self.tr("1 ändring") if count == 1 else self.tr("{count} ändringar").format(count=count)
        self.exported.emit(
            self.tr("Paketet är sparat i\n{path}\n({changes}). Skicka filen till dina medskribenter.").format(path=path, changes=changes)
        )
        return True

    def _ok(self) -> None:
        text = self.path_edit.text().strip()
        if not text:
            self.show_error(self.tr("Ange en fil att spara paketet i."))
            return
        path = Path(text)
        if path.exists() and text != self.confirmed:
            box = QMessageBox(
                QMessageBox.Icon.Question,
                self.tr("Skriva över filen?"),
                self.tr("Filen {path} finns redan. Vill du ersätta den med det nya paketet?").format(path=path),
                QMessageBox.StandardButton.Cancel,
                self,
            )
            self.overwrite_button = box.addButton(self.tr("Skriv över"), QMessageBox.ButtonRole.AcceptRole)
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            box.buttonClicked.connect(lambda button: self._overwrite_answered(button, text))
            self.overwrite_box = box
            box.open()
            return
        if self.export_to(path):
            self.accept()

    def _overwrite_answered(self, button: object, text: str) -> None:
        self.overwrite_box = None
        if button is self.overwrite_button:
            self.confirmed = text
            self._ok()


class ImportSummaryDialog(QDialog):
    """What an import did: new changes, automatic merges, conflicts — or "inget nytt"."""

    show_conflicts_requested = Signal()

    def __init__(self, summary: ImportSummary, form: Form, title: str, parent: QWidget | None = None, *, lines: list[str] | None = None):
        """`lines`: the whole text instead of `summary`'s own (several files imported at once)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Paket importerat"))
        self.summary = summary
        layout = QVBoxLayout(self)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        shown = lines if lines is not None else summary.lines(form, title, cli_hint=False)
        self.text.setPlainText("\n".join(core_text(line) for line in shown))  # the core's lines in the app's language
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self.accept)
        self.conflicts_button = buttons.addButton(self.tr("Visa konflikter…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.conflicts_button.clicked.connect(self._on_show_conflicts)
        self.conflicts_button.hide()
        layout.addWidget(buttons)
        self.resize(560, 300)

    def set_can_show_conflicts(self, can: bool) -> None:
        """Offer "Visa konflikter…" when the import left conflicts in the open draft."""
        self.conflicts_button.setVisible(can)

    def _on_show_conflicts(self) -> None:
        self.accept()
        self.show_conflicts_requested.emit()


def paths_in(text: str) -> list[Path]:
    """The files named in the path box: one path, or several as "a" "b" (as Bläddra… writes them)."""
    quoted = re.findall(r'"([^"]+)"', text)
    return [Path(p) for p in quoted] if quoted else ([Path(text.strip())] if text.strip() else [])


class ImportBundleDialog(_PathDialog):
    """Verify and import one bundle or several at once; emits `imported` with each draft's summary."""

    imported = Signal(object)
    show_conflicts_requested = Signal()

    def __init__(
        self,
        store: DraftStore,
        form: Form,
        draft_id: str | None = None,
        parent: QWidget | None = None,
        forms: FormRegistry | None = None,
        settings: QSettings | None = None,
    ):
        super().__init__(
            QCoreApplication.translate("bundle_dialogs", "Importera paket"),
            QCoreApplication.translate(
                "bundle_dialogs", "Läs in ett paket från en medskribent. Inget ändras om paketet inte går att verifiera."
            ),
            QCoreApplication.translate("bundle_dialogs", "Importera"),
            parent,
            settings,
        )
        self.store, self.form, self.draft_id = store, form, draft_id
        self.forms = forms or FormRegistry({form.id: form}, [])
        self.summary_dialog: ImportSummaryDialog | None = None
        self.browse_button.clicked.connect(self._browse)
        self.buttons.accepted.connect(self._ok)

    def _browse(self) -> None:
        start = paths_in(self.path_edit.text())
        folder = str(start[0].parent) if start else str(file_folder(self.settings))
        chosen, _ = QFileDialog.getOpenFileNames(self, self.tr("Importera paket"), folder, file_filter())
        if len(chosen) == 1:
            self.chosen(chosen[0])
        elif chosen:
            self.chosen(" ".join(f'"{path}"' for path in chosen))

    def import_file(self, path: Path) -> ImportSummary | None:
        """Import; on success open the summary dialog, on failure show the one-line reason."""
        try:
            bundle = read_bundle(path, self.forms)
            if self.draft_id is not None and bundle.draft.id != self.store.draft(self.draft_id).id:
                self.show_error(
                    self.tr("{path}: paketet gäller ett annat utkast ({title}); inget har ändrats").format(
                        path=path, title=bundle.draft.title
                    )
                )
                return None
            summary = import_bundle(self.store, self.forms, bundle)
        except BundleError as exc:
            self.show_error(self.tr("{path}: {reason}; inget har ändrats").format(path=path, reason=error_text(exc)))
            return None
        remember_folder(self.settings, path)
        form = self.forms.get(bundle.form_id) or self.form
        self.summary_dialog = ImportSummaryDialog(summary, form, self.store.draft(summary.draft_id).title, self.parentWidget())
        self.summary_dialog.show_conflicts_requested.connect(self.show_conflicts_requested)
        self.summary_dialog.show()
        self.imported.emit(summary)
        return summary

    def import_files(self, paths: list[Path]) -> list[ImportSummary] | None:
        """Several bundles in one transaction (core.bundles.import_bundles): each file whole or
        not at all. The summary lists every file and each draft's merges and conflicts; None
        (and the reasons in the dialog) when no file could be imported."""
        if len(paths) == 1:
            one = self.import_file(paths[0])
            return None if one is None else [one]
        outcomes: list[ImportSummary | BundleError] = []
        readable: list[Bundle] = []
        for path in paths:
            try:
                bundle = read_bundle(path, self.forms)
                if self.draft_id is not None and bundle.draft.id != self.store.draft(self.draft_id).id:
                    raise other_draft(bundle)
            except BundleError as exc:
                outcomes.append(exc)
                continue
            readable.append(bundle)
            outcomes.append(ImportSummary(""))  # filled from the batch below
        batch = import_bundles(self.store, self.forms, readable) if readable else None
        if batch is not None:
            imported = iter(batch.files)
            outcomes = [next(imported) if isinstance(o, ImportSummary) else o for o in outcomes]
        lines = [file_line(path.name, outcome) for path, outcome in zip(paths, outcomes, strict=True)]
        if batch is None or not batch.drafts:
            self.show_error("\n".join(core_text(line) for line in lines))
            return None
        for summary in batch.drafts:
            draft = self.store.draft(summary.draft_id)
            form = self.forms.get(draft.form_id) or self.form
            lines += ["", f"{draft.title}:", *summary.lines(form, draft.title, cli_hint=False)]
        first = batch.drafts[0]
        form = self.forms.get(self.store.draft(first.draft_id).form_id) or self.form
        self.summary_dialog = ImportSummaryDialog(first, form, self.store.draft(first.draft_id).title, self.parentWidget(), lines=lines)
        self.summary_dialog.show_conflicts_requested.connect(self.show_conflicts_requested)
        self.summary_dialog.show()
        for summary in batch.drafts:
            self.imported.emit(summary)
        return batch.drafts

    def _ok(self) -> None:
        paths = paths_in(self.path_edit.text())
        if not paths:
            self.show_error(self.tr("Välj ett paket att importera."))
            return
        if self.import_files(paths) is not None:
            self.accept()

"""Arkiv → "Exportera som text…": the whole draft as plain text or Markdown for mailing to a
manager (core.export_text.render_readable), written atomically (core.files). The file
dialog's filter chooses the format; a name ending in .md or .txt decides by itself.

Installed through ui/extensions.py.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QMessageBox

from naravard_desktop.core.storage.files import FileWriteError, write_bytes_atomically
from naravard_desktop.core.storage.store import StoreError
from naravard_desktop.ui.feature import WindowFeature
from naravard_desktop.ui.settings import file_folder, remember_folder

if TYPE_CHECKING:
    from PySide6.QtWidgets import QFileDialog

    from naravard_desktop.ui.main_window import MainWindow

SUFFIXES = {"txt": ".txt", "md": ".md"}


def format_for(path: Path, markdown_filter: bool) -> str:
    """ "md" or "txt": a known suffix wins, else the chosen filter."""
    suffix = path.suffix.lower()
    if suffix in (".md", ".markdown"):
        return "md"
    if suffix == ".txt":
        return "txt"
    return "md" if markdown_filter else "txt"


class TextExport(WindowFeature):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.file_dialog: QFileDialog | None = None
        self.error_box: QMessageBox | None = None
        self.done_box: QMessageBox | None = None
        r = window.registry
        self.action = r.add("export-text", lambda: self.tr("Exportera som &text…"), self.ask_export, menu="file")
        r.place("file", [self.action], before=("bundle-export", "quit"))  # Arkiv: … Exportera som text, Exportera paket …
        window.draft_opened.connect(self._on_draft)
        window.draft_closed.connect(self._on_draft)
        self._on_draft()

    def _on_draft(self, *_args: object) -> None:
        self.action.setEnabled(self.session is not None)
        if self.session is None and self.file_dialog is not None:
            self.file_dialog.close()
            self.file_dialog = None

    def text_filter(self) -> str:
        return self.tr("Text (*.txt)")

    def markdown_filter(self) -> str:
        return self.tr("Markdown (*.md)")

    def ask_export(self) -> QFileDialog | None:
        session = self.session
        if session is None:
            return None
        name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "-", session.draft.title).strip(" .-") or "utkast"
        from PySide6.QtWidgets import QFileDialog  # dialogs load when used (issue 17)

        dialog = QFileDialog(self.window, self.tr("Exportera som text"), str(file_folder(self.window.settings) / f"{name}.txt"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setNameFilters([self.text_filter(), self.markdown_filter()])
        dialog.fileSelected.connect(self._on_file_selected)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def _on_file_selected(self, file: str) -> None:
        dialog, self.file_dialog = self.file_dialog, None
        markdown = dialog is not None and dialog.selectedNameFilter() == self.markdown_filter()
        if dialog is not None:
            dialog.deleteLater()
        path = Path(file)
        fmt = format_for(path, markdown)
        if path.suffix.lower() not in (".md", ".markdown", ".txt"):
            path = path.with_name(path.name + SUFFIXES[fmt])
        self.export(path, fmt)

    def export(self, path: Path, fmt: str) -> bool:
        """Write the readable export; an error is shown in a message box."""
        session = self.session
        if session is None:
            return False
        try:
            session.require_saved()
            from naravard_desktop.core.review.export_text import render_readable  # loads when exporting, not at start-up

            data = render_readable(session.store, session.form, session.draft_id, fmt).encode("utf-8")
            write_bytes_atomically(path, data)
        except (FileWriteError, StoreError, OSError) as exc:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Kunde inte exportera"),
                self.tr("Texten kunde inte sparas."),
                QMessageBox.StandardButton.Ok,
                self.window,
            )
            box.setInformativeText(str(exc))
            self.error_box = box
            box.open()
            return False
        remember_folder(self.window.settings, path)
        message = self.tr("Utkastet är exporterat till {path}").format(path=path)
        self.window.statusBar().showMessage(message, 15000)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Exporterat"), message, QMessageBox.StandardButton.Ok, self.window)
        self.done_box = box
        box.open()
        return True


def install(window: Any) -> None:
    window.text_export = TextExport(window)

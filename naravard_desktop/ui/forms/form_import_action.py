"""Arkiv › Nytt formulär från dokument…: the action in the main window. The form editor
(ui/forms/form_editor.py) and the document importer load when a document is chosen, not
at start-up. Installed through ui/extensions.py."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from naravard_desktop.ui.forms.form_editor import FormEditorWindow
    from naravard_desktop.ui.main_window import MainWindow

#: What "Nytt formulär från dokument…" offers to open (core.forms.form_import reads them).
DOCUMENT_SUFFIXES = ("*.docx", "*.html", "*.htm", "*.md", "*.json")


class FormImport(QObject):
    """Arkiv › Nytt formulär från dokument…"""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.editor: FormEditorWindow | None = None
        r = window.registry
        self.action = r.add("form-from-document", lambda: self.tr("Nytt &formulär från dokument…"), self.ask, menu="file")
        r.place("file", [self.action], before="save-now")  # Arkiv: Nytt utkast, Ny omgång, Öppna utkast, Nytt formulär…, Spara nu

    def ask(self) -> None:
        start = str(Path.home())
        filters = self.tr("Formulärdokument ({patterns})").format(patterns=" ".join(DOCUMENT_SUFFIXES))
        from PySide6.QtWidgets import QFileDialog  # dialogs load when used (issue 17)

        name, _filter = QFileDialog.getOpenFileName(self.window, self.tr("Nytt formulär från dokument"), start, filters)
        if name:
            from naravard_desktop.ui.forms.form_editor import open_editor

            self.editor = open_editor(self.window, Path(name))


def install(window: Any) -> None:
    window.form_import = FormImport(window)

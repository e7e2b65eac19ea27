"""The main window. Until the editor lands it lists the forms and drafts in the data dir."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QListWidget, QMainWindow, QVBoxLayout, QWidget

from naravard_desktop.core.forms import form_registry
from naravard_desktop.core.store import DraftStore


class MainWindow(QMainWindow):
    def __init__(self, data_dir: Path):
        super().__init__()
        self.data_dir = data_dir
        self.setWindowTitle("Närvård desktop")
        self.forms = form_registry(data_dir)
        self.store = DraftStore(data_dir)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addWidget(QLabel("Formulär", central))
        self.form_list = QListWidget(central)
        for form in self.forms.sorted():
            self.form_list.addItem(f"{form.title} {form.year} – sista dag {form.deadline}")
        layout.addWidget(self.form_list)
        layout.addWidget(QLabel("Utkast", central))
        self.draft_list = QListWidget(central)
        for draft in self.store.drafts():
            self.draft_list.addItem(f"{draft.title} ({draft.region or 'ingen region'})")
        layout.addWidget(self.draft_list)
        self.setCentralWidget(central)
        self.resize(900, 640)

    def self_test(self) -> bool:
        """Load the 2024 form and open a draft of it; used by the packaging smoke test."""
        form = self.forms.get("sos-gnv-regioner-2024")
        if form is None:
            return False
        drafts = [d for d in self.store.drafts() if d.form_id == form.id]
        draft = drafts[0] if drafts else self.store.create_draft(form.id, "Självtest")
        self.store.current_values(draft.id)
        return True

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.store.close()
        super().closeEvent(event)

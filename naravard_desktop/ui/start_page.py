"""The start page: create a draft from an available form, or open an existing one."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from naravard_desktop.core.forms.model import Form, FormRegistry
from naravard_desktop.core.storage.store import Draft

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class StartPage(QWidget):
    create_requested = Signal(str)  # form id
    open_requested = Signal(str)  # draft id

    def __init__(self, forms: FormRegistry, parent: QWidget | None = None):
        super().__init__(parent)
        self.forms = forms
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        app_name = self.tr("Närvård desktop")
        self.heading = QLabel(f"<h1>{html.escape(app_name)}</h1>", self)
        layout.addWidget(self.heading)
        intro = QLabel(self.tr("Skriv regionens svar på enkäten offline. Allt du skriver sparas automatiskt."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(QLabel(f"<b>{html.escape(self.tr('Formulär'))}</b>", self))
        self.form_list = QListWidget(self)
        self.form_list.setAccessibleName(self.tr("Formulär"))
        self.set_forms(forms)
        self.form_list.itemActivated.connect(self._on_create)
        layout.addWidget(self.form_list)
        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("Nytt utkast…"), self)
        self.new_button.clicked.connect(self._on_create)
        row.addWidget(self.new_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(QLabel(f"<b>{html.escape(self.tr('Utkast'))}</b>", self))
        self.draft_list = QListWidget(self)
        self.draft_list.setAccessibleName(self.tr("Utkast"))
        self.draft_list.itemActivated.connect(self._on_open)
        layout.addWidget(self.draft_list)
        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Öppna utkastet"), self)
        self.open_button.clicked.connect(self._on_open)
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout.addLayout(row)

    def set_forms(self, forms: FormRegistry) -> None:
        """List the forms a new draft can use (again after a form was added)."""
        self.forms = forms
        self.form_list.clear()
        for form in forms.sorted():
            item = QListWidgetItem(
                self.tr("{title} {year} – sista dag {deadline}").format(title=form.title, year=form.year, deadline=form.deadline)
            )
            item.setData(ID_ROLE, form.id)
            self.form_list.addItem(item)
        if self.form_list.count():
            self.form_list.setCurrentRow(0)

    def set_drafts(self, drafts: list[Draft], forms: FormRegistry) -> None:
        self.draft_list.clear()
        for draft in reversed(drafts):
            form = forms.get(draft.form_id)
            form_name = f"{form.title} {form.year}" if form else draft.form_id
            region = draft.region or self.tr("ingen region")
            item = QListWidgetItem(f"{draft.title} ({region}) – {form_name}")
            item.setData(ID_ROLE, draft.id)
            self.draft_list.addItem(item)
        if self.draft_list.count():
            self.draft_list.setCurrentRow(0)
        self.open_button.setEnabled(self.draft_list.count() > 0)

    def _on_create(self, *_args: object) -> None:
        item = self.form_list.currentItem()
        if item is not None:
            self.create_requested.emit(str(item.data(ID_ROLE)))

    def _on_open(self, *_args: object) -> None:
        item = self.draft_list.currentItem()
        if item is not None:
            self.open_requested.emit(str(item.data(ID_ROLE)))


class NewDraftDialog(QDialog):
    """Title and region for a new draft."""

    def __init__(self, form: Form, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nytt utkast"))
        layout = QVBoxLayout(self)
        about = QLabel(
            self.tr("{title} {year}, sista dag {deadline}").format(title=form.title, year=form.year, deadline=form.deadline), self
        )
        about.setWordWrap(True)
        layout.addWidget(about)
        fields = QFormLayout()
        self.title_edit = QLineEdit(self.tr("Svar {year}").format(year=form.year), self)
        self.region_edit = QLineEdit(self)
        self.region_edit.setPlaceholderText(self.tr("t.ex. Region Halland"))
        fields.addRow(self.tr("&Titel:"), self.title_edit)
        fields.addRow(self.tr("&Region:"), self.region_edit)
        layout.addLayout(fields)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._on_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _on_accept(self) -> None:
        if self.title_edit.text().strip():
            self.accept()
        else:
            self.title_edit.setFocus()

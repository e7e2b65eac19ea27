"""Per-field history: who changed what and when, with restore of an old version.

Restoring is a new revision (kind "restore"), so nothing is ever lost and it travels in
bundles. Thin over core.field_versions.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from naravard_desktop.core.answers import field_refs
from naravard_desktop.core.field_versions import FieldVersionError, field_label, history, restore, value_text
from naravard_desktop.core.forms import Form
from naravard_desktop.core.store import DraftStore, Revision

KIND_LABELS = {
    "edit": "ändring",
    "import": "import",
    "merge": "automatisk sammanslagning",
    "resolve": "konflikt löst",
    "restore": "återställd",
}
COLUMNS = ("Tid (UTC)", "Vem", "Vad", "Värde")


class HistoryView(QWidget):
    """Pick a field; see its versions oldest first; restore the selected one."""

    restored = Signal(str)  # field key

    def __init__(self, store: DraftStore, form: Form, draft_id: str, parent: QWidget | None = None, field: str | None = None):
        super().__init__(parent)
        self.store, self.form, self.draft_id = store, form, store.draft(draft_id).id
        self.revisions: list[Revision] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel("Fält:", self))
        self.field_choice = QComboBox(self)
        top.addWidget(self.field_choice, 1)
        layout.addLayout(top)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels(list(COLUMNS))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 2)
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        layout.addWidget(self.preview, 1)
        bottom = QHBoxLayout()
        self.message = QLabel("", self)
        self.message.setWordWrap(True)
        bottom.addWidget(self.message, 1)
        self.restore_button = QPushButton("Återställ den här versionen", self)
        self.restore_button.clicked.connect(self._restore_selected)
        bottom.addWidget(self.restore_button)
        layout.addLayout(bottom)
        self.field_choice.currentIndexChanged.connect(self._load_field)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self._fill_fields(field)

    def _fill_fields(self, wanted: str | None) -> None:
        changed = {r.field for r in self.store.revisions(self.draft_id)}
        keys = [ref.key for ref in field_refs(self.form) if ref.key in changed]
        self.field_choice.blockSignals(True)
        self.field_choice.clear()
        for key in keys:
            self.field_choice.addItem(field_label(self.form, key), key)
        self.field_choice.blockSignals(False)
        index = keys.index(wanted) if wanted in keys else 0
        if keys:
            self.field_choice.setCurrentIndex(index)
            self._load_field()
        else:
            self.message.setText("Utkastet har inga ändringar än.")
        self.restore_button.setEnabled(bool(keys))

    @property
    def field(self) -> str | None:
        return self.field_choice.currentData()

    def show_field(self, key: str) -> None:
        index = self.field_choice.findData(key)
        if index >= 0:
            self.field_choice.setCurrentIndex(index)

    def _load_field(self) -> None:
        key = self.field
        if key is None:
            return
        _, self.revisions = history(self.store, self.form, self.draft_id, key)
        heads = {r.id for r in self.store.heads(self.draft_id, [key]).get(key, [])}
        self.table.setRowCount(len(self.revisions))
        for row, rev in enumerate(self.revisions):
            current = " (aktuell)" if rev.id in heads else ""
            cells = (
                rev.created_at[:19].replace("T", " "),
                rev.editor_name,
                KIND_LABELS.get(rev.kind, rev.kind) + current,
                " ".join(value_text(rev.value).split())[:120],
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        if self.revisions:
            self.table.selectRow(len(self.revisions) - 1)

    def _show_selected(self) -> None:
        rev = self.selected
        self.preview.setPlainText(value_text(rev.value) if rev is not None else "")

    @property
    def selected(self) -> Revision | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].row()
        return self.revisions[row] if 0 <= row < len(self.revisions) else None

    def select_revision(self, revision_id: str) -> None:
        for row, rev in enumerate(self.revisions):
            if rev.id == revision_id:
                self.table.selectRow(row)
                return

    def _restore_selected(self) -> None:
        rev, key = self.selected, self.field
        if rev is None or key is None:
            self.message.setText("Välj en version att återställa.")
            return
        try:
            made = restore(self.store, self.form, self.draft_id, key, rev.id)
        except FieldVersionError as exc:
            self.message.setText(str(exc))
            return
        if made is None:
            self.message.setText("Den versionen är redan aktuell.")
            return
        self._load_field()
        self.message.setText(f"Versionen från {rev.editor_name} är återställd som en ny version.")
        self.restored.emit(key)

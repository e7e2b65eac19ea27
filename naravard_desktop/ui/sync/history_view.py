"""Per-field history: who changed what and when, with restore of an old version, and
purging a field's old versions (personal data in the history, docs/bundles.md).

Restoring is a new revision (kind "restore"), so nothing is ever lost and it travels in
bundles. Purging asks first and keeps the current value. Thin over core.field_versions.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from naravard_desktop.core.forms.answers import KEY_SEPARATOR, field_refs
from naravard_desktop.core.forms.model import Form
from naravard_desktop.core.storage.store import DraftStore, Revision
from naravard_desktop.core.sync.field_versions import FieldVersionError, field_label, history, purge_history, purgeable, restore, value_text
from naravard_desktop.core.sync.merge import is_auto_merge, merged_editors
from naravard_desktop.core.times import local_time
from naravard_desktop.ui.i18n import core_text, error_text


def kind_label(kind: str) -> str:
    """A revision kind as people read it (unknown kinds as stored)."""
    labels = {
        "edit": QCoreApplication.translate("history_view", "ändring"),
        "import": QCoreApplication.translate("history_view", "import"),
        "merge": QCoreApplication.translate("history_view", "automatisk sammanslagning"),
        "resolve": QCoreApplication.translate("history_view", "konflikt löst"),
        "restore": QCoreApplication.translate("history_view", "återställd"),
        "purge": QCoreApplication.translate("history_view", "historiken rensad"),
    }
    return labels.get(kind, kind)


def editor_credit(store: DraftStore, rev: Revision) -> str:
    """Who a version is from: its editor, or for an automatic merge the people whose
    versions it combined ("Sammanslagning av Anna och Bertil"), never a pseudo-person."""
    if not is_auto_merge(rev):
        return rev.editor_name
    names = merged_editors(rev, store.revision)
    if not names:
        return QCoreApplication.translate("history_view", "Automatisk sammanslagning")
    if len(names) == 1:
        people = names[0]
    else:
        people = QCoreApplication.translate("history_view", "{first} och {last}").format(first=", ".join(names[:-1]), last=names[-1])
    return QCoreApplication.translate("history_view", "Sammanslagning av {people}").format(people=people)


def column_titles() -> list[str]:
    return [
        QCoreApplication.translate("history_view", "Tid"),
        QCoreApplication.translate("history_view", "Vem"),
        QCoreApplication.translate("history_view", "Vad"),
        QCoreApplication.translate("history_view", "Värde"),
    ]


class HistoryView(QWidget):
    """Pick a field; see its versions oldest first; restore the selected one."""

    restored = Signal(str)  # field key

    def __init__(self, store: DraftStore, form: Form, draft_id: str, parent: QWidget | None = None, field: str | None = None):
        super().__init__(parent)
        self.store, self.form, self.draft_id = store, form, store.draft(draft_id).id
        self.revisions: list[Revision] = []
        self.before_write: Callable[[], bool] | None = None  # e.g. write the editor's pending changes first
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Fält:"), self))
        self.field_choice = QComboBox(self)
        top.addWidget(self.field_choice, 1)
        layout.addLayout(top)
        self.table = QTableWidget(0, len(column_titles()), self)
        self.table.setHorizontalHeaderLabels(column_titles())
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
        self.restore_button = QPushButton(self.tr("Återställ den här versionen"), self)
        self.restore_button.clicked.connect(self._restore_selected)
        bottom.addWidget(self.restore_button)
        self.purge_button = QPushButton(self.tr("Rensa gamla versioner…"), self)
        self.purge_button.setToolTip(
            self.tr("Töm fältets äldre versioner på den här datorn, t.ex. ett personnummer som tagits bort ur svaret")
        )
        self.purge_button.clicked.connect(self.ask_purge)
        bottom.addWidget(self.purge_button)
        self.purge_box: QMessageBox | None = None
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
            self.field_choice.addItem(core_text(field_label(self.form, key)), key)
        self.field_choice.blockSignals(False)
        index = keys.index(wanted) if wanted in keys else 0
        if wanted and wanted not in keys:  # a question number or an unchanged field: its question's first changed field
            question = wanted.split(KEY_SEPARATOR, 1)[0]
            index = next((i for i, key in enumerate(keys) if key.split(KEY_SEPARATOR, 1)[0] == question), 0)
        if keys:
            self.field_choice.setCurrentIndex(index)
            self._load_field()
        else:
            self.message.setText(self.tr("Utkastet har inga ändringar än."))
        self.restore_button.setEnabled(bool(keys))
        self.purge_button.setEnabled(bool(keys))

    def reload(self) -> None:
        """Re-read fields and versions (after an import, resolve or restore elsewhere)."""
        self._fill_fields(self.field)

    @property
    def field(self) -> str | None:
        key = self.field_choice.currentData()
        return key if isinstance(key, str) else None

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
            current = self.tr(" (aktuell)") if rev.id in heads else ""
            cells = (
                local_time(rev.created_at),
                editor_credit(self.store, rev),
                kind_label(rev.kind) + current,
                self.tr("(rensad ur historiken)") if rev.purged else " ".join(value_text(rev.value).split())[:120],
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        if self.revisions:
            self.table.selectRow(len(self.revisions) - 1)

    def _show_selected(self) -> None:
        rev = self.selected
        if rev is not None and rev.purged:
            self.preview.setPlainText(self.tr("(rensad ur historiken)"))
        else:
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
            self.message.setText(self.tr("Välj en version att återställa."))
            return
        if self.before_write is not None and not self.before_write():
            return
        try:
            made = restore(self.store, self.form, self.draft_id, key, rev.id)
        except FieldVersionError as exc:
            self.message.setText(error_text(exc))
            return
        if made is None:
            self.message.setText(self.tr("Den versionen är redan aktuell."))
            return
        self._load_field()
        self.message.setText(self.tr("Versionen från {editor} är återställd som en ny version.").format(editor=rev.editor_name))
        self.restored.emit(key)

    def ask_purge(self) -> QMessageBox | None:
        """Explain what purging does and ask (window-modal, non-blocking); purges on Yes."""
        key = self.field
        if key is None:
            return None
        try:
            _, old = purgeable(self.store, self.form, self.draft_id, key)
        except FieldVersionError as exc:
            self.message.setText(error_text(exc))
            return None
        if not old:
            self.message.setText(self.tr("Det finns inga gamla versioner att rensa. Det aktuella svaret rensas aldrig; ändra det först."))
            return None
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Rensa gamla versioner"), "", QMessageBox.StandardButton.Cancel, self)
        box.setText(
            self.tr("{count} äldre versioner av {field} töms på den här datorn och i paket du exporterar härefter.").format(
                count=len(old), field=field_label(self.form, key)
            )
        )
        box.setInformativeText(
            self.tr(
                "Det aktuella svaret och sammanslagningar ändras inte, och det går inte att ångra. "
                "Medskribenter som redan har historiken behåller sin kopia tills de rensar själva."
            )
        )
        purge = box.addButton(self.tr("Rensa"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _result: self.purge_old_versions() if box.clickedButton() is purge else None)
        self.purge_box = box
        box.open()
        return box

    def purge_old_versions(self) -> int:
        """Purge the shown field's old versions now (after the question); returns how many."""
        key = self.field
        if key is None:
            return 0
        if self.before_write is not None and not self.before_write():
            return 0
        try:
            _, purged = purge_history(self.store, self.form, self.draft_id, key)
        except FieldVersionError as exc:
            self.message.setText(error_text(exc))
            return 0
        self._load_field()
        self.message.setText(self.tr("{count} gamla versioner rensade.").format(count=len(purged)))
        self.restored.emit(key)  # the field's history changed: views over it reload
        return len(purged)


class HistoryDialog(QDialog):
    """The history view in its own (non-modal) window."""

    def __init__(self, store: DraftStore, form: Form, draft_id: str, parent: QWidget | None = None, field: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Historik"))
        layout = QVBoxLayout(self)
        self.view = HistoryView(store, form, draft_id, self, field=field)
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(900, 600)

"""The dialog shown when the draft database is damaged: restore a good backup or quit.

Use: catch store.DatabaseDamaged when opening the store, then
`if offer_recovery(parent, error): <open the store again>`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from naravard_desktop.core.storage import backup
from naravard_desktop.core.storage.store import DatabaseDamaged
from naravard_desktop.core.times import local_time

_BACKUP_ROLE = Qt.ItemDataRole.UserRole


class RecoveryDialog(QDialog):
    """Lists the backups (damaged ones disabled), preselects the newest good one."""

    def __init__(self, error: DatabaseDamaged, parent: QWidget | None = None):
        super().__init__(parent)
        self.error = error
        self.result_of_restore: backup.RestoreResult | None = None
        self.setWindowTitle(self.tr("Databasen är skadad"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Utkastdatabasen i {folder} går inte att läsa ({detail}).\n"
                "Välj en säkerhetskopia att återställa. Den skadade filen sparas bredvid, ingenting raderas."
            ).format(folder=error.data_dir, detail=error.detail),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.backup_list = QListWidget(self)
        layout.addWidget(self.backup_list)
        self.buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(self.tr("Återställ vald säkerhetskopia"), self)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Avsluta"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        layout.addWidget(self.buttons)
        self._fill()

    def _fill(self) -> None:
        preselected = False
        for item in backup.list_backups(self.error.data_dir):
            problem = backup.integrity_problem(item.path)
            label = f"{local_time(item.created_at)} – {item.name}"  # the user's clock
            row = QListWidgetItem(label if problem is None else self.tr("{label} (skadad)").format(label=label))
            row.setData(_BACKUP_ROLE, item.name)
            if problem is not None:
                row.setFlags(row.flags() & ~Qt.ItemFlag.ItemIsEnabled & ~Qt.ItemFlag.ItemIsSelectable)
            self.backup_list.addItem(row)
            if problem is None and not preselected:
                self.backup_list.setCurrentItem(row)
                preselected = True
        if not preselected:
            self.backup_list.addItem(self.tr("Det finns ingen felfri säkerhetskopia."))
        self.restore_button.setEnabled(preselected)

    def selected_backup_name(self) -> str | None:
        item = self.backup_list.currentItem()
        name = item.data(_BACKUP_ROLE) if item is not None else None
        return name if isinstance(name, str) else None

    def restore_selected(self) -> None:
        name = self.selected_backup_name()
        if not name:
            return
        try:
            self.result_of_restore = backup.restore_backup(self.error.data_dir, name)
        except backup.BackupError as exc:
            QMessageBox.warning(self, self.tr("Återställningen misslyckades"), str(exc))
            return
        self.accept()


def offer_recovery(parent: QWidget | None, error: DatabaseDamaged) -> bool:
    """Show the dialog; True if a backup was restored and the store can be opened again."""
    dialog = RecoveryDialog(error, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_of_restore is not None

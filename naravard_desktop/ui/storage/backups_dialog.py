"""Arkiv › Säkerhetskopior…: the backups (local time, size, drafts, damaged ones marked),
"Säkerhetskopiera nu" and "Återställ…" (after a confirmation). Thin over core/storage/backup.py;
the restore itself is `Backups.restore` in ui/storage/backups.py."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from naravard_desktop.core.storage import backup
from naravard_desktop.core.storage.store import StoreError
from naravard_desktop.core.times import local_time
from naravard_desktop.ui.i18n import error_text, translate_ui
from naravard_desktop.ui.storage.backups import BackgroundJob
from naravard_desktop.ui.widgets import look

_NAME_ROLE = Qt.ItemDataRole.UserRole
TIME, SIZE, DRAFTS, STATE = range(4)
DAMAGED_COLOUR = look.ERROR


def _check(paths: list[tuple[str, Any]]) -> dict[str, tuple[str | None, int | None]]:
    """On the worker thread: each backup's integrity problem (None = ok) and draft count."""
    result: dict[str, tuple[str | None, int | None]] = {}
    for name, path in paths:
        problem = backup.integrity_problem(path)
        result[name] = (problem, None if problem is not None else backup.draft_count(path))
    return result


class BackupsDialog(QDialog):
    def __init__(self, backups: Any, parent: QWidget):
        super().__init__(parent)
        self.backups = backups
        self.window_ = backups.window
        self.problems: dict[str, str | None] = {}
        self.confirm_box: QMessageBox | None = None
        self.confirm_button: QAbstractButton | None = None
        self.error_box: QMessageBox | None = None
        self._pending_name: str | None = None
        self._stale = False
        self.setObjectName("backups-dialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.intro)
        self.table = QTreeWidget(self)
        self.table.setRootIsDecorated(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.header().setStretchLastSection(True)
        self.table.header().setSectionResizeMode(TIME, QHeaderView.ResizeMode.ResizeToContents)
        self.table.currentItemChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(self.ask_restore)
        layout.addWidget(self.table, 1)
        self.buttons = QDialogButtonBox(self)
        self.backup_button = QPushButton(self)
        self.restore_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self.buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button.clicked.connect(self.ask_restore)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self.checker = BackgroundJob(self)
        self.checker.finished.connect(self._on_checked)
        backups.backup_made.connect(self._on_backup_made)
        backups.backup_failed.connect(self._on_backup_failed)
        translate_ui(self)  # texts now and after a language switch (the list too)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Säkerhetskopior"))
        folder = backup.backup_dir(self.window_.data_dir)
        self.intro.setText(
            self.tr(
                "Säkerhetskopior av utkastdatabasen, i {folder}. En görs när programmet startar och efter var {minutes}:e minut "
                "av redigering; de {keep} senaste sparas."
            ).format(folder=folder, minutes=f"{self.backups.interval_minutes:g}", keep=self.backups.keep)
        )
        self.table.setHeaderLabels([self.tr("Tid"), self.tr("Storlek"), self.tr("Utkast"), self.tr("Skick")])
        self.backup_button.setText(self.tr("Säkerhetskopiera &nu"))
        self.restore_button.setText(self.tr("&Återställ…"))
        self.close_button.setText(self.tr("Stäng"))
        self.refresh()

    # -- the list -----------------------------------------------------------------------

    def refresh(self) -> None:
        """List the backups at once; integrity and draft counts follow from a worker thread."""
        current = self.selected_name()
        self.table.clear()
        found = backup.list_backups(self.window_.data_dir)
        for item in found:
            row = QTreeWidgetItem([local_time(item.created_at), backup.size_text(item.size), "…", self.tr("kontrolleras …")])
            row.setData(TIME, _NAME_ROLE, item.name)
            row.setToolTip(TIME, item.name)
            row.setTextAlignment(SIZE, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            row.setTextAlignment(DRAFTS, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.addTopLevelItem(row)
            if item.name == current:
                self.table.setCurrentItem(row)
        first = self.table.topLevelItem(0)
        if found and first is not None and self.table.currentItem() is None:
            self.table.setCurrentItem(first)
        if not found:
            empty = QTreeWidgetItem([self.tr("Inga säkerhetskopior än."), "", "", ""])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.table.addTopLevelItem(empty)
        self.problems = {}
        self._update_buttons()
        paths = [(item.name, item.path) for item in found]
        if not self.checker.start(lambda: _check(paths)):
            self._stale = True  # a check of an older list is running: check again after it

    def _rows(self) -> dict[str, QTreeWidgetItem]:
        rows: dict[str, QTreeWidgetItem] = {}
        for index in range(self.table.topLevelItemCount()):
            row = self.table.topLevelItem(index)
            if row is None:
                continue
            name = row.data(TIME, _NAME_ROLE)
            if name:
                rows[str(name)] = row
        return rows

    def _on_checked(self, result: object, error: Exception | None) -> None:
        if self._stale:
            self._stale = False
            self.refresh()
            return
        if error is not None or not isinstance(result, dict):
            return
        for name, row in self._rows().items():
            if name not in result:
                continue
            problem, count = result[name]
            self.problems[name] = problem
            if problem is None:
                row.setText(DRAFTS, "" if count is None else str(count))
                row.setText(STATE, self.tr("felfri"))
            else:
                row.setText(DRAFTS, "")
                row.setText(STATE, self.tr("skadad: {problem}").format(problem=problem))
                row.setToolTip(STATE, problem)
                for column in range(4):
                    row.setForeground(column, QColor(DAMAGED_COLOUR))
        self._update_buttons()

    def selected_name(self) -> str | None:
        row = self.table.currentItem()
        name = row.data(TIME, _NAME_ROLE) if row is not None else None
        return str(name) if name else None

    def is_damaged(self, name: str) -> bool:
        return self.problems.get(name) is not None

    def _update_buttons(self, *_args: object) -> None:
        name = self.selected_name()
        self.restore_button.setEnabled(name is not None and not self.is_damaged(name))

    # -- actions ------------------------------------------------------------------------

    def backup_now(self) -> None:
        if self.backups.backup_now():
            self.backup_button.setEnabled(False)
        else:
            self.window_.statusBar().showMessage(self.tr("En säkerhetskopiering pågår redan; försök igen om en stund."), 10000)

    def _on_backup_made(self, _kind: str, _made: object) -> None:
        self.backup_button.setEnabled(True)
        if self.isVisible():
            self.refresh()

    def _on_backup_failed(self, kind: str, message: str) -> None:
        self.backup_button.setEnabled(True)
        if kind == "now" and self.isVisible():
            self.show_error(self.tr("Säkerhetskopieringen misslyckades"), message)

    def ask_restore(self, *_args: object) -> None:
        name = self.selected_name()
        if name is None or self.is_damaged(name):
            return
        chosen = next((b for b in backup.list_backups(self.window_.data_dir) if b.name == name), None)
        if chosen is None:
            self.refresh()
            return
        session = self.window_.session
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Återställ säkerhetskopia"), "", QMessageBox.StandardButton.Cancel, self)
        box.setText(self.tr("Återställa säkerhetskopian från {time}?").format(time=local_time(chosen.created_at)))
        text = self.tr(
            "Det nuvarande tillståndet kopieras först till en ny säkerhetskopia, så inget går förlorat och du kan byta tillbaka."
        )
        if session is not None:
            text += "\n\n" + self.tr("Det öppna utkastet stängs och öppnas igen med säkerhetskopians svar.")
        box.setInformativeText(text)
        self.confirm_button = box.addButton(self.tr("Återställ"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(self._on_confirmed)
        self._pending_name = name
        self.confirm_box = box
        box.open()

    def _on_confirmed(self, _result: int) -> None:
        box, self.confirm_box = self.confirm_box, None
        name, self._pending_name = self._pending_name, None
        if box is None or name is None or box.clickedButton() is not self.confirm_button:
            return
        self.restore(name)

    def restore(self, name: str) -> bool:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = self.backups.restore(name)
        except (backup.BackupError, StoreError) as exc:
            QApplication.restoreOverrideCursor()
            self.show_error(self.tr("Återställningen misslyckades"), error_text(exc))
            self.refresh()
            return False
        QApplication.restoreOverrideCursor()
        message = self.tr("Säkerhetskopian från {time} är återställd.").format(time=local_time(result.restored.created_at))
        if result.safety_backup is not None:
            message += " " + self.tr("Det tidigare tillståndet finns i säkerhetskopian från {time}.").format(
                time=local_time(result.safety_backup.created_at)
            )
        if result.damaged_copy is not None:
            message += " " + self.tr("Den skadade databasen ligger kvar som {path}.").format(path=result.damaged_copy)
        self.window_.statusBar().showMessage(message, 30000)
        self.refresh()
        return True

    def show_error(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        self.error_box = box
        box.open()

"""Backups and recovery in the app (docs/backup.md, "In the app").

- `open_main_window()`: the window as `app.main` starts it; a damaged database
  (`DatabaseDamaged`) offers `recovery_dialog.offer_recovery` and, after a restore, opens
  the store again; other store errors are shown and the caller exits 2.
- `Backups` (installed through ui/extensions.py as `window.backups`): the backup on start
  (`backup_on_start`, off the UI thread), the interval backups while a draft is edited
  (`backup_if_due`), Arkiv › Säkerhetskopior… (`ui/storage/backups_dialog.py`) and restoring a
  backup while the app runs.
- `SaveFailureBanner`: a failed autosave (full disk, read-only data dir) is a banner with
  "Försök igen"; the text stays in the editor and the session retries by itself.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from naravard_desktop.core.storage.store import DatabaseDamaged, DraftStore, StoreError
from naravard_desktop.core.times import local_time
from naravard_desktop.ui.banner import Banner
from naravard_desktop.ui.i18n import error_text
from naravard_desktop.ui.lazy import backup
from naravard_desktop.ui.session import DraftSession, UnsavedChanges
from naravard_desktop.ui.store_change import StoreChange

if TYPE_CHECKING:
    from naravard_desktop.ui.main_window import MainWindow

log = logging.getLogger("naravard")

#: How often the interval timer looks whether a backup is due (while a draft is edited).
CHECK_INTERVAL_MS = 60_000
#: Longest wait at close for a backup still running (it is never cut off half-way if avoidable).
CLOSE_WAIT_S = 30.0


# -- start: a damaged database ------------------------------------------------------------


def open_main_window(data_dir: Path, draft_id: str | None = None, *, interactive: bool = True) -> Any:
    """The main window over `data_dir`, or None when the app must exit 2.

    A damaged database offers the recovery dialog (not when `interactive` is False, e.g.
    `--self-test`); after a restore the store is opened again and the start goes on.
    Other store errors (a newer schema, a read-only data dir) are shown and give None.
    """
    from naravard_desktop.ui.main_window import MainWindow

    translate = QCoreApplication.translate
    while True:
        try:
            return MainWindow(data_dir, draft_id=draft_id)
        except DatabaseDamaged as exc:
            log.error("damaged database at start: %s", exc)
            from naravard_desktop.ui.storage.recovery_dialog import offer_recovery

            if interactive and offer_recovery(None, exc):
                log.warning("restored a backup after damage; opening the store again")
                continue
            print(str(exc), file=sys.stderr)
            return None
        except StoreError as exc:  # e.g. a database written by a newer version: say so, exit
            log.error("cannot open the data dir: %s", exc)
            if interactive:
                QMessageBox.critical(None, translate("app", "Närvård desktop kan inte starta"), error_text(exc))
            print(str(exc), file=sys.stderr)
            return None


# -- work off the UI thread ---------------------------------------------------------------


class BackgroundJob(QObject):
    """Runs one function at a time on a daemon thread; `finished(result, error)` arrives
    on the UI thread. Errors never escape: they are logged and handed to `finished`."""

    finished = Signal(object, object)  # result, Exception | None

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self._thread: threading.Thread | None = None

    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, work: Callable[[], object]) -> bool:
        if self.running():
            return False
        self._thread = threading.Thread(target=self._run, args=(work,), name="naravard-backup", daemon=True)
        self._thread.start()
        return True

    def wait(self, timeout: float = CLOSE_WAIT_S) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self, work: Callable[[], object]) -> None:
        result: object = None
        error: Exception | None = None
        try:
            result = work()
        except backup.BackupError as exc:
            log.error("backup failed: %s", exc)
            error = exc
        except Exception as exc:
            log.exception("backup failed")
            error = exc
        try:
            self.finished.emit(result, error)
        except RuntimeError:  # the window (and this object) is gone already
            pass


# -- the window's backups -----------------------------------------------------------------


class Backups(QObject):
    """The backup on start, interval backups while editing, the dialog and restoring."""

    backup_made = Signal(str, object)  # kind ("start", "interval", "now"), core Backup
    backup_failed = Signal(str, str)  # kind, message

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self._interval_minutes: float | None = None  # None: backup.DEFAULT_INTERVAL_MINUTES
        self._keep: int | None = None  # None: backup.DEFAULT_KEEP
        self.job = BackgroundJob(self)
        self.job.finished.connect(self._on_job_finished)
        self._job_kind = ""
        #: Saved edits not yet in a backup: the interval timer runs only while this is True.
        self.edited = False
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check_due)
        self.dialog: Any = None
        self.save_banner = SaveFailureBanner(window)
        r = window.registry
        self.action = r.add("backups", lambda: self.tr("Säker&hetskopior…"), self.show_dialog, menu="file")
        r.place("file", [self.action], before="quit", separator_after=True)  # … | Säkerhetskopior… | Avsluta
        window.draft_opened.connect(self._on_draft_opened)
        window.draft_closed.connect(self._on_draft_closed)
        window.closing.connect(self._on_window_closing)

    @property
    def interval_minutes(self) -> float:
        """Minutes of editing between interval backups (the core's default unless set)."""
        return backup.DEFAULT_INTERVAL_MINUTES if self._interval_minutes is None else self._interval_minutes

    @interval_minutes.setter
    def interval_minutes(self, minutes: float) -> None:
        self._interval_minutes = minutes

    @property
    def keep(self) -> int:
        """How many backups are kept (the core's default unless set)."""
        return backup.DEFAULT_KEEP if self._keep is None else self._keep

    @keep.setter
    def keep(self, count: int) -> None:
        self._keep = count

    # -- when: start and interval --------------------------------------------------------

    def backup_on_start(self) -> bool:
        """The start-up backup, on a worker thread (the window is shown meanwhile)."""
        data_dir, keep = self.window.data_dir, self.keep
        return self._start("start", lambda: backup.backup_on_start(data_dir, keep=keep))

    def backup_now(self) -> bool:
        """Arkiv › Säkerhetskopior… › Säkerhetskopiera nu: pending edits are written first."""
        session = self.window.session
        if session is not None:
            session.flush()
        data_dir, keep = self.window.data_dir, self.keep
        return self._start("now", lambda: _backup_now(data_dir, keep))

    def check_due(self) -> bool:
        """Timer tick: a backup if edits were saved since the last one and the interval passed."""
        if self.job.running() or self._job_kind:  # a backup runs, or its result has not reached us yet
            return False
        if not self.edited or self.window.session is None:
            self.timer.stop()
            return False
        self.edited = False  # edits saved from now on set it again
        data_dir, interval, keep = self.window.data_dir, self.interval_minutes, self.keep
        return self._start("interval", lambda: _backup_if_due(data_dir, interval, keep))

    def _start(self, kind: str, work: Callable[[], object]) -> bool:
        if not self.job.start(work):
            return False
        self._job_kind = kind
        return True

    def _on_job_finished(self, result: object, error: Exception | None) -> None:
        kind, self._job_kind = self._job_kind, ""
        status = self.window.statusBar()
        if error is not None:
            if kind == "interval":
                self.edited = True  # try again at the next tick
            text = self.tr("Säkerhetskopian kunde inte göras: {error}").format(error=str(error) or error.__class__.__name__)
            status.showMessage(text, 30000)
            if isinstance(error, backup.DamagedRevisions):
                self.show_damage(error)
            self.backup_failed.emit(kind, text)
            return
        if kind == "interval":
            made, due = cast("tuple[backup.Backup | None, bool]", result)  # what _interval_job returns
            if not due:
                self.edited = True  # the edits still wait for a backup
            if made is not None:
                log.info("interval backup %s", made.name)
                self.backup_made.emit(kind, made)
            return
        if kind == "now":
            done, new = cast("tuple[backup.Backup, bool]", result)  # what the "now" job returns
            log.info("backup on request %s (new: %s)", done.name, new)
            if new:
                status.showMessage(self.tr("Säkerhetskopian är sparad ({time}).").format(time=local_time(done.created_at)), 15000)
            else:
                status.showMessage(
                    self.tr("Inget har ändrats sedan den senaste säkerhetskopian ({time}).").format(time=local_time(done.created_at)), 15000
                )
            self.backup_made.emit(kind, done)
        elif isinstance(result, backup.Backup):
            log.info("start backup %s", result.name)
            self.backup_made.emit(kind, result)

    def show_damage(self, error: backup.DamagedRevisions) -> None:
        """The start-up check (the start backup verifies every revision id on the worker
        thread) found silent damage: say so where it stays visible, name the fields and
        the backup to restore."""
        self.window.banner.show_text(
            self.tr(
                "Databasen har ändringar som inte längre stämmer med sina id (troligen skadade på disken): {damage}. "
                "Nya säkerhetskopior görs inte av det skadade tillståndet, så de felfria finns kvar, och paket kan inte "
                "exporteras. Återställ en felfri säkerhetskopia under Arkiv › Säkerhetskopior… ({advice})."
            ).format(damage=error.summary, advice=error.advice)
        )

    def _on_draft_opened(self, session: DraftSession) -> None:
        session.saved.connect(self._on_saved)
        self.save_banner.watch(session)

    def _on_draft_closed(self) -> None:
        self.timer.stop()
        self.save_banner.hide()

    def _on_saved(self, _time: str) -> None:
        self.edited = True
        if not self.timer.isActive():
            self.timer.start()

    def _on_window_closing(self) -> None:
        self.timer.stop()
        self.job.wait()  # a backup is not cut off by the app exiting

    # -- the dialog and restoring ----------------------------------------------------------

    def show_dialog(self) -> Any:
        from naravard_desktop.ui.storage.backups_dialog import BackupsDialog

        if self.dialog is None:
            self.dialog = BackupsDialog(self, self.window)
        else:
            self.dialog.refresh()
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def restore(self, name: str) -> backup.RestoreResult:
        """Replace the database with backup `name` while the app runs.

        The open draft's edits are written first, the backup restored by the core (which
        first backs up the current state), then the one "store changed" path takes it in
        (`StoreChange("backup", database=True)`): the store connects again, the open draft
        shows the restored values, or the start page if the backup does not have it.
        Raises BackupError or StoreError."""
        window = self.window
        if window.session is not None:
            try:
                window.session.require_saved()
            except UnsavedChanges as exc:
                raise backup.BackupError(str(exc)) from None
        self.job.wait()
        try:
            return backup.restore_backup(window.data_dir, name, keep=self.keep)
        finally:  # also after a failure: a damaged database may have been set aside
            window.after_store_change(StoreChange("backup", database=True))


def _backup_now(data_dir: Path, keep: int) -> tuple[backup.Backup, bool]:
    """(the backup, whether it is new) — an unchanged database is not stored twice."""
    newest = next(iter(backup.list_backups(data_dir)), None)
    made = backup.create_backup(data_dir, keep=keep)
    return made, newest is None or made.name != newest.name


def _backup_if_due(data_dir: Path, interval_minutes: float, keep: int) -> tuple[backup.Backup | None, bool]:
    """(new backup or None, whether one was due) — on the worker thread, own connection."""
    newest = next(iter(backup.list_backups(data_dir)), None)
    due = newest is None or datetime.now(UTC) - newest.created_at >= timedelta(minutes=interval_minutes)
    if not due:
        return None, False
    with DraftStore(data_dir) as store:
        return backup.backup_if_due(store, interval_minutes, keep=keep), True


# -- failed autosave --------------------------------------------------------------------


class SaveFailureBanner(Banner):
    """Shown while the autosave fails: the text is kept in the editor and retried; "Försök
    igen" writes at once. It hides itself when a write succeeds (no close button: the
    problem is not over until the text is stored)."""

    def __init__(self, window: MainWindow):
        super().__init__(window.central)
        self.setObjectName("save-failure-banner")
        self.main_window = window
        self.session: DraftSession | None = None
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.close_button.hide()
        self.retry_button = QPushButton(self)
        self.retry_button.setObjectName("retry-save")
        self.retry_button.clicked.connect(self.retry)
        self.row.insertWidget(1, self.retry_button)
        window.insert_banner(self, after=window.banner)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "retry_button"):
            self.retry_button.setText(self.tr("Försök igen"))

    def watch(self, session: DraftSession) -> None:
        self.session = session
        self.hide()
        session.save_failed.connect(self._on_failed)
        session.saved.connect(self._on_saved)

    def _on_failed(self, message: str) -> None:
        self.show_text(
            self.tr("{error}\nDin text finns kvar i fönstret och sparas så snart det går; programmet försöker igen av sig självt.").format(
                error=message
            )
        )

    def _on_saved(self, _time: str) -> None:
        self.hide()

    def retry(self) -> bool:
        """Write what is pending now; True when everything is stored."""
        session = self.main_window.session
        if session is None:
            self.hide()
            return True
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            ok = session.flush()
        finally:
            QApplication.restoreOverrideCursor()
        if ok:
            self.hide()
            self.main_window.statusBar().showMessage(self.tr("Ändringarna är sparade."), 10000)
        return ok


def install(window: Any) -> None:
    window.backups = Backups(window)

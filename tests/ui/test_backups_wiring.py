"""Backups and recovery in the app: the backup on start (off the UI thread), interval
backups while editing, Arkiv › Säkerhetskopior… (list, back up now, restore), recovery
from a damaged database at start through `app.main`, and the banner for a failed autosave.
Results are read back through the core, never from the UI."""

from __future__ import annotations

import shutil
import sqlite3
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog

from naravard_desktop.core.storage import backup
from naravard_desktop.core.storage.paths import DB_FILENAME
from naravard_desktop.core.storage.store import DatabaseDamaged, DraftStore
from naravard_desktop.ui import app as app_module
from naravard_desktop.ui import session as session_module
from naravard_desktop.ui.main_window import MainWindow
from naravard_desktop.ui.storage.recovery_dialog import RecoveryDialog

FORM_ID = "sos-gnv-regioner-2024"


def values_in_backup(item: backup.Backup, tmp_path: Path, draft_id: str) -> dict[str, object]:
    """A backup's answers, read by the core from a copy (the backup itself stays untouched)."""
    folder = tmp_path / f"read-{item.name}"
    folder.mkdir()
    shutil.copy(item.path, folder / DB_FILENAME)
    with DraftStore(folder) as store:
        return store.current_values(draft_id)


def stored(data_dir: Path, draft_id: str) -> dict[str, object]:
    with DraftStore(data_dir) as store:
        return store.current_values(draft_id)


def text_edit(window, key):  # type: ignore[no-untyped-def]
    return window.form_view.field_widget(key).edit


# -- backup on start ------------------------------------------------------------------------


def test_start_backup_runs_on_a_worker_thread_while_the_window_is_usable(qtbot, make_window, data_dir, empty_draft, tmp_path, monkeypatch):
    with DraftStore(data_dir) as store:
        store.set_value(empty_draft, "3", "Före start")
    release = threading.Event()
    threads: list[threading.Thread] = []
    real = backup.backup_on_start

    def slow_backup_on_start(data_dir: Path, **kwargs: object) -> object:
        threads.append(threading.current_thread())
        assert release.wait(20), "the test never let the backup finish"
        return real(data_dir, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(backup, "backup_on_start", slow_backup_on_start)
    window = make_window(draft_id=empty_draft)
    assert window.backups.backup_on_start()
    qtbot.waitUntil(lambda: bool(threads))
    # The backup is still running, yet the window is shown and takes typing.
    assert window.isVisible() and backup.list_backups(data_dir) == []
    qtbot.keyClicks(text_edit(window, "17"), "Under tiden")
    assert window.session.value("17") == "Under tiden"
    with qtbot.waitSignal(window.backups.backup_made, timeout=10000) as made:
        release.set()
    assert threads[0] is not threading.main_thread()
    kind, item = made.args
    assert kind == "start" and backup.list_backups(data_dir) == [item]
    assert backup.integrity_problem(item.path) is None
    assert values_in_backup(item, tmp_path, empty_draft)["3"] == "Före start"


def test_closing_the_window_waits_for_a_running_start_backup(qtbot, make_window, data_dir, empty_draft, monkeypatch):
    real = backup.backup_on_start
    started = threading.Event()

    def slow_backup_on_start(data_dir: Path, **kwargs: object) -> object:
        started.set()
        threading.Event().wait(0.5)
        return real(data_dir, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(backup, "backup_on_start", slow_backup_on_start)
    window = make_window(draft_id=empty_draft)
    window.backups.backup_on_start()
    assert started.wait(10)
    window.close()
    assert not window.backups.job.running()
    [made] = backup.list_backups(data_dir)
    assert backup.integrity_problem(made.path) is None
    assert [p.name for p in (data_dir / backup.BACKUP_DIRNAME).iterdir()] == [made.name]  # no half-written copy


def test_a_failed_start_backup_is_shown_in_the_status_bar_and_the_app_goes_on(qtbot, make_window, data_dir, empty_draft, caplog):
    (data_dir / backup.BACKUP_DIRNAME).write_text("ingen mapp", "utf-8")  # backups/ cannot be made
    window = make_window(draft_id=empty_draft)
    with qtbot.waitSignal(window.backups.backup_failed, timeout=10000) as failed:
        assert window.backups.backup_on_start()
    assert failed.args[0] == "start"
    assert any("backup failed" in r.getMessage() for r in caplog.records)  # logged as well
    assert "Säkerhetskopian kunde inte göras" in window.statusBar().currentMessage()
    assert "säkerhetskopian kan inte skrivas" in window.statusBar().currentMessage()
    qtbot.keyClicks(text_edit(window, "3"), "Skrivs anda")
    qtbot.waitUntil(lambda: stored(data_dir, empty_draft).get("3") == "Skrivs anda", timeout=5000)


def test_the_start_check_shows_silent_damage_in_a_banner_and_keeps_the_intact_backups(qtbot, make_window, data_dir, empty_draft):
    """Issue 14 item 3: a changed byte inside a stored answer passes integrity_check; the
    start backup verifies every revision id on the worker thread, makes no backup of the
    damaged state and the window says which field and which backup to restore."""
    with DraftStore(data_dir) as store:
        store.set_values(empty_draft, {"3": "Ett svar som skadas på disken"})
    intact = backup.create_backup(data_dir)
    with DraftStore(data_dir) as store:
        store.set_values(empty_draft, {"4": "Mer arbete"})
    with sqlite3.connect(data_dir / DB_FILENAME) as conn:
        conn.execute("UPDATE revisions SET value = replace(value, 'skadas', 'skadaS') WHERE field = '3'")
    conn.close()
    window = make_window(draft_id=empty_draft)
    with qtbot.waitSignal(window.backups.backup_failed, timeout=20000):
        assert window.backups.backup_on_start()
    assert window.banner.isVisible()
    text = window.banner.label.text()
    assert "fältet '3'" in text and intact.name in text and "Arkiv › Säkerhetskopior" in text
    assert [b.name for b in backup.list_backups(data_dir)] == [intact.name]


def test_app_main_makes_the_start_backup(qtbot, data_dir, empty_draft, quiet_main):
    def check(window: MainWindow) -> None:
        assert window.session is not None and window.session.draft_id == empty_draft
        qtbot.waitUntil(lambda: len(backup.list_backups(data_dir)) == 1, timeout=10000)

    quiet_main(qtbot, check)
    assert app_module.main(["--data-dir", str(data_dir), "--draft", empty_draft]) == 0
    [made] = backup.list_backups(data_dir)
    assert backup.integrity_problem(made.path) is None


def test_self_test_makes_no_backup(data_dir, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    assert app_module.main(["--data-dir", str(data_dir), "--self-test"]) == 0
    assert backup.list_backups(data_dir) == []


# -- interval backups -----------------------------------------------------------------------


def test_edits_start_the_interval_timer_and_a_due_backup_holds_them(qtbot, make_window, data_dir, empty_draft, tmp_path):
    window = make_window(draft_id=empty_draft)
    backups = window.backups
    assert backups.interval_minutes == backup.DEFAULT_INTERVAL_MINUTES == 10
    assert not backups.timer.isActive()  # nothing edited yet: no timer
    backups.interval_minutes = 0
    backups.timer.setInterval(100)
    with qtbot.waitSignal(backups.backup_made, timeout=10000) as made:
        qtbot.keyClicks(text_edit(window, "3"), "Var tionde minut")
    kind, item = made.args
    assert kind == "interval"
    assert values_in_backup(item, tmp_path, empty_draft)["3"] == "Var tionde minut"
    qtbot.waitUntil(lambda: not backups.timer.isActive(), timeout=5000)  # no edits since: timer stops
    assert backup.list_backups(data_dir) == [item]


def test_no_interval_backup_before_the_interval_has_passed(qtbot, make_window, data_dir, empty_draft):
    first = backup.create_backup(data_dir)
    window = make_window(draft_id=empty_draft)
    backups = window.backups
    backups.timer.setInterval(100)
    qtbot.keyClicks(text_edit(window, "3"), "Snart")
    qtbot.waitUntil(lambda: stored(data_dir, empty_draft).get("3") == "Snart", timeout=5000)
    qtbot.waitUntil(backups.timer.isActive, timeout=5000)
    qtbot.wait(600)  # several ticks
    # The edits still wait for a backup (each tick clears the flag until its check returns).
    qtbot.waitUntil(lambda: backups.edited and not backups.job.running(), timeout=5000)
    assert backups.timer.isActive()
    assert backup.list_backups(data_dir) == [first]  # the newest is younger than 10 minutes
    window.close_draft()
    assert not backups.timer.isActive()


# -- Arkiv › Säkerhetskopior… ---------------------------------------------------------------


def open_dialog(qtbot, window):  # type: ignore[no-untyped-def]
    action = window.registry.action("backups")
    assert action in window.registry.menus["file"].actions()
    action.trigger()
    dialog = window.backups.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(
        lambda: "kontrolleras …" not in [dialog.table.topLevelItem(i).text(3) for i in range(dialog.table.topLevelItemCount())],
        timeout=10000,
    )
    return dialog


def rows(dialog):  # type: ignore[no-untyped-def]
    return [[dialog.table.topLevelItem(i).text(c) for c in range(4)] for i in range(dialog.table.topLevelItemCount())]


def select(dialog, name):  # type: ignore[no-untyped-def]
    for index in range(dialog.table.topLevelItemCount()):
        item = dialog.table.topLevelItem(index)
        if item.data(0, dialog_name_role()) == name:
            dialog.table.setCurrentItem(item)
            return
    raise AssertionError(f"{name} not listed")


def dialog_name_role():  # type: ignore[no-untyped-def]
    from naravard_desktop.ui.storage.backups_dialog import _NAME_ROLE

    return _NAME_ROLE


def test_dialog_lists_backups_with_local_time_size_drafts_and_marks_damaged_ones(qtbot, make_window, data_dir, empty_draft):
    good = backup.create_backup(data_dir)
    damaged = data_dir / "backups" / "naravard-29990101T000000Z.sqlite3"
    damaged.write_bytes(b"trasig" * 500)
    window = make_window(draft_id=empty_draft)
    dialog = open_dialog(qtbot, window)
    listed = rows(dialog)
    assert len(listed) == 2
    assert "skadad" in listed[0][3] and listed[0][2] == ""
    assert listed[1] == [good.created_at.astimezone().strftime("%Y-%m-%d %H:%M:%S"), backup.size_text(good.size), "1", "felfri"]
    select(dialog, damaged.name)
    assert not dialog.restore_button.isEnabled()
    select(dialog, good.name)
    assert dialog.restore_button.isEnabled()


def test_back_up_now_writes_pending_text_and_lists_the_new_backup(qtbot, make_window, data_dir, empty_draft, tmp_path):
    window = make_window(draft_id=empty_draft)
    dialog = open_dialog(qtbot, window)
    assert "Inga säkerhetskopior" in rows(dialog)[0][0]
    window.session.set_values({"3": "Nyss skrivet"})  # still pending: written first
    with qtbot.waitSignal(window.backups.backup_made, timeout=10000) as made:
        dialog.backup_button.click()
    _kind, item = made.args
    assert values_in_backup(item, tmp_path, empty_draft) == {"3": "Nyss skrivet"}
    qtbot.waitUntil(lambda: len(rows(dialog)) == 1 and rows(dialog)[0][3] == "felfri", timeout=10000)
    assert "sparad" in window.statusBar().currentMessage()
    with qtbot.waitSignal(window.backups.backup_made, timeout=10000):
        dialog.backup_button.click()  # unchanged: not stored twice
    assert backup.list_backups(data_dir) == [item]
    assert "Inget har ändrats" in window.statusBar().currentMessage()


def confirm_restore(qtbot, dialog, name):  # type: ignore[no-untyped-def]
    select(dialog, name)
    dialog.restore_button.click()
    box = dialog.confirm_box
    assert box is not None and box.isVisible()
    assert "kopieras först" in box.informativeText()
    assert box.button(box.StandardButton.Cancel) is not None  # there is a way out
    dialog.confirm_button.click()


def test_restore_reopens_the_same_draft_with_the_backup_and_keeps_the_current_state(qtbot, make_window, data_dir, empty_draft, tmp_path):
    with DraftStore(data_dir) as store:
        store.set_value(empty_draft, "3", "Gammal version")
    old = backup.create_backup(data_dir)
    window = make_window(draft_id=empty_draft)
    qtbot.keyClicks(text_edit(window, "17"), "Ny text")  # possibly still pending: written before the restore
    dialog = open_dialog(qtbot, window)
    confirm_restore(qtbot, dialog, old.name)
    assert window.session is not None and window.session.draft_id == empty_draft
    assert text_edit(window, "3").toPlainText() == "Gammal version"
    assert text_edit(window, "17").toPlainText() == ""
    assert stored(data_dir, empty_draft) == {"3": "Gammal version"}
    newest = backup.list_backups(data_dir)[0]
    assert newest.name != old.name
    assert values_in_backup(newest, tmp_path, empty_draft) == {"3": "Gammal version", "17": "Ny text"}
    assert "är återställd" in window.statusBar().currentMessage()
    assert "tidigare tillståndet" in window.statusBar().currentMessage()
    qtbot.keyClicks(text_edit(window, "17"), "Efterat")  # the reopened store takes edits
    qtbot.waitUntil(lambda: stored(data_dir, empty_draft).get("17") == "Efterat", timeout=5000)


def test_restore_goes_through_the_one_store_change_path_and_refreshes_once(qtbot, make_window, data_dir, empty_draft, monkeypatch):
    """Restore is a StoreChange (docs/ui.md "Data flow"): the draft stays open (no close and
    reopen), marks, progress, checks and every dock listening to store_changed are
    refreshed exactly once, with the fields the restore changed."""
    from naravard_desktop.core.review.status import ANSWERED, UNANSWERED

    with DraftStore(data_dir) as store:
        store.set_value(empty_draft, "3", "Gammal version")
    old = backup.create_backup(data_dir)
    with DraftStore(data_dir) as store:
        store.set_value(empty_draft, "3", None)
        store.set_value(empty_draft, "17", "Senare text")
    window = make_window(draft_id=empty_draft)
    session = window.session
    assert UNANSWERED in window.navigator.statuses["3"] and ANSWERED in window.navigator.statuses["17"]
    dialog = open_dialog(qtbot, window)  # (activating the window re-reads comments: before counting)
    calls: dict[str, int] = {"marks": 0, "parked": 0, "checks": 0}
    for owner, name, key in (
        (window.navigator, "refresh", "marks"),
        (window.parked_panel, "refresh", "parked"),
        (window.validation_panel, "refresh", "checks"),
    ):
        real = getattr(owner, name)

        def counted(*args, _real=real, _key=key):  # type: ignore[no-untyped-def]
            calls[_key] += 1
            return _real(*args)

        monkeypatch.setattr(owner, name, counted)
    changes: list = []
    window.store_changed.connect(changes.append)
    lifecycle: list[str] = []
    window.draft_closed.connect(lambda: lifecycle.append("closed"))
    window.draft_opened.connect(lambda _s: lifecycle.append("opened"))
    confirm_restore(qtbot, dialog, old.name)
    assert calls == {"marks": 1, "parked": 1, "checks": 1}
    assert not window._status_timer.isActive() and not window._validation_timer.isActive()  # nor later
    assert len(changes) == 1 and changes[0].source == "backup" and changes[0].database
    assert changes[0].draft_id == empty_draft and set(changes[0].fields) == {"3", "17"}
    assert lifecycle == [] and window.session is session  # taken in, not closed and reopened
    assert ANSWERED in window.navigator.statuses["3"] and UNANSWERED in window.navigator.statuses["17"]
    assert text_edit(window, "3").toPlainText() == "Gammal version"
    qtbot.keyClicks(text_edit(window, "17"), "Efter")  # the reconnected autosave stores edits
    qtbot.waitUntil(lambda: stored(data_dir, empty_draft).get("17") == "Efter", timeout=5000)


def test_restore_of_a_backup_without_the_open_draft_shows_the_start_page(qtbot, make_window, data_dir):
    with DraftStore(data_dir) as store:
        store.set_editor_name("Testare")
    before = backup.create_backup(data_dir)
    with DraftStore(data_dir) as store:
        draft_id = store.create_draft(FORM_ID, "Senare").id
    window = make_window(draft_id=draft_id)
    dialog = open_dialog(qtbot, window)
    confirm_restore(qtbot, dialog, before.name)
    assert window.session is None
    assert window.pages.currentWidget() is window.start_page
    with DraftStore(data_dir) as store:
        assert store.drafts() == []
    assert "är återställd" in window.statusBar().currentMessage()


def test_a_failed_restore_shows_a_message_box_and_keeps_the_draft_open(qtbot, make_window, data_dir, empty_draft):
    with DraftStore(data_dir) as store:
        store.set_value(empty_draft, "3", "Nuvarande")
    chosen = backup.create_backup(data_dir)
    window = make_window(draft_id=empty_draft)
    dialog = open_dialog(qtbot, window)
    chosen.path.write_bytes(b"trasig" * 500)  # damaged after it was listed
    confirm_restore(qtbot, dialog, chosen.name)
    box = dialog.error_box
    assert box is not None and box.isVisible()
    assert "skadad" in box.text()
    box.close()
    assert window.session is not None and window.session.draft_id == empty_draft
    assert text_edit(window, "3").toPlainText() == "Nuvarande"
    assert stored(data_dir, empty_draft) == {"3": "Nuvarande"}


# -- a damaged database at start ------------------------------------------------------------


def damage(data_dir: Path, how: str) -> Path:
    db = data_dir / DB_FILENAME
    for suffix in ("-wal", "-shm"):
        assert not (data_dir / f"{DB_FILENAME}{suffix}").exists()  # closed cleanly: all in the file
    if how == "truncated":
        with db.open("r+b") as fh:
            fh.truncate(db.stat().st_size // 2)
    elif how == "overwritten":
        data = bytearray(db.read_bytes())
        data[4096:] = b"\xff" * (len(data) - 4096)  # every page after the first
        db.write_bytes(bytes(data))
    else:
        db.write_bytes(b"")
    with pytest.raises(DatabaseDamaged):
        DraftStore(data_dir)
    return db


def answers_with_backup(data_dir: Path) -> tuple[str, backup.Backup]:
    with DraftStore(data_dir) as store:
        store.set_editor_name("Testare")
        draft_id = store.create_draft(FORM_ID, "Svar", "Region Test").id
        store.set_values(draft_id, {"3": "Sparat i kopian", "17": "x" * 3000})
    made = backup.create_backup(data_dir)
    with DraftStore(data_dir) as store:
        store.set_value(draft_id, "17", "Efter kopian")  # lost with the damage
    return draft_id, made


def auto_restore(monkeypatch, shown: list[RecoveryDialog]):  # type: ignore[no-untyped-def]
    """The recovery dialog as the user would answer it: restore the preselected backup."""

    def exec_restoring(dialog: RecoveryDialog) -> int:
        shown.append(dialog)
        assert dialog.restore_button.isEnabled()
        dialog.restore_button.click()
        return dialog.result()

    monkeypatch.setattr(RecoveryDialog, "exec", exec_restoring)


@pytest.mark.parametrize("how", ["truncated", "overwritten", "emptied"])
def test_app_main_offers_recovery_and_starts_normally_after_a_restore(qtbot, data_dir, quiet_main, monkeypatch, how):
    draft_id, made = answers_with_backup(data_dir)
    damage(data_dir, how)
    shown: list[RecoveryDialog] = []
    auto_restore(monkeypatch, shown)

    def check(window: MainWindow) -> None:
        assert window.session is not None and window.session.draft_id == draft_id
        assert text_edit(window, "3").toPlainText() == "Sparat i kopian"
        qtbot.waitUntil(lambda: not window.backups.job.running(), timeout=10000)

    quiet_main(qtbot, check)
    assert app_module.main(["--data-dir", str(data_dir), "--draft", draft_id]) == 0
    assert len(shown) == 1 and shown[0].selected_backup_name() == made.name
    assert stored(data_dir, draft_id) == {"3": "Sparat i kopian", "17": "x" * 3000}
    kept = [p for p in data_dir.iterdir() if p.name.startswith(f"{DB_FILENAME}.damaged-") and not p.name.endswith("-wal")]
    if how != "emptied":  # the damaged file is kept beside, not deleted
        assert len(kept) == 1 and kept[0].stat().st_size > 0


def test_quitting_the_recovery_dialog_exits_2_and_changes_nothing(qtbot, data_dir, monkeypatch, capsys):
    answers_with_backup(data_dir)
    db = damage(data_dir, "truncated")
    before = db.read_bytes()
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(RecoveryDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    assert app_module.main(["--data-dir", str(data_dir)]) == 2
    assert "är skadad" in capsys.readouterr().err
    assert db.read_bytes() == before
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]


def test_other_store_errors_keep_the_message_and_exit_2(data_dir, monkeypatch, capsys):
    with DraftStore(data_dir):
        pass
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    shown: list[str] = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.critical", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(RecoveryDialog, "exec", lambda dialog: pytest.fail("not a damaged database"))
    assert app_module.main(["--data-dir", str(data_dir)]) == 2
    assert len(shown) == 1 and "schemaversion 999" in shown[0]
    assert "schemaversion 999" in capsys.readouterr().err


# -- failed autosave --------------------------------------------------------------------------


class Disk:
    """What the autosave's own connection sees: None (fine), "full" or "read-only"."""

    state: str | None = None


@pytest.fixture
def disk(monkeypatch):  # type: ignore[no-untyped-def]
    class FlakyStore(DraftStore):
        """The writer thread's store, failing like a full disk or read-only file while told to."""

        def set_values(self, draft_id, values, **kwargs):  # type: ignore[no-untyped-def]
            pages = self.conn.execute("PRAGMA page_count").fetchone()[0]
            self.conn.execute(f"PRAGMA max_page_count = {pages if Disk.state == 'full' else 1073741823}")
            self.conn.execute(f"PRAGMA query_only = {'ON' if Disk.state == 'read-only' else 'OFF'}")
            return super().set_values(draft_id, values, **kwargs)

    Disk.state = None
    monkeypatch.setattr(session_module, "DraftStore", FlakyStore)
    yield Disk
    Disk.state = None


def test_a_read_only_data_dir_shows_a_banner_keeps_the_text_and_retry_stores_it(qtbot, make_window, data_dir, empty_draft, disk):
    window = make_window(draft_id=empty_draft)
    banner = window.backups.save_banner
    assert banner.isHidden()
    disk.state = "read-only"
    edit = text_edit(window, "3")
    with qtbot.waitSignal(window.session.save_failed, timeout=5000):
        qtbot.keyClicks(edit, "Viktig text")
    assert banner.isVisible()
    assert "skrivskyddad" in banner.label.text() and "finns kvar" in banner.label.text()
    assert banner.retry_button.isVisible() and banner.retry_button.text() == "Försök igen"
    assert edit.toPlainText() == "Viktig text"  # the user's text stays in the editor
    assert stored(data_dir, empty_draft) == {}
    assert not banner.retry()  # still failing: still shown, nothing lost
    assert banner.isVisible() and edit.toPlainText() == "Viktig text"
    disk.state = None
    banner.retry_button.click()
    assert stored(data_dir, empty_draft) == {"3": "Viktig text"}
    assert banner.isHidden()
    assert not window.session.has_pending()


def test_a_full_disk_is_retried_by_itself_once_space_is_freed(qtbot, make_window, data_dir, empty_draft, disk):
    window = make_window(draft_id=empty_draft)
    banner = window.backups.save_banner
    long_text = "Lång text som inte får plats. " * 1500
    disk.state = "full"
    edit = text_edit(window, "3")
    QGuiApplication.clipboard().setText(long_text)
    with qtbot.waitSignal(window.session.save_failed, timeout=5000):
        edit.paste()
    assert banner.isVisible() and "disken är full" in banner.label.text()
    assert edit.toPlainText() == long_text
    qtbot.keyClicks(text_edit(window, "17"), "Mer")  # typing goes on while the disk is full
    assert stored(data_dir, empty_draft) == {}
    disk.state = None
    qtbot.waitUntil(lambda: stored(data_dir, empty_draft) == {"3": long_text, "17": "Mer"}, timeout=10000)  # the session's own retry
    qtbot.waitUntil(banner.isHidden, timeout=5000)
    assert edit.toPlainText() == long_text


def test_in_english_mode_a_failed_autosave_is_explained_in_english(qtbot, make_window, data_dir, empty_draft, disk):
    """Issue 13 item 7: the store's refusal travels from the writer thread as a Message and is
    shown in the app's language (a Signal(str) alone would have dropped the English)."""
    window = make_window(draft_id=empty_draft)
    banner = window.backups.save_banner
    try:
        assert window.set_language("en")
        disk.state = "read-only"
        with qtbot.waitSignal(window.session.save_failed, timeout=5000) as failed:
            qtbot.keyClicks(text_edit(window, "3"), "Important text")
        assert "the data folder" in failed.args[0] and "is read-only" in failed.args[0], failed.args
        assert "skrivskyddad" not in failed.args[0] and "skrivskyddad" not in banner.label.text()
        assert banner.isVisible() and text_edit(window, "3").toPlainText() == "Important text"
        disk.state = None
        banner.retry_button.click()
        assert stored(data_dir, empty_draft) == {"3": "Important text"}
    finally:
        window.set_language("sv")

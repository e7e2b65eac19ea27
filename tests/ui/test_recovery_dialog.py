import pytest
from PySide6.QtCore import Qt

from naravard_desktop.core.storage import backup
from naravard_desktop.core.storage.paths import DB_FILENAME
from naravard_desktop.core.storage.store import DatabaseDamaged, DraftStore
from naravard_desktop.ui.storage.recovery_dialog import RecoveryDialog


def _damaged(data_dir):
    with DraftStore(data_dir) as store:
        draft = store.create_draft("sos-gnv-regioner-2024", "Svar")
        store.set_value(draft.id, "3", "Sparat")
    good = backup.create_backup(data_dir)
    bad = data_dir / "backups" / "naravard-29990101T000000Z.sqlite3"  # newest, but damaged
    bad.write_bytes(b"trasig" * 500)
    (data_dir / DB_FILENAME).write_bytes(b"x" * 4096)
    for suffix in ("-wal", "-shm"):
        (data_dir / f"{DB_FILENAME}{suffix}").unlink(missing_ok=True)
    with pytest.raises(DatabaseDamaged) as caught:
        DraftStore(data_dir)
    return draft.id, good, caught.value


def test_dialog_preselects_newest_good_backup_and_restores_it(qtbot, data_dir):
    draft_id, good, error = _damaged(data_dir)
    dialog = RecoveryDialog(error)
    qtbot.addWidget(dialog)
    assert dialog.backup_list.count() == 2
    assert not dialog.backup_list.item(0).flags() & Qt.ItemFlag.ItemIsEnabled
    assert "skadad" in dialog.backup_list.item(0).text()
    assert dialog.selected_backup_name() == good.name
    assert dialog.restore_button.isEnabled()
    dialog.restore_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.result_of_restore is not None and dialog.result_of_restore.restored == good
    with DraftStore(data_dir) as store:
        assert store.current_values(draft_id) == {"3": "Sparat"}


def test_without_a_good_backup_nothing_can_be_restored(qtbot, data_dir):
    (data_dir / DB_FILENAME).write_bytes(b"x" * 4096)
    with pytest.raises(DatabaseDamaged) as caught:
        DraftStore(data_dir)
    assert "ingen felfri säkerhetskopia" in str(caught.value)
    dialog = RecoveryDialog(caught.value)
    qtbot.addWidget(dialog)
    assert not dialog.restore_button.isEnabled()
    assert dialog.selected_backup_name() is None

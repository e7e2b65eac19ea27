"""Rolling backups, restore, and what happens to a damaged database."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from naravard_desktop.core.storage import backup
from naravard_desktop.core.storage.paths import DB_FILENAME
from naravard_desktop.core.storage.store import DatabaseDamaged, DraftStore

T0 = datetime(2026, 11, 25, 10, 15, 0, tzinfo=UTC)


def _store_with_answer(data_dir: Path, value: str = "Första") -> str:
    with DraftStore(data_dir) as store:
        draft = store.create_draft("sos-gnv-regioner-2024", "Svar")
        store.set_value(draft.id, "3", value)
        return draft.id


def _value(data_dir: Path, draft_id: str) -> object:
    with DraftStore(data_dir) as store:
        return store.current_values(draft_id).get("3")


def _values_in(path: Path) -> list[object]:
    """Every stored value of question 3 in a database file (e.g. a backup), oldest first."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return [json.loads(r[0]) for r in conn.execute("SELECT value FROM revisions WHERE field = '3' ORDER BY seq")]


def damage_a_page(path: Path) -> None:
    """Overwrite the middle of an index's root page: a header-valid but damaged file."""
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'revisions_draft_field'").fetchone()[0]
    conn.close()
    with path.open("r+b") as fh:
        fh.seek((root - 1) * page_size + 8)
        fh.write(b"\xff" * 64)


def test_backup_is_named_by_utc_time_and_passes_integrity_check(data_dir):
    draft_id = _store_with_answer(data_dir)
    made = backup.create_backup(data_dir, now=T0)
    assert made.name == "naravard-20261125T101500Z.sqlite3"
    assert made.path.parent == data_dir / "backups"
    assert backup.integrity_problem(made.path) is None
    assert not Path(f"{made.path}-wal").exists()  # self-contained
    with sqlite3.connect(f"file:{made.path}?mode=ro", uri=True) as conn:
        assert conn.execute("SELECT value FROM revisions WHERE draft_id = ? AND field = '3'", (draft_id,)).fetchone() == ('"Första"',)
    conn.close()


def test_unchanged_database_is_not_backed_up_twice_and_old_ones_are_pruned(data_dir):
    draft_id = _store_with_answer(data_dir)
    first = backup.create_backup(data_dir, now=T0)
    assert backup.create_backup(data_dir, now=T0 + timedelta(minutes=1)) == first
    with DraftStore(data_dir) as store:
        for i in range(5):
            store.set_value(draft_id, "3", f"version {i}")
            backup.create_backup(data_dir, source=store.conn, keep=3, now=T0 + timedelta(minutes=2 + i))
    names = [b.name for b in backup.list_backups(data_dir)]
    assert names == ["naravard-20261125T102100Z.sqlite3", "naravard-20261125T102000Z.sqlite3", "naravard-20261125T101900Z.sqlite3"]


def test_two_backups_in_one_second_get_distinct_names(data_dir):
    draft_id = _store_with_answer(data_dir)
    a = backup.create_backup(data_dir, now=T0)
    with DraftStore(data_dir) as store:
        store.set_value(draft_id, "3", "Andra")
    b = backup.create_backup(data_dir, now=T0)
    assert (a.name, b.name) == ("naravard-20261125T101500Z.sqlite3", "naravard-20261125T101500Z-2.sqlite3")
    assert [x.name for x in backup.list_backups(data_dir)] == [b.name, a.name]


def test_backup_on_start_and_backup_if_due(data_dir):
    assert backup.backup_on_start(data_dir) is None  # nothing to back up yet
    draft_id = _store_with_answer(data_dir)
    start = backup.backup_on_start(data_dir)
    assert start is not None
    with DraftStore(data_dir) as store:
        store.set_value(draft_id, "3", "Andra")
        soon = start.created_at + timedelta(minutes=backup.DEFAULT_INTERVAL_MINUTES - 1)
        assert backup.backup_if_due(store, now=soon) is None
        later = start.created_at + timedelta(minutes=backup.DEFAULT_INTERVAL_MINUTES + 1)
        due = backup.backup_if_due(store, now=later)
        assert due is not None and due.name != start.name
        # nothing changed since: no new file even when due
        assert backup.backup_if_due(store, now=later + timedelta(hours=1)) is None
    assert len(backup.list_backups(data_dir)) == 2


def test_a_backup_failing_integrity_check_is_deleted_and_reported(data_dir):
    _store_with_answer(data_dir)
    damage_a_page(data_dir / DB_FILENAME)
    with pytest.raises(backup.BackupError, match="integritetskontrollen|skadad"):
        backup.create_backup(data_dir)
    assert list((data_dir / "backups").iterdir()) == []


def test_leftovers_of_a_crashed_backup_are_cleaned_and_never_listed(data_dir):
    _store_with_answer(data_dir)
    folder = data_dir / "backups"
    folder.mkdir()
    (folder / ".naravard-backup-abc.sqlite3").write_bytes(b"half")
    two_hours_ago = time.time() - 7200
    os.utime(folder / ".naravard-backup-abc.sqlite3", (two_hours_ago, two_hours_ago))
    (folder / ".naravard-backup-in-progress.sqlite3").write_bytes(b"another process is writing this one now")
    (folder / "notes.txt").write_text("x")
    assert backup.list_backups(data_dir) == []
    backup.create_backup(data_dir)
    assert not (folder / ".naravard-backup-abc.sqlite3").exists()
    assert (folder / ".naravard-backup-in-progress.sqlite3").exists()  # a concurrent backup is left alone
    assert len(backup.list_backups(data_dir)) == 1


def test_cli_backup_create_list_and_restore(cli, data_dir):
    draft_id = _store_with_answer(data_dir, "Gammalt")
    created = cli("backup", "create")
    assert created.code == 0, created.err
    name = created.out.strip()
    with DraftStore(data_dir) as store:
        store.set_value(draft_id, "3", "Nytt")
    listed = cli("backup", "list", "--json", "--verify")
    assert listed.code == 0
    assert [(r["name"], r["ok"]) for r in listed.json()] == [(name, True)]
    restored = cli("backup", "restore", name.removesuffix(".sqlite3"))
    assert restored.code == 0, restored.err
    assert name in restored.out
    assert _value(data_dir, draft_id) == "Gammalt"
    # the replaced state was backed up first, and can be restored in turn
    safety = [b for b in backup.list_backups(data_dir) if b.name != name]
    assert len(safety) == 1 and safety[0].name in restored.out
    assert cli("backup", "restore", safety[0].name).code == 0
    assert _value(data_dir, draft_id) == "Nytt"


def test_cli_backup_errors_are_one_line_exit_2(cli, data_dir):
    result = cli("backup", "create")
    assert result.code == 2 and "ingen databas" in result.err and result.err.count("\n") == 1
    _store_with_answer(data_dir)
    result = cli("backup", "restore", "naravard-1999")
    assert result.code == 2 and "backup list" in result.err and result.err.count("\n") == 1
    assert cli("backup", "list").out.startswith("inga säkerhetskopior")


def test_damaged_database_names_newest_good_backup_and_restore_works(cli, data_dir):
    draft_id = _store_with_answer(data_dir, "Sparat")
    good = backup.create_backup(data_dir, now=T0)
    newer = data_dir / "backups" / "naravard-20261125T110000Z.sqlite3"
    newer.write_bytes(b"not a database" * 100)  # the newest backup is itself bad
    db = data_dir / DB_FILENAME
    damage_a_page(db)
    with pytest.raises(DatabaseDamaged) as caught:
        DraftStore(data_dir)
    assert caught.value.data_dir == data_dir
    result = cli("draft", "list")
    assert result.code == 2
    assert result.err.count("\n") == 1 and "Traceback" not in result.err
    assert "skadad" in result.err and f"naravard backup restore {good.name}" in result.err
    assert backup.newest_good_backup(data_dir) == good

    restored = cli("backup", "restore", good.name)
    assert restored.code == 0, restored.err
    assert "skadade databasen har flyttats" in restored.out
    damaged_copies = [p for p in data_dir.glob(f"{DB_FILENAME}.damaged-*") if not p.name.endswith("-wal")]
    assert len(damaged_copies) == 1  # the damaged file is kept, not deleted
    assert _value(data_dir, draft_id) == "Sparat"


@pytest.mark.parametrize("keep_bytes", [0, 50, 4096, None])
def test_truncated_database_is_detected_at_open(cli, data_dir, keep_bytes):
    draft_id = _store_with_answer(data_dir, "Sparat")
    with DraftStore(data_dir) as store:  # grow it past a few pages
        store.set_value(draft_id, "4", "x" * 20000)
    backup.create_backup(data_dir)
    db = data_dir / DB_FILENAME
    size = db.stat().st_size
    with db.open("r+b") as fh:
        fh.truncate(size // 2 if keep_bytes is None else keep_bytes)
    result = cli("draft", "list")
    assert result.code == 2 and "skadad" in result.err and "backup restore naravard-" in result.err
    assert db.stat().st_size == (size // 2 if keep_bytes is None else keep_bytes)  # untouched


def test_restore_keeps_what_a_crashed_app_left_in_the_wal(data_dir, tmp_path):
    draft_id = _store_with_answer(data_dir, "Gammalt")
    name = backup.create_backup(data_dir).name
    store = DraftStore(data_dir)
    store.set_value(draft_id, "3", "I loggen")
    # The files as a crash leaves them: the newest write only in the -wal.
    crashed = tmp_path / "crashed"
    shutil.copytree(data_dir, crashed)
    store.close()
    assert (crashed / f"{DB_FILENAME}-wal").stat().st_size > 0
    result = backup.restore_backup(crashed, name)
    assert result.safety_backup is not None and result.damaged_copy is None
    assert not (crashed / f"{DB_FILENAME}-wal").exists()
    assert _value(crashed, draft_id) == "Gammalt"
    with sqlite3.connect(f"file:{result.safety_backup.path}?mode=ro", uri=True) as conn:
        values = [r[0] for r in conn.execute("SELECT value FROM revisions WHERE field = '3' ORDER BY seq")]
    conn.close()
    assert values == ['"Gammalt"', '"I loggen"']  # the write in the -wal was saved first


def test_restore_is_refused_while_the_app_runs_on_the_data_dir(cli, data_dir):
    draft_id = _store_with_answer(data_dir, "Gammalt")
    name = backup.create_backup(data_dir).name
    with DraftStore(data_dir) as app:
        app.set_value(draft_id, "3", "Nytt")
        sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
        try:
            (data_dir / "desktop-running.lock").write_text(json.dumps({"pid": sleeper.pid, "started_at": "x", "draft_id": None}))
            result = cli("backup", "restore", name)
        finally:
            sleeper.kill()
            sleeper.wait()
        assert result.code == 2 and "Närvård desktop är öppet" in result.err and len(result.err.strip().splitlines()) == 1
        app.set_value(draft_id, "3", "Nyare")  # the app goes on working
    assert _value(data_dir, draft_id) == "Nyare"
    assert [b.name for b in backup.list_backups(data_dir)] == [name]


def test_restore_with_another_connection_open_keeps_both_states(cli, data_dir):
    """A store open elsewhere (not the app) does not block a restore: its write before is in the
    pre-restore copy, its write after lands on the restored state; nothing is swapped under it."""
    draft_id = _store_with_answer(data_dir, "Gammalt")
    name = backup.create_backup(data_dir).name
    with DraftStore(data_dir) as other:
        other.set_value(draft_id, "3", "Nytt")
        result = cli("backup", "restore", name)
        assert result.code == 0, result.err
        assert other.current_values(draft_id) == {"3": "Gammalt"}  # the same file, restored content
        other.set_value(draft_id, "3", "Efteråt")
    assert _value(data_dir, draft_id) == "Efteråt"
    safety = backup.list_backups(data_dir)[0]
    assert safety.name != name and "Nytt" in _values_in(safety.path)
    assert backup.integrity_problem(data_dir / DB_FILENAME) is None


def test_restoring_a_damaged_backup_is_refused_and_changes_nothing(cli, data_dir):
    draft_id = _store_with_answer(data_dir, "Nu")
    bad = data_dir / "backups" / "naravard-20261125T110000Z.sqlite3"
    bad.parent.mkdir()
    bad.write_bytes(b"garbage" * 1000)
    result = cli("backup", "restore", bad.name)
    assert result.code == 2 and "skadad" in result.err
    assert _value(data_dir, draft_id) == "Nu"


def test_emptied_database_file_is_damage_when_backups_exist(cli, data_dir):
    _store_with_answer(data_dir)
    backup.create_backup(data_dir)
    (data_dir / DB_FILENAME).write_bytes(b"")
    for suffix in ("-wal", "-shm"):
        (data_dir / f"{DB_FILENAME}{suffix}").unlink(missing_ok=True)
    result = cli("draft", "list")
    assert result.code == 2 and "tom" in result.err and "backup restore" in result.err


def test_the_newest_backup_survives_pruning_within_one_second(data_dir):
    draft_id = _store_with_answer(data_dir)
    made = []
    with DraftStore(data_dir) as store:
        for i in range(5):
            store.set_value(draft_id, "3", f"v{i}")
            made.append(backup.create_backup(data_dir, source=store.conn, keep=2, now=T0))
    assert [b.name for b in backup.list_backups(data_dir)] == [made[-1].name, made[-2].name]
    assert made[-1].name == "naravard-20261125T101500Z-5.sqlite3"


def test_backups_work_in_a_data_dir_with_uri_special_characters(cli, tmp_path):
    odd = tmp_path / "Anna Svensson #2 ?100% åäö"
    odd.mkdir()
    draft_id = _store_with_answer(odd, "Sparat")
    name = cli("backup", "create", data=odd).out.strip()
    assert backup.integrity_problem(odd / "backups" / name) is None
    with DraftStore(odd) as store:
        store.set_value(draft_id, "3", "Ändrat")
    assert cli("backup", "restore", name, data=odd).code == 0
    assert _value(odd, draft_id) == "Sparat"


def test_backup_list_verify_marks_a_damaged_backup_and_keep_must_be_positive(cli, data_dir):
    _store_with_answer(data_dir)
    good = backup.create_backup(data_dir, now=T0)
    (data_dir / "backups" / "naravard-20261125T110000Z.sqlite3").write_bytes(b"trasig" * 100)
    out = cli("backup", "list", "--verify").out.splitlines()
    assert out[0].startswith("naravard-20261125T110000Z.sqlite3") and "SKADAD" in out[0]
    assert out[1].startswith(good.name) and out[1].endswith("ok")
    result = cli("backup", "create", "--keep", "0")
    assert result.code == 2 and "--keep" in result.err

"""A write that cannot be stored (full disk, read-only data dir): clear Swedish error,
nothing half-stored, and the unsaved values handed back for a retry."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys

import pytest
from conftest import FORM_ID, ROOT

from naravard_desktop.core.storage.paths import DB_FILENAME
from naravard_desktop.core.storage.store import DraftStore, StoreError, StoreWriteError


def _fill_the_disk(store: DraftStore) -> None:
    """SQLite's own limit stands in for a full disk: no page may be added."""
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages}")


def test_full_disk_rolls_back_everything_and_returns_the_values_for_retry(data_dir):
    with DraftStore(data_dir) as store:
        draft = store.create_draft(FORM_ID, "Svar")
        store.set_value(draft.id, "3", "Sparat före")
        revisions_before = store.revisions(draft.id)
        _fill_the_disk(store)
        edit = {"3": "Lång text som inte får plats " * 2000, "4": "Ja"}
        with pytest.raises(StoreWriteError, match="disken är full") as caught:
            store.set_values(draft.id, edit)
        assert caught.value.unsaved == edit  # still in the caller's hands
        assert not store.conn.in_transaction
        assert store.revisions(draft.id) == revisions_before  # neither field half-stored
        assert store.current_values(draft.id) == {"3": "Sparat före"}

        store.conn.execute("PRAGMA max_page_count = 1073741823")  # space freed
        created = store.set_values(draft.id, caught.value.unsaved)
        assert {r.field for r in created} == {"3", "4"}
        assert store.current_values(draft.id) == edit
    with DraftStore(data_dir) as store:
        assert store.conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert store.current_values(draft.id) == edit


def test_database_turning_read_only_gives_a_clear_error_and_keeps_the_value(data_dir):
    with DraftStore(data_dir) as store:
        draft = store.create_draft(FORM_ID, "Svar")
        store.conn.execute("PRAGMA query_only = ON")  # every write now fails as on a read-only file
        with pytest.raises(StoreWriteError, match="skrivskyddad") as caught:
            store.set_value(draft.id, "17", "Text")
        assert caught.value.unsaved == {"17": "Text"}
        assert isinstance(caught.value, StoreError)
        store.conn.execute("PRAGMA query_only = OFF")
        store.set_values(draft.id, caught.value.unsaved)
        assert store.current_values(draft.id) == {"17": "Text"}


def test_other_sql_errors_are_not_disguised_as_write_failures(data_dir):
    import sqlite3

    with DraftStore(data_dir) as store, pytest.raises(sqlite3.OperationalError, match="no such table"):
        with store.transaction() as conn:
            conn.execute("INSERT INTO no_such_table VALUES (1)")


def _without_root_powers() -> list[str]:
    """A prefix that makes file permissions apply (tests may run as root)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("runs as root and setpriv (util-linux) is missing: chmod cannot deny root")
    drop = "-dac_override,-dac_read_search,-fowner"
    return [setpriv, f"--bounding-set={drop}", f"--inh-caps={drop}"]


def test_read_only_data_dir_is_a_clear_one_line_error_and_changes_nothing(cli, data_dir, tmp_path):
    draft_id = cli("draft", "new", "--form", FORM_ID, "--title", "Svar").out.strip()
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"format": "naravard-answers/1", "form": FORM_ID, "answers": {"3": "x"}}), "utf-8")
    db = data_dir / DB_FILENAME
    before = db.read_bytes()
    db.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    data_dir.chmod(stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP | stat.S_IROTH | stat.S_IXOTH)
    try:
        result = subprocess.run(
            [
                *_without_root_powers(),
                sys.executable,
                "-m",
                "naravard_desktop.cli",
                "--data-dir",
                str(data_dir),
                "answers",
                "import",
                draft_id,
                str(answers),
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        data_dir.chmod(0o755)
        db.chmod(0o644)
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "skrivbar" in result.stderr
    assert db.read_bytes() == before

"""Issue 14, store side: nothing lost whatever comes in (docs/backup.md, docs/bundles.md).

Each test reproduces an attack and shows the clear refusal (exit 2, one line) or the
repair, comparing database dumps and `answers export` before and after.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from naravard_desktop.core.storage import backup, files, limits
from naravard_desktop.core.storage.paths import DB_FILENAME
from naravard_desktop.core.storage.store import DraftStore, later_than, utc_now
from naravard_desktop.core.sync import bundles
from tests.conftest import FORM_ID
from tests.test_bundles import pack, rehash, reid, unpack

ROOT = Path(__file__).resolve().parent.parent


def dump(data_dir: Path) -> list[str]:
    """The database's content as SQL (a read-only connection: changes nothing)."""
    with closing(sqlite3.connect(f"file:{data_dir / DB_FILENAME}?mode=ro", uri=True)) as conn:
        return list(conn.iterdump())


def snapshot(cli: Any, data_dir: Path, draft_id: str) -> tuple[list[str], str]:
    result = cli("answers", "export", draft_id, data=data_dir)
    assert result.code == 0, result.err
    return dump(data_dir), result.out


def one_line_refusal(result: Any, *words: str) -> None:
    assert result.code == 2, (result.out, result.err)
    assert len(result.err.strip().splitlines()) == 1 and "Traceback" not in result.err, result.err
    for word in words:
        assert word in result.err, result.err


def backup_files(data_dir: Path) -> dict[str, bytes]:
    return {b.name: b.path.read_bytes() for b in backup.list_backups(data_dir)}


# -- 1. --out onto the database, its companions or a backup -------------------------------------


def _targets(data_dir: Path, tmp_path: Path) -> dict[str, Path]:
    db = data_dir / DB_FILENAME
    made = backup.create_backup(data_dir)
    link = tmp_path / "looks-harmless.pdf"
    link.symlink_to(db)
    hard = tmp_path / "hardlink.naravard"
    os.link(db, hard)
    linked_dir = tmp_path / "elsewhere"
    linked_dir.symlink_to(data_dir)
    return {
        "database": db,
        "wal": data_dir / f"{DB_FILENAME}-wal",
        "shm": data_dir / f"{DB_FILENAME}-shm",
        "journal": data_dir / f"{DB_FILENAME}-journal",
        "backup": made.path,
        "symlink to the database": link,
        "hard link to the database": hard,
        "database through a symlinked folder": linked_dir / DB_FILENAME,
        "backup through a symlinked folder": linked_dir / "backups" / made.name,
    }


@pytest.mark.parametrize("command", ["bundle export", "answers export", "answers export --format md", "pdf", "word export"])
def test_out_onto_the_database_or_a_backup_is_refused_and_nothing_changes(command, cli, halland_draft, data_dir, tmp_path):
    targets = _targets(data_dir, tmp_path)
    before = snapshot(cli, data_dir, halland_draft)
    kept = backup_files(data_dir)
    words = command.split()

    def run(out: Path) -> Any:
        if words[0] == "pdf":
            return cli("pdf", halland_draft, "--out", str(out))
        return cli(*words[:2], halland_draft, "--out", str(out), *words[2:])

    for what, target in targets.items():
        existed = target.exists()
        one_line_refusal(run(target), "får inte skrivas över")
        assert target.exists() == existed, what
        assert snapshot(cli, data_dir, halland_draft) == before, what
        assert backup_files(data_dir) == kept, what
    ordinary = run(tmp_path / "ok.docx")  # an ordinary file still works
    assert ordinary.code == 0, ordinary.err


def test_any_out_option_is_checked_before_the_command_runs(cli, halland_draft, data_dir, tmp_path):
    """`forms import --out` (and any --out added later) is refused by the CLI's one check
    before its command does anything, here before its input is even read."""
    before = dump(data_dir)
    one_line_refusal(cli("forms", "import", str(tmp_path / "saknas.docx"), "--out", str(data_dir / DB_FILENAME)), "får inte skrivas över")
    assert dump(data_dir) == before


def test_every_writer_of_user_files_refuses_the_database(halland_draft, data_dir, form):
    """The app's exports (review PDF, text export, bundle dialog) write through the same
    core function as the CLI; refused before a byte is written."""
    db = data_dir / DB_FILENAME
    before = db.read_bytes()
    with pytest.raises(files.FileWriteError, match="får inte skrivas över"):
        files.write_bytes_atomically(db, b"%PDF-1.4")
    with DraftStore(data_dir) as store, pytest.raises(bundles.BundleError, match="får inte skrivas över"):
        bundles.write_bundle(store, form, halland_draft, data_dir / f"{DB_FILENAME}-wal")
    assert db.read_bytes() == before
    assert files.store_file_reason(data_dir / "export.pdf") is None


def test_the_cli_backs_up_before_a_command_that_writes(cli, data_dir, tmp_path):
    draft_id = cli("draft", "new", "--form", FORM_ID, "--title", "Svar").out.strip()
    assert backup.list_backups(data_dir) == []  # nothing worth keeping yet (an empty draft list before)
    answers = tmp_path / "a.json"
    answers.write_text(json.dumps({"format": "naravard-answers/1", "form": FORM_ID, "answers": {"3": "Första"}}))
    assert cli("answers", "import", draft_id, str(answers)).code == 0
    first = backup.list_backups(data_dir)
    assert len(first) == 1  # the state before the import: the draft without answers
    with closing(sqlite3.connect(f"file:{first[0].path}?mode=ro", uri=True)) as conn:
        assert conn.execute("SELECT COUNT(*) FROM drafts").fetchone()[0] == 1
        assert conn.execute("SELECT COUNT(*) FROM revisions").fetchone()[0] == 0
    assert cli("check", draft_id).code in (0, 1)  # reading makes no backup
    assert cli("answers", "export", draft_id, "--out", str(tmp_path / "x.json")).code == 0
    assert len(backup.list_backups(data_dir)) == 1
    answers.write_text(json.dumps({"format": "naravard-answers/1", "form": FORM_ID, "answers": {"3": "Andra"}}))
    assert cli("answers", "import", draft_id, str(answers)).code == 0
    assert len(backup.list_backups(data_dir)) == 2  # the state with "Första"
    # Nothing changed since that backup: the next write command copies nothing.
    newest = backup.list_backups(data_dir)[0]
    assert cli("answers", "import", draft_id, str(answers)).code == 0
    assert cli("answers", "import", draft_id, str(answers)).code == 0
    assert len(backup.list_backups(data_dir)) == 3  # the state with "Andra", once
    assert backup.list_backups(data_dir)[1].name == newest.name


# -- 4. local input obeys the bundle caps ---------------------------------------------------------


def test_local_input_over_the_bundle_caps_is_refused_with_nothing_changed(cli, halland_draft, data_dir, tmp_path):
    before = snapshot(cli, data_dir, halland_draft)
    huge = tmp_path / "huge.json"
    huge.write_text(json.dumps({"format": "naravard-answers/1", "form": FORM_ID, "answers": {"3": "x" * limits.MAX_VALUE_CHARS}}))
    one_line_refusal(cli("answers", "import", halland_draft, str(huge)), f"högst {limits.MAX_VALUE_CHARS}")
    small = tmp_path / "small.json"
    small.write_text(json.dumps({"format": "naravard-answers/1", "form": FORM_ID, "answers": {"3": "Kort"}}))
    one_line_refusal(cli("answers", "import", halland_draft, str(small), "--editor", "E" * 501), "Namnet", "högst 500")
    one_line_refusal(cli("comment", "add", halland_draft, "3", "--text", "x" * limits.MAX_VALUE_CHARS), "högst")
    one_line_refusal(cli("draft", "new", "--form", FORM_ID, "--title", "T" * 501), "Titeln", "högst 500")
    one_line_refusal(cli("draft", "new", "--form", FORM_ID, "--title", "T", "--region", "R" * 501), "Regionen")
    assert snapshot(cli, data_dir, halland_draft) == before
    with DraftStore(data_dir) as store, pytest.raises(Exception, match="högst 500"):
        store.set_editor_name("N" * 501)


def test_a_draft_at_every_cap_stays_shareable(cli, data_dir, tmp_path, form):
    """The longest value, title, region and editor name the store accepts, even very
    repetitive text (which deflates beyond the import's zip-bomb ratio), travel in a bundle."""
    title, region, editor = "T" * 500, "R" * 500, "E" * 500
    draft_id = cli("draft", "new", "--form", FORM_ID, "--title", title, "--region", region, "--editor", editor).out.strip()
    longest = "a" * (limits.MAX_VALUE_CHARS - 2)  # as JSON text: exactly the cap
    with DraftStore(data_dir, editor_name=editor) as store:
        store.set_values(draft_id, {"3": longest, "17": "b" * 5000})
    out = tmp_path / "all.naravard"
    assert cli("bundle", "export", draft_id, "--out", str(out), "--editor", editor).code == 0
    other = tmp_path / "other"
    result = cli("bundle", "import", str(out), data=other)
    assert result.code == 0, result.err
    with DraftStore(other) as store:
        assert store.current_values(draft_id)["3"] == longest
        assert store.draft(draft_id).title == title


# -- 5. impossible and far-future dates -----------------------------------------------------------


def _with_times(src: Path, dst: Path, stamp: str, field: str | None = None) -> Path:
    members = unpack(src)
    manifest = json.loads(members["manifest.json"])
    doc = json.loads(members["revisions.json"])
    for rev in doc["revisions"]:
        if field is None or rev["field"] == field:
            old = rev["id"]
            rev["created_at"] = stamp
            reid(rev, doc["draft"])
            for other in doc["revisions"]:
                other["parents"] = [rev["id"] if p == old else p for p in other["parents"]]
                if other is not rev and rev["id"] in other["parents"]:
                    reid(other, doc["draft"])
            break
    data = json.dumps(doc).encode()
    return pack(dst, [("manifest.json", rehash(manifest, "revisions.json", data)), ("revisions.json", data)])


@pytest.mark.parametrize(
    "stamp", ["2026-13-01T10:00:00.000000Z", "0000-01-01T10:00:00.000000Z", "9999-12-31T23:59:59.999999Z", "2026-02-30T10:00:00.000000Z"]
)
def test_a_revision_with_an_impossible_date_is_refused(stamp, cli, tmp_path):
    source = tmp_path / "source"
    draft_id = cli("draft", "new", "--form", FORM_ID, "--title", "Svar", data=source).out.strip()
    answers = tmp_path / "a.json"
    answers.write_text(json.dumps({"format": "naravard-answers/1", "form": FORM_ID, "answers": {"3": "Text"}}))
    assert cli("answers", "import", draft_id, str(answers), data=source).code == 0
    good = tmp_path / "good.naravard"
    assert cli("bundle", "export", draft_id, "--out", str(good), data=source).code == 0
    bad = _with_times(good, tmp_path / "bad.naravard", stamp)
    target = tmp_path / "target"
    assert cli("bundle", "import", str(good), data=target).code == 0
    before = snapshot(cli, target, draft_id)
    one_line_refusal(cli("bundle", "import", str(bad), data=target), "ogiltig tid", "inget har ändrats")
    assert snapshot(cli, target, draft_id) == before


def test_a_far_future_revision_does_not_push_the_local_clock_and_the_field_stays_editable(cli, tmp_path):
    source, target = tmp_path / "source", tmp_path / "target"
    draft_id = cli("draft", "new", "--form", FORM_ID, "--title", "Svar", data=source).out.strip()
    answers = tmp_path / "a.json"
    answers.write_text(json.dumps({"format": "naravard-answers/1", "form": FORM_ID, "answers": {"3": "Från framtiden"}}))
    assert cli("answers", "import", draft_id, str(answers), data=source).code == 0
    good = tmp_path / "good.naravard"
    assert cli("bundle", "export", draft_id, "--out", str(good), data=source).code == 0
    future = _with_times(good, tmp_path / "future.naravard", "9998-12-31T23:59:59.999999Z", field="3")
    result = cli("bundle", "import", str(future), data=target)
    assert result.code == 0, result.err
    assert "1 ändring är daterad mer än ett dygn fram i tiden (senast 9998-12-31" in result.out
    assert cli("bundle", "import", str(future), "--json", data=target).json()["future_revisions"] == 0  # nothing new
    answers.write_text(json.dumps({"format": "naravard-answers/1", "form": FORM_ID, "answers": {"3": "Här och nu"}}))
    result = cli("answers", "import", draft_id, str(answers), data=target)
    assert result.code == 0, result.err
    history = cli("history", draft_id, "3", "--json", data=target).json()["history"]
    mine = next(h for h in history if h["value"] == "Här och nu")
    future_rev = next(h for h in history if h["value"] == "Från framtiden")
    assert mine["created_at"] < "2100" and mine["current"]
    result = cli("restore", draft_id, "3", future_rev["revision"], data=target)
    assert result.code == 0, result.err
    assert json.loads(cli("answers", "export", draft_id, data=target).out)["answers"]["3"] == "Från framtiden"


def test_later_than_never_overflows_and_is_bounded():
    now = utc_now()
    assert later_than("9999-12-31T23:59:59.999999Z", now) == now
    assert later_than("9998-12-31T23:59:59.999999Z", now) == now  # far ahead: the clock stays
    assert later_than("9998-12-30T00:00:00.000000Z", now, bounded=False) == "9998-12-30T00:00:00.000001Z"
    assert later_than("garbage", now) == now
    soon = later_than(now, now)
    assert soon > now and soon.startswith(now[:10])


# -- 12. migrations under concurrency --------------------------------------------------------------

_OPENER = """
import sys, time
from pathlib import Path
from naravard_desktop.core.storage.store import DraftStore, StoreError
base, rounds, start, step = Path(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
for r in range(rounds):
    while time.time() < start + r * step:
        time.sleep(0.0005)
    try:
        with DraftStore(base / str(r)) as store:
            store.create_draft("sos-gnv-regioner-2024", "Svar")
        print("ok", r, flush=True)
    except StoreError as exc:
        print("error", r, exc, flush=True)
"""


def test_two_processes_on_a_new_data_dir_never_report_damage(tmp_path):
    rounds = 40
    for r in range(rounds):
        (tmp_path / str(r)).mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    start = time.time() + 3.0  # both are up and waiting by then
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _OPENER, str(tmp_path), str(rounds), str(start), "0.25"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for _ in range(2)
    ]
    outputs = [p.communicate(timeout=300) for p in procs]
    lines = [line for out, _err in outputs for line in out.splitlines()]
    assert [line for line in lines if not line.startswith("ok")] == [], [err for _out, err in outputs]
    assert len(lines) == 2 * rounds
    for r in range(rounds):
        with DraftStore(tmp_path / str(r)) as store:
            assert len(store.drafts()) == 2
            assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert [p.name for p in (tmp_path / str(r)).iterdir() if p.name.startswith(".")] == []  # no temporaries left


# -- 13. a directory or an emptied file where the database should be --------------------------------


def test_a_directory_in_place_of_the_database_is_named_and_restore_repairs_it(cli, halland_draft, data_dir):
    made = backup.create_backup(data_dir)
    before = snapshot(cli, data_dir, halland_draft)
    db = data_dir / DB_FILENAME
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    db.mkdir()
    (db / "someone's file.txt").write_text("kept")
    result = cli("draft", "list")
    one_line_refusal(result, "är en katalog", made.name)
    result = cli("backup", "restore", made.name)
    assert result.code == 0, result.err
    moved = [p for p in data_dir.iterdir() if p.name.startswith(f"{DB_FILENAME}.damaged-")]
    assert len(moved) == 1 and (moved[0] / "someone's file.txt").read_text() == "kept"
    assert snapshot(cli, data_dir, halland_draft) == before


def test_an_emptied_database_is_never_silently_started_over(cli, halland_draft, data_dir):
    before = snapshot(cli, data_dir, halland_draft)
    made = backup.create_backup(data_dir)
    kept = made.path.read_bytes()
    made.path.unlink()  # no backups left
    db = data_dir / DB_FILENAME
    db.write_bytes(b"")
    for suffix in ("-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    for args in (("draft", "list"), ("draft", "new", "--form", FORM_ID, "--title", "Ny")):
        one_line_refusal(cli(*args), "filen är tom (0 byte)", "flytta undan")
        assert db.stat().st_size == 0 and not Path(f"{db}-wal").exists()  # not re-created as an empty database
    # With the backup back, restore keeps the empty file aside and brings the answers back.
    made.path.write_bytes(kept)
    result = cli("backup", "restore", made.name)
    assert result.code == 0, result.err
    assert "flyttats till" in result.out
    assert snapshot(cli, data_dir, halland_draft) == before
    assert [p.stat().st_size for p in data_dir.iterdir() if p.name.startswith(f"{DB_FILENAME}.damaged-")] == [0]


# -- 2. restore racing a writer ---------------------------------------------------------------------

_WRITER = """
import sys
from pathlib import Path
from naravard_desktop.core.storage.store import DraftStore, StoreError
data_dir, draft_id, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
for i in range(count):
    try:
        with DraftStore(data_dir) as store:  # each write as a CLI command makes it: open, write, close
            store.set_values(draft_id, {"3": f"skrivning {i}"})
        print("ack", i, flush=True)
    except StoreError as exc:
        print("fail", i, " ".join(str(exc).split()), flush=True)
"""

_CLI_WRITER = """
import contextlib, io, json, sys
from pathlib import Path
from naravard_desktop.cli import main
data_dir, draft_id, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
answers = data_dir.parent / "writer.json"
for i in range(count):
    answers.write_text(json.dumps({"format": "naravard-answers/1", "form": "sos-gnv-regioner-2024", "answers": {"3": f"skrivning {i}"}}))
    err = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        code = main(["--data-dir", str(data_dir), "answers", "import", draft_id, str(answers)])  # the whole command, backup first
    print("ack" if code == 0 else "fail", i, " ".join(err.getvalue().split()), flush=True)
"""


def _all_values(path: Path) -> set[str]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return {json.loads(r[0]) for r in conn.execute("SELECT value FROM revisions WHERE field = '3'")}


@pytest.mark.parametrize("writer_script", [_WRITER, _CLI_WRITER], ids=["store-writes", "cli-answers-import"])
def test_restore_racing_a_writer_loses_no_acknowledged_write(writer_script, data_dir, tmp_path):
    with DraftStore(data_dir) as store:
        draft_id = store.create_draft(FORM_ID, "Svar").id
        store.set_values(draft_id, {"3": "i säkerhetskopian"})
    # Dated ahead, so the CLI writer's own rolling backups (the newest 20) never prune the
    # backup being restored (that made this test fail now and then, not the restore).
    chosen = backup.create_backup(data_dir, keep=100, now=datetime(2099, 1, 1, tzinfo=UTC))
    writes = 150
    writer = subprocess.Popen(
        [sys.executable, "-c", writer_script, str(data_dir), draft_id, str(writes)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    safety_copies: list[Path] = []
    restores = 0
    lines: list[str] = []
    assert writer.stdout is not None
    # A restore after every 15th reported write while the writer goes on writing: paced by
    # the writer's progress, not by the clock, so a fast machine races as often as a slow one.
    for line in writer.stdout:
        lines.append(line)
        if len(lines) % 15 or restores >= 8:
            continue
        result = backup.restore_backup(data_dir, chosen.name, keep=100)
        assert result.damaged_copy is None  # the database was never found torn
        if result.safety_backup is not None:
            # Set aside at once: the CLI writer's own backups roll the window of 20 on.
            kept_copy = tmp_path / f"pre-restore-{restores}.sqlite3"
            kept_copy.write_bytes(result.safety_backup.path.read_bytes())
            safety_copies.append(kept_copy)
        restores += 1
    rest, err = writer.communicate(timeout=300)
    out = "".join(lines) + rest
    assert "Traceback" not in err, err
    acked = {f"skrivning {line.split()[1]}" for line in out.splitlines() if line.startswith("ack")}
    failed = [line for line in out.splitlines() if line.startswith("fail")]
    assert not [line for line in failed if "skadad" in line or "malformed" in line], failed
    assert restores >= 2 and len(acked) >= writes // 2, (restores, len(acked), failed[:3])
    kept = _all_values(data_dir / DB_FILENAME).union(*(_all_values(p) for p in safety_copies))
    assert acked - kept == set()
    assert backup.integrity_problem(data_dir / DB_FILENAME) is None
    with DraftStore(data_dir) as store:  # and the store opens and takes writes afterwards
        store.set_values(draft_id, {"3": "efteråt"})
        assert store.current_values(draft_id)["3"] == "efteråt"


# -- 3. silent damage: a changed byte inside a stored answer ----------------------------------------


def _flip_a_byte_in_answer(data_dir: Path, draft_id: str, field: str) -> None:
    """Change one character inside the current stored value of `field`, with raw SQL: the
    file stays a perfectly valid SQLite database (integrity_check ok)."""
    with closing(sqlite3.connect(data_dir / DB_FILENAME)) as conn:
        rowid, value = conn.execute(
            "SELECT rowid, value FROM revisions WHERE draft_id = ? AND field = ? ORDER BY seq DESC LIMIT 1", (draft_id, field)
        ).fetchone()
        middle = len(value) // 2
        changed = value[:middle] + ("X" if value[middle] != "X" else "Y") + value[middle + 1 :]
        conn.execute("UPDATE revisions SET value = ? WHERE rowid = ?", (changed, rowid))
        conn.commit()
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_verify_finds_nothing_in_a_shared_merged_and_resolved_draft(cli, tmp_path):
    """No false alarms: local edits, bundles both ways, automatic merges, a conflict and its
    resolution, comments and statuses all verify."""
    from tests.test_collaboration import _edits, _setup

    anna, bertil, cecilia, draft, _start = _setup(cli, tmp_path)
    _edits(anna, bertil, cecilia, draft)
    for source, target in ((bertil, anna), (cecilia, anna), (anna, bertil)):
        target.imp(source.export(draft))
    anna.run("comment", "add", draft, "17", "--text", "Korta ned.")
    anna.run("status", "set", draft, "17", "klar")
    for who in (anna, bertil):
        for field in who.conflicted(draft):
            who.run(
                "resolve", draft, field, "--take", who.run("conflicts", draft, "--json").json()["conflicts"][0]["versions"][0]["revision"]
            )
        result = cli("verify", "--json", data=who.data)
        assert result.code == 0 and result.json()["ok"] and result.json()["revisions"] > 50, result.out


def test_a_changed_byte_in_an_answer_is_found_named_and_never_spread(cli, halland_draft, data_dir, tmp_path):
    intact = backup.create_backup(data_dir)
    window = [b.name for b in backup.list_backups(data_dir)]
    with DraftStore(data_dir) as store:  # work done since that backup (no CLI backup after it)
        store.set_values(halland_draft, {"2": "Nej"})
    assert cli("verify").code == 0
    _flip_a_byte_in_answer(data_dir, halland_draft, "17")
    dumped = dump(data_dir)

    # naravard verify names the field and the intact backup (exit 1, like check).
    result = cli("verify")
    assert result.code == 1, result.err
    assert "fältet '17'" in result.out and "ändrad efter att den sparades" in result.out and intact.name in result.out
    doc = cli("verify", "--json").json()
    assert doc["ok"] is False and doc["integrity"] is None and [d["field"] for d in doc["damaged"]] == ["17"]
    assert doc["newest_intact_backup"]["name"] == intact.name

    # Export refuses with a clear message; nothing is written.
    out = tmp_path / "x.naravard"
    one_line_refusal(cli("bundle", "export", halland_draft, "--out", str(out)), "paketet skrevs inte", "fältet '17'", intact.name)
    assert not out.exists()

    # No new backup takes the damaged state for a good one (the intact ones stay in the window).
    one_line_refusal(cli("backup", "create"), "fältet '17'")
    small = tmp_path / "small.json"
    small.write_text(json.dumps({"format": "naravard-answers/1", "form": FORM_ID, "answers": {"3": "Ny text"}}))
    one_line_refusal(cli("answers", "import", halland_draft, str(small)), "säkerhetskopian före ändringen", "fältet '17'")
    assert [b.name for b in backup.list_backups(data_dir)] == window
    assert dump(data_dir) == dumped

    # A backup holding the damage (copied by an older version, or damaged on disk) is marked.
    damaged_copy = data_dir / "backups" / "naravard-20200101T000000Z.sqlite3"
    with closing(sqlite3.connect(f"file:{data_dir / DB_FILENAME}?mode=ro", uri=True)) as src, closing(sqlite3.connect(damaged_copy)) as dst:
        src.backup(dst)
    rows = {r["name"]: r for r in cli("backup", "list", "--verify", "--json").json()}
    assert rows[damaged_copy.name]["ok"] is False and "fältet '17'" in rows[damaged_copy.name]["problem"]
    assert rows[intact.name]["ok"] is True
    one_line_refusal(cli("backup", "restore", damaged_copy.name), "själv skadad")

    # Restoring the intact backup repairs it; the damaged state is kept as the pre-restore copy.
    answers_intact = json.loads(cli("answers", "export", halland_draft).out)["answers"]
    answers_intact["2"] = "Ja"  # as it was in the backup
    result = cli("backup", "restore", intact.name)
    assert result.code == 0, result.err
    assert cli("verify").code == 0
    restored = json.loads(cli("answers", "export", halland_draft).out)["answers"]
    assert restored["17"] != answers_intact["17"] and {k: v for k, v in restored.items() if k != "17"} == {
        k: v for k, v in answers_intact.items() if k != "17"
    }  # the damaged text of 17 is back to the intact one
    pre_restore = backup.list_backups(data_dir)[0]
    assert pre_restore.name not in (intact.name, damaged_copy.name) and "fältet '17'" in (backup.integrity_problem(pre_restore.path) or "")
    assert cli("bundle", "export", halland_draft, "--out", str(out)).code == 0

"""Rolling backups of the draft database, made with SQLite's online backup API.

Backups live in `<data-dir>/backups/` as `naravard-YYYYMMDDTHHMMSSZ.sqlite3` (UTC), each a
self-contained database (rollback journal, no -wal file) verified with
`PRAGMA integrity_check` before it is given its name; a copy that fails the check is
deleted and reported. A backup identical to the newest one is not stored twice, so
restarting the app without editing does not push older states out of the window.

Defaults: a backup on each start of the app, another after every
DEFAULT_INTERVAL_MINUTES of editing, the newest DEFAULT_KEEP kept.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Protocol

from naravard_desktop.core.storage import files
from naravard_desktop.core.storage.files import fsync_dir, fsync_file
from naravard_desktop.core.storage.paths import DB_FILENAME

BACKUP_DIRNAME = files.BACKUP_DIRNAME
DEFAULT_INTERVAL_MINUTES = 10
DEFAULT_KEEP = 20

_NAME_RE = re.compile(r"^naravard-(\d{8}T\d{6}Z)(?:-(\d+))?\.sqlite3$")
_TIME_FORMAT = "%Y%m%dT%H%M%SZ"
_TMP_PREFIX = ".naravard-backup-"


class BackupError(Exception):
    """A backup could not be made, verified or restored; the message says why (Swedish)."""


class DamagedRevisions(BackupError):
    """The database holds revisions that no longer match their ids (core/storage/verify.py): no
    backup is made of it, so it never pushes the intact backups out of the window."""

    def __init__(self, summary: str, advice: str):
        super().__init__(f"säkerhetskopian sparades inte: databasen har {summary} (se 'naravard verify'); {advice}")
        self.summary = summary
        self.advice = advice


class _HasConnection(Protocol):
    data_dir: Path
    conn: sqlite3.Connection


@dataclass(frozen=True)
class Backup:
    name: str
    path: Path
    created_at: datetime
    size: int

    @property
    def created_at_text(self) -> str:
        return self.created_at.strftime("%Y-%m-%d %H:%M:%S UTC")


def backup_dir(data_dir: Path) -> Path:
    return data_dir / BACKUP_DIRNAME


def database_path(data_dir: Path) -> Path:
    return data_dir / DB_FILENAME


def _parse(path: Path) -> Backup | None:
    match = _NAME_RE.match(path.name)
    if match is None:
        return None
    created = datetime.strptime(match.group(1), _TIME_FORMAT).replace(tzinfo=UTC)
    try:
        size = path.stat().st_size
    except OSError:
        return None
    return Backup(path.name, path, created, size)


def _sort_key(backup: Backup) -> tuple[datetime, int]:
    match = _NAME_RE.match(backup.name)
    serial = int(match.group(2)) if match and match.group(2) else 1
    return (backup.created_at, serial)


def list_backups(data_dir: Path) -> list[Backup]:
    """The backups in the data dir, newest first."""
    folder = backup_dir(data_dir)
    if not folder.is_dir():
        return []
    found = [b for b in (_parse(p) for p in folder.iterdir() if p.is_file()) if b is not None]
    return sorted(found, key=_sort_key, reverse=True)


def find_backup(data_dir: Path, name: str) -> Backup:
    """A backup by file name, with or without `.sqlite3`, or a unique prefix of it."""
    backups = list_backups(data_dir)
    wanted = name.strip()
    exact = [b for b in backups if b.name in (wanted, f"{wanted}.sqlite3")]
    if exact:
        return exact[0]
    matches = [b for b in backups if wanted and b.name.startswith(wanted)]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise BackupError(f"det finns ingen säkerhetskopia '{name}' i {backup_dir(data_dir)} (se 'naravard backup list')")
    raise BackupError(f"'{name}' passar flera säkerhetskopior; ange hela namnet (se 'naravard backup list')")


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection; the URI is escaped, so '#', '?', '%' or spaces in the path are safe."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=10.0)


def integrity_problem(path: Path, *, sqlite_check: bool = True, revisions: bool = True) -> str | None:
    """None if `PRAGMA integrity_check` says ok (`sqlite_check`) and (with `revisions`) every
    stored revision still hashes to its id (core/storage/verify.py: a changed byte inside an
    answer passes SQLite's check); else the first complaint, naming the damaged fields."""
    from naravard_desktop.core.storage import verify

    try:
        with closing(_connect_read_only(path)) as conn:
            if sqlite_check:
                rows = conn.execute("PRAGMA integrity_check").fetchall()
                if not rows or rows[0][0] != "ok":
                    return "; ".join(str(r[0]) for r in rows[:3]) or "tomt svar från integrity_check"
            damaged = verify.damaged_revisions(conn) if revisions else []
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return verify.summary_text(damaged) if damaged else None


def draft_count(path: Path) -> int | None:
    """How many drafts a database file (e.g. a backup) holds; None if it cannot be read."""
    try:
        with closing(_connect_read_only(path)) as conn:
            return int(conn.execute("SELECT COUNT(*) FROM drafts").fetchone()[0])
    except sqlite3.DatabaseError:
        return None


def size_text(size: int) -> str:
    """A file size for people: "94 kB", "23.1 MB"."""
    return f"{size / 1024:.0f} kB" if size < 1024 * 1024 else f"{size / 1024 / 1024:.1f} MB"


def newest_good_backup(data_dir: Path) -> Backup | None:
    """The newest backup that passes `PRAGMA integrity_check` and whose revisions all match
    their ids (what to offer after damage)."""
    for backup in list_backups(data_dir):
        if integrity_problem(backup.path) is None:
            return backup
    return None


def _free_name(folder: Path, when: datetime) -> Path:
    """The name for a new backup; later in the same second gets a higher serial."""
    stamp = when.strftime(_TIME_FORMAT)
    serials = [1]
    for path in folder.glob(f"naravard-{stamp}*.sqlite3"):
        match = _NAME_RE.match(path.name)
        if match and match.group(1) == stamp:
            serials.append(int(match.group(2) or 1))
    serial = max(serials) + 1 if len(serials) > 1 else 1
    return folder / (f"naravard-{stamp}.sqlite3" if serial == 1 else f"naravard-{stamp}-{serial}.sqlite3")


@contextmanager
def _open_source(data_dir: Path) -> Iterator[sqlite3.Connection]:
    """The database file opened read-only (works on a damaged file, changes nothing)."""
    path = database_path(data_dir)
    if not path.is_file():
        raise BackupError(f"det finns ingen databas att säkerhetskopiera i {data_dir}")
    try:
        conn = _connect_read_only(path)
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"{path} kan inte öppnas: {exc}") from None
    try:
        yield conn
    finally:
        conn.close()


#: A temporary copy older than this is a leftover of a crash, not a backup in progress.
_STALE_AFTER_S = 3600


def _clean_stale_temporaries(folder: Path) -> None:
    """Half-written copies left by a crash during a backup. Only old ones: another process
    (a CLI command backing up before its write, a restore) may be writing its copy now."""
    cutoff = time.time() - _STALE_AFTER_S
    for leftover in folder.glob(f"{_TMP_PREFIX}*"):
        try:
            if leftover.stat().st_mtime < cutoff:
                leftover.unlink()
        except OSError:
            pass


def create_backup(
    data_dir: Path,
    *,
    source: sqlite3.Connection | None = None,
    keep: int = DEFAULT_KEEP,
    now: datetime | None = None,
    keep_damaged_revisions: bool = False,
) -> Backup:
    """Copy the database into backups/, verify it, prune to the newest `keep`.

    `source` is an open connection to the database (the app's store); without it the
    file is opened read-only. Returns the new backup, or the newest existing one if the
    database has not changed since. Raises BackupError if the copy fails its check: damaged
    pages, or a revision that no longer matches its id (a damaged state is not stored as a
    backup, so it never pushes intact backups out of the window) — unless
    `keep_damaged_revisions` (restore's copy of the state it replaces: nothing is dropped).
    """
    folder = backup_dir(data_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _clean_stale_temporaries(folder)
        fd, tmp_name = tempfile.mkstemp(prefix=_TMP_PREFIX, suffix=".sqlite3", dir=folder)
        os.close(fd)
    except OSError as exc:
        raise BackupError(f"säkerhetskopian kan inte skrivas i {folder}: {exc.strerror or exc}") from None
    tmp = Path(tmp_name)
    try:
        _copy_database(data_dir, source, tmp)
        problem = integrity_problem(tmp, revisions=False)
        if problem is not None:
            raise BackupError(
                f"säkerhetskopian klarade inte integritetskontrollen ({problem}); den har tagits bort och databasen kan vara skadad (se 'naravard verify')"
            )
        damage = None if keep_damaged_revisions else integrity_problem(tmp, sqlite_check=False)
        if damage is not None:
            raise DamagedRevisions(damage, restore_advice(data_dir))
        fsync_file(tmp)
        newest = next(iter(list_backups(data_dir)), None)
        if newest is not None and _same_bytes(newest.path, tmp):
            tmp.unlink()
            return newest
        final = _free_name(folder, now or datetime.now(UTC))
        os.replace(tmp, final)
        fsync_dir(folder)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    prune_backups(data_dir, keep)
    backup = _parse(final)
    assert backup is not None
    return backup


def _copy_database(data_dir: Path, source: sqlite3.Connection | None, target: Path) -> None:
    try:
        with closing(sqlite3.connect(target)) as dest:
            if source is not None:
                source.backup(dest)
            else:
                with _open_source(data_dir) as conn:
                    conn.backup(dest)
            # A self-contained file: no -wal beside it, openable read-only anywhere.
            dest.execute("PRAGMA journal_mode=DELETE")
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"databasen kunde inte kopieras ({exc}); den kan vara skadad") from None
    except OSError as exc:
        raise BackupError(f"säkerhetskopian kan inte skrivas: {exc.strerror or exc}") from None


def _same_bytes(a: Path, b: Path) -> bool:
    try:
        if a.stat().st_size != b.stat().st_size:
            return False
        return a.read_bytes() == b.read_bytes()
    except OSError:
        return False


def prune_backups(data_dir: Path, keep: int = DEFAULT_KEEP) -> list[Backup]:
    """Delete all but the newest `keep` backups; returns the deleted ones."""
    removed = []
    for backup in list_backups(data_dir)[max(keep, 1) :]:
        try:
            backup.path.unlink()
            removed.append(backup)
        except OSError:
            pass
    return removed


def backup_on_start(data_dir: Path, *, keep: int = DEFAULT_KEEP) -> Backup | None:
    """The start-up backup: None when there is no database yet. Raises BackupError."""
    if not database_path(data_dir).is_file() or database_path(data_dir).stat().st_size == 0:
        return None
    return create_backup(data_dir, keep=keep)


def backup_if_due(
    store: _HasConnection, interval_minutes: float = DEFAULT_INTERVAL_MINUTES, *, keep: int = DEFAULT_KEEP, now: datetime | None = None
) -> Backup | None:
    """For the app's timer: a backup if the newest is older than the interval, else None."""
    now = now or datetime.now(UTC)
    newest = next(iter(list_backups(store.data_dir)), None)
    if newest is not None and now - newest.created_at < timedelta(minutes=interval_minutes):
        return None
    backup = create_backup(store.data_dir, source=store.conn, keep=keep, now=now)
    return None if newest is not None and backup.name == newest.name else backup


def content_fingerprint(conn: sqlite3.Connection) -> str | None:
    """A digest of a database's content, or None when it holds no draft and no revision.

    Revision ids are content hashes (value, editor, time, parents), so the sorted ids with
    the drafts and installation rows identify the content; a few ms at 20 000 revisions."""
    digest = hashlib.sha256()
    try:
        revisions = 0
        for (rid,) in conn.execute("SELECT id FROM revisions ORDER BY id"):
            digest.update(str(rid).encode("utf-8", "replace") + b"\n")
            revisions += 1
        drafts = conn.execute("SELECT * FROM drafts ORDER BY id").fetchall()
        if not revisions and not drafts:
            return None
        digest.update(repr(drafts).encode("utf-8", "replace"))
        digest.update(repr(conn.execute("SELECT key, value FROM installation ORDER BY key").fetchall()).encode("utf-8", "replace"))
        digest.update(repr(conn.execute("SELECT COUNT(*) FROM revision_parents").fetchone()).encode())
    except sqlite3.DatabaseError:
        return "unreadable"
    return digest.hexdigest()


def backup_before_write(store: _HasConnection, *, keep: int = DEFAULT_KEEP) -> Backup | None:
    """Before a command writes (the CLI): a backup of the state it starts from.

    Cheap when nothing changed: when the newest backup has the same content
    (content_fingerprint) it is returned without copying; an empty database gets none.
    Raises BackupError."""
    fingerprint = content_fingerprint(store.conn)
    if fingerprint is None:
        return None
    newest = next(iter(list_backups(store.data_dir)), None)
    if newest is not None and fingerprint != "unreadable":
        try:
            with closing(_connect_read_only(newest.path)) as conn:
                if content_fingerprint(conn) == fingerprint:
                    return newest
        except sqlite3.DatabaseError:
            pass
    return create_backup(store.data_dir, source=store.conn, keep=keep)


@dataclass(frozen=True)
class RestoreResult:
    restored: Backup
    #: A backup of the state that was replaced (None if it was unreadable or absent).
    safety_backup: Backup | None
    #: Where a damaged database was moved instead (None if it was readable or absent).
    damaged_copy: Path | None


def restore_backup(data_dir: Path, name: str, *, keep: int = DEFAULT_KEEP) -> RestoreResult:
    """Replace the database's content with a backup, after backing up what is there.

    Never opens the database through the store, so it works on a damaged database.

    - A readable database is restored *in place*, under one SQLite write transaction: the
      restore takes the database's write lock (waiting for a running write to finish),
      copies the current state into a new backup (the pre-restore copy) while holding it,
      then replaces every table's rows with the backup's and commits. Writers in other
      processes wait for the lock (or fail with a clear "not stored" error) meanwhile, so
      every write acknowledged before the restore is in the pre-restore copy, every write
      acknowledged after it is in the restored database, and no file is ever swapped under
      an open connection (docs/backup.md, "Restore and concurrent writers").
    - A damaged, emptied (0 bytes) or missing database, or a directory in its place, is
      moved aside as `naravard.sqlite3.damaged-<time>` (with its -wal) and the restored
      copy renamed into place. Nothing is deleted.
    """
    chosen = find_backup(data_dir, name)
    problem = integrity_problem(chosen.path)
    if problem is not None:
        raise BackupError(f"säkerhetskopian {chosen.name} är själv skadad ({problem}); välj en annan (se 'naravard backup list')")
    db = database_path(data_dir)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{DB_FILENAME}.restore-", dir=data_dir)
        os.close(fd)
    except OSError as exc:
        raise BackupError(
            f"återställningen kan inte göras: det går inte att skriva i {data_dir} ({exc.strerror or exc}); inget har ändrats"
        ) from None
    tmp = Path(tmp_name)
    try:
        _prepare_copy(chosen.path, tmp)
        if _readable_database(db):
            safety = _restore_in_place(data_dir, db, tmp, keep)
            return RestoreResult(chosen, safety, None)
        damaged = _set_aside(db)
        for suffix in ("-wal", "-shm", "-journal"):
            db.with_name(db.name + suffix).unlink(missing_ok=True)
        os.replace(tmp, db)
        fsync_dir(data_dir)
        return RestoreResult(chosen, None, damaged)
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"återställningen misslyckades ({exc}); databasen har inte ändrats") from None
    except OSError as exc:
        raise BackupError(f"återställningen misslyckades: {exc.strerror or exc}; databasen har inte ändrats") from None
    finally:
        tmp.unlink(missing_ok=True)
        tmp.with_name(tmp.name + "-journal").unlink(missing_ok=True)


#: How long a restore waits for a running write to finish before giving up.
RESTORE_LOCK_TIMEOUT_S = 30.0


def _prepare_copy(source: Path, target: Path) -> None:
    """The backup copied to `target` (rollback journal) and migrated to this version's schema."""
    from naravard_desktop.core.storage import migrations

    with closing(_connect_read_only(source)) as src, closing(sqlite3.connect(target, isolation_level=None)) as dest:
        src.backup(dest)
        dest.execute("PRAGMA journal_mode=DELETE")
        try:
            migrations.migrate(dest)
        except migrations.SchemaTooNew as exc:
            raise BackupError(f"säkerhetskopian är gjord av en nyare version av programmet: {exc}") from None
    fsync_file(target)


def _readable_database(db: Path) -> bool:
    """A regular, non-empty database file that passes `integrity_check`."""
    try:
        return db.is_file() and db.stat().st_size > 0 and integrity_problem(db, revisions=False) is None
    except OSError:
        return False


def _set_aside(db: Path) -> Path | None:
    """Move whatever is at the database's place (damaged file, 0-byte file, directory) aside."""
    if not os.path.lexists(db):
        return None
    stamp = datetime.now(UTC).strftime(_TIME_FORMAT)
    damaged = db.with_name(f"{DB_FILENAME}.damaged-{stamp}")
    serial = 2
    while os.path.lexists(damaged):
        damaged = db.with_name(f"{DB_FILENAME}.damaged-{stamp}-{serial}")
        serial += 1
    wal = db.with_name(db.name + "-wal")
    if wal.is_file():
        os.replace(wal, damaged.with_name(damaged.name + "-wal"))
    os.replace(db, damaged)
    return damaged


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _restore_in_place(data_dir: Path, db: Path, copy: Path, keep: int) -> Backup | None:
    """Replace the live database's rows with the copy's under one write transaction."""
    from naravard_desktop.core.storage import migrations

    conn = sqlite3.connect(db, isolation_level=None, timeout=RESTORE_LOCK_TIMEOUT_S)
    try:
        try:
            migrations.migrate(conn)  # an older live schema first (the copy is migrated already)
        except migrations.SchemaTooNew as exc:
            raise BackupError(str(exc)) from None
        conn.execute("ATTACH DATABASE ? AS restored", (str(copy),))
        try:
            try:
                conn.execute("BEGIN IMMEDIATE")  # the write lock: other writers wait from here
            except sqlite3.OperationalError as exc:
                raise BackupError(f"databasen är låst av en annan skrivning ({exc}); försök igen om en stund — inget har ändrats") from None
            with migrations.committed(conn):
                # The pre-restore copy, read by another connection: it sees every committed
                # write, and no new one can commit while this transaction holds the lock.
                safety = create_backup(data_dir, keep=max(keep, 1), keep_damaged_revisions=True)
                tables = [
                    r[0]
                    for r in conn.execute(
                        "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
                    )
                ]
                for table in tables:
                    columns = ", ".join(_quoted(r[1]) for r in conn.execute(f"PRAGMA main.table_info({_quoted(table)})"))
                    conn.execute(f"DELETE FROM main.{_quoted(table)}")
                    conn.execute(f"INSERT INTO main.{_quoted(table)} ({columns}) SELECT {columns} FROM restored.{_quoted(table)}")
        finally:
            conn.execute("DETACH DATABASE restored")
    finally:
        conn.close()
    return safety


def restore_advice(data_dir: Path) -> str:
    """Which backup to restore after damage: the newest good one, or that there is none."""
    good = newest_good_backup(data_dir)
    if good is None:
        return f"det finns ingen felfri säkerhetskopia i {backup_dir(data_dir)}"
    return (
        f"senaste felfria säkerhetskopia är {good.name} ({good.created_at_text}); "
        f"återställ den i programmet eller med 'naravard backup restore {good.name}'"
    )


def damaged_database_message(data_dir: Path, detail: str) -> str:
    """One line for a damaged database: what happened and which backup to restore."""
    db = database_path(data_dir)
    detail = " ".join(detail.split())  # quick_check reports span lines: keep one
    if len(detail) > 160:
        detail = detail[:157] + "..."
    return f"databasen {db} är skadad ({detail}); {restore_advice(data_dir)}"

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

import os
import re
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Protocol

from naravard_desktop.core.files import fsync_dir, fsync_file
from naravard_desktop.core.paths import DB_FILENAME

BACKUP_DIRNAME = "backups"
DEFAULT_INTERVAL_MINUTES = 10
DEFAULT_KEEP = 20

_NAME_RE = re.compile(r"^naravard-(\d{8}T\d{6}Z)(?:-(\d+))?\.sqlite3$")
_TIME_FORMAT = "%Y%m%dT%H%M%SZ"
_TMP_PREFIX = ".naravard-backup-"


class BackupError(Exception):
    """A backup could not be made, verified or restored; the message says why (Swedish)."""


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


def integrity_problem(path: Path) -> str | None:
    """None if `PRAGMA integrity_check` says ok, else its first complaint."""
    try:
        with closing(_connect_read_only(path)) as conn:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    if rows and rows[0][0] == "ok":
        return None
    return "; ".join(str(r[0]) for r in rows[:3]) or "tomt svar från integrity_check"


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
    """The newest backup that passes `PRAGMA integrity_check` (what to offer after damage)."""
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


def _clean_stale_temporaries(folder: Path) -> None:
    """Half-written copies left by a crash during a backup."""
    for leftover in folder.glob(f"{_TMP_PREFIX}*"):
        try:
            leftover.unlink()
        except OSError:
            pass


def create_backup(
    data_dir: Path, *, source: sqlite3.Connection | None = None, keep: int = DEFAULT_KEEP, now: datetime | None = None
) -> Backup:
    """Copy the database into backups/, verify it, prune to the newest `keep`.

    `source` is an open connection to the database (the app's store); without it the
    file is opened read-only. Returns the new backup, or the newest existing one if the
    database has not changed since. Raises BackupError if the copy fails its check.
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
        problem = integrity_problem(tmp)
        if problem is not None:
            raise BackupError(
                f"säkerhetskopian klarade inte integritetskontrollen ({problem}); den har tagits bort och databasen kan vara skadad"
            )
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


@dataclass(frozen=True)
class RestoreResult:
    restored: Backup
    #: A backup of the state that was replaced (None if it was unreadable or absent).
    safety_backup: Backup | None
    #: Where a damaged database was moved instead (None if it was readable or absent).
    damaged_copy: Path | None


def restore_backup(data_dir: Path, name: str, *, keep: int = DEFAULT_KEEP) -> RestoreResult:
    """Replace the database with a backup, atomically, after backing up what is there.

    Never opens the database through the store, so it works on a damaged database: a
    readable one is backed up first; an unreadable one is kept beside it as
    `naravard.sqlite3.damaged-<time>`. Close the app before restoring.
    """
    chosen = find_backup(data_dir, name)
    problem = integrity_problem(chosen.path)
    if problem is not None:
        raise BackupError(f"säkerhetskopian {chosen.name} är själv skadad ({problem}); välj en annan (se 'naravard backup list')")
    db = database_path(data_dir)
    safety: Backup | None = None
    damaged: Path | None = None
    # Copy the chosen backup next to the database first: the swap below is one rename.
    fd, tmp_name = tempfile.mkstemp(prefix=f".{DB_FILENAME}.restore-", dir=data_dir)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        with closing(_connect_read_only(chosen.path)) as src, closing(sqlite3.connect(tmp)) as dest:
            src.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")
        fsync_file(tmp)
        if db.is_file() and db.stat().st_size > 0:
            if integrity_problem(db) is None:
                _take_over(db)
                # Keep the safety copy even if the window is full: it is the newest.
                safety = create_backup(data_dir, keep=max(keep, 1))
            else:
                damaged = db.with_name(f"{DB_FILENAME}.damaged-{datetime.now(UTC).strftime(_TIME_FORMAT)}")
                wal = db.with_name(db.name + "-wal")
                if wal.is_file():
                    os.replace(wal, damaged.with_name(damaged.name + "-wal"))
                os.replace(db, damaged)
        for suffix in ("-wal", "-shm", "-journal"):
            db.with_name(db.name + suffix).unlink(missing_ok=True)
        os.replace(tmp, db)
        fsync_dir(data_dir)
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"återställningen misslyckades ({exc}); databasen har inte ändrats") from None
    except OSError as exc:
        raise BackupError(f"återställningen misslyckades: {exc.strerror or exc}") from None
    finally:
        tmp.unlink(missing_ok=True)
    return RestoreResult(chosen, safety, damaged)


def _take_over(db: Path) -> None:
    """Fold the -wal into the database file, refusing if another program has it open.

    Leaving WAL mode needs the only connection: an open app would otherwise go on
    writing into a file that is about to be replaced.
    """
    try:
        with closing(sqlite3.connect(db, timeout=2.0)) as conn:
            mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
    except sqlite3.OperationalError as exc:
        if getattr(exc, "sqlite_errorname", "").startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
            raise BackupError(
                "databasen används av ett annat program (är Närvård desktop öppet?); stäng det och försök igen — inget har ändrats"
            ) from None
        raise
    if mode != "delete":
        raise BackupError(
            "databasen används av ett annat program (är Närvård desktop öppet?); stäng det och försök igen — inget har ändrats"
        )


def damaged_database_message(data_dir: Path, detail: str) -> str:
    """One line for a damaged database: what happened and which backup to restore."""
    db = database_path(data_dir)
    detail = " ".join(detail.split())  # quick_check reports span lines: keep one
    if len(detail) > 160:
        detail = detail[:157] + "..."
    good = newest_good_backup(data_dir)
    if good is None:
        advice = f"det finns ingen felfri säkerhetskopia i {backup_dir(data_dir)}"
    else:
        advice = (
            f"senaste felfria säkerhetskopia är {good.name} ({good.created_at_text}); "
            f"återställ den i programmet eller med 'naravard backup restore {good.name}'"
        )
    return f"databasen {db} är skadad ({detail}); {advice}"

"""Durable file writes: temp file beside the target, fsync, rename, fsync the folder.

One implementation for everything we hand to users (bundles, exports, PDFs) and for the
database swaps of backup/restore, so a crash or full disk never leaves half a file.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from naravard_desktop.core.storage.paths import DB_FILENAME


class FileWriteError(Exception):
    """The file could not be written; the message says where and why, in Swedish."""


#: The backups folder's name inside the data dir (core/storage/backup.py uses the same).
BACKUP_DIRNAME = "backups"
_BACKUP_FILE = re.compile(r"^(naravard-\d{8}T\d{6}Z(-\d+)?\.sqlite3|\.naravard-backup-.*)$")
#: First bytes of an SQLite database, of a -wal file and of a rollback journal.
_STORE_MAGIC = (b"SQLite format 3\x00", b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83", b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7")


def store_file_reason(path: Path) -> str | None:
    """Why `path` must never be overwritten by an export, or None.

    Refused, with symbolic links followed: a data dir's database and every file beside it
    named after it (-wal, -shm, -journal, the damaged and emptied copies restore keeps), a
    backup in a `backups` folder, and any existing file that is an SQLite database, -wal or
    journal (a hard link to the database under another name).
    """
    try:
        target = path.expanduser().resolve()
    except (OSError, RuntimeError):  # a symlink loop: nothing to protect, the write fails on its own
        return None
    name = target.name
    if name == DB_FILENAME or name.startswith((DB_FILENAME + "-", DB_FILENAME + ".", "." + DB_FILENAME + ".")):
        return "det är Närvård desktops databas eller en fil som hör till den"
    if target.parent.name == BACKUP_DIRNAME and _BACKUP_FILE.match(name):
        return "det är en säkerhetskopia av Närvård desktops databas"
    if not target.is_file():  # nothing there yet, or a FIFO or device: never opened here
        return None
    try:
        with target.open("rb") as fh:
            head = fh.read(16)
    except OSError:
        return None
    if head.startswith(_STORE_MAGIC):
        return "det är en SQLite-databas (kanske Närvård desktops databas under ett annat namn)"
    return None


def check_output_path(path: Path) -> None:
    """Refuse an output file that is (or links to) the database or a backup: FileWriteError.

    Every export goes through this (write_bytes_atomically calls it; the CLI also calls it
    before doing anything else, so a refused --out changes nothing and prints one line)."""
    reason = store_file_reason(path)
    if reason is not None:
        raise FileWriteError(f"{path}: får inte skrivas över: {reason}; välj en annan fil. Inget har ändrats")


def write_bytes_atomically(path: Path, data: bytes) -> None:
    """Replace `path` with `data` in one rename; on failure the old file is left as it was.

    Refuses to replace the database, its companions or a backup (check_output_path)."""
    check_output_path(path)
    directory = path.resolve().parent
    if not directory.is_dir():
        raise FileWriteError(f"katalogen {directory} finns inte")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise FileWriteError(f"{path}: kan inte skrivas ({exc.strerror or exc})") from None
    try:
        # mkstemp makes the file private (0600); give it the mode a plain save would, so a
        # copy left on a shared folder can be opened by the colleagues it is meant for.
        os.chmod(tmp, file_mode(path))
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise FileWriteError(f"{path}: kan inte skrivas ({exc.strerror or exc})") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    fsync_dir(directory)


def file_mode(path: Path) -> int:
    """The existing file's mode, or what the umask gives a new file."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0o022)
        os.umask(umask)
        return 0o666 & ~umask


def fsync_file(path: Path) -> None:
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())


def fsync_dir(directory: Path) -> None:
    """Make a rename durable (no-op where directories cannot be opened, as on Windows)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)

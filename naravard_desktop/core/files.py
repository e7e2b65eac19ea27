"""Durable file writes: temp file beside the target, fsync, rename, fsync the folder.

One implementation for everything we hand to users (bundles, exports, PDFs) and for the
database swaps of backup/restore, so a crash or full disk never leaves half a file.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


class FileWriteError(Exception):
    """The file could not be written; the message says where and why, in Swedish."""


def write_bytes_atomically(path: Path, data: bytes) -> None:
    """Replace `path` with `data` in one rename; on failure the old file is left as it was."""
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

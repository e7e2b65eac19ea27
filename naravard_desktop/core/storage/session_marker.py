"""The unclean-exit marker: a lock file in the data dir while the desktop app runs.

The app writes it at start (pid, start time, open draft) and removes it on a clean exit.
Finding one whose process is gone means the last run crashed or was killed; the app then
tells the user what was recovered. Qt-free so the CLI and tests can read it.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from naravard_desktop.core.storage.store import utc_now

MARKER_FILENAME = "desktop-running.lock"


@dataclass(frozen=True)
class RunMarker:
    pid: int
    started_at: str
    draft_id: str | None


def marker_path(data_dir: Path) -> Path:
    return data_dir / MARKER_FILENAME


def _alive(pid: int) -> bool:
    """Is another process with this pid running? (Never signals it.)"""
    if pid == os.getpid():
        return False
    if sys.platform == "win32":
        return _alive_windows(pid)
    try:
        os.kill(pid, 0)  # signal 0: existence check only (POSIX)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return not _zombie(pid)


def _zombie(pid: int) -> bool:
    """A killed process whose parent has not reaped it yet still answers signal 0; on Linux
    /proc tells it has exited (state Z). Elsewhere: assume it runs."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return False
    return stat.rpartition(")")[2].split()[:1] == ["Z"]  # the state follows "(command name)"


def _alive_windows(pid: int) -> bool:
    # os.kill(pid, 0) would send CTRL_C_EVENT on Windows; ask the kernel instead.
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        return bool(kernel32.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def read_marker(data_dir: Path) -> RunMarker | None:
    try:
        data = json.loads(marker_path(data_dir).read_text("utf-8"))
        return RunMarker(int(data["pid"]), str(data["started_at"]), data.get("draft_id"))
    except (OSError, ValueError, KeyError, TypeError):
        if marker_path(data_dir).exists():
            return RunMarker(-1, "", None)  # unreadable: a crash while writing it
        return None


def running_app(data_dir: Path) -> RunMarker | None:
    """The marker of an app that is running now on this data dir (another process), or None."""
    marker = read_marker(data_dir)
    if marker is not None and marker.pid > 0 and marker.pid != os.getpid() and _alive(marker.pid):
        return marker
    return None


def acquire(data_dir: Path, draft_id: str | None = None) -> tuple[RunMarker | None, bool]:
    """Write our marker. Returns (the previous run's marker if it exited uncleanly, another_running)."""
    previous = read_marker(data_dir)
    crashed: RunMarker | None = None
    other_running = False
    if previous is not None:
        if previous.pid > 0 and _alive(previous.pid):
            other_running = True
        else:
            crashed = previous
    if not other_running:
        update(data_dir, draft_id)
    return crashed, other_running


def update(data_dir: Path, draft_id: str | None, started_at: str | None = None) -> None:
    """Record which draft is open (atomically, so a crash never leaves half a file)."""
    current = read_marker(data_dir)
    started = started_at or (current.started_at if current is not None and current.pid == os.getpid() else utc_now())
    path = marker_path(data_dir)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps({"pid": os.getpid(), "started_at": started, "draft_id": draft_id}), "utf-8")
    os.replace(tmp, path)


def release(data_dir: Path) -> None:
    """A clean exit: remove our marker (only if it is ours)."""
    current = read_marker(data_dir)
    if current is not None and current.pid == os.getpid():
        marker_path(data_dir).unlink(missing_ok=True)

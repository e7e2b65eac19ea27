"""The unclean-exit marker (Qt-free): crash detection, a live other instance, clean exit."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from naravard_desktop.core.storage import session_marker


def test_no_marker_means_a_clean_start_and_release_removes_ours(data_dir):
    crashed, other = session_marker.acquire(data_dir, "abc")
    assert (crashed, other) == (None, False)
    assert session_marker.read_marker(data_dir).draft_id == "abc"
    session_marker.update(data_dir, "def")
    assert session_marker.read_marker(data_dir).draft_id == "def"
    session_marker.release(data_dir)
    assert session_marker.read_marker(data_dir) is None


def test_a_dead_process_marker_is_reported_as_a_crash(data_dir):
    child = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True, check=True)
    dead_pid = int(child.stdout)
    session_marker.marker_path(data_dir).write_text(
        json.dumps({"pid": dead_pid, "started_at": "2025-03-01T08:00:00.000000Z", "draft_id": "d1"}), "utf-8"
    )
    crashed, other = session_marker.acquire(data_dir)
    assert not other
    assert crashed is not None and crashed.draft_id == "d1" and crashed.started_at.startswith("2025-03-01")


def test_a_live_other_instance_is_not_a_crash_and_keeps_its_marker(data_dir):
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        session_marker.marker_path(data_dir).write_text(json.dumps({"pid": child.pid, "started_at": "x", "draft_id": None}), "utf-8")
        crashed, other = session_marker.acquire(data_dir)
        assert (crashed, other) == (None, True)
        session_marker.release(data_dir)  # not ours: left alone
        assert session_marker.read_marker(data_dir).pid == child.pid
    finally:
        child.kill()
        child.wait()


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
def test_a_killed_but_unreaped_process_is_a_crash_not_a_running_instance(data_dir):
    """SIGKILLed app whose launcher has not reaped it yet (a zombie): signal 0 still
    succeeds, but the next start must offer crash recovery, not say "already running"."""
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        child.kill()
        deadline = time.monotonic() + 10
        while Path(f"/proc/{child.pid}/stat").read_text().rpartition(")")[2].split()[0] != "Z":
            assert time.monotonic() < deadline
            time.sleep(0.01)
        session_marker.marker_path(data_dir).write_text(
            json.dumps({"pid": child.pid, "started_at": "2025-03-01T08:00:00.000000Z", "draft_id": "d1"}), "utf-8"
        )
        crashed, other = session_marker.acquire(data_dir)
        assert not other
        assert crashed is not None and crashed.draft_id == "d1"
    finally:
        child.wait()


def test_an_unreadable_marker_counts_as_a_crash(data_dir):
    session_marker.marker_path(data_dir).write_text("{half", "utf-8")
    crashed, _ = session_marker.acquire(data_dir)
    assert crashed is not None

"""Crash-safety proof: SIGKILL an editing process 20 times; nothing reported saved is lost.

The full run (200 kills) is `python benchmarks/killtest.py`.
"""

from __future__ import annotations

import importlib.util
import sys

import pytest

from conftest import ROOT

pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")]


def _killtest_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("naravard_killtest", ROOT / "benchmarks" / "killtest.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


def test_twenty_random_sigkills_lose_no_reported_edit(data_dir):
    killtest = _killtest_module()
    tally = killtest.run_killtest(20, data_dir, seed=20261125)
    assert tally.kills == 20
    assert tally.child_failures == []
    assert tally.integrity_failures == []
    assert tally.lost == [] and tally.partial == []
    assert tally.bad_backups == []
    assert tally.edits_reported > 20  # the children really edited between kills
    assert tally.edits_found == tally.edits_reported
    assert tally.backups_checked > 0


def test_the_check_notices_a_lost_edit(data_dir):
    """The checker itself can fail: drop a reported edit and it must be counted as lost."""
    killtest = _killtest_module()
    tally = killtest.run_killtest(1, data_dir, seed=7, max_delay=0.3)
    assert tally.ok and tally.edits_reported > 0
    import sqlite3

    from naravard_desktop.core.paths import DB_FILENAME

    conn = sqlite3.connect(data_dir / DB_FILENAME)
    conn.execute("PRAGMA foreign_keys=ON")
    draft_id = conn.execute("SELECT id FROM drafts").fetchone()[0]
    victim = conn.execute("SELECT id, value FROM revisions ORDER BY seq DESC LIMIT 1").fetchone()
    conn.execute("DELETE FROM revisions WHERE id = ?", (victim[0],))
    conn.commit()
    conn.close()
    seed, number, field_key = victim[1].strip('"').split(":", 3)[:3]
    planned = killtest.planned_edit(int(seed), int(number))
    line = {"seed": int(seed), "n": int(number), "fields": {f: killtest.digest(v) for f, v in planned.items()}}
    check = killtest.Tally()
    killtest._check(data_dir, draft_id, [line], check)
    assert check.lost == [f"edit {seed}:{number}"]
    assert not check.ok

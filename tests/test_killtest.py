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
    assert tally.edits_reported >= 10  # the children really edited between kills (~4 s in all)
    assert tally.edits_found == tally.edits_reported
    assert tally.backups_checked > 0


def test_the_check_notices_a_lost_or_partial_edit(data_dir):
    """The checker itself can fail: a reported edit that is missing or half there is counted."""
    import sqlite3

    from naravard_desktop.core.storage.paths import DB_FILENAME
    from naravard_desktop.core.storage.store import DraftStore

    killtest = _killtest_module()
    seed, number = 7, next(n for n in range(1, 100) if len(killtest.planned_edit(7, n)) > 1)
    planned = killtest.planned_edit(seed, number)
    with DraftStore(data_dir) as store:
        draft_id = store.create_draft(killtest.FORM_ID, "Killtest").id
        store.set_values(draft_id, planned)
    line = {"seed": seed, "n": number, "fields": {f: killtest.digest(v) for f, v in planned.items()}}
    found = killtest.Tally()
    killtest._check(data_dir, draft_id, [line], found)
    assert found.ok and found.edits_found == 1

    conn = sqlite3.connect(data_dir / DB_FILENAME)
    conn.execute("DELETE FROM revisions WHERE field = ?", (sorted(planned)[0],))
    conn.commit()
    conn.close()
    lost = killtest.Tally()
    killtest._check(data_dir, draft_id, [line], lost)
    assert lost.lost == [f"edit {seed}:{number}"]
    assert len(lost.partial) == 1  # the other field of the same edit is still there
    assert not lost.ok

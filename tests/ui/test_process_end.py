"""How the app's process ends (ui.app.run / end_process, docs/performance.md "Start-up").

After the window closed in order the process exits without Python's module teardown,
unless the app owns the clipboard: then the normal exit runs, so Qt can hand a copied
answer to the desktop's clipboard manager.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from naravard_desktop.core.storage.store import DraftStore
from naravard_desktop.ui import app as app_module
from naravard_desktop.ui.settings import KEY_LAST_DRAFT, app_settings

ROOT = Path(__file__).resolve().parents[2]


class Exited(Exception):
    def __init__(self, how: str, code: int):
        super().__init__(how, code)
        self.how = how
        self.code = code


@pytest.fixture
def exits(monkeypatch: pytest.MonkeyPatch) -> None:
    def fast(code: int) -> None:
        raise Exited("fast", code)

    def normal(code: int) -> None:
        raise Exited("normal", code)

    monkeypatch.setattr(app_module.os, "_exit", fast)
    monkeypatch.setattr(app_module.sys, "exit", normal)


def test_the_process_ends_at_once_when_the_clipboard_is_not_ours(qapp, exits) -> None:
    qapp.clipboard().clear()
    with pytest.raises(Exited) as ended:
        app_module.end_process(3)
    assert (ended.value.how, ended.value.code) in {("fast", 3), ("normal", 3)}
    if not qapp.clipboard().ownsClipboard():
        assert ended.value.how == "fast"


def test_a_copied_answer_keeps_the_normal_exit(qapp, exits, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app_module, "_owns_clipboard", lambda: True)
    with pytest.raises(Exited) as ended:
        app_module.end_process(0)
    assert (ended.value.how, ended.value.code) == ("normal", 0)


def test_a_whole_run_exits_with_main_s_code_and_keeps_what_it_wrote(data_dir: Path) -> None:
    """`python -m naravard_desktop.ui.app --self-test` (what the start-up benchmark runs): exit
    0, the self-test draft stored, the settings written, the run marker gone."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, "-m", "naravard_desktop.ui.app", "--data-dir", str(data_dir), "--self-test"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    with DraftStore(data_dir) as store:
        assert [d.title for d in store.drafts()] == ["Självtest"]
    assert not (data_dir / "desktop-running.lock").exists()
    assert app_settings(data_dir).value(KEY_LAST_DRAFT)  # QSettings reached the disk before the process ended


def test_run_collects_garbage_again_once_the_window_is_up(qtbot, data_dir: Path, quiet_main) -> None:  # type: ignore[no-untyped-def]
    """`run()` starts with the cyclic collector off; after the first paint it is on again,
    with the objects of the start frozen out of later collections."""
    import gc

    seen: dict[str, object] = {}

    def check(_window: object) -> None:
        seen["off at first"] = not gc.isenabled()
        qtbot.waitUntil(gc.isenabled, timeout=5000)
        seen["frozen"] = gc.get_freeze_count() > 0

    quiet_main(qtbot, check)
    with DraftStore(data_dir) as store:
        store.set_editor_name("Testare")  # no first-start question
    gc.disable()
    try:
        assert app_module.main(["--data-dir", str(data_dir)]) == 0
    finally:
        gc.enable()
        gc.unfreeze()
    assert seen == {"off at first": True, "frozen": True}

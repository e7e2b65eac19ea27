"""`naravard` as its own process tells the garbage collector to leave what importing made
alone (gc.freeze after the command's module is loaded); called in process with arguments
(tests, scripts) it changes nothing about the collector."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

import pytest

from naravard_desktop import cli

ROOT = Path(__file__).resolve().parent.parent


def test_in_process_call_does_not_freeze(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    frozen: list[bool] = []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(True))
    assert cli.main(["--data-dir", str(data_dir), "draft", "list"]) == 0
    assert frozen == []


def test_own_command_line_freezes_after_loading_the_command(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    loaded_when_frozen: list[bool] = []
    monkeypatch.setattr(gc, "freeze", lambda: loaded_when_frozen.append("naravard_desktop.cli.drafts_cmd" in sys.modules))
    monkeypatch.setattr(sys, "argv", ["naravard", "--data-dir", str(data_dir), "draft", "list"])
    assert cli.main() == 0
    assert loaded_when_frozen == [True]


def test_a_whole_process_has_frozen_objects(data_dir: Path) -> None:
    code = "import gc, sys\nfrom naravard_desktop import cli\ncode = cli.main()\nprint(gc.get_freeze_count() > 1000)\nsys.exit(code)\n"
    out = subprocess.run(
        [sys.executable, "-c", code, "--data-dir", str(data_dir), "draft", "list"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert out.splitlines()[-1] == "True"

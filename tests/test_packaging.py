"""Packaging smoke test: build the one-folder Linux app and run both executables.

Slow (a PyInstaller build takes a minute or two). In CI (CI=true) a missing PyInstaller
is a failure, not a skip: .ci/run installs it with the `test` extra.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys

import pytest
from conftest import FORM_ID, ROOT

pytestmark = pytest.mark.slow


def _require_pyinstaller() -> None:
    if importlib.util.find_spec("PyInstaller") is not None:
        return
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail("PyInstaller is not installed; the test extra (pip install -e '.[test]') includes it")
    pytest.skip("PyInstaller is not installed (pip install -e '.[test]')")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="packaging/build.sh builds the Linux app")
def test_built_linux_app_runs_cli_and_gui_self_test(tmp_path):
    _require_pyinstaller()
    if shutil.which("bash") is None:
        pytest.fail("bash is needed to run packaging/build.sh")
    dist, work, data = tmp_path / "dist", tmp_path / "build", tmp_path / "data"
    try:
        _build_and_run(dist, work, data, tmp_path)
    finally:  # ~200 MB: do not leave it in pytest's kept temp dirs
        shutil.rmtree(dist, ignore_errors=True)
        shutil.rmtree(work, ignore_errors=True)


def _build_and_run(dist, work, data, tmp_path):  # type: ignore[no-untyped-def]
    env = dict(os.environ, PYTHON=sys.executable)
    build = subprocess.run(
        ["bash", str(ROOT / "packaging" / "build.sh"), "--dist", str(dist), "--work", str(work)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    app = dist / "naravard-desktop"
    for name in ("naravard-desktop", "naravard", "naravard-desktop.desktop", "naravard-desktop.png"):
        assert (app / name).is_file(), name
    assert (app / "_internal" / "naravard_desktop" / "_data" / "forms" / f"{FORM_ID}.json").is_file()

    # The built CLI, outside the source tree, finds the bundled forms.
    run_env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    forms = subprocess.run(
        [str(app / "naravard"), "--data-dir", str(data), "forms", "list"],
        cwd=tmp_path,
        env=run_env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert forms.returncode == 0, forms.stderr
    assert FORM_ID in forms.stdout

    gui = subprocess.run(
        [str(app / "naravard-desktop"), "--self-test", "--data-dir", str(data)],
        cwd=tmp_path,
        env={**run_env, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert gui.returncode == 0, gui.stderr[-3000:]

    # The self-test opened a draft of the 2024 form in the data dir; the CLI sees it.
    drafts = subprocess.run(
        [str(app / "naravard"), "--data-dir", str(data), "draft", "list", "--json"],
        cwd=tmp_path,
        env=run_env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert drafts.returncode == 0, drafts.stderr
    assert FORM_ID in drafts.stdout
    backups = subprocess.run(
        [str(app / "naravard"), "--data-dir", str(data), "backup", "create"],
        cwd=tmp_path,
        env=run_env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert backups.returncode == 0 and backups.stdout.startswith("naravard-"), backups.stderr

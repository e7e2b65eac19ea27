"""Architecture rules: the core knows nothing of Qt."""

import ast
import subprocess
import sys

from conftest import ROOT

CORE = ROOT / "naravard_desktop" / "core"


def test_core_sources_import_no_qt():
    offenders = []
    for path in sorted(CORE.rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"), str(path))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", "") == "__import__"
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                names = [str(node.args[0].value)]
            for name in names:
                if name.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6") or name.startswith("naravard_desktop.ui"):
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno} imports {name}")
    assert offenders == []


def test_importing_every_core_module_loads_no_qt():
    modules = sorted(".".join(p.relative_to(ROOT).with_suffix("").parts) for p in CORE.rglob("*.py") if p.name != "__main__.py")
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m.removesuffix('.__init__'))\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')]\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_network_guard_is_active():
    import socket

    import pytest
    from conftest import NetworkForbidden

    with pytest.raises(NetworkForbidden):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with pytest.raises(NetworkForbidden):
        socket.create_connection(("127.0.0.1", 9))
    a, b = socket.socketpair()  # local pairs stay allowed
    a.close()
    b.close()


def _imported_names(path):
    tree = ast.parse(path.read_text("utf-8"), str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.lineno, node.module


def test_the_ui_and_the_core_import_no_cli():
    """The CLI is a front end beside the UI: neither the UI nor the core builds on it."""
    offenders = [
        f"{path.relative_to(ROOT)}:{line} imports {name}"
        for folder in ("ui", "core")
        for path in sorted((ROOT / "naravard_desktop" / folder).rglob("*.py"))
        for line, name in _imported_names(path)
        if name == "naravard_desktop.cli" or name.startswith("naravard_desktop.cli.")
    ]
    assert offenders == []


def test_the_cli_imports_no_qt():
    offenders = [
        f"{path.relative_to(ROOT)}:{line} imports {name}"
        for path in sorted((ROOT / "naravard_desktop" / "cli").rglob("*.py"))
        for line, name in _imported_names(path)
        if name.split(".")[0] in ("PySide6", "shiboken6") or name.startswith("naravard_desktop.ui")
    ]
    assert offenders == []


def test_no_ui_feature_looks_another_up_on_the_window():
    """Features hear each other through the window's signals (store_changed, draft_opened …),
    never `getattr(window, "collaboration")`-style lookups."""
    offenders = []
    for path in sorted((ROOT / "naravard_desktop" / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") in ("getattr", "hasattr") and node.args:
                target = node.args[0]
                name = target.id if isinstance(target, ast.Name) else getattr(target, "attr", "")
                if name in ("window", "window_", "main_window"):
                    offenders.append(f"{path.name}:{node.lineno}")
    assert not offenders


def test_sql_stays_in_the_store():
    """The store owns the SQL on the draft database: the bundle import, the CLI and the UI
    write none (core.backup and core.verify read raw database files on purpose: damaged
    ones, never through the store)."""
    places = [ROOT / "naravard_desktop" / "core" / "sync" / "bundles.py"]
    places += sorted((ROOT / "naravard_desktop" / "cli").rglob("*.py")) + sorted((ROOT / "naravard_desktop" / "ui").rglob("*.py"))
    offenders = []
    for path in places:
        tree = ast.parse(path.read_text("utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", "") in ("execute", "executemany", "executescript"):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not offenders


def test_one_retranslation_mechanism():
    """Widgets retranslate through i18n.translate_ui, never a changeEvent(LanguageChange)."""
    offenders = [
        path.name
        for path in sorted((ROOT / "naravard_desktop" / "ui").rglob("*.py"))
        if path.name != "i18n.py" and "QEvent.Type.LanguageChange" in path.read_text("utf-8")
    ]
    assert not offenders


def test_no_module_uses_pyside_features():
    """`ui.app.use_plain_imports` takes PySide's import hook away at start-up; that is only
    right while no module asks for `from __feature__ import …` (snake_case, true_property)."""
    users = []
    for path in sorted((ROOT / "naravard_desktop").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module == "__feature__":
                users.append(str(path.relative_to(ROOT)))
            elif isinstance(node, ast.Import) and any(alias.name == "__feature__" for alias in node.names):
                users.append(str(path.relative_to(ROOT)))
    assert users == []

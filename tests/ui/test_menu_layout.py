"""Menus that several features fill are ordered through `ActionRegistry.place`."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow

from naravard_desktop.ui.actions import ActionRegistry


def _layout(registry: ActionRegistry, menu: str) -> list[str]:
    return ["|" if a.isSeparator() else a.objectName().removeprefix("action-") for a in registry.menus[menu].actions()]


def _noop() -> None:
    pass


def test_place_moves_a_group_before_after_or_first_and_stays_at_the_end_without_its_anchor(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    registry = ActionRegistry(window)
    registry.add_menu("file", lambda: "Arkiv")
    for action_id in ("new", "save", "quit"):
        registry.add(action_id, lambda: "…", _noop, menu="file")
    export = registry.add("export", lambda: "Exportera", _noop, menu="file")
    import_ = registry.add("import", lambda: "Importera", _noop, menu="file")
    assert registry.place("file", [export, import_], before="quit", separator_after=True)
    assert _layout(registry, "file") == ["new", "save", "export", "import", "|", "quit"]
    word = registry.add("word", lambda: "Word", _noop, menu="file")
    assert registry.place("file", [word], after="import", before="quit")
    assert _layout(registry, "file") == ["new", "save", "export", "import", "word", "|", "quit"]
    text = registry.add("text", lambda: "Text", _noop, menu="file")
    assert registry.place("file", [text], before=("missing", "export"))  # the first anchor that is there
    assert _layout(registry, "file") == ["new", "save", "text", "export", "import", "word", "|", "quit"]
    keys = registry.add("keys", lambda: "Kortkommandon", _noop, menu="file")
    assert registry.place("file", [keys], first=True)
    assert _layout(registry, "file")[0] == "keys"
    alone = registry.add("alone", lambda: "Ensam", _noop, menu="file")
    assert not registry.place("file", [alone], before="nowhere")  # the anchor's feature is not installed
    assert _layout(registry, "file")[-1] == "alone"


def test_the_file_menu_of_the_window(window):
    assert _layout(window.registry, "file") == [
        "new-draft",
        "new-round",
        "open-draft",
        "form-from-document",
        "save-now",
        "|",
        "display-name",
        "|",
        "export-text",
        "bundle-export",
        "bundle-import",
        "word-export",
        "word-import",
        "print-review",
        "|",
        "backups",
        "|",
        "quit",
    ]
    assert _layout(window.registry, "help")[0] == "shortcuts"

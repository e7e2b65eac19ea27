"""Hjälp › Kortkommandon lists the keys the window really has, in the current language."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence


def native(keys: str) -> str:  # as the dialog shows keys: "Ctrl+Skift+T" with Qt's Swedish catalogue
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def _rows(dialog) -> dict[str, str]:  # type: ignore[no-untyped-def]
    tree = dialog.tree
    return {tree.topLevelItem(i).text(0).strip(): tree.topLevelItem(i).text(1) for i in range(tree.topLevelItemCount())}


def test_the_dialog_lists_menu_keys_and_transfer_keys(qtbot, window):
    help_menu = window.registry.menus["help"]
    assert help_menu.actions()[0] is window.registry.action("shortcuts")
    dialog = window.shortcuts.show_dialog()
    qtbot.waitExposed(dialog)
    rows = _rows(dialog)
    assert rows["Fråga nummer"] == native("Ctrl+G")
    assert rows["Kommentera markerad text"] == native("Ctrl+Alt+M")
    assert rows["Överföringsläge"] == native("Ctrl+Shift+T")
    assert rows["Kopiera svarstexten"] == native("Ctrl+Shift+C")
    assert "Granskning" in rows and rows["Granskning"] == ""  # a menu heading
    dialog.close()


def test_the_dialog_follows_the_language(qtbot, window):
    try:
        assert window.set_language("en")
        qtbot.waitUntil(lambda: window.registry.menus["file"].title() == "&File")  # menus retranslate on LanguageChange
        dialog = window.shortcuts.show_dialog()
        rows = _rows(dialog)
        assert rows["Question number"] == native("Ctrl+G") and "Copy the answer text" in rows
        dialog.close()
    finally:
        window.set_language("sv")

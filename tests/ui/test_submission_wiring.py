"""Issue 7 in the main window: Inlämning → transfer mode dock (follows the editor, marks,
copy), the checklist before submitting, navigator transfer marks, Arkiv → Exportera som
text. Real widgets are driven; results are read back with the core."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FORM_ID
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog

from naravard_desktop.core.review.export_text import render_readable
from naravard_desktop.core.storage.store import DraftStore
from naravard_desktop.core.submission.transfer import transfer_status
from naravard_desktop.ui.store_change import StoreChange
from naravard_desktop.ui.submission.submission_dialogs import checklist_text


@pytest.fixture
def halland_id(data_dir, halland_answers) -> str:  # type: ignore[no-untyped-def]
    with DraftStore(data_dir) as store:
        store.set_editor_name("Anna")
        draft = store.create_draft(FORM_ID, "Svar 2024", "Region Halland")
        store.set_values(draft.id, {**halland_answers, "3": "Första raden\r\nAndra raden"})
        return draft.id


@pytest.fixture
def hwindow(make_window, halland_id):  # type: ignore[no-untyped-def]
    return make_window(draft_id=halland_id)


def _status(data_dir: Path, draft_id: str, form):  # type: ignore[no-untyped-def]
    with DraftStore(data_dir) as store:
        return transfer_status(store, form, draft_id)


def _item(status, number: str):  # type: ignore[no-untyped-def]
    return next(i for i in status.items if i.number == number)


def _open_transfer(qtbot, window):  # type: ignore[no-untyped-def]
    action = window.registry.action("transfer-mode")
    action.trigger()
    dock = window.registry.docks["transfer"]
    qtbot.waitUntil(dock.isVisible)
    assert action.isChecked()
    return window.submission.transfer


def _nav_mark(window, number: str) -> str:  # type: ignore[no-untyped-def]
    return window.navigator.items[number].text(0).split(" ", 1)[0]


def test_inlamning_menu_holds_the_actions(hwindow):
    menu = hwindow.registry.menus["submission"]
    assert menu.title() == "&Inlämning"
    names = [a.objectName() for a in menu.actions() if not a.isSeparator()]
    assert names[:2] == ["action-transfer-mode", "action-submission-checklist"]
    assert "action-pii-words" in names and "action-keep-carried-all" in names
    assert hwindow.registry.action("transfer-mode").shortcut() == QKeySequence("Ctrl+Shift+T")
    bar = [a.text() for a in hwindow.menuBar().actions()]
    assert bar.index("&Inlämning") == bar.index("&Hjälp") - 1
    file_menu = [a.objectName() for a in hwindow.registry.menus["file"].actions() if not a.isSeparator()]
    assert file_menu.index("action-new-draft") + 1 == file_menu.index("action-new-round")
    assert file_menu.index("action-export-text") + 1 == file_menu.index("action-bundle-export")
    assert not hwindow.registry.docks["transfer"].isVisible()


def test_transfer_dock_follows_the_editor_and_marks(qtbot, hwindow, data_dir, halland_id, form):
    assert hwindow.go_to_question("3")
    transfer = _open_transfer(qtbot, hwindow)
    assert transfer.item.number == "3"
    assert hwindow.go_to_question("17")
    assert transfer.item.number == "17"
    assert not transfer.mark_button.isEnabled()  # over the limit: core refuses, the button says so
    hwindow.go_to_question("3")
    assert transfer.item.number == "3"
    qtbot.mouseClick(transfer.mark_button, Qt.MouseButton.LeftButton)
    item = _item(_status(data_dir, halland_id, form), "3")
    assert item.transferred and item.mark["by"] == "Anna"
    assert _nav_mark(hwindow, "3") == "↗"
    assert "överförd till webbformuläret" in hwindow.navigator.items["3"].toolTip(0)

    # Editing the answer makes the mark stale: the navigator at once, the dock after the write.
    edit = hwindow.form_view.field_widget("3").edit
    edit.setFocus()
    qtbot.keyClicks(edit, " Tillagt.")
    qtbot.waitUntil(lambda: _nav_mark(hwindow, "3") == "↻", timeout=3000)
    qtbot.waitUntil(lambda: "ändrats" in transfer.state_label.text(), timeout=5000)
    assert _item(_status(data_dir, halland_id, form), "3").stale
    assert transfer.progress_label.text().startswith("0 av 50")


def test_ctrl_shift_t_toggles_transfer_mode(qtbot, hwindow):
    dock = hwindow.registry.docks["transfer"]
    hwindow.form_view.field_widget("3").edit.setFocus()
    qtbot.keyClick(
        hwindow.form_view.field_widget("3").edit, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(dock.isVisible)
    assert hwindow.submission.transfer.item.number == "3"
    hwindow.registry.action("transfer-mode").trigger()
    qtbot.waitUntil(lambda: not dock.isVisible())
    assert not hwindow.registry.action("view-transfer").isChecked()


def test_copy_puts_lf_text_on_the_clipboard(qtbot, hwindow):
    hwindow.go_to_question("3")
    transfer = _open_transfer(qtbot, hwindow)
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(transfer.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "Första raden\nAndra raden"


def test_dock_refreshes_after_a_change_behind_the_editor(qtbot, hwindow, data_dir, halland_id, form):
    hwindow.go_to_question("23")
    transfer = _open_transfer(qtbot, hwindow)
    with DraftStore(data_dir, editor_name="Bertil") as other:
        other.set_values(halland_id, {"23": "Bertils nya text"})
    hwindow.after_store_change(StoreChange("outside"))
    assert transfer.current_text is not None and transfer.current_text.text == "Bertils nya text"
    assert hwindow.form_view.field_widget("23").text() == "Bertils nya text"


def test_checklist_dialog_shows_the_core_checklist(qtbot, hwindow, data_dir, halland_id, form):
    hwindow.registry.action("submission-checklist").trigger()
    dialog = hwindow.submission.checklist_dialog
    assert dialog is not None and dialog.isVisible()
    status = _status(data_dir, halland_id, form)
    text = dialog.view.toPlainText()
    assert text == checklist_text(status)
    lines = text.splitlines()
    assert "✗ Alla frågor är överförda" in lines
    assert "✗ Inget svar är över teckengränsen" in lines
    assert "✓ Inga olösta konflikter" in lines
    assert "✓ Inga okvitterade varningar för personuppgifter" in lines  # Halland's answers are clean
    assert lines[:4] == [("✓ " if c.ok else "✗ ") + c.text for c in status.checklist]  # the points first, in view
    over = lines.index("Inget svar är över teckengränsen:")
    assert lines[over + 1].startswith("    fråga 17")
    assert lines[lines.index("Alla frågor är överförda:") + 1] == "    fråga 1 a: ej överförd"
    assert "2 av 4 punkter återstår" in dialog.summary.text() and "0 av 50 överförda" in dialog.summary.text()


def test_checklist_counts_what_the_editor_just_typed(qtbot, hwindow):
    edit = hwindow.form_view.field_widget("23").edit
    edit.setFocus()
    qtbot.keyClicks(edit, " Ring 19121212-1212.")
    hwindow.registry.action("submission-checklist").trigger()  # written first, then checked
    lines = hwindow.submission.checklist_dialog.view.toPlainText().splitlines()
    assert "✗ Inga okvitterade varningar för personuppgifter" in lines
    assert any("19121212-****" in line for line in lines)


@pytest.mark.parametrize("chosen, name, fmt", [("markdown", "svar", "md"), ("text", "svar", "txt"), ("text", "svar.md", "md")])
def test_export_as_text_writes_render_readable(qtbot, hwindow, tmp_path, data_dir, halland_id, form, chosen, name, fmt):
    edit = hwindow.form_view.field_widget("23").edit
    edit.setFocus()
    qtbot.keyClicks(edit, " Skrivet nyss.")  # pending in the editor: written before the export
    hwindow.registry.action("export-text").trigger()
    dialog = hwindow.text_export.file_dialog
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    export = hwindow.text_export
    dialog.selectNameFilter(export.markdown_filter() if chosen == "markdown" else export.text_filter())
    dialog.selectFile(str(tmp_path / name))
    dialog.accept()
    target = tmp_path / (name if name.endswith(".md") else f"{name}.{fmt}")
    assert target.is_file()
    with DraftStore(data_dir) as store:
        assert target.read_bytes() == render_readable(store, form, halland_id, fmt).encode("utf-8")
        assert store.current_values(halland_id)["23"].endswith(" Skrivet nyss.")
    assert "Skrivet nyss." in target.read_text("utf-8")
    assert str(target) in hwindow.statusBar().currentMessage()


def test_export_error_is_shown_in_a_message_box(hwindow, tmp_path):
    missing = tmp_path / "finns-inte" / "svar.txt"
    assert not hwindow.text_export.export(missing, "txt")
    box = hwindow.text_export.error_box
    assert box is not None and box.isVisible()
    assert "finns inte" in box.informativeText()
    assert not missing.exists()
    box.close()


def test_export_refuses_while_edits_cannot_be_saved(hwindow, tmp_path, monkeypatch):
    """An export must never write what the editor could not store (e.g. a full disk)."""
    out = tmp_path / "svar.txt"
    monkeypatch.setattr(hwindow.session, "flush", lambda: False)
    assert not hwindow.text_export.export(out, "txt")
    box = hwindow.text_export.error_box
    assert box is not None and "inte sparade" in box.informativeText()
    assert not out.exists()
    box.close()
    monkeypatch.undo()  # closing the window flushes for real


def test_actions_disabled_without_a_draft(make_window, empty_draft):
    window = make_window(open_last=False)
    assert window.session is None
    for name in ("transfer-mode", "submission-checklist", "pii-words", "new-round", "export-text"):
        assert not window.registry.action(name).isEnabled(), name
    window.open_draft(empty_draft)
    for name in ("transfer-mode", "submission-checklist", "pii-words", "new-round", "export-text"):
        assert window.registry.action(name).isEnabled(), name


def test_transfer_mode_behind_a_tab_comes_to_the_front(qtbot, hwindow):
    transfer = _open_transfer(qtbot, hwindow)
    dock = hwindow.registry.docks["transfer"]
    assert dock in hwindow.tabifiedDockWidgets(hwindow.validation_dock)
    hwindow.validation_dock.raise_()
    qtbot.waitUntil(lambda: dock.visibleRegion().isEmpty())
    hwindow.registry.action("transfer-mode").trigger()  # Ctrl+Shift+T
    qtbot.waitUntil(lambda: not dock.visibleRegion().isEmpty())
    assert hwindow.registry.action("transfer-mode").isChecked() and transfer.isVisible()


def test_transfer_mode_opened_right_after_typing_shows_the_new_text(qtbot, hwindow):
    assert hwindow.submission.transfer is None  # made when first shown, not at every open
    edit = hwindow.form_view.field_widget("23").edit
    edit.setFocus()
    qtbot.keyClicks(edit, " Nyss skrivet.")
    assert hwindow.session.has_pending()
    transfer = _open_transfer(qtbot, hwindow)
    assert transfer.item.number == "23"
    assert transfer.current_text.text.endswith(" Nyss skrivet.")

"""Arkiv → Ny omgång…: a draft for next year's form from the open one (core.carry), opened
at once; carried answers are marked "Från föregående år" until edited or kept. The data
dir gets the fixture form tests/fixtures/forms/test-gnv-2025.json the way
`naravard forms add` installs it (the data dir's forms folder)."""

from __future__ import annotations

import shutil

import pytest
from conftest import FIXTURES, FORM_ID
from PySide6.QtCore import Qt

from naravard_desktop.core.storage import paths
from naravard_desktop.core.storage.store import DraftStore
from naravard_desktop.core.submission.carry import carried_fields

NEW_FORM_ID = "test-gnv-2025"


@pytest.fixture
def halland_id(data_dir, halland_answers) -> str:  # type: ignore[no-untyped-def]
    forms_dir = paths.user_forms_dir(data_dir)
    forms_dir.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(FIXTURES / "forms" / f"{NEW_FORM_ID}.json", forms_dir / f"{NEW_FORM_ID}.json")
    with DraftStore(data_dir) as store:
        store.set_editor_name("Anna")
        draft = store.create_draft(FORM_ID, "Svar 2024", "Region Halland")
        store.set_values(draft.id, halland_answers)
        return draft.id


@pytest.fixture
def new_round_window(qtbot, make_window, halland_id):  # type: ignore[no-untyped-def]
    window = make_window(draft_id=halland_id)
    window.registry.action("new-round").trigger()
    dialog = window.new_round.dialog
    assert dialog is not None and dialog.isVisible()
    assert [dialog.form_choice.itemData(i) for i in range(dialog.form_choice.count())] == [NEW_FORM_ID]
    assert dialog.title_edit.text() == "Svar 2025" and dialog.region_edit.text() == "Region Halland"
    dialog.title_edit.setText("Svar 2025 (Halland)")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert window.session.form.id == NEW_FORM_ID
    box = window.new_round.result_box
    assert box is not None and "svar fördes över" in box.text() and "17" in box.informativeText()
    box.close()
    return window


def test_new_round_creates_and_opens_the_draft_with_carried_values(new_round_window, data_dir, halland_id, halland_answers):
    window = new_round_window
    new_id = window.session.draft_id
    assert new_id != halland_id
    with DraftStore(data_dir) as store:
        draft = store.draft(new_id)
        assert (draft.form_id, draft.title, draft.region) == (NEW_FORM_ID, "Svar 2025 (Halland)", "Region Halland")
        values = store.current_values(new_id)
        assert values["5a"] == halland_answers["7a"] and values["9"] == halland_answers["36"]
        assert "5a" in carried_fields(store, new_id)
    assert window.form_view.field_widget("5a").text() == halland_answers["7a"]
    assert "svar fördes över från föregående år" in window.statusBar().currentMessage()
    assert window.new_round.mark_text("5a").startswith("↺ Från föregående år: svaret")
    assert window.new_round.mark_text("18") == "↺ Från föregående år: svaret, Andra åtgärder, ange vad – kontrollera, redigera eller behåll"
    assert window.new_round.mark_text("3") == ""  # question 3 is new: nothing carried


def test_editing_a_carried_answer_removes_its_mark(qtbot, new_round_window, data_dir):
    window = new_round_window
    new_id = window.session.draft_id
    edit = window.form_view.field_widget("5a").edit
    edit.setFocus()
    qtbot.keyClicks(edit, " Uppdaterat 2025.")
    assert window.new_round.mark_text("5a") == ""
    assert window.new_round.marks["5a"].isHidden()
    assert window.session.flush()
    with DraftStore(data_dir) as store:
        carried = carried_fields(store, new_id)
    assert "5a" not in carried and "2a" in carried
    assert window.new_round.mark_text("2a")


def test_keep_button_and_keep_all(qtbot, new_round_window, data_dir):
    window = new_round_window
    new_id = window.session.draft_id
    mark = window.new_round.marks["2a"]
    qtbot.mouseClick(mark.keep_button, Qt.MouseButton.LeftButton)
    with DraftStore(data_dir) as store:
        carried = carried_fields(store, new_id)
        assert "2a" not in carried and "5a" in carried
        assert store.current_values(new_id)["2a"]  # the value stays
    assert mark.isHidden() and window.new_round.mark_text("2a") == ""
    assert window.go_to_question("8")
    window.registry.action("keep-carried-question").trigger()
    with DraftStore(data_dir) as store:
        assert "8" not in carried_fields(store, new_id)
    window.registry.action("keep-carried-all").trigger()
    with DraftStore(data_dir) as store:
        assert carried_fields(store, new_id) == set()
    assert all(m.isHidden() for m in window.new_round.marks.values())
    assert not window.registry.action("keep-carried-all").isEnabled()
    assert "svar behålls som årets svar" in window.statusBar().currentMessage()


def test_carried_answer_is_flagged_in_transfer_mode(qtbot, new_round_window):
    window = new_round_window
    window.go_to_question("5a")
    window.registry.action("transfer-mode").trigger()
    transfer = window.submission.transfer
    qtbot.waitUntil(lambda: transfer.item is not None and transfer.item.number == "5a")
    assert "från föregående år" in transfer.flags_label.text()


def test_no_newer_form_says_how_to_add_one(make_window, empty_draft):
    window = make_window(draft_id=empty_draft)
    assert window.new_round.ask_new_round() is None
    assert "Nytt formulär från dokument" in window.statusBar().currentMessage()


def test_edit_undone_before_the_autosave_keeps_the_mark(qtbot, new_round_window, data_dir):
    window = new_round_window
    new_id = window.session.draft_id
    edit = window.form_view.field_widget("2a").edit
    edit.setFocus()
    qtbot.keyClicks(edit, " x")
    assert window.new_round.mark_text("2a") == ""
    window.undo_stack.undo()
    assert window.session.flush()
    qtbot.waitUntil(lambda: window.new_round.mark_text("2a") != "", timeout=2000)
    with DraftStore(data_dir) as store:
        assert "2a" in carried_fields(store, new_id)  # the store agrees: nothing was written


def test_carried_marks_survive_a_language_switch(qtbot, new_round_window):
    window = new_round_window
    old_view = window.form_view
    window.set_language("en")
    qtbot.waitUntil(lambda: window.form_view is not old_view and window.new_round.mark_text("5a") != "", timeout=3000)
    assert window.new_round.marks["5a"].parentWidget() is window.form_view.cards["5a"]
    window.set_language("sv")

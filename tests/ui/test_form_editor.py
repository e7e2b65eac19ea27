"""Arkiv › Nytt formulär från dokument…: the form editor driven through its real widgets.

The form opened is tests/fixtures/forms/test-gnv-2025.json (next year's form, mapping to
the bundled 2024 form); a Halland 2024 draft is open in the main window, so "Ny omgång…"
can start the new draft from its answers once the edited form is saved.
"""

from __future__ import annotations

import json

import pytest
from conftest import FIXTURES, FORM_ID
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from naravard_desktop.core.forms import form_edit as fe
from naravard_desktop.core.forms.model import load_form
from naravard_desktop.core.storage import paths
from naravard_desktop.core.storage.store import DraftStore
from naravard_desktop.ui.forms.form_editor import open_editor

NEW_FORM = FIXTURES / "forms" / "test-gnv-2025.json"
NEW_FORM_ID = "test-gnv-2025"


@pytest.fixture
def halland_id(data_dir, halland_answers) -> str:  # type: ignore[no-untyped-def]
    with DraftStore(data_dir) as store:
        store.set_editor_name("Anna")
        draft = store.create_draft(FORM_ID, "Svar 2024", "Region Halland")
        store.set_values(draft.id, halland_answers)
        return draft.id


@pytest.fixture
def main_window(make_window, halland_id):  # type: ignore[no-untyped-def]
    return make_window(draft_id=halland_id)


@pytest.fixture
def editor(qtbot, main_window):  # type: ignore[no-untyped-def]
    editor = open_editor(main_window, NEW_FORM)
    assert editor is not None
    qtbot.waitExposed(editor)
    yield editor
    editor.undo_stack.setClean()
    editor.saved_path = editor.saved_path or NEW_FORM  # closing without the "Spara?" question
    editor.close()


def choose(qtbot, combo: QComboBox, data: object) -> None:  # type: ignore[no-untyped-def]
    """Pick an entry of a closed combo box with the arrow keys, as a keyboard user does."""
    target = combo.findData(data)
    assert target >= 0, (data, [combo.itemData(i) for i in range(combo.count())])
    combo.setFocus()
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    for _ in range(abs(target - combo.currentIndex())):
        qtbot.keyClick(combo, key)
    assert combo.currentIndex() == target


def test_the_menu_opens_it_and_the_preview_uses_the_editors_question_cards(main_window, editor) -> None:
    action = main_window.registry.action("form-from-document")
    assert action.text().replace("&", "") == "Nytt formulär från dokument…"
    assert editor.preview is not None
    assert editor.preview.cards.keys() == {q.number for q in load_form(NEW_FORM).questions()}
    # every question is shown (a follow-up too), nothing can be answered
    assert all(not card.isHidden() for card in editor.preview.cards.values())
    assert editor.preview.answers_read_only
    from PySide6.QtWidgets import QPlainTextEdit

    boxes = editor.preview.container.findChildren(QPlainTextEdit)
    texts = [q for q in load_form(NEW_FORM).questions() if q.type == "text"]
    assert len(boxes) >= len(texts) > 0 and all(box.isReadOnly() and box.focusPolicy() == Qt.FocusPolicy.NoFocus for box in boxes)
    assert editor.problems == [] and editor.save_action.isEnabled()
    assert "5 frågor" not in editor.problem_label.text() and "går att läsa in" in editor.problem_label.text()


def test_a_click_on_a_card_in_the_preview_edits_that_question(qtbot, editor) -> None:
    card = editor.preview.cards["18"]
    editor.select("18")
    editor.select("2")
    assert card.text_label.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # a click on it reaches the card
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert editor.current == "18" and editor.panel.number_edit.text() == "18"
    assert card.lineWidth() == 2


def test_every_pane_has_a_key(qtbot, editor) -> None:
    keys = [a.shortcut().toString() for a in editor.pane_actions]
    assert keys == [f"Ctrl+{i}" for i in range(1, 8)]
    editor.pane_actions[5].trigger()
    assert editor.right_tabs.currentWidget() is editor.mapping_table and editor.mapping_table.hasFocus()
    editor.pane_actions[3].trigger()
    assert editor.right_tabs.currentIndex() == 0 and editor.panel.number_edit.hasFocus()
    editor.pane_actions[1].trigger()
    assert editor.question_list.hasFocus()


def test_a_language_switch_rebuilds_the_window_around_the_same_form(qtbot, editor) -> None:
    from naravard_desktop.ui import i18n

    editor.select("2")
    editor.panel.text_edit.setFocus()
    editor.panel.text_edit.moveCursor(editor.panel.text_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.panel.text_edit, " Nu")
    try:
        assert i18n.install_language("en")
        qtbot.waitUntil(lambda: editor.menuBar().actions()[0].text() == "&File")
        assert editor.right_tabs.tabText(0) == "Question 2" and editor.panel.type_combo.currentText() == "Single choice"
        assert editor.current == "2" and fe.question(editor.data, "2")["text"].endswith(" Nu")
        assert editor.undo_action.isEnabled() and editor.undo_action.toolTip().startswith("Undo: ")
        editor.undo_action.trigger()
        assert not fe.question(editor.data, "2")["text"].endswith(" Nu")
        assert editor.preview is not None and "2" in editor.preview.cards
    finally:
        i18n.install_language("sv")
    qtbot.waitUntil(lambda: editor.menuBar().actions()[0].text() == "&Arkiv")


def test_edit_a_question_text_then_undo_with_the_keyboard(qtbot, editor) -> None:
    editor.select("2")
    panel = editor.panel
    panel.text_edit.setFocus()
    panel.text_edit.moveCursor(panel.text_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(panel.text_edit, " (nytt i år)")
    assert fe.question(editor.data, "2")["text"].endswith(" (nytt i år)")
    assert editor.undo_stack.count() == 1  # one step for one stretch of typing
    qtbot.waitUntil(lambda: editor.preview.cards["2"].text_label.text().endswith("(nytt i år)"))
    qtbot.keyClick(panel.text_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not fe.question(editor.data, "2")["text"].endswith("(nytt i år)")
    assert not panel.text_edit.toPlainText().endswith("(nytt i år)")
    qtbot.keyClick(panel.text_edit, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert fe.question(editor.data, "2")["text"].endswith(" (nytt i år)")


def test_an_empty_text_is_shown_as_a_problem_and_blocks_saving(qtbot, editor) -> None:
    editor.select("2")
    editor.panel.text_edit.selectAll()
    qtbot.keyClick(editor.panel.text_edit, Qt.Key.Key_Delete)
    assert editor.problems and editor.problems[0].question == "2"
    assert "fråga 2" in editor.problem_label.text() and not editor.save_action.isEnabled()
    editor.undo_action.trigger()
    assert not editor.problems and editor.save_action.isEnabled()


def test_change_the_type_and_the_panel_and_preview_follow(qtbot, editor) -> None:
    editor.select("18")
    panel = editor.panel
    assert fe.question(editor.data, "18")["type"] == "multi"
    choose(qtbot, panel.type_combo, "single")
    q = fe.question(editor.data, "18")
    assert q["type"] == "single" and q["exclusive_options"] == []
    assert editor.undo_stack.undoText().startswith("Fråga 18: typ")
    assert panel.options_edit.isVisibleTo(panel) and not panel.exclusive_list.isVisibleTo(panel)
    editor.refresh_views()
    assert editor.preview.cards["18"].question.type == "single"
    editor.undo_stack.undo()
    assert fe.question(editor.data, "18")["type"] == "multi"


def test_rename_an_option_and_its_condition_follows(qtbot, editor) -> None:
    editor.select("2")
    panel = editor.panel
    panel.options_edit.setFocus()
    panel.options_edit.moveCursor(panel.options_edit.textCursor().MoveOperation.Start)
    panel.options_edit.moveCursor(panel.options_edit.textCursor().MoveOperation.EndOfLine)
    qtbot.keyClicks(panel.options_edit, ", helt")
    assert fe.question(editor.data, "2")["options"][0] == "Ja, helt"
    assert fe.question(editor.data, "2a")["condition"]["value"] == "Ja, helt"
    assert not editor.problems


def test_build_a_condition_with_the_pickers(qtbot, editor) -> None:
    editor.select("3")
    panel = editor.panel
    assert fe.question(editor.data, "3")["condition"] is None
    panel.condition_check.setFocus()
    qtbot.keyClick(panel.condition_check, Qt.Key.Key_Space)
    assert fe.question(editor.data, "3")["condition"] is not None
    choose(qtbot, panel.cond_question, "2")
    assert fe.question(editor.data, "3")["condition"] == {"question": "2", "rule": "equals", "value": "Ja"}
    choose(qtbot, panel.cond_rule, "not_equals")
    choose(qtbot, panel.cond_value, "Nej")
    assert fe.question(editor.data, "3")["condition"] == {"question": "2", "rule": "not_equals", "value": "Nej"}
    assert not editor.problems
    editor.refresh_views()
    assert "2" in editor.preview.cards["3"].condition_label.text()
    # a matrix: the row picker appears for "raden är"
    choose(qtbot, panel.cond_question, "8")
    choose(qtbot, panel.cond_rule, "row_equals")
    assert panel.cond_row.isVisibleTo(panel)
    cond = fe.question(editor.data, "3")["condition"]
    assert cond["rule"] == "row_equals" and cond["row"] in fe.question(editor.data, "8")["rows"]
    assert not editor.problems
    qtbot.keyClick(panel.condition_check, Qt.Key.Key_Space)
    assert fe.question(editor.data, "3")["condition"] is None


def test_renumber_a_question_and_its_mapping_and_conditions_follow(qtbot, editor) -> None:
    editor.select("5")
    panel = editor.panel
    panel.number_edit.setFocus()
    panel.number_edit.selectAll()
    qtbot.keyClicks(panel.number_edit, "2a")
    assert panel.number_note.isVisibleTo(panel) and "finns redan" in panel.number_note.text()
    panel.number_edit.selectAll()
    qtbot.keyClicks(panel.number_edit, "6")
    qtbot.keyClick(panel.number_edit, Qt.Key.Key_Return)
    assert editor.current == "6" and fe.question(editor.data, "6")
    assert fe.question(editor.data, "5a")["condition"]["question"] == "6"
    assert editor.data["mapping"]["6"] == "7"
    editor.undo_stack.undo()
    assert editor.current == "5" and editor.data["mapping"]["5"] == "7"


def test_add_and_remove_a_question(qtbot, editor) -> None:
    editor.select("18")
    editor.add_action.trigger()
    assert editor.current == "18a" and fe.question(editor.data, "18a")["type"] == "text"
    qtbot.keyClicks(editor.panel.text_edit, "En helt ny fråga?")
    assert fe.question(editor.data, "18a")["text"] == "En helt ny fråga?"
    editor.remove_action.trigger()
    with pytest.raises(fe.EditError):
        fe.question(editor.data, "18a")


def test_the_guesses_list_goes_to_the_question(qtbot, main_window) -> None:
    imported = fe.Imported(json.loads(NEW_FORM.read_text("utf-8")), [{"question": "18", "field": "type", "message": "typen gissad"}])
    from naravard_desktop.ui.forms.form_editor import FormEditorWindow

    editor = FormEditorWindow(imported, main_window.data_dir, main_window.forms)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.left_tabs.tabText(0) == "Att granska (1)"
    item = editor.guess_list.item(0)
    assert "Fråga 18: typen gissad" in item.text()
    editor.select("2")
    editor.next_guess_action.trigger()
    assert editor.current == "18" and editor.panel.number_edit.text() == "18"
    editor.undo_stack.setClean()
    editor.saved_path = NEW_FORM


def test_edit_the_mapping_save_and_start_the_new_round_from_it(qtbot, main_window, editor, data_dir, halland_answers) -> None:
    editor.right_tabs.setCurrentWidget(editor.mapping_table)
    table = editor.mapping_table
    keys = [table.item(r, 0).text().split(":", 1)[0] for r in range(table.rowCount())]
    row = keys.index("4")
    combo = table.cellWidget(row, 1)
    assert combo.currentData() == ""  # a new question: nothing carried
    assert table.item(row, 2).text() == "ny"
    choose(qtbot, combo, "7a")  # a text carried into a text
    assert editor.data["mapping"]["4"] == "7a" and not editor.problems
    assert table.item(keys.index("4"), 2).text().endswith("%")
    assert table.cellWidget(keys.index("5"), 1).currentData() == "7"
    editor.save_action.trigger()
    saved = paths.user_forms_dir(data_dir) / f"{NEW_FORM_ID}.json"
    assert editor.saved_path == saved and editor.undo_stack.isClean()
    form = load_form(saved)
    assert form.mapping["4"] == "7a" and form.previous_form == FORM_ID
    assert "Ny omgång" in editor.saved_box.text()
    editor.saved_box.close()
    assert main_window.forms.get(NEW_FORM_ID) is not None
    # Arkiv › Ny omgång… offers the saved form and carries through its mapping
    main_window.registry.action("new-round").trigger()
    dialog = main_window.new_round.dialog
    assert [dialog.form_choice.itemData(i) for i in range(dialog.form_choice.count())] == [NEW_FORM_ID]
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    main_window.new_round.result_box.close()
    assert main_window.session.form.id == NEW_FORM_ID
    with DraftStore(data_dir) as store:
        values = store.current_values(main_window.session.draft_id)
    assert values["4"] == halland_answers["7a"] and values["5a"] == halland_answers["7a"]


def test_saving_over_the_bundled_form_is_refused_with_a_message(qtbot, main_window) -> None:
    from naravard_desktop.ui.forms.form_editor import FormEditorWindow

    bundled = json.loads((paths.bundled_forms_dir() / f"{FORM_ID}.json").read_text("utf-8"))
    editor = FormEditorWindow(fe.Imported(bundled), main_window.data_dir, main_window.forms)
    qtbot.addWidget(editor)
    assert not editor.save()
    assert "revision" in editor.refused_box.text()
    editor.refused_box.close()
    editor.right_tabs.setCurrentIndex(1)
    spin = editor.detail_edits["revision"]
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert editor.data["revision"] == 2
    assert editor.save()
    assert load_form(paths.user_forms_dir(main_window.data_dir) / f"{FORM_ID}.json").revision == 2


def test_a_printout_is_read_by_the_importer_with_its_guesses_and_mapping(qtbot, main_window) -> None:
    """The web form's printout of 2024 as Markdown (read by core.form_import), opened with
    the 2024 form as last year's: the importer's id differs, so a mapping is proposed."""
    printout = FIXTURES / "printout-2024-halland.md"
    editor = open_editor(main_window, printout)
    assert editor is not None  # a child of the main window: closed with it
    assert not editor.problems and editor.loaded is not None and len(editor.loaded.answerable_questions()) == 53
    assert editor.data["previous_form"] == FORM_ID and editor.data["mapping"]["1a"] == "1a"
    guesses = [editor.guess_list.item(i).text() for i in range(editor.guess_list.count())]
    assert any(text.startswith("Fråga 15:") and "5." in text for text in guesses)
    row = guesses.index(next(t for t in guesses if t.startswith("Fråga 15:")))
    editor.guess_list.setCurrentRow(row)
    editor._on_list_item(editor.guess_list.item(row))
    assert editor.current == "15" and editor.panel.printed_edit.text() == "5."
    editor.right_tabs.setCurrentWidget(editor.changes_list)
    changes = [editor.changes_list.item(i).text() for i in range(editor.changes_list.count())]
    assert changes and not any(text.startswith("Ny fråga") for text in changes)  # the same questions as 2024
    # a pairing the user picks is scored with the importer's own measure
    editor.right_tabs.setCurrentWidget(editor.mapping_table)
    table = editor.mapping_table
    keys = [table.item(r, 0).text().split(":", 1)[0] for r in range(table.rowCount())]
    assert table.item(keys.index("2"), 2).text() == "100 %"
    choose(qtbot, table.cellWidget(keys.index("2"), 1), "4")
    assert editor.data["mapping"]["2"] == "4"
    assert table.item(keys.index("2"), 2).text() == f"{round(fe.pair_similarity(editor.loaded, '2', editor.previous, '4') * 100)} %"
    assert editor.data["mapping"]["2"] == "4" and not editor.problems
    editor.undo_stack.setClean()
    editor.saved_path = printout  # closing without the "Spara?" question
    editor.close()


def test_an_unreadable_document_is_refused_with_one_line(qtbot, main_window, tmp_path) -> None:
    from PySide6.QtWidgets import QMessageBox

    def refusal() -> str:
        box = main_window.findChild(QMessageBox, "form-import-refused")
        assert box is not None and box.isVisible()
        text = box.text()
        box.close()
        qtbot.waitUntil(lambda: main_window.findChild(QMessageBox, "form-import-refused") is None)
        return str(text)

    broken = tmp_path / "enkat.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    assert open_editor(main_window, broken) is None
    said = refusal()
    assert "enkat.docx" in said and "\n" not in said
    unknown = tmp_path / "enkat.pdf"
    unknown.write_bytes(b"%PDF-1.4")
    assert open_editor(main_window, unknown) is None
    assert "okänt" in refusal()

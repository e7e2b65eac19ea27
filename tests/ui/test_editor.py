"""The editor drives real widgets: counts, paste, conditions, exclusive options, undo, autosave."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication

from naravard_desktop.core.submission.validation import progress
from naravard_desktop.ui.widgets.count_label import CountLabel


def click(qtbot, button):  # type: ignore[no-untyped-def]
    """Click on the indicator: a stretched button's centre may be outside its click area."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(6, button.height() // 2))


def text_field(window, key):  # type: ignore[no-untyped-def]
    return window.form_view.field_widget(key)


def test_typing_updates_the_live_count(qtbot, window):
    field = text_field(window, "17")
    assert field.count.text() == "0 / 1000 tecken"
    qtbot.keyClicks(field.edit, "Hej då")
    assert field.count.text() == "6 / 1000 tecken"
    assert window.session.value("17") == "Hej då"
    field.edit.insertPlainText("😀")  # QTest cannot type outside Latin-1
    assert field.count.text() == "8 / 1000 tecken"  # an emoji counts 2, as in the browser
    assert "emoji" in field.count.risk_text()


def test_count_turns_near_then_over_and_says_how_much(window):
    field = text_field(window, "17")
    field.edit.setPlainText("a" * 950)
    assert field.count.state == "near"
    field.edit.setPlainText("a" * 1191)
    assert field.count.state == "over"
    assert field.count.text() == "1191 / 1000 tecken – 191 tecken för mycket"


def test_pasting_past_the_limit_keeps_everything_and_warns(qtbot, window, data_dir, empty_draft, stored_values):
    long_text = ("Lång rad med text om nära vård. " * 120)[:3400]
    QGuiApplication.clipboard().setText(long_text)
    field = text_field(window, "17")
    field.edit.setFocus()
    field.edit.paste()
    assert field.edit.toPlainText() == long_text
    assert window.session.value("17") == long_text
    assert field.count.over_by == 2400
    assert "2400 tecken för lång" in window.statusBar().currentMessage()
    assert "Ingenting har tagits bort" in window.statusBar().currentMessage()
    window.session.flush()
    assert stored_values(data_dir, empty_draft)["17"] == long_text
    qtbot.waitUntil(lambda: any(p.kind == "over_limit" for p in window.validation_panel.problems))


def test_toggling_10_shows_hides_10a_and_parks_its_answer(qtbot, window, data_dir, empty_draft, stored_values):
    card_10 = window.form_view.cards["10"]
    card_10a = window.form_view.cards["10a"]
    assert card_10a.isHidden()
    assert card_10a.condition_label.text() == "Besvaras om fråga 10 är Ja"
    assert any("fråga 11" in label.text() for label in card_10a.findChildren(type(card_10a.condition_label)))
    yes, no = card_10.editor.buttons
    click(qtbot, yes)
    assert window.session.value("10") == "Ja"
    assert not card_10a.isHidden()
    qtbot.keyClicks(text_field(window, "10a").edit, "Effekter")
    click(qtbot, no)
    assert card_10a.isHidden()
    assert window.session.value("10a") == "Effekter"  # parked, not deleted
    window.refresh_status()
    assert [p.ref.key for p in window.parked_panel.parked] == ["10a"]
    assert window.parked_panel.summary.text().startswith("1 parkerat svar.")  # singular
    assert "‖" in window.navigator.items["10a"].text(0)
    window.session.flush()
    assert stored_values(data_dir, empty_draft)["10a"] == "Effekter"
    assert window.parked_actions.restore("10a")
    assert window.session.value("10") == "Ja"
    assert not card_10a.isHidden()


def test_deleting_a_parked_answer_needs_confirmation_and_can_be_undone(qtbot, window):
    window.session.set_values({"10": "Nej", "10a": "Gammal text"})
    window.form_view.apply_conditions()
    assert window.parked_actions.delete("10a", confirmed=True)
    assert window.session.value("10a") is None
    window.undo_stack.undo()
    assert window.session.value("10a") == "Gammal text"


def test_exclusive_option_clears_the_others_and_the_reverse(qtbot, window):
    field = window.form_view.field_widget("18")
    question = field.question
    exclusive = question.exclusive_options[0]
    buttons = dict(zip(question.options, field.buttons, strict=True))
    first, second = [o for o in question.options if o not in question.exclusive_options][:2]
    click(qtbot, buttons[first])
    click(qtbot, buttons[second])
    assert window.session.value("18") == [first, second]
    click(qtbot, buttons[exclusive])
    assert window.session.value("18") == [exclusive]
    assert not buttons[first].isChecked() and buttons[exclusive].isChecked()
    click(qtbot, buttons[first])
    assert window.session.value("18") == [first]
    assert not buttons[exclusive].isChecked()


def test_other_text_is_enabled_only_when_its_option_is_chosen(qtbot, window):
    field = window.form_view.field_widget("18")
    other_key = "18 / Andra åtgärder, ange vad"
    detail = window.form_view.field_widget(other_key)
    assert not detail.isEnabled()
    option_index = field.question.options.index("Andra åtgärder, ange vad")
    click(qtbot, field.buttons[option_index])
    assert detail.isEnabled()
    qtbot.keyClicks(detail.edit, "Dialogmoten")
    assert window.session.value(other_key) == "Dialogmoten"
    click(qtbot, field.buttons[option_index])
    assert not detail.isEnabled()
    assert window.session.value(other_key) == "Dialogmoten"


def test_undo_redo_across_fields_and_typing_merges(qtbot, window):
    qtbot.keyClicks(text_field(window, "3").edit, "abc")
    qtbot.keyClicks(text_field(window, "17").edit, "xyz")
    assert window.undo_stack.count() == 2  # one step per field, not per key
    assert window.isWindowModified()
    window.undo_stack.undo()
    assert window.session.value("17") is None
    assert text_field(window, "17").edit.toPlainText() == ""
    window.undo_stack.undo()
    assert text_field(window, "3").edit.toPlainText() == ""
    window.undo_stack.redo()
    assert text_field(window, "3").edit.toPlainText() == "abc"
    assert window.session.value("3") == "abc"


def test_typing_stays_one_step_across_autosaves_until_the_focus_leaves(qtbot, window, data_dir, empty_draft, stored_values):
    edit = text_field(window, "3").edit
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClicks(edit, "abc")
    assert window.session.flush()
    qtbot.waitUntil(lambda: not window.isWindowModified())
    qtbot.keyClicks(edit, "def")
    assert window.isWindowModified()
    assert window.undo_stack.count() == 1
    assert window.session.flush()
    assert stored_values(data_dir, empty_draft)["3"] == "abcdef"
    other = text_field(window, "17").edit
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClicks(edit, "g")
    assert window.undo_stack.count() == 2  # coming back to the field starts a new step
    window.undo_stack.undo()
    assert edit.toPlainText() == "abcdef"
    window.undo_stack.undo()
    assert edit.toPlainText() == ""


def test_ctrl_z_in_a_text_box_uses_the_window_stack(qtbot, window):
    edit = text_field(window, "3").edit
    edit.setFocus()
    qtbot.keyClicks(edit, "abc")
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert edit.toPlainText() == ""
    assert window.session.value("3") is None


def test_autosave_reaches_the_database_and_marks_clean(qtbot, window, data_dir, empty_draft, stored_values):
    qtbot.keyClicks(text_field(window, "3").edit, "Sparas automatiskt")
    assert "3" not in stored_values(data_dir, empty_draft)  # not written per keystroke
    qtbot.waitUntil(lambda: stored_values(data_dir, empty_draft).get("3") == "Sparas automatiskt", timeout=3000)
    qtbot.waitUntil(lambda: window.saved_label.text().startswith("Sparat "))
    qtbot.waitUntil(lambda: not window.isWindowModified())


def test_matrix_number_and_checkbox_fields(qtbot, window, data_dir, empty_draft, stored_values):
    matrix = window.form_view.field_widget("15")
    row = matrix.question.rows[3]
    click(qtbot, matrix.groups[3].button(0))
    assert window.session.value("15") == {row: "Ja"}
    detail_key = f"15 / {row} / Om ja, beskriv hur:"
    detail = window.form_view.field_widget(detail_key)
    assert detail.isEnabled()
    assert not window.form_view.field_widget(f"15 / {matrix.question.rows[0]} / Om ja, beskriv hur:").isEnabled()
    number = window.form_view.field_widget("35")
    qtbot.keyClicks(number.edit, "12,5")
    assert window.session.value("35") == 12.5
    qtbot.keyClicks(number.edit, "x")
    assert number.error.text()
    assert window.session.value("35") == "12,5x"  # kept as typed, flagged (issue 13)
    qtbot.keyClick(number.edit, Qt.Key.Key_Backspace)
    assert window.session.value("35") == 12.5 and not number.error.text()
    check = window.form_view.field_widget("36 / Antalet kan inte anges")
    click(qtbot, check)
    assert window.session.value("36 / Antalet kan inte anges") is True
    window.close()
    stored = stored_values(data_dir, empty_draft)
    assert stored["15"] == {row: "Ja"} and stored["35"] == 12.5 and stored["36 / Antalet kan inte anges"] is True


def test_every_input_has_an_accessible_name_with_its_question(window):
    from PySide6.QtWidgets import QAbstractButton, QLineEdit, QPlainTextEdit

    for number, card in window.form_view.cards.items():
        for widget in card.findChildren(QLineEdit) + card.findChildren(QPlainTextEdit) + card.findChildren(QAbstractButton):
            name = widget.accessibleName()
            assert card.question.display_number in name, (number, name)


def test_navigator_progress_and_jumps(qtbot, make_window, halland_draft, form, halland_answers):
    window = make_window(draft_id=halland_draft)
    answered, asked = progress(form, halland_answers)
    assert window.navigator.progress.text() == f"{answered} av {asked} besvarade"
    assert window.navigator.items["15"].text(0).split()[1] == "5"  # as printed
    assert window.go_to_question("1 a")
    assert window.current_question() == "1a"
    assert not window.go_to_question("99")


def test_next_unanswered_and_find(qtbot, window):
    window.session.set_values({"1a": "Svar", "1b": "Svar"})
    window.go_to_question("1a")
    assert window.next_unanswered()
    assert window.current_question() == "1c"
    window.find_bar.open()
    qtbot.keyClicks(window.find_bar.edit, "ambulans")
    assert window.find_bar.find_all("ambulans")
    assert window.find_bar.find_next()
    assert window.current_question() == "27"
    window.session.set_values({"31": "Vi har bra AMBULANSER."})
    window.find_bar.edit.setText("ambulanser")
    assert window.find_bar.find_next()
    assert window.form_view.field_widget("31").edit.textCursor().selectedText() == "AMBULANSER"


def test_count_label_never_relayouts(qtbot):
    label = CountLabel(1000)
    qtbot.addWidget(label)
    size = label.size()
    label.set_text("x" * 5000)
    assert label.size() == size


def test_undo_actions_are_qts_and_survive_a_language_switch(qtbot, window):
    """Ångra/Gör om are made by the window's QUndoGroup (named after the next step,
    enabled by Qt); reviewer mode switches the group off; a language switch remakes them
    in the same menu place."""
    qtbot.keyClicks(text_field(window, "3").edit, "abc")
    undo = window.registry.action("undo")
    assert undo.isEnabled() and undo.text().startswith("&Ångra ") and len(undo.text()) > len("&Ångra ")
    window.set_answers_undoable(False)
    assert not undo.isEnabled() and window.undo_stack.canUndo()
    window.set_answers_undoable(True)
    assert undo.isEnabled()
    try:
        assert window.set_language("en")
        qtbot.waitUntil(lambda: window.registry.action("undo").text().startswith("&Undo "))
        undo = window.registry.action("undo")
        assert undo in window.registry.menus["edit"].actions() and undo.shortcuts()
        undo.trigger()
        assert text_field(window, "3").edit.toPlainText() == ""
        assert window.registry.action("redo").isEnabled()
    finally:
        window.set_language("sv")

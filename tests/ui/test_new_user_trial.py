"""Issue 13: what a coordinator and a reviewer met in the app, tried as a new user would.

Each test goes through the real widgets; where a point is about the keyboard, through
key presses (qtbot.keyClick) on the focused widget.
"""

from __future__ import annotations

import io

import pypdf
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from naravard_desktop.core.document import build_document
from naravard_desktop.core.pdf import render_pdf
from naravard_desktop.core.store import DraftStore
from naravard_desktop.core.transfer import transfer_items


def focus(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    widget.window().activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


# -- 1. nothing typed is thrown away ------------------------------------------------------


def test_text_typed_in_a_percent_field_is_kept_checked_and_shown_in_pdf_and_transfer(
    qtbot, make_window, empty_draft, data_dir, stored_values, form
):
    window = make_window(draft_id=empty_draft)
    number = window.form_view.field_widget("35")
    focus(qtbot, number.edit)
    qtbot.keyClicks(number.edit, "ca 40")
    assert "Inte ett tal" in number.error.text()
    assert window.save_now() is None and stored_values(data_dir, empty_draft)["35"] == "ca 40"
    window.refresh_validation()
    flagged = [p for p in window.validation_panel.problems if p.question == "35"]
    assert [p.kind for p in flagged] == ["invalid_number"] and "ca 40" in flagged[0].message
    assert any("ca 40" in window.validation_panel.list.item(i).text() for i in range(window.validation_panel.list.count()))
    window.close()
    again = make_window(draft_id=empty_draft)
    reopened = again.form_view.field_widget("35")
    assert reopened.edit.text() == "ca 40" and reopened.error.text()
    with DraftStore(data_dir) as store:
        item = next(i for i in transfer_items(store, form, empty_draft) if i.number == "35")
        assert [t.text for t in item.texts] == ["ca 40"] and "invalid_number" in [f.kind for f in item.flags]
        pdf = render_pdf(build_document(store, form, empty_draft))
    text = "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    assert "ca 40" in text


# -- 8. numbers keep one Swedish form -------------------------------------------------------


def test_a_number_keeps_its_swedish_grouping_after_undo_redo_and_reopen(qtbot, make_window, empty_draft, data_dir, stored_values):
    window = make_window(draft_id=empty_draft)
    number = window.form_view.field_widget("36")
    focus(qtbot, number.edit)
    qtbot.keyClicks(number.edit, "245 312")
    assert window.session.value("36") == 245312
    focus(qtbot, window.form_view.field_widget("35").edit)  # leave the field
    assert number.edit.text() == "245 312"
    focus(qtbot, number.edit)
    qtbot.keyClick(number.edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert number.edit.text() == "" and window.session.value("36") is None
    qtbot.keyClick(number.edit, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert number.edit.text() == "245 312"
    window.close()
    assert stored_values(data_dir, empty_draft)["36"] == 245312
    again = make_window(draft_id=empty_draft)
    assert again.form_view.field_widget("36").edit.text() == "245 312"
    # typed without the space: shown the same one way once the field is left
    field = again.form_view.field_widget("36")
    focus(qtbot, field.edit)
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, "1234567")
    focus(qtbot, again.form_view.field_widget("35").edit)
    assert field.edit.text() == "1 234 567" and again.session.value("36") == 1234567
    assert QApplication.focusWidget() is again.form_view.field_widget("35").edit


# -- 5. the conflict view resolves with the question's own controls ------------------------


def test_a_yes_no_clash_is_resolved_with_radio_buttons_and_shows_no_hashes(qtbot, tmp_path, form, halland_answers):
    from PySide6.QtWidgets import QLabel, QRadioButton

    from naravard_desktop.core.bundles import import_bundle, read_bundle, write_bundle
    from naravard_desktop.core.forms import FormRegistry
    from naravard_desktop.ui.conflict_view import ConflictView
    from naravard_desktop.ui.widgets.choice_field import ChoiceField

    forms = FormRegistry({form.id: form}, [])
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    with DraftStore(tmp_path / "a", editor_name="Anna") as anna, DraftStore(tmp_path / "b", editor_name="Bertil") as bertil:
        draft = anna.create_draft(form.id, "Svar 2024", "Region Halland")
        anna.set_values(draft.id, {k: v for k, v in halland_answers.items() if k != "10"}, kind="import")
        write_bundle(anna, form, draft.id, tmp_path / "start.naravard")
        import_bundle(bertil, forms, read_bundle(tmp_path / "start.naravard", forms))
        anna.set_values(draft.id, {"10": "Ja"})
        bertil.set_values(draft.id, {"10": "Nej"})
        write_bundle(anna, form, draft.id, tmp_path / "anna.naravard")
        import_bundle(bertil, forms, read_bundle(tmp_path / "anna.naravard", forms))
        view = ConflictView(bertil, form, draft.id)
        qtbot.addWidget(view)
        view.show()
        assert view.show_field("10")
        assert form.question("10").text in view.question_text.text()
        editor = view.value_editor
        assert isinstance(editor, ChoiceField) and view.editor_stack.currentWidget() is view.value_holder
        radios = editor.findChildren(QRadioButton)
        assert [r.isChecked() for r in radios] == [o == "Nej" for o in form.question("10").options]
        hashes = [rev.id[:8] for rev in view.current.versions]
        shown = [view.left_choice.itemText(i) for i in range(view.left_choice.count())]
        shown += [label.text() for label in view.findChildren(QLabel)]
        assert not any(h in text for h in hashes for text in shown)
        assert not any("JSON" in text for text in shown)
        yes = radios[form.question("10").options.index("Ja")]
        focus(qtbot, yes)
        qtbot.keyClick(yes, Qt.Key.Key_Space)
        assert view.value_choice.value == "Ja"
        with qtbot.waitSignal(view.resolved):
            view.save_combined.click()
        assert bertil.current_values(draft.id)["10"] == "Ja" and "10" not in bertil.conflicted_fields(draft.id)


# -- 2. no keyboard trap in the comment boxes; 3. reviewers select answer text by keyboard ----

ANSWER_17 = "Vi samverkar med kommunerna i en gemensam ledningsgrupp varje månad."


def _active(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    with qtbot.waitActive(window):  # window shortcuts need the active window
        pass


def test_tab_leaves_the_comment_boxes_and_ctrl_enter_posts(qtbot, make_window, empty_draft, data_dir):
    from naravard_desktop.core.forms import form_registry
    from naravard_desktop.core.review import Review

    window = make_window(draft_id=empty_draft)
    window.set_display_name("Greta Granskare")
    _active(qtbot, window)
    window.go_to_question("17")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    panel = window.review.panel
    qtbot.waitUntil(panel.comment_edit.hasFocus)
    qtbot.keyClicks(panel.comment_edit, "Vem ansvarar")
    qtbot.keyClick(panel.comment_edit, Qt.Key.Key_Tab)
    assert "\t" not in panel.comment_edit.toPlainText()
    assert panel.comment_button.hasFocus()  # "Kommentera" is reached forwards by keyboard
    qtbot.keyClick(panel.comment_button, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert panel.comment_edit.hasFocus()
    qtbot.keyClick(panel.comment_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert panel.comment_edit.toPlainText() == "" and panel.error.text() == ""
    panel.threads.setCurrentRow(0)
    focus(qtbot, panel.reply_edit)
    qtbot.keyClicks(panel.reply_edit, "Jag")
    qtbot.keyClick(panel.reply_edit, Qt.Key.Key_Tab)
    assert "\t" not in panel.reply_edit.toPlainText() and not panel.reply_edit.hasFocus()
    focus(qtbot, panel.reply_edit)
    qtbot.keyClick(panel.reply_edit, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)  # the keypad's Enter too
    assert panel.reply_edit.toPlainText() == ""
    with DraftStore(data_dir) as store:
        (thread,) = Review(store, form_registry(data_dir).get("sos-gnv-regioner-2024"), empty_draft).threads()
        assert thread.text == "Vem ansvarar" and [r.text for r in thread.replies] == ["Jag"]


def test_a_reviewer_selects_answer_text_with_shift_arrows_and_quotes_it(qtbot, make_window, empty_draft):
    window = make_window(draft_id=empty_draft)
    window.set_display_name("Greta Granskare")
    edit = window.form_view.field_widget("17").edit
    edit.setFocus()
    edit.insertPlainText(ANSWER_17)
    window.session.flush()
    window.review.set_reviewer_mode(True)
    assert edit.isReadOnly()
    _active(qtbot, window)
    focus(qtbot, edit)
    qtbot.keyClick(edit, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    for _ in range(len("Vi samverkar")):
        qtbot.keyClick(edit, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert edit.textCursor().selectedText() == "Vi samverkar"
    qtbot.keyClick(edit, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert window.review.panel.quote_edit.text() == "Vi samverkar"
    assert window.session.value("17") == ANSWER_17  # still read-only: nothing changed
    focus(qtbot, edit)
    qtbot.keyClicks(edit, "x")
    assert edit.toPlainText() == ANSWER_17


# -- 6. Ctrl+Y and Ctrl+Shift+Z both redo, in a text box and outside ----------------------------


def test_ctrl_y_and_ctrl_shift_z_both_redo_everywhere(qtbot, window):
    from PySide6.QtGui import QKeySequence

    redo = window.registry.action("redo")
    assert {QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")} <= set(redo.shortcuts())
    _active(qtbot, window)
    edit = window.form_view.field_widget("3").edit
    focus(qtbot, edit)
    ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
    for keys in ((Qt.Key.Key_Y, ctrl), (Qt.Key.Key_Z, ctrl | shift)):
        qtbot.keyClicks(edit, "abc")
        window.form_view.break_merges()
        qtbot.keyClick(edit, Qt.Key.Key_Z, ctrl)
        before = edit.toPlainText()
        qtbot.keyClick(edit, *keys)
        assert edit.toPlainText() == before + "abc", keys
    radio = window.form_view.field_widget("10").buttons[0]
    focus(qtbot, radio)
    qtbot.keyClick(radio, Qt.Key.Key_Space)
    chosen = window.session.value("10")
    assert chosen is not None
    for keys in ((Qt.Key.Key_Y, ctrl), (Qt.Key.Key_Z, ctrl | shift)):
        qtbot.keyClick(radio, Qt.Key.Key_Z, ctrl)
        assert window.session.value("10") is None
        qtbot.keyClick(radio, *keys)
        assert window.session.value("10") == chosen, keys
    shown = window.registry.action("redo").shortcuts()
    assert len(shown) == len(set(shown))


# -- 4. small windows: the questionnaire gets the space first -----------------------------------


def test_at_1024_by_700_the_questionnaire_gets_the_space_and_never_scrolls_sideways(qtbot, make_window, halland_draft):
    window = make_window(draft_id=halland_draft)
    window.resize(1024, 700)
    form_view = window.form_view
    qtbot.waitUntil(lambda: window.width() == 1024 and form_view.width() >= 450)
    qtbot.waitUntil(lambda: form_view.width() > window.navigator.width() and form_view.width() > window.validation_dock.width())
    assert form_view.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert form_view.widget().width() <= form_view.viewport().width()
    qtbot.waitUntil(form_view.all_built, timeout=10_000)  # the cards below the first screen come in idle time
    form_view.lay_out_now()
    for card in form_view.cards.values():
        if not card.isHidden():
            assert card.text_label.width() <= form_view.viewport().width()
            assert card.text_label.heightForWidth(card.text_label.width()) <= card.text_label.height() + 1
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.width() == 1366)
    qtbot.waitUntil(lambda: form_view.width() >= 600)


# -- 7. English mode is English: the UI's own texts ----------------------------------------------


def test_english_mode_transfer_progress_counts_and_checklist_title(qtbot, make_window, halland_draft):
    window = make_window(draft_id=halland_draft)
    submission = window.submission
    dialog = submission.show_checklist()  # made in Swedish, kept between showings
    assert dialog is not None and dialog.windowTitle() == "Checklista före inlämning"
    dialog.close()
    try:
        assert window.set_language("en")
        submission.set_transfer_mode(True)
        transfer = submission.transfer
        assert transfer is not None and transfer.show_question("20a")
        assert " of " in transfer.progress_label.text() and transfer.progress_label.text().endswith("transferred")
        assert "överförda" not in transfer.progress_label.text()
        assert transfer.count_label.text().startswith("Question 20 a: ") and "characters" in transfer.count_label.text()
        assert transfer.field_choice.itemText(0) == "Question 20 a"
        assert transfer.show_question("35")
        assert transfer.count_label.text().startswith("Question 35 (percent): ")
        again = submission.show_checklist()
        assert again is dialog and again.windowTitle() == "Checklist before submitting"
        assert "överförda" not in again.summary.text() and "transferred" in again.summary.text()
    finally:
        window.set_language("sv")

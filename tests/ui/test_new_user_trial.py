"""Issue 13: what a coordinator and a reviewer met in the app, tried as a new user would.

Each test goes through the real widgets; where a point is about the keyboard, through
key presses (qtbot.keyClick) on the focused widget.
"""

from __future__ import annotations

import io

import pypdf
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from naravard_desktop.core.review.document import build_document
from naravard_desktop.core.review.pdf import render_pdf
from naravard_desktop.core.storage.store import DraftStore
from naravard_desktop.core.submission.transfer import transfer_items


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

    from naravard_desktop.core.forms.model import FormRegistry
    from naravard_desktop.core.sync.bundles import import_bundle, read_bundle, write_bundle
    from naravard_desktop.ui.sync.conflict_view import ConflictView
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
    from naravard_desktop.core.forms.model import form_registry
    from naravard_desktop.core.review.comments import Review

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

    def laid_out() -> bool:
        return all(
            card.text_label.width() <= form_view.viewport().width()
            and card.text_label.heightForWidth(card.text_label.width()) <= card.text_label.height() + 1
            for card in form_view.cards.values()
            if not card.isHidden()
        )

    qtbot.waitUntil(laid_out, timeout=5000)  # every card's text fits its width once the layout has settled
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


# -- Also fix: import/export dialogs, find bar, remembered folder ---------------------------------


def test_enter_after_browse_imports_and_export_asks_before_overwriting_and_says_where(
    qtbot, make_window, halland_draft, data_dir, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from naravard_desktop.ui.settings import KEY_FILE_FOLDER

    window = make_window(draft_id=halland_draft)
    collaboration = window.collaboration
    out_dir = tmp_path / "utskick"
    out_dir.mkdir()
    target = out_dir / "paket.naravard"
    target.write_bytes(b"old")
    collaboration._open_export_dialog()
    export = collaboration.export_dialog
    assert export is not None and not export.browse_button.autoDefault() and export.ok_button.isDefault()
    export.path_edit.setText(str(target))
    qtbot.keyClick(export.path_edit, Qt.Key.Key_Return)
    box = export.overwrite_box
    assert box is not None and str(target) in box.text() and target.read_bytes() == b"old"  # asked, nothing written yet
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert target.read_bytes() == b"old"
    qtbot.keyClick(export.path_edit, Qt.Key.Key_Return)
    assert export.overwrite_box is not None  # asks again: no answer is remembered from a "no"
    export.overwrite_button.click()
    assert target.read_bytes() != b"old"
    done = collaboration.exported_box
    assert done is not None and done.isVisible() and str(target) in done.text()
    done.close()
    assert window.settings.value(KEY_FILE_FOLDER) == str(out_dir)  # save dialogs start here next time

    collaboration.ask_import()
    dialog = collaboration.import_dialog
    seen: list[str] = []

    def pick(parent, caption, start, filters):  # type: ignore[no-untyped-def]
        seen.append(start)
        return [str(target)], filters

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", pick)
    focus(qtbot, dialog.browse_button)
    qtbot.keyClick(dialog.browse_button, Qt.Key.Key_Space)  # Bläddra… with the keyboard
    assert seen == [str(out_dir)] and dialog.path_edit.text() == str(target)
    with qtbot.waitSignal(dialog.imported):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Enter imports, it does not browse again
    assert len(seen) == 1
    collaboration.import_dialog.summary_dialog.close()


def test_escape_closes_the_find_bar_after_enter_moved_the_focus_to_the_match(qtbot, make_window, halland_draft):
    window = make_window(draft_id=halland_draft)
    _active(qtbot, window)
    window.find_bar.open()
    qtbot.waitUntil(window.find_bar.edit.hasFocus)
    qtbot.keyClicks(window.find_bar.edit, "kommun")
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
    focused = QApplication.focusWidget()
    assert focused is not window.find_bar.edit and window.form_view.isAncestorOf(focused)
    qtbot.keyClick(focused, Qt.Key.Key_Escape)
    assert window.find_bar.isHidden()
    assert not window.find_bar.escape_shortcut.isEnabled()  # Esc is free again elsewhere


# -- Also fix: start page alone, opening place, growing answer boxes ------------------------------


def test_the_start_page_stands_alone_and_the_docks_come_back_with_the_draft(qtbot, make_window, halland_draft):
    from PySide6.QtWidgets import QDockWidget

    window = make_window(draft_id=halland_draft)
    qtbot.waitUntil(lambda: not window.validation_dock.visibleRegion().isEmpty())
    _active(qtbot, window)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.start_page
    assert not [d.objectName() for d in window.findChildren(QDockWidget) if d.isVisible()]
    window.close()  # closed on the start page: the editor's dock layout is what is kept
    again = make_window(draft_id=halland_draft)
    qtbot.waitUntil(lambda: not again.validation_dock.visibleRegion().isEmpty())
    again.show_start_page()
    assert again.validation_dock.isHidden()
    again.open_draft(halland_draft)
    qtbot.waitUntil(lambda: not again.validation_dock.visibleRegion().isEmpty())  # Kontroll still the tab in front


def test_a_draft_opens_at_its_top_first_then_where_the_user_was(qtbot, make_window, halland_draft):
    window = make_window(draft_id=halland_draft)
    form_view = window.form_view
    assert form_view.verticalScrollBar().value() == 0  # "Del A" and question 1's stem in view
    window.go_to_question("17")
    assert window.navigator.tree.currentItem() is window.navigator.items["17"]
    window.close()
    again = make_window(draft_id=halland_draft)
    qtbot.waitUntil(lambda: again.form_view.verticalScrollBar().value() > 0)
    qtbot.waitUntil(again.form_view.all_built)  # the cards above settle (built later, boxes fitted): 17 stays in view
    card = again.form_view.cards["17"]

    def in_view() -> bool:
        top = card.mapTo(again.form_view.viewport(), card.rect().topLeft()).y()
        return 0 <= top < again.form_view.viewport().height() // 2

    qtbot.waitUntil(in_view)
    assert again.navigator.tree.currentItem() is again.navigator.items["17"]


def test_a_new_draft_shows_the_part_heading_with_the_focus_in_the_first_answer(qtbot, make_window):
    window = make_window(open_last=False)
    window.resize(1024, 700)
    window.create_draft("sos-gnv-regioner-2024", "Svar 2025", "Region Halland")
    qtbot.waitUntil(lambda: window.form_view.field_widget("1a").edit.hasFocus())
    assert window.form_view.verticalScrollBar().value() == 0


def test_answer_boxes_grow_with_their_text_up_to_a_sensible_height(qtbot, make_window, empty_draft):
    from naravard_desktop.ui.widgets.text_field import GROW_LINES

    window = make_window(draft_id=empty_draft)
    window.resize(1366, 768)
    field = window.form_view.field_widget("17")
    qtbot.waitUntil(lambda: field.edit.viewport().width() > 300)
    empty_height = field.edit.height()
    sentence = "Vi samverkar med kommunerna i en gemensam ledningsgrupp varje månad. "
    text = (sentence * 15)[:1000]
    focus(qtbot, field.edit)
    field.edit.insertPlainText(text)
    qtbot.waitUntil(lambda: field.edit.height() > empty_height)
    qtbot.waitUntil(lambda: field.edit.verticalScrollBar().maximum() == 0)  # readable without inner scrolling
    huge = window.form_view.field_widget("23")
    focus(qtbot, huge.edit)
    huge.edit.insertPlainText(sentence * 200)
    line = huge.edit.fontMetrics().lineSpacing()
    qtbot.waitUntil(lambda: huge.edit.height() == line * GROW_LINES + 14)  # then it scrolls inside
    assert huge.edit.verticalScrollBar().maximum() > 0


def test_focus_is_clearly_visible_on_radio_buttons_check_boxes_and_text_boxes(qtbot, make_window, halland_draft):
    from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QRadioButton

    from naravard_desktop.ui.widgets.focus_ring import FocusRing

    window = make_window(draft_id=halland_draft)
    _active(qtbot, window)

    def ring_on(widget) -> bool:  # type: ignore[no-untyped-def]
        rings = [r for r in widget.findChildren(FocusRing) if r.isVisible()]
        return len(rings) == 1 and rings[0].geometry() == widget.rect()

    window.go_to_question("37")
    radio = QApplication.focusWidget()
    assert isinstance(radio, QRadioButton)
    qtbot.waitUntil(lambda: ring_on(radio))
    window.go_to_question("38")
    percent = QApplication.focusWidget()
    assert isinstance(percent, QLineEdit)  # a line edit's own frame shows its focus
    qtbot.keyClick(percent, Qt.Key.Key_Tab)
    box = QApplication.focusWidget()
    assert isinstance(box, QCheckBox)
    qtbot.waitUntil(lambda: ring_on(box))
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    comment = QApplication.focusWidget()
    assert isinstance(comment, QPlainTextEdit)
    qtbot.waitUntil(lambda: ring_on(comment))
    assert not [r for r in box.findChildren(FocusRing) if r.isVisible()]  # one ring, on the focused input only
    assert len([r for r in window.findChildren(FocusRing) if r.isVisible()]) == 1


# -- Also fix: merges credited to people, language menu radio items ----------------------------


def test_an_automatic_merge_is_credited_to_the_people_it_combined(qtbot, tmp_path, form, halland_answers):
    from naravard_desktop.core.forms.model import FormRegistry
    from naravard_desktop.core.sync.bundles import import_bundle, read_bundle, write_bundle
    from naravard_desktop.ui.sync.history_view import HistoryView

    forms = FormRegistry({form.id: form}, [])
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    text = halland_answers["3"]
    with DraftStore(tmp_path / "a", editor_name="Anna") as anna, DraftStore(tmp_path / "b", editor_name="Bertil") as bertil:
        draft = anna.create_draft(form.id, "Svar 2024", "Region Halland")
        anna.set_values(draft.id, halland_answers, kind="import")
        write_bundle(anna, form, draft.id, tmp_path / "start.naravard")
        import_bundle(bertil, forms, read_bundle(tmp_path / "start.naravard", forms))
        anna.set_values(draft.id, {"3": "Annas början. " + text})
        bertil.set_values(draft.id, {"3": text + " Bertils slut."})
        write_bundle(anna, form, draft.id, tmp_path / "anna.naravard")
        import_bundle(bertil, forms, read_bundle(tmp_path / "anna.naravard", forms))
        assert bertil.current_values(draft.id)["3"] == "Annas början. " + text + " Bertils slut."
        view = HistoryView(bertil, form, draft.id, field="3")
        qtbot.addWidget(view)
        who = [view.table.item(row, 1).text() for row in range(view.table.rowCount())]
        assert "Automatisk sammanslagning" not in who
        merged = [w for w in who if w.startswith("Sammanslagning av ")]
        assert merged and "Anna" in merged[0] and "Bertil" in merged[0] and " och " in merged[0]


def test_the_language_items_are_exclusive_radio_items(window):
    actions = [window.registry.action(f"language-{code}") for code in ("sv", "en")]
    assert all(a.actionGroup() is window.language_group for a in actions)
    assert window.language_group.isExclusive() and [a.isChecked() for a in actions] == [True, False]


def test_arrow_keys_in_an_unanswered_radio_group_move_without_choosing_then_space_chooses(qtbot, window):
    """What docs/ui.md says: in an unanswered group the arrows only move the focus (nothing
    is chosen by passing over it); Space chooses; in an answered group the arrows move the choice."""
    _active(qtbot, window)
    buttons = window.form_view.field_widget("37").buttons
    focus(qtbot, buttons[0])
    qtbot.keyClick(buttons[0], Qt.Key.Key_Down)
    assert QApplication.focusWidget() is buttons[1] and window.session.value("37") is None
    qtbot.keyClick(buttons[1], Qt.Key.Key_Up)
    assert QApplication.focusWidget() is buttons[0] and window.session.value("37") is None
    qtbot.keyClick(buttons[0], Qt.Key.Key_Space)
    assert window.session.value("37") == "Ja"
    qtbot.keyClick(buttons[0], Qt.Key.Key_Down)
    assert window.session.value("37") == "Nej"


# -- 7. English everywhere: core messages in Kontroll, transfer mode and the count tooltip ------


def test_english_mode_shows_core_messages_in_english_and_one_line_break_in_the_singular(qtbot, make_window, halland_draft):
    window = make_window(draft_id=halland_draft)
    edit = window.form_view.field_widget("3").edit
    edit.setFocus()
    edit.selectAll()
    edit.insertPlainText("En rad\nen till")
    field = window.form_view.field_widget("3")
    assert "Texten har 1 radbrytning." in field.count.risk_text() and "radbrytningar" not in field.count.risk_text()  # the tooltip
    try:
        assert window.set_language("en")

        def texts() -> list[str]:
            return [window.validation_panel.list.item(i).text() for i in range(window.validation_panel.list.count())]

        qtbot.waitUntil(lambda: bool(texts()) and all(t.startswith("question ") for t in texts()))
        texts = texts()
        assert any("of at most 1000 characters" in t for t in texts)
        tooltip = window.form_view.field_widget("3").count.risk_text()
        assert "The text has 1 line break." in tooltip
        window.submission.set_transfer_mode(True)
        transfer = window.submission.transfer
        assert transfer.show_question("2")
        assert transfer.ticks_label.text() == "Tick: Ja"
        assert transfer.show_question("17")
        assert "too many" in transfer.flags_label.text() and "tecken" not in transfer.flags_label.text()
    finally:
        window.set_language("sv")


# -- Also fix: no technical strings (CLI commands, ids) in Kontroll, transfer mode, dialogs ------


def test_kontroll_and_transfer_mode_say_what_to_click_not_commands_or_ids(qtbot, make_window, data_dir, tmp_path, form, halland_answers):
    from naravard_desktop.core.forms.model import FormRegistry
    from naravard_desktop.core.sync.bundles import import_bundle, read_bundle, write_bundle

    forms = FormRegistry({form.id: form}, [])
    (tmp_path / "b").mkdir()
    with DraftStore(data_dir, editor_name="Anna") as anna, DraftStore(tmp_path / "b", editor_name="Bertil") as bertil:
        draft = anna.create_draft(form.id, "Svar 2024", "Region Halland").id
        anna.set_values(draft, halland_answers, kind="import")
        write_bundle(anna, form, draft, tmp_path / "start.naravard")
        import_bundle(bertil, forms, read_bundle(tmp_path / "start.naravard", forms))
        anna.set_values(draft, {"36": 1000, "3": halland_answers["3"] + " Ring 19121212-1212."})
        bertil.set_values(draft, {"36": 2000})
        write_bundle(bertil, form, draft, tmp_path / "bertil.naravard")
        import_bundle(anna, forms, read_bundle(tmp_path / "bertil.naravard", forms))
    window = make_window(draft_id=draft)
    window.refresh_validation()
    problems = {p.kind: window.validation_panel.list.item(i).text() for i, p in enumerate(window.validation_panel.problems)}
    assert "konfliktvyn" in problems["conflict"] and "personnummer" in problems["pii"]
    for text in problems.values():
        assert "naravard " not in text and "(id " not in text and draft not in text, text
    submission = window.submission
    submission.set_transfer_mode(True)
    transfer = submission.transfer
    for number in ("3", "36"):
        assert transfer.show_question(number)
        flags = transfer.flags_label.text() + transfer.mark_button.toolTip()
        assert flags and "(id " not in flags and "naravard " not in flags, flags
    dialog = submission.show_checklist()
    assert dialog is not None
    shown = dialog.summary.text() + dialog.view.toPlainText()
    assert "fråga 36" in shown and "(id " not in shown and "naravard " not in shown and draft not in shown


def test_the_app_wording_replaces_core_templates_that_exist():
    """If the core rewords one of these messages, the app's wording must follow (else the
    CLI's text with its command or id would show again)."""
    from naravard_desktop.core.messages import ENGLISH
    from naravard_desktop.ui.i18n import _APP_WORDING

    assert _APP_WORDING and all(template in ENGLISH for template in _APP_WORDING)


def test_the_import_summary_in_the_app_names_no_draft_id(qtbot, make_window, halland_draft, tmp_path):
    window = make_window(draft_id=halland_draft)
    with DraftStore(window.data_dir) as store:
        from naravard_desktop.core.sync.bundles import write_bundle

        write_bundle(store, window.session.form, halland_draft, tmp_path / "same.naravard")
    window.collaboration.ask_import()
    dialog = window.collaboration.import_dialog
    assert dialog.import_file(tmp_path / "same.naravard") is not None
    text = dialog.summary_dialog.text.toPlainText()
    assert "inget nytt" in text and "”Svar 2024”" in text and halland_draft not in text
    dialog.summary_dialog.close()


def test_the_import_summary_is_english_in_english_mode(qtbot, make_window, halland_draft, tmp_path):
    window = make_window(draft_id=halland_draft)
    with DraftStore(window.data_dir) as store:
        from naravard_desktop.core.sync.bundles import write_bundle

        write_bundle(store, window.session.form, halland_draft, tmp_path / "same.naravard")
    try:
        assert window.set_language("en")
        window.collaboration.ask_import()
        dialog = window.collaboration.import_dialog
        assert dialog.import_file(tmp_path / "same.naravard") is not None
        text = dialog.summary_dialog.text.toPlainText()
        assert text.startswith("nothing new: everything in the bundle was already in the draft ”Svar 2024”"), text
        dialog.summary_dialog.close()
    finally:
        window.set_language("sv")

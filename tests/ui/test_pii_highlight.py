"""The personal-data guard inside the text box and Inlämning → Kvitterade varningar…:
the matched characters get a wavy underline after the 300 ms pause, "Visa" and a click on
the warning line select them, acknowledging clears the marks, and the acknowledgements
dialog lists what core.pii stores and withdraws one (the warning comes back).
Real widgets are driven; the store is read with the core."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat

from naravard_desktop.core.storage.store import DraftStore
from naravard_desktop.core.submission.pii import acknowledge, acknowledgements, finding_id, set_flagged_words
from naravard_desktop.core.submission.validation import check_draft
from naravard_desktop.core.times import local_time
from naravard_desktop.ui.submission.pii_guard import MARK_COLOUR
from naravard_desktop.ui.widgets.text_field import TextField, qt_spans

PNR = "19121212-1212"
PNR_ID = finding_id("3", "personnummer", PNR)


def _type(qtbot, window, key: str, text: str):  # type: ignore[no-untyped-def]
    edit = window.form_view.field_widget(key).edit
    edit.setFocus()
    qtbot.keyClicks(edit, text)
    return edit


def _marked(edit) -> list[str]:  # type: ignore[no-untyped-def]
    """The characters each extra selection covers, as the box shows them."""
    return [s.cursor.selectedText() for s in edit.extraSelections()]


def test_personnummer_is_underlined_in_the_box_after_the_pause(qtbot, window):
    guard = window.pii_guard
    edit = _type(qtbot, window, "3", f"Kontakt {PNR} hos enheten")
    assert edit.extraSelections() == []  # nothing per keystroke: only after the debounce
    qtbot.waitUntil(lambda: bool(edit.extraSelections()), timeout=2000)
    (selection,) = edit.extraSelections()
    start = len("Kontakt ")
    assert (selection.cursor.selectionStart(), selection.cursor.selectionEnd()) == (start, start + len(PNR))
    assert selection.cursor.selectedText() == PNR
    assert selection.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    assert selection.format.underlineColor().name() == MARK_COLOUR
    assert guard.note_texts("3")  # the warning line is there too


def test_ordinary_numbers_are_not_marked(qtbot, window):
    guard = window.pii_guard
    edit = _type(qtbot, window, "3", "Vi har 222 607 invanare och 222607 besok 2019-2028, 0-17 ar, 45 %.")
    _wait_for_scan(qtbot, guard)
    assert not guard._timer.isActive()
    assert edit.extraSelections() == []


def test_acknowledging_clears_the_marks(qtbot, window, data_dir, empty_draft):
    guard = window.pii_guard
    edit = _type(qtbot, window, "3", f"Diarienr {PNR}")
    qtbot.waitUntil(lambda: _marked(edit) == [PNR], timeout=2000)
    qtbot.mouseClick(guard.notes["3"].rows[0].button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(guard.ack_dialog.reason_edit, "Diarienummer")
    qtbot.mouseClick(guard.ack_dialog.ok_button, Qt.MouseButton.LeftButton)
    assert edit.extraSelections() == []
    with DraftStore(data_dir) as store:
        assert ("3", PNR_ID) in acknowledgements(store, empty_draft)


def test_fixing_the_text_clears_the_marks_and_each_occurrence_is_marked(qtbot, window):
    edit = _type(qtbot, window, "3", f"{PNR} och {PNR}, mejla a.b@region.se")
    qtbot.waitUntil(lambda: _marked(edit) == [PNR, PNR, "a.b@region.se"], timeout=2000)
    assert len(window.pii_guard.note_texts("3")) == 2  # one line per finding, both places marked
    edit.selectAll()
    qtbot.keyClicks(edit, "Inga personuppgifter")
    qtbot.waitUntil(lambda: edit.extraSelections() == [], timeout=2000)


def test_marks_fit_text_with_characters_outside_the_bmp(qtbot, window):
    edit = window.form_view.field_widget("3").edit
    window.session.set_values({"3": f"🙂🙂 {PNR}"})  # (QTest cannot type emoji)
    qtbot.waitUntil(lambda: _marked(edit) == [PNR], timeout=2000)
    assert qt_spans("🙂 x", [(2, 3)]) == [(3, 4)]


def test_visa_and_the_warning_text_select_the_finding(qtbot, window):
    guard = window.pii_guard
    edit = _type(qtbot, window, "3", f"Ring 070-123 45 67 eller {PNR}")
    qtbot.waitUntil(lambda: len(guard.note_texts("3")) == 2, timeout=2000)
    phone_row, pnr_row = guard.notes["3"].rows
    assert phone_row.show_button.text() == "Visa"
    qtbot.mouseClick(pnr_row.show_button, Qt.MouseButton.LeftButton)
    assert edit.textCursor().selectedText() == PNR and edit.hasFocus()
    # Text typed before the finding moves it; the click still selects where it is now.
    cursor = edit.textCursor()
    cursor.setPosition(0)
    edit.setTextCursor(cursor)
    qtbot.keyClicks(edit, "Obs: ")
    qtbot.mouseClick(phone_row.label, Qt.MouseButton.LeftButton)
    assert edit.textCursor().selectedText() == "070-123 45 67"
    assert edit.textCursor().selectionStart() == len("Obs: Ring ")


def test_visa_selects_in_a_one_line_field(qtbot, window):
    guard = window.pii_guard
    window.session.set_values({"4": "Ja", "4 / bifoga länk här": "mailto:anna@region.se"})
    key = "4 / bifoga länk här"
    qtbot.waitUntil(lambda: bool(guard.note_texts(key)), timeout=2000)
    widget = window.form_view.field_widget(key)
    assert isinstance(widget, TextField) and not widget.multi_line
    qtbot.mouseClick(guard.notes[key].rows[0].show_button, Qt.MouseButton.LeftButton)
    assert widget.edit.selectedText() == "anna@region.se"


def test_acknowledgements_dialog_lists_and_withdraws(qtbot, window, data_dir, empty_draft, form):
    guard = window.pii_guard
    edit = _type(qtbot, window, "3", f"Diarienr {PNR}")
    window.session.flush()
    with DraftStore(data_dir) as store:
        store.set_editor_name("Kollega")
        acknowledge(store, form, empty_draft, PNR_ID, "Diarienummer, inte personnummer")
    guard.reload()  # as after a collaboration reload
    qtbot.waitUntil(lambda: edit.extraSelections() == [] and guard.note_texts("3") == [], timeout=2000)

    action = window.registry.action("pii-acks")
    assert action.isEnabled() and action.text() == "&Kvitterade varningar…"
    action.trigger()
    dialog = guard.acks_dialog
    assert dialog is not None and dialog.isVisible()
    with DraftStore(data_dir) as store:
        stored = acknowledgements(store, empty_draft)
    assert list(stored) == [("3", PNR_ID)]
    assert dialog.tree.topLevelItemCount() == 1
    item = dialog.tree.topLevelItem(0)
    shown = [item.text(c) for c in range(dialog.COLUMNS)]
    assert shown[:5] == ["fråga 3", "personnummer", "19121212-****", stored[("3", PNR_ID)]["reason"], "Kollega"]
    assert shown[5] == local_time(stored[("3", PNR_ID)]["at"])  # the stored UTC time, local
    assert dialog.summary.text().startswith("Kvitterade varningar: 1.")
    assert PNR not in " ".join(shown)  # never the whole number
    edit.setPlainText("")  # elsewhere in the text: Enter on the row selects it in the box
    window.session.set_values({"3": f"Diarienr {PNR}"})
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Return)
    assert edit.textCursor().selectedText() == PNR
    assert dialog.isVisible() and dialog.tree.topLevelItemCount() == 1  # Enter pressed no button
    with DraftStore(data_dir) as store:
        assert list(acknowledgements(store, empty_draft)) == [("3", PNR_ID)]

    assert dialog.withdraw_button.isEnabled()
    qtbot.mouseClick(dialog.withdraw_button, Qt.MouseButton.LeftButton)
    with DraftStore(data_dir) as store:
        assert acknowledgements(store, empty_draft) == {}
        assert [p for p in check_draft(store, form, empty_draft) if p.kind == "pii"]
    assert dialog.tree.topLevelItemCount() == 0 and not dialog.withdraw_button.isEnabled()
    assert guard.note_texts("3") == ["Möjligt personnummer ”19121212-****” – ta bort det eller kvittera som falskt larm"]
    assert _marked(edit) == [PNR]
    assert [p for p in window.validation_panel.problems if p.kind == "pii"]  # Kontroll re-checked


def test_acknowledgement_whose_text_is_gone_is_listed_but_not_withdrawable(qtbot, window, data_dir, empty_draft, form):
    guard = window.pii_guard
    window.session.set_values({"3": f"Nr {PNR}", "17": "Hallands sjukhus"})
    window.session.flush()
    with DraftStore(data_dir) as store:
        set_flagged_words(store, empty_draft, ["Hallands*"])
        acknowledge(store, form, empty_draft, PNR_ID, "Testnummer")
        acknowledge(store, form, empty_draft, finding_id("17", "word", "Hallands"), "Namnet på sjukhuset får stå")
    window.session.set_values({"3": "Inget nummer"})
    guard.reload()
    dialog = guard.show_acknowledgements()
    rows = [[dialog.tree.topLevelItem(i).text(c) for c in range(3)] for i in range(dialog.tree.topLevelItemCount())]
    assert rows == [["fråga 17", "flaggat ord", "Hallands"], ["fråga 3", "", "(finns inte längre i svaret)"]]
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(1))
    assert not dialog.withdraw_button.isEnabled()
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))
    assert dialog.withdraw_button.isEnabled()


def test_acknowledgements_action_follows_the_draft(qtbot, make_window):
    window = make_window()
    assert not window.registry.action("pii-acks").isEnabled()
    assert window.pii_guard.show_acknowledgements() is None


def test_acknowledgements_dialog_follows_a_language_switch(qtbot, window, data_dir, empty_draft, form):
    guard = window.pii_guard
    window.session.set_values({"3": f"Nr {PNR}"})
    window.session.flush()
    with DraftStore(data_dir) as store:
        acknowledge(store, form, empty_draft, PNR_ID, "Testnummer")
    guard.reload()
    old = guard.show_acknowledgements()
    window.set_language("en")
    qtbot.waitUntil(lambda: guard.acks_dialog is not None and guard.acks_dialog is not old, timeout=3000)
    assert guard.acks_dialog.isVisible() and guard.acks_dialog.tree.topLevelItemCount() == 1
    assert guard.acks_dialog.tree.topLevelItem(0).text(3) == "Testnummer"
    window.set_language("sv")


def _wait_for_scan(qtbot, guard) -> None:  # type: ignore[no-untyped-def]
    """Typing armed the debounce; wait until it fired and every typed field was scanned."""
    qtbot.waitUntil(lambda: not guard._timer.isActive() and not guard._dirty, timeout=2000)

"""The personal-data guard in the editor: a warning line under a text field 300 ms after
typing pauses, "Kvittera…" storing the acknowledgement, Inlämning → Flaggade ord…
Real widgets are driven; acknowledgements and words are read back with the core."""

from __future__ import annotations

from PySide6.QtCore import Qt

from naravard_desktop.core.storage.store import DraftStore
from naravard_desktop.core.submission.pii import acknowledgements, finding_id, flagged_words
from naravard_desktop.core.submission.validation import check_draft

PNR_NOTE = "Möjligt personnummer ”19121212-****” – ta bort det eller kvittera som falskt larm"


def _type(qtbot, window, key: str, text: str):  # type: ignore[no-untyped-def]
    edit = window.form_view.field_widget(key).edit
    edit.setFocus()
    qtbot.keyClicks(edit, text)
    return edit


def test_personnummer_note_appears_after_the_pause(qtbot, window):
    guard = window.pii_guard
    _type(qtbot, window, "3", "Kontakt 19121212-1212 hos enheten")
    assert guard.note_texts("3") == []  # nothing per keystroke: only after the debounce
    assert guard._timer.isActive() and guard._timer.interval() == 300
    qtbot.waitUntil(lambda: guard.note_texts("3") == [PNR_NOTE], timeout=2000)
    note = guard.notes["3"]
    assert note.isVisible() and note.rows[0].button.text() == "Kvittera…"
    assert note.parentWidget() is window.form_view.field_widget("3")  # under that field


def test_ordinary_numbers_give_no_note(qtbot, window):
    guard = window.pii_guard
    _type(qtbot, window, "3", "Vi har 222 607 invanare och 222607 besok 2019-2028, 0-17 ar, 45 %.")
    _wait_for_scan(qtbot, guard)
    assert not guard._timer.isActive()
    assert guard.note_texts("3") == []
    assert "3" not in guard.notes


def test_removing_the_number_hides_the_note(qtbot, window):
    guard = window.pii_guard
    edit = _type(qtbot, window, "3", "19121212-1212")
    qtbot.waitUntil(lambda: guard.note_texts("3") == [PNR_NOTE], timeout=2000)
    for _ in range(4):
        qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: guard.note_texts("3") == [], timeout=2000)
    assert guard.notes["3"].isHidden()


def test_acknowledging_stores_the_reason_and_hides_the_note(qtbot, window, data_dir, empty_draft, form):
    guard = window.pii_guard
    _type(qtbot, window, "3", "Diarienr 19121212-1212")
    qtbot.waitUntil(lambda: guard.note_texts("3") == [PNR_NOTE], timeout=2000)
    qtbot.mouseClick(guard.notes["3"].rows[0].button, Qt.MouseButton.LeftButton)
    dialog = guard.ack_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.ok_button.isEnabled()  # a reason is required
    qtbot.keyClicks(dialog.reason_edit, "Diarienummer, inte personnummer")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert guard.note_texts("3") == []
    fid = finding_id("3", "personnummer", "19121212-1212")
    with DraftStore(data_dir) as store:
        acks = acknowledgements(store, empty_draft)
        assert acks[("3", fid)]["reason"] == "Diarienummer, inte personnummer"
        assert acks[("3", fid)]["by"] == "Testare"
        assert not [p for p in check_draft(store, form, empty_draft) if p.kind == "pii"]
    # Typing on does not bring the acknowledged finding back; a new number warns again.
    _type(qtbot, window, "3", " och 19121212-1212 igen")
    _wait_for_scan(qtbot, guard)
    assert guard.note_texts("3") == []
    _type(qtbot, window, "3", " samt 121272-1219")
    qtbot.waitUntil(
        lambda: guard.note_texts("3") == ["Möjligt samordningsnummer ”121272-****” – ta bort det eller kvittera som falskt larm"],
        timeout=2000,
    )


def test_cancelled_acknowledgement_stores_nothing(qtbot, window, data_dir, empty_draft):
    guard = window.pii_guard
    _type(qtbot, window, "3", "anna.svensson@regionhalland.se")
    qtbot.waitUntil(lambda: bool(guard.note_texts("3")), timeout=2000)
    assert guard.note_texts("3") == ["Möjlig e-postadress ”a***@regionhalland.se” – ta bort det eller kvittera som falskt larm"]
    qtbot.mouseClick(guard.notes["3"].rows[0].button, Qt.MouseButton.LeftButton)
    guard.ack_dialog.reject()
    assert guard.note_texts("3")
    with DraftStore(data_dir) as store:
        assert acknowledgements(store, empty_draft) == {}


def test_one_line_fields_and_existing_answers_are_scanned(qtbot, make_window, data_dir, empty_draft):
    with DraftStore(data_dir) as store:
        store.set_values(empty_draft, {"17": "Ring 070-123 45 67"})
    window = make_window(draft_id=empty_draft)
    guard = window.pii_guard
    assert guard.note_texts("17") == ["Möjligt telefonnummer ”070-*******” – ta bort det eller kvittera som falskt larm"]
    window.session.set_values({"4": "Ja", "4 / bifoga länk här": "mailto:anna.svensson@regionhalland.se"})
    qtbot.waitUntil(lambda: bool(guard.note_texts("4 / bifoga länk här")), timeout=2000)
    assert "e-postadress" in guard.note_texts("4 / bifoga länk här")[0]


def test_flagged_words_dialog_edits_the_list(qtbot, window, data_dir, empty_draft):
    guard = window.pii_guard
    _type(qtbot, window, "3", "Arbetet pa Hallands sjukhus Varberg")
    _wait_for_scan(qtbot, guard)
    assert guard.note_texts("3") == []
    window.registry.action("pii-words").trigger()
    dialog = guard.words_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.edit.setPlainText("Hallands*\nvarberg\nVarberg\n")
    dialog.accept()
    with DraftStore(data_dir) as store:
        assert flagged_words(store, empty_draft) == ["Hallands*", "varberg"]
    assert guard.note_texts("3") == [
        "Flaggat ord ”Hallands” – ta bort det eller kvittera som falskt larm",
        "Flaggat ord ”Varberg” – ta bort det eller kvittera som falskt larm",
    ]
    window.registry.action("pii-words").trigger()
    assert guard.words_dialog.edit.toPlainText() == "Hallands*\nvarberg"
    guard.words_dialog.edit.setPlainText("")
    guard.words_dialog.accept()
    assert guard.note_texts("3") == []


def test_notes_survive_a_language_switch(qtbot, window):
    guard = window.pii_guard
    _type(qtbot, window, "3", "19121212-1212")
    qtbot.waitUntil(lambda: bool(guard.note_texts("3")), timeout=2000)
    old_view = window.form_view
    window.set_language("en")
    qtbot.waitUntil(lambda: window.form_view is not old_view and bool(guard.note_texts("3")), timeout=3000)
    assert guard.notes["3"].parentWidget() is window.form_view.field_widget("3")
    window.set_language("sv")


def test_pii_problem_in_kontroll_offers_the_acknowledgement(qtbot, window, data_dir, empty_draft):
    _type(qtbot, window, "3", "Kontakt 19121212-1212")
    window.session.flush()
    window.refresh_validation()
    panel = window.validation_panel
    rows = [i for i, p in enumerate(panel.problems) if p.kind == "pii"]
    assert len(rows) == 1 and "19121212-****" in panel.problems[rows[0]].message
    item = panel.list.item(rows[0])
    rect = panel.list.visualItemRect(item)
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = window.pii_guard.ack_dialog
    assert dialog is not None and dialog.isVisible() and dialog.finding.field == "3"
    dialog.reason_edit.setText("Testnummer från Skatteverket")
    dialog.ok_button.click()
    with DraftStore(data_dir) as store:
        assert list(acknowledgements(store, empty_draft)) == [("3", finding_id("3", "personnummer", "19121212-1212"))]
    assert not [p for p in panel.problems if p.kind == "pii"]  # Kontroll re-checked at once


def _wait_for_scan(qtbot, guard) -> None:  # type: ignore[no-untyped-def]
    """Typing armed the debounce; wait until it fired and every typed field was scanned."""
    qtbot.waitUntil(lambda: not guard._timer.isActive() and not guard._dirty, timeout=2000)

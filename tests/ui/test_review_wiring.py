"""Review wired into the main window: the Kommentarer dock, review marks and filters in the
navigator, reviewer mode and Arkiv › Skriv ut granskningskopia (with the personal-data
warning). Real widgets are driven; results are read back with a separate core store."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices, QGuiApplication, QTextCursor
from PySide6.QtWidgets import QFileDialog, QMessageBox

from naravard_desktop.core.forms.model import form_registry
from naravard_desktop.core.review.comments import Review
from naravard_desktop.core.storage.store import DraftStore
from naravard_desktop.ui.review.review_wiring import FILTER_ALL, FILTER_MINE, FILTER_NOT_APPROVED, FILTER_OPEN_COMMENTS, KEY_REVIEWER_MODE
from naravard_desktop.ui.submission.pii_warning import PiiWarningBox

FORM_ID = "sos-gnv-regioner-2024"
ANSWER_17 = "Vi samverkar med kommunerna i en gemensam ledningsgrupp varje månad."


def _stored_review(data_dir: Path, draft_id: str):  # type: ignore[no-untyped-def]
    """Threads and statuses as the database holds them (read by the core, not the UI)."""
    store = DraftStore(data_dir)
    form = form_registry(data_dir).get(FORM_ID)
    return store, Review(store, form, draft_id)


def _type(window, key: str, text: str) -> None:  # type: ignore[no-untyped-def]
    edit = window.form_view.field_widget(key).edit
    edit.setFocus()
    edit.selectAll()
    edit.insertPlainText(text)  # like a paste: QTest.keyClicks types ASCII only
    assert window.session.flush()


def _comment(window, text: str, quote: str = "") -> None:  # type: ignore[no-untyped-def]
    panel = window.review.panel
    panel.quote_edit.setText(quote)
    panel.comment_edit.setPlainText(text)
    panel.comment_button.click()
    assert panel.error.text() == ""


def _nav_text(window, number: str) -> str:  # type: ignore[no-untyped-def]
    return window.navigator.items[number].text(0)


def _mark(window, number: str) -> str:  # type: ignore[no-untyped-def]
    """The marks in front of a question's number in the navigator ("✓ ✎1")."""
    text = _nav_text(window, number)
    shown = window.session.form.question(number).printed_number or window.session.form.question(number).display_number
    return text.split(f" {shown.rstrip('.')}  ", 1)[0]


@pytest.fixture
def reviewer_window(make_window, empty_draft):  # type: ignore[no-untyped-def]
    window = make_window(draft_id=empty_draft)
    window.set_display_name("Greta Granskare")
    return window


def test_menus_dock_and_shortcut(window):
    registry = window.registry
    assert registry.docks["comments"].windowTitle() == "Kommentarer"
    assert registry.action("view-comments") in registry.menus["view"].actions()
    review_menu = [a.objectName() for a in registry.menus["review"].actions() if not a.isSeparator()]
    assert review_menu[:2] == ["action-comment-selection", "action-reviewer-mode"]
    assert {
        "action-review-filter-all",
        "action-review-filter-mine",
        "action-review-filter-open-comments",
        "action-review-filter-not-approved",
    } <= set(review_menu)
    assert registry.action("comment-selection").shortcut().toString() == "Ctrl+Alt+M"
    file_menu = [a.objectName() for a in registry.menus["file"].actions() if not a.isSeparator()]
    assert file_menu.index("action-bundle-import") < file_menu.index("action-print-review") < file_menu.index("action-quit")
    titles = [m.title() for m in (a.menu() for a in window.menuBar().actions()) if m is not None]
    assert titles.index("Gra&nskning") == titles.index("&Inlämning") - 1 == titles.index("&Hjälp") - 2


def test_dock_follows_the_current_question(qtbot, window):
    panel = window.review.panel
    assert panel is not None and panel.review.draft_id == window.session.draft_id
    assert window.go_to_question("17")
    assert panel.question == "17" and "17" in panel.title.text()
    window.form_view.field_widget("3").edit.setFocus()  # the focus moves to another answer
    assert panel.question == "3"
    window.navigator.tree.setCurrentItem(window.navigator.items["12"])  # navigator selection
    assert panel.question == "12"
    window.navigator.tree.setCurrentItem(window.navigator.items["1"])  # a group heading
    assert panel.question is None and not panel.comment_button.isEnabled()


def test_the_panel_is_built_when_its_dock_shows_at_the_question_the_user_is_at(qtbot, window):
    """Behind the Kontroll tab the comments panel is not built at start; shown later, it
    opens at the question the user moved to meanwhile (focus or jump), not at none."""
    review = window.review
    draft_id = window.session.draft_id
    review.dock.hide()  # Visa › Kommentarer off (or a tab behind Kontroll): nothing shows it
    window.close_draft()
    window.open_draft(draft_id)
    assert review._panel is None
    assert window.go_to_question("17")
    window.form_view.field_widget("3").edit.setFocus()
    qtbot.waitUntil(lambda: review._panel_question == "3")
    window.validation_dock.setFocus()  # the focus leaves the answers, as a click on the tab does
    review.dock.show()
    review.dock.raise_()
    qtbot.waitUntil(lambda: review._panel is not None)
    assert review._panel.question == "3" and "3" in review._panel.title.text()


def test_comment_shows_count_mark_and_is_stored_then_resolve_removes_it(qtbot, reviewer_window, data_dir, empty_draft):
    window = reviewer_window
    window.go_to_question("17")
    assert "✎" not in _mark(window, "17")
    _comment(window, "Stämmer det med protokollen?")
    assert _mark(window, "17").endswith("✎1")
    assert "1 öppen kommentar" in window.navigator.items["17"].toolTip(0)
    _comment(window, "Och en till")
    assert _mark(window, "17").endswith("✎2")
    store, review = _stored_review(data_dir, empty_draft)
    try:
        threads = review.threads(question="17")
        assert [t.text for t in threads] == ["Stämmer det med protokollen?", "Och en till"]
        assert {t.author for t in threads} == {"Greta Granskare"}  # the user's display name
        panel = window.review.panel
        for _ in range(2):
            panel.threads.setCurrentRow(0)
            panel.resolve_button.click()
        assert "✎" not in _mark(window, "17")
        assert review.open_comment_counts() == {} and len(review.threads(include_resolved=True)) == 2
    finally:
        store.close()


def test_status_mark_from_the_panel(qtbot, reviewer_window, data_dir, empty_draft):
    window = reviewer_window
    window.go_to_question("3")
    window.review.panel.status_box.setCurrentText("Godkänd")
    assert "☑" in _mark(window, "3") and "godkänd" in window.navigator.items["3"].toolTip(0)
    window.review.panel.status_box.setCurrentText("Behöver ändras")
    assert "✗" in _mark(window, "3") and "☑" not in _mark(window, "3")
    store, review = _stored_review(data_dir, empty_draft)
    try:
        assert review.statuses()["3"].status == "Behöver ändras" and review.statuses()["3"].status_by == "Greta Granskare"
    finally:
        store.close()


def test_comment_on_selected_text_quotes_it(qtbot, reviewer_window, data_dir, empty_draft):
    window = reviewer_window
    _type(window, "17", ANSWER_17)
    edit = window.form_view.field_widget("17").edit
    cursor = edit.textCursor()
    start = ANSWER_17.index("gemensam ledningsgrupp")
    cursor.setPosition(start)
    cursor.setPosition(start + len("gemensam ledningsgrupp"), QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    window.activateWindow()
    with qtbot.waitActive(window):  # a window shortcut needs the active window
        pass
    qtbot.keyClick(edit, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    panel = window.review.panel
    assert panel.question == "17" and panel.quote_edit.text() == "gemensam ledningsgrupp"
    assert window.registry.docks["comments"].isVisible()
    panel.comment_edit.setPlainText("Vilka sitter i den?")
    panel.comment_button.click()
    store, review = _stored_review(data_dir, empty_draft)
    try:
        (thread,) = review.threads()
        assert thread.quote == "gemensam ledningsgrupp" and thread.field == "17" and thread.anchor.status == "found"
    finally:
        store.close()


def test_filters_restrict_the_navigator(qtbot, reviewer_window, data_dir, empty_draft):
    window = reviewer_window
    panel = window.review.panel
    window.go_to_question("12")
    _comment(window, "Utveckla")
    window.go_to_question("17")
    panel.assignee_edit.setText("greta  granskare")  # compared without case and extra spaces
    panel.assignee_edit.editingFinished.emit()
    window.go_to_question("3")
    panel.status_box.setCurrentText("Godkänd")
    answerable = [q.number for q in window.session.form.answerable_questions()]

    window.registry.action("review-filter-mine").trigger()
    assert window.review.filter == FILTER_MINE and window.navigator.shown_questions() == ["17"]
    window.registry.action("review-filter-open-comments").trigger()
    assert window.navigator.shown_questions() == ["12"]
    window.registry.action("review-filter-not-approved").trigger()
    assert window.navigator.shown_questions() == [n for n in answerable if n != "3"]
    window.registry.action("review-filter-open-comments").trigger()
    window.go_to_question("12")
    panel.threads.setCurrentRow(0)
    panel.resolve_button.click()  # the filter follows the change at once
    assert window.navigator.shown_questions() == []
    window.registry.action("review-filter-all").trigger()
    assert window.review.filter == FILTER_ALL and len(window.navigator.shown_questions()) == len(list(window.session.form.questions()))
    store, review = _stored_review(data_dir, empty_draft)
    try:  # the filters are the core's queries
        assert review.my_questions("Greta Granskare") == ["17"] and review.questions_with_open_comments() == []
        assert set(review.not_approved()) == set(answerable) - {"3"}
    finally:
        store.close()
    assert FILTER_OPEN_COMMENTS != FILTER_NOT_APPROVED


def test_reviewer_mode_makes_answers_read_only_but_comments_work(qtbot, reviewer_window, data_dir, empty_draft, stored_values):
    window = reviewer_window
    _type(window, "17", ANSWER_17)
    window.session.set_values({"2": "Ja"})
    assert window.session.flush()
    assert window.registry.action("undo").isEnabled()
    window.registry.action("reviewer-mode").trigger()
    assert window.review.reviewer_mode and not window.session.answers_editable
    assert window.review.banner.isVisible() and "Granskningsläge" in window.review.banner.label.text()

    text = window.form_view.field_widget("17")
    assert text.edit.isReadOnly() and text.isEnabled()  # still readable and selectable
    qtbot.keyClicks(text.edit, " extra")
    QGuiApplication.clipboard().setText("inklistrat")
    qtbot.keyClick(text.edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert text.edit.toPlainText() == ANSWER_17
    choice = window.form_view.field_widget("2")
    assert not any(b.isEnabled() for b in choice.buttons) and not choice.clear_button.isEnabled()
    choice.buttons[1].click()  # disabled: nothing happens
    number = window.form_view.field_widget("36")
    assert number.edit.isReadOnly()
    check = window.form_view.field_widget("36 / Antalet kan inte anges")
    assert not check.isEnabled()
    matrix = window.form_view.field_widget("8")
    assert not matrix.groups[0].button(0).isEnabled()

    # Ångra is off, also by keyboard inside the text box and on the stack itself
    assert not window.registry.action("undo").isEnabled() and window.undo_stack.canUndo()
    qtbot.keyClick(text.edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    window.undo_stack.undo()  # even a direct call leaves the answers alone
    assert window.session.value("2") == "Ja" and window.session.value("17") == ANSWER_17
    # a widget edit that slips through is refused and the stored value shown again
    window.form_view.propose({"17": "ändrat"}, "test")
    assert window.session.value("17") == ANSWER_17 and "Granskningsläge" in window.statusBar().currentMessage()

    # quoting from the read-only answer and commenting still work
    window.go_to_question("17")
    text.select_match("ledningsgrupp")
    window.registry.action("comment-selection").trigger()
    assert window.review.panel.quote_edit.text() == "ledningsgrupp"
    window.review.panel.comment_edit.setPlainText("Granskarens kommentar")
    window.review.panel.comment_button.click()
    window.review.panel.status_box.setCurrentText("Klar för granskning")
    assert window.session.flush()
    values = stored_values(data_dir, empty_draft)
    assert values["17"] == ANSWER_17 and values["2"] == "Ja"
    store, review = _stored_review(data_dir, empty_draft)
    try:
        assert [t.text for t in review.threads()] == ["Granskarens kommentar"]
        assert review.statuses()["17"].status == "Klar för granskning"
    finally:
        store.close()

    window.show_start_page()
    assert not window.review.banner.isVisible()  # only over the draft
    window.pages.setCurrentWidget(window.editor_page)
    assert window.review.banner.isVisible()
    window.registry.action("reviewer-mode").trigger()  # off again: editing as before
    assert not text.edit.isReadOnly() and choice.buttons[1].isEnabled() and not window.review.banner.isVisible()
    assert not window.form_view.field_widget("2a").edit.isReadOnly()
    _type(window, "17", "Ny text")
    assert stored_values(data_dir, empty_draft)["17"] == "Ny text"
    assert window.registry.action("undo").isEnabled()


def test_reviewer_mode_is_remembered_and_survives_a_language_switch(qtbot, make_window, empty_draft, data_dir):
    first = make_window(draft_id=empty_draft)
    first.registry.action("reviewer-mode").trigger()
    first.close()
    window = make_window(draft_id=empty_draft)
    assert window.settings.value(KEY_REVIEWER_MODE, False, type=bool)
    assert window.review.reviewer_mode and window.form_view.field_widget("17").edit.isReadOnly()
    window.go_to_question("12")
    assert window.set_language("en")
    try:
        assert window.form_view.field_widget("17").edit.isReadOnly()  # the rebuilt editor too
        assert not window.registry.action("undo").isEnabled()
        panel = window.review.panel
        assert panel is not None and panel.question == "12"
        _comment(window, "After the switch")
        assert _mark(window, "12").endswith("✎1")
    finally:
        window.set_language("sv")


def test_panel_is_rebuilt_for_another_draft_and_cleared_on_close(qtbot, window, data_dir):
    window.go_to_question("17")
    _comment(window, "I det första utkastet")
    other = window.create_draft(FORM_ID, "Annat utkast")
    panel = window.review.panel
    assert panel.review.draft_id == other.draft_id and panel.threads.count() == 0
    assert all("✎" not in _mark(window, n) for n in ("12", "17"))
    window.close_draft()
    assert window.review.panel is None and window.review.scroll.widget() is window.review.no_draft
    assert not window.registry.action("print-review").isEnabled()


def test_print_writes_the_review_pdf(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "kopia"
    opened: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "PDF (*.pdf)")))
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile()) or True))
    _type(window, "17", ANSWER_17)
    window.go_to_question("17")
    _comment(window, "En kommentar i utskriften")
    _comment(window, "En löst tråd")
    panel = window.review.panel
    panel.threads.setCurrentRow(1)
    panel.resolve_button.click()
    window.registry.action("print-review").trigger()
    assert window.review.pii_box is None  # nothing to warn about
    pdf = tmp_path / "kopia.pdf"
    assert opened == [str(pdf)]
    text = "".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages)
    assert "Region Test" in text and "En kommentar i utskriften" in text and "En löst tråd" not in text
    assert "granskningskopia" in window.statusBar().currentMessage().lower()
    window.registry.action("print-include-resolved").trigger()  # Skriv ut lösta trådar också
    window.registry.action("print-review").trigger()
    text = "".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages)
    assert "En löst tråd" in text


def test_print_warns_about_personal_data_first(qtbot, window, tmp_path, monkeypatch):
    asked: list[str] = []
    target = tmp_path / "kopia.pdf"

    def save_as(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        asked.append("dialog")
        return str(target), "PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: True))
    _type(window, "17", "Ring 19121212-1212 om rutinerna.")
    window.registry.action("print-review").trigger()
    box = window.review.pii_box
    assert isinstance(box, PiiWarningBox) and box.isVisible() and asked == []  # the warning comes first
    assert "personuppgifter" in box.text() and "19121212-****" in box.informativeText() and "1212-1212" not in box.informativeText()
    assert box.proceed_button.text() == "Fortsätt ändå"
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert asked == [] and not target.exists() and window.review.pii_box is None

    window.registry.action("print-review").trigger()
    window.review.pii_box.proceed_button.click()
    assert asked == ["dialog"] and target.is_file()
    text = "".join(page.extract_text() for page in pypdf.PdfReader(target).pages)
    assert "19121212-1212" in text  # printed as written: the user chose to go on


def test_bundle_export_uses_the_same_warning(qtbot, window):
    _type(window, "3", "Ring 19121212-1212 om rutinerna.")
    window.registry.action("bundle-export").trigger()
    box = window.collaboration.pii_box
    assert isinstance(box, PiiWarningBox) and box.proceed_button is window.collaboration.export_anyway
    assert box.proceed_button.text() == "Exportera ändå"
    box.button(QMessageBox.StandardButton.Cancel).click()


def test_reviewer_mode_blocks_a_parked_answer_restore(qtbot, window, data_dir, empty_draft, stored_values):
    window.session.set_values({"10": "Nej", "10a": "Parkerad text"})
    assert window.session.flush()
    window.refresh_status()
    assert any(p.ref.key == "10a" for p in window.session.evaluator().parked())
    window.review.set_reviewer_mode(True)
    steps = window.undo_stack.count()
    window.parked_actions.restore("10a")  # would set 10 to Ja
    assert window.undo_stack.count() == steps and window.session.value("10") == "Nej"
    assert window.session.flush() and stored_values(data_dir, empty_draft)["10"] == "Nej"


def test_comments_written_elsewhere_show_when_coming_back(qtbot, window, data_dir, empty_draft, come_back):
    window.go_to_question("17")
    store, review = _stored_review(data_dir, empty_draft)
    try:
        review.add_comment("17", "Från terminalen")  # like `naravard comment add`
    finally:
        store.close()
    assert "✎" not in _mark(window, "17")
    come_back(window)
    assert _mark(window, "17").endswith("✎1") and window.review.panel.threads.count() == 1


def test_pii_warning_lists_at_most_eight_findings(qtbot, window):
    from naravard_desktop.ui.submission.pii_warning import LINES_SHOWN, warn_about_personal_data

    fields = ["1a", "1b", "1c", "1d", "2a", "3", "7a", "8a", "10a", "12"]
    window.session.set_values({key: f"Kontakt {key}: 19121212-1212" for key in fields})
    assert window.session.flush()
    session = window.session
    box = warn_about_personal_data(window, session.store, session.form, session.draft_id, "Text")
    assert box is not None and box.isVisible()
    lines = box.informativeText().splitlines()
    assert sum("19121212-****" in line for line in lines) == LINES_SHOWN == 8
    assert "… och 2 till" in lines
    proceeded: list[bool] = []
    box.proceed.connect(lambda: proceeded.append(True))
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert proceeded == []
    window.session.set_values({key: None for key in fields})
    assert window.session.flush()
    assert warn_about_personal_data(window, session.store, session.form, session.draft_id, "Text") is None


def test_reviewer_mode_blocks_a_restore_from_the_history(qtbot, window, data_dir, empty_draft, stored_values):
    _type(window, "17", "Första versionen")
    _type(window, "17", "Andra versionen")
    window.review.set_reviewer_mode(True)
    window.form_view.field_widget("17").edit.setFocus()
    window.registry.action("field-history").trigger()
    history = window.collaboration.history_dialog
    assert history.view.field == "17" and history.view.table.rowCount() == 2
    history.view.select_revision(history.view.revisions[0].id)
    history.view.restore_button.click()
    assert "Granskningsläge" in history.view.message.text()
    assert stored_values(data_dir, empty_draft)["17"] == "Andra versionen"
    window.review.set_reviewer_mode(False)
    history.view.restore_button.click()
    assert stored_values(data_dir, empty_draft)["17"] == "Första versionen"

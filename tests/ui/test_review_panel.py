"""The comments panel over core.review: add, reply, resolve, reopen, status, assignee."""

import pytest
from PySide6.QtCore import Qt

from naravard_desktop.core.review.comments import Review
from naravard_desktop.core.storage.store import DraftStore
from naravard_desktop.ui.review.review_panel import ReviewPanel


@pytest.fixture
def panel(qtbot, data_dir, form, halland_answers):
    store = DraftStore(data_dir, editor_name="Anna")
    draft = store.create_draft(form.id, "Svar 2024", "Region Halland")
    store.set_values(draft.id, halland_answers)
    widget = ReviewPanel(store, form, draft.id)
    qtbot.addWidget(widget)
    widget.set_question("17")
    yield widget
    store.close()


def test_add_reply_resolve_reopen(qtbot, panel):
    review: Review = panel.review
    with qtbot.waitSignal(panel.changed):
        panel.set_quote("Palliativa konsultteamet (PKT)")
        panel.comment_edit.setPlainText("För långt")
        qtbot.mouseClick(panel.comment_button, Qt.MouseButton.LeftButton)
    [thread] = review.threads(question="17")
    assert thread.quote == "Palliativa konsultteamet (PKT)" and panel.threads.count() == 1
    assert "”Palliativa konsultteamet (PKT)”" in panel.threads.item(0).text()
    panel.threads.setCurrentRow(0)
    assert panel.reply_button.isEnabled() and panel.resolve_button.isEnabled() and not panel.reopen_button.isEnabled()
    panel.reply_edit.setPlainText("Jag kortar")
    qtbot.mouseClick(panel.reply_button, Qt.MouseButton.LeftButton)
    assert [r.text for r in review.thread(thread.id).replies] == ["Jag kortar"]
    assert "Jag kortar" in panel.threads.item(0).text()
    qtbot.mouseClick(panel.resolve_button, Qt.MouseButton.LeftButton)
    assert review.threads(question="17") == [] and panel.threads.count() == 0
    panel.show_resolved.setChecked(True)
    assert panel.threads.count() == 1 and "löst av Anna" in panel.threads.item(0).text()
    panel.threads.setCurrentRow(0)
    assert panel.reopen_button.isEnabled() and not panel.resolve_button.isEnabled()
    qtbot.mouseClick(panel.reopen_button, Qt.MouseButton.LeftButton)
    assert [t.id for t in review.threads(question="17")] == [thread.id]


def test_bad_quote_shows_error_and_keeps_text(qtbot, panel):
    panel.set_quote("finns inte i svaret")
    panel.comment_edit.setPlainText("x")
    qtbot.mouseClick(panel.comment_button, Qt.MouseButton.LeftButton)
    assert "citatet finns inte" in panel.error.text()
    assert panel.comment_edit.toPlainText() == "x"
    assert panel.review.threads(include_resolved=True) == []


def test_status_and_assignee(qtbot, panel):
    with qtbot.waitSignal(panel.changed):
        panel.status_box.setCurrentText("Behöver ändras")
    assert panel.review.statuses()["17"].status == "Behöver ändras"
    panel.assignee_edit.setText("Bo")
    panel.assignee_edit.editingFinished.emit()
    assert panel.review.statuses()["17"].assignee == "Bo"
    panel.set_question("3")
    assert panel.status_box.currentText() == "Utkast" and panel.assignee_edit.text() == ""
    panel.set_question("17")
    assert panel.status_box.currentText() == "Behöver ändras" and panel.assignee_edit.text() == "Bo"


def test_no_question_disables_input(panel):
    panel.set_question(None)
    assert not panel.comment_button.isEnabled() and panel.threads.count() == 0

import pytest
from conftest import FORM_ID
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from naravard_desktop.core.storage.store import DraftStore
from naravard_desktop.ui.submission.transfer_mode import TransferMode


@pytest.fixture
def store(data_dir):
    s = DraftStore(data_dir, editor_name="Anna")
    yield s
    s.close()


@pytest.fixture
def widget(qtbot, store, form, halland_answers):
    draft = store.create_draft(FORM_ID, "Svar 2024", "Region Halland")
    store.set_values(draft.id, {**halland_answers, "3": "Första raden\r\nAndra raden"})
    w = TransferMode(store, form, draft.id)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_starts_at_the_first_question_with_progress(widget):
    assert widget.item.number == "1a"
    assert widget.progress_label.text().startswith("0 av 50 överförda")
    assert "Fråga 1 a" in widget.question_label.text()
    assert not widget.previous_button.isEnabled()


def test_copy_button_puts_exact_text_with_lf_on_clipboard(qtbot, widget):
    QGuiApplication.clipboard().clear()
    assert widget.show_question("3")
    qtbot.mouseClick(widget.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "Första raden\nAndra raden"
    assert "24 av högst 1000 tecken" in widget.count_label.text()


def test_copy_shortcut(qtbot, widget):
    QGuiApplication.clipboard().clear()
    widget.show_question("18")
    widget.answer_view.setFocus()
    qtbot.keyClick(widget.answer_view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert QGuiApplication.clipboard().text() == "Utveckling av vårdplaner inom psykiatri"
    assert "Kryssa: Andra åtgärder, ange vad" in widget.ticks_label.text()


def test_matrix_shows_what_to_tick_and_nothing_to_copy(widget):
    widget.show_question("8")
    assert "Samverkan: kryssa Nej" in widget.ticks_label.text()
    assert not widget.copy_button.isEnabled()


def test_mark_next_previous_and_stale(qtbot, widget, store):
    widget.show_question("3")
    qtbot.mouseClick(widget.mark_button, Qt.MouseButton.LeftButton)
    assert widget.progress_label.text().startswith("1 av 50")
    assert widget.state_label.text() == "✓ Överförd" and widget.mark_button.text() == "Ångra markering"
    qtbot.mouseClick(widget.next_button, Qt.MouseButton.LeftButton)
    assert widget.item.number == "4"
    store.set_values(widget.draft_id, {"3": "Ändrad"})
    widget.refresh()
    qtbot.mouseClick(widget.previous_button, Qt.MouseButton.LeftButton)
    assert widget.item.number == "3" and "ändrats" in widget.state_label.text()
    assert widget.progress_label.text().startswith("0 av 50")
    assert widget.mark_button.text() == "Markera som överförd"


def test_over_limit_cannot_be_marked(widget):
    widget.show_question("17")
    assert not widget.mark_button.isEnabled()
    assert "1191 av högst 1000" in widget.mark_button.toolTip()
    assert "⊘" in widget.flags_label.text() and "över gränsen" in widget.count_label.text()


def test_keyboard_walk_mark_and_refusal(qtbot, widget):
    widget.show_question("3")
    widget.answer_view.setFocus()
    mods = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(widget.answer_view, Qt.Key.Key_M, mods)
    assert widget.item.transferred
    qtbot.keyClick(widget.answer_view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert widget.item.number == "4"
    qtbot.keyClick(widget.answer_view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert widget.item.number == "3"
    widget.show_question("17")
    widget.answer_view.setFocus()
    qtbot.keyClick(widget.answer_view, Qt.Key.Key_M, mods)
    assert not widget.item.marked and "1191 av högst 1000" in widget.message_label.text()

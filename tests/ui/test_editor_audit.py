"""Issue 4 audit: keyboard-only use, long pastes, counting, shortcuts, parked answers, errors."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QAction, QGuiApplication, QHelpEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from naravard_desktop.core.forms.counting import count_like_browser
from naravard_desktop.ui import app as app_module
from naravard_desktop.ui.settings import KEY_LAST_DRAFT
from naravard_desktop.ui.widgets.question_card import QuestionCard

OTHER_18 = "18 / Andra åtgärder, ange vad"


def focus(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)


def active(qtbot, window):  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def card_of(widget: QWidget) -> QuestionCard | None:
    while widget is not None and not isinstance(widget, QuestionCard):
        widget = widget.parentWidget()
    return widget


def tab_walk(qtbot, window, start: QWidget, limit: int = 3000) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """Press Tab from `start` until the focus leaves the questionnaire; the widgets it visits."""
    container = window.form_view.widget()
    focus(qtbot, start)
    visited: list[QWidget] = []
    for _ in range(limit):
        widget = QApplication.focusWidget()
        if widget is None or not container.isAncestorOf(widget) or widget in visited:
            break
        visited.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    return visited


def test_tab_alone_reaches_every_input_in_form_order(qtbot, make_window, halland_draft):
    window = active(qtbot, make_window(draft_id=halland_draft))
    container = window.form_view.widget()
    first = window.form_view.cards["1a"].editor.edit
    visited = tab_walk(qtbot, window, first)
    reachable = [
        w
        for w in container.findChildren(QWidget)
        if isinstance(w, (QPlainTextEdit, QLineEdit, QCheckBox, QPushButton))
        and w.isVisibleTo(container)
        and w.isEnabled()
        and w.focusPolicy() != Qt.FocusPolicy.NoFocus
    ]  # not just TabFocus ones: a QButtonGroup takes TabFocus away from all but one of its buttons
    missed = [w.accessibleName() for w in reachable if w not in visited]

    assert not missed, missed
    # Radio buttons: one Tab stop per group (the arrow keys move inside it, see below).
    for group in container.findChildren(QButtonGroup):
        radios = [b for b in group.buttons() if isinstance(b, QRadioButton) and b.isVisibleTo(container)]
        if radios:
            assert any(b in visited for b in radios), radios[0].accessibleName()
    # The Tab order follows the form: questions never go backwards, and every stop is named after its question.
    order = {number: index for index, number in enumerate(window.form_view.cards)}
    positions = [order[card_of(w).question.number] for w in visited]
    assert positions == sorted(positions)
    for widget in visited:
        assert card_of(widget).question.display_number in widget.accessibleName(), widget.accessibleName()


def test_multiple_choice_exclusive_option_and_other_text_with_the_keyboard_alone(qtbot, window):
    active(qtbot, window)
    field = window.form_view.field_widget("18")
    question = field.question
    boxes = dict(zip(question.options, field.buttons, strict=True))
    first, second = question.options[:2]
    exclusive = question.exclusive_options[0]
    focus(qtbot, boxes[first])
    qtbot.keyClick(boxes[first], Qt.Key.Key_Space)
    qtbot.keyClick(boxes[first], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is boxes[second]
    qtbot.keyClick(boxes[second], Qt.Key.Key_Space)
    assert window.session.value("18") == [first, second]
    # Tab on to "Andra åtgärder, ange vad": its text is skipped while the option is off …
    other = "Andra åtgärder, ange vad"
    while QApplication.focusWidget() is not boxes[other]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(boxes[other], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is boxes[exclusive]
    # … and reached once the option is ticked with Space.
    qtbot.keyClick(boxes[exclusive], Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(boxes[other], Qt.Key.Key_Space)
    qtbot.keyClick(boxes[other], Qt.Key.Key_Tab)
    detail = window.form_view.field_widget(OTHER_18)
    assert QApplication.focusWidget() is detail.edit
    qtbot.keyClicks(detail.edit, "Dialogmoten")
    assert window.session.value(OTHER_18) == "Dialogmoten"
    qtbot.keyClick(detail.edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is boxes[exclusive]
    qtbot.keyClick(boxes[exclusive], Qt.Key.Key_Space)  # the exclusive option clears the others …
    assert window.session.value("18") == [exclusive]
    assert not detail.isEnabled() and window.session.value(OTHER_18) == "Dialogmoten"  # parked, not lost
    focus(qtbot, boxes[first])
    qtbot.keyClick(boxes[first], Qt.Key.Key_Space)  # … and another option clears the exclusive one
    assert window.session.value("18") == [first]
    assert not boxes[exclusive].isChecked()


def test_arrow_keys_choose_in_single_choice_and_matrix_rows(qtbot, window):
    active(qtbot, window)
    single = window.form_view.field_widget("10")
    focus(qtbot, single.buttons[0])
    qtbot.keyClick(single.buttons[0], Qt.Key.Key_Space)
    assert window.session.value("10") == "Ja"
    qtbot.keyClick(single.buttons[0], Qt.Key.Key_Down)
    assert window.session.value("10") == "Nej"
    matrix = window.form_view.field_widget("15")
    row = matrix.question.rows[0]
    focus(qtbot, matrix.groups[0].button(0))
    qtbot.keyClick(matrix.groups[0].button(0), Qt.Key.Key_Right)  # nothing chosen yet: only moves
    assert QApplication.focusWidget() is matrix.groups[0].button(1)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert window.session.value("15") == {row: matrix.question.columns[1]}
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left)
    assert window.session.value("15") == {row: matrix.question.columns[0]}


def test_ten_thousand_characters_with_emoji_and_decomposed_letters_are_kept_and_counted(
    qtbot, window, data_dir, empty_draft, stored_values
):
    piece = "Vårdcentralen i Falkenberg 😀 öppnade\r\nkafe\u0301 för alla. "
    text = (piece * (10_000 // len(piece) + 1))[:10_000]
    QGuiApplication.clipboard().setText(text)
    field = window.form_view.field_widget("17")
    focus(qtbot, field.edit)
    field.edit.paste()
    kept = text.replace("\r\n", "\n")  # a text box keeps one line break where Windows had two characters
    assert field.edit.toPlainText() == kept
    assert window.session.value("17") == kept
    assert field.count.count == count_like_browser(kept) == len(kept) + kept.count("😀")  # emoji 2, é as e + accent 2
    assert field.count.state == "over"
    assert field.count.text().endswith(f"{field.count.over_by} tecken för mycket")
    assert f"{field.count.over_by} tecken för lång" in window.statusBar().currentMessage()
    QApplication.sendEvent(field.count, QHelpEvent(QEvent.Type.ToolTip, QPoint(2, 2), field.count.mapToGlobal(QPoint(2, 2))))
    tip = field.count.toolTip()
    assert "radbrytning" in tip and "emoji" in tip and "sammansatta" in tip
    assert "radbrytning" in field.count.accessibleDescription()
    assert window.session.flush()
    assert stored_values(data_dir, empty_draft)["17"] == kept


def test_a_one_line_field_never_cuts_a_long_paste(qtbot, make_window, window, data_dir, empty_draft, stored_values):
    window.session.set_values({"18": ["Andra åtgärder, ange vad"]})
    detail = window.form_view.field_widget(OTHER_18)
    assert detail.isEnabled()
    text = "Samverkan med kommunerna. " * 1600  # 41 600 characters: past QLineEdit's default 32 767
    QGuiApplication.clipboard().setText(text)
    focus(qtbot, detail.edit)
    detail.edit.paste()
    assert window.session.value(OTHER_18) == text
    window.close()
    assert stored_values(data_dir, empty_draft)[OTHER_18] == text
    reopened = make_window(draft_id=empty_draft)
    assert reopened.form_view.field_widget(OTHER_18).edit.text() == text


def test_go_to_find_and_unanswered_shortcuts_work_from_inside_an_answer(qtbot, window, monkeypatch):
    active(qtbot, window)
    asked: list[str] = []

    def get_text(*args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(args[2])
        return "14 a" if len(asked) == 1 else "15", True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    window.session.set_values({"14": "Ja", "1a": "Svar", "1c": "Svar"})
    edit = window.form_view.field_widget("3").edit
    focus(qtbot, edit)
    qtbot.keyClick(edit, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert asked and window.current_question() == "14a"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert window.current_question() == "15"  # printed "5." but numbered 15
    focus(qtbot, window.form_view.field_widget("1b").edit)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F8)
    assert window.current_question() == "1d"  # 1c is answered
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert window.current_question() == "1b"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert window.current_question() != "1a"  # answered: skipped (wraps to the last unanswered)
    focus(qtbot, edit)
    qtbot.keyClick(edit, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.find_bar.isVisible() and window.find_bar.edit.hasFocus()
    qtbot.keyClicks(window.find_bar.edit, "ambulans")
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
    assert window.current_question() == "27"
    assert edit.toPlainText() == ""  # no shortcut typed into the answer


def test_no_key_is_bound_to_two_actions(window):
    """Windows binds Ctrl+G to FindNext too; an ambiguous key triggers nothing in Qt."""
    owners: dict[str, list[str]] = {}
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            owners.setdefault(key.toString(), []).append(action.objectName())
    assert {key: names for key, names in owners.items() if len(names) > 1} == {}
    assert window.registry.action("go-to").shortcut().toString() == "Ctrl+G"
    assert window.registry.action("find-next").shortcuts()[0].toString() == "F3"


def test_a_parked_answer_stays_when_the_delete_is_not_confirmed(qtbot, window, monkeypatch):
    asked: list[str] = []

    def question(*args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(args[2])
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    window.session.set_values({"10": "Nej", "10a": "Gammal text"})
    window.refresh_status()
    assert [p.ref.key for p in window.parked_panel.parked] == ["10a"]
    steps = window.undo_stack.count()
    window.parked_panel.list.setCurrentRow(0)
    window.parked_panel.delete_button.click()
    assert asked and "Ta bort det parkerade svaret" in asked[0]
    assert window.session.value("10a") == "Gammal text"
    assert window.undo_stack.count() == steps
    # Changing answers further (even clearing 10) never deletes it either.
    window.session.set_values({"10": None})
    assert window.session.value("10a") == "Gammal text"


def test_conditions_state_the_printed_quirks(qtbot, window):
    cards = window.form_view.cards
    texts = lambda card: [label.text() for label in card.findChildren(type(card.text_label))]  # noqa: E731
    assert cards["10a"].condition_label.text() == "Besvaras om fråga 10 är Ja"
    assert any("”fråga 11”" in t and "fråga 10" in t for t in texts(cards["10a"]))
    assert cards["14a"].condition_label.text() == "Besvaras om fråga 14 är Ja"
    assert any("”fråga 15”" in t and "fråga 14" in t for t in texts(cards["14a"]))
    assert "Fråga 15 (tryckt som ”5.”)" in texts(cards["15"])
    assert window.navigator.items["15"].text(0).split()[1] == "5"
    assert cards["14a"].isHidden()
    window.session.set_values({"14": "Ja"})
    assert not cards["14a"].isHidden()


def test_leaving_a_field_writes_it_without_waiting_for_the_timer(qtbot, window, data_dir, empty_draft, stored_values):
    active(qtbot, window)
    window.session.DEBOUNCE_MS = window.session.MAX_DELAY_MS = 60_000  # only leaving the field can write now
    edit = window.form_view.field_widget("3").edit
    focus(qtbot, edit)
    qtbot.keyClicks(edit, "Skrivet")
    assert window.session.has_pending()  # typed, held back by the (long) timers
    assert "3" not in stored_values(data_dir, empty_draft)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: stored_values(data_dir, empty_draft).get("3") == "Skrivet", timeout=3000)


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_is_logged_and_shown_not_an_exit(qtbot, window, tmp_path, monkeypatch):
    log_file = tmp_path / "logs" / "naravard-desktop.log"
    log_file.parent.mkdir()
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(sys, "__excepthook__", lambda *args: None)
    saved: list[bool] = []
    monkeypatch.setattr(app_module, "on_uncaught", [lambda: saved.append(True)])
    app_module.install_excepthook(log_file)

    def broken() -> None:
        raise RuntimeError("fel i en knapp")

    button = QPushButton("x")
    qtbot.addWidget(button)
    button.clicked.connect(broken)
    shown = len(app_module.shown_errors)
    button.click()
    logged = log_file.read_text("utf-8")
    assert "builtins.RuntimeError" in logged and "in broken" in logged
    assert "fel i en knapp" not in logged  # messages may quote user text: never in the log (issue 14 item 9)
    assert saved == [True]
    box = app_module.shown_errors[-1]
    assert len(app_module.shown_errors) == shown + 1 and box.isVisible()
    assert "fel i en knapp" in box.detailedText()
    box.close()
    assert window.isVisible()  # the app goes on


def test_every_check_box_and_button_is_named_after_its_question(window):
    for card in window.form_view.cards.values():
        for widget in card.findChildren(QAbstractButton):
            assert widget.accessibleName().startswith("Fråga " + card.question.display_number), widget.accessibleName()


def test_copying_a_parked_answer_puts_it_on_the_clipboard_and_keeps_it(qtbot, window):
    window.session.set_values({"10": "Ja", "10a": "Effekter på\nflera rader"})
    window.session.set_values({"10": "Nej"})
    window.refresh_status()
    window.parked_panel.list.setCurrentRow(0)
    window.parked_panel.copy_button.click()
    assert QGuiApplication.clipboard().text() == "Effekter på\nflera rader"
    assert "kopierat" in window.statusBar().currentMessage()
    assert window.session.value("10a") == "Effekter på\nflera rader"
    target = window.form_view.field_widget("17").edit
    target.setFocus()
    target.paste()
    assert window.session.value("17") == "Effekter på\nflera rader"


def test_an_unclean_exit_is_reported_with_the_time_of_the_last_saved_change(make_window, data_dir, empty_draft):
    import json
    import subprocess

    from naravard_desktop.core.storage import session_marker
    from naravard_desktop.core.storage.store import DraftStore
    from naravard_desktop.core.times import local_time

    with DraftStore(data_dir) as store:
        store.set_values(empty_draft, {"3": "Skrivet innan kraschen"})
        last = store.last_change_at(empty_draft)
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True, check=True)
    session_marker.marker_path(data_dir).write_text(
        json.dumps({"pid": int(gone.stdout), "started_at": "2025-03-01T08:00:00+00:00", "draft_id": empty_draft}), "utf-8"
    )
    window = make_window()
    assert window.session is not None and window.session.draft_id == empty_draft
    assert not window.banner.isHidden()
    text = window.banner.label.text()
    assert "avslutades oväntat" in text and local_time(last) in text and "”Test”" in text
    assert window.form_view.field_widget("3").edit.toPlainText() == "Skrivet innan kraschen"
    assert local_time("inte en tid") == "inte en tid"  # an odd marker never stops the start


def test_open_another_draft_with_the_keyboard_alone(qtbot, make_window, data_dir, empty_draft):
    from naravard_desktop.core.storage.store import DraftStore

    with DraftStore(data_dir) as store:
        other = store.create_draft("sos-gnv-regioner-2024", "Andra utkastet", "Region Test").id
    window = active(qtbot, make_window(draft_id=empty_draft))
    edit = window.form_view.field_widget("3").edit
    focus(qtbot, edit)
    qtbot.keyClick(edit, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.start_page
    drafts = window.start_page.draft_list
    qtbot.waitUntil(drafts.hasFocus)
    row = next(i for i in range(drafts.count()) if "Andra utkastet" in drafts.item(i).text())
    while drafts.currentRow() != row:
        qtbot.keyClick(drafts, Qt.Key.Key_Down if drafts.currentRow() < row else Qt.Key.Key_Up)
    qtbot.keyClick(drafts, Qt.Key.Key_Return)
    assert window.session is not None and window.session.draft_id == other
    assert window.pages.currentWidget() is window.editor_page
    assert window.settings.value(KEY_LAST_DRAFT) == other


def test_an_unexpected_error_in_the_autosave_thread_is_retried_not_a_hang(qtbot, window, data_dir, empty_draft, stored_values, monkeypatch):
    from naravard_desktop.core.storage.store import DraftStore

    real = DraftStore.set_values
    failures: list[str] = []

    def set_values_failing_once(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        if not failures:
            failures.append("x")
            raise ValueError("oväntat fel i skrivtråden")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(DraftStore, "set_values", set_values_failing_once)
    window.session.set_values({"3": "Finns kvar"})
    window.session.write_soon()
    banner = window.backups.save_banner
    qtbot.waitUntil(banner.isVisible, timeout=5000)
    assert "oväntat fel i skrivtråden" in window.statusBar().currentMessage()
    assert window.session._writer.is_alive()  # the writer goes on: a later flush cannot hang
    assert window.session.flush()
    assert stored_values(data_dir, empty_draft)["3"] == "Finns kvar"


def test_warnings_of_a_run_reach_the_log_dir(data_dir, empty_draft, monkeypatch):
    import json
    import subprocess

    from naravard_desktop.core.storage import paths, session_marker

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True, check=True)
    session_marker.marker_path(data_dir).write_text(
        json.dumps({"pid": int(gone.stdout), "started_at": "2025-03-01T08:00:00.000000Z", "draft_id": empty_draft}), "utf-8"
    )
    assert app_module.main(["--data-dir", str(data_dir), "--self-test"]) == 0
    log_text = (paths.log_dir(data_dir) / app_module.LOG_FILENAME).read_text("utf-8")
    assert "WARNING recovered after an unclean exit" in log_text


def test_a_failed_start_is_logged_and_waits_for_the_error_dialog(data_dir, monkeypatch):
    from naravard_desktop.core.storage import paths
    from naravard_desktop.ui.storage import backups

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("trasig start")

    waited: list[str] = []

    def exec_box(box):  # type: ignore[no-untyped-def]
        waited.append(box.detailedText())
        box.close()
        return 0

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(sys, "__excepthook__", lambda *args: None)
    monkeypatch.setattr(backups, "open_main_window", broken)
    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    assert app_module.main(["--data-dir", str(data_dir)]) == 1
    logged = (paths.log_dir(data_dir) / app_module.LOG_FILENAME).read_text("utf-8")
    assert "builtins.RuntimeError" in logged and "in broken" in logged and "trasig start" not in logged
    assert waited and "trasig start" in waited[-1]


def test_going_back_to_the_open_draft_from_the_start_page_keeps_undo(qtbot, window):
    qtbot.keyClicks(window.form_view.field_widget("3").edit, "abc")
    session = window.session
    window.show_start_page()
    drafts = window.start_page.draft_list
    qtbot.keyClick(drafts, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.editor_page
    assert window.session is session and window.undo_stack.canUndo()
    window.undo_stack.undo()
    assert window.session.value("3") is None

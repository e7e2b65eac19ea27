"""Keyboard use, parked option texts, validation links, remembered window state."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def test_tab_leaves_a_text_box_instead_of_typing_a_tab(qtbot, window):
    edit = window.form_view.field_widget("3").edit
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert edit.toPlainText() == ""
    assert QApplication.focusWidget() is not edit


def test_keyboard_only_choice_and_navigator(qtbot, window):
    field = window.form_view.field_widget("10")
    field.buttons[0].setFocus()
    qtbot.keyClick(field.buttons[0], Qt.Key.Key_Space)
    assert window.session.value("10") == "Ja"
    assert not window.form_view.cards["10a"].isHidden()
    tree = window.navigator.tree
    tree.setFocus()
    tree.setCurrentItem(window.navigator.items["10a"])
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert window.current_question() == "10a"


def test_a_parked_other_text_is_restored_by_ticking_its_option(qtbot, window):
    key = "18 / Andra åtgärder, ange vad"
    window.session.set_values({"18": ["Andra åtgärder, ange vad"], key: "Dialog"})
    window.session.set_values({"18": None})
    window.refresh_status()
    assert [p.ref.key for p in window.parked_panel.parked] == [key]
    window.parked_panel.list.setCurrentRow(0)
    window.parked_panel.restore_button.click()
    assert window.session.value("18") == ["Andra åtgärder, ange vad"]
    assert window.form_view.field_widget(key).isEnabled()
    window.undo_stack.undo()
    assert window.session.value("18") is None and window.session.value(key) == "Dialog"


def test_a_validation_problem_links_to_its_question(qtbot, window):
    window.session.set_values({"17": "x" * 1200})
    window.refresh_validation()
    qtbot.waitUntil(lambda: any(p.kind == "over_limit" for p in window.validation_panel.problems))
    row = next(i for i, p in enumerate(window.validation_panel.problems) if p.kind == "over_limit")
    item = window.validation_panel.list.item(row)
    window.validation_panel.list.itemActivated.emit(item)
    assert window.current_question() == "17"


def test_the_checks_wait_while_kontroll_cannot_be_seen_and_run_when_it_shows(qtbot, window, monkeypatch):
    from naravard_desktop.ui import main_window

    checks: list[str] = []
    check_draft = main_window.check_draft
    monkeypatch.setattr(main_window, "check_draft", lambda *args: checks.append("check") or check_draft(*args))
    toggle = window.registry.actions["view-validation"]  # Visa › Kontroll
    assert window.validation_dock.isVisible()
    toggle.trigger()  # the user closes Kontroll
    qtbot.waitUntil(lambda: not window.validation_dock.isVisible())
    window.session.set_values({"17": "x" * 1200})
    window.session.flush()
    window.refresh_validation()
    assert checks == [] and not any(p.kind == "over_limit" for p in window.validation_panel.problems)
    toggle.trigger()  # and opens it again: checked at once
    qtbot.waitUntil(lambda: any(p.kind == "over_limit" for p in window.validation_panel.problems))
    assert checks == ["check"]


def test_window_geometry_and_last_draft_are_remembered(make_window, empty_draft):
    first = make_window(draft_id=empty_draft)
    width = max(760, first.minimumSizeHint().width())  # the questionnaire has a minimum width
    first.resize(width, 540)  # within the offscreen screen
    first.close()
    second = make_window()
    assert second.session is not None and second.session.draft_id == empty_draft
    assert (second.width(), second.height()) == (width, 540)


def test_a_new_draft_is_ready_for_typing_in_its_first_answer(qtbot, make_window):
    window = make_window(open_last=False)
    window.create_draft("sos-gnv-regioner-2024", "Svar 2025", "Region Halland")
    field = window.form_view.field_widget("1a")
    qtbot.waitUntil(lambda: field.edit.hasFocus())
    assert window.navigator.tree.currentItem() is window.navigator.items["1a"]


def test_first_start_shows_kontroll_in_front_of_the_tabbed_docks(qtbot, make_window, empty_draft):
    window = make_window(open_last=False)
    assert window.validation_dock.isHidden()  # not shown, empty, beside the start page (issue 13)
    window.open_draft(empty_draft)
    qtbot.waitUntil(lambda: not window.validation_dock.visibleRegion().isEmpty())
    # room for its buttons; on a small screen (offscreen: 800 px) the questionnaire comes first
    assert window.validation_dock.width() >= min(300, int(window.width() * 0.25))


def test_f6_moves_the_keyboard_between_navigator_questionnaire_and_docks(qtbot, window):
    window.validation_dock.show()
    window.validation_dock.raise_()
    qtbot.waitUntil(lambda: not window.validation_dock.visibleRegion().isEmpty())
    window.navigator.tree.setFocus()
    window.navigator.select("17")
    qtbot.waitUntil(lambda: window.navigator.tree.hasFocus())

    def focused_in(widget) -> bool:  # type: ignore[no-untyped-def]
        focus = QApplication.focusWidget()
        return focus is widget or (focus is not None and widget.isAncestorOf(focus))

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: focused_in(window.form_view.cards["17"]))  # the navigator's question
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: focused_in(window.validation_dock))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: focused_in(window.form_view.cards["17"]))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.navigator.tree.hasFocus())


def test_navigator_lists_section_titles_over_their_questions_and_a_filter_hides_empty_sections(qtbot, window):
    from PySide6.QtGui import QColor

    from naravard_desktop.ui.widgets import look

    navigator = window.navigator
    form = window.session.form
    rows = [navigator.tree.topLevelItem(i) for i in range(navigator.tree.topLevelItemCount())]
    expected = []
    for section in form.sections:
        expected.append(section.title)
        expected.extend(navigator.items[q.number].text(0) for q in section.questions)
    assert [row.text(0) for row in rows] == expected
    assert all(title.font(0).bold() and not title.flags() & Qt.ItemFlag.ItemIsSelectable for title in navigator.section_items)

    navigator.show_only({"17"})
    seventeen = next(s for s in form.sections if any(q.number == "17" for q in s.questions))
    assert [t.text(0) for t in navigator.section_items if not t.isHidden()] == [seventeen.title]
    assert navigator.shown_questions() == ["17"]
    navigator.show_only(None)
    assert not any(t.isHidden() for t in navigator.section_items)

    window.session.set_values({"17": "x" * 1001})  # over the limit: the mark and the colour say so
    window.refresh_status()
    item = navigator.items["17"]
    assert item.text(0).startswith("⚠") and item.foreground(0).color() == QColor(look.ERROR)

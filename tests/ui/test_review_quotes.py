"""The Kommentarer dock and the answer: picking a thread selects its quote in the answer's
field where the core's anchor has it now (after edits too); a lost quote says so and
selects nothing. Status names are display labels over the stored Swedish values; the
thread list is escaped rich text; the panel re-renders on LanguageChange."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QTextDocument

from naravard_desktop.core.forms.model import form_registry
from naravard_desktop.core.review.comments import STATUSES, Review
from naravard_desktop.core.storage.store import DraftStore
from naravard_desktop.ui.review.review_panel import THREAD_HTML_ROLE, ReviewPanel

FORM_ID = "sos-gnv-regioner-2024"
ANSWER_17 = "Vi samverkar med kommunerna i en gemensam ledningsgrupp varje månad."
QUOTE = "gemensam ledningsgrupp"
LINK_KEY = "4 / bifoga länk här"
LINK = "🙂 Planen: https://example.se/plan.pdf (antagen 2024)"  # an emoji: Qt counts UTF-16 units


def _stored_review(data_dir: Path, draft_id: str):  # type: ignore[no-untyped-def]
    store = DraftStore(data_dir)
    return store, Review(store, form_registry(data_dir).get(FORM_ID), draft_id)


def _type(window, key: str, text: str) -> None:  # type: ignore[no-untyped-def]
    edit = window.form_view.field_widget(key).edit
    edit.setFocus()
    edit.selectAll()
    edit.insertPlainText(text)


def _comment(window, text: str, quote: str = "") -> None:  # type: ignore[no-untyped-def]
    panel = window.review.panel
    panel.quote_edit.setText(quote)
    panel.comment_edit.setPlainText(text)
    panel.comment_button.click()
    assert panel.error.text() == ""


def _clear_selection(edit) -> None:  # type: ignore[no-untyped-def]
    cursor = edit.textCursor()
    cursor.clearSelection()
    cursor.setPosition(0)
    edit.setTextCursor(cursor)


def _pick(panel, row: int) -> None:  # type: ignore[no-untyped-def]
    panel.threads.setCurrentRow(-1)
    panel.threads.setCurrentRow(row)


@pytest.fixture
def quoted(window):  # type: ignore[no-untyped-def]
    """Question 17 answered, a thread quoting part of it and one without a quote."""
    _type(window, "17", ANSWER_17)
    assert window.session.flush()
    window.go_to_question("17")
    _comment(window, "Vilka sitter i den?", QUOTE)
    _comment(window, "Allmänt: bra svar")
    window.review.dock.raise_()
    return window


def test_picking_a_thread_selects_its_quote_in_the_answer(qtbot, quoted):
    window = quoted
    panel = window.review.panel
    edit = window.form_view.field_widget("17").edit
    _clear_selection(edit)
    panel.threads.setFocus()
    _pick(panel, 0)
    assert edit.textCursor().selectedText() == QUOTE
    assert edit.textCursor().selectionStart() == ANSWER_17.index(QUOTE)
    assert panel.threads.hasFocus()  # arrowing through the threads keeps working
    assert not panel.quote_note.isVisible()
    _clear_selection(edit)
    _pick(panel, 1)  # no quote: the answer is left alone
    assert edit.textCursor().selectedText() == ""
    # clicking the thread that is already current selects its quote again
    _pick(panel, 0)
    _clear_selection(edit)
    rect = panel.threads.visualItemRect(panel.threads.item(0))
    qtbot.mouseClick(panel.threads.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert edit.textCursor().selectedText() == QUOTE


def test_the_quote_follows_unsaved_and_saved_edits(qtbot, quoted, data_dir, empty_draft):
    window = quoted
    panel = window.review.panel
    edit = window.form_view.field_widget("17").edit
    cursor = edit.textCursor()
    cursor.setPosition(0)
    edit.setTextCursor(cursor)
    edit.insertPlainText("Sedan 2023: ")  # not saved yet: the quote moves 12 characters
    moved = "Sedan 2023: " + ANSWER_17
    assert window.session.value("17") == moved
    _pick(panel, 0)
    assert edit.textCursor().selectedText() == QUOTE
    assert edit.textCursor().selectionStart() == moved.index(QUOTE)

    # the quoted words themselves edited: the core's relocated excerpt is selected
    _type(window, "17", moved.replace("gemensam", "gemensamma"))
    assert window.session.flush()
    store, review = _stored_review(data_dir, empty_draft)
    try:
        (thread,) = [t for t in review.threads(question="17") if t.quote]
    finally:
        store.close()
    assert thread.anchor.status == "moved" and thread.anchor.current == "gemensamma ledningsgrupp"
    _pick(panel, 0)
    assert edit.textCursor().selectedText() == thread.anchor.current
    assert "(nu: ”gemensamma ledningsgrupp”)" in panel.threads.item(0).text()


def test_a_lost_quote_says_so_and_selects_nothing(qtbot, quoted):
    window = quoted
    panel = window.review.panel
    edit = window.form_view.field_widget("17").edit
    _type(window, "17", "Helt omskrivet: vi träffas när det behövs.")
    _clear_selection(edit)
    _pick(panel, 0)
    assert edit.textCursor().selectedText() == ""
    assert panel.quote_note.isVisible()
    assert "texten har ändrats" in panel.quote_note.text() and f"”{QUOTE}”" in panel.quote_note.text()
    assert f"”{QUOTE}” (texten har ändrats)" in panel.threads.item(0).text()
    _pick(panel, 1)
    assert not panel.quote_note.isVisible()
    _type(window, "17", ANSWER_17)  # the words are back: found again
    _pick(panel, 0)
    assert not panel.quote_note.isVisible() and edit.textCursor().selectedText() == QUOTE


def test_quote_selected_in_reviewer_mode(qtbot, quoted):
    window = quoted
    window.review.set_reviewer_mode(True)
    edit = window.form_view.field_widget("17").edit
    assert edit.isReadOnly()
    _clear_selection(edit)
    _pick(window.review.panel, 0)
    assert edit.textCursor().selectedText() == QUOTE
    assert window.session.value("17") == ANSWER_17


def test_quote_in_a_one_line_sub_field(qtbot, make_window, data_dir, empty_draft):
    with DraftStore(data_dir) as store:
        store.set_values(empty_draft, {"4": "Ja, bifoga länk här", LINK_KEY: LINK})
        form = form_registry(data_dir).get(FORM_ID)
        Review(store, form, empty_draft).add_comment("4", "Fungerar länken?", quote="example.se/plan.pdf")
    window = make_window(draft_id=empty_draft)
    window.go_to_question("4")
    panel = window.review.panel
    line = window.form_view.field_widget(LINK_KEY).edit
    assert line.text() == LINK
    _pick(panel, 0)
    assert line.selectedText() == "example.se/plan.pdf"


def test_status_labels_are_display_texts_over_stored_values(qtbot, quoted, data_dir, empty_draft):
    panel = quoted.review.panel
    box = panel.status_box
    assert [box.itemData(i) for i in range(box.count())] == list(STATUSES)
    assert [box.itemText(i) for i in range(box.count())] == ["Utkast", "Klar för granskning", "Godkänd", "Behöver ändras"]
    box.setCurrentIndex(3)
    store, review = _stored_review(data_dir, empty_draft)
    try:
        assert review.statuses()["17"].status == "Behöver ändras"
    finally:
        store.close()


def test_thread_entries_are_escaped_rich_text_with_author_and_time_first(qtbot, window):
    _type(window, "17", "Svar med <b>taggar</b> & tecken.")
    assert window.session.flush()
    window.go_to_question("17")
    _comment(window, "Se <img src='/etc/passwd'> & <b>fet</b>\nandra raden", "<b>taggar</b>")
    panel = window.review.panel
    item = panel.threads.item(0)
    assert item.text().splitlines()[0].startswith("Testare, ")  # plain text for assistive technology
    rich = item.data(THREAD_HTML_ROLE)
    assert "<img" not in rich and "&lt;img src=&#x27;/etc/passwd&#x27;&gt;" in rich
    assert "<i class='quote'>”&lt;b&gt;taggar&lt;/b&gt;”</i>" in rich
    document = QTextDocument()
    document.setHtml(rich)
    lines = document.toPlainText().splitlines()
    assert lines[0].startswith("Testare · ") and lines[0].endswith("· öppen")
    assert lines[1] == "”<b>taggar</b>”"
    assert lines[2:4] == ["Se <img src='/etc/passwd'> & <b>fet</b>", "andra raden"]
    assert panel.threads.accessibleName() == "Kommentarstrådar"
    panel.threads.setCurrentRow(0)
    panel.reply_edit.setPlainText("Svar <i>här</i>")
    panel.reply_button.click()
    document.setHtml(panel.threads.item(0).data(THREAD_HTML_ROLE))
    assert document.toPlainText().splitlines()[-2:][1] == "Svar <i>här</i>"


class _Marking(QTranslator):
    """Translates the panel's texts to "EN:<Swedish>" (the English .qm lacks new texts)."""

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override; an empty translator is not installed
        return False

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def]
        return "EN:" + source if context == "ReviewPanel" else None


def test_language_change_re_renders_the_panel(qtbot, data_dir, form, halland_answers):
    store = DraftStore(data_dir, editor_name="Anna")
    draft = store.create_draft(form.id, "Svar 2024", "Region Halland")
    store.set_values(draft.id, halland_answers)
    panel = ReviewPanel(store, form, draft.id)
    qtbot.addWidget(panel)
    panel.set_question("17")
    panel.review.add_comment("17", "Kort kommentar")
    done = panel.review.add_comment("17", "Avklarad")
    panel.review.resolve(done.id)
    panel.show_resolved.setChecked(True)
    panel.status_box.setCurrentIndex(2)
    assert panel.status_box.currentText() == "Godkänd" and "(öppen)" in panel.threads.item(0).text()
    translator = _Marking()
    app = QCoreApplication.instance()
    app.installTranslator(translator)  # Qt posts LanguageChange
    try:
        qtbot.waitUntil(lambda: panel.reply_button.text() == "EN:Svara")
        assert [panel.status_box.itemText(i) for i in range(4)] == [
            "EN:Utkast",
            "EN:Klar för granskning",
            "EN:Godkänd",
            "EN:Behöver ändras",
        ]
        assert panel.status_box.currentData() == "Godkänd"  # the stored value is unchanged
        assert panel.reply_button.text() == "EN:Svara" and panel.show_resolved.text() == "EN:Visa lösta trådar"
        assert panel.title.text() == "EN:Kommentarer till fråga 17"
        assert "(EN:öppen)" in panel.threads.item(0).text() and "EN:öppen" in panel.threads.item(0).data(THREAD_HTML_ROLE)
        assert "(EN:löst av Anna)" in panel.threads.item(1).text()
        assert panel.review.statuses()["17"].status == "Godkänd"  # relabelling writes nothing
    finally:
        app.removeTranslator(translator)
    qtbot.waitUntil(lambda: panel.reply_button.text() == "Svara")
    assert panel.status_box.currentText() == "Godkänd" and "(öppen)" in panel.threads.item(0).text()
    store.close()


def test_english_thread_state_after_a_language_switch(qtbot, quoted):
    window = quoted
    assert window.set_language("en")
    try:
        qtbot.waitUntil(lambda: window.registry.menus["file"].title() == "&File")
        panel = window.review.panel
        assert panel.question == "17" and "(open)" in panel.threads.item(0).text()
        assert panel.status_box.currentData() == "Utkast"
    finally:
        window.set_language("sv")
    qtbot.waitUntil(lambda: window.registry.menus["file"].title() == "&Arkiv")
    assert "(öppen)" in window.review.panel.threads.item(0).text()

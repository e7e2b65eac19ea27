"""Bundles, conflicts and history wired into the main window (Arkiv, Redigera, navigator,
Kontroll). Real widgets are driven; results are read back with a separate core store."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from naravard_desktop.core.forms.model import form_registry
from naravard_desktop.core.storage.store import DraftStore
from naravard_desktop.core.sync.bundles import import_bundle, read_bundle, write_bundle

ORIGINAL = "Vårdhygien arbetar med rutiner. Primärvården deltar i samverkan."


def _text_field(window, key: str):  # type: ignore[no-untyped-def]
    return window.form_view.field_widget(key)


def _type(qtbot, window, key: str, text: str) -> None:  # type: ignore[no-untyped-def]
    edit = _text_field(window, key).edit
    edit.setFocus()
    edit.selectAll()
    edit.insertPlainText(text)  # like a paste: QTest.keyClicks types ASCII only
    assert window.session.flush()


def _bertil(tmp_path: Path, bundle: Path) -> tuple[DraftStore, str]:
    """A second data dir (Bertil) that starts from the given bundle."""
    (tmp_path / "bertil").mkdir()
    store = DraftStore(tmp_path / "bertil", editor_name="Bertil")
    forms = form_registry(tmp_path / "bertil")
    summary = import_bundle(store, forms, read_bundle(bundle, forms))
    return store, summary.draft_id


def _export(window, path: Path) -> None:  # type: ignore[no-untyped-def]
    window.registry.action("bundle-export").trigger()
    dialog = window.collaboration.export_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.path_edit.setText(str(path))
    dialog.ok_button.click()
    assert path.is_file()


def _import(window, path: Path | str):  # type: ignore[no-untyped-def]
    window.registry.action("bundle-import").trigger()
    dialog = window.collaboration.import_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.path_edit.setText(str(path))
    dialog.ok_button.click()
    return dialog


@pytest.fixture
def shared(qtbot, window, tmp_path, data_dir, empty_draft):  # type: ignore[no-untyped-def]
    """Anna (the window) wrote question 3 and sent a bundle; Bertil imported it."""
    _type(qtbot, window, "3", ORIGINAL)
    start = tmp_path / "start.naravard"
    _export(window, start)
    bertil, draft_id = _bertil(tmp_path, start)
    assert draft_id == empty_draft
    yield window, bertil, draft_id
    bertil.close()


def test_menus_hold_the_bundle_conflict_and_history_actions(window):
    file_menu = [a.objectName() for a in window.registry.menus["file"].actions() if not a.isSeparator()]
    assert file_menu.index("action-bundle-export") < file_menu.index("action-bundle-import") < file_menu.index("action-quit")
    assert window.registry.action("bundle-export").text() == "&Exportera paket…"
    edit_menu = [a.objectName() for a in window.registry.menus["edit"].actions()]
    assert "action-conflicts" in edit_menu and "action-field-history" in edit_menu


def test_import_merges_into_the_open_draft_without_reopening(qtbot, shared, tmp_path, data_dir):
    window, bertil, draft_id = shared
    bertil.set_values(draft_id, {"3": ORIGINAL + " Bertil lade till en mening.", "17": "Bertils svar på 17"})
    write_bundle(bertil, window.session.form, draft_id, tmp_path / "bertil.naravard")
    _type(qtbot, window, "3", ORIGINAL.replace("Vårdhygien", "Vårdhygienen"))
    form_view = window.form_view
    dialog = _import(window, tmp_path / "bertil.naravard")
    assert window.form_view is form_view  # not reopened
    expected = "Vårdhygienen arbetar med rutiner. Primärvården deltar i samverkan. Bertil lade till en mening."
    assert _text_field(window, "3").text() == expected
    assert _text_field(window, "17").text() == "Bertils svar på 17"
    summary = dialog.summary_dialog
    qtbot.addWidget(summary)
    text = summary.text.toPlainText()
    assert "1 fält sammanslaget automatiskt: fråga 3" in text and "inga konflikter" in text
    assert not summary.conflicts_button.isVisible()
    with DraftStore(data_dir) as store:
        assert store.current_values(draft_id)["3"] == expected
    # the merged answer counts as answered in the navigator at once
    assert "✓" in window.navigator.items["17"].text(0)
    # importing the same bundle again changes nothing and says so
    dialog = _import(window, tmp_path / "bertil.naravard")
    qtbot.addWidget(dialog.summary_dialog)
    assert "inget nytt" in dialog.summary_dialog.text.toPlainText()


def test_a_conflict_is_marked_listed_and_resolved_in_the_conflict_view(qtbot, shared, tmp_path, data_dir):
    window, bertil, draft_id = shared
    bertil.set_values(draft_id, {"3": ORIGINAL.replace("rutiner", "Bertils rutiner")})
    write_bundle(bertil, window.session.form, draft_id, tmp_path / "bertil.naravard")
    _type(qtbot, window, "3", ORIGINAL.replace("rutiner", "Annas rutiner 😀"))
    dialog = _import(window, tmp_path / "bertil.naravard")
    summary = dialog.summary_dialog
    qtbot.addWidget(summary)
    assert "1 konflikt att lösa" in summary.text.toPlainText()
    assert not summary.conflicts_button.isHidden()

    item = window.navigator.items["3"]
    assert item.text(0).startswith("⇄") and "krockar" in item.toolTip(0)
    problems = window.validation_panel.problems
    conflict = next(p for p in problems if p.kind == "conflict")
    row = problems.index(conflict)
    window.validation_dock.show()
    window.validation_dock.raise_()  # it shares a tab with other docks
    qtbot.waitUntil(window.validation_panel.list.isVisible)
    window.validation_panel.list.scrollToItem(window.validation_panel.list.item(row))
    rect = window.validation_panel.list.visualItemRect(window.validation_panel.list.item(row))
    qtbot.mouseClick(window.validation_panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    conflicts = window.collaboration.conflict_dialog
    assert conflicts is not None and conflicts.isVisible()
    view = conflicts.view
    assert view.current is not None and view.current.field == "3"
    captions = sorted([view.left_choice.currentText(), view.right_choice.currentText()])
    assert captions[0].startswith("Bertil, ") and captions[1].startswith("Testare, ")
    shown = view.left_text.toPlainText() + view.right_text.toPlainText()
    assert "Bertils rutiner" in shown and "Annas rutiner 😀" in shown
    # the combined text starts with both people's clashing words, so saving it loses nothing
    assert view.combined.toPlainText() == ORIGINAL.replace("rutiner", "«Bertils rutiner | Annas rutiner 😀»")
    # a combined text keeps both people's words
    combined = ORIGINAL.replace("rutiner", "Annas rutiner 😀 och Bertils rutiner")
    view.combined.setPlainText(combined)
    assert view.combined_count.text() == f"{len(combined) + 1} / 1000 tecken"  # the emoji counts as 2, like the web form
    with qtbot.waitSignal(view.resolved):
        view.save_combined.click()
    assert _text_field(window, "3").text() == combined
    assert not window.navigator.items["3"].text(0).startswith("⇄")
    assert not any(p.kind == "conflict" for p in window.validation_panel.problems)
    with DraftStore(data_dir) as store:
        assert store.conflicted_fields(draft_id) == {}
        assert store.current_values(draft_id)["3"] == combined
        values = [r.value for r in store.history(draft_id, "3")]
    assert any("Bertils rutiner" in v and "Annas" not in v for v in values)  # nothing lost
    # the resolution travels: Bertil imports it and has the same answer, no conflict
    _export(window, tmp_path / "anna2.naravard")
    forms = form_registry(tmp_path / "bertil")
    import_bundle(bertil, forms, read_bundle(tmp_path / "anna2.naravard", forms))
    assert bertil.current_values(draft_id)["3"] == combined and bertil.conflicted_fields(draft_id) == {}


def test_taking_a_version_and_restoring_the_other_from_history(qtbot, shared, tmp_path, data_dir):
    window, bertil, draft_id = shared
    bertil.set_values(draft_id, {"3": "Bertils helt nya text"})
    write_bundle(bertil, window.session.form, draft_id, tmp_path / "bertil.naravard")
    _type(qtbot, window, "3", "Annas helt nya text")
    summary = _import(window, tmp_path / "bertil.naravard").summary_dialog
    qtbot.addWidget(summary)
    summary.conflicts_button.click()
    conflicts = window.collaboration.conflict_dialog
    assert conflicts is not None and conflicts.isVisible() and not summary.isVisible()
    view = conflicts.view
    box = view.left_choice if "Bertil" in view.left_choice.currentText() else view.right_choice
    button = view.take_left if box is view.left_choice else view.take_right
    with qtbot.waitSignal(view.resolved):
        button.click()
    assert _text_field(window, "3").text() == "Bertils helt nya text"
    # reversible: the history view restores Anna's version as a new one
    conflicts.history_button.click()
    history = window.collaboration.history_dialog
    assert history is not None and history.isVisible() and history.view.field == "3"
    anna = next(r for r in history.view.revisions if r.value == "Annas helt nya text")
    history.view.select_revision(anna.id)
    with qtbot.waitSignal(history.view.restored):
        history.view.restore_button.click()
    assert _text_field(window, "3").text() == "Annas helt nya text"
    with DraftStore(data_dir) as store:
        assert store.current_values(draft_id)["3"] == "Annas helt nya text"


def test_history_action_opens_the_focused_field_and_restores_into_the_editor(qtbot, window, data_dir, empty_draft):
    _type(qtbot, window, "17", "Första versionen")
    _type(qtbot, window, "17", "Andra versionen")
    _text_field(window, "17").edit.setFocus()
    window.registry.action("field-history").trigger()
    history = window.collaboration.history_dialog
    assert history.view.field == "17" and history.view.table.rowCount() == 2
    history.view.select_revision(history.view.revisions[0].id)
    history.view.restore_button.click()
    assert _text_field(window, "17").text() == "Första versionen"
    assert window.undo_stack.count() == 0  # undoing the typing would overwrite the restore
    with DraftStore(data_dir) as store:
        assert store.current_values(empty_draft)["17"] == "Första versionen"


def test_export_warns_about_personal_data_first(qtbot, window, tmp_path, data_dir, empty_draft):
    _type(qtbot, window, "3", "Ring 19121212-1212 om rutinerna.")
    window.registry.action("bundle-export").trigger()
    box = window.collaboration.pii_box
    assert box is not None and box.isVisible()
    assert "personuppgifter" in box.text() and "19121212-****" in box.informativeText()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert window.collaboration.export_dialog is None

    window.registry.action("bundle-export").trigger()
    assert window.collaboration.pii_box.isVisible()
    window.collaboration.export_anyway.click()
    dialog = window.collaboration.export_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.path_edit.setText(str(tmp_path / "med-varning.naravard"))
    dialog.ok_button.click()
    bundle = read_bundle(tmp_path / "med-varning.naravard", form_registry(data_dir))
    assert any(r.value == "Ring 19121212-1212 om rutinerna." for r in bundle.revisions)


def test_refused_bundle_keeps_the_open_draft_and_says_why(qtbot, window, tmp_path, data_dir, empty_draft):
    _type(qtbot, window, "3", "Min text")
    bad = tmp_path / "trasig.naravard"
    bad.write_bytes(b"PK\x03\x04 inte ett paket")
    before = (data_dir / "naravard.sqlite3").read_bytes()
    dialog = _import(window, bad)
    assert dialog.isVisible() and "inget har ändrats" in dialog.error_label.text()
    assert (data_dir / "naravard.sqlite3").read_bytes() == before
    assert _text_field(window, "3").text() == "Min text"


def test_import_on_the_start_page_creates_and_opens_the_draft(qtbot, make_window, tmp_path, form):
    (tmp_path / "anna").mkdir()
    with DraftStore(tmp_path / "anna", editor_name="Anna") as anna:
        draft = anna.create_draft(form.id, "Gemensamt svar", "Region Halland")
        anna.set_values(draft.id, {"3": "x" * 10_000})
        write_bundle(anna, form, draft.id, tmp_path / "anna.naravard")
    window = make_window(open_last=False)
    assert window.session is None and not window.registry.action("bundle-export").isEnabled()
    _import(window, tmp_path / "anna.naravard")
    assert window.session is not None and window.session.draft_id == draft.id
    assert _text_field(window, "3").text() == "x" * 10_000
    assert window.registry.action("bundle-export").isEnabled()


def test_typing_into_a_conflicted_field_keeps_the_other_version_in_the_conflict(qtbot, shared, tmp_path, data_dir):
    window, bertil, draft_id = shared
    bertil.set_values(draft_id, {"3": "Bertil"})
    write_bundle(bertil, window.session.form, draft_id, tmp_path / "bertil.naravard")
    _type(qtbot, window, "3", "Anna")
    _import(window, tmp_path / "bertil.naravard")
    assert window.navigator.items["3"].text(0).startswith("⇄")
    conflicts = window.collaboration.show_conflicts("3")
    conflicts.view.combined.insertPlainText("Mitt halvfärdiga förslag ")
    shown = _text_field(window, "3").text()
    _type(qtbot, window, "3", shown + " och mer")
    with DraftStore(data_dir) as store:
        versions = sorted(r.value for r in store.conflicted_fields(draft_id)["3"])
    assert versions == sorted(["Bertil", shown + " och mer"])  # nobody's text left the conflict
    qtbot.waitUntil(lambda: any(r.value == shown + " och mer" for r in conflicts.view.current.versions), timeout=3000)
    assert window.navigator.items["3"].text(0).startswith("⇄")
    assert conflicts.view.combined.toPlainText().startswith("Mitt halvfärdiga förslag ")  # not thrown away by the refresh


def test_a_bundle_of_another_draft_is_imported_beside_the_open_one(qtbot, window, tmp_path, data_dir, empty_draft, form):
    _type(qtbot, window, "3", "Utkast ett")
    (tmp_path / "cecilia").mkdir()
    with DraftStore(tmp_path / "cecilia", editor_name="Cecilia") as cecilia:
        other = cecilia.create_draft(form.id, "Annat utkast")
        cecilia.set_values(other.id, {"3": "Cecilias text"})
        write_bundle(cecilia, form, other.id, tmp_path / "cecilia.naravard")
    dialog = _import(window, tmp_path / "cecilia.naravard")
    qtbot.addWidget(dialog.summary_dialog)
    assert window.session.draft_id == empty_draft and _text_field(window, "3").text() == "Utkast ett"
    assert "Annat utkast" in window.statusBar().currentMessage()
    with DraftStore(data_dir) as store:
        assert store.current_values(other.id) == {"3": "Cecilias text"}
        assert store.current_values(empty_draft)["3"] == "Utkast ett"


def test_after_a_language_switch_marks_and_conflict_problems_still_work(qtbot, shared, tmp_path):
    window, bertil, draft_id = shared
    bertil.set_values(draft_id, {"3": "Bertil"})
    write_bundle(bertil, window.session.form, draft_id, tmp_path / "bertil.naravard")
    _type(qtbot, window, "3", "Anna")
    _import(window, tmp_path / "bertil.naravard")
    window.retranslate()  # rebuilds the navigator and the Kontroll panel
    assert window.navigator.items["3"].text(0).startswith("⇄")
    panel = window.validation_panel
    row = next(i for i, p in enumerate(panel.problems) if p.kind == "conflict")
    panel.list.itemActivated.emit(panel.list.item(row))
    assert window.collaboration.conflict_dialog is not None and window.collaboration.conflict_dialog.isVisible()


def test_a_cli_import_behind_the_window_shows_when_the_window_is_activated(qtbot, shared, tmp_path, data_dir, come_back):

    window, bertil, draft_id = shared
    bertil.set_values(draft_id, {"17": "Från Bertil via terminalen"})
    write_bundle(bertil, window.session.form, draft_id, tmp_path / "bertil.naravard")
    with DraftStore(data_dir) as store:  # like `naravard bundle import` in a terminal
        forms = form_registry(data_dir)
        import_bundle(store, forms, read_bundle(tmp_path / "bertil.naravard", forms))
    assert _text_field(window, "17").text() == ""
    come_back(window)
    assert _text_field(window, "17").text() == "Från Bertil via terminalen"
    assert "ändrats utanför" in window.statusBar().currentMessage()
    assert not window.collaboration.catch_up()  # nothing more to show


def test_a_change_behind_the_editor_takes_one_path(qtbot, window, data_dir, empty_draft):
    """after_store_change: the session takes the stored values in, every feature hears
    store_changed once with the changed fields, then marks and checks are refreshed."""
    from naravard_desktop.ui.store_change import StoreChange

    heard: list[StoreChange] = []
    window.store_changed.connect(heard.append)
    with DraftStore(data_dir, editor_name="Bertil") as other:
        other.set_values(empty_draft, {"17": "x" * 1001})
    assert window.after_store_change(StoreChange("import", empty_draft)) == ["17"]
    assert [(c.source, c.fields) for c in heard] == [("import", ("17",))]
    assert window.form_view.field_widget("17").text() == "x" * 1001
    assert any(p.field == "17" for p in window.validation_panel.problems)  # checks refreshed
    assert window.after_store_change(StoreChange("import", "another-draft")) == []  # another draft: only the list
    assert heard[-1].fields == ()


def test_the_import_dialog_takes_several_files_at_once(qtbot, shared, tmp_path, data_dir):
    window, bertil, draft_id = shared
    (tmp_path / "cecilia").mkdir()
    forms = form_registry(tmp_path / "cecilia")
    with DraftStore(tmp_path / "cecilia", editor_name="Cecilia") as cecilia:
        import_bundle(cecilia, forms, read_bundle(tmp_path / "start.naravard", forms))
        cecilia.set_values(draft_id, {"17": "Cecilias svar på 17"})
        write_bundle(cecilia, window.session.form, draft_id, tmp_path / "cecilia.naravard")
    bertil.set_values(draft_id, {"3": ORIGINAL + " Bertil lade till en mening."})
    write_bundle(bertil, window.session.form, draft_id, tmp_path / "bertil.naravard")
    broken = tmp_path / "trasig.naravard"
    broken.write_bytes(b"inte en zip")
    files = [tmp_path / "bertil.naravard", broken, tmp_path / "cecilia.naravard"]
    dialog = _import(window, " ".join(f'"{p}"' for p in files))  # as Bläddra… writes several files
    assert not dialog.isVisible()
    assert _text_field(window, "3").text() == ORIGINAL + " Bertil lade till en mening."
    assert _text_field(window, "17").text() == "Cecilias svar på 17"
    summary = dialog.summary_dialog
    qtbot.addWidget(summary)
    lines = summary.text.toPlainText().splitlines()
    assert lines[0].startswith("bertil.naravard: ") and "ändring" in lines[0]
    assert lines[1].startswith("trasig.naravard: inte inläst: ") and lines[1].endswith("inget från den filen har ändrats")
    assert lines[2].startswith("cecilia.naravard: ")
    assert "inga konflikter" in lines
    # Only broken files: nothing imported, the reasons stay in the dialog.
    dialog = _import(window, f'"{broken}" "{broken}"')
    assert dialog.isVisible() and dialog.error_label.text().count("inte inläst") == 2
    dialog.close()


def test_in_english_mode_a_refused_bundle_is_refused_in_english(qtbot, window, tmp_path, data_dir, empty_draft):
    """Issue 13 item 7: the core's refusal (a BundleError Message) is shown in the app's language."""
    bad = tmp_path / "trasig.naravard"
    bad.write_bytes(b"PK\x03\x04 inte ett paket")
    before = (data_dir / "naravard.sqlite3").read_bytes()
    try:
        assert window.set_language("en")
        dialog = _import(window, bad)
        shown = dialog.error_label.text()
        assert dialog.isVisible()
        assert "the file is not a bundle: not a valid zip file (damaged, truncated or the wrong type of file)" in shown, shown
        assert "paket" not in shown.replace("trasig.naravard", ""), shown
        # Several files at once: each file's line is English too.
        dialog = _import(window, f'"{bad}" "{bad}"')
        shown = dialog.error_label.text()
        assert dialog.isVisible() and shown.count("trasig.naravard: not imported: the file is not a bundle") == 2, shown
        assert "inte inläst" not in shown and "inget från den filen" not in shown, shown
        dialog.close()
    finally:
        window.set_language("sv")
    assert (data_dir / "naravard.sqlite3").read_bytes() == before
    dialog = _import(window, bad)  # back in Swedish: the Swedish wording, as the CLI writes it
    assert "filen är inte ett paket: ingen giltig zip-fil" in dialog.error_label.text()
    dialog.close()


def test_coming_back_to_the_window_reads_nothing_when_nothing_was_written(qtbot, shared, monkeypatch, data_dir, come_back):
    """Every activation asks the store's change token first; the draft, its conflicts and
    its review data are read again only when something was written since."""

    window, _bertil, draft_id = shared
    store = window.session.store
    come_back(window)  # after the window's own writes: one look
    reads: list[object] = []
    heads = store.heads
    monkeypatch.setattr(store, "heads", lambda *args, **kwargs: reads.append(args) or heads(*args, **kwargs))
    come_back(window)
    assert reads == []
    with DraftStore(data_dir) as terminal:  # another connection writes (e.g. the CLI)
        terminal.set_values(draft_id, {"17": "Bertil"})
    come_back(window)
    assert reads and _text_field(window, "17").text() == "Bertil"

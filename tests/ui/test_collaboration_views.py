"""The bundle dialogs, the conflict view and the history view, offscreen with pytest-qt."""

from __future__ import annotations

from pathlib import Path

import pytest

from naravard_desktop.core.forms.model import FormRegistry
from naravard_desktop.core.storage.store import DraftStore
from naravard_desktop.core.sync.bundles import import_bundle, read_bundle, write_bundle
from naravard_desktop.ui.sync.bundle_dialogs import ExportBundleDialog, ImportBundleDialog
from naravard_desktop.ui.sync.conflict_view import ConflictView
from naravard_desktop.ui.sync.history_view import HistoryView


def _store(path: Path, name: str) -> DraftStore:
    path.mkdir()
    return DraftStore(path, editor_name=name)


@pytest.fixture
def pair(tmp_path, form, halland_answers):  # type: ignore[no-untyped-def]
    """Anna and Bertil share a draft; both changed question 36 and the same words of 3."""
    forms = FormRegistry({form.id: form}, [])
    anna, bertil = _store(tmp_path / "anna", "Anna"), _store(tmp_path / "bertil", "Bertil")
    draft = anna.create_draft(form.id, "Svar 2024", "Region Halland")
    anna.set_values(draft.id, halland_answers, kind="import")
    write_bundle(anna, form, draft.id, tmp_path / "start.naravard")
    import_bundle(bertil, forms, read_bundle(tmp_path / "start.naravard", forms))
    text = halland_answers["3"]
    anna.set_values(draft.id, {"36": 1000, "3": text.replace("Vårdhygien arbetar", "Vårdhygien (Anna) arbetar")})
    bertil.set_values(draft.id, {"36": 2000, "3": text.replace("Vårdhygien arbetar", "Vårdhygien (Bertil) arbetar")})
    yield anna, bertil, draft.id, forms, tmp_path
    anna.close()
    bertil.close()


def test_export_and_import_dialogs_show_the_summary_or_the_reason(qtbot, pair, form):
    anna, bertil, draft_id, forms, tmp_path = pair
    export = ExportBundleDialog(anna, form, draft_id)
    qtbot.addWidget(export)
    out = tmp_path / "anna.naravard"
    export.path_edit.setText(str(out))
    with qtbot.waitSignal(export.exported):
        export.ok_button.click()
    assert out.is_file()

    dialog = ImportBundleDialog(bertil, form, draft_id, forms=forms)
    qtbot.addWidget(dialog)
    summary = dialog.import_file(out)
    assert summary is not None and sorted(summary.conflicts) == ["3", "36"]
    assert dialog.summary_dialog is not None
    qtbot.addWidget(dialog.summary_dialog)
    text = dialog.summary_dialog.text.toPlainText()
    assert "2 konflikter att lösa" in text and "fråga 36" in text

    broken = tmp_path / "broken.naravard"
    broken.write_bytes(out.read_bytes()[:100])
    assert dialog.import_file(broken) is None
    assert "ingen giltig zip-fil" in dialog.error_label.text() and "inget har ändrats" in dialog.error_label.text()
    export.path_edit.setText(str(tmp_path / "saknas" / "x.naravard"))
    export.ok_button.click()
    assert "finns inte" in export.error_label.text()


def test_conflict_view_shows_both_versions_highlighted_and_takes_one(qtbot, pair, form):
    anna, bertil, draft_id, forms, tmp_path = pair
    write_bundle(anna, form, draft_id, tmp_path / "anna.naravard")
    import_bundle(bertil, forms, read_bundle(tmp_path / "anna.naravard", forms))
    view = ConflictView(bertil, form, draft_id)
    qtbot.addWidget(view)
    assert view.field_list.count() == 2
    assert [c.field for c in view.conflicts] == ["3", "36"]
    view.field_list.setCurrentRow(0)
    left, right = view.left_text.toHtml(), view.right_text.toHtml()
    assert "Anna" in left and "Bertil" in right and "background-color:#ffe08a" in left
    assert "Anna" in view.left_choice.currentText() and "Bertil" in view.right_choice.currentText()
    with qtbot.waitSignal(view.resolved):
        view.take_right.click()
    assert "(Bertil)" in bertil.current_values(draft_id)["3"]
    assert [c.field for c in view.conflicts] == ["36"]
    number = view.value_editor  # the question's own number field, not JSON
    assert view.editor_stack.currentWidget() is view.value_holder and number.edit.text() == "2 000"
    number.edit.selectAll()
    qtbot.keyClicks(number.edit, "1500")
    with qtbot.waitSignal(view.resolved):
        view.save_combined.click()
    assert bertil.current_values(draft_id)["36"] == 1500
    assert view.field_list.count() == 0 and not view.take_left.isEnabled()
    assert bertil.conflicted_fields(draft_id) == {}


def test_conflict_view_refuses_an_invalid_combined_value(qtbot, pair, form):
    anna, bertil, draft_id, forms, tmp_path = pair
    write_bundle(anna, form, draft_id, tmp_path / "anna.naravard")
    import_bundle(bertil, forms, read_bundle(tmp_path / "anna.naravard", forms))
    view = ConflictView(bertil, form, draft_id)
    qtbot.addWidget(view)
    view.field_list.setCurrentRow(1)
    view.value_editor.edit.selectAll()
    qtbot.keyClicks(view.value_editor.edit, "många")
    view.save_combined.click()
    assert "”många” är inte ett tal" in view.message.text()
    assert "36" in bertil.conflicted_fields(draft_id)


def test_history_view_lists_versions_and_restores_one(qtbot, pair, form, halland_answers):
    anna, _bertil, draft_id, _forms, _tmp = pair
    view = HistoryView(anna, form, draft_id, None, field="3")
    qtbot.addWidget(view)
    assert view.field == "3" and view.table.rowCount() == 2
    assert "aktuell" in view.table.item(1, 2).text() and view.table.item(0, 1).text() == "Anna"
    view.select_revision(view.revisions[0].id)
    assert view.preview.toPlainText() == halland_answers["3"]
    with qtbot.waitSignal(view.restored):
        view.restore_button.click()
    assert anna.current_values(draft_id)["3"] == halland_answers["3"]
    assert view.table.rowCount() == 3 and "återställd" in view.table.item(2, 2).text()
    view.select_revision(view.revisions[2].id)
    view.restore_button.click()
    assert "redan aktuell" in view.message.text()


def test_the_export_dialog_refuses_the_database_and_its_backups(qtbot, pair, form):
    """Issue 14 item 1 in the app: the dialog writes through the same core check as the CLI."""
    from naravard_desktop.core.storage import backup
    from naravard_desktop.core.storage.paths import DB_FILENAME

    anna, _bertil, draft_id, _forms, tmp_path = pair
    made = backup.create_backup(anna.data_dir)
    db = anna.data_dir / DB_FILENAME
    before = db.read_bytes(), made.path.read_bytes()
    link = tmp_path / "paket.naravard"
    link.symlink_to(db)
    export = ExportBundleDialog(anna, form, draft_id)
    qtbot.addWidget(export)
    for target in (db, made.path, link, anna.data_dir / f"{DB_FILENAME}-wal"):
        assert export.export_to(target) is False
        assert "får inte skrivas över" in export.error_label.text()
    assert (db.read_bytes(), made.path.read_bytes()) == before and link.is_symlink()

"""Issue 14 item 7 in the app: the history view purges a field's old versions after asking."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from naravard_desktop.core.storage.store import DraftStore
from naravard_desktop.ui.sync.history_view import HistoryView

PNR = "19121212-1212"


def test_history_view_asks_then_purges_old_versions_and_keeps_the_answer(qtbot, tmp_path, form):
    store = DraftStore(tmp_path, editor_name="Anna")
    draft = store.create_draft(form.id, "Svar")
    store.set_values(draft.id, {"3": f"Ring {PNR}."})
    store.set_values(draft.id, {"3": "Ring enheten."})
    view = HistoryView(store, form, draft.id, None, field="3")
    qtbot.addWidget(view)
    assert view.table.rowCount() == 2 and PNR in view.table.item(0, 3).text()
    box = view.ask_purge()
    assert box is not None and box.isVisible() and "1 äldre versioner av fråga 3" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()  # cancel: nothing happens
    assert PNR in store.history(draft.id, "3")[0].value
    box = view.ask_purge()
    assert box is not None
    purge = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
    with qtbot.waitSignal(view.restored):
        purge.click()
    assert "1 gamla versioner rensade" in view.message.text()
    assert view.table.item(0, 3).text() == "(rensad ur historiken)"
    assert store.current_values(draft.id)["3"] == "Ring enheten."
    assert store.history(draft.id, "3")[0].purged
    assert view.ask_purge() is None and "inga gamla versioner" in view.message.text()
    store.close()


def test_bundle_export_warning_names_personal_data_only_in_old_versions(qtbot, tmp_path, form):
    from naravard_desktop.ui.submission.pii_warning import warn_about_personal_data

    store = DraftStore(tmp_path, editor_name="Anna")
    draft = store.create_draft(form.id, "Svar")
    store.set_values(draft.id, {"3": f"Ring {PNR}."})
    store.set_values(draft.id, {"3": "Ring enheten."})
    went_on: list[bool] = []
    assert (
        warn_about_personal_data(None, store, form, draft.id, "Paket", then=lambda: went_on.append(True)) is None
    )  # printing: current text only
    assert went_on == [True]
    box = warn_about_personal_data(None, store, form, draft.id, "Paket", history=True)
    assert box is not None  # deletes itself on close (WA_DeleteOnClose): not handed to qtbot
    assert "i en äldre version i historiken" in box.informativeText() and "19121212-****" in box.informativeText()
    assert "1212-1212" not in box.informativeText()
    box.close()
    store.close()

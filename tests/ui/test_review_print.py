"""Arkiv → Skriv ut granskningskopia: file name, dialog, atomic write, opening the viewer."""

from datetime import date

import pypdf
import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from naravard_desktop.core.storage.store import DraftStore
from naravard_desktop.ui.review import review_print


@pytest.fixture
def stored(data_dir, form, halland_answers):
    store = DraftStore(data_dir, editor_name="Anna")
    draft = store.create_draft(form.id, "Svar 2024: v2/slut", "Region Halland")
    store.set_values(draft.id, halland_answers)
    yield store, draft
    store.close()


def test_default_file_name_is_safe():
    assert review_print.default_file_name("Svar 2024: v2/slut", date(2025, 2, 14)) == "Granskningskopia Svar 2024  v2 slut 2025-02-14.pdf"
    assert review_print.default_file_name("...", date(2025, 2, 14)) == "Granskningskopia utkast 2025-02-14.pdf"


def test_print_writes_pdf_and_opens_it(qtbot, stored, form, tmp_path, monkeypatch):
    store, draft = stored
    target = tmp_path / "kopia"
    opened = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "PDF (*.pdf)")))
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile()) or True))
    path = review_print.print_review_copy(None, store, form, draft.id)
    assert path == tmp_path / "kopia.pdf" and opened == [str(path)]
    text = pypdf.PdfReader(path).pages[0].extract_text()
    assert "Region Halland" in text


def test_cancel_and_failure(qtbot, stored, form, tmp_path, monkeypatch):
    store, draft = stored
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    assert review_print.print_review_copy(None, store, form, draft.id) is None
    warnings = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "saknas" / "x.pdf"), "")))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: warnings.append(a[2])))
    assert review_print.print_review_copy(None, store, form, draft.id) is None
    assert warnings and "finns inte" in warnings[0]

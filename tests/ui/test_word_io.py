"""Arkiv › Exportera till Word… / Importera från Word… in the main window: real dialogs are
driven; the Word file is edited as a colleague's Word would (python-docx)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree

from naravard_desktop.core.storage.store import DraftStore
from naravard_desktop.core.word.base import parse_base

ORIGINAL = "Vårdhygien arbetar med rutiner.\nPrimärvården deltar i samverkan."


def _type(window, key: str, text: str) -> None:  # type: ignore[no-untyped-def]
    edit = window.form_view.field_widget(key).edit
    edit.setFocus()
    edit.selectAll()
    edit.insertPlainText(text)
    assert window.session.flush()


def _export(window, path: Path, questions: str = "", recipient: str = "Anna") -> None:  # type: ignore[no-untyped-def]
    window.registry.action("word-export").trigger()
    dialog = window.word_io.export_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.questions_edit.setText(questions)
    dialog.recipient_edit.setText(recipient)
    dialog.path_edit.setText(str(path))
    dialog.ok_button.click()


def _import(window, path: Path):  # type: ignore[no-untyped-def]
    window.registry.action("word-import").trigger()
    dialog = window.word_io.import_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.path_edit.setText(str(path))
    dialog.ok_button.click()
    return dialog


def _set_answer(path: Path, key: str, text: str) -> None:
    """Anna types a new answer into the yellow box of `key` and saves."""
    doc = docx.Document(str(path))
    blob = next(p.blob for p in doc.part.package.iter_parts() if b"naravard-word-base" in p.blob and "customXml" in str(p.partname))
    index = [f.key for f in parse_base(etree.fromstring(blob)).fields].index(key)
    start = next(b for b in doc.element.body.iter(qn("w:bookmarkStart")) if b.get(qn("w:name")) == f"nv_f{index}")
    tr = start.getparent()
    while tr.tag != qn("w:tr"):
        tr = tr.getparent()
    cell = [tc for tc in tr.iter(qn("w:tc")) if start not in tc.iter(qn("w:bookmarkStart"))][0]
    paras = list(cell.iter(qn("w:p")))
    container = paras[0].getparent()
    for p in paras:
        container.remove(p)
    for line in text.split("\n"):
        p = OxmlElement("w:p")
        r = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.text = line
        r.append(t)
        p.append(r)
        container.append(p)
    doc.core_properties.last_modified_by = "Anna Andersson"
    doc.save(str(path))


def test_menu_holds_the_word_actions_after_the_bundle_actions(window):  # type: ignore[no-untyped-def]
    names = [a.objectName() for a in window.registry.menus["file"].actions() if not a.isSeparator()]
    assert names.index("action-bundle-import") < names.index("action-word-export") < names.index("action-word-import")
    assert names.index("action-word-import") < names.index("action-quit")
    assert window.registry.action("word-export").text() == "Exportera till &Word…"


def test_export_edit_import_merges_into_the_open_draft(qtbot, window, tmp_path, data_dir, empty_draft):  # type: ignore[no-untyped-def]
    _type(window, "3", ORIGINAL)
    path = tmp_path / "anna.docx"
    _export(window, path, questions="3,17", recipient="Anna Andersson")
    assert path.is_file()
    assert "frågor exporterade till Word" in window.statusBar().currentMessage()
    _set_answer(path, "3", ORIGINAL + "\nAnna lade till en rad.")
    _set_answer(path, "17", "Annas svar på 17")
    _type(window, "3", ORIGINAL.replace("Vårdhygien", "Vårdhygienen"))
    form_view = window.form_view
    dialog = _import(window, path)
    summary = dialog.summary_dialog
    qtbot.addWidget(summary)
    assert window.form_view is form_view  # reloaded, not reopened
    expected = "Vårdhygienen arbetar med rutiner.\nPrimärvården deltar i samverkan.\nAnna lade till en rad."
    assert window.form_view.field_widget("3").text() == expected
    assert window.form_view.field_widget("17").text() == "Annas svar på 17"
    text = summary.text.toPlainText()
    assert summary.windowTitle() == "Word-fil importerad"
    assert "1 fält sammanslaget automatiskt: fråga 3" in text and "Anna Andersson" in text
    assert not summary.conflicts_button.isVisible()
    with DraftStore(data_dir) as store:
        assert store.current_values(empty_draft)["3"] == expected
    again = _import(window, path)
    qtbot.addWidget(again.summary_dialog)
    assert "inget nytt" in again.summary_dialog.text.toPlainText()


def test_a_conflict_offers_the_conflict_view(qtbot, window, tmp_path, empty_draft):  # type: ignore[no-untyped-def]
    _type(window, "3", ORIGINAL)
    path = tmp_path / "anna.docx"
    _export(window, path)
    _set_answer(path, "3", ORIGINAL.replace("rutiner", "Annas rutiner"))
    _type(window, "3", ORIGINAL.replace("rutiner", "mina rutiner"))
    dialog = _import(window, path)
    summary = dialog.summary_dialog
    qtbot.addWidget(summary)
    assert "1 konflikt att lösa" in summary.text.toPlainText()
    assert summary.conflicts_button.isVisible()
    summary.conflicts_button.click()
    conflict_dialog = window.collaboration.conflict_dialog
    assert conflict_dialog is not None and conflict_dialog.isVisible()


@pytest.mark.parametrize("content", [b"not a word file", b""])
def test_a_refused_file_says_why_in_the_dialog(qtbot, window, tmp_path, content):  # type: ignore[no-untyped-def]
    path = tmp_path / "x.docx"
    path.write_bytes(content)
    dialog = _import(window, path)
    assert dialog.isVisible() and "inget har ändrats" in dialog.error_label.text()
    assert "inte ett Word-dokument" in dialog.error_label.text()


def test_a_file_from_another_draft_needs_the_box_ticked(qtbot, window, tmp_path, data_dir, empty_draft):  # type: ignore[no-untyped-def]
    _type(window, "3", ORIGINAL)
    path = tmp_path / "anna.docx"
    _export(window, path)
    _set_answer(path, "3", "Annas text för det andra utkastet")
    with DraftStore(data_dir) as store:
        other = store.create_draft("sos-gnv-regioner-2024", "Annat utkast").id
    window.open_draft(other)
    dialog = _import(window, path)
    assert dialog.isVisible() and "annat utkast" in dialog.error_label.text()
    dialog.other_draft.setChecked(True)
    dialog.ok_button.click()
    qtbot.addWidget(dialog.summary_dialog)
    assert not dialog.isVisible()
    assert window.form_view.field_widget("3").text() == "Annas text för det andra utkastet"
    with DraftStore(data_dir) as store:
        assert store.current_values(empty_draft)["3"] == ORIGINAL  # the file's own draft is untouched

"""Word as a co-writer: export a draft to .docx, edit the file as Word, LibreOffice or a
blank questionnaire would, import it through the bundle merge (docs/word.md)."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest
from conftest import FORM_ID
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.text.run import Run
from lxml import etree

from naravard_desktop.core.forms.counting import count_like_browser
from naravard_desktop.core.forms.model import form_registry
from naravard_desktop.core.review.comments import Review
from naravard_desktop.core.storage.paths import DB_FILENAME
from naravard_desktop.core.storage.store import DraftStore
from naravard_desktop.core.word import WordError, import_word, write_word
from naravard_desktop.core.word.base import BASE_ROOT, parse_base
from naravard_desktop.core.word.ooxml import W15_NS, field_bookmark, option_bookmark, row_bookmark

W14 = "http://schemas.microsoft.com/office/word/2010/wordml"

# -- helpers that edit an exported file the way a colleague would ---------------------------


def base_of(doc: Any) -> Any:
    for part in doc.part.package.iter_parts():
        if str(part.partname).startswith("/customXml/item") and b"naravard-word-base" in part.blob:
            root = etree.fromstring(part.blob)
            assert root.tag == BASE_ROOT
            return parse_base(root)
    raise AssertionError("no base part")


def _row_of(doc: Any, bookmark: str) -> Any:
    for el in doc.element.body.iter(qn("w:bookmarkStart")):
        if el.get(qn("w:name")) == bookmark:
            tr = el.getparent()
            while tr.tag != qn("w:tr"):
                tr = tr.getparent()
            return tr
    raise AssertionError(f"no bookmark {bookmark}")


def _free_cells(doc: Any, bookmark: str) -> list[Any]:
    tr = _row_of(doc, bookmark)
    return [tc for tc in tr.iter(qn("w:tc")) if not any(b.get(qn("w:name")) == bookmark for b in tc.iter(qn("w:bookmarkStart")))]


def field_index(doc: Any, key: str) -> int:
    return [f.key for f in base_of(doc).fields].index(key)


def answer_cell(doc: Any, key: str) -> Any:
    return _free_cells(doc, field_bookmark(field_index(doc, key)))[0]


def paragraphs(cell: Any) -> list[Any]:
    return list(cell.iter(qn("w:p")))


def set_text(doc: Any, key: str, text: str) -> None:
    """Type a new answer: one paragraph per line, as Word stores Enter."""
    cell = answer_cell(doc, key)
    paras = paragraphs(cell)
    container = paras[0].getparent()
    for p in paras:
        p.getparent().remove(p)
    for line in text.split("\n"):
        p = OxmlElement("w:p")
        if line:
            r = OxmlElement("w:r")
            t = OxmlElement("w:t")
            t.text = line
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            r.append(t)
            p.append(r)
        container.append(p)


def tick(cell: Any, on: bool) -> None:
    """Click a check box: Word changes the glyph and w14:checked together."""
    for t in cell.iter(qn("w:t")):
        if t.text in ("☒", "☐"):
            t.text = "☒" if on else "☐"
    for el in cell.iter(f"{{{W14}}}checked"):
        el.set(f"{{{W14}}}val", "1" if on else "0")


def tick_option(doc: Any, question: str, option: str, on: bool, form: Any) -> None:
    q = form.question(question)
    tick(_free_cells(doc, option_bookmark(field_index(doc, question), q.options.index(option)))[0], on)


def tick_matrix(doc: Any, question: str, row: str, column: str, form: Any) -> None:
    q = form.question(question)
    cells = _free_cells(doc, row_bookmark(field_index(doc, question), q.rows.index(row)))
    for c, name in zip(cells, q.columns, strict=True):
        tick(c, name == column)


def comment_on(doc: Any, key: str, words: str, text: str, author: str) -> Any:
    """A Word comment on `words`, which must be one run of the answer after `isolate`."""
    run = isolate(doc, key, words)
    return doc.add_comment(Run(run, None), text=text, author=author, initials="X")


def isolate(doc: Any, key: str, words: str) -> Any:
    """Split the run holding `words` so they are a run of their own; returns it."""
    for r in answer_cell(doc, key).iter(qn("w:r")):
        t = r.find(qn("w:t"))
        if t is not None and t.text and words in t.text:
            before, after = t.text.split(words, 1)
            t.text = words
            for piece, where in ((before, "before"), (after, "after")):
                if piece:
                    new = OxmlElement("w:r")
                    nt = OxmlElement("w:t")
                    nt.text = piece
                    nt.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                    new.append(nt)
                    (r.addprevious if where == "before" else r.addnext)(new)
            return r
    raise AssertionError(f"{words!r} not in {key}")


def reply_to(doc: Any, parent_text: str, text: str, author: str) -> None:
    """A Word reply: a comment on the same place, linked in commentsExtended."""
    parent = next(c for c in doc.comments if c.text == parent_text)
    parent_para = parent._comment_elm.findall(qn("w:p"))[-1].get(f"{{{W14}}}paraId")
    start = next(el for el in doc.element.body.iter(qn("w:commentRangeStart")) if el.get(qn("w:id")) == str(parent.comment_id))
    ref = next(start.itersiblings(qn("w:r")))
    reply = doc.add_comment(Run(ref, None), text=text, author=author, initials="X")
    para = reply._comment_elm.findall(qn("w:p"))[-1]
    para.set(f"{{{W14}}}paraId", "7A000001")
    ext = next(p for p in doc.part.package.iter_parts() if str(p.partname) == "/word/commentsExtended.xml")
    root = etree.fromstring(ext.blob)
    el = etree.SubElement(root, f"{{{W15_NS}}}commentEx")
    el.set(f"{{{W15_NS}}}paraId", "7A000001")
    el.set(f"{{{W15_NS}}}paraIdParent", parent_para)
    el.set(f"{{{W15_NS}}}done", "0")
    ext._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def track_insert(doc: Any, key: str, after_words: str, inserted: str) -> None:
    run = isolate(doc, key, after_words)
    ins = parse_xml(
        f'<w:ins xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:id="901" w:author="Anna" '
        f'w:date="2025-01-10T10:00:00Z"><w:r><w:t xml:space="preserve">{inserted}</w:t></w:r></w:ins>'
    )
    run.addnext(ins)


def track_delete(doc: Any, key: str, words: str) -> None:
    run = isolate(doc, key, words)
    t = run.find(qn("w:t"))
    deleted = parse_xml(
        f'<w:del xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:id="902" w:author="Anna" '
        f'w:date="2025-01-10T10:00:00Z"><w:r><w:delText xml:space="preserve">{t.text}</w:delText></w:r></w:del>'
    )
    run.addprevious(deleted)
    run.getparent().remove(run)


def save(doc: Any, path: Path, *, editor: str | None = "Anna Andersson") -> Path:
    if editor is not None:
        doc.core_properties.last_modified_by = editor
    doc.save(str(path))
    return path


# -- fixtures ------------------------------------------------------------------------------------


@pytest.fixture
def setup(data_dir: Path, form: Any, halland_answers: dict[str, Any]) -> Any:
    store = DraftStore(data_dir, editor_name="Karin Koordinator")
    draft = store.create_draft(FORM_ID, "Svar 2024", "Region Halland")
    store.set_values(draft.id, halland_answers)
    review = Review(store, form, draft.id)
    thread = review.add_comment("3", "Kan vi nämna vårdhygien tydligare?", quote="Vårdhygien arbetar kontinuerligt")
    review.reply(thread.id, "Ja, gärna med exempel.")
    review.add_comment("8", "Stämmer raden Samverkan?")
    forms = form_registry(data_dir)
    yield store, forms, draft
    store.close()


def export(setup: Any, tmp_path: Path, name: str = "anna.docx", **kwargs: Any) -> Path:
    store, forms, draft = setup
    path = tmp_path / name
    write_word(store, forms.get(FORM_ID), draft.id, path, **kwargs)
    return path


def snapshot(data_dir: Path) -> list[Any]:
    import sqlite3

    with sqlite3.connect(data_dir / DB_FILENAME) as conn:
        return conn.execute("SELECT id FROM revisions ORDER BY id").fetchall()


# -- export ---------------------------------------------------------------------------------------


def test_export_reads_like_the_form(setup: Any, tmp_path: Path, form: Any) -> None:
    store, forms, draft = setup
    path = export(setup, tmp_path, questions=["3", "8", "17"], recipient="Anna Andersson")
    doc = docx.Document(str(path))
    text = "\n".join("".join(t.text or "" for t in p.iter(qn("w:t"))) for p in doc.element.body.iter(qn("w:p")))
    assert "Till: Anna Andersson" in text
    assert "Fråga 3" in text and "Fråga 17" in text and "Fråga 2" not in text
    assert form.question("3").text in text
    assert all(line in text for line in form.question("3").help)
    value = store.current_values(draft.id)["3"]
    assert f"{count_like_browser(value)} / 1000 tecken" in text
    base = base_of(doc)
    assert base.draft_id == draft.id and base.form_id == FORM_ID and base.recipient == "Anna Andersson"
    heads = store.heads(draft.id)
    assert {f.key: f.heads for f in base.fields}["3"] == tuple(r.id for r in heads["3"])
    assert {f.key: f.value for f in base.fields}["3"] == value
    tags = {el.get(qn("w:val")) for el in doc.element.body.iter(qn("w:tag"))}
    assert "17" in tags and "8 = Samverkan = Nej" in tags  # content controls tagged with the field key
    assert [c.text for c in doc.comments] == ["Kan vi nämna vårdhygien tydligare?", "Ja, gärna med exempel.", "Stämmer raden Samverkan?"]
    assert doc.comments.get(0).author == "Karin Koordinator"
    ranges = {el.get(qn("w:id")) for el in doc.element.body.iter(qn("w:commentRangeStart"))}
    assert len(ranges) == 3
    start = next(el for el in doc.element.body.iter(qn("w:commentRangeStart")) if el.get(qn("w:id")) == "0")
    quote_run = next(start.itersiblings(qn("w:r")))
    assert quote_run.find(qn("w:t")).text == "Vårdhygien arbetar kontinuerligt"


def test_noop_round_trip_changes_nothing_and_keeps_every_character(setup: Any, tmp_path: Path, data_dir: Path) -> None:
    store, forms, draft = setup
    store.set_value(draft.id, "1a", "Rad ett\n\n- punkt\twith tab  \n  indrag\n")
    path = export(setup, tmp_path)
    assert "Rad ett" in answer_cell(docx.Document(str(path)), "1a").xpath("string(.)")
    before = snapshot(data_dir)
    summary = import_word(store, forms, path)
    assert summary.nothing_new and not summary.conflicts and not summary.tracked_changes
    assert snapshot(data_dir) == before


# -- the colleague's edits ---------------------------------------------------------------------------


def test_edits_land_through_the_merge_while_the_draft_changes_too(setup: Any, tmp_path: Path, form: Any, data_dir: Path) -> None:
    store, forms, draft = setup
    path = export(setup, tmp_path)
    old = store.current_values(draft.id)
    doc = docx.Document(str(path))
    # A text: a new last line (the coordinator meanwhile edits the first line: no overlap).
    set_text(doc, "7a", old["7a"] + "\n• Ny rad från Anna.")
    tick_option(doc, "2", "Ja", False, form)
    tick_option(doc, "2", "Nej", True, form)
    tick_matrix(doc, "8", "Samverkan", "Ja", form)
    comment_on(doc, "1b", "Satsning med ökad budget", "Vilken budget?", "Anna Andersson")
    reply_to(doc, "Kan vi nämna vårdhygien tydligare?", "Jag har lagt till ett exempel.", "Anna Andersson")
    track_insert(doc, "1c", "Insatser för minskat beroende", " (tillagt)")
    track_delete(doc, "1d", "Fortsatt arbete")
    save(doc, tmp_path / "anna-edited.docx")
    first_line, rest = old["7a"].split("\n", 1)
    store.set_value(draft.id, "7a", first_line + " Uppdaterat.\n" + rest)

    summary = import_word(store, forms, tmp_path / "anna-edited.docx")

    values = store.current_values(draft.id)
    assert values["7a"] == first_line + " Uppdaterat.\n" + rest + "\n• Ny rad från Anna."
    assert summary.merged_fields == ["7a"] and not summary.conflicts
    assert values["2"] == "Nej"
    assert values["8"]["Samverkan"] == "Ja" and values["8"]["Delaktighet"] == old["8"]["Delaktighet"]
    assert values["1c"] == old["1c"].replace("Insatser för minskat beroende", "Insatser för minskat beroende (tillagt)", 1)
    assert values["1d"] == old["1d"].replace("Fortsatt arbete", "", 1)
    assert summary.tracked_changes
    assert summary.editor == "Anna Andersson"
    editors = {r.editor_name for r in store.history(draft.id, "2")}
    assert "Anna Andersson" in editors
    threads = {t.text: t for t in Review(store, form, draft.id).threads()}
    new = threads["Vilken budget?"]
    assert (new.question, new.field, new.quote, new.author) == ("1b", "1b", "Satsning med ökad budget", "Anna Andersson")
    assert new.anchor is not None and new.anchor.status == "found"
    app_thread = threads["Kan vi nämna vårdhygien tydligare?"]
    assert [(r.text, r.author) for r in app_thread.replies] == [
        ("Ja, gärna med exempel.", "Karin Koordinator"),
        ("Jag har lagt till ett exempel.", "Anna Andersson"),
    ]
    assert len(threads) == 3  # the app's own comments came back without duplicates
    assert summary.new_comments == {"1b": 1, "3": 1}
    lines = "\n".join(summary.lines(form, draft.title))
    assert "spårade ändringar" in lines and "1 fält sammanslaget automatiskt: fråga 7 a" in lines
    assert "2 nya kommentarer och svar" in lines

    before = snapshot(data_dir)
    again = import_word(store, forms, tmp_path / "anna-edited.docx")
    assert again.nothing_new and again.new_comments == {}
    assert snapshot(data_dir) == before


def test_overlapping_edits_conflict_with_both_versions_kept(setup: Any, tmp_path: Path, form: Any) -> None:
    store, forms, draft = setup
    path = export(setup, tmp_path)
    old = store.current_values(draft.id)["3"]
    doc = docx.Document(str(path))
    set_text(doc, "3", old.replace("Vårdhygien arbetar", "Annas vårdhygien arbetar", 1))
    save(doc, path)
    store.set_value(draft.id, "3", old.replace("Vårdhygien arbetar", "Karins vårdhygien arbetar", 1))
    summary = import_word(store, forms, path, editor_name="Anna A.")
    assert summary.conflicts == ["3"] and summary.editor == "Anna A."
    heads = store.heads(draft.id, ["3"])["3"]
    assert sorted(h.value.split(" ", 2)[1] for h in heads) == ["Annas", "Karins"]
    assert {h.editor_name for h in heads} == {"Anna A.", "Karin Koordinator"}


def test_editor_falls_back_to_the_recipient(setup: Any, tmp_path: Path) -> None:
    store, forms, draft = setup
    path = export(setup, tmp_path, recipient="Bo Berg")
    doc = docx.Document(str(path))
    set_text(doc, "3", "Nytt svar")
    save(doc, path, editor=None)  # last modified by stays empty, as an unnamed LibreOffice leaves it
    summary = import_word(store, forms, path)
    assert summary.editor == "Bo Berg"
    assert store.heads(draft.id, ["3"])["3"][-1].editor_name == "Bo Berg"


def test_unparsable_numbers_and_two_ticks_are_reported_not_stored(setup: Any, tmp_path: Path, form: Any) -> None:
    store, forms, draft = setup
    path = export(setup, tmp_path)
    doc = docx.Document(str(path))
    set_text(doc, "36", "ungefär hälften")
    tick_option(doc, "2", "Nej", True, form)  # "Ja" stays ticked: two ticks on a single choice
    save(doc, path)
    before = store.current_values(draft.id)
    summary = import_word(store, forms, path)
    assert summary.nothing_new
    assert any("ungefär hälften" in s for s in summary.skipped)
    assert any("flera alternativ" in s for s in summary.skipped)
    assert store.current_values(draft.id) == before


# -- a questionnaire typed into by hand -------------------------------------------------------------


def test_a_blank_questionnaire_arrives_as_proposals_or_conflicts(setup: Any, tmp_path: Path, form: Any) -> None:
    store, forms, draft = setup
    store.set_value(draft.id, "11", None)
    doc = docx.Document()
    doc.add_paragraph("3. " + form.question("3").text)
    answer = doc.add_paragraph("Vårt eget svar om kommunerna.")
    doc.add_paragraph("11 kommuner deltar.")  # an answer line, not question 11
    doc.add_paragraph("1. En numrerad punkt.")  # nor question 1
    doc.add_comment(answer.runs[0], text="Stämmer det?", author="Cecilia")
    doc.add_paragraph("Fråga 11")
    doc.add_paragraph(form.question("11").text)
    doc.add_paragraph("☒ " + form.question("11").options[0])
    doc.add_paragraph("☐ " + form.question("11").options[1])
    path = save(doc, tmp_path / "blank.docx", editor="Cecilia")
    old = store.current_values(draft.id)["3"]
    summary = import_word(store, forms, path, draft_id=draft.id)
    assert summary.matched_by == "labels"
    assert store.current_values(draft.id)["11"] == form.question("11").options[0]  # a proposal in an empty field
    heads = store.heads(draft.id, ["3"])["3"]
    mine = "Vårt eget svar om kommunerna.\n11 kommuner deltar.\n1. En numrerad punkt."
    assert summary.conflicts == ["3"] and {h.value for h in heads} == {old, mine}
    thread = next(t for t in Review(store, form, draft.id).threads(question="3") if t.author == "Cecilia")
    assert (thread.text, thread.author, thread.quote, thread.field) == ("Stämmer det?", "Cecilia", "Vårt eget svar om kommunerna.", "3")
    assert "inte exporterad" in "\n".join(summary.lines(form, draft.title))


# -- refusals -------------------------------------------------------------------------------------


def _rezip(src: Path, dst: Path, replace: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zout.writestr(item, replace.get(item.filename, zin.read(item.filename)))
    return dst


def _base_member(path: Path) -> tuple[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            data = zf.read(name)
            if name.startswith("customXml/item") and b"naravard-word-base" in data:
                return name, data
    raise AssertionError


def test_refusals_are_one_line_exit_2_and_change_nothing(setup: Any, tmp_path: Path, cli: Any, data_dir: Path) -> None:
    store, forms, draft = setup
    path = export(setup, tmp_path)
    not_docx = tmp_path / "notes.docx"
    not_docx.write_text("hej")
    damaged = _rezip(path, tmp_path / "damaged.docx", {"word/document.xml": b"<w:document xmlns:w='x'><w:body>"})
    name, blob = _base_member(path)
    other_form = _rezip(path, tmp_path / "other-form.docx", {name: blob.replace(FORM_ID.encode(), b"annan-enkat-2023")})
    doctype = _rezip(
        path,
        tmp_path / "entities.docx",
        {"word/document.xml": b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaa">]><d>&a;</d>'},
    )
    before = snapshot(data_dir)
    store.close()
    cases = {
        not_docx: "inte ett Word-dokument",
        damaged: "skadad XML",
        other_form: "annan-enkat-2023",
        doctype: "DOCTYPE",
        tmp_path / "missing.docx": "finns inte",
    }
    for file, message in cases.items():
        result = cli("word", "import", str(file))
        assert result.code == 2, (file, result)
        assert result.err.count("\n") == 1 and message in result.err and "inget har ändrats" in result.err
    assert snapshot(data_dir) == before


def test_another_drafts_file_only_with_draft(setup: Any, tmp_path: Path, cli: Any, form: Any) -> None:
    store, forms, draft = setup
    path = export(setup, tmp_path)
    doc = docx.Document(str(path))
    set_text(doc, "3", "Annas text i ett annat utkast")
    save(doc, path)
    other = store.create_draft(FORM_ID, "Annat utkast")
    store.close()
    other_dir = tmp_path / "other"
    other_dir.mkdir()
    result = cli("draft", "new", "--form", FORM_ID, "--title", "Tomt", data=other_dir)
    target = result.out.strip()
    refused = cli("word", "import", str(path), data=other_dir)
    assert refused.code == 2 and "--draft" in refused.err and refused.err.count("\n") == 1
    ok = cli("word", "import", str(path), "--draft", target, "--json", data=other_dir)
    assert ok.code == 0, ok.err
    data = json.loads(ok.out)
    assert data["draft"] == target and data["new_revisions"] == 1
    shown = cli("answers", "export", target, data=other_dir)
    assert "Annas text i ett annat utkast" in shown.out
    del other


# -- CLI ------------------------------------------------------------------------------------------


def test_cli_export_and_import(cli: Any, halland_draft: str, tmp_path: Path) -> None:
    out = tmp_path / "q.docx"
    result = cli("word", "export", halland_draft, "--out", str(out), "--questions", "12-17,25", "--for", "Anna")
    assert result.code == 0, result.err
    assert re.match(r".*q\.docx: \d+ frågor, \d+ svarsfält", result.out)
    numbers = [f.key.split(" / ")[0] for f in base_of(docx.Document(str(out))).fields]
    assert set(numbers) <= {"12", "13", "14", "14a", "15", "16", "17", "25"} and "25" in numbers and "12" in numbers
    result = cli("word", "import", str(out), "--json")
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert data["nothing_new"] is True and data["tracked_changes"] is False and data["editor"] == "Anna"
    bad = cli("word", "export", halland_draft, "--out", str(out), "--questions", "99")
    assert bad.code == 2 and "--questions" in bad.err
    assert cli("word", "export", halland_draft, "--out", str(tmp_path / "x.txt")).code == 2


def test_export_warns_about_personal_data_like_bundle_export(cli: Any, halland_draft: str, tmp_path: Path) -> None:
    answers = tmp_path / "pii.json"
    answers.write_text(
        json.dumps({"format": "naravard-answers/1", "form": FORM_ID, "answers": {"3": "Ring Anna på 070-123 45 67."}}), "utf-8"
    )
    assert cli("answers", "import", halland_draft, str(answers)).code == 0
    word = cli("word", "export", halland_draft, "--out", str(tmp_path / "a.docx"))
    bundle = cli("bundle", "export", halland_draft, "--out", str(tmp_path / "a.naravard"))
    assert word.code == 0 and word.err and word.err == bundle.err


# -- LibreOffice ------------------------------------------------------------------------------------

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
needs_soffice = pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui"
)


def soffice(tmp_path: Path, src: Path, fmt: str, outdir: Path) -> Path:
    outdir.mkdir(exist_ok=True)
    profile = tmp_path / "lo-profile"
    subprocess.run(
        [str(SOFFICE), f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", fmt, "--outdir", str(outdir), str(src)],
        check=True,
        capture_output=True,
        timeout=180,
    )
    out = outdir / (src.stem + "." + fmt.split(":")[0])
    assert out.exists(), f"LibreOffice wrote no {out}"
    return out


@needs_soffice
def test_libreoffice_resave_is_no_change_and_its_edit_lands(setup: Any, tmp_path: Path, data_dir: Path) -> None:
    store, forms, draft = setup
    path = export(setup, tmp_path)
    resaved = soffice(tmp_path, path, "docx", tmp_path / "lo")
    before = snapshot(data_dir)
    summary = import_word(store, forms, resaved)
    assert summary.nothing_new and not summary.conflicts
    assert snapshot(data_dir) == before

    # An edit made in LibreOffice: open as .fodt, change one sentence of answer 2 a, save as .docx.
    fodt = soffice(tmp_path, path, "fodt", tmp_path / "fodt")
    old = store.current_values(draft.id)["2a"]
    sentence = old.split("\n")[0]
    xml = fodt.read_text("utf-8")
    assert sentence in xml
    fodt.write_text(xml.replace(sentence, sentence + " Ändrat i LibreOffice.", 1), "utf-8")
    edited = soffice(tmp_path, fodt, "docx", tmp_path / "back")
    first, rest = old.split("\n", 1)
    store.set_value(draft.id, "2a", first + "\n" + rest + "\nKarins tillägg.")  # the draft changes meanwhile
    summary = import_word(store, forms, edited, editor_name="Lena LibreOffice")
    assert not summary.conflicts and summary.merged_fields == ["2a"]
    assert store.current_values(draft.id)["2a"] == first + " Ändrat i LibreOffice.\n" + rest + "\nKarins tillägg."
    assert {"Lena LibreOffice"} <= {r.editor_name for r in store.history(draft.id, "2a")}
    again = import_word(store, forms, edited, editor_name="Lena LibreOffice")
    assert again.nothing_new


def test_word_file_is_not_a_bundle_and_bad_zip_is_refused(tmp_path: Path, setup: Any) -> None:
    store, forms, draft = setup
    path = tmp_path / "x.docx"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("../evil.xml", b"<a/>")
    path.write_bytes(buf.getvalue())
    with pytest.raises(WordError, match="otillåten sökväg"):
        import_word(store, forms, path)


def test_a_comment_marked_done_in_word_resolves_its_thread(setup: Any, tmp_path: Path, form: Any) -> None:
    store, forms, draft = setup
    path = export(setup, tmp_path)
    doc = docx.Document(str(path))
    ext = next(p for p in doc.part.package.iter_parts() if str(p.partname) == "/word/commentsExtended.xml")
    root = etree.fromstring(ext.blob)
    parent = next(c for c in doc.comments if c.text == "Stämmer raden Samverkan?")
    para = parent._comment_elm.findall(qn("w:p"))[-1].get(f"{{{W14}}}paraId")
    for el in root:
        if el.get(f"{{{W15_NS}}}paraId") == para:
            el.set(f"{{{W15_NS}}}done", "1")
    ext._blob = etree.tostring(root)
    save(doc, path)
    summary = import_word(store, forms, path)
    assert summary.new_revisions == 1 and summary.new_comments == {}
    assert [t.text for t in Review(store, form, draft.id).threads()] == ["Kan vi nämna vårdhygien tydligare?"]
    assert import_word(store, forms, path).nothing_new


def test_without_its_base_the_file_is_read_by_the_content_control_tags(setup: Any, tmp_path: Path) -> None:
    """A tool that drops custom XML and document properties: Word's tags still name the fields."""
    store, forms, draft = setup
    path = export(setup, tmp_path)
    doc = docx.Document(str(path))
    cell = answer_cell(doc, "7a")
    set_text(doc, "7a", "Helt ny text från någon utan basen")
    del cell
    save(doc, path)
    name, _ = _base_member(path)
    with zipfile.ZipFile(path) as zf:
        members = {n: zf.read(n) for n in zf.namelist() if n not in (name, "docProps/custom.xml")}
    stripped = tmp_path / "stripped.docx"
    with zipfile.ZipFile(stripped, "w") as zf:
        for n, data in members.items():
            zf.writestr(n, data)
    old = store.current_values(draft.id)["7a"]
    summary = import_word(store, forms, stripped)
    assert summary.matched_by == "tags"
    assert summary.conflicts == ["7a"]  # no base: a proposal beside the existing text, not over it
    assert {h.value for h in store.heads(draft.id, ["7a"])["7a"]} == {old, "Helt ny text från någon utan basen"}
    assert summary.new_revisions == 1  # every other field already said what the file says
    assert summary.skipped == []  # the app's own comments are known again, even without the base

"""The document model and `answers export --format txt|md`: conflicts, parked answers, limits."""

import io

import pypdf
import pytest

from naravard_desktop.core.review.document import build_document
from naravard_desktop.core.review.export_text import md_escape, render_markdown, render_text
from naravard_desktop.core.review.pdf import render_pdf
from naravard_desktop.core.storage.store import DraftStore, Editor
from naravard_desktop.core.sync.interchange import dump_answers, export_answers


@pytest.fixture
def store(data_dir):
    with DraftStore(data_dir, editor_name="Anna") as s:
        yield s


@pytest.fixture
def draft(store, form, halland_answers):
    d = store.create_draft(form.id, "Svar 2024", "Region Halland")
    store.set_values(d.id, halland_answers)
    # A parked answer: 14 a written while 14 was Ja, then 14 set back to Nej.
    store.set_values(d.id, {"14": "Ja", "14a": "PARKERAD TEXT som inte ska skrivas ut"})
    store.set_value(d.id, "14", "Nej")
    # A conflict on 3: Bo's edit made on another machine from the same head.
    head = store.heads(d.id, ["3"])["3"][0]
    theirs = store.make_revision(d.id, "3", "Bos version av fråga 3", [head.id], editor=Editor("bo-id", "Bo"))
    store.set_value(d.id, "3", "Annas version av fråga 3")
    store.insert_revision(theirs)
    return d


def test_document_marks_parked_conflicts_and_limits(store, form, draft):
    doc = build_document(store, form, draft.id)
    by_number = {q.number: q for q in doc.questions()}
    q14a = by_number["14a"]
    assert not q14a.asked and q14a.has_parked and q14a.answer.value is None
    q3 = by_number["3"]
    assert sorted(v.text for v in q3.answer.conflict) == ["Annas version av fråga 3", "Bos version av fråga 3"]
    assert {v.editor for v in q3.answer.conflict} == {"Anna", "Bo"}
    q17 = by_number["17"]
    assert (q17.answer.count_text, q17.answer.over_text) == ("1191 / 1000 tecken", "191 tecken för mycket")
    assert doc.summary.conflicts == 1 and doc.summary.parked == 1 and doc.summary.over_limit == 1
    assert [o.chosen for o in by_number["2"].options] == [True, False]
    assert by_number["15"].number_label == "15 (tryckt som 5.)"
    assert "Bo" in doc.editors


def test_text_export(store, form, draft):
    text = render_text(build_document(store, form, draft.id))
    assert "PARKERAD TEXT" not in text
    start = text.index("14 a  Om svaret är")
    assert text[start:].split("\n")[2] == "Ej aktuell (villkor ej uppfyllt)"
    assert "KONFLIKT – 2 versioner:" in text and "Bos version av fråga 3" in text and "Annas version av fråga 3" in text
    assert "(1191 / 1000 tecken – ÖVER GRÄNSEN, 191 tecken för mycket)" in text
    assert "☒ Ja\n☐ Nej" in text
    assert "...barn och unga? – Ja" in text
    assert text.index("1 a  ...stödja") < text.index("15 (tryckt som 5.)") < text.index("38  Hur stor andel")
    halland_17 = store.current_values(draft.id)["17"]
    assert halland_17 in text  # verbatim, line breaks kept


def test_markdown_export_escapes_markup(store, form, draft):
    store.set_value(draft.id, "23", "Rad *ett* <b>fet</b> & [länk](http://x)\n# inte rubrik\nrad tre")
    md = render_markdown(build_document(store, form, draft.id))
    assert "Rad \\*ett\\* \\<b\\>fet\\</b\\> \\& \\[länk\\](http://x)  \n\\# inte rubrik  \nrad tre" in md
    assert "### 15 (tryckt som 5.)" in md and "| ...barn och unga? | ☒ | ☐ |" in md
    assert "- [x] Ja\n- [ ] Nej" in md
    assert "**Ej aktuell (villkor ej uppfyllt)**" in md and "PARKERAD TEXT" not in md
    assert "**KONFLIKT – 2 versioner**" in md


def test_md_escape_keeps_plain_text_readable():
    assert md_escape("Vanlig text, 5 % och – “citat”.") == "Vanlig text, 5 % och – “citat”."


def test_pdf_prints_both_conflict_versions_and_no_parked_answer(store, form, draft):
    pdf = render_pdf(build_document(store, form, draft.id))
    text = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    assert "KONFLIKT – 2 versioner" in text
    assert "Bos version av fråga 3" in text and "Annas version av fråga 3" in text
    assert "Version 1: " in text and "Version 2: " in text
    assert f"{len('Bos version av fråga 3')} / 1000 tecken" in text
    assert "PARKERAD TEXT" not in text and "parkerat svar" in text


def test_cli_export_formats(cli, halland_draft, data_dir, form, tmp_path):
    default = cli("answers", "export", halland_draft)
    as_json = cli("answers", "export", halland_draft, "--format", "json")
    with DraftStore(data_dir) as s:
        expected = dump_answers(export_answers(s, form, s.draft(halland_draft).id))
    assert default.out == as_json.out == expected
    txt = cli("answers", "export", halland_draft, "--format", "txt")
    assert txt.code == 0 and txt.out.startswith("Enkät till regioner") and "191 tecken för mycket" in txt.out
    out = tmp_path / "svar.md"
    assert cli("answers", "export", halland_draft, "--format", "md", "--out", str(out)).code == 0
    assert out.read_text("utf-8").startswith("# Enkät till regioner")
    bad = cli("answers", "export", halland_draft, "--format", "pdf")
    assert bad.code == 2 and len(bad.err.splitlines()) == 1


def test_check_problems_are_printed_with_their_question(store, form, draft):
    store.set_values(
        draft.id,
        {"1a": "• ett\n• två\n• tre\n• fyra", "34": ["Via 1177.se", "På annat sätt, ange hur:"], "34 / På annat sätt, ange hur:": None},
    )
    doc = build_document(store, form, draft.id)
    by_number = {q.number: q for q in doc.questions()}
    assert by_number["1a"].problems == ("fråga 1 a: 4 insatser, formuläret ber om högst 3",)
    assert any("”På annat sätt, ange hur:” är valt men texten saknas" in p for p in by_number["34"].problems)
    assert by_number["17"].problems == ()  # over the limit is its own flag
    text = render_text(doc)
    assert "Att åtgärda: fråga 1 a: 4 insatser, formuläret ber om högst 3" in text
    pdf_text = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(render_pdf(doc))).pages)
    assert "Att åtgärda: fråga 1 a: 4 insatser" in pdf_text


def test_last_change_names_who_and_when(store, form, draft):
    doc = build_document(store, form, draft.id)
    by_number = {q.number: q for q in doc.questions()}
    assert by_number["3"].last_change.editor in ("Anna", "Bo")
    assert by_number["17"].last_change.editor == "Anna"
    assert by_number["5"].last_change is None  # never answered
    text = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(render_pdf(doc))).pages)
    assert "senast ändrad av Anna" in text

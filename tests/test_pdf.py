"""The review PDF, read back with pypdf: order, verbatim answers, counts, comments, safety."""

import io
import re
from contextlib import contextmanager

import pypdf
import pytest
from reportlab.lib import utils as rl_utils

from naravard_desktop.core.review.comments import Review
from naravard_desktop.core.review.document import build_document, select_questions
from naravard_desktop.core.review.pdf import render_pdf
from naravard_desktop.core.storage.store import DraftStore

MARKUP = 'Före <b>fet</b> <img src="{path}"/> <font color="red">röd</font> &amp; 5 < 6 > 4 &lt; slut'
SENTENCE = "Mening {i:03d} om nära vård – “citat” och ’apostrof’ … åäö ÅÄÖ. "


def long_answer() -> str:
    text = ""
    i = 0
    while len(text) < 3000:
        text += SENTENCE.format(i=i)
        i += 1
        if i % 9 == 0:
            text += "\n• punkt i listan\n\n"
    return text[:3000]


@contextmanager
def reportlab_file_reads():
    """Record every file reportlab opens or loads as an image."""
    calls: list[str] = []
    real_open = rl_utils.open_for_read
    real_reader = rl_utils.ImageReader.__init__

    def spy_open(name, *args, **kwargs):
        calls.append(str(name))
        return real_open(name, *args, **kwargs)

    def spy_reader(self, name, *args, **kwargs):
        calls.append(str(name))
        return real_reader(self, name, *args, **kwargs)

    mp = pytest.MonkeyPatch()
    mp.setattr(rl_utils, "open_for_read", spy_open)
    mp.setattr(rl_utils.ImageReader, "__init__", spy_reader)
    try:
        yield calls
    finally:
        mp.undo()


@pytest.fixture(scope="module")
def secret(tmp_path_factory):
    path = tmp_path_factory.mktemp("secret") / "passwd.png"
    path.write_bytes(b"not an image")
    return path


@pytest.fixture(scope="module")
def printed(tmp_path_factory, form, secret):
    """The Halland draft with a 3000-character answer, markup, comments; rendered once."""
    import json

    from conftest import HALLAND_ANSWERS

    from naravard_desktop.core.sync.interchange import parse_answers

    data_dir = tmp_path_factory.mktemp("data")
    store = DraftStore(data_dir, editor_name="Anna Andersson")
    draft = store.create_draft(form.id, "Svar 2024 <b>v2</b>", "Region Halland")
    answers = parse_answers(form, json.loads(HALLAND_ANSWERS.read_text("utf-8")))
    answers["12"] = long_answer()
    answers["23"] = MARKUP.format(path=secret)
    store.set_values(draft.id, answers)
    review = Review(store, form, draft.id)
    review.add_comment("17", "Korta med 191 tecken", quote="Palliativa konsultteamet (PKT)")
    gone = review.add_comment("3", "Stämmer siffran?", quote="Vårdhygien arbetar")
    review.reply(gone.id, "Ja, enligt <i>rapporten</i>")
    resolved = review.add_comment("2", "Löst sak")
    review.resolve(resolved.id)
    review.set_status("17", "behover-andras", assignee="Anna Andersson")
    store.set_value(draft.id, "3", "Omskriven text för fråga 3.")
    document = build_document(store, form, draft.id)
    with reportlab_file_reads() as calls:
        pdf = render_pdf(document)
    yield {"pdf": pdf, "document": document, "store": store, "draft": draft, "calls": calls, "answers": answers}
    store.close()


def page_texts(pdf: bytes) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return [p.extract_text().replace("\xa0", " ") for p in reader.pages]


def body_text(pdf: bytes, draft_title: str, form_title: str) -> str:
    """The questions' pages' text (after cover and contents) without the page decorations."""
    out = []
    for text in page_texts(pdf):
        for deco in ("UTKAST – granskningskopia", form_title, draft_title):
            text = text.replace(deco, "")
        text = re.sub(r"Sida \d+ av \d+", "", text)
        text = text.replace("UTKAST", "")
        out.append(text)
    text = "\n".join(out)
    return text[text.index("Del A:") :] if "Del A:" in text else text


def squash(text: str) -> str:
    return "".join(text.split())


def test_every_question_in_form_order(printed, form):
    reader = pypdf.PdfReader(io.BytesIO(printed["pdf"]))
    titles = []

    def walk(items):
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(item.title)

    walk(reader.outline)
    numbered = [t.split("  ")[0] for t in titles if "  " in t]
    expected = [q.display_number + (f" (tryckt som {q.printed_number})" if q.printed_number else "") for q in form.questions()]
    assert numbered == expected
    assert "Tillgänglighet" in titles
    body = body_text(printed["pdf"], printed["draft"].title, form.title)
    pos = 0
    for label, q in zip(expected, form.questions(), strict=True):
        heading = f"{label}  {q.text[:25]}"
        found = body.find(heading, pos)
        assert found >= 0, heading
        pos = found
    assert "15 (tryckt som 5.)" in body


def test_answers_verbatim_long_and_markup(printed, form, secret):
    body = body_text(printed["pdf"], printed["draft"].title, form.title)
    long = printed["answers"]["12"]
    assert len(long) == 3000
    assert squash(long) in squash(body)
    assert "3000 / 3000 tecken" in body
    markup = MARKUP.format(path=secret)
    assert squash(markup) in squash(body)
    halland_17 = printed["answers"]["17"]
    assert "Palliativa konsultteamet (PKT)[1]" in body  # the quoted stretch carries its comment's number
    assert squash(halland_17) in squash(body.replace("(PKT)[1]", "(PKT)"))
    assert "☒ Ja" in body and "☐ Nej" in body


def test_contents_flag_what_needs_attention(printed):
    contents = " ".join(page_texts(printed["pdf"])[1:3])
    assert re.search(r"17  Beskriv de viktigaste.*över gränsen · 1 kommentar", contents)
    assert re.search(r"12  Regioner och kommuner.*att åtgärda", contents)  # the long answer has more bullets than the 3 asked for


def test_img_markup_reads_no_file(printed, secret):
    assert not [c for c in printed["calls"] if "passwd" in c or c == str(secret)]


def test_the_file_spy_sees_unescaped_img_markup(secret):
    """Control: without escaping, reportlab would read the file, and the spy sees it."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    with reportlab_file_reads() as calls, pytest.raises(Exception):  # noqa: B017 - any failure; the spy is what is asserted
        SimpleDocTemplate(io.BytesIO()).build([Paragraph(f'<img src="{secret}" width="9" height="9"/>', ParagraphStyle("p"))])
    assert str(secret) in calls


def test_counts_and_over_limit_on_17(printed, form):
    body = body_text(printed["pdf"], printed["draft"].title, form.title)
    assert "Över gränsen: 1191 / 1000 tecken – 191 tecken för mycket" in body
    assert "973 / 1000" not in body  # question 3 was rewritten
    q17 = body.index("17  Beskriv de viktigaste")
    assert body.index("191 tecken för mycket") > q17
    assert body.count("tecken för mycket") == 1


def test_unmet_condition_prints_ej_aktuell(printed, form):
    body = body_text(printed["pdf"], printed["draft"].title, form.title)
    q14a = body.index("14 a  Om svaret är")
    q15 = body.index("15 (tryckt som 5.)  Har arbetssättet")
    assert "Ej aktuell (villkor ej uppfyllt)" in body[q14a:q15]
    assert "Villkor: Fråga 14 a besvaras av de som svarat 'Ja' på fråga 14. (ej uppfyllt)" in body


def test_open_comments_with_quotes_and_replies(printed, form):
    body = body_text(printed["pdf"], printed["draft"].title, form.title)
    q17 = body.index("17  Beskriv de viktigaste")
    comment = body.index("[1] Kommentar av Anna Andersson", q17)
    assert body.index("Citat: ”Palliativa konsultteamet (PKT)”", q17) > comment
    assert "Korta med 191 tecken" in body
    assert "Citat: ”Vårdhygien arbetar” (texten har ändrats)" in body
    assert "Ja, enligt <i>rapporten</i>" in body
    assert "Löst sak" not in body  # resolved threads only on demand


def test_cover_summary_pages_and_metadata(printed, form):
    texts = page_texts(printed["pdf"])
    total = len(texts)
    for i, text in enumerate(texts, 1):
        assert f"Sida {i} av {total}" in text
        assert "UTKAST" in text
    cover = texts[0]
    assert "Region Halland" in cover and "Svar 2024 <b>v2</b>" in cover
    assert "Besvarade frågor" in cover and "Öppna kommentarer" in cover and "Anna Andersson" in cover
    summary = printed["document"].summary
    assert (summary.open_comments, summary.over_limit, summary.answered, summary.asked) == (2, 1, 46, 50)
    assert re.search(r"Över teckengränsen\s*1 \(fråga 17\)", cover) and re.search(r"Öppna kommentarer\s*2 \(fråga 3, 17\)", cover)
    assert re.search(r"Besvarade frågor\s*46 av 50", cover) and "Behöver ändras: 1" in cover
    assert sum(summary.statuses.values()) == summary.asked == 50  # statuses over the asked questions
    reader = pypdf.PdfReader(io.BytesIO(printed["pdf"]))
    meta = reader.metadata
    assert meta.title == "Granskningskopia: Svar 2024 <b>v2</b>"
    assert "Anna Andersson" in meta.author and "Region Halland" in meta.subject
    assert meta.creation_date is not None


def test_include_resolved_and_subset(printed, form):
    store, draft = printed["store"], printed["draft"]
    doc = build_document(store, form, draft.id, include_resolved=True, questions=select_questions(form, "1a-2,17"))
    pdf = render_pdf(doc)
    body = body_text(pdf, draft.title, form.title)
    assert "Löst sak" in body and "löst av Anna Andersson" in body
    assert "1 a  ...stödja" in body and "2  Har regionen" in body and "17  Beskriv" in body
    assert "3  Beskriv hur regionen" not in body and "18  Ange vilka" not in body
    assert re.search(r"Urval\s*frågorna 1 a, 1 b, 1 c, 1 d, 2, 17", page_texts(pdf)[0])


def test_select_questions(form):
    assert select_questions(form, "12-17") == ["12", "13", "14", "14a", "15", "16", "17"]
    assert select_questions(form, "1a-1c, 17,3") == ["1a", "1b", "1c", "3", "17"]
    with pytest.raises(ValueError, match="ingen fråga '99'"):
        select_questions(form, "17-99")


def test_cli_pdf_writes_file_and_rejects_bad_selection(cli, halland_draft, tmp_path):
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "granskning.pdf"
    result = cli("pdf", halland_draft, "--out", str(out), "--questions", "12-17")
    assert result.code == 0, result.err
    reader = pypdf.PdfReader(out)
    text = "".join(p.extract_text() for p in reader.pages)
    assert "12  Regioner och kommuner" in text.replace("\xa0", " ") and "18  Ange" not in text.replace("\xa0", " ")
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["granskning.pdf"]  # no temp file left
    bad = cli("pdf", halland_draft, "--out", str(out), "--questions", "12-99")
    assert bad.code == 2 and "ingen fråga '99'" in bad.err and len(bad.err.splitlines()) == 1
    missing = cli("pdf", halland_draft, "--out", str(tmp_path / "nope" / "x.pdf"))
    assert missing.code == 2 and "finns inte" in missing.err


def test_marked_line_escapes_inside_highlights():
    from naravard_desktop.core.review.pdf import HIGHLIGHT, marked_line

    assert marked_line("a <b> c", [(2, 5, 1)]) == f'a <span backColor="{HIGHLIGHT}">&lt;b&gt;</span><super>[1]</super> c'
    # A quote that runs on into the next line: highlighted here, numbered where it ends.
    assert marked_line("slut & början", [(5, 40, 2)]) == f'slut <span backColor="{HIGHLIGHT}">&amp; början</span>'
    assert marked_line("x", []) == "x"


def test_written_pdf_gets_an_ordinary_file_mode(cli, halland_draft, tmp_path):
    import os
    import stat

    out = tmp_path / "kopia.pdf"
    umask = os.umask(0o022)
    try:
        assert cli("pdf", halland_draft, "--out", str(out), "--questions", "17").code == 0
    finally:
        os.umask(umask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644
    out.chmod(0o640)
    assert cli("pdf", halland_draft, "--out", str(out), "--questions", "17").code == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o640  # replacing keeps the mode


def test_cli_pdf_warns_on_stderr_about_personal_data_like_bundle_export(cli, halland_draft, data_dir, tmp_path):
    with DraftStore(data_dir) as store:
        store.set_values(halland_draft, {"17": "Kontakt: 19121212-1212"})
    out = tmp_path / "med-pnr.pdf"
    result = cli("pdf", halland_draft, "--out", str(out), "--questions", "17")
    assert result.code == 0 and out.is_file()
    warnings = result.err.strip().splitlines()
    assert len(warnings) == 1 and warnings[0].startswith("varning: fråga 17") and "19121212-****" in warnings[0]
    assert "1212-1212" not in result.err  # never the whole number
    bundle = cli("bundle", "export", halland_draft, "--out", str(tmp_path / "b.naravard"))
    assert bundle.err == result.err  # the very same lines as the bundle export
    finding = cli("pii", "scan", halland_draft, "--json").json()["findings"][0]["id"]
    assert cli("pii", "ack", halland_draft, finding, "--reason", "testnummer").code == 0
    again = cli("pdf", halland_draft, "--out", str(out), "--questions", "17")
    assert again.code == 0 and again.err == ""


def test_each_questions_answered_flag_adds_up_to_the_cover_count_and_progress(printed, form):
    """One rule for "answered" (core.answers.is_answered): the per-question flags of the
    document, the cover's "46 av 50" and validation.progress (navigator, `drafts list`) agree,
    also when a question is answered only by its "kan inte anges" box."""
    from naravard_desktop.core.submission.validation import progress

    store, draft = printed["store"], printed["draft"]

    def counts() -> tuple[tuple[int, int], tuple[int, int], tuple[int, int]]:
        document = build_document(store, form, draft.id)
        asked = [q for q in document.questions() if q.question.answerable and q.asked]
        flags = (sum(1 for q in asked if q.answered), len(asked))
        return flags, (document.summary.answered, document.summary.asked), progress(form, store.current_values(draft.id))

    assert counts() == ((46, 50), (46, 50), (46, 50))
    box = form.question("36").subfields[0]
    assert box.role == "not_available"
    before = store.current_values(draft.id)
    store.set_values(draft.id, {"36": None, box.key: True})
    try:
        flags, cover, counted = counts()
        assert flags == cover == counted
        by_number = {q.question.number: q for q in build_document(store, form, draft.id).questions()}
        assert by_number["36"].answered is by_number["36"].asked
    finally:
        store.set_values(draft.id, {"36": before.get("36"), box.key: before.get(box.key)})
    assert counts() == ((46, 50), (46, 50), (46, 50))

"""`word export`: a draft (or some of its questions) as a .docx a colleague can fill in.

The document reads like the form: parts, sections, questions with their printed numbers,
help lines and conditions. Every answer sits in a shaded table cell (a content control
tagged with the field key), texts one paragraph per line so that the text comes back
character for character; choices and matrices are ☒/☐ check boxes. The headings, the
questions and the labels are locked content controls. Open comment threads become Word
comments on their quotes, replies Word replies. The base the import merges against is a
custom XML part (base.py).
"""

from __future__ import annotations

import io
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml import etree

from naravard_desktop.core.forms.answers import format_number, is_empty
from naravard_desktop.core.forms.conditions import ConditionEvaluator, describe_condition
from naravard_desktop.core.forms.counting import count_like_browser
from naravard_desktop.core.forms.model import Form, Question
from naravard_desktop.core.review.comments import Review, Thread
from naravard_desktop.core.storage.files import FileWriteError, write_bytes_atomically
from naravard_desktop.core.storage.store import DraftStore, Revision, utc_now
from naravard_desktop.core.word.base import ExportedComment, FieldBase, WordBase, WordError, base_properties, base_xml
from naravard_desktop.core.word.ooxml import (
    CHECKED,
    CT_COMMENTS_EXTENDED,
    CT_CUSTOM_PROPERTIES,
    CUSTOM_PROPS_NS,
    RT_COMMENTS_EXTENDED,
    RT_CUSTOM_PROPERTIES,
    RT_CUSTOM_XML,
    UNCHECKED,
    VT_NS,
    W15_NS,
    field_bookmark,
    option_bookmark,
    question_bookmark,
    row_bookmark,
    w,
    w14,
    w15,
)

FIXED_FILL = "EDEDED"
ANSWER_FILL = "FFF7D1"
LABEL_WIDTH = Cm(3.6)
ANSWER_WIDTH = Cm(12.4)
BOX_WIDTH = Cm(2.0)
GREY = RGBColor(0x59, 0x59, 0x59)
STYLE_QUESTION = "Närvård fråga"
STYLE_LABEL = "Närvård etikett"
STYLE_COUNT = "Närvård antal"
STYLE_NOTE = "Närvård hjälptext"
STYLE_INFO = "Närvård upplysning"

INSTRUCTIONS = (
    "Skriv dina svar i de gula rutorna. Allt annat (rubriker, frågor, hjälptexter och de grå "
    "rutorna) är låst och ska inte ändras; flytta eller ta inte bort tabellerna.",
    "Kryssrutor: klicka i rutan för att kryssa ☒ eller ta bort krysset ☐. Går det inte att klicka, ersätt ☐ med ☒ (eller ett X).",
    "En radbrytning (Enter) i en gul ruta blir en radbrytning i svaret. Teckenantalet bredvid "
    "rutan gäller när dokumentet skapades; webbformuläret räknar på samma sätt.",
    "Kommentera gärna (Granska › Ny kommentar) och svara på kommentarerna som finns. Spåra "
    "ändringar går bra: ändringarna räknas som godkända när filen läses in.",
    "Spara som Word-dokument (.docx) med samma filnamn och skicka tillbaka filen.",
)


@dataclass(frozen=True)
class WordExport:
    """What was written: counts for the CLI and the UI."""

    questions: int
    fields: int
    comments: int


class _Ids:
    def __init__(self) -> None:
        self.bookmark = 0
        self.sdt = 1000
        self.para = 0x10000000

    def next_bookmark(self) -> int:
        self.bookmark += 1
        return self.bookmark

    def next_sdt(self) -> int:
        self.sdt += 1
        return self.sdt

    def next_para(self) -> str:
        self.para += 1
        return f"{self.para:08X}"


def _el(tag: str, **attrs: str) -> Any:
    el = OxmlElement(tag)
    for name, value in attrs.items():
        el.set(w(name), value)
    return el


def _run(text: str, *, font: str | None = None) -> Any:
    """A w:r with text; tabs become w:tab (line breaks never reach here)."""
    r = _el("w:r")
    if font:
        rpr = _el("w:rPr")
        rpr.append(_el("w:rFonts", ascii=font, hAnsi=font, eastAsia=font, cs=font))
        r.append(rpr)
    for i, piece in enumerate(text.split("\t")):
        if i:
            r.append(_el("w:tab"))
        if piece:
            t = _el("w:t")
            t.text = piece
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            r.append(t)
    return r


def _shade(cell: Any, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    tc_pr.append(_el("w:shd", val="clear", color="auto", fill=fill))


def _wrap_sdt(elements: list[Any], sdt_pr_children: list[Any], *, run_level: bool = False) -> Any:
    """Put `elements` (consecutive siblings) into one content control."""
    first = elements[0]
    parent = first.getparent()
    sdt = _el("w:sdt")
    pr = _el("w:sdtPr")
    for child in sdt_pr_children:
        pr.append(child)
    sdt.append(pr)
    content = _el("w:sdtContent")
    sdt.append(content)
    parent.insert(parent.index(first), sdt)
    for el in elements:
        content.append(el)
    del run_level
    return sdt


def _bookmark(paragraph: Any, name: str, ids: _Ids) -> None:
    """A bookmark around the paragraph's content (after its properties)."""
    bid = str(ids.next_bookmark())
    start = _el("w:bookmarkStart", id=bid, name=name)
    end = _el("w:bookmarkEnd", id=bid)
    ppr = paragraph.find(w("pPr"))
    paragraph.insert(paragraph.index(ppr) + 1 if ppr is not None else 0, start)
    paragraph.append(end)


class _Writer:
    def __init__(self, store: DraftStore, form: Form, draft_id: str, questions: Collection[str] | None, recipient: str | None):
        self.store = store
        self.form = form
        self.draft = store.draft(draft_id)
        self.recipient = (recipient or "").strip() or None
        self.values = store.current_values(self.draft.id)
        self.heads: dict[str, list[Revision]] = store.heads(self.draft.id)
        self.evaluator = ConditionEvaluator(form, self.values)
        self.review = Review(store, form, self.draft.id)
        self.threads: dict[str, list[Thread]] = {}
        for thread in self.review.threads(answers=self.values):
            self.threads.setdefault(thread.question, []).append(thread)
        self.wanted = self._wanted(questions)
        self.doc = docx.Document()
        self.ids = _Ids()
        self.fields: list[FieldBase] = []
        self.comments: list[ExportedComment] = []
        self.extended: list[tuple[str, str | None]] = []  # (paraId, paraIdParent)
        #: Field key → (runs of the answer's text, their (start, end) in the value).
        self.text_runs: dict[str, list[tuple[Any, int, int]]] = {}
        self.style_ids: dict[str, str] = {}

    def _wanted(self, questions: Collection[str] | None) -> set[str] | None:
        if questions is None:
            return None
        wanted = set(questions)
        for number in list(wanted):
            q = self.form.question(number)
            if q is not None and q.parent is not None:
                wanted.add(q.parent)
        return wanted

    # -- document ------------------------------------------------------------------------

    def build(self) -> tuple[bytes, WordExport]:
        doc = self.doc
        normal = doc.styles["Normal"]
        normal.font.name = "Calibri"
        normal.font.size = Pt(10.5)
        self._styles()
        section = doc.sections[0]
        section.page_width, section.page_height = Cm(21), Cm(29.7)
        section.left_margin = section.right_margin = Cm(2.5)
        section.top_margin = section.bottom_margin = Cm(2)
        body = doc.element.body
        for p in list(body.iterchildren(w("p"))):
            body.remove(p)
        self._front_matter()
        count = 0
        part_seen: str | None = None
        for sec in self.form.sections:
            qs = [q for q in sec.questions if self.wanted is None or q.number in self.wanted]
            if not qs:
                continue
            part = self.form.part(sec.part) if sec.part else None
            if part is not None and part.title != part_seen:
                part_seen = part.title
                self._locked([self._para(part.title, "Heading 1")._p])
            header = [self._para(sec.title, "Heading 2")._p]
            header.extend(self._note(line)._p for line in sec.intro)
            self._locked(header)
            for q in qs:
                self._question(q)
                count += 1
        self._comments()
        exported_at = utc_now()
        editor = self.store.editor
        base = WordBase(
            draft_id=self.draft.id,
            draft_title=self.draft.title,
            form_id=self.form.id,
            form_revision=self.form.revision,
            exported_at=exported_at,
            exported_by=editor.name,
            recipient=self.recipient,
            fields=tuple(self.fields),
            comments=tuple(self.comments),
        )
        blob = base_xml(base)
        self._base_part(blob)
        self._base_properties(blob)
        props = doc.core_properties
        props.title = f"{self.form.title} – {self.draft.title}"
        props.author = editor.name
        props.last_modified_by = ""  # the colleague's Word fills it in on save
        props.comments = f"naravard draft {self.draft.id}"
        stamp = datetime.strptime(exported_at, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC, microsecond=0)
        props.created = props.modified = stamp
        props.revision = 1
        out = io.BytesIO()
        doc.save(out)
        return out.getvalue(), WordExport(count, len(self.fields), len(self.comments))

    def _styles(self) -> None:
        """Formatting lives in paragraph styles: LibreOffice 7 drops the run formatting of
        the first paragraph in a content control, but keeps paragraph styles."""
        styles = self.doc.styles
        for name, bold, italic, size, grey in (
            (STYLE_QUESTION, True, False, None, False),
            (STYLE_LABEL, True, False, 9.5, False),
            (STYLE_COUNT, False, False, 8, True),
            (STYLE_NOTE, False, True, None, True),
            (STYLE_INFO, False, False, None, True),
        ):
            style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            self.style_ids[name] = style.style_id
            style.base_style = styles["Normal"]
            style.font.bold = bold
            style.font.italic = italic
            if size:
                style.font.size = Pt(size)
            if grey:
                style.font.color.rgb = GREY

    def _note(self, text: str, *, italic: bool = True) -> Paragraph:
        return self._para(text, STYLE_NOTE if italic else STYLE_INFO)

    def _table_style(self, table: Table) -> None:
        if "Table Grid" not in self.style_ids:
            self.style_ids["Table Grid"] = self.doc.styles["Table Grid"].style_id
        table._tbl.tblPr.style = self.style_ids["Table Grid"]

    def _para(self, text: str, style: str | None = None, container: Any = None) -> Paragraph:
        """A paragraph at the end of the body (or a cell); the style set by its id, looked
        up once (python-docx looks a style name up among all styles on every call)."""
        p = (container or self.doc).add_paragraph(text)
        if style is not None:
            if style not in self.style_ids:
                self.style_ids[style] = self.doc.styles[style].style_id
            p._p.style = self.style_ids[style]
        return p

    def _locked(self, paragraphs: list[Any]) -> None:
        if paragraphs:
            _wrap_sdt(paragraphs, [_el("w:id", val=str(self.ids.next_sdt())), _el("w:lock", val="sdtContentLocked")])

    def _front_matter(self) -> None:
        doc = self.doc
        els = [self._para(self.form.title, "Title")._p]
        p = doc.add_paragraph()
        p.add_run(f"Utkast: {self.draft.title}").bold = True
        if self.draft.region:
            p.add_run(f" · {self.draft.region}")
        els.append(p._p)
        who = f"Till: {self.recipient}" if self.recipient else None
        made = f"Exporterat ur Närvård desktop {datetime.now().astimezone():%Y-%m-%d %H:%M} av {self.store.editor.name}"
        els.append(self._note(made + (f" · {who}" if who else ""), italic=False)._p)
        if self.wanted is not None:
            shown = [q.display_number for q in self.form.questions() if q.number in self.wanted and q.answerable]
            els.append(self._note(f"Frågor i den här filen: {', '.join(shown)}", italic=False)._p)
        head = self._para("Så här fyller du i", STYLE_QUESTION)
        els.append(head._p)
        for line in INSTRUCTIONS:
            els.append(self._para(line, "List Bullet")._p)
        self._locked(els)

    # -- one question --------------------------------------------------------------------

    def _question(self, q: Question) -> None:
        doc = self.doc
        number = q.display_number + (f" (tryckt som {q.printed_number})" if q.printed_number else "")
        heading = self._para(f"Fråga {number}", "Heading 3")
        _bookmark(heading._p, question_bookmark(q.number), self.ids)
        # LibreOffice 7 drops text that carries a comment inside a content control.
        els = [] if self.threads.get(q.number) else [heading._p]
        els.extend(doc.add_paragraph(line)._p for line in q.preamble)
        text = self._para(q.text, STYLE_QUESTION)
        els.append(text._p)
        els.extend(self._note(line)._p for line in q.help)
        if q.condition is not None:
            cond = q.condition_text or describe_condition(self.form, q.condition)
            asked = self.evaluator.is_visible(q.number)
            els.append(self._note(f"Villkor: {cond}" + ("" if asked else " – inte uppfyllt i utkastet just nu"))._p)
        els.extend(self._note(x.note)._p for x in q.quirks if x.kind != "printed_number")
        conflicted = [k for k in [q.number, *(s.key for s in q.subfields)] if len(self.heads.get(k, ())) > 1]
        if conflicted:
            names = sorted({r.editor_name for k in conflicted for r in self.heads[k]})
            els.append(
                self._note(
                    f"Obs: utkastet har en konflikt här mellan versioner av {', '.join(names)}; rutan visar den senaste versionen."
                )._p
            )
        self._locked(els)
        if q.answerable:
            self._answers(q)
        self._question_threads(q, heading)

    def _table(self) -> Table:
        table: Table = self.doc.add_table(rows=0, cols=2)
        self._table_style(table)
        _set_grid(table, [LABEL_WIDTH, ANSWER_WIDTH])
        return table

    def _row(self, table: Table, label: str, bookmark: str, *, label_first: bool = True) -> tuple[Any, Any]:
        """A row: the fixed cell (grey, locked, carries the bookmark) and the editable cell."""
        row = table.add_row()  # type: ignore[no-untyped-call]
        fixed, free = (row.cells[0], row.cells[1]) if label_first else (row.cells[1], row.cells[0])
        row.cells[0].width, row.cells[1].width = LABEL_WIDTH, ANSWER_WIDTH
        _shade(fixed, FIXED_FILL)
        p = fixed.paragraphs[0]
        lines = label.split("\n")
        p.add_run(lines[0])
        if label_first:
            p._p.style = self.style_ids[STYLE_LABEL]
        paragraphs = [p._p]
        for extra in lines[1:]:
            paragraphs.append(self._para(extra, STYLE_COUNT, fixed)._p)
        _bookmark(p._p, bookmark, self.ids)
        self._locked(paragraphs)
        _shade(free, ANSWER_FILL)
        return fixed, free

    def _index(self, key: str, value: Any) -> int:
        heads = tuple(r.id for r in self.heads.get(key, ()))
        self.fields.append(FieldBase(key, None if is_empty(value) and value is not False else value, heads))
        return len(self.fields) - 1

    def _answer_sdt(self, key: str, alias: str, paragraphs: list[Any]) -> None:
        _wrap_sdt(
            paragraphs,
            [
                _el("w:alias", val=alias[:60]),
                _el("w:tag", val=key),
                _el("w:id", val=str(self.ids.next_sdt())),
                _el("w:lock", val="sdtLocked"),
            ],
        )

    def _text_cell(self, cell: Any, key: str, alias: str, text: str) -> None:
        """The text, one paragraph per line, runs cut where comment quotes start and end."""
        for p in list(cell._tc.iterchildren(w("p"))):
            cell._tc.remove(p)
        cuts = {0, len(text)}
        commented = False
        q_number = key.split(" / ")[0]
        for thread in self.threads.get(q_number, ()):
            if thread.field == key and thread.anchor is not None and not thread.anchor.lost:
                cuts.update((thread.anchor.start, thread.anchor.end))
                commented = True
        runs: list[tuple[Any, int, int]] = []
        paragraphs = []
        offset = 0
        for line in text.split("\n"):
            p = _el("w:p")
            end = offset + len(line)
            points = sorted(c for c in cuts if offset < c < end)
            start = offset
            for stop in [*points, end]:
                if stop > start:
                    r = _run(text[start:stop])
                    p.append(r)
                    runs.append((r, start, stop))
                start = stop
            cell._tc.append(p)
            paragraphs.append(p)
            offset = end + 1
        self.text_runs[key] = runs
        if not commented:  # no comment inside (LibreOffice 7 drops commented text in a content control)
            self._answer_sdt(key, alias, paragraphs)

    def _checkbox_cell(self, cell: Any, tag: str, checked: bool) -> None:
        p = cell.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = _run(CHECKED if checked else UNCHECKED, font="MS Gothic")
        p._p.append(run)
        box = _el("w14:checkbox")
        state = OxmlElement("w14:checked")
        state.set(w14("val"), "1" if checked else "0")
        box.append(state)
        for name, glyph in (("w14:checkedState", "2612"), ("w14:uncheckedState", "2610")):
            el = OxmlElement(name)
            el.set(w14("val"), glyph)
            el.set(w14("font"), "MS Gothic")
            box.append(el)
        _wrap_sdt([run], [_el("w:tag", val=tag), _el("w:id", val=str(self.ids.next_sdt())), box], run_level=True)

    def _text_row(self, table: Table, ref_key: str, label: str, limit: int | None) -> None:
        value = self.values.get(ref_key)
        text = value if isinstance(value, str) else ""
        index = self._index(ref_key, text or None)
        count = count_like_browser(text)
        counted = f"{count} / {limit} tecken" if limit else f"{count} tecken"
        if limit and count > limit:
            counted += f" ({count - limit} för mycket)"
        _, free = self._row(table, f"{label}\n{counted}", field_bookmark(index))
        self._text_cell(free, ref_key, label, text)

    def _check_row(self, table: Table, key: str, label: str) -> None:
        value = self.values.get(key) is True
        index = self._index(key, value or None)
        fixed, free = self._row(table, label, field_bookmark(index), label_first=False)
        del fixed
        self._checkbox_cell(free, key, value)

    def _answers(self, q: Question) -> None:
        value = self.values.get(q.number)
        if q.type in ("single", "multi"):
            how = "Kryssa ett alternativ." if q.type == "single" else "Kryssa alla som stämmer."
            if q.max_items:
                how = f"Kryssa högst {q.max_items}."
            self._note(how)
        table = self._table()
        details = {s.attached_to: s for s in q.subfields if s.attached_kind == "option"}
        if q.type == "text":
            self._text_row(table, q.number, "Svar", q.max_chars)
        elif q.type in ("number", "percent"):
            shown = format_number(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else ""
            index = self._index(q.number, value)
            label = "Svar (procent)" if q.type == "percent" else "Svar (tal)"
            _, free = self._row(table, label, field_bookmark(index))
            self._text_cell(free, q.number, label, shown)
        elif q.type in ("single", "multi"):
            chosen = value if isinstance(value, list) else ([value] if isinstance(value, str) else [])
            index = self._index(q.number, value)
            for j, option in enumerate(q.options):
                fixed, free = self._row(table, option, option_bookmark(index, j), label_first=False)
                del fixed
                self._checkbox_cell(free, f"{q.number} = {option}", option in chosen)
                sub = details.get(option)
                if sub is not None:
                    self._text_row(table, sub.key, f"{option}: {sub.label}", sub.max_chars)
        elif q.type == "matrix":
            self._matrix(q, table)
        for sub in q.subfields:
            if sub.attached_kind == "option":
                continue
            if sub.attached_kind == "row":
                continue
            if sub.type == "checkbox":
                self._check_row(table, sub.key, sub.label)
            else:
                self._text_row(table, sub.key, sub.label, sub.max_chars)
        for sub in q.subfields:
            if sub.attached_kind == "row":
                self._text_row(table, sub.key, f"{sub.attached_to}: {sub.label}", sub.max_chars)
        if not table.rows:
            table._tbl.getparent().remove(table._tbl)
        self.doc.add_paragraph()

    def _matrix(self, q: Question, after: Table) -> None:
        value = self.values.get(q.number)
        chosen = value if isinstance(value, dict) else {}
        index = self._index(q.number, value)
        grid = self.doc.add_table(rows=1, cols=1 + len(q.columns))
        self._table_style(grid)
        label_width = Cm(16 - 2.2 * len(q.columns))
        _set_grid(grid, [label_width, *(Cm(2.2) for _ in q.columns)])
        header = grid.rows[0].cells
        header[0].width = label_width
        _shade(header[0], FIXED_FILL)
        for c, column in enumerate(q.columns, start=1):
            header[c].width = Cm(2.2)
            _shade(header[c], FIXED_FILL)
            header[c].paragraphs[0].add_run(column)
            header[c].paragraphs[0]._p.style = self.style_ids[STYLE_LABEL]
            header[c].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        self._locked([c.paragraphs[0]._p for c in header[:1]])
        for c in header[1:]:
            self._locked([c.paragraphs[0]._p])
        for j, row_label in enumerate(q.rows):
            cells = grid.add_row().cells
            cells[0].width = label_width
            _shade(cells[0], FIXED_FILL)
            p = cells[0].paragraphs[0]
            p.add_run(row_label)
            _bookmark(p._p, row_bookmark(index, j), self.ids)
            self._locked([p._p])
            for c, column in enumerate(q.columns, start=1):
                cells[c].width = Cm(2.2)
                _shade(cells[c], ANSWER_FILL)
                self._checkbox_cell(cells[c], f"{q.number} = {row_label} = {column}", chosen.get(row_label) == column)
        # the grid goes before the table of sub-fields
        after._tbl.addprevious(grid._tbl)
        note = self._note("Kryssa en ruta per rad.")
        grid._tbl.addprevious(note._p)

    # -- comments ------------------------------------------------------------------------

    def _question_threads(self, q: Question, heading: Paragraph) -> None:
        self._pending = getattr(self, "_pending", [])
        for thread in self.threads.get(q.number, ()):
            self._pending.append((thread, heading))

    def _comments(self) -> None:
        for thread, heading in getattr(self, "_pending", []):
            runs = None
            if thread.field and thread.anchor is not None and not thread.anchor.lost:
                covering = [r for r, s, e in self.text_runs.get(thread.field, []) if s < thread.anchor.end and e > thread.anchor.start]
                if covering:
                    runs = (covering[0], covering[-1])
            if runs is None:
                heading_runs = heading._p.findall(w("r"))
                runs = (heading_runs[0], heading_runs[-1])
            root_para = self._comment(runs, thread.text, thread.author, thread.created_at, None)
            self.comments.append(ExportedComment(thread.id, None, thread.author, thread.text))
            for reply in thread.replies:
                self._comment(runs, reply.text, reply.author, reply.created_at, root_para)
                self.comments.append(ExportedComment(thread.id, reply.id, reply.author, reply.text))
        if self.extended:
            self._comments_extended()

    def _comment(self, runs: tuple[Any, Any], text: str, author: str, created_at: str, parent_para: str | None) -> str:
        from docx.text.run import Run

        first, last = runs
        comment = self.doc.add_comment([Run(first, None), Run(last, None)], text=text, author=author, initials=_initials(author))  # type: ignore[arg-type]
        elm = comment._comment_elm
        elm.set(w("date"), created_at[:19] + "Z")
        para_id = ""
        for p in elm.iterchildren(w("p")):
            para_id = self.ids.next_para()
            p.set(w14("paraId"), para_id)
            p.set(w14("textId"), "77777777")
        self.extended.append((para_id, parent_para))
        return para_id

    def _comments_extended(self) -> None:
        root = etree.Element(w15("commentsEx"), nsmap={"w15": W15_NS})
        for para_id, parent in self.extended:
            el = etree.SubElement(root, w15("commentEx"))
            el.set(w15("paraId"), para_id)
            if parent:
                el.set(w15("paraIdParent"), parent)
            el.set(w15("done"), "0")
        blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
        part = Part(PackURI("/word/commentsExtended.xml"), CT_COMMENTS_EXTENDED, blob, self.doc.part.package)
        self.doc.part.relate_to(part, RT_COMMENTS_EXTENDED)

    def _base_part(self, blob: bytes) -> None:
        taken = {str(p.partname) for p in self.doc.part.package.iter_parts()}
        n = 1
        while f"/customXml/item{n}.xml" in taken:
            n += 1
        part = Part(PackURI(f"/customXml/item{n}.xml"), "application/xml", blob, self.doc.part.package)
        self.doc.part.relate_to(part, RT_CUSTOM_XML)

    def _base_properties(self, blob: bytes) -> None:
        root = etree.Element(f"{{{CUSTOM_PROPS_NS}}}Properties", nsmap={None: CUSTOM_PROPS_NS, "vt": VT_NS})
        for pid, (name, value) in enumerate(base_properties(blob), start=2):
            prop = etree.SubElement(
                root, f"{{{CUSTOM_PROPS_NS}}}property", fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}", pid=str(pid), name=name
            )
            etree.SubElement(prop, f"{{{VT_NS}}}lpwstr").text = value
        xml = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
        part = Part(PackURI("/docProps/custom.xml"), CT_CUSTOM_PROPERTIES, xml, self.doc.part.package)
        self.doc.part.package.relate_to(part, RT_CUSTOM_PROPERTIES)


def _set_grid(table: Table, widths: list[Any]) -> None:
    table.autofit = False
    grid = table._tbl.tblGrid
    for col in list(grid):
        grid.remove(col)
    for width in widths:
        grid.append(_el("w:gridCol", w=str(int(width.twips))))
    tbl_pr = table._tbl.tblPr
    tbl_pr.append(_el("w:tblLayout", type="fixed"))


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.split() if word)[:4].upper()


def word_bytes(
    store: DraftStore, form: Form, draft_id: str, *, questions: Collection[str] | None = None, recipient: str | None = None
) -> tuple[bytes, WordExport]:
    """The .docx bytes of a draft (or the questions named) and what they hold."""
    return _Writer(store, form, draft_id, questions, recipient).build()


def write_word(
    store: DraftStore,
    form: Form,
    draft_id: str,
    path: Any,
    *,
    questions: Collection[str] | None = None,
    recipient: str | None = None,
) -> WordExport:
    """Write the .docx atomically; WordError with one line when it cannot be written."""
    data, info = word_bytes(store, form, draft_id, questions=questions, recipient=recipient)
    try:
        write_bytes_atomically(path, data)
    except FileWriteError as exc:
        raise WordError(str(exc)) from None
    return info

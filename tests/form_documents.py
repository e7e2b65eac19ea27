"""Questionnaire documents for the import tests, made from a form file (and answers).

`printout_html` writes what a browser saves of the web form ("Spara sida som" of the
filled survey): headings, radio buttons and check boxes with their state, matrices as
tables, text areas and inputs holding the answers. `questionnaire_docx` writes the Word
questionnaire in several layouts a publisher might use.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from naravard_desktop.core.forms.model import Form, Question

E = html.escape


def _printed(q: Question) -> str:
    return q.printed_number if q.printed_number else f"{q.display_number}."


def _link_labels(q: Question) -> list[str]:
    return [s.label for s in q.subfields if s.role == "link"]


def _number_label(q: Question) -> str | None:
    if q.type not in ("number", "percent"):
        return None
    if any("procent" in h.lower() or "antal" in h.lower() for h in q.help):
        return None
    return "Ange andelen i procent" if q.type == "percent" else "Ange antalet:"


def printout_html(form: Form, answers: dict[str, Any] | None = None) -> str:
    answers = answers or {}
    out: list[str] = [
        "<!DOCTYPE html>",
        '<html lang="sv"><head><meta charset="utf-8">',
        f"<title>{E(form.title)} - Socialstyrelsen</title>",
        '<link rel="stylesheet" href="https://enkater.socialstyrelsen.se/css/survey.css">',
        "<style>.question{margin:1em 0}.help{font-style:italic}</style>",
        "<script>window.surveyConfig = {page: 1, of: 1};</script>",
        "</head><body>",
        '<header class="site-header"><nav><a href="#">Socialstyrelsen</a></nav></header>',
        '<main><form id="survey" method="post" action="#">',
        f"<h1>{E(form.title)}</h1>",
    ]
    if form.region_prompt:
        out.append(f"<p>{E(form.region_prompt)}</p>")
    in_list = False
    for paragraph in form.intro:
        if paragraph.startswith("• "):
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"<li>{E(paragraph[2:])}</li>")
            continue
        if in_list:
            out.append("</ul>")
            in_list = False
        out.append(f"<p>{E(paragraph)}</p>")
    if in_list:
        out.append("</ul>")
    out += [
        "<h2>Dina kontaktuppgifter:</h2>",
        '<p><label>Ditt namn: <input type="text" name="name" value=""></label></p>',
        '<p><label>Din e-postadress <input type="email" name="email" value=""></label></p>',
        "<hr>",
    ]
    part_shown: set[str] = set()
    for section in form.sections:
        part = form.part(section.part)
        if part is not None and part.id not in part_shown:
            part_shown.add(part.id)
            out.append(f"<h2>{E(part.title)}</h2>")
            out.extend(f"<p>{E(p)}</p>" if not p.startswith("• ") else f"<ul><li>{E(p[2:])}</li></ul>" for p in part.intro)
        if part is None or section.title not in part.title:
            out.append(f"<h3>{E(section.title)}</h3>")
        out.extend(f"<p>{E(p)}</p>" for p in section.intro)
        for q in section.questions:
            out.extend(_html_question(q, answers))
    out.append('<p class="end"><strong>Tack för dina svar!</strong></p>')
    out.append("</form></main></body></html>")
    return "\n".join(out) + "\n"


def _checked(flag: bool) -> str:
    return " checked" if flag else ""


def _html_question(q: Question, answers: dict[str, Any]) -> list[str]:
    n = q.number
    out = [f'<div class="question" id="q{n}">']
    out.extend(f"<p><strong>{E(p)}</strong></p>" for p in q.preamble)
    if q.condition_text:
        out.append(f'<p class="routing">{E(q.condition_text)}</p>')
    out.append(f'<h4 class="question-text">{E(_printed(q))} {E(q.text)}</h4>')
    links = _link_labels(q)
    later_help = [h for h in q.help if any(label in h for label in links)]
    out.extend(f'<p class="help"><em>{E(h)}</em></p>' for h in q.help if h not in later_help)
    value = answers.get(n)
    if q.type in ("single", "multi"):
        kind = "radio" if q.type == "single" else "checkbox"
        chosen = [value] if isinstance(value, str) else (value or [])
        out.append('<div class="options">')
        for option in q.options:
            out.append(
                f'<p><label><input type="{kind}" name="q{n}" value="{E(option)}"{_checked(option in chosen)}> {E(option)}</label></p>'
            )
            other = next((s for s in q.subfields if s.role == "other" and s.attached_to == option), None)
            if other is not None:
                out.append(f'<textarea name="q{n}-other">{E(answers.get(other.key) or "")}</textarea>')
        out.append("</div>")
    elif q.type == "matrix":
        details = [s for s in q.subfields if s.role == "row_detail"]
        in_table = sorted({s.label for s in details if s.label.lower().startswith("om ja, beskriv")})
        value = value or {}
        out.append(
            '<table class="matrix"><tr><th></th>'
            + "".join(f"<th>{E(c)}</th>" for c in q.columns)
            + "".join(f"<th>{E(lbl)}</th>" for lbl in in_table)
            + "</tr>"
        )
        for row in q.rows:
            cells = "".join(f'<td><input type="radio" name="q{n}-{E(row)}"{_checked(value.get(row) == c)}></td>' for c in q.columns)
            for lbl in in_table:
                key = f"{n} / {row} / {lbl}"
                cells += f"<td><textarea>{E(answers.get(key) or '')}</textarea></td>"
            out.append(f"<tr><td>{E(row)}</td>{cells}</tr>")
        out.append("</table>")
        for s in details:
            if s.label not in in_table:
                out.append(f"<p>{E(s.label)}</p><textarea>{E(answers.get(s.key) or '')}</textarea>")
    elif q.type in ("number", "percent"):
        for s in q.subfields:
            if s.role == "not_available":
                out.append(f'<p><label><input type="checkbox"{_checked(answers.get(s.key) is True)}> {E(s.label)}</label></p>')
        shown = "" if value is None else str(value)
        label = _number_label(q)
        if label:
            out.append(
                f'<p><label>{E(label)} <input type="text" inputmode="numeric" value="{E(shown)}"></label>{" %" if q.type == "percent" else ""}</p>'
            )
        else:
            out.append(f'<p><input type="text" inputmode="numeric" value="{E(shown)}"></p>')
    elif q.type == "text":
        limit = f' maxlength="{q.max_chars}"' if q.max_chars else ""
        out.append(f'<textarea name="q{n}"{limit}>{E(value or "")}</textarea>')
    for h in later_help:
        out.append(f'<p class="help">{E(h)}</p>')
        for s in q.subfields:
            if s.role == "link" and s.label in h:
                out.append(f'<input type="text" name="q{n}-link" value="{E(answers.get(s.key) or "")}">')
    for s in q.subfields:
        if s.role == "comment":
            out.append(f"<p><strong>{E(s.label)}</strong></p><textarea>{E(answers.get(s.key) or '')}</textarea>")
    out.append("</div>")
    return out


def write(path: Path, text: str) -> Path:
    path.write_text(text, "utf-8")
    return path


# --- Word questionnaires -----------------------------------------------------------------

DOCX_LAYOUTS = ("glyphs", "formfields", "table_options")
PLACEHOLDER = "Klicka eller tryck här för att ange text."


def questionnaire_docx(form: Form, path: Path, layout: str) -> Path:
    """The blank questionnaire as Word writes it, in one of DOCX_LAYOUTS:

    - "glyphs": typed numbers in bold, options as "☐ Ja" lines, matrices as tables of ☐,
      inputs as "Klicka eller tryck här …" lines;
    - "formfields": numbers from Word's list numbering ("%1." and "%1 %2."), options and
      matrix cells as legacy check-box form fields, inputs as text form fields;
    - "table_options": options in a two-column table with check-box content controls,
      inputs as empty plain-text content controls, "kan inte anges" as a content control.
    """
    import docx
    from docx.shared import Pt

    document = docx.Document()
    document.styles["Normal"].font.size = Pt(11)
    builder = _DocxBuilder(document, layout)
    builder.build(form)
    document.save(str(path))
    return path


class _DocxBuilder:
    def __init__(self, document: Any, layout: str):
        self.doc = document
        self.layout = layout
        self.num_id = self._numbering() if layout == "formfields" else None
        self.field_no = 0

    # -- low level -------------------------------------------------------------------------
    def _numbering(self) -> str:
        from docx.oxml import parse_xml
        from docx.oxml.ns import nsdecls

        numbering = self.doc.part.numbering_part.element
        abstract = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
            '<w:multiLevelType w:val="multilevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/></w:lvl>'
            '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1 %2."/><w:lvlJc w:val="left"/></w:lvl>'
            "</w:abstractNum>"
        )
        first_num = numbering.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            numbering.append(abstract)
        numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
        return "90"

    def para(self, text: str = "", *, bold: bool = False, italic: bool = False, style: str | None = None) -> Any:
        p = self.doc.add_paragraph(style=style) if style else self.doc.add_paragraph()
        if text:
            run = p.add_run(text)
            run.bold = bold or None
            run.italic = italic or None
        return p

    def _append_xml(self, p: Any, xml: str) -> None:
        from docx.oxml import parse_xml
        from docx.oxml.ns import nsdecls

        wrapper = parse_xml(f"<w:r {nsdecls('w')}>{xml}</w:r>") if not xml.startswith("<w:sdt") else None
        if wrapper is not None:
            p._p.append(wrapper)
            return
        w14_ns = "http://schemas.microsoft.com/office/word/2010/wordml"
        p._p.append(parse_xml(xml.replace("<w:sdt", f'<w:sdt {nsdecls("w")} xmlns:w14="{w14_ns}"', 1)))

    def checkbox_field(self, p: Any) -> None:
        self.field_no += 1
        self._append_xml(
            p,
            f'<w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Kryss{self.field_no}"/><w:enabled/>'
            '<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="0"/></w:checkBox></w:ffData></w:fldChar>',
        )
        self._append_xml(p, '<w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText>')
        self._append_xml(p, '<w:fldChar w:fldCharType="end"/>')

    def text_field(self, p: Any) -> None:
        self.field_no += 1
        self._append_xml(
            p,
            f'<w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Text{self.field_no}"/><w:enabled/>'
            '<w:calcOnExit w:val="0"/><w:textInput/></w:ffData></w:fldChar>',
        )
        self._append_xml(p, '<w:instrText xml:space="preserve"> FORMTEXT </w:instrText>')
        self._append_xml(p, '<w:fldChar w:fldCharType="separate"/>')
        self._append_xml(p, '<w:t xml:space="preserve">\u2002\u2002\u2002\u2002\u2002</w:t>')
        self._append_xml(p, '<w:fldChar w:fldCharType="end"/>')

    def checkbox_control(self, p: Any) -> None:
        self._append_xml(
            p,
            '<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="0"/>'
            '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
            "</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t>☐</w:t></w:r></w:sdtContent></w:sdt>",
        )

    def text_control(self, p: Any) -> None:
        self._append_xml(
            p,
            '<w:sdt><w:sdtPr><w:showingPlcHdr/><w:text/></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>'
            f"<w:t>{PLACEHOLDER}</w:t></w:r></w:sdtContent></w:sdt>",
        )

    def box(self, p: Any) -> None:
        if self.layout == "formfields":
            self.checkbox_field(p)
            p.add_run(" ")
        elif self.layout == "table_options":
            self.checkbox_control(p)
            p.add_run(" ")
        else:
            p.add_run("☐ ")

    def input(self, label: str | None = None) -> None:
        p = self.para()
        if label:
            p.add_run(label + " ")
        if self.layout == "formfields":
            self.text_field(p)
        elif self.layout == "table_options":
            self.text_control(p)
        else:
            if label:
                p = self.para()
            p.add_run(PLACEHOLDER)

    # -- the questionnaire -------------------------------------------------------------------
    def build(self, form: Form) -> None:
        self.doc.add_heading(form.title, level=1)
        if form.region_prompt:
            self.para(form.region_prompt)
            self.input()
        for paragraph in form.intro:
            if paragraph.startswith("• "):
                self.para(paragraph[2:], style="List Bullet")
            else:
                self.para(paragraph)
        shown: set[str] = set()
        for section in form.sections:
            part = form.part(section.part)
            if part is not None and part.id not in shown:
                shown.add(part.id)
                self.doc.add_heading(part.title, level=2)
                for paragraph in part.intro:
                    if paragraph.startswith("• "):
                        self.para(paragraph[2:], style="List Bullet")
                    else:
                        self.para(paragraph)
            if part is None or section.title not in part.title:
                self.doc.add_heading(section.title, level=3)
            for paragraph in section.intro:
                self.para(paragraph)
            for q in section.questions:
                self.question(q)
        self.para("Tack för dina svar!", bold=True)

    def question(self, q: Question) -> None:
        for paragraph in q.preamble:
            self.para(paragraph, bold=True)
        if q.condition_text:
            self.para(q.condition_text)
        if self.num_id is not None:
            p = self.para(q.text, bold=True)
            ppr = p._p.get_or_add_pPr()
            from docx.oxml import parse_xml
            from docx.oxml.ns import nsdecls

            level = 1 if q.number[-1].isalpha() else 0
            ppr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{self.num_id}"/></w:numPr>'))
        else:
            self.para(f"{_printed(q)} {q.text}", bold=True)
        links = _link_labels(q)
        later = [h for h in q.help if any(label in h for label in links)]
        for h in q.help:
            if h not in later:
                self.para(h, italic=True)
        if q.type in ("single", "multi"):
            if self.layout == "table_options":
                table = self.doc.add_table(rows=0, cols=2)
                for option in q.options:
                    cells = table.add_row().cells
                    self.checkbox_control(cells[0].paragraphs[0])
                    cells[1].paragraphs[0].add_run(option)
            else:
                for option in q.options:
                    p = self.para()
                    self.box(p)
                    p.add_run(option)
            for sub in q.subfields:
                if sub.role == "other":
                    self.input()
        elif q.type == "matrix":
            self.matrix(q)
        elif q.type in ("number", "percent"):
            for sub in q.subfields:
                if sub.role == "not_available":
                    p = self.para()
                    self.box(p)
                    p.add_run(sub.label)
            label = _number_label(q)
            self.input(label)
        elif q.type == "text":
            self.input()
        for h in later:
            self.para(h)
            self.input()
        for sub in q.subfields:
            if sub.role == "comment":
                self.para(sub.label, bold=True)
                self.input()

    def matrix(self, q: Question) -> None:
        details = [s for s in q.subfields if s.role == "row_detail"]
        in_table = sorted({s.label for s in details if s.label.lower().startswith("om ja, beskriv")})
        table = self.doc.add_table(rows=1, cols=1 + len(q.columns) + len(in_table))
        table.style = "Table Grid"
        header = table.rows[0].cells
        for i, column in enumerate([*q.columns, *in_table], start=1):
            header[i].paragraphs[0].add_run(column)
        for row in q.rows:
            cells = table.add_row().cells
            cells[0].paragraphs[0].add_run(row)
            for i in range(1, 1 + len(q.columns)):
                p = cells[i].paragraphs[0]
                if self.layout == "formfields":
                    self.checkbox_field(p)
                elif self.layout == "table_options":
                    self.checkbox_control(p)
                else:
                    p.add_run("☐")
            for i in range(1 + len(q.columns), len(cells)):
                p = cells[i].paragraphs[0]
                if self.layout == "formfields":
                    self.text_field(p)
                elif self.layout == "table_options":
                    self.text_control(p)
                else:
                    p.add_run(PLACEHOLDER)
        for s in details:
            if s.label not in in_table:
                self.para(s.label)
                self.input()


# --- a changed next-year form ------------------------------------------------------------------

import copy  # noqa: E402
import re  # noqa: E402

DROPPED = "3"
RAISED = ("17", 1000, 1500)  # old number, old limit, new limit
REWORDED = (
    "23",
    "Beskriv hur regionen under 2025 har arbetat med förebyggande insatser riktade till hela befolkningen, sedan omställningen mot en god och nära vård startade.",
)
NEW_MATRIX = {
    "number": "38",
    "printed_number": None,
    "text": "Har regionen under 2025 infört något av följande för att stärka kontinuiteten i primärvården...",
    "help": [],
    "preamble": [],
    "type": "matrix",
    "columns": ["Ja", "Nej"],
    "rows": [
        "...listning hos namngiven fast läkare?",
        "...kontinuitetsmått i uppföljningen av vårdcentralerna?",
        "...särskilda team för personer med kroniska sjukdomar?",
    ],
    "subfields": [],
    "condition": None,
    "condition_text": None,
    "quirks": [],
}
NEW_FOLLOW_UP = {
    "number": "38a",
    "printed_number": None,
    "text": "Om svaret är 'Ja' på någon av delfrågorna i fråga 38, beskriv kortfattat hur arbetet har organiserats.",
    "help": ["max 1000 tecken."],
    "preamble": [],
    "type": "text",
    "max_chars": 1000,
    "subfields": [],
    "condition": {"question": "38", "rule": "any_row_equals", "value": "Ja"},
    "condition_text": "Fråga 38 a besvaras av de som svarat 'Ja' på någon av delfrågorna i fråga 38",
    "quirks": [],
}


def renumber(number: str) -> str:
    """2024 question number → the changed form's (question 3 dropped, later ones move up)."""
    digits = number.rstrip("abcdefghijklmnopqrstuvwxyz")
    main = int(digits)
    return f"{main - 1 if main > int(DROPPED) else main}{number[len(digits) :]}"


def _shift_refs(text: str) -> str:
    def one(match: re.Match[str]) -> str:
        return f"{match.group(1)} {renumber(match.group(2))}"

    text = re.sub(r"\b([Ff]råga) (\d+)\b", one, text)
    text = re.sub(r"frågorna (\d+)-(\d+)", lambda m: f"frågorna {renumber(m.group(1))}-{renumber(m.group(2))}", text)
    return text.replace("2024", "2025").replace("2023", "2024")


def next_year_form(data_2024: dict[str, Any]) -> dict[str, Any]:
    """A 2025 questionnaire as Socialstyrelsen might change the 2024 one: question 3 dropped
    (so every later number moves up one), years moved on, question 17's limit raised,
    question 23 reworded, a new matrix 38 with a follow-up 38 a at the end."""
    data = copy.deepcopy(data_2024)
    data["id"] = "test-next-year"
    data["year"] = 2025
    data["deadline"] = "2026-03-31"
    data["intro"] = [p.replace("31 mars 2025", "31 mars 2026").replace("2024", "2025") for p in data["intro"]]
    for section in data["sections"]:
        kept = []
        for q in section["questions"]:
            if q["number"] == DROPPED:
                continue
            old = q["number"]
            q["number"] = renumber(old)
            q["text"] = _shift_refs(q["text"])
            q["help"] = [_shift_refs(h) for h in q["help"]]
            q["preamble"] = [_shift_refs(p) for p in q["preamble"]]
            if q.get("condition_text"):
                q["condition_text"] = _shift_refs(q["condition_text"])
            if q.get("parent"):
                q["parent"] = renumber(q["parent"])
            for cond in [q.get("condition"), *(s.get("condition") for s in q["subfields"])]:
                if cond:
                    cond["question"] = renumber(cond["question"])
            for sub in q["subfields"]:
                sub["label"] = _shift_refs(sub["label"])
            q["printed_number"] = None
            q["quirks"] = [
                {**x, "printed": _shift_refs(x["printed"]), "means": renumber(x["means"]), "note": _shift_refs(x["note"])}
                for x in q["quirks"]
                if x["kind"] == "wrong_reference"
            ]
            if old == RAISED[0]:
                q["max_chars"] = RAISED[2]
                q["help"] = [h.replace(str(RAISED[1]), str(RAISED[2])) for h in q["help"]]
            if old == REWORDED[0]:
                q["text"] = REWORDED[1]
            kept.append(q)
        section["questions"] = kept
    data["sections"][-1]["questions"].extend([copy.deepcopy(NEW_MATRIX), copy.deepcopy(NEW_FOLLOW_UP)])
    data.pop("previous_form", None)
    data.pop("mapping", None)
    return data

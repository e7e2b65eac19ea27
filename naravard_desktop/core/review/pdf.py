"""The review PDF: a paper copy of the draft that reads like the web form.

A4, reportlab platypus, the embedded DejaVu Sans (resources/fonts/). Cover with summary,
table of contents and PDF bookmarks, "UTKAST" and "Sida X av Y" on every page, then every
question with its answer whole. All user text goes through `para_text`, so reportlab
markup in an answer prints literally and can never load a file.
"""

from __future__ import annotations

import copy
import io
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.paragraph import Paragraph as _ReportlabParagraph
from reportlab.platypus.tableofcontents import TableOfContents, drawPageNumbers

from naravard_desktop.core.forms.counting import count_like_browser
from naravard_desktop.core.review.comments import Thread
from naravard_desktop.core.review.document import CHECKED, NOT_ASKED, UNANSWERED, UNCHECKED, DraftDocument, FieldDoc, QuestionDoc
from naravard_desktop.core.review.fonts import load_font
from naravard_desktop.core.storage import paths
from naravard_desktop.core.times import local_time

FONT = "NaravardSans"
FONT_BOLD = "NaravardSans-Bold"
FONT_ITALIC = "NaravardSans-Oblique"
_FONT_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf", FONT_ITALIC: "DejaVuSans-Oblique.ttf"}

DRAFT_MARK = "UTKAST"
MARGIN = 18 * mm
ACCENT = colors.HexColor("#1f4e79")
MUTED = colors.HexColor("#555555")
OVER = colors.HexColor("#b00020")
OVER_BG = colors.HexColor("#fde7ea")
COMMENT_BG = colors.HexColor("#fff6d6")
CONFLICT_BG = colors.HexColor("#fbe3c9")
RESOLVED_BG = colors.HexColor("#eeeeee")
HIGHLIGHT = "#ffe066"

_IMMUTABLE = frozenset({int, float, str, bool, type(None)})
_BULLET_LINE = re.compile(r"^([ \t]*)(?:[•\-\*–—▪◦·]|\d{1,2}[.)])\s")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class Paragraph(_ReportlabParagraph):
    """reportlab's Paragraph, remembering its line breaks per width.

    The layout asks a paragraph for its size several times per pass (to place it, to keep
    it with the next one, to split it) and the contents list needs two passes; breaking
    the same text at the same width always gives the same lines, so they are computed once.
    """

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab's API
        cache: dict[float, tuple[Any, ...]] = self.__dict__.setdefault("_wrapped", {})
        known = cache.get(availWidth)
        if known is not None:
            self.width, self.height, self.blPara, self._wrapWidths = known
            return self.width, self.height
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        if availWidth >= 1e-8:  # below that reportlab answers "cannot fit" without breaking lines
            cache[availWidth] = (self.width, self.height, self.blPara, self._wrapWidths)
        return size


def register_fonts(font_cache: Path | None = None) -> None:
    """Register the bundled TrueType fonts once (reportlab keeps a global registry); with
    `font_cache` (a folder) their parse is kept there for the next process (core/review/fonts.py)."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    font_dir = paths.resources_dir() / "fonts"
    for name, filename in _FONT_FILES.items():
        pdfmetrics.registerFont(load_font(name, font_dir / filename, font_cache))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD)


def para_text(text: str) -> str:
    """User text as safe Paragraph markup: escaped, spaces and line breaks kept."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "<br/>".join(_line_markup(line) for line in text.split("\n"))


def _line_markup(line: str, *, line_start: bool = True) -> str:
    """One line escaped; leading spaces (at a line start) and runs of spaces kept."""
    line = escape(_CONTROL.sub("\ufffd", line).replace("\t", "    "))
    stripped = line.lstrip(" ") if line_start else line
    return "&nbsp;" * (len(line) - len(stripped)) + re.sub(r"(?<= ) ", "&nbsp;", stripped)


Span = tuple[int, int, int]  # start, end (in the line), comment number

#: One text answer is printed up to this many characters (the web form allows a few
#: thousand; this is 25 times 4 000), so a pasted-in megabyte still prints in bounded time.
PDF_MAX_TEXT_CHARS = 100_000
#: A longer line is set as several paragraphs of about this size (see text_lines).
PDF_CHUNK_CHARS = 3_000


def _chunks(line: str, size: int) -> list[tuple[int, int]]:
    """(start, end) pieces of at most `size` characters, cut after a space when one is near."""
    pieces: list[tuple[int, int]] = []
    start = 0
    while len(line) - start > size:
        cut = line.rfind(" ", start + size // 2, start + size)
        end = cut + 1 if cut >= 0 else start + size
        pieces.append((start, end))
        start = end
    pieces.append((start, len(line)))
    return pieces


def marked_line(line: str, spans: list[Span]) -> str:
    """A line as safe markup with quoted stretches highlighted and numbered "[n]"."""
    if not spans:
        return para_text(line)
    cuts = sorted({0, len(line), *(max(0, min(len(line), x)) for start, end, _ in spans for x in (start, end))})
    parts: list[str] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        piece = _line_markup(line[a:b], line_start=a == 0)
        if any(start <= a and b <= end for start, end, _ in spans):
            piece = f'<span backColor="{HIGHLIGHT}">{piece}</span>'
        parts.append(piece)
        parts.extend(f"<super>[{n}]</super>" for _, end, n in spans if end == b and n >= 0)  # n < 0: the quote goes on
    return "".join(parts)


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=FONT, fontSize=9.5, leading=12.5)
    s = {
        "base": base,
        "title": ParagraphStyle("title", base, fontName=FONT_BOLD, fontSize=18, leading=23, textColor=ACCENT, spaceAfter=6),
        "subtitle": ParagraphStyle("subtitle", base, fontSize=12, leading=16, spaceAfter=4),
        "mark": ParagraphStyle("mark", base, fontName=FONT_BOLD, fontSize=28, leading=34, textColor=OVER, spaceBefore=10, spaceAfter=10),
        "part": ParagraphStyle("part", base, fontName=FONT_BOLD, fontSize=11, leading=14, textColor=MUTED, spaceBefore=6),
        "section": ParagraphStyle(
            "section", base, fontName=FONT_BOLD, fontSize=14, leading=18, textColor=ACCENT, spaceBefore=10, spaceAfter=4, keepWithNext=1
        ),
        "question": ParagraphStyle(
            "question", base, fontName=FONT_BOLD, fontSize=10.5, leading=14, spaceBefore=10, spaceAfter=2, keepWithNext=1
        ),
        "meta": ParagraphStyle("meta", base, fontName=FONT_ITALIC, fontSize=8.5, leading=11, textColor=MUTED, keepWithNext=1),
        "answer": ParagraphStyle("answer", base, leftIndent=10),
        "answer_label": ParagraphStyle(
            "answer_label",
            base,
            fontName=FONT_BOLD,
            fontSize=8.5,
            leading=11,
            textColor=MUTED,
            leftIndent=10,
            spaceBefore=3,
            keepWithNext=1,
        ),
        "count": ParagraphStyle("count", base, fontSize=8.5, leading=11, textColor=MUTED, alignment=TA_RIGHT),
        "count_over": ParagraphStyle(
            "count_over",
            base,
            fontName=FONT_BOLD,
            fontSize=9,
            leading=12,
            textColor=OVER,
            backColor=OVER_BG,
            borderPadding=3,
            alignment=TA_RIGHT,
            spaceBefore=3,
            spaceAfter=3,
        ),
        "problem": ParagraphStyle(
            "problem", base, fontName=FONT_BOLD, fontSize=8.5, leading=11, textColor=OVER, leftIndent=10, spaceBefore=3
        ),
        "not_asked": ParagraphStyle("not_asked", base, fontName=FONT_BOLD, textColor=MUTED, leftIndent=10, spaceBefore=2),
        "choice": ParagraphStyle("choice", base, leftIndent=10),
        "cell": ParagraphStyle("cell", base, fontSize=8.5, leading=11),
        "cell_head": ParagraphStyle("cell_head", base, fontName=FONT_BOLD, fontSize=8.5, leading=11),
        "comment_head": ParagraphStyle(
            "comment_head",
            base,
            fontName=FONT_BOLD,
            fontSize=8.5,
            leading=11,
            leftIndent=14,
            backColor=COMMENT_BG,
            borderPadding=2,
            spaceBefore=5,
            keepWithNext=1,
        ),
        "comment": ParagraphStyle("comment", base, fontSize=9, leading=12, leftIndent=14, backColor=COMMENT_BG, borderPadding=2),
        "comment_quote": ParagraphStyle(
            "comment_quote",
            base,
            fontName=FONT_ITALIC,
            fontSize=8.5,
            leading=11,
            leftIndent=14,
            backColor=COMMENT_BG,
            borderPadding=2,
            textColor=MUTED,
        ),
        "reply": ParagraphStyle("reply", base, fontSize=9, leading=12, leftIndent=28, backColor=COMMENT_BG, borderPadding=2),
        "conflict_head": ParagraphStyle(
            "conflict_head",
            base,
            fontName=FONT_BOLD,
            fontSize=9,
            leading=12,
            textColor=OVER,
            leftIndent=10,
            backColor=CONFLICT_BG,
            borderPadding=2,
            spaceBefore=4,
            keepWithNext=1,
        ),
        "conflict": ParagraphStyle("conflict", base, leftIndent=20),
        "toc0": ParagraphStyle("toc0", base, fontName=FONT_BOLD, fontSize=10, leading=14, leftIndent=0, firstLineIndent=0),
        "toc1": ParagraphStyle("toc1", base, fontSize=8.5, leading=11, leftIndent=14, firstLineIndent=0),
    }
    return s


class _Bookmark(Flowable):
    """A zero-size mark: PDF bookmark, outline entry and table-of-contents entry."""

    def __init__(self, key: str, title: str, level: int, flags: str = ""):
        super().__init__()
        self.key = key
        self.title = title
        self.level = level
        self.flags = flags  # shown in the table of contents only
        self.keepWithNext = 1

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab's API
        return 0, 0

    def toc_text(self) -> str:
        """Its line in the table of contents (markup), flags in small red."""
        text = para_text(self.title)
        if self.flags:
            text += f' <font color="{OVER.hexval()}" size="7">{para_text(self.flags)}</font>'
        return text

    def draw(self) -> None:
        self.canv.bookmarkHorizontal(self.key, 0, 14)
        self.canv.addOutlineEntry(self.title, self.key, level=self.level, closed=self.level == 0)


class _Contents(TableOfContents):
    """reportlab's TableOfContents, its entries made once and breaking their lines once.

    reportlab builds the contents' table at each wrap from new paragraphs whose markup holds
    the page number (`<onDraw … label="page,level,key"/>`, read back when the dots and the
    number are drawn), and the table wraps every entry again to place it, to split it over
    two pages and for each piece. Here an entry's label is its place in the list, and the
    page number is looked up when it is drawn: the markup is the same in every pass, so
    each entry is parsed once and, being this module's Paragraph, breaks its lines once.
    The label is never printed; the table is otherwise built as reportlab 5.1's
    `TableOfContents.wrap` builds it, and the PDF is the same (tests/test_pdf_layout_pass.py).
    """

    def __init__(self, **kwargs: Any):
        super().__init__(**kwargs)
        self._paragraphs: dict[tuple[str, str], Paragraph] = {}

    def _entry(self, markup: str, style: ParagraphStyle) -> Paragraph:
        key = (markup, style.name)
        paragraph = self._paragraphs.get(key)
        if paragraph is None:
            paragraph = self._paragraphs[key] = Paragraph(markup, style)
        return paragraph

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab's API
        entries = self._lastEntries or [(0, "Placeholder for table of contents", 0, None)]

        def draw_entry_end(canvas: pdfcanvas.Canvas, kind: str, label: str) -> None:
            """Dots and the page number after an entry (reportlab's drawTOCEntryEnd)."""
            level, _text, page, key = entries[int(label)]
            style = self.getLevelStyle(level)
            dot = " . " if self.dotsMinLevel >= 0 and level >= self.dotsMinLevel else ""
            if self.formatter:
                page = self.formatter(page)
            drawPageNumbers(canvas, style, [(page, key)], availWidth, availHeight, dot)

        self.canv.setNamedCB("drawTOCEntryEnd", draw_entry_end)
        data: list[list[Flowable]] = []
        for index, (level, text, _page, key) in enumerate(entries):
            style = self.getLevelStyle(level)
            if key:
                text = f'<a href="#{key}">{text}</a>'
            if style.spaceBefore:
                data.append([Spacer(1, style.spaceBefore)])
            data.append([self._entry(f'{text}<onDraw name="drawTOCEntryEnd" label="{index:d}"/>', style)])
        self._table = Table(data, colWidths=(availWidth,), style=self.tableStyle)
        self.width, self.height = self._table.wrapOn(self.canv, availWidth, availHeight)
        return self.width, self.height


class _NumberedCanvas(pdfcanvas.Canvas):
    """Draws "Sida X av Y" once the page count is known (pages are kept until save)."""

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._saved_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab override
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved_pages)
        for state in self._saved_pages:
            self.__dict__.update(state)
            self.setFont(FONT, 8)
            self.setFillColor(MUTED)
            self.drawRightString(A4[0] - MARGIN, 10 * mm, f"Sida {self._pageNumber} av {total}")
            super().showPage()
        super().save()


class _LayoutCanvas(pdfcanvas.Canvas):
    """The canvas of a layout-only pass: pages are counted, nothing is drawn or kept."""

    layout_only = True

    def showPage(self) -> None:  # noqa: N802 - reportlab override
        self._startPage()

    def save(self) -> None:
        raise RuntimeError("a layout-only pass is never saved")


def _no_draw(canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N803 - reportlab's API
    """A flowable's drawOn in a layout-only pass."""


class _Frame(Frame):
    """A frame that, on a layout-only canvas, places flowables without drawing them."""

    def _add(self, flowable: Flowable, canv: pdfcanvas.Canvas, trySplit: int = 0) -> int:  # noqa: N803 - reportlab's API
        if not getattr(canv, "layout_only", False):
            return int(super()._add(flowable, canv, trySplit))
        flowable.drawOn = _no_draw
        try:
            return int(super()._add(flowable, canv, trySplit))
        finally:
            del flowable.drawOn

    add = _add

    def __deepcopy__(self, memo: dict[int, Any]) -> _Frame:
        """What copy.deepcopy makes, without walking the numbers one by one.

        reportlab deep-copies the frame each time it measures a group kept together
        (KeepTogether, keepWithNext): hundreds of times per pass. A frame holds numbers and
        strings (shared by a deep copy anyway) and, at times, a list; those are deep-copied.
        """
        twin = self.__class__.__new__(self.__class__)
        memo[id(self)] = twin
        for name, value in self.__dict__.items():
            twin.__dict__[name] = value if type(value) in _IMMUTABLE else copy.deepcopy(value, memo)
        return twin


class _ReviewDocTemplate(BaseDocTemplate):
    def __init__(self, target: Any, document: DraftDocument, **kwargs: Any):
        super().__init__(target, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=20 * mm, bottomMargin=18 * mm, **kwargs)
        self.document = document
        #: Set when the first pass of multiBuild can never be the last one (render_pdf).
        self.layout_first = False
        frame = _Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._decorate)])

    def build(self, flowables: list[Flowable], filename: Any = None, canvasmaker: Any = pdfcanvas.Canvas) -> None:
        if self.layout_first:
            self.layout_first = False
            canvasmaker = _LayoutCanvas
        super().build(flowables, filename, canvasmaker)

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab override
        if isinstance(flowable, _Bookmark):
            self.notify("TOCEntry", (flowable.level, flowable.toc_text(), self.page, flowable.key))

    def _decorate(self, canv: pdfcanvas.Canvas, doc: BaseDocTemplate) -> None:
        if getattr(canv, "layout_only", False):
            return
        width, height = A4
        canv.saveState()
        # The draft mark: large and pale across the page, and plain in the header.
        canv.setFillColor(colors.Color(0.85, 0.1, 0.1, alpha=0.08))
        canv.setFont(FONT_BOLD, 110)
        canv.translate(width / 2, height / 2)
        canv.rotate(50)
        canv.drawCentredString(0, -35, DRAFT_MARK)
        canv.restoreState()
        canv.saveState()
        canv.setFont(FONT_BOLD, 9)
        canv.setFillColor(OVER)
        canv.drawRightString(width - MARGIN, height - 12 * mm, f"{DRAFT_MARK} – granskningskopia")
        canv.setFont(FONT, 8)
        canv.setFillColor(MUTED)
        canv.drawString(MARGIN, height - 12 * mm, _clip(self.document.form.title, 80))
        canv.drawString(MARGIN, 10 * mm, _clip(self.document.draft.title, 70))
        canv.restoreState()


def _toc_flags(q: QuestionDoc) -> str:
    """What a reviewer looks for first: "över gränsen · konflikt · 2 kommentarer"."""
    flags = []
    if q.over_limit:
        flags.append("över gränsen")
    if q.conflicted:
        flags.append("konflikt")
    if q.problems:
        flags.append("att åtgärda")
    open_threads = sum(1 for t in q.threads if t.is_open)
    if open_threads:
        flags.append(f"{open_threads} kommentar{'' if open_threads == 1 else 'er'}")
    return " · ".join(flags)


def _with_questions(count: int, numbers: tuple[str, ...]) -> str:
    """ "2 (fråga 17, 25)" """
    if not count:
        return "0"
    return f"{count} (fråga {', '.join(numbers)})" if numbers else str(count)


def _clip(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class _Renderer:
    def __init__(self, document: DraftDocument):
        self.doc = document
        self.s = _styles()
        #: Field key → quoted stretches of the question being rendered.
        self.marks: dict[str, list[Span]] = {}

    # -- cover and contents -------------------------------------------------------------

    def cover(self) -> list[Flowable]:
        d = self.doc
        s = self.s
        story: list[Flowable] = [
            Spacer(1, 20 * mm),
            Paragraph(para_text(d.form.title), s["title"]),
            Paragraph(para_text(f"{d.form.publisher} · {d.form.year} · sista dag {d.form.deadline}"), s["subtitle"]),
            Paragraph(f"{DRAFT_MARK} – granskningskopia", s["mark"]),
        ]
        summary = d.summary
        rows = [
            ("Region", d.draft.region or "–"),
            ("Utkast", d.draft.title),
            ("Utskrivet", d.generated_at.strftime("%Y-%m-%d %H:%M")),
            ("Redaktörer", ", ".join(d.editors) or "–"),
            ("Besvarade frågor", f"{summary.answered} av {summary.asked}"),
            ("Över teckengränsen", _with_questions(summary.over_limit, summary.over_limit_questions)),
            ("Konflikter", _with_questions(summary.conflicts, summary.conflict_questions)),
            ("Öppna kommentarer", _with_questions(summary.open_comments, summary.comment_questions)),
            ("Parkerade svar", _with_questions(summary.parked, summary.parked_questions) + (" – skrivs inte ut" if summary.parked else "")),
            ("Status", "; ".join(f"{name}: {n}" for name, n in summary.statuses.items())),
        ]
        if d.subset:
            numbers = [q.number_label for q in d.questions() if not q.is_group]
            rows.append(("Urval", "frågorna " + ", ".join(numbers)))
        if d.include_resolved:
            rows.append(("Kommentarer", "lösta trådar ingår"))
        table = Table(
            [[Paragraph(para_text(k), s["cell_head"]), Paragraph(para_text(v), s["cell"])] for k, v in rows],
            colWidths=[45 * mm, None],
        )
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        story += [Spacer(1, 6 * mm), table, PageBreak()]
        return story

    def contents(self) -> list[Flowable]:
        toc = _Contents(levelStyles=[self.s["toc0"], self.s["toc1"]], dotsMinLevel=0)
        return [Paragraph("Innehåll", self.s["title"]), toc, PageBreak()]

    # -- questions ------------------------------------------------------------------------

    def body(self) -> list[Flowable]:
        story: list[Flowable] = []
        for new_part, section in self.doc.sections_with_parts():
            if new_part:
                story.append(CondPageBreak(60 * mm))
                story.append(Paragraph(para_text(new_part), self.s["part"]))
            story.append(_Bookmark(f"s-{section.section.id}", section.title, 0))
            story.append(Paragraph(para_text(section.title), self.s["section"]))
            for q in section.questions:
                story.extend(self.question(q))
        return story

    def question(self, q: QuestionDoc) -> list[Flowable]:
        s = self.s
        self.marks = {}
        for n, t in enumerate(q.threads, 1):
            if t.field and t.anchor is not None and not t.anchor.lost:
                self.marks.setdefault(t.field, []).append((t.anchor.start, t.anchor.end, n))
        story: list[Flowable] = [
            _Bookmark(f"q-{q.number}", f"{q.number_label}  {_clip(q.text, 70)}", 1, _toc_flags(q)),
            Paragraph(f"{escape(q.number_label)}&nbsp;&nbsp;{para_text(q.text)}", s["question"]),
        ]
        meta: list[str] = []
        if q.status is not None:
            st = f"Status: {q.status.status}"
            if q.status.assignee:
                st += f" · ansvarig: {q.status.assignee}"
            if q.last_change is not None:
                st += f" · senast ändrad av {q.last_change.editor}, {local_time(q.last_change.created_at, seconds=False)}"
            meta.append(st)
        meta.extend(q.help)
        if q.condition_text:
            state = "uppfyllt" if q.asked else "ej uppfyllt"
            meta.append(f"Villkor: {q.condition_text} ({state})")
        meta.extend(f"Obs: {note}" for note in q.notes)
        story.extend(Paragraph(para_text(m), s["meta"]) for m in meta)
        if q.is_group:
            story.extend(self.threads(q.threads))
            return story
        if not q.asked:
            story.append(Paragraph(NOT_ASKED, s["not_asked"]))
            if q.has_parked:
                story.append(Paragraph("Ett parkerat svar finns i utkastet men skrivs inte ut.", s["meta"]))
            story.extend(self.threads(q.threads))
            return story
        assert q.answer is not None
        if q.question.type in ("single", "multi"):
            story.extend(self.choices(q))
        elif q.question.type == "matrix":
            story.extend(self.matrix(q))
        else:
            story.extend(self.field(q.answer))
        for extra in q.extras:
            story.extend(self.field(extra, label=extra.label))
        story.extend(Paragraph(para_text(f"Att åtgärda: {message}"), s["problem"]) for message in q.problems)
        if q.has_parked:
            story.append(Paragraph("Ett parkerat svar (villkor ej uppfyllt) finns i utkastet men skrivs inte ut.", s["meta"]))
        story.extend(self.threads(q.threads))
        return story

    def field(self, f: FieldDoc, *, label: str | None = None) -> list[Flowable]:
        s = self.s
        story: list[Flowable] = []
        if label is not None and f.kind != "checkbox":
            story.append(Paragraph(para_text(label), s["answer_label"]))
        if f.conflict:
            return story + self.conflict(f)
        if f.kind == "checkbox":
            mark = CHECKED if f.value else UNCHECKED
            story.append(Paragraph(f"{mark} {para_text(f.label or '')}", s["choice"]))
            return story
        if not f.text:
            story.append(Paragraph(UNANSWERED, s["not_asked"]))
            return story
        style = s["answer"] if f.kind == "text" else ParagraphStyle("num", s["answer"], fontName=FONT_BOLD)
        story.extend(self.text_lines(f.text, style, self.marks.get(f.key)))
        story.extend(self.count(f))
        return story

    def text_lines(self, text: str, style: ParagraphStyle, marks: list[Span] | None = None) -> list[Flowable]:
        """One paragraph per line, so long answers split across pages and blank lines stay.

        `marks` are quoted stretches (offsets in `text`) to highlight and number.
        """
        out: list[Flowable] = []
        if "\r" in text:
            text, marks = text.replace("\r\n", "\n").replace("\r", "\n"), None  # offsets would shift
        left_out = len(text) - PDF_MAX_TEXT_CHARS
        if left_out > 0:
            text = text[:PDF_MAX_TEXT_CHARS]
        offset = 0
        for line in text.split("\n"):
            line_start, offset = offset, offset + len(line) + 1
            bullet = _BULLET_LINE.match(line)
            shown = line.lstrip(" \t") if bullet else line
            shift = line_start + len(line) - len(shown)
            spans = [(a - shift, b - shift, n) for a, b, n in marks or () if a < line_start + len(line) and b > line_start]
            if not line.strip():
                out.append(Spacer(1, style.leading * 0.6))
                continue
            first, rest = style, ParagraphStyle(f"{style.name}-cont", style, spaceBefore=0)
            if bullet:
                # Bullets hang: wrapped lines start under the text, nested ones further in.
                indent = style.leftIndent + 9 + 4 * len(bullet.group(1).expandtabs(4))
                first = ParagraphStyle(f"{style.name}-b{indent}", style, leftIndent=indent, firstLineIndent=-9)
                rest = ParagraphStyle(f"{style.name}-b{indent}-cont", first, firstLineIndent=0, spaceBefore=0)
            # A very long line is set as consecutive paragraphs of at most PDF_CHUNK_CHARS:
            # reportlab re-wraps a whole paragraph at every page break, so one huge
            # paragraph costs time quadratic in its length.
            for c0, c1 in _chunks(shown, PDF_CHUNK_CHARS):
                piece_spans = [(max(a, c0) - c0, min(b, c1) - c0, n if b <= c1 else -1) for a, b, n in spans if a < c1 and b > c0]
                out.append(Paragraph(marked_line(shown[c0:c1], piece_spans), first if c0 == 0 else rest))
        if left_out > 0:
            out.append(
                Paragraph(
                    f"[… {left_out} tecken till skrivs inte ut i granskningskopian: svaret är mycket längre än "
                    f"formuläret tillåter; se hela svaret i programmet]",
                    self.s["problem"],
                )
            )
        return out

    def count(self, f: FieldDoc) -> list[Flowable]:
        if not f.count_text:
            return []
        if f.over_by:
            return [Paragraph(f"Över gränsen: {f.count_text} – {f.over_text}", self.s["count_over"])]
        return [Paragraph(f.count_text, self.s["count"])]

    def choices(self, q: QuestionDoc) -> list[Flowable]:
        story: list[Flowable] = []
        if q.answer is not None and q.answer.conflict:
            story.extend(self.conflict(q.answer))
        for option in q.options:
            mark = CHECKED if option.chosen else UNCHECKED
            text = f"<b>{mark} {para_text(option.label)}</b>" if option.chosen else f"{mark} {para_text(option.label)}"
            story.append(Paragraph(text, self.s["choice"]))
            if option.detail is not None:
                story.extend(self.field(option.detail, label=option.detail.label))
        if not any(o.chosen for o in q.options) and not (q.answer and q.answer.conflict):
            story.append(Paragraph(UNANSWERED, self.s["not_asked"]))
        return story

    def matrix(self, q: QuestionDoc) -> list[Flowable]:
        s = self.s
        story: list[Flowable] = []
        if q.answer is not None and q.answer.conflict:
            story.extend(self.conflict(q.answer))
        header = [Paragraph("", s["cell"])] + [Paragraph(para_text(c), s["cell_head"]) for c in q.columns]
        data = [header]
        for row in q.rows:
            cells = [Paragraph(para_text(row.label), s["cell"])]
            for col in q.columns:
                chosen = row.column == col
                cells.append(Paragraph(f"<b>{CHECKED}</b>" if chosen else UNCHECKED, s["cell"]))
            data.append(cells)
        col_width = 22 * mm
        first = (A4[0] - 2 * MARGIN - 10) - col_width * len(q.columns)
        table = Table(data, colWidths=[first] + [col_width] * len(q.columns), repeatRows=1, hAlign="RIGHT")
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("ALIGN", (1, 0), (-1, -1), "CENTER"),
                ]
            )
        )
        story.append(Spacer(1, 3))
        story.append(table)
        for row in q.rows:
            for detail in row.details:
                story.extend(self.field(detail, label=f"{row.label} – {detail.label}"))
        if not any(r.column for r in q.rows) and not (q.answer and q.answer.conflict):
            story.append(Paragraph(UNANSWERED, s["not_asked"]))
        return story

    def conflict(self, f: FieldDoc) -> list[Flowable]:
        s = self.s
        story: list[Flowable] = [Paragraph(f"KONFLIKT – {len(f.conflict)} versioner; välj en innan svaret lämnas in", s["conflict_head"])]
        for i, version in enumerate(f.conflict, 1):
            head = f"Version {i}: {version.editor}, {local_time(version.created_at, seconds=False)}"
            if f.kind == "text" and version.text:
                count = count_like_browser(version.text)
                head += f" – {count} / {f.limit} tecken" if f.limit else f" – {count} tecken"
                if f.limit and count > f.limit:
                    head += f", {count - f.limit} tecken för mycket"
            story.append(Paragraph(para_text(head), ParagraphStyle("vh", s["answer_label"], leftIndent=20, textColor=OVER)))
            story.extend(self.text_lines(version.text or "(tomt)", s["conflict"]))
        return story

    def threads(self, threads: Iterable[Thread]) -> list[Flowable]:
        s = self.s
        story: list[Flowable] = []
        for n, t in enumerate(threads, 1):
            state = "öppen" if t.is_open else f"löst av {t.state_by}, {local_time(t.state_at, seconds=False)}"
            head = f"[{n}] Kommentar av {t.author}, {local_time(t.created_at, seconds=False)} ({state})"
            bg = {} if t.is_open else {"backColor": RESOLVED_BG}
            styles = {
                name: ParagraphStyle(f"{name}-r", s[name], **bg) if bg else s[name]
                for name in ("comment_head", "comment_quote", "comment", "reply")
            }
            block: list[Flowable] = [Paragraph(para_text(head), styles["comment_head"])]
            if t.quote:
                block.append(Paragraph(para_text(f"Citat: ”{t.quote}”{t.quote_note}"), styles["comment_quote"]))
            block.append(Paragraph(para_text(t.text), styles["comment"]))
            for r in t.replies:
                block.append(Paragraph(para_text(f"↳ {r.author}, {local_time(r.created_at, seconds=False)}: {r.text}"), styles["reply"]))
            story.append(KeepTogether(block) if len(t.text) + sum(len(r.text) for r in t.replies) < 1500 else _Group(block))
        return story


class _Group(list):  # type: ignore[type-arg]
    """A long comment thread: its paragraphs may split across pages."""


def _flatten(story: Iterable[Any]) -> list[Flowable]:
    out: list[Flowable] = []
    for item in story:
        if isinstance(item, _Group):
            out.extend(item)
        else:
            out.append(item)
    return out


def _seed_contents(story: list[Flowable]) -> bool:
    """Every bookmark's line in the contents before the first pass (page numbers still 0).

    True when a line was added: then the first pass cannot be the last (real pages start at 1).
    """
    seeded = False
    for toc in (f for f in story if isinstance(f, TableOfContents)):
        for mark in (f for f in story if isinstance(f, _Bookmark)):
            toc.addEntry(mark.level, mark.toc_text(), 0, mark.key)
            seeded = True
    return seeded


def render_pdf(document: DraftDocument, *, font_cache: Path | None = None) -> bytes:
    """The review PDF as bytes. `font_cache`: a folder to keep the parsed fonts in
    (paths.font_cache(data_dir)); the PDF is the same with or without it."""
    register_fonts(font_cache)
    buffer = io.BytesIO()
    d = document
    template = _ReviewDocTemplate(
        buffer,
        d,
        title=f"Granskningskopia: {d.draft.title}",
        author=", ".join(d.editors),
        subject=f"{d.form.title} – {d.draft.region or 'region ej angiven'} (UTKAST)",
        creator="Närvård desktop",
        keywords=[d.form.id, "utkast", "granskning"],
    )
    renderer = _Renderer(d)
    story = renderer.cover() + renderer.contents() + _flatten(renderer.body())
    # The contents list has one line per bookmark whatever the page numbers, so its lines are
    # known before the first pass: with them in place (page 0) that pass lays the pages out
    # as the last one will, and two passes do what three did (a placeholder contents first,
    # then one with page numbers from a shorter layout, then the right ones). Should the
    # guess ever be off, multiBuild simply goes on until the contents settle, as before.
    # A seeded first pass can never be the last (its lines say page 0), so nothing it would
    # draw is ever kept: it only lays the pages out, on a canvas that draws nothing.
    template.layout_first = bool(_seed_contents(story))
    template.multiBuild(story, canvasmaker=_NumberedCanvas)
    return buffer.getvalue()

"""A Word questionnaire (.docx) → blocks, with python-docx.

Reads paragraphs in body order, also inside tables and content controls; Word's own list
numbering ("12.", "1 a." made by a numbering definition, not typed); bullets; box glyphs
(☐ ☒ and Wingdings symbols); legacy check-box and text form fields; check-box content
controls; placeholder text of empty content controls; tables as rows of cells.

Untrusted input: the zip is checked before python-docx opens it, by the reader the Word
import uses (core/untrusted_zip.py: entries, member names, unpacked size, compression
ratio); the XML parser python-docx uses resolves no entities and loads nothing from the
network.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from naravard_desktop.core.forms.form_import.blocks import MAX_UNPACKED_BYTES, Block, Cell, DocumentError, check_blocks, split_box
from naravard_desktop.core.untrusted_zip import NOT_A_ZIP, TOO_MANY_ENTRIES, UNPACKS_TOO_LARGE, SafeZip, ZipRefused

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
#: The mark core/word puts in the Word files it exports (its own reader takes them back).
NARAVARD_WORD_MARK = b"urn:naravard:word-base:1"


def q(tag: str) -> str:
    prefix, local = tag.split(":")
    return f"{{{W14 if prefix == 'w14' else W}}}{local}"


_EMPTY_SYMBOLS = {"F0A8", "F06F", "F071", "F0A1", "F072", "2610", "F0A3"}
_TICKED_SYMBOLS = {"F0FE", "F078", "F0FD", "F0FC", "F0FB", "2612", "2611", "F053"}
_PLACEHOLDER_STYLES = {"PlaceholderText", "Platshllartext"}


def _on(el: etree._Element | None) -> bool:
    """A w:b / w:i style toggle: present and not switched off."""
    if el is None:
        return False
    return el.get(q("w:val"), "true").lower() not in ("0", "false", "off", "none")


@dataclass
class _Level:
    fmt: str
    text: str
    start: int


@dataclass
class _Numbering:
    nums: dict[str, str] = field(default_factory=dict)  # numId → abstractNumId
    overrides: dict[tuple[str, int], int] = field(default_factory=dict)
    levels: dict[str, dict[int, _Level]] = field(default_factory=dict)
    counters: dict[str, list[int]] = field(default_factory=dict)

    def label(self, num_id: str, ilvl: int) -> tuple[str | None, bool]:
        """(label, is a bullet) for the next paragraph of this list level."""
        abstract = self.nums.get(num_id)
        if abstract is None or num_id == "0":
            return None, False
        levels = self.levels.get(abstract, {})
        lvl = levels.get(ilvl)
        if lvl is None:
            return None, False
        if lvl.fmt == "bullet" or lvl.fmt == "none":
            return None, lvl.fmt == "bullet"
        counters = self.counters.setdefault(abstract, [0] * 10)
        if ilvl >= len(counters):
            return None, False
        start = self.overrides.get((num_id, ilvl), lvl.start)
        counters[ilvl] = max(counters[ilvl], start - 1) + 1
        for deeper in range(ilvl + 1, len(counters)):
            counters[deeper] = 0
        text = lvl.text

        def fill(match: re.Match[str]) -> str:
            n = int(match.group(1)) - 1
            level = levels.get(n)
            value = counters[n] if n < len(counters) else 0
            if value == 0 and level is not None:
                value = level.start
            return _format(value, level.fmt if level else "decimal")

        return re.sub(r"%(\d)", fill, text), False


def _format(value: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letters = ""
        while value > 0:
            value, rem = divmod(value - 1, 26)
            letters = chr(97 + rem) + letters
        return letters if fmt == "lowerLetter" else letters.upper()
    if fmt in ("lowerRoman", "upperRoman"):
        numerals = [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
        out = ""
        for n, s in numerals:
            while value >= n:
                out, value = out + s, value - n
        return out if fmt == "lowerRoman" else out.upper()
    return str(value)


def _numbering(document: Any) -> _Numbering:
    result = _Numbering()
    try:
        part = document.part.numbering_part
    except (NotImplementedError, KeyError, AttributeError):
        return result
    root = part.element
    for abstract in root.findall(q("w:abstractNum")):
        aid = abstract.get(q("w:abstractNumId"), "")
        levels: dict[int, _Level] = {}
        for lvl in abstract.findall(q("w:lvl")):
            ilvl = int(lvl.get(q("w:ilvl"), "0"))
            fmt_el = lvl.find(q("w:numFmt"))
            text_el = lvl.find(q("w:lvlText"))
            start_el = lvl.find(q("w:start"))
            levels[ilvl] = _Level(
                fmt_el.get(q("w:val"), "decimal") if fmt_el is not None else "decimal",
                text_el.get(q("w:val"), "") if text_el is not None else "",
                int(start_el.get(q("w:val"), "1")) if start_el is not None else 1,
            )
        result.levels[aid] = levels
    for num in root.findall(q("w:num")):
        nid = num.get(q("w:numId"), "")
        abstract_el = num.find(q("w:abstractNumId"))
        if abstract_el is not None:
            result.nums[nid] = abstract_el.get(q("w:val"), "")
        for override in num.findall(q("w:lvlOverride")):
            start = override.find(q("w:startOverride"))
            if start is not None:
                result.overrides[(nid, int(override.get(q("w:ilvl"), "0")))] = int(start.get(q("w:val"), "1"))
    return result


@dataclass
class _Style:
    bold: bool = False
    italic: bool = False
    heading: int = 0
    num: tuple[str, int] | None = None


class _Reader:
    def __init__(self, document: Any):
        self.document = document
        self.numbering = _numbering(document)
        self.styles: dict[str, _Style] = {}
        self._load_styles()
        self.blocks: list[Block] = []
        self.gap = False

    def _load_styles(self) -> None:
        try:
            styles_root = self.document.styles.element
        except (AttributeError, KeyError, NotImplementedError):
            return
        raw: dict[str, tuple[etree._Element, str | None]] = {}
        for style in styles_root.findall(q("w:style")):
            sid = style.get(q("w:styleId"), "")
            based = style.find(q("w:basedOn"))
            raw[sid] = (style, based.get(q("w:val")) if based is not None else None)

        def resolve(sid: str, depth: int = 0) -> _Style:
            if sid in self.styles:
                return self.styles[sid]
            style_el, based = raw.get(sid, (None, None))
            result = resolve(based, depth + 1) if based and depth < 20 and based in raw else _Style()
            result = _Style(result.bold, result.italic, result.heading, result.num)
            if style_el is not None:
                name_el = style_el.find(q("w:name"))
                name = (name_el.get(q("w:val"), "") if name_el is not None else sid).lower()
                heading = re.match(r"^(?:heading|rubrik)\s*(\d)$", name)
                if heading:
                    result.heading = int(heading.group(1))
                elif name in ("title", "rubrik"):
                    result.heading = 1
                rpr = style_el.find(q("w:rPr"))
                if rpr is not None:
                    if rpr.find(q("w:b")) is not None:
                        result.bold = _on(rpr.find(q("w:b")))
                    if rpr.find(q("w:i")) is not None:
                        result.italic = _on(rpr.find(q("w:i")))
                ppr = style_el.find(q("w:pPr"))
                if ppr is not None:
                    outline = ppr.find(q("w:outlineLvl"))
                    if outline is not None and not result.heading:
                        result.heading = int(outline.get(q("w:val"), "9")) + 1 if int(outline.get(q("w:val"), "9")) < 6 else 0
                    num = ppr.find(q("w:numPr"))
                    if num is not None:
                        nid = num.find(q("w:numId"))
                        lvl = num.find(q("w:ilvl"))
                        if nid is not None:
                            result.num = (nid.get(q("w:val"), "0"), int(lvl.get(q("w:val"), "0")) if lvl is not None else 0)
            self.styles[sid] = result
            return result

        for sid in raw:
            resolve(sid)

    def emit(self, block: Block) -> None:
        block.gap = block.gap or self.gap
        self.gap = False
        self.blocks.append(block)
        if len(self.blocks) > 60_000:
            raise DocumentError("dokumentet har för många stycken")

    def body(self, container: etree._Element, depth: int = 0) -> None:
        if depth > 50:
            return
        for child in container:
            if child.tag == q("w:p"):
                self.paragraph(child)
            elif child.tag == q("w:tbl"):
                self.emit(self.table(child))
            elif child.tag == q("w:sdt"):
                choices = _choices(child)
                content = child.find(q("w:sdtContent"))
                if choices is not None:
                    ticked, radio, rest = split_box(choices)
                    self.emit(Block("para", rest, box=ticked, radio=radio))
                elif content is not None:
                    self.body(content, depth + 1)
            elif child.tag in (q("w:customXml"), q("w:ins"), q("w:smartTag")):
                self.body(child, depth + 1)

    # -- paragraphs ---------------------------------------------------------------------
    def _runs(self, p: etree._Element) -> tuple[list[tuple[str, bool, bool]], bool | None, list[str], bool]:
        """(text pieces with bold/italic, a box's state, text-field values, only a placeholder)."""
        pieces: list[tuple[str, bool, bool]] = []
        box: bool | None = None
        fields: list[str] = []
        placeholder_only = True
        any_text = False
        style_el = p.find(f"{q('w:pPr')}/{q('w:pStyle')}")
        pstyle = self.styles.get(style_el.get(q("w:val"), "") if style_el is not None else "Normal", _Style())
        field_state: list[str] = []  # stack: "instr" | "result"
        field_kind: list[str] = []
        result_text: list[str] = []

        def walk(node: etree._Element, in_placeholder: bool, depth: int = 0) -> None:
            nonlocal box, placeholder_only, any_text
            if depth > 40:
                return
            for el in node:
                tag = el.tag
                if tag == q("w:r"):
                    rpr = el.find(q("w:rPr"))
                    bold, italic = pstyle.bold, pstyle.italic
                    rstyle_placeholder = False
                    if rpr is not None:
                        if rpr.find(q("w:b")) is not None:
                            bold = _on(rpr.find(q("w:b")))
                        if rpr.find(q("w:i")) is not None:
                            italic = _on(rpr.find(q("w:i")))
                        rs = rpr.find(q("w:rStyle"))
                        if rs is not None:
                            rstyle = self.styles.get(rs.get(q("w:val"), ""), _Style())
                            bold = bold or rstyle.bold
                            italic = italic or rstyle.italic
                            rstyle_placeholder = rs.get(q("w:val"), "") in _PLACEHOLDER_STYLES
                    for item in el:
                        t = item.tag
                        if t == q("w:fldChar"):
                            kind = item.get(q("w:fldCharType"))
                            if kind == "begin":
                                field_state.append("instr")
                                ff = item.find(q("w:ffData"))
                                if ff is not None and ff.find(q("w:checkBox")) is not None:
                                    cb = ff.find(q("w:checkBox"))
                                    checked = cb.find(q("w:checked"))
                                    default = cb.find(q("w:default"))
                                    state = _on(checked) if checked is not None else (_on(default) if default is not None else False)
                                    pieces.append(("☒ " if state else "☐ ", bold, italic))  # a box like a typed one
                                    placeholder_only = False
                                    field_kind.append("checkbox")
                                elif ff is not None and ff.find(q("w:textInput")) is not None:
                                    field_kind.append("text")
                                else:
                                    field_kind.append("other")
                                result_text.clear()
                            elif kind == "separate" and field_state:
                                field_state[-1] = "result"
                            elif kind == "end" and field_state:
                                field_state.pop()
                                done = field_kind.pop() if field_kind else "other"
                                if done == "text":
                                    value = "".join(result_text).replace("\u2002", " ").strip()
                                    fields.append(value)
                                    if value:
                                        pieces.append((value, bold, italic))
                                        any_text = True
                                        placeholder_only = False
                        elif t == q("w:instrText"):
                            continue
                        elif t == q("w:t"):
                            text = item.text or ""
                            if field_state and field_state[-1] == "result" and field_kind and field_kind[-1] == "text":
                                result_text.append(text)
                                continue
                            if field_state and field_state[-1] == "instr":
                                continue
                            if in_placeholder or rstyle_placeholder:
                                any_text = any_text or bool(text.strip())
                                continue  # an empty content control's prompt, not text
                            pieces.append((text, bold, italic))
                            if text.strip():
                                any_text = True
                                if not (in_placeholder or rstyle_placeholder):
                                    placeholder_only = False
                        elif t == q("w:tab"):
                            pieces.append(("\t", bold, italic))
                        elif t in (q("w:br"), q("w:cr")):
                            pieces.append(("\n", bold, italic))
                        elif t == q("w:sym"):
                            char = (item.get(q("w:char")) or "").upper()
                            if char in _EMPTY_SYMBOLS or char in _TICKED_SYMBOLS:
                                pieces.append(("☒ " if char in _TICKED_SYMBOLS else "☐ ", bold, italic))
                                placeholder_only = False
                elif tag == q("w:sdt"):
                    pr = el.find(q("w:sdtPr"))
                    showing = pr is not None and pr.find(q("w:showingPlcHdr")) is not None
                    checkbox = pr.find(q("w14:checkbox")) if pr is not None else None
                    content = el.find(q("w:sdtContent"))
                    if checkbox is not None:
                        checked = checkbox.find(q("w14:checked"))
                        state = checked is not None and checked.get(q("w14:val"), "0") in ("1", "true")
                        pieces.append(("☒ " if state else "☐ ", False, False))
                        placeholder_only = False
                        continue  # its glyph run is the box itself
                    choices = _choices(el)
                    if choices is not None:
                        pieces.append((choices, False, False))
                        placeholder_only = False
                        continue
                    if content is not None:
                        if showing:
                            fields.append("")
                        walk(content, in_placeholder or showing, depth + 1)
                elif tag in (q("w:hyperlink"), q("w:smartTag"), q("w:ins"), q("w:fldSimple"), q("w:customXml"), q("w:sdtContent")):
                    walk(el, in_placeholder, depth + 1)

        walk(p, False)
        return pieces, box, fields, placeholder_only and any_text

    def paragraph(self, p: etree._Element) -> None:
        pieces, box, fields, placeholder_only = self._runs(p)
        text = "".join(t for t, _, _ in pieces).replace("\t", " ").strip()
        ppr = p.find(q("w:pPr"))
        style_el = ppr.find(q("w:pStyle")) if ppr is not None else None
        style = self.styles.get(style_el.get(q("w:val"), "") if style_el is not None else "Normal", _Style())
        num = style.num
        if ppr is not None and ppr.find(q("w:numPr")) is not None:
            num_pr = ppr.find(q("w:numPr"))
            assert num_pr is not None
            nid = num_pr.find(q("w:numId"))
            lvl = num_pr.find(q("w:ilvl"))
            num = (nid.get(q("w:val"), "0") if nid is not None else "0", int(lvl.get(q("w:val"), "0")) if lvl is not None else 0)
        label, bullet = (None, False)
        if num is not None:
            label, bullet = self.numbering.label(*num)
        if not text and box is None:
            if (fields or placeholder_only) and not label:
                self.emit(Block("field", ""))
            else:
                self.gap = True
            return
        if placeholder_only and box is None and not label:
            self.emit(Block("field", ""))
            return
        kind = "heading" if style.heading else ("item" if bullet else "para")
        block = Block(
            kind, text, level=style.heading if style.heading else (num[1] if bullet and num else 0), number=label if not bullet else None
        )
        meaningful = [(t, b, i) for t, b, i in pieces if t.strip()]
        if meaningful and kind != "heading":
            block.bold = all(b for _, b, _ in meaningful)
            block.italic = all(i for _, _, i in meaningful) and not block.bold
            if not block.bold and meaningful[0][1]:
                first_plain = next((k for k, m in enumerate(meaningful) if not m[1]), len(meaningful))
                lead = "".join(t for t, _, _ in meaningful[:first_plain]).strip()
                block.lead = lead or None
        ticked, radio, rest = split_box(block.text)
        if ticked is not None:
            block.box, block.radio, block.text = ticked, radio, rest
        elif box is not None:
            block.box = box
        self.emit(block)

    # -- tables ---------------------------------------------------------------------
    def table(self, tbl: etree._Element) -> Block:
        rows: list[list[Cell]] = []
        for tr in tbl.findall(q("w:tr")):
            cells: list[Cell] = []
            for tc in tr.iter(q("w:tc")):
                if _parent_table(tc) is not tbl:
                    continue
                cell = Cell()
                texts: list[str] = []
                for p in tc.iter(q("w:p")):
                    pieces, box, fields, placeholder_only = self._runs(p)
                    text = "".join(t for t, _, _ in pieces).replace("\t", " ").strip()
                    if fields or placeholder_only:
                        cell.field = True
                    if placeholder_only:
                        continue
                    ticked, _, rest = split_box(text)
                    if ticked is not None:
                        box, text = (ticked if box is None else box), rest
                    if box is not None and cell.box is None:
                        cell.box = box
                    if text:
                        texts.append(text)
                cell.text = "\n".join(texts)
                cells.append(cell)
            if cells:
                rows.append(cells)
        width = max((len(r) for r in rows), default=0)
        for r in rows:
            r.extend(Cell() for _ in range(width - len(r)))
        return Block("table", rows=rows)


def _choices(sdt: etree._Element) -> str | None:
    """A drop-down content control as a line of boxes, the chosen item ticked: "☒ Ja ☐ Nej"."""
    pr = sdt.find(q("w:sdtPr"))
    if pr is None:
        return None
    lst = pr.find(q("w:dropDownList"))
    if lst is None:
        lst = pr.find(q("w:comboBox"))
    if lst is None:
        return None
    items = [(i.get(q("w:displayText")) or i.get(q("w:value")) or "").strip() for i in lst.findall(q("w:listItem"))]
    items = [i for i in items if i and not re.match(r"^(Välj|Choose)\b", i)][:100]
    if not items:
        return None
    chosen = ""
    if pr.find(q("w:showingPlcHdr")) is None:
        content = sdt.find(q("w:sdtContent"))
        chosen = "".join(t.text or "" for t in content.iter(q("w:t"))).strip() if content is not None else ""
    return " ".join(("☒ " if item == chosen else "☐ ") + item for item in items)


def _parent_table(el: etree._Element) -> etree._Element | None:
    node = el.getparent()
    while node is not None and node.tag != q("w:tbl"):
        node = node.getparent()
    return node


#: How the form importer words the zip checks it shares with the Word import.
_REFUSALS = {
    NOT_A_ZIP: "filen är inte ett Word-dokument (.docx är ett zip-arkiv)",
    TOO_MANY_ENTRIES: "Word-filen har för många delar",
    UNPACKS_TOO_LARGE: "Word-filen packas upp till för mycket data",
}
_MARK_PART_BYTES = 5_000_000  # custom XML parts larger than this are not looked into for the mark


def _check_zip(data: bytes) -> None:
    try:
        archive = SafeZip(
            data,
            max_entries=5000,
            max_part_bytes=_MARK_PART_BYTES,
            max_total_bytes=MAX_UNPACKED_BYTES,
            max_declared_bytes=MAX_UNPACKED_BYTES,
        )
        names = archive.names()
        if not any(name == "word/document.xml" or name.endswith("/document.xml") for name in names):
            raise DocumentError("filen är inte ett Word-dokument (word/document.xml saknas)")
        for name in names:
            if (name.startswith("customXml/item") or name == "docProps/custom.xml") and archive.size(name) < _MARK_PART_BYTES:
                content = archive.read(name)
                if NARAVARD_WORD_MARK in content or b"naravard-base-" in content:
                    raise DocumentError(
                        "Word-filen är skriven av Närvård ur ett utkast; läs in den med 'naravard word import' (i appen: Arkiv › Importera från Word)"
                    )
    except ZipRefused as exc:
        raise DocumentError(_REFUSALS.get(exc.reason, str(exc))) from None


def read_docx(data: bytes) -> list[Block]:
    _check_zip(data)
    import docx  # python-docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, etree.LxmlError) as exc:
        raise DocumentError(f"Word-filen kan inte öppnas ({exc.__class__.__name__})") from None
    reader = _Reader(document)
    try:
        reader.body(document.element.body)
    except etree.LxmlError as exc:
        raise DocumentError(f"Word-filen är skadad ({exc.__class__.__name__})") from None
    return check_blocks(reader.blocks)

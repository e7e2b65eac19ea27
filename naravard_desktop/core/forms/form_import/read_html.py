"""The web form's saved page (.html/.htm) → blocks, with lxml's HTML parser.

Untrusted input: no network, no entity expansion beyond HTML's own, scripts, styles and
comments are dropped. Headings, paragraphs, list items, labels with their check boxes
and radio buttons, tables, text areas and text inputs (their values are the answers).
"""

from __future__ import annotations

import re

from lxml import etree, html

from naravard_desktop.core.forms.form_import.blocks import Block, Cell, DocumentError, check_blocks, split_box, tidy

_SKIP = {"script", "style", "noscript", "template", "head", "title", "meta", "link", "button", "svg", "iframe", "object", "nav"}
_BLOCK = {
    "p", "div", "section", "article", "main", "form", "fieldset", "legend", "li", "ul", "ol", "dl", "dt", "dd", "label",
    "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "header", "footer", "figure", "figcaption", "body", "html", "address", "center",
}  # fmt: skip
_TEXT_INPUTS = {"text", "number", "email", "url", "tel", "date", "", None}


def _tag(el: etree._Element) -> str:
    return el.tag.lower() if isinstance(el.tag, str) else ""


def _is_block(el: etree._Element) -> bool:
    tag = _tag(el)
    return tag in _BLOCK or tag in ("table", "textarea", "hr", "select") or (tag == "input" and _input_type(el) in _TEXT_INPUTS)


def _input_type(el: etree._Element) -> str:
    return (el.get("type") or "text").lower()


class _Reader:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.gap = False

    def emit(self, block: Block) -> None:
        self.blocks.append(block)
        if len(self.blocks) > 60_000:
            raise DocumentError("dokumentet har för många stycken")

    def walk(self, el: etree._Element, depth: int = 0) -> None:
        if depth > 200:
            return
        tag = _tag(el)
        if tag in _SKIP or not tag:
            return
        if tag == "hr":
            self.emit(Block("rule"))
            return
        if tag == "table":
            self.emit(self.table(el))
            return
        if tag == "select":
            # a drop-down list: one option per item, the selected one ticked
            for option in el.iter("option"):
                label = tidy(option.text_content())
                if label and not re.match(r"^(Välj|--|Choose)\b", label):
                    self.emit(Block("para", label, box=option.get("selected") is not None, radio=True))
            return
        if tag == "textarea":
            self.emit(Block("field", (el.text or "").replace("\r\n", "\n").strip("\n")))
            return
        if tag == "input":
            self.emit(Block("field", (el.get("value") or "").strip()))
            return
        run: list[etree._Element | str] = []
        if el.text:
            run.append(el.text)
        for child in el:
            if _is_block(child):
                self.flush(el, run)
                run = []
                self.walk(child, depth + 1)
            else:
                run.append(child)
            if child.tail:
                run.append(child.tail)
        self.flush(el, run)

    def flush(self, parent: etree._Element, run: list[etree._Element | str]) -> None:
        pieces: list[str] = []
        styled: list[tuple[str, bool, bool]] = []  # text, bold, italic
        fields: list[str] = []

        def visit(node: etree._Element | str, bold: bool, italic: bool) -> None:
            if isinstance(node, str):
                pieces.append(node)
                styled.append((node, bold, italic))
                return
            tag = _tag(node)
            if tag in _SKIP or not tag:
                return
            if tag == "br":
                pieces.append("\n")
                return
            if tag == "input":
                kind = _input_type(node)
                if kind in ("checkbox", "radio"):
                    ticked = node.get("checked") is not None
                    glyph = ("●" if ticked else "○") if kind == "radio" else ("☒" if ticked else "☐")
                    pieces.append(f" {glyph} ")  # a box like a typed one: split_box and the recogniser read it
                elif kind not in ("hidden", "submit", "button"):
                    fields.append((node.get("value") or "").strip())
                    pieces.append(" " + (node.get("value") or "").strip() + " ")
                return
            b = bold or tag in ("b", "strong") or "bold" in (node.get("style") or "")
            i = italic or tag in ("i", "em") or "italic" in (node.get("style") or "")
            if node.text:
                visit(node.text, b, i)
            for child in node:
                visit(child, b, i)
                if child.tail:
                    visit(child.tail, b, i)

        heading = _tag(parent) in ("h1", "h2", "h3", "h4", "h5", "h6")
        for node in run:
            visit(node, False, False)
        text = tidy("".join(pieces))
        if not text:
            return
        tag = _tag(parent)
        kind = "heading" if heading else ("item" if tag == "li" else "para")
        level = int(tag[1]) if heading else (self.list_depth(parent) if tag == "li" else 0)
        block = Block(kind, text, level=level)
        meaningful = [(t, b, i) for t, b, i in styled if t.strip()]
        if meaningful and not heading:
            block.bold = all(b for _, b, _ in meaningful)
            block.italic = all(i for _, _, i in meaningful) and not block.bold
            if not block.bold and meaningful[0][1] and len(meaningful) > 1:
                lead = "".join(t for t, b, _ in meaningful[: next(k for k, m in enumerate(meaningful) if not m[1])]).strip()
                block.lead = lead or None
        ticked, is_radio, rest = split_box(text)
        if ticked is not None:
            block.box, block.radio, block.text = ticked, is_radio, rest
        self.emit(block)

    @staticmethod
    def list_depth(el: etree._Element) -> int:
        depth = -1
        node = el
        while node is not None:
            if _tag(node) in ("ul", "ol"):
                depth += 1
            node = node.getparent()
        return max(depth, 0)

    def table(self, el: etree._Element) -> Block:
        rows: list[list[Cell]] = []
        for tr in el.iter("tr"):
            if tr.getparent() is not None and _nearest_table(tr) is not el:
                continue
            cells: list[Cell] = []
            for td in tr:
                if _tag(td) not in ("td", "th"):
                    continue
                cell = Cell()
                texts: list[str] = []
                for node in td.iter():
                    tag = _tag(node)
                    if tag == "input":
                        kind = _input_type(node)
                        if kind in ("checkbox", "radio") and cell.box is None:
                            cell.box = node.get("checked") is not None
                        elif kind in _TEXT_INPUTS:
                            cell.field = True
                            texts.append((node.get("value") or "").strip())
                    elif tag == "textarea":
                        cell.field = True
                cell.text = tidy(" ".join([*(t for t in [_cell_text(td)] if t), *texts]).strip())
                ticked, _, rest = split_box(cell.text)
                if ticked is not None and cell.box is None:
                    cell.box, cell.text = ticked, rest
                cells.append(cell)
            if cells:
                rows.append(cells)
            if len(rows) > 5000:
                break
        width = max((len(r) for r in rows), default=0)
        for r in rows:
            r.extend(Cell() for _ in range(width - len(r)))
        return Block("table", rows=rows)


def _nearest_table(el: etree._Element) -> etree._Element | None:
    node = el.getparent()
    while node is not None and _tag(node) != "table":
        node = node.getparent()
    return node


def _cell_text(td: etree._Element) -> str:
    parts: list[str] = []
    for node in td.iter():
        tag = _tag(node)
        if tag in _SKIP:
            continue
        if tag == "br":
            parts.append("\n")
        elif tag in ("p", "div", "li") and parts:
            parts.append("\n")
        if node is not td and tag == "textarea":
            parts.append(node.text or "")
        elif tag != "textarea" and node.text and tag not in ("input",):
            parts.append(node.text)
        if node is not td and node.tail:
            parts.append(node.tail)
    return "".join(parts).strip()


def read_html(data: bytes) -> list[Block]:
    parser = html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True, huge_tree=False, recover=True)
    source: bytes | str = data
    try:
        # Valid UTF-8 is read as such whatever the page declares (browsers save UTF-8);
        # other bytes are left to the page's own <meta charset>.
        source = re.sub(r"^\s*<\?xml[^>]*\?>", "", data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        pass
    try:
        root = html.document_fromstring(source, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        raise DocumentError(f"sidan kan inte tolkas som HTML ({exc.__class__.__name__})") from None
    body = root.find("body")
    reader = _Reader()
    reader.walk(body if body is not None else root)
    return check_blocks(reader.blocks)

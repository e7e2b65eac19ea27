"""Markdown (the web form's printout converted to .md, like the 2024 seed) → blocks.

Understands what such conversions contain: ATX headings, bold/italic wrappers, links,
bullet lists with nested items, hard line breaks ("  " at the end of a line), rules,
tab-separated table lines and the `<input type="checkbox">` tags of ticked boxes.
"""

from __future__ import annotations

import re

from naravard_desktop.core.forms.form_import.blocks import MAX_TEXT_CHARS, Block, Cell, DocumentError, check_blocks, split_box

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_ITEM = re.compile(r"^(\s*)[-*+•]\s?(.*)$")
_INPUT = re.compile(r"<input\b([^>]*)/?>", re.IGNORECASE)
_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
_LINK = re.compile(r"!?\[([^\]\n]{0,2000})\]\([^)\n]{0,2000}\)")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_BOLD = re.compile(r"\*\*([^*](?:[^*]|\*(?!\*)){0,2000}?)\*\*|__([^_]{1,2000}?)__")
_ITALIC = re.compile(r"(?<![*\w])\*(?!\s)([^*]{1,2000}?)(?<!\s)\*(?![*\w])|(?<![_\w])_(?!\s)([^_]{1,2000}?)(?<!\s)_(?![_\w])")


def _inline(text: str) -> str:
    """Markdown inline markup → plain text."""
    text = _AUTOLINK.sub(lambda m: m.group(1).removeprefix("mailto:"), text)
    text = _LINK.sub(lambda m: m.group(1), text)
    text = _INPUT.sub("", text)
    text = _TAG.sub("", text)
    text = _BOLD.sub(lambda m: m.group(1) or m.group(2), text)
    text = _ITALIC.sub(lambda m: m.group(1) or m.group(2), text)
    text = _ESCAPE.sub(r"\1", text)
    return text.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")


def _box_of(raw: str) -> bool | None:
    match = _INPUT.search(raw)
    if match is None or "checkbox" not in match.group(1).lower() and "radio" not in match.group(1).lower():
        return None
    return "checked" in match.group(1).lower()


def _styled_block(kind: str, raw: str, level: int = 0, gap: bool = False) -> Block:
    """A paragraph or item from its raw markdown lines ("\n" = hard break)."""
    stripped = raw.strip()
    block = Block(kind, level=level, gap=gap)
    block.box = _box_of(stripped) if _INPUT.match(stripped) else None
    plain = _inline(stripped)
    whole_bold = re.fullmatch(r"(\*\*|__)(.+?)\1", stripped, re.S)
    if whole_bold and "**" not in whole_bold.group(2):
        block.bold = True
    elif re.fullmatch(r"\*(?!\*)(.+?)(?<!\*)\*", stripped, re.S) or re.fullmatch(r"_(?!_)(.+?)(?<!_)_", stripped, re.S):
        block.italic = True
    elif len(stripped) <= 5000:  # a lead-in or a trailing remark: only in lines of a sane length
        lead = re.match(r"^\*\*(.+?)\*\*\s*(\S.*)$", stripped, re.S)
        if lead:
            block.lead = _inline(lead.group(1)).strip()
        note = re.match(r"^(.*\S)\s*\*\*([^*]+)\*\*\s*$", stripped, re.S)
        if note and not lead:
            block.note = _inline(note.group(2)).strip()
            plain = _inline(note.group(1))
    task = re.match(r"^\[([ xX])\]\s+", plain)  # a task-list item: "- [x] Ja"
    if task:
        block.box, plain = task.group(1) != " ", plain[task.end() :]
    ticked, radio, rest = split_box(plain)
    if ticked is not None:
        block.box, block.radio, plain = ticked, radio, rest
    block.text = "\n".join(part.strip() for part in plain.split("\n")).strip()
    return block


def _table(lines: list[str]) -> Block:
    rows: list[list[Cell]] = []
    for line in lines:
        cells = []
        for raw in line.split("\t"):
            box = _box_of(raw)
            text = _inline(raw).strip()
            cells.append(Cell(text, box))
        rows.append(cells)
    width = max(len(r) for r in rows)
    for r in rows:
        r.extend(Cell() for _ in range(width - len(r)))
    return Block("table", rows=rows)


def read_markdown(text: str) -> list[Block]:
    if "\x00" in text:
        raise DocumentError("filen är inte en textfil")
    blocks: list[Block] = []
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    gap = False
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            gap = True
            i += 1
            continue
        if "\t" in line.strip(" ") and line.count("\t") >= 1 and not _ITEM.match(line):
            table_lines = []
            while i < len(lines) and "\t" in lines[i]:
                table_lines.append(lines[i].strip("\n"))
                i += 1
            blocks.append(_table(table_lines))
            gap = False
            continue
        heading = _HEADING.match(line)
        if heading:
            block = _styled_block("heading", heading.group(2), gap=gap)
            block.kind, block.level = "heading", len(heading.group(1))
            blocks.append(block)
            gap = False
            i += 1
            continue
        if _RULE.match(line):
            blocks.append(Block("rule", gap=gap))
            gap = False
            i += 1
            continue
        item = _ITEM.match(line)
        kind, level, raw = "para", 0, line
        if item and (line.lstrip().startswith(("- ", "* ", "+ ", "• ")) or line.strip() in ("-", "*", "•")):
            indent = len(item.group(1).expandtabs(4))
            kind, level, raw = "item", min(indent // 2, 6), item.group(2)
        parts = [raw]
        previous = line
        i += 1
        while i < len(lines):
            nxt = lines[i]
            if not nxt.strip() or _HEADING.match(nxt) or _RULE.match(nxt) or "\t" in nxt:
                break
            if _ITEM.match(nxt) and nxt.lstrip().startswith(("- ", "* ", "+ ", "• ")):
                break
            hard = previous.endswith("  ") or previous.endswith("\\")
            parts.append(("\n" if hard else " ") + nxt.strip())
            previous = nxt
            i += 1
        joined = "".join(p.rstrip("\\") if p.endswith("\\") else p for p in parts)
        if len(joined) > MAX_TEXT_CHARS:
            raise DocumentError(f"ett stycke är orimligt långt (över {MAX_TEXT_CHARS} tecken)")
        blocks.append(_styled_block(kind, joined, level, gap))
        gap = False
    return check_blocks(blocks)

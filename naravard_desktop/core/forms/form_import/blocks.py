"""The common intermediate model every reader produces: the document as a list of blocks.

A reader (.md, .html, .docx) turns a document into `Block`s in reading order and knows
nothing about questionnaires; the recogniser (`recognise.py`) knows nothing about file
formats. A block is one paragraph, list item, heading, table, input field or rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

#: Caps for untrusted documents.
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_BLOCKS = 50_000
MAX_TEXT_CHARS = 200_000

#: Glyphs that stand for an empty / ticked box or radio button at the start of a line.
EMPTY_BOXES = "☐□○◯❍⚪▢"
TICKED_BOXES = "☒☑■●◉✓✔⊠▣⬛"
RADIO_GLYPHS = "○◯❍⚪●◉"


class DocumentError(Exception):
    """The document cannot be read; the message is one line in Swedish."""


@dataclass
class Cell:
    text: str = ""
    box: bool | None = None  # the cell holds a check box or radio button: is it ticked?
    field: bool = False  # the cell is (or holds) a text input


@dataclass
class Block:
    kind: str  # "heading" | "para" | "item" | "table" | "field" | "rule"
    text: str = ""  # "\n" marks a line break inside the block
    level: int = 0  # heading level 1–6, or list depth 0, 1, …
    bold: bool = False  # all of the text is bold
    italic: bool = False  # all of the text is italic
    lead: str | None = None  # a bold lead-in label followed by more text ("Kommentar:" …)
    note: str | None = None  # a bold remark after the text ("ikryssad (fel i formuläret …)")
    number: str | None = None  # a list-numbering label Word adds in front ("12.", "a)")
    box: bool | None = None  # the line starts with a box/radio: ticked?
    radio: bool = False
    gap: bool = False  # an empty line before the block
    rows: list[list[Cell]] = field(default_factory=list)  # kind "table"

    @property
    def flat(self) -> str:
        """The text on one line, white space collapsed."""
        return flatten(self.text)


_SPACE = re.compile(r"[ \t\u00a0\u2007\u202f]+")


def flatten(text: str) -> str:
    return _SPACE.sub(" ", text.replace("\n", " ")).strip()


def tidy(text: str) -> str:
    """Collapse runs of spaces per line, keep line breaks, trim each line's end."""
    lines = [_SPACE.sub(" ", line).rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip()


def split_box(text: str) -> tuple[bool | None, bool, str]:
    """A leading box glyph: (ticked or None, is a radio, the rest of the text)."""
    stripped = text.lstrip()
    if stripped and (stripped[0] in EMPTY_BOXES or stripped[0] in TICKED_BOXES):
        glyph = stripped[0]
        return glyph in TICKED_BOXES, glyph in RADIO_GLYPHS, stripped[1:].lstrip()
    return None, False, text


def check_blocks(blocks: list[Block]) -> list[Block]:
    if len(blocks) > MAX_BLOCKS:
        raise DocumentError(f"dokumentet har för många stycken (över {MAX_BLOCKS})")
    return blocks

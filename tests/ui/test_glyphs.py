"""Every symbol the UI shows (navigator marks, transfer flags, arrows) has a glyph in
DejaVu Sans, the usual Linux UI font, which we also ship: a missing one shows as a box."""

from __future__ import annotations

import ast
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FONT = ROOT / "resources" / "fonts" / "DejaVuSans.ttf"


def ui_symbols() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in sorted((ROOT / "naravard_desktop" / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                for ch in node.value:
                    if ord(ch) > 0x2000 and unicodedata.category(ch) in {"So", "Sm", "Po"}:
                        found.setdefault(ch, set()).add(path.name)
    return found


def test_every_ui_symbol_is_in_dejavu_sans(qapp) -> None:
    from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

    font_id = QFontDatabase.addApplicationFont(str(FONT))
    assert font_id >= 0
    family = QFontDatabase.applicationFontFamilies(font_id)[0]
    metrics = QFontMetrics(QFont(family))
    symbols = ui_symbols()
    assert {"✓", "⚠", "⇄", "‖"} <= set(symbols)  # the scan sees the navigator's marks
    missing = {f"{ch} U+{ord(ch):04X}": sorted(files) for ch, files in symbols.items() if not metrics.inFontUcs4(ord(ch))}
    assert not missing, missing

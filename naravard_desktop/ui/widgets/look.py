"""Colours via palettes, not per-widget style sheets (style sheets on hundreds of labels
make opening a draft slow)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QWidget

HELP = "#4a4a4a"
CONDITION = "#1d4f91"
NEAR = "#8a4b00"
OVER = "#b00020"
ERROR = "#b00020"
MUTED = "#777777"  # questions not asked now (navigator)
QUOTE = "#555555"  # a quoted answer in a comment thread
HIGHLIGHT = "#ffe08a"  # the differing words of two versions (conflict view)
NOTE_TEXT = "#3d2c00"
NOTE_BACKGROUND = "#fff4d6"


def set_text_colour(widget: QWidget, colour: str | None) -> None:
    """Set (or with None, reset) a widget's text colour."""
    palette = widget.palette() if colour is not None else QPalette()
    if colour is None:
        widget.setPalette(QPalette())
        return
    palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
    palette.setColor(QPalette.ColorRole.Text, QColor(colour))
    widget.setPalette(palette)


def set_bold(widget: QWidget, bold: bool) -> None:
    font = widget.font()
    if font.bold() != bold:
        font.setBold(bold)
        widget.setFont(font)


def style_note(widget: QFrame) -> None:
    """A printed quirk or notice: dark text on a light amber box."""
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(NOTE_BACKGROUND))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(NOTE_TEXT))
    widget.setPalette(palette)
    widget.setAutoFillBackground(True)
    widget.setFrameShape(QFrame.Shape.Box)
    if isinstance(widget, QLabel):
        widget.setMargin(4)

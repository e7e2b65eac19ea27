"""A clear focus ring around the focused radio button, check box or multi-line text box.

Some styles (Fusion, the usual one on Linux) show the focus on a radio button or check box
without text as a faint dotted line, or not at all, and a multi-line box barely changes.
One small overlay widget follows the keyboard focus instead of a proxy style, which would
add Python to every paint call of every widget.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QPlainTextEdit, QRadioButton, QWidget
from shiboken6 import isValid

RING_WIDTH = 2


def wants_ring(widget: QWidget | None) -> bool:
    """Inputs whose own focus indication is weak: radio buttons, check boxes, multi-line text."""
    return isinstance(widget, (QRadioButton, QCheckBox, QPlainTextEdit))


class FocusRing(QWidget):
    """Drawn over its target (a child of it, so it scrolls and moves with it); transparent
    to the mouse; shown only while the target has the focus."""

    def __init__(self, target: QWidget):
        super().__init__(target)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setObjectName("focus-ring")
        target.installEventFilter(self)
        self.setGeometry(target.rect())
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        return False

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), RING_WIDTH)
        painter.setPen(pen)
        rect = self.rect().adjusted(1, 1, -1, -1)
        radius = min(rect.width(), rect.height()) / 2 if isinstance(self.parent(), QRadioButton) else 3
        painter.drawRoundedRect(rect, radius, radius)


class FocusRings:
    """Moves one ring to each newly focused input that wants one (see `wants_ring`)."""

    def __init__(self) -> None:
        self.ring: FocusRing | None = None

    def follow(self, widget: QWidget | None) -> None:
        ring = self.ring if self.ring is not None and isValid(self.ring) else None
        if ring is not None and ring.parent() is widget:
            ring.show()
            return
        if ring is not None:
            parent = ring.parent()
            if isinstance(parent, QObject) and isValid(parent):
                parent.removeEventFilter(ring)
            ring.hide()
            ring.deleteLater()
        self.ring = None
        if wants_ring(widget) and widget is not None:
            if isinstance(widget, QAbstractButton) and not widget.isEnabled():
                return
            self.ring = FocusRing(widget)
            self.ring.show()

"""The live character count under a text: "973 / 1000 tecken", coloured near and over."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from naravard_desktop.core.forms.counting import analyse_count, count_like_browser
from naravard_desktop.ui.i18n import core_text
from naravard_desktop.ui.widgets import look

NEAR_FRACTION = 0.9
COLOUR = {"ok": None, "near": look.NEAR, "over": look.OVER}


class CountLabel(QLabel):
    """Counts like the web form (core.counting); the tooltip explains count risks.

    Its size is fixed so a new count never re-lays out the form (cheap keystrokes).
    """

    def __init__(self, limit: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.limit = limit
        self.count = 0
        self._text = ""
        self._state = ""
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        sample = self.tr("{count} / {limit} tecken – {over} tecken för mycket").format(count=99999, limit=9999, over=99999)
        bold = self.font()
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        self.setFixedSize(metrics.horizontalAdvance(sample) + 24, metrics.height() + 6)
        self.setAccessibleDescription(self.rule_text())  # the tooltip's rule, for screen readers (set once)
        self.set_text(None)

    @property
    def over_by(self) -> int:
        return 0 if self.limit is None else max(0, self.count - self.limit)

    def set_text(self, text: str | None) -> None:
        self._text = text or ""
        self.count = count_like_browser(self._text)
        if self.limit is None:
            self.setText(self.tr("{count} tecken").format(count=self.count))
            state = "ok"
        elif self.count > self.limit:
            self.setText(
                self.tr("{count} / {limit} tecken – {over} tecken för mycket").format(count=self.count, limit=self.limit, over=self.over_by)
            )
            state = "over"
        else:
            self.setText(self.tr("{count} / {limit} tecken").format(count=self.count, limit=self.limit))
            state = "near" if self.count >= NEAR_FRACTION * self.limit else "ok"
        if state != self._state:
            self._state = state
            look.set_text_colour(self, COLOUR[state])
            look.set_bold(self, state != "ok")

    @property
    def state(self) -> str:
        return self._state

    def rule_text(self) -> str:
        return self.tr("Räknas som webbformuläret räknar: radbrytning = 1 tecken, emoji = 2.")

    def risk_text(self) -> str:
        report = analyse_count(self._text, self.limit)
        lines = [self.rule_text()]
        for risk in report.risks:
            lines.append(core_text(risk.message))
        return "\n".join(lines)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            self.setToolTip(self.risk_text())
        return super().event(event)

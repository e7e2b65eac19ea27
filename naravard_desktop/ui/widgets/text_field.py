"""Free-text fields: multi-line answers and one-line sub-fields, with a live count."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QTextEdit, QVBoxLayout, QWidget

from naravard_desktop.ui.widgets import AnswerSink
from naravard_desktop.ui.widgets.count_label import CountLabel
from naravard_desktop.ui.widgets.inputs import AnswerLineEdit, AnswerTextEdit

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")  # characters Qt stores as two UTF-16 units


def utf16_offset(text: str, index: int) -> int:
    """A Python string index as a Qt text position (UTF-16 code units)."""
    return len(text[:index].encode("utf-16-le")) // 2


def qt_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Python (start, end) offsets into text as Qt positions; the same unless the text has
    characters outside the BMP (emoji), which Qt counts as two."""
    if _ASTRAL.search(text) is None:
        return list(spans)
    return [(utf16_offset(text, start), utf16_offset(text, end)) for start, end in spans]


def lines_for(limit: int | None) -> int:
    """Visible lines of a text box: more room for the long answers."""
    if limit is None:
        return 6
    if limit >= 3000:
        return 12
    if limit >= 1000:
        return 7
    return 4


GROW_LINES = 24  # a text box grows with its text up to this many lines, then scrolls inside


class TextField(QWidget):
    """A text answer or text sub-field; every keystroke goes to the sink (it merges)."""

    def __init__(
        self,
        key: str,
        accessible: str,
        limit: int | None,
        sink: AnswerSink,
        *,
        multi_line: bool = True,
        lines: int | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.key = key
        self.sink = sink
        self.limit = limit
        self.accessible = accessible
        self._shown = ""
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self._layout = layout
        self.multi_line = multi_line
        if multi_line:
            self.edit: AnswerTextEdit | AnswerLineEdit = AnswerTextEdit(self)
            # The box grows with its text (wrapped lines) from its first size up to
            # GROW_LINES, so a 1000-character answer reads without inner scrolling; the
            # height changes only when the number of lines does, not per keystroke.
            self._min_lines = lines or lines_for(limit)
            self._max_lines = max(self._min_lines, GROW_LINES)
            self._lines = 0
            self._fitting = False
            self._set_lines(self._min_lines)
            self.edit.document().documentLayout().documentSizeChanged.connect(self._fit_height)
            self.edit.resized.connect(self._fit_height)
            self.edit.shown.connect(self._fit_height)
            self.edit.textChanged.connect(self._on_text_changed)
            self.edit.pasted.connect(self._on_pasted)
        else:
            self.edit = AnswerLineEdit(self)
            self.edit.textEdited.connect(self._on_line_edited)
        self.edit.setAccessibleName(accessible)
        layout.addWidget(self.edit)
        self.count = CountLabel(limit, self)
        self.count.setAccessibleName(self.tr("{field}: antal tecken").format(field=accessible))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        row.addWidget(self.count)
        layout.addLayout(row)
        if not multi_line and limit is None:
            self.count.hide()

    def text(self) -> str:
        return self._shown

    def _fit_height(self, *_args: object) -> None:
        """Height from the wrapped lines. QPlainTextEdit lays out only the blocks in view
        (after a resize the others count one line each), so the blocks are laid out here –
        up to the cap, which bounds the cost. Before the box shows it has no width to wrap
        at (a card built before the first paint, or hidden by a condition): then the
        fewest lines its text can take, wrapped at the window's width (the box is
        narrower), so the first screenful is not overestimated."""
        if self._fitting:
            return
        if not self.edit.isVisible():
            self._set_lines(self._fewest_lines(self.window().width()))
            return
        assert isinstance(self.edit, AnswerTextEdit)
        self._fitting = True
        try:
            document = self.edit.document()
            layout = document.documentLayout()
            lines = 0
            block = document.begin()
            while block.isValid() and lines < self._max_lines:
                layout.blockBoundingRect(block)  # lays the block out if it is not yet
                lines += max(1, block.layout().lineCount())
                block = block.next()
        finally:
            self._fitting = False
        self._set_lines(min(max(lines, self._min_lines), self._max_lines))

    def _fewest_lines(self, width: int) -> int:
        metrics = self.edit.fontMetrics()
        lines = 0
        for paragraph in self._shown.split("\n"):
            lines += max(1, -(-metrics.horizontalAdvance(paragraph) // max(width, 1)))
            if lines >= self._max_lines:
                break
        return min(max(lines, self._min_lines), self._max_lines)

    def _set_lines(self, lines: int) -> None:
        if lines != self._lines:
            self._lines = lines
            self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * lines + 14)

    def _on_text_changed(self) -> None:
        if self._loading:
            return
        assert isinstance(self.edit, AnswerTextEdit)
        text = self.edit.toPlainText()
        self._changed(text)

    def _on_line_edited(self, text: str) -> None:
        self._changed(text)

    def _changed(self, text: str) -> None:
        if text == self._shown:
            return
        self._shown = text
        self.count.set_text(text)
        self.sink.propose({self.key: text}, self.tr("Skriv i {field}").format(field=self.accessible), "text:" + self.key)

    def _on_pasted(self) -> None:
        if self.count.over_by:
            self.sink.notify(
                self.tr("{field}: texten är {over} tecken för lång. Ingenting har tagits bort – korta texten själv.").format(
                    field=self.accessible, over=self.count.over_by
                )
            )

    def show_value(self, value: Any) -> None:
        """Show the model's value (after undo, restore, load) unless it is already shown."""
        text = value if isinstance(value, str) else ""
        if text == self._shown:
            return
        self._shown = text
        self._loading = True
        try:
            if isinstance(self.edit, AnswerTextEdit):
                self.edit.setPlainText(text)
                self.edit.moveCursor(QTextCursor.MoveOperation.End)
            else:
                self.edit.setText(text)
        finally:
            self._loading = False
        self.count.set_text(text)

    def add_note(self, widget: QWidget) -> None:
        """A line under the count (e.g. a personal-data warning); shown and hidden by its owner."""
        self._layout.addWidget(widget)

    def focus_input(self) -> None:
        self.edit.setFocus()

    def set_marks(self, spans: list[tuple[int, int]], colour: str, background: str | None = None) -> None:
        """Mark character ranges (Python offsets into text()) with a wavy underline inside a
        multi-line box (extra selections: they move with the text while typing). [] clears.
        Does nothing when the marks are already the same; one-line boxes have no marks."""
        if not isinstance(self.edit, AnswerTextEdit):
            return
        wanted = qt_spans(self._shown, spans)
        if wanted == self.marks():
            return
        from PySide6.QtGui import QTextCharFormat  # only with marks: its enums cost ~1.3 ms at start

        selections = []
        for start, end in wanted:
            selection = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(QColor(colour))
            if background is not None:
                fmt.setBackground(QColor(background))
            selection.format = fmt
            cursor = QTextCursor(self.edit.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selections.append(selection)
        self.edit.setExtraSelections(selections)

    def marks(self) -> list[tuple[int, int]]:
        """The marked ranges now, as Qt positions (start, end)."""
        if not isinstance(self.edit, AnswerTextEdit):
            return []
        return [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in self.edit.extraSelections()]

    def select_range(self, start: int, end: int, *, focus: bool = True) -> None:
        """Select text()[start:end] (Python string positions) and scroll it into view. With
        focus=False the focus stays where it is (a comment's quote picked in the dock) and
        the cursor is left at the start, so the beginning of the excerpt is what shows."""
        start, end = qt_spans(self._shown, [(start, end)])[0]
        if isinstance(self.edit, AnswerTextEdit):
            cursor = self.edit.textCursor()
            anchor, position = (start, end) if focus else (end, start)
            cursor.setPosition(anchor)
            cursor.setPosition(position, QTextCursor.MoveMode.KeepAnchor)
            self.edit.setTextCursor(cursor)
            self.edit.ensureCursorVisible()
        else:
            self.edit.setSelection(start, end - start)
        if focus:
            self.edit.setFocus()

    def select_match(self, needle: str) -> bool:
        """Select the first occurrence of needle (case-insensitive); for find."""
        start = self._shown.casefold().find(needle.casefold())
        if start < 0:
            return False
        self.select_range(start, start + len(needle))
        return True

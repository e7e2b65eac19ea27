"""One editor widget per question type; all report edits to an AnswerSink."""

from __future__ import annotations

from typing import Any, Protocol


class AnswerSink(Protocol):
    """Where widgets send user edits (the form view turns them into undo commands)."""

    def propose(self, changes: dict[str, Any], text: str, merge_key: str | None = None) -> None: ...

    def notify(self, message: str) -> None: ...

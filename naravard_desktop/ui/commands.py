"""Undo commands over a DraftSession: one QUndoStack per window holds them."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from PySide6.QtGui import QUndoCommand

from naravard_desktop.ui.session import DraftSession


class SetValuesCommand(QUndoCommand):
    """Set one or more fields at once (an exclusive option clears the others in one step).

    Commands with the same `merge_key` that follow each other merge, so typing in one
    field is one undo step until another field is edited or the focus leaves the field
    (FormView makes the key unique per focus visit). The autosave never marks the stack
    clean, so Qt merges across saves.
    """

    MERGE_ID = 0x4E56

    def __init__(self, session: DraftSession, changes: Mapping[str, Any], text: str, *, merge_key: str | None = None):
        super().__init__(text)
        self.session = session
        self.new: dict[str, Any] = copy.deepcopy(dict(changes))
        self.old: dict[str, Any] = {key: copy.deepcopy(session.value(key)) for key in changes}
        self.merge_key = merge_key

    def id(self) -> int:
        return self.MERGE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        if not isinstance(other, SetValuesCommand) or other.merge_key != self.merge_key:
            return False
        self.new.update(other.new)
        for key, value in other.old.items():
            self.old.setdefault(key, value)
        if all(_same(self.old.get(k), v) for k, v in self.new.items()):
            self.setObsolete(True)
        return True

    def redo(self) -> None:
        if not self.session.answers_editable:  # reviewer mode: push() drops an obsolete command
            self.setObsolete(True)
            return
        self.session.set_values(self.new)

    def undo(self) -> None:
        if not self.session.answers_editable:  # reviewer mode: the step is dropped, nothing changes
            self.setObsolete(True)
            return
        self.session.set_values(self.old)


def _same(a: Any, b: Any) -> bool:
    empty: tuple[Any, ...] = (None, "", [], {})
    if a in empty and b in empty:
        return True
    return bool(a == b)

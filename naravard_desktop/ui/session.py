"""DraftSession: the open draft's answers in memory, written to the store coalesced.

Edits change the in-memory answers at once (so typing never waits for SQLite). A
single-shot timer writes all pending fields in one `set_values` transaction: at the latest
`MAX_DELAY_MS` after the first unsaved change, and `DEBOUNCE_MS` after the last one when
typing pauses. `flush()` also runs on leaving a field and on close.
"""

from __future__ import annotations

import copy
import logging
import sqlite3
import time
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from naravard_desktop.core.conditions import ConditionEvaluator
from naravard_desktop.core.forms import Form
from naravard_desktop.core.store import Draft, DraftStore, StoreError

log = logging.getLogger("naravard")


def local_time(iso_utc: str | None) -> str:
    """"2025-03-01T13:02:11.123456Z" → "2025-03-01 14:02:11" in local time."""
    if not iso_utc:
        return ""
    moment = datetime.strptime(iso_utc, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")


class DraftSession(QObject):
    """Owns one open draft: store, form, answers in memory and the autosave timer."""

    value_changed = Signal(str)  # field key
    saved = Signal(str)  # local time of the write, "14:02:11"
    save_failed = Signal(str)  # message

    DEBOUNCE_MS = 400
    MAX_DELAY_MS = 900

    def __init__(self, store: DraftStore, form: Form, draft_id: str, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.form = form
        self.draft: Draft = store.draft(draft_id)
        self.answers: dict[str, Any] = store.current_values(self.draft.id)
        self._pending: dict[str, Any] = {}
        self._first_pending: float | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.flush)
        self.last_saved_at: str | None = None

    @property
    def draft_id(self) -> str:
        return self.draft.id

    def value(self, key: str) -> Any:
        return self.answers.get(key)

    def evaluator(self) -> ConditionEvaluator:
        return ConditionEvaluator(self.form, self.answers)

    def set_values(self, changes: Mapping[str, Any]) -> None:
        """Apply changes in memory now; schedule the write."""
        for key, value in changes.items():
            if value == "" or value == [] or value == {}:
                value = None
            if value is None:
                if key not in self.answers and key not in self._pending:
                    continue
                self.answers.pop(key, None)
            else:
                self.answers[key] = copy.deepcopy(value)
            self._pending[key] = copy.deepcopy(value)
            self.value_changed.emit(key)
        self._schedule()

    def _schedule(self) -> None:
        if not self._pending:
            return
        now = time.monotonic()
        if self._first_pending is None:
            self._first_pending = now
        left_ms = self.MAX_DELAY_MS - int((now - self._first_pending) * 1000)
        self._timer.start(max(0, min(self.DEBOUNCE_MS, left_ms)))

    def has_pending(self) -> bool:
        return bool(self._pending)

    def flush(self) -> bool:
        """Write every pending field in one transaction; True when nothing is left unsaved."""
        self._timer.stop()
        if not self._pending:
            return True
        pending = self._pending
        self._pending = {}
        self._first_pending = None
        try:
            self.store.set_values(self.draft.id, pending)
        except (StoreError, sqlite3.Error) as exc:
            log.exception("autosave failed")
            for key, value in pending.items():
                self._pending.setdefault(key, value)
            self._first_pending = time.monotonic()
            self._timer.start(2000)
            self.save_failed.emit(str(exc))
            return False
        self.last_saved_at = datetime.now().strftime("%H:%M:%S")
        self.saved.emit(self.last_saved_at)
        return True

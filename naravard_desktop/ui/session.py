"""DraftSession: the open draft's answers in memory, written to the store coalesced.

Edits change the in-memory answers at once (so typing never waits for SQLite). A
single-shot timer hands all pending fields to a writer thread that records them in one
`set_values` transaction on its own connection (an fsync never stalls a keystroke): at
the latest `MAX_DELAY_MS` after the first unsaved change, and `DEBOUNCE_MS` after the last
one when typing pauses. Leaving a field writes at once; `flush()` (close, explicit save)
waits until the write is durable.
"""

from __future__ import annotations

import copy
import logging
import queue
import sqlite3
import threading
import time
from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from naravard_desktop.core.forms.conditions import ConditionEvaluator
from naravard_desktop.core.forms.model import Form
from naravard_desktop.core.messages import message_of
from naravard_desktop.core.review.comments import ReviewSession
from naravard_desktop.core.storage.store import Draft, DraftStore, StoreError
from naravard_desktop.ui.i18n import core_text

log = logging.getLogger("naravard")


class StoreWriter(threading.Thread):
    """Writes batches of field values with its own DraftStore connection, in order."""

    def __init__(self, data_dir: Path, draft_id: str, notify: Callable[[], None]):
        super().__init__(name="naravard-autosave", daemon=True)
        self.data_dir = data_dir
        self.draft_id = draft_id
        self.notify = notify
        self.batches: queue.Queue[dict[str, Any] | None] = queue.Queue()
        self._lock = threading.Lock()
        self._results: list[tuple[dict[str, Any], str | None, float]] = []

    def run(self) -> None:
        store: DraftStore | None = None
        while True:
            batch = self.batches.get()
            if batch is None:
                self.batches.task_done()
                break
            started = time.perf_counter()
            error: str | None = None
            try:
                if store is None:
                    store = DraftStore(self.data_dir)
                store.set_values(self.draft_id, batch, keep_conflicts=True)
            except (StoreError, sqlite3.Error, OSError) as exc:
                log.exception("autosave failed")
                error = message_of(exc) or exc.__class__.__name__  # a Message stays one: shown in the UI's language
            except Exception as exc:
                log.exception("autosave failed unexpectedly")
                error = f"{exc.__class__.__name__}: {exc}"
            with self._lock:
                self._results.append((batch, error, (time.perf_counter() - started) * 1000))
            self.batches.task_done()
            self.notify()
        if store is not None:
            store.close()

    def take_results(self) -> list[tuple[dict[str, Any], str | None, float]]:
        with self._lock:
            results, self._results = self._results, []
        return results

    def stop(self) -> None:
        self.batches.put(None)
        self.join(10)


class UnsavedChanges(StoreError):
    """Pending edits could not be written (full disk, read-only data dir …)."""


class DraftSession(QObject):
    """Owns one open draft: store, form, answers in memory and the autosave."""

    value_changed = Signal(str)  # field key
    saved = Signal(str)  # local time of the write, "14:02:11"
    save_failed = Signal(str)  # message
    _written = Signal()  # from the writer thread (queued to this object's thread)

    DEBOUNCE_MS = 400
    MAX_DELAY_MS = 900

    def __init__(self, store: DraftStore, form: Form, draft_id: str, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.form = form
        self.draft: Draft = store.draft(draft_id)
        #: The store's change token when the answers were last read (ui/sync/collaboration.py
        #: compares again on activation only when it differs).
        self.read_token = store.change_token()
        self.answers: dict[str, Any] = store.current_values(self.draft.id)
        # Reviewer mode (ui/review/review_wiring.py sets review.reviewer): answers read-only.
        self.review = ReviewSession(store, form, self.draft.id)
        self._pending: dict[str, Any] = {}
        self._first_pending: float | None = None
        self._in_flight = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.write_soon)
        self.last_saved_at: str | None = None
        self.write_ms: list[float] = []  # how long each write took (benchmarks)
        self._written.connect(self._collect)
        self._writer = StoreWriter(store.data_dir, self.draft.id, self._written.emit)
        self._writer.start()

    @property
    def draft_id(self) -> str:
        return self.draft.id

    @property
    def answers_editable(self) -> bool:
        """False in reviewer mode: undo commands and the form view then change nothing."""
        return self.review.answers_editable

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
        """Changes not yet durable: waiting for the timer or being written."""
        return bool(self._pending) or self._in_flight > 0

    def write_soon(self) -> None:
        """Hand the pending fields to the writer thread (returns at once)."""
        self._timer.stop()
        if not self._pending:
            return
        batch, self._pending = self._pending, {}
        self._first_pending = None
        self._in_flight += 1
        self._writer.batches.put(batch)

    def flush(self) -> bool:
        """Write everything pending and wait until it is durable; True when nothing is left unsaved."""
        self.write_soon()
        self._writer.batches.join()
        self._collect()
        return not self.has_pending()

    def require_saved(self) -> None:
        """Flush, or raise UnsavedChanges: for actions that read the stored draft (export,
        acknowledge, a new round), which must never work on what the editor has not saved."""
        if not self.flush():
            raise UnsavedChanges(self.tr("Dina senaste ändringar är inte sparade än; försök igen när statusraden visar Sparat."))

    def _collect(self) -> None:
        failed: str | None = None
        done = False
        for batch, error, took in self._writer.take_results():
            self._in_flight -= 1
            self.write_ms.append(took)
            if error is None:
                done = True
                continue
            failed = error
            for key, value in batch.items():
                self._pending.setdefault(key, value)
        if failed is not None:
            self._first_pending = time.monotonic()
            self._timer.start(2000)
            self.save_failed.emit(core_text(failed))  # rendered here: a Signal(str) would drop the English
        elif done:
            self.last_saved_at = datetime.now().strftime("%H:%M:%S")
            self.saved.emit(self.last_saved_at)

    def reload(self) -> list[str]:
        """Take in changes made to the stored draft outside this session (bundle import,
        conflict resolution, restore): write what is pending first, then adopt the stored
        values. Returns the field keys whose value changed (each also emits value_changed)."""
        self.flush()
        self.read_token = self.store.change_token()
        stored = self.store.current_values(self.draft.id)
        for key, value in self._pending.items():  # a failed write is retried, never dropped
            if value is None:
                stored.pop(key, None)
            else:
                stored[key] = copy.deepcopy(value)
        changed = sorted(k for k in {*self.answers, *stored} if self.answers.get(k) != stored.get(k))
        self.answers = stored
        for key in changed:
            self.value_changed.emit(key)
        return changed

    def reconnect(self) -> None:
        """After the whole database was replaced (a backup restored; the window's store
        reopened first): the autosave writer gets a new connection and the draft is read
        again. Raises DraftNotFound when the restored database does not have the draft."""
        self.draft = self.store.draft(self.draft.id)
        self.flush()
        self._writer.stop()
        self._writer = StoreWriter(self.store.data_dir, self.draft.id, self._written.emit)
        self._writer.start()

    def close(self) -> bool:
        """Write what is pending and stop the writer; True when everything was saved."""
        ok = self.flush()
        self._writer.stop()
        return ok

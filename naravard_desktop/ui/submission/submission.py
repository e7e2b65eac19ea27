"""Inlämning in the main window: transfer mode as a dock, the checklist before submitting,
and navigator marks for transferred questions (↗) and marks made stale by a later edit (↻).

Installed through ui/extensions.py. Transfer mode reads the stored draft, so it refreshes
after the autosave has written what was typed (debounced), after a reload (bundle import,
conflicts) and when it is shown. The personal-data guard, the new round and the text
export live in ui/submission/pii_guard.py, ui/submission/new_round.py and ui/submission/text_export.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QDockWidget

from naravard_desktop.core.forms.conditions import ConditionEvaluator
from naravard_desktop.core.review.status import TRANSFER_STALE, TRANSFERRED
from naravard_desktop.core.storage.store import META_FIELD_PREFIX
from naravard_desktop.core.submission.transfer_marks import MARK_PREFIX, answer_hash
from naravard_desktop.ui.feature import WindowFeature
from naravard_desktop.ui.session import DraftSession

if TYPE_CHECKING:  # transfer mode, its dock's widget and the checklist load when first used, not at start-up
    from naravard_desktop.core.submission.transfer import TransferStatus
    from naravard_desktop.ui.main_window import MainWindow
    from naravard_desktop.ui.submission.submission_dialogs import ChecklistDialog
    from naravard_desktop.ui.submission.transfer_mode import TransferMode

MENU = "submission"
REFRESH_DELAY_MS = 800


def add_submission_menu(window: Any) -> None:
    """The Inlämning menu (created once, by whichever installer comes first)."""
    window.registry.add_menu(MENU, lambda: QCoreApplication.translate("Submission", "&Inlämning"))


class Submission(WindowFeature):
    """Transfer mode dock, "Checklista före inlämning…" and the transfer marks."""

    changed = Signal()  # transfer marks changed (a mark in the dock)

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.transfer: TransferMode | None = None
        self.checklist_dialog: ChecklistDialog | None = None
        self._marks: dict[str, str] = {}  # question number → answer hash when marked
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.refresh_transfer)
        r = window.registry
        add_submission_menu(window)
        self.dock = QDockWidget(window)
        r.add_dock("transfer", self.dock, lambda: self.tr("Överföringsläge"))
        window.tabifyDockWidget(window.validation_dock, self.dock)  # a tab beside Kontroll: the full height for the text
        self.dock.hide()
        self.mode_action = r.add(
            "transfer-mode", lambda: self.tr("Ö&verföringsläge"), self.set_transfer_mode, menu=MENU, shortcut="Ctrl+Shift+T", checkable=True
        )
        self.checklist_action = r.add(
            "submission-checklist", lambda: self.tr("&Checklista före inlämning…"), self.show_checklist, menu=MENU
        )
        self.dock.toggleViewAction().toggled.connect(self.mode_action.setChecked)
        self.dock.visibilityChanged.connect(self._on_dock_visible)
        window.mark_sources.append(self.marks)
        window.draft_opened.connect(self._on_draft_opened)
        window.draft_closed.connect(self._on_draft_closed)
        window.current_question_changed.connect(self._follow)
        window.store_changed.connect(self.draft_changed)
        self._update_actions()

    def _update_actions(self) -> None:
        has_draft = self.session is not None
        self.mode_action.setEnabled(has_draft)
        self.checklist_action.setEnabled(has_draft)

    # -- draft ----------------------------------------------------------------------------

    def _on_draft_opened(self, session: DraftSession) -> None:
        self._drop_transfer()
        session.value_changed.connect(self._on_value_changed)
        self._read_marks()
        self._update_actions()
        if self.dock.isVisible():
            self._on_dock_visible(True)

    def _ensure_transfer(self) -> TransferMode | None:
        """The widget is made when the dock is first shown (it reads the whole draft)."""
        session = self.session
        if self.transfer is None and session is not None:
            session.flush()  # it reads the stored draft: write what was typed first
            from naravard_desktop.ui.submission.transfer_mode import TransferMode

            self.transfer = TransferMode(session.store, session.form, session.draft_id, self.dock)
            self.transfer.changed.connect(self._on_marked)
            self.dock.setWidget(self.transfer)
            self._dirty = False
        return self.transfer

    def _on_draft_closed(self) -> None:
        self._timer.stop()
        self._drop_transfer()
        self._marks = {}
        if self.checklist_dialog is not None:
            self.checklist_dialog.close()
            self.checklist_dialog = None
        self._update_actions()

    def _drop_transfer(self) -> None:
        if self.transfer is not None:
            self.dock.setWidget(None)  # type: ignore[arg-type]  # PySide6 stub gap: Qt takes nullptr
            self.transfer.hide()
            self.transfer.deleteLater()
            self.transfer = None

    def draft_changed(self, _change: object = None) -> None:
        """The stored draft changed behind the editor (import, resolve, acknowledgement,
        flagged words): transfer marks and the dock show it (the window then refreshes the
        navigator marks)."""
        self._read_marks()
        self.refresh_transfer()

    def _read_marks(self) -> None:
        session = self.session
        self._marks = {}
        if session is None:
            return
        values = session.store.current_values(session.draft_id, include_meta=True)
        for key, value in values.items():
            if key.startswith(MARK_PREFIX) and isinstance(value, dict):
                self._marks[key[len(MARK_PREFIX) :]] = str(value.get("answer_hash"))

    def marks(self) -> dict[str, set[str]]:
        """Navigator marks from the answers in memory: a mark is stale once the answer moved
        away from what was transferred (core.transfer.answer_hash, as the dock decides)."""
        session = self.session
        if session is None or not self._marks:
            return {}
        answers = session.answers
        evaluator = ConditionEvaluator(session.form, answers)
        result: dict[str, set[str]] = {}
        for number, hashed in self._marks.items():
            question = session.form.question(number)
            if question is None or not evaluator.is_visible(number):
                continue
            result[number] = {TRANSFERRED if answer_hash(question, answers, evaluator) == hashed else TRANSFER_STALE}
        return result

    # -- transfer mode --------------------------------------------------------------------

    def set_transfer_mode(self, on: bool) -> None:
        if on and self.session is None:
            self.mode_action.setChecked(False)
            return
        if not on and not self.dock.isHidden() and self.dock.visibleRegion().isEmpty():
            on = True  # open but behind another tab (Kontroll): bring it to the front
            self.mode_action.setChecked(True)
        if on:
            self._ensure_transfer()
        self.dock.setVisible(on)
        if on:
            self.dock.raise_()
            if self.transfer is not None:
                self.transfer.setFocus()

    def _on_dock_visible(self, visible: bool) -> None:
        if visible and self._ensure_transfer() is not None:
            if self._dirty:
                self.refresh_transfer()
            self._follow(self.window.current_question() or "")

    def _follow(self, number: str) -> None:
        """Transfer mode shows the question the editor is at."""
        if self.transfer is not None and number and self.dock.isVisible():
            self.transfer.show_question(number)

    def _on_value_changed(self, key: str) -> None:
        if key.startswith(META_FIELD_PREFIX):
            return
        self._dirty = True
        if self.dock.isVisible():
            self._timer.start(REFRESH_DELAY_MS)

    def refresh_transfer(self) -> None:
        """Re-read the stored draft into the dock (after the pending write, if any)."""
        self._timer.stop()
        session = self.session
        if session is None or self.transfer is None:
            return
        if not self.dock.isVisible():
            self._dirty = True
            return
        if session.has_pending():
            session.write_soon()
            self._timer.start(REFRESH_DELAY_MS // 2)
            return
        self._dirty = False
        self.transfer.refresh()

    def _on_marked(self) -> None:
        self._read_marks()
        self.window.refresh_status()
        self.changed.emit()

    # -- checklist ------------------------------------------------------------------------

    def status(self) -> TransferStatus | None:
        session = self.session
        if session is None:
            return None
        from naravard_desktop.core.submission.transfer import transfer_status

        session.flush()
        return transfer_status(session.store, session.form, session.draft_id)

    def show_checklist(self) -> ChecklistDialog | None:
        status = self.status()
        if status is None:
            return None
        if self.checklist_dialog is None:
            from naravard_desktop.ui.submission.submission_dialogs import ChecklistDialog

            self.checklist_dialog = ChecklistDialog(self.window)
        self.checklist_dialog.set_status(status)
        self.checklist_dialog.show()
        self.checklist_dialog.raise_()
        self.checklist_dialog.activateWindow()
        return self.checklist_dialog


def install(window: Any) -> None:
    window.submission = Submission(window)

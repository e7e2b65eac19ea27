"""Personal-data guard in the editor: a warning line under a text field that seems to hold
a personnummer, an e-mail address, a phone number or a flagged word, with "Kvittera…".

It warns, it never blocks. Typing only records which field changed and restarts one
single-shot timer; 300 ms after the last change each changed field is scanned alone
(core.pii.scan_text with the draft's flagged words). Acknowledging stores the reason in
the draft (core.pii.acknowledge) and the line disappears for that finding. Inlämning →
"Flaggade ord…" edits the region's word list. Installed through ui/extensions.py.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from naravard_desktop.core.pii import Finding, FindingNotFound, acknowledge, acknowledgements, describe, flagged_words, scan_text, set_flagged_words
from naravard_desktop.core.store import META_FIELD_PREFIX, StoreError
from naravard_desktop.core.validation import Problem
from naravard_desktop.ui.session import DraftSession
from naravard_desktop.ui.submission import MENU, add_submission_menu
from naravard_desktop.ui.submission_dialogs import AckDialog, FlaggedWordsDialog
from naravard_desktop.ui.widgets import look
from naravard_desktop.ui.widgets.text_field import TextField

SCAN_DELAY_MS = 300
_PROBLEM_ID = re.compile(r"\(id ([0-9a-f]{12})\b")  # core.pii.pii_problems: "… (id 0a93170bf59e; …)"


class PiiRow(QWidget):
    """One finding: the warning text and its "Kvittera…" button."""

    ack_requested = Signal(object)  # Finding

    def __init__(self, finding: Finding, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.finding = finding
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(text, self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        look.set_text_colour(self.label, look.NEAR)
        layout.addWidget(self.label, 1)
        self.button = QPushButton(self.tr("Kvittera…"), self)
        self.button.setToolTip(self.tr("Det är inte en personuppgift: kvittera varningen med ett skäl"))
        self.button.setAccessibleName(self.tr("Kvittera: {warning}").format(warning=text))
        self.button.clicked.connect(self._on_clicked)
        layout.addWidget(self.button)

    def _on_clicked(self) -> None:
        self.ack_requested.emit(self.finding)


class PiiNote(QWidget):
    """The warnings under one text field; rebuilt only when its findings change."""

    ack_requested = Signal(object)  # Finding

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[PiiRow] = []
        self.ids: tuple[str, ...] = ()
        self.main_layout = QVBoxLayout(self)
        self.main_layout.setContentsMargins(0, 0, 0, 0)
        self.main_layout.setSpacing(2)

    def set_findings(self, findings: list[Finding], texts: list[str]) -> None:
        ids = tuple(f.id for f in findings)
        if ids == self.ids:
            return
        self.ids = ids
        for row in self.rows:
            row.hide()
            row.deleteLater()
        self.rows = []
        for finding, text in zip(findings, texts, strict=True):
            row = PiiRow(finding, text, self)
            row.ack_requested.connect(self.ack_requested)
            self.main_layout.addWidget(row)
            self.rows.append(row)
        self.setVisible(bool(findings))

    def texts(self) -> list[str]:
        return [row.label.text() for row in self.rows]


class PiiGuard(QObject):
    """Scans changed text fields after a pause and shows or hides their warning lines."""

    changed = Signal()  # an acknowledgement or the word list was stored

    def __init__(self, window: Any):
        super().__init__(window)
        self.window = window
        self.notes: dict[str, PiiNote] = {}
        self.words: list[str] = []
        self.acks: set[tuple[str, str]] = set()
        self.ack_dialog: AckDialog | None = None
        self.words_dialog: FlaggedWordsDialog | None = None
        self._dirty: set[str] = set()
        self._form_view: Any = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.scan_pending)
        add_submission_menu(window)
        self.words_action = window.registry.add("pii-words", lambda: self.tr("&Flaggade ord…"), self.edit_words, menu=MENU, separator_before=True)
        window.draft_opened.connect(self._on_draft_opened)
        window.draft_closed.connect(self._on_draft_closed)
        collaboration = getattr(window, "collaboration", None)
        if collaboration is not None:
            collaboration.changed.connect(self.reload)
        window.problem_activated.connect(self._on_problem)
        window.installEventFilter(self)
        self.words_action.setEnabled(False)

    @property
    def session(self) -> DraftSession | None:
        return self.window.session

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            QTimer.singleShot(0, self.rescan_all)  # after the window rebuilt the editor
        return False

    # -- draft ----------------------------------------------------------------------------

    def _on_draft_opened(self, session: DraftSession) -> None:
        session.value_changed.connect(self._on_value_changed)
        self.words_action.setEnabled(True)
        self.reload()

    def _on_draft_closed(self) -> None:
        self._timer.stop()
        self._dirty.clear()
        self.notes = {}
        self._form_view = None
        self.words = []
        self.acks = set()
        for dialog in (self.ack_dialog, self.words_dialog):
            if dialog is not None:
                dialog.close()
        self.ack_dialog = self.words_dialog = None
        self.words_action.setEnabled(False)

    def reload(self) -> None:
        """Re-read the word list and acknowledgements from the store, then scan every field."""
        session = self.session
        if session is None:
            return
        self.words = flagged_words(session.store, session.draft_id)
        self.acks = set(acknowledgements(session.store, session.draft_id))
        self.rescan_all()

    def rescan_all(self) -> None:
        session = self.session
        if session is None:
            return
        self._dirty.update(self.notes)
        self._dirty.update(k for k, v in session.answers.items() if isinstance(v, str))
        self.scan_pending()

    # -- scanning -------------------------------------------------------------------------

    def _on_value_changed(self, key: str) -> None:
        """Per keystroke: remember the field, restart the timer. Nothing else."""
        if not key.startswith(META_FIELD_PREFIX):
            self._dirty.add(key)
            self._timer.start(SCAN_DELAY_MS)

    def scan_pending(self) -> None:
        self._timer.stop()
        session = self.session
        form_view = self.window.form_view
        if session is None or form_view is None:
            self._dirty.clear()
            return
        if form_view is not self._form_view:  # a new editor (language switch): new notes
            self._form_view = form_view
            self._dirty.update(self.notes)
            self.notes = {}
        keys, self._dirty = self._dirty, set()
        for key in keys:
            self.scan_field(key)

    def open_findings(self, key: str) -> list[Finding]:
        """The unacknowledged findings in one field's current (in-memory) text."""
        session = self.session
        value = session.value(key) if session is not None else None
        if not isinstance(value, str):
            return []
        seen: set[str] = set()
        result = []
        for finding in scan_text(value, self.words, key):
            if finding.id not in seen and (key, finding.id) not in self.acks:
                seen.add(finding.id)
                result.append(finding)
        return result

    def scan_field(self, key: str) -> None:
        form_view = self.window.form_view
        widget = form_view.field_widget(key) if form_view is not None else None
        if not isinstance(widget, TextField):
            return
        findings = self.open_findings(key)
        note = self.notes.get(key)
        if not findings:
            if note is not None:
                note.set_findings([], [])
            return
        if note is None:
            note = PiiNote(widget)
            note.ack_requested.connect(self.ask_acknowledge)
            widget.add_note(note)
            self.notes[key] = note
        note.set_findings(findings, [self.warning_text(f) for f in findings])

    def warning_text(self, finding: Finding) -> str:
        what = {
            "personnummer": self.tr("Möjligt personnummer ”{text}”"),
            "samordningsnummer": self.tr("Möjligt samordningsnummer ”{text}”"),
            "email": self.tr("Möjlig e-postadress ”{text}”"),
            "phone": self.tr("Möjligt telefonnummer ”{text}”"),
            "word": self.tr("Flaggat ord ”{text}”"),
        }.get(finding.kind, self.tr("Möjlig personuppgift ”{text}”"))
        return what.format(text=finding.masked) + " – " + self.tr("ta bort det eller kvittera som falskt larm")

    def note_texts(self, key: str) -> list[str]:
        """The warning lines shown under a field now (empty when none)."""
        note = self.notes.get(key) if self._form_view is self.window.form_view else None
        return note.texts() if note is not None and not note.isHidden() else []

    # -- acknowledging --------------------------------------------------------------------

    def _on_problem(self, problem: Problem) -> None:
        """A personal-data problem clicked in Kontroll: offer to acknowledge that finding."""
        if problem.kind != "pii" or not problem.field:
            return
        match = _PROBLEM_ID.search(problem.message)
        for finding in self.open_findings(problem.field):
            if match is None or finding.id == match.group(1):
                self.ask_acknowledge(finding)
                return

    def ask_acknowledge(self, finding: Finding) -> AckDialog | None:
        session = self.session
        if session is None:
            return None
        if self.ack_dialog is not None:
            self.ack_dialog.close()
        self.ack_dialog = AckDialog(finding, describe(session.form, finding), self.window)
        self.ack_dialog.accepted.connect(self._on_ack_accepted)
        self.ack_dialog.open()
        return self.ack_dialog

    def _on_ack_accepted(self) -> None:
        dialog, self.ack_dialog = self.ack_dialog, None
        if dialog is not None:
            self.acknowledge(dialog.finding, dialog.reason())
            dialog.deleteLater()

    def acknowledge(self, finding: Finding, reason: str) -> bool:
        """Store the acknowledgement (the text is written first so the core finds it)."""
        session = self.session
        if session is None:
            return False
        try:
            if not session.flush():
                raise StoreError(self.tr("dina senaste ändringar är inte sparade än"))
            acknowledge(session.store, session.form, session.draft_id, finding.id, reason)
        except (FindingNotFound, ValueError, StoreError) as exc:
            self.window.statusBar().showMessage(self.tr("Kunde inte kvittera: {error}").format(error=exc), 10000)
            return False
        self.acks.add((finding.field, finding.id))
        self.scan_field(finding.field)
        self.window.statusBar().showMessage(self.tr("Varningen är kvitterad."), 5000)
        self._stored()
        return True

    def _stored(self) -> None:
        self.window.refresh_validation()
        submission = getattr(self.window, "submission", None)
        if submission is not None:
            submission.draft_changed()
        self.changed.emit()

    # -- flagged words --------------------------------------------------------------------

    def edit_words(self) -> FlaggedWordsDialog | None:
        session = self.session
        if session is None:
            return None
        if self.words_dialog is not None:
            self.words_dialog.close()
        self.words_dialog = FlaggedWordsDialog(flagged_words(session.store, session.draft_id), self.window)
        self.words_dialog.accepted.connect(self._on_words_accepted)
        self.words_dialog.open()
        return self.words_dialog

    def _on_words_accepted(self) -> None:
        dialog, self.words_dialog = self.words_dialog, None
        session = self.session
        if dialog is None or session is None:
            return
        dialog.deleteLater()
        try:
            self.words = set_flagged_words(session.store, session.draft_id, dialog.words())
        except StoreError as exc:
            self.window.statusBar().showMessage(self.tr("Kunde inte spara orden: {error}").format(error=exc), 10000)
            return
        self.rescan_all()
        self._stored()


def install(window: Any) -> None:
    window.pii_guard = PiiGuard(window)

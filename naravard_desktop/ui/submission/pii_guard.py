"""Personal-data guard in the editor: a warning line under a text field that seems to hold
a personnummer, an e-mail address, a phone number or a flagged word, with "Visa" and
"Kvittera…", and a wavy underline on the matched characters inside a multi-line box.

It warns, it never blocks. Typing only records which field changed and restarts one
single-shot timer; 300 ms after the last change each changed field is scanned alone
(core.pii.scan_text with the draft's flagged words) and its line and marks updated.
"Visa" (or a click on the line) selects the finding in the box. Acknowledging stores the
reason in the draft (core.pii.acknowledge) and the line and marks disappear for that
finding. Inlämning → "Flaggade ord…" edits the region's word list; "Kvitterade
varningar…" lists the standing acknowledgements and withdraws one
(core.pii.withdraw_acknowledgement), which brings its warning back. Installed through
ui/extensions.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from naravard_desktop.core.forms.answers import question_of
from naravard_desktop.core.storage.store import META_FIELD_PREFIX, StoreError
from naravard_desktop.core.submission.pii import (
    Finding,
    FindingNotFound,
    acknowledge,
    acknowledgements,
    describe,
    field_label,
    flagged_words,
    scan_draft,
    scan_text,
    set_flagged_words,
    withdraw_acknowledgement,
)
from naravard_desktop.core.submission.validation import Problem, ProblemKind
from naravard_desktop.core.times import local_time
from naravard_desktop.ui.feature import WindowFeature
from naravard_desktop.ui.i18n import core_text, error_text
from naravard_desktop.ui.session import DraftSession
from naravard_desktop.ui.store_change import StoreChange
from naravard_desktop.ui.submission.submission import MENU, add_submission_menu
from naravard_desktop.ui.widgets import look
from naravard_desktop.ui.widgets.text_field import TextField

if TYPE_CHECKING:  # the dialogs load when first opened, not at start-up
    from naravard_desktop.ui.main_window import MainWindow
    from naravard_desktop.ui.submission.submission_dialogs import AckDialog, AckEntry, AcknowledgementsDialog, FlaggedWordsDialog

SCAN_DELAY_MS = 300
MARK_COLOUR = look.NEAR  # the warning line's colour
MARK_BACKGROUND = look.NOTE_BACKGROUND


def one_per_id(findings: list[Finding]) -> list[Finding]:
    """The first occurrence of each finding id, in order."""
    seen: set[str] = set()
    result = []
    for finding in findings:
        if finding.id not in seen:
            seen.add(finding.id)
            result.append(finding)
    return result


class WarningLabel(QLabel):
    """The warning text; a click on it shows the finding in the box."""

    clicked = Signal()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
            event.accept()
            return
        super().mousePressEvent(event)


class PiiRow(QWidget):
    """One finding: the warning text, "Visa" (select it in the box) and "Kvittera…"."""

    ack_requested = Signal(object)  # Finding
    show_requested = Signal(object)  # Finding

    def __init__(self, finding: Finding, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.finding = finding
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = WarningLabel(text, self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setCursor(Qt.CursorShape.PointingHandCursor)
        self.label.setToolTip(self.tr("Klicka för att markera texten i rutan"))
        self.label.clicked.connect(self._on_show)
        look.set_text_colour(self.label, look.NEAR)
        layout.addWidget(self.label, 1)
        self.show_button = QPushButton(self.tr("Visa"), self)
        self.show_button.setToolTip(self.tr("Markera texten i rutan"))
        self.show_button.setAccessibleName(self.tr("Visa: {warning}").format(warning=text))
        self.show_button.clicked.connect(self._on_show)
        layout.addWidget(self.show_button)
        self.button = QPushButton(self.tr("Kvittera…"), self)
        self.button.setToolTip(self.tr("Det är inte en personuppgift: kvittera varningen med ett skäl"))
        self.button.setAccessibleName(self.tr("Kvittera: {warning}").format(warning=text))
        self.button.clicked.connect(self._on_clicked)
        layout.addWidget(self.button)

    def _on_show(self) -> None:
        self.show_requested.emit(self.finding)

    def _on_clicked(self) -> None:
        self.ack_requested.emit(self.finding)


class PiiNote(QWidget):
    """The warnings under one text field; rebuilt only when its findings change."""

    ack_requested = Signal(object)  # Finding
    show_requested = Signal(object)  # Finding

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
            row.show_requested.connect(self.show_requested)
            self.main_layout.addWidget(row)
            self.rows.append(row)
        self.setVisible(bool(findings))

    def texts(self) -> list[str]:
        return [row.label.text() for row in self.rows]


class PiiGuard(WindowFeature):
    """Scans changed text fields after a pause and shows or hides their warning lines."""

    changed = Signal()  # an acknowledgement or the word list was stored

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.notes: dict[str, PiiNote] = {}
        self.words: list[str] = []
        self.acks: set[tuple[str, str]] = set()
        self.ack_dialog: AckDialog | None = None
        self.words_dialog: FlaggedWordsDialog | None = None
        self.acks_dialog: AcknowledgementsDialog | None = None
        self._dirty: set[str] = set()
        self._form_view: Any = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.scan_pending)
        add_submission_menu(window)
        self.words_action = window.registry.add(
            "pii-words", lambda: self.tr("&Flaggade ord…"), self.edit_words, menu=MENU, separator_before=True
        )
        self.acks_action = window.registry.add("pii-acks", lambda: self.tr("&Kvitterade varningar…"), self.show_acknowledgements, menu=MENU)
        window.draft_opened.connect(self._on_draft_opened)
        window.draft_closed.connect(self._on_draft_closed)
        window.store_changed.connect(self._on_store_changed)
        window.problem_activated.connect(self._on_problem)
        window.editor_built.connect(self._on_editor_built)
        self.words_action.setEnabled(False)
        self.acks_action.setEnabled(False)

    def _on_editor_built(self) -> None:
        """A language switch rebuilt the editor: notes and marks on the new widgets, the
        acknowledgements dialog in the new language. (A draft being opened is scanned by
        reload(), once its word list is read.)"""
        form_view = self.window.form_view
        if form_view is not None:  # cards built later (idle time) are scanned as they come
            form_view.cards_built.connect(self._on_cards_built)
        if self._form_view is not None:
            self.rescan_all()
        self._retranslate_acknowledgements()

    def _on_cards_built(self, numbers: list[str]) -> None:
        session = self.session
        if session is None:
            return
        built = set(numbers)
        for key in [k for k, v in session.answers.items() if isinstance(v, str) and question_of(k) in built]:
            self.scan_field(key)  # only the new cards' fields: other pending scans keep their timer

    def _retranslate_acknowledgements(self) -> None:
        """The acknowledgements dialog is made again in the new language (if it was open)."""
        dialog, self.acks_dialog = self.acks_dialog, None
        if dialog is None:
            return
        was_open = dialog.isVisible()
        dialog.close()
        dialog.deleteLater()
        if was_open:
            self.show_acknowledgements()

    # -- draft ----------------------------------------------------------------------------

    def _on_draft_opened(self, session: DraftSession) -> None:
        session.value_changed.connect(self._on_value_changed)
        self.words_action.setEnabled(True)
        self.acks_action.setEnabled(True)
        self.reload()

    def _on_draft_closed(self) -> None:
        self._timer.stop()
        self._dirty.clear()
        self.notes = {}
        self._form_view = None
        self.words = []
        self.acks = set()
        for dialog in (self.ack_dialog, self.words_dialog, self.acks_dialog):
            if dialog is not None:
                dialog.close()
        self.ack_dialog = self.words_dialog = self.acks_dialog = None
        self.words_action.setEnabled(False)
        self.acks_action.setEnabled(False)

    def _on_store_changed(self, change: StoreChange) -> None:
        if change.source != "pii":  # this guard's own writes are already shown
            self.reload()

    def reload(self) -> None:
        """Re-read the word list and acknowledgements from the store, then scan every field."""
        session = self.session
        if session is None:
            return
        self.words = flagged_words(session.store, session.draft_id)
        self.acks = set(acknowledgements(session.store, session.draft_id))
        self.rescan_all()
        self.refresh_acknowledgements()

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

    def open_occurrences(self, key: str) -> list[Finding]:
        """Every unacknowledged match in one field's current (in-memory) text, in text order
        (the same number twice gives two: both are marked in the box)."""
        session = self.session
        value = session.value(key) if session is not None else None
        if not isinstance(value, str):
            return []
        return [f for f in scan_text(value, self.words, key) if (key, f.id) not in self.acks]

    def open_findings(self, key: str) -> list[Finding]:
        """The unacknowledged findings in one field, one per id (one warning line each)."""
        return one_per_id(self.open_occurrences(key))

    def scan_field(self, key: str) -> None:
        form_view = self.window.form_view
        widget = form_view.field_widget(key, build=False) if form_view is not None else None  # unbuilt: when built
        if not isinstance(widget, TextField):
            return
        occurrences = self.open_occurrences(key)
        session = self.session
        if session is not None and widget.text() == session.value(key):  # offsets fit the box
            widget.set_marks([(f.start, f.end) for f in occurrences], MARK_COLOUR, MARK_BACKGROUND)
        findings = one_per_id(occurrences)
        note = self.notes.get(key)
        if not findings:
            if note is not None:
                note.set_findings([], [])
            return
        if note is None:
            note = PiiNote(widget)
            note.ack_requested.connect(self.ask_acknowledge)
            note.show_requested.connect(self.show_finding)
            widget.add_note(note)
            self.notes[key] = note
        note.set_findings(findings, [self.warning_text(f) for f in findings])

    def show_finding(self, finding: Finding) -> bool:
        """Select the finding in its box (where it is now: the text may have moved since)."""
        form_view = self.window.form_view
        widget = form_view.field_widget(finding.field) if form_view is not None else None
        if form_view is None or not isinstance(widget, TextField):
            return False
        for current in self.open_occurrences(finding.field):
            if current.id == finding.id:
                form_view.ensureWidgetVisible(widget.edit)
                widget.select_range(current.start, current.end)
                return True
        return False

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
        """The warning lines shown under a field now (empty when none); its card is built if it was not yet."""
        form_view = self.window.form_view
        if form_view is not None and form_view is self._form_view:
            form_view.field_widget(key)  # building the card scans it (_on_cards_built)
        note = self.notes.get(key) if self._form_view is self.window.form_view else None
        return note.texts() if note is not None and not note.isHidden() else []

    # -- acknowledging --------------------------------------------------------------------

    def _on_problem(self, problem: Problem) -> None:
        """A personal-data problem clicked in Kontroll: offer to acknowledge that finding."""
        if problem.kind != ProblemKind.PII or not problem.field:
            return
        for finding in self.open_findings(problem.field):
            if problem.finding is None or finding.id == problem.finding:
                self.ask_acknowledge(finding)
                return

    def ask_acknowledge(self, finding: Finding) -> AckDialog | None:
        from naravard_desktop.ui.submission.submission_dialogs import AckDialog

        session = self.session
        if session is None:
            return None
        if self.ack_dialog is not None:
            self.ack_dialog.close()
        self.ack_dialog = AckDialog(finding, core_text(describe(session.form, finding)), self.window)
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
            session.require_saved()
            acknowledge(session.store, session.form, session.draft_id, finding.id, reason)
        except (FindingNotFound, ValueError, StoreError) as exc:
            self.window.statusBar().showMessage(self.tr("Kunde inte kvittera: {error}").format(error=error_text(exc)), 10000)
            return False
        self.acks.add((finding.field, finding.id))
        self.scan_field(finding.field)
        self.window.statusBar().showMessage(self.tr("Varningen är kvitterad."), 5000)
        self._stored()
        return True

    def _stored(self) -> None:
        self.refresh_acknowledgements()
        self.window.after_store_change(StoreChange("pii"))
        self.changed.emit()

    # -- standing acknowledgements ----------------------------------------------------------

    def acknowledgement_entries(self) -> list[AckEntry]:
        """The stored draft's acknowledgements: those whose text is still in an answer in
        form order (core.pii.scan_draft), then any whose text has gone (kept by the core:
        the acknowledgement applies again if the text comes back)."""
        from naravard_desktop.ui.submission.submission_dialogs import AckEntry

        session = self.session
        if session is None:
            return []
        store, form, draft_id = session.store, session.form, session.draft_id
        stored = acknowledgements(store, draft_id)
        entries: list[AckEntry] = []
        shown: set[tuple[str, str]] = set()

        def entry(field: str, fid: str, ack: dict[str, Any], finding: Finding | None) -> AckEntry:
            return AckEntry(
                field=field,
                finding_id=fid,
                place=core_text(field_label(form, field)),
                kind=core_text(finding.kind_label) if finding is not None else "",
                masked=finding.masked if finding is not None else "",
                reason=str(ack.get("reason", "")),
                by=str(ack.get("by", "")),
                at=local_time(ack["at"]) if isinstance(ack.get("at"), str) else "",
                withdrawable=finding is not None,
            )

        for finding, ack in scan_draft(store, form, draft_id).acknowledged:
            entries.append(entry(finding.field, finding.id, ack, finding))
            shown.add((finding.field, finding.id))
        for (field, fid), ack in sorted(stored.items()):
            if (field, fid) not in shown:
                entries.append(entry(field, fid, ack, None))
        return entries

    def show_acknowledgements(self) -> AcknowledgementsDialog | None:
        """Inlämning → Kvitterade varningar…: writes pending edits, then lists what is stored."""
        from naravard_desktop.ui.submission.submission_dialogs import AcknowledgementsDialog

        session = self.session
        if session is None:
            return None
        session.flush()
        if self.acks_dialog is None:
            self.acks_dialog = AcknowledgementsDialog(self.window)
            self.acks_dialog.withdraw_requested.connect(self.withdraw)
            self.acks_dialog.show_requested.connect(self.show_in_editor)
        self.acks_dialog.set_entries(self.acknowledgement_entries())
        self.acks_dialog.show()
        self.acks_dialog.raise_()
        self.acks_dialog.activateWindow()
        return self.acks_dialog

    def refresh_acknowledgements(self) -> None:
        if self.acks_dialog is not None and self.acks_dialog.isVisible():
            self.acks_dialog.set_entries(self.acknowledgement_entries())

    def show_in_editor(self, field: str, fid: str) -> bool:
        """Go to the field and select the (acknowledged or not) finding's text if it is there."""
        session = self.session
        if session is None or not self.window.go_to_question(question_of(field), field):
            return False
        form_view = self.window.form_view
        widget = form_view.field_widget(field) if form_view is not None else None
        value = session.value(field)
        if form_view is None or not isinstance(widget, TextField) or not isinstance(value, str) or widget.text() != value:
            return False
        for finding in scan_text(value, self.words, field):
            if finding.id == fid:
                form_view.ensureWidgetVisible(widget.edit)
                widget.select_range(finding.start, finding.end)
                return True
        return False

    def withdraw(self, field: str, fid: str) -> bool:
        """Withdraw one acknowledgement (core.pii.withdraw_acknowledgement): the warning
        line and the marks come back in the editor."""
        session = self.session
        if session is None:
            return False
        try:
            session.require_saved()
            finding = withdraw_acknowledgement(session.store, session.form, session.draft_id, fid)
        except (FindingNotFound, StoreError) as exc:
            self.window.statusBar().showMessage(self.tr("Kunde inte ångra kvitteringen: {error}").format(error=error_text(exc)), 10000)
            self.refresh_acknowledgements()
            return False
        self.acks = set(acknowledgements(session.store, session.draft_id))
        self.scan_field(finding.field)
        self.window.statusBar().showMessage(self.tr("Kvitteringen är ångrad: varningen visas igen."), 5000)
        self._stored()
        return True

    # -- flagged words --------------------------------------------------------------------

    def edit_words(self) -> FlaggedWordsDialog | None:
        from naravard_desktop.ui.submission.submission_dialogs import FlaggedWordsDialog

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
            self.window.statusBar().showMessage(self.tr("Kunde inte spara orden: {error}").format(error=error_text(exc)), 10000)
            return
        self.rescan_all()
        self._stored()


def install(window: Any) -> None:
    window.pii_guard = PiiGuard(window)

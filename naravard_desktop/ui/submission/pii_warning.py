"""The personal-data warning shown before a draft leaves the machine (bundle export, the
printed review copy): lists the unacknowledged `core.pii` findings, "Fortsätt ändå" or
"Avbryt". Actions call `before_data_leaves` (save first, warn, then act).

Non-blocking: the box is opened window-modal with `open()` (never `exec()`), so tests and
the event loop keep running; `proceed` is emitted only when the user chose to go on.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from naravard_desktop.core.forms.model import Form
from naravard_desktop.core.storage.store import DraftStore
from naravard_desktop.core.submission.pii import Finding, describe, history_findings, scan_draft
from naravard_desktop.ui.i18n import core_text

if TYPE_CHECKING:
    from naravard_desktop.ui.main_window import MainWindow

LINES_SHOWN = 8


class PiiWarningBox(QMessageBox):
    """Lists up to LINES_SHOWN findings; `proceed` fires when the user goes on anyway."""

    proceed = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        form: Form,
        findings: list[Finding],
        text: str,
        proceed_text: str | None = None,
        old: list[Finding] | None = None,
    ):
        super().__init__(QMessageBox.Icon.Warning, "", "", QMessageBox.StandardButton.Cancel, parent)
        self.setWindowTitle(self.tr("Möjliga personuppgifter"))
        lines = [core_text(describe(form, f)) for f in findings[:LINES_SHOWN]]
        # Findings only in old versions: a bundle carries the whole history.
        lines += [
            self.tr("{finding} – i en äldre version i historiken (Historik › Rensa gamla versioner…)").format(
                finding=core_text(describe(form, f))
            )
            for f in (old or [])[: max(0, LINES_SHOWN - len(findings))]
        ]
        total = len(findings) + len(old or [])
        if total > LINES_SHOWN:
            lines.append(self.tr("… och {count} till").format(count=total - LINES_SHOWN))
        self.setText(text)
        self.setInformativeText("\n".join(lines) + "\n\n" + self.tr("Ett falskt larm kvitteras med Kvittera… under fältet i frågan."))
        self.proceed_button: QAbstractButton = self.addButton(proceed_text or self.tr("Fortsätt ändå"), QMessageBox.ButtonRole.AcceptRole)
        self.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.finished.connect(self._on_finished)

    def _on_finished(self, _result: int) -> None:
        if self.clickedButton() is self.proceed_button:
            self.proceed.emit()


def warn_about_personal_data(
    parent: QWidget | None,
    store: DraftStore,
    form: Form,
    draft_id: str,
    text: str,
    proceed_text: str | None = None,
    *,
    then: Callable[[], object] | None = None,
    history: bool = False,
) -> PiiWarningBox | None:
    """Open the warning when the stored draft has unacknowledged findings and return it;
    `then` runs when the user goes on anyway. Nothing to warn about: `then` runs at once
    and the result is None. `history`: also findings only in old versions (bundles)."""
    scan = scan_draft(store, form, draft_id)
    found = scan.open
    old = history_findings(store, form, draft_id, scan) if history else []
    if not found and not old:
        if then is not None:
            then()
        return None
    box = PiiWarningBox(parent, form, found, text, proceed_text, old)
    if then is not None:
        box.proceed.connect(then)
    box.open()
    return box


def before_data_leaves(
    window: MainWindow, text: str, then: Callable[[], object], proceed_text: str | None = None, *, history: bool = False
) -> PiiWarningBox | None:
    """The one way an action lets the open draft leave the machine (bundle export, the
    printed review copy, Word export): write what was typed (or say why not and stop),
    then warn about unacknowledged personal data; `then` runs at once when there is none,
    or when the user goes on anyway. Returns the open warning, if any."""
    session = window.session
    if session is None or not window.ensure_saved():
        return None
    return warn_about_personal_data(window, session.store, session.form, session.draft_id, text, proceed_text, then=then, history=history)

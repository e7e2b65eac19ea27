"""Small dialogs for the Inlämning menu: the checklist before submitting, the flagged
words, acknowledging a personal-data warning, the standing acknowledgements and starting a
new round. Thin over core;
every dialog is opened non-modally (`open()`), so the window and tests stay in control.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from naravard_desktop.core.forms.model import Form
from naravard_desktop.core.submission.pii import Finding
from naravard_desktop.core.submission.transfer import TransferStatus
from naravard_desktop.ui.i18n import core_text, translate_ui


def checklist_text(status: TransferStatus) -> str:
    """The core's checklist as plain lines: the points with ✓/✗ first (all in view), then
    under each open point what is left, indented."""
    lines = [("✓ " if item.ok else "✗ ") + core_text(item.text) for item in status.checklist]
    for item in status.checklist:
        if item.details:
            lines += ["", f"{core_text(item.text)}:"] + [f"    {core_text(detail)}" for detail in item.details]
    return "\n".join(lines)


class ChecklistDialog(QDialog):
    """ "Checklista före inlämning": the four points of core.transfer.transfer_status."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._status: TransferStatus | None = None
        self.resize(640, 460)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.view = QPlainTextEdit(self)
        self.view.setReadOnly(True)
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        translate_ui(self)

    def retranslate(self) -> None:
        """The dialog is kept between showings: a language switch reaches it too (also
        when it was hidden then: set_status, at each showing, comes here)."""
        self.setWindowTitle(self.tr("Checklista före inlämning"))
        self.view.setAccessibleName(self.tr("Checklista"))
        if self._status is not None:
            self._show_status(self._status)

    def set_status(self, status: TransferStatus) -> None:
        self._status = status
        self.retranslate()

    def _show_status(self, status: TransferStatus) -> None:
        if status.complete:
            summary = self.tr("Klart att skicka in: allt är överfört och inget återstår.")
        else:
            left = sum(1 for c in status.checklist if not c.ok)
            progress = self.tr("{done} av {total} överförda").format(done=status.transferred, total=len(status.items))
            summary = self.tr("{left} av {total} punkter återstår före inlämningen ({progress}).").format(
                left=left, total=len(status.checklist), progress=progress
            )
        self.summary.setText(summary)
        self.view.setPlainText(checklist_text(status))


class FlaggedWordsDialog(QDialog):
    """The region's flagged words (core.pii set_flagged_words), one per line."""

    def __init__(self, words: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Flaggade ord"))
        self.resize(480, 420)
        layout = QVBoxLayout(self)
        help_label = QLabel(
            self.tr(
                "Ord som inte ska stå i svaren (namn på enheter, orter, system …), ett per rad. "
                "Hela ord, oavsett versaler; * i slutet matchar alla ändelser (Hallands*). "
                "Listan följer med utkastet i paket."
            ),
            self,
        )
        help_label.setWordWrap(True)
        layout.addWidget(help_label)
        self.edit = QPlainTextEdit(self)
        self.edit.setAccessibleName(self.tr("Flaggade ord, ett per rad"))
        self.edit.setTabChangesFocus(True)
        self.edit.setPlainText("\n".join(words))
        layout.addWidget(self.edit, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def words(self) -> list[str]:
        return [line.strip() for line in self.edit.toPlainText().splitlines() if line.strip()]


class AckDialog(QDialog):
    """Acknowledge one personal-data finding as a false alarm; a reason is required."""

    def __init__(self, finding: Finding, description: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.finding = finding
        self.setWindowTitle(self.tr("Kvittera varning"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr("{finding}\n\nVarför är det inte en personuppgift? Skälet sparas och följer med utkastet.").format(finding=description),
            self,
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setAccessibleName(self.tr("Skäl"))
        self.reason_edit.setPlaceholderText(self.tr("t.ex. diarienummer, inte ett personnummer"))
        layout.addWidget(self.reason_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button: QPushButton = self.buttons.addButton(self.tr("Kvittera"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason_edit.textChanged.connect(self._on_reason)
        layout.addWidget(self.buttons)

    def _on_reason(self, text: str) -> None:
        self.ok_button.setEnabled(bool(text.strip()))

    def reason(self) -> str:
        return self.reason_edit.text().strip()


@dataclass(frozen=True)
class AckEntry:
    """One standing acknowledgement as the dialog shows it (texts already translated)."""

    field: str  # field key
    finding_id: str
    place: str  # "fråga 3"
    kind: str  # "personnummer"; "" when the text is no longer in the answer
    masked: str
    reason: str
    by: str
    at: str  # local time
    withdrawable: bool  # the finding is in the stored text (core can withdraw it)


class AcknowledgementsDialog(QDialog):
    """ "Kvitterade varningar": the draft's standing acknowledgements; "Ångra kvittering"
    asks for the selected one to be withdrawn (`withdraw_requested(field, finding id)`), a
    double-click or Enter on a row to show it in the editor (`show_requested`, the same)."""

    withdraw_requested = Signal(str, str)
    show_requested = Signal(str, str)
    COLUMNS = 6

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kvitterade varningar"))
        self.resize(820, 380)
        self.entries: list[AckEntry] = []
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tree = QTreeWidget(self)
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnCount(self.COLUMNS)
        self.tree.setHeaderLabels(
            [self.tr("Fråga"), self.tr("Typ"), self.tr("Text"), self.tr("Skäl"), self.tr("Kvitterad av"), self.tr("När")]
        )
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAccessibleName(self.tr("Kvitterade varningar"))
        self.tree.currentItemChanged.connect(self._update_button)
        self.tree.itemActivated.connect(self._on_activated)
        layout.addWidget(self.tree, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.withdraw_button: QPushButton = self.buttons.addButton(self.tr("Ångra kvittering"), QDialogButtonBox.ButtonRole.ActionRole)
        self.withdraw_button.setToolTip(self.tr("Varningen visas igen under fältet tills texten ändras eller kvitteras på nytt"))
        self.withdraw_button.clicked.connect(self._on_withdraw)
        for button in self.buttons.buttons():  # Enter on a row shows it; it must not press a button
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update_button()

    def set_entries(self, entries: list[AckEntry]) -> None:
        """Show the acknowledgements; the selection stays on the same one if it is still there."""
        current = self.current_entry()
        self.entries = list(entries)
        self.tree.clear()
        gone = self.tr("(finns inte längre i svaret)")
        for entry in self.entries:
            item = QTreeWidgetItem([entry.place, entry.kind, entry.masked or gone, entry.reason, entry.by, entry.at])
            item.setToolTip(3, entry.reason)
            self.tree.addTopLevelItem(item)
            if current is not None and (entry.field, entry.finding_id) == (current.field, current.finding_id):
                self.tree.setCurrentItem(item)
        for column in range(self.COLUMNS):
            self.tree.resizeColumnToContents(column)
        if not self.entries:
            self.summary.setText(self.tr("Inga varningar är kvitterade i utkastet."))
        else:
            self.summary.setText(
                self.tr("Kvitterade varningar: {count}. Ångra en kvittering så visas varningen igen i redigeraren.").format(
                    count=len(self.entries)
                )
            )
        first = self.tree.topLevelItem(0)
        if self.tree.currentItem() is None and self.entries and first is not None:
            self.tree.setCurrentItem(first)
        self._update_button()

    def current_entry(self) -> AckEntry | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        index = self.tree.indexOfTopLevelItem(item)
        return self.entries[index] if 0 <= index < len(self.entries) else None

    def _update_button(self, *_args: object) -> None:
        entry = self.current_entry()
        self.withdraw_button.setEnabled(entry is not None and entry.withdrawable)

    def _on_activated(self, *_args: object) -> None:
        entry = self.current_entry()
        if entry is not None:
            self.show_requested.emit(entry.field, entry.finding_id)

    def _on_withdraw(self) -> None:
        entry = self.current_entry()
        if entry is not None and entry.withdrawable:
            self.withdraw_requested.emit(entry.field, entry.finding_id)


class NewRoundDialog(QDialog):
    """ "Ny omgång": a newer form that builds on the open draft's form, a title, a region."""

    def __init__(self, forms: list[Form], region: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ny omgång"))
        self.setMinimumWidth(560)
        self.forms = forms
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Ett nytt utkast för nästa års formulär, ifyllt med svaren i det här utkastet där frågorna motsvarar varandra. "
                "Överförda svar märks ”från föregående år” tills de redigeras eller behålls."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        fields = QFormLayout()
        self.form_choice = QComboBox(self)
        for form in forms:
            self.form_choice.addItem(f"{form.title} ({form.year})", form.id)
        self.title_edit = QLineEdit(self)
        self.region_edit = QLineEdit(region, self)
        fields.addRow(self.tr("&Formulär:"), self.form_choice)
        fields.addRow(self.tr("&Titel:"), self.title_edit)
        fields.addRow(self.tr("&Region:"), self.region_edit)
        layout.addLayout(fields)
        self.error_label = QLabel("", self)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.addButton(self.tr("Skapa"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.form_choice.currentIndexChanged.connect(self._on_form)
        self.title_edit.textChanged.connect(self._update_ok)
        self._on_form()

    @property
    def form(self) -> Form:
        return self.forms[max(0, self.form_choice.currentIndex())]

    def _on_form(self) -> None:
        self.title_edit.setText(self.tr("Svar {year}").format(year=self.form.year))

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.title_edit.text().strip()))

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

"""A notice above the editor (crash recovery, a second instance) and the recovery text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from naravard_desktop.core.storage.session_marker import RunMarker
from naravard_desktop.core.storage.store import DraftNotFound, DraftStore
from naravard_desktop.core.times import local_time
from naravard_desktop.ui.i18n import translate_ui
from naravard_desktop.ui.widgets import look


class Banner(QFrame):
    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("banner")
        layout = QHBoxLayout(self)
        self.row = layout
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.close_button)
        look.style_note(self)
        translate_ui(self)  # subclasses' retranslate too, now and after a language switch
        self.hide()

    def retranslate(self) -> None:
        self.close_button.setText(QCoreApplication.translate("Banner", "Stäng"))  # not self.tr: subclassed

    def show_text(self, text: str) -> None:
        self.label.setText(text)
        self.show()


def recovery_text(store: DraftStore, crashed: RunMarker, fallback_draft: str | None) -> str:
    """What the user is told after an unclean exit: when it ran and what is saved."""
    translate = QCoreApplication.translate
    draft_id = crashed.draft_id or fallback_draft
    last = None
    title = ""
    if draft_id:
        try:
            draft = store.draft(draft_id)
            title = draft.title
            last = store.last_change_at(draft.id)
        except DraftNotFound:
            pass
    started = local_time(crashed.started_at) if crashed.started_at else translate("Banner", "okänd tid")
    text = translate("Banner", "Närvård desktop avslutades oväntat förra gången (startad {started}).").format(started=started)
    if last:
        text += " " + translate("Banner", "Allt som hann sparas finns kvar i ”{title}”: senast sparade ändring {time}.").format(
            title=title, time=local_time(last)
        )
    else:
        text += " " + translate("Banner", "Inga osparade ändringar gick förlorade.")
    return text

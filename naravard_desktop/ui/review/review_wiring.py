"""Review in the main window: the Kommentarer dock, review marks and filters in the
navigator, reviewer mode and Arkiv → Skriv ut granskningskopia.

Installed through ui/extensions.py. The pieces are `ui/review/review_panel.py` (threads, status,
assignee of one question) and `ui/review/review_print.py` (the PDF); everything they write goes
through `core.review.Review` on the window's store, so the author is the user's display
name. Picking a thread in the panel selects its quote in the answer's field
(`show_quote`, at the core's anchor in the editor's answers). Reviewer mode is `DraftSession.review` (a core `ReviewSession`): answers read-only,
comments and statuses open.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QWidget,
)

from naravard_desktop.core.review.comments import Thread, locate_quote
from naravard_desktop.core.review.status import review_marks
from naravard_desktop.ui.feature import WindowFeature
from naravard_desktop.ui.i18n import translate_ui
from naravard_desktop.ui.session import DraftSession
from naravard_desktop.ui.submission.pii_warning import PiiWarningBox, before_data_leaves
from naravard_desktop.ui.widgets import look

if TYPE_CHECKING:  # the panel loads when the Kommentarer dock is first shown, not at start-up
    from naravard_desktop.ui.main_window import MainWindow
    from naravard_desktop.ui.review.review_panel import ReviewPanel

KEY_REVIEWER_MODE = "review/reviewer_mode"

FILTER_ALL = "all"
FILTER_MINE = "mine"
FILTER_OPEN_COMMENTS = "open-comments"
FILTER_NOT_APPROVED = "not-approved"


class ReviewerBanner(QFrame):
    """ "Granskningsläge" above the editor while answers are read-only."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("reviewer-banner")
        layout = QHBoxLayout(self)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        look.set_bold(self.label, True)
        layout.addWidget(self.label, 1)
        look.style_note(self)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.label.setText(
            self.tr(
                "Granskningsläge: svaren går att läsa och markera men inte ändra. Kommentarer och status fungerar. Stäng av under Granskning › Granskningsläge."
            )
        )


class NoDraftLabel(QLabel):
    """The dock's content while no draft is open."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setContentsMargins(8, 8, 8, 8)
        translate_ui(self)

    def retranslate(self) -> None:
        self.setText(self.tr("Öppna ett utkast för att läsa och skriva kommentarer."))


def selected_answer_text(focus: QWidget | None) -> str:
    """The text selected in a text box (line breaks as "\\n"), "" when none."""
    if isinstance(focus, QPlainTextEdit):
        return focus.textCursor().selectedText().replace("\u2029", "\n")
    if isinstance(focus, QLineEdit):
        return focus.selectedText()
    return ""


class ReviewWiring(WindowFeature):
    """The window's review dock, menu, marks, filters, reviewer mode and print action."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self._panel: ReviewPanel | None = None  # built while the dock shows (`panel` builds it on demand)
        self._panel_question: str | None = None  # the question the panel shows, or will start at when built
        self.marks_by_question: dict[str, set[str]] = {}
        #: The store's change token when the review data was last read (`refresh_review`).
        self.read_at: tuple[int, int, int] | None = None
        self.filter = FILTER_ALL
        self.pii_box: PiiWarningBox | None = None
        r = window.registry

        self.dock = QDockWidget(window)
        # The panel scrolls, so the dock never makes the window's minimum size larger.
        self.scroll = QScrollArea(self.dock)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.no_draft = NoDraftLabel(self.scroll)
        self.scroll.setWidget(self.no_draft)
        self.dock.setWidget(self.scroll)
        r.add_dock("comments", self.dock, lambda: self.tr("Kommentarer"))
        window.tabifyDockWidget(window.validation_dock, self.dock)  # a tab beside Kontroll: the window stays small
        window.validation_dock.raise_()  # Kontroll stays the tab in front; Ctrl+Alt+M brings this one
        self.dock.visibilityChanged.connect(self._on_dock_visible)

        self.print_action = r.add("print-review", lambda: self.tr("Skriv &ut granskningskopia…"), self.ask_print, menu="file")
        r.place("file", [self.print_action], after="bundle-import", before="quit")  # … Importera paket, Skriv ut granskningskopia | Avsluta

        r.add_menu("review", lambda: self.tr("Gra&nskning"))
        self.comment_action = r.add(
            "comment-selection", lambda: self.tr("&Kommentera markerad text"), self.comment_selection, menu="review", shortcut="Ctrl+Alt+M"
        )
        self.reviewer_action = r.add(
            "reviewer-mode",
            lambda: self.tr("Gransknings&läge (svaren skrivskyddade)"),
            self.set_reviewer_mode,
            menu="review",
            checkable=True,
            separator_before=True,
        )
        self.filter_group = QActionGroup(self)
        self.filter_group.setExclusive(True)
        texts = {
            FILTER_ALL: lambda: self.tr("&Alla frågor"),
            FILTER_MINE: lambda: self.tr("&Mina frågor"),
            FILTER_OPEN_COMMENTS: lambda: self.tr("&Öppna kommentarer"),
            FILTER_NOT_APPROVED: lambda: self.tr("&Inte godkända"),
        }
        self.filter_actions: dict[str, QAction] = {}
        for index, (filter_id, text) in enumerate(texts.items()):
            action = r.add(
                f"review-filter-{filter_id}", text, self._on_filter_action, menu="review", checkable=True, separator_before=index == 0
            )
            action.setData(filter_id)
            self.filter_group.addAction(action)
            self.filter_actions[filter_id] = action
        self.filter_actions[FILTER_ALL].setChecked(True)
        self.include_resolved_action = r.add(
            "print-include-resolved",
            lambda: self.tr("Skriv ut lösta &trådar också"),
            self._noop,
            menu="review",
            checkable=True,
            separator_before=True,
        )

        self.banner = ReviewerBanner(window.central)
        window.insert_banner(self.banner)

        self.reviewer_action.setChecked(bool(window.settings.value(KEY_REVIEWER_MODE, False, type=bool)))
        window.mark_sources.append(self.marks)
        window.draft_opened.connect(self._on_draft_opened)
        window.draft_closed.connect(self._on_draft_closed)
        window.editor_built.connect(self._on_editor_built)
        window.current_question_changed.connect(self.follow_question)
        window.store_changed.connect(self.reread)  # an import can bring comments
        window.pages.currentChanged.connect(self._update_banner)
        window.activated.connect(self._on_window_activated)
        self._update_actions()

    def _noop(self, *_args: object) -> None:
        """The include-resolved choice is read when printing."""

    # -- state ----------------------------------------------------------------------------

    @property
    def reviewer_mode(self) -> bool:
        return self.reviewer_action.isChecked()

    def marks(self) -> dict[str, set[str]]:
        return self.marks_by_question

    def _on_window_activated(self) -> None:
        session = self.session
        if session is not None and session.store.change_token() != self.read_at:
            self.reread()  # e.g. `naravard comment add` in a terminal meanwhile

    def reread(self, _change: object = None) -> None:
        """The stored review data may have changed behind the window: marks, filter, panel."""
        if self.session is None:
            return
        self.refresh_review()
        if self._panel is not None:
            self._panel.reload()

    def _update_actions(self) -> None:
        has_draft = self.session is not None
        for action in (self.print_action, self.comment_action, *self.filter_actions.values()):
            action.setEnabled(has_draft)

    def _on_draft_opened(self, _session: DraftSession) -> None:
        self._update_actions()
        self.refresh_review()
        if self.reviewer_mode:
            self.window.statusBar().showMessage(self.tr("Granskningsläge: svaren är skrivskyddade."), 10000)

    @property
    def panel(self) -> ReviewPanel | None:
        """The comments panel of the open draft (None without one); built now if the dock
        has not shown it yet."""
        self._ensure_panel()
        return self._panel

    def _on_dock_visible(self, visible: bool) -> None:
        if visible:
            self._ensure_panel()

    def _ensure_panel(self) -> None:
        if self._panel is None and self.session is not None:
            self._build_panel()

    def _build_panel(self) -> None:
        session = self.session
        assert session is not None
        from naravard_desktop.ui.review.review_panel import ReviewPanel

        self._replace_panel(ReviewPanel(session.store, session.form, session.draft_id, self.scroll, answers=self._answers))
        self.follow_question(self._panel_question or self.window.current_question() or "")

    def _on_editor_built(self) -> None:
        """A new navigator and form view (draft opened, language switched): a new panel
        (now if the dock shows, else when it is first shown), reviewer mode and filter
        applied again."""
        session = self.session
        if session is None:
            return
        old = self._panel
        same_draft = old is not None and old.review.draft_id == session.draft_id
        if old is not None:  # else the question followed while it was not built stays
            self._panel_question = old.question if same_draft else None
        self._drop_panel()
        if self.dock.isVisible():
            self._build_panel()
        self.apply_reviewer_mode()
        self.apply_filter()

    def _on_draft_closed(self) -> None:
        self.marks_by_question = {}
        if self.pii_box is not None:
            self.pii_box.close()
            self.pii_box = None
        self._panel_question = None
        self._drop_panel()
        self.banner.hide()
        self._update_actions()

    def _drop_panel(self) -> None:
        """The dock shows "open a draft" until a panel is built."""
        if self._panel is not None or not isinstance(self.scroll.widget(), NoDraftLabel):
            self._replace_panel(None)

    def _replace_panel(self, panel: ReviewPanel | None) -> None:
        self._panel = panel
        old = self.scroll.takeWidget()
        if panel is not None:
            panel.changed.connect(self.refresh_review)
            panel.thread_chosen.connect(self.show_quote)
            self.scroll.setWidget(panel)
        else:
            self.no_draft = NoDraftLabel(self.scroll)
            self.scroll.setWidget(self.no_draft)
        if old is not None:
            old.hide()
            old.deleteLater()

    # -- the panel follows the current question -----------------------------------------

    def follow_question(self, number: str) -> None:
        """Show the threads of the navigator's current question (a group heading: none)."""
        session = self.session
        if session is None:
            return
        question = session.form.question(number) if number else None
        wanted = question.number if question is not None and question.answerable else None
        panel = self._panel
        if panel is None:  # not built yet (its dock has not shown): it starts at this question
            self._panel_question = wanted
        elif wanted != panel.question:
            panel.set_question(wanted)

    def comment_selection(self, *_args: object) -> None:
        """Granskning › Kommentera markerad text: a new comment on the current question with
        the editor's selected text as its quote."""
        if self.panel is None:
            return
        focus = QApplication.focusWidget()
        form_view = self.window.form_view
        in_answer = focus is not None and form_view is not None and form_view.isAncestorOf(focus)
        quote = selected_answer_text(focus) if in_answer else ""
        number = self.window.current_question()
        if number is not None:
            self.follow_question(number)
        if self.panel.question is None:
            self.window.statusBar().showMessage(self.tr("Välj först en fråga att kommentera."), 10000)
            return
        if quote:
            self.panel.set_quote(quote)
        self.dock.show()
        self.dock.raise_()
        self.panel.comment_edit.setFocus()

    def _answers(self) -> dict[str, Any]:
        """The answers as the editor has them (unsaved edits included): quotes are located there."""
        session = self.session
        return session.answers if session is not None else {}

    def show_quote(self, thread: Thread) -> bool:
        """Select a thread's quoted excerpt in its answer field, where the core's anchor
        has it now (it follows edits); nothing when the quote is gone or not quoted."""
        anchor = thread.anchor
        form_view = self.window.form_view
        if thread.quote is None or anchor is None or anchor.lost or not thread.field or form_view is None:
            return False
        field = form_view.field_widget(thread.field)
        if field is None or not hasattr(field, "select_range") or not form_view.is_shown(thread.question):
            return False
        if field.text()[anchor.start : anchor.end] != anchor.current:  # the field differs from the answers read
            anchor = locate_quote(field.text(), thread.quote, thread.before, thread.after)
            if anchor.lost:
                return False
        form_view.lay_out_now()
        form_view.ensureWidgetVisible(field, 20, 40)
        field.select_range(anchor.start, anchor.end, focus=False)
        return True

    # -- marks and filters ----------------------------------------------------------------

    def refresh_review(self) -> None:
        """Re-read statuses and open comments; refresh the navigator marks and filter."""
        session = self.session
        if session is None:
            self.marks_by_question = {}
            return
        self.read_at = session.store.change_token()
        review = session.review.review
        statuses = {number: status.status for number, status in review.statuses().items()}
        self.marks_by_question = review_marks(statuses, review.open_comment_counts())
        self.window.refresh_status()
        self.apply_filter()

    def _on_filter_action(self, *_args: object) -> None:
        action = self.filter_group.checkedAction()
        self.set_filter(str(action.data()) if action is not None else FILTER_ALL)

    def set_filter(self, filter_id: str) -> None:
        self.filter = filter_id
        action = self.filter_actions.get(filter_id)
        if action is not None and not action.isChecked():
            action.setChecked(True)
        self.apply_filter()

    def filtered_questions(self) -> set[str] | None:
        """The questions the current filter lets through (None: all)."""
        session = self.session
        if session is None or self.filter == FILTER_ALL:
            return None
        review = session.review.review
        if self.filter == FILTER_MINE:
            return set(review.my_questions())  # assignee = the user's display name
        if self.filter == FILTER_OPEN_COMMENTS:
            return set(review.questions_with_open_comments())
        return set(review.not_approved())

    def apply_filter(self) -> None:
        navigator = self.window.navigator
        if navigator is None:
            return
        numbers = self.filtered_questions()
        navigator.show_only(numbers)
        if numbers is not None and not numbers:
            self.window.statusBar().showMessage(self.tr("Inga frågor passar filtret; välj Granskning › Alla frågor."), 10000)

    # -- reviewer mode --------------------------------------------------------------------

    def set_reviewer_mode(self, on: bool) -> None:
        if self.reviewer_action.isChecked() != on:
            self.reviewer_action.setChecked(on)
        self.window.settings.setValue(KEY_REVIEWER_MODE, bool(on))
        self.apply_reviewer_mode()

    def apply_reviewer_mode(self) -> None:
        on = self.reviewer_mode
        session = self.session
        form_view = self.window.form_view
        if session is not None:
            if on and form_view is not None:
                form_view.break_merges()  # typing after leaving the mode is a new undo step
                session.write_soon()
            session.review.reviewer = on
        if form_view is not None:
            form_view.set_answers_read_only(on)
        self._update_banner()
        self.window.set_answers_undoable(not on)

    def _update_banner(self, *_args: object) -> None:
        """The banner shows over the open draft only (not over the start page)."""
        window = self.window
        self.banner.setVisible(self.reviewer_mode and self.session is not None and window.pages.currentWidget() is window.editor_page)

    # -- print ----------------------------------------------------------------------------

    def ask_print(self, *_args: object) -> None:
        """Arkiv › Skriv ut granskningskopia: warn about personal data first, then save."""
        session = self.session
        if session is None:
            return
        self.pii_box = before_data_leaves(
            self.window,
            self.tr("Utkastet kan innehålla personuppgifter. En utskrift kan spridas vidare; kontrollera de här svaren först:"),
            self.print_copy,
        )
        if self.pii_box is not None:
            self.pii_box.finished.connect(self._on_pii_answer)

    def _on_pii_answer(self, _result: int) -> None:
        self.pii_box = None

    def print_copy(self) -> None:
        session = self.session
        if session is None:
            return
        from naravard_desktop.ui.review.review_print import print_review_copy  # reportlab loads when printing, not at start

        path = print_review_copy(
            self.window,
            session.store,
            session.form,
            session.draft_id,
            include_resolved=self.include_resolved_action.isChecked(),
            settings=self.window.settings,
        )
        if path is not None:
            self.window.statusBar().showMessage(self.tr("Granskningskopian är sparad: {path}").format(path=path), 15000)


def install(window: Any) -> None:
    window.review = ReviewWiring(window)

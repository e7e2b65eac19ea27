"""The main window: start page or the open draft (navigator, questionnaire, panels)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QKeySequence,
    QResizeEvent,
    QShowEvent,
    QUndoGroup,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from naravard_desktop.core.forms.model import Form, form_registry, normalise_number
from naravard_desktop.core.review.status import ANSWERED, NOT_ASKED, question_statuses
from naravard_desktop.core.storage import paths, session_marker
from naravard_desktop.core.storage.store import DraftNotFound, DraftStore, StoreError
from naravard_desktop.core.submission.validation import check_draft, progress
from naravard_desktop.core.times import local_time
from naravard_desktop.ui import i18n
from naravard_desktop.ui.actions import ActionRegistry
from naravard_desktop.ui.banner import Banner, recovery_text
from naravard_desktop.ui.commands import SetValuesCommand
from naravard_desktop.ui.extensions import EXTENSIONS
from naravard_desktop.ui.form_view import FormView
from naravard_desktop.ui.i18n import error_text
from naravard_desktop.ui.navigator import Navigator
from naravard_desktop.ui.panels import ParkedPanel, ValidationPanel
from naravard_desktop.ui.session import DraftSession, UnsavedChanges
from naravard_desktop.ui.settings import KEY_DISPLAY_NAME, KEY_GEOMETRY, KEY_LAST_DRAFT, KEY_STATE, app_settings, question_key
from naravard_desktop.ui.store_change import StoreChange
from naravard_desktop.ui.submission.parked_actions import ParkedActions
from naravard_desktop.ui.widgets.focus_ring import FocusRings
from naravard_desktop.ui.widgets.inputs import redo_keys
from naravard_desktop.ui.widgets.question_card import QuestionCard

if TYPE_CHECKING:  # loaded when first used: a draft opened at start needs no start page or find bar
    from naravard_desktop.ui.find_bar import FindBar
    from naravard_desktop.ui.start_page import StartPage

log = logging.getLogger("naravard")
FIRST_DOCK_WIDTH = 400  # px at most, the docks on the right at first start (later: as the user left them)
# Small windows (1024×700, a 1366×768 laptop at 125 %): the questionnaire gets the space
# first; the navigator and the docks on the right give way down to their own minimum.
EDITOR_WIDTH = 600  # px the questionnaire is given when the window has room for it
EDITOR_SHARE = 0.55  # …and at least this share of a smaller window
NAVIGATOR_WIDTH = 330  # px at most, at first
NAVIGATOR_SHARE = 0.22  # of the window at most, when the questionnaire needs the room
NAVIGATOR_MIN_WIDTH = 170
ROOM_DELAY_MS = 60

STATUS_DELAY_MS = 250
VALIDATION_DELAY_MS = 1200


class MainWindow(QMainWindow):
    draft_opened = Signal(object)  # DraftSession
    draft_closed = Signal()
    # After after_store_change: the open session has taken the change in; each feature
    # updates its own state (conflicts, warnings, marks, review, transfer) from here.
    store_changed = Signal(object)  # StoreChange
    problem_activated = Signal(object)  # validation Problem the user clicked
    current_question_changed = Signal(str)  # the navigator's current question moved (click, jump, focus); one source
    editor_built = Signal()  # a new navigator and form view (draft opened, language switched)
    # The user came back to the window: the stored draft may have changed behind it (a
    # command in a terminal). A signal, not event filters on the window: those ran Python
    # for every event of the window (~100 at start).
    activated = Signal()
    closing = Signal()  # the window closes for good (unsaved edits were dealt with); before the draft closes

    def __init__(self, data_dir: Path, *, open_last: bool = True, draft_id: str | None = None):
        super().__init__()
        self._opened = False  # the open draft reached its first place (its current question is the user's)
        self._place: str | None = None  # the question to open at once the window is shown
        self._docks_in_front: list[QDockWidget] = []
        self.data_dir = data_dir
        self._closed = False
        self.settings = app_settings(data_dir)
        self.store = DraftStore(data_dir)  # raises StoreError before anything is marked
        self.forms = form_registry(data_dir)
        crashed, other_running = session_marker.acquire(data_dir)
        self._owns_marker = not other_running
        self.session: DraftSession | None = None
        # Extensions add navigator marks: each source gives question number → extra marks.
        self.mark_sources: list[Callable[[], Mapping[str, set[str]]]] = []
        self.form_view: FormView | None = None
        self.navigator: Navigator | None = None
        # Undo is Qt's: the window's stack in a group whose active stack is switched off in
        # reviewer mode (set_answers_undoable), the actions made by the group.
        self.undo_stack = QUndoStack(self)
        self.undo_group = QUndoGroup(self)
        self.undo_group.addStack(self.undo_stack)
        self.undo_group.setActiveStack(self.undo_stack)
        self._features_hearing = False  # inside draft_opened / store_changed: one refresh_status after it
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.timeout.connect(self.refresh_status)
        self._validation_timer = QTimer(self)
        self._validation_timer.setSingleShot(True)
        self._validation_timer.timeout.connect(self.refresh_validation)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.banner = Banner(central)
        layout.addWidget(self.banner)
        self._find_bar: FindBar | None = None  # built on first use (Ctrl+F), right above the pages
        self.pages = QStackedWidget(central)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.central = central
        self._central_layout = layout
        self._start_page: StartPage | None = None  # built when first shown (a draft opened at start needs none)
        self.editor_page = QSplitter(self.pages)
        self.editor_page.setChildrenCollapsible(False)
        self.pages.addWidget(self.editor_page)

        self.saved_label = QLabel(self)
        self._save_state: tuple[str, str] | None = None
        self.statusBar().addPermanentWidget(self.saved_label)

        self.registry = ActionRegistry(self)
        self._build_actions()
        self.parked_dock = QDockWidget(self)
        self.validation_dock = QDockWidget(self)
        self.registry.add_dock("parked", self.parked_dock, lambda: self.tr("Parkerade svar"))
        self.registry.add_dock("validation", self.validation_dock, lambda: self.tr("Kontroll"))
        self.tabifyDockWidget(self.parked_dock, self.validation_dock)
        self._validation_stale = False  # a check waits while Kontroll cannot be seen
        self.validation_dock.visibilityChanged.connect(self._on_validation_visible)
        self.parked_actions = ParkedActions(self)
        i18n.translate_ui(self, now=False)  # before its parts: it rebuilds the editor first
        self._build_panels()
        for install in EXTENSIONS:
            install(self)
        self.registry.drop_shadowed_shortcuts()
        for dock in self.findChildren(QDockWidget):  # a dock shown or moved: the questionnaire first again
            dock.visibilityChanged.connect(self._make_room_soon)
            dock.dockLocationChanged.connect(self._make_room_soon)
        self._retranslate_static()

        self._docks_put_away: list[QDockWidget] | None = None  # hidden while the start page shows
        self.focus_rings = FocusRings()
        self._room_timer = QTimer(self)  # after the layouts took a new size (a window manager resizes in steps)
        self._room_timer.setSingleShot(True)
        self._room_timer.setInterval(ROOM_DELAY_MS)
        self._room_timer.timeout.connect(self.give_the_editor_room)
        self._room_passes = 0
        self.resize(self._first_size())
        geometry = self.settings.value(KEY_GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.value(KEY_STATE)
        if state is not None:
            self.restoreState(state)
        else:  # first start: room for the docks' buttons, Kontroll the tab in front
            first_width = min(FIRST_DOCK_WIDTH, int(self.width() * 0.28))
            self.resizeDocks([self.validation_dock], [first_width], Qt.Orientation.Horizontal)
            self.validation_dock.raise_()
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._on_focus_changed)

        wanted = draft_id or (str(self.settings.value(KEY_LAST_DRAFT) or "") if open_last else "")
        if not wanted and open_last and crashed is not None and crashed.draft_id:
            wanted = crashed.draft_id  # the settings may not have reached the disk before the crash
        if wanted:
            try:
                self.open_draft(wanted)
            except (DraftNotFound, KeyError):
                self.show_start_page()
        else:
            self.show_start_page()
        if crashed is not None:
            self.recovery_text = recovery_text(self.store, crashed, self.session.draft_id if self.session else None)
            log.warning("recovered after an unclean exit")  # no draft title in the log
            self.banner.show_text(self.recovery_text)
        elif other_running:
            self.banner.show_text(
                self.tr("Närvård desktop verkar redan vara igång med samma datakatalog. Skriv inte i samma utkast i två fönster.")
            )

    # -- building ---------------------------------------------------------------------

    @property
    def start_page(self) -> StartPage:
        """The list of drafts and forms; built on first use."""
        if self._start_page is None:
            from naravard_desktop.ui.start_page import StartPage

            page = StartPage(self.forms, self.pages)
            page.create_requested.connect(self.ask_new_draft)
            page.open_requested.connect(self.open_draft)
            page.set_drafts(self.store.drafts(), self.forms)
            self.pages.insertWidget(0, page)
            self._start_page = page
        return self._start_page

    @property
    def form_list(self) -> Any:
        return self.start_page.form_list

    def _build_actions(self) -> None:
        r = self.registry
        r.add_menu("file", lambda: self.tr("&Arkiv"))
        r.add_menu("edit", lambda: self.tr("&Redigera"))
        r.add_menu("view", lambda: self.tr("&Visa"))
        r.add_menu("go", lambda: self.tr("&Gå till"))
        r.add_menu("help", lambda: self.tr("&Hjälp"))
        r.add("new-draft", lambda: self.tr("&Nytt utkast…"), self.ask_new_draft_default, menu="file", shortcut=QKeySequence.StandardKey.New)
        r.add("open-draft", lambda: self.tr("Ö&ppna utkast…"), self.show_start_page, menu="file", shortcut=QKeySequence.StandardKey.Open)
        r.add("save-now", lambda: self.tr("&Spara nu"), self.save_now, menu="file", shortcut=QKeySequence.StandardKey.Save)
        r.add("display-name", lambda: self.tr("Ditt &namn…"), self.ask_display_name, menu="file", separator_before=True)
        r.add("quit", lambda: self.tr("&Avsluta"), self.close, menu="file", shortcut=QKeySequence.StandardKey.Quit, separator_before=True)
        group = self.undo_group
        r.add_made("undo", lambda text: group.createUndoAction(self, text), lambda: self.tr("&Ångra"), menu="edit")
        r.action("undo").setShortcuts(QKeySequence.StandardKey.Undo)
        r.add_made("redo", lambda text: group.createRedoAction(self, text), lambda: self.tr("&Gör om"), menu="edit")
        r.action("redo").setShortcuts(redo_keys())  # Ctrl+Y and Ctrl+Shift+Z on every platform
        r.add(
            "find",
            lambda: self.tr("&Sök i frågor och svar…"),
            self._find_open,
            menu="edit",
            shortcut=QKeySequence.StandardKey.Find,
            separator_before=True,
        )
        r.add("find-next", lambda: self.tr("Sök &nästa"), self._find_next, menu="edit", shortcut=QKeySequence.StandardKey.FindNext)
        r.add(
            "find-previous",
            lambda: self.tr("Sök &föregående"),
            self._find_previous,
            menu="edit",
            shortcut=QKeySequence.StandardKey.FindPrevious,
        )
        self.language_group = QActionGroup(self)  # exclusive: radio items in the menu
        self.language_group.setExclusive(True)
        for code, name in i18n.LANGUAGES.items():
            action = r.add(f"language-{code}", partial(str, name), self._on_language_action, menu="view", checkable=True)
            action.setData(code)
            action.setChecked(code == i18n.current_language())
            self.language_group.addAction(action)
        r.menus["view"].addSeparator()
        r.add("go-to", lambda: self.tr("&Fråga nummer…"), self.ask_go_to, menu="go", shortcut="Ctrl+G")
        r.add("next-unanswered", lambda: self.tr("&Nästa obesvarade"), self.next_unanswered, menu="go", shortcut="F8")
        r.add("previous-unanswered", lambda: self.tr("&Föregående obesvarade"), self.previous_unanswered, menu="go", shortcut="Shift+F8")
        r.add("log-dir", lambda: self.tr("Öppna &loggmappen"), self.open_log_dir, menu="help")
        r.add("about", lambda: self.tr("&Om Närvård desktop"), self.show_about, menu="help")

    def _build_panels(self) -> None:
        self.parked_panel = ParkedPanel(self.parked_dock)
        self.parked_panel.restore_requested.connect(self.parked_actions.restore)
        self.parked_panel.copy_requested.connect(self.parked_actions.copy)
        self.parked_panel.delete_requested.connect(self.parked_actions.delete)
        self.parked_panel.go_to_requested.connect(self.go_to_field)
        self.parked_dock.setWidget(self.parked_panel)
        self.validation_panel = ValidationPanel(self.validation_dock)
        self.validation_panel.go_to_requested.connect(self.go_to_field)
        self.validation_panel.problem_activated.connect(self.problem_activated)
        self.validation_dock.setWidget(self.validation_panel)

    @property
    def find_bar(self) -> FindBar:
        """Find in questions and answers (Ctrl+F); built when first used."""
        if self._find_bar is None:
            from naravard_desktop.ui.find_bar import FindBar

            self._find_bar = FindBar(self, self.central)
            self._central_layout.insertWidget(self._central_layout.indexOf(self.pages), self._find_bar)
        return self._find_bar

    def _find_open(self) -> None:
        self.find_bar.open()

    def _find_next(self) -> None:
        self.find_bar.find_next()

    def _find_previous(self) -> None:
        self.find_bar.find_previous()

    def _retranslate_static(self) -> None:
        if self._find_bar is not None:
            self._find_bar.retranslate()
        if self.session is not None and self.session.last_saved_at:
            self._on_saved(self.session.last_saved_at)
        self._update_title()

    # -- drafts -----------------------------------------------------------------------

    def show_start_page(self) -> None:
        if self.session is not None:
            self.session.flush()
        self.start_page.set_drafts(self.store.drafts(), self.forms)
        self.pages.setCurrentWidget(self.start_page)
        self._put_docks_away()
        page = self.start_page  # keyboard use: the focus goes where the choice is made
        (page.draft_list if page.draft_list.count() else page.form_list).setFocus()
        if self._find_bar is not None:
            self._find_bar.hide()
        self._update_title()

    def ask_new_draft_default(self) -> None:
        forms = self.forms.sorted()
        if forms:
            self.ask_new_draft(forms[0].id)

    def ask_new_draft(self, form_id: str) -> None:
        form = self.forms.get(form_id)
        if form is None:
            return
        from naravard_desktop.ui.start_page import NewDraftDialog

        dialog = NewDraftDialog(form, self)
        if dialog.exec():
            self.create_draft(form_id, dialog.title_edit.text(), dialog.region_edit.text())

    def create_draft(self, form_id: str, title: str, region: str | None = None) -> DraftSession:
        draft = self.store.create_draft(form_id, title, region)
        session = self.open_draft(draft.id)
        first = next(iter(self._unanswered_in_order()), None)
        if first is not None and self.go_to_question(first):  # the keyboard is ready in the first answer
            self._show_top_if_room(first)
        return session

    def open_draft(self, draft_id: str) -> DraftSession:
        """Open a draft in the editor; raises DraftNotFound / KeyError (unknown form)."""
        draft = self.store.draft(draft_id)
        form = self.forms.require(draft.form_id)
        if self.session is not None and self.session.draft_id == draft.id and self.form_view is not None:
            # Back from the start page to the open draft: keep its undo history and scroll place.
            self.pages.setCurrentWidget(self.editor_page)
            self._bring_docks_back()
            self._update_title()
            return self.session
        self.close_draft()
        last_question = str(self.settings.value(question_key(draft.id)) or "")
        self.session = DraftSession(self.store, form, draft.id, self)
        self.session.saved.connect(self._on_saved)
        self.session.save_failed.connect(self._on_save_failed)
        self.session.value_changed.connect(self._on_value_changed)
        self._build_editor(form)
        self.pages.setCurrentWidget(self.editor_page)
        self._bring_docks_back()
        self._open_at(last_question)
        self.settings.setValue(KEY_LAST_DRAFT, draft.id)
        if self._owns_marker:
            session_marker.update(self.data_dir, draft.id)
        last = self.store.last_change_at(draft.id)
        self._show_save_state(("last", local_time(last)) if last else None)
        self._update_title()
        self._tell_features(self.draft_opened, self.session)
        return self.session

    def _clear_editor(self) -> None:
        """Remove the navigator and form view, so no widget can edit a closed session."""
        for index in reversed(range(self.editor_page.count())):
            old = self.editor_page.widget(index)
            if old is None:
                continue
            if isinstance(old, FormView):
                old.retire()
            old.hide()
            old.setParent(None)
            old.deleteLater()
        self.form_view = None
        self.navigator = None

    def _build_editor(self, form: Form) -> None:
        assert self.session is not None
        self._clear_editor()
        self.navigator = Navigator(form, self.editor_page)
        self.navigator.setMinimumWidth(NAVIGATOR_MIN_WIDTH)  # its numbers and marks stay readable
        self.navigator.question_activated.connect(self.go_to_question)
        self.navigator.tree.currentItemChanged.connect(self._on_navigator_current)
        self.form_view = FormView(self.session, self.undo_stack, parent=self.editor_page)
        self.form_view.message.connect(self._show_message)
        self.form_view.conditions_changed.connect(self._schedule_status)
        self.editor_page.addWidget(self.navigator)
        self.editor_page.addWidget(self.form_view)
        self.editor_page.setStretchFactor(0, 0)
        self.editor_page.setStretchFactor(1, 1)
        navigator_width = min(NAVIGATOR_WIDTH, int(self.width() * NAVIGATOR_SHARE))
        self.editor_page.setSizes([navigator_width, max(1, self.editor_page.width() - navigator_width)])
        self._room_timer.start()
        self.editor_built.emit()

    def _on_navigator_current(self, item: Any, _previous: Any = None) -> None:
        from naravard_desktop.ui.navigator import NUMBER_ROLE

        number = item.data(0, NUMBER_ROLE) if item is not None else None
        if number:
            if self.session is not None and self._opened:
                self.settings.setValue(question_key(self.session.draft_id), str(number))
            self.current_question_changed.emit(str(number))

    def close_draft(self) -> None:
        self._opened = False
        self._place = None
        if self.session is None:
            return
        if not self.session.close():
            log.error("closing a draft with unsaved changes: %s", sorted(self.session._pending))
        self.session.value_changed.disconnect(self._on_value_changed)
        self._clear_editor()
        self.undo_stack.clear()
        self.session.deleteLater()
        self.session = None
        self._show_save_state(None)
        self.draft_closed.emit()

    def save_now(self) -> None:
        if self.session is not None:
            self.session.flush()

    def ensure_saved(self) -> bool:
        """Before an action that reads or changes the stored draft: write what was typed.
        False (and the user told why) when that is not possible now."""
        if self.session is None:
            return True
        try:
            self.session.require_saved()
        except UnsavedChanges as exc:
            QMessageBox.warning(self, self.tr("Kunde inte spara"), str(exc))
            return False
        return True

    def after_store_change(self, change: StoreChange) -> list[str]:
        """The one path after the store changed behind the editor (bundle import, conflict
        resolution, restore of a version, an acknowledgement, carry, backup restore, a
        new form version): the open draft takes the stored values in, undo steps the
        change made stale are dropped, every feature hears `store_changed`, then marks,
        progress and checks are refreshed once. Returns the field keys whose value changed.

        `change.database` (a backup restored): the store and the open draft's autosave
        connect again first; a draft the restored database lacks is closed (start page)."""
        if change.database:
            self._reconnect_store()
        if change.forms:
            self.forms = form_registry(self.data_dir)
            if self._start_page is not None:
                self._start_page.set_forms(self.forms)
        session = self.session
        if session is None or (change.draft_id is not None and change.draft_id != session.draft_id):
            if self._start_page is not None:
                self._start_page.set_drafts(self.store.drafts(), self.forms)
            self.store_changed.emit(change)
            return []
        fields = session.reload()
        self._drop_stale_undo(fields)
        self._tell_features(self.store_changed, replace(change, draft_id=session.draft_id, fields=tuple(fields)))
        return fields

    def _tell_features(self, signal: Any, value: object) -> None:
        """Emit `signal` (draft_opened, store_changed) to every feature, then refresh marks,
        progress and checks once: the features' own refresh_status calls wait for it."""
        self._features_hearing = True
        try:
            signal.emit(value)
        finally:
            self._features_hearing = False
        self.refresh_status()
        self.refresh_validation()

    def _reconnect_store(self) -> None:
        self.store.reopen()
        if not self.store.has_editor_name():  # a backup from before the name was given
            stored = str(self.settings.value(KEY_DISPLAY_NAME) or "")
            if stored:
                self.store.set_editor_name(stored)
        if self.session is None:
            return
        try:
            self.session.reconnect()
        except DraftNotFound:
            self.close_draft()
            self.show_start_page()

    def _drop_stale_undo(self, changed: list[str]) -> None:
        """Undo steps that touch a field the store changed would write a stale value back:
        the stack is cleared then (every version is still in Redigera › Historik)."""
        stack = self.undo_stack
        if not changed or not stack.count():
            return
        touched: set[str] = set()
        for index in range(stack.count()):
            command = stack.command(index)
            if isinstance(command, SetValuesCommand):
                touched.update(command.new)
        if touched & set(changed):
            stack.clear()
            self.statusBar().showMessage(
                self.tr("Ångra gäller inte ändringar från före importen; äldre versioner finns i Redigera › Historik."), 15000
            )

    # -- model events -----------------------------------------------------------------

    def _on_value_changed(self, _key: str) -> None:
        self._schedule_status()
        if not self.isWindowModified() and self.session is not None and self.session.has_pending():
            self.setWindowModified(True)

    def _schedule_status(self) -> None:
        """Refresh marks and panels once typing pauses (restarted per change)."""
        self._status_timer.start(STATUS_DELAY_MS)
        if self.session is not None:
            self._validation_timer.start(VALIDATION_DELAY_MS)

    def refresh_status(self) -> None:
        """Navigator marks, progress and the parked panel (coalesced, not per keystroke;
        once per after_store_change, after every feature heard the change)."""
        self._status_timer.stop()
        if self._features_hearing or self.session is None or self.navigator is None:
            return
        answers = self.session.answers
        form = self.session.form
        answered, asked = progress(form, answers)
        statuses = question_statuses(form, answers)
        for source in self.mark_sources:
            for number, marks in source().items():
                statuses.setdefault(number, set()).update(marks)
        self.navigator.refresh(statuses, answered, asked)
        self.parked_panel.refresh(self.session.evaluator().parked())

    def refresh_validation(self) -> None:
        """The core's check over the stored draft (after the pending write, if any), shown
        in Kontroll, its only reader. While Kontroll cannot be seen (closed, a tab behind
        another, the window not shown yet) the check waits until it can."""
        self._validation_timer.stop()
        if not self.validation_dock.isVisible():
            self._validation_stale = True
            return
        self._validation_stale = False
        if self.session is not None and self.session.has_pending():
            self.session.write_soon()
            self._validation_timer.start(VALIDATION_DELAY_MS // 2)
            return
        if self.session is None:
            self.validation_panel.refresh([])
            return
        self.validation_panel.refresh(check_draft(self.store, self.session.form, self.session.draft_id))

    def _on_validation_visible(self, visible: bool) -> None:
        if visible and self._validation_stale:
            self.refresh_validation()

    def _show_save_state(self, state: tuple[str, str] | None) -> None:
        """The status bar's save note; kept as data so a language switch can redo it."""
        self._save_state = state
        kind, time_text = state or ("", "")
        if kind == "last":
            text = self.tr("Senast sparat {time}").format(time=time_text)
        elif kind == "saved":
            text = self.tr("Sparat {time}").format(time=time_text)
        elif kind == "failed":
            text = self.tr("Kunde inte spara – försöker igen")
        else:
            text = ""
        self.saved_label.setText(text)

    def set_answers_undoable(self, on: bool) -> None:
        """Reviewer mode turns undo off here, in one place: the group has no active stack,
        so Ångra/Gör om (and Ctrl+Z in a text box) do nothing; the history is kept."""
        self.undo_group.setActiveStack(self.undo_stack if on else None)  # type: ignore[arg-type]  # PySide6 stub gap: Qt takes nullptr (no active stack)

    def _on_saved(self, time_text: str) -> None:
        self._show_save_state(("saved", time_text))
        self._update_title()

    def _on_save_failed(self, message: str) -> None:
        self._show_save_state(("failed", ""))
        self._show_message(self.tr("Kunde inte spara: {error}").format(error=message))

    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        """Leaving a field writes it at once; the navigator follows the focused question; a
        clear ring marks a focused radio button, check box or text box of this window."""
        self.focus_rings.follow(new if new is not None and new.window() is self else None)
        if self.session is None or self.form_view is None:
            return
        if old is not None and self.form_view.isAncestorOf(old):
            self.session.write_soon()
            self.form_view.break_merges()
        if new is not None and self.navigator is not None and self.form_view.isAncestorOf(new):
            number = self.current_question()
            if number is not None:
                self.navigator.select(number)  # emits current_question_changed when it moved

    def _show_message(self, message: str) -> None:
        self.statusBar().showMessage(message, 10000)

    def _update_title(self, *_args: object) -> None:
        name = self.tr("Närvård desktop")
        if self.session is not None and self.pages.currentWidget() is self.editor_page:
            draft = self.session.draft
            region = f" ({draft.region})" if draft.region else ""
            self.setWindowTitle(f"{draft.title}{region}[*] – {name}")
            self.setWindowModified(self.session.has_pending())  # typed but not yet written
        else:
            self.setWindowTitle(name)
            self.setWindowModified(False)

    def _open_at(self, number: str) -> None:
        """A draft opens at its top the first time (the part heading and question 1's stem in
        view), and afterwards at the question the user was at (remembered per draft). The
        jump waits until the window is shown and laid out (answer boxes take their height
        from their width); any jump before that wins."""
        self._place = number if number and self.form_view is not None and self.form_view.is_shown(number) else None
        if self._place is None:
            self._opened = True
        elif self.isVisible():
            QTimer.singleShot(0, self, self._go_to_place)  # dropped if the window goes first

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.activated.emit()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._place is not None:
            QTimer.singleShot(0, self, self._go_to_place)  # dropped if the window goes first

    def _go_to_place(self) -> None:
        number, self._place = self._place, None
        if number is not None:
            self.go_to_question(number)
        self._opened = True

    def _show_top_if_room(self, number: str) -> None:
        """After a jump to the first question: keep the top of the form in view when the
        question still fits below it (a new draft shows its part heading)."""
        form_view = self.form_view
        card = form_view.cards.get(number) if form_view is not None else None
        if form_view is not None and card is not None and card.y() + card.height() <= form_view.viewport().height():
            form_view.verticalScrollBar().setValue(0)

    def _put_docks_away(self) -> None:
        """The start page stands alone: docks (Kontroll, …) would be empty beside it."""
        if self._docks_put_away is None:
            self._docks_put_away = [d for d in self.findChildren(QDockWidget) if not d.isHidden()]
            self._docks_in_front = self._front_docks(self._docks_put_away)
            for dock in self._docks_put_away:
                dock.hide()

    def _front_docks(self, docks: list[QDockWidget]) -> list[QDockWidget]:
        """The docks whose tab is in front (tabified docks share a QTabBar of the window)."""
        titles = {bar.tabText(bar.currentIndex()) for bar in self.findChildren(QTabBar) if bar.parent() is self and bar.count()}
        return [d for d in docks if d.windowTitle() in titles]

    def _bring_docks_back(self) -> None:
        if self._docks_put_away is not None:
            docks, self._docks_put_away = self._docks_put_away, None
            for dock in docks:
                dock.show()
            for dock in self._docks_in_front:
                dock.raise_()

    # -- room for the questionnaire ---------------------------------------------------

    def _first_size(self) -> QSize:
        """1280×860, or the screen's free area when that is smaller (a 1366×768 laptop)."""
        screen = self.screen()
        if screen is None:
            return QSize(1280, 860)
        free = screen.availableGeometry()
        return QSize(min(1280, free.width()), min(860, free.height() - 40))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if hasattr(self, "_room_timer"):
            self._room_timer.start()  # after the layouts have the new size

    def _make_room_soon(self, *_args: object) -> None:
        self._room_timer.start()

    def _right_docks(self) -> list[QDockWidget]:
        return [
            dock
            for dock in self.findChildren(QDockWidget)
            if dock.isVisible() and not dock.isFloating() and self.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea
        ]

    def give_the_editor_room(self) -> None:
        """When the questionnaire is narrower than it should be, the navigator and then the
        docks on the right give way (down to their own minimum); it never scrolls sideways."""
        for bar in self.findChildren(QTabBar):
            if bar.parent() is self and bar.elideMode() != Qt.TextElideMode.ElideNone:
                bar.setElideMode(Qt.TextElideMode.ElideNone)  # narrow docks: whole tab titles, scroll arrows
                bar.setUsesScrollButtons(True)
        form_view = self.form_view
        if form_view is None or self.pages.currentWidget() is not self.editor_page:
            return
        wanted = min(EDITOR_WIDTH, int(self.width() * EDITOR_SHARE))
        need = wanted - form_view.width()
        if need <= 0:
            self._room_passes = 0
            return
        sizes = self.editor_page.sizes()
        if len(sizes) == 2:
            navigator_floor = max(self.navigator.minimumSizeHint().width() if self.navigator else 0, int(self.width() * NAVIGATOR_SHARE))
            give = max(0, min(need, sizes[0] - navigator_floor))
            if give:
                self.editor_page.setSizes([sizes[0] - give, sizes[1] + give])
                need -= give
        docks = self._right_docks()
        if need > 0 and docks:
            width = max(dock.width() for dock in docks)
            floor = max(dock.minimumSizeHint().width() for dock in docks)
            target = max(floor, width - need)
            if target < width:
                self.resizeDocks(docks, [target] * len(docks), Qt.Orientation.Horizontal)
        # Check again once the layouts have applied this (a dock area may not shrink in one step).
        self._room_passes = self._room_passes + 1 if self._room_passes < 3 else 0
        if self._room_passes:
            self._room_timer.start()

    # -- navigation -------------------------------------------------------------------

    def insert_banner(self, banner: QWidget, after: QWidget | None = None) -> None:
        """A notice above the editor: at the top, or right under `after`."""
        index = 0 if after is None else self._central_layout.indexOf(after) + 1
        self._central_layout.insertWidget(index, banner)

    def go_to_question(self, number: str, key: str | None = None) -> bool:
        if self._place is not None:  # a jump before the remembered place was reached wins
            self._place = None
            self._opened = True
        if self.form_view is None or self.session is None:
            return False
        number = normalise_number(number)
        question = self.session.form.question(number)
        if question is None:
            self._show_message(self.tr("Det finns ingen fråga {number}").format(number=number))
            return False
        if not self.form_view.scroll_to(question.number, key):
            self._show_message(
                self.tr("Fråga {number} besvaras inte med nuvarande svar; se Parkerade svar.").format(number=question.display_number)
            )
            return False
        if self.navigator is not None:
            self.navigator.select(question.number)  # emits current_question_changed when it moved
        return True

    def go_to_field(self, number: str, key: str) -> None:
        self.go_to_question(number, key or None)

    def ask_go_to(self) -> None:
        if self.session is None:
            return
        from PySide6.QtWidgets import QInputDialog  # dialogs load when used (issue 17)

        text, ok = QInputDialog.getText(self, self.tr("Gå till fråga"), self.tr("Frågans nummer (t.ex. 10 a):"))
        if ok and text.strip():
            self.go_to_question(text)

    def current_question(self) -> str | None:
        widget = QApplication.focusWidget()
        while widget is not None:
            if isinstance(widget, QuestionCard):
                return widget.question.number
            widget = widget.parentWidget()
        item = self.navigator.tree.currentItem() if self.navigator is not None else None
        if item is not None:
            from naravard_desktop.ui.navigator import NUMBER_ROLE

            number = item.data(0, NUMBER_ROLE)
            return str(number) if number else None
        return None

    def _unanswered_in_order(self) -> list[str]:
        assert self.session is not None
        statuses = question_statuses(self.session.form, self.session.answers)
        return [n for n, marks in statuses.items() if NOT_ASKED not in marks and ANSWERED not in marks]

    def _step_unanswered(self, forward: bool) -> bool:
        if self.session is None:
            return False
        order = [q.number for q in self.session.form.answerable_questions()]
        todo = self._unanswered_in_order()
        if not todo:
            self._show_message(self.tr("Alla frågor som ställs är besvarade."))
            return False
        current = self.current_question()
        position = order.index(current) if current in order else -1
        ranked = sorted(todo, key=order.index)
        if forward:
            target = next((n for n in ranked if order.index(n) > position), ranked[0])
        else:
            earlier = [n for n in ranked if position < 0 or order.index(n) < position]
            target = earlier[-1] if earlier else ranked[-1]
        return self.go_to_question(target)

    def next_unanswered(self) -> bool:
        return self._step_unanswered(True)

    def previous_unanswered(self) -> bool:
        return self._step_unanswered(False)

    # -- user, language, help ---------------------------------------------------------

    def ensure_display_name(self) -> None:
        """First start: ask for the name shown on this user's changes."""
        if not self.store.has_editor_name():
            stored = str(self.settings.value(KEY_DISPLAY_NAME) or "")
            if stored:
                self.store.set_editor_name(stored)
            else:
                self.ask_display_name(first=True)

    def ask_display_name(self, first: bool = False) -> None:
        prompt = self.tr("Vad heter du? Namnet visas på dina ändringar när ni skriver flera i samma svar.")
        current = self.store.editor.name if self.store.has_editor_name() else ""
        from PySide6.QtWidgets import QInputDialog  # dialogs load when used (issue 17)

        text, ok = QInputDialog.getText(
            self, self.tr("Välkommen") if first else self.tr("Ditt namn"), prompt, QLineEdit.EchoMode.Normal, current
        )
        if ok and text.strip():
            self.set_display_name(text)

    def set_display_name(self, name: str) -> None:
        try:
            self.store.set_editor_name(name)
        except StoreError as exc:
            self._show_message(error_text(exc))
            return
        self.settings.setValue(KEY_DISPLAY_NAME, name.strip())

    def _on_language_action(self) -> None:
        action = self.sender()
        code = str(action.data()) if isinstance(action, QAction) else i18n.DEFAULT_LANGUAGE
        self.set_language(code)

    def set_language(self, code: str) -> bool:
        from naravard_desktop.ui.settings import KEY_LANGUAGE

        ok = i18n.install_language(code)
        if ok:
            self.settings.setValue(KEY_LANGUAGE, code)
        for lang in i18n.LANGUAGES:
            self.registry.action(f"language-{lang}").setChecked(lang == i18n.current_language())
        return ok

    def retranslate(self) -> None:
        """After a language switch (i18n.translate_ui): every translated text again; the
        start page and the editor are rebuilt, the docks' panels retranslate themselves.
        Answers and undo history are untouched."""
        if self._closed:
            return
        self.registry.retranslate()
        self._retranslate_static()
        self._show_save_state(self._save_state)
        old = self._start_page
        current_page_is_start = old is not None and self.pages.currentWidget() is old
        if old is not None:  # built again, in the new language, when next shown
            self.pages.removeWidget(old)
            old.deleteLater()
            self._start_page = None
        if self.session is not None:
            number = self.current_question()
            scroll = self.form_view.verticalScrollBar().value() if self.form_view is not None else 0
            self._build_editor(self.session.form)
            assert self.form_view is not None
            if number is None or not self.go_to_question(number):  # texts change height: the question, not the pixels
                if scroll > 0:
                    self.form_view.build_all()  # the cards down to the old place must exist to scroll there
                    self.form_view.lay_out_now()
                self.form_view.verticalScrollBar().setValue(scroll)
            self.refresh_status()
            self.refresh_validation()
        if current_page_is_start or self.session is None:
            self.pages.setCurrentWidget(self.start_page)
        else:
            self.pages.setCurrentWidget(self.editor_page)

    def open_log_dir(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.log_dir(self.data_dir))))

    def show_about(self) -> None:
        from naravard_desktop import __version__

        QMessageBox.about(
            self,
            self.tr("Om Närvård desktop"),
            self.tr("Närvård desktop {version}\nDatakatalog: {data}\nLoggar: {logs}").format(
                version=__version__, data=self.data_dir, logs=paths.log_dir(self.data_dir)
            ),
        )

    # -- closing ----------------------------------------------------------------------

    def self_test(self) -> bool:
        """Load the 2024 form and open a draft of it in the editor (packaging smoke test)."""
        form = self.forms.get("sos-gnv-regioner-2024")
        if form is None:
            return False
        drafts = [d for d in self.store.drafts() if d.form_id == form.id]
        draft = drafts[0] if drafts else self.store.create_draft(form.id, "Självtest")  # not UI text: a draft title
        session = self.open_draft(draft.id)
        view = self.form_view
        if view is None or len(view.cards) != len(list(form.questions())):
            return False
        first = next(iter(view.built_cards().values()), None)  # the first screenful, shown; the rest follow in idle time
        return first is not None and first.isVisibleTo(self) and session.flush()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self._closed:
            super().closeEvent(event)
            return
        if self.session is not None and not self.session.flush():
            answer = QMessageBox.warning(
                self,
                self.tr("Kunde inte spara"),
                self.tr("De senaste ändringarna kunde inte sparas. Stänga ändå? Då går de förlorade."),
                QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Close:
                event.ignore()
                return
        app = QApplication.instance()
        if isinstance(app, QApplication):
            try:
                app.focusChanged.disconnect(self._on_focus_changed)
            except (RuntimeError, TypeError):
                pass
        self.closing.emit()
        self._bring_docks_back()  # the saved layout is the editor's, not the start page's
        self.settings.setValue(KEY_GEOMETRY, self.saveGeometry())
        self.settings.setValue(KEY_STATE, self.saveState())
        self.settings.sync()
        self.close_draft()
        self.store.close()
        self._closed = True
        if self._owns_marker:
            session_marker.release(self.data_dir)
            self._owns_marker = False
        super().closeEvent(event)

"""Arkiv › Nytt formulär från dokument…: next year's questionnaire, checked and corrected.

A document (.docx, .html, .md; or a form .json) is read by core.form_edit.import_document.
The window shows the form exactly as the draft editor will (the same question cards,
read-only) beside the importer's guesses; a panel edits the current question; a table maps
last year's fields to this year's; "Spara" adds the form to the data dir like
`naravard forms add`, after which "Ny omgång…" can start the new draft from last year's.

Every edit is one core.form_edit operation pushed on this window's own QUndoStack.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from naravard_desktop.core.forms.conditions import ConditionEvaluator
from naravard_desktop.core.forms.model import Form, FormRegistry, Question, Subfield, form_registry, mapping_target
from naravard_desktop.core.submission.carry import field_mapping
from naravard_desktop.ui import i18n
from naravard_desktop.ui.form_view import FormView
from naravard_desktop.ui.forms.form_editor_panel import QuestionPanel
from naravard_desktop.ui.lazy import form_edit as fe
from naravard_desktop.ui.store_change import StoreChange
from naravard_desktop.ui.widgets import look
from naravard_desktop.ui.widgets.inputs import AnswerLineEdit

if TYPE_CHECKING:
    from naravard_desktop.ui.main_window import MainWindow

PREVIEW_DELAY_MS = 300
NUMBER_ROLE = Qt.ItemDataRole.UserRole


class _AllAsked:
    """The preview shows every question and sub-field, whatever would be answered."""

    def __init__(self, form: Form):
        self.form = form

    def is_visible(self, number: str) -> bool:
        return True

    def subfield_visible(self, question: Question, sub: Subfield) -> bool:
        return True


class PreviewSession(QObject):
    """What FormView needs of a draft session, for a form without answers."""

    value_changed = Signal(str)
    answers_editable = False

    def __init__(self, form: Form, parent: QObject | None = None):
        super().__init__(parent)
        self.form = form

    def value(self, key: str) -> Any:
        return None

    def evaluator(self) -> ConditionEvaluator:
        return _AllAsked(self.form)  # type: ignore[return-value]


class FormEditCommand(QUndoCommand):
    """One edit of the form: the dict before and after (they share untouched questions)."""

    MERGE_ID = 0x4645

    def __init__(
        self,
        editor: FormEditorWindow,
        before: fe.FormDict,
        after: fe.FormDict,
        text: str,
        merge_key: str | None,
        select: tuple[str | None, str | None],
    ):
        super().__init__(text)
        self.editor = editor
        self.before = before
        self.after = after
        self.merge_key = merge_key
        self.select_before, self.select_after = select

    def id(self) -> int:
        return self.MERGE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        if not isinstance(other, FormEditCommand) or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        self.select_after = other.select_after
        return True

    def redo(self) -> None:
        self.editor.apply(self.after, self.select_after)

    def undo(self) -> None:
        self.editor.apply(self.before, self.select_before)


class FormEditorWindow(QMainWindow):
    """The imported form: preview, guesses, question editor, mapping, form details, save."""

    saved = Signal(str)  # form id

    def __init__(
        self,
        imported: fe.Imported,
        data_dir: Path,
        registry: FormRegistry,
        *,
        source_name: str = "",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setObjectName("form-editor")
        self.data_dir = data_dir
        self.registry = registry
        self.source_name = source_name
        self.review = list(imported.review)
        self.similarity = dict(imported.similarity)
        self.proposed = dict(imported.form.get("mapping") or {})  # what the importer proposed
        self.data: fe.FormDict = imported.form
        self.previous: Form | None = registry.get(str(self.data.get("previous_form") or ""))
        first = self.check()
        self.problems = first.problems
        self.loaded: Form | None = first.loaded
        self.current: str | None = next((str(q.get("number")) for q in fe.questions(self.data) if q.get("type") != "group"), None)
        self.saved_path: Path | None = None
        self.saved_box: QMessageBox | None = None
        self.refused_box: QMessageBox | None = None
        self.preview: FormView | None = None
        self._preview_session: PreviewSession | None = None
        self._preview_form: Form | None = None
        self._mapping_form: tuple[Any, ...] | None = None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._update_title)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.timeout.connect(self.refresh_views)
        self._retranslating = False
        i18n.translate_ui(self, now=False)
        self._build()
        for signal in (self.undo_stack.canUndoChanged, self.undo_stack.canRedoChanged):
            signal.connect(self._show_undo_state)
        for text_signal in (self.undo_stack.undoTextChanged, self.undo_stack.redoTextChanged):
            text_signal.connect(self._show_undo_state)
        self._update_title()
        self.resize(1340, 740)
        self.refresh_views()
        self.select(self.current)
        # the keyboard starts where the work is: the guesses, or the questions when there are none
        if not self.review and not self.problems:
            self.left_tabs.setCurrentWidget(self.question_list)
        self.left_tabs.currentWidget().setFocus()

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Arkiv"))
        self.save_action = self._action("save", self.tr("&Spara som ny formulärversion"), self.save, QKeySequence.StandardKey.Save)
        file_menu.addAction(self.save_action)
        file_menu.addSeparator()
        close_action = self._action("close", self.tr("S&täng"), self.close, QKeySequence.StandardKey.Close)
        keys = close_action.shortcuts()
        if QKeySequence("Ctrl+W") not in keys:  # the platform's Close may be only Ctrl+F4 (plain X11)
            close_action.setShortcuts([*keys, QKeySequence("Ctrl+W")])
        file_menu.addAction(close_action)
        edit_menu = bar.addMenu(self.tr("&Redigera"))
        self.undo_action = self._action("undo", self.tr("&Ångra"), self.undo_stack.undo, QKeySequence.StandardKey.Undo)
        self.redo_action = self._action("redo", self.tr("&Gör om"), self.undo_stack.redo, QKeySequence.StandardKey.Redo)
        self._show_undo_state()
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.add_action = self._action("add-question", self.tr("&Lägg till fråga efter denna"), self.add_question, "Ctrl+Shift+N")
        self.remove_action = self._action("remove-question", self.tr("&Ta bort frågan"), self.remove_question, None)
        edit_menu.addAction(self.add_action)
        edit_menu.addAction(self.remove_action)
        go_menu = bar.addMenu(self.tr("&Gå till"))
        self.next_guess_action = self._action("next-guess", self.tr("&Nästa gissning att granska"), self.next_guess, "F8")
        go_menu.addAction(self.next_guess_action)
        go_menu.addSeparator()
        self.pane_actions: list[QAction] = []
        for index, (name, text) in enumerate(
            (
                ("guesses", self.tr("&Att granska")),
                ("questions", self.tr("&Frågelistan")),
                ("preview", self.tr("För&handsvisningen")),
                ("question", self.tr("Frågans fä&lt")),
                ("details", self.tr("F&ormuläret")),
                ("mapping", self.tr("Från förra å&ret")),
                ("changes", self.tr("N&ytt i år")),
            ),
            start=1,
        ):
            action = self._action(f"pane-{name}", text, partial(self.show_pane, name), f"Ctrl+{index}")
            go_menu.addAction(action)
            self.pane_actions.append(action)
        toolbar = QToolBar(self.tr("Formulär"), self)
        toolbar.setObjectName("form-editor-toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.save_action, self.undo_action, self.redo_action, self.add_action, self.remove_action):
            toolbar.addAction(action)
        self.addToolBar(toolbar)

        splitter = QSplitter(self)
        splitter.setChildrenCollapsible(False)
        # left: the importer's guesses and the question list
        self.left_tabs = QTabWidget(splitter)
        self.guess_list = QListWidget(self.left_tabs)
        self.guess_list.setAccessibleName(self.tr("Gissningar att granska"))
        self.guess_list.setWordWrap(True)
        self.guess_list.itemClicked.connect(self._on_list_item)
        self.guess_list.itemActivated.connect(self._on_list_item)
        self.left_tabs.addTab(self.guess_list, self.tr("Att granska"))
        self.question_list = QListWidget(self.left_tabs)
        self.question_list.setAccessibleName(self.tr("Frågor"))
        self.question_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.question_list.currentItemChanged.connect(lambda item, _old: self._on_list_item(item))
        self.left_tabs.addTab(self.question_list, self.tr("Frågor"))
        # middle: the preview
        self.preview_holder = QWidget(splitter)
        self.preview_layout = QVBoxLayout(self.preview_holder)
        self.preview_layout.setContentsMargins(0, 0, 0, 0)
        self.preview_note = QLabel(self.preview_holder)
        self.preview_note.setWordWrap(True)
        look.style_note(self.preview_note)
        self.preview_note.hide()
        self.preview_layout.addWidget(self.preview_note)
        # right: the question editor, the form's details and the mapping
        self.right_tabs = QTabWidget(splitter)
        self.panel = QuestionPanel(self, None)
        scroll = QScrollArea(self.right_tabs)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.panel)
        self.right_tabs.addTab(scroll, self.tr("Fråga"))
        self.right_tabs.addTab(self._build_details(), self.tr("Formulär"))
        self.mapping_table = QTableWidget(0, 3, self.right_tabs)
        self.mapping_table.setAccessibleName(self.tr("Från förra året: nytt fält, förra årets fält, likhet"))
        self.mapping_table.setHorizontalHeaderLabels([self.tr("I år"), self.tr("Förra året"), self.tr("Likhet")])
        self.mapping_table.verticalHeader().hide()
        self.mapping_table.setWordWrap(True)
        self.mapping_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mapping_table.setTabKeyNavigation(False)
        header = self.mapping_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.mapping_table.currentCellChanged.connect(self._on_mapping_cell)
        self.right_tabs.addTab(self.mapping_table, self.tr("Från förra året"))
        self.changes_list = QListWidget(self.right_tabs)
        self.changes_list.setAccessibleName(self.tr("Nytt i år jämfört med föregående formulär"))
        self.changes_list.setWordWrap(True)
        self.changes_list.itemClicked.connect(self._on_list_item)
        self.changes_list.itemActivated.connect(self._on_list_item)
        self.right_tabs.addTab(self.changes_list, self.tr("Nytt i år"))
        self.right_tabs.currentChanged.connect(self._on_right_tab)
        splitter.addWidget(self.left_tabs)
        splitter.addWidget(self.preview_holder)
        splitter.addWidget(self.right_tabs)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 3)
        splitter.setSizes([250, 560, 530])
        self.setCentralWidget(splitter)
        self.problem_label = QLabel(self)
        self.problem_label.setWordWrap(True)
        self.problem_label.setAccessibleName(self.tr("Kontroll av formuläret"))
        self.statusBar().addWidget(self.problem_label, 1)

    def _show_undo_state(self, *_args: object) -> None:
        stack = self.undo_stack
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        self.undo_action.setToolTip(self.tr("Ångra: {what}").format(what=stack.undoText()) if stack.canUndo() else "")
        self.redo_action.setToolTip(self.tr("Gör om: {what}").format(what=stack.redoText()) if stack.canRedo() else "")

    def retranslate(self) -> None:
        """Another language (i18n.translate_ui): the window's widgets are built again around
        the same form, undo stack and current question (once, after the current event)."""
        if hasattr(self, "panel") and not self._retranslating:
            self._retranslating = True
            QTimer.singleShot(0, self, self._retranslate)

    def _retranslate(self) -> None:
        current, left, right = self.current, self.left_tabs.currentIndex(), self.right_tabs.currentIndex()
        for action in list(self.actions()):
            self.removeAction(action)
            action.deleteLater()
        self.menuBar().clear()
        for toolbar in self.findChildren(QToolBar):
            self.removeToolBar(toolbar)
            toolbar.deleteLater()
        self.statusBar().removeWidget(self.problem_label)
        self.problem_label.deleteLater()
        self.preview = None
        self._preview_form = None
        self._mapping_form = None
        self._build()  # a new central widget; Qt deletes the old one
        self.left_tabs.setCurrentIndex(left)
        self.right_tabs.setCurrentIndex(right)
        self._update_title()
        self.refresh_views()
        self.select(current)
        self._retranslating = False

    def _action(self, name: str, text: str, slot: Callable[[], object], key: QKeySequence.StandardKey | str | None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(f"action-{name}")  # action-undo / action-redo: text boxes hand Ctrl+Z here
        if isinstance(key, QKeySequence.StandardKey):
            action.setShortcuts(key)
        elif key:
            action.setShortcut(QKeySequence(key))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_details(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.detail_edits: dict[str, Any] = {}
        for key, label in (("id", self.tr("&Id (filnamn):")), ("title", self.tr("&Titel:")), ("publisher", self.tr("&Utgivare:"))):
            edit = AnswerLineEdit(page)
            edit.setAccessibleName(label.replace("&", "").rstrip(":"))
            edit.textEdited.connect(lambda text, key=key: self._set_detail(key, text.strip()))
            form.addRow(label, edit)
            self.detail_edits[key] = edit
        for key, label, low, high in (("year", self.tr("Å&r:"), 2000, 2100), ("revision", self.tr("Re&vision:"), 1, 999)):
            spin = QSpinBox(page)
            spin.setRange(low, high)
            spin.setAccessibleName(label.replace("&", "").rstrip(":"))
            spin.valueChanged.connect(lambda value, key=key: self._set_detail(key, int(value)))
            form.addRow(label, spin)
            self.detail_edits[key] = spin
        deadline = AnswerLineEdit(page)
        deadline.setPlaceholderText(self.tr("ÅÅÅÅ-MM-DD"))
        deadline.setAccessibleName(self.tr("Sista dag"))
        deadline.textEdited.connect(lambda text: self._set_detail("deadline", text.strip()))
        form.addRow(self.tr("&Sista dag:"), deadline)
        self.detail_edits["deadline"] = deadline
        self.previous_combo = QComboBox(page)
        self.previous_combo.setAccessibleName(self.tr("Föregående formulär"))
        self.previous_combo.activated.connect(self._on_previous)
        form.addRow(self.tr("&Föregående formulär:"), self.previous_combo)
        hint = QLabel(
            self.tr("Svaren i förra årets utkast förs över till frågorna som fliken Från förra året anger, när du startar Ny omgång."), page
        )
        hint.setWordWrap(True)
        look.set_text_colour(hint, look.HELP)
        form.addRow(hint)
        return page

    # -- the model ---------------------------------------------------------------------------

    def check(self, data: fe.FormDict | None = None) -> fe.Edit:
        return fe.check(self.data if data is None else data, self.previous)

    def edit(self, op: Callable[[fe.FormDict], fe.Edit], text: str, *, merge_key: str | None = None, select: str | None = None) -> None:
        """Push one edit (a core.form_edit operation on the current form) as an undo step."""
        try:
            result = op(self.data)
        except fe.EditError as exc:
            self.statusBar().showMessage(_core_message(exc), 5000)
            return
        if result.form == self.data:
            return
        command = FormEditCommand(self, self.data, result.form, text, merge_key, (self.current, select or self.current))
        self.undo_stack.push(command)

    def apply(self, data: fe.FormDict, select: str | None) -> None:
        """Make `data` the form (from an undo command); the views follow."""
        self.data = data
        result = self.check()
        self.problems = result.problems
        if result.loaded is not None:
            self.loaded = result.loaded
        self.current = select
        self.panel.show_question(self.data, self.current, self.loaded)
        self._show_details()
        self._show_problems()
        self._refresh_mapping()
        self._preview_timer.start(PREVIEW_DELAY_MS)

    def refresh_views(self) -> None:
        """Preview, question list and guesses after edits (debounced: rebuilding costs)."""
        self._preview_timer.stop()
        self._rebuild_preview()
        self._fill_question_list()
        self._fill_guesses()
        self._show_details()
        self._show_problems()
        self._refresh_mapping()
        self._refresh_changes()

    def _on_right_tab(self, _index: int) -> None:
        self._refresh_mapping()
        self._refresh_changes()
        # once the freshly shown table knows its rows' heights (a turn or two of the event loop)
        for delay in (0, 50):
            QTimer.singleShot(delay, self, lambda: self._show_in_mapping(self.current))  # none once closed

    def _refresh_changes(self) -> None:
        """What is new this year (while the tab is shown): added, dropped, renumbered,
        reworded questions, limits, options, rows …; a click goes to the question."""
        if self.right_tabs.currentWidget() is not self.changes_list:
            return
        self.changes_list.clear()
        if self.loaded is None or self.previous is None:
            self.changes_list.addItem(self.tr("Välj föregående formulär under fliken Formulär för att se vad som är nytt."))
            return
        changes = fe.changes_since(self.previous, self.loaded)
        for number, line in changes:
            item = QListWidgetItem(i18n.core_text(line), self.changes_list)
            item.setData(NUMBER_ROLE, number)
        if not changes:
            self.changes_list.addItem(self.tr("Inga ändringar mot {form}.").format(form=self.previous.id))

    def _rebuild_preview(self) -> None:
        form = self.loaded
        if form is None or form is self._preview_form:
            return
        old = self.preview
        scroll = old.verticalScrollBar().value() if old is not None else 0
        # keep the current question where it was on screen (else the same scroll position)
        anchor = old.cards.get(self.current or "") if old is not None else None
        offset = anchor.y() - scroll if anchor is not None else None
        self._preview_session = PreviewSession(form, self)
        preview = FormView(self._preview_session, QUndoStack(self), parent=self.preview_holder)  # type: ignore[arg-type]
        preview.setAccessibleName(self.tr("Formuläret som utkastet visar det"))
        preview.build_all()  # every card now: read-only, out of the Tab chain, clickable (below)
        preview.set_answers_read_only(True)
        # Tab goes from the lists to the editor, not through every read-only box of the
        # preview; the preview itself still takes the focus to scroll with the keys.
        container = preview.widget()
        for child in container.findChildren(QWidget) if container is not None else []:
            child.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        preview.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # A click on a card makes its question current: the card's own widgets let the
        # mouse through (nothing in the preview is answered), so only the cards are watched.
        for card in preview.cards.values():
            card.setCursor(Qt.CursorShape.PointingHandCursor)
            for child in card.findChildren(QWidget):
                child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
            card.installEventFilter(self)
        if old is not None:
            self.preview_layout.replaceWidget(old, preview)
            old.hide()
            old.deleteLater()
        else:
            self.preview_layout.addWidget(preview, 1)
        self.preview = preview
        self._preview_form = form
        self._mark_current_card()

        def restore() -> None:  # once the new cards are laid out (next turn of the event loop)
            if self.preview is not preview:
                return
            preview.lay_out_now()
            card = preview.cards.get(self.current or "")
            preview.verticalScrollBar().setValue(max(0, card.y() - offset) if card is not None and offset is not None else scroll)

        restore()
        QTimer.singleShot(0, preview, restore)  # none once that preview is gone

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.MouseButtonPress and isinstance(watched, QWidget) and watched.objectName().startswith("card-"):
            number = watched.objectName().removeprefix("card-")
            if number != self.current:
                self.select(number, scroll=False)
        return super().eventFilter(watched, event)

    def _mark_current_card(self) -> None:
        if self.preview is None:
            return
        for number, card in self.preview.cards.items():
            current = number == self.current
            card.setFrameShape(QFrame.Shape.Box if current else QFrame.Shape.StyledPanel)
            card.setLineWidth(2 if current else 1)

    def _fill_question_list(self) -> None:
        self.question_list.blockSignals(True)
        self.question_list.clear()
        names = self.panel.type_names()
        for q in fe.questions(self.data):
            item = QListWidgetItem(f"{q.get('number')}  {names.get(q.get('type', ''), '')}: {_short(q.get('text', ''), 48)}")
            item.setData(NUMBER_ROLE, q.get("number"))
            item.setToolTip(str(q.get("text", "")))
            self.question_list.addItem(item)
            if q.get("number") == self.current:
                self.question_list.setCurrentItem(item)
        self.question_list.blockSignals(False)

    def _fill_guesses(self) -> None:
        self.guess_list.clear()
        for guess in self.review:
            number = guess.get("question")
            where = self.tr("Fråga {number}").format(number=number) if number else self.tr("Formuläret")
            field = guess.get("field")
            text = f"{where}: {guess.get('message', '')}" + (f" ({field})" if field else "")
            item = QListWidgetItem(text)
            item.setData(NUMBER_ROLE, number)
            self.guess_list.addItem(item)
        for problem in self.problems:
            item = QListWidgetItem(self.tr("Fel: {problem}").format(problem=problem.detail))
            item.setData(NUMBER_ROLE, problem.question)
            look.set_text_colour(self.guess_list, None)
            item.setForeground(Qt.GlobalColor.darkRed)
            self.guess_list.insertItem(0, item)
        if not self.guess_list.count():
            self.guess_list.addItem(QListWidgetItem(self.tr("Inga gissningar att granska.")))
        self.left_tabs.setTabText(0, self.tr("Att granska ({count})").format(count=len(self.review) + len(self.problems)))

    def _show_details(self) -> None:
        for key, widget in self.detail_edits.items():
            value = self.data.get(key)
            widget.blockSignals(True)
            if isinstance(widget, QSpinBox):
                if isinstance(value, int) and widget.value() != value:
                    widget.setValue(value)
            elif widget.text().strip() != str(value or ""):
                widget.setText(str(value or ""))
            widget.blockSignals(False)
        self.previous_combo.clear()
        self.previous_combo.addItem(self.tr("(inget – alla frågor börjar tomma)"), "")
        for form in self.registry.sorted():
            if form.id != self.data.get("id"):
                self.previous_combo.addItem(f"{form.title} {form.year} ({form.id})", form.id)
        wanted = str(self.data.get("previous_form") or "")
        index = self.previous_combo.findData(wanted)
        if index < 0:
            self.previous_combo.addItem(self.tr("{id} (finns inte här)").format(id=wanted), wanted)
            index = self.previous_combo.count() - 1
        self.previous_combo.setCurrentIndex(index)

    def _show_problems(self) -> None:
        if self.problems:
            self.problem_label.setText(self.tr("Kan inte sparas än: {problem}").format(problem=str(self.problems[0])))
            look.set_text_colour(self.problem_label, look.ERROR)
            stale = self.tr("Förhandsvisningen visar formuläret före den senaste ändringen, tills felet är rättat.")
            self.preview_note.setText(stale)
            self.preview_note.setVisible(self.preview is not None)
        else:
            count = len(self.loaded.answerable_questions()) if self.loaded else 0
            self.problem_label.setText(self.tr("Formuläret går att läsa in: {count} frågor.").format(count=count))
            look.set_text_colour(self.problem_label, None)
            self.preview_note.hide()
        self.save_action.setEnabled(not self.problems)

    def _update_title(self) -> None:
        name = self.data.get("title") or self.source_name
        mark = "" if self.undo_stack.isClean() else " *"
        self.setWindowTitle(self.tr("Nytt formulär: {name}{mark}").format(name=name, mark=mark))

    # -- selecting ---------------------------------------------------------------------------

    def select(self, number: str | None, *, scroll: bool = True) -> None:
        """Make a question the one the panel edits; bring its card into view."""
        if number is not None:
            try:
                number = str(fe.question(self.data, number)["number"])
            except fe.EditError:
                self.statusBar().showMessage(self.tr("Fråga {number} finns inte i formuläret.").format(number=number), 5000)
                return
        self.current = number
        self.panel.show_question(self.data, number, self.loaded)
        self.right_tabs.setTabText(0, self.tr("Fråga {number}").format(number=number) if number else self.tr("Fråga"))
        for i in range(self.question_list.count()):
            item = self.question_list.item(i)
            if item.data(NUMBER_ROLE) == number and self.question_list.currentItem() is not item:
                self.question_list.blockSignals(True)
                self.question_list.setCurrentItem(item)
                self.question_list.blockSignals(False)
        self._mark_current_card()
        self._show_in_mapping(number)
        if scroll and self.preview is not None and number is not None and number in self.preview.cards:
            card = self.preview.cards[number]
            self.preview.lay_out_now()
            self.preview.verticalScrollBar().setValue(max(0, card.y() - 8))

    def _on_list_item(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        number = item.data(NUMBER_ROLE)
        if number:
            self.select(str(number))
            self.right_tabs.setCurrentIndex(0)

    def show_pane(self, name: str, _checked: bool = False) -> None:
        """Put the keyboard in a pane (Gå till, Ctrl+1 … Ctrl+7)."""
        target: QWidget | None
        if name in ("guesses", "questions"):
            target = self.guess_list if name == "guesses" else self.question_list
            self.left_tabs.setCurrentWidget(target)
        elif name == "preview":
            target = self.preview
        elif name == "question":
            self.right_tabs.setCurrentIndex(0)
            target = self.panel.number_edit
        else:
            target = {"details": self.detail_edits["id"], "mapping": self.mapping_table, "changes": self.changes_list}[name]
            self.right_tabs.setCurrentIndex({"details": 1, "mapping": 2, "changes": 3}[name])
        if target is not None:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def next_guess(self) -> None:
        count = self.guess_list.count()
        if not count:
            return
        row = (self.guess_list.currentRow() + 1) % count
        self.left_tabs.setCurrentIndex(0)
        self.guess_list.setCurrentRow(row)
        self._on_list_item(self.guess_list.item(row))

    # -- questions -----------------------------------------------------------------------------

    def add_question(self) -> None:
        after = self.current
        number = fe.next_free_number(self.data, after) if after else "1"
        self.edit(
            lambda d: fe.add_question(d, after, number, "text", self.previous),
            self.tr("Lägg till fråga {number}").format(number=number),
            select=number,
        )
        self.panel.text_edit.setFocus()
        self.panel.text_edit.selectAll()

    def remove_question(self) -> None:
        number = self.current
        if number is None:
            return
        numbers = [str(q.get("number")) for q in fe.questions(self.data)]
        i = numbers.index(number)
        neighbour = numbers[i + 1] if i + 1 < len(numbers) else (numbers[i - 1] if i else None)
        self.edit(
            lambda d: fe.remove_question(d, number, self.previous),
            self.tr("Ta bort fråga {number}").format(number=number),
            select=neighbour,
        )

    # -- the form's details ----------------------------------------------------------------------

    def _set_detail(self, key: str, value: Any) -> None:
        if self.data.get(key) == value:
            return
        self.edit(
            lambda d: fe.set_form_field(d, key, value, self.previous), self.tr("Formulär: {key}").format(key=key), merge_key=f"form:{key}"
        )
        self._update_title()

    def _on_previous(self, _index: int) -> None:
        wanted = str(self.previous_combo.currentData() or "") or None
        if wanted == self.data.get("previous_form"):
            return
        self.set_previous(wanted)

    def set_previous(self, form_id: str | None) -> None:
        """Choose last year's form; the mapping is checked against it from now on."""
        self.previous = self.registry.get(form_id or "")
        self.edit(lambda d: fe.set_form_field(d, "previous_form", form_id, self.previous), self.tr("Föregående formulär"))

    # -- mapping ---------------------------------------------------------------------------------

    def _refresh_mapping(self) -> None:
        """Fill the mapping table while it is shown: rebuilt when the fields or the previous
        form change, else its choices and similarities are updated in place."""
        if self.right_tabs.currentWidget() is not self.mapping_table:
            return
        form, previous = self.loaded, self.previous
        structure = (tuple(form.field_keys()) if form else None, previous.id if previous else None)
        if structure != self._mapping_form:
            self._mapping_form = structure
            self._build_mapping(form, previous)
        if form is None or previous is None:
            return
        mapping = self.data.get("mapping") or {}
        carried = field_mapping(form, previous)  # what Ny omgång will do: explicit entries plus followers
        table = self.mapping_table
        for row, key in enumerate(form.field_keys()):
            explicit = _resolve(previous, _mapping_value(mapping, key))
            chosen = explicit or carried.get(key)
            item = table.item(row, 0)
            text = f"{key}: {_short(fe.field_text(form, key), 90)}"
            if item is not None and item.text() != text:
                item.setText(text)
            combo = table.cellWidget(row, 1)
            if isinstance(combo, QComboBox):
                index = max(0, combo.findData(chosen or ""))
                if combo.currentIndex() != index:
                    combo.blockSignals(True)
                    combo.setCurrentIndex(index)
                    combo.blockSignals(False)
                combo.setToolTip(fe.field_text(previous, chosen) if chosen else "")
            similarity = table.item(row, 2)
            if similarity is not None:
                text = self._similarity_text(form, key, previous, chosen)
                if chosen and not explicit:
                    text = self.tr("{similarity}, följer frågan").format(similarity=text)
                similarity.setText(text)

    def _show_in_mapping(self, number: str | None) -> None:
        """The mapping table follows the current question (its first row in view)."""
        table = self.mapping_table
        for row in range(table.rowCount()):
            item = table.item(row, 0)
            if item is not None and number is not None and item.text().split(":", 1)[0] == number:
                table.scrollToItem(item, QAbstractItemView.ScrollHint.PositionAtTop)
                return

    def _build_mapping(self, form: Form | None, previous: Form | None) -> None:
        table = self.mapping_table
        table.clearSpans()
        table.setRowCount(0)
        if form is None or previous is None:
            table.setRowCount(1)
            table.setSpan(0, 0, 1, 3)
            table.setItem(0, 0, QTableWidgetItem(self.tr("Välj föregående formulär under fliken Formulär för att se vad som förs över.")))
            return
        old_labels = [(key, f"{key}: {_short(fe.field_text(previous, key), 70)}") for key in previous.field_keys()]
        keys = form.field_keys()
        table.setRowCount(len(keys))
        for row, key in enumerate(keys):
            item = QTableWidgetItem()
            item.setToolTip(fe.field_text(form, key))
            table.setItem(row, 0, item)
            combo = QComboBox(table)
            combo.addItem(self.tr("— ny, inget förs över —"), "")
            for old_key, label in old_labels:
                combo.addItem(label, old_key)
            combo.setAccessibleName(self.tr("Förra årets fält för {key}").format(key=key))
            combo.activated.connect(lambda _i, key=key, combo=combo: self._on_mapping_choice(key, combo))
            table.setCellWidget(row, 1, combo)
            table.setItem(row, 2, QTableWidgetItem())

    def _similarity_text(self, form: Form, key: str, previous: Form, old_key: str | None) -> str:
        if not old_key:
            return self.tr("ny")
        if _mapping_value(self.proposed, key) == old_key and key in self.similarity:
            score = self.similarity[key]
        else:
            score = fe.pair_similarity(form, key, previous, old_key)
        return f"{round(score * 100)} %"

    def _on_mapping_choice(self, key: str, combo: QComboBox) -> None:
        old_key = str(combo.currentData() or "") or None
        current = _mapping_value(self.data.get("mapping") or {}, key)
        if old_key == current:
            return
        if old_key is None and current is None:  # a sub-field that follows its question by its label
            self.statusBar().showMessage(
                self.tr("{key} följer sin fråga (samma etikett); välj en annan fråga för frågan i stället.").format(key=key), 8000
            )
            self._refresh_mapping()  # the combo shows the follower again (updated in place)
            return
        what = self.tr("{new} ← {old}").format(new=key, old=old_key) if old_key else self.tr("{new}: ny").format(new=key)
        self.edit(lambda d: fe.set_mapping(d, _mapping_key(d, key), old_key, self.previous), self.tr("Mappning {what}").format(what=what))

    def _on_mapping_cell(self, row: int, _column: int, _old_row: int, _old_column: int) -> None:
        item = self.mapping_table.item(row, 0)
        if item is not None and self.loaded is not None:
            number = item.text().split(":", 1)[0].split(" / ", 1)[0]
            if self.loaded.question(number) is not None:
                self.select(number)

    # -- saving ----------------------------------------------------------------------------------

    def save(self) -> bool:
        try:
            target = fe.save_to_data_dir(self.data, self.data_dir, self.registry)
        except fe.SaveRefused as exc:
            box = QMessageBox(
                QMessageBox.Icon.Warning, self.tr("Formuläret sparades inte"), _core_message(exc), QMessageBox.StandardButton.Ok, self
            )
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            self.refused_box = box
            box.open()
            return False
        self.saved_path = target
        self.undo_stack.setClean()
        self.registry = form_registry(self.data_dir)
        self._update_title()
        form_id = str(self.data.get("id"))
        self.statusBar().showMessage(self.tr("Sparat som {path}").format(path=target), 8000)
        self.saved.emit(form_id)
        return True

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if not self.undo_stack.isClean() or self.saved_path is None:
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Icon.Question)
            box.setWindowTitle(self.tr("Spara formuläret?"))
            box.setText(self.tr("Formuläret är inte sparat. Spara det som ny formulärversion innan fönstret stängs?"))
            save = box.addButton(self.tr("Spara"), QMessageBox.ButtonRole.AcceptRole)
            discard = box.addButton(self.tr("Stäng utan att spara"), QMessageBox.ButtonRole.DestructiveRole)
            box.addButton(self.tr("Avbryt"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(save)
            box.exec()
            clicked = box.clickedButton()
            if clicked is save:
                if not self.save():
                    event.ignore()
                    return
            elif clicked is not discard:
                event.ignore()
                return
        super().closeEvent(event)


def _core_message(exc: Exception) -> str:
    """An exception's message from the core in the current language."""
    first = exc.args[0] if exc.args else ""
    return i18n.core_text(first) if isinstance(first, str) else str(exc)


def _mapping_value(mapping: dict[str, str], key: str) -> str | None:
    """The mapped old key for a field, whichever spelling the mapping uses ("5 a", "5a")."""
    wanted = key.replace(" ", "")
    for new_key, old_key in mapping.items():
        if new_key.replace(" ", "") == wanted:
            return old_key
    return None


def _mapping_key(data: fe.FormDict, key: str) -> str:
    """The mapping's own spelling of a key, so a change replaces the entry, not adds one."""
    wanted = key.replace(" ", "")
    return next((k for k in (data.get("mapping") or {}) if k.replace(" ", "") == wanted), key)


def _resolve(form: Form, key: str | None) -> str | None:
    return mapping_target(form, key) if key else None


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


# -- in the main window ------------------------------------------------------------------------


def default_previous(window: MainWindow) -> Form | None:
    """Last year's form: the open draft's, else the newest form there is."""
    if window.session is not None:
        return window.session.form
    forms = window.forms.sorted()
    return forms[0] if forms else None


def open_editor(window: MainWindow, path: Path) -> FormEditorWindow | None:
    """Read a document and open the form editor on it (None, with a message, if unreadable)."""
    previous = default_previous(window)
    try:
        imported = fe.import_document(path, previous)
    except fe.ImportRefused as exc:
        title = QCoreApplication.translate("FormImport", "Dokumentet kunde inte läsas")
        box = QMessageBox(QMessageBox.Icon.Warning, title, _core_message(exc), QMessageBox.StandardButton.Ok, window)
        box.setObjectName("form-import-refused")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        box.open()
        return None
    if previous is not None and not imported.form.get("previous_form") and imported.form.get("id") != previous.id:
        imported = fe.Imported({**imported.form, "previous_form": previous.id}, imported.review, imported.similarity)
    editor = FormEditorWindow(imported, window.data_dir, window.forms, source_name=path.name, parent=window)
    editor.saved.connect(lambda form_id: _after_save(window, editor, form_id))
    screen = window.screen().availableGeometry()
    if screen.width() < editor.width() + 40 or screen.height() < editor.height() + 60:
        editor.showMaximized()  # three panes need the room of a small screen
    else:
        editor.show()
    return editor


def _after_save(window: MainWindow, editor: FormEditorWindow, form_id: str) -> None:
    """The new form is there for "Nytt utkast" and "Ny omgång…" at once."""
    window.after_store_change(StoreChange("form", forms=True))
    form = window.forms.get(form_id)
    previous = window.forms.get(form.previous_form or "") if form is not None else None
    text = QCoreApplication.translate("FormEditorWindow", "Formuläret {id} är sparat i {path}.").format(id=form_id, path=editor.saved_path)
    if previous is not None:
        text += " " + QCoreApplication.translate(
            "FormEditorWindow", "Öppna ett utkast för {previous} och välj Arkiv › Ny omgång… för att börja årets utkast från de svaren."
        ).format(previous=f"{previous.title} {previous.year}")
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("FormEditorWindow", "Formuläret är sparat"),
        text,
        QMessageBox.StandardButton.Ok,
        editor,
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    editor.saved_box = box
    box.open()

"""The form editor's panel for one question: every key of the question as a widget.

Each change goes to the owner (`FormEditorWindow.edit`) as one pure core.form_edit
operation; the owner pushes it as an undo step and calls `show_question` again, which
puts the stored values back into the widgets without emitting anything.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from naravard_desktop.core.forms.model import Form
from naravard_desktop.ui.lazy import form_edit as fe
from naravard_desktop.ui.widgets import look
from naravard_desktop.ui.widgets.inputs import AnswerLineEdit, AnswerTextEdit

if TYPE_CHECKING:
    from naravard_desktop.ui.forms.form_editor import FormEditorWindow

Op = Callable[["fe.FormDict"], "fe.Edit"]

#: rules that need a value, and where the value comes from in the target question
_VALUE_SOURCE = {"equals": "options", "not_equals": "options", "includes": "options", "any_row_equals": "columns", "row_equals": "columns"}
_RULES_FOR = {
    "single": ("equals", "not_equals", "answered"),
    "multi": ("includes", "answered"),
    "matrix": ("any_row_equals", "row_equals", "answered"),
}


def lines_of(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class LinesEdit(AnswerTextEdit):
    """A list of labels, one per line (options, rows, columns, help lines)."""

    def __init__(self, accessible: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(accessible)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.setLineWrapMode(AnswerTextEdit.LineWrapMode.NoWrap)


class QuestionPanel(QWidget):
    """Number, text, type, choices, limits, condition, sub-fields and quirks of one question."""

    def __init__(self, owner: FormEditorWindow, parent: QWidget | None = None):
        super().__init__(parent)
        self.owner = owner
        self.number: str | None = None
        self._loading = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)

        basics = QFormLayout()
        basics.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.number_edit = AnswerLineEdit(self)
        self.number_edit.setAccessibleName(self.tr("Frågans nummer"))
        self.number_edit.setToolTip(
            self.tr("Numret som formuläret menar, t.ex. 12 eller 10a. Ändras när du trycker Enter eller lämnar fältet.")
        )
        self.number_edit.editingFinished.connect(self._on_number)
        self.number_edit.textEdited.connect(self._on_number_typed)
        basics.addRow(self.tr("&Nummer:"), self.number_edit)
        self.number_note = QLabel(self)
        look.set_text_colour(self.number_note, look.ERROR)
        self.number_note.hide()
        basics.addRow("", self.number_note)
        self.printed_edit = AnswerLineEdit(self)
        self.printed_edit.setAccessibleName(self.tr("Tryckt nummer, om formuläret trycker ett annat"))
        self.printed_edit.textEdited.connect(lambda text: self._set("printed_number", text.strip() or None, self.tr("tryckt nummer")))
        basics.addRow(self.tr("Tr&yckt som:"), self.printed_edit)
        self.type_combo = QComboBox(self)
        self.type_combo.setAccessibleName(self.tr("Frågetyp"))
        for code, name in self.type_names().items():
            self.type_combo.addItem(name, code)
        self.type_combo.activated.connect(self._on_type)
        basics.addRow(self.tr("&Typ:"), self.type_combo)
        outer.addLayout(basics)

        text_label = QLabel(self.tr("Frågans te&xt:"), self)
        outer.addWidget(text_label)
        self.text_edit = AnswerTextEdit(self)
        text_label.setBuddy(self.text_edit)
        self.text_edit.setAccessibleName(self.tr("Frågans text"))
        self.text_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.text_edit.textChanged.connect(self._on_text)
        outer.addWidget(self.text_edit)
        help_label = QLabel(self.tr("&Hjälptext under frågan (en rad per stycke):"), self)
        outer.addWidget(help_label)
        self.help_edit = LinesEdit(self.tr("Hjälptext under frågan"), self)
        help_label.setBuddy(self.help_edit)
        self.help_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.help_edit.textChanged.connect(lambda: self._set("help", lines_of(self.help_edit.toPlainText()), self.tr("hjälptext")))
        outer.addWidget(self.help_edit)

        # choices: options (single, multi), exclusive options (multi), rows and columns (matrix)
        self.choices_box = QGroupBox(self.tr("Svarsalternativ"), self)
        choices = QVBoxLayout(self.choices_box)
        self.options_label = QLabel(self.tr("Alternativ (ett per rad):"), self.choices_box)
        choices.addWidget(self.options_label)
        self.options_edit = LinesEdit(self.tr("Alternativ, ett per rad"), self.choices_box)
        self.options_label.setBuddy(self.options_edit)
        self.options_edit.textChanged.connect(lambda: self._set_labels("options", self.options_edit))
        choices.addWidget(self.options_edit)
        self.exclusive_label = QLabel(self.tr("Uteslutande alternativ (kan inte kombineras med andra):"), self.choices_box)
        choices.addWidget(self.exclusive_label)
        self.exclusive_list = QListWidget(self.choices_box)
        self.exclusive_list.setAccessibleName(self.tr("Uteslutande alternativ"))
        self.exclusive_list.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.exclusive_list.itemChanged.connect(self._on_exclusive)
        choices.addWidget(self.exclusive_list)
        self.rows_label = QLabel(self.tr("Rader (en per rad):"), self.choices_box)
        choices.addWidget(self.rows_label)
        self.rows_edit = LinesEdit(self.tr("Matrisens rader, en per rad"), self.choices_box)
        self.rows_label.setBuddy(self.rows_edit)
        self.rows_edit.textChanged.connect(lambda: self._set_labels("rows", self.rows_edit))
        choices.addWidget(self.rows_edit)
        self.columns_label = QLabel(self.tr("Kolumner, valen för varje rad (en per rad):"), self.choices_box)
        choices.addWidget(self.columns_label)
        self.columns_edit = LinesEdit(self.tr("Matrisens kolumner, en per rad"), self.choices_box)
        self.columns_label.setBuddy(self.columns_edit)
        self.columns_edit.textChanged.connect(lambda: self._set_labels("columns", self.columns_edit))
        choices.addWidget(self.columns_edit)
        outer.addWidget(self.choices_box)

        # limits
        self.limits_box = QGroupBox(self.tr("Gränser"), self)
        limits = QFormLayout(self.limits_box)
        self.max_chars_spin = self._limit_spin(self.tr("Högst antal tecken, 0 betyder ingen gräns"), 100000)
        self.max_chars_spin.valueChanged.connect(lambda v: self._set("max_chars", v or None, self.tr("teckengräns"), "max_chars"))
        limits.addRow(self.tr("Högst tec&ken:"), self.max_chars_spin)
        self.max_items_spin = self._limit_spin(self.tr("Högst antal insatser, 0 betyder ingen gräns"), 99)
        self.max_items_spin.valueChanged.connect(lambda v: self._set("max_items", v or None, self.tr("högst N"), "max_items"))
        limits.addRow(self.tr("Högst N &insatser:"), self.max_items_spin)
        self.integer_check = QCheckBox(self.tr("Bara h&eltal"), self.limits_box)
        self.integer_check.toggled.connect(lambda on: self._set("integer", bool(on), self.tr("heltal")))
        limits.addRow("", self.integer_check)
        self.min_edit = AnswerLineEdit(self.limits_box)
        self.min_edit.setAccessibleName(self.tr("Minsta värde"))
        self.min_edit.textEdited.connect(lambda t: self._set_bound("min", t))
        limits.addRow(self.tr("Minst:"), self.min_edit)
        self.max_edit = AnswerLineEdit(self.limits_box)
        self.max_edit.setAccessibleName(self.tr("Största värde"))
        self.max_edit.textEdited.connect(lambda t: self._set_bound("max", t))
        limits.addRow(self.tr("Högst:"), self.max_edit)
        self.limits_form = limits
        outer.addWidget(self.limits_box)

        # condition from pickers
        self.condition_box = QGroupBox(self.tr("Villkor"), self)
        cond = QFormLayout(self.condition_box)
        self.condition_check = QCheckBox(self.tr("Frågan ställs &bara när …"), self.condition_box)
        self.condition_check.toggled.connect(self._on_condition_toggled)
        cond.addRow(self.condition_check)
        self.cond_question = QComboBox(self.condition_box)
        self.cond_question.setAccessibleName(self.tr("Villkor: fråga"))
        self.cond_question.activated.connect(lambda _i: self._on_condition_part("question"))
        cond.addRow(self.tr("fråga:"), self.cond_question)
        self.cond_rule = QComboBox(self.condition_box)
        self.cond_rule.setAccessibleName(self.tr("Villkor: regel"))
        self.cond_rule.activated.connect(lambda _i: self._on_condition_part("rule"))
        cond.addRow(self.tr("regel:"), self.cond_rule)
        self.cond_row = QComboBox(self.condition_box)
        self.cond_row.setAccessibleName(self.tr("Villkor: rad"))
        self.cond_row.activated.connect(lambda _i: self._on_condition_part("row"))
        cond.addRow(self.tr("rad:"), self.cond_row)
        self.cond_value = QComboBox(self.condition_box)
        self.cond_value.setAccessibleName(self.tr("Villkor: värde"))
        self.cond_value.activated.connect(lambda _i: self._on_condition_part("value"))
        cond.addRow(self.tr("värde:"), self.cond_value)
        self.condition_text_edit = AnswerLineEdit(self.condition_box)
        self.condition_text_edit.setAccessibleName(self.tr("Formulärets egen mening om villkoret"))
        self.condition_text_edit.textEdited.connect(lambda t: self._set("condition_text", t.strip() or None, self.tr("villkorstext")))
        cond.addRow(self.tr("formulärets mening:"), self.condition_text_edit)
        self.condition_form = cond
        outer.addWidget(self.condition_box)

        # sub-fields
        self.sub_box = QGroupBox(self.tr("Delfält"), self)
        subs = QVBoxLayout(self.sub_box)
        self.sub_table = QTableWidget(0, 4, self.sub_box)
        self.sub_table.setAccessibleName(self.tr("Delfält"))
        self.sub_table.setHorizontalHeaderLabels([self.tr("Etikett"), self.tr("Typ"), self.tr("Roll"), self.tr("Hör till")])
        self._table_look(self.sub_table)
        self.sub_table.itemChanged.connect(lambda _item: self._on_subfields())
        subs.addWidget(self.sub_table)
        row = QHBoxLayout()
        self.add_sub_button = QPushButton(self.tr("Lägg till delfält"), self.sub_box)
        self.add_sub_button.clicked.connect(self._add_subfield)
        self.remove_sub_button = QPushButton(self.tr("Ta bort delfält"), self.sub_box)
        self.remove_sub_button.clicked.connect(self._remove_subfield)
        row.addWidget(self.add_sub_button)
        row.addWidget(self.remove_sub_button)
        row.addStretch(1)
        subs.addLayout(row)
        outer.addWidget(self.sub_box)

        # quirks
        self.quirk_box = QGroupBox(self.tr("Egenheter i det tryckta formuläret"), self)
        quirks = QVBoxLayout(self.quirk_box)
        self.quirk_table = QTableWidget(0, 4, self.quirk_box)
        self.quirk_table.setAccessibleName(self.tr("Egenheter"))
        self.quirk_table.setHorizontalHeaderLabels([self.tr("Slag"), self.tr("Tryckt"), self.tr("Menar"), self.tr("Anmärkning")])
        self._table_look(self.quirk_table)
        self.quirk_table.itemChanged.connect(lambda _item: self._on_quirks())
        quirks.addWidget(self.quirk_table)
        row = QHBoxLayout()
        self.add_quirk_button = QPushButton(self.tr("Lägg till egenhet"), self.quirk_box)
        self.add_quirk_button.clicked.connect(self._add_quirk)
        self.remove_quirk_button = QPushButton(self.tr("Ta bort egenhet"), self.quirk_box)
        self.remove_quirk_button.clicked.connect(self._remove_quirk)
        row.addWidget(self.add_quirk_button)
        row.addWidget(self.remove_quirk_button)
        row.addStretch(1)
        quirks.addLayout(row)
        outer.addWidget(self.quirk_box)
        outer.addStretch(1)

    # -- names ------------------------------------------------------------------------------

    def type_names(self) -> dict[str, str]:
        return {
            "group": self.tr("Rubrik (inget eget svar)"),
            "text": self.tr("Fritext"),
            "single": self.tr("Ett val"),
            "multi": self.tr("Flera val"),
            "matrix": self.tr("Matris"),
            "number": self.tr("Antal"),
            "percent": self.tr("Procent"),
        }

    def rule_names(self) -> dict[str, str]:
        return {
            "equals": self.tr("är"),
            "not_equals": self.tr("är inte"),
            "includes": self.tr("har valt"),
            "any_row_equals": self.tr("någon rad är"),
            "row_equals": self.tr("raden är"),
            "answered": self.tr("är besvarad"),
        }

    def role_names(self) -> dict[str, str]:
        return {
            "": self.tr("(ingen)"),
            "other": self.tr("annat, ange vad"),
            "row_detail": self.tr("text per rad"),
            "not_available": self.tr("kan inte anges"),
            "comment": self.tr("kommentar"),
            "link": self.tr("länk"),
        }

    def quirk_names(self) -> dict[str, str]:
        return {
            "printed_number": self.tr("tryckt nummer"),
            "wrong_reference": self.tr("fel hänvisning"),
            "form_error": self.tr("fel i webbformuläret"),
        }

    def _limit_spin(self, accessible: str, maximum: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(0, maximum)
        spin.setSpecialValueText(self.tr("ingen gräns"))
        spin.setAccessibleName(accessible)
        spin.setKeyboardTracking(True)
        return spin

    @staticmethod
    def _table_look(table: QTableWidget) -> None:
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setTabKeyNavigation(False)  # Tab leaves the table (keyboard use); arrows move in it
        table.setFixedHeight(table.fontMetrics().lineSpacing() * 7)

    # -- showing -----------------------------------------------------------------------------

    def show_question(self, data: fe.FormDict, number: str | None, loaded: Form | None) -> None:
        """Put the question's stored values into the widgets (emits no edits)."""
        self._loading = True
        try:
            self._show(data, number, loaded)
        finally:
            self._loading = False

    def _show(self, data: fe.FormDict, number: str | None, loaded: Form | None) -> None:
        self.number = number
        q: dict[str, Any] | None = None
        if number is not None:
            try:
                q = fe.question(data, number)
            except fe.EditError:
                q = None
        self.setEnabled(q is not None)
        if q is None:
            return
        qtype = q.get("type", "text")
        if not self.number_edit.hasFocus():
            _set_line(self.number_edit, fe.question(data, number or "")["number"])
            self.number_note.hide()
        _set_line(self.printed_edit, q.get("printed_number") or "")
        self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(qtype)))
        _set_plain(self.text_edit, q.get("text", ""))
        _set_lines(self.help_edit, q.get("help") or [])
        _set_lines(self.options_edit, q.get("options") or [])
        _set_lines(self.rows_edit, q.get("rows") or [])
        _set_lines(self.columns_edit, q.get("columns") or [])
        self.exclusive_list.clear()
        for option in q.get("options") or []:
            item = QListWidgetItem(option, self.exclusive_list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if option in (q.get("exclusive_options") or []) else Qt.CheckState.Unchecked)
        choice = qtype in ("single", "multi")
        self.choices_box.setVisible(qtype in ("single", "multi", "matrix"))
        shown_for: list[tuple[QWidget, bool]] = [
            (self.options_label, choice),
            (self.options_edit, choice),
            (self.exclusive_label, qtype == "multi"),
            (self.exclusive_list, qtype == "multi"),
            *((w, qtype == "matrix") for w in (self.rows_label, self.rows_edit, self.columns_label, self.columns_edit)),
        ]
        for widget, visible in shown_for:
            widget.setVisible(visible)
        _set_spin(self.max_chars_spin, q.get("max_chars") or 0)
        _set_spin(self.max_items_spin, q.get("max_items") or 0)
        self.integer_check.setChecked(bool(q.get("integer")))
        _set_line(self.min_edit, _number_text(q.get("min")))
        _set_line(self.max_edit, _number_text(q.get("max")))
        self.limits_box.setVisible(qtype in ("text", "number", "percent"))
        limit_rows: list[tuple[QWidget, bool]] = [
            (self.max_chars_spin, qtype == "text"),
            (self.max_items_spin, qtype == "text"),
            (self.integer_check, qtype in ("number", "percent")),
            (self.min_edit, qtype in ("number", "percent")),
            (self.max_edit, qtype in ("number", "percent")),
        ]
        for limit, shown in limit_rows:
            self.limits_form.setRowVisible(limit, shown)
        self._show_condition(data, q)
        self.sub_box.setVisible(qtype != "group")
        self._show_subfields(q)
        self._show_quirks(q)

    def _show_condition(self, data: fe.FormDict, q: dict[str, Any]) -> None:
        cond = q.get("condition") or None
        self.condition_check.setChecked(cond is not None)
        me = q.get("number")
        self.cond_question.clear()
        for other in fe.questions(data):
            if other.get("number") == me or other.get("type") not in _RULES_FOR and other.get("type") in ("group",):
                continue
            self.cond_question.addItem(
                self.tr("Fråga {number}: {text}").format(number=other["number"], text=_short(other.get("text", ""))), other["number"]
            )
        for picker in (self.cond_question, self.cond_rule):
            self.condition_form.setRowVisible(picker, cond is not None)
        target: dict[str, Any] | None = None
        if cond is not None:
            index = self.cond_question.findData(cond.get("question"))
            if index < 0:  # a question that is not there (any more): shown as it is, the problem below says so
                self.cond_question.addItem(self.tr("Fråga {number} (finns inte)").format(number=cond.get("question")), cond.get("question"))
                index = self.cond_question.count() - 1
            self.cond_question.setCurrentIndex(index)
            try:
                target = fe.question(data, str(cond.get("question")))
            except fe.EditError:
                target = None
        rules = _RULES_FOR.get((target or {}).get("type", ""), ("answered",))
        names = self.rule_names()
        self.cond_rule.clear()
        for code in rules:
            self.cond_rule.addItem(names[code], code)
        rule: str | None = (cond or {}).get("rule")
        if cond is not None and self.cond_rule.findData(rule) < 0:
            self.cond_rule.addItem(names.get(str(rule), str(rule)), rule)
        self.cond_rule.setCurrentIndex(max(0, self.cond_rule.findData(rule)))
        self.cond_row.clear()
        for row in (target or {}).get("rows") or []:
            self.cond_row.addItem(row, row)
        self.condition_form.setRowVisible(self.cond_row, cond is not None and rule == "row_equals")
        self.cond_row.setCurrentIndex(max(0, self.cond_row.findData((cond or {}).get("row"))))
        self.cond_value.clear()
        source = _VALUE_SOURCE.get(str(rule))
        for value in (target or {}).get(source or "", []) if source else []:
            self.cond_value.addItem(value, value)
        value = (cond or {}).get("value")
        if value is not None and self.cond_value.findData(value) < 0:
            self.cond_value.addItem(self.tr("{value} (finns inte)").format(value=value), value)
        self.cond_value.setCurrentIndex(max(0, self.cond_value.findData(value)))
        self.condition_form.setRowVisible(self.cond_value, cond is not None and source is not None)
        _set_line(self.condition_text_edit, q.get("condition_text") or "")

    def _show_subfields(self, q: dict[str, Any]) -> None:
        table = self.sub_table
        table.blockSignals(True)
        subs = q.get("subfields") or []
        table.setRowCount(len(subs))
        attach = ["", *(q.get("options") or []), *(q.get("rows") or [])]
        for row, sub in enumerate(subs):
            table.setItem(row, 0, QTableWidgetItem(sub.get("label", "")))
            table.setCellWidget(
                row, 1, self._combo({"text": self.tr("text"), "checkbox": self.tr("kryssruta")}, sub.get("type"), row, "subfield")
            )
            table.setCellWidget(row, 2, self._combo(self.role_names(), sub.get("role") or "", row, "subfield"))
            targets = {a: (a or self.tr("(hela frågan)")) for a in attach}
            if sub.get("attached_to") and sub["attached_to"] not in targets:
                targets[sub["attached_to"]] = sub["attached_to"]
            table.setCellWidget(row, 3, self._combo(targets, sub.get("attached_to") or "", row, "subfield"))
        table.blockSignals(False)
        self._subs = [dict(s) for s in subs]

    def _show_quirks(self, q: dict[str, Any]) -> None:
        table = self.quirk_table
        table.blockSignals(True)
        quirks = q.get("quirks") or []
        table.setRowCount(len(quirks))
        for row, quirk in enumerate(quirks):
            table.setCellWidget(row, 0, self._combo(self.quirk_names(), quirk.get("kind"), row, "quirk"))
            table.setItem(row, 1, QTableWidgetItem(quirk.get("printed") or ""))
            table.setItem(row, 2, QTableWidgetItem(quirk.get("means") or ""))
            table.setItem(row, 3, QTableWidgetItem(quirk.get("note") or ""))
        table.blockSignals(False)

    def _combo(self, choices: dict[str, str], current: Any, row: int, table: str) -> QComboBox:
        combo = QComboBox()
        for code, name in choices.items():
            combo.addItem(name, code)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.setAccessibleName(self.tr("Rad {row}").format(row=row + 1))
        combo.activated.connect(self._on_subfields if table == "subfield" else self._on_quirks)
        return combo

    # -- editing ------------------------------------------------------------------------------

    def _edit(self, op: Op, what: str, merge: str | None = None, select: str | None = None) -> None:
        if self._loading or self.number is None:
            return
        text = self.tr("Fråga {number}: {what}").format(number=self.number, what=what)
        self.owner.edit(op, text, merge_key=f"{self.number}:{merge}" if merge else None, select=select)

    def _set(self, key: str, value: Any, what: str, merge: str | None = None) -> None:
        number = self.number or ""
        self._edit(lambda d: fe.set_field(d, number, key, value, self.owner.previous), what, merge or key)

    def _on_text(self) -> None:
        number = self.number or ""
        text = self.text_edit.toPlainText()
        self._edit(lambda d: fe.set_text(d, number, text, self.owner.previous), self.tr("text"), "text")

    def _on_number_typed(self, text: str) -> None:
        wanted = text.strip().replace(" ", "").lower().rstrip(".")
        problem = ""
        if not fe.NUMBER_PATTERN.match(wanted):
            problem = self.tr("Ett nummer är siffror och högst en bokstav, t.ex. 12 eller 10a.")
        elif self.number is not None and wanted != self.number and any(q.get("number") == wanted for q in fe.questions(self.owner.data)):
            problem = self.tr("Fråga {number} finns redan.").format(number=wanted)
        self.number_note.setText(problem)
        self.number_note.setVisible(bool(problem))

    def _on_number(self) -> None:
        if self._loading or self.number is None:
            return
        wanted = self.number_edit.text().strip().replace(" ", "").lower().rstrip(".")
        if wanted == self.number or self.number_note.isVisible():
            return
        number = self.number
        self._edit(
            lambda d: fe.set_number(d, number, wanted, self.owner.previous), self.tr("nummer {new}").format(new=wanted), select=wanted
        )

    def _on_type(self, _index: int) -> None:
        number = self.number or ""
        qtype = str(self.type_combo.currentData())
        self._edit(
            lambda d: fe.set_type(d, number, qtype, self.owner.previous), self.tr("typ {name}").format(name=self.type_combo.currentText())
        )

    def _set_labels(self, which: str, edit: LinesEdit) -> None:
        number = self.number or ""
        labels = lines_of(edit.toPlainText())
        try:
            if fe.question(self.owner.data, number).get(which, []) == labels:
                return  # an empty line or trailing space: nothing the form holds
        except fe.EditError:
            return
        names = {"options": self.tr("alternativ"), "rows": self.tr("rader"), "columns": self.tr("kolumner")}
        self._edit(lambda d: fe.set_labels(d, number, which, labels, self.owner.previous), names[which], which)

    def _on_exclusive(self, _item: QListWidgetItem) -> None:
        number = self.number or ""
        chosen = [
            self.exclusive_list.item(i).text()
            for i in range(self.exclusive_list.count())
            if self.exclusive_list.item(i).checkState() == Qt.CheckState.Checked
        ]
        self._edit(lambda d: fe.set_exclusive_options(d, number, chosen, self.owner.previous), self.tr("uteslutande alternativ"))

    def _set_bound(self, key: str, text: str) -> None:
        text = text.strip().replace(",", ".")
        value: float | int | None
        try:
            value = None if not text else (int(text) if text.lstrip("-").isdigit() else float(text))
        except ValueError:
            return  # not a number yet; nothing changes until it is
        self._set(key, value, self.tr("minst") if key == "min" else self.tr("högst"), key)

    def _on_condition_toggled(self, on: bool) -> None:
        if self._loading:
            return
        number = self.number or ""
        if not on:
            self._edit(lambda d: fe.set_condition(d, number, None, self.owner.previous), self.tr("villkor borttaget"))
            return
        # a first guess the user then refines: the question just before, "är besvarad"
        numbers = [self.cond_question.itemData(i) for i in range(self.cond_question.count())]
        before = [n for n in numbers if _order(self.owner.data, n) < _order(self.owner.data, number)]
        target = (before or numbers or [None])[-1]
        if target is None:
            return
        cond = _default_condition(self.owner.data, str(target))
        self._edit(lambda d: fe.set_condition(d, number, cond, self.owner.previous), self.tr("villkor"))

    def _on_condition_part(self, part: str) -> None:
        if self._loading:
            return
        number = self.number or ""
        target = str(self.cond_question.currentData())
        if part == "question":
            cond = _default_condition(self.owner.data, target)
        else:
            cond = {"question": target, "rule": self.cond_rule.currentData()}
            if cond["rule"] == "row_equals":
                cond["row"] = self.cond_row.currentData() or ""
            if cond["rule"] in _VALUE_SOURCE:
                cond["value"] = self.cond_value.currentData() or ""
                if part == "rule":
                    cond = {**_default_condition(self.owner.data, target, str(cond["rule"])), **{k: v for k, v in cond.items() if v}}
        self._edit(lambda d: fe.set_condition(d, number, cond, self.owner.previous), self.tr("villkor"))

    def _read_subfields(self) -> list[dict[str, Any]]:
        subs = []
        for row in range(self.sub_table.rowCount()):
            old = self._subs[row] if row < len(self._subs) else {}
            label_item = self.sub_table.item(row, 0)

            def data(col: int, row: int = row) -> Any:
                widget = self.sub_table.cellWidget(row, col)
                return widget.currentData() if isinstance(widget, QComboBox) else None

            subs.append(
                {
                    **old,
                    "label": label_item.text().strip() if label_item else "",
                    "type": data(1) or "text",
                    "role": data(2) or None,
                    "attached_to": data(3) or None,
                }
            )
        return subs

    def _on_subfields(self, *_args: object) -> None:
        if self._loading:
            return
        number = self.number or ""
        subs = self._read_subfields()
        self._edit(lambda d: fe.set_subfields(d, number, subs, self.owner.previous), self.tr("delfält"), "subfields")

    def _add_subfield(self) -> None:
        number = self.number or ""
        subs = [*self._read_subfields(), {"label": self.tr("Kommentar"), "type": "text", "role": "comment"}]
        self._edit(lambda d: fe.set_subfields(d, number, subs, self.owner.previous), self.tr("delfält tillagt"))
        self.sub_table.setCurrentCell(len(subs) - 1, 0)
        self.sub_table.setFocus()

    def _remove_subfield(self) -> None:
        number = self.number or ""
        row = self.sub_table.currentRow()
        subs = self._read_subfields()
        if not 0 <= row < len(subs):
            return
        del subs[row]
        self._edit(lambda d: fe.set_subfields(d, number, subs, self.owner.previous), self.tr("delfält borttaget"))

    def _read_quirks(self) -> list[dict[str, Any]]:
        quirks = []
        for row in range(self.quirk_table.rowCount()):
            kind = self.quirk_table.cellWidget(row, 0)

            def text(col: int, row: int = row) -> str:
                item = self.quirk_table.item(row, col)
                return item.text().strip() if item else ""

            quirks.append(
                {
                    "kind": kind.currentData() if isinstance(kind, QComboBox) else "form_error",
                    "printed": text(1),
                    "means": text(2) or None,
                    "note": text(3),
                }
            )
        return quirks

    def _on_quirks(self, *_args: object) -> None:
        if self._loading:
            return
        number = self.number or ""
        quirks = self._read_quirks()
        self._edit(lambda d: fe.set_quirks(d, number, quirks, self.owner.previous), self.tr("egenheter"), "quirks")

    def _add_quirk(self) -> None:
        number = self.number or ""
        quirks = [
            *self._read_quirks(),
            {"kind": "printed_number", "printed": "", "means": number, "note": self.tr("Skriv vad användaren ska veta.")},
        ]
        self._edit(lambda d: fe.set_quirks(d, number, quirks, self.owner.previous), self.tr("egenhet tillagd"))
        self.quirk_table.setCurrentCell(len(quirks) - 1, 1)
        self.quirk_table.setFocus()

    def _remove_quirk(self) -> None:
        number = self.number or ""
        row = self.quirk_table.currentRow()
        quirks = self._read_quirks()
        if not 0 <= row < len(quirks):
            return
        del quirks[row]
        self._edit(lambda d: fe.set_quirks(d, number, quirks, self.owner.previous), self.tr("egenhet borttagen"))


def _default_condition(data: fe.FormDict, target: str, rule: str | None = None) -> dict[str, Any]:
    """The natural condition on a question: its first option/column ("Ja"), or "answered"."""
    try:
        q = fe.question(data, target)
    except fe.EditError:
        return {"question": target, "rule": "answered"}
    rules = _RULES_FOR.get(q.get("type", ""), ("answered",))
    rule = rule if rule in rules else rules[0]
    cond: dict[str, Any] = {"question": q["number"], "rule": rule}
    source = _VALUE_SOURCE.get(rule)
    if source:
        cond["value"] = (q.get(source) or [""])[0]
    if rule == "row_equals":
        cond["row"] = (q.get("rows") or [""])[0]
    return cond


def _order(data: fe.FormDict, number: Any) -> int:
    for i, q in enumerate(fe.questions(data)):
        if q.get("number") == number:
            return i
    return -1


def _short(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _number_text(value: Any) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else str(value)


def _set_line(edit: AnswerLineEdit, text: str) -> None:
    """Show a stored value; what the user is typing stays as typed when it means the same
    ("5 " is stored as "5", "1," as 1)."""
    if edit.text() == text:
        return
    if edit.hasFocus() and edit.text().strip().replace(",", ".").rstrip(".") == text:
        return
    edit.setText(text)


def _set_lines(edit: AnswerTextEdit, lines: list[str]) -> None:
    if lines_of(edit.toPlainText()) != lines:
        edit.setPlainText("\n".join(lines))


def _set_plain(edit: AnswerTextEdit, text: str) -> None:
    if edit.toPlainText() != text:
        edit.setPlainText(text)


def _set_spin(spin: QSpinBox, value: int) -> None:
    if spin.value() != value:
        spin.setValue(value)

"""Which questions are asked, given the answers; and which answers are parked.

A question is asked when its condition (declarative data from the form file) holds and
the question it depends on is asked too. An answer to a question that is not asked is
*parked*: kept in the draft, flagged, left out of output, restorable by changing the
answer the condition depends on.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from naravard_desktop.core.forms.answers import FieldRef, field_refs, is_empty
from naravard_desktop.core.forms.labels import match_label
from naravard_desktop.core.forms.model import Condition, Form, Question, Subfield
from naravard_desktop.core.messages import Message


@dataclass(frozen=True)
class ParkedAnswer:
    ref: FieldRef
    value: Any
    reason: str


class ConditionEvaluator:
    """Evaluates a form's conditions over one set of answers."""

    def __init__(self, form: Form, answers: Mapping[str, Any]):
        self.form = form
        self.answers = answers
        self._visible: dict[str, bool] = {}

    def holds(self, cond: Condition) -> bool:
        """The condition alone, without asking whether its question is itself asked."""
        target = self.form.question(cond.question)
        assert target is not None  # the loader checked references
        value = self.answers.get(target.number)
        if cond.rule == "answered":
            return not is_empty(value)
        if cond.rule in ("equals", "not_equals"):
            wanted = match_label(cond.value or "", target.options)
            equal = isinstance(value, str) and value == wanted
            return equal if cond.rule == "equals" else (not equal and not is_empty(value))
        if cond.rule == "includes":
            wanted = match_label(cond.value or "", target.options)
            return isinstance(value, list) and wanted in value
        if cond.rule in ("any_row_equals", "row_equals"):
            if not isinstance(value, dict):
                return False
            col = match_label(cond.value or "", target.columns)
            if cond.rule == "any_row_equals":
                return any(v == col for v in value.values())
            row = match_label(cond.row or "", target.rows)
            return value.get(row) == col
        raise ValueError(f"unknown rule {cond.rule!r}")

    def _condition_active(self, cond: Condition | None) -> bool:
        if cond is None:
            return True
        return self.is_visible(cond.question) and self.holds(cond)

    def is_visible(self, number: str) -> bool:
        """Is the question asked? Follows chains: hidden parents hide dependants."""
        cached = self._visible.get(number)
        if cached is not None:
            return cached
        q = self.form.question(number)
        assert q is not None, number
        visible = self._condition_active(q.condition)
        if visible and q.parent is not None:
            visible = self.is_visible(q.parent)
        self._visible[number] = visible
        return visible

    def subfield_visible(self, question: Question, sub: Subfield) -> bool:
        """A sub-field is shown with its question, its own condition, and its option chosen."""
        if not self.is_visible(question.number):
            return False
        if not self._condition_active(sub.condition):
            return False
        if sub.attached_kind == "option":
            chosen = self.answers.get(question.number)
            if question.type == "multi":
                return isinstance(chosen, list) and sub.attached_to in chosen
            return chosen == sub.attached_to
        return True

    def field_visible(self, ref: FieldRef) -> bool:
        if ref.subfield is None:
            return self.is_visible(ref.question.number)
        return self.subfield_visible(ref.question, ref.subfield)

    def parked(self) -> list[ParkedAnswer]:
        """Answers kept in the draft for fields that are not asked now."""
        result: list[ParkedAnswer] = []
        for ref in field_refs(self.form):
            value = self.answers.get(ref.key)
            if is_empty(value) or self.field_visible(ref):
                continue
            result.append(ParkedAnswer(ref, value, describe_hidden_reason(self, ref)))
        return result

    def effective_answers(self) -> dict[str, Any]:
        """Answers as they would be submitted: parked and empty answers left out."""
        out: dict[str, Any] = {}
        for ref in field_refs(self.form):
            value = self.answers.get(ref.key)
            if not is_empty(value) and self.field_visible(ref):
                out[ref.key] = value
        return out


#: How a condition reads (English in core.messages).
_CONDITION_WORDS = {
    "equals": "Besvaras om fråga {number} är {value}",
    "not_equals": "Besvaras om fråga {number} inte är {value}",
    "includes": "Besvaras om ”{value}” är valt i fråga {number}",
    "any_row_equals": "Besvaras om någon delfråga i fråga {number} är {value}",
    "row_equals": "Besvaras om ”{row}” i fråga {number} är {value}",
    "answered": "Besvaras om fråga {number} är besvarad",
}


def describe_condition(form: Form, cond: Condition) -> Message:
    """The condition in words: "Besvaras om fråga 10 är Ja" (a Message: English on request)."""
    target = form.question(cond.question)
    number = target.display_number if target else cond.question
    return Message(_CONDITION_WORDS[cond.rule], number=number, value=cond.value, row=cond.row)


def describe_hidden_reason(evaluator: ConditionEvaluator, ref: FieldRef) -> Message:
    """Why a field is not asked now (a Message: English on request)."""
    q = ref.question
    sub = ref.subfield
    cond = q.condition if (q.condition is not None and not evaluator.is_visible(q.number)) else None
    if cond is None and sub is not None:
        cond = sub.condition
    if cond is not None:
        return Message("Villkoret är inte uppfyllt ({condition})", condition=describe_condition(evaluator.form, cond).decapitalised())
    if sub is not None and sub.attached_kind == "option":
        return Message("Alternativet ”{option}” är inte valt", option=sub.attached_to)
    return Message("Frågan besvaras inte med nuvarande svar")

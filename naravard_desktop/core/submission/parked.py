"""How to bring a parked answer back: the answer change that makes its field asked again."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from naravard_desktop.core.forms.conditions import ConditionEvaluator, ParkedAnswer
from naravard_desktop.core.forms.labels import match_label
from naravard_desktop.core.forms.model import Condition, Form


def _satisfy(form: Form, answers: Mapping[str, Any], cond: Condition) -> dict[str, Any] | None:
    target = form.question(cond.question)
    if target is None:
        return None
    current = answers.get(target.number)
    if cond.rule == "equals":
        return {target.number: match_label(cond.value or "", target.options)}
    if cond.rule == "includes":
        option = match_label(cond.value or "", target.options)
        chosen = [o for o in (current or []) if o not in target.exclusive_options] + [option]
        return {target.number: [o for o in target.options if o in chosen]}
    if cond.rule == "row_equals":
        row = match_label(cond.row or "", target.rows)
        value = dict(current) if isinstance(current, dict) else {}
        value[row] = match_label(cond.value or "", target.columns)
        return {target.number: {r: value[r] for r in target.rows if r in value}}
    return None  # "answered", "not_equals", "any_row_equals": the user has to choose


def restore_changes(form: Form, answers: Mapping[str, Any], parked: ParkedAnswer) -> dict[str, Any] | None:
    """The answer to set so the parked field is asked again (one level), or None if ambiguous."""
    evaluator = ConditionEvaluator(form, answers)
    ref = parked.ref
    q = ref.question
    if not evaluator.is_visible(q.number):
        cond = q.condition
        if cond is None or not evaluator.is_visible(cond.question):
            return None
        return _satisfy(form, answers, cond)
    sub = ref.subfield
    if sub is None:
        return None
    if sub.condition is not None and not evaluator.holds(sub.condition):
        return _satisfy(form, answers, sub.condition)
    if sub.attached_kind == "option" and sub.attached_to:
        if q.type == "multi":
            current = answers.get(q.number) or []
            chosen = [o for o in current if o not in q.exclusive_options] + [sub.attached_to]
            return {q.number: [o for o in q.options if o in chosen]}
        return {q.number: sub.attached_to}
    return None

"""Answer values, field keys and what counts as "answered".

A draft's answers are a flat mapping field key → JSON value. Field keys are the
interchange keys: "3", "18 / Andra åtgärder, ange vad", "15 / ...barn och unga? / Om ja,
beskriv hur:". Values: text → str, single → option label, multi → list of labels,
matrix → {row label: column label}, number/percent → int|float, checkbox → bool.
A number/percent field may also hold the text a user typed that is not a number ("ca 40"):
it is kept as typed (nothing typed is thrown away) and `check` reports it as invalid_number.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from naravard_desktop.core.forms.labels import match_label
from naravard_desktop.core.forms.model import Form, Question, Subfield, normalise_number
from naravard_desktop.core.messages import Message

Answers = dict[str, Any]

KEY_SEPARATOR = " / "

#: Larger numbers are refused on the way in (answers files, bundles, the editor): far
#: beyond any count, sum or share the form asks for, and still exact as a float, so
#: `check`, exports, transfer and the PDF can always compare and print them.
MAX_ABS_NUMBER = 10**15


def number_problem(value: Any) -> str | None:
    """Why a stored number cannot be used (not finite, or huge), or None when it can."""
    if isinstance(value, float) and not math.isfinite(value):
        return Message("talet är inte ändligt (NaN eller oändligt)")
    if isinstance(value, (int, float)) and not isinstance(value, bool) and abs(value) > MAX_ABS_NUMBER:
        return Message("talet är större än 10^15 (till beloppet)")
    return None


def format_number(value: Any) -> str:
    """Decimal comma; a number that cannot be used (stored before numbers were checked on
    the way in: NaN, huge) is named as such, never printed digit by digit."""
    if number_problem(value) is not None:
        return "(ogiltigt tal)"
    if isinstance(value, str):  # a number field's text that is not a number, kept as typed
        return value.strip()
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).replace(".", ",")


def question_of(key: str) -> str:
    """The question number a field key belongs to: "18 / Andra åtgärder" → "18"."""
    return key.split(KEY_SEPARATOR, 1)[0]


def is_answered(question: Question, answers: Mapping[str, Any]) -> bool:
    """A question counts as answered when its answer is not empty or its "kan inte anges"
    box is ticked (the one definition: navigator marks, progress, `check`'s unanswered)."""
    if not is_empty(answers.get(question.number)):
        return True
    return any(s.role == "not_available" and answers.get(s.key) is True for s in question.subfields)


def parse_number(text: str, integer: bool = False) -> int | float | None:
    """ "12,5" / "12.5" / "222 607" / "40 %" → a number; "" → None; raises ValueError otherwise."""
    cleaned = "".join(text.split()).replace(",", ".").rstrip("%")
    if not cleaned:
        return None
    if len(cleaned) > 400 or not re.fullmatch(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?", cleaned):
        raise ValueError(text)
    value = float(cleaned)
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError(text)
    if abs(value) > MAX_ABS_NUMBER:  # not a usable number: kept as typed, `check` says so
        raise ValueError(text)
    if value.is_integer() and (integer or "." not in cleaned) and "e" not in cleaned.lower():
        return int(cleaned.split(".")[0]) if "." in cleaned else int(cleaned)
    return value


def is_empty(value: Any) -> bool:
    """No answer: None, "", only white space, [], {}, False."""
    if value is None or value is False:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, (list, dict)):
        return len(value) == 0
    return False


@dataclass(frozen=True)
class FieldRef:
    """What a field key points at: a question, or one of its sub-fields."""

    key: str
    question: Question
    subfield: Subfield | None = None

    @property
    def is_text(self) -> bool:
        if self.subfield is not None:
            return self.subfield.type == "text"
        return self.question.type == "text"

    @property
    def max_chars(self) -> int | None:
        return self.subfield.max_chars if self.subfield is not None else self.question.max_chars

    @property
    def label(self) -> str:
        """A human label: "fråga 18, Andra åtgärder, ange vad"."""
        if self.subfield is None:
            return Message("fråga {number}", number=self.question.display_number)
        parts = []
        if self.subfield.attached_kind == "row" and self.subfield.attached_to:
            parts.append(self.subfield.attached_to)
        parts.append(self.subfield.label)
        return Message("fråga {number}, {parts}", number=self.question.display_number, parts=", ".join(parts))


class UnknownField(KeyError):
    """A key that names no question, row or sub-field of the form."""

    def __str__(self) -> str:  # KeyError quotes its argument; we want the plain message.
        return str(self.args[0])


def resolve_key(form: Form, key: str) -> FieldRef:
    """Resolve a (possibly retyped) key to the form's field; raises UnknownField."""
    parts = [p for p in key.split(KEY_SEPARATOR.strip())]
    parts = [p.strip() for p in parts]
    number = normalise_number(parts[0]) if parts else ""
    question = form.question(number)
    if question is None or not question.answerable:
        raise UnknownField(f"'{key}': okänd fråga '{parts[0] if parts else key}'")
    if len(parts) == 1:
        return FieldRef(question.number, question)
    if len(parts) == 2:
        for sub in question.subfields:
            if sub.attached_kind != "row" and match_label(parts[1], [sub.label]):
                return FieldRef(sub.key, question, sub)
        raise UnknownField(f"'{key}': fråga {question.number} har inget delfält '{parts[1]}'")
    if len(parts) == 3:
        row = match_label(parts[1], question.rows)
        if row is None:
            raise UnknownField(f"'{key}': fråga {question.number} har ingen rad '{parts[1]}'")
        for sub in question.subfields:
            if sub.attached_kind == "row" and sub.attached_to == row and match_label(parts[2], [sub.label]):
                return FieldRef(sub.key, question, sub)
        raise UnknownField(f"'{key}': raden '{row}' i fråga {question.number} har inget delfält '{parts[2]}'")
    raise UnknownField(f"'{key}': för många delar i nyckeln")


def field_refs(form: Form) -> list[FieldRef]:
    """Every answerable field of the form in form order (made once per form)."""
    return list(form.derived("_field_refs", lambda: tuple(_make_field_refs(form))))


def _make_field_refs(form: Form) -> list[FieldRef]:
    refs: list[FieldRef] = []
    for q in form.answerable_questions():
        refs.append(FieldRef(q.number, q))
        refs.extend(FieldRef(sub.key, q, sub) for sub in q.subfields)
    return refs


class InvalidValue(ValueError):
    """A value of the wrong shape or with labels the form does not have."""


def normalise_value(ref: FieldRef, value: Any) -> Any:
    """Check a value against its field and return it with the form's own labels.

    Raises InvalidValue naming the key and what is wrong. Numbers out of the question's
    range (but finite and within MAX_ABS_NUMBER) and over-limit texts are accepted: `check` reports them, nothing is refused or cut.
    """
    key = ref.key
    if value is None:
        return None
    if ref.subfield is not None:
        if ref.subfield.type == "checkbox":
            if not isinstance(value, bool):
                raise InvalidValue(f"'{key}': en kryssruta ska vara true eller false")
            return value
        if not isinstance(value, str):
            raise InvalidValue(f"'{key}': ska vara en text")
        return value
    q = ref.question
    if q.type == "text":
        if not isinstance(value, str):
            raise InvalidValue(f"'{key}': ska vara en text")
        return value
    if q.type == "single":
        if not isinstance(value, str):
            raise InvalidValue(f"'{key}': ska vara ett svarsalternativ (text)")
        label = match_label(value, q.options)
        if label is None:
            raise InvalidValue(f"'{key}': okänt svarsalternativ '{value}'")
        return label
    if q.type == "multi":
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise InvalidValue(f"'{key}': ska vara en lista med svarsalternativ")
        chosen: list[str] = []
        for v in value:
            label = match_label(v, q.options)
            if label is None:
                raise InvalidValue(f"'{key}': okänt svarsalternativ '{v}'")
            if label not in chosen:
                chosen.append(label)
        return [o for o in q.options if o in chosen]
    if q.type == "matrix":
        if not isinstance(value, dict):
            raise InvalidValue(f"'{key}': ska vara ett objekt rad → kolumn")
        result: dict[str, str] = {}
        for row_label, col_label in value.items():
            row = match_label(row_label, q.rows)
            if row is None:
                raise InvalidValue(f"'{key}': okänd rad '{row_label}'")
            if col_label is None:
                continue
            if not isinstance(col_label, str):
                raise InvalidValue(f"'{key}': raden '{row}' ska ha en kolumn (text)")
            col = match_label(col_label, q.columns)
            if col is None:
                raise InvalidValue(f"'{key}': okänd kolumn '{col_label}' på raden '{row}'")
            result[row] = col
        return {r: result[r] for r in q.rows if r in result}
    if q.type in ("number", "percent"):
        if isinstance(value, str):  # typed text: a number if it reads as one, else kept as typed
            try:
                return parse_number(value, q.integer)
            except ValueError:
                return value
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise InvalidValue(f"'{key}': ska vara ett tal")
        problem = number_problem(value)
        if problem is not None:
            raise InvalidValue(f"'{key}': {problem}")
        if isinstance(value, float) and value.is_integer() and q.integer:
            return int(value)
        return value
    raise InvalidValue(f"'{key}': frågan har inget svar")  # group


def option_detail_subfield(question: Question, option: str) -> Subfield | None:
    """The "ange vad" text that belongs to an option, if any."""
    for sub in question.subfields:
        if sub.attached_kind == "option" and sub.attached_to == option:
            return sub
    return None

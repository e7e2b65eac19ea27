"""`check`: what would stop or trouble a submission, per question.

Problems are reported, never fixed: over-limit texts are not cut, parked answers are not
deleted. Kinds: over_limit, too_many_items, exclusive_conflict, missing_detail,
invalid_number, parked, unanswered (only when asked for); for a stored draft also conflict
(versions from bundles that clash) and pii (unacknowledged personal-data findings, core/submission/pii.py).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from naravard_desktop.core.forms.answers import FieldRef, field_refs, is_answered, is_empty, number_problem, option_detail_subfield
from naravard_desktop.core.forms.conditions import ConditionEvaluator
from naravard_desktop.core.forms.counting import count_like_browser
from naravard_desktop.core.forms.model import Form, Question
from naravard_desktop.core.messages import Message
from naravard_desktop.core.sync.field_versions import conflicts

if TYPE_CHECKING:
    from naravard_desktop.core.storage.store import DraftStore


class ProblemKind(StrEnum):
    """What kind of problem; the value is the `kind` string of `check --json`."""

    OVER_LIMIT = "over_limit"
    TOO_MANY_ITEMS = "too_many_items"
    EXCLUSIVE_CONFLICT = "exclusive_conflict"
    MISSING_DETAIL = "missing_detail"
    INVALID_NUMBER = "invalid_number"
    PARKED = "parked"
    CONFLICT = "conflict"
    UNANSWERED = "unanswered"
    PII = "pii"


@dataclass(frozen=True)
class Problem:
    """One finding of `check`. `message` is Swedish text that can also be shown in English
    (a core.messages.Message); `finding` is the personal-data finding id of a `pii` problem
    (what `naravard pii ack` takes), None for the other kinds."""

    question: str
    kind: ProblemKind
    message: str
    field: str
    count: int | None = None
    limit: int | None = None
    finding: str | None = None

    def to_json(self) -> dict[str, Any]:
        data = {
            "question": self.question,
            "kind": str(self.kind),
            "count": self.count,
            "limit": self.limit,
            "message": str(self.message),
            "field": self.field,
        }
        if self.finding is not None:
            data["finding"] = self.finding
        return data


_BULLET = re.compile(r"^(?:[•\-\*–—▪◦·]|\d{1,2}[.)])\s+")


def count_items(text: str) -> int:
    """Items in a free text: top-level bullet lines, or else paragraphs.

    "Beskriv högst tre insatser": a bullet (•, -, *, –, "1.") at the start of an
    unindented line starts an item; a text without bullets counts its paragraphs
    (blocks separated by a blank line).
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    bullets = [line for line in lines if _BULLET.match(line)]  # indented lines are sub-items
    if bullets:
        return len(bullets)
    paragraphs = [p for p in re.split(r"\n\s*\n", text.replace("\r\n", "\n")) if p.strip()]
    return len(paragraphs)


def _text_problems(ref: FieldRef, value: str) -> list[Problem]:
    problems: list[Problem] = []
    q = ref.question
    limit = ref.max_chars
    if limit is not None:
        count = count_like_browser(value)
        if count > limit:
            problems.append(
                Problem(
                    q.number,
                    ProblemKind.OVER_LIMIT,
                    Message(
                        "{label}: {count} av högst {limit} tecken ({over} tecken för mycket)",
                        label=ref.label,
                        count=count,
                        limit=limit,
                        over=count - limit,
                    ),
                    ref.key,
                    count,
                    limit,
                )
            )
    if ref.subfield is None and q.max_items is not None:
        items = count_items(value)
        if items > q.max_items:
            problems.append(
                Problem(
                    q.number,
                    ProblemKind.TOO_MANY_ITEMS,
                    Message("{label}: {count} insatser, formuläret ber om högst {limit}", label=ref.label, count=items, limit=q.max_items),
                    ref.key,
                    items,
                    q.max_items,
                )
            )
    return problems


def _number_problems(q: Question, value: Any) -> list[Problem]:
    if isinstance(value, str):  # kept as typed ("ca 40")
        return [
            Problem(
                q.number,
                ProblemKind.INVALID_NUMBER,
                Message("fråga {number}: ”{value}” är inte ett tal", number=q.display_number, value=value.strip()),
                q.number,
            )
        ]
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return [
            Problem(
                q.number, ProblemKind.INVALID_NUMBER, Message("fråga {number}: svaret är inte ett tal", number=q.display_number), q.number
            )
        ]
    unusable = number_problem(value)
    if unusable is not None:  # stored before numbers were checked on the way in
        return [
            Problem(
                q.number,
                ProblemKind.INVALID_NUMBER,
                Message("fråga {number}: {problem}; ange talet på nytt", number=q.display_number, problem=unusable),
                q.number,
            )
        ]
    low = q.min if q.min is not None else (0 if q.type == "percent" else None)
    high = q.max if q.max is not None else (100 if q.type == "percent" else None)
    problems: list[Problem] = []
    if q.integer and not float(value).is_integer():
        problems.append(
            Problem(
                q.number,
                ProblemKind.INVALID_NUMBER,
                Message("fråga {number}: ska anges i heltal, svaret är {value}", number=q.display_number, value=value),
                q.number,
            )
        )
    if (low is not None and value < low) or (high is not None and value > high):
        span = f"{low if low is not None else '–'}–{high if high is not None else ''}"
        problems.append(
            Problem(
                q.number,
                ProblemKind.INVALID_NUMBER,
                Message("fråga {number}: {value} ligger utanför {span}", number=q.display_number, value=value, span=span),
                q.number,
            )
        )
    return problems


def _choice_problems(q: Question, value: Any, answers: Mapping[str, Any], evaluator: ConditionEvaluator) -> list[Problem]:
    problems: list[Problem] = []
    chosen: list[str] = []
    if q.type == "multi" and isinstance(value, list):
        chosen = value
        exclusive = [o for o in chosen if o in q.exclusive_options]
        if exclusive and len(chosen) > 1:
            problems.append(
                Problem(
                    q.number,
                    ProblemKind.EXCLUSIVE_CONFLICT,
                    Message(
                        "fråga {number}: ”{option}” kan inte kombineras med andra alternativ", number=q.display_number, option=exclusive[0]
                    ),
                    q.number,
                )
            )
    elif q.type == "single" and isinstance(value, str):
        chosen = [value]
    for option in chosen:
        sub = option_detail_subfield(q, option)
        if sub is not None and sub.type == "text" and is_empty(answers.get(sub.key)):
            problems.append(
                Problem(
                    q.number,
                    ProblemKind.MISSING_DETAIL,
                    Message("fråga {number}: ”{option}” är valt men texten saknas", number=q.display_number, option=option),
                    sub.key,
                )
            )
    if q.type == "matrix" and isinstance(value, dict):
        for sub in q.subfields:
            if sub.attached_kind == "row" and sub.type == "text" and evaluator.subfield_visible(q, sub) and sub.condition is not None:
                if is_empty(answers.get(sub.key)):
                    problems.append(
                        Problem(
                            q.number,
                            ProblemKind.MISSING_DETAIL,
                            Message(
                                "fråga {number}, {row}: ”{label}” saknar text",
                                number=q.display_number,
                                row=sub.attached_to,
                                label=sub.label,
                            ),
                            sub.key,
                        )
                    )
    return problems


def _not_available_problems(q: Question, value: Any, answers: Mapping[str, Any]) -> list[Problem]:
    for sub in q.subfields:
        if sub.role == "not_available" and answers.get(sub.key) is True and not is_empty(value):
            return [
                Problem(
                    q.number,
                    ProblemKind.EXCLUSIVE_CONFLICT,
                    Message("fråga {number}: både ett tal och ”{label}” är angivet", number=q.display_number, label=sub.label),
                    q.number,
                )
            ]
    return []


def check(form: Form, answers: Mapping[str, Any], *, include_unanswered: bool = False) -> list[Problem]:
    """Every problem in form order."""
    evaluator = ConditionEvaluator(form, answers)
    problems: list[Problem] = []
    for ref in field_refs(form):
        value = answers.get(ref.key)
        visible = evaluator.field_visible(ref)
        if not visible:
            continue
        q = ref.question
        if ref.is_text and isinstance(value, str) and value:
            problems.extend(_text_problems(ref, value))
        if ref.subfield is not None:
            continue
        if q.type in ("number", "percent"):
            if not is_empty(value):
                problems.extend(_number_problems(q, value))
            problems.extend(_not_available_problems(q, value, answers))
        problems.extend(_choice_problems(q, value, answers, evaluator))
        if include_unanswered and not is_answered(q, answers):
            problems.append(
                Problem(q.number, ProblemKind.UNANSWERED, Message("fråga {number} är inte besvarad", number=q.display_number), q.number)
            )
    for parked in evaluator.parked():
        problems.append(
            Problem(
                parked.ref.question.number,
                ProblemKind.PARKED,
                Message("{label}: parkerat svar – {reason}", label=parked.ref.label, reason=parked.reason),
                parked.ref.key,
            )
        )
    order = {ref.key: i for i, ref in enumerate(field_refs(form))}
    problems.sort(key=lambda p: order.get(p.field, len(order)))
    return problems


def progress(form: Form, answers: Mapping[str, Any]) -> tuple[int, int]:
    """(answered, asked) over the questions asked now: "31 av 54 besvarade"."""
    evaluator = ConditionEvaluator(form, answers)
    asked = [q for q in form.answerable_questions() if evaluator.is_visible(q.number)]
    answered = 0
    for q in asked:
        if is_answered(q, answers):
            answered += 1
    return answered, len(asked)


def check_draft(store: DraftStore, form: Form, draft_id: str, *, include_unanswered: bool = False) -> list[Problem]:
    """`check` over a stored draft: answer problems plus what only the store knows.

    Issues that add draft-level problem kinds (conflicts, PII) add their provider here.
    """
    from naravard_desktop.core.submission.pii import pii_problems  # pii builds Problems: import late

    answers = store.current_values(draft_id)
    problems = check(form, answers, include_unanswered=include_unanswered)
    problems.extend(_conflict_problems(store, form, draft_id))
    problems.extend(pii_problems(store, form, draft_id))
    order = {key: i for i, key in enumerate(form.field_keys())}
    problems.sort(key=lambda p: order.get(p.field, len(order)))
    return problems


def _conflict_problems(store: DraftStore, form: Form, draft_id: str) -> list[Problem]:
    """One `conflict` per field whose versions (from bundles) clash, naming the editors."""
    return [
        Problem(
            c.question,
            ProblemKind.CONFLICT,
            Message(
                "{label}: {count} versioner krockar (från {editors}); lös i Redigera › Konflikter eller med 'naravard resolve'",
                label=c.label,
                count=len(c.versions),
                editors=", ".join(c.editors),
            ),
            c.field,
            len(c.versions),
        )
        for c in conflicts(store, form, draft_id)
    ]

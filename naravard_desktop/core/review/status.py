"""Per-question status for the navigator: unanswered, answered, over limit, parked, not asked;
conflict (versions from bundles clash) comes from the store via `conflict_marks`; the review
status and open comments via `review_marks`."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from naravard_desktop.core.forms.answers import field_refs, is_answered, is_empty
from naravard_desktop.core.forms.conditions import ConditionEvaluator
from naravard_desktop.core.forms.counting import count_like_browser
from naravard_desktop.core.forms.model import Form
from naravard_desktop.core.review.comments import STATUS_APPROVED, STATUS_NEEDS_CHANGES, STATUS_READY

UNANSWERED = "unanswered"
ANSWERED = "answered"
OVER_LIMIT = "over_limit"
PARKED = "parked"
NOT_ASKED = "not_asked"
CONFLICT = "conflict"
TRANSFERRED = "transferred"  # marked as transferred to the web form (ui/submission/submission.py)
TRANSFER_STALE = "transfer_stale"  # changed after it was marked transferred
REVIEW_READY = "review_ready"
REVIEW_APPROVED = "review_approved"
REVIEW_NEEDS_CHANGES = "review_needs_changes"
OPEN_COMMENTS_PREFIX = "open_comments:"  # "open_comments:3": three open threads

_REVIEW_MARKS = {STATUS_READY: REVIEW_READY, STATUS_APPROVED: REVIEW_APPROVED, STATUS_NEEDS_CHANGES: REVIEW_NEEDS_CHANGES}


def question_statuses(form: Form, answers: Mapping[str, Any]) -> dict[str, set[str]]:
    """Question number → its status marks (a question may be both answered and over limit)."""
    evaluator = ConditionEvaluator(form, answers)
    result: dict[str, set[str]] = {}
    for q in form.answerable_questions():
        marks: set[str] = set()
        if not evaluator.is_visible(q.number):
            marks.add(NOT_ASKED)
        else:
            marks.add(ANSWERED if is_answered(q, answers) else UNANSWERED)
        result[q.number] = marks
    for ref in field_refs(form):
        value = answers.get(ref.key)
        if is_empty(value):
            continue
        marks = result[ref.question.number]
        if not evaluator.field_visible(ref):
            marks.add(PARKED)
        elif ref.is_text and ref.max_chars is not None and isinstance(value, str) and count_like_browser(value) > ref.max_chars:
            marks.add(OVER_LIMIT)
    return result


def conflict_marks(questions: Iterable[str]) -> dict[str, set[str]]:
    """Question numbers with a conflicted field → {CONFLICT} (merged into question_statuses)."""
    return {number: {CONFLICT} for number in questions}


def review_marks(statuses: Mapping[str, str], open_comments: Mapping[str, int]) -> dict[str, set[str]]:
    """Question → review marks: its status (none for Utkast) and "open_comments:N" when N > 0.
    `statuses` maps question → status label (core.review.Review.statuses), `open_comments`
    question → open threads (Review.open_comment_counts)."""
    result: dict[str, set[str]] = {}
    for number, status in statuses.items():
        if status in _REVIEW_MARKS:
            result.setdefault(number, set()).add(_REVIEW_MARKS[status])
    for number, count in open_comments.items():
        if count > 0:
            result.setdefault(number, set()).add(f"{OPEN_COMMENTS_PREFIX}{count}")
    return result


def open_comment_count(marks: Iterable[str]) -> int:
    """The N of an "open_comments:N" mark (0 without one)."""
    for mark in marks:
        if mark.startswith(OPEN_COMMENTS_PREFIX):
            return int(mark[len(OPEN_COMMENTS_PREFIX) :])
    return 0

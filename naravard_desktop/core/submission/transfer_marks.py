"""What a transfer mark records (core/submission/transfer.py has transfer mode itself).

"Markera som överförd" stores "@transfer/<question>" {at, by, answer_hash}. The window
reads the marks at start-up (navigator ↗ and ↻) without loading transfer mode.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any

from naravard_desktop.core.forms.answers import is_empty
from naravard_desktop.core.forms.conditions import ConditionEvaluator
from naravard_desktop.core.forms.counting import normalise_newlines
from naravard_desktop.core.forms.model import Question
from naravard_desktop.core.storage.store import canonical_json

MARK_PREFIX = "@transfer/"


def question_fields(question: Question, evaluator: ConditionEvaluator) -> list[str]:
    """The question's own key and its sub-fields shown now."""
    return [question.number] + [s.key for s in question.subfields if evaluator.subfield_visible(question, s)]


def answer_hash(question: Question, answers: Mapping[str, Any], evaluator: ConditionEvaluator) -> str:
    """What was transferred: every shown field of the question, text with LF breaks."""
    values = {}
    for key in question_fields(question, evaluator):
        value = answers.get(key)
        if isinstance(value, str):
            value = normalise_newlines(value)
        if not is_empty(value):
            values[key] = value
    return hashlib.sha256(canonical_json(values).encode("utf-8")).hexdigest()[:16]

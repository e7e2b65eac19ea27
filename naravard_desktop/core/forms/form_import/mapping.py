"""Last year's form → this year's: which old field's answer is a good start for each new one.

Questions are paired by what they say — text, options, rows, columns and sub-field
labels, compared with rapidfuzz — never by number: numbers shift when a question is
dropped. Pairing is one-to-one, best first; a follow-up question gets a bonus when the
question it depends on is paired with the old one's. The result is the form file's
`mapping` {new field key: old field key} as `core/submission/carry.py` reads it: question numbers,
plus sub-field keys only where a sub-field was renamed (same-label sub-fields follow
their question on their own).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

from naravard_desktop.core.forms.labels import label_key
from naravard_desktop.core.forms.model import Form, Question, Subfield

#: At or above: paired without a second look. Between REVIEW and ACCEPT: paired, listed
#: for review. Below REVIEW: not paired (the new question starts empty).
ACCEPT = 90.0
REVIEW = 70.0

_REFERENCE = re.compile(r"\bOm\s+svaret\s+är\s+['‘’\"”].+?['‘’\"”]\s+på\s+fråga\s+\d+\s*[a-z]?\s*,?\s*", re.I)
_YEAR = re.compile(r"\b(19|20)\d\d\b")


@dataclass(frozen=True)
class Pairing:
    new: str
    old: str
    similarity: float

    @property
    def needs_review(self) -> bool:
        return self.similarity < ACCEPT

    def to_json(self) -> dict[str, Any]:
        return {"new": self.new, "old": self.old, "similarity": round(self.similarity, 1), "review": self.needs_review}


@dataclass
class MappingProposal:
    mapping: dict[str, str]
    pairings: list[Pairing]
    new: list[str]  # new questions without a partner: they start empty
    dropped: list[str]  # old questions nothing maps from
    unpaired_subfields: list[tuple[str, str]] = field(default_factory=list)  # (new key, why)


def _norm(text: str) -> str:
    text = _REFERENCE.sub("", text)
    text = _YEAR.sub("ÅR", text)
    text = re.sub(r"\s+", " ", text).strip().lower()
    return text.lstrip(".… ")


def _question_text(form: Form, q: Question) -> str:
    text = _norm(q.text)
    if q.parent:
        parent = form.question(q.parent)
        if parent is not None:
            text = f"{_norm(parent.text)} {text}"
    return text


def _labels(labels: tuple[str, ...]) -> str:
    return " | ".join(label_key(x).lower() for x in labels)


def _similarity(new_form: Form, new: Question, old_form: Form, old: Question) -> float:
    if new.type != old.type:
        return 0.0
    text = fuzz.token_sort_ratio(_question_text(new_form, new), _question_text(old_form, old))
    parts: list[tuple[float, float]] = [(text, 3.0)]
    if new.options or old.options:
        parts.append((fuzz.token_set_ratio(_labels(new.options), _labels(old.options)), 1.0))
    if new.rows or old.rows:
        parts.append((fuzz.token_set_ratio(_labels(new.rows), _labels(old.rows)), 1.5))
    if new.columns or old.columns:
        parts.append((fuzz.token_set_ratio(_labels(new.columns), _labels(old.columns)), 0.5))
    if new.subfields or old.subfields:
        parts.append(
            (fuzz.token_set_ratio(_labels(tuple(s.label for s in new.subfields)), _labels(tuple(s.label for s in old.subfields))), 0.5)
        )
    return sum(score * weight for score, weight in parts) / sum(weight for _, weight in parts)


def _subfield_match(sub: Subfield, old_q: Question) -> Subfield | None:
    """The old sub-field a renamed new one continues: same type, role and row/option."""
    best: tuple[float, Subfield] | None = None
    for old in old_q.subfields:
        if old.type != sub.type or old.role != sub.role or old.attached_kind != sub.attached_kind:
            continue
        if (sub.attached_to is None) != (old.attached_to is None):
            continue
        if sub.attached_to is not None and old.attached_to is not None and label_key(sub.attached_to) != label_key(old.attached_to):
            continue
        score = fuzz.token_sort_ratio(label_key(sub.label).lower(), label_key(old.label).lower())
        if best is None or score > best[0]:
            best = (score, old)
    if best is None:
        return None
    # One candidate of the same role is the same field even when reworded ("Kommentar:").
    same_role = [o for o in old_q.subfields if o.role == sub.role and o.type == sub.type and o.attached_kind == sub.attached_kind]
    return best[1] if best[0] >= REVIEW or len(same_role) == 1 else None


def propose_mapping(new_form: Form, old_form: Form) -> MappingProposal:
    new_qs = new_form.answerable_questions()
    old_qs = old_form.answerable_questions()
    scores: dict[tuple[str, str], float] = {}
    for nq in new_qs:
        for oq in old_qs:
            scores[(nq.number, oq.number)] = _similarity(new_form, nq, old_form, oq)

    # Where texts tie (the same follow-up asked twice), the one at the same place in the
    # form wins: at most half a point, never enough to outweigh a difference in wording.
    new_pos = {q.number: k / max(len(new_qs) - 1, 1) for k, q in enumerate(new_qs)}
    old_pos = {q.number: k / max(len(old_qs) - 1, 1) for k, q in enumerate(old_qs)}
    for new_number, old_number in scores:
        scores[(new_number, old_number)] -= 0.5 * abs(new_pos[new_number] - old_pos[old_number])
    paired: dict[str, tuple[str, float]] = {}
    used_old: set[str] = set()

    def assign(candidates: list[Question]) -> None:
        ranked = []
        for nq in candidates:
            for oq in old_qs:
                score = scores[(nq.number, oq.number)]
                if nq.condition is not None and oq.condition is not None:
                    target = paired.get(nq.condition.question)
                    if target is not None:
                        score = min(100.0, score + 10.0) if target[0] == oq.condition.question else score - 15.0
                elif (nq.condition is None) != (oq.condition is None):
                    score -= 5.0
                ranked.append((score, nq.number, oq.number))
        ranked.sort(key=lambda x: (-x[0], x[1], x[2]))
        for score, new_number, old_number in ranked:
            if score < REVIEW:
                break
            if new_number in paired or old_number in used_old:
                continue
            paired[new_number] = (old_number, score)
            used_old.add(old_number)

    assign([q for q in new_qs if q.condition is None])
    assign([q for q in new_qs if q.condition is not None])

    mapping: dict[str, str] = {}
    pairings: list[Pairing] = []
    unpaired_subfields: list[tuple[str, str]] = []
    for nq in new_qs:
        hit = paired.get(nq.number)
        if hit is None:
            continue
        old_number, score = hit
        mapping[nq.number] = old_number
        pairings.append(Pairing(nq.number, old_number, score))
        old_q = old_form.question(old_number)
        assert old_q is not None
        for sub in nq.subfields:
            same = next(
                (
                    o
                    for o in old_q.subfields
                    if o.type == sub.type
                    and o.attached_kind == sub.attached_kind
                    and label_key(o.label) == label_key(sub.label)
                    and (o.attached_to is None) == (sub.attached_to is None)
                    and (o.attached_to is None or label_key(o.attached_to) == label_key(sub.attached_to or ""))
                ),
                None,
            )
            if same is not None:
                continue  # follows its question on its own (carry.field_mapping)
            renamed = _subfield_match(sub, old_q)
            if renamed is not None:
                mapping[sub.key] = renamed.key
                pairings.append(
                    Pairing(sub.key, renamed.key, fuzz.token_sort_ratio(label_key(sub.label).lower(), label_key(renamed.label).lower()))
                )
            else:
                unpaired_subfields.append((sub.key, "inget motsvarande delfält förra året"))
    new = [q.number for q in new_qs if q.number not in paired]
    dropped = [q.number for q in old_qs if q.number not in used_old]
    return MappingProposal(mapping, pairings, new, dropped, unpaired_subfields)


def question_similarity(new_form: Form, new: Question, old_form: Form, old: Question) -> float:
    """How alike two questions are, 0–100: the measure the proposal ranks by, for a
    pairing a person chooses in the form editor."""
    return _similarity(new_form, new, old_form, old)

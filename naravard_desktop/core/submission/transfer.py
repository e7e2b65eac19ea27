"""Transfer mode: moving every answer into Socialstyrelsen's web form in one sitting.

Questions come in web-form order (the form file's order), asked ones only. Per question:
the exact texts to paste (LF line breaks, counted like the browser) and what to tick.
"Markera som överförd" stores "@transfer/<question>" {at, by, answer_hash}; the mark is a
revision and travels in bundles. A mark is *stale* when the answer changed after it
(the hash differs). Answers over the limit, with conflicts or with unacknowledged
personal-data findings are flagged and cannot be marked until fixed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from naravard_desktop.core.forms.answers import format_number, is_empty, number_problem
from naravard_desktop.core.forms.conditions import ConditionEvaluator
from naravard_desktop.core.forms.counting import count_like_browser, normalise_newlines
from naravard_desktop.core.forms.model import Form, Question
from naravard_desktop.core.messages import Message
from naravard_desktop.core.storage.store import META_FIELD_PREFIX, utc_now
from naravard_desktop.core.submission.carry import carried_fields
from naravard_desktop.core.submission.pii import describe, scan_draft
from naravard_desktop.core.submission.transfer_marks import MARK_PREFIX, answer_hash, question_fields
from naravard_desktop.core.submission.validation import check
from naravard_desktop.core.sync.field_versions import field_label

if TYPE_CHECKING:
    from naravard_desktop.core.storage.store import DraftStore


#: Flags that stop a question from being marked transferred.
BLOCKING_FLAGS = ("over_limit", "conflict", "pii")


class TransferRefused(Exception):
    """The question cannot be marked (or unmarked); the message says why, in Swedish."""


@dataclass(frozen=True)
class PasteText:
    """One text box in the web form: the exact text to paste."""

    key: str
    label: str
    text: str  # LF line breaks
    count: int
    limit: int | None

    @property
    def over_limit(self) -> bool:
        return self.limit is not None and self.count > self.limit

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "label": self.label, "text": self.text, "count": self.count, "limit": self.limit}


@dataclass(frozen=True)
class Flag:
    kind: str  # over_limit | conflict | pii | other check kinds | unanswered | carried
    message: str

    @property
    def blocking(self) -> bool:
        return self.kind in BLOCKING_FLAGS

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "message": self.message, "blocking": self.blocking}


@dataclass(frozen=True)
class TransferItem:
    question: Question
    texts: tuple[PasteText, ...]
    ticks: tuple[str, ...]  # human lines: "Kryssa: Ja", "Rad …: kryssa Nej"
    answer_hash: str
    mark: dict[str, Any] | None
    flags: tuple[Flag, ...] = field(default=())

    @property
    def number(self) -> str:
        return self.question.number

    @property
    def marked(self) -> bool:
        return self.mark is not None

    @property
    def stale(self) -> bool:
        return self.mark is not None and self.mark.get("answer_hash") != self.answer_hash

    @property
    def transferred(self) -> bool:
        return self.marked and not self.stale

    @property
    def empty(self) -> bool:
        return not self.texts and not self.ticks

    @property
    def blocking_flags(self) -> list[Flag]:
        return [f for f in self.flags if f.blocking]

    @property
    def status(self) -> str:
        if self.stale:
            return "stale"
        return "transferred" if self.marked else "pending"

    @property
    def status_text(self) -> Message:
        if self.stale:
            return Message("ändrad efter överföringen – för över igen")
        return Message("överförd") if self.marked else Message("ej överförd")

    def to_json(self) -> dict[str, Any]:
        return {
            "question": self.number,
            "display_number": self.question.display_number,
            "text": self.question.text,
            "type": self.question.type,
            "status": self.status,
            "paste": [t.to_json() for t in self.texts],
            "tick": list(self.ticks),
            "answer_hash": self.answer_hash,
            "mark": self.mark,
            "flags": [f.to_json() for f in self.flags],
        }


def _paste_and_ticks(q: Question, answers: Mapping[str, Any], evaluator: ConditionEvaluator) -> tuple[list[PasteText], list[str]]:
    texts: list[PasteText] = []
    ticks: list[str] = []
    value = answers.get(q.number)
    if q.type == "text" and isinstance(value, str) and value.strip():
        text = normalise_newlines(value)
        texts.append(PasteText(q.number, f"Fråga {q.display_number}", text, count_like_browser(text), q.max_chars))
    elif q.type == "single" and isinstance(value, str) and value:
        ticks.append(Message("Kryssa: {option}", option=value))
    elif q.type == "multi" and isinstance(value, list):
        ticks.extend(Message("Kryssa: {option}", option=option) for option in q.options if option in value)
    elif q.type == "matrix" and isinstance(value, dict):
        ticks.extend(
            Message("{row}: kryssa {column}", row=row, column=value[row])
            if value.get(row)
            else Message("{row}: obesvarad – kryssa inget", row=row)
            for row in q.rows
        )
    elif q.type in ("number", "percent") and not is_empty(value) and not isinstance(value, bool) and number_problem(value) is None:
        text = format_number(value)
        texts.append(
            PasteText(
                q.number, f"Fråga {q.display_number}" + (" (procent)" if q.type == "percent" else ""), text, count_like_browser(text), None
            )
        )
    for sub in q.subfields:
        if not evaluator.subfield_visible(q, sub):
            continue
        sub_value = answers.get(sub.key)
        if sub.type == "checkbox":
            if sub_value is True:
                ticks.append(Message("Kryssa: {option}", option=sub.label))
        elif isinstance(sub_value, str) and sub_value.strip():
            text = normalise_newlines(sub_value)
            where = f"{sub.attached_to}: {sub.label}" if sub.attached_kind == "row" else sub.label
            texts.append(PasteText(sub.key, where, text, count_like_browser(text), sub.max_chars))
    return texts, ticks


def transfer_items(store: DraftStore, form: Form, draft_id: str) -> list[TransferItem]:
    """The asked questions in web-form order with what to paste and tick, marks and flags."""
    values = store.current_values(draft_id, include_meta=True)
    answers = {k: v for k, v in values.items() if not k.startswith(META_FIELD_PREFIX)}
    evaluator = ConditionEvaluator(form, answers)
    problems = check(form, answers)
    conflicts = {k for k in store.conflicted_fields(draft_id) if not k.startswith(META_FIELD_PREFIX)}
    open_pii = scan_draft(store, form, draft_id).open
    carried = carried_fields(store, draft_id)
    items: list[TransferItem] = []
    for q in form.answerable_questions():
        if not evaluator.is_visible(q.number):
            continue
        keys = question_fields(q, evaluator)
        all_keys = {q.number, *(s.key for s in q.subfields)}
        texts, ticks = _paste_and_ticks(q, answers, evaluator)
        flags: list[Flag] = []
        for p in problems:
            if p.field in all_keys and p.kind != "parked":
                flags.append(Flag(p.kind, p.message))
        for key in sorted(conflicts & all_keys):
            flags.append(
                Flag("conflict", Message("{key}: två olika ändringar står mot varandra (konflikt) – lös konflikten först", key=key))
            )
        for finding in open_pii:
            if finding.field in keys:
                flags.append(
                    Flag(
                        "pii",
                        Message("{finding} – ta bort eller kvittera varningen (id {id})", finding=describe(form, finding), id=finding.id),
                    )
                )
        carried_here = sorted(carried & set(keys))
        if carried_here:
            flags.append(Flag("carried", Message("svaret är från föregående år och inte redigerat – kontrollera att det stämmer för i år")))
        if not texts and not ticks:
            flags.append(Flag("unanswered", Message("inget svar – lämnas tomt i webbformuläret")))
        mark = values.get(MARK_PREFIX + q.number)
        items.append(
            TransferItem(
                q, tuple(texts), tuple(ticks), answer_hash(q, answers, evaluator), mark if isinstance(mark, dict) else None, tuple(flags)
            )
        )
    return items


def find_item(items: list[TransferItem], form: Form, number: str) -> TransferItem:
    question = form.question(number)
    if question is None or not question.answerable:
        raise TransferRefused(f"formuläret har ingen fråga '{number}'")
    for item in items:
        if item.number == question.number:
            return item
    raise TransferRefused(f"fråga {question.display_number} ställs inte med nuvarande svar och ska inte föras över")


def mark_transferred(store: DraftStore, form: Form, draft_id: str, number: str) -> TransferItem:
    """ "Markera som överförd": refused while the answer has blocking flags."""
    draft = store.draft(draft_id)
    item = find_item(transfer_items(store, form, draft.id), form, number)
    blocking = item.blocking_flags
    if blocking:
        raise TransferRefused(f"fråga {item.question.display_number} kan inte markeras som överförd: {blocking[0].message}")
    mark = {"at": utc_now(), "by": store.editor.name, "answer_hash": item.answer_hash}
    store.set_values(draft.id, {MARK_PREFIX + item.number: mark}, kind="transfer")
    return find_item(transfer_items(store, form, draft.id), form, number)


def unmark_transferred(store: DraftStore, form: Form, draft_id: str, number: str) -> None:
    draft = store.draft(draft_id)
    question = form.question(number)
    if question is None or not question.answerable:
        raise TransferRefused(f"formuläret har ingen fråga '{number}'")
    if store.current_values(draft.id, include_meta=True).get(MARK_PREFIX + question.number) is None:
        raise TransferRefused(f"fråga {question.display_number} är inte markerad som överförd")
    store.set_values(draft.id, {MARK_PREFIX + question.number: None}, kind="transfer")


@dataclass(frozen=True)
class ChecklistItem:
    ok: bool
    text: str
    details: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "text": self.text, "details": list(self.details)}


@dataclass(frozen=True)
class TransferStatus:
    items: list[TransferItem]
    checklist: list[ChecklistItem]

    @property
    def transferred(self) -> int:
        return sum(1 for i in self.items if i.transferred)

    @property
    def progress_text(self) -> Message:
        return Message("{done} av {total} överförda", done=self.transferred, total=len(self.items))

    @property
    def complete(self) -> bool:
        return all(c.ok for c in self.checklist)


def transfer_status(store: DraftStore, form: Form, draft_id: str) -> TransferStatus:
    """Progress and the final checklist before the web form is sent in."""
    items = transfer_items(store, form, draft_id)
    answers = store.current_values(draft_id)
    not_done = [i for i in items if not i.transferred]
    over = [p for p in check(form, answers) if p.kind == "over_limit"]
    conflicts = [k for k in store.conflicted_fields(draft_id) if not k.startswith(META_FIELD_PREFIX)]
    open_pii = scan_draft(store, form, draft_id).open
    checklist = [
        ChecklistItem(
            not not_done,
            Message("Alla frågor är överförda"),
            tuple(Message("fråga {number}: {status}", number=i.question.display_number, status=i.status_text) for i in not_done),
        ),
        ChecklistItem(not over, Message("Inget svar är över teckengränsen"), tuple(p.message for p in over)),
        ChecklistItem(not conflicts, Message("Inga olösta konflikter"), tuple(field_label(form, key) for key in conflicts)),
        ChecklistItem(not open_pii, Message("Inga okvitterade varningar för personuppgifter"), tuple(describe(form, f) for f in open_pii)),
    ]
    return TransferStatus(items, checklist)

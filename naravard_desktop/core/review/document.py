"""The draft as a printable document: one model that every renderer (PDF, text, Markdown) reads.

Walks the form in order and gathers, per question, what a reader of a paper copy needs:
Socialstyrelsen's numbering (with the printed quirk), the full question text, the
condition and whether it is met, the answer as it would be submitted (parked answers are
never printed as answers), counts against limits, every option of a choice marked,
matrices as rows, conflicts with every version, and the comment threads.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from naravard_desktop.core.forms.answers import FieldRef, field_refs, format_number, is_answered, is_empty
from naravard_desktop.core.forms.conditions import ConditionEvaluator, describe_condition
from naravard_desktop.core.forms.counting import count_like_browser
from naravard_desktop.core.forms.model import Form, Question, Section, Subfield, normalise_number
from naravard_desktop.core.review.comments import STATUSES, QuestionStatus, Review, Thread
from naravard_desktop.core.storage.store import Draft, DraftStore, Revision
from naravard_desktop.core.submission.validation import check, progress

NOT_ASKED = "Ej aktuell (villkor ej uppfyllt)"
UNANSWERED = "Ej besvarad"
CHECKED = "☒"
UNCHECKED = "☐"


class QuestionSpecError(ValueError):
    """A --questions selection that names questions the form does not have."""


@dataclass(frozen=True)
class Version:
    """One head of a conflicted field."""

    text: str
    editor: str
    created_at: str


@dataclass(frozen=True)
class FieldDoc:
    """One answer field as printed: its text, count and any conflict."""

    key: str
    label: str | None  # the sub-field's label; None for the question's own answer
    kind: str  # question type, or "text" / "checkbox" for sub-fields
    value: Any  # the effective value; None when unanswered or not asked
    text: str  # the value as text ("" when unanswered)
    count: int | None = None  # characters, for free texts that have an answer
    limit: int | None = None
    conflict: tuple[Version, ...] = ()

    @property
    def over_by(self) -> int:
        if self.count is None or self.limit is None:
            return 0
        return max(0, self.count - self.limit)

    @property
    def count_text(self) -> str:
        """ "973 / 1000 tecken", "412 tecken", or "" when there is nothing to count."""
        if self.count is None:
            return ""
        if self.limit is None:
            return f"{self.count} tecken"
        return f"{self.count} / {self.limit} tecken"

    @property
    def over_text(self) -> str:
        return f"{self.over_by} tecken för mycket" if self.over_by else ""


@dataclass(frozen=True)
class OptionDoc:
    label: str
    chosen: bool
    detail: FieldDoc | None = None  # the option's "ange vad" text, when chosen


@dataclass(frozen=True)
class RowDoc:
    label: str
    column: str | None
    details: tuple[FieldDoc, ...] = ()


@dataclass(frozen=True)
class QuestionDoc:
    question: Question
    number_label: str  # "15 (tryckt som 5.)"
    text: str
    help: tuple[str, ...]
    notes: tuple[str, ...]  # the form's known quirks, in Swedish
    condition_text: str | None
    asked: bool
    answered: bool
    answer: FieldDoc | None  # None for group headings
    options: tuple[OptionDoc, ...] = ()
    columns: tuple[str, ...] = ()
    rows: tuple[RowDoc, ...] = ()
    extras: tuple[FieldDoc, ...] = ()  # links, comments, "kan inte anges"
    has_parked: bool = False
    #: What `check` finds besides limits and parked answers: too many items, a missing
    #: "ange vad", an exclusive option combined, a number out of range.
    problems: tuple[str, ...] = ()
    threads: tuple[Thread, ...] = ()
    status: QuestionStatus | None = None
    last_change: Version | None = None  # the newest edit of any of its fields: who and when

    @property
    def number(self) -> str:
        return self.question.number

    @property
    def is_group(self) -> bool:
        return not self.question.answerable

    def fields(self) -> list[FieldDoc]:
        """Every field of the question, in print order."""
        result = [self.answer] if self.answer is not None else []
        for option in self.options:
            if option.detail is not None:
                result.append(option.detail)
        for row in self.rows:
            result.extend(row.details)
        result.extend(self.extras)
        return result

    @property
    def over_limit(self) -> bool:
        return any(f.over_by for f in self.fields())

    @property
    def conflicted(self) -> bool:
        return any(f.conflict for f in self.fields())


@dataclass(frozen=True)
class SectionDoc:
    section: Section
    part_title: str | None
    questions: tuple[QuestionDoc, ...]

    @property
    def title(self) -> str:
        return self.section.title


@dataclass(frozen=True)
class Summary:
    answered: int
    asked: int
    over_limit: int
    conflicts: int
    open_comments: int
    parked: int
    statuses: dict[str, int] = field(default_factory=dict)
    #: Display numbers of the questions behind the counts, for the cover ("17, 25").
    over_limit_questions: tuple[str, ...] = ()
    conflict_questions: tuple[str, ...] = ()
    comment_questions: tuple[str, ...] = ()
    parked_questions: tuple[str, ...] = ()


@dataclass(frozen=True)
class DraftDocument:
    form: Form
    draft: Draft
    sections: tuple[SectionDoc, ...]
    summary: Summary
    editors: tuple[str, ...]
    generated_at: datetime
    include_resolved: bool
    subset: bool

    def questions(self) -> list[QuestionDoc]:
        return [q for s in self.sections for q in s.questions]

    def sections_with_parts(self) -> Iterator[tuple[str | None, SectionDoc]]:
        """Sections in order, each with the title of the part it starts (or None)."""
        part_seen = None
        for section in self.sections:
            new_part = None
            if section.part_title and section.part_title != part_seen:
                part_seen = new_part = section.part_title
            yield new_part, section


# -- values as text -------------------------------------------------------------------


def value_text(ref: FieldRef, value: Any) -> str:
    """Any stored value as plain text (for conflicts and plain exports)."""
    if is_empty(value) and value is not False:
        return ""
    kind = ref.subfield.type if ref.subfield is not None else ref.question.type
    if kind == "checkbox":
        return f"{CHECKED if value else UNCHECKED} {ref.subfield.label if ref.subfield else ''}".rstrip()
    if kind == "percent":
        return f"{format_number(value)} %"
    if kind == "number":
        return format_number(value)
    if kind == "multi" and isinstance(value, list):
        return "\n".join(f"{CHECKED} {v}" for v in value)
    if kind == "matrix" and isinstance(value, dict):
        return "\n".join(f"{row}: {col}" for row, col in value.items())
    return str(value)


# -- selection ------------------------------------------------------------------------


def select_questions(form: Form, spec: str) -> list[str]:
    """Question numbers for "12-17" or "1a-3,17", in form order (ranges follow form order)."""
    order = [q.number for q in form.questions()]
    chosen: set[str] = set()

    def find(token: str) -> int:
        number = normalise_number(token)
        q = form.question(number)
        if q is None:
            raise QuestionSpecError(f"formuläret har ingen fråga '{token.strip()}'")
        return order.index(q.number)

    for part in spec.split(","):
        part = part.strip()
        if not part:
            continue
        if "-" in part:
            first, _, last = part.partition("-")
            start, end = find(first), find(last)
            if end < start:
                raise QuestionSpecError(f"intervallet '{part}' går baklänges")
            chosen.update(order[start : end + 1])
        else:
            chosen.add(order[find(part)])
    if not chosen:
        raise QuestionSpecError(f"'{spec}' väljer inga frågor")
    return [n for n in order if n in chosen]


# -- building -------------------------------------------------------------------------


class _Builder:
    def __init__(self, store: DraftStore, form: Form, draft_id: str, include_resolved: bool):
        self.store = store
        self.form = form
        self.draft = store.draft(draft_id)
        self.answers = store.current_values(self.draft.id)
        self.evaluator = ConditionEvaluator(form, self.answers)
        self.effective = self.evaluator.effective_answers()
        self.parked_keys = {p.ref.key for p in self.evaluator.parked()}
        self.conflicts: dict[str, list[Revision]] = {
            k: v for k, v in store.conflicted_fields(self.draft.id).items() if not k.startswith("@")
        }
        self.heads = {k: v for k, v in store.heads(self.draft.id).items() if not k.startswith("@")}
        self.review = Review(store, form, self.draft.id)
        self.threads: dict[str, list[Thread]] = {}
        for thread in self.review.threads(include_resolved=include_resolved, answers=self.answers):
            self.threads.setdefault(thread.question, []).append(thread)
        self.statuses = self.review.statuses()
        self.problems: dict[str, list[str]] = {}
        for problem in check(form, self.answers):
            if problem.kind not in ("over_limit", "parked"):
                self.problems.setdefault(problem.question, []).append(problem.message)

    def field(self, ref: FieldRef, *, visible: bool) -> FieldDoc:
        value = self.effective.get(ref.key) if visible else None
        if visible and value is None and ref.subfield is not None and ref.subfield.type == "checkbox":
            value = False
        kind = ref.subfield.type if ref.subfield is not None else ref.question.type
        text = value_text(ref, value) if value is not None else ""
        count = None
        if kind == "text" and isinstance(value, str) and value:
            count = count_like_browser(value)
        conflict: tuple[Version, ...] = ()
        if visible and ref.key in self.conflicts:
            conflict = tuple(Version(value_text(ref, r.value), r.editor_name, r.created_at) for r in self.conflicts[ref.key])
        label = ref.subfield.label if ref.subfield is not None else None
        return FieldDoc(ref.key, label, kind, value, text, count, ref.max_chars, conflict)

    def question(self, q: Question) -> QuestionDoc:
        number_label = q.display_number + (f" (tryckt som {q.printed_number})" if q.printed_number else "")
        condition_text = None
        if q.condition is not None:
            condition_text = q.condition_text or describe_condition(self.form, q.condition)
        notes = tuple(x.note for x in q.quirks if x.kind != "printed_number")
        threads = tuple(self.threads.get(q.number, ()))
        if not q.answerable:
            return QuestionDoc(q, number_label, q.text, q.help, notes, condition_text, True, False, None, threads=threads)
        asked = self.evaluator.is_visible(q.number)
        refs = {sub.key: FieldRef(sub.key, q, sub) for sub in q.subfields}
        main = self.field(FieldRef(q.number, q), visible=asked)
        options: list[OptionDoc] = []
        rows: list[RowDoc] = []
        extras: list[FieldDoc] = []
        attached: set[str] = set()
        if q.type in ("single", "multi"):
            chosen = main.value if isinstance(main.value, list) else ([main.value] if main.value else [])
            for option in q.options:
                detail = None
                for sub in q.subfields:
                    if sub.attached_kind == "option" and sub.attached_to == option:
                        attached.add(sub.key)
                        if option in chosen:
                            detail = self.field(refs[sub.key], visible=self._sub_visible(q, sub))
                options.append(OptionDoc(option, option in chosen, detail))
        if q.type == "matrix":
            value = main.value if isinstance(main.value, dict) else {}
            for row in q.rows:
                details = []
                for sub in q.subfields:
                    if sub.attached_kind == "row" and sub.attached_to == row:
                        attached.add(sub.key)
                        if self._sub_visible(q, sub):
                            details.append(self.field(refs[sub.key], visible=True))
                rows.append(RowDoc(row, value.get(row), tuple(details)))
        for sub in q.subfields:
            if sub.key not in attached and self._sub_visible(q, sub):
                extras.append(self.field(refs[sub.key], visible=True))
        # The one rule (core.answers.is_answered), so each question's flag adds up to the
        # cover's "46 av 50", which validation.progress counts.
        answered = asked and is_answered(q, self.answers)
        keys = [q.number, *refs]
        has_parked = any(k in self.parked_keys for k in keys)
        return QuestionDoc(
            q,
            number_label,
            q.text,
            q.help,
            notes,
            condition_text,
            asked,
            answered,
            main,
            tuple(options),
            q.columns,
            tuple(rows),
            tuple(extras),
            has_parked,
            tuple(self.problems.get(q.number, ())),
            threads,
            self.statuses.get(q.number),
            self._last_change(keys),
        )

    def _last_change(self, keys: list[str]) -> Version | None:
        revs = [r for key in keys for r in self.heads.get(key, ())]
        if not revs:
            return None
        newest = max(revs, key=lambda r: (r.created_at, r.id))
        return Version("", newest.editor_name, newest.created_at)

    def _sub_visible(self, q: Question, sub: Subfield) -> bool:
        return self.evaluator.subfield_visible(q, sub)

    def editors(self) -> tuple[str, ...]:
        names: list[str] = [self.draft.created_by_name]
        for rev in self.store.revisions(self.draft.id):
            if rev.editor_name not in names:
                names.append(rev.editor_name)
        return tuple(names)


def build_document(
    store: DraftStore,
    form: Form,
    draft_id: str,
    *,
    include_resolved: bool = False,
    questions: Collection[str] | None = None,
    now: datetime | None = None,
) -> DraftDocument:
    """The whole draft (or the questions named) as a document, in form order.

    A selected sub-question brings its group heading along, so "1a" prints under "1".
    """
    builder = _Builder(store, form, draft_id, include_resolved)
    wanted: set[str] | None = None
    if questions is not None:
        wanted = set(questions)
        for number in list(wanted):
            q = form.question(number)
            if q is not None and q.parent is not None:
                wanted.add(q.parent)
    sections: list[SectionDoc] = []
    all_docs: list[QuestionDoc] = []
    for section in form.sections:
        docs = [builder.question(q) for q in section.questions if wanted is None or q.number in wanted]
        all_docs.extend(docs)
        if docs:
            part = form.part(section.part) if section.part else None
            sections.append(SectionDoc(section, part.title if part else None, tuple(docs)))
    answered, asked = progress(form, builder.answers)
    status_counts = {s: 0 for s in STATUSES}
    for number, st in builder.statuses.items():
        if builder.evaluator.is_visible(number):  # over the asked questions, like "46 av 50"
            status_counts[st.status] += 1
    refs = field_refs(form)
    over_refs = [ref for ref in refs if _over_limit(ref, builder.effective.get(ref.key))]
    summary = Summary(
        answered=answered,
        asked=asked,
        over_limit=len(over_refs),
        conflicts=len(builder.conflicts),
        open_comments=sum(1 for threads in builder.threads.values() for t in threads if t.is_open),
        parked=len(builder.parked_keys),
        statuses=status_counts,
        over_limit_questions=_numbers(form, [ref.question.number for ref in over_refs]),
        conflict_questions=_numbers(form, [ref.question.number for ref in refs if ref.key in builder.conflicts]),
        comment_questions=_numbers(form, [n for n, threads in builder.threads.items() if any(t.is_open for t in threads)]),
        parked_questions=_numbers(form, [ref.question.number for ref in refs if ref.key in builder.parked_keys]),
    )
    return DraftDocument(
        form=form,
        draft=builder.draft,
        sections=tuple(sections),
        summary=summary,
        editors=builder.editors(),
        generated_at=now or datetime.now().astimezone(),
        include_resolved=include_resolved,
        subset=questions is not None,
    )


def _numbers(form: Form, numbers: list[str]) -> tuple[str, ...]:
    """Distinct display numbers in form order."""
    wanted = set(numbers)
    return tuple(q.display_number for q in form.questions() if q.number in wanted)


def _over_limit(ref: FieldRef, value: Any) -> bool:
    limit = ref.max_chars
    return limit is not None and isinstance(value, str) and count_like_browser(value) > limit

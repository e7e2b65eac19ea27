""" "Ny omgång": start a draft for a newer form from an older draft's answers.

The new form file declares `previous_form` and a `mapping` {new field key: old field key}.
A mapped question takes the old question's answer; its sub-fields follow when their
labels (and the option or row they belong to) match, unless the mapping names them
itself. Unmapped questions start empty. Values that do not fit the new field (another
type, an option, row or column the new form lacks) are not carried and are reported.

Carried answers are revisions of kind "carry"; a field is "från föregående år" while its
head revision is still that carry (`carried_fields`). "@carried/<field key>" records
where each value came from.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from naravard_desktop.core.forms.answers import is_empty, question_of
from naravard_desktop.core.forms.counting import count_like_browser
from naravard_desktop.core.forms.labels import match_label
from naravard_desktop.core.forms.model import Form, FormError, Question, Subfield, check_mapping, mapping_target
from naravard_desktop.core.storage.store import META_FIELD_PREFIX, Draft

if TYPE_CHECKING:
    from naravard_desktop.core.storage.store import DraftStore

CARRY_KIND = "carry"
CARRIED_PREFIX = "@carried/"


class CarryError(Exception):
    """The drafts or forms do not fit together; the message says why, in Swedish."""


@dataclass(frozen=True)
class CarryNote:
    """Something the user should know: a value not carried, or carried over the limit."""

    new_key: str
    old_key: str
    message: str

    def to_json(self) -> dict[str, Any]:
        return {"field": self.new_key, "from": self.old_key, "message": self.message}


@dataclass(frozen=True)
class CarryResult:
    draft: Draft
    carried: dict[str, str]  # new key → old key
    notes: list[CarryNote]
    unmapped: list[str]  # old questions with answers that nothing in the new form maps from


def carried_fields(store: DraftStore, draft_id: str) -> set[str]:
    """Answer fields whose single head is still the value carried from last year."""
    return {
        key
        for key, revs in store.heads(draft_id).items()
        if not key.startswith(META_FIELD_PREFIX) and len(revs) == 1 and revs[0].kind == CARRY_KIND and revs[0].value is not None
    }


def confirm_carried(store: DraftStore, draft_id: str, keys: list[str] | None = None) -> list[str]:
    """Keep carried values as this year's answers: same value, a new revision of kind
    "edit", so the field is no longer "från föregående år". None = every carried field."""
    draft = store.draft(draft_id)
    carried = carried_fields(store, draft.id)
    wanted = sorted(carried) if keys is None else [k for k in keys if k in carried]
    if not wanted:
        return []
    editor = store.editor
    with store.transaction():
        heads = store.heads(draft.id, wanted)
        for key in wanted:
            head = heads[key][0]
            store.insert_revision(store.make_revision(draft.id, key, head.value, [head.id], kind="edit", editor=editor))
    return wanted


def field_mapping(new_form: Form, old_form: Form) -> dict[str, str]:
    """Every new field key → old field key: explicit entries, then sub-fields by label."""
    if new_form.id == old_form.id:
        return {key: key for key in new_form.field_keys()}
    explicit: dict[str, str] = {}
    for new_entry, old_entry in new_form.mapping.items():
        new_key, old_key = mapping_target(new_form, new_entry), mapping_target(old_form, old_entry)
        if new_key is not None and old_key is not None:  # check_mapping has refused any other
            explicit[new_key] = old_key
    result: dict[str, str] = {}
    for q in new_form.answerable_questions():
        old_number = explicit.get(q.number)
        old_q = None
        if old_number is not None:
            result[q.number] = old_number
            old_q = old_form.question(old_number)
        for sub in q.subfields:
            if sub.key in explicit:
                result[sub.key] = explicit[sub.key]
            elif old_q is not None:
                old_sub = _matching_subfield(sub, old_q)
                if old_sub is not None:
                    result[sub.key] = old_sub.key
    return result


def _matching_subfield(sub: Subfield, old_q: Question) -> Subfield | None:
    for old in old_q.subfields:
        if old.type != sub.type or old.attached_kind != sub.attached_kind or match_label(sub.label, [old.label]) is None:
            continue
        if sub.attached_to is None and old.attached_to is None:
            return old
        if sub.attached_to is not None and old.attached_to is not None and match_label(sub.attached_to, [old.attached_to]):
            return old
    return None


def _field(form: Form, key: str) -> tuple[Question, Subfield | None]:
    number = question_of(key)
    q = form.question(number)
    assert q is not None, key
    return q, (q.subfield(key) if key != q.number else None)


def convert_value(new: tuple[Question, Subfield | None], old: tuple[Question, Subfield | None], value: Any) -> tuple[Any, list[str]]:
    """The value as the new field takes it (None = not carried) and what was left out."""
    new_q, new_sub = new
    old_q, old_sub = old
    new_type = new_sub.type if new_sub else new_q.type
    old_type = old_sub.type if old_sub else old_q.type
    if new_type != old_type:
        return None, [f"svarstypen har ändrats ({old_type} → {new_type})"]
    if new_type in ("text", "checkbox", "number", "percent"):
        return value, []
    if new_type == "single":
        label = match_label(value, new_q.options) if isinstance(value, str) else None
        if label is None:
            return None, [f"svarsalternativet ”{value}” finns inte längre"]
        return label, []
    if new_type == "multi":
        kept = [match_label(v, new_q.options) for v in value] if isinstance(value, list) else []
        dropped = [v for v, k in zip(value, kept, strict=True) if k is None] if isinstance(value, list) else []
        chosen = [k for k in kept if k is not None]
        notes = [f"svarsalternativet ”{v}” finns inte längre" for v in dropped]
        return ([o for o in new_q.options if o in chosen] or None), notes
    if new_type == "matrix" and isinstance(value, dict):
        result: dict[str, str] = {}
        notes = []
        for row, col in value.items():
            new_row = match_label(row, new_q.rows)
            new_col = match_label(col, new_q.columns) if isinstance(col, str) else None
            if new_row is None:
                notes.append(f"raden ”{row}” finns inte längre")
            elif new_col is None:
                notes.append(f"raden ”{row}”: kolumnen ”{col}” finns inte längre")
            else:
                result[new_row] = new_col
        return ({r: result[r] for r in new_q.rows if r in result} or None), notes
    return None, ["värdet passar inte det nya fältet"]


def new_round(store: DraftStore, new_form: Form, old_form: Form, old_draft_id: str, title: str, region: str | None = None) -> CarryResult:
    """Create a draft of `new_form` pre-filled from an older draft through the mapping."""
    old_draft = store.draft(old_draft_id)
    if old_draft.form_id != old_form.id:
        raise CarryError(f"utkastet {old_draft.id[:8]} gäller formuläret {old_draft.form_id}, inte {old_form.id}")
    if new_form.id != old_form.id and new_form.previous_form != old_form.id:
        raise CarryError(
            f"formuläret {new_form.id} bygger inte på {old_form.id} (previous_form är {new_form.previous_form or 'inte angivet'}); "
            "svaren kan inte föras över"
        )
    if new_form.id != old_form.id:
        try:
            check_mapping(new_form, old_form)
        except FormError as exc:
            raise CarryError(str(exc)) from None
    mapping = field_mapping(new_form, old_form)
    old_values = store.current_values(old_draft.id)
    values: dict[str, Any] = {}
    carried: dict[str, str] = {}
    notes: list[CarryNote] = []
    for new_key, old_key in mapping.items():
        value = old_values.get(old_key)
        if is_empty(value):
            continue
        new_field = _field(new_form, new_key)
        converted, problems = convert_value(new_field, _field(old_form, old_key), value)
        notes.extend(CarryNote(new_key, old_key, p) for p in problems)
        if converted is None:
            continue
        limit = new_field[1].max_chars if new_field[1] else new_field[0].max_chars
        if isinstance(converted, str) and limit is not None and count_like_browser(converted) > limit:
            notes.append(CarryNote(new_key, old_key, f"fört över, men {count_like_browser(converted)} tecken är över gränsen {limit}"))
        values[new_key] = converted
        carried[new_key] = old_key
    used = set(mapping.values())
    unmapped: list[str] = []
    for old_key in old_form.field_keys():
        number = question_of(old_key)
        if old_key not in used and not is_empty(old_values.get(old_key)) and number not in unmapped:
            unmapped.append(number)
    draft = store.create_draft(new_form.id, title, region if region is not None else old_draft.region)
    store.set_values(draft.id, values, kind=CARRY_KIND)
    provenance = {f"{CARRIED_PREFIX}{k}": {"draft": old_draft.id, "form": old_form.id, "field": v} for k, v in carried.items()}
    store.set_values(draft.id, provenance, kind=CARRY_KIND)
    return CarryResult(draft, carried, notes, unmapped)

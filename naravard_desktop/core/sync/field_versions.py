"""Versions of one field: conflicts and how to resolve them, history and restore.

Resolving and restoring are ordinary revisions (kinds "resolve" and "restore") made with
`DraftStore.set_values`, whose parents are all current heads: they travel in bundles and
end a conflict everywhere.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Any

from naravard_desktop.core.forms.answers import FieldRef, InvalidValue, UnknownField, field_refs, normalise_value, resolve_key
from naravard_desktop.core.forms.model import Form
from naravard_desktop.core.messages import Message, message_of
from naravard_desktop.core.storage.store import META_FIELD_PREFIX, DraftStore, Revision, canonical_json, later_than, utc_now
from naravard_desktop.core.untrusted import UntrustedInputError, has_lone_surrogate, loads_strict

RESOLVE_KIND = "resolve"
RESTORE_KIND = "restore"


class FieldVersionError(ValueError):
    """A user error (unknown field, revision, value); one line saying why."""


def field_ref(form: Form, question: str) -> FieldRef | None:
    """The field a user named (question number or full field key); None for "@" fields."""
    if question.startswith(META_FIELD_PREFIX):
        return None
    try:
        return resolve_key(form, question)
    except UnknownField as exc:
        raise FieldVersionError(message_of(exc)) from None


def field_key(form: Form, question: str) -> str:
    ref = field_ref(form, question)
    return ref.key if ref is not None else question


def field_label(form: Form, key: str) -> str:
    """ "fråga 18, Andra åtgärder, ange vad" or the raw key."""
    try:
        return resolve_key(form, key).label if not key.startswith(META_FIELD_PREFIX) else key
    except UnknownField:
        return key


def revision_json(rev: Revision) -> dict[str, Any]:
    return {
        "revision": rev.id,
        "editor_id": rev.editor_id,
        "editor": rev.editor_name,
        "created_at": rev.created_at,
        "kind": rev.kind,
        "parents": list(rev.parents),
        "value": rev.value,
        "purged": rev.purged,
    }


@dataclass(frozen=True)
class Conflict:
    field: str
    question: str
    label: str
    versions: tuple[Revision, ...]

    @property
    def editors(self) -> list[str]:
        names: list[str] = []
        for rev in self.versions:
            if rev.editor_name not in names:
                names.append(rev.editor_name)
        return names

    def to_json(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "question": self.question,
            "label": self.label,
            "versions": [revision_json(r) for r in self.versions],
        }


def conflicts(store: DraftStore, form: Form, draft_id: str) -> list[Conflict]:
    """Every conflicted answer field in form order (unknown keys last); versions oldest first."""
    order = {ref.key: i for i, ref in enumerate(field_refs(form))}
    found: list[Conflict] = []
    for key, heads in store.conflicted_fields(draft_id, include_meta=False).items():
        try:
            question = resolve_key(form, key).question.number
        except UnknownField:
            question = key
        found.append(Conflict(key, question, field_label(form, key), tuple(heads)))
    found.sort(key=lambda c: (order.get(c.field, len(order)), c.field))
    return found


def combined_text(store: DraftStore, form: Form, draft_id: str, conflict: Conflict) -> str | None:
    """For a text field: every version's edits merged against their common ancestor, the
    clashing words of each as «a | b» (oldest version first) — a start for a combined text
    that loses nobody's words. None for other fields."""
    from naravard_desktop.core.sync.merge import common_base, merge_text_keeping_both  # the merge code loads when used (issue 17)

    ref = field_ref(form, conflict.field)
    if ref is None or not ref.is_text or not all(isinstance(v.value, str) or v.value is None for v in conflict.versions):
        return None
    revs = {r.id: r for r in store.history(draft_id, conflict.field)}
    base_rev = common_base([v.id for v in conflict.versions], revs)
    base = base_rev.value if base_rev is not None and isinstance(base_rev.value, str) else ""
    merged = conflict.versions[0].value or ""
    for version in conflict.versions[1:]:
        merged = merge_text_keeping_both(base, merged, version.value or "")
    return merged


def _field_revision(store: DraftStore, draft_id: str, key: str, prefix: str) -> Revision:
    prefix = prefix.strip().lower()
    if not prefix:
        raise FieldVersionError(Message("ingen version angiven"))
    matches = [r for r in store.history(draft_id, key) if r.id.startswith(prefix)]
    if not matches:
        raise FieldVersionError(Message("fältet {key!r} har ingen version {prefix!r} (se 'naravard history')", key=key, prefix=prefix))
    if len(matches) > 1:
        raise FieldVersionError(Message("versionen {prefix!r} passar flera versioner av fältet; ange fler tecken", prefix=prefix))
    return matches[0]


def resolve_take(store: DraftStore, form: Form, draft_id: str, question: str, revision_prefix: str) -> Revision:
    """End a conflict by taking one of its versions (a new "resolve" revision naming all heads)."""
    key = field_key(form, question)
    heads = store.heads(draft_id, [key]).get(key, [])
    if len(heads) < 2:
        raise FieldVersionError(Message("{label} har ingen konflikt", label=field_label(form, key)))
    chosen = _field_revision(store, draft_id, key, revision_prefix)
    return _resolve(store, draft_id, key, chosen.value)


def parse_value_text(form: Form, key: str, text: str) -> Any:
    """A value from a file: JSON, or for text fields plain text (one trailing newline dropped)."""
    ref = field_ref(form, key)
    value: Any
    refused = ""
    text = text.removeprefix("\ufeff")
    try:
        value = loads_strict(text)
        parsed = True
    except UntrustedInputError as exc:
        parsed, refused = False, str(exc)
    if ref is not None and ref.is_text and not (parsed and (isinstance(value, str) or value is None)):
        if has_lone_surrogate(text):
            raise FieldVersionError(Message("texten innehåller ett ogiltigt tecken (ensamt surrogattecken)"))
        value = text[:-1] if text.endswith("\n") else text
        if value.endswith("\r"):
            value = value[:-1]
    elif not parsed:
        raise FieldVersionError(Message("filen innehåller inte ett giltigt JSON-värde ({refused})", refused=refused))
    if ref is None:
        return value
    try:
        return normalise_value(ref, value)
    except InvalidValue as exc:
        raise FieldVersionError(message_of(exc)) from None


def resolve_value(store: DraftStore, form: Form, draft_id: str, question: str, value: Any) -> Revision:
    """End a conflict with a new (e.g. combined) value."""
    key = field_key(form, question)
    heads = store.heads(draft_id, [key]).get(key, [])
    if len(heads) < 2:
        raise FieldVersionError(Message("{label} har ingen konflikt", label=field_label(form, key)))
    return _resolve(store, draft_id, key, value)


def restore(store: DraftStore, form: Form, draft_id: str, question: str, revision_prefix: str) -> Revision | None:
    """Make an old version current again; None when it already is (nothing changed)."""
    key = field_key(form, question)
    chosen = _field_revision(store, draft_id, key, revision_prefix)
    if chosen.purged:
        raise FieldVersionError(Message("versionen {id} är rensad ur historiken och kan inte återställas", id=chosen.id[:12]))
    return _record(store, draft_id, key, chosen.value, RESTORE_KIND)


def _record(store: DraftStore, draft_id: str, key: str, value: Any, kind: str) -> Revision | None:
    """A new revision, or None when the field already has exactly this one value."""
    heads = store.heads(draft_id, [key]).get(key, [])
    if len(heads) == 1 and canonical_json(heads[0].value) == canonical_json(value):
        return None
    return store.set_value(draft_id, key, value, kind=kind)


def _resolve(store: DraftStore, draft_id: str, key: str, value: Any) -> Revision:
    """A "resolve" revision naming every head (a conflicted field always gets one)."""
    revision = store.set_value(draft_id, key, value, kind=RESOLVE_KIND)
    if revision is None:  # only when the conflict ended meanwhile
        raise FieldVersionError(Message("fältet {key!r} har ingen konflikt", key=key))
    return revision


def history(store: DraftStore, form: Form, draft_id: str, question: str) -> tuple[str, list[Revision]]:
    """(field key, every revision of the field oldest first)."""
    key = field_key(form, question)
    return key, store.history(draft_id, key)


def value_text(value: Any) -> str:
    """A value as people read it: texts as they are, choices one per line, matrices "rad: kolumn"."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Ja" if value else "Nej"
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "\n".join(str(v) for v in value)
    if isinstance(value, dict):
        return "\n".join(f"{row}: {col}" for row, col in value.items())
    return str(value)


Segment = tuple[str, bool]


def diff_segments(left: str, right: str) -> tuple[list[Segment], list[Segment]]:
    """Both texts cut into (text, differs) runs, word by word, for side-by-side highlighting."""
    from naravard_desktop.core.sync.merge import TOKEN  # the merge code loads when used (issue 17)

    a, b = TOKEN.findall(left), TOKEN.findall(right)
    out_a: list[Segment] = []
    out_b: list[Segment] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        same = op == "equal"
        if i2 > i1:
            out_a.append(("".join(a[i1:i2]), not same))
        if j2 > j1:
            out_b.append(("".join(b[j1:j2]), not same))
    return out_a, out_b


PURGED_TEXT = "(rensad ur historiken)"


def purgeable(store: DraftStore, form: Form, draft_id: str, question: str) -> tuple[str, list[Revision]]:
    """(field key, the old versions a purge would empty), oldest first.

    Only versions that a later authored version descends from: never a current value
    (a head), never a version an automatic merge or a conflict is still made of (the
    frontier, core.merge), so a purge changes no answer and no merge result."""
    from naravard_desktop.core.sync.merge import ancestors, is_auto_merge  # the merge code loads when used (issue 17)

    key = field_key(form, question)
    revs = {r.id: r for r in store.history(draft_id, key)}
    authored = [rid for rid, rev in revs.items() if not is_auto_merge(rev)]
    superseded = ancestors(authored, revs)
    return key, [r for r in revs.values() if r.id in superseded and not r.purged]


PURGE_KIND = "purge"


def purge_history(store: DraftStore, form: Form, draft_id: str, question: str) -> tuple[str, list[Revision]]:
    """Keep a field's current value and empty every older version of it in this machine's
    history (docs/bundles.md "Purging old versions"); returns (field key, what was purged).

    When the current value is an automatic merge, the versions it is made of still hold
    their texts and must stay mergeable: a "purge" revision with the same value is recorded
    on top first (like a resolve), so they become old versions too. A conflict is refused:
    which version stays is for a person to decide."""
    from naravard_desktop.core.sync.merge import is_auto_merge  # the merge code loads when used (issue 17)

    key = field_key(form, question)
    heads = store.heads(draft_id, [key]).get(key, [])
    if len(heads) > 1:
        raise FieldVersionError(Message("{label} har en konflikt; lös den först (se 'naravard conflicts')", label=field_label(form, key)))
    if heads and is_auto_merge(heads[0]):
        head = heads[0]
        with store.transaction():
            store.insert_revision(
                store.make_revision(
                    draft_id, key, head.value, [head.id], kind=PURGE_KIND, created_at=later_than(head.created_at, utc_now())
                )
            )
    key, old = purgeable(store, form, draft_id, question)
    if old:
        store.purge_values(draft_id, [r.id for r in old])
    return key, old

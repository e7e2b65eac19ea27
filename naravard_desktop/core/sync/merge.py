"""Deterministic merge of a field's revisions after a union of revision sets.

Importing a bundle is a union of revisions followed by `settle_field` on every field the
bundle touched (`plan_union`, which core.bundles writes and tests/test_merge.py checks). Settling depends only on the SET of revisions, never on import order:

- The field's *frontier* is its authored revisions (everything but automatic merges) that
  no other authored revision descends from.
- One frontier revision: it is the value; stray automatic merges are dropped.
- Several: their values are merged against their nearest common ancestor (three-way,
  `merge3` for free texts, row-wise for matrices, last writer wins for "@" meta fields).
  A clean merge becomes an automatic merge revision whose content (parents, editor, time,
  kind, value) is a pure function of the frontier, so every machine makes the identical
  revision. A clash becomes a conflict: no merge revision, every frontier revision stays a
  head (with its editor and time) until someone resolves it.
- A purged common ancestor (core.field_versions.purge_history) is never merged against:
  the existing merge of exactly that frontier is kept, or else the versions conflict.
- Automatic merges that are heads but not the current target are dropped: they are
  derived data that nobody built on, superseded by the merge of the larger frontier.
  Authored revisions are never dropped.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from naravard_desktop.core.forms.answers import UnknownField, resolve_key
from naravard_desktop.core.forms.model import Form
from naravard_desktop.core.storage.store import META_FIELD_PREFIX, Editor, Revision, canonical_json, revision_id

MERGE_KIND = "merge"
MERGE_EDITOR = Editor("merge", "Automatisk sammanslagning")

#: How a field's values are merged.
TEXT, MATRIX, META, VALUE = "text", "matrix", "meta", "value"

_CONFLICT = object()


def is_auto_merge(rev: Revision) -> bool:
    return rev.kind == MERGE_KIND and rev.editor_id == MERGE_EDITOR.id


def merged_editors(rev: Revision, revision: Callable[[str], Revision | None]) -> list[str]:
    """The people whose versions an automatic merge combined (through merges of merges), in
    the order of its parents: a merge is credited to them, not to a pseudo-person."""
    names: list[str] = []
    seen: set[str] = set()
    todo = list(rev.parents)
    while todo:
        rid = todo.pop(0)
        if rid in seen:
            continue
        seen.add(rid)
        parent = revision(rid)
        if parent is None:
            continue
        if is_auto_merge(parent):
            todo.extend(parent.parents)
        elif parent.editor_name not in names:
            names.append(parent.editor_name)
    return names


def value_kind(form: Form | None, field_key: str) -> str:
    """TEXT, MATRIX, META or VALUE (compared as a whole) for a field key."""
    if field_key.startswith(META_FIELD_PREFIX):
        return META
    if form is None:
        return VALUE
    try:
        ref = resolve_key(form, field_key)
    except UnknownField:
        return VALUE
    if ref.is_text:
        return TEXT
    if ref.subfield is None and ref.question.type == "matrix":
        return MATRIX
    return VALUE


# -- three-way merges of values -------------------------------------------------------


class _NoJunkMatcher(difflib.SequenceMatcher[str]):
    """difflib's autojunk would treat frequent tokens (spaces) as junk on long texts, so it
    is always off, whatever the caller asks."""

    def __init__(
        self, isjunk: Callable[[str], bool] | None = None, a: Sequence[str] = "", b: Sequence[str] = "", autojunk: bool = False
    ) -> None:
        super().__init__(isjunk, a, b, autojunk=False)

    def get_matching_blocks(self) -> list[tuple[int, int, int]]:  # type: ignore[override]
        # merge3's matcher protocol wants plain tuples in a list (lists are invariant).
        blocks: list[tuple[int, int, int]] = list(super().get_matching_blocks())
        return blocks


#: Words and punctuation carry their trailing spaces; line breaks stay tokens of their own,
#: so edits in neighbouring lines or words one apart merge, while touching words clash.
TOKEN = re.compile(r"\w+[ \t]*|[^\w\s][ \t]*|\s+")


def _merge_sequences(
    base: list[str], a: list[str], b: list[str], fine: bool, clash: Callable[[str, str], str] | None = None
) -> str | object:
    from merge3 import Merge3  # here: the app's start (the checks import this module) needs no text merge

    out: list[str] = []
    for group in Merge3(base, a, b, sequence_matcher=_NoJunkMatcher).merge_groups():
        if group[0] != "conflict":
            out.extend(group[1])
            continue
        if not fine:
            if clash is None:
                return _CONFLICT
            out.append(clash("".join(group[2]), "".join(group[3])))
            continue
        _, g_base, g_a, g_b = group
        merged = _merge_sequences(TOKEN.findall("".join(g_base)), TOKEN.findall("".join(g_a)), TOKEN.findall("".join(g_b)), False, clash)
        if merged is _CONFLICT:
            return _CONFLICT
        out.append(merged)  # type: ignore[arg-type]
    return "".join(out)


def merge_text(base: str, a: str, b: str) -> str | object:
    """Both sides' edits when they do not overlap (lines first, then words); else _CONFLICT."""
    if a == b or b == base:
        return a
    if a == base:
        return b
    return _merge_sequences(base.splitlines(keepends=True), a.splitlines(keepends=True), b.splitlines(keepends=True), True)


def merge_text_keeping_both(base: str, a: str, b: str) -> str:
    """A starting point for resolving a text conflict by hand: both sides' edits, and where
    they clash both versions' words as «a | b» (nothing from either side is dropped)."""
    if a == b or b == base:
        return a
    if a == base:
        return b
    merged = _merge_sequences(base.splitlines(keepends=True), a.splitlines(keepends=True), b.splitlines(keepends=True), True, _both)
    assert isinstance(merged, str)
    return merged


def _both(a: str, b: str) -> str:
    """«a | b», with the whitespace both end with kept outside the marks."""
    tail = ""
    while a and b and a[-1].isspace() and a[-1] == b[-1]:
        tail = a[-1] + tail
        a, b = a[:-1], b[:-1]
    if not a.strip():
        return b + tail
    if not b.strip():
        return a + tail
    return f"«{a} | {b}»{tail}"


def _merge_whole(base: Any, a: Any, b: Any) -> Any:
    ca, cb, cbase = canonical_json(a), canonical_json(b), canonical_json(base)
    if ca == cb or cb == cbase:
        return a
    if ca == cbase:
        return b
    return _CONFLICT


def _merge_matrix(base: Any, a: Any, b: Any) -> Any:
    if not all(isinstance(v, dict) or v is None for v in (base, a, b)):
        return _merge_whole(base, a, b)
    base, a, b = base or {}, a or {}, b or {}
    merged: dict[str, Any] = {}
    for row in sorted(set(base) | set(a) | set(b)):
        value = _merge_whole(base.get(row), a.get(row), b.get(row))
        if value is _CONFLICT:
            return _CONFLICT
        if value is not None:
            merged[row] = value
    return merged or None


def merge_values(kind: str, base: Any, a: Any, b: Any) -> Any:
    """Three-way merge of two values of one field; _CONFLICT when they clash."""
    if kind == TEXT and all(isinstance(v, str) or v is None for v in (base, a, b)):
        merged = merge_text(base or "", a or "", b or "")
        if merged is _CONFLICT:
            return _CONFLICT
        if merged == "" and (a is None or b is None):
            return None
        return merged
    if kind == MATRIX:
        return _merge_matrix(base, a, b)
    return _merge_whole(base, a, b)


# -- the revision graph of one field -------------------------------------------------


def ancestors(start: Iterable[str], revs: Mapping[str, Revision]) -> set[str]:
    """Every revision reachable through parents from `start` (not including start)."""
    seen: set[str] = set()
    stack = [p for rid in start for p in revs[rid].parents if p in revs]
    while stack:
        rid = stack.pop()
        if rid in seen:
            continue
        seen.add(rid)
        stack.extend(p for p in revs[rid].parents if p in revs and p not in seen)
    return seen


def frontier(revs: Mapping[str, Revision]) -> list[str]:
    """Authored revisions no authored revision descends from, sorted by (time, id)."""
    authored = [rid for rid, rev in revs.items() if not is_auto_merge(rev)]
    below = ancestors(authored, revs)
    tips = [rid for rid in authored if rid not in below]
    return sorted(tips, key=lambda rid: (revs[rid].created_at, rid))


def common_base(tips: list[str], revs: Mapping[str, Revision]) -> Revision | None:
    """The nearest revision every tip descends from (ties: newest, then highest id)."""
    common: set[str] | None = None
    for rid in tips:
        line = ancestors([rid], revs) | {rid}
        common = line if common is None else common & line
    if not common:
        return None
    below = ancestors(common, revs)
    nearest = [rid for rid in common if rid not in below]
    return revs[max(nearest, key=lambda rid: (revs[rid].created_at, rid))]


def heads_of(revs: Mapping[str, Revision]) -> list[str]:
    named = {p for rev in revs.values() for p in rev.parents}
    return sorted((rid for rid in revs if rid not in named), key=lambda rid: (revs[rid].created_at, rid))


# -- settling one field ---------------------------------------------------------------


@dataclass
class FieldOutcome:
    """What settling a field changes: a merge revision to add, stale merges to drop."""

    field: str
    added: Revision | None = None
    removed: list[str] = dataclasses.field(default_factory=list)
    conflict: bool = False


def merge_revision(draft_id: str, field_key: str, value: Any, parents: list[Revision]) -> Revision:
    """The automatic merge of `parents`: identical on every machine."""
    parent_ids = tuple(sorted(p.id for p in parents))
    created_at = max(p.created_at for p in parents)
    rid = revision_id(draft_id, field_key, canonical_json(value), MERGE_EDITOR.id, MERGE_EDITOR.name, created_at, MERGE_KIND, parent_ids)
    return Revision(rid, draft_id, field_key, value, MERGE_EDITOR.id, MERGE_EDITOR.name, created_at, MERGE_KIND, parent_ids)


def _target(field_key: str, kind: str, revs: Mapping[str, Revision]) -> tuple[Revision | None, bool]:
    """(the merge revision the field should end with or None, whether it is in conflict)."""
    tips = frontier(revs)
    if len(tips) <= 1:
        return None, False
    tip_revs = [revs[rid] for rid in tips]
    if kind == META:
        newest = max(tip_revs, key=lambda r: (r.created_at, r.id))
        return merge_revision(newest.draft_id, field_key, newest.value, tip_revs), False
    base_rev = common_base(tips, revs)
    if base_rev is not None and base_rev.purged:
        # The common ancestor's value was purged from the history here: a three-way merge
        # against a guessed base could drop or revive text, so keep the merge every
        # machine made of exactly these versions, or else leave them in a conflict.
        wanted = tuple(sorted(tips))
        made = [r for r in revs.values() if is_auto_merge(r) and r.parents == wanted]
        return (made[0], False) if made else (None, True)
    base = base_rev.value if base_rev is not None else None
    merged = tip_revs[0].value
    for rev in tip_revs[1:]:
        merged = merge_values(kind, base, merged, rev.value)
        if merged is _CONFLICT:
            return None, True
    return merge_revision(tip_revs[0].draft_id, field_key, merged, tip_revs), False


def settle_field(field_key: str, kind: str, revs: Mapping[str, Revision]) -> FieldOutcome:
    """What makes this field's revision set canonical (see the module docstring)."""
    target, conflict = _target(field_key, kind, revs)
    outcome = FieldOutcome(field_key, conflict=conflict)
    current = dict(revs)
    if target is not None and target.id not in current:
        current[target.id] = target
        outcome.added = target
    while True:
        stale = [rid for rid in heads_of(current) if is_auto_merge(current[rid]) and (target is None or rid != target.id)]
        if not stale:
            break
        for rid in stale:
            del current[rid]
            if outcome.added is not None and rid == outcome.added.id:
                outcome.added = None
            else:
                outcome.removed.append(rid)
    return outcome


@dataclass
class UnionPlan:
    """What receiving revisions changes in a replica: rows to insert (parents before
    children), local automatic merges to delete, and the fields that got a new merge."""

    insert: list[Revision] = dataclasses.field(default_factory=list)
    remove: list[str] = dataclasses.field(default_factory=list)
    merged_fields: list[str] = dataclasses.field(default_factory=list)


def plan_union(local: Iterable[Revision], incoming: Iterable[Revision], kind_of: Callable[[str], str]) -> UnionPlan:
    """Union `incoming` into a replica holding `local` (already canonical) and settle every
    field the incoming revisions touch. Pure: the bundle import writes what it returns, and
    tests/test_merge.py checks its properties (idempotent, commutative, associative)."""
    local = list(local)
    local_ids = {r.id for r in local}
    new = [r for r in incoming if r.id not in local_ids]
    touched = sorted({r.field for r in new})
    by_field: dict[str, dict[str, Revision]] = {f: {} for f in touched}
    for rev in (*local, *new):
        if rev.field in by_field:
            by_field[rev.field][rev.id] = rev
    plan = UnionPlan()
    for field_key in touched:
        revs = by_field[field_key]
        outcome = settle_field(field_key, kind_of(field_key), revs)
        dropped = set(outcome.removed)
        plan.insert.extend(r for r in revs.values() if r.id not in local_ids and r.id not in dropped)
        plan.remove.extend(rid for rid in outcome.removed if rid in local_ids)
        if outcome.added is not None:
            plan.insert.append(outcome.added)
            plan.merged_fields.append(field_key)
    # Parents before children: a merge has its newest parent's time, so it sorts after it.
    plan.insert.sort(key=lambda r: (r.created_at, is_auto_merge(r), r.id))
    return plan


def apply_union(local: Mapping[str, Revision], plan: UnionPlan) -> dict[str, Revision]:
    """The revision set a replica holds after writing `plan` (what the store ends up with)."""
    removed = set(plan.remove)
    result = {rid: rev for rid, rev in local.items() if rid not in removed}
    result.update((rev.id, rev) for rev in plan.insert)
    return result

"""The merge of revision sets: unit cases and hypothesis properties over an in-memory model.

The model replicas are plain dicts of revisions; syncing two replicas is exactly what a
bundle import does to a data dir: `merge.settle` over the union.
"""

from __future__ import annotations

import itertools
import os
import re
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from naravard_desktop.core.storage.store import Revision, canonical_json, revision_id
from naravard_desktop.core.sync import merge
from naravard_desktop.core.sync.merge import (
    MATRIX,
    META,
    TEXT,
    VALUE,
    apply_union,
    frontier,
    heads_of,
    is_auto_merge,
    merge_text,
    merge_values,
    plan_union,
)

EXAMPLES = int(os.environ.get("NARAVARD_MERGE_EXAMPLES", "1000"))
DRAFT = "d" * 32
FIELDS = {"t": TEXT, "u": TEXT, "m": MATRIX, "v": VALUE, "@status/3": META}


def kind_of(field: str) -> str:
    return FIELDS[field]


def make(field: str, value: Any, editor: str, t: int, parents: tuple[str, ...] = (), kind: str = "edit") -> Revision:
    created = f"2025-01-01T00:00:{t // 1000000:02d}.{t % 1000000:06d}Z"
    parents = tuple(sorted(parents))
    rid = revision_id(DRAFT, field, canonical_json(value), editor, editor.title(), created, kind, parents)
    return Revision(rid, DRAFT, field, value, editor, editor.title(), created, kind, parents)


def field_revs(state: dict[str, Revision], field: str) -> dict[str, Revision]:
    return {rid: r for rid, r in state.items() if r.field == field}


def sync(a: dict[str, Revision], b: dict[str, Revision]) -> dict[str, Revision]:
    """Replica a receives b's revisions: exactly what the bundle import computes and writes."""
    return apply_union(a, plan_union(a.values(), b.values(), kind_of))


def settle(revisions: Any, kind_of: Any = kind_of) -> dict[str, Revision]:
    """A fresh replica receiving these revisions (in this order)."""
    return apply_union({}, plan_union([], revisions, kind_of))


# -- unit cases ---------------------------------------------------------------------------


def test_text_edits_in_different_lines_merge():
    base = "ett\ntvå\ntre\n"
    assert merge_text(base, "ETT\ntvå\ntre\n", "ett\ntvå\nTRE\n") == "ETT\ntvå\nTRE\n"


def test_text_edits_in_different_words_of_one_paragraph_merge():
    base = "Regionen arbetar med samverkan och uppföljning."
    a = "Regionen arbetar aktivt med samverkan och uppföljning."
    b = "Regionen arbetar med samverkan och löpande uppföljning."
    assert merge_text(base, a, b) == "Regionen arbetar aktivt med samverkan och löpande uppföljning."


def test_overlapping_text_edits_conflict():
    base = "Regionen arbetar med samverkan."
    assert merge_text(base, "Regionen arbetar med dialog.", "Regionen arbetar med avtal.") is merge._CONFLICT


def test_two_independent_first_answers_conflict_unless_equal():
    assert merge_values(TEXT, None, "Anna skrev", "Bertil skrev") is merge._CONFLICT
    assert merge_values(TEXT, None, "Samma", "Samma") == "Samma"


def test_single_choices_and_numbers_conflict_when_both_change():
    assert merge_values(VALUE, "Ja", "Nej", "Delvis") is merge._CONFLICT
    assert merge_values(VALUE, 10, 11, 12) is merge._CONFLICT
    assert merge_values(VALUE, 10, 10, 12) == 12
    assert merge_values(VALUE, ["A"], ["A", "B"], ["A", "C"]) is merge._CONFLICT


def test_matrix_merges_row_wise_and_conflicts_on_the_same_row():
    base = {"r1": "Ja", "r2": "Ja"}
    assert merge_values(MATRIX, base, {"r1": "Nej", "r2": "Ja"}, {"r1": "Ja", "r2": "Nej"}) == {"r1": "Nej", "r2": "Nej"}
    assert merge_values(MATRIX, base, {"r1": "Nej", "r2": "Ja"}, {"r1": "Delvis", "r2": "Ja"}) is merge._CONFLICT


def test_merge_revision_is_identical_whoever_makes_it_and_meta_is_last_writer_wins():
    root = make("@status/3", "open", "anna", 1)
    a = make("@status/3", "klar", "anna", 5, (root.id,))
    b = make("@status/3", "granskas", "bertil", 3, (root.id,))
    one = settle([root, a, b], kind_of)
    two = settle([b, a, root], kind_of)
    assert one.keys() == two.keys()
    (m,) = [r for r in one.values() if is_auto_merge(r)]
    assert m.value == "klar" and m.parents == tuple(sorted((a.id, b.id))) and m.created_at == a.created_at


def test_conflict_keeps_both_versions_as_heads_and_a_resolve_ends_it():
    root = make("v", "Ja", "anna", 1)
    a = make("v", "Nej", "anna", 2, (root.id,))
    b = make("v", "Delvis", "bertil", 3, (root.id,))
    state = settle([root, a, b], kind_of)
    assert set(heads_of(state)) == {a.id, b.id}
    resolved = make("v", "Delvis", "anna", 4, (a.id, b.id), kind="resolve")
    state = sync(state, {resolved.id: resolved})
    assert heads_of(state) == [resolved.id]


def test_superseded_automatic_merge_is_replaced_by_the_merge_of_the_larger_frontier():
    root = make("t", "a\nb\nc\n", "anna", 1)
    x = make("t", "A\nb\nc\n", "anna", 2, (root.id,))
    y = make("t", "a\nB\nc\n", "bertil", 3, (root.id,))
    z = make("t", "a\nb\nC\n", "cecilia", 4, (root.id,))
    partial = settle([root, x, y], kind_of)
    full = sync(partial, {r.id: r for r in (root, z)})
    assert full.keys() == settle([root, x, y, z], kind_of).keys()
    (m,) = [r for r in full.values() if is_auto_merge(r)]
    assert m.value == "A\nB\nC\n"


# -- properties over random replica histories --------------------------------------------

WORDS = ["vård", "region", "kommun", "samverkan", "patient", "plan"]


class Model:
    """Three replicas that edit fields and sync like data dirs exchanging bundles."""

    def __init__(self) -> None:
        self.replicas: list[dict[str, Revision]] = [{}, {}, {}]
        self.clock = 0
        self.serial = 0

    def current(self, replica: int, field: str) -> tuple[Any, list[str]]:
        revs = field_revs(self.replicas[replica], field)
        heads = heads_of(revs)
        return (revs[heads[-1]].value if heads else None), heads

    def edit(self, replica: int, field: str, choice: int, position: int) -> None:
        value, heads = self.current(replica, field)
        self.serial += 1
        marker = f"ord{self.serial}"
        kind = FIELDS[field]
        if kind == TEXT:
            lines = (value or "").split("\n") if value else []
            if choice % 3 == 0 or not lines:
                lines.insert(position % (len(lines) + 1), f"{marker} {WORDS[choice % len(WORDS)]}")
            elif choice % 3 == 1:
                i = position % len(lines)
                words = lines[i].split(" ")
                words[position % len(words)] = marker
                lines[i] = " ".join(words)
            else:
                del lines[position % len(lines)]
            new: Any = "\n".join(lines) or None
        elif kind == MATRIX:
            new = dict(value or {})
            new[f"rad{position % 3}"] = ["Ja", "Nej", "Delvis"][choice % 3]
        elif kind == META:
            new = marker
        else:
            new = ["Ja", "Nej", "Delvis"][choice % 3]
        if new == value and heads:
            return
        self.clock += 1 + (choice % 2)
        rev = make(field, new, f"editor{replica}", self.clock, tuple(heads))
        self.replicas[replica][rev.id] = rev

    def sync(self, dst: int, src: int) -> None:
        self.replicas[dst] = sync(self.replicas[dst], self.replicas[src])

    @classmethod
    def after(cls, ops: list[tuple[Any, ...]]) -> Model:
        model = cls()
        for op in ops:
            if op[0] == "edit":
                model.edit(op[1], op[2], op[3], op[4])
            else:
                model.sync(op[1], op[2])
        return model


operations = st.lists(
    st.one_of(
        st.tuples(st.just("edit"), st.integers(0, 2), st.sampled_from(sorted(FIELDS)), st.integers(0, 11), st.integers(0, 11)),
        st.tuples(st.just("sync"), st.integers(0, 2), st.integers(0, 2)),
    ),
    min_size=1,
    max_size=24,
)


def words(value: Any) -> set[str]:
    return set(re.findall(r"\w+", value)) if isinstance(value, str) else set()


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(operations, st.permutations([0, 1, 2]))
def test_merge_is_idempotent_commutative_associative_and_loses_nothing(ops, order):
    model = Model.after(ops)
    a, b, c = model.replicas
    authored = {rid for rep in model.replicas for rid, r in rep.items() if not is_auto_merge(r)}

    full = settle({**a, **b, **c}.values(), kind_of)
    # idempotent
    assert settle(full.values(), kind_of).keys() == full.keys()
    assert sync(a, a).keys() == settle(a.values(), kind_of).keys()
    # commutative and associative: every order and grouping of syncs gives the same set
    assert sync(a, b).keys() == sync(b, a).keys()
    assert sync(sync(a, b), c).keys() == sync(a, sync(b, c)).keys() == full.keys()
    reps = [a, b, c]
    sequential = reps[order[0]]
    for i in order[1:]:
        sequential = sync(sequential, reps[i])
    assert sequential.keys() == full.keys()
    # no authored revision is ever lost
    assert authored <= full.keys()
    # every word anyone added on top of the common base is in the answer or a visible conflict
    for field, kind in FIELDS.items():
        revs = field_revs(full, field)
        if kind != TEXT or not revs:
            continue
        visible: set[str] = set()
        for rid in heads_of(revs):
            visible |= words(revs[rid].value)
        tips = frontier(revs)
        base = merge.common_base(tips, revs)
        base_words = words(base.value) if base is not None else set()
        for rid in tips:
            assert words(revs[rid].value) - base_words <= visible


@settings(max_examples=max(EXAMPLES // 4, 50), deadline=None)
@given(operations)
def test_after_a_full_exchange_all_replicas_are_identical_and_conflicts_are_heads_only(ops):
    model = Model.after(ops)
    exported = [dict(r) for r in model.replicas]
    for dst, src in itertools.permutations(range(3), 2):
        model.replicas[dst] = sync(model.replicas[dst], exported[src])
    first = model.replicas[0]
    assert all(r.keys() == first.keys() for r in model.replicas)
    for field in FIELDS:
        revs = field_revs(first, field)
        heads = heads_of(revs)
        if len(heads) > 1:
            assert not any(is_auto_merge(revs[h]) for h in heads)
            assert FIELDS[field] != META


def test_keeping_both_marks_the_clashing_words_and_merges_the_rest():
    from naravard_desktop.core.sync.merge import merge_text_keeping_both

    base = "Vi arbetar med rutiner. Uppföljning sker årligen.\nAndra stycket.\n"
    a = "Vi arbetar med Annas rutiner 😀. Uppföljning sker årligen.\nAndra stycket.\n"
    b = "Vi arbetar med Bertils rutiner. Uppföljning sker årligen.\nAndra stycket, ändrat.\n"
    assert merge_text(base, a, b) is merge._CONFLICT
    assert (
        merge_text_keeping_both(base, a, b)
        == "Vi arbetar med «Annas rutiner 😀 | Bertils rutiner». Uppföljning sker årligen.\nAndra stycket, ändrat.\n"
    )
    assert merge_text_keeping_both("", "Anna skrev", "Bertil skrev") == "«Anna skrev | Bertil skrev»"
    clean = ("a\nb\nc\n", "A\nb\nc\n", "a\nb\nC\n")
    assert merge_text_keeping_both(*clean) == merge_text(*clean) == "A\nb\nC\n"


@settings(max_examples=EXAMPLES // 5, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(["vi", "de", "och", "🏥", "rutiner", ".", "\n"]), max_size=12), st.data())
def test_keeping_both_never_drops_a_word_either_side_added(base_words, data):
    from naravard_desktop.core.sync.merge import merge_text_keeping_both

    def edit(words):
        words = list(words)
        for _ in range(data.draw(st.integers(0, 3))):
            at = data.draw(st.integers(0, len(words)))
            words.insert(at, data.draw(st.sampled_from(["Anna", "Bertil", "ny", "👍"])))
        return " ".join(words)

    base = " ".join(base_words)
    a, b = edit(base_words), edit(base_words)
    merged = merge_text_keeping_both(base, a, b)
    for word in ("Anna", "Bertil", "ny", "👍"):  # words only the editors add
        assert merged.count(word) >= max(a.count(word), b.count(word)), (base, a, b, merged)

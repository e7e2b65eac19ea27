"""What changed between two versions of a questionnaire: the coordinator's "what is new
this year". Questions are paired by the new form's mapping when it builds on the old
one, otherwise by the same fuzzy matcher the import uses (never by number alone).
"""

from __future__ import annotations

import difflib
import re
from typing import Any

from naravard_desktop.core.forms.answers import resolve_key
from naravard_desktop.core.forms.form_import.mapping import propose_mapping
from naravard_desktop.core.forms.labels import label_key
from naravard_desktop.core.forms.model import Form, Question

_WORD = re.compile(r"\S+")


def changed_words(old: str, new: str) -> dict[str, list[str]]:
    """Word runs taken out of and put into a text."""
    a, b = _WORD.findall(old), _WORD.findall(new)
    removed: list[str] = []
    added: list[str] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if tag in ("delete", "replace"):
            removed.append(" ".join(a[i1:i2]))
        if tag in ("insert", "replace"):
            added.append(" ".join(b[j1:j2]))
    return {"removed": removed, "added": added}


def _pairs(old: Form, new: Form) -> dict[str, str]:
    """New question number → old question number."""
    if new.previous_form == old.id and new.mapping:
        pairs: dict[str, str] = {}
        for new_key, old_key in new.mapping.items():
            try:
                n, o = resolve_key(new, new_key), resolve_key(old, old_key)
            except KeyError:
                continue
            if n.subfield is None and o.subfield is None:
                pairs[n.question.number] = o.question.number
        return pairs
    if new.id == old.id:
        return {q.number: q.number for q in new.answerable_questions() if old.question(q.number)}
    return dict(propose_mapping(new, old).mapping)


def _label_changes(old: tuple[str, ...], new: tuple[str, ...]) -> dict[str, list[str]] | None:
    old_keys = {label_key(x) for x in old}
    new_keys = {label_key(x) for x in new}
    added = [x for x in new if label_key(x) not in old_keys]
    removed = [x for x in old if label_key(x) not in new_keys]
    return {"added": added, "removed": removed} if added or removed else None


def diff_forms(old: Form, new: Form) -> dict[str, Any]:
    pairs = {n: o for n, o in _pairs(old, new).items() if n.split(" / ")[0] == n}
    paired_old = set(pairs.values())
    result: dict[str, Any] = {
        "old": old.id,
        "new": new.id,
        "added": [{"question": q.number, "text": q.text} for q in new.answerable_questions() if q.number not in pairs],
        "dropped": [{"question": q.number, "text": q.text} for q in old.answerable_questions() if q.number not in paired_old],
        "renumbered": [],
        "reworded": [],
        "types": [],
        "limits": [],
        "options": [],
        "rows": [],
        "columns": [],
        "subfields": [],
        "conditions": [],
    }
    for nq in new.answerable_questions():
        old_number = pairs.get(nq.number)
        if old_number is None:
            continue
        oq = old.question(old_number)
        assert oq is not None
        _compare(result, oq, nq, {o: n for n, o in pairs.items()})
    return result


def _compare(result: dict[str, Any], oq: Question, nq: Question, renumbered: dict[str, str]) -> None:
    where = {"question": nq.number, "old_question": oq.number}
    if oq.number != nq.number:
        result["renumbered"].append({"old": oq.number, "new": nq.number})
    if " ".join(oq.text.split()) != " ".join(nq.text.split()):
        result["reworded"].append({**where, "old_text": oq.text, "new_text": nq.text, **changed_words(oq.text, nq.text)})
    if oq.type != nq.type:
        result["types"].append({**where, "old": oq.type, "new": nq.type})
    for name in ("max_chars", "max_items", "min", "max", "integer"):
        before, after = getattr(oq, name), getattr(nq, name)
        if before != after:
            result["limits"].append({**where, "field": name, "old": before, "new": after})
    for name, key in (("options", "options"), ("rows", "rows"), ("columns", "columns")):
        change = _label_changes(getattr(oq, name), getattr(nq, name))
        if change:
            result[key].append({**where, **change})
    old_subs = {(s.attached_to and label_key(s.attached_to), label_key(s.label)) for s in oq.subfields}
    new_subs = {(s.attached_to and label_key(s.attached_to), label_key(s.label)) for s in nq.subfields}
    added = [s.key for s in nq.subfields if (s.attached_to and label_key(s.attached_to), label_key(s.label)) not in old_subs]
    removed = [s.key for s in oq.subfields if (s.attached_to and label_key(s.attached_to), label_key(s.label)) not in new_subs]
    if added or removed:
        result["subfields"].append({**where, "added": added, "removed": removed})
    old_cond = oq.condition.to_json() if oq.condition else None
    new_cond = nq.condition.to_json() if nq.condition else None
    if old_cond is not None:
        # the old condition in this year's numbers: a renumbering alone is no change
        old_cond = {**old_cond, "question": renumbered.get(old_cond["question"], f"(borttagen {old_cond['question']})")}
    if old_cond != new_cond:
        result["conditions"].append(
            {**where, "old": oq.condition.to_json() if oq.condition else None, "new": nq.condition.to_json() if nq.condition else None}
        )


def render_diff(diff: dict[str, Any]) -> str:
    """The diff as text for people (Swedish)."""
    out = [f"Ändringar från {diff['old']} till {diff['new']}:"]

    def section(title: str, rows: list[str]) -> None:
        if rows:
            out.append(f"\n{title} ({len(rows)}):")
            out.extend(f"  {r}" for r in rows)

    section("Nya frågor", [f"{d['question']}: {d['text']}" for d in diff["added"]])
    section("Borttagna frågor", [f"{d['question']}: {d['text']}" for d in diff["dropped"]])
    section("Nytt nummer", [f"{d['old']} → {d['new']}" for d in diff["renumbered"]])
    section(
        "Omformulerade",
        [f"{d['question']}: −”{' … '.join(d['removed'])}” +”{' … '.join(d['added'])}”" for d in diff["reworded"]],
    )
    section("Ny svarstyp", [f"{d['question']}: {d['old']} → {d['new']}" for d in diff["types"]])
    section("Gränser", [f"{d['question']}: {d['field']} {d['old']} → {d['new']}" for d in diff["limits"]])
    for key, title in (("options", "Svarsalternativ"), ("rows", "Rader"), ("columns", "Kolumner"), ("subfields", "Delfält")):
        section(title, [f"{d['question']}: +{d['added']} −{d['removed']}" for d in diff[key]])
    section("Villkor", [f"{d['question']}: {d['old']} → {d['new']}" for d in diff["conditions"]])
    if len(out) == 1:
        out.append("  inga ändringar")
    return "\n".join(out) + "\n"

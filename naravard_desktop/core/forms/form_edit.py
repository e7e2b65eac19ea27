"""Editing a form file (`naravard-form/1` JSON) one small step at a time.

Every operation is pure: it takes a form dict, never changes it, and returns an `Edit` –
the new dict (sharing every untouched section and question with the old one, so an undo
stack can keep both cheaply) and the problems the form loader (`core.forms.parse_form`,
plus `check_mapping` against the previous form) finds in it. There is no second validator:
a form the editor calls clean is a form `naravard forms add` accepts.

Renames carry their references along: a new question number is followed by the conditions,
`parent`s and mapping keys that name it; a renamed option, row or column by the
conditions, exclusive options and attached sub-fields that name it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from naravard_desktop.core.forms.answers import KEY_SEPARATOR
from naravard_desktop.core.forms.form_import import DocumentError, import_form
from naravard_desktop.core.forms.form_import.diff import diff_forms
from naravard_desktop.core.forms.form_import.mapping import question_similarity
from naravard_desktop.core.forms.labels import label_key
from naravard_desktop.core.forms.model import (
    ANSWER_TYPES,
    Form,
    FormError,
    FormRegistry,
    check_mapping,
    empty_answer_fields,
    new_question_json,
    normalise_number,
    parse_form,
)
from naravard_desktop.core.messages import Message
from naravard_desktop.core.storage import paths
from naravard_desktop.core.storage.files import FileWriteError, write_bytes_atomically

FormDict = dict[str, Any]
QUESTION_TYPES = ("group", *ANSWER_TYPES)
RULES = ("equals", "not_equals", "includes", "any_row_equals", "row_equals", "answered")
QUIRK_KINDS = ("printed_number", "wrong_reference", "form_error")
SUBFIELD_ROLES = ("other", "row_detail", "not_available", "comment", "link")
NUMBER_PATTERN = re.compile(r"^[0-9]+[a-z]?$")

#: the keys a question of each type uses besides number, text, help …; the others are
#: emptied when the type changes (what was typed stays in the undo step, not in the file)
_TYPE_KEYS: dict[str, tuple[str, ...]] = {
    "group": (),
    "text": ("max_chars", "max_items"),
    "single": ("options",),
    "multi": ("options", "exclusive_options"),
    "matrix": ("rows", "columns"),
    "number": ("integer", "min", "max"),
    "percent": ("integer", "min", "max"),
}


class EditError(ValueError):
    """An edit that cannot be made at all (unknown question, bad index); the message is Swedish."""


@dataclass(frozen=True)
class Edit:
    """The form after one edit and what the loader says about it (empty: it loads)."""

    form: FormDict
    problems: list[FormError] = field(default_factory=list)
    loaded: Form | None = None

    @property
    def ok(self) -> bool:
        return not self.problems


def check(data: FormDict, previous: Form | None = None) -> Edit:
    """Run the form loader over `data` (and the mapping against `previous`)."""
    name = f"{data.get('id') or 'formulär'}.json"
    try:
        form = parse_form(data, name)
        if previous is not None and form.mapping:
            check_mapping(form, previous)
    except FormError as exc:
        return Edit(data, [exc], None)
    return Edit(data, [], form)


# -- finding things ---------------------------------------------------------------------


def questions(data: FormDict) -> Iterator[dict[str, Any]]:
    for section in data.get("sections", []):
        yield from section.get("questions", [])


def question(data: FormDict, number: str) -> dict[str, Any]:
    wanted = normalise_number(number)
    for q in questions(data):
        if normalise_number(str(q.get("number", ""))) == wanted:
            return q
    raise EditError(Message("fråga {number} finns inte i formuläret", number=number))


def _locate(data: FormDict, number: str) -> tuple[int, int]:
    wanted = normalise_number(number)
    for si, section in enumerate(data.get("sections", [])):
        for qi, q in enumerate(section.get("questions", [])):
            if normalise_number(str(q.get("number", ""))) == wanted:
                return si, qi
    raise EditError(Message("fråga {number} finns inte i formuläret", number=number))


def _with_question(data: FormDict, number: str, change: Callable[[dict[str, Any]], None]) -> FormDict:
    """A copy of `data` in which one question (itself copied) was changed by `change`."""
    si, qi = _locate(data, number)
    new = dict(data)
    new["sections"] = list(data["sections"])
    section = dict(new["sections"][si])
    section["questions"] = list(section["questions"])
    q = dict(section["questions"][qi])
    change(q)
    section["questions"][qi] = q
    new["sections"][si] = section
    return new


def _map_questions(data: FormDict, change: Callable[[dict[str, Any]], dict[str, Any] | None]) -> FormDict:
    """A copy of `data` with `change` applied to every question; `change` returns a new
    question dict, or None for "unchanged" (that question is then shared, not copied)."""
    new = dict(data)
    sections = []
    for section in data.get("sections", []):
        qs = []
        touched = False
        for q in section.get("questions", []):
            changed = change(q)
            touched = touched or changed is not None
            qs.append(q if changed is None else changed)
        sections.append({**section, "questions": qs} if touched else section)
    new["sections"] = sections
    return new


def _done(data: FormDict, previous: Form | None) -> Edit:
    return check(data, previous)


# -- one question -----------------------------------------------------------------------


def set_field(data: FormDict, number: str, key: str, value: Any, previous: Form | None = None) -> Edit:
    """Set one plain key of a question (text, help, preamble, printed_number, max_chars,
    max_items, integer, min, max, condition_text, parent)."""
    if key in ("number", "type", "options", "exclusive_options", "rows", "columns", "subfields", "condition", "quirks"):
        raise EditError(f"'{key}' har en egen ändring")

    def change(q: dict[str, Any]) -> None:
        q[key] = _copy(value)

    return _done(_with_question(data, number, change), previous)


def set_text(data: FormDict, number: str, text: str, previous: Form | None = None) -> Edit:
    return set_field(data, number, "text", text, previous)


def set_number(data: FormDict, number: str, new_number: str, previous: Form | None = None) -> Edit:
    """Renumber a question; conditions, parents and mapping keys that name it follow."""
    old = normalise_number(number)
    new_no = normalise_number(new_number)
    _locate(data, number)
    if new_no == old:
        return _done(data, previous)

    def renumber(q: dict[str, Any]) -> dict[str, Any] | None:
        changed: dict[str, Any] | None = None
        if normalise_number(str(q.get("number", ""))) == old:
            changed = {**q, "number": new_no}
        if q.get("parent") is not None and normalise_number(str(q["parent"])) == old:
            changed = {**(changed or q), "parent": new_no}
        cond = q.get("condition")
        if isinstance(cond, dict) and normalise_number(str(cond.get("question", ""))) == old:
            changed = {**(changed or q), "condition": {**cond, "question": new_no}}
        subs = q.get("subfields") or []
        if any(isinstance(s.get("condition"), dict) and normalise_number(str(s["condition"].get("question", ""))) == old for s in subs):
            new_subs = []
            for s in subs:
                c = s.get("condition")
                if isinstance(c, dict) and normalise_number(str(c.get("question", ""))) == old:
                    s = {**s, "condition": {**c, "question": new_no}}
                new_subs.append(s)
            changed = {**(changed or q), "subfields": new_subs}
        return changed

    new = _map_questions(data, renumber)
    if new.get("mapping"):
        mapping = {}
        for key, value in new["mapping"].items():
            head, sep, rest = key.partition(KEY_SEPARATOR)
            if normalise_number(head) == old:
                key = new_no + (sep + rest if sep else "")
            mapping[key] = value
        new["mapping"] = mapping
    return _done(new, previous)


def set_type(data: FormDict, number: str, qtype: str, previous: Form | None = None) -> Edit:
    """Change a question's type; the keys the new type does not use are emptied and a
    single/multi or matrix gets a first option/row/column so that it can load."""
    if qtype not in QUESTION_TYPES:
        raise EditError(f"okänd frågetyp '{qtype}'")

    def change(q: dict[str, Any]) -> None:
        old_type = q.get("type")
        # the answer choices move along: a single's options become a matrix's columns
        choices = list(q.get("options") or q.get("columns") or []) or ["Ja", "Nej"]
        q["type"] = qtype
        keep = _TYPE_KEYS[qtype]
        for key, empty in empty_answer_fields().items():
            if key not in keep and key in q:
                q[key] = empty
        if qtype in ("single", "multi") and not q.get("options"):
            q["options"] = choices
        if qtype == "matrix":
            if not q.get("columns"):
                q["columns"] = choices
            if not q.get("rows"):
                q["rows"] = ["Rad 1"]
        if qtype == "percent":
            q["min"], q["max"] = 0, 100
        elif old_type == "percent":
            q["min"], q["max"] = None, None
        if qtype == "group":
            q["subfields"] = []

    return _done(_with_question(data, number, change), previous)


def _rename_map(old: Sequence[str], new: Sequence[str]) -> dict[str, str]:
    """Which labels were renamed: same count, position by position (a reorder or an
    added/removed label is not a rename)."""
    if len(old) != len(new):
        return {}
    renamed = {a: b for a, b in zip(old, new, strict=True) if a != b}
    if set(renamed) & set(new):  # a reorder, not a rename
        return {}
    return renamed


def _renamed(value: str | None, renames: Mapping[str, str]) -> str | None:
    if value is None:
        return None
    for before, after in renames.items():
        if label_key(value) == label_key(before):
            return after
    return value


def set_labels(data: FormDict, number: str, which: str, labels: Sequence[str], previous: Form | None = None) -> Edit:
    """Set the options, rows or columns of a question. Labels changed in place are renames:
    exclusive options, attached sub-fields and other questions' conditions follow."""
    if which not in ("options", "rows", "columns"):
        raise EditError(f"'{which}' är inte alternativ, rader eller kolumner")
    labels = [str(x) for x in labels]
    target = question(data, number)
    renames = _rename_map(list(target.get(which) or []), labels)
    me = normalise_number(number)

    def change(q: dict[str, Any]) -> None:
        q[which] = labels
        if which == "options" and renames:
            q["exclusive_options"] = [_renamed(x, renames) for x in q.get("exclusive_options") or []]
        if which in ("options", "rows") and renames and q.get("subfields"):
            q["subfields"] = [
                {**s, "attached_to": _renamed(s.get("attached_to"), renames)} if s.get("attached_to") else s for s in q["subfields"]
            ]

    new = _with_question(data, number, change)
    if renames:
        value_field = "row" if which == "rows" else "value"

        def follow(cond: Any) -> Any:
            if not isinstance(cond, dict) or normalise_number(str(cond.get("question", ""))) != me:
                return cond
            if cond.get(value_field) is None or _renamed(cond[value_field], renames) == cond[value_field]:
                return cond
            return {**cond, value_field: _renamed(cond[value_field], renames)}

        new = _map_conditions(new, follow)
    return _done(new, previous)


def _map_conditions(data: FormDict, follow: Callable[[Any], Any]) -> FormDict:
    def change(q: dict[str, Any]) -> dict[str, Any] | None:
        changed: dict[str, Any] | None = None
        cond = q.get("condition")
        if follow(cond) is not cond:
            changed = {**q, "condition": follow(cond)}
        subs = q.get("subfields") or []
        new_subs = [s if follow(s.get("condition")) is s.get("condition") else {**s, "condition": follow(s["condition"])} for s in subs]
        if any(a is not b for a, b in zip(subs, new_subs, strict=True)):
            changed = {**(changed or q), "subfields": new_subs}
        return changed

    return _map_questions(data, change)


def set_exclusive_options(data: FormDict, number: str, options: Sequence[str], previous: Form | None = None) -> Edit:
    def change(q: dict[str, Any]) -> None:
        q["exclusive_options"] = [str(x) for x in options]

    return _done(_with_question(data, number, change), previous)


def set_condition(data: FormDict, number: str, condition: Mapping[str, Any] | None, previous: Form | None = None) -> Edit:
    """Set (or with None remove) the condition under which a question is asked."""

    def change(q: dict[str, Any]) -> None:
        q["condition"] = _clean_condition(condition)

    return _done(_with_question(data, number, change), previous)


def _clean_condition(condition: Mapping[str, Any] | None) -> dict[str, Any] | None:
    if condition is None:
        return None
    cond: dict[str, Any] = {"question": normalise_number(str(condition.get("question", ""))), "rule": condition.get("rule")}
    if cond["rule"] != "answered":
        if condition.get("value") is not None:
            cond["value"] = str(condition["value"])
        if cond["rule"] == "row_equals" and condition.get("row") is not None:
            cond["row"] = str(condition["row"])
    return cond


def set_quirks(data: FormDict, number: str, quirks: Sequence[Mapping[str, Any]], previous: Form | None = None) -> Edit:
    def change(q: dict[str, Any]) -> None:
        q["quirks"] = [
            {
                "kind": x.get("kind"),
                "printed": str(x.get("printed") or ""),
                "means": x.get("means") or None,
                "note": str(x.get("note") or ""),
            }
            for x in quirks
        ]

    return _done(_with_question(data, number, change), previous)


def set_subfields(data: FormDict, number: str, subfields: Sequence[Mapping[str, Any]], previous: Form | None = None) -> Edit:
    """Set all sub-fields of a question (add, remove, change: the editor's table)."""

    def change(q: dict[str, Any]) -> None:
        q["subfields"] = [_clean_subfield(s) for s in subfields]

    return _done(_with_question(data, number, change), previous)


def _clean_subfield(sub: Mapping[str, Any]) -> dict[str, Any]:
    clean: dict[str, Any] = {
        "label": str(sub.get("label") or ""),
        "type": sub.get("type") or "text",
        "attached_to": sub.get("attached_to") or None,
        "max_chars": sub.get("max_chars"),
        "condition": _clean_condition(sub.get("condition")),
    }
    if sub.get("role"):
        clean["role"] = sub["role"]
    return clean


# -- questions as a whole ---------------------------------------------------------------


def blank_question(number: str, qtype: str = "text") -> dict[str, Any]:
    q = new_question_json(normalise_number(number), "Ny fråga")
    q["parent"] = None
    return q if qtype == "text" else set_type({"sections": [{"questions": [q]}]}, q["number"], qtype).form["sections"][0]["questions"][0]


def next_free_number(data: FormDict, after: str) -> str:
    """A number for a question added after `after`: "12" → "12a" (or "12b" …), "12a" → "12b"."""
    taken = {normalise_number(str(q.get("number", ""))) for q in questions(data)}
    base = normalise_number(after)
    digits = base.rstrip("abcdefghijklmnopqrstuvwxyz")
    letter = base[len(digits) :]
    start = ord(letter) + 1 if letter else ord("a")
    for code in range(start, ord("z") + 1):
        if digits + chr(code) not in taken:
            return digits + chr(code)
    n = int(digits) + 1
    while str(n) in taken:
        n += 1
    return str(n)


def add_question(data: FormDict, after: str | None, number: str | None = None, qtype: str = "text", previous: Form | None = None) -> Edit:
    """Add a question after question `after` (or first in the first section)."""
    if not data.get("sections"):
        raise EditError("formuläret har inga avsnitt")
    if after is not None:
        si, qi = _locate(data, after)
        pos = qi + 1
    else:
        si, pos = 0, 0
    new_q = blank_question(number or (next_free_number(data, after) if after else "1"), qtype)
    new = dict(data)
    new["sections"] = list(data["sections"])
    section = dict(new["sections"][si])
    section["questions"] = list(section["questions"])
    section["questions"].insert(pos, new_q)
    new["sections"][si] = section
    return _done(new, previous)


def remove_question(data: FormDict, number: str, previous: Form | None = None) -> Edit:
    """Remove a question and its mapping entries; conditions that named it are left for the
    loader to report (the user decides what they should say instead)."""
    si, qi = _locate(data, number)
    me = normalise_number(number)
    new = dict(data)
    new["sections"] = list(data["sections"])
    section = dict(new["sections"][si])
    section["questions"] = [q for i, q in enumerate(section["questions"]) if i != qi]
    new["sections"][si] = section
    if new.get("mapping"):
        new["mapping"] = {k: v for k, v in new["mapping"].items() if normalise_number(k.partition(KEY_SEPARATOR)[0]) != me}
    return _done(new, previous)


# -- the form -----------------------------------------------------------------------------


def set_form_field(data: FormDict, key: str, value: Any, previous: Form | None = None) -> Edit:
    """Set a form-level key: id, revision, year, title, publisher, deadline, previous_form …"""
    if key in ("schema", "sections", "mapping"):
        raise EditError(f"'{key}' har en egen ändring")
    new = dict(data)
    new[key] = _copy(value)
    return _done(new, previous)


def set_mapping(data: FormDict, new_key: str, old_key: str | None, previous: Form | None = None) -> Edit:
    """Map a field of this form to a field of the previous form (None: nothing carried)."""
    mapping = dict(data.get("mapping") or {})
    if old_key:
        mapping[new_key] = old_key
    else:
        mapping.pop(new_key, None)
    new = dict(data)
    new["mapping"] = mapping
    return _done(new, previous)


# -- opening a document and comparing with last year -------------------------------------


class ImportRefused(Exception):
    """The document cannot be opened as a form; the message (Swedish) says why."""


@dataclass(frozen=True)
class Imported:
    """A form read from a document: the form dict, the importer's guesses that need a
    person's look ({"question", "field", "message"}) and the similarity (0–1) of each
    proposed mapping pair, keyed by the new field key."""

    form: FormDict
    review: list[dict[str, Any]] = field(default_factory=list)
    similarity: dict[str, float] = field(default_factory=dict)


MAX_FORM_FILE_BYTES = 20 * 1024 * 1024


def import_document(path: Path, previous: Form | None = None) -> Imported:
    """Read a questionnaire document (.docx, .html, .md through core.form_import) or a
    form file (.json) into an editable form dict, with a mapping from `previous` proposed."""
    suffix = path.suffix.lower()
    if suffix == ".json":
        try:
            if path.stat().st_size > MAX_FORM_FILE_BYTES:
                raise ImportRefused(Message("{name}: filen är för stor för ett formulär", name=path.name))
            data = json.loads(path.read_text("utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            raise ImportRefused(Message("{name}: kan inte läsas som formulärfil ({error})", name=path.name, error=str(exc))) from None
        if not isinstance(data, dict) or not isinstance(data.get("sections"), list):
            raise ImportRefused(Message("{name}: är ingen formulärfil (naravard-form/1)", name=path.name))
        return Imported(data)
    try:
        try:
            result = import_form(path, previous=previous)
        except FormError as exc:
            if previous is None or exc.fieldname != "id":
                raise
            # the document is last year's form itself (same id): no mapping to propose
            result = import_form(path)
    except (DocumentError, FormError) as exc:
        raise ImportRefused(str(exc)) from None
    proposal = result.proposal
    similarity = {p.new: p.similarity / 100 for p in proposal.pairings} if proposal is not None else {}
    return Imported(result.data, [r.to_json() for r in result.all_review()], similarity)


#: the "Nytt i år" line of each kind of change (templates of core.messages)
_LABEL_CHANGES = {
    "options": "Svarsalternativ {number}: {change}",
    "rows": "Rader {number}: {change}",
    "columns": "Kolumner {number}: {change}",
    "subfields": "Delfält {number}: {change}",
}


def changes_since(previous: Form, form: Form) -> list[tuple[str | None, Message]]:
    """What is new this year, one (question number, line) per change, from
    `core.form_import.diff` (the list `naravard forms diff` prints)."""
    diff = diff_forms(previous, form)
    lines: list[tuple[str | None, Message]] = []
    lines += [(d["question"], Message("Ny fråga {number}: {text}", number=d["question"], text=d["text"])) for d in diff["added"]]
    lines += [
        (None, Message("Borttagen: förra årets fråga {number}: {text}", number=d["question"], text=d["text"])) for d in diff["dropped"]
    ]
    if diff["renumbered"]:  # one line: a dropped question shifts every later number
        moves = ", ".join(f"{d['old']} → {d['new']}" for d in diff["renumbered"])
        lines.append((None, Message("Nytt nummer ({count}): {moves}", count=len(diff["renumbered"]), moves=moves)))
    routine: list[str] = []
    for d in diff["reworded"]:
        if _routine(d["old_text"]) == _routine(d["new_text"]):
            routine.append(d["question"])
            continue
        removed, added = " … ".join(d.get("removed") or []), " … ".join(d.get("added") or [])
        lines.append(
            (d["question"], Message("Omformulerad {number}: −”{removed}” +”{added}”", number=d["question"], removed=removed, added=added))
        )
    if routine:  # "under 2024" → "under 2025", "fråga 7" → "fråga 6": one line, not forty
        lines.append(
            (None, Message("Bara årtal eller frågenummer ändrade ({count}): {numbers}", count=len(routine), numbers=", ".join(routine)))
        )
    lines += [
        (d["question"], Message("Ny svarstyp {number}: {old} → {new}", number=d["question"], old=d["old"], new=d["new"]))
        for d in diff["types"]
    ]
    lines += [
        (
            d["question"],
            Message("Gräns {number}: {field} {old} → {new}", number=d["question"], field=d["field"], old=d["old"], new=d["new"]),
        )
        for d in diff["limits"]
    ]
    for key in _LABEL_CHANGES:
        for d in diff[key]:
            change = ", ".join([*(f"+”{x}”" for x in d.get("added") or []), *(f"−”{x}”" for x in d.get("removed") or [])])
            lines.append((d["question"], Message(_LABEL_CHANGES[key], number=d["question"], change=change)))
    lines += [(d["question"], Message("Villkor {number} ändrat", number=d["question"])) for d in diff["conditions"]]
    return lines


_YEAR = re.compile(r"\b(19|20)\d\d\b")
_QUESTION_REF = re.compile(r"\b(fråga|frågorna|delfrågorna i fråga)\s+\d+\s*[a-z]?\b", re.IGNORECASE)


def _routine(text: str) -> str:
    """A text with its years and question references blanked: two texts equal so were
    only brought up to date for the new year."""
    return _QUESTION_REF.sub(r"\1 #", _YEAR.sub("ÅR", " ".join(text.split())))


def field_text(form: Form, key: str) -> str:
    """What a field asks, for comparing and showing: the question text, or the question
    text with the sub-field's label."""
    number, sep, _rest = key.partition(KEY_SEPARATOR)
    q = form.question(number)
    if q is None:
        return key
    if not sep:
        return q.text
    sub = q.subfield(key)
    return f"{q.text} – {sub.label}" if sub is not None else q.text


def pair_similarity(new_form: Form, new_key: str, old_form: Form, old_key: str) -> float:
    """How alike two fields are, 0–1 (shown beside a mapping the user chose): for two
    questions the importer's own measure (text, options, rows, sub-fields), else the texts."""
    new_q, old_q = new_form.question(new_key), old_form.question(old_key)
    if new_q is not None and old_q is not None and KEY_SEPARATOR not in new_key + old_key:
        return question_similarity(new_form, new_q, old_form, old_q) / 100
    return SequenceMatcher(None, label_key(field_text(new_form, new_key)), label_key(field_text(old_form, old_key))).ratio()


# -- saving -------------------------------------------------------------------------------


class SaveRefused(Exception):
    """The form cannot be saved as it is; the message (Swedish) says why."""


def form_json_bytes(data: FormDict) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def save_to_data_dir(data: FormDict, data_dir: Path, registry: FormRegistry) -> Path:
    """Add the form to the data dir's forms/ like `naravard forms add`: it must load, its
    mapping must fit the previous form (when present), and an existing form with the same
    id is replaced only by a higher revision. Returns the written file."""
    previous = registry.get(str(data.get("previous_form") or ""))
    result = check(data, previous)
    if result.problems:
        raise SaveRefused(str(result.problems[0]))
    assert result.loaded is not None
    form = result.loaded
    existing = registry.get(form.id)
    target_dir = paths.user_forms_dir(data_dir)
    target = target_dir / f"{form.id}.json"
    # A form saved here before may be saved again (the coordinator goes on correcting it);
    # one that came with the app or from elsewhere is replaced only by a higher revision.
    if existing is not None and existing.revision >= form.revision and not _is_file_of(target, existing):
        raise SaveRefused(
            Message(
                "formuläret {id} finns redan med revision {revision}; höj revisionen för att ersätta det",
                id=form.id,
                revision=existing.revision,
            )
        )
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
        write_bytes_atomically(target, form_json_bytes(data))
    except (OSError, FileWriteError) as exc:
        raise SaveRefused(str(exc)) from None
    return target


def _is_file_of(target: Path, form: Form) -> bool:
    """True when `form` (as the registry holds it) was loaded from `target`."""
    try:
        return target.is_file() and json.loads(target.read_text("utf-8")).get("revision") == form.revision
    except (OSError, ValueError):
        return False


def _copy(value: Any) -> Any:
    return json.loads(json.dumps(value)) if isinstance(value, (dict, list)) else value

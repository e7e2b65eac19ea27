"""Questionnaires as data: the model, the loader and the registry of available forms.

A form file is JSON (`forms/README.md`). Loading validates it against
`form_schema.json` and then checks what a schema cannot: unique numbers, references in
conditions, cycles. Every failure is a `FormError` naming file, question and field.

The schema check is the slow part of loading (and jsonschema a slow import), so a
registry with a data dir remembers which exact file contents passed it
(`<data dir>/cache/validated-forms.json`: SHA-256 of schema + file bytes) and skips only
the schema check for those; any change of the file's bytes or the schema validates again.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from naravard_desktop.core.forms.labels import label_key, match_label

if TYPE_CHECKING:
    import jsonschema

FORM_SCHEMA = "naravard-form/1"
VALIDATED_CACHE_FORMAT = "naravard-validated-forms/1"
VALIDATED_CACHE_MAX = 64  # digests kept (a few forms, a few revisions of each)
#: The question types a form may use (form_schema.json has the same list; the form editor offers them).
ANSWER_TYPES = ("text", "single", "multi", "matrix", "number", "percent")


class FormError(Exception):
    """A form file that cannot be used; the message names file, question and field."""

    def __init__(self, file: str, message: str, question: str | None = None, fieldname: str | None = None):
        self.file = file
        self.question = question
        self.fieldname = fieldname
        self.detail = message
        where = file
        if question is not None:
            where += f", fråga {question}"
        if fieldname:
            where += f", fält '{fieldname}'"
        super().__init__(f"{where}: {message}")


_T = TypeVar("_T")


@dataclass(frozen=True)
class Condition:
    question: str
    rule: str
    value: str | None = None
    row: str | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"question": self.question, "rule": self.rule}
        if self.value is not None:
            data["value"] = self.value
        if self.row is not None:
            data["row"] = self.row
        return data


@dataclass(frozen=True)
class Quirk:
    kind: str
    printed: str
    means: str | None
    note: str


@dataclass(frozen=True)
class Subfield:
    question: str
    label: str
    type: str  # "text" | "checkbox"
    role: str | None
    attached_to: str | None
    max_chars: int | None
    condition: Condition | None
    attached_kind: str | None  # "row" | "option" | None

    @property
    def key(self) -> str:
        """The field key: "18 / Andra åtgärder, ange vad" or "15 / row / label"."""
        if self.attached_kind == "row":
            return f"{self.question} / {self.attached_to} / {self.label}"
        return f"{self.question} / {self.label}"


@dataclass(frozen=True)
class Question:
    number: str
    printed_number: str | None
    text: str
    type: str
    section_id: str
    help: tuple[str, ...] = ()
    preamble: tuple[str, ...] = ()
    parent: str | None = None
    max_chars: int | None = None
    max_items: int | None = None
    options: tuple[str, ...] = ()
    exclusive_options: tuple[str, ...] = ()
    columns: tuple[str, ...] = ()
    rows: tuple[str, ...] = ()
    integer: bool = False
    min: float | None = None
    max: float | None = None
    subfields: tuple[Subfield, ...] = ()
    condition: Condition | None = None
    condition_text: str | None = None
    quirks: tuple[Quirk, ...] = ()

    @property
    def answerable(self) -> bool:
        return self.type != "group"

    @property
    def display_number(self) -> str:
        """The number as people say it: "1 a", "15"."""
        digits = self.number.rstrip("abcdefghijklmnopqrstuvwxyz")
        letter = self.number[len(digits) :]
        return f"{digits} {letter}" if letter else digits

    def subfield(self, key: str) -> Subfield | None:
        for sub in self.subfields:
            if sub.key == key:
                return sub
        return None


@dataclass(frozen=True)
class Part:
    id: str
    title: str
    intro: tuple[str, ...] = ()


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    part: str | None
    intro: tuple[str, ...]
    questions: tuple[Question, ...]


@dataclass(frozen=True)
class Form:
    id: str
    revision: int
    year: int
    title: str
    publisher: str
    deadline: str
    region_prompt: str | None
    intro: tuple[str, ...]
    parts: tuple[Part, ...]
    sections: tuple[Section, ...]
    source: str
    previous_form: str | None = None
    mapping: dict[str, str] = field(default_factory=dict)
    raw: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def questions(self) -> Iterator[Question]:
        for section in self.sections:
            yield from section.questions

    def answerable_questions(self) -> list[Question]:
        return [q for q in self.questions() if q.answerable]

    def question(self, number: str) -> Question | None:
        return self._index().get(normalise_number(number))

    def _index(self) -> dict[str, Question]:
        return self.derived("_question_index", lambda: {q.number: q for q in self.questions()})

    def derived(self, name: str, make: Callable[[], _T]) -> _T:
        """A value computed from this form once and kept on it (a form never changes; the
        checks, marks and counts ask again on every refresh)."""
        value = self.__dict__.get(name)
        if value is None:
            value = make()
            object.__setattr__(self, name, value)
        return value

    def part(self, part_id: str | None) -> Part | None:
        return next((p for p in self.parts if p.id == part_id), None)

    def field_keys(self) -> list[str]:
        """Every answerable field in form order: questions, then their sub-fields."""
        keys: list[str] = []
        for q in self.answerable_questions():
            keys.append(q.number)
            keys.extend(sub.key for sub in q.subfields)
        return keys


def normalise_number(number: str) -> str:
    """ "1 a", "1a.", " 15 " → "1a", "15"."""
    return "".join(number.split()).rstrip(".").lower()


@cache
def _schema_bytes() -> bytes:
    """The form schema, a file beside this module (packaged with it, frozen builds too);
    read as a path, not through importlib.resources (~3 ms to import at every start)."""
    return (Path(__file__).resolve().parent / "form_schema.json").read_bytes()


def _schema() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(_schema_bytes().decode("utf-8"))
    return schema


def validated_digest(raw: bytes) -> str:
    """What the validated-forms cache remembers: the schema and the file's exact bytes."""
    return hashlib.sha256(_schema_bytes() + b"\0" + raw).hexdigest()


def _read_validated(path: Path) -> list[str]:
    try:
        doc = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return []
    if not isinstance(doc, dict) or doc.get("format") != VALIDATED_CACHE_FORMAT or not isinstance(doc.get("sha256"), list):
        return []
    return [d for d in doc["sha256"] if isinstance(d, str) and len(d) == 64]


def _write_validated(path: Path, digests: list[str]) -> None:
    """Best effort (a read-only data dir only costs the next start the schema check)."""
    text = json.dumps({"format": VALIDATED_CACHE_FORMAT, "sha256": digests[-VALIDATED_CACHE_MAX:]}, indent=1)
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temp.write_text(text, "utf-8")
        os.replace(temp, path)
    except OSError:
        try:
            temp.unlink(missing_ok=True)
        except OSError:
            pass


def _schema_error(file: str, data: dict[str, Any], error: jsonschema.ValidationError) -> FormError:
    """Translate a schema error path into question number and field name."""
    path = list(error.absolute_path)
    question: str | None = None
    fieldname: str | None = None
    try:
        if len(path) >= 4 and path[0] == "sections" and path[2] == "questions":
            q = data["sections"][path[1]]["questions"][path[3]]
            question = str(q.get("number", f"#{path[3] + 1}")) if isinstance(q, dict) else f"#{path[3] + 1}"
            rest = [str(p) for p in path[4:]]
            fieldname = ".".join(rest) or None
        elif path:
            fieldname = ".".join(str(p) for p in path)
    except (KeyError, IndexError, TypeError):
        fieldname = ".".join(str(p) for p in path) or None
    if error.validator == "required" and fieldname is None:
        fieldname = None
    return FormError(file, error.message, question, fieldname)


def _condition(data: dict[str, Any] | None) -> Condition | None:
    if data is None:
        return None
    return Condition(data["question"], data["rule"], data.get("value"), data.get("row"))


def _build(file: str, data: dict[str, Any]) -> Form:
    sections: list[Section] = []
    for sdata in data["sections"]:
        questions: list[Question] = []
        for qd in sdata["questions"]:
            number = qd["number"]
            rows = tuple(qd.get("rows", []))
            options = tuple(qd.get("options", []))
            subfields: list[Subfield] = []
            for sd in qd.get("subfields", []):
                attached = sd.get("attached_to")
                kind: str | None = None
                if attached is not None:
                    if match_label(attached, rows):
                        kind = "row"
                    elif match_label(attached, options):
                        kind = "option"
                    else:
                        raise FormError(file, f"attached_to '{attached}' is neither a row nor an option", number, "subfields")
                subfields.append(
                    Subfield(
                        number,
                        sd["label"],
                        sd["type"],
                        sd.get("role"),
                        attached,
                        sd.get("max_chars"),
                        _condition(sd.get("condition")),
                        kind,
                    )
                )
            questions.append(
                Question(
                    number=number,
                    printed_number=qd.get("printed_number"),
                    text=qd["text"],
                    type=qd["type"],
                    section_id=sdata["id"],
                    help=tuple(qd.get("help", [])),
                    preamble=tuple(qd.get("preamble", [])),
                    parent=qd.get("parent"),
                    max_chars=qd.get("max_chars"),
                    max_items=qd.get("max_items"),
                    options=options,
                    exclusive_options=tuple(qd.get("exclusive_options", [])),
                    columns=tuple(qd.get("columns", [])),
                    rows=rows,
                    integer=bool(qd.get("integer", False)),
                    min=qd.get("min"),
                    max=qd.get("max"),
                    subfields=tuple(subfields),
                    condition=_condition(qd.get("condition")),
                    condition_text=qd.get("condition_text"),
                    quirks=tuple(Quirk(x["kind"], x["printed"], x.get("means"), x["note"]) for x in qd.get("quirks", [])),
                )
            )
        sections.append(Section(sdata["id"], sdata["title"], sdata.get("part"), tuple(sdata.get("intro", [])), tuple(questions)))
    return Form(
        id=data["id"],
        revision=data["revision"],
        year=data["year"],
        title=data["title"],
        publisher=data["publisher"],
        deadline=data["deadline"],
        region_prompt=data.get("region_prompt"),
        intro=tuple(data.get("intro", [])),
        parts=tuple(Part(p["id"], p["title"], tuple(p.get("intro", []))) for p in data.get("parts", [])),
        sections=tuple(sections),
        source=file,
        previous_form=data.get("previous_form"),
        mapping=dict(data.get("mapping", {})),
        raw=data,
    )


def _check_condition(file: str, form: Form, owner: str, cond: Condition, fieldname: str) -> None:
    target = form.question(cond.question)
    if target is None:
        raise FormError(file, f"condition refers to unknown question '{cond.question}'", owner, fieldname)
    if not target.answerable:
        raise FormError(file, f"condition refers to question '{cond.question}', which has no answer", owner, fieldname)
    needs = _RULE_NEEDS.get(cond.rule)
    if needs is None:
        return  # "answered" works on any question
    qtype, attr, what = needs
    if target.type != qtype:
        raise FormError(file, f"rule '{cond.rule}' needs a {qtype} question, {target.number} is {target.type}", owner, fieldname)
    if match_label(cond.value or "", getattr(target, attr)) is None:
        raise FormError(file, f"condition value '{cond.value}' is not {what} of question {target.number}", owner, fieldname)
    if cond.rule == "row_equals" and match_label(cond.row or "", target.rows) is None:
        raise FormError(file, f"condition row '{cond.row}' is not a row of question {target.number}", owner, fieldname)


#: rule → (question type it applies to, where its value must be found, what that is)
_RULE_NEEDS = {
    "equals": ("single", "options", "an option"),
    "not_equals": ("single", "options", "an option"),
    "includes": ("multi", "options", "an option"),
    "any_row_equals": ("matrix", "columns", "a column"),
    "row_equals": ("matrix", "columns", "a column"),
}


def _validate_references(file: str, form: Form) -> None:
    seen: set[str] = set()
    part_ids = {p.id for p in form.parts}
    for section in form.sections:
        if section.part is not None and section.part not in part_ids:
            raise FormError(file, f"section '{section.id}' names unknown part '{section.part}'", None, "part")
        for q in section.questions:
            if q.number in seen:
                raise FormError(file, "question number appears more than once", q.number, "number")
            seen.add(q.number)
            if q.parent is not None:
                parent = form.question(q.parent)
                if parent is None or parent.type != "group":
                    raise FormError(file, f"parent '{q.parent}' is not a group question", q.number, "parent")
            for name, labels in (("options", q.options), ("columns", q.columns), ("rows", q.rows)):
                keys = [label_key(x) for x in labels]
                if len(set(keys)) != len(keys):
                    raise FormError(file, f"two {name} have the same label", q.number, name)
            for opt in q.exclusive_options:
                if opt not in q.options:
                    raise FormError(file, f"exclusive option '{opt}' is not one of the options", q.number, "exclusive_options")
            if q.type == "percent" and ((q.min is not None and q.min < 0) or (q.max is not None and q.max > 100)):
                raise FormError(file, "a percent must lie within 0–100", q.number, "min/max")
            sub_keys = [s.key for s in q.subfields]
            if len(set(sub_keys)) != len(sub_keys):
                raise FormError(file, "two sub-fields have the same key", q.number, "subfields")
    for q in form.questions():
        if q.condition is not None:
            _check_condition(file, form, q.number, q.condition, "condition")
        for sub in q.subfields:
            if sub.condition is not None:
                _check_condition(file, form, q.number, sub.condition, f"subfields[{sub.label}].condition")
    _check_cycles(file, form)
    for new_key in form.mapping:
        if mapping_target(form, new_key) is None:
            raise FormError(file, f"'{new_key}' is not a question or sub-field of this form", None, "mapping")


def mapping_target(form: Form, key: str) -> str | None:
    """The field key a mapping entry names, read like an answers-file key: a question
    number ("1 a" → "1a") or a sub-field key ("18 / Andra åtgärder, ange vad"); None when
    the form has no such answerable field."""
    from naravard_desktop.core.forms.answers import UnknownField, resolve_key  # answers imports forms

    try:
        return resolve_key(form, key).key
    except UnknownField:
        return None


def check_mapping(new_form: Form, old_form: Form) -> None:
    """The mapping's values must be fields of the previous form (FormError otherwise)."""
    for new_key, old_key in new_form.mapping.items():
        if mapping_target(old_form, old_key) is None:
            raise FormError(
                new_form.source, f"'{old_key}' (mapped from '{new_key}') is not a question or sub-field of {old_form.id}", None, "mapping"
            )


def _check_cycles(file: str, form: Form) -> None:
    """A question may not depend, directly or through others, on itself."""
    deps = {q.number: q.condition.question for q in form.questions() if q.condition is not None}
    for start in deps:
        chain = [start]
        current = deps.get(start)
        while current is not None:
            current = form.question(current).number  # type: ignore[union-attr]
            if current in chain:
                cycle = " → ".join(chain + [current])
                raise FormError(file, f"conditions form a cycle: {cycle}", start, "condition")
            chain.append(current)
            current = deps.get(current)


def parse_form(data: Any, file: str, *, schema_checked: bool = False) -> Form:
    """Validate already-parsed JSON as a form file and build the model.

    `schema_checked`: these exact bytes passed the schema before (the validated-forms
    cache); every other check still runs."""
    if not isinstance(data, dict):
        raise FormError(file, "the file must hold a JSON object")
    if data.get("schema") != FORM_SCHEMA:
        raise FormError(file, f"unknown form format {data.get('schema')!r}; expected {FORM_SCHEMA!r}", None, "schema")
    if not schema_checked:
        import jsonschema  # ~50 ms to import: only when a form's bytes are new

        validator = jsonschema.Draft202012Validator(_schema())
        errors = sorted(validator.iter_errors(data), key=lambda e: (len(list(e.absolute_path)), list(map(str, e.absolute_path))))
        if errors:
            # The deepest error names the question and field most precisely.
            best = jsonschema.exceptions.best_match(errors)
            raise _schema_error(file, data, best)
    form = _build(file, data)
    _validate_references(file, form)
    return form


def load_form(path: Path, validated: set[str] | None = None) -> Form:
    """Load and validate one form file.

    `validated`: digests (`validated_digest`) of contents that passed the schema; the
    schema check is skipped for those, and this file's digest is added when it passes."""
    name = path.name
    try:
        raw = path.read_bytes()
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise FormError(name, "the file is not UTF-8 text") from None
    except OSError as exc:
        raise FormError(name, f"cannot read the file ({exc.strerror})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FormError(name, f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
    digest = validated_digest(raw) if validated is not None else ""
    form = parse_form(data, name, schema_checked=digest in (validated or ()))
    if validated is not None:
        validated.add(digest)
    if path.stem != form.id:
        raise FormError(name, f"the file name must be '{form.id}.json' (the form id)", None, "id")
    return form


@dataclass
class FormRegistry:
    """Every form available: the bundled ones and those a user added to the data dir."""

    forms: dict[str, Form]
    errors: list[FormError]

    @classmethod
    def load(cls, *dirs: Path, validated_cache: Path | None = None) -> FormRegistry:
        """The forms in `dirs`; with `validated_cache`, remember which contents passed the schema."""
        forms: dict[str, Form] = {}
        errors: list[FormError] = []
        known = _read_validated(validated_cache) if validated_cache is not None else []
        validated = set(known) if validated_cache is not None else None
        for directory in dirs:
            if not directory.is_dir():
                continue
            for path in sorted(directory.glob("*.json")):
                try:
                    form = load_form(path, validated)
                except FormError as exc:
                    errors.append(exc)
                    continue
                existing = forms.get(form.id)
                if existing is None or form.revision > existing.revision:
                    forms[form.id] = form
        for form in list(forms.values()):
            previous = forms.get(form.previous_form or "")
            if previous is not None and form.mapping:
                try:
                    check_mapping(form, previous)
                except FormError as exc:
                    errors.append(exc)
                    del forms[form.id]
        if validated_cache is not None and validated is not None and not validated <= set(known):
            _write_validated(validated_cache, [*known, *sorted(validated - set(known))])
        return cls(forms, errors)

    def get(self, form_id: str) -> Form | None:
        return self.forms.get(form_id)

    def require(self, form_id: str) -> Form:
        form = self.forms.get(form_id)
        if form is None:
            known = ", ".join(sorted(self.forms)) or "inga"
            raise KeyError(f"okänt formulär '{form_id}' (tillgängliga: {known})")
        return form

    def sorted(self) -> list[Form]:
        return sorted(self.forms.values(), key=lambda f: (-f.year, f.id))


def form_registry(data_dir: Path | None) -> FormRegistry:
    """Bundled forms plus the data dir's own forms folder."""
    from naravard_desktop.core.storage import paths

    dirs = [paths.bundled_forms_dir()]
    if data_dir is None:
        return FormRegistry.load(*dirs)
    dirs.append(paths.user_forms_dir(data_dir))
    return FormRegistry.load(*dirs, validated_cache=paths.validated_forms_cache(data_dir))


def _subfield_json(sub: Subfield) -> dict[str, Any]:
    return {
        "label": sub.label,
        "type": sub.type,
        "attached_to": sub.attached_to,
        "max_chars": sub.max_chars,
        "role": sub.role,
        "key": sub.key,
        "condition": sub.condition.to_json() if sub.condition else None,
    }


def empty_answer_fields() -> dict[str, Any]:
    """The answer-shape keys of a question in a form file, each with the value it holds when
    the question's type does not use it (a fresh dict each call: the lists are the caller's)."""
    return {
        "max_chars": None,
        "max_items": None,
        "options": [],
        "exclusive_options": [],
        "columns": [],
        "rows": [],
        "integer": False,
        "min": None,
        "max": None,
    }


def new_question_json(number: str, text: str, printed_number: str | None = None) -> dict[str, Any]:
    """A new text question as a form file holds it (no help, conditions, sub-fields or quirks
    yet); the form importer and the form editor both start a question from this."""
    return {
        "number": number,
        "printed_number": printed_number,
        "text": text,
        "help": [],
        "preamble": [],
        "type": "text",
        **empty_answer_fields(),
        "subfields": [],
        "condition": None,
        "condition_text": None,
        "quirks": [],
    }


def question_as_json(q: Question) -> dict[str, Any]:
    """One question in the `forms show --json` contract (extra keys after the contract's)."""
    return {
        "number": q.number,
        "printed_number": q.printed_number,
        "text": q.text,
        "type": q.type,
        "max_chars": q.max_chars,
        "max_items": q.max_items,
        "options": list(q.options),
        "exclusive_options": list(q.exclusive_options),
        "columns": list(q.columns),
        "rows": list(q.rows),
        "subfields": [_subfield_json(s) for s in q.subfields],
        "condition": q.condition.to_json() if q.condition else None,
        "help": list(q.help),
        "preamble": list(q.preamble),
        "parent": q.parent,
        "integer": q.integer,
        "min": q.min,
        "max": q.max,
        "condition_text": q.condition_text,
        "quirks": [{"kind": x.kind, "printed": x.printed, "means": x.means, "note": x.note} for x in q.quirks],
    }


def form_as_json(form: Form) -> dict[str, Any]:
    """The whole form as `naravard forms show FORM_ID --json` prints it."""
    return {
        "id": form.id,
        "title": form.title,
        "deadline": form.deadline,
        "sections": [
            {
                "title": s.title,
                "questions": [question_as_json(q) for q in s.questions],
                "id": s.id,
                "part": (lambda p: {"id": p.id, "title": p.title} if p else None)(form.part(s.part)),
                "intro": list(s.intro),
            }
            for s in form.sections
        ],
        "revision": form.revision,
        "year": form.year,
        "publisher": form.publisher,
        "region_prompt": form.region_prompt,
        "intro": list(form.intro),
        "parts": [{"id": p.id, "title": p.title, "intro": list(p.intro)} for p in form.parts],
        "previous_form": form.previous_form,
        "mapping": dict(form.mapping),
    }

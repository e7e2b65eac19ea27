"""The answers interchange format `naravard-answers/1` (docs/answers-format.md)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from naravard_desktop.core.answers import InvalidValue, UnknownField, field_refs, is_empty, normalise_value, resolve_key
from naravard_desktop.core.forms import Form
from naravard_desktop.core.store import DraftStore

ANSWERS_FORMAT = "naravard-answers/1"


class AnswersFileError(ValueError):
    """An answers file that cannot be imported; nothing was written."""


def read_answers_file(path: Path) -> dict[str, Any]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise AnswersFileError(f"{path}: kan inte läsas ({exc.strerror})") from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise AnswersFileError(f"{path}: filen är inte UTF-8-text") from None
    except json.JSONDecodeError as exc:
        raise AnswersFileError(f"{path}: ogiltig JSON på rad {exc.lineno}, kolumn {exc.colno}: {exc.msg}") from None
    if not isinstance(data, dict):
        raise AnswersFileError(f"{path}: filen ska innehålla ett JSON-objekt")
    return data


def parse_answers(form: Form, data: dict[str, Any]) -> dict[str, Any]:
    """Validate a parsed answers document against the form; field key → value.

    Raises AnswersFileError naming the first bad key; labels are turned into the form's
    own labels. Values of null clear a field.
    """
    if data.get("format") != ANSWERS_FORMAT:
        raise AnswersFileError(f"okänt format {data.get('format')!r}; förväntade {ANSWERS_FORMAT!r}")
    if data.get("form") != form.id:
        raise AnswersFileError(f"filen gäller formuläret {data.get('form')!r}, utkastet formuläret {form.id!r}")
    answers = data.get("answers")
    if not isinstance(answers, dict):
        raise AnswersFileError("'answers' ska vara ett JSON-objekt")
    result: dict[str, Any] = {}
    for key, value in answers.items():
        try:
            ref = resolve_key(form, key)
            normalised = normalise_value(ref, value)
        except (UnknownField, InvalidValue) as exc:
            raise AnswersFileError(str(exc)) from None
        if ref.key in result:
            raise AnswersFileError(f"'{key}': samma fält förekommer två gånger")
        result[ref.key] = normalised
    return result


def import_answers(store: DraftStore, form: Form, draft_id: str, data: dict[str, Any], *, replace: bool = False) -> int:
    """Set the answers in `data` (all or nothing); with replace, clear the others. Returns fields changed."""
    parsed = parse_answers(form, data)
    if replace:
        for key in store.current_values(draft_id):
            parsed.setdefault(key, None)
    return len(store.set_values(draft_id, parsed, kind="import"))


def export_answers(store: DraftStore, form: Form, draft_id: str) -> dict[str, Any]:
    """Every stored answer (parked ones too) in form order, with the form's labels."""
    values = store.current_values(draft_id)
    answers: dict[str, Any] = {}
    for ref in field_refs(form):
        value = values.get(ref.key)
        if not is_empty(value) or (value is False and ref.subfield is not None):
            answers[ref.key] = value
    return {"format": ANSWERS_FORMAT, "form": form.id, "answers": answers}


def dump_answers(doc: dict[str, Any]) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"

"""The answers interchange format `naravard-answers/1` (docs/answers-format.md)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from naravard_desktop.core.forms.answers import (
    InvalidValue,
    UnknownField,
    field_refs,
    is_empty,
    normalise_value,
    number_problem,
    resolve_key,
)
from naravard_desktop.core.forms.model import Form
from naravard_desktop.core.storage.store import DraftStore
from naravard_desktop.core.untrusted import UntrustedInputError, dumps_valid, loads_strict, read_capped

ANSWERS_FORMAT = "naravard-answers/1"


class AnswersFileError(ValueError):
    """An answers file that cannot be imported; nothing was written."""


#: An answers file of the whole 2024 form is about 60 KB; this leaves a wide margin and
#: never reads a device or a runaway file into memory.
MAX_ANSWERS_FILE_BYTES = 32 * 1024 * 1024


def read_answers_file(path: Path) -> dict[str, Any]:
    """Read an answers file strictly (core/untrusted.py): size cap, BOM accepted,
    duplicate keys, NaN/Infinity, huge numbers and lone surrogates refused."""
    try:
        if path.is_dir():
            raise AnswersFileError("är en katalog, ingen svarsfil")
        raw = read_capped(path, MAX_ANSWERS_FILE_BYTES)
    except OSError as exc:
        raise AnswersFileError(f"kan inte läsas ({exc.strerror})") from None
    except UntrustedInputError as exc:
        raise AnswersFileError(str(exc)) from None
    try:
        data = loads_strict(raw)
    except UntrustedInputError as exc:
        raise AnswersFileError(str(exc)) from None
    if not isinstance(data, dict):
        raise AnswersFileError("filen ska innehålla ett JSON-objekt")
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
    """Set the answers in `data` (all or nothing); with replace, clear the others. Returns fields changed.

    A field whose co-writers' versions clash keeps clashing: the imported value joins the
    conflict as one more version (as typing in the editor does) instead of silently
    ending it with only the shown version, so nobody's text drops out of the current
    value unseen. `naravard resolve` is the one way to end a conflict.
    """
    parsed = parse_answers(form, data)
    if replace:
        for key in store.current_values(draft_id):
            parsed.setdefault(key, None)
    return len(store.set_values(draft_id, parsed, kind="import", keep_conflicts=True))


def export_answers(store: DraftStore, form: Form, draft_id: str) -> dict[str, Any]:
    """Every stored answer (parked ones too) in form order, with the form's labels."""
    values = store.current_values(draft_id)
    answers: dict[str, Any] = {}
    for ref in field_refs(form):
        value = values.get(ref.key)
        if number_problem(value) is not None:
            continue  # NaN or huge, stored by an old version: `check` names it; an import would refuse it
        if not is_empty(value) or (value is False and ref.subfield is not None):
            answers[ref.key] = value
    return {"format": ANSWERS_FORMAT, "form": form.id, "answers": answers}


def dump_answers(doc: dict[str, Any]) -> str:
    return dumps_valid(doc, ensure_ascii=False, indent=2) + "\n"

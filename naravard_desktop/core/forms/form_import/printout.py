"""Answers from a filled printout of the web form (.html, .md, .docx).

The printout is recognised like a questionnaire; its questions are paired with the
draft's form by what they say (`mapping.py`), so a printout of the same form lines up
question for question and a printout of last year's form is carried like "Ny omgång".
The result is a `naravard-answers/1` document that goes through the same all-or-nothing
import as an answers file.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from naravard_desktop.core.forms.form_import import DocumentError, recognise_document
from naravard_desktop.core.forms.form_import.mapping import Pairing, propose_mapping
from naravard_desktop.core.forms.form_import.recognise import Review, display
from naravard_desktop.core.forms.model import Form, FormError, parse_form
from naravard_desktop.core.submission.carry import convert_value, field_mapping
from naravard_desktop.core.sync.interchange import ANSWERS_FORMAT, AnswersFileError


@dataclass
class PrintoutAnswers:
    document: dict[str, Any]  # naravard-answers/1
    inferred: list[Review]  # answers concluded from follow-ups, not seen as ticks
    review: list[Pairing]  # pairings that are not certain


def _question(form: Form, key: str) -> Any:
    q = form.question(key.split(" / ")[0])
    assert q is not None
    return q, (q.subfield(key) if " / " in key else None)


def answers_from_printout(path: Path, form: Form) -> PrintoutAnswers:
    """Raises AnswersFileError (one line) when the printout cannot be read or an answer
    in it has no place in the form."""
    try:
        recognised = recognise_document(path, filled=True)
        printed = parse_form({**recognised.form, "id": "utskrift"}, path.name)
    except (DocumentError, FormError) as exc:
        raise AnswersFileError(str(exc).removeprefix(f"{path.name}: ")) from None
    proposal = propose_mapping(form, printed)
    paired_form = dataclasses.replace(form, previous_form=printed.id, mapping=proposal.mapping)
    mapping = field_mapping(paired_form, printed)
    used = set(mapping.values())
    for old_key, value in recognised.answers.items():
        if old_key not in used and value not in (None, "", [], {}):
            number = old_key.split(" / ")[0]
            what = f"fråga {display(number)}" if " / " not in old_key else f"fältet ”{old_key}”"
            hint = (
                f" (är det förra årets utskrift? Läs in den i ett utkast för {form.previous_form} och starta en ny omgång från det)"
                if form.previous_form
                else ""
            )
            raise AnswersFileError(f"{what} i utskriften motsvarar inget fält i formuläret {form.id}{hint}")
    answers: dict[str, Any] = {}
    for new_key, old_key in mapping.items():
        value = recognised.answers.get(old_key)
        if value is None:
            continue
        converted, problems = convert_value(_question(form, new_key), _question(printed, old_key), value)
        if problems:
            raise AnswersFileError(f"'{new_key}': {problems[0]}")
        if converted is not None:
            answers[new_key] = converted
    inferred = [
        Review(next((n for n, o in mapping.items() if o == r.question), r.question), r.field, r.message)
        for r in recognised.inferred
        if r.question in used
    ]
    document = {"format": ANSWERS_FORMAT, "form": form.id, "answers": answers}
    return PrintoutAnswers(document, inferred, [p for p in proposal.pairings if p.needs_review])

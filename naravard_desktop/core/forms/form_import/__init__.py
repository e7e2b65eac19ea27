"""A new year's questionnaire from the documents a region has: Word (.docx), the web
form's saved page (.html/.htm) or its Markdown conversion (.md). See docs/forms-import.md.

    result = import_form(Path("enkat-2025.docx"), previous=registry.get("sos-gnv-regioner-2024"))
    result.form      # the validated Form; result.data is its JSON
    result.review    # guesses a person should look at

One reader per format turns the document into blocks (`blocks.py`), one recogniser turns
blocks into a form (`recognise.py`), the form loader validates it, `mapping.py` pairs it
with last year's form.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from naravard_desktop.core.forms.form_import.blocks import MAX_FILE_BYTES, Block, DocumentError
from naravard_desktop.core.forms.form_import.mapping import MappingProposal, Pairing, propose_mapping
from naravard_desktop.core.forms.form_import.recognise import Recognised, Review, display, recognise
from naravard_desktop.core.forms.labels import label_key
from naravard_desktop.core.forms.model import Form, FormError, parse_form

__all__ = [
    "DocumentError",
    "FormImport",
    "Pairing",
    "Review",
    "SUFFIXES",
    "import_form",
    "read_document",
    "recognise_document",
]

SUFFIXES = (".docx", ".html", ".htm", ".md", ".markdown")


def read_document(path: Path) -> list[Block]:
    """The document's blocks; DocumentError (one line) if it cannot be read."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise DocumentError(f"{path.name}: okänt filformat '{suffix or 'utan ändelse'}' (läser .docx, .html, .htm och .md)")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise DocumentError(f"{path}: kan inte läsas ({exc.strerror})") from None
    if size > MAX_FILE_BYTES:
        raise DocumentError(f"{path.name}: filen är för stor ({size // 1_000_000} MB; högst {MAX_FILE_BYTES // 1_000_000} MB)")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"{path}: kan inte läsas ({exc.strerror})") from None
    if not data.strip():
        raise DocumentError(f"{path.name}: filen är tom")
    try:
        if suffix == ".docx":
            from naravard_desktop.core.forms.form_import.read_docx import read_docx

            return read_docx(data)
        if suffix in (".html", ".htm"):
            from naravard_desktop.core.forms.form_import.read_html import read_html

            return read_html(data)
        from naravard_desktop.core.forms.form_import.read_md import read_markdown

        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise DocumentError("filen är inte UTF-8-text") from None
        return read_markdown(text)
    except DocumentError as exc:
        raise DocumentError(f"{path.name}: {exc}") from None
    except (ValueError, KeyError, IndexError, TypeError, AttributeError, LookupError, RecursionError, MemoryError) as exc:
        # A damaged file: say so in one line, never a traceback.
        raise DocumentError(f"{path.name}: filen är skadad eller inte en {suffix}-fil ({exc.__class__.__name__})") from None


def recognise_document(path: Path, **options: Any) -> Recognised:
    """Read and recognise a document; DocumentError when no questions are found."""
    recognised = recognise(read_document(path), **options)
    if not recognised.form:
        raise DocumentError(f"{path.name}: inga frågor hittades (en fråga börjar med sitt nummer, t.ex. ”12.” eller ”1 a.”)")
    return recognised


@dataclass
class FormImport:
    form: Form
    data: dict[str, Any]  # the form file's JSON
    review: list[Review]
    answers: dict[str, Any]  # what a filled printout shows (empty for a blank questionnaire)
    proposal: MappingProposal | None = None
    inferred: list[Review] = field(default_factory=list)
    previous: Form | None = None

    def by_type(self) -> dict[str, int]:
        counts = Counter(q.type for q in self.form.questions())
        return dict(sorted(counts.items()))

    def report_json(self) -> dict[str, Any]:
        """The `forms import --json` contract (extra keys after the contract's)."""
        proposal = self.proposal
        return {
            "form": self.form.id,
            "questions": len(self.form.answerable_questions()),
            "by_type": self.by_type(),
            "review": [r.to_json() for r in self.all_review()],
            "mapping": dict(proposal.mapping) if proposal else {},
            "new": list(proposal.new) if proposal else [],
            "dropped": list(proposal.dropped) if proposal else [],
            "pairings": [p.to_json() for p in proposal.pairings] if proposal else [],
            "previous_form": self.form.previous_form,
        }

    def all_review(self) -> list[Review]:
        items = list(self.review)
        if self.proposal is not None:
            for p in self.proposal.pairings:
                if p.needs_review:
                    items.append(
                        Review(
                            p.new.split(" / ")[0], "mapping", f"parad med förra årets {_field_name(p.old)} (likhet {p.similarity:.0f} %)"
                        )
                    )
            for key, why in self.proposal.unpaired_subfields:
                items.append(Review(key.split(" / ")[0], "mapping", f"delfältet ”{key.split(' / ', 1)[1]}”: {why}"))
            items.extend(self._lost_labels())
        order = {q.number: k for k, q in enumerate(self.form.questions())}
        return sorted(items, key=lambda r: order.get(r.question or "", -1))

    def _lost_labels(self) -> list[Review]:
        """Options, rows and columns of last year's paired question that this year's lacks:
        an answer that chose them is not carried (core/submission/carry.py matches labels)."""
        out: list[Review] = []
        if self.proposal is None or self.previous is None:
            return out
        for p in self.proposal.pairings:
            if " / " in p.new:
                continue
            new_q, old_q = self.form.question(p.new), self.previous.question(p.old)
            if new_q is None or old_q is None:
                continue
            for name, what in (("options", "alternativet"), ("rows", "raden"), ("columns", "kolumnen")):
                now = {label_key(x) for x in getattr(new_q, name)}
                for label in getattr(old_q, name):
                    if label_key(label) not in now:
                        out.append(
                            Review(
                                p.new,
                                "mapping",
                                f"{what} ”{label}” i förra årets fråga {display(p.old)} finns inte i år; svar med det förs inte över",
                            )
                        )
        return out


def _field_name(key: str) -> str:
    if " / " in key:
        number, rest = key.split(" / ", 1)
        return f"fråga {display(number)}, ”{rest}”"
    return f"fråga {display(key)}"


def import_form(
    path: Path,
    *,
    form_id: str | None = None,
    title: str | None = None,
    year: int | None = None,
    deadline: str | None = None,
    previous: Form | None = None,
) -> FormImport:
    """Recognise a questionnaire document and validate it as a form file.

    Raises DocumentError (unreadable, unknown format, no questions) or FormError (the
    recognised form does not pass the loader — a bug or a very odd document).
    """
    recognised = recognise_document(path, title=title, year=year, deadline=deadline, form_id=form_id)
    data = recognised.form
    name = f"{data['id']}.json"
    form = parse_form(data, name)
    proposal = None
    if previous is not None:
        if previous.id == form.id:
            raise FormError(name, f"föregående formulär '{previous.id}' har samma id som det nya; ange ett annat --id", None, "id")
        proposal = propose_mapping(form, previous)
        data["previous_form"] = previous.id
        data["mapping"] = proposal.mapping
        form = parse_form(data, name)
    return FormImport(form, data, recognised.review, recognised.answers, proposal, recognised.inferred, previous)

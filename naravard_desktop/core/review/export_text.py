"""Plain-text and Markdown exports of a whole draft, in form order, for mailing.

Both read the same document model as the review PDF (core/review/document.py): effective
answers only (an unmet condition prints "Ej aktuell (villkor ej uppfyllt)"), counts with
over-limit flags, every option marked, conflicts with every version. Comments are review
data and stay out; the PDF carries them.
"""

from __future__ import annotations

import re

from naravard_desktop.core.forms.model import Form
from naravard_desktop.core.review.document import (
    CHECKED,
    NOT_ASKED,
    UNANSWERED,
    UNCHECKED,
    DraftDocument,
    FieldDoc,
    QuestionDoc,
    build_document,
)
from naravard_desktop.core.storage.store import DraftStore
from naravard_desktop.core.times import local_time

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|&])")
_MD_LINE_START = re.compile(r"^(\s*)(#|>|=+\s*$|-{3,}\s*$)")


def _header_lines(doc: DraftDocument) -> list[str]:
    s = doc.summary
    lines = [
        doc.form.title,
        f"{doc.draft.region or 'Region ej angiven'} – {doc.draft.title}",
        f"Utskrivet {doc.generated_at.strftime('%Y-%m-%d %H:%M')} · UTKAST",
        f"Besvarade frågor: {s.answered} av {s.asked} · Över teckengränsen: {_listed(s.over_limit, s.over_limit_questions)} · "
        f"Konflikter: {_listed(s.conflicts, s.conflict_questions)} · Parkerade svar: {s.parked} (tas inte med)",
    ]
    return lines


def _listed(count: int, numbers: tuple[str, ...]) -> str:
    return f"{count} (fråga {', '.join(numbers)})" if count and numbers else str(count)


def _count_note(f: FieldDoc) -> str:
    if not f.count_text:
        return ""
    if f.over_by:
        return f"({f.count_text} – ÖVER GRÄNSEN, {f.over_text})"
    return f"({f.count_text})"


# -- plain text -----------------------------------------------------------------------


class _Text:
    def __init__(self) -> None:
        self.out: list[str] = []

    def field(self, f: FieldDoc, label: str | None = None, indent: str = "") -> None:
        if label:
            self.out.append(f"{indent}{label}")
        if f.conflict:
            self.out.append(f"{indent}KONFLIKT – {len(f.conflict)} versioner:")
            for i, v in enumerate(f.conflict, 1):
                self.out.append(f"{indent}  Version {i} ({v.editor}, {local_time(v.created_at, seconds=False)}):")
                self.out.extend(f"{indent}    {line}" for line in (v.text or "(tomt)").split("\n"))
            return
        if f.kind == "checkbox":
            self.out.append(f"{indent}{CHECKED if f.value else UNCHECKED} {f.label}")
            return
        if not f.text:
            self.out.append(f"{indent}{UNANSWERED}")
            return
        self.out.extend(f"{indent}{line}" if line else "" for line in f.text.replace("\r\n", "\n").split("\n"))
        if f.count_text:
            self.out.append(f"{indent}{_count_note(f)}")

    def question(self, q: QuestionDoc) -> None:
        self.out.append("")
        self.out.append(f"{q.number_label}  {q.text}")
        if q.condition_text:
            self.out.append(f"[Villkor: {q.condition_text} – {'uppfyllt' if q.asked else 'ej uppfyllt'}]")
        if q.is_group:
            return
        if not q.asked:
            self.out.append(NOT_ASKED)
            return
        assert q.answer is not None
        self.out.append("")
        if q.options:
            if q.answer.conflict:
                self.field(q.answer)
            for o in q.options:
                self.out.append(f"{CHECKED if o.chosen else UNCHECKED} {o.label}")
                if o.detail is not None:
                    self.field(o.detail, indent="    ")
        elif q.rows:
            if q.answer.conflict:
                self.field(q.answer)
            for row in q.rows:
                self.out.append(f"{row.label} – {row.column or UNANSWERED}")
                for d in row.details:
                    self.field(d, label=d.label, indent="    ")
        else:
            self.field(q.answer)
        for extra in q.extras:
            self.field(extra, label=None if extra.kind == "checkbox" else extra.label)
        self.out.extend(f"Att åtgärda: {message}" for message in q.problems)


def render_text(doc: DraftDocument) -> str:
    """The draft as plain UTF-8 text, LF line breaks."""
    t = _Text()
    t.out.extend(_header_lines(doc))
    for new_part, section in doc.sections_with_parts():
        if new_part:
            t.out += ["", "=" * 72, new_part, "=" * 72]
        t.out += ["", section.title, "-" * len(section.title)]
        for q in section.questions:
            t.question(q)
    return "\n".join(t.out).rstrip("\n") + "\n"


# -- Markdown -------------------------------------------------------------------------


def md_escape(text: str) -> str:
    """User text as Markdown that renders literally; line breaks kept (two trailing spaces)."""
    lines = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = _MD_SPECIAL.sub(r"\\\1", line)
        line = _MD_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), line)
        lines.append(line)
    out = []
    for i, line in enumerate(lines):
        following = lines[i + 1] if i + 1 < len(lines) else ""
        out.append(line + "  " if line.strip() and following.strip() else line)
    return "\n".join(out)


class _Markdown:
    def __init__(self) -> None:
        self.out: list[str] = []

    def field(self, f: FieldDoc, label: str | None = None) -> None:
        if label:
            self.out += [f"*{md_escape(label)}*", ""]
        if f.conflict:
            self.out += [f"**KONFLIKT – {len(f.conflict)} versioner**", ""]
            for i, v in enumerate(f.conflict, 1):
                self.out += [f"Version {i} ({md_escape(v.editor)}, {local_time(v.created_at, seconds=False)}):", ""]
                self.out += ["> " + line if line else ">" for line in md_escape(v.text or "(tomt)").split("\n")]
                self.out.append("")
            return
        if f.kind == "checkbox":
            self.out += [f"- [{'x' if f.value else ' '}] {md_escape(f.label or '')}", ""]
            return
        if not f.text:
            self.out += [f"_{UNANSWERED}_", ""]
            return
        self.out += [md_escape(f.text), ""]
        if f.count_text:
            note = _count_note(f)
            self.out += [f"**{note}**" if f.over_by else f"_{note}_", ""]

    def question(self, q: QuestionDoc) -> None:
        self.out += [f"### {md_escape(q.number_label)}  {md_escape(q.text)}", ""]
        if q.condition_text:
            self.out += [f"_Villkor: {md_escape(q.condition_text)} – {'uppfyllt' if q.asked else 'ej uppfyllt'}_", ""]
        if q.is_group:
            return
        if not q.asked:
            self.out += [f"**{NOT_ASKED}**", ""]
            return
        assert q.answer is not None
        if q.options:
            if q.answer.conflict:
                self.field(q.answer)
            for o in q.options:
                self.out.append(f"- [{'x' if o.chosen else ' '}] {md_escape(o.label)}")
            self.out.append("")
            for o in q.options:
                if o.detail is not None:
                    self.field(o.detail, label=o.detail.label)
        elif q.rows:
            if q.answer.conflict:
                self.field(q.answer)
            self.out.append("| | " + " | ".join(md_escape(c) for c in q.columns) + " |")
            self.out.append("|---|" + "---|" * len(q.columns))
            for row in q.rows:
                cells = [CHECKED if row.column == c else UNCHECKED for c in q.columns]
                self.out.append(f"| {md_escape(row.label)} | " + " | ".join(cells) + " |")
            self.out.append("")
            for row in q.rows:
                for d in row.details:
                    self.field(d, label=f"{row.label} – {d.label}")
        else:
            self.field(q.answer)
        for extra in q.extras:
            self.field(extra, label=None if extra.kind == "checkbox" else extra.label)
        self.out += [f"**Att åtgärda:** {md_escape(message)}\n" for message in q.problems]


def render_markdown(doc: DraftDocument) -> str:
    m = _Markdown()
    header = _header_lines(doc)
    m.out += [f"# {md_escape(header[0])}", ""] + [md_escape(line) + "  " for line in header[1:-1]] + [md_escape(header[-1]), ""]
    for new_part, section in doc.sections_with_parts():
        if new_part:
            m.out += [f"# {md_escape(new_part)}", ""]
        m.out += [f"## {md_escape(section.title)}", ""]
        for q in section.questions:
            m.question(q)
    return "\n".join(m.out).rstrip("\n") + "\n"


def render_readable(store: DraftStore, form: Form, draft_id: str, fmt: str) -> str:
    """`answers export --format txt|md`: the whole draft, readable."""
    document = build_document(store, form, draft_id)
    return render_markdown(document) if fmt == "md" else render_text(document)

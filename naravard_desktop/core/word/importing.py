"""`word import`: a .docx that came back becomes revisions, merged exactly as a bundle is.

What the document says is read field by field (texts with tracked changes accepted,
ticks, matrices). A field that differs from the embedded base becomes a revision by the
document's editor on top of the heads it was exported from; comments become threads and
replies. The revisions go through `import_bundle`, so the three-way merge, the conflicts
that keep both versions and the summary are the bundle import's own. Revision ids are
content hashes of what the file says, so importing the same file again changes nothing.

A .docx not made by `word export` is matched by the content controls' field keys (tags)
when it has them, else by question numbers and labels; its answers have no base, so they
arrive as proposals (in empty fields) or conflicts, never over another's text.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from naravard_desktop.core.forms.answers import FieldRef, InvalidValue, UnknownField, field_refs, is_empty, normalise_value, resolve_key
from naravard_desktop.core.forms.labels import match_label
from naravard_desktop.core.forms.model import Form, FormRegistry, Question, normalise_number
from naravard_desktop.core.review.comments import REPLY_PREFIX, STATE_PREFIX, THREAD_PREFIX, Review, make_anchor_context, thread_id_of
from naravard_desktop.core.storage.store import (
    STAMP_FORMAT,
    Draft,
    DraftNotFound,
    DraftStore,
    Editor,
    Revision,
    canonical_json,
    later_than,
    utc_now,
)
from naravard_desktop.core.sync.bundles import Bundle, BundleError, ImportSummary, import_bundle
from naravard_desktop.core.word.base import ExportedComment, WordBase, WordError
from naravard_desktop.core.word.ooxml import BOOKMARK, TICKS, UNCHECKED, w, w14, w15
from naravard_desktop.core.word.reading import DocxParts, read_docx

WORD_KIND = "word"
DEFAULT_EDITOR = "Word-fil"

MATCHED_EXPORT, MATCHED_TAGS, MATCHED_LABELS = "export", "tags", "labels"


@dataclass
class WordImportSummary(ImportSummary):
    """The bundle import's summary, plus what only a Word file can bring."""

    editor: str = ""
    matched_by: str = MATCHED_EXPORT
    tracked_changes: bool = False
    skipped: list[str] = field(default_factory=list)

    def lines(self, form: Form, title: str, *, cli_hint: bool = True) -> list[str]:
        lines = super().lines(form, title, cli_hint=cli_hint)
        if self.nothing_new and lines:
            lines[0] = f"inget nytt: allt i Word-filen fanns redan i utkastet {self.draft_id}"
        extra = []
        if not self.nothing_new:
            extra.append(f"ändringarna är gjorda av {self.editor}")
        if self.matched_by != MATCHED_EXPORT:
            how = "innehållskontrollernas fältnycklar" if self.matched_by == MATCHED_TAGS else "frågenummer och etiketter"
            extra.append(f"filen är inte exporterad ur Närvård desktop: svaren matchades via {how} och kom in som förslag")
        if self.tracked_changes:
            extra.append("filen hade spårade ändringar; de är inlästa som godkända")
        extra.extend(f"inte inläst: {s}" for s in self.skipped)
        return lines + extra

    def to_json(self) -> dict[str, Any]:
        data = super().to_json()
        data.update(editor=self.editor, matched_by=self.matched_by, tracked_changes=self.tracked_changes, skipped=self.skipped)
        return data


def word_editor(name: str) -> Editor:
    """The same person gets the same editor id on every machine and every import."""
    return Editor("word-" + hashlib.sha256(name.casefold().encode("utf-8")).hexdigest()[:24], name)


def _hash(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]


def _stamp(text: str) -> str | None:
    """A W3CDTF/ISO time from the file as a revision time, or None."""
    text = (text or "").strip()
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime(STAMP_FORMAT)


# -- text of the document ------------------------------------------------------------------

_SKIP = {w("del"), w("moveFrom"), w("delText"), w("instrText"), w("rPr"), w("sdtPr"), w("tblPr"), w("trPr"), w("tcPr"), w("sectPr")}
_TRACKED = {w("ins"), w("del"), w("moveFrom"), w("moveTo")}


class _Text:
    """Text of paragraphs with tracked changes accepted; comment ranges' text collected."""

    def __init__(self) -> None:
        self.tracked = False
        self.open_ranges: dict[str, list[str]] = {}
        self.quotes: dict[str, str] = {}

    def _emit(self, out: list[str], text: str) -> None:
        out.append(text)
        for pieces in self.open_ranges.values():
            pieces.append(text)

    def paragraph(self, p: Any) -> tuple[str, bool]:
        """(text, whether the paragraph mark was deleted as a tracked change)."""
        out: list[str] = []
        mark_deleted = False
        ppr = p.find(w("pPr"))
        if ppr is not None:
            rpr = ppr.find(w("rPr"))
            if rpr is not None:
                if rpr.find(w("del")) is not None:
                    mark_deleted = True
                    self.tracked = True
                if rpr.find(w("ins")) is not None:
                    self.tracked = True
        self._walk(p, out)
        return "".join(out), mark_deleted

    def _walk(self, el: Any, out: list[str]) -> None:
        for child in el:
            tag = child.tag
            if not isinstance(tag, str):
                continue
            if tag in _TRACKED:
                self.tracked = True
            if tag in _SKIP or tag == w("pPr"):
                continue
            if tag == w("t"):
                self._emit(out, child.text or "")
            elif tag == w("tab"):
                self._emit(out, "\t")
            elif tag in (w("br"), w("cr")):
                self._emit(out, "\n")
            elif tag == w("noBreakHyphen"):
                self._emit(out, "\u2011")
            elif tag == w("commentRangeStart"):
                self.open_ranges[str(child.get(w("id")))] = []
            elif tag == w("commentRangeEnd"):
                cid = str(child.get(w("id")))
                if cid in self.open_ranges:
                    self.quotes[cid] = "".join(self.open_ranges.pop(cid)).strip()
            elif tag.startswith(f"{{{w('')[1:-1]}}}") or tag.startswith("{http://schemas.openxmlformats.org/wordprocessingml"):
                self._walk(child, out)

    def paragraphs(self, container: Any) -> str:
        """The text of every paragraph under `container`, one line each (a deleted mark joins)."""
        text = ""
        paras = [p for p in container.iter(w("p"))]
        for i, p in enumerate(paras):
            line, joined = self.paragraph(p)
            text += line
            if i < len(paras) - 1 and not joined:
                text += "\n"
                for pieces in self.open_ranges.values():
                    pieces.append("\n")
        return text


def _ticked(cell: Any, text: str) -> bool:
    if any(ch in TICKS for ch in text):
        return True
    if UNCHECKED in text:
        return False
    for el in cell.iter(w14("checked")):
        if (el.get(w14("val")) or "").lower() in ("1", "true", "on"):
            return True
    return False


# -- what the document says, per field -----------------------------------------------------


@dataclass
class _Read:
    values: dict[str, Any] = field(default_factory=dict)  # field key → value read (None = empty)
    texts: dict[str, str] = field(default_factory=dict)  # text field key → text as in the file
    comment_places: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)  # comment id → (question, field)
    quotes: dict[str, str] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)
    tracked: bool = False


def _bookmarks(el: Any) -> list[str]:
    return [str(b.get(w("name"))) for b in el.iter(w("bookmarkStart")) if BOOKMARK.match(str(b.get(w("name"))))]


def _comment_starts(el: Any) -> list[str]:
    return [str(c.get(w("id"))) for c in el.iter(w("commentRangeStart"))]


class _ExportedReader:
    """A file made by `word export`: rows found by their bookmarks, fields by the base."""

    def __init__(self, form: Form, base: WordBase):
        self.form = form
        self.base = base
        self.text = _Text()
        self.read = _Read()
        self.ticks: dict[str, dict[int, list[bool]]] = {}  # key → option/row index → ticks

    def run(self, body: Any) -> _Read:
        question: str | None = None
        for el in body.iter(w("p"), w("tr")):
            if el.tag == w("p"):
                if el.xpath("ancestor::w:tr", namespaces={"w": w("")[1:-1]}):
                    continue
                for name in _bookmarks(el):
                    m = BOOKMARK.match(name)
                    if m and m.group("question"):
                        question = m.group("question")
                self.text.paragraph(el)
                for cid in _comment_starts(el):
                    self.read.comment_places[cid] = (question, None)
            else:
                question = self._row(el, question) or question
        self.read.quotes = self.text.quotes
        self.read.tracked = self.text.tracked
        self._settle_ticks()
        return self.read

    def _row(self, tr: Any, question: str | None) -> str | None:
        cells = list(tr.iter(w("tc")))
        marked = [(c, _bookmarks(c)) for c in cells]
        names = [n for _, ns in marked for n in ns]
        m = BOOKMARK.match(names[0]) if names else None
        if m is None or m.group("field") is None:
            for c in cells:
                self.text.paragraphs(c)
                for cid in _comment_starts(c):
                    self.read.comment_places[cid] = (question, None)
            return None
        index = int(m.group("field"))
        if index >= len(self.base.fields):
            return None
        key = self.base.fields[index].key
        q_number = key.split(" / ")[0]
        free = [c for c, ns in marked if not ns]
        for c, ns in marked:
            if ns:
                self.text.paragraphs(c)
                for cid in _comment_starts(c):
                    self.read.comment_places[cid] = (q_number, None)
        texts = []
        for c in free:
            texts.append(self.text.paragraphs(c))
            for cid in _comment_starts(c):
                self.read.comment_places[cid] = (q_number, key)
        if m.group("option") is not None or m.group("row") is not None:
            sub = int(m.group("option") if m.group("option") is not None else m.group("row"))
            self.ticks.setdefault(key, {})[sub] = [_ticked(c, t) for c, t in zip(free, texts, strict=True)]
        elif free:
            self.read.texts[key] = texts[0]
            self._field_text(key, texts[0], free[0])
        return q_number

    def _field_text(self, key: str, text: str, cell: Any) -> None:
        try:
            ref = resolve_key(self.form, key)
        except UnknownField:
            self.read.skipped.append(f"{key}: fältet finns inte i formuläret")
            return
        kind = ref.subfield.type if ref.subfield is not None else ref.question.type
        if kind == "checkbox":
            self.read.values[key] = True if _ticked(cell, text) else None
        elif kind in ("number", "percent"):
            self._number(ref, text)
        else:
            self.read.values[key] = text if text else None

    def _number(self, ref: FieldRef, text: str) -> None:
        value = parse_number(text, integer=ref.question.integer)
        if value is _BAD:
            self.read.skipped.append(f"{ref.label}: ”{text.strip()[:40]}” är inget tal")
        else:
            self.read.values[ref.key] = value

    def _settle_ticks(self) -> None:
        for key, by_index in self.ticks.items():
            q = self.form.question(key)
            if q is None:
                continue
            if q.type in ("single", "multi"):
                chosen = [q.options[i] for i, ticks in sorted(by_index.items()) if i < len(q.options) and any(ticks)]
                self._choice(q, chosen)
            elif q.type == "matrix":
                self._matrix(q, {q.rows[i]: ticks for i, ticks in by_index.items() if i < len(q.rows)})

    def _choice(self, q: Question, chosen: list[str]) -> None:
        if q.type == "single":
            if len(chosen) > 1:
                self.read.skipped.append(f"fråga {q.display_number}: flera alternativ kryssade ({', '.join(chosen)}); bara ett får väljas")
                return
            self.read.values[q.number] = chosen[0] if chosen else None
        else:
            self.read.values[q.number] = chosen or None

    def _matrix(self, q: Question, rows: dict[str, list[bool]]) -> None:
        value: dict[str, str] = {}
        for row, ticks in rows.items():
            cols = [q.columns[i] for i, t in enumerate(ticks) if t and i < len(q.columns)]
            if len(cols) > 1:
                self.read.skipped.append(f"fråga {q.display_number}, {row}: flera kolumner kryssade ({', '.join(cols)})")
                return
            if cols:
                value[row] = cols[0]
        self.read.values[q.number] = {r: value[r] for r in q.rows if r in value} or None


_BAD = object()


def parse_number(text: str, *, integer: bool) -> Any:
    """ "42", "42,5 %", "1 200" → a number; "" → None; anything else → _BAD."""
    cleaned = re.sub(r"[\s\u00a0\u202f%]", "", text).replace(",", ".").replace("\u2212", "-")
    if not cleaned:
        return None
    try:
        number = float(cleaned)
    except ValueError:
        return _BAD
    if number.is_integer() and ("." not in cleaned or integer):
        return int(number)
    return number


class _TagReader(_ExportedReader):
    """A file with our content controls but no base: fields by the controls' tags."""

    def __init__(self, form: Form):
        super().__init__(form, WordBase("", "", form.id, form.revision, "", "", None, ()))

    def run(self, body: Any) -> _Read:
        choice: dict[str, dict[int, list[bool]]] = {}
        for sdt in body.iter(w("sdt")):
            tag_el = sdt.find(f"{w('sdtPr')}/{w('tag')}")
            content = sdt.find(w("sdtContent"))
            if tag_el is None or content is None:
                continue
            tag = str(tag_el.get(w("val")) or "")
            parts = tag.split(" = ")
            text = self.text.paragraphs(content) if content.find(f".//{w('p')}") is not None else self._inline(content)
            try:
                ref = resolve_key(self.form, parts[0])
            except UnknownField:
                continue
            q = ref.question
            for cid in _comment_starts(content):
                self.read.comment_places[cid] = (q.number, ref.key if len(parts) == 1 and ref.is_text else None)
            if len(parts) == 1:
                self.read.texts[ref.key] = text
                self._field_text(ref.key, text, content)
            elif len(parts) == 2 and q.type in ("single", "multi"):
                label = match_label(parts[1], q.options)
                if label is not None:
                    choice.setdefault(q.number, {})[q.options.index(label)] = [_ticked(content, text)]
            elif len(parts) == 3 and q.type == "matrix":
                row, col = match_label(parts[1], q.rows), match_label(parts[2], q.columns)
                if row is not None and col is not None:
                    ticks = choice.setdefault(q.number, {}).setdefault(q.rows.index(row), [False] * len(q.columns))
                    ticks[q.columns.index(col)] = _ticked(content, text)
        self.ticks = choice
        self._settle_ticks()
        self.read.tracked = self.text.tracked
        self.read.quotes = self.text.quotes
        return self.read

    def _inline(self, content: Any) -> str:
        out: list[str] = []
        self.text._walk(content, out)
        return "".join(out)


class _LabelReader(_ExportedReader):
    """A blank questionnaire typed into: questions found by their numbers, answers by labels.

    The text after a question's heading (its number, then its text), minus the form's own
    lines (question text, help lines, option labels), is the answer to a text question;
    a line starting with a tick followed by an option label chooses that option.
    """

    NUMBER = re.compile(r"^\s*(?:(?P<word>Fråga\s+)?)(?P<number>\d{1,3}\s?[a-z]?)[.):]?(?:\s+|$)", re.IGNORECASE)

    def __init__(self, form: Form):
        super().__init__(form, WordBase("", "", form.id, form.revision, "", "", None, ()))

    def _heading(self, line: str) -> Question | None:
        """The question a line starts, or None: "Fråga 3", "3." alone, or "3. <the question's
        own text>" (an answer line like "3 kommuner …" or "1. …" in a list is no heading)."""
        m = self.NUMBER.match(line)
        if m is None:
            return None
        q = self.form.question(normalise_number(m.group("number")))
        if q is None or not q.answerable:
            return None
        rest = _flat(line[m.end() :])
        if m.group("word") or not rest or (q.text and rest[:25] == _flat(q.text)[:25]):
            return q
        return None

    def run(self, body: Any) -> _Read:
        current: Question | None = None
        collected: dict[str, list[str]] = {}
        for p in body.iter(w("p")):
            line, _ = self.text.paragraph(p)
            q = self._heading(line)
            if q is not None and q.number not in collected:
                current = q
                collected[q.number] = []
            elif current is not None:
                collected[current.number].append(line)
            for cid in _comment_starts(p):  # a comment belongs to the question it sits under
                if current is not None:
                    self.read.comment_places[cid] = (current.number, current.number if current.type == "text" else None)
        for number, body_lines in collected.items():
            q = self.form.question(number)
            assert q is not None
            if q.type == "text":
                kept = [ln for ln in body_lines if not _is_form_text(q, ln)]
                while kept and not kept[0].strip():
                    kept.pop(0)
                while kept and not kept[-1].strip():
                    kept.pop()
                if kept:
                    self.read.values[q.number] = "\n".join(kept)
                    self.read.texts[q.number] = "\n".join(kept)
            elif q.type in ("single", "multi"):
                chosen = []
                for ln in body_lines:
                    stripped = ln.strip()
                    if stripped[:1] in TICKS and stripped[:2] != "x ":
                        label = match_label(stripped[1:].strip(), q.options)
                        if label is not None and label not in chosen:
                            chosen.append(label)
                    elif stripped[:2] in ("x ", "X "):
                        label = match_label(stripped[2:].strip(), q.options)
                        if label is not None and label not in chosen:
                            chosen.append(label)
                if chosen:
                    self._choice(q, [o for o in q.options if o in chosen])
            elif q.type in ("number", "percent"):
                for ln in body_lines:
                    if ln.strip() and not _is_form_text(q, ln):
                        self._number(FieldRef(q.number, q), ln)
                        break
        self.read.tracked = self.text.tracked
        self.read.quotes = self.text.quotes
        return self.read


def _flat(text: str) -> str:
    return " ".join(text.split()).casefold()


def _is_form_text(q: Question, line: str) -> bool:
    flat = " ".join(line.split()).casefold()
    if not flat:
        return False
    own = [q.text, *q.help, *q.preamble, q.condition_text or "", *q.options, *q.columns, *q.rows]
    return any(flat == " ".join(t.split()).casefold() for t in own if t)


# -- comments --------------------------------------------------------------------------


@dataclass
class _Comment:
    id: str
    author: str
    date: str
    text: str
    para_id: str
    parent_para: str | None = None
    done: bool = False


def _comments(parts: DocxParts, text: _Text) -> list[_Comment]:
    if parts.comments is None:
        return []
    found: list[_Comment] = []
    for el in parts.comments.iter(w("comment")):
        paras = list(el.iter(w("p")))
        body = "\n".join(text.paragraph(p)[0] for p in paras).strip()
        para_id = str(paras[-1].get(w14("paraId")) or "") if paras else ""
        found.append(_Comment(str(el.get(w("id"))), " ".join((el.get(w("author")) or "").split()), el.get(w("date")) or "", body, para_id))
    if parts.comments_extended is not None:
        ext = {str(e.get(w15("paraId"))): e for e in parts.comments_extended.iter(w15("commentEx"))}
        for c in found:
            e = ext.get(c.para_id)
            if e is not None:
                c.parent_para = e.get(w15("paraIdParent"))
                c.done = e.get(w15("done")) in ("1", "true")
    return found


# -- the import ------------------------------------------------------------------------


def _same(a: Any, b: Any) -> bool:
    def norm(v: Any) -> Any:
        if isinstance(v, str):
            return v or None
        if v is False or (is_empty(v) and not isinstance(v, (int, float))):
            return None
        if isinstance(v, float) and v.is_integer():
            return int(v)
        return v

    return canonical_json(norm(a)) == canonical_json(norm(b))


@dataclass
class _Plan:
    draft: Draft
    form: Form
    editor: Editor
    stamp: str
    matched_by: str
    read: _Read
    revisions: list[Revision] = field(default_factory=list)


def _target(store: DraftStore, forms: FormRegistry, parts: DocxParts, draft_arg: str | None) -> tuple[Draft, Form]:
    base = parts.base
    if draft_arg:
        try:
            draft = store.draft(draft_arg)
        except DraftNotFound as exc:
            raise WordError(str(exc)) from None
    elif base is not None:
        try:
            draft = store.draft(base.draft_id)
        except DraftNotFound:
            raise WordError(
                f"filen är exporterad ur utkastet {base.draft_id[:8]} ({base.draft_title}), som inte finns här; "
                "läs in den i ett annat utkast med --draft ID"
            ) from None
        if draft.id != base.draft_id:
            raise WordError(f"filen är exporterad ur utkastet {base.draft_id}, som inte finns här; ange --draft ID")
    else:
        drafts = store.drafts()
        if len(drafts) != 1:
            raise WordError("filen är inte exporterad ur Närvård desktop och anger inget utkast; ange vilket med --draft ID")
        draft = drafts[0]
    form = forms.get(draft.form_id)
    if form is None:
        raise WordError(f"utkastet {draft.id} gäller formuläret '{draft.form_id}', som inte finns i den här installationen")
    if base is not None and base.form_id != form.id:
        raise WordError(f"filen gäller formuläret '{base.form_id}', men utkastet {draft.id[:8]} gäller '{form.id}'")
    return draft, form


def plan_import(
    store: DraftStore, forms: FormRegistry, parts: DocxParts, *, draft_id: str | None = None, editor_name: str | None = None
) -> _Plan:
    draft, form = _target(store, forms, parts, draft_id)
    base = parts.base
    name = " ".join((editor_name or "").split()) or parts.last_modified_by or (base.recipient if base else None) or DEFAULT_EDITOR
    stamp = _stamp(parts.modified) or utc_now()
    body = parts.document.find(w("body"))
    if body is None:
        raise WordError("dokumentet har ingen brödtext (filen är skadad)")
    if base is not None:
        reader: _ExportedReader = _ExportedReader(form, base)
        matched = MATCHED_EXPORT
    elif any(el.find(f"{w('sdtPr')}/{w('tag')}") is not None for el in body.iter(w("sdt"))):
        reader, matched = _TagReader(form), MATCHED_TAGS
    else:
        reader, matched = _LabelReader(form), MATCHED_LABELS
    read = reader.run(body)
    plan = _Plan(draft, form, word_editor(name), stamp, matched, read)
    same_draft = base is not None and base.draft_id == draft.id
    _answer_revisions(store, plan, base if same_draft else None, base)
    _comment_revisions(store, plan, parts, reader.text, base, same_draft)
    return plan


def _answer_revisions(store: DraftStore, plan: _Plan, base: WordBase | None, any_base: WordBase | None) -> None:
    heads = store.heads(plan.draft.id)
    order = {ref.key: i for i, ref in enumerate(field_refs(plan.form))}
    for key in sorted(plan.read.values, key=lambda k: order.get(k, len(order))):
        value = plan.read.values[key]
        try:
            ref = resolve_key(plan.form, key)
            value = normalise_value(ref, value) if value is not None else None
        except (UnknownField, InvalidValue) as exc:
            plan.read.skipped.append(str(exc))
            continue
        exported = any_base.field(key) if any_base is not None else None
        if exported is not None and _same(exported.value, value):
            continue  # unchanged in Word
        current = heads.get(key, [])
        if exported is None and (value is None or any(_same(r.value, value) for r in current)):
            continue  # nothing to propose, or the draft already says so
        parents: tuple[str, ...] = ()
        if base is not None and exported is not None and exported.heads:
            known = {r.id for r in store.history(plan.draft.id, key)}
            shown = exported.heads[-1]
            parents = (shown,) if shown in known else tuple(h for h in exported.heads if h in known)
        if value is None and not current:
            continue
        if value is None and ref.subfield is not None and ref.subfield.type == "checkbox":
            value = False
        plan.revisions.append(_revision(store, plan, key, value, parents, plan.editor, plan.stamp))


def _revision(store: DraftStore, plan: _Plan, key: str, value: Any, parents: tuple[str, ...], editor: Editor, stamp: str) -> Revision:
    """A revision newer than its parents; an identical earlier one (same editor, value and
    parents) is reused, so a second import of the same file finds it present."""
    history = store.history(plan.draft.id, key)
    for rev in history:
        if rev.editor_name == editor.name and tuple(sorted(parents)) == rev.parents and canonical_json(rev.value) == canonical_json(value):
            return rev
    newest = max((r.created_at for r in history if r.id in parents), default=None)
    created_at = later_than(newest, stamp) if newest else stamp
    return store.make_revision(plan.draft.id, key, value, parents, kind=WORD_KIND, editor=editor, created_at=created_at)


def _comment_revisions(store: DraftStore, plan: _Plan, parts: DocxParts, text: _Text, base: WordBase | None, same_draft: bool) -> None:
    """New Word comments → threads, replies → replies; the export's own comments are known
    by author and text and never imported again (into another draft neither: they are the
    other draft's)."""
    comments = _comments(parts, text)
    if not comments:
        return
    exported = list(base.comments) if base is not None else []
    if base is None or not same_draft:
        # No base (or another draft's): the draft's own threads and replies, said again by
        # the same person, are the app's comments coming back, not new ones.
        for t in Review(store, plan.form, plan.draft.id).threads(include_resolved=True, answers={}):
            exported.append(ExportedComment(t.id, None, t.author, t.text))
            exported.extend(ExportedComment(t.id, r.id, r.author, r.text) for r in t.replies)
    by_para: dict[str, tuple[str, str | None]] = {}  # paraId → (thread id, reply id or None)
    meta = {k: revs for k, revs in store.heads(plan.draft.id).items() if thread_id_of(k) is not None}
    thread_ids = {k[len(THREAD_PREFIX) :] for k in meta if k.startswith(THREAD_PREFIX)}
    pending: list[_Comment] = []
    new_threads: set[str] = set()
    for c in comments:
        match = next((e for e in exported if e.author == c.author and " ".join(e.text.split()) == " ".join(c.text.split())), None)
        if match is not None:
            exported.remove(match)
            by_para[c.para_id] = (match.thread, match.reply)
            if same_draft and c.done and match.reply is None and match.thread in thread_ids:
                _resolve_thread(store, plan, match.thread)
        else:
            pending.append(c)
    for c in pending:
        if not c.text:
            continue
        editor = word_editor(c.author or plan.editor.name)
        stamp = _stamp(c.date) or plan.stamp
        parent = by_para.get(c.parent_para or "") if c.parent_para else None
        if parent is not None:
            thread = parent[0]
            if not same_draft and thread not in new_threads:
                plan.read.skipped.append(f"svaret ”{c.text[:40]}” av {c.author or 'okänd'} gäller en kommentar i ett annat utkast")
                continue
            reply_id = _hash(plan.draft.id, thread, c.author, c.date, c.text)
            reply_key = f"{REPLY_PREFIX}{thread}/{reply_id}"
            if reply_key not in meta:  # else imported before
                # after everything already said in the thread, whatever the clocks said
                said = [r.created_at for k, revs in meta.items() if thread_id_of(k) == thread for r in revs]
                said += [r.created_at for r in plan.revisions if thread_id_of(r.field) == thread]
                created_at = later_than(max(said), stamp) if said else stamp
                plan.revisions.append(
                    store.make_revision(plan.draft.id, reply_key, {"text": c.text}, (), kind="review", editor=editor, created_at=created_at)
                )
            by_para[c.para_id] = (thread, reply_id)
            continue
        question, key = plan.read.comment_places.get(c.id, (None, None))
        if question is None:
            plan.read.skipped.append(f"kommentaren ”{c.text[:40]}” av {c.author or 'okänd'} sitter inte vid någon fråga")
            continue
        data: dict[str, Any] = {"question": question, "field": None, "text": c.text, "quote": None, "before": "", "after": ""}
        quote = plan.read.quotes.get(c.id, "")
        answer = plan.read.texts.get(key or "")
        if key and quote and answer:
            context = make_anchor_context(answer, quote)
            if context is not None:
                data.update(field=key, quote=quote, before=context[0], after=context[1])
        thread = _hash(plan.draft.id, "word-comment", c.author, c.date, c.text, question)
        rev = store.make_revision(plan.draft.id, THREAD_PREFIX + thread, data, (), kind="review", editor=editor, created_at=stamp)
        plan.revisions.append(rev)
        by_para[c.para_id] = (thread, None)
        new_threads.add(thread)
        if c.done:
            plan.revisions.append(
                store.make_revision(
                    plan.draft.id,
                    STATE_PREFIX + thread,
                    {"state": "resolved"},
                    (rev.id,),
                    kind="review",
                    editor=editor,
                    created_at=later_than(stamp, stamp),
                )
            )


def _resolve_thread(store: DraftStore, plan: _Plan, thread: str) -> None:
    key = STATE_PREFIX + thread
    heads = store.heads(plan.draft.id, [key]).get(key, [])
    if heads and isinstance(heads[-1].value, dict) and heads[-1].value.get("state") == "resolved":
        return
    plan.revisions.append(_revision(store, plan, key, {"state": "resolved"}, tuple(r.id for r in heads), plan.editor, plan.stamp))


def import_word(
    store: DraftStore, forms: FormRegistry, path: Path, *, draft_id: str | None = None, editor_name: str | None = None
) -> WordImportSummary:
    """Read a .docx and merge what it says into the draft; WordError (nothing changed) when refused."""
    parts = read_docx(path)
    plan = plan_import(store, forms, parts, draft_id=draft_id, editor_name=editor_name)
    bundle = Bundle(
        plan.form.id, plan.form.revision, plan.draft, plan.editor.id, plan.editor.name, plan.stamp, tuple(_unique(plan.revisions))
    )
    try:
        summary = import_bundle(store, forms, bundle)
    except BundleError as exc:
        raise WordError(str(exc)) from None
    result = WordImportSummary(**{f.name: getattr(summary, f.name) for f in fields(ImportSummary)})
    result.editor = plan.editor.name
    result.matched_by = plan.matched_by
    result.tracked_changes = plan.read.tracked
    result.skipped = plan.read.skipped
    return result


def _unique(revisions: list[Revision]) -> Iterator[Revision]:
    seen: set[str] = set()
    for rev in revisions:
        if rev.id not in seen:
            seen.add(rev.id)
            yield rev

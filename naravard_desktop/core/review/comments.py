"""Review data: comment threads, question statuses and assignees, stored as revisions.

Everything lives on "@" fields of the draft so it travels in bundles and merges:
  "@thread/<thread_id>"            the root comment {question, field, text, quote, before, after}
  "@reply/<thread_id>/<reply_id>"  one reply {text}; each reply is its own field, so a
                                   merge never loses one
  "@thread-state/<thread_id>"      {"state": "open" | "resolved"}; who/when is the revision's
  "@status/<question>"             one of STATUSES
  "@assignee/<question>"           an editor name, or null
Author and time of every item are those of its revision.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from naravard_desktop.core.forms.answers import is_empty
from naravard_desktop.core.forms.labels import label_key
from naravard_desktop.core.forms.model import Form, Question, normalise_number
from naravard_desktop.core.storage.store import DraftStore, Revision, new_id

THREAD_PREFIX = "@thread/"
REPLY_PREFIX = "@reply/"
STATE_PREFIX = "@thread-state/"
STATUS_PREFIX = "@status/"
ASSIGNEE_PREFIX = "@assignee/"

STATUS_DRAFT = "Utkast"
STATUS_READY = "Klar för granskning"
STATUS_APPROVED = "Godkänd"
STATUS_NEEDS_CHANGES = "Behöver ändras"
STATUSES = (STATUS_DRAFT, STATUS_READY, STATUS_APPROVED, STATUS_NEEDS_CHANGES)
#: ASCII spellings accepted on the command line.
STATUS_SLUGS = {
    "utkast": STATUS_DRAFT,
    "klar": STATUS_READY,
    "klar-for-granskning": STATUS_READY,
    "godkand": STATUS_APPROVED,
    "behover-andras": STATUS_NEEDS_CHANGES,
}

#: Characters of context kept on each side of a quote, to find it again after edits.
CONTEXT_CHARS = 40
#: How alike a relocated excerpt must be to the original quote to count as the same text.
RELOCATE_MIN_RATIO = 0.6

CHANGED_NOTE = "texten har ändrats"


class ReviewError(ValueError):
    """A review action that cannot be done; the message says why, in Swedish."""


def parse_status(text: str) -> str:
    """A status from its Swedish label (any case) or ASCII slug."""
    wanted = " ".join(text.split()).casefold()
    for status in STATUSES:
        if status.casefold() == wanted:
            return status
    slug = wanted.replace(" ", "-")
    if slug in STATUS_SLUGS:
        return STATUS_SLUGS[slug]
    choices = ", ".join(f"”{s}”" for s in STATUSES)
    raise ReviewError(f"okänd status '{text}'; välj en av {choices} (eller utkast, klar, godkand, behover-andras)")


# -- anchors ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Anchor:
    """Where a quoted excerpt sits in the answer now."""

    status: str  # "found" (exact), "moved" (found again after edits), "changed" (gone)
    start: int = -1
    end: int = -1
    current: str = ""

    @property
    def lost(self) -> bool:
        return self.status == "changed"


def make_anchor_context(text: str, quote: str) -> tuple[str, str] | None:
    """(before, after) context around the first occurrence of quote, or None if absent."""
    start = text.find(quote)
    if not quote or start < 0:
        return None
    end = start + len(quote)
    return text[max(0, start - CONTEXT_CHARS) : start], text[end : end + CONTEXT_CHARS]


def _context_score(text: str, start: int, end: int, before: str, after: str) -> float:
    got_before = text[max(0, start - len(before)) : start]
    got_after = text[end : end + len(after)]
    return difflib.SequenceMatcher(None, before, got_before).ratio() + difflib.SequenceMatcher(None, after, got_after).ratio()


def locate_quote(text: str, quote: str, before: str = "", after: str = "") -> Anchor:
    """Find a quote in the (possibly edited) answer.

    Exact occurrences first (the one whose surroundings best match the stored context);
    otherwise the stretch of text that the stored context + quote maps onto, accepted
    when it is still alike the quote; otherwise the quote is gone ("changed").
    """
    if not quote:
        return Anchor("changed")
    starts = []
    pos = text.find(quote)
    while pos >= 0:
        starts.append(pos)
        pos = text.find(quote, pos + 1)
    if starts:
        best = max(starts, key=lambda s: _context_score(text, s, s + len(quote), before, after))
        return Anchor("found", best, best + len(quote), quote)
    original = before + quote + after
    q_start, q_end = len(before), len(before) + len(quote)
    matcher = difflib.SequenceMatcher(None, original, text, autojunk=False)
    opcodes = matcher.get_opcodes()

    def map_pos(i: int, *, is_end: bool) -> int:
        for tag, i1, i2, j1, j2 in opcodes:
            if i1 <= i < i2 or (is_end and i == i2 and i1 < i2):
                if tag == "equal":
                    return j1 + (i - i1)
                return j2 if is_end else j1
        return len(text)

    start = map_pos(q_start, is_end=False)
    end = map_pos(q_end, is_end=True)
    if end <= start:
        return Anchor("changed")
    start, end, ratio = _tighten(text, start, end, quote)
    if ratio >= RELOCATE_MIN_RATIO:
        return Anchor("moved", start, end, text[start:end])
    return Anchor("changed")


def _tighten(text: str, start: int, end: int, quote: str) -> tuple[int, int, float]:
    """The word-bounded sub-span of text[start:end] most alike the quote."""

    def ratio(s: int, e: int) -> float:
        return difflib.SequenceMatcher(None, quote, text[s:e], autojunk=False).ratio()

    span = text[start:end]
    starts = [start] + [start + m.end() for m in re.finditer(r"\s+", span) if m.end() < len(span)]
    ends = [start + m.start() for m in re.finditer(r"\s+", span) if m.start() > 0] + [end]
    if len(starts) * len(ends) > 1600:
        return start, end, ratio(start, end)
    scored = [(ratio(s, e), s, e) for s in starts for e in ends if e > s]
    top = max(r for r, _, _ in scored)
    # Near-ties go to the widest span: an edited quote keeps its edited words.
    best = max((x for x in scored if x[0] >= top - 0.03), key=lambda x: (x[2] - x[1], x[0]))
    return best[1], best[2], best[0]


# -- threads ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Reply:
    id: str
    thread_id: str
    text: str
    author: str
    created_at: str


@dataclass(frozen=True)
class Thread:
    id: str
    question: str
    field: str | None
    text: str
    quote: str | None
    before: str
    after: str
    author: str
    created_at: str
    state: str  # "open" | "resolved"
    state_by: str | None
    state_at: str | None
    replies: tuple[Reply, ...] = ()
    anchor: Anchor | None = None

    @property
    def is_open(self) -> bool:
        return self.state == "open"

    @property
    def quote_note(self) -> str:
        """What became of the quote: " (texten har ändrats)", " (nu: ”…”)" or ""."""
        if self.quote is None or self.anchor is None:
            return ""
        if self.anchor.lost:
            return f" ({CHANGED_NOTE})"
        if self.anchor.status == "moved":
            return f" (nu: ”{self.anchor.current}”)"
        return ""

    def to_json(self) -> dict[str, Any]:
        anchor = None
        if self.quote is not None and self.anchor is not None:
            anchor = {"status": self.anchor.status, "current": self.anchor.current if not self.anchor.lost else None}
        return {
            "id": self.id,
            "question": self.question,
            "field": self.field,
            "text": self.text,
            "quote": self.quote,
            "anchor": anchor,
            "author": self.author,
            "created_at": self.created_at,
            "state": self.state,
            "state_by": self.state_by,
            "state_at": self.state_at,
            "replies": [{"id": r.id, "text": r.text, "author": r.author, "created_at": r.created_at} for r in self.replies],
        }


@dataclass(frozen=True)
class QuestionStatus:
    question: str
    status: str
    status_by: str | None
    status_at: str | None
    assignee: str | None


@dataclass
class _Meta:
    """The heads of every "@" field, grouped by kind."""

    threads: dict[str, Revision] = field(default_factory=dict)
    replies: dict[str, list[Revision]] = field(default_factory=dict)
    states: dict[str, Revision] = field(default_factory=dict)
    statuses: dict[str, Revision] = field(default_factory=dict)
    assignees: dict[str, Revision] = field(default_factory=dict)


def thread_id_of(field_key: str) -> str | None:
    """The thread a comment field belongs to: "@thread/<id>" and "@reply/<id>/<reply>" → id."""
    if field_key.startswith(THREAD_PREFIX):
        return field_key[len(THREAD_PREFIX) :]
    if field_key.startswith(REPLY_PREFIX):
        return field_key[len(REPLY_PREFIX) :].split("/", 1)[0]
    return None


def _newest(revs: list[Revision]) -> Revision:
    return revs[-1]


class Review:
    """Comments, statuses and assignees of one draft."""

    def __init__(self, store: DraftStore, form: Form, draft_id: str):
        self.store = store
        self.form = form
        self.draft_id = store.draft(draft_id).id

    # -- reading ----------------------------------------------------------------------

    def _meta(self) -> _Meta:
        meta = _Meta()
        for key, revs in self.store.heads(self.draft_id).items():
            if key.startswith(THREAD_PREFIX):
                meta.threads[key[len(THREAD_PREFIX) :]] = _newest(revs)
            elif key.startswith(REPLY_PREFIX):
                meta.replies.setdefault(str(thread_id_of(key)), []).append(_newest(revs))
            elif key.startswith(STATE_PREFIX):
                meta.states[key[len(STATE_PREFIX) :]] = _newest(revs)
            elif key.startswith(STATUS_PREFIX):
                meta.statuses[key[len(STATUS_PREFIX) :]] = _newest(revs)
            elif key.startswith(ASSIGNEE_PREFIX):
                meta.assignees[key[len(ASSIGNEE_PREFIX) :]] = _newest(revs)
        return meta

    def _first_revision(self, field_key: str, head: Revision) -> Revision:
        """Author and time of a thread are those of its first revision."""
        history = self.store.history(self.draft_id, field_key)
        return history[0] if history else head

    def threads(
        self, *, include_resolved: bool = False, question: str | None = None, answers: Mapping[str, Any] | None = None
    ) -> list[Thread]:
        """Threads in form order of their question, then by time; anchors located in `answers`."""
        meta = self._meta()
        answers = self.store.current_values(self.draft_id) if answers is None else answers
        wanted = self.question_number(question) if question is not None else None
        threads: list[Thread] = []
        for thread_id, head in meta.threads.items():
            data = head.value if isinstance(head.value, dict) else {}
            number = _str_or_none(data.get("question"))
            if not number:
                continue  # not a thread this version can show
            if wanted is not None and number != wanted:
                continue
            state_rev = meta.states.get(thread_id)
            state = "open"
            if state_rev is not None and isinstance(state_rev.value, dict) and state_rev.value.get("state") == "resolved":
                state = "resolved"
            if state == "resolved" and not include_resolved:
                continue
            first = self._first_revision(THREAD_PREFIX + thread_id, head) if head.parents else head
            replies = tuple(
                sorted(
                    (
                        Reply(r.field.rsplit("/", 1)[1], thread_id, str((r.value or {}).get("text", "")), r.editor_name, r.created_at)
                        for r in meta.replies.get(thread_id, [])
                        if isinstance(r.value, dict)
                    ),
                    key=lambda r: (r.created_at, r.id),
                )
            )
            quote = _str_or_none(data.get("quote"))
            field_key = _str_or_none(data.get("field"))
            before, after = _str_or_none(data.get("before")) or "", _str_or_none(data.get("after")) or ""
            anchor = None
            if quote:
                current = answers.get(field_key) if field_key else None
                anchor = locate_quote(current if isinstance(current, str) else "", quote, before, after)
            threads.append(
                Thread(
                    id=thread_id,
                    question=number,
                    field=field_key,
                    text=str(data.get("text", "")),
                    quote=quote,
                    before=before,
                    after=after,
                    author=first.editor_name,
                    created_at=first.created_at,
                    state=state,
                    state_by=state_rev.editor_name if state_rev else None,
                    state_at=state_rev.created_at if state_rev else None,
                    replies=replies,
                    anchor=anchor,
                )
            )
        order = {q.number: i for i, q in enumerate(self.form.questions())}
        threads.sort(key=lambda t: (order.get(t.question, len(order)), t.created_at, t.id))
        return threads

    def thread(self, thread_id: str) -> Thread:
        """A thread by id or unique id prefix (open or resolved)."""
        resolved_id = self.resolve_thread_id(thread_id)
        for t in self.threads(include_resolved=True):
            if t.id == resolved_id:
                return t
        raise ReviewError(f"det finns ingen kommentar med id '{thread_id}'")

    def resolve_thread_id(self, prefix: str) -> str:
        prefix = prefix.strip().lower()
        ids = [key[len(THREAD_PREFIX) :] for key in self.store.heads(self.draft_id) if key.startswith(THREAD_PREFIX)]
        if prefix in ids:
            return prefix
        matches = [i for i in ids if prefix and i.startswith(prefix)]
        if len(matches) == 1:
            return matches[0]
        if not matches:
            raise ReviewError(f"det finns ingen kommentar med id '{prefix}' i utkastet")
        raise ReviewError(f"id '{prefix}' passar {len(matches)} kommentarer; ange fler tecken")

    def thread_questions(self) -> dict[str, str]:
        """Thread id → its question number, for every thread this version can show (no
        anchors located: cheap)."""
        result: dict[str, str] = {}
        for thread_id, head in self._meta().threads.items():
            number = _str_or_none(head.value.get("question")) if isinstance(head.value, dict) else None
            if number:
                result[thread_id] = number
        return result

    def open_comment_counts(self) -> dict[str, int]:
        """Question → number of open threads."""
        counts: dict[str, int] = {}
        for t in self.threads():
            counts[t.question] = counts.get(t.question, 0) + 1
        return counts

    # -- writing ----------------------------------------------------------------------

    def question_number(self, question: str) -> str:
        q = self.form.question(normalise_number(question))
        if q is None:
            raise ReviewError(f"formuläret har ingen fråga '{question}'")
        return q.number

    def _question(self, question: str) -> Question:
        q = self.form.question(self.question_number(question))
        assert q is not None
        return q

    def text_fields(self, question: Question) -> list[str]:
        """The question's free-text fields a quote can come from, in form order."""
        keys = [question.number] if question.type == "text" else []
        keys.extend(sub.key for sub in question.subfields if sub.type == "text")
        return keys

    def add_comment(self, question: str, text: str, *, quote: str | None = None, field_key: str | None = None) -> Thread:
        """Start a thread on a question, optionally anchored to an excerpt of its answer."""
        q = self._question(question)
        if is_empty(text):
            raise ReviewError("kommentaren är tom")
        data: dict[str, Any] = {"question": q.number, "field": None, "text": text, "quote": None, "before": "", "after": ""}
        if quote is not None and quote != "":
            answers = self.store.current_values(self.draft_id)
            candidates = [field_key] if field_key else self.text_fields(q)
            for key in candidates:
                value = answers.get(key)
                context = make_anchor_context(value, quote) if isinstance(value, str) else None
                if context is not None:
                    data.update(field=key, quote=quote, before=context[0], after=context[1])
                    break
            else:
                raise ReviewError(f"citatet finns inte i svaret på fråga {q.display_number}: ”{_shorten(quote)}”")
        thread_id = new_id()
        self.store.set_values(self.draft_id, {THREAD_PREFIX + thread_id: data}, kind="review")
        return self.thread(thread_id)

    def reply(self, thread_id: str, text: str) -> Reply:
        tid = self.resolve_thread_id(thread_id)
        if is_empty(text):
            raise ReviewError("svaret är tomt")
        reply_id = new_id()
        rev = self.store.set_value(self.draft_id, f"{REPLY_PREFIX}{tid}/{reply_id}", {"text": text}, kind="review")
        assert rev is not None
        return Reply(reply_id, tid, text, rev.editor_name, rev.created_at)

    def _set_state(self, thread_id: str, state: str) -> Thread:
        tid = self.resolve_thread_id(thread_id)
        self.store.set_value(self.draft_id, STATE_PREFIX + tid, {"state": state}, kind="review")
        return self.thread(tid)

    def resolve(self, thread_id: str) -> Thread:
        return self._set_state(thread_id, "resolved")

    def reopen(self, thread_id: str) -> Thread:
        return self._set_state(thread_id, "open")

    def set_status(self, question: str, status: str, *, assignee: str | None = None) -> QuestionStatus:
        """Set a question's status (label or slug); assignee "" clears, None leaves it."""
        number = self.question_number(question)
        values: dict[str, Any] = {STATUS_PREFIX + number: parse_status(status)}
        if assignee is not None:
            values[ASSIGNEE_PREFIX + number] = assignee.strip() or None
        self.store.set_values(self.draft_id, values, kind="review")
        return self.statuses()[number]

    def set_assignee(self, question: str, assignee: str | None) -> QuestionStatus:
        number = self.question_number(question)
        self.store.set_value(self.draft_id, ASSIGNEE_PREFIX + number, (assignee or "").strip() or None, kind="review")
        return self.statuses()[number]

    # -- statuses and navigator queries -----------------------------------------------

    def statuses(self) -> dict[str, QuestionStatus]:
        """Every answerable question's status in form order; no status yet = Utkast."""
        meta = self._meta()
        result: dict[str, QuestionStatus] = {}
        for q in self.form.answerable_questions():
            rev = meta.statuses.get(q.number)
            status = rev.value if rev is not None and rev.value in STATUSES else STATUS_DRAFT
            assignee_rev = meta.assignees.get(q.number)
            assignee = assignee_rev.value if assignee_rev is not None and isinstance(assignee_rev.value, str) else None
            result[q.number] = QuestionStatus(q.number, status, rev.editor_name if rev else None, rev.created_at if rev else None, assignee)
        return result

    def status_counts(self) -> dict[str, int]:
        counts = {s: 0 for s in STATUSES}
        for st in self.statuses().values():
            counts[st.status] += 1
        return counts

    def my_questions(self, editor_name: str | None = None) -> list[str]:
        """ "Mina frågor": questions assigned to this editor (name compared loosely)."""
        name = label_key(editor_name if editor_name is not None else self.store.editor.name).casefold()
        return [n for n, st in self.statuses().items() if st.assignee and label_key(st.assignee).casefold() == name]

    def questions_with_open_comments(self) -> list[str]:
        """ "Öppna kommentarer": questions with at least one open thread, in form order."""
        counts = self.open_comment_counts()
        return [q.number for q in self.form.answerable_questions() if counts.get(q.number)]

    def not_approved(self) -> list[str]:
        """ "Inte godkända": questions whose status is anything but Godkänd."""
        return [n for n, st in self.statuses().items() if st.status != STATUS_APPROVED]


class ReviewSession:
    """The draft's review plus whether this window is in reviewer mode (answers read-only,
    comments and statuses open). The UI's undo commands and form view read
    `answers_editable`; tests/ui/test_review_wiring.py checks that nothing is written."""

    def __init__(self, store: DraftStore, form: Form, draft_id: str, *, reviewer: bool = False):
        self.store = store
        self.review = Review(store, form, draft_id)
        self.draft_id = self.review.draft_id
        self.reviewer = reviewer

    @property
    def answers_editable(self) -> bool:
        return not self.reviewer


def _shorten(text: str, limit: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _str_or_none(value: Any) -> str | None:
    """Review data can arrive from other machines' bundles: trust no shape."""
    return value if isinstance(value, str) else None

"""Sekretess / personal-data guard: warn (never block) about personal data in answers.

The questionnaire asks for no personal data and nothing covered by OSL or
säkerhetsskyddslagen. We look for Swedish personnummer and samordningsnummer with a
valid check digit (the `personnummer` package decides), e-mail addresses, Swedish phone
numbers and words the region wants flagged ("@pii-words", shared through the draft).

A finding has a stable id (field key + kind + matched text), so a false positive can be
acknowledged with a reason ("@pii-ack/<field key>/<finding id>"); acknowledgements are
revisions and travel in bundles. Messages never echo a full personnummer: `masked`.
"""

from __future__ import annotations

import hashlib
import re
import shlex
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from personnummer import personnummer

from naravard_desktop.core.forms.answers import UnknownField, resolve_key
from naravard_desktop.core.forms.model import Form
from naravard_desktop.core.messages import Message
from naravard_desktop.core.review.comments import REPLY_PREFIX, THREAD_PREFIX, Review, thread_id_of
from naravard_desktop.core.storage.store import META_FIELD_PREFIX, utc_now

if TYPE_CHECKING:
    from naravard_desktop.core.storage.store import DraftStore
    from naravard_desktop.core.submission.validation import Problem

WORDS_FIELD = "@pii-words"
ACK_PREFIX = "@pii-ack/"

#: How a kind is named in messages (Swedish; English in core.messages).
KIND_LABELS = {
    "personnummer": Message("personnummer"),
    "samordningsnummer": Message("samordningsnummer"),
    "email": Message("e-postadress"),
    "phone": Message("telefonnummer"),
    "word": Message("flaggat ord"),
}

# 6 or 8 digits (YYMMDD / YYYYMMDD), an optional separator, 4 digits; never part of a
# longer digit run. The check digit and the date are then verified by `personnummer`.
_PNR = re.compile(r"(?<!\d)(?:(18|19|20)?(\d{6}))[ ]?([-+–]|)[ ]?(\d{4})(?!\d)")
_SIX_DIGITS = re.compile(r"\d{6}")  # every personnummer has them in a row (the date)
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w-])")
# +46 / 0046 / 0, then 7–9 digits with single spaces or hyphens between them.
_PHONE = re.compile(r"(?<![\w+])(?<!\d[.,])(?:\+46|0046|0)(?:[ \-]?\(0\))?[ \-]?[1-9](?:[ \-]?\d){6,8}(?![\d])")


@dataclass(frozen=True)
class Finding:
    """One suspected piece of personal data in one field's text."""

    kind: str
    text: str  # exactly as matched
    start: int
    end: int
    field: str = ""

    @property
    def id(self) -> str:
        return finding_id(self.field, self.kind, self.text)

    @property
    def masked(self) -> str:
        return mask(self.kind, self.text)

    @property
    def kind_label(self) -> Message:
        return KIND_LABELS[self.kind]

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "field": self.field, "kind": self.kind, "masked": self.masked, "start": self.start, "end": self.end}


def finding_id(field: str, kind: str, text: str) -> str:
    """Stable over machines and sessions; does not change when other text moves it."""
    normalised = " ".join(text.split()).lower()
    return hashlib.sha256(f"{field}\x00{kind}\x00{normalised}".encode()).hexdigest()[:12]


def mask(kind: str, text: str) -> str:
    """What a message may show: never a whole personnummer, e-mail or phone number."""
    if kind in ("personnummer", "samordningsnummer"):
        m = _PNR.fullmatch(text.strip())
        if m:
            century, date, sep = m.group(1) or "", m.group(2), m.group(3) or "-"
            return f"{century}{date}{'-' if sep == '–' else sep}****"
        return "******-****"
    if kind == "email":
        local, _, domain = text.partition("@")
        return f"{local[:1]}***@{domain}"
    if kind == "phone":
        digits = re.sub(r"\D", "", text)
        return f"{text[:4]}{'*' * max(0, len(digits) - 3)}"
    return text


def _personnummer_kind(century: str, date: str, sep: str, last4: str) -> str | None:
    sep = "-" if sep in ("", "–") else sep
    candidate = f"{century}{date}{sep}{last4}"
    try:
        parsed = personnummer.parse(candidate)
    except personnummer.PersonnummerException:
        return None
    return "samordningsnummer" if parsed.is_coordination_number() else "personnummer"


@lru_cache(maxsize=64)
def _words_pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """Whole words, case-insensitive; a trailing "*" matches any ending ("Hallands*")."""
    parts = []
    for word in sorted({" ".join(w.split()) for w in words if w.strip()}, key=len, reverse=True):
        stem = word.rstrip("*").strip()
        if not stem:
            continue
        body = r"\s+".join(re.escape(part) for part in stem.split(" "))  # any white space between words
        parts.append(body + (r"\w*" if word.endswith("*") else r"(?!\w)"))
    if not parts:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + ")", re.IGNORECASE)


def scan_text(text: str, words: Iterable[str] = (), field: str = "") -> list[Finding]:
    """Every finding in one text, in text order. Fast enough for a debounced editor; a
    text scanned before is not scanned again (the editor, the checks and the marks each
    scan every answer)."""
    return list(_scan_text(text, tuple(words), field))


@lru_cache(maxsize=1024)
def _scan_text(text: str, words: tuple[str, ...], field: str) -> tuple[Finding, ...]:
    findings: list[Finding] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    for m in _PNR.finditer(text) if _SIX_DIGITS.search(text) else ():  # a quick look first: most answers have none
        kind = _personnummer_kind(m.group(1) or "", m.group(2), m.group(3), m.group(4))
        if kind is not None:
            findings.append(Finding(kind, m.group(0), m.start(), m.end(), field))
            taken.append((m.start(), m.end()))
    for m in _EMAIL.finditer(text) if "@" in text else ():
        findings.append(Finding("email", m.group(0), m.start(), m.end(), field))
        taken.append((m.start(), m.end()))
    for m in _PHONE.finditer(text):
        if free(m.start(), m.end()):
            findings.append(Finding("phone", m.group(0), m.start(), m.end(), field))
    pattern = _words_pattern(tuple(words))
    if pattern is not None:
        for m in pattern.finditer(text):
            findings.append(Finding("word", m.group(0), m.start(), m.end(), field))
    findings.sort(key=lambda f: (f.start, f.end))
    return tuple(findings)


# -- the draft ------------------------------------------------------------------------


def flagged_words(store: DraftStore, draft_id: str) -> list[str]:
    """The region's flagged words; with concurrent edits, the union of both sides."""
    heads = store.heads(draft_id, [WORDS_FIELD]).get(WORDS_FIELD, [])
    words: list[str] = []
    for rev in heads:
        for word in rev.value or []:
            if isinstance(word, str) and word.strip() and word.strip() not in words:
                words.append(word.strip())
    return words


def set_flagged_words(store: DraftStore, draft_id: str, words: Iterable[str]) -> list[str]:
    cleaned: list[str] = []
    for word in words:
        word = " ".join(word.split())
        if word and word.casefold() not in {w.casefold() for w in cleaned}:
            cleaned.append(word)
    store.set_values(draft_id, {WORDS_FIELD: cleaned}, kind="pii-words")
    return cleaned


def ack_field(field: str, fid: str) -> str:
    return f"{ACK_PREFIX}{field}/{fid}"


def acknowledgements(store: DraftStore, draft_id: str) -> dict[tuple[str, str], dict[str, Any]]:
    """(field key, finding id) → {reason, by, at} for every standing acknowledgement."""
    return _acks_of(store.current_values(draft_id, include_meta=(ACK_PREFIX,)))


def _acks_of(values: Mapping[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    acks: dict[tuple[str, str], dict[str, Any]] = {}
    for key, value in values.items():
        if key.startswith(ACK_PREFIX) and isinstance(value, dict):
            field, _, fid = key[len(ACK_PREFIX) :].rpartition("/")
            acks[(field, fid)] = value
    return acks


#: Pseudo field keys of findings outside the answers (they travel in every bundle too).
TITLE_FIELD = "@draft/title"
REGION_FIELD = "@draft/region"
EDITOR_PREFIX = "@editor/"
#: The "@" fields a scan reads: comments, replies and acknowledgements (never the rest,
#: however many revisions a bundle brought).
SCANNED_META = (THREAD_PREFIX, REPLY_PREFIX, ACK_PREFIX)


def _comment_texts(key: str, value: Any) -> list[str]:
    """The free texts of a comment thread or reply value (its text, and a thread's quote)."""
    if not key.startswith((THREAD_PREFIX, REPLY_PREFIX)) or not isinstance(value, dict):
        return []
    return [value[part] for part in ("text", "quote") if isinstance(value.get(part), str)]


def other_texts(store: DraftStore, draft_id: str, values: Mapping[str, Any] | None = None) -> list[tuple[str, str]]:
    """(field key, text) of what else a bundle or review copy carries besides answers:
    comments and replies, the draft's title and region, and every editor name in its
    history (issue 14 item 8). `values`: the current values with "@" fields, if at hand."""
    draft = store.draft(draft_id)
    if values is None:
        values = store.current_values(draft.id, include_meta=SCANNED_META)
    texts = [(key, text) for key, value in values.items() for text in _comment_texts(key, value)]
    texts.append((TITLE_FIELD, draft.title))
    if draft.region:
        texts.append((REGION_FIELD, draft.region))
    names = {(draft.created_by_id, draft.created_by_name), *store.editor_names(draft.id)}
    texts.extend((f"{EDITOR_PREFIX}{editor_id}", name) for editor_id, name in sorted(names))
    return texts


def scan_answers(answers: Mapping[str, Any], words: Iterable[str] = ()) -> list[Finding]:
    """Findings in every text answer (parked ones too: they travel in bundles)."""
    words = tuple(words)
    findings: list[Finding] = []
    for key, value in answers.items():
        if key.startswith(META_FIELD_PREFIX) or not isinstance(value, str):
            continue
        findings.extend(scan_text(value, words, key))
    return findings


def _dedupe(findings: Iterable[Finding]) -> list[Finding]:
    seen: set[tuple[str, str]] = set()
    unique: list[Finding] = []
    for f in findings:
        if (f.field, f.id) not in seen:
            seen.add((f.field, f.id))
            unique.append(f)
    return unique


@dataclass(frozen=True)
class DraftScan:
    open: list[Finding]  # not acknowledged, one per (field, id)
    acknowledged: list[tuple[Finding, dict[str, Any]]]


def scan_draft(store: DraftStore, form: Form, draft_id: str) -> DraftScan:
    """Findings of a stored draft in form order, split into open and acknowledged."""
    values = store.current_values(draft_id, include_meta=SCANNED_META)
    words = flagged_words(store, draft_id)
    answers = {k: v for k, v in values.items() if not k.startswith(META_FIELD_PREFIX)}
    found = scan_answers(answers, words)
    for key, text in other_texts(store, draft_id, values):
        found.extend(scan_text(text, words, key))
    findings = _dedupe(found)
    order = {key: i for i, key in enumerate(form.field_keys())}
    findings.sort(key=lambda f: (order.get(f.field, len(order)), f.start))  # answers in form order, then the rest
    acks = _acks_of(values)
    open_: list[Finding] = []
    acked: list[tuple[Finding, dict[str, Any]]] = []
    for f in findings:
        ack = acks.get((f.field, f.id))
        if ack is None:
            open_.append(f)
        else:
            acked.append((f, ack))
    return DraftScan(open_, acked)


def history_findings(store: DraftStore, form: Form, draft_id: str, scan: DraftScan | None = None) -> list[Finding]:
    """Findings only in old versions of answers and comments: text that is no longer in
    the draft but still in its history, and so in every bundle (issue 14 item 7). One per
    (field, id), not acknowledged, purged versions skipped; form order."""
    scan = scan or scan_draft(store, form, draft_id)
    known = {(f.field, f.id) for f in scan.open} | {(f.field, f.id) for f, _ in scan.acknowledged}
    acks = acknowledgements(store, draft_id)
    words = flagged_words(store, draft_id)
    seen_texts: set[tuple[str, str]] = set()
    found: list[Finding] = []
    for rev in store.revisions(draft_id):
        if rev.purged or rev.value is None:
            continue
        if rev.field.startswith(META_FIELD_PREFIX):
            texts = _comment_texts(rev.field, rev.value)
        else:
            texts = [rev.value] if isinstance(rev.value, str) else []
        for text in texts:
            if (rev.field, text) in seen_texts:
                continue
            seen_texts.add((rev.field, text))
            for f in scan_text(text, words, rev.field):
                if (f.field, f.id) not in known and (f.field, f.id) not in acks:
                    known.add((f.field, f.id))
                    found.append(f)
    order = {key: i for i, key in enumerate(form.field_keys())}
    found.sort(key=lambda f: (order.get(f.field, len(order)), f.field))
    return found


def purge_hint(form: Form, draft_id: str, field: str) -> str:
    """The command that purges a field's old versions."""
    try:
        question = resolve_key(form, field).key
    except UnknownField:
        question = field
    return f"naravard history purge {draft_id[:8]} {shlex.quote(question)} --yes"


class FindingNotFound(KeyError):
    def __str__(self) -> str:
        return str(self.args[0])


def acknowledge(store: DraftStore, form: Form, draft_id: str, fid: str, reason: str) -> Finding:
    """Mark a finding as a false positive; the reason is required and kept."""
    reason = " ".join(reason.split())
    if not reason:
        raise ValueError("Ange varför det inte är personuppgifter (--reason).")
    scan = scan_draft(store, form, draft_id)
    everything = scan.open + [f for f, _ in scan.acknowledged]
    if not any(f.id.startswith(fid) for f in everything):
        everything += history_findings(store, form, draft_id, scan)  # a false alarm in an old version
    candidates = [f for f in everything if f.id == fid or f.id.startswith(fid)]
    exact = [f for f in candidates if f.id == fid]
    if exact:
        candidates = exact
    ids = {(f.field, f.id) for f in candidates}
    if not candidates:
        raise FindingNotFound(f"det finns ingen varning med id '{fid}' i utkastet")
    if len({i for _, i in ids}) > 1:
        raise FindingNotFound(f"id '{fid}' passar flera varningar; ange fler tecken")
    finding = candidates[0]
    editor = store.editor
    store.set_values(
        draft_id, {ack_field(finding.field, finding.id): {"reason": reason, "by": editor.name, "at": utc_now()}}, kind="pii-ack"
    )
    return finding


def withdraw_acknowledgement(store: DraftStore, form: Form, draft_id: str, fid: str) -> Finding:
    """Undo an acknowledgement: the finding warns again (the history keeps who said what)."""
    acked = [f for f, _ in scan_draft(store, form, draft_id).acknowledged if f.id == fid or f.id.startswith(fid)]
    exact = [f for f in acked if f.id == fid]
    acked = exact or acked
    if not acked:
        raise FindingNotFound(f"det finns ingen kvitterad varning med id '{fid}' i utkastet")
    if len({f.id for f in acked}) > 1:
        raise FindingNotFound(f"id '{fid}' passar flera varningar; ange fler tecken")
    store.set_values(draft_id, {ack_field(acked[0].field, acked[0].id): None}, kind="pii-ack")
    return acked[0]


def field_label(form: Form, key: str) -> str:
    if key == TITLE_FIELD:
        return Message("utkastets titel")
    if key == REGION_FIELD:
        return Message("utkastets region")
    if key.startswith(EDITOR_PREFIX):
        return Message("ett redigerarnamn i historiken")
    if key.startswith(THREAD_PREFIX):
        return Message("en kommentar")
    if key.startswith(REPLY_PREFIX):
        return Message("ett svar i en kommentarstråd")
    try:
        return resolve_key(form, key).label
    except UnknownField:
        return key


def describe(form: Form, finding: Finding) -> Message:
    """ "fråga 3: möjligt personnummer 19121212-****" — never the whole number."""
    return Message(
        "{label}: möjligt {kind} ”{masked}”", label=field_label(form, finding.field), kind=finding.kind_label, masked=finding.masked
    )


def pii_problems(store: DraftStore, form: Form, draft_id: str) -> list[Problem]:
    """Unacknowledged findings as `check` problems of kind `pii`."""
    from naravard_desktop.core.submission.validation import Problem, ProblemKind

    problems = []
    open_ = scan_draft(store, form, draft_id).open
    thread_questions = Review(store, form, draft_id).thread_questions() if any(thread_id_of(f.field) for f in open_) else {}
    for f in open_:
        thread = thread_id_of(f.field)
        try:
            question = resolve_key(form, f.field).question.number
        except UnknownField:
            # a comment: its question; the title, region or an editor name: the draft as a whole
            question = thread_questions.get(thread, "") if thread is not None else ""
        message = Message("{finding} (id {id}; kvittera om det är ett falskt larm)", finding=describe(form, f), id=f.id)
        problems.append(Problem(question, ProblemKind.PII, message, f.field, finding=f.id))
    return problems


def pii_warnings(store: DraftStore, form: Form, draft_id: str, *, history: bool = False) -> list[str]:
    """One Swedish line per unacknowledged finding, for commands that let data leave the
    machine (bundle export, review PDF) to print on stderr before writing. Empty = clean.
    `history`: also findings only in old versions (a bundle carries the whole history)."""
    draft = store.draft(draft_id)
    lines = []
    scan = scan_draft(store, form, draft.id)
    for f in scan.open:
        lines.append(
            f"varning: {describe(form, f)}. Kontrollera att svaret inte innehåller personuppgifter; "
            f"kvittera ett falskt larm med: naravard pii ack {draft.id[:8]} {f.id} --reason TEXT"
        )
    if history:
        for f in history_findings(store, form, draft.id, scan):
            lines.append(
                f"varning: {describe(form, f)} i en äldre version i historiken; historiken följer med i paketet. "
                f"Rensa gamla versioner med: {purge_hint(form, draft.id, f.field)} (eller kvittera: naravard pii ack {draft.id[:8]} {f.id} --reason TEXT)"
            )
    return lines

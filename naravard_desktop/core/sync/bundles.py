"""`.naravard` bundle files: a draft's whole revision history in one zip (docs/bundles.md).

Writing is atomic. Reading trusts nothing: members are read into memory from an
allowlist under size caps, every hash, revision id and value is verified, and only a
fully verified bundle is handed to `import_bundle`, which writes in one transaction.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import stat
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeGuard

from naravard_desktop.core.forms.answers import InvalidValue, UnknownField, is_empty, normalise_value, resolve_key
from naravard_desktop.core.forms.model import Form, FormRegistry
from naravard_desktop.core.messages import Message, message_of
from naravard_desktop.core.review.comments import Review, thread_id_of
from naravard_desktop.core.storage import verify
from naravard_desktop.core.storage.backup import restore_advice
from naravard_desktop.core.storage.files import FileWriteError, write_bytes_atomically
from naravard_desktop.core.storage.limits import (
    MAX_CLOCK_LEAD,
    MAX_DRAFT_ID_CHARS,
    MAX_FIELD_KEY_CHARS,
    MAX_NAME_CHARS,
    MAX_REVISIONS,
    MAX_VALUE_CHARS,
    STAMP_FORMAT,
    parse_stamp,
)
from naravard_desktop.core.storage.store import (
    DRAFT_ID_FORMAT,
    META_FIELD_PREFIX,
    Draft,
    DraftStore,
    Revision,
    canonical_json,
    revision_id,
    utc_now,
)
from naravard_desktop.core.sync.field_versions import field_label
from naravard_desktop.core.sync.merge import ancestors, is_auto_merge, plan_union, value_kind
from naravard_desktop.core.untrusted import MAX_COMPRESSION_RATIO, UntrustedInputError, is_unsafe_name, loads_strict, one_line

BUNDLE_FORMAT = "naravard-bundle/1"
#: Version 2 is written only when the bundle carries purged revisions ("purged": true, no
#: value, docs/bundles.md): a version-1 reader then asks for an update instead of taking
#: them for forged ones. Otherwise bundles stay version 1, readable by every version.
PURGED_FORMAT = "naravard-bundle/2"
BUNDLE_FORMAT_VERSION = 2
BUNDLE_SUFFIX = ".naravard"
MANIFEST = "manifest.json"
REVISIONS = "revisions.json"
ALLOWED_MEMBERS = (MANIFEST, REVISIONS)

# Caps (docs/bundles.md). A real draft is a few MB at most; these leave a wide margin.
MAX_BUNDLE_BYTES = 128 * 1024 * 1024  # the file on disk
MAX_TOTAL_UNCOMPRESSED = 256 * 1024 * 1024  # all members together
MAX_MANIFEST_BYTES = 1024 * 1024
MAX_ZIP_ENTRIES = 8
# The caps on content (value, field key, names, revisions, times) are shared with local
# input: core/storage/limits.py, so whatever a draft holds stays shareable.

_TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$")
_HEX32 = re.compile(r"^[0-9a-f]{32}$")
_KIND = re.compile(r"^[a-z][a-z0-9_-]{0,31}$")


def _valid_time(value: Any) -> TypeGuard[str]:
    """A revision time in the stored format that is a real date in the accepted range."""
    return isinstance(value, str) and _TIME.match(value) is not None and parse_stamp(value) is not None


class BundleError(ValueError):
    """A bundle that cannot be written or imported; one line saying why. Nothing changed."""


@dataclass(frozen=True)
class Bundle:
    """A verified bundle: the manifest's facts and the revisions, ids checked."""

    form_id: str
    form_revision: int
    draft: Draft
    exported_by_id: str
    exported_by_name: str
    created_at: str
    revisions: tuple[Revision, ...]


#: At most this many changed answers are named one per line; --json names them all.
MAX_CHANGE_LINES = 40


@dataclass(frozen=True)
class FieldChange:
    """An answer whose shown value the import changed, and whose work that touches."""

    field: str
    label: str  # "fråga 18, Andra åtgärder, ange vad"
    editors: tuple[str, ...]  # who wrote the incoming versions, oldest first
    cleared: bool  # it had an answer and now has none
    replaced: tuple[str, ...]  # whose shown answer was replaced (other than `editors`)
    merged: bool  # both sides' edits were merged automatically
    conflict: bool  # the incoming version clashes: both stay until someone resolves

    def line(self) -> Message:
        who: str = ", ".join(one_line(name, 60) for name in self.editors) or Message("okänd")
        earlier = ", ".join(one_line(name, 60) for name in self.replaced)
        label = self.label
        if self.conflict:
            return Message("  {label}: ny version av {who}, i konflikt", label=label, who=who)
        if self.cleared:
            if earlier:
                return Message("  {label}: tömt av {who} (svaret från {earlier} togs bort)", label=label, who=who, earlier=earlier)
            return Message("  {label}: tömt av {who}", label=label, who=who)
        if self.merged:
            return Message("  {label}: ändrat av {who}, sammanslaget automatiskt", label=label, who=who)
        if earlier:
            return Message("  {label}: ändrat av {who}, ersätter svaret från {earlier}", label=label, who=who, earlier=earlier)
        return Message("  {label}: ändrat av {who}", label=label, who=who)

    def to_json(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "label": self.label,
            "editors": list(self.editors),
            "cleared": self.cleared,
            "replaced": list(self.replaced),
            "merged": self.merged,
            "conflict": self.conflict,
        }


@dataclass
class ImportSummary:
    draft_id: str
    draft_created: bool = False
    new_revisions: int = 0
    merged_fields: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    replaced_merges: int = 0
    new_comments: dict[str, int] = field(default_factory=dict)  # question → new comments and replies
    changes: list[FieldChange] = field(default_factory=list)  # answers whose shown value changed, form order
    new_revision_ids: set[str] = field(default_factory=set, repr=False)  # which ones (one bundle of a batch)
    heads_before: dict[str, list[Revision]] = field(default_factory=dict, repr=False)  # answers' heads before the import
    #: New revisions dated more than MAX_CLOCK_LEAD ahead of this machine's clock: they do
    #: not move the time of local edits forward (store.later_than), and the summary says so.
    future_revisions: int = 0
    newest_future: str | None = None

    @property
    def nothing_new(self) -> bool:
        return not (self.draft_created or self.new_revisions or self.merged_fields or self.replaced_merges)

    def lines(self, form: Form, title: str, *, cli_hint: bool = True) -> list[str]:
        """The summary as people read it (CLI output, the UI's summary dialog): Messages, so
        the app shows them in its language; the app's (cli_hint=False) name no draft id."""
        lines: list[str] = []
        draft = self.draft_id if cli_hint else f"”{title}”"
        if self.draft_created:
            if cli_hint:
                lines.append(Message("utkastet {draft} ({title}) skapat från paketet", draft=draft, title=title))
            else:
                lines.append(Message("utkastet {draft} skapat från paketet", draft=draft))
        if self.nothing_new:
            lines.append(Message("inget nytt: allt i paketet fanns redan i utkastet {draft}", draft=draft))
        else:
            lines.append(Message("1 ny ändring") if self.new_revisions == 1 else Message("{count} nya ändringar", count=self.new_revisions))
            if self.merged_fields:
                labels = tuple(field_label(form, f) for f in self.merged_fields)
                if len(self.merged_fields) == 1:
                    lines.append(Message("1 fält sammanslaget automatiskt: {labels}", labels=labels))
                else:
                    lines.append(Message("{count} fält sammanslagna automatiskt: {labels}", count=len(self.merged_fields), labels=labels))
            if self.changes and not self.draft_created:
                lines.append(
                    Message("1 svar ändrat:") if len(self.changes) == 1 else Message("{count} svar ändrade:", count=len(self.changes))
                )
                lines.extend(change.line() for change in self.changes[:MAX_CHANGE_LINES])
                if len(self.changes) > MAX_CHANGE_LINES:
                    more = len(self.changes) - MAX_CHANGE_LINES
                    lines.append(
                        Message("  … och {more} till (se --json)", more=more) if cli_hint else Message("  … och {more} till", more=more)
                    )
        if self.new_comments:
            total = sum(self.new_comments.values())
            where = ", ".join(f"{_display(form, q)} ({n})" if n > 1 else _display(form, q) for q, n in self.new_comments.items())
            if total == 1:
                lines.append(Message("1 ny kommentar: fråga {where}", where=where))
            else:
                lines.append(Message("{count} nya kommentarer och svar: fråga {where}", count=total, where=where))
        if self.future_revisions:
            if self.future_revisions == 1:
                lines.append(
                    Message(
                        "1 ändring är daterad mer än ett dygn fram i tiden (senast {newest}): avsändarens klocka går troligen fel; "
                        "nya ändringar här får ändå den här datorns tid",
                        newest=self.newest_future,
                    )
                )
            else:
                lines.append(
                    Message(
                        "{count} ändringar är daterade mer än ett dygn fram i tiden (senast {newest}): avsändarens klocka går troligen fel; "
                        "nya ändringar här får ändå den här datorns tid",
                        count=self.future_revisions,
                        newest=self.newest_future,
                    )
                )
        if self.conflicts:
            count = len(self.conflicts)
            if cli_hint:
                if count == 1:
                    lines.append(Message("1 konflikt att lösa (se 'naravard conflicts {draft}'):", draft=self.draft_id))
                else:
                    lines.append(
                        Message("{count} konflikter att lösa (se 'naravard conflicts {draft}'):", count=count, draft=self.draft_id)
                    )
            else:
                lines.append(Message("1 konflikt att lösa:") if count == 1 else Message("{count} konflikter att lösa:", count=count))
            lines.extend(Message("  {label}", label=field_label(form, key)) for key in self.conflicts)
        elif not self.nothing_new:
            lines.append(Message("inga konflikter"))
        return lines

    def to_json(self) -> dict[str, Any]:
        return {
            "draft": self.draft_id,
            "draft_created": self.draft_created,
            "new_revisions": self.new_revisions,
            "merged_fields": self.merged_fields,
            "conflicts": self.conflicts,
            "nothing_new": self.nothing_new,
            "new_comments": self.new_comments,
            "changes": [c.to_json() for c in self.changes],
            "future_revisions": self.future_revisions,
        }


def other_draft(bundle: Bundle) -> BundleError:
    """Why a bundle is refused where one draft is expected (the app's import into the open draft)."""
    return BundleError(Message("paketet gäller ett annat utkast ({title})", title=bundle.draft.title))


def file_line(name: str, outcome: ImportSummary | BundleError) -> str:
    """One file's line when several bundles are imported at once (CLI and app)."""
    if isinstance(outcome, BundleError):
        return Message("{name}: inte inläst: {reason}; inget från den filen har ändrats", name=name, reason=message_of(outcome))
    count = (
        Message("inget nytt")
        if outcome.nothing_new
        else (Message("1 ny ändring") if outcome.new_revisions == 1 else Message("{count} nya ändringar", count=outcome.new_revisions))
    )
    created = Message(", skapade utkastet") if outcome.draft_created else ""
    return Message("{name}: {count} (utkastet {draft}{created})", name=name, count=count, draft=outcome.draft_id[:12], created=created)


def _display(form: Form, number: str) -> str:
    question = form.question(number)
    return question.display_number if question is not None else number


def _new_comments(store: DraftStore, form: Form, draft_id: str, inserted: list[Revision]) -> dict[str, int]:
    """Per question (form order), how many comment threads and replies the import brought."""
    thread_of = {r.field: thread_id_of(r.field) for r in inserted}
    fields = {key for key, thread_id in thread_of.items() if thread_id is not None}
    if not fields:
        return {}
    question_of = Review(store, form, draft_id).thread_questions()
    counts: dict[str, int] = {}
    for key in fields:
        question = question_of.get(str(thread_of[key]))
        if question is not None:
            counts[question] = counts.get(question, 0) + 1
    order = {q.number: i for i, q in enumerate(form.questions())}
    return dict(sorted(counts.items(), key=lambda item: order.get(item[0], len(order))))


# -- writing ----------------------------------------------------------------------------


def _revision_json(rev: Revision) -> dict[str, Any]:
    return {
        "id": rev.id,
        "field": rev.field,
        "value": rev.value,
        "editor_id": rev.editor_id,
        "editor_name": rev.editor_name,
        "created_at": rev.created_at,
        "kind": rev.kind,
        "parents": list(rev.parents),
        **({"purged": True} if rev.purged else {}),
    }


def bundle_bytes(store: DraftStore, form: Form, draft_id: str) -> bytes:
    """The zip bytes of a draft's bundle (every revision, answers and "@" fields)."""
    draft = store.draft(draft_id)
    check_revisions(store, draft.id)
    revisions = store.revisions(draft.id)
    revisions_doc = json.dumps(
        {"draft": draft.id, "revisions": [_revision_json(r) for r in revisions]}, ensure_ascii=False, separators=(",", ":")
    ).encode("utf-8")
    editor = store.editor
    created_at = utc_now()
    manifest: dict[str, Any] = {
        "format": PURGED_FORMAT if any(r.purged for r in revisions) else BUNDLE_FORMAT,
        "form": {"id": form.id, "revision": form.revision},
        "draft": {
            "id": draft.id,
            "title": draft.title,
            "region": draft.region,
            "created_at": draft.created_at,
            "created_by_id": draft.created_by_id,
            "created_by_name": draft.created_by_name,
        },
        "exported_by": {"id": editor.id, "name": editor.name},
        "created_at": created_at,
        "members": [{"name": REVISIONS, "sha256": hashlib.sha256(revisions_doc).hexdigest(), "size": len(revisions_doc)}],
    }
    members = ((MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8")), (REVISIONS, revisions_doc))
    data, infos = _zip(members, created_at, stored=set())
    # Very repetitive text deflates beyond the ratio an import accepts (it would look like a
    # zip bomb to a co-writer): such members are stored uncompressed instead.
    too_compressed = {i.filename for i in infos if i.file_size > (MAX_COMPRESSION_RATIO // 2) * max(i.compress_size, 1)}
    if too_compressed:
        data, _ = _zip(members, created_at, stored=too_compressed)
    return data


def check_revisions(store: DraftStore, draft_id: str) -> None:
    """Refuse to export a draft with a revision that no longer matches its id: every
    co-writer would refuse the bundle (core/storage/verify.py). Names the fields and the backup."""
    damaged = verify.damaged_revisions(store.conn, draft_id)
    if damaged:
        raise BundleError(
            Message(
                "paketet skrevs inte: utkastet har {value} (se 'naravard verify'); {advice}",
                value=verify.summary_text(damaged),
                advice=restore_advice(store.data_dir),
            )
        )


def _zip(members: tuple[tuple[str, bytes], ...], created_at: str, *, stored: set[str]) -> tuple[bytes, list[zipfile.ZipInfo]]:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, content in members:
            info = zipfile.ZipInfo(name, date_time=_zip_time(created_at))
            info.compress_type = zipfile.ZIP_STORED if name in stored else zipfile.ZIP_DEFLATED
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            zf.writestr(info, content)
        infos = zf.infolist()
    return buffer.getvalue(), infos


def _zip_time(iso: str) -> tuple[int, int, int, int, int, int]:
    return (int(iso[0:4]), int(iso[5:7]), int(iso[8:10]), int(iso[11:13]), int(iso[14:16]), int(iso[17:19]))


def write_bundle(store: DraftStore, form: Form, draft_id: str, path: Path) -> int:
    """Write the bundle atomically (temp file beside it, fsync, rename); returns revisions written."""
    data = bundle_bytes(store, form, draft_id)
    try:
        write_bytes_atomically(path, data)
    except FileWriteError as exc:
        raise BundleError(message_of(exc)) from None
    return len(store.revisions(store.draft(draft_id).id))


# -- reading ----------------------------------------------------------------------------


def _read_members(data: bytes) -> dict[str, bytes]:
    """The allowlisted members, in memory, after every structural check on the zip."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise BundleError(Message("filen är inte ett paket: ingen giltig zip-fil (trasig, avkortad eller fel filtyp)")) from None
    except (OSError, EOFError, ValueError) as exc:
        raise BundleError(Message("filen är en trasig zip-fil ({exc})", exc=exc)) from None
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_ZIP_ENTRIES:
            raise BundleError(
                Message("paketet har {count} filer; högst {MAX_ZIP_ENTRIES} är tillåtna", count=len(infos), MAX_ZIP_ENTRIES=MAX_ZIP_ENTRIES)
            )
        seen: set[str] = set()
        for info in infos:
            name = info.filename
            if is_unsafe_name(name) or is_unsafe_name(info.orig_filename):
                raise BundleError(Message("paketet innehåller en otillåten sökväg: {name!r}", name=name))
            mode = info.external_attr >> 16
            if stat.S_ISLNK(mode):
                raise BundleError(Message("paketet innehåller en symbolisk länk: {name!r}", name=name))
            if info.is_dir() or (stat.S_IFMT(mode) and not stat.S_ISREG(mode)):
                raise BundleError(Message("paketet innehåller något som inte är en vanlig fil: {name!r}", name=name))
            if name in seen:
                raise BundleError(Message("paketet innehåller {name!r} två gånger", name=name))
            seen.add(name)
            if name not in ALLOWED_MEMBERS:
                raise BundleError(Message("paketet innehåller en okänd fil: {name!r}", name=name))
            if info.flag_bits & 0x1:
                raise BundleError(Message("{name} i paketet är krypterad", name=name))
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise BundleError(Message("{name} i paketet använder en komprimering som inte stöds", name=name))
        missing = [m for m in ALLOWED_MEMBERS if m not in seen]
        if missing:
            raise BundleError(Message("paketet saknar {missing}", missing=missing[0]))
        declared = sum(info.file_size for info in infos)
        if declared > MAX_TOTAL_UNCOMPRESSED:
            raise BundleError(
                Message(
                    "paketet packas upp till {declared} byte; högst {MAX_TOTAL_UNCOMPRESSED} är tillåtet",
                    declared=declared,
                    MAX_TOTAL_UNCOMPRESSED=MAX_TOTAL_UNCOMPRESSED,
                )
            )
        members: dict[str, bytes] = {}
        total = 0
        for info in infos:
            if info.file_size > MAX_COMPRESSION_RATIO * max(info.compress_size, 1):
                raise BundleError(
                    Message(
                        "{filename} i paketet är komprimerad mer än {MAX_COMPRESSION_RATIO}:1 (möjlig zip-bomb)",
                        filename=info.filename,
                        MAX_COMPRESSION_RATIO=MAX_COMPRESSION_RATIO,
                    )
                )
            cap = MAX_MANIFEST_BYTES if info.filename == MANIFEST else MAX_TOTAL_UNCOMPRESSED - total
            try:
                with zf.open(info) as fh:
                    content = fh.read(cap + 1)
            except (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError, NotImplementedError) as exc:
                raise BundleError(Message("{filename} i paketet är skadad ({exc})", filename=info.filename, exc=exc)) from None
            if len(content) > cap:
                raise BundleError(Message("{filename} i paketet är större än tillåtet ({cap} byte)", filename=info.filename, cap=cap))
            if len(content) != info.file_size:
                raise BundleError(Message("{filename} i paketet har fel storlek (skadad fil)", filename=info.filename))
            total += len(content)
            members[info.filename] = content
        return members


def _json_member(name: str, content: bytes) -> Any:
    """Strict JSON (core/untrusted.py): no duplicate keys, NaN, huge numbers, lone surrogates."""
    try:
        return loads_strict(content)
    except UntrustedInputError as exc:
        raise BundleError(Message("{name} i paketet: {exc}", name=name, exc=exc)) from None


def _text(obj: Any, key: str, where: str, *, optional: bool = False, limit: int = MAX_NAME_CHARS) -> Any:
    value = obj.get(key) if isinstance(obj, dict) else None
    if value is None and optional:
        return None
    if not isinstance(value, str) or not value or len(value) > limit:
        raise BundleError(Message("{where}: '{key}' saknas eller är ogiltigt", where=where, key=key))
    return value


def _manifest_format_version(manifest: dict[str, Any]) -> int:
    fmt = manifest.get("format")
    match = re.fullmatch(r"naravard-bundle/(\d{1,6})", fmt) if isinstance(fmt, str) else None
    if match is None:
        raise BundleError(Message("okänt paketformat {fmt!r}; förväntade {BUNDLE_FORMAT!r}", fmt=fmt, BUNDLE_FORMAT=BUNDLE_FORMAT))
    return int(match.group(1))


def _check_member_hashes(manifest: dict[str, Any], members: dict[str, bytes]) -> None:
    listed = manifest.get("members")
    if not isinstance(listed, list):
        raise BundleError(Message("manifest.json saknar medlemslistan 'members'"))
    names: set[str] = set()
    for entry in listed:
        if not isinstance(entry, dict) or entry.get("name") not in members or entry.get("name") == MANIFEST:
            raise BundleError(
                Message(
                    "manifest.json listar en fil som inte finns i paketet: {value!r}",
                    value=entry.get("name") if isinstance(entry, dict) else entry,
                )
            )
        name = entry["name"]
        if name in names:
            raise BundleError(Message("manifest.json listar {name} två gånger", name=name))
        names.add(name)
        content = members[name]
        if entry.get("size") != len(content):
            raise BundleError(Message("{name}: storleken stämmer inte med manifestet (paketet är ändrat eller skadat)", name=name))
        if entry.get("sha256") != hashlib.sha256(content).hexdigest():
            raise BundleError(Message("{name}: SHA-256 stämmer inte med manifestet (paketet är ändrat eller skadat)", name=name))
    for name in members:
        if name != MANIFEST and name not in names:
            raise BundleError(Message("{name} finns i paketet men inte i manifestets medlemslista", name=name))


def _parse_revision(item: Any, index: int, draft_id: str, purged_allowed: bool = False) -> Revision:
    where = Message("revisions.json, ändring {number}", number=index + 1)  # English too: a Message inside a Message
    if not isinstance(item, dict):
        raise BundleError(Message("{where}: ska vara ett JSON-objekt", where=where))
    rid = item.get("id")
    if not isinstance(rid, str) or not _HEX32.match(rid):
        raise BundleError(Message("{where}: ogiltigt id", where=where))
    field_key = _text(item, "field", where, limit=MAX_FIELD_KEY_CHARS)
    editor_id = _text(item, "editor_id", where)
    editor_name = _text(item, "editor_name", where)
    created_at = item.get("created_at")
    if not _valid_time(created_at):
        raise BundleError(
            Message(
                "{where}: ogiltig tid {value!r} (inget verkligt datum mellan år 2000 och 9998)", where=where, value=str(created_at)[:40]
            )
        )
    kind = item.get("kind")
    if not isinstance(kind, str) or not _KIND.match(kind):
        raise BundleError(Message("{where}: ogiltig sorts ändring {kind!r}", where=where, kind=kind))
    parents = item.get("parents")
    if (
        not isinstance(parents, list)
        or not all(isinstance(p, str) and _HEX32.match(p) for p in parents)
        or len(set(parents)) != len(parents)
    ):
        raise BundleError(Message("{where}: ogiltig lista med föräldrar", where=where))
    if "value" not in item:
        raise BundleError(Message("{where}: 'value' saknas", where=where))
    if item.get("purged", False) is not False:
        if item["purged"] is not True or item["value"] is not None or not purged_allowed:
            raise BundleError(Message("{where}: ogiltig rensad ändring", where=where))
        # The value was purged where the bundle was made, so the id cannot be checked
        # against it; parse_bundle checks that a verified revision descends from it.
        return Revision(rid, draft_id, field_key, None, editor_id, editor_name, created_at, kind, tuple(sorted(parents)), True)
    value_json = canonical_json(item["value"])
    if len(value_json) > MAX_VALUE_CHARS:
        raise BundleError(
            Message(
                "{where}: värdet för fältet {field_key!r} är {count} tecken; högst {MAX_VALUE_CHARS} är tillåtet",
                where=where,
                field_key=field_key[:80],
                count=len(value_json),
                MAX_VALUE_CHARS=MAX_VALUE_CHARS,
            )
        )
    parents_sorted = tuple(sorted(parents))
    if revision_id(draft_id, field_key, value_json, editor_id, editor_name, created_at, kind, parents_sorted) != rid:
        raise BundleError(
            Message("{where}: id {rid} stämmer inte med innehållet (ändringen är manipulerad eller skadad)", where=where, rid=rid)
        )
    return Revision(rid, draft_id, field_key, item["value"], editor_id, editor_name, created_at, kind, parents_sorted)


def _check_purged_are_superseded(revisions: dict[str, Revision]) -> None:
    """A purged revision (no value, id not checkable) is accepted only as the ancestor of a
    verified authored revision in the same bundle: then it can only ever be a merge base,
    never a current value or a version a merge is made of (core.merge)."""
    purged = {rid for rid, rev in revisions.items() if rev.purged}
    if not purged:
        return
    verified = [rid for rid, rev in revisions.items() if not rev.purged and not is_auto_merge(rev)]
    unsupported = purged - ancestors(verified, revisions)
    if unsupported:
        raise BundleError(
            Message("rensad ändring {value} har ingen senare ändring i paketet som bygger på den", value=sorted(unsupported)[0][:12])
        )


def _check_value_against_form(rev: Revision, form: Form) -> None:
    if rev.field.startswith(META_FIELD_PREFIX):
        return
    where = Message("ändring {id}", id=rev.id[:12])
    try:
        ref = resolve_key(form, rev.field)
        normalise_value(ref, rev.value)  # shape and labels must be valid; the value is kept as stored
    except (UnknownField, InvalidValue) as exc:
        raise BundleError(Message("{where}: {exc}", where=where, exc=exc)) from None
    if ref.key != rev.field:
        raise BundleError(
            Message("{where}: fältnyckeln {field!r} är inte formulärets nyckel {key!r}", where=where, field=rev.field, key=ref.key)
        )


def read_bundle(path: Path, forms: FormRegistry) -> Bundle:
    """Read and verify a bundle completely; raises BundleError with a one-line reason."""
    if not path.exists():
        raise BundleError(Message("filen finns inte"))
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise BundleError(Message("kan inte läsas ({strerror})", strerror=exc.strerror)) from None
    if not path.is_file():
        raise BundleError(Message("är ingen vanlig fil"))
    if size > MAX_BUNDLE_BYTES:
        raise BundleError(
            Message(
                "filen är {size} byte; högst {MAX_BUNDLE_BYTES} är tillåtet för ett paket", size=size, MAX_BUNDLE_BYTES=MAX_BUNDLE_BYTES
            )
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BundleError(Message("kan inte läsas ({strerror})", strerror=exc.strerror)) from None
    return parse_bundle(data, forms)


def parse_bundle(data: bytes, forms: FormRegistry) -> Bundle:
    members = _read_members(data)
    manifest = _json_member(MANIFEST, members[MANIFEST])
    if not isinstance(manifest, dict):
        raise BundleError(Message("manifest.json ska vara ett JSON-objekt"))
    version = _manifest_format_version(manifest)
    if version > BUNDLE_FORMAT_VERSION:
        raise BundleError(
            Message(
                "paketet har formatversion {version}, men den här versionen av programmet kan bara läsa version {BUNDLE_FORMAT_VERSION}; uppdatera Närvård desktop",
                version=version,
                BUNDLE_FORMAT_VERSION=BUNDLE_FORMAT_VERSION,
            )
        )
    if version not in (1, BUNDLE_FORMAT_VERSION):
        raise BundleError(
            Message("okänt paketformat {value!r}; förväntade {BUNDLE_FORMAT!r}", value=manifest.get("format"), BUNDLE_FORMAT=BUNDLE_FORMAT)
        )
    _check_member_hashes(manifest, members)
    form_info = manifest.get("form")
    form_id = _text(form_info, "id", "manifest.json, form")
    form_revision = form_info.get("revision") if isinstance(form_info, dict) else None
    if not isinstance(form_revision, int) or isinstance(form_revision, bool):
        raise BundleError(Message("manifest.json: formulärets 'revision' saknas eller är ogiltig"))
    form = forms.get(form_id)
    if form is None:
        raise BundleError(Message("paketet gäller formuläret '{form_id}', som inte finns i den här installationen", form_id=form_id))
    d = manifest.get("draft")
    draft_id = _text(d, "id", "manifest.json, draft", limit=MAX_DRAFT_ID_CHARS)
    if not DRAFT_ID_FORMAT.fullmatch(draft_id):
        raise BundleError(
            Message(
                "manifest.json: utkastets id '{value}' har inte formatet för utkast-id (32 hexadecimala tecken)",
                value=one_line(draft_id, 40),
            )
        )
    title = _text(d, "title", "manifest.json, draft")
    region = _text(d, "region", "manifest.json, draft", optional=True)
    created_at = d.get("created_at") if isinstance(d, dict) else None
    if not _valid_time(created_at):
        raise BundleError(Message("manifest.json: utkastets 'created_at' saknas eller är ogiltigt"))
    draft = Draft(
        draft_id,
        form_id,
        title,
        region,
        created_at,
        _text(d, "created_by_id", "manifest.json, draft"),
        _text(d, "created_by_name", "manifest.json, draft"),
    )
    exported_by = manifest.get("exported_by")
    exported_id = _text(exported_by, "id", "manifest.json, exported_by")
    exported_name = _text(exported_by, "name", "manifest.json, exported_by")
    exported_at = manifest.get("created_at")
    if not _valid_time(exported_at):
        raise BundleError(Message("manifest.json: 'created_at' saknas eller är ogiltigt"))
    doc = _json_member(REVISIONS, members[REVISIONS])
    if not isinstance(doc, dict) or not isinstance(doc.get("revisions"), list):
        raise BundleError(Message("revisions.json ska vara ett objekt med listan 'revisions'"))
    if doc.get("draft") != draft_id:
        raise BundleError(
            Message("revisions.json gäller utkastet {value!r}, manifestet utkastet {draft_id!r}", value=doc.get("draft"), draft_id=draft_id)
        )
    items = doc["revisions"]
    if len(items) > MAX_REVISIONS:
        raise BundleError(
            Message("paketet har {count} ändringar; högst {MAX_REVISIONS} är tillåtet", count=len(items), MAX_REVISIONS=MAX_REVISIONS)
        )
    revisions: dict[str, Revision] = {}
    for index, item in enumerate(items):
        if isinstance(item, dict) and "draft" in item and item["draft"] != draft_id:
            raise BundleError(Message("revisions.json, ändring {value}: hör till ett annat utkast", value=index + 1))
        rev = _parse_revision(item, index, draft_id, purged_allowed=version >= 2)
        if rev.id in revisions:
            raise BundleError(Message("revisions.json: ändring {id} förekommer två gånger", id=rev.id))
        revisions[rev.id] = rev
    for rev in revisions.values():
        for parent in rev.parents:
            other = revisions.get(parent)
            if other is None:
                raise BundleError(Message("ändring {id} bygger på {parent}, som saknas i paketet", id=rev.id[:12], parent=parent[:12]))
            if other.field != rev.field:
                raise BundleError(Message("ändring {id} bygger på en ändring av ett annat fält", id=rev.id[:12]))
        if not rev.purged:
            _check_value_against_form(rev, form)
    _check_purged_are_superseded(revisions)
    return Bundle(form_id, form_revision, draft, exported_id, exported_name, exported_at, tuple(revisions.values()))


# -- importing --------------------------------------------------------------------------


def import_bundle(store: DraftStore, forms: FormRegistry, bundle: Bundle) -> ImportSummary:
    """Union the bundle's revisions into the store and settle the touched fields.

    Reading the local state and writing happen in one transaction, so a concurrent writer
    cannot slip in between; when nothing is new, nothing is written.
    """
    batch = import_bundles(store, forms, [bundle])
    outcome = batch.files[0]
    if isinstance(outcome, BundleError):
        raise outcome
    return batch.drafts[0]


@dataclass
class BatchImport:
    """What importing several bundles in one go did.

    `files`: per bundle given, in that order, what it brought (its new revisions, whether it
    created the draft, its new comments), or the BundleError why it was not imported (then
    nothing of it was). `drafts`: per draft, the combined outcome after every bundle of it
    was merged (new revisions, automatic merges and conflicts), in the order first named.
    """

    files: list[ImportSummary | BundleError]
    drafts: list[ImportSummary]

    def draft(self, draft_id: str) -> ImportSummary:
        return next(d for d in self.drafts if d.draft_id == draft_id)


def import_bundles(store: DraftStore, forms: FormRegistry, bundles: list[Bundle]) -> BatchImport:
    """Import verified bundles in one transaction: all or nothing per bundle.

    A bundle that does not fit (its form is not installed, its draft exists here for
    another form) is left out with its reason; the others go in. The revisions of all
    bundles of a draft are united first and every touched field is settled once, so
    twenty co-writers' bundles cost one merge per field, not twenty; the result is the
    same as importing them one after another (settling depends only on the set).
    """
    files: list[ImportSummary | BundleError] = []
    accepted: dict[int, ImportSummary] = {}
    groups: dict[str, list[int]] = {}
    with store.transaction():
        existing = {d.id: d for d in store.drafts()}
        form_of = {d.id: d.form_id for d in existing.values()}
        for index, bundle in enumerate(bundles):
            if forms.get(bundle.form_id) is None:  # read_bundle checked this; the registry may have changed since
                files.append(
                    BundleError(
                        Message("paketet gäller formuläret '{form_id}', som inte finns i den här installationen", form_id=bundle.form_id)
                    )
                )
                continue
            known = form_of.get(bundle.draft.id)
            if known is not None and known != bundle.form_id:
                files.append(
                    BundleError(
                        Message(
                            "utkastet {id} finns redan här men gäller formuläret '{known}', paketet '{form_id}'",
                            id=bundle.draft.id,
                            known=known,
                            form_id=bundle.form_id,
                        )
                    )
                )
                continue
            form_of[bundle.draft.id] = bundle.form_id
            groups.setdefault(bundle.draft.id, []).append(index)
            accepted[index] = ImportSummary(bundle.draft.id)
            files.append(accepted[index])
        inserted: dict[str, list[Revision]] = {}
        drafts: list[ImportSummary] = []
        for draft_id, indexes in groups.items():
            summary, inserted[draft_id] = _import_draft(
                store,
                forms,
                [bundles[i] for i in indexes],
                [accepted[i] for i in indexes],
                existing.get(draft_id),
            )
            drafts.append(summary)
    horizon = (datetime.now(UTC) + MAX_CLOCK_LEAD).strftime(STAMP_FORMAT)
    for summary in drafts:
        future = sorted(r.created_at for r in inserted[summary.draft_id] if r.created_at > horizon)
        summary.future_revisions = len(future)
        summary.newest_future = future[-1] if future else None
        form = forms.require(form_of[summary.draft_id])
        summary.conflicts = list(store.conflicted_fields(summary.draft_id, include_meta=False))
        summary.new_comments = _new_comments(store, form, summary.draft_id, inserted[summary.draft_id])
        summary.changes = _changes(store, form, summary.draft_id, summary.heads_before, inserted[summary.draft_id], summary)
        for index in groups[summary.draft_id]:
            own = accepted[index]
            mine = [r for r in inserted[summary.draft_id] if own.new_revision_ids and r.id in own.new_revision_ids]
            own.new_comments = _new_comments(store, form, summary.draft_id, mine) if summary.new_comments else {}
    return BatchImport(files, drafts)


def _shown_by(head: Revision, revs: dict[str, Revision]) -> list[str]:
    """Who wrote the shown version: its editor, or for an automatic merge its parents' editors."""
    if not is_auto_merge(head):
        return [head.editor_name]
    names: list[str] = []
    for parent in head.parents:
        rev = revs.get(parent)
        if rev is not None:
            names.extend(n for n in _shown_by(rev, revs) if n not in names)
    return names


def _changes(
    store: DraftStore, form: Form, draft_id: str, before: dict[str, list[Revision]], inserted: list[Revision], summary: ImportSummary
) -> list[FieldChange]:
    """The answers whose shown value the import changed: by whom, and whether someone
    else's answer was cleared or replaced (issue 14 item 16)."""
    fields = sorted({r.field for r in inserted if not r.field.startswith(META_FIELD_PREFIX)})
    if not fields:
        return []
    after = store.heads(draft_id, fields)
    order = {key: i for i, key in enumerate(form.field_keys())}
    changes: list[FieldChange] = []
    for key in sorted(fields, key=lambda f: (order.get(f, len(order)), f)):
        old = before.get(key, [])
        new = after.get(key, [])
        old_value = old[-1].value if old else None
        new_value = new[-1].value if new else None
        conflict = key in summary.conflicts
        if canonical_json(old_value) == canonical_json(new_value) and not conflict:
            continue
        editors: list[str] = []
        for rev in sorted(
            (r for r in inserted if r.field == key and not is_auto_merge(r) and not r.purged), key=lambda r: (r.created_at, r.id)
        ):
            if rev.editor_name not in editors:
                editors.append(rev.editor_name)
        known = {r.id: r for r in store.history(draft_id, key)} if old and is_auto_merge(old[-1]) else {}
        merged = key in summary.merged_fields
        earlier = [] if merged or is_empty(old_value) or not old else [n for n in _shown_by(old[-1], known) if n not in editors]
        changes.append(
            FieldChange(
                key,
                field_label(form, key),
                tuple(editors),
                cleared=not is_empty(old_value) and is_empty(new_value),
                replaced=tuple(earlier),
                merged=merged,
                conflict=conflict,
            )
        )
    return changes


def _import_draft(
    store: DraftStore, forms: FormRegistry, bundles: list[Bundle], own: list[ImportSummary], existing: Draft | None
) -> tuple[ImportSummary, list[Revision]]:
    """Unite one draft's bundles with the local revisions and settle (inside the transaction)."""
    draft_id = bundles[0].draft.id
    form = forms.require(bundles[0].form_id)
    summary = ImportSummary(draft_id, draft_created=existing is None)
    if existing is None:
        own[0].draft_created = True
    local_ids = store.revision_ids(draft_id) if existing is not None else set()
    incoming: dict[str, Revision] = {}
    brought_by: dict[str, int] = {}
    for position, bundle in enumerate(bundles):
        for rev in bundle.revisions:
            if rev.id not in local_ids and rev.id not in incoming:
                incoming[rev.id] = rev
                brought_by[rev.id] = position
    touched = sorted({r.field for r in incoming.values()})
    local = store.field_revisions(draft_id, touched) if existing is not None and touched else []
    answer_fields = [f for f in touched if not f.startswith(META_FIELD_PREFIX)]
    summary.heads_before = store.heads(draft_id, answer_fields) if existing is not None else {}
    plan = plan_union(local, incoming.values(), lambda key: value_kind(form, key))
    summary.merged_fields = plan.merged_fields
    summary.new_revisions = len(plan.insert) - len(plan.merged_fields)
    summary.replaced_merges = len(plan.remove)
    for rev in plan.insert:
        if rev.id in brought_by:
            own[brought_by[rev.id]].new_revisions += 1
            own[brought_by[rev.id]].new_revision_ids.add(rev.id)
    if existing is None:
        store.insert_draft(bundles[0].draft)
    store.insert_new_revisions(plan.insert)
    store.delete_revisions(plan.remove)
    return summary, plan.insert

"""The draft store: one SQLite database in the data dir, answers kept as revisions.

Every change of a field is a revision (draft, field, value, editor, UTC time, parents).
Revision ids are content hashes, so the same change made or merged on two machines is
the same revision, and bundles can union revisions safely. A field's current value is
derived from its *heads* (revisions no other revision names as parent): one head is the
value; several heads are a conflict (until a merge or a resolve names them all).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from naravard_desktop.core.messages import Message
from naravard_desktop.core.storage import limits, migrations
from naravard_desktop.core.storage.files import fsync_dir, fsync_file
from naravard_desktop.core.storage.limits import MAX_CLOCK_LEAD, parse_stamp
from naravard_desktop.core.storage.limits import STAMP_FORMAT as STAMP_FORMAT  # revision times, re-exported
from naravard_desktop.core.storage.paths import DB_FILENAME
from naravard_desktop.core.untrusted import one_line

#: Field keys starting with this are not answers (review data, transfer marks, …).
META_FIELD_PREFIX = "@"


class StoreError(Exception):
    """A problem with the database the user can act on; the message says what."""


class DraftNotFound(StoreError):
    pass


class DatabaseDamaged(StoreError):
    """The database file is damaged; the message names the newest good backup."""

    def __init__(self, data_dir: Path, detail: str, hint: str | None = None):
        from naravard_desktop.core.storage.backup import damaged_database_message

        message = damaged_database_message(data_dir, detail)
        super().__init__(f"{message}; {hint}" if hint else message)
        self.data_dir = data_dir
        self.detail = detail


class StoreWriteError(StoreError):
    """A write failed (disk full, read-only); nothing was stored, `unsaved` can be retried."""

    def __init__(self, message: str, unsaved: Mapping[str, Any] | None = None):
        super().__init__(message)
        self.unsaved: dict[str, Any] = dict(unsaved or {})


#: SQLite errors that mean "this write cannot be stored now", not a bug.
_WRITE_FAILURES = ("SQLITE_FULL", "SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_IOERR", "SQLITE_BUSY", "SQLITE_LOCKED")


def _write_failure_message(exc: sqlite3.Error, path: Path) -> str:
    name = getattr(exc, "sqlite_errorname", "")
    if name.startswith("SQLITE_FULL"):
        return Message(
            "Ändringen kunde inte sparas: disken är full ({folder}). Inget har ändrats; frigör utrymme och försök igen.", folder=path.parent
        )
    if name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM")):
        return Message(
            "Ändringen kunde inte sparas: datakatalogen {folder} är skrivskyddad. Inget har ändrats; välj en skrivbar datakatalog och försök igen.",
            folder=path.parent,
        )
    return Message("Ändringen kunde inte sparas ({exc}). Inget har ändrats; försök igen.", exc=exc)


@dataclass(frozen=True)
class Editor:
    id: str
    name: str


@dataclass(frozen=True)
class Draft:
    id: str
    form_id: str
    title: str
    region: str | None
    created_at: str
    created_by_id: str
    created_by_name: str


@dataclass(frozen=True)
class Revision:
    id: str
    draft_id: str
    field: str
    value: Any
    editor_id: str
    editor_name: str
    created_at: str
    kind: str
    parents: tuple[str, ...]
    #: The value was purged from this machine's history (`purge_values`): `value` is None
    #: and the id can no longer be checked against the content. Only ever a revision that
    #: a later authored revision descends from, so never a current value.
    purged: bool = False


#: A draft id: what `create_draft` makes (uuid4 hex); bundles must carry one.
DRAFT_ID_FORMAT = re.compile(r"[0-9a-f]{32}")


class InputTooLong(StoreError):
    """A value, name or title over the caps a bundle import enforces (core/storage/limits.py)."""


def _check_length(what: str, text: str, limit: int) -> None:
    reason = limits.too_long(what, text, limit)
    if reason is not None:
        raise InputTooLong(reason)


def new_id() -> str:
    """A new random id (uuid4 hex): drafts, editors, comment threads and replies."""
    import uuid  # here, not at import: uuid loads platform (~1.5 ms of every start)

    return uuid.uuid4().hex


def utc_now() -> str:
    """UTC time with microseconds, ISO 8601 with Z: sortable as text."""
    return datetime.now(UTC).strftime(STAMP_FORMAT)


def later_than(stamp: str, now: str, *, bounded: bool = True) -> str:
    """`now`, or one microsecond after `stamp` when a co-writer's clock ran ahead of ours: a
    new revision is always newer than the versions it is shown against (a Lamport-style
    clock), so an edit on a machine whose clock is behind still becomes the shown value.

    Bounded: a `stamp` more than MAX_CLOCK_LEAD ahead of `now` (a co-writer's clock set to
    2099) does not move the clock, so one bad revision cannot stamp every later edit with
    its date. Never raises, whatever `stamp` holds."""
    if stamp < now:
        return now
    moment = parse_stamp(stamp)
    current = parse_stamp(now)
    if moment is None:
        return now
    if bounded and current is not None and moment - current > MAX_CLOCK_LEAD:
        return now
    try:
        return (moment + timedelta(microseconds=1)).strftime(STAMP_FORMAT)
    except OverflowError:  # cannot happen inside the accepted range; keep the time as it is
        return stamp


def _stamp_for(heads: list[Revision], parents: list[Revision], now: str) -> str:
    """The time of a new revision of a field with these heads, descending from `parents`.

    Later than every head (bounded, see later_than). When the edit leaves other heads in a
    conflict (autosave of a conflicted field) it must still sort after them to stay the
    shown version, so there the bound does not apply."""
    if not heads:
        return now
    stamp = later_than(max(r.created_at for r in heads), now)
    parent_ids = {r.id for r in parents}
    others = [r.created_at for r in heads if r.id not in parent_ids]
    if others and stamp <= max(others):
        stamp = later_than(max(r.created_at for r in heads), now, bounded=False)
    return stamp


def canonical_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def revision_id(
    draft_id: str, field: str, value_json: str, editor_id: str, editor_name: str, created_at: str, kind: str, parents: Iterable[str]
) -> str:
    """Content hash: identical changes have identical ids on every machine."""
    payload = canonical_json(
        {
            "draft": draft_id,
            "field": field,
            "value": value_json,
            "editor_id": editor_id,
            "editor_name": editor_name,
            "created_at": created_at,
            "kind": kind,
            "parents": sorted(parents),
        }
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:32]


def _field_ranges(prefixes: Iterable[str]) -> tuple[str, list[str]]:
    """SQL (for `r.field`) selecting answer keys and the "@" keys with these prefixes, as
    ranges the (draft_id, field) index can use: answers are the keys outside '@'…'@\uffff'."""
    parts = ["r.field < ?", "r.field >= ?"]
    params = [META_FIELD_PREFIX, META_FIELD_PREFIX + "\U0010ffff"]
    for prefix in prefixes:
        parts.append("(r.field >= ? AND r.field < ?)")
        params.extend([prefix, prefix + "\U0010ffff"])
    return " OR ".join(parts), params


def _check_database_file(path: Path) -> None:
    """Create the database if there is none; refuse what is not a database file.

    A new database is built and migrated in a temporary file and then linked into place in
    one step, so no process ever sees a half-made or empty database: two processes starting
    on a new data dir at once both end up with the same complete one. Hence a 0-byte file
    is never ours in the making: its content was lost outside the program, and SQLite would
    silently take it for a new database, so it is refused (restore keeps it aside)."""
    if not os.path.lexists(path):
        _create_database(path)
    if path.is_dir():
        raise DatabaseDamaged(
            path.parent, "det är en katalog, inte en databasfil", "flytta undan katalogen om du vill börja om med en tom databas"
        )
    if path.exists() and not path.is_file():
        raise DatabaseDamaged(path.parent, "det är ingen vanlig fil")
    if path.is_file() and path.stat().st_size == 0:
        raise DatabaseDamaged(
            path.parent,
            "filen är tom (0 byte): innehållet har försvunnit utanför programmet",
            f"för att börja om med en tom databas: flytta undan {path.name}",
        )


def _create_database(path: Path) -> None:
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.new-", dir=path.parent)
        os.close(fd)
    except OSError as exc:
        raise StoreError(
            Message(
                "Databasen {path} kan inte skapas ({reason}); kontrollera att datakatalogen är skrivbar och att disken inte är full.",
                path=path,
                reason=exc.strerror or exc,
            )
        ) from None
    tmp = Path(tmp_name)
    try:
        conn = sqlite3.connect(tmp, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            migrations.migrate(conn)
        finally:
            conn.close()
        fsync_file(tmp)
        try:
            os.link(tmp, path)  # fails if another process created the database first: use theirs
        except FileExistsError:
            pass
        except OSError:  # a file system without hard links
            if not os.path.lexists(path):
                os.rename(tmp, path)
        fsync_dir(path.parent)
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(
            Message(
                "Databasen {path} kan inte skapas ({reason}); kontrollera att datakatalogen är skrivbar och att disken inte är full.",
                path=path,
                reason=getattr(exc, "strerror", None) or exc,
            )
        ) from None
    finally:
        for leftover in (tmp, tmp.with_name(tmp.name + "-wal"), tmp.with_name(tmp.name + "-shm")):
            leftover.unlink(missing_ok=True)


def _default_editor_name() -> str:
    import getpass  # here: needed once per installation, and it loads termios

    try:
        return getpass.getuser() or "Okänd"
    except (OSError, KeyError):
        return "Okänd"


#: Rows per INSERT of sqlite-utils' insert_all (9 columns × 100 stays under SQLite's 999 variables).
_BATCH = 100


def _revision_row(rev: Revision, seq: int) -> dict[str, Any]:
    """A revision as its `revisions` row (the value as canonical JSON)."""
    return {
        "id": rev.id,
        "draft_id": rev.draft_id,
        "field": rev.field,
        "value": canonical_json(rev.value),
        "editor_id": rev.editor_id,
        "editor_name": rev.editor_name,
        "created_at": rev.created_at,
        "kind": rev.kind,
        "seq": seq,
    }


class DraftStore:
    """Owns the SQLite connection; all reads and writes of drafts go through here."""

    def __init__(self, data_dir: Path, *, editor_name: str | None = None):
        self.data_dir = data_dir
        self.path = data_dir / DB_FILENAME
        self.conn = self._connect(self.path)
        self._connection_number = 0  # counts reopen(): a new connection counts its changes from 0
        #: The rows heads() read, while nothing was written since (`change_token`): a window
        #: asks for the same heads several times per refresh (marks, review, checks). Rows,
        #: not revisions: each caller gets values of its own to change.
        self._heads_rows: dict[tuple[Any, ...], list[tuple[tuple[Any, ...], tuple[str, ...], bool]]] = {}
        self._heads_token: tuple[int, int, int] | None = None
        self._editor_name_override = editor_name
        #: Called once, before this connection's first write (the CLI backs up there).
        self.before_first_write: Callable[[DraftStore], None] | None = None

    # -- connection -------------------------------------------------------------------

    @staticmethod
    def _connect(path: Path) -> sqlite3.Connection:
        _check_database_file(path)
        conn: sqlite3.Connection | None = None
        try:
            conn = sqlite3.connect(path, isolation_level=None, timeout=10.0, check_same_thread=False)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA foreign_keys=ON")
            # Detects damaged pages: ~1 ms on a fresh draft, 30-70 ms at 20 000 revisions (docs/backup.md).
            problems = conn.execute("PRAGMA quick_check").fetchall()
            if problems != [("ok",)]:
                raise sqlite3.DatabaseError("; ".join(str(r[0]) for r in problems[:3]))
            migrations.migrate(conn)
        except migrations.SchemaTooNew as exc:
            conn.close()  # type: ignore[union-attr]
            raise StoreError(Message("{path}: {exc}", path=path, exc=exc)) from None
        except sqlite3.DatabaseError as exc:
            if conn is not None:
                conn.close()
            if getattr(exc, "sqlite_errorname", "").startswith(_WRITE_FAILURES):
                raise StoreError(
                    Message(
                        "Databasen {path} kan inte öppnas för skrivning ({exc}); kontrollera att datakatalogen är skrivbar och att disken inte är full.",
                        path=path,
                        exc=exc,
                    )
                ) from None
            raise DatabaseDamaged(path.parent, str(exc)) from None
        return conn

    def close(self) -> None:
        self.conn.close()

    def reopen(self) -> None:
        """Connect again to the database file, after the whole database was replaced (a
        backup restored, docs/backup.md): everyone holding this store keeps a working one.
        Raises like the constructor; the old connection is kept then."""
        conn = self._connect(self.path)
        self.conn.close()
        self.conn = conn
        self._connection_number += 1

    def change_token(self) -> tuple[int, int, int]:
        """Differs from an earlier token when anything may have been written since: through
        this store (`total_changes`), through any other connection, in this process or
        another (`PRAGMA data_version`), or the database was opened again. A few µs: a
        window asks on every activation whether it must read again."""
        data_version = self.conn.execute("PRAGMA data_version").fetchone()[0]
        return (self._connection_number, data_version, self.conn.total_changes)

    def __enter__(self) -> DraftStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One durable write: BEGIN IMMEDIATE … COMMIT (synchronous=FULL fsyncs it).

        Write failures (disk full, read-only) roll back and raise StoreWriteError.
        """
        hook, self.before_first_write = self.before_first_write, None
        if hook is not None:
            hook(self)
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            with migrations.committed(self.conn):
                yield self.conn
        except sqlite3.OperationalError as exc:
            if not getattr(exc, "sqlite_errorname", "").startswith(_WRITE_FAILURES):
                raise
            raise StoreWriteError(_write_failure_message(exc, self.path)) from exc

    # -- installation -----------------------------------------------------------------

    def _installation_value(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM installation WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def _set_installation_value(self, key: str, value: str) -> None:
        with self.transaction():
            self.conn.execute("INSERT OR REPLACE INTO installation(key, value) VALUES (?, ?)", (key, value))

    @property
    def editor(self) -> Editor:
        """This installation's editor: a random id made once, and a display name."""
        editor_id = self._installation_value("editor_id")
        if editor_id is None:
            editor_id = new_id()
            with self.transaction():
                self.conn.execute("INSERT OR IGNORE INTO installation(key, value) VALUES ('editor_id', ?)", (editor_id,))
            editor_id = self._installation_value("editor_id") or editor_id
        name = self._editor_name_override or self._installation_value("editor_name") or _default_editor_name()
        return Editor(editor_id, name)

    def set_editor_name(self, name: str) -> None:
        name = name.strip()
        if not name:
            raise StoreError(Message("Namnet får inte vara tomt."))
        _check_length(Message("Namnet"), name, limits.MAX_NAME_CHARS)
        self._set_installation_value("editor_name", name)
        self._editor_name_override = None

    def has_editor_name(self) -> bool:
        return self._installation_value("editor_name") is not None

    # -- drafts -----------------------------------------------------------------------

    def create_draft(self, form_id: str, title: str, region: str | None = None, draft_id: str | None = None) -> Draft:
        title = title.strip()
        if not title:
            raise StoreError(Message("Utkastet måste ha en titel."))
        region = (region or "").strip() or None
        _check_length(Message("Titeln"), title, limits.MAX_NAME_CHARS)
        _check_length(Message("Regionen"), region or "", limits.MAX_NAME_CHARS)
        editor = self.editor
        _check_length(Message("Namnet"), editor.name, limits.MAX_NAME_CHARS)
        draft = Draft(draft_id or new_id(), form_id, title, region, utc_now(), editor.id, editor.name)
        with self.transaction():
            self.insert_draft(draft)
        return draft

    def insert_draft(self, draft: Draft) -> None:
        """Store a draft made here or received in a bundle (its id and creator kept);
        call inside a transaction."""
        self.conn.execute(
            "INSERT INTO drafts(id, form_id, title, region, created_at, created_by_id, created_by_name) VALUES (?,?,?,?,?,?,?)",
            (draft.id, draft.form_id, draft.title, draft.region, draft.created_at, draft.created_by_id, draft.created_by_name),
        )

    def drafts(self) -> list[Draft]:
        rows = self.conn.execute(
            "SELECT id, form_id, title, region, created_at, created_by_id, created_by_name FROM drafts ORDER BY created_at"
        ).fetchall()
        return [Draft(*row) for row in rows]

    def draft(self, draft_id: str) -> Draft:
        """A draft by its full id or a unique id prefix (like git).

        Ids are DRAFT_ID_FORMAT (32 lowercase hex; bundles are held to it). A prefix is
        matched literally (no LIKE wildcards) against every draft alike, wherever it came
        from: several matches are refused, never resolved by preference."""
        if not draft_id:
            raise DraftNotFound("Inget utkast angivet.")
        wanted = draft_id.strip().lower()
        rows = self.conn.execute(
            "SELECT id, form_id, title, region, created_at, created_by_id, created_by_name FROM drafts "
            "WHERE id = ? OR substr(id, 1, ?) = ? ORDER BY id",
            (draft_id, len(wanted), wanted),
        ).fetchall()
        exact = [r for r in rows if r[0] in (draft_id, wanted)]
        if exact and (len(rows) == 1 or DRAFT_ID_FORMAT.fullmatch(exact[0][0])):
            return Draft(*exact[0])  # a malformed id (from an old bundle) is never preferred
        shown = one_line(draft_id, 40)
        if len(rows) == 1:
            return Draft(*rows[0])
        if not rows:
            raise DraftNotFound(f"Det finns inget utkast med id '{shown}' i {self.data_dir}.")
        candidates = ", ".join(one_line(r[0], 40) for r in rows[:5])
        raise DraftNotFound(f"Id '{shown}' passar {len(rows)} utkast ({candidates}); ange fler tecken.")

    # -- revisions --------------------------------------------------------------------

    def _row_to_revision(self, row: sqlite3.Row | tuple[Any, ...], parents: tuple[str, ...], purged: bool = False) -> Revision:
        rid, draft_id, field, value, editor_id, editor_name, created_at, kind = row[:8]
        return Revision(rid, draft_id, field, json.loads(value), editor_id, editor_name, created_at, kind, parents, purged)

    def _purged_among(self, ids: list[str]) -> set[str]:
        """Which of these revisions were purged (one cheap look when nothing ever was)."""
        if not ids or self.conn.execute("SELECT 1 FROM purged_revisions LIMIT 1").fetchone() is None:
            return set()
        found: set[str] = set()
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            found.update(
                r[0] for r in self.conn.execute(f"SELECT id FROM purged_revisions WHERE id IN ({','.join('?' * len(chunk))})", chunk)
            )
        return found

    def _to_revisions(self, rows: list[Any]) -> list[Revision]:
        return [self._row_to_revision(*lineage) for lineage in self._with_lineage(rows)]

    def _with_lineage(self, rows: list[Any]) -> list[tuple[tuple[Any, ...], tuple[str, ...], bool]]:
        """Each revision row with its parents and whether it was purged."""
        ids = [r[0] for r in rows]
        parents = self._parents_of(ids)
        purged = self._purged_among(ids)
        return [(tuple(r), parents[r[0]], r[0] in purged) for r in rows]

    def _parents_of(self, ids: list[str]) -> dict[str, tuple[str, ...]]:
        result: dict[str, list[str]] = {i: [] for i in ids}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for rid, parent in self.conn.execute(
                f"SELECT revision_id, parent_id FROM revision_parents WHERE revision_id IN ({marks}) ORDER BY parent_id", chunk
            ):
                result[rid].append(parent)
        return {k: tuple(v) for k, v in result.items()}

    _REV_COLUMNS = "r.id, r.draft_id, r.field, r.value, r.editor_id, r.editor_name, r.created_at, r.kind"

    def heads(
        self, draft_id: str, fields: Iterable[str] | None = None, *, include_meta: bool | tuple[str, ...] = True
    ) -> dict[str, list[Revision]]:
        """Per field, the revisions no other revision names as parent, oldest first.

        `include_meta`: True for every field; False for answers only; a tuple of prefixes
        for answers plus the "@" fields starting with one of them. The filter is a range
        on the (draft, field) index, so "@" fields cost nothing when they are not asked
        for, however many revisions a bundle brought (issue 14 item 14)."""
        heads: dict[str, list[Revision]] = {}
        for row, parents, purged in self._head_rows(draft_id, fields, include_meta):
            rev = self._row_to_revision(row, parents, purged)
            heads.setdefault(rev.field, []).append(rev)
        return heads

    def _head_rows(
        self, draft_id: str, fields: Iterable[str] | None, include_meta: bool | tuple[str, ...]
    ) -> list[tuple[tuple[Any, ...], tuple[str, ...], bool]]:
        """The heads as rows, read again only after a write (`change_token`)."""
        wanted = list(fields) if fields is not None else None
        if wanted is not None and not wanted:
            return []
        token = self.change_token()
        if token != self._heads_token:
            self._heads_rows.clear()
            self._heads_token = token
        key = (draft_id, None if wanted is None else tuple(wanted), include_meta)
        rows = self._heads_rows.get(key)
        if rows is None:
            rows = self._heads_rows[key] = self._read_heads(draft_id, wanted, include_meta)
        return rows

    def _read_heads(
        self, draft_id: str, wanted: list[str] | None, include_meta: bool | tuple[str, ...]
    ) -> list[tuple[tuple[Any, ...], tuple[str, ...], bool]]:
        """The head rows with their parents and purged flags, in field order."""
        sql = (
            f"SELECT {self._REV_COLUMNS} FROM revisions r WHERE r.draft_id = ? "
            "AND NOT EXISTS (SELECT 1 FROM revision_parents p WHERE p.parent_id = r.id)"
        )
        params: list[Any] = [draft_id]
        if wanted is not None:
            sql += f" AND r.field IN ({','.join('?' * len(wanted))})"
            params.extend(wanted)
        if include_meta is not True:
            ranges, range_params = _field_ranges(include_meta or ())
            sql += f" AND ({ranges})"
            params.extend(range_params)
        sql += " ORDER BY r.field, r.created_at, r.id"
        return self._with_lineage(self.conn.execute(sql, params).fetchall())

    def current_values(self, draft_id: str, *, include_meta: bool | tuple[str, ...] = False) -> dict[str, Any]:
        """Field → value, from the heads; a conflicted field shows its newest head.

        `include_meta` as for `heads`: False answers only, True every "@" field too, a
        tuple of prefixes the "@" fields starting with one of them."""
        newest: dict[str, str] = {}
        for row, _parents, _purged in self._head_rows(draft_id, None, include_meta):
            newest[row[2]] = row[3]  # rows come oldest first per field: the last one stays
        values: dict[str, Any] = {}
        for field, text in newest.items():
            value = json.loads(text)
            if value is not None:
                values[field] = value
        return values

    def conflicted_fields(self, draft_id: str, *, include_meta: bool = True) -> dict[str, list[Revision]]:
        """Fields with more than one head; found in SQL first, so only they are loaded."""
        sql = (
            "SELECT r.field FROM revisions r WHERE r.draft_id = ? "
            "AND NOT EXISTS (SELECT 1 FROM revision_parents p WHERE p.parent_id = r.id)"
        )
        params: list[Any] = [draft_id]
        if not include_meta:
            ranges, range_params = _field_ranges(())
            sql += f" AND ({ranges})"
            params.extend(range_params)
        sql += " GROUP BY r.field HAVING COUNT(*) > 1"
        fields = [row[0] for row in self.conn.execute(sql, params)]
        if not fields:
            return {}
        return {f: revs for f, revs in self.heads(draft_id, fields).items() if len(revs) > 1}

    def history(self, draft_id: str, field: str) -> list[Revision]:
        rows = self.conn.execute(
            f"SELECT {self._REV_COLUMNS} FROM revisions r WHERE r.draft_id = ? AND r.field = ? ORDER BY r.created_at, r.seq",
            (draft_id, field),
        ).fetchall()
        return self._to_revisions(rows)

    def revisions(self, draft_id: str) -> list[Revision]:
        """Every revision of a draft, in local insertion order."""
        rows = self.conn.execute(f"SELECT {self._REV_COLUMNS} FROM revisions r WHERE r.draft_id = ? ORDER BY r.seq", (draft_id,)).fetchall()
        return self._to_revisions(rows)

    def revision(self, revision_id_or_prefix: str) -> Revision | None:
        rows = self.conn.execute(
            f"SELECT {self._REV_COLUMNS} FROM revisions r WHERE r.id = ? OR r.id LIKE ? LIMIT 2",
            (revision_id_or_prefix, revision_id_or_prefix.replace("%", "").replace("_", "") + "%"),
        ).fetchall()
        exact = [r for r in rows if r[0] == revision_id_or_prefix]
        row = exact[0] if exact else (rows[0] if len(rows) == 1 else None)
        if row is None:
            return None
        return self._to_revisions([row])[0]

    def last_change_at(self, draft_id: str) -> str | None:
        row = self.conn.execute("SELECT MAX(created_at) FROM revisions WHERE draft_id = ?", (draft_id,)).fetchone()
        return row[0] if row else None

    def editor_names(self, draft_id: str) -> list[tuple[str, str]]:
        """Every (editor id, name) that signed a revision of the draft: they travel in bundles."""
        rows = self.conn.execute("SELECT DISTINCT editor_id, editor_name FROM revisions WHERE draft_id = ? ORDER BY 1, 2", (draft_id,))
        return [(str(editor_id), str(name)) for editor_id, name in rows]

    def _next_seq(self, draft_id: str) -> int:
        return int(self.conn.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM revisions WHERE draft_id = ?", (draft_id,)).fetchone()[0])

    def insert_revision(self, rev: Revision) -> bool:
        """Store a revision made here or elsewhere; False if it was already present (a
        revision we hold is never replaced: a purged one stays purged, a co-writer's purge
        does not empty ours)."""
        exists = self.conn.execute("SELECT 1 FROM revisions WHERE id = ?", (rev.id,)).fetchone()
        if exists:
            return False
        if rev.purged:
            self.conn.execute("INSERT OR IGNORE INTO purged_revisions(id, purged_at) VALUES (?, ?)", (rev.id, utc_now()))
        self.conn.execute(
            "INSERT INTO revisions(id, draft_id, field, value, editor_id, editor_name, created_at, kind, seq) VALUES (?,?,?,?,?,?,?,?,?)",
            (
                rev.id,
                rev.draft_id,
                rev.field,
                canonical_json(rev.value),
                rev.editor_id,
                rev.editor_name,
                rev.created_at,
                rev.kind,
                self._next_seq(rev.draft_id),
            ),
        )
        self.conn.executemany(
            "INSERT OR IGNORE INTO revision_parents(revision_id, parent_id) VALUES (?, ?)",
            [(rev.id, p) for p in rev.parents],
        )
        return True

    def delete_revisions(self, revision_ids: Sequence[str]) -> None:
        """Drop revisions by id (a bundle import replacing superseded automatic merges);
        call inside a transaction."""
        for start in range(0, len(revision_ids), 500):
            chunk = revision_ids[start : start + 500]
            self.conn.execute(f"DELETE FROM revisions WHERE id IN ({','.join('?' * len(chunk))})", chunk)

    def revision_ids(self, draft_id: str) -> set[str]:
        """The ids of every revision of a draft (cheap: no values are read)."""
        return {row[0] for row in self.conn.execute("SELECT id FROM revisions WHERE draft_id = ?", (draft_id,))}

    def field_revisions(self, draft_id: str, fields: Iterable[str]) -> list[Revision]:
        """Every revision of these fields of a draft, in local insertion order."""
        wanted = sorted(set(fields))
        rows: list[Any] = []
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            rows += self.conn.execute(
                f"SELECT {self._REV_COLUMNS}, r.seq FROM revisions r WHERE r.draft_id = ? AND r.field IN ({','.join('?' * len(chunk))})",
                (draft_id, *chunk),
            ).fetchall()
        rows.sort(key=lambda row: row[8])
        return self._to_revisions(rows)

    def insert_new_revisions(self, revisions: Iterable[Revision]) -> int:
        """Store many revisions at once (call inside a transaction), in the order given;
        those already present are skipped. Returns how many were stored."""
        fresh: dict[str, Revision] = {}
        for rev in revisions:
            fresh.setdefault(rev.id, rev)
        ids = list(fresh)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for (rid,) in self.conn.execute(f"SELECT id FROM revisions WHERE id IN ({','.join('?' * len(chunk))})", chunk):
                del fresh[rid]
        seq: dict[str, int] = {}
        rows: list[dict[str, Any]] = []
        for rev in fresh.values():
            if rev.draft_id not in seq:
                seq[rev.draft_id] = self._next_seq(rev.draft_id)
            rows.append(_revision_row(rev, seq[rev.draft_id]))
            seq[rev.draft_id] += 1
        db = self._utils()
        db.table("revisions").insert_all(rows, ignore=True, batch_size=_BATCH)
        db.table("revision_parents").insert_all(
            ({"revision_id": rev.id, "parent_id": p} for rev in fresh.values() for p in rev.parents), ignore=True, batch_size=_BATCH
        )
        now = utc_now()
        db.table("purged_revisions").insert_all(({"id": rev.id, "purged_at": now} for rev in fresh.values() if rev.purged), ignore=True)
        return len(rows)

    def _utils(self) -> Any:
        """sqlite-utils over this connection, for batch inserts (`insert_new_revisions`).
        Imported here, never at start-up (~0.15 s; docs/performance.md). Its writes run in
        savepoints, so they join the caller's transaction."""
        import sqlite_utils

        return sqlite_utils.Database(self.conn, recursive_triggers=False, execute_plugins=False)

    def purge_values(self, draft_id: str, ids: Iterable[str]) -> int:
        """Empty the stored value of these revisions and mark them purged (one transaction).
        The caller (core.field_versions.purge_history) picks only revisions that a later
        authored revision descends from. Ids, parents, editors and times stay, so every
        descendant, bundle and merge still fits. Returns how many were purged."""
        wanted = sorted(set(ids))
        now = utc_now()
        count = 0
        with self.transaction():
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                marks = ",".join("?" * len(chunk))
                cursor = self.conn.execute(
                    f"UPDATE revisions SET value = 'null' WHERE draft_id = ? AND id IN ({marks}) "
                    f"AND id NOT IN (SELECT id FROM purged_revisions WHERE id IN ({marks}))",
                    (draft_id, *chunk, *chunk),
                )
                count += cursor.rowcount
                self.conn.executemany(
                    "INSERT OR IGNORE INTO purged_revisions(id, purged_at) SELECT id, ? FROM revisions WHERE id = ? AND draft_id = ?",
                    [(now, rid, draft_id) for rid in chunk],
                )
        return count

    def make_revision(
        self,
        draft_id: str,
        field: str,
        value: Any,
        parents: Iterable[str],
        *,
        kind: str = "edit",
        editor: Editor | None = None,
        created_at: str | None = None,
    ) -> Revision:
        """Build (not store) a revision with its content-hash id."""
        editor = editor or self.editor
        created_at = created_at or utc_now()
        parents = tuple(sorted(set(parents)))
        value_json = canonical_json(value)
        # The caps a bundle import enforces: a draft must always stay shareable.
        _check_length(Message("Värdet för {field!r} (som JSON-text)", field=field[:80]), value_json, limits.MAX_VALUE_CHARS)
        _check_length(Message("Fältnyckeln"), field, limits.MAX_FIELD_KEY_CHARS)
        _check_length(Message("Namnet"), editor.name, limits.MAX_NAME_CHARS)
        if not editor.name:
            raise StoreError(Message("Namnet får inte vara tomt."))
        rid = revision_id(draft_id, field, value_json, editor.id, editor.name, created_at, kind, parents)
        return Revision(rid, draft_id, field, value, editor.id, editor.name, created_at, kind, parents)

    def set_values(self, draft_id: str, values: Mapping[str, Any], *, kind: str = "edit", keep_conflicts: bool = False) -> list[Revision]:
        """Record new values for fields in one transaction; unchanged fields are skipped.

        The new revision's parents are all current heads of its field, so setting a
        value on a conflicted field resolves the conflict. With `keep_conflicts` (the
        editor's autosave) an edit of a conflicted field descends from the shown (newest)
        head only: the other versions stay in the conflict until someone resolves it.
        """
        try:
            return self._set_values(draft_id, values, kind, keep_conflicts)
        except StoreWriteError as exc:
            exc.unsaved = dict(values)
            raise

    def _set_values(self, draft_id: str, values: Mapping[str, Any], kind: str, keep_conflicts: bool = False) -> list[Revision]:
        draft = self.draft(draft_id)
        editor = self.editor
        created: list[Revision] = []
        with self.transaction():
            heads = self.heads(draft.id, values.keys())
            now = utc_now()
            for field, value in values.items():
                current = heads.get(field, [])
                if keep_conflicts and len(current) > 1:
                    current = current[-1:]  # the head current_values shows
                if len(current) == 1 and canonical_json(current[0].value) == canonical_json(value):
                    continue
                if not current and value is None:
                    continue
                created_at = _stamp_for(heads.get(field, []), current, now)
                rev = self.make_revision(draft.id, field, value, [r.id for r in current], kind=kind, editor=editor, created_at=created_at)
                self.insert_revision(rev)
                created.append(rev)
        return created

    def set_value(self, draft_id: str, field: str, value: Any, *, kind: str = "edit") -> Revision | None:
        created = self.set_values(draft_id, {field: value}, kind=kind)
        return created[0] if created else None

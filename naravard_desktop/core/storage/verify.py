"""Checking stored revisions against their ids (docs/backup.md, "Silent damage").

Revision ids are content hashes of the draft, field, value, editor, time, kind and
parents (store.revision_id). `PRAGMA integrity_check` sees damaged pages, not a changed
byte inside a stored answer; recomputing every id does: a revision whose content no longer
hashes to its id has been changed after it was stored (a bad disk, an editing tool), and
co-writers would refuse every bundle carrying it. The check reads raw bytes, so it also
names revisions whose text is no longer valid UTF-8 or JSON. About 1 s for 20 000
revisions of 700 characters on a loaded 2-core machine (docs/backup.md, "Silent damage").
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from naravard_desktop.core.storage.store import revision_id

_COLUMNS = ("id", "draft_id", "field", "value", "editor_id", "editor_name", "created_at", "kind")


@dataclass(frozen=True)
class DamagedRevision:
    """One stored revision whose content does not match its id (or cannot be read)."""

    revision_id: str
    draft_id: str
    field: str
    created_at: str
    editor_name: str
    problem: str

    def text(self) -> str:
        return (
            f"fältet {self.field[:80]!r} i utkast {self.draft_id[:12]}: ändring {self.revision_id[:12]} "
            f"({self.created_at}, {self.editor_name[:40]}) {self.problem}"
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "revision": self.revision_id,
            "draft": self.draft_id,
            "field": self.field,
            "created_at": self.created_at,
            "editor": self.editor_name,
            "problem": self.problem,
        }


def _text(raw: Any) -> tuple[str, bool]:
    """A column read as bytes, decoded; (text, ok) — not ok when it is not valid UTF-8."""
    if raw is None:
        return "", False
    if isinstance(raw, str):
        return raw, True
    data = bytes(raw)
    try:
        return data.decode("utf-8"), True
    except UnicodeDecodeError:
        return data.decode("utf-8", "replace"), False


def database_counts(conn: sqlite3.Connection) -> tuple[int, int]:
    """(drafts, revisions) in a database opened read-only (never through the store)."""
    drafts = int(conn.execute("SELECT COUNT(*) FROM drafts").fetchone()[0])
    revisions = int(conn.execute("SELECT COUNT(*) FROM revisions").fetchone()[0])
    return drafts, revisions


def damaged_revisions(conn: sqlite3.Connection, draft_id: str | None = None) -> list[DamagedRevision]:
    """Every revision (of one draft, or all) whose content does not hash to its id.

    Raises sqlite3.DatabaseError when the tables cannot be read at all."""
    try:
        return _check(conn, draft_id, raw=False)
    except sqlite3.OperationalError as exc:
        if "decode" not in str(exc).lower():
            raise
        return _check(conn, draft_id, raw=True)  # text that is no longer UTF-8: read bytes


def _check(conn: sqlite3.Connection, draft_id: str | None, *, raw: bool) -> list[DamagedRevision]:
    wrap = (lambda c: f"CAST({c} AS BLOB)") if raw else (lambda c: c)
    where, params = ("WHERE draft_id = ?", (draft_id,)) if draft_id is not None else ("", ())
    parents: dict[Any, list[str]] = {}
    parent_sql = f"SELECT {wrap('revision_id')}, {wrap('parent_id')} FROM revision_parents"
    if draft_id is not None:
        parent_sql += " WHERE revision_id IN (SELECT id FROM revisions WHERE draft_id = ?)"
    for rid, parent in conn.execute(parent_sql, params):
        parents.setdefault(rid, []).append(_text(parent)[0])
    purged = _purged_ids(conn, draft_id)
    damaged: list[DamagedRevision] = []
    select = ", ".join(wrap(c) for c in _COLUMNS)
    for row in conn.execute(f"SELECT {select} FROM revisions {where} ORDER BY seq", params):
        if raw:
            decoded = [_text(v) for v in row]
            rid, did, field, value_text, editor_id, editor_name, created_at, kind = (t for t, _ok in decoded)
            bad_columns = [name for name, (_t, ok) in zip(_COLUMNS, decoded, strict=True) if not ok]
        else:
            rid, did, field, value_text, editor_id, editor_name, created_at, kind = row
            bad_columns = []
        # The stored text is the canonical JSON the id was computed from: hash it as it is
        # (a changed byte changes the hash; parsing is only needed to say more).
        if not bad_columns and rid in purged and value_text == "null":
            continue  # its value was purged on purpose (field_versions.purge_history): the id cannot match
        if (
            not bad_columns
            and revision_id(did, field, value_text, editor_id, editor_name, created_at, kind, parents.get(row[0], ())) == rid
        ):
            continue
        if bad_columns:
            problem = f"är skadad: {', '.join(bad_columns)} är inte giltig text"
        elif not _is_json(value_text):
            problem = "är skadad: värdet är inte giltig JSON"
        else:
            problem = "är ändrad efter att den sparades: innehållet stämmer inte med dess id"
        damaged.append(DamagedRevision(str(rid), str(did), str(field), str(created_at), str(editor_name), problem))
    return damaged


def _purged_ids(conn: sqlite3.Connection, draft_id: str | None) -> set[Any]:
    """Ids of revisions purged on purpose (schema 2; an older backup has none)."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'purged_revisions'").fetchone() is None:
        return set()
    sql = "SELECT id FROM purged_revisions"
    if draft_id is not None:
        sql += " WHERE id IN (SELECT id FROM revisions WHERE draft_id = ?)"
    return {row[0] for row in conn.execute(sql, (draft_id,) if draft_id is not None else ())}


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except (ValueError, RecursionError):
        return False
    return True


def summary_text(damaged: list[DamagedRevision], limit: int = 3) -> str:
    """One line naming the damaged fields: "2 skadade ändringar: fältet '3' i utkast …; …"."""
    head = "1 skadad ändring" if len(damaged) == 1 else f"{len(damaged)} skadade ändringar"
    shown = "; ".join(d.text() for d in damaged[:limit])
    more = f"; och {len(damaged) - limit} till" if len(damaged) > limit else ""
    return f"{head}: {shown}{more}"

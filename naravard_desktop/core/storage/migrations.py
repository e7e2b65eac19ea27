"""Schema migrations of the draft database, replayed in order.

Each step is a pure function of a connection inside one transaction; step N brings the
schema from `user_version` N-1 to N. Never edit a released step: add a new one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager

Migration = Callable[[sqlite3.Connection], None]


@contextmanager
def committed(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """The transaction the caller began (BEGIN IMMEDIATE) is committed when the block ends
    and rolled back when it raises anything (unless SQLite has rolled back already); the
    one way every writer here ends a transaction (store, migrations, restore)."""
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _run(conn: sqlite3.Connection, script: str) -> None:
    """Run DDL statements one by one (executescript would commit the open transaction)."""
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def _v1_initial(conn: sqlite3.Connection) -> None:
    _run(
        conn,
        """
        CREATE TABLE installation (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE drafts (
            id              TEXT PRIMARY KEY,
            form_id         TEXT NOT NULL,
            title           TEXT NOT NULL,
            region          TEXT,
            created_at      TEXT NOT NULL,
            created_by_id   TEXT NOT NULL,
            created_by_name TEXT NOT NULL
        );
        CREATE TABLE revisions (
            id          TEXT PRIMARY KEY,
            draft_id    TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
            field       TEXT NOT NULL,
            value       TEXT NOT NULL,
            editor_id   TEXT NOT NULL,
            editor_name TEXT NOT NULL,
            created_at  TEXT NOT NULL,
            kind        TEXT NOT NULL DEFAULT 'edit',
            seq         INTEGER NOT NULL
        );
        CREATE INDEX revisions_draft_field ON revisions(draft_id, field);
        CREATE INDEX revisions_draft_seq ON revisions(draft_id, seq);
        CREATE TABLE revision_parents (
            revision_id TEXT NOT NULL REFERENCES revisions(id) ON DELETE CASCADE,
            parent_id   TEXT NOT NULL,
            PRIMARY KEY (revision_id, parent_id)
        ) WITHOUT ROWID;
        CREATE INDEX revision_parents_parent ON revision_parents(parent_id);
        """,
    )


def _v2_purged_revisions(conn: sqlite3.Connection) -> None:
    """Revisions whose value was purged from the history (issue 14 item 7): the value is
    emptied in `revisions`, and this table says it was purged (not cleared by an edit)."""
    _run(
        conn,
        """
        CREATE TABLE purged_revisions (
            id        TEXT PRIMARY KEY REFERENCES revisions(id) ON DELETE CASCADE,
            purged_at TEXT NOT NULL
        ) WITHOUT ROWID;
        """,
    )


MIGRATIONS: tuple[Migration, ...] = (_v1_initial, _v2_purged_revisions)
SCHEMA_VERSION = len(MIGRATIONS)


class SchemaTooNew(Exception):
    pass


def migrate(conn: sqlite3.Connection) -> int:
    """Apply the missing steps; refuse a database written by newer code."""
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    if current > SCHEMA_VERSION:
        raise SchemaTooNew(
            f"Databasen har schemaversion {current}, men den här versionen av programmet kan bara "
            f"läsa upp till version {SCHEMA_VERSION}. Uppdatera Närvård desktop; databasen har inte ändrats."
        )
    while current < SCHEMA_VERSION:
        conn.execute("BEGIN IMMEDIATE")
        with committed(conn):
            # Read again under the write lock: another process may have migrated meanwhile.
            current = conn.execute("PRAGMA user_version").fetchone()[0]
            if current < SCHEMA_VERSION:
                MIGRATIONS[current](conn)
                current += 1
                conn.execute(f"PRAGMA user_version = {current}")
    return SCHEMA_VERSION

import sqlite3
from contextlib import closing

import pytest

from naravard_desktop.core.storage import migrations
from naravard_desktop.core.storage.paths import DB_FILENAME
from naravard_desktop.core.storage.store import DraftNotFound, DraftStore, StoreError


def test_new_database_is_migrated_with_durable_pragmas(data_dir):
    with DraftStore(data_dir) as store:
        conn = store.conn
        assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"installation", "drafts", "revisions", "revision_parents"} <= tables


def test_migrations_replay_in_order_from_version_0(data_dir):
    path = data_dir / DB_FILENAME
    with closing(sqlite3.connect(path)) as conn:  # a database at user_version 0 (a 0-byte file is refused: test_integrity)
        conn.execute("CREATE TABLE unrelated (x)")
    with DraftStore(data_dir) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == len(migrations.MIGRATIONS)
    with DraftStore(data_dir) as store:  # reopening applies nothing twice
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == len(migrations.MIGRATIONS)


def test_database_from_newer_code_is_refused_unchanged(data_dir):
    DraftStore(data_dir).close()
    path = data_dir / DB_FILENAME
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 5}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="nyare|Uppdatera"):
        DraftStore(data_dir)
    assert path.read_bytes() == before


def test_not_a_database_gives_clear_error(data_dir):
    (data_dir / DB_FILENAME).write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="skadad"):
        DraftStore(data_dir)


def test_installation_has_random_editor_id_and_name(data_dir, tmp_path):
    with DraftStore(data_dir) as a, DraftStore(tmp_path) as b:
        assert len(a.editor.id) == 32 and a.editor.id != b.editor.id
        assert a.editor.id == a.editor.id
        a.set_editor_name("Anna Samordnare")
        assert a.editor.name == "Anna Samordnare"
    with DraftStore(data_dir, editor_name="Tillfällig") as a:
        assert a.editor.name == "Tillfällig"


def test_every_change_is_a_revision_with_parent(data_dir):
    with DraftStore(data_dir, editor_name="Anna") as store:
        draft = store.create_draft("sos-gnv-regioner-2024", "Svar", "Region Halland")
        first = store.set_value(draft.id, "3", "Första")
        second = store.set_value(draft.id, "3", "Andra")
        assert store.set_value(draft.id, "3", "Andra") is None  # unchanged: no revision
        history = store.history(draft.id, "3")
        assert [r.value for r in history] == ["Första", "Andra"]
        assert first.parents == () and second.parents == (first.id,)
        assert second.editor_name == "Anna" and second.editor_id == store.editor.id
        assert second.created_at.endswith("Z") and second.created_at >= first.created_at
        assert store.current_values(draft.id) == {"3": "Andra"}
        assert store.last_change_at(draft.id) == second.created_at


def test_revision_ids_are_content_hashes(data_dir):
    with DraftStore(data_dir) as store:
        draft = store.create_draft("f", "t")
        rev = store.make_revision(draft.id, "3", "x", [], created_at="2025-01-01T00:00:00.000000Z")
        again = store.make_revision(draft.id, "3", "x", [], created_at="2025-01-01T00:00:00.000000Z")
        other = store.make_revision(draft.id, "3", "y", [], created_at="2025-01-01T00:00:00.000000Z")
        assert rev.id == again.id != other.id
        with store.transaction():
            assert store.insert_revision(rev) is True
            assert store.insert_revision(again) is False


def test_two_heads_are_a_conflict_until_a_new_value_names_both(data_dir):
    with DraftStore(data_dir) as store:
        draft = store.create_draft("f", "t")
        base = store.set_value(draft.id, "3", "bas")
        left = store.make_revision(draft.id, "3", "vänster", [base.id], created_at="2030-01-01T00:00:00.000000Z")
        right = store.make_revision(draft.id, "3", "höger", [base.id], created_at="2030-01-01T00:00:01.000000Z")
        with store.transaction():
            store.insert_revision(left)
            store.insert_revision(right)
        assert set(store.conflicted_fields(draft.id)) == {"3"}
        assert store.current_values(draft.id)["3"] == "höger"  # newest head is shown meanwhile
        resolved = store.set_value(draft.id, "3", "båda")
        assert set(resolved.parents) == {left.id, right.id}
        assert store.conflicted_fields(draft.id) == {}


def test_clearing_a_value_keeps_history(data_dir):
    with DraftStore(data_dir) as store:
        draft = store.create_draft("f", "t")
        store.set_value(draft.id, "3", "text")
        store.set_value(draft.id, "3", None)
        assert "3" not in store.current_values(draft.id)
        assert [r.value for r in store.history(draft.id, "3")] == ["text", None]


def test_draft_lookup_by_prefix_and_errors(data_dir):
    with DraftStore(data_dir) as store:
        draft = store.create_draft("f", "Titel", "Region X")
        assert store.draft(draft.id[:8]).id == draft.id
        with pytest.raises(DraftNotFound, match="inget utkast"):
            store.draft("zzzz")
        with pytest.raises(StoreError):
            store.create_draft("f", "   ")


def test_write_is_visible_to_a_second_connection(data_dir):
    with DraftStore(data_dir) as writer:
        draft = writer.create_draft("f", "t")
        writer.set_value(draft.id, "3", "sparat")
        with DraftStore(data_dir) as reader:
            assert reader.current_values(draft.id) == {"3": "sparat"}


def test_batch_insert_of_revisions_skips_known_ones_and_joins_the_callers_transaction(data_dir):
    """insert_new_revisions (bundle import; sqlite-utils' insert_all): in the order given,
    parents and purge marks kept, known ids skipped, and nothing left when the caller's
    transaction rolls back (its writes are savepoints inside ours, never a commit)."""
    from dataclasses import replace

    with DraftStore(data_dir) as store:
        draft = store.create_draft("f", "t")
        base = store.set_value(draft.id, "3", "bas")
        revs = [store.make_revision(draft.id, "3", f"v{i}", [base.id], created_at=f"2030-01-01T00:00:{i:02d}.000000Z") for i in range(250)]
        revs[7] = replace(revs[7], value=None, purged=True)
        with pytest.raises(RuntimeError), store.transaction():
            assert store.insert_new_revisions(revs) == 250
            raise RuntimeError("the import failed later")
        assert [r.id for r in store.revisions(draft.id)] == [base.id]
        with store.transaction():
            assert store.insert_new_revisions([base, *revs, revs[0]]) == 250
        stored = store.revisions(draft.id)
        assert [r.id for r in stored] == [base.id, *(r.id for r in revs)]
        assert all(r.parents == (base.id,) for r in stored[1:])
        assert [r.id for r in stored if r.purged] == [revs[7].id]
        with store.transaction():
            assert store.insert_new_revisions(revs) == 0


def test_heads_read_again_after_any_write_and_give_each_caller_its_own_values(data_dir):
    """heads() reuses what it read while nothing was written (change_token); a write through
    this store, through another connection or a reopen is seen at once."""
    with DraftStore(data_dir) as store, DraftStore(data_dir) as other:
        draft = store.create_draft("sos-gnv-regioner-2024", "Utkast")
        store.set_value(draft.id, "1", {"a": "Ja"})
        token = store.change_token()
        first = store.heads(draft.id)
        assert store.change_token() == token  # reading changes nothing
        first["1"][0].value["a"] = "ändrad av en anropare"
        assert store.heads(draft.id)["1"][0].value == {"a": "Ja"}  # a value of its own

        other.set_value(draft.id, "1", {"a": "Nej"})  # another connection (e.g. the CLI)
        assert store.change_token() != token
        assert store.current_values(draft.id)["1"] == {"a": "Nej"}

        store.set_value(draft.id, "2", "text")  # this store
        assert store.heads(draft.id, ["2"])["2"][0].value == "text"

        token = store.change_token()
        store.reopen()
        assert store.change_token() != token
        assert store.current_values(draft.id) == {"1": {"a": "Nej"}, "2": "text"}

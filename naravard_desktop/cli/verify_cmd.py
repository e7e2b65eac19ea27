"""`naravard verify [--json]`: is the database whole, and does every revision match its id?

Opens the database read-only (never through the store), so it works on a damaged one.
Exit 0 when all is well, 1 when damage was found (like `check`), 2 when there is nothing
to check. docs/backup.md, "Silent damage".
"""

from __future__ import annotations

import argparse
import sqlite3
from contextlib import closing
from typing import Any

from naravard_desktop.cli.context import CliError, Commands, Context, print_json
from naravard_desktop.core.storage import backup, verify


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    p = Commands(subparsers, common).add(
        "verify", "kontrollera databasen: integritet och att varje ändring stämmer med sitt id", cmd_verify
    )
    p.add_argument("--json", action="store_true", help="skriv resultatet som JSON")


def cmd_verify(ctx: Context, args: argparse.Namespace) -> int:
    db = backup.database_path(ctx.data_dir)
    if not db.is_file():
        raise CliError(f"det finns ingen databas att kontrollera i {ctx.data_dir}" + (" (där finns en katalog)" if db.is_dir() else ""))
    integrity = backup.integrity_problem(db, revisions=False)
    damaged: list[verify.DamagedRevision] = []
    count = drafts = 0
    if integrity is None:
        try:
            with closing(sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)) as conn:
                damaged = verify.damaged_revisions(conn)
                drafts, count = verify.database_counts(conn)
        except sqlite3.DatabaseError as exc:
            integrity = str(exc)
    ok = integrity is None and not damaged
    good = None if ok else backup.newest_good_backup(ctx.data_dir)
    if args.json:
        doc: dict[str, Any] = {
            "ok": ok,
            "database": str(db),
            "integrity": integrity,
            "drafts": drafts,
            "revisions": count,
            "damaged": [d.to_json() for d in damaged],
            "newest_intact_backup": None
            if good is None
            else {"name": good.name, "created_at": good.created_at.strftime("%Y-%m-%dT%H:%M:%SZ")},
        }
        print_json(doc)
        return 0 if ok else 1
    if ok:
        print(f"databasen är felfri: integritetskontroll ok, alla {count} ändringar i {drafts} utkast stämmer med sina id")
        return 0
    if integrity is not None:
        print(f"databasen är skadad: {' '.join(integrity.split())}")
    for item in damaged:
        print(f"skadad: {item.text()}")
    print(backup.restore_advice(ctx.data_dir))
    return 1

"""`naravard backup list|create|restore`: the rolling backups in <data-dir>/backups/.

None of these open the draft store, so they work when the database is damaged.
"""

from __future__ import annotations

import argparse
from typing import Any

from naravard_desktop.cli.context import CliError, Commands, Context, print_json, refused
from naravard_desktop.core.storage import backup, session_marker


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    backups = Commands(subparsers, common).group("backup", "säkerhetskopior av databasen")
    p = backups.add("list", "lista säkerhetskopior, nyaste först", cmd_list)
    p.add_argument("--json", action="store_true")
    p.add_argument("--verify", action="store_true", help="kör integritetskontroll på varje kopia")
    p = backups.add("create", "gör en säkerhetskopia nu", cmd_create)
    p.add_argument(
        "--keep", type=int, default=backup.DEFAULT_KEEP, metavar="K", help=f"behåll de K nyaste (standard {backup.DEFAULT_KEEP})"
    )
    p = backups.add("restore", "ersätt databasen med en säkerhetskopia (den nuvarande kopieras först)", cmd_restore)
    p.add_argument("name", metavar="NAME", help="säkerhetskopians namn (eller ett unikt början av det)")


def cmd_list(ctx: Context, args: argparse.Namespace) -> int:
    rows: list[dict[str, Any]] = []
    for item in backup.list_backups(ctx.data_dir):
        row: dict[str, Any] = {
            "name": item.name,
            "created_at": item.created_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "size": item.size,
            "path": str(item.path),
        }
        if args.verify:
            problem = backup.integrity_problem(item.path)
            row["ok"] = problem is None
            row["problem"] = problem
        rows.append(row)
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print(f"inga säkerhetskopior i {backup.backup_dir(ctx.data_dir)}")
    for row in rows:
        status = "" if not args.verify else ("\tok" if row["ok"] else f"\tSKADAD: {row['problem']}")
        print(f"{row['name']}\t{row['created_at']}\t{backup.size_text(row['size'])}{status}")
    return 0


def cmd_create(ctx: Context, args: argparse.Namespace) -> int:
    if args.keep < 1:
        raise CliError("--keep måste vara minst 1")
    with refused(backup.BackupError):
        made = backup.create_backup(ctx.data_dir, keep=args.keep)
    print(made.name)
    return 0


def cmd_restore(ctx: Context, args: argparse.Namespace) -> int:
    app = session_marker.running_app(ctx.data_dir)
    if app is not None:
        # The restore itself is safe with the app open, but the app would go on showing
        # the answers it had loaded: restore there (Arkiv › Säkerhetskopior…) or close it.
        raise CliError(
            f"Närvård desktop är öppet på den här datakatalogen (process {app.pid}); stäng det eller återställ i "
            "programmet (Arkiv › Säkerhetskopior…) — inget har ändrats"
        )
    with refused(backup.BackupError):
        result = backup.restore_backup(ctx.data_dir, args.name)
    print(f"återställd från {result.restored.name} ({result.restored.created_at_text})")
    if result.safety_backup is not None:
        print(f"det tidigare tillståndet finns i säkerhetskopian {result.safety_backup.name}")
    if result.damaged_copy is not None:
        print(f"den skadade databasen har flyttats till {result.damaged_copy}")
    return 0

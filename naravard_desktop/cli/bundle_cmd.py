"""Co-writing: `naravard bundle export|import`, `conflicts`, `resolve`, `history`, `restore`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from naravard_desktop.cli.context import CliError, Context, print_json
from naravard_desktop.core.bundles import BundleError, import_bundle, read_bundle, write_bundle
from naravard_desktop.core.field_versions import (
    FieldVersionError,
    conflicts,
    field_label,
    history,
    parse_value_text,
    resolve_take,
    resolve_value,
    restore,
    revision_json,
)
from naravard_desktop.core.interchange import MAX_ANSWERS_FILE_BYTES
from naravard_desktop.core.pii import pii_warnings
from naravard_desktop.core.store import Revision
from naravard_desktop.core.untrusted import UntrustedInputError, read_capped

SHORT_ID = 12


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    bundle = subparsers.add_parser("bundle", help="paket (.naravard) för att skriva tillsammans", parents=[common])
    sub = bundle.add_subparsers(dest="bundle_command", metavar="SUBCOMMAND", parser_class=type(bundle))
    sub.required = True
    p = sub.add_parser("export", help="skriv utkastets alla ändringar till ett paket", parents=[common])
    p.add_argument("draft_id", metavar="DRAFT_ID")
    p.add_argument("--out", metavar="FILE", type=Path, required=True, help="paketfilen, t.ex. svar-anna.naravard")
    p.set_defaults(handler=cmd_export)
    p = sub.add_parser("import", help="läs in ett paket och slå samman (skapar utkastet om det saknas)", parents=[common])
    p.add_argument("file", metavar="FILE", type=Path)
    p.add_argument("--json", action="store_true", help="skriv sammanfattningen som JSON")
    p.set_defaults(handler=cmd_import)

    p = subparsers.add_parser("conflicts", help="visa fält där versioner krockar", parents=[common])
    p.add_argument("draft_id", metavar="DRAFT_ID")
    p.add_argument("--json", action="store_true", help="skriv ut som JSON")
    p.set_defaults(handler=cmd_conflicts)

    p = subparsers.add_parser("resolve", help="lös en konflikt: ta en version eller ange ett nytt värde", parents=[common])
    p.add_argument("draft_id", metavar="DRAFT_ID")
    p.add_argument("question", metavar="QUESTION", help="frågenummer eller fältnyckel, t.ex. '18 / Andra åtgärder, ange vad'")
    how = p.add_mutually_exclusive_group(required=True)
    how.add_argument("--take", metavar="REVISION", help="versionens id (eller en entydig början av det)")
    how.add_argument("--value-file", metavar="FILE", type=Path, help="fil med värdet som JSON, eller ren text för textfält")
    p.set_defaults(handler=cmd_resolve)

    p = subparsers.add_parser("history", help="vem som ändrade ett fält och när", parents=[common])
    p.add_argument("draft_id", metavar="DRAFT_ID")
    p.add_argument("question", metavar="QUESTION")
    p.add_argument("--json", action="store_true", help="skriv ut som JSON")
    p.set_defaults(handler=cmd_history)

    p = subparsers.add_parser("restore", help="gör en äldre version av ett fält aktuell igen", parents=[common])
    p.add_argument("draft_id", metavar="DRAFT_ID")
    p.add_argument("question", metavar="QUESTION")
    p.add_argument("revision", metavar="REVISION")
    p.set_defaults(handler=cmd_restore)


def cmd_export(ctx: Context, args: argparse.Namespace) -> int:
    draft, form = ctx.draft_and_form(args.draft_id)
    for line in pii_warnings(ctx.store, form, draft.id):  # warn, never block (exit code stays 0)
        print(line, file=sys.stderr)
    try:
        count = write_bundle(ctx.store, form, draft.id, args.out)
    except BundleError as exc:
        raise CliError(f"{args.out}: {exc}") from None
    print(f"{args.out}: {count} ändringar av utkastet {draft.id} ({draft.title})")
    return 0


def cmd_import(ctx: Context, args: argparse.Namespace) -> int:
    try:
        bundle = read_bundle(args.file, ctx.forms)
        summary = import_bundle(ctx.store, ctx.forms, bundle)
    except BundleError as exc:
        raise CliError(f"{args.file}: {exc}; inget har ändrats") from None
    draft, form = ctx.draft_and_form(summary.draft_id)
    if args.json:
        print_json(summary.to_json(form))
        return 0
    print("\n".join(summary.lines(form, draft.title)))
    return 0


def _value_preview(value: Any, width: int = 70) -> str:
    if value is None:
        return "(tomt)"
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _version_line(rev: Revision) -> str:
    return f"{rev.id[:SHORT_ID]}  {rev.created_at}  {rev.editor_name}  [{rev.kind}]"


def cmd_conflicts(ctx: Context, args: argparse.Namespace) -> int:
    draft, form = ctx.draft_and_form(args.draft_id)
    found = conflicts(ctx.store, form, draft.id)
    if args.json:
        print_json({"draft": draft.id, "form": form.id, "conflicts": [c.to_json() for c in found]})
        return 0
    for c in found:
        print(f"{c.label} ({c.field}): {len(c.versions)} versioner")
        for rev in c.versions:
            print(f"  {_version_line(rev)}: {_value_preview(rev.value)}")
    print(("1 konflikt" if len(found) == 1 else f"{len(found)} konflikter") if found else "inga konflikter")
    return 0


def cmd_resolve(ctx: Context, args: argparse.Namespace) -> int:
    draft, form = ctx.draft_and_form(args.draft_id)
    try:
        if args.take is not None:
            rev = resolve_take(ctx.store, form, draft.id, args.question, args.take)
        else:
            try:
                text = read_capped(args.value_file, MAX_ANSWERS_FILE_BYTES).decode("utf-8")
            except OSError as exc:
                raise CliError(f"{args.value_file}: kan inte läsas ({exc.strerror})") from None
            except UntrustedInputError as exc:
                raise CliError(f"{args.value_file}: {exc}") from None
            except UnicodeDecodeError:
                raise CliError(f"{args.value_file}: filen är inte UTF-8-text") from None
            try:
                value = parse_value_text(form, args.question, text)
            except FieldVersionError as exc:
                raise CliError(f"{args.value_file}: {exc}") from None
            rev = resolve_value(ctx.store, form, draft.id, args.question, value)
    except FieldVersionError as exc:
        raise CliError(str(exc)) from None
    print(f"{field_label(form, rev.field)}: konflikten löst med version {rev.id[:SHORT_ID]}")
    return 0


def cmd_history(ctx: Context, args: argparse.Namespace) -> int:
    draft, form = ctx.draft_and_form(args.draft_id)
    try:
        key, revisions = history(ctx.store, form, draft.id, args.question)
    except FieldVersionError as exc:
        raise CliError(str(exc)) from None
    heads = {r.id for r in ctx.store.heads(draft.id, [key]).get(key, [])}
    if args.json:
        print_json({"draft": draft.id, "field": key, "history": [{**revision_json(r), "current": r.id in heads} for r in revisions]})
        return 0
    for rev in revisions:
        mark = "*" if rev.id in heads else " "
        print(f"{mark} {_version_line(rev)}: {_value_preview(rev.value)}")
    if not revisions:
        print(f"{field_label(form, key)} har inga ändringar")
    return 0


def cmd_restore(ctx: Context, args: argparse.Namespace) -> int:
    draft, form = ctx.draft_and_form(args.draft_id)
    try:
        rev = restore(ctx.store, form, draft.id, args.question, args.revision)
    except FieldVersionError as exc:
        raise CliError(str(exc)) from None
    if rev is None:
        print("inget nytt: den versionen är redan aktuell")
    else:
        print(f"{field_label(form, rev.field)}: version {args.revision} återställd som ny version {rev.id[:SHORT_ID]}")
    return 0

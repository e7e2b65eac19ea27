"""Co-writing: `naravard bundle export|import`, `conflicts`, `resolve`, `history`, `restore`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from naravard_desktop.cli.context import CliError, Commands, Context, check_out, print_json, refused
from naravard_desktop.core.storage.store import Revision
from naravard_desktop.core.submission.pii import pii_warnings
from naravard_desktop.core.sync.bundles import (
    Bundle,
    BundleError,
    ImportSummary,
    file_line,
    import_bundle,
    import_bundles,
    read_bundle,
    write_bundle,
)
from naravard_desktop.core.sync.field_versions import (
    PURGED_TEXT,
    FieldVersionError,
    conflicts,
    field_label,
    history,
    parse_value_text,
    purge_history,
    purgeable,
    resolve_take,
    resolve_value,
    restore,
    revision_json,
)
from naravard_desktop.core.sync.interchange import MAX_ANSWERS_FILE_BYTES
from naravard_desktop.core.untrusted import UntrustedInputError, one_line, read_capped

SHORT_ID = 12


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    commands = Commands(subparsers, common)
    bundle = commands.group("bundle", "paket (.naravard) för att skriva tillsammans")
    p = bundle.add("export", "skriv utkastets alla ändringar till ett paket", cmd_export, "draft_id")
    p.add_argument("--out", metavar="FILE", type=Path, required=True, help="paketfilen, t.ex. svar-anna.naravard")
    p = bundle.add("import", "läs in paket och slå samman (skapar utkastet om det saknas)", cmd_import)
    p.add_argument("files", metavar="FILE", type=Path, nargs="+", help="ett eller flera paket; alla läses in i ett svep")
    p.add_argument("--json", action="store_true", help="skriv sammanfattningen som JSON")

    p = commands.add("conflicts", "visa fält där versioner krockar", cmd_conflicts, "draft_id")
    p.add_argument("--json", action="store_true", help="skriv ut som JSON")

    p = commands.add("resolve", "lös en konflikt: ta en version eller ange ett nytt värde", cmd_resolve, "draft_id")
    p.add_argument("question", metavar="QUESTION", help="frågenummer eller fältnyckel, t.ex. '18 / Andra åtgärder, ange vad'")
    how = p.add_mutually_exclusive_group(required=True)
    how.add_argument("--take", metavar="REVISION", help="versionens id (eller en entydig början av det)")
    how.add_argument("--value-file", metavar="FILE", type=Path, help="fil med värdet som JSON, eller ren text för textfält")

    p = commands.add(
        "history",
        "vem som ändrade ett fält och när; 'history purge' rensar gamla versioner",
        cmd_history,
        usage="naravard history DRAFT_ID QUESTION [--json]\n       naravard history purge DRAFT_ID QUESTION [--yes]",
    )
    p.add_argument("draft_id", metavar="DRAFT_ID", help="utkastet (eller 'purge' följt av utkast och fråga)")
    p.add_argument("question", metavar="QUESTION")
    p.add_argument("purge_question", nargs="?", metavar="PURGE_QUESTION", help=argparse.SUPPRESS)
    p.add_argument("--json", action="store_true", help="skriv ut som JSON")
    p.add_argument("--yes", action="store_true", help="med 'purge': rensa utan att fråga (annars visas bara vad som skulle rensas)")

    commands.add("restore", "gör en äldre version av ett fält aktuell igen", cmd_restore, "draft_id", "question", "revision")


def cmd_export(ctx: Context, args: argparse.Namespace) -> int:
    check_out(args.out)
    draft, form = ctx.draft_and_form(args.draft_id)
    for line in pii_warnings(ctx.store, form, draft.id, history=True):  # warn, never block (exit code stays 0)
        print(line, file=sys.stderr)
    try:
        count = write_bundle(ctx.store, form, draft.id, args.out)
    except BundleError as exc:
        raise CliError(f"{args.out}: {exc}") from None
    print(f"{args.out}: {count} ändringar av utkastet {draft.id} ({draft.title})")
    return 0


def cmd_import(ctx: Context, args: argparse.Namespace) -> int:
    if len(args.files) > 1:
        return _import_several(ctx, args.files, args.json)
    path = args.files[0]
    try:
        bundle = read_bundle(path, ctx.forms)
        summary = import_bundle(ctx.store, ctx.forms, bundle)
    except BundleError as exc:
        raise CliError(f"{path}: {exc}; inget har ändrats") from None
    return print_import_summary(ctx, summary, args.json)


def print_import_summary(ctx: Context, summary: ImportSummary, as_json: bool) -> int:
    """The import summary as text or JSON: one form for bundle and Word imports (exit 0)."""
    if as_json:
        print_json(summary.to_json())
        return 0
    draft, form = ctx.draft_and_form(summary.draft_id)
    print("\n".join(summary.lines(form, draft.title)))
    return 0


def _import_several(ctx: Context, paths: list[Path], as_json: bool) -> int:
    """Several bundles in one transaction (docs/bundles.md): all or nothing per file, one merge per field."""
    outcomes: list[ImportSummary | BundleError] = []
    readable: list[Bundle] = []
    for path in paths:
        try:
            readable.append(read_bundle(path, ctx.forms))
            outcomes.append(ImportSummary(""))  # filled from the batch below
        except BundleError as exc:
            outcomes.append(exc)
    batch = import_bundles(ctx.store, ctx.forms, readable)
    imported = iter(batch.files)
    outcomes = [next(imported) if isinstance(o, ImportSummary) else o for o in outcomes]
    failed = [p for p, o in zip(paths, outcomes, strict=True) if isinstance(o, BundleError)]
    if as_json:
        files = [
            {"file": str(p), "imported": False, "error": str(o)}
            if isinstance(o, BundleError)
            else {
                "file": str(p),
                "imported": True,
                **{k: v for k, v in o.to_json().items() if k not in ("merged_fields", "conflicts", "future_revisions", "changes")},
            }
            for p, o in zip(paths, outcomes, strict=True)
        ]
        print_json({"files": files, "drafts": [d.to_json() for d in batch.drafts]})
    else:
        for path, outcome in zip(paths, outcomes, strict=True):
            print(file_line(str(path), outcome))
        for summary in batch.drafts:
            draft, form = ctx.draft_and_form(summary.draft_id)
            count_files = sum(1 for o in outcomes if isinstance(o, ImportSummary) and o.draft_id == summary.draft_id)
            print(f"\nutkastet {draft.id} ({draft.title}), {count_files} paket tillsammans:")
            print("\n".join(summary.lines(form, draft.title)))
    if failed:
        raise CliError(
            f"{len(failed)} av {len(paths)} paket kunde inte läsas in ({', '.join(str(p) for p in failed)}); de andra är inlästa"
        )
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
    with refused(FieldVersionError):
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
    print(f"{field_label(form, rev.field)}: konflikten löst med version {rev.id[:SHORT_ID]}")
    return 0


def cmd_history(ctx: Context, args: argparse.Namespace) -> int:
    if args.draft_id == "purge" and args.purge_question is not None:
        return cmd_purge(ctx, args.question, args.purge_question, yes=args.yes)
    if args.purge_question is not None:
        raise CliError(f"för många argument: '{one_line(args.purge_question, 40)}' (se 'naravard history --help')")
    draft, form = ctx.draft_and_form(args.draft_id)
    with refused(FieldVersionError):
        key, revisions = history(ctx.store, form, draft.id, args.question)
    heads = {r.id for r in ctx.store.heads(draft.id, [key]).get(key, [])}
    if args.json:
        print_json({"draft": draft.id, "field": key, "history": [{**revision_json(r), "current": r.id in heads} for r in revisions]})
        return 0
    for rev in revisions:
        mark = "*" if rev.id in heads else " "
        print(f"{mark} {_version_line(rev)}: {PURGED_TEXT if rev.purged else _value_preview(rev.value)}")
    if not revisions:
        print(f"{field_label(form, key)} har inga ändringar")
    return 0


def cmd_purge(ctx: Context, draft_arg: str, question: str, *, yes: bool) -> int:
    """`naravard history purge DRAFT QUESTION [--yes]`: empty a field's old versions here."""
    draft, form = ctx.draft_and_form(draft_arg)
    with refused(FieldVersionError):
        key, old = purgeable(ctx.store, form, draft.id, question)
    label = field_label(form, key)
    if not old:
        print(f"{label}: inga gamla versioner att rensa (det aktuella svaret rensas aldrig; ändra det först)")
        return 0
    when = f"{old[0].created_at[:10]}–{old[-1].created_at[:10]}"
    print(
        f"{label}: {len(old)} gamla versioner ({when}) töms i historiken på den här datorn och i paket du exporterar "
        "härefter. Det aktuella svaret och sammanslagningar ändras inte. Medskribenter som redan har historiken "
        "behåller sin kopia tills de rensar själva (docs/bundles.md)."
    )
    if not yes:
        raise CliError("inget har rensats: lägg till --yes för att rensa")
    _, purged = purge_history(ctx.store, form, draft.id, question)
    print(f"{label}: {len(purged)} gamla versioner rensade")
    return 0


def cmd_restore(ctx: Context, args: argparse.Namespace) -> int:
    draft, form = ctx.draft_and_form(args.draft_id)
    with refused(FieldVersionError):
        rev = restore(ctx.store, form, draft.id, args.question, args.revision)
    if rev is None:
        print("inget nytt: den versionen är redan aktuell")
    else:
        print(f"{field_label(form, rev.field)}: version {args.revision} återställd som ny version {rev.id[:SHORT_ID]}")
    return 0

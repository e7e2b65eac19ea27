"""`naravard pii scan|ack|words`: the personal-data guard (docs/submission.md)."""

from __future__ import annotations

import argparse

from naravard_desktop.cli.context import EXIT_OK, EXIT_PROBLEMS, CliError, Commands, Context, print_json, refused
from naravard_desktop.core.submission.pii import (
    FindingNotFound,
    acknowledge,
    describe,
    flagged_words,
    history_findings,
    purge_hint,
    scan_draft,
    set_flagged_words,
    withdraw_acknowledgement,
)
from naravard_desktop.core.untrusted import one_line


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    pii = Commands(subparsers, common).group("pii", "varningar för personuppgifter och sekretess")
    p = pii.add("scan", "sök efter personnummer, e-post, telefonnummer och flaggade ord", cmd_scan, "draft_id")
    p.add_argument("--json", action="store_true", help="skriv ut som JSON")
    p = pii.add("ack", "kvittera en varning som falskt larm", cmd_ack, "draft_id", "finding_id")
    p.add_argument("--reason", required=True, metavar="TEXT", help="varför det inte är personuppgifter")
    pii.add("unack", "ångra en kvittering; varningen visas igen", cmd_unack, "draft_id", "finding_id")
    p = pii.add("words", "lista eller ändra regionens flaggade ord", cmd_words, "draft_id")
    p.add_argument("--add", nargs="+", default=[], metavar="W", help="lägg till ord (ett * på slutet matchar alla ändelser)")
    p.add_argument("--remove", nargs="+", default=[], metavar="W", help="ta bort ord")


def cmd_scan(ctx: Context, args: argparse.Namespace) -> int:
    draft, form = ctx.draft_and_form(args.draft_id)
    scan = scan_draft(ctx.store, form, draft.id)
    old = history_findings(ctx.store, form, draft.id, scan)
    if args.json:
        print_json(
            {
                "draft": draft.id,
                "findings": [f.to_json() for f in scan.open],
                "acknowledged": [{**f.to_json(), "ack": ack} for f, ack in scan.acknowledged],
                "history": [{**f.to_json(), "purge": purge_hint(form, draft.id, f.field)} for f in old],
            }
        )
    else:
        for f in scan.open:
            print(f"{f.id}\t{f.kind}\t{describe(form, f)}")
        for f, ack in scan.acknowledged:
            print(
                f"{f.id}\t{f.kind}\t{describe(form, f)}\tkvitterad av {one_line(str(ack.get('by', '?')))}: {one_line(str(ack.get('reason', '')), 200)}"
            )
        for f in old:
            print(f"{f.id}\t{f.kind}\t{describe(form, f)}\ti en äldre version; rensa med '{purge_hint(form, draft.id, f.field)}'")
        if scan.open or old:
            print(
                f"{len(scan.open) + len(old)} okvitterade varningar; kvittera falska larm med 'naravard pii ack {draft.id[:8]} ID --reason TEXT'"
            )
        else:
            print("inga okvitterade varningar")
    return EXIT_PROBLEMS if scan.open or old else EXIT_OK


def cmd_ack(ctx: Context, args: argparse.Namespace) -> int:
    draft, form = ctx.draft_and_form(args.draft_id)
    with refused(ValueError, FindingNotFound):
        finding = acknowledge(ctx.store, form, draft.id, args.finding_id, args.reason)
    print(f"kvitterad: {describe(form, finding)}")
    return 0


def cmd_unack(ctx: Context, args: argparse.Namespace) -> int:
    draft, form = ctx.draft_and_form(args.draft_id)
    with refused(FindingNotFound):
        finding = withdraw_acknowledgement(ctx.store, form, draft.id, args.finding_id)
    print(f"kvitteringen ångrad: {describe(form, finding)}")
    return 0


def cmd_words(ctx: Context, args: argparse.Namespace) -> int:
    draft = ctx.store.draft(args.draft_id)
    words = flagged_words(ctx.store, draft.id)
    if args.add or args.remove:
        removed = {w.casefold() for w in args.remove}
        unknown = [w for w in args.remove if w.casefold() not in {x.casefold() for x in words}]
        if unknown:
            raise CliError(f"ordet '{unknown[0]}' finns inte i listan")
        words = set_flagged_words(ctx.store, draft.id, [w for w in words if w.casefold() not in removed] + args.add)
    for word in words:
        print(word)
    return 0

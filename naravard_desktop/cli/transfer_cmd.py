"""`naravard transfer status|show|mark|unmark`: moving answers into the web form."""

from __future__ import annotations

import argparse
import sys

from naravard_desktop.cli.context import EXIT_PROBLEMS, CliError, Commands, Context, print_json, refused
from naravard_desktop.core.forms.labels import match_label
from naravard_desktop.core.submission.transfer import (
    TransferItem,
    TransferRefused,
    find_item,
    mark_transferred,
    transfer_items,
    transfer_status,
    unmark_transferred,
)

_STATUS_SIGN = {"transferred": "✓", "stale": "!", "pending": "–"}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    transfer = Commands(subparsers, common).group("transfer", "överföring till webbformuläret")
    p = transfer.add("status", "vad som är överfört och checklistan före inskickning", cmd_status, "draft_id")
    p.add_argument("--json", action="store_true", help="skriv ut som JSON")
    p = transfer.add("show", "visa exakt vad som ska klistras in och kryssas för en fråga", cmd_show, "draft_id", "question")
    p.add_argument("--copy-text", action="store_true", help="skriv bara ut svarstexten, exakt som den ska klistras in")
    p.add_argument("--field", metavar="KEY", help="med --copy-text: vilket textfält (nyckel eller etikett) när frågan har flera")
    transfer.add("mark", "markera en fråga som överförd", cmd_mark, "draft_id", "question")
    transfer.add("unmark", "ta bort markeringen som överförd", cmd_unmark, "draft_id", "question")


def cmd_status(ctx: Context, args: argparse.Namespace) -> int:
    draft, form = ctx.draft_and_form(args.draft_id)
    status = transfer_status(ctx.store, form, draft.id)
    if args.json:
        print_json(
            {
                "draft": draft.id,
                "transferred": status.transferred,
                "asked": len(status.items),
                "complete": status.complete,
                "questions": [i.to_json() for i in status.items],
                "checklist": [c.to_json() for c in status.checklist],
            }
        )
        return 0 if status.complete else 1
    for item in status.items:
        flags = "; ".join(f.message for f in item.flags if f.kind != "unanswered")
        print(f"{_STATUS_SIGN[item.status]} {item.question.display_number:>5}  {item.status_text}" + (f"  [{flags}]" if flags else ""))
    print(status.progress_text)
    for check in status.checklist:
        print(f"[{'x' if check.ok else ' '}] {check.text}")
    return 0 if status.complete else 1


def _pick_text(item: TransferItem, wanted: str | None) -> str:
    if not item.texts:
        ticks = "; ".join(item.ticks) or "inget svar"
        raise CliError(f"fråga {item.question.display_number} har ingen text att klistra in ({ticks})")
    if wanted is None:
        if len(item.texts) == 1:
            return item.texts[0].text
        keys = ", ".join(f"'{t.key}'" for t in item.texts)
        raise CliError(f"fråga {item.question.display_number} har flera textfält; välj med --field ({keys})")
    for text in item.texts:
        if text.key == wanted or match_label(wanted, [text.label, text.key.split(" / ")[-1]]):
            return text.text
    raise CliError(f"fråga {item.question.display_number} har inget textfält '{wanted}' med svar")


def cmd_show(ctx: Context, args: argparse.Namespace) -> int:
    draft, form = ctx.draft_and_form(args.draft_id)
    with refused(TransferRefused):
        item = find_item(transfer_items(ctx.store, form, draft.id), form, args.question)
    if args.copy_text:
        text = _pick_text(item, args.field)
        sys.stdout.flush()
        sys.stdout.buffer.write(text.encode("utf-8"))  # exactly the text: LF, no added newline
        sys.stdout.buffer.flush()
        return 0
    q = item.question
    print(f"Fråga {q.display_number}: {q.text}")
    print(f"Status: {item.status_text}")
    for tick in item.ticks:
        print(tick)
    for paste in item.texts:
        limit = f" / {paste.limit}" if paste.limit is not None else ""
        print(f"\n--- {paste.label} ({paste.count}{limit} tecken) ---")
        print(paste.text)
    for flag in item.flags:
        print(f"{'STOPP' if flag.blocking else 'obs'}: {flag.message}")
    return 0


def cmd_mark(ctx: Context, args: argparse.Namespace) -> int:
    draft, form = ctx.draft_and_form(args.draft_id)
    with refused(TransferRefused, code=EXIT_PROBLEMS):
        item = mark_transferred(ctx.store, form, draft.id, args.question)
    print(f"fråga {item.question.display_number} markerad som överförd")
    return 0


def cmd_unmark(ctx: Context, args: argparse.Namespace) -> int:
    draft, form = ctx.draft_and_form(args.draft_id)
    with refused(TransferRefused):
        unmark_transferred(ctx.store, form, draft.id, args.question)
    print(f"fråga {args.question}: markeringen borttagen")
    return 0

"""`naravard draft new|list`; `draft new --from` starts a new round (core/submission/carry.py)."""

from __future__ import annotations

import argparse
import sys

from naravard_desktop.cli.context import CliError, Commands, Context, print_json, refused
from naravard_desktop.core.forms.answers import UnknownField, resolve_key
from naravard_desktop.core.submission.carry import CarryError, carried_fields, confirm_carried, new_round
from naravard_desktop.core.submission.validation import progress
from naravard_desktop.core.untrusted import one_line


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    draft = Commands(subparsers, common).group("draft", "utkast")
    p = draft.add("new", "skapa ett utkast; skriver ut dess id", cmd_new)
    p.add_argument("--form", required=True, metavar="FORM_ID")
    p.add_argument("--title", required=True, metavar="TITLE")
    p.add_argument("--region", metavar="REGION", help="regionen som redovisningen avser, t.ex. 'Region Halland'")
    p.add_argument(
        "--from", dest="from_draft", metavar="DRAFT_ID", help="ny omgång: fyll i svaren från ett utkast för föregående års formulär"
    )
    p = draft.add("list", "lista utkast", cmd_list)
    p.add_argument("--json", action="store_true")
    p = draft.add("confirm-carried", "behåll svar från föregående år som årets svar", cmd_confirm_carried, "draft_id")
    p.add_argument("fields", nargs="*", metavar="FIELD", help="fält (t.ex. '5 a'); inga = alla förda svar")


def cmd_new(ctx: Context, args: argparse.Namespace) -> int:
    form = ctx.form(args.form)
    if args.from_draft is None:
        draft = ctx.store.create_draft(form.id, args.title, args.region)
        print(draft.id)
        return 0
    old_draft, old_form = ctx.draft_and_form(args.from_draft)
    with refused(CarryError):
        result = new_round(ctx.store, form, old_form, old_draft.id, args.title, args.region)
    print(result.draft.id)  # stdout stays the id alone; the report goes to stderr
    print(
        f"naravard: {len(result.carried)} fält förda över från {old_draft.id[:8]} ({old_form.id}), markerade 'från föregående år'",
        file=sys.stderr,
    )
    for note in result.notes:
        where = f"{note.new_key} ← {note.old_key}" if note.new_key else note.old_key
        print(f"naravard: {where}: {note.message}", file=sys.stderr)
    if result.unmapped:
        numbers = ", ".join(result.unmapped)
        print(f"naravard: svar som inte förs över (frågan saknar motsvarighet i {form.id}): {numbers}", file=sys.stderr)
    return 0


def cmd_list(ctx: Context, args: argparse.Namespace) -> int:
    rows = []
    for draft in ctx.store.drafts():
        form = ctx.forms.get(draft.form_id)
        answered, asked = progress(form, ctx.store.current_values(draft.id)) if form else (0, 0)
        rows.append(
            {
                "id": draft.id,
                "form": draft.form_id,
                "title": draft.title,
                "region": draft.region,
                "created_at": draft.created_at,
                "last_change_at": ctx.store.last_change_at(draft.id),
                "answered": answered,
                "asked": asked,
                "carried": len(carried_fields(ctx.store, draft.id)),
            }
        )
    if args.json:
        print_json(rows)
        return 0
    for r in rows:
        region = one_line(str(r["region"] or "–"), 200)
        carried = f"\t{r['carried']} från föregående år" if r["carried"] else ""
        # One line per draft whatever an id, title or region holds (a bundle from an old version).
        draft_id, title = one_line(str(r["id"]), 200), one_line(str(r["title"]), 500)
        print(f"{draft_id}\t{one_line(str(r['form']), 200)}\t{region}\t{r['answered']} av {r['asked']} besvarade\t{title}{carried}")
    return 0


def cmd_confirm_carried(ctx: Context, args: argparse.Namespace) -> int:
    draft, form = ctx.draft_and_form(args.draft_id)
    keys: list[str] | None = None
    if args.fields:
        carried = carried_fields(ctx.store, draft.id)
        keys = []
        for field in args.fields:
            with refused(UnknownField):
                key = resolve_key(form, field).key
            if key not in carried:
                raise CliError(f"'{field}' är inte ett svar från föregående år")
            keys.append(key)
    confirmed = confirm_carried(ctx.store, draft.id, keys)
    print(f"{len(confirmed)} svar behålls som årets svar")
    return 0

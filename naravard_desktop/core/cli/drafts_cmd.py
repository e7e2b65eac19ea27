"""`naravard draft new|list|show`."""

from __future__ import annotations

import argparse

from naravard_desktop.core.cli.context import Context, print_json
from naravard_desktop.core.validation import progress


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    draft = subparsers.add_parser("draft", help="utkast", parents=[common])
    sub = draft.add_subparsers(dest="draft_command", metavar="SUBCOMMAND", parser_class=type(draft))
    sub.required = True
    p = sub.add_parser("new", help="skapa ett utkast; skriver ut dess id", parents=[common])
    p.add_argument("--form", required=True, metavar="FORM_ID")
    p.add_argument("--title", required=True, metavar="TITLE")
    p.add_argument("--region", metavar="REGION", help="regionen som redovisningen avser, t.ex. 'Region Halland'")
    p.set_defaults(handler=cmd_new)
    p = sub.add_parser("list", help="lista utkast", parents=[common])
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_list)


def cmd_new(ctx: Context, args: argparse.Namespace) -> int:
    form = ctx.form(args.form)
    draft = ctx.store.create_draft(form.id, args.title, args.region)
    print(draft.id)
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
            }
        )
    if args.json:
        print_json(rows)
        return 0
    for r in rows:
        region = r["region"] or "–"
        print(f"{r['id']}\t{r['form']}\t{region}\t{r['answered']} av {r['asked']} besvarade\t{r['title']}")
    return 0

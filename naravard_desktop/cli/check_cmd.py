"""`naravard check DRAFT_ID [--json]`: exit 1 when problems are found."""

from __future__ import annotations

import argparse

from naravard_desktop.cli.context import EXIT_OK, EXIT_PROBLEMS, Commands, Context, print_json
from naravard_desktop.core.submission.validation import check_draft
from naravard_desktop.core.untrusted import one_line


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    p = Commands(subparsers, common).add("check", "granska ett utkast: överskridna gränser, parkerade svar …", cmd_check, "draft_id")
    p.add_argument("--json", action="store_true", help="skriv ut problemen som JSON")
    p.add_argument("--unanswered", action="store_true", help="rapportera även obesvarade frågor")


def cmd_check(ctx: Context, args: argparse.Namespace) -> int:
    draft, form = ctx.draft_and_form(args.draft_id)
    problems = check_draft(ctx.store, form, draft.id, include_unanswered=args.unanswered)
    if args.json:
        print_json({"draft": draft.id, "form": form.id, "problems": [p.to_json() for p in problems]})
    else:
        for p in problems:
            print(f"{p.question}\t{p.kind}\t{one_line(str(p.message), 2000)}")  # one line per problem, whatever an answer holds
        print(f"{len(problems)} problem" if problems else "inga problem")
    return EXIT_PROBLEMS if problems else EXIT_OK

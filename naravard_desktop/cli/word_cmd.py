"""`naravard word export DRAFT --out FILE.docx [--questions SPEC] [--for NAME]` and
`naravard word import FILE.docx [--json] [--draft ID]` (docs/word.md)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from naravard_desktop.cli.bundle_cmd import print_import_summary
from naravard_desktop.cli.context import CliError, Commands, Context, check_out, questions_option
from naravard_desktop.core.submission.pii import pii_warnings
from naravard_desktop.core.word import WordError, import_word, write_word


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    word = Commands(subparsers, common).group("word", "Word-filer (.docx) för medskribenter och granskare")
    p = word.add("export", "skriv utkastet (eller några frågor) till en Word-fil att fylla i", cmd_export)
    p.add_argument("draft_id", metavar="DRAFT")
    p.add_argument("--out", metavar="FILE", type=Path, required=True, help="Word-filen, t.ex. fragor-anna.docx")
    p.add_argument("--questions", metavar="SPEC", help="bara vissa frågor, t.ex. 12-17,25")
    p.add_argument("--for", dest="recipient", metavar="NAME", help="mottagarens namn, skrivs i dokumentet")
    p = word.add("import", "läs in en ifylld Word-fil och slå samman den med utkastet", cmd_import)
    p.add_argument("file", metavar="FILE", type=Path)
    p.add_argument("--json", action="store_true", help="skriv sammanfattningen som JSON")
    p.add_argument("--draft", metavar="ID", help="läs in i det här utkastet (krävs för en fil ur ett annat utkast)")


def cmd_export(ctx: Context, args: argparse.Namespace) -> int:
    check_out(args.out)
    draft, form = ctx.draft_and_form(args.draft_id)
    questions = questions_option(form, args.questions)
    if args.out.suffix.lower() != ".docx":
        raise CliError(f"{args.out}: filnamnet ska sluta på .docx")
    for line in pii_warnings(ctx.store, form, draft.id):  # warn like `bundle export`, never block
        print(line, file=sys.stderr)
    try:
        info = write_word(ctx.store, form, draft.id, args.out, questions=questions, recipient=args.recipient)
    except WordError as exc:
        raise CliError(f"{args.out}: {exc}") from None
    comments = f", {info.comments} kommentarer" if info.comments else ""
    print(f"{args.out}: {info.questions} frågor, {info.fields} svarsfält{comments} ur utkastet {draft.id} ({draft.title})")
    return 0


def cmd_import(ctx: Context, args: argparse.Namespace) -> int:
    try:
        summary = import_word(ctx.store, ctx.forms, args.file, draft_id=args.draft, editor_name=ctx.editor_name)
    except WordError as exc:
        raise CliError(f"{args.file}: {exc}; inget har ändrats") from None
    return print_import_summary(ctx, summary, args.json)

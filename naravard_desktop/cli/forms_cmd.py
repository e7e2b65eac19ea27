"""`naravard forms list|show|add`."""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from naravard_desktop.cli.context import CliError, Context, print_json
from naravard_desktop.cli.forms_import_cmd import cmd_diff, cmd_import
from naravard_desktop.core.forms.model import FormError, check_mapping, form_as_json, load_form
from naravard_desktop.core.storage import paths


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    forms = subparsers.add_parser("forms", help="formulär som finns", parents=[common])
    sub = forms.add_subparsers(dest="forms_command", metavar="SUBCOMMAND", parser_class=type(forms))
    sub.required = True
    p = sub.add_parser("list", help="lista tillgängliga formulär", parents=[common])
    p.add_argument("--json", action="store_true", help="skriv ut som JSON")
    p.set_defaults(handler=cmd_list)
    p = sub.add_parser("show", help="visa ett formulär", parents=[common])
    p.add_argument("form_id", metavar="FORM_ID")
    p.add_argument("--json", action="store_true", help="skriv ut hela formuläret som JSON")
    p.set_defaults(handler=cmd_show)
    p = sub.add_parser("add", help="lägg till en formulärfil (valideras först)", parents=[common])
    p.add_argument("file", metavar="FILE", type=Path)
    p.set_defaults(handler=cmd_add)
    register_import(sub, common)


def cmd_list(ctx: Context, args: argparse.Namespace) -> int:
    forms = ctx.forms.sorted()
    if args.json:
        print_json(
            [
                {
                    "id": f.id,
                    "title": f.title,
                    "year": f.year,
                    "deadline": f.deadline,
                    "revision": f.revision,
                    "questions": len(f.answerable_questions()),
                }
                for f in forms
            ]
        )
    else:
        for f in forms:
            print(f"{f.id}\t{f.year}\tsista dag {f.deadline}\t{len(f.answerable_questions())} frågor\t{f.title}")
    for error in ctx.forms.errors:
        print(f"naravard: varning: {error}", file=sys.stderr)
    return 0


def cmd_show(ctx: Context, args: argparse.Namespace) -> int:
    form = ctx.form(args.form_id)
    if args.json:
        print_json(form_as_json(form))
        return 0
    print(f"{form.title} ({form.id}, sista dag {form.deadline})")
    for section in form.sections:
        print(f"\n== {section.title}")
        for q in section.questions:
            printed = f" (tryckt som {q.printed_number})" if q.printed_number else ""
            limit = f" [max {q.max_chars} tecken]" if q.max_chars else ""
            print(f"{q.display_number:>5}{printed}  {q.type:<7} {q.text}{limit}")
    return 0


def cmd_add(ctx: Context, args: argparse.Namespace) -> int:
    path: Path = args.file
    if not path.is_file():
        raise CliError(f"filen {path} finns inte")
    try:
        form = load_form(path)
        previous = ctx.forms.get(form.previous_form or "")
        if previous is not None:
            check_mapping(form, previous)
    except FormError as exc:
        raise CliError(str(exc)) from None
    existing = ctx.forms.get(form.id)
    if existing is not None and existing.revision >= form.revision and existing.source != path.name:
        raise CliError(f"formuläret {form.id} finns redan med revision {existing.revision}; höj 'revision' i filen för att ersätta det")
    target_dir = paths.user_forms_dir(ctx.data_dir)
    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / f"{form.id}.json"
    tmp = target.with_suffix(".json.tmp")
    shutil.copyfile(path, tmp)
    tmp.replace(target)
    print(f"{form.id}: {len(form.answerable_questions())} frågor, tillagt i {target_dir}")
    if form.previous_form and form.previous_form not in ctx.forms.forms:
        print(
            f"naravard: obs: föregående formulär '{form.previous_form}' finns inte här; mappningen kontrolleras när det läggs till",
            file=sys.stderr,
        )
    return 0


def register_import(
    sub: argparse._SubParsersAction,  # type: ignore[type-arg]
    common: argparse.ArgumentParser,
) -> None:
    p = sub.add_parser("import", help="läs ett formulär ur ett dokument (.docx, .html, .md)", parents=[common])
    p.add_argument("file", metavar="FILE", type=Path)
    p.add_argument("--id", dest="form_id", metavar="ID", help="formulärets id (standard: av titel och år)")
    p.add_argument("--title", metavar="T", help="formulärets titel (standard: dokumentets rubrik)")
    p.add_argument("--year", metavar="Y", type=int, help="året svaren gäller (standard: ur texten)")
    p.add_argument("--deadline", metavar="YYYY-MM-DD", help="sista dag att lämna svar (standard: ur texten)")
    p.add_argument("--previous", metavar="FORM_ID", help="förra årets formulär: föreslå en mappning av svaren")
    p.add_argument("--out", metavar="FILE", type=Path, help="skriv formulärfilen hit i stället för att lägga till den")
    p.add_argument("--json", action="store_true", help="skriv rapporten som JSON")
    p.set_defaults(handler=cmd_import)
    p = sub.add_parser("diff", help="vad som ändrats mellan två formulär", parents=[common])
    p.add_argument("old", metavar="OLD", help="formulär-id eller formulärfil")
    p.add_argument("new", metavar="NEW", help="formulär-id eller formulärfil")
    p.add_argument("--json", action="store_true", help="skriv som JSON")
    p.set_defaults(handler=cmd_diff)

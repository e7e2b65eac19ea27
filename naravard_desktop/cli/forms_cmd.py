"""`naravard forms list|show|add`."""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from naravard_desktop.cli.context import CliError, Commands, Context, print_json, refused
from naravard_desktop.cli.forms_import_cmd import cmd_diff, cmd_import
from naravard_desktop.core.forms.model import FormError, check_mapping, form_as_json, load_form
from naravard_desktop.core.storage import paths


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    forms = Commands(subparsers, common).group("forms", "formulär som finns")
    p = forms.add("list", "lista tillgängliga formulär", cmd_list)
    p.add_argument("--json", action="store_true", help="skriv ut som JSON")
    p = forms.add("show", "visa ett formulär", cmd_show, "form_id")
    p.add_argument("--json", action="store_true", help="skriv ut hela formuläret som JSON")
    p = forms.add("add", "lägg till en formulärfil (valideras först)", cmd_add)
    p.add_argument("file", metavar="FILE", type=Path)
    register_import(forms)


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
    with refused(FormError):
        form = load_form(path)
        previous = ctx.forms.get(form.previous_form or "")
        if previous is not None:
            check_mapping(form, previous)
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


def register_import(forms: Commands) -> None:
    p = forms.add("import", "läs ett formulär ur ett dokument (.docx, .html, .md)", cmd_import)
    p.add_argument("file", metavar="FILE", type=Path)
    p.add_argument("--id", dest="form_id", metavar="ID", help="formulärets id (standard: av titel och år)")
    p.add_argument("--title", metavar="T", help="formulärets titel (standard: dokumentets rubrik)")
    p.add_argument("--year", metavar="Y", type=int, help="året svaren gäller (standard: ur texten)")
    p.add_argument("--deadline", metavar="YYYY-MM-DD", help="sista dag att lämna svar (standard: ur texten)")
    p.add_argument("--previous", metavar="FORM_ID", help="förra årets formulär: föreslå en mappning av svaren")
    p.add_argument("--out", metavar="FILE", type=Path, help="skriv formulärfilen hit i stället för att lägga till den")
    p.add_argument("--json", action="store_true", help="skriv rapporten som JSON")
    p = forms.add("diff", "vad som ändrats mellan två formulär", cmd_diff)
    p.add_argument("old", metavar="OLD", help="formulär-id eller formulärfil")
    p.add_argument("new", metavar="NEW", help="formulär-id eller formulärfil")
    p.add_argument("--json", action="store_true", help="skriv som JSON")

"""`naravard answers import|export` in the `naravard-answers/1` format."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from naravard_desktop.cli.context import CliError, Commands, Context, check_out, print_json, write_bytes_atomically
from naravard_desktop.core.forms.form_import.printout import answers_from_printout
from naravard_desktop.core.forms.form_import.recognise import display
from naravard_desktop.core.review.export_text import render_readable
from naravard_desktop.core.sync.interchange import AnswersFileError, dump_answers, export_answers, import_answers, read_answers_file

#: Files read as a filled printout of the web form rather than an answers file.
PRINTOUT_SUFFIXES = (".html", ".htm", ".md", ".markdown", ".docx")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    answers = Commands(subparsers, common).group("answers", "importera och exportera svar")
    p = answers.add(
        "import", "sätt svaren i en svarsfil eller en ifylld utskrift av webbformuläret (allt eller inget)", cmd_import, "draft_id"
    )
    p.add_argument("file", metavar="FILE", type=Path)
    p.add_argument("--replace", action="store_true", help="töm svar som inte finns i filen")
    p.add_argument("--json", action="store_true", help="skriv rapporten som JSON")
    p = answers.add("export", "skriv ut utkastets svar", cmd_export, "draft_id")
    p.add_argument("--out", metavar="FILE", type=Path, help="skriv till fil i stället för standard ut")
    p.add_argument(
        "--format",
        choices=("json", "txt", "md"),
        default="json",
        help="json (naravard-answers/1, standard), txt eller md: hela utkastet i formulärets ordning",
    )


def cmd_import(ctx: Context, args: argparse.Namespace) -> int:
    draft, form = ctx.draft_and_form(args.draft_id)
    notes: list[dict[str, str | None]] = []
    try:
        if args.file.suffix.lower() in PRINTOUT_SUFFIXES:
            # a filled printout of the web form (.html, .md, .docx): docs/forms-import.md
            if not args.file.is_file():
                raise AnswersFileError("filen finns inte")
            printout = answers_from_printout(args.file, form)
            data = printout.document
            notes = [item.to_json() for item in printout.inferred]
            notes += [
                {"question": p.new, "field": "mapping", "message": f"läst från utskriftens fråga {p.old} (likhet {p.similarity:.0f} %)"}
                for p in printout.review
            ]
        else:
            data = read_answers_file(args.file)
        changed = import_answers(ctx.store, form, draft.id, data, replace=args.replace)
    except AnswersFileError as exc:
        raise CliError(f"{args.file}: {exc}; inget har ändrats") from None
    conflicted = sorted(ctx.store.conflicted_fields(draft.id))
    if args.json:
        print_json({"draft": draft.id, "changed": changed, "notes": notes, "conflicts": conflicted})
        return 0
    print(f"{changed} fält ändrade i {draft.id}" if changed else "inget nytt: alla svar var redan desamma")
    for note in notes:
        print(f"obs: fråga {display(note['question'])}: {note['message']}")
    if conflicted:
        print(
            f"obs: {len(conflicted)} fält har versioner som krockar ({', '.join(conflicted)}); "
            "ett inläst värde läggs till som en version, inget tas bort — välj med 'naravard conflicts' och 'naravard resolve'"
        )
    return 0


def write_atomically(path: Path, text: str) -> None:
    """Temp file in the same folder, fsync, rename: never a half-written file."""
    write_bytes_atomically(path, text.encode("utf-8"))


def cmd_export(ctx: Context, args: argparse.Namespace) -> int:
    check_out(args.out)
    draft, form = ctx.draft_and_form(args.draft_id)
    if args.format == "json":
        text = dump_answers(export_answers(ctx.store, form, draft.id))
    else:
        text = render_readable(ctx.store, form, draft.id, args.format)
    if args.out is None:
        sys.stdout.write(text)
    else:
        try:
            write_atomically(args.out, text)
        except OSError as exc:
            raise CliError(f"{args.out}: kan inte skrivas ({exc.strerror})") from None
    return 0

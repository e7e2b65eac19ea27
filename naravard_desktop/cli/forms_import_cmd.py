"""`naravard forms import FILE …` and `naravard forms diff OLD NEW` (docs/forms-import.md)."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

from naravard_desktop.cli.context import CliError, Context, print_json, write_bytes_atomically
from naravard_desktop.core.forms.form_import import DocumentError, FormImport, import_form
from naravard_desktop.core.forms.form_import.diff import diff_forms, render_diff
from naravard_desktop.core.forms.form_import.recognise import display
from naravard_desktop.core.forms.model import Form, FormError, parse_form
from naravard_desktop.core.storage import paths


def form_file_text(data: dict[str, object]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def cmd_import(ctx: Context, args: argparse.Namespace) -> int:
    if args.deadline is not None:
        try:
            date.fromisoformat(args.deadline)
        except ValueError:
            raise CliError(f"--deadline {args.deadline}: ska vara ett datum ÅÅÅÅ-MM-DD") from None
    if args.year is not None and not 1900 <= args.year <= 2200:
        raise CliError(f"--year {args.year}: orimligt år")
    previous = ctx.form(args.previous) if args.previous else None
    path: Path = args.file
    if not path.is_file():
        raise CliError(f"filen {path} finns inte")
    try:
        result = import_form(path, form_id=args.form_id, title=args.title, year=args.year, deadline=args.deadline, previous=previous)
    except DocumentError as exc:
        raise CliError(str(exc)) from None
    except FormError as exc:
        raise CliError(f"det inlästa formuläret klarar inte kontrollen: {exc}") from None
    form = result.form
    text = form_file_text(result.data)
    if args.out is not None:
        write_bytes_atomically(args.out, text.encode("utf-8"))
        where = f"skrivet till {args.out}"
    else:
        existing = ctx.forms.get(form.id)
        if existing is not None:
            raise CliError(f"formuläret {form.id} finns redan; ange ett annat --id eller --out FILE")
        target_dir = paths.user_forms_dir(ctx.data_dir)
        target_dir.mkdir(parents=True, exist_ok=True)
        write_bytes_atomically(target_dir / f"{form.id}.json", text.encode("utf-8"))
        where = f"tillagt i {target_dir}"
    if args.json:
        print_json(result.report_json())
    else:
        print(render_report(result, where), end="")
    return 0


def render_report(result: FormImport, where: str) -> str:
    form = result.form
    types = ", ".join(f"{name} {count}" for name, count in result.by_type().items())
    lines = [f"{form.id}: {len(form.answerable_questions())} frågor ({types}), {where}"]
    review = result.all_review()
    if review:
        lines.append(f"Att granska ({len(review)}):")
        lines.extend(f"  {item}" for item in review)
    else:
        lines.append("Inget att granska.")
    proposal = result.proposal
    if proposal is not None:
        lines.append(
            f"Mappning från {form.previous_form}: {len(proposal.pairings)} par, {len(proposal.new)} nya frågor, {len(proposal.dropped)} borttagna"
        )
        for p in proposal.pairings:
            mark = "  ?" if p.needs_review else "   "
            lines.append(f"{mark} {p.new} ← {p.old} ({p.similarity:.0f} %)")
        if proposal.new:
            lines.append("  nya (börjar tomma): " + ", ".join(display(n) for n in proposal.new))
        if proposal.dropped:
            lines.append("  borttagna (förs inte över): " + ", ".join(display(n) for n in proposal.dropped))
    return "\n".join(lines) + "\n"


def _form_arg(ctx: Context, value: str) -> Form:
    path = Path(value)
    if value.endswith(".json") and path.is_file():
        try:
            data = json.loads(path.read_text("utf-8"))
            return parse_form(data, path.name)
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise CliError(f"{path}: kan inte läsas som formulärfil ({exc.__class__.__name__})") from None
        except FormError as exc:
            raise CliError(str(exc)) from None
    return ctx.form(value)


def cmd_diff(ctx: Context, args: argparse.Namespace) -> int:
    old = _form_arg(ctx, args.old)
    new = _form_arg(ctx, args.new)
    diff = diff_forms(old, new)
    if args.json:
        print_json(diff)
    else:
        print(render_diff(diff), end="")
    return 0

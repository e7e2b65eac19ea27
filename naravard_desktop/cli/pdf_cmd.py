"""`naravard pdf DRAFT_ID --out FILE [--include-resolved] [--questions SPEC]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from naravard_desktop.cli.context import CliError, Commands, Context, check_out, questions_option, write_bytes_atomically
from naravard_desktop.core.review.document import build_document
from naravard_desktop.core.review.pdf import render_pdf
from naravard_desktop.core.storage import paths
from naravard_desktop.core.submission.pii import pii_warnings


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    p = Commands(subparsers, common).add("pdf", "skriv ut en granskningskopia som PDF", cmd_pdf, "draft_id")
    p.add_argument("--out", required=True, metavar="FILE", type=Path, help="PDF-filen som skrivs")
    p.add_argument("--include-resolved", action="store_true", help="ta med lösta kommentarstrådar")
    p.add_argument("--questions", metavar="SPEC", help="bara vissa frågor, t.ex. 12-17 eller 1a-3,17")


def cmd_pdf(ctx: Context, args: argparse.Namespace) -> int:
    check_out(args.out)
    draft, form = ctx.draft_and_form(args.draft_id)
    questions = questions_option(form, args.questions)
    for line in pii_warnings(ctx.store, form, draft.id):  # warn like `bundle export`, never block
        print(line, file=sys.stderr)
    document = build_document(ctx.store, form, draft.id, include_resolved=args.include_resolved, questions=questions)
    data = render_pdf(document, font_cache=paths.font_cache(ctx.data_dir))
    try:
        write_bytes_atomically(args.out, data)
    except OSError as exc:
        raise CliError(f"{args.out}: kan inte skrivas ({exc.strerror})") from None
    print(f"{args.out}: {len(document.questions())} frågor")
    return 0

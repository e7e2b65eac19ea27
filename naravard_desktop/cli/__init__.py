"""The `naravard` command line: a stable contract (README "CLI reference").

Exit codes: 0 ok, 1 `check` found problems, 2 bad input or usage — always with a
one-line message on stderr, never a traceback (those go to the log dir).
"""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from collections.abc import Sequence
from typing import NoReturn

from naravard_desktop import __version__
from naravard_desktop.cli import (
    answers_cmd,
    backup_cmd,
    bundle_cmd,
    check_cmd,
    drafts_cmd,
    forms_cmd,
    pdf_cmd,
    pii_cmd,
    review_cmd,
    transfer_cmd,
    word_cmd,
)
from naravard_desktop.cli.context import EXIT_OK, EXIT_USAGE, CliError, Context
from naravard_desktop.core.forms import FormError
from naravard_desktop.core.store import StoreError

#: Each module adds its sub-commands with `register(subparsers, common)`.
COMMAND_MODULES = [
    forms_cmd,
    drafts_cmd,
    answers_cmd,
    check_cmd,
    bundle_cmd,
    review_cmd,
    pdf_cmd,
    pii_cmd,
    transfer_cmd,
    backup_cmd,
    word_cmd,
]


class OneLineParser(argparse.ArgumentParser):
    """Usage errors as one line on stderr, exit 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (se '{self.prog} --help')\n")


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="datakatalog (standard: användarens datakatalog)")
    common.add_argument("--editor", metavar="NAME", default=argparse.SUPPRESS, help="visningsnamn för ändringar som kommandot gör")
    parser = OneLineParser(
        prog="naravard",
        description="Närvård desktop: utkast till svar på Socialstyrelsens enkät om god och nära vård.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"naravard {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=OneLineParser)
    subparsers.required = True
    for module in COMMAND_MODULES:
        module.register(subparsers, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    ctx = Context(getattr(args, "data_dir", None), getattr(args, "editor", None))
    try:
        return int(args.handler(ctx, args) or EXIT_OK)
    except CliError as exc:
        print(f"naravard: {exc}", file=sys.stderr)
        return exc.code
    except (StoreError, FormError, KeyError) as exc:
        message = exc.args[0] if isinstance(exc, KeyError) and exc.args else str(exc)
        print(f"naravard: {message}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:
        log_file = ctx.log_exception(traceback.format_exc())
        print(f"naravard: internt fel: {exc.__class__.__name__}: {exc} (detaljer i {log_file})", file=sys.stderr)
        logging.getLogger(__name__).debug("internal error", exc_info=True)
        return EXIT_USAGE
    finally:
        ctx.close()


def run() -> None:
    sys.exit(main())

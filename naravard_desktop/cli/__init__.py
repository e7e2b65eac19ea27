"""The `naravard` command line: a stable contract (README "CLI reference").

Exit codes: 0 ok, 1 `check` found problems, 2 bad input or usage — always with a
one-line message on stderr, never a traceback (those go to the log dir).
"""

from __future__ import annotations

import argparse
import gc
import importlib
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import NoReturn

from naravard_desktop import __version__
from naravard_desktop.cli.context import EXIT_OK, EXIT_USAGE, CliError, Context, check_out
from naravard_desktop.core.forms.model import FormError
from naravard_desktop.core.storage.store import StoreError
from naravard_desktop.core.untrusted import has_lone_surrogate, one_line

#: Each module adds its sub-commands with `register(subparsers, common)`, through
#: `cli.context.Commands`; a core refusal becomes the one-line error with
#: `cli.context.refused`. A command imports only its own module (`COMMAND_HOME`):
#: `naravard bundle import` does not load reportlab, python-docx or the form importer.
#: Help and unknown commands load them all.
COMMAND_MODULES = [
    "forms_cmd",
    "drafts_cmd",
    "answers_cmd",
    "check_cmd",
    "bundle_cmd",
    "review_cmd",
    "pdf_cmd",
    "pii_cmd",
    "transfer_cmd",
    "backup_cmd",
    "verify_cmd",
    "word_cmd",
]
#: Top-level command → the module registering it (tests/test_cli_lazy.py keeps this true;
#: a command missing here still works, with every module loaded).
COMMAND_HOME = {
    "forms": "forms_cmd",
    "draft": "drafts_cmd",
    "answers": "answers_cmd",
    "check": "check_cmd",
    "bundle": "bundle_cmd",
    "conflicts": "bundle_cmd",
    "resolve": "bundle_cmd",
    "history": "bundle_cmd",
    "restore": "bundle_cmd",
    "comment": "review_cmd",
    "status": "review_cmd",
    "pdf": "pdf_cmd",
    "pii": "pii_cmd",
    "transfer": "transfer_cmd",
    "backup": "backup_cmd",
    "verify": "verify_cmd",
    "word": "word_cmd",
}
_VALUE_OPTIONS = ("--data-dir", "--editor")  # the common options that take a value


class OneLineParser(argparse.ArgumentParser):
    """Usage errors as one line on stderr, exit 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (se '{self.prog} --help')\n")


def command_module(name: str) -> ModuleType:
    return importlib.import_module(f"naravard_desktop.cli.{name}")


def command_word(argv: Sequence[str]) -> str | None:
    """The top-level command named in `argv` (None when there is none)."""
    tokens = iter(argv)
    for token in tokens:
        if token == "--":
            return next(tokens, None)
        if token in _VALUE_OPTIONS:
            next(tokens, None)
        elif not token.startswith("-"):
            return token
    return None


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser; with a known `command`, only that command's module is loaded."""
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
    home = COMMAND_HOME.get(command or "")
    for name in [home] if home is not None else COMMAND_MODULES:
        command_module(name).register(subparsers, common)
    return parser


def _error(message: str) -> None:
    """One line on stderr, whatever the message holds (user text with line breaks too)."""
    print(f"naravard: {one_line(message, limit=2000)}", file=sys.stderr)


def _non_utf8_argument(argv: Sequence[str]) -> int | None:
    """The 1-based position of an argument that was not valid UTF-8 (Python keeps such
    bytes as lone surrogates), or None."""
    for position, arg in enumerate(argv, 1):
        if has_lone_surrogate(arg):
            return position
    return None


def command_name(args: argparse.Namespace) -> str:
    """ "answers import": the sub-command words only, never a user's argument."""
    words = [getattr(args, "command", None)]
    words += [value for key, value in vars(args).items() if key.endswith("_command") and key != "command"]
    return " ".join(str(w) for w in words if isinstance(w, str))


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    position = _non_utf8_argument(arguments)
    if position is not None:
        _error(
            f"argument {position} är inte giltig UTF-8-text (kontrollera teckenkodningen i terminalen eller skriptet); inget har ändrats"
        )
        return EXIT_USAGE
    parser = build_parser(command_word(arguments))
    if argv is None:
        # The process's own command line: it ends when the command does. What importing
        # made (modules, reportlab's tables) lives until then, so the cyclic garbage
        # collector is told not to go through it again at every full collection and at
        # exit (about 40 ms of `naravard pdf`). In process (tests, argv given) nothing changes.
        gc.freeze()
    args = parser.parse_args(arguments)
    ctx = Context(getattr(args, "data_dir", None), getattr(args, "editor", None))
    try:
        # Any --out, of any command now or later, is checked before the command does anything.
        if isinstance(getattr(args, "out", None), Path):
            check_out(args.out)
        return int(args.handler(ctx, args) or EXIT_OK)
    except CliError as exc:
        _error(str(exc))
        return exc.code
    except (StoreError, FormError, KeyError) as exc:
        message = exc.args[0] if isinstance(exc, KeyError) and exc.args else str(exc)
        _error(str(message))
        return EXIT_USAGE
    except BrokenPipeError:
        return EXIT_OK
    except OSError as exc:  # a file or folder the command needed: not a bug, say which
        where = f"{exc.filename}: " if exc.filename else ""
        _error(f"{where}{exc.strerror or exc.__class__.__name__}; kommandot avbröts")
        return EXIT_USAGE
    except Exception as exc:
        log_file = ctx.log_exception(command_name(args), exc)
        _error(f"internt fel: {exc.__class__.__name__}: {exc} (detaljer i {log_file})")
        logging.getLogger(__name__).debug("internal error", exc_info=True)
        return EXIT_USAGE
    finally:
        ctx.close()


def run() -> None:
    sys.exit(main())

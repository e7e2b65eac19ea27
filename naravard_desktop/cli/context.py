"""What every command needs: the data dir, the forms, the store, a place to log."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import Any

from naravard_desktop.core.forms.model import Form, FormRegistry, form_registry
from naravard_desktop.core.storage import backup, files, paths
from naravard_desktop.core.storage.store import Draft, DraftStore
from naravard_desktop.core.untrusted import dumps_valid, error_record

#: Exit codes: done; done, and the check found problems (check, pii scan); usage or
#: input error (one line on stderr).
EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2


#: What a command runs: `main` calls `args.handler(ctx, args)`.
Handler = Callable[["Context", argparse.Namespace], int]


class CliError(Exception):
    """A one-line message for the user, with the exit code to use."""

    def __init__(self, message: str, code: int = EXIT_USAGE):
        super().__init__(message)
        self.code = code


@contextmanager
def refused(*errors: type[Exception], code: int = EXIT_USAGE) -> Iterator[None]:
    """A core refusal (one of `errors`, whose message is already one line for the user) as
    the CLI's one-line error with exit `code`."""
    try:
        yield
    except errors as exc:
        raise CliError(str(exc), code) from None


class Context:
    def __init__(self, data_dir: str | None, editor_name: str | None):
        self._data_dir_arg = data_dir
        self.editor_name = editor_name
        self._store: DraftStore | None = None

    @cached_property
    def data_dir(self) -> Path:
        try:
            return paths.resolve_data_dir(self._data_dir_arg)
        except OSError as exc:
            raise CliError(f"datakatalogen {self._data_dir_arg} kan inte användas: {exc.strerror}") from None

    @cached_property
    def forms(self) -> FormRegistry:
        return form_registry(self.data_dir)

    @property
    def store(self) -> DraftStore:
        if self._store is None:
            self._store = DraftStore(self.data_dir, editor_name=self.editor_name)
            self._store.before_first_write = _backup_first
        return self._store

    def form(self, form_id: str) -> Form:
        form = self.forms.get(form_id)
        if form is None:
            broken = [e for e in self.forms.errors if e.file == f"{form_id}.json"]
            if broken:
                raise CliError(str(broken[0]))
            known = ", ".join(sorted(self.forms.forms)) or "inga"
            raise CliError(f"okänt formulär '{form_id}' (tillgängliga: {known})")
        return form

    def draft_and_form(self, draft_id: str) -> tuple[Draft, Form]:
        draft = self.store.draft(draft_id)
        form = self.forms.get(draft.form_id)
        if form is None:
            raise CliError(f"utkastet {draft.id} gäller formuläret '{draft.form_id}', som inte finns i den här installationen")
        return draft, form

    def close(self) -> None:
        if self._store is not None:
            self._store.close()

    def log_exception(self, command: str, exc: BaseException) -> Path:
        """Log an internal error without user text: the command's name, the error's type and
        where it happened (file, line, function). Never the arguments or the message,
        which may hold answers, names or personnummer (docs/submission.md)."""
        try:
            log_file = paths.log_dir(self.data_dir) / "naravard-cli.log"
            with log_file.open("a", encoding="utf-8") as fh:
                fh.write(error_record(f"naravard {command}", exc))
            return log_file
        except (OSError, CliError):
            return Path("(loggen kunde inte skrivas)")


def _backup_first(store: DraftStore) -> None:
    """The CLI backs up before its first write, as the app does at start (docs/backup.md)."""
    try:
        backup.backup_before_write(store)
    except backup.BackupError as exc:
        raise CliError(f"säkerhetskopian före ändringen kunde inte göras ({exc}); inget har ändrats") from None


def check_out(path: Path | None) -> None:
    """Refuse an --out that is the database, a file of it or a backup: before anything is done."""
    if path is None:
        return
    with refused(files.FileWriteError):
        files.check_output_path(path)


def print_json(data: Any) -> None:
    sys.stdout.write(dumps_valid(data, ensure_ascii=False, indent=2) + "\n")


def write_bytes_atomically(path: Path, data: bytes) -> None:
    """core.files.write_bytes_atomically with its error as a one-line CLI error."""
    with refused(files.FileWriteError):
        files.write_bytes_atomically(path, data)


def questions_option(form: Form, spec: str | None) -> list[str] | None:
    """`--questions SPEC` of `pdf` and `word export`: the chosen question numbers, None for all."""
    if spec is None:
        return None
    from naravard_desktop.core.review.document import QuestionSpecError, select_questions  # only when asked

    try:
        return select_questions(form, spec)
    except QuestionSpecError as exc:
        raise CliError(f"--questions: {exc}") from None


class Commands:
    """Where a command module adds its commands: every parser gets the common options
    (--data-dir, --editor) and a handler, positional arguments are named by their dest
    ("draft_id" is shown as DRAFT_ID)."""

    def __init__(self, subparsers: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser):
        self.subparsers = subparsers
        self.common = common

    def add(self, name: str, help: str, handler: Handler, *positionals: str, **parser_options: Any) -> argparse.ArgumentParser:
        """`naravard … NAME POSITIONAL…`; the command's own options go on the parser returned."""
        parser = self.subparsers.add_parser(name, help=help, parents=[self.common], **parser_options)
        for dest in positionals:
            parser.add_argument(dest, metavar=dest.upper())
        parser.set_defaults(handler=handler)
        return parser

    def group(self, name: str, help: str) -> Commands:
        """`naravard NAME SUBCOMMAND …`: the sub-commands are added to what this returns and
        the chosen one is `args.NAME_command`."""
        parser = self.subparsers.add_parser(name, help=help, parents=[self.common])
        sub = parser.add_subparsers(dest=f"{name}_command", metavar="SUBCOMMAND", parser_class=type(parser))
        sub.required = True
        return Commands(sub, self.common)

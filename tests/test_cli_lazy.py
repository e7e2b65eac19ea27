"""A CLI command loads its own module only (naravard_desktop/cli/__init__.py): the table
of which module registers which command stays true, and `bundle import` or `draft list`
start without reportlab, python-docx or jsonschema."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from naravard_desktop import cli

ROOT = Path(__file__).resolve().parent.parent


def test_every_command_is_found_in_the_module_that_registers_it() -> None:
    home: dict[str, str] = {}
    for name in cli.COMMAND_MODULES:
        parser = argparse.ArgumentParser()
        subparsers = parser.add_subparsers()
        cli.command_module(name).register(subparsers, argparse.ArgumentParser(add_help=False))
        home.update(dict.fromkeys(subparsers.choices, name))
    assert cli.COMMAND_HOME == home


@pytest.mark.parametrize(
    ("argv", "command"),
    [
        (["bundle", "import", "a.naravard"], "bundle"),
        (["--data-dir", "/tmp/x", "--editor", "Anna", "pdf", "abc"], "pdf"),
        (["--data-dir=/tmp/x", "draft", "list"], "draft"),
        (["--version"], None),
        ([], None),
    ],
)
def test_the_command_word_skips_the_common_options(argv: list[str], command: str | None) -> None:
    assert cli.command_word(argv) == command


def test_help_and_unknown_commands_still_list_every_command() -> None:
    full = cli.build_parser()
    one = cli.build_parser("pdf")
    assert set(next(a for a in one._actions if isinstance(a, argparse._SubParsersAction)).choices) == {"pdf"}
    assert set(next(a for a in full._actions if isinstance(a, argparse._SubParsersAction)).choices) == set(cli.COMMAND_HOME)
    assert set(next(a for a in cli.build_parser("nonsense")._actions if isinstance(a, argparse._SubParsersAction)).choices) == set(
        cli.COMMAND_HOME
    )


CHILD = """
import json, sys
from naravard_desktop.cli import main
code = main(sys.argv[1:])
print(json.dumps({"exit": code, "modules": sorted(sys.modules)}))
"""


def test_a_command_does_not_load_what_other_commands_need(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    for _ in range(2):  # the first run remembers the validated form (core/forms/model.py)
        result = subprocess.run(
            [sys.executable, "-c", CHILD, "--data-dir", str(tmp_path), "draft", "list"], cwd=ROOT, env=env, capture_output=True, text=True
        )
        assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["exit"] == 0
    heavy = [m for m in report["modules"] if m.split(".")[0] in ("reportlab", "docx", "lxml", "jsonschema", "PySide6", "sqlite_utils")]
    assert heavy == []
    assert "naravard_desktop.cli.drafts_cmd" in report["modules"] and "naravard_desktop.cli.pdf_cmd" not in report["modules"]

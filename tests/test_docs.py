"""The README stays true: every CLI command is in its reference, every linked file exists."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from naravard_desktop.cli import build_parser

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text("utf-8")


def leaf_commands(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found: list[tuple[str, ...]] = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found.extend(leaf_commands(sub, (*prefix, name)) or [(*prefix, name)])
    return found


def documented(command: tuple[str, ...]) -> str:
    """`naravard comment resolve\\|reopen …` documents both sub-commands in one row."""
    first, *rest = command
    return rf"`naravard {re.escape(first)}\b" + "".join(rf"[^`]*\b{re.escape(word)}\b" for word in rest)


def test_every_cli_command_is_in_the_readme_reference():
    commands = leaf_commands(build_parser())
    assert len(commands) > 20
    missing = [" ".join(c) for c in commands if not re.search(documented(c), README)]
    assert missing == []


def test_every_file_the_readme_links_exists():
    links = re.findall(r"\]\(([^)#]+)\)", README)
    assert "docs/screenshot-main.png" in links
    assert [link for link in links if not (ROOT / link).exists()] == []

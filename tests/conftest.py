"""Shared fixtures: throw-away data dirs, the 2024 form, the Halland answers, no network."""

from __future__ import annotations

import json
import os
import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Machines are shared and noisy: no per-example deadlines (timing belongs in benchmarks/).
settings.register_profile("naravard", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("naravard")

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
FORM_ID = "sos-gnv-regioner-2024"
FORM_FILE = ROOT / "forms" / f"{FORM_ID}.json"
HALLAND_ANSWERS = FIXTURES / "answers-halland-2024.json"


def shared_seed(name: str) -> Path:
    """A seed in `shared/seeds/` where it is kept beside the clone (CI: ../shared from the
    repository root) or beside any folder above it (a worktree); the path even when it is
    not there (callers check `is_file()`). tests/fixtures/printout-2024-halland.md is a
    committed copy of form-2024-with-answers.md."""
    for folder in ROOT.parents:
        candidate = folder / "shared" / "seeds" / name
        if candidate.is_file():
            return candidate
    return ROOT.parent / "shared" / "seeds" / name


class NetworkForbidden(RuntimeError):
    pass


_real_socket = socket.socket


class _GuardedSocket(_real_socket):
    """Only local (AF_UNIX) sockets may exist while tests run: nothing touches the network."""

    def __init__(self, family: int = -1, *args: Any, **kwargs: Any):
        if family in (socket.AF_INET, socket.AF_INET6) or (family == -1 and not kwargs.get("fileno")):
            raise NetworkForbidden(f"a test tried to open a network socket (family {family})")
        super().__init__(family, *args, **kwargs)


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket, "socket", _GuardedSocket)
    monkeypatch.setattr(socket, "create_connection", _forbidden)
    monkeypatch.setattr(socket, "getaddrinfo", _forbidden)


def _forbidden(*args: Any, **kwargs: Any) -> Any:
    raise NetworkForbidden("a test tried to reach the network")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture(scope="session")
def form():  # type: ignore[no-untyped-def]
    from naravard_desktop.core.forms.model import load_form

    return load_form(FORM_FILE)


@pytest.fixture
def halland_doc() -> dict[str, Any]:
    return json.loads(HALLAND_ANSWERS.read_text("utf-8"))


@pytest.fixture
def halland_answers(form, halland_doc):  # type: ignore[no-untyped-def]
    from naravard_desktop.core.sync.interchange import parse_answers

    return parse_answers(form, halland_doc)


class CliResult:
    def __init__(self, code: int, out: str, err: str):
        self.code = code
        self.out = out
        self.err = err

    def json(self) -> Any:
        return json.loads(self.out)


@pytest.fixture
def cli(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> Callable[..., CliResult]:
    """Run `naravard --data-dir <tmp> ARGS…` in-process."""
    from naravard_desktop.cli import main

    def run(*args: str, data: Path | None = None) -> CliResult:
        capsys.readouterr()
        try:
            code = main(["--data-dir", str(data or data_dir), *args])
        except SystemExit as exc:  # argparse usage errors
            code = int(exc.code or 0)
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


@pytest.fixture
def halland_draft(cli) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """A draft in the throw-away data dir with Region Halland's 2024 answers imported."""
    result = cli("draft", "new", "--form", FORM_ID, "--title", "Svar 2024", "--region", "Region Halland")
    assert result.code == 0, result.err
    draft_id = result.out.strip()
    result = cli("answers", "import", draft_id, str(HALLAND_ANSWERS))
    assert result.code == 0, result.err
    yield draft_id

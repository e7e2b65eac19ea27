"""The validated-forms cache: a form file's schema check is skipped only for the exact
bytes that passed it before; a changed file is checked again (and refused if bad)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from naravard_desktop.core.forms import model as forms
from naravard_desktop.core.forms.model import FormError, FormRegistry, form_registry, validated_digest
from naravard_desktop.core.storage import paths

FORM_FILE = paths.bundled_forms_dir() / "sos-gnv-regioner-2024.json"


def _schema_checks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record, per parse, whether the schema check ran."""
    calls: list[str] = []
    real = forms.parse_form

    def spy(data, file, *, schema_checked=False):  # type: ignore[no-untyped-def]
        calls.append("skipped" if schema_checked else "checked")
        return real(data, file, schema_checked=schema_checked)

    monkeypatch.setattr(forms, "parse_form", spy)
    return calls


def test_the_schema_check_runs_once_per_file_content(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _schema_checks(monkeypatch)
    first = form_registry(data_dir)
    assert calls == ["checked"]
    cache = paths.validated_forms_cache(data_dir)
    assert json.loads(cache.read_text("utf-8"))["sha256"] == [validated_digest(FORM_FILE.read_bytes())]
    second = form_registry(data_dir)
    assert calls == ["checked", "skipped"]
    assert second.require("sos-gnv-regioner-2024") == first.require("sos-gnv-regioner-2024")
    form_registry(None)  # no data dir: nothing remembered, always checked
    assert calls[-1] == "checked"


def test_a_changed_file_is_checked_again_and_refused_when_bad(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "forms"
    folder.mkdir()
    copy = folder / FORM_FILE.name
    shutil.copy(FORM_FILE, copy)
    cache = tmp_path / "cache" / "validated-forms.json"
    calls = _schema_checks(monkeypatch)
    assert FormRegistry.load(folder, validated_cache=cache).get("sos-gnv-regioner-2024") is not None
    doc = json.loads(copy.read_text("utf-8"))
    doc["sections"][0]["questions"][0]["type"] = "essay"  # only the schema knows the types
    copy.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    again = FormRegistry.load(folder, validated_cache=cache)
    assert calls == ["checked", "checked"]
    assert again.get("sos-gnv-regioner-2024") is None
    assert len(again.errors) == 1 and "essay" in str(again.errors[0])
    assert isinstance(again.errors[0], FormError)
    # The bad content is not remembered: the next load checks and refuses it again.
    FormRegistry.load(folder, validated_cache=cache)
    assert calls == ["checked", "checked", "checked"]


def test_a_damaged_or_unwritable_cache_only_costs_the_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache" / "validated-forms.json"
    cache.parent.mkdir()
    cache.write_text("{not json", "utf-8")
    calls = _schema_checks(monkeypatch)
    assert FormRegistry.load(paths.bundled_forms_dir(), validated_cache=cache).forms
    assert calls == ["checked"] and json.loads(cache.read_text("utf-8"))["format"] == forms.VALIDATED_CACHE_FORMAT
    blocked = tmp_path / "file-not-dir"
    blocked.write_text("", "utf-8")
    assert FormRegistry.load(paths.bundled_forms_dir(), validated_cache=blocked / "validated-forms.json").forms
    assert calls == ["checked", "checked"]

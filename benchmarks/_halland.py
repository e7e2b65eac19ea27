"""Shared set-up for the UI benchmarks: a data dir with Region Halland's 2024 draft."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def halland_data_dir(data_dir: Path, long_field: str | None = None, length: int = 3000) -> str:
    """Create the Halland draft in data_dir; optionally make `long_field` `length` characters. Returns the draft id."""
    from naravard_desktop.core.forms.model import form_registry
    from naravard_desktop.core.storage.store import DraftStore
    from naravard_desktop.core.sync.interchange import parse_answers

    form = form_registry(data_dir).require("sos-gnv-regioner-2024")
    answers = parse_answers(form, json.loads((ROOT / "tests" / "fixtures" / "answers-halland-2024.json").read_text("utf-8")))
    if long_field is not None:
        base = str(answers.get(long_field) or "Text om nära vård. ")
        answers[long_field] = (base * (length // max(1, len(base)) + 1))[:length]
    with DraftStore(data_dir) as store:
        store.set_editor_name("Benchmark")
        draft = store.create_draft(form.id, "Svar 2024", "Region Halland")
        store.set_values(draft.id, answers)
        return draft.id

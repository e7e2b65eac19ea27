"""The first paint imports only what it needs (docs/performance.md, "Start-up").

A fresh interpreter starts the app the way `naravard-desktop --draft ID --self-test`
does (draft open in the editor, window shown, first event-loop pass) and reports which
modules it had imported. PDF printing (reportlab), Word (python-docx, lxml), the form
importer (rapidfuzz), the form schema check (jsonschema, once the form's bytes are
known), the CLI and sqlite_utils (bundle import's batch inserts, ~0.15 s to import) load
only when used; a change that pulls them back into the start fails here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from naravard_desktop.core.storage.store import DraftStore

ROOT = Path(__file__).resolve().parents[2]
FORM_ID = "sos-gnv-regioner-2024"

CHILD = """
import json, sys
from naravard_desktop.ui import app
from PySide6.QtWidgets import QApplication
result = app.main(["--data-dir", sys.argv[1], "--draft", sys.argv[2], "--self-test"])
qt_types = sorted(
    f"{name.split('.')[-1]}.{key}"
    for name in ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets")
    for key, value in vars(sys.modules[name]).items()
    if isinstance(value, type)
)
print(json.dumps({"exit": result, "modules": sorted(sys.modules), "qt_types": qt_types}))
"""

NOT_AT_START = (
    "reportlab",
    "jsonschema",
    "sqlite_utils",
    "PIL",
    "docx",
    "lxml",
    "rapidfuzz",
    "naravard_desktop.cli",
    "naravard_desktop.core.review.pdf",
    "naravard_desktop.core.word",
    "naravard_desktop.core.forms.form_import",
    # Loaded when first opened or shown: dialogs, the form editor, the comments panel
    # (its dock is a tab behind Kontroll), the start page (a draft was opened), bundles.
    "naravard_desktop.core.sync.bundles",
    "naravard_desktop.core.submission.transfer",  # the marks need only transfer_marks
    "naravard_desktop.core.sync.merge",  # conflicts are found without it
    "naravard_desktop.core.review.document",
    "naravard_desktop.ui.start_page",
    "naravard_desktop.ui.review.review_panel",
    "naravard_desktop.ui.sync.bundle_dialogs",
    "naravard_desktop.ui.sync.word_dialogs",
    "naravard_desktop.ui.submission.submission_dialogs",
    "naravard_desktop.ui.submission.transfer_mode",
    "naravard_desktop.ui.forms.form_editor",
)


#: PySide makes a Qt class's Python type, with all its enums, when it is first named (even
#: by an import at the top of a module): these are needed only later.
QT_TYPES_NOT_AT_START = (
    "QtWidgets.QFileDialog",  # 0.4 ms
    "QtWidgets.QInputDialog",
    "QtCore.QUrl",  # 0.5 ms
    "QtGui.QGradient",  # 1.3 ms: a QBrush made from a colour names it
    "QtGui.QTextCharFormat",  # with QTextFormat 1.3 ms: only for marks in a text box
)


def _start(data_dir: Path, draft_id: str) -> dict[str, object]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(data_dir), draft_id], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    report: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return report


def test_the_first_paint_does_not_import_pdf_schema_or_cli(data_dir: Path, halland_answers: dict[str, object]) -> None:
    with DraftStore(data_dir) as store:
        store.set_editor_name("Testare")
        draft = store.create_draft(FORM_ID, "Svar 2024", "Region Halland")
        store.set_values(draft.id, halland_answers)
    first = _start(data_dir, draft.id)  # the very first start checks the form file against the schema
    assert first["exit"] == 0
    assert "jsonschema" in first["modules"]  # type: ignore[operator]
    second = _start(data_dir, draft.id)
    assert second["exit"] == 0
    loaded = [m for m in second["modules"] if any(m == name or m.startswith(name + ".") for name in NOT_AT_START)]  # type: ignore[attr-defined]
    assert loaded == []
    assert "naravard_desktop.ui.form_view" in second["modules"]  # type: ignore[operator]  # the editor was built
    made = set(second["qt_types"])  # type: ignore[call-overload]
    assert "QtWidgets.QMainWindow" in made  # the check sees what it should
    assert sorted(made & set(QT_TYPES_NOT_AT_START)) == []

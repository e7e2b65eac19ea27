"""Regenerate docs/screenshot-main.png: the main window with Region Halland's 2024 answers.

Run under a real X server (CI: `Xvfb :99 -screen 0 1400x900x24 & DISPLAY=:99 python docs/make_screenshot.py`).
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from naravard_desktop.core.forms import form_registry
    from naravard_desktop.core.interchange import parse_answers
    from naravard_desktop.core.store import DraftStore
    from naravard_desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    data_dir = Path(tempfile.mkdtemp(prefix="naravard-shot-"))
    form = form_registry(data_dir).require("sos-gnv-regioner-2024")
    doc = json.loads((ROOT / "tests" / "fixtures" / "answers-halland-2024.json").read_text("utf-8"))
    with DraftStore(data_dir) as store:
        store.set_editor_name("Kim Koordinator")
        draft = store.create_draft(form.id, "Svar 2024", "Region Halland")
        store.set_values(draft.id, parse_answers(form, doc))
    window = MainWindow(data_dir, draft_id=draft.id)
    window.resize(1400, 900)
    window.show()
    for _ in range(20):
        app.processEvents()
    window.go_to_question(sys.argv[1] if len(sys.argv) > 1 else "16")
    for _ in range(20):
        app.processEvents()
    out = ROOT / "docs" / "screenshot-main.png"
    window.grab().save(str(out))
    window.close()
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())

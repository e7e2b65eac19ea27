"""Regenerate docs/review-dock.png: the main window with the Kommentarer dock showing the
threads of question 17 (Region Halland's 2024 answers, two comments, one with a quote;
the quoted thread picked, so its quote is selected in the answer).

Run under a real X server (`Xvfb :99 -screen 0 1400x900x24 & DISPLAY=:99 python docs/make_review_screenshot.py`).
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from naravard_desktop.core.forms import form_registry
    from naravard_desktop.core.interchange import parse_answers
    from naravard_desktop.core.review import Review
    from naravard_desktop.core.store import DraftStore
    from naravard_desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    data_dir = Path(tempfile.mkdtemp(prefix="naravard-shot-"))
    form = form_registry(data_dir).require("sos-gnv-regioner-2024")
    doc = json.loads((ROOT / "tests" / "fixtures" / "answers-halland-2024.json").read_text("utf-8"))
    with DraftStore(data_dir, editor_name="Kim Koordinator") as store:
        store.set_editor_name("Kim Koordinator")
        draft = store.create_draft(form.id, "Svar 2024", "Region Halland")
        answers = parse_answers(form, doc)
        store.set_values(draft.id, answers)
    with DraftStore(data_dir, editor_name="Greta Granskare") as store:
        review = Review(store, form, draft.id)
        words = str(answers["17"]).split()
        quote = " ".join(words[2:6])
        thread = review.add_comment("17", "Kan vi ge ett konkret exempel här?", quote=quote)
        review.reply(thread.id, "Ja, jag lägger till ett från Kungsbacka.")
        review.add_comment("17", "Stäm av siffrorna med förra årets svar.")
        review.set_status("17", "Behöver ändras", assignee="Kim Koordinator")
        review.set_status("3", "Godkänd")
        review.add_comment("12", "Bra beskrivet!")
    window = MainWindow(data_dir, draft_id=draft.id)
    window.resize(1400, 900)
    window.show()
    for _ in range(20):
        app.processEvents()
    window.go_to_question("17")
    dock = window.registry.docks["comments"]
    dock.show()
    dock.raise_()
    window.resizeDocks([dock], [460], Qt.Orientation.Horizontal)
    for _ in range(20):
        app.processEvents()
    assert window.review.panel is not None
    window.review.panel.threads.setFocus()
    window.review.panel.threads.setCurrentRow(0)  # the quoted thread: its quote is selected in the answer
    for _ in range(20):
        app.processEvents()
    out = ROOT / "docs" / "review-dock.png"
    window.grab().save(str(out))
    window.close()
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())

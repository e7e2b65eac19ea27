"""Regenerate the window pictures in docs/ from Region Halland's 2024 answers:

- docs/screenshot-main.png: the main window at question 16 (README);
- docs/review-dock.png: the Kommentarer dock at question 17 with two threads, one quoting
  the answer and answered (picked, so its quote is selected in the answer), a status and
  an assignee (docs/review.md).

Run under a real X server (`Xvfb :99 -screen 0 1400x900x24 & DISPLAY=:99 python docs/make_screenshot.py`).
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def make_data_dir() -> tuple[Path, str]:
    """A data dir with the Halland draft and a little review work on it."""
    from naravard_desktop.core.forms.model import form_registry
    from naravard_desktop.core.review.comments import Review
    from naravard_desktop.core.storage.store import DraftStore
    from naravard_desktop.core.sync.interchange import parse_answers

    data_dir = Path(tempfile.mkdtemp(prefix="naravard-shot-"))
    form = form_registry(data_dir).require("sos-gnv-regioner-2024")
    doc = json.loads((ROOT / "tests" / "fixtures" / "answers-halland-2024.json").read_text("utf-8"))
    with DraftStore(data_dir) as store:
        store.set_editor_name("Kim Koordinator")
        draft = store.create_draft(form.id, "Svar 2024", "Region Halland")
        answers = parse_answers(form, doc)
        store.set_values(draft.id, answers)
    with DraftStore(data_dir, editor_name="Greta Granskare") as store:
        review = Review(store, form, draft.id)
        quote = " ".join(str(answers["17"]).split()[2:6])
        thread = review.add_comment("17", "Kan vi ge ett konkret exempel här?", quote=quote)
        review.reply(thread.id, "Ja, jag lägger till ett från Kungsbacka.")
        review.add_comment("17", "Stäm av siffrorna med förra årets svar.")
        review.set_status("17", "Behöver ändras", assignee="Kim Koordinator")
        review.set_status("3", "Godkänd")
        review.add_comment("12", "Bra beskrivet!")
    return data_dir, draft.id


def main() -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from naravard_desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    data_dir, draft_id = make_data_dir()
    window = MainWindow(data_dir, draft_id=draft_id)
    window.resize(1400, 900)
    window.show()

    def settle() -> None:
        for _ in range(20):
            app.processEvents()

    settle()
    window.go_to_question("16")
    settle()
    shots = [ROOT / "docs" / "screenshot-main.png", ROOT / "docs" / "review-dock.png"]
    window.grab().save(str(shots[0]))
    window.go_to_question("17")
    dock = window.registry.docks["comments"]
    dock.show()
    dock.raise_()
    window.resizeDocks([dock], [460], Qt.Orientation.Horizontal)
    settle()
    assert window.review.panel is not None
    window.review.panel.threads.setFocus()
    window.review.panel.threads.setCurrentRow(0)  # the quoted thread: its quote is selected in the answer
    settle()
    window.grab().save(str(shots[1]))
    window.close()
    print(*shots, sep="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Regenerate the pictures of docs/word.md from a coordinator's round on Region Halland's
2024 answers:

- docs/word-file.png: the Word file Karin exports for Anna (questions 12-17), rendered by
  LibreOffice to PDF and by pdftoppm to PNG (the front page and question 17);
- docs/word-import.png: the app after Karin imports Anna's edited file (Arkiv › Importera
  från Word…): the summary dialog over the main window.

Needs soffice and pdftoppm, and a real X server for the app:
`Xvfb :99 -screen 0 1400x900x24 & DISPLAY=:99 python docs/make_word_screenshots.py`.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def make_round(work: Path) -> tuple[Path, str, Path]:
    """Karin's draft, the file for Anna, and Anna's edited copy (python-docx plays Word)."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.text.run import Run

    from naravard_desktop.core.forms.model import form_registry
    from naravard_desktop.core.review.comments import Review
    from naravard_desktop.core.storage.store import DraftStore
    from naravard_desktop.core.sync.interchange import parse_answers
    from naravard_desktop.core.word import write_word

    data_dir = work / "data"
    data_dir.mkdir()
    form = form_registry(data_dir).require("sos-gnv-regioner-2024")
    doc = json.loads((ROOT / "tests" / "fixtures" / "answers-halland-2024.json").read_text("utf-8"))
    with DraftStore(data_dir) as store:
        store.set_editor_name("Karin Koordinator")
        draft = store.create_draft(form.id, "Svar 2024", "Region Halland")
        answers = parse_answers(form, doc)
        store.set_values(draft.id, answers)
        review = Review(store, form, draft.id)
        first = str(answers["17"]).split("\n")[0]
        thread = review.add_comment("17", "191 tecken för mycket – kan du korta?", quote=first[:57])
        review.reply(thread.id, "Gärna före fredag.")
        exported = work / "fragor-anna.docx"
        write_word(store, form, draft.id, exported, questions=["12", "13", "14", "14a", "15", "16", "17"], recipient="Anna Andersson")
        # Karin keeps writing while the file is out: the first line of 12 and row 2 of 15.
        values = store.current_values(draft.id)
        key15 = next(k for k in values if k.startswith("15 / ") and "äldre" in k)
        store.set_values(
            draft.id, {"12": "• Kontinuerlig samverkan" + str(values["12"])[len("• Kontinuerlig och strukturerad samverkan") :]}
        )
        store.set_values(draft.id, {key15: "Utvecklas i takt med Karins plan."})

    word = docx.Document(str(exported))
    body = word.element.body

    def free_cell(bookmark: str) -> object:
        start = next(b for b in body.iter(qn("w:bookmarkStart")) if b.get(qn("w:name")) == bookmark)
        tr = start.getparent()
        while tr.tag != qn("w:tr"):
            tr = tr.getparent()
        return next(tc for tc in tr.iter(qn("w:tc")) if start not in tc.iter(qn("w:bookmarkStart")))

    from lxml import etree

    from naravard_desktop.core.word.base import parse_base

    blob = next(p.blob for p in word.part.package.iter_parts() if "customXml" in str(p.partname) and b"naravard-word-base" in p.blob)
    keys = [f.key for f in parse_base(etree.fromstring(blob)).fields]

    def set_text(key: str, text: str) -> None:
        cell = free_cell(f"nv_f{keys.index(key)}")
        paras = list(cell.iter(qn("w:p")))  # type: ignore[attr-defined]
        container = paras[0].getparent()
        for p in paras:
            container.remove(p)
        for line in text.split("\n"):
            p, r, t = OxmlElement("w:p"), OxmlElement("w:r"), OxmlElement("w:t")
            t.text = line
            r.append(t)
            p.append(r)
            container.append(p)

    shorter = (
        "\n".join(str(values["17"]).split("\n")[:1])
        + "\n• Läkarsatser i hemsjukvården utför akuta besök hos patienter med kommunal hälso- och sjukvård."
    )
    set_text("17", shorter)
    set_text(
        "12",
        str(values["12"]).replace("• Kontinuerlig och strukturerad samverkan", "• Kontinuerlig och strukturerad samverkan", 1)
        + "\n• Ny gemensam handlingsplan 2025 (Anna).",
    )
    set_text(key15, "Utvecklas i takt med Annas kunskapsstyrning.")
    last = list(free_cell(f"nv_f{keys.index('12')}").iter(qn("w:r")))[-1]  # type: ignore[attr-defined]
    word.add_comment(Run(last, None), text="Stämmer det här med förvaltningen?", author="Anna Andersson", initials="AA")
    word.core_properties.last_modified_by = "Anna Andersson"
    edited = work / "fragor-anna-svar.docx"
    word.save(str(edited))
    return data_dir, draft.id, edited


def render_word_file(work: Path) -> None:
    exported = work / "fragor-anna.docx"
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{work}/lo", "--headless", "--convert-to", "pdf", "--outdir", str(work), str(exported)],
        check=True,
        capture_output=True,
    )
    subprocess.run(["pdftoppm", "-r", "80", "-png", str(work / "fragor-anna.pdf"), str(work / "page")], check=True)
    pages = sorted(work.glob("page-*.png"))
    subprocess.run(
        ["montage", str(pages[0]), str(pages[-1]), "-tile", "2x1", "-geometry", "+6+6", str(ROOT / "docs" / "word-file.png")], check=True
    )


def shoot_app(data_dir: Path, draft_id: str, edited: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from naravard_desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = MainWindow(data_dir, draft_id=draft_id)
    window.resize(1400, 900)
    window.show()
    window.registry.action("word-import").trigger()
    dialog = window.word_io.import_dialog
    dialog.path_edit.setText(str(edited))
    dialog.ok_button.click()
    summary = dialog.summary_dialog
    summary.resize(720, 190)
    window.go_to_question("12")
    geometry = window.frameGeometry()
    summary.move(geometry.x() + 340, geometry.y() + 280)
    for _ in range(50):
        app.processEvents()
    import time

    time.sleep(1)
    for _ in range(50):
        app.processEvents()
    screen = app.primaryScreen()
    picture = screen.grabWindow(0, geometry.x(), geometry.y(), geometry.width(), geometry.height())
    picture.save(str(ROOT / "docs" / "word-import.png"))
    print(summary.text.toPlainText())
    summary.close()
    window.close()


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="naravard-word-shot-"))
    data_dir, draft_id, edited = make_round(work)
    render_word_file(work)
    shoot_app(data_dir, draft_id, edited)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

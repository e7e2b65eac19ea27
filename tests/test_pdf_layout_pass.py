"""The review PDF's shortcuts (core/review/pdf.py) print the very same PDF as reportlab's
plain way: the first pass only lays the pages out (with the contents list seeded it can never
be the pass that is kept, so it draws nothing), and the contents list makes each entry's
paragraph and breaks its lines once for all passes."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from reportlab import rl_config
from reportlab.platypus.doctemplate import BaseDocTemplate
from reportlab.platypus.tableofcontents import TableOfContents

from naravard_desktop.core.forms.model import form_registry
from naravard_desktop.core.review import pdf
from naravard_desktop.core.review.comments import Review
from naravard_desktop.core.review.document import DraftDocument, build_document
from naravard_desktop.core.storage.store import DraftStore

LONG = ("Mening om nära vård <b>inte fet</b> & “citat” … åäö. " * 60 + "\n• punkt\n\n") * 3


@pytest.fixture
def document(halland_draft: str, data_dir: Path) -> DraftDocument:
    form = form_registry(data_dir).require("sos-gnv-regioner-2024")
    with DraftStore(data_dir) as store:
        store.set_values(halland_draft, {"3": LONG})
        review = Review(store, form, halland_draft)
        thread = review.add_comment("3", "Kortare?", quote=LONG[20:60])
        review.reply(thread.id, "Ja.")
        review.add_comment("17", "Över gränsen?", quote=None)
        return build_document(store, form, halland_draft)


def test_first_pass_draws_nothing_and_the_pdf_is_the_same(document: DraftDocument, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rl_config, "invariant", 1)  # no creation time or random ids in the bytes
    canvases: list[str] = []
    drawn_on_layout: list[int] = []

    class SpyLayoutCanvas(pdf._LayoutCanvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            canvases.append("layout")

        def showPage(self) -> None:  # noqa: N802 - reportlab's API
            drawn_on_layout.append(len(self._code))
            super().showPage()

    class SpyNumberedCanvas(pdf._NumberedCanvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            canvases.append("drawn")

    monkeypatch.setattr(pdf, "_LayoutCanvas", SpyLayoutCanvas)
    monkeypatch.setattr(pdf, "_NumberedCanvas", SpyNumberedCanvas)
    layout_first = pdf.render_pdf(document)
    assert canvases == ["layout", "drawn"]
    assert len(drawn_on_layout) > 5 and not any(drawn_on_layout)  # pages counted, nothing drawn on them

    canvases.clear()
    monkeypatch.setattr(pdf._ReviewDocTemplate, "build", BaseDocTemplate.build)  # every pass draws
    every_pass_drawn = pdf.render_pdf(document)
    assert canvases == ["drawn", "drawn"]
    assert layout_first == every_pass_drawn


def test_without_contents_lines_every_pass_draws(document: DraftDocument, monkeypatch: pytest.MonkeyPatch) -> None:
    """Unseeded, the first pass might be the last: it is drawn, as reportlab does it."""
    monkeypatch.setattr(rl_config, "invariant", 1)
    seeded = pdf.render_pdf(document)
    made: list[str] = []
    real_build = BaseDocTemplate.build

    def spy_build(self: BaseDocTemplate, flowables: list[Any], filename: Any = None, canvasmaker: Any = None) -> None:
        made.append(canvasmaker.__name__)
        real_build(self, flowables, filename, canvasmaker)

    monkeypatch.setattr(BaseDocTemplate, "build", spy_build)
    monkeypatch.setattr(pdf, "_seed_contents", lambda story: False)
    unseeded = pdf.render_pdf(document)
    assert made == ["_NumberedCanvas"] * 3
    assert unseeded == seeded


def test_reportlab_plain_prints_the_same_pdf(document: DraftDocument, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rl_config, "invariant", 1)
    fast = pdf.render_pdf(document)
    monkeypatch.setattr(pdf, "_seed_contents", lambda story: False)
    monkeypatch.setattr(pdf, "Paragraph", pdf._ReportlabParagraph)
    monkeypatch.setattr(pdf, "_Contents", TableOfContents)
    monkeypatch.setattr(pdf._ReviewDocTemplate, "build", BaseDocTemplate.build)
    assert pdf.render_pdf(document) == fast


def test_contents_entries_are_broken_into_lines_once(document: DraftDocument, monkeypatch: pytest.MonkeyPatch) -> None:
    broken: list[str] = []
    real_wrap = pdf._ReportlabParagraph.wrap

    def spy_wrap(self: Any, width: float, height: float) -> tuple[float, float]:
        if "drawTOCEntryEnd" in (self.text or ""):
            broken.append(self.text)
        size: tuple[float, float] = real_wrap(self, width, height)
        return size

    monkeypatch.setattr(pdf._ReportlabParagraph, "wrap", spy_wrap)
    pdf.render_pdf(document)
    entries = sum(len(section.questions) + 1 for _, section in document.sections_with_parts())
    assert len(broken) == len(set(broken)) == entries  # once for both passes: the markup holds no page number


def test_a_layout_pass_is_never_saved() -> None:
    canvas = pdf._LayoutCanvas(Path("never.pdf").name)
    with pytest.raises(RuntimeError):
        canvas.save()


def test_frame_copies_like_deepcopy() -> None:
    frame = pdf._Frame(10, 20, 300, 400, id="body")
    frame._frameBGs = [["bg"]]
    twin = copy.deepcopy(frame)
    assert type(twin) is pdf._Frame and twin is not frame
    assert twin.__dict__ == frame.__dict__
    assert twin._frameBGs is not frame._frameBGs and twin._frameBGs[0] is not frame._frameBGs[0]
    twin._y -= 50
    assert frame._y != twin._y

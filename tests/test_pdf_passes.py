"""The review PDF's contents list is seeded before the first pass and paragraphs remember
their line breaks (core/review/pdf.py): two layout passes instead of three, and the very same
PDF as reportlab's plain way."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from reportlab import rl_config
from reportlab.platypus.doctemplate import BaseDocTemplate

from naravard_desktop.core.forms.model import form_registry
from naravard_desktop.core.review import pdf
from naravard_desktop.core.review.comments import Review
from naravard_desktop.core.review.document import build_document
from naravard_desktop.core.storage.store import DraftStore


def test_seeded_contents_take_two_passes_and_print_the_same_pdf(
    cli, halland_draft, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    form = form_registry(data_dir).require("sos-gnv-regioner-2024")
    with DraftStore(data_dir) as store:
        Review(store, form, halland_draft).add_comment("3", "Kortare?", quote=None)
        document = build_document(store, form, halland_draft)
    passes: list[int] = []
    real = BaseDocTemplate.multiBuild

    def counting(self: BaseDocTemplate, *args: Any, **kwargs: Any) -> int:
        count: int = real(self, *args, **kwargs)
        passes.append(count)
        return count

    monkeypatch.setattr(BaseDocTemplate, "multiBuild", counting)
    monkeypatch.setattr(rl_config, "invariant", 1)  # no creation time or random ids in the bytes
    seeded = pdf.render_pdf(document)
    monkeypatch.setattr(pdf, "_seed_contents", lambda story: None)
    monkeypatch.setattr(pdf, "Paragraph", pdf._ReportlabParagraph)
    plain = pdf.render_pdf(document)
    assert passes == [2, 3]
    assert seeded == plain

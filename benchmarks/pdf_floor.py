"""The reportlab floor for `naravard pdf`: the same text, printed as plainly as reportlab can.

The seed form-2024-with-answers.md (the 2024 form with Region Halland's answers; from
shared/seeds beside the checkout, or else the same text made from the repository's form
file and answers fixture) as plain platypus paragraphs in DejaVu Sans: one pass, no
cover, contents, marks or comments. It imports nothing of Närvård desktop, so a whole process of it is the anchor
the review PDF's whole process is compared with (benchmarks/pdf.py).

    python benchmarks/pdf_floor.py OUT.pdf
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate

ROOT = Path(__file__).resolve().parent.parent
FORM = ROOT / "forms" / "sos-gnv-regioner-2024.json"
ANSWERS = ROOT / "tests" / "fixtures" / "answers-halland-2024.json"
SEED_NAME = "form-2024-with-answers.md"
SEED_PLACES = [ROOT.parent / "shared" / "seeds", ROOT.parent.parent / "shared" / "seeds", Path("/work/shared/seeds")]


def seed_paragraphs() -> list[str] | None:
    """The seed's lines without Markdown marks, or None when it is not beside the checkout."""
    for folder in SEED_PLACES:
        path = folder / SEED_NAME
        if path.is_file():
            lines = []
            for line in path.read_text("utf-8").splitlines():
                text = re.sub(r"\*\*|^#+\s*|^\s*[-*]\s+", "", line).strip()
                if text:
                    lines.append(text)
            return lines
    return None


def repository_paragraphs() -> list[str]:
    """Question texts and answers in form order, as plain text lines (when the seed is not here)."""
    form = json.loads(FORM.read_text("utf-8"))
    answers = json.loads(ANSWERS.read_text("utf-8"))["answers"]
    lines: list[str] = [form["title"]]
    for section in form["sections"]:
        lines.append(section["title"])
        for question in section["questions"]:
            lines.append(f"{question['number']}. {question['text']}")
            for key, value in answers.items():
                if key == question["number"] or key.startswith(question["number"] + " / "):
                    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
                    lines.extend(line for line in text.splitlines() if line.strip())
    return lines


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else Path("floor.pdf")
    pdfmetrics.registerFont(TTFont("DejaVuSans", str(ROOT / "resources" / "fonts" / "DejaVuSans.ttf")))
    style = ParagraphStyle("plain", fontName="DejaVuSans", fontSize=10, leading=13, spaceAfter=4)
    lines = seed_paragraphs()
    source = "the seed"
    if lines is None:
        lines, source = repository_paragraphs(), "the form file and answers fixture"
    story = [Paragraph(escape(line), style) for line in lines]
    SimpleDocTemplate(str(out), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm).build(story)
    print(f"{out}: {len(lines)} paragraphs from {source}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

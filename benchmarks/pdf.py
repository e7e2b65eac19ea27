"""Time to print the review PDF of the full Halland draft with 50 comments.

In process: seconds for building the document model and rendering, and the page count.
Whole processes (the issue's figure): `naravard pdf DRAFT_ID --out FILE` vs the reportlab
floor `benchmarks/pdf_floor.py` (the seed's text as plain paragraphs in DejaVu Sans),
alternating, medians. Goal (issue 17): ≤ 2.0× the floor.

    python benchmarks/pdf.py [--runs 5]
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pypdf  # noqa: E402

from naravard_desktop.core.forms.model import load_form  # noqa: E402
from naravard_desktop.core.review.comments import Review  # noqa: E402
from naravard_desktop.core.review.document import build_document  # noqa: E402
from naravard_desktop.core.review.pdf import render_pdf  # noqa: E402
from naravard_desktop.core.storage.store import DraftStore  # noqa: E402
from naravard_desktop.core.sync.interchange import parse_answers  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _procs import alternate, result  # noqa: E402

COMMENTS = 50
GOAL = 2.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="whole-process runs of the CLI and of the floor")
    args = parser.parse_args()
    form = load_form(ROOT / "forms" / "sos-gnv-regioner-2024.json")
    answers = parse_answers(form, json.loads((ROOT / "tests" / "fixtures" / "answers-halland-2024.json").read_text("utf-8")))
    with tempfile.TemporaryDirectory() as tmp, DraftStore(Path(tmp), editor_name="Benchmark") as store:
        draft = store.create_draft(form.id, "Svar 2024", "Region Halland")
        store.set_values(draft.id, answers)
        review = Review(store, form, draft.id)
        texts = [q.number for q in form.answerable_questions() if isinstance(answers.get(q.number), str) and len(answers[q.number]) > 40]
        for i in range(COMMENTS):
            number = texts[i % len(texts)]
            quote = answers[number][10:40]
            thread = review.add_comment(number, f"Kommentar {i + 1}: kan detta formuleras kortare och tydligare?", quote=quote)
            if i % 3 == 0:
                review.reply(thread.id, "Håller med, jag tar det.")
        runs = []
        for _ in range(3):
            start = time.perf_counter()
            document = build_document(store, form, draft.id)
            built = time.perf_counter()
            pdf = render_pdf(document)
            done = time.perf_counter()
            runs.append((built - start, done - built, done - start))
        pages = len(pypdf.PdfReader(io.BytesIO(pdf)).pages)
        best = min(runs, key=lambda r: r[2])
        print(f"questions: {len(document.questions())}, open comments: {document.summary.open_comments}")
        print(f"document model: {best[0]:.2f} s, render: {best[1]:.2f} s (best of {len(runs)})")
        store.close()
        out, floor_out = Path(tmp) / "review.pdf", Path(tmp) / "floor.pdf"
        cli = [sys.executable, "-m", "naravard_desktop.cli", "--data-dir", tmp, "pdf", draft.id, "--out", str(out)]
        pair = alternate(cli, [sys.executable, str(ROOT / "benchmarks" / "pdf_floor.py"), str(floor_out)], args.runs)
        floor_pages = len(pypdf.PdfReader(floor_out).pages)
        ratio = pair.seconds / pair.anchor_seconds
        print(f"naravard pdf (whole process): {', '.join(f'{r.seconds:.2f}' for r in pair.figure)} s")
        print(f"reportlab floor (whole process, {floor_pages} pages): {', '.join(f'{r.seconds:.2f}' for r in pair.anchor)} s")
        print(
            f"CPU time (user+system), medians: naravard pdf {pair.cpu:.2f} s vs floor {pair.anchor_cpu:.2f} s, ratio {pair.cpu / pair.anchor_cpu:.2f}x"
        )
        result(
            "naravard pdf",
            f"{pair.seconds:.2f} s",
            f"reportlab floor {pair.anchor_seconds:.2f} s",
            f"{ratio:.2f}x",
            f"<= {GOAL}x",
            ratio <= GOAL,
        )
        print(
            f"printed in {best[2]:.2f} s in process: {pages} pages, {len(pdf) / 1024:.0f} KB; whole process {pair.seconds:.2f} s "
            f"vs reportlab floor {pair.anchor_seconds:.2f} s: ratio {ratio:.2f}x"
        )  # the summary line


if __name__ == "__main__":
    main()

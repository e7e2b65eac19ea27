"""Measure `scan_text` on a 3000-character answer (the editor scans on a debounce).

Run from the repository root: python -m benchmarks.pii_scan   (prints figures; asserts nothing)
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from naravard_desktop.core.submission.pii import scan_text

ROOT = Path(__file__).resolve().parent.parent


def sample_text(length: int = 3000) -> str:
    """Real answer text (Halland 2024) with a personnummer, a phone and an e-mail mixed in."""
    answers = json.loads((ROOT / "tests/fixtures/answers-halland-2024.json").read_text("utf-8"))["answers"]
    prose = "\n\n".join(v for v in answers.values() if isinstance(v, str))
    extra = " Kontakt 19121212-1212, 070-123 45 67, anna@region.se. 222 607 personer, 2019–2028. "
    text = extra + prose
    return text[:length]


def main() -> None:
    text = sample_text()
    words = ["Avdelning 5", "Hallands*", "Kungsbacka", "Varberg", "Ward X"]
    runs = 500
    # A text is scanned once and then remembered (the guard, the checks and the marks ask
    # for the same answers): each call here gets a text it has not seen, as while typing.
    changed = [f"{text[:-8]} rad {n:04d}" for n in range(2 * runs)]
    for index, (label, w) in enumerate((("without words", ()), ("with 5 flagged words", words))):
        scan_text(text, w)
        start = time.perf_counter()
        for n in range(runs):
            findings = scan_text(changed[index * runs + n], w)
        per_call = (time.perf_counter() - start) / runs * 1000
        start = time.perf_counter()
        for _ in range(runs):
            scan_text(text, w)
        again = (time.perf_counter() - start) / runs * 1000
        print(
            f"scan_text, {len(text)} chars, {label}: {per_call:.3f} ms per call ({len(findings)} findings); the same text again {again:.4f} ms"
        )


if __name__ == "__main__":
    main()

"""Import 20 editors' bundles into one data dir: the full form, 10x the fields, 10x the revisions.

Every editor starts from a shared draft holding Region Halland's 2024 answers and changes
every answer: texts get an editor-specific word replaced (three-way merges apply where
edits do not touch the same words), numbers and choices change (conflicts). The "10x
fields" run uses a synthetic form made of the 2024 form's sections ten times (questions
renumbered 1, 101, 201, …; 710 fields) with the answers copied into every copy. The "10x
revisions" run has each editor make 10 rounds of changes on the real form.

The bundles are imported one after another in process (as the app did before batch
imports: a merge of the whole frontier per import), and then the issue's figure: one
whole `naravard bundle import F1 … F20` process (one transaction, one merge per field)
into a data dir holding the start bundle, for the full form and for 10× the revisions
(median of --cli-runs). Goals (issue 17): ≤ 1 s; 10× the revisions ≤ 12× the time.

It also runs the merge property tests (tests/test_merge.py: idempotent, commutative,
associative, nothing lost) with more hypothesis examples than CI's 1 000.

    /work/venv/bin/python benchmarks/merge.py [--editors 20] [--rounds 10] [--examples 10000] [--cli-runs 5]
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from naravard_desktop.core.forms.answers import field_refs  # noqa: E402
from naravard_desktop.core.forms.model import Form, FormRegistry, form_registry, parse_form  # noqa: E402
from naravard_desktop.core.storage.store import DraftStore  # noqa: E402
from naravard_desktop.core.sync.bundles import import_bundle, read_bundle, write_bundle  # noqa: E402
from naravard_desktop.core.sync.interchange import parse_answers  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _procs import result, run_process  # noqa: E402

FORM_ID = "sos-gnv-regioner-2024"
FORM_FILE = ROOT / "forms" / f"{FORM_ID}.json"
HALLAND = ROOT / "tests" / "fixtures" / "answers-halland-2024.json"
_NUMBER = re.compile(r"^(\d+)(.*)$")


def _renumber(number: str, copy_no: int) -> str:
    m = _NUMBER.match(number)
    assert m is not None
    return f"{int(m.group(1)) + 100 * copy_no}{m.group(2)}"


def _renumber_all(node: Any, copy_no: int) -> None:
    """Question numbers, sub-field parents and condition targets of one copy of the form."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("number", "parent", "question") and isinstance(value, str) and _NUMBER.match(value):
                node[key] = _renumber(value, copy_no)
            elif key == "printed_number":
                node[key] = None
            else:
                _renumber_all(value, copy_no)
    elif isinstance(node, list):
        for value in node:
            _renumber_all(value, copy_no)


def ten_times_form() -> tuple[FormRegistry, Form, dict[str, Any]]:
    """The 2024 form's sections ten times over, and Halland's answers in every copy."""
    doc = json.loads(FORM_FILE.read_text("utf-8"))
    sections = []
    for copy_no in range(10):
        for section in doc["sections"]:
            twin = copy.deepcopy(section)
            twin["id"] = f"{section['id']}-{copy_no}"
            if copy_no:
                _renumber_all(twin["questions"], copy_no)
            sections.append(twin)
    form = parse_form({**doc, "id": "bench-10x-fields", "sections": sections}, "bench-10x-fields")
    real = form_registry(None).require(FORM_ID)
    answers = parse_answers(real, json.loads(HALLAND.read_text("utf-8")))
    values = {}
    for key, value in answers.items():
        head, sep, rest = key.partition(" / ")
        for copy_no in range(10):
            values[_renumber(head, copy_no) + sep + rest] = value
    return FormRegistry({form.id: form}, []), form, values


def changed(ref: Any, value: Any, editor: int, round_: int) -> Any:
    q = ref.question
    if ref.is_text:
        if not value:
            return f"Text av redaktör {editor}, omgång {round_}." if editor == 0 else value
        words = value.split(" ")
        position = (editor * 37 + round_ * 7) % len(words)
        words[position] = f"r{editor}o{round_}"
        return " ".join(words)
    if ref.subfield is not None:
        return value
    if q.type in ("number", "percent"):
        return (value or 0) + editor + round_
    if q.type == "single" and q.options:
        return q.options[(editor + round_) % len(q.options)]
    if q.type == "multi" and q.options:
        return [q.options[(editor + round_) % len(q.options)]]
    if q.type == "matrix" and q.rows and q.columns:
        return {row: q.columns[(editor + i + round_) % len(q.columns)] for i, row in enumerate(q.rows)}
    return value


def open_store(directory: Path, name: str) -> DraftStore:
    directory.mkdir(parents=True)
    return DraftStore(directory, editor_name=name)


def run(
    editors: int, rounds: int, work: Path, ten_times_fields: bool = False, cli_runs: int = 0
) -> tuple[float, int, int, int, float | None]:
    if ten_times_fields:
        forms, form, answers = ten_times_form()
    else:
        forms = form_registry(None)
        form = forms.require(FORM_ID)
        answers = parse_answers(form, json.loads(HALLAND.read_text("utf-8")))
    origin = open_store(work / "origin", "Origin")
    draft = origin.create_draft(form.id, "Svar 2024", "Region Halland")
    origin.set_values(draft.id, answers, kind="import")
    start = work / "start.naravard"
    write_bundle(origin, form, draft.id, start)
    origin.close()
    paths = []
    for e in range(editors):
        store = open_store(work / f"editor{e}", f"Redaktör {e}")
        import_bundle(store, forms, read_bundle(start, forms))
        for r in range(rounds):
            values = store.current_values(draft.id)
            updates = {ref.key: changed(ref, values.get(ref.key), e, r) for ref in field_refs(form)}
            store.set_values(draft.id, {k: v for k, v in updates.items() if v is not None})
        out = work / f"editor{e}.naravard"
        write_bundle(store, form, draft.id, out)
        paths.append(out)
        store.close()
    target = open_store(work / "target", "Mottagare")
    import_bundle(target, forms, read_bundle(start, forms))
    began = time.perf_counter()
    for path in paths:
        import_bundle(target, forms, read_bundle(path, forms))
    elapsed = time.perf_counter() - began
    revisions = len(target.revisions(draft.id))
    conflicts = len(target.conflicted_fields(draft.id))
    merged = sum(1 for r in target.revisions(draft.id) if r.kind == "merge")
    target.close()
    cli = cli_import(work, start, paths, cli_runs) if cli_runs else None
    return elapsed, revisions, conflicts, merged, cli


def cli_import(work: Path, start: Path, paths: list[Path], runs: int) -> float:
    """Median seconds of one whole `naravard bundle import F1 … Fn` process (the start
    bundle imported before, untimed), each run into a fresh copy of that data dir."""
    base = work / "cli-base"
    base.mkdir()
    run_process([sys.executable, "-m", "naravard_desktop.cli", "--data-dir", str(base), "bundle", "import", str(start)])
    times = []
    for attempt in range(runs + 1):  # the first run warms the bytecode cache
        target = work / f"cli-{attempt}"
        shutil.copytree(base, target)
        argv = [sys.executable, "-m", "naravard_desktop.cli", "--data-dir", str(target), "bundle", "import", *map(str, paths)]
        seconds = run_process(argv).seconds
        if attempt:
            times.append(seconds)
    return statistics.median(times)


def properties(examples: int) -> str:
    """Run tests/test_merge.py with `examples` hypothesis examples; one line of outcome."""
    env = dict(os.environ, NARAVARD_MERGE_EXAMPLES=str(examples))
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    began = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_merge.py"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    elapsed = time.perf_counter() - began
    summary = ([line for line in result.stdout.splitlines() if line.strip()] or ["no output"])[-1]
    status = "ok" if result.returncode == 0 else f"FAILED (exit {result.returncode})"
    return f"merge properties with {examples} examples: {status} in {elapsed:.0f} s ({summary.strip('= ')})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--editors", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--examples", type=int, default=10_000, help="hypothesis examples for the merge properties (0: skip)")
    parser.add_argument("--cli-runs", type=int, default=5, help="whole-process runs of naravard bundle import F1 … Fn (0: skip)")
    args = parser.parse_args()
    if args.examples:
        print(properties(args.examples))
    results = {}
    cli: dict[str, float | None] = {}
    runs = (("full form", 1, False), ("10x fields", 1, True), (f"{args.rounds}x revisions", args.rounds, False))
    for label, rounds, ten_times_fields in runs:
        work = Path(tempfile.mkdtemp(prefix="naravard-bench-"))
        try:
            elapsed, revisions, conflicts, merged, cli[label] = run(
                args.editors, rounds, work, ten_times_fields, 0 if ten_times_fields else args.cli_runs
            )
        finally:
            shutil.rmtree(work, ignore_errors=True)
        results[label] = elapsed
        print(
            f"{label:>16}: imported {args.editors} bundles in {elapsed:.2f} s "
            f"({revisions} revisions in the draft, {merged} automatic merges, {conflicts} conflicted fields)"
        )
    first, fields, revisions = results.values()
    cli_first, cli_revisions = cli["full form"], cli[f"{args.rounds}x revisions"]
    if cli_first is not None and cli_revisions is not None:
        print(
            f"naravard bundle import of {args.editors} bundles (whole process): full form {cli_first:.2f} s, {args.rounds}x revisions {cli_revisions:.2f} s"
        )
        result(
            f"bundle import {args.editors} bundles",
            f"{cli_first:.2f} s",
            "goal 1 s",
            f"{cli_first:.2f}x the goal",
            "<= 1 s",
            cli_first <= 1.0,
        )
        ratio = cli_revisions / cli_first
        result(
            f"bundle import, {args.rounds}x the revisions",
            f"{cli_revisions:.2f} s",
            f"full form {cli_first:.2f} s",
            f"{ratio:.1f}x",
            f"<= {1.2 * args.rounds:.0f}x",
            ratio <= 1.2 * args.rounds,
        )
    print(
        f"{args.editors} bundles: full form {first:.1f} s, 10x fields {fields:.1f} s ({fields / first:.1f}x), "
        f"{args.rounds}x revisions {revisions:.1f} s ({revisions / first:.1f}x)"
    )


if __name__ == "__main__":
    main()

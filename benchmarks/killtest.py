"""Crash-safety proof: kill an editing process with SIGKILL at random moments, then check.

A child process edits answers in a loop through the core (DraftStore.set_values) and
writes a line "saved" for an edit only after set_values has returned. Every ~20 edits it
also makes a rolling backup, so kills land inside backups too. After each kill the
parent reopens the database and checks:

- `PRAGMA integrity_check` is ok;
- every edit the child reported as saved is in the field's history with that value;
- no edit is half there (an edit of several fields is all present or all absent);
- every named backup passes `PRAGMA integrity_check`.

    python benchmarks/killtest.py [--kills 200] [--seed N] [--max-delay 0.4]

prints the tally and exits 0 only if nothing was lost. SIGKILL ends the process, not
the machine: this proves the app's own commit ordering and atomicity, while power-loss
durability rests on SQLite's WAL with synchronous=FULL.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from naravard_desktop.core.storage import backup  # noqa: E402
from naravard_desktop.core.storage.paths import DB_FILENAME  # noqa: E402
from naravard_desktop.core.storage.store import DraftStore  # noqa: E402

FORM_ID = "sos-gnv-regioner-2024"
#: Text questions of the 2024 form (1000 and 3000 character fields).
FIELDS = ("3", "7a", "8a", "10a", "12", "17", "23", "24", "25", "27", "31")
BACKUP_EVERY = 20
BACKUP_KEEP = 5


def planned_edit(seed: int, number: int) -> dict[str, str]:
    """Edit `number` of a child: which fields get which value (the parent recomputes it)."""
    rnd = random.Random(f"{seed}:{number}")
    fields = rnd.sample(FIELDS, rnd.choice((1, 1, 1, 2, 3)))
    filler = "Vi arbetar vidare med nära vård i primärvården. "
    return {f: f"{seed}:{number}:{f}: " + (filler * 70)[: rnd.randrange(0, 3000)] for f in fields}


def digest(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()[:16]


def child(data_dir: Path, draft_id: str, seed: int) -> None:
    """Edit forever; a line per edit, written only once the edit is committed."""
    store = DraftStore(data_dir, editor_name="Killtest")
    out = sys.stdout
    out.write("ready\n")
    out.flush()
    number = 0
    while True:
        number += 1
        values = planned_edit(seed, number)
        store.set_values(draft_id, values)
        out.write(json.dumps({"seed": seed, "n": number, "fields": {f: digest(v) for f, v in values.items()}}) + "\n")
        out.flush()
        if number % BACKUP_EVERY == 0:
            backup.backup_if_due(store, interval_minutes=0, keep=BACKUP_KEEP)


@dataclass
class Tally:
    kills: int = 0
    edits_reported: int = 0
    edits_found: int = 0
    lost: list[str] = field(default_factory=list)
    partial: list[str] = field(default_factory=list)
    integrity_failures: list[str] = field(default_factory=list)
    child_failures: list[str] = field(default_factory=list)
    backups_checked: int = 0
    bad_backups: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return (
            not (self.lost or self.partial or self.integrity_failures or self.bad_backups or self.child_failures)
            and self.edits_found == self.edits_reported
        )

    def summary(self) -> str:
        verdict = "PASS" if self.ok else "FAIL"
        return (
            f"{verdict}: {self.kills} kills, {self.kills - len(self.integrity_failures)}/{self.kills} reopened with integrity_check ok, "
            f"{self.edits_found}/{self.edits_reported} reported edits present, {len(self.partial)} partial edits, "
            f"{self.backups_checked - len(self.bad_backups)}/{self.backups_checked} backup checks ok, "
            f"{len(self.child_failures)} children died on their own, {self.seconds:.0f} s"
        )


def _wait_ready(log: Path, proc: subprocess.Popen[bytes], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if log.exists() and log.read_bytes().startswith(b"ready\n"):
            return
        if proc.poll() is not None:
            raise RuntimeError(f"killtest child exited early with {proc.returncode}")
        time.sleep(0.01)
    raise RuntimeError("killtest child did not start in time")


def _reported(log: Path) -> list[dict]:
    """Complete lines only: a line cut by the kill was never reported."""
    text = log.read_text("utf-8")
    lines = text.split("\n")[:-1]  # the part after the last newline is incomplete
    return [json.loads(line) for line in lines[1:]]


def _check(data_dir: Path, draft_id: str, reported: list[dict], tally: Tally) -> None:
    db = data_dir / DB_FILENAME
    with closing(sqlite3.connect(db)) as conn:
        result = conn.execute("PRAGMA integrity_check").fetchall()
        if result != [("ok",)]:
            tally.integrity_failures.append(f"kill {tally.kills}: {result[:3]}")
            return
        stored: dict[tuple[int, int], dict[str, str]] = {}
        for field_key, value_json in conn.execute("SELECT field, value FROM revisions WHERE draft_id = ?", (draft_id,)):
            value = json.loads(value_json)
            seed, number, _ = value.split(":", 2)
            stored.setdefault((int(seed), int(number)), {})[field_key] = digest(value)
    for key, fields in stored.items():
        planned = {f: digest(v) for f, v in planned_edit(*key).items()}
        if fields != planned:
            tally.partial.append(f"edit {key}: stored {sorted(fields)}, planned {sorted(planned)}")
    for line in reported:
        tally.edits_reported += 1
        if stored.get((line["seed"], line["n"])) == line["fields"]:
            tally.edits_found += 1
        else:
            tally.lost.append(f"edit {line['seed']}:{line['n']}")
    with DraftStore(data_dir) as store:  # the app's own open (quick_check, migrations)
        store.current_values(draft_id)
    for item in backup.list_backups(data_dir):
        tally.backups_checked += 1
        problem = backup.integrity_problem(item.path)
        if problem is not None:
            tally.bad_backups.append(f"{item.name}: {problem}")


def run_killtest(kills: int, data_dir: Path, *, seed: int = 1, max_delay: float = 0.4, progress: bool = False) -> Tally:
    """Start, kill and check `kills` children editing one draft in `data_dir`."""
    started = time.monotonic()
    rnd = random.Random(seed)
    with DraftStore(data_dir) as store:
        draft_id = store.create_draft(FORM_ID, "Killtest", "Region Halland").id
    tally = Tally()
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    for k in range(kills):
        child_seed = seed * 1_000_000 + k
        log = data_dir / f"killtest-child-{k}.log"
        errors = data_dir / f"killtest-child-{k}.err"
        with log.open("wb") as out, errors.open("wb") as err:
            proc = subprocess.Popen(
                [sys.executable, str(Path(__file__).resolve()), "--child", str(data_dir), draft_id, str(child_seed)],
                stdout=out,
                stderr=err,
                env=env,
                cwd=ROOT,
            )
        try:
            _wait_ready(log, proc, timeout=60)
            time.sleep(rnd.uniform(0.0, max_delay))
        finally:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
        if proc.returncode != -signal.SIGKILL:
            last = (errors.read_text("utf-8", "replace").strip().splitlines() or ["?"])[-1]
            tally.child_failures.append(f"child {k} exited with {proc.returncode} before the kill: {last}")
        tally.kills += 1
        _check(data_dir, draft_id, _reported(log), tally)
        log.unlink()
        errors.unlink()
        if progress and (k + 1) % 10 == 0:
            print(f"  {k + 1} kills: {tally.edits_found}/{tally.edits_reported} reported edits present", flush=True)
    tally.seconds = time.monotonic() - started
    return tally


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=int(time.time()) % 100_000)
    parser.add_argument("--max-delay", type=float, default=0.4, help="longest wait before a kill (s)")
    parser.add_argument("--child", nargs=3, metavar=("DATA_DIR", "DRAFT_ID", "SEED"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(Path(args.child[0]), args.child[1], int(args.child[2]))
        return 0
    with tempfile.TemporaryDirectory(prefix="naravard-killtest-") as tmp:
        print(f"killtest: {args.kills} kills, seed {args.seed}", flush=True)
        tally = run_killtest(args.kills, Path(tmp), seed=args.seed, max_delay=args.max_delay, progress=True)
    for problem in (tally.child_failures + tally.lost + tally.partial + tally.integrity_failures + tally.bad_backups)[:20]:
        print(f"  problem: {problem}")
    print(tally.summary())
    return 0 if tally.ok else 1


if __name__ == "__main__":
    sys.exit(main())

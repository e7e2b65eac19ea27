"""Issue 14, items 6, 9, 10, 11, 15: hostile input gets a clear one-line refusal (exit 2)
and nothing is lost: the database dump and `answers export` are the same before and after."""

from __future__ import annotations

import json
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

import pytest
from conftest import FORM_ID
from test_bundles import pack, rehash, reid, unpack

from naravard_desktop.core.storage.paths import DB_FILENAME


def dump(data_dir: Path) -> list[str]:
    """Every row of the database as SQL: what 'nothing changed' is compared on."""
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def one_line_refusal(result: Any) -> None:
    assert result.code == 2, (result.code, result.out, result.err)
    assert len(result.err.strip().splitlines()) == 1, result.err
    assert "Traceback" not in result.err and "internt fel" not in result.err, result.err


class Unchanged:
    """Snapshot of the database and the answers; `check()` asserts both are the same."""

    def __init__(self, cli: Any, data_dir: Path, draft_id: str):
        self.cli, self.data_dir, self.draft_id = cli, data_dir, draft_id
        self.rows = dump(data_dir)
        self.export = cli("answers", "export", draft_id).out
        assert self.export

    def check(self) -> None:
        assert dump(self.data_dir) == self.rows
        assert self.cli("answers", "export", self.draft_id).out == self.export


def answers_file(tmp_path: Path, body: str, name: str = "a.json", prefix: bytes = b"") -> Path:
    path = tmp_path / name
    text = f'{{"format": "naravard-answers/1", "form": "{FORM_ID}", "answers": {body}}}'
    path.write_bytes(prefix + text.encode("utf-8"))
    return path


# -- item 6 and 11: numbers and malformed JSON in answers files ------------------------

HOSTILE_ANSWERS = {
    "NaN": ('{"36": NaN}', "NaN"),
    "Infinity": ('{"36": Infinity}', "Infinity"),
    "-Infinity": ('{"36": -Infinity}', "Infinity"),
    "float overflow 1e400": ('{"36": 1e400}', "för stort"),
    "integer above 1e308": ('{"36": 1' + "0" * 320 + "}", "321 siffror"),
    "5000-digit integer": ('{"36": ' + "9" * 5000 + "}", "5000 siffror"),
    "integer above 10^15": ('{"36": 10000000000000001}', "10^15"),
    "duplicate key": ('{"3": "ett", "3": "två"}', "två gånger"),
    "duplicate key, nested": ('{"8": {"Samverkan": "Ja", "Samverkan": "Nej"}}', "två gånger"),
    "lone surrogate": ('{"3": "text \\ud800 mer"}', "surrogat"),
    "nested 5000 deep": ('{"3": ' + "[" * 5000 + "]" * 5000 + "}", "nästlad"),
    "option label with CR/LF": ('{"2": "Ja\\r\\nrad två\\nrad tre"}', "okänt svarsalternativ"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE_ANSWERS))
def test_hostile_answers_file_is_refused_on_one_line_and_nothing_changes(case, cli, halland_draft, data_dir, tmp_path):
    body, reason = HOSTILE_ANSWERS[case]
    before = Unchanged(cli, data_dir, halland_draft)
    result = cli("answers", "import", halland_draft, str(answers_file(tmp_path, body)))
    one_line_refusal(result)
    assert reason in result.err, result.err
    assert "inget har ändrats" in result.err
    before.check()


def test_a_number_out_of_the_questions_bounds_is_accepted_and_flagged_by_check(cli, halland_draft, tmp_path):
    body = '{"38": 999999999999999.5, "36": -5}'
    assert cli("answers", "import", halland_draft, str(answers_file(tmp_path, body))).code == 0
    result = cli("check", halland_draft, "--json")
    flagged = {p["question"]: p["message"] for p in result.json()["problems"] if p["kind"] == "invalid_number"}
    assert "utanför 0–100" in flagged["38"] and "utanför 0–" in flagged["36"]


def test_utf8_bom_is_accepted(cli, halland_draft, tmp_path):
    path = answers_file(tmp_path, '{"3": "Med BOM"}', prefix=b"\xef\xbb\xbf")
    result = cli("answers", "import", halland_draft, str(path))
    assert result.code == 0, result.err
    assert json.loads(cli("answers", "export", halland_draft).out)["answers"]["3"] == "Med BOM"


def test_answers_import_of_dev_zero_stops_at_the_size_cap(cli, halland_draft, data_dir):
    before = Unchanged(cli, data_dir, halland_draft)
    result = cli("answers", "import", halland_draft, "/dev/zero")
    one_line_refusal(result)
    assert "större än 32 MB" in result.err
    result = cli("answers", "import", halland_draft, str(data_dir))
    one_line_refusal(result)
    before.check()


def test_stored_poison_numbers_never_break_check_transfer_exports_or_pdf(cli, halland_draft, data_dir, tmp_path):
    """Values stored by an older version (before numbers were checked on the way in)."""
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    huge = "1" + "0" * 400
    conn.execute("UPDATE revisions SET value = ? WHERE field = '36'", (huge,))
    conn.execute("UPDATE revisions SET value = 'NaN' WHERE field = '38'")
    conn.commit()
    conn.close()
    result = cli("check", halland_draft, "--json")
    assert result.code == 1, result.err
    messages = {p["question"]: p["message"] for p in result.json()["problems"] if p["kind"] == "invalid_number"}
    assert "större än 10^15" in messages["36"] and "inte ändligt" in messages["38"]
    for args in (
        ("answers", "export", halland_draft),
        ("answers", "export", halland_draft, "--format", "txt"),
        ("answers", "export", halland_draft, "--format", "md"),
        ("transfer", "status", halland_draft),
        ("transfer", "show", halland_draft, "36"),
        ("pdf", halland_draft, "--out", str(tmp_path / "utkast.pdf")),
    ):
        result = cli(*args)
        assert result.code in ((0, 1) if args[0] == "transfer" else (0,)), (args, result.err)
        assert "internt fel" not in result.err
        assert ": NaN" not in result.out and "nan %" not in result.out.lower() and huge not in result.out, args
    json.loads(cli("answers", "export", halland_draft).out)  # valid JSON (no NaN token)


# -- item 6, 11, 15: the same attacks in bundles ----------------------------------------


def _with_revision(src: Path, dst: Path, field: str, value: Any) -> Path:
    m = unpack(src)
    doc = json.loads(m["revisions.json"])
    first = doc["revisions"][0]
    doc["revisions"].append(reid({**first, "field": field, "value": value, "parents": []}, doc["draft"]))
    data = json.dumps(doc).encode()  # json.dumps writes NaN / Infinity as a hostile writer would
    return pack(dst, [("manifest.json", rehash(json.loads(m["manifest.json"]), "revisions.json", data)), ("revisions.json", data)])


def _raw_revisions(src: Path, dst: Path, edit: Any) -> Path:
    m = unpack(src)
    data = edit(m["revisions.json"])
    return pack(dst, [("manifest.json", rehash(json.loads(m["manifest.json"]), "revisions.json", data)), ("revisions.json", data)])


def _draft_id(src: Path, dst: Path, new_id: str) -> Path:
    m = unpack(src)
    manifest = json.loads(m["manifest.json"])
    doc = json.loads(m["revisions.json"])
    manifest["draft"]["id"] = new_id
    doc["draft"] = new_id
    doc["revisions"] = [reid(r, new_id) for r in doc["revisions"][:1]]
    doc["revisions"][0]["parents"] = []
    doc["revisions"] = [reid(doc["revisions"][0], new_id)]
    data = json.dumps(doc).encode()
    return pack(dst, [("manifest.json", rehash(manifest, "revisions.json", data)), ("revisions.json", data)])


HOSTILE_BUNDLES = {
    "NaN in question 36": (lambda s, d: _with_revision(s, d, "36", float("nan")), "NaN"),
    "Infinity in question 36": (lambda s, d: _with_revision(s, d, "36", float("inf")), "Infinity"),
    "integer above 1e308": (lambda s, d: _with_revision(s, d, "36", 10**320), "321 siffror"),
    "integer above 10^15": (lambda s, d: _with_revision(s, d, "36", 10**16), "10^15"),
    "NaN in a meta field": (lambda s, d: _with_revision(s, d, "@status/3", float("nan")), "NaN"),
    "5000-digit integer": (
        lambda s, d: _raw_revisions(s, d, lambda b: b.replace(b'"revisions":[', b'"x":' + b"9" * 5000 + b',"revisions":[', 1)),
        "5000 siffror",
    ),
    "lone surrogate": (
        lambda s, d: _raw_revisions(s, d, lambda b: b.replace(b'"revisions":[', b'"x":"a\\ud800b","revisions":[', 1)),
        "surrogat",
    ),
    "duplicate key": (lambda s, d: _raw_revisions(s, d, lambda b: b.replace(b'{"draft":', b'{"draft":"x","draft":', 1)), "två gånger"),
    "nested 5000 deep": (
        lambda s, d: _raw_revisions(
            s, d, lambda b: b.replace(b'"revisions":[', b'"x":' + b"[" * 5000 + b"]" * 5000 + b',"revisions":[', 1)
        ),
        "nästlad",
    ),
    "draft id with a newline": (lambda s, d: _draft_id(s, d, "abc\ndef"), "formatet för utkast-id"),
    "draft id as a short prefix": (lambda s, d: _draft_id(s, d, "ab"), "formatet för utkast-id"),
    "draft id in upper case": (lambda s, d: _draft_id(s, d, "AB" * 16), "formatet för utkast-id"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE_BUNDLES))
def test_hostile_bundle_values_are_refused_and_nothing_changes(case, cli, halland_draft, data_dir, tmp_path):
    build, reason = HOSTILE_BUNDLES[case]
    good = tmp_path / "good.naravard"
    assert cli("bundle", "export", halland_draft, "--out", str(good)).code == 0
    hostile = build(good, tmp_path / "hostile.naravard")
    before = Unchanged(cli, data_dir, halland_draft)
    for directory in (data_dir, tmp_path / "empty"):
        result = cli("bundle", "import", str(hostile), data=directory)
        one_line_refusal(result)
        assert reason in result.err, result.err
        assert "inget har ändrats" in result.err
    before.check()


# -- item 15: draft ids and prefixes ------------------------------------------------------


def test_an_ambiguous_prefix_is_refused_and_a_malformed_id_is_never_preferred(cli, halland_draft, data_dir):
    # A database from before bundles were held to the id format: a decoy whose id is a
    # prefix of the real draft's, and one with a newline in its id.
    decoy, newline_id = halland_draft[:6], "evil\nid"
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    for draft_id in (decoy, newline_id):
        conn.execute(
            "INSERT INTO drafts VALUES (?, ?, ?, NULL, '2020-01-01T00:00:00.000000Z', 'x', ?)", (draft_id, FORM_ID, "Lockbete\nrad 2", "x")
        )
    conn.commit()
    conn.close()
    before = Unchanged(cli, data_dir, halland_draft)
    for prefix in (decoy, halland_draft[:4], halland_draft[:4].upper()):
        result = cli("answers", "export", prefix)
        one_line_refusal(result)
        assert "passar 2 utkast" in result.err or "passar 3 utkast" in result.err, result.err
    assert cli("answers", "export", halland_draft[:7]).out == before.export  # unique prefix: the real draft
    assert cli("answers", "export", halland_draft.upper()).out == before.export
    listing = cli("draft", "list").out.splitlines()
    assert len(listing) == 3 and any(line.startswith("evil\\nid\t") for line in listing), listing
    assert all(line.count("\t") >= 4 for line in listing)
    assert cli("answers", "export", "%").code == 2  # no LIKE wildcards
    before.check()


# -- item 10: non-UTF-8 bytes in arguments -------------------------------------------------

NON_UTF8 = b"\xff\xfe-\xe5".decode("utf-8", "surrogateescape")  # how Python hands such bytes over


@pytest.mark.parametrize(
    "args",
    [
        ("draft", "new", "--form", FORM_ID, "--title", NON_UTF8),
        ("draft", "new", "--form", FORM_ID, "--title", "T", "--region", NON_UTF8),
        ("--editor", NON_UTF8, "answers", "import", "{draft}", "{file}"),
        ("answers", "export", NON_UTF8),
        ("check", NON_UTF8),
        ("bundle", "export", "{draft}", "--out", NON_UTF8),
        ("review", "comment", "{draft}", "3", "--text", NON_UTF8),
        ("pii", "ack", "{draft}", "abc", "--reason", NON_UTF8),
        ("pii", "words", "{draft}", "--add", NON_UTF8),
        ("history", "{draft}", NON_UTF8),
        ("transfer", "show", "{draft}", NON_UTF8),
        ("draft", "list", "--editor", NON_UTF8),
    ],
)
def test_non_utf8_argument_is_exit_2_with_one_line(args, cli, halland_draft, data_dir, tmp_path):
    before = Unchanged(cli, data_dir, halland_draft)
    path = answers_file(tmp_path, '{"3": "x"}')
    result = cli(*(a.format(draft=halland_draft, file=path) if "{" in a else a for a in args))
    one_line_refusal(result)
    assert "inte giltig UTF-8" in result.err
    before.check()


def test_non_utf8_argument_in_a_real_process(halland_draft, data_dir):
    import os
    import subprocess
    import sys

    from conftest import ROOT

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "naravard_desktop.cli", "--data-dir", str(data_dir), "draft", "new", "--form", FORM_ID, "--title"]
    result = subprocess.run([os.fsencode(c) for c in cmd] + [b"\xff\xfe"], capture_output=True, env=env, timeout=120)
    assert result.returncode == 2
    assert len(result.stderr.decode().strip().splitlines()) == 1 and b"Traceback" not in result.stderr


# -- item 9: the internal-error log holds no user text ------------------------------------


def test_internal_error_log_names_command_and_error_only(cli, halland_draft, data_dir, monkeypatch):
    from naravard_desktop.core.submission import validation

    secret = "19121212-1212 Tolvan Tolvansson"

    def boom(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError(f"failed on {secret}")

    monkeypatch.setattr("naravard_desktop.cli.check_cmd.check_draft", boom)
    assert validation  # the real check is what is replaced
    result = cli("--editor", secret, "check", halland_draft)
    assert result.code == 2 and "internt fel: RuntimeError" in result.err
    log = (data_dir / "logs" / "naravard-cli.log").read_text("utf-8")
    assert "naravard check: builtins.RuntimeError" in log
    assert "check_cmd.py:" in log and "in cmd_check" in log
    assert "1212" not in log and "Tolvan" not in log and halland_draft not in log and "--editor" not in log


def test_app_log_formatter_keeps_messages_out():
    import logging

    pytest.importorskip("PySide6")
    from naravard_desktop.ui.app import NoUserTextFormatter

    try:
        raise ValueError("svar med 19121212-1212")
    except ValueError:
        record = logging.LogRecord("x", logging.ERROR, __file__, 1, "autosave failed", None, exc_info=__import__("sys").exc_info())
    text = NoUserTextFormatter("%(message)s").format(record)
    assert "autosave failed" in text and "builtins.ValueError" in text and "1212" not in text


# -- item 11: backup restore where the data dir cannot be written ---------------------------


def test_backup_restore_in_a_read_only_data_dir_is_one_line(cli, halland_draft, data_dir, monkeypatch):
    made = cli("backup", "create")
    assert made.code == 0, made.err
    before = Unchanged(cli, data_dir, halland_draft)

    def read_only(*args: Any, **kwargs: Any) -> Any:
        raise PermissionError(13, "Permission denied", str(data_dir))

    monkeypatch.setattr(tempfile, "mkstemp", read_only)  # what a read-only folder does to the first write
    result = cli("backup", "restore", made.out.strip())
    one_line_refusal(result)
    assert "Permission denied" in result.err
    monkeypatch.undo()
    before.check()


# -- item 14: many tiny revisions do not make `check` slow for good ------------------------


def test_check_loads_no_revisions_of_meta_fields_it_does_not_read(cli, halland_draft, data_dir, monkeypatch):
    """A bundle of many tiny "@" revisions (here 5 000 fields and a 5 000-long chain) must
    not be materialised by `check`: it reads answers, comments and acknowledgements only."""
    from naravard_desktop.core.storage.store import DraftStore

    with DraftStore(data_dir) as store:
        with store.transaction():
            parent: list[str] = []
            for i in range(5000):
                store.insert_revision(store.make_revision(halland_draft, f"@status/x{i}", "Utkast", []))
                rev = store.make_revision(halland_draft, "@status/3", i, parent)
                store.insert_revision(rev)
                parent = [rev.id]
    before = cli("check", halland_draft, "--json").out
    loaded: list[int] = []
    real = DraftStore._row_to_revision

    def counting(self: DraftStore, *args: Any) -> Any:
        loaded.append(1)
        return real(self, *args)

    monkeypatch.setattr(DraftStore, "_row_to_revision", counting)
    result = cli("check", halland_draft, "--json")
    assert result.out == before
    assert len(loaded) < 300, len(loaded)  # the answers' heads (~70), not 10 000 "@" revisions


def test_pdf_of_a_huge_answer_prints_the_first_100000_characters_and_says_so(cli, halland_draft, data_dir, tmp_path):
    from test_pdf import page_texts, squash

    from naravard_desktop.core.forms.model import form_registry
    from naravard_desktop.core.review import pdf as pdf_module
    from naravard_desktop.core.review.document import build_document
    from naravard_desktop.core.storage.store import DraftStore

    words = "".join(f"ord{i:06d} " for i in range(90_000))  # 900 000 characters on one line
    with DraftStore(data_dir) as store:
        store.set_values(halland_draft, {"3": words})
        form = form_registry(data_dir).get(FORM_ID)
        document = build_document(store, form, halland_draft, questions=("3",))
    text = squash("".join(page_texts(pdf_module.render_pdf(document))))
    limit = pdf_module.PDF_MAX_TEXT_CHARS
    printed_words = limit // 10
    assert f"ord{printed_words - 1:06d}" in text and f"ord{printed_words + 1:06d}" not in text
    assert squash(f"{len(words) - limit} tecken till skrivs inte ut") in text
    # the long line is cut into paragraphs but no word is lost or doubled
    assert text.count("ord000100") == 1 and text.count(f"ord{printed_words // 2:06d}") == 1


def test_pdf_chunks_keep_a_quote_mark_once():
    from naravard_desktop.core.review.pdf import PDF_CHUNK_CHARS, _chunks, marked_line

    line = "x " * PDF_CHUNK_CHARS
    pieces = _chunks(line, PDF_CHUNK_CHARS)
    assert "".join(line[a:b] for a, b in pieces) == line and all(b - a <= PDF_CHUNK_CHARS for a, b in pieces)
    span = (pieces[0][1] - 10, pieces[0][1] + 10, 1)  # a quote across the cut
    first = marked_line(line[pieces[0][0] : pieces[0][1]], [(span[0], pieces[0][1], -1)])
    second = marked_line(line[pieces[1][0] : pieces[1][1]], [(0, span[1] - pieces[1][0], 1)])
    assert "[1]" not in first and second.count("[1]") == 1


def test_a_huge_number_typed_as_text_is_kept_as_typed_not_stored_as_a_number(cli, halland_draft, tmp_path):
    digits = "9" * 20
    assert cli("answers", "import", halland_draft, str(answers_file(tmp_path, f'{{"36": "{digits}"}}'))).code == 0
    assert json.loads(cli("answers", "export", halland_draft).out)["answers"]["36"] == digits
    problems = cli("check", halland_draft, "--json").json()["problems"]
    assert any(p["question"] == "36" and p["kind"] == "invalid_number" for p in problems)

import json
import subprocess
import sys

from conftest import FORM_ID, HALLAND_ANSWERS, ROOT

from naravard_desktop.core.storage.paths import DB_FILENAME


def test_draft_new_prints_one_id_and_list_shows_it(cli):
    result = cli("draft", "new", "--form", FORM_ID, "--title", "Svar 2024", "--region", "Region Halland")
    assert result.code == 0
    draft_id = result.out.strip()
    assert len(result.out.splitlines()) == 1 and len(draft_id) == 32
    listing = cli("draft", "list", "--json").json()
    assert listing[0]["id"] == draft_id and listing[0]["region"] == "Region Halland"
    assert draft_id in cli("draft", "list").out


def test_round_trip_is_identical(cli, halland_draft, tmp_path):
    out = tmp_path / "export.json"
    result = cli("answers", "export", halland_draft, "--out", str(out))
    assert result.code == 0, result.err
    original = json.loads(HALLAND_ANSWERS.read_text("utf-8"))
    exported = json.loads(out.read_text("utf-8"))
    assert exported == original
    assert list(exported["answers"]) == list(original["answers"])  # form order kept
    stdout = cli("answers", "export", halland_draft)
    assert json.loads(stdout.out) == original


def test_reimport_changes_nothing(cli, halland_draft):
    result = cli("answers", "import", halland_draft, str(HALLAND_ANSWERS))
    assert result.code == 0 and "inget nytt" in result.out


def _write(tmp_path, answers, name="a.json", form=FORM_ID):
    path = tmp_path / name
    path.write_text(json.dumps({"format": "naravard-answers/1", "form": form, "answers": answers}, ensure_ascii=False), "utf-8")
    return path


def test_partial_import_leaves_others(cli, halland_draft, tmp_path):
    path = _write(tmp_path, {"3": "Ny text för fråga 3", "8": {"...Samverkan": "Ja"}})
    assert cli("answers", "import", halland_draft, str(path)).code == 0
    answers = json.loads(cli("answers", "export", halland_draft).out)["answers"]
    original = json.loads(HALLAND_ANSWERS.read_text("utf-8"))["answers"]
    assert answers["3"] == "Ny text för fråga 3"
    assert answers["8"] == {"Samverkan": "Ja"}  # label matched, written as the form has it
    assert answers["17"] == original["17"] and answers["36"] == original["36"]


def test_replace_clears_the_rest(cli, halland_draft, tmp_path):
    path = _write(tmp_path, {"3": "Endast detta"})
    assert cli("answers", "import", halland_draft, str(path), "--replace").code == 0
    assert json.loads(cli("answers", "export", halland_draft).out)["answers"] == {"3": "Endast detta"}


def test_labels_are_matched_loosely(cli, halland_draft, tmp_path):
    path = _write(
        tmp_path,
        {
            "15 / …barn  och unga? / Om ja, beskriv hur": "Ny beskrivning",
            "29a": ["Annan, ange roll"],
            " 1 a ": "Insats",
        },
    )
    result = cli("answers", "import", halland_draft, str(path))
    assert result.code == 0, result.err
    answers = json.loads(cli("answers", "export", halland_draft).out)["answers"]
    assert answers["15 / ...barn och unga? / Om ja, beskriv hur:"] == "Ny beskrivning"
    assert answers["29a"] == ["Annan, ange roll:"]
    assert answers["1a"] == "Insats"


def _db_snapshot(data_dir):
    import sqlite3

    conn = sqlite3.connect(data_dir / DB_FILENAME)
    rows = conn.execute("SELECT id FROM revisions ORDER BY id").fetchall()
    conn.close()
    return rows


def test_bad_import_changes_nothing_and_names_the_key(cli, halland_draft, tmp_path, data_dir):
    before_rows = _db_snapshot(data_dir)
    before_export = cli("answers", "export", halland_draft).out
    cases = {
        "99": ("okänd fråga", {"3": "ok", "99": "x"}),
        "8 row": ("okänd rad", {"3": "ok", "8": {"Ekonomi": "Ja"}}),
        "8 column": ("okänd kolumn", {"3": "ok", "8": {"Samverkan": "Kanske"}}),
        "18 option": ("okänt svarsalternativ", {"3": "ok", "18": ["Något annat"]}),
        "2 option": ("okänt svarsalternativ", {"2": "Kanske"}),
        "subfield": ("inget delfält", {"18 / Finns inte": "x"}),
        "number type": ("ska vara ett tal", {"36": [222607]}),
        "text type": ("ska vara en text", {"3": 5}),
    }
    for name, (message, answers) in cases.items():
        path = _write(tmp_path, answers, name=f"{name}.json")
        result = cli("answers", "import", halland_draft, str(path))
        assert result.code == 2, name
        assert message in result.err, (name, result.err)
        assert len(result.err.strip().splitlines()) == 1 and "Traceback" not in result.err
    wrong_form = _write(tmp_path, {"3": "x"}, name="other.json", form="annat-formular")
    assert cli("answers", "import", halland_draft, str(wrong_form)).code == 2
    not_json = tmp_path / "broken.json"
    not_json.write_text("{nope", "utf-8")
    result = cli("answers", "import", halland_draft, str(not_json))
    assert result.code == 2 and "inte giltig JSON" in result.err
    assert _db_snapshot(data_dir) == before_rows
    assert cli("answers", "export", halland_draft).out == before_export


def test_check_json_contract_and_exit_codes(cli, halland_draft, tmp_path):
    result = cli("check", halland_draft, "--json")
    assert result.code == 1
    problems = result.json()["problems"]
    over = [p for p in problems if p["kind"] == "over_limit"]
    assert over == [{"question": "17", "kind": "over_limit", "count": 1191, "limit": 1000, "message": over[0]["message"], "field": "17"}]
    draft = cli("draft", "new", "--form", FORM_ID, "--title", "Tomt").out.strip()
    clean = cli("check", draft, "--json")
    assert clean.code == 0 and clean.json()["problems"] == []
    assert "inga problem" in cli("check", draft).out


def test_usage_and_missing_draft_errors_are_one_line(cli):
    for args in (["draft", "new", "--title", "x"], ["check", "finns-inte"], ["nonsense"], ["answers", "export", "zzz"]):
        result = cli(*args)
        assert result.code == 2, args
        assert len(result.err.strip().splitlines()) == 1, (args, result.err)
        assert "Traceback" not in result.err


def test_newer_database_refused_by_cli(cli, data_dir):
    import sqlite3

    cli("draft", "list")
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    result = cli("draft", "list")
    assert result.code == 2 and "999" in result.err and len(result.err.strip().splitlines()) == 1


def test_editor_option_names_the_revisions(cli, halland_draft, tmp_path, data_dir):
    path = _write(tmp_path, {"3": "Av Bertil"})
    assert cli("--editor", "Bertil", "answers", "import", halland_draft, str(path)).code == 0
    from naravard_desktop.core.storage.store import DraftStore

    with DraftStore(data_dir) as store:
        assert store.history(halland_draft, "3")[-1].editor_name == "Bertil"


def test_installed_entry_point_runs_as_a_process(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "naravard_desktop.cli", "--data-dir", str(tmp_path), "forms", "list"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert FORM_ID in result.stdout

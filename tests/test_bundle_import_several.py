"""`naravard bundle import F1 F2 …`: several bundles in one command and one transaction.

The outcome must be the one of importing the files one after another (settling depends
only on the set of revisions); each file goes in whole or not at all, with its reason.
"""

from __future__ import annotations

import json

from conftest import FORM_ID
from test_collaboration import Editor, _edits, _setup

from naravard_desktop.core.forms.model import form_registry
from naravard_desktop.core.storage.store import DraftStore
from naravard_desktop.core.sync.bundles import BundleError, import_bundles, read_bundle


def test_several_bundles_in_one_command_end_exactly_as_one_after_another(cli, tmp_path):
    anna, bertil, cecilia, draft, start = _setup(cli, tmp_path)
    _edits(anna, bertil, cecilia, draft)
    bertil.run("comment", "add", draft, "17", "--text", "För långt, korta ned.")
    files = [anna.export(draft), bertil.export(draft), cecilia.export(draft)]
    one_by_one, together = Editor(cli, tmp_path, "Dora"), Editor(cli, tmp_path, "Erik")
    for path in [start, *files]:
        one_by_one.imp(path)
    result = together.run("bundle", "import", str(files[2]), str(start), str(files[0]), str(files[1]))
    assert result.code == 0, result.err
    assert one_by_one.state(draft) == together.state(draft)
    assert together.conflicted(draft) == {"1c"}
    lines = result.out.splitlines()
    # One line per file, in the order given, then the draft's combined summary.
    assert lines[0].startswith(f"{files[2]}: ") and "skapade utkastet" in lines[0]
    assert lines[1].startswith(f"{start}: ") and lines[2].startswith(f"{files[0]}: ") and lines[3].startswith(f"{files[1]}: ")
    assert f"utkastet {draft} (Svar 2024), 4 paket tillsammans:" in result.out
    assert "1 konflikt att lösa" in result.out and "1 ny kommentar: fråga 17" in result.out
    # The same files again: nothing new from any of them.
    again = together.run("bundle", "import", *map(str, files), "--json").json()
    assert [f["nothing_new"] for f in again["files"]] == [True, True, True]
    assert again["drafts"][0]["nothing_new"] and again["drafts"][0]["draft"] == draft


def test_a_bad_file_among_several_is_left_out_with_its_reason_and_the_rest_go_in(cli, tmp_path):
    anna, bertil, _cecilia, draft, start = _setup(cli, tmp_path)
    bertil.set(draft, {"2": "Ja"})
    good = bertil.export(draft)
    broken = tmp_path / "trasig.naravard"
    broken.write_bytes(b"inte en zip-fil")
    dora = Editor(cli, tmp_path, "Dora")
    result = cli("bundle", "import", str(start), str(broken), str(good), data=dora.data)
    assert result.code == 2
    assert result.err.count("\n") <= 1 and "1 av 3 paket kunde inte läsas in" in result.err and str(broken) in result.err
    assert f"{broken}: inte inläst: filen är inte ett paket" in result.out
    assert dora.answers(draft)["2"] == "Ja"  # the good files are in
    as_json = cli("bundle", "import", str(broken), str(good), "--json", data=dora.data)
    assert as_json.code == 2
    doc = json.loads(as_json.out)
    assert doc["files"][0]["imported"] is False and "zip" in doc["files"][0]["error"]
    assert doc["files"][1] == {
        "file": str(good),
        "imported": True,
        "draft": draft,
        "draft_created": False,
        "new_revisions": 0,
        "nothing_new": True,
        "new_comments": {},
    }


def test_one_file_keeps_its_output_and_json(cli, tmp_path):
    anna, bertil, _cecilia, draft, start = _setup(cli, tmp_path)
    doc = cli("bundle", "import", str(start), "--json", data=tmp_path / "Dora").json()
    assert set(doc) == {
        "draft",
        "draft_created",
        "new_revisions",
        "merged_fields",
        "conflicts",
        "nothing_new",
        "new_comments",
        "future_revisions",
        "changes",  # added by issue 14 item 16; nothing renamed
    }
    missing = cli("bundle", "import", str(tmp_path / "saknas.naravard"), data=tmp_path / "Dora")
    assert missing.code == 2 and missing.err.strip().endswith("saknas.naravard: filen finns inte; inget har ändrats")


def test_a_bundle_whose_draft_is_here_for_another_form_is_refused_alone(cli, tmp_path, form):
    anna, _bertil, _cecilia, draft, start = _setup(cli, tmp_path)
    forms = form_registry(None)
    bundle = read_bundle(start, forms)
    (tmp_path / "Dora").mkdir()
    with DraftStore(tmp_path / "Dora") as store:
        other = store.create_draft(FORM_ID, "Annat")
        store.conn.execute("UPDATE drafts SET form_id = 'annat-formulär', id = ? WHERE id = ?", (draft, other.id))
        batch = import_bundles(store, forms, [bundle])
        assert isinstance(batch.files[0], BundleError) and "annat-formulär" in str(batch.files[0])
        assert batch.drafts == [] and store.revisions(draft) == []

"""Issue 14 item 16: the import summary names the answers changed and by whom, so a
coordinator sees when a co-writer's bundle clears or overwrites someone's answer."""

from __future__ import annotations

from test_collaboration import _setup


def test_summary_names_fields_editors_and_whose_answer_was_cleared_or_replaced(cli, tmp_path):
    anna, bertil, _cecilia, draft, _start = _setup(cli, tmp_path)
    before = anna.answers(draft)
    # Anna's import wrote the answers; Bertil clears question 3, replaces 2 and 1a,
    # appends to 2a (merges with Anna's edit there) and clashes with her on 1c.
    anna.set(draft, {"2a": "Anna först. " + before["2a"], "1c": before["1c"].replace("hyrläkarstopp", "stopp för hyrläkare")})
    bertil.set(
        draft,
        {
            "3": None,
            "2": "Nej",
            "1a": "Annan",
            "2a": before["2a"] + "\nTillägg från Bertil.",
            "1c": before["1c"].replace("hyrläkarstopp", "hyrläkarstopp (sedan 2024)"),
        },
    )
    bundle = bertil.export(draft)
    summary = anna.run("bundle", "import", str(bundle), "--json").json()
    # the existing keys stay as they were
    assert {"draft", "draft_created", "new_revisions", "merged_fields", "conflicts", "nothing_new", "new_comments"} <= set(summary)
    changes = {c["field"]: c for c in summary["changes"]}
    assert set(changes) == {"1a", "1c", "2", "2a", "3"}
    assert changes["3"]["cleared"] is True and changes["3"]["editors"] == ["Bertil"] and changes["3"]["replaced"] == ["Anna"]
    assert changes["2"]["replaced"] == ["Anna"] and not changes["2"]["cleared"]
    assert changes["2a"]["merged"] is True and changes["2a"]["replaced"] == []
    assert changes["1c"]["conflict"] is True
    assert changes["3"]["label"] == "fråga 3"
    # nothing was lost: Anna's answer to 3 is in the history and can be restored
    history = anna.run("history", draft, "3", "--json").json()["history"]
    assert any(h["value"] == before["3"] for h in history)


def test_summary_text_lists_the_changes_one_line_each(cli, tmp_path):
    anna, bertil, _cecilia, draft, _start = _setup(cli, tmp_path)
    bertil.set(draft, {"3": None, "2": "Nej"})
    out = anna.imp(bertil.export(draft))
    assert "2 svar ändrade:" in out
    assert "  fråga 2: ändrat av Bertil, ersätter svaret från Anna" in out
    assert "  fråga 3: tömt av Bertil (svaret från Anna togs bort)" in out
    # Importing the same bundle again changes nothing and names nothing.
    again = anna.imp(bertil.export(draft))
    assert "inget nytt" in again and "ändrade" not in again


def test_an_editor_name_with_a_line_break_stays_on_its_line(cli, tmp_path):
    anna, bertil, _cecilia, draft, _start = _setup(cli, tmp_path)
    bertil.name = "Bertil\nfråga 9: ändrat av Eva"
    bertil.set(draft, {"2": "Nej"})
    out = anna.imp(bertil.export(draft))
    assert "  fråga 2: ändrat av Bertil\\nfråga 9: ändrat av Eva, ersätter svaret från Anna" in out
    assert "\nfråga 9" not in out

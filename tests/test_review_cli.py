"""`naravard comment …` and `naravard status …`."""


def test_comment_add_list_reply_resolve_reopen(cli, halland_draft):
    added = cli(
        "--editor", "Anna", "comment", "add", halland_draft, "17", "--text", "För långt", "--quote", "Palliativa konsultteamet (PKT)"
    )
    assert added.code == 0, added.err
    comment_id = added.out.strip()
    assert len(comment_id) == 32 and len(added.out.splitlines()) == 1
    assert cli("--editor", "Bo", "comment", "reply", halland_draft, comment_id[:6], "--text", "Jag kortar").code == 0
    listing = cli("comment", "list", halland_draft)
    assert "fråga 17" in listing.out and "”Palliativa konsultteamet (PKT)”" in listing.out and "Jag kortar" in listing.out
    data = cli("comment", "list", halland_draft, "--json").json()
    [thread] = data["comments"]
    assert thread["author"] == "Anna" and thread["replies"][0]["author"] == "Bo" and thread["anchor"]["status"] == "found"
    assert cli("comment", "resolve", halland_draft, comment_id[:5]).code == 0
    assert cli("comment", "list", halland_draft, "--json").json()["comments"] == []
    resolved = cli("comment", "list", halland_draft, "--json", "--include-resolved").json()["comments"]
    assert [t["state"] for t in resolved] == ["resolved"]
    assert cli("comment", "reopen", halland_draft, comment_id).code == 0
    assert [t["id"] for t in cli("comment", "list", halland_draft, "--json").json()["comments"]] == [comment_id]


def test_quote_missing_from_answer_is_exit_2_with_one_line(cli, halland_draft):
    result = cli("comment", "add", halland_draft, "17", "--text", "x", "--quote", "står inte i svaret")
    assert result.code == 2
    assert "citatet finns inte i svaret på fråga 17" in result.err and len(result.err.splitlines()) == 1
    assert cli("comment", "list", halland_draft, "--json").json()["comments"] == []


def test_changed_quote_is_flagged_in_list(cli, halland_draft, tmp_path):
    import json

    cli("comment", "add", halland_draft, "3", "--text", "Källa?", "--quote", "Vårdhygien arbetar")
    path = tmp_path / "a.json"
    path.write_text(json.dumps({"format": "naravard-answers/1", "form": "sos-gnv-regioner-2024", "answers": {"3": "Ny text"}}), "utf-8")
    assert cli("answers", "import", halland_draft, str(path)).code == 0
    listing = cli("comment", "list", halland_draft)
    assert "”Vårdhygien arbetar” (texten har ändrats)" in listing.out


def test_unknown_comment_id_and_question(cli, halland_draft):
    result = cli("comment", "resolve", halland_draft, "abcdef")
    assert result.code == 2 and "ingen kommentar" in result.err
    result = cli("comment", "add", halland_draft, "99", "--text", "x")
    assert result.code == 2 and "ingen fråga '99'" in result.err


def test_status_set_and_list(cli, halland_draft):
    result = cli("status", "set", halland_draft, "17", "behover-andras", "--assignee", "Anna")
    assert result.code == 0 and "Behöver ändras" in result.out and "Anna" in result.out
    assert cli("status", "set", halland_draft, "3", "Klar för granskning").code == 0
    assert cli("status", "set", halland_draft, "1 a", "godkand").code == 0
    data = cli("status", "list", halland_draft, "--json").json()
    by_q = {r["question"]: r for r in data["statuses"]}
    assert by_q["17"]["status"] == "Behöver ändras" and by_q["17"]["assignee"] == "Anna"
    assert by_q["3"]["status"] == "Klar för granskning" and by_q["1a"]["status"] == "Godkänd"
    assert by_q["2"]["status"] == "Utkast"
    assert data["counts"]["Godkänd"] == 1
    text = cli("status", "list", halland_draft).out
    assert "17\tBehöver ändras\tAnna" in text
    bad = cli("status", "set", halland_draft, "17", "klart")
    assert bad.code == 2 and "okänd status" in bad.err and len(bad.err.splitlines()) == 1


def test_status_list_filters(cli, halland_draft):
    cli("status", "set", halland_draft, "17", "behover-andras", "--assignee", "Anna")
    cli("status", "set", halland_draft, "3", "godkand", "--assignee", "Bo")
    cli("comment", "add", halland_draft, "12", "--text", "x")

    def numbers(*flags):
        data = cli("--editor", "Anna", "status", "list", halland_draft, "--json", *flags).json()
        return [r["question"] for r in data["statuses"]]

    assert numbers("--mine") == ["17"]
    assert numbers("--open-comments") == ["12"]
    not_approved = numbers("--not-approved")
    assert "3" not in not_approved and "17" in not_approved and len(not_approved) == 53 - 1  # 53 answerable questions
    both = cli("status", "list", halland_draft, "--mine", "--not-approved")
    assert both.code == 2

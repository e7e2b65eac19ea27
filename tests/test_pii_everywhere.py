"""Issue 14 items 7 and 8: personal data outside the current answers — in comments, the
draft's title and region, editor names, and old versions in the history — is warned
about before it leaves the machine, and old versions can be purged."""

from __future__ import annotations

from conftest import FORM_ID

PNR = "19121212-1212"  # Tolvan Tolvansson: a valid test personnummer
MASKED = "19121212-****"


def _draft(cli, title: str = "Svar 2024", region: str = "Region Halland", editor: str = "Anna") -> str:
    result = cli("--editor", editor, "draft", "new", "--form", FORM_ID, "--title", title, "--region", region)
    assert result.code == 0, result.err
    return result.out.strip()


def test_comment_title_region_and_editor_name_are_scanned_like_answers(cli, tmp_path):
    draft = _draft(cli, title=f"Svar {PNR}", region="Region Halland, kontakt anna@example.se", editor="Anna 0701234567")
    assert cli("--editor", "Anna 0701234567", "comment", "add", draft, "3", "--text", f"Ring patienten {PNR}").code == 0
    scan = cli("pii", "scan", draft, "--json")
    assert scan.code == 1
    fields = {f["field"] for f in scan.json()["findings"]}
    assert {"@draft/title", "@draft/region"} <= fields and any(f.startswith("@thread/") for f in fields)
    assert any(f["field"].startswith("@editor/") and f["kind"] == "phone" for f in scan.json()["findings"])
    text = cli("pii", "scan", draft).out
    assert "utkastets titel: möjligt personnummer ”19121212-****”" in text
    assert "utkastets region: möjligt e-postadress" in text
    assert "en kommentar: möjligt personnummer" in text and "ett redigerarnamn i historiken: möjligt telefonnummer" in text
    assert "1212-1212" not in text
    # `check` reports them; the comment's under its question
    problems = cli("check", draft, "--json").json()["problems"]
    pii = [(p["question"], p["field"]) for p in problems if p["kind"] == "pii"]
    assert ("3", next(f for q, f in pii if f.startswith("@thread/"))) in pii
    # bundle export and the review PDF warn (and still write)
    out = tmp_path / "b.naravard"
    export = cli("bundle", "export", draft, "--out", str(out))
    assert export.code == 0 and out.is_file()
    assert "varning: utkastets titel" in export.err and "varning: en kommentar" in export.err and MASKED in export.err
    assert "1212-1212" not in export.err
    pdf = cli("pdf", draft, "--out", str(tmp_path / "granskning.pdf"))
    assert pdf.code == 0 and "varning: en kommentar" in pdf.err
    # a false alarm is acknowledged like an answer's
    title_finding = next(f["id"] for f in scan.json()["findings"] if f["field"] == "@draft/title")
    assert cli("pii", "ack", draft, title_finding, "--reason", "testnummer i rubriken").code == 0
    after = cli("pii", "scan", draft, "--json").json()
    assert title_finding not in {f["id"] for f in after["findings"]}
    assert title_finding in {f["id"] for f in after["acknowledged"]}


def test_a_clean_draft_stays_clean(cli, halland_draft):
    assert cli("comment", "add", halland_draft, "3", "--text", "Bra formulering, men korta ner.").code == 0
    result = cli("pii", "scan", halland_draft)
    assert result.code == 0 and "inga okvitterade varningar" in result.out


# -- item 7: personal data in the history, and purging it -----------------------------------


def _dump(data_dir) -> list[str]:  # type: ignore[no-untyped-def]
    import sqlite3

    from naravard_desktop.core.storage.paths import DB_FILENAME

    conn = sqlite3.connect(data_dir / DB_FILENAME)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def _bundle_text(path) -> str:  # type: ignore[no-untyped-def]
    import zipfile

    with zipfile.ZipFile(path) as zf:
        return zf.read("revisions.json").decode("utf-8") + zf.read("manifest.json").decode("utf-8")


def test_a_deleted_personnummer_in_the_history_is_warned_about_and_can_be_purged(cli, halland_draft, data_dir, tmp_path):

    cli("answers", "import", halland_draft, str(_answers(tmp_path, {"3": f"Kontakta {PNR} om detta."})))
    cli("answers", "import", halland_draft, str(_answers(tmp_path, {"3": "Kontakta enheten om detta."})))
    assert cli("pii", "scan", halland_draft, "--json").json()["findings"] == []  # the answer is clean now
    out = tmp_path / "b.naravard"
    export = cli("bundle", "export", halland_draft, "--out", str(out))
    assert export.code == 0 and "äldre version i historiken" in export.err and MASKED in export.err
    assert f"naravard history purge {halland_draft[:8]} 3 --yes" in export.err
    assert "1212-1212" not in export.err and PNR in _bundle_text(out)
    history = cli("pii", "scan", halland_draft, "--json").json()["history"]
    assert [h["field"] for h in history] == ["3"] and history[0]["purge"].endswith("3 --yes")
    # without --yes: says what would go, changes nothing
    before, answers = _dump(data_dir), cli("answers", "export", halland_draft).out
    dry = cli("history", "purge", halland_draft, "3")
    assert dry.code == 2 and "lägg till --yes" in dry.err and len(dry.err.strip().splitlines()) == 1
    assert "gamla versioner" in dry.out
    assert _dump(data_dir) == before
    done = cli("history", "purge", halland_draft, "3", "--yes")
    assert done.code == 0 and "2 gamla versioner rensade" in done.out, done.out  # the Halland text and the one with the number
    assert cli("answers", "export", halland_draft).out == answers  # the current answer is untouched
    assert not any(PNR in line for line in _dump(data_dir))
    assert cli("verify").code == 0  # a purged revision is not "damaged": its id cannot match on purpose
    shown = cli("history", halland_draft, "3").out
    assert "(rensad ur historiken)" in shown and "Kontakta enheten om detta." in shown
    again = cli("bundle", "export", halland_draft, "--out", str(out))
    assert again.code == 0 and again.err == "" and PNR not in _bundle_text(out)
    # a purged version cannot be restored; the old history command still works
    purged_id = next(h["revision"] for h in cli("history", halland_draft, "3", "--json").json()["history"] if h["purged"])
    restore = cli("restore", halland_draft, "3", purged_id[:12])
    assert restore.code == 2 and "rensad" in restore.err
    assert cli("history", "purge", halland_draft, "3", "--yes").out.startswith("fråga 3: inga gamla versioner")


def _answers(tmp_path, answers):  # type: ignore[no-untyped-def]
    import json

    path = tmp_path / "a.json"
    path.write_text(json.dumps({"format": "naravard-answers/1", "form": FORM_ID, "answers": answers}), "utf-8")
    return path


def test_purge_with_co_writers_loses_nothing_and_brings_nothing_back(cli, tmp_path):
    from test_collaboration import _setup

    anna, bertil, _cecilia, draft, _start = _setup(cli, tmp_path)
    anna.set(draft, {"3": f"Rad ett med {PNR}.\nRad två."})
    bertil.imp(anna.export(draft))
    anna.set(draft, {"3": "Rad ett utan nummer.\nRad två."})  # Anna removes the number …
    bertil.set(draft, {"3": f"Rad ett med {PNR}.\nRad två, ändrad av Bertil."})  # … while Bertil edits line two
    anna.imp(bertil.export(draft))
    merged = "Rad ett utan nummer.\nRad två, ändrad av Bertil."
    assert anna.answers(draft)["3"] == merged and anna.conflicted(draft) == set()
    assert "äldre version" in anna.run("bundle", "export", draft, "--out", str(tmp_path / "x.naravard")).err
    # Anna purges: the versions the merge is made of (Bertil's still has the number) go too
    assert "rensade" in anna.run("history", "purge", draft, "3", "--yes").out
    assert anna.answers(draft)["3"] == merged
    assert not any(PNR in line for line in _dump(anna.data))
    # Bertil edits again (and removes the number too) before he gets Anna's purge
    bertil.set(draft, {"3": "Rad ett utan nummer.\nRad två, ändrad av Bertil igen."})
    purged_bundle = anna.export(draft)
    assert PNR not in _bundle_text(purged_bundle) and "naravard-bundle/2" in _bundle_text(purged_bundle)
    bertil.imp(purged_bundle)  # Bertil keeps his own copy of the history: nothing of his is emptied
    assert any(PNR in line for line in _dump(bertil.data))
    # Anna gets Bertil's bundle: his old versions do not come back, nothing is lost
    anna.imp(bertil.export(draft))
    assert not any(PNR in line for line in _dump(anna.data))
    assert "Rad två, ändrad av Bertil igen." in anna.answers(draft)["3"] or "3" in anna.conflicted(draft)
    # once both have everything, they agree
    bertil.imp(anna.export(draft))
    anna.imp(bertil.export(draft))
    assert anna.answers(draft) == bertil.answers(draft)
    assert anna.conflicted(draft) == bertil.conflicted(draft)
    final = anna.answers(draft)["3"]
    assert final == "Rad ett utan nummer.\nRad två, ändrad av Bertil igen.", final
    assert not any(PNR in line for line in _dump(anna.data))


def test_a_forged_purged_revision_is_refused(cli, halland_draft, tmp_path):
    import json

    from test_bundles import pack, rehash, unpack

    out = tmp_path / "b.naravard"
    assert cli("bundle", "export", halland_draft, "--out", str(out)).code == 0
    m = unpack(out)
    doc = json.loads(m["revisions.json"])
    manifest = json.loads(m["manifest.json"])
    manifest["format"] = "naravard-bundle/2"
    doc["revisions"].append({**doc["revisions"][0], "id": "a" * 32, "value": None, "purged": True, "parents": []})
    data = json.dumps(doc).encode()
    forged = pack(tmp_path / "f.naravard", [("manifest.json", rehash(manifest, "revisions.json", data)), ("revisions.json", data)])
    result = cli("bundle", "import", str(forged), data=tmp_path / "other")
    assert result.code == 2 and "rensad ändring" in result.err and "ingen senare ändring" in result.err

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

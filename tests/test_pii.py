import datetime
import json

import pytest
from conftest import FORM_ID
from hypothesis import given
from hypothesis import strategies as st

from naravard_desktop.core.storage.store import DraftStore
from naravard_desktop.core.submission.pii import (
    ACK_PREFIX,
    WORDS_FIELD,
    acknowledge,
    finding_id,
    flagged_words,
    pii_warnings,
    scan_answers,
    scan_draft,
    scan_text,
    set_flagged_words,
)
from naravard_desktop.core.submission.validation import check_draft


def kinds(text, words=()):
    return [(f.kind, f.text) for f in scan_text(text, words)]


@pytest.mark.parametrize(
    "number",
    [
        "19121212-1212",
        "191212121212",
        "121212-1212",
        "1212121212",
        "121212+1212",
        "19121212+1212",
        "811218-9876",
        "8112189876",
        "121212 1212",
    ],
)
def test_valid_personnummer_in_every_form(number):
    assert kinds(f"Patienten {number} kom tillbaka.") == [("personnummer", number)]


def test_samordningsnummer_is_day_plus_60():
    assert kinds("snr 121272-1219") == [("samordningsnummer", "121272-1219")]
    assert kinds("snr 19121272-1219") == [("samordningsnummer", "19121272-1219")]


@pytest.mark.parametrize("number", ["811218-9875", "8112189875", "19121212-1213", "121212-1213", "19121272-1211", "991332-1234"])
def test_invalid_check_digit_or_date_is_not_a_finding(number):
    assert kinds(f"nummer {number} här") == []


def test_embedded_numbers():
    # Glued to letters: still a personnummer; inside a longer run of digits: not one.
    assert kinds("pnr:19121212-1212,") == [("personnummer", "19121212-1212")]
    assert kinds("ID19121212-1212x") == [("personnummer", "19121212-1212")]
    assert kinds("kod 12345678901234 och 9191212121212") == []
    assert kinds("a 1121212-12121") == []


@pytest.mark.parametrize(
    "text",
    [
        "222 607 personer hade fast läkarkontakt",
        "222607",
        "under 2024 och 2023",
        "perioden 2019–2028",
        "2019-2028",
        "68 % av befolkningen, 97 procent",
        "beslut 2023-06-19 i nämnden",
        "1100 invånare per läkare",
        "0–17 år och 18-64 år",
        "0,5 procent",
        "version 1.0.2024",
    ],
)
def test_no_false_alarms(text):
    assert kinds(text) == []


@pytest.mark.parametrize(
    "phone", ["070-123 45 67", "+46 70 123 45 67", "08-123 456 78", "031-12 34 56", "0701234567", "+46701234567", "0046 8 123 456 78"]
)
def test_phone_numbers(phone):
    assert kinds(f"ring {phone} i dag") == [("phone", phone)]


def test_email():
    assert kinds("skriv till anna.svensson@regionhalland.se.") == [("email", "anna.svensson@regionhalland.se")]


def test_flagged_words_whole_words_case_insensitive_and_prefix():
    words = ["Avdelning 5", "Hallands*"]
    assert kinds("Vi på avdelning 5 och Hallands sjukhus", words) == [("word", "avdelning 5"), ("word", "Hallands")]
    assert kinds("avdelning 55", words) == []
    assert kinds("på Avdelning\n 5.", words) == [("word", "Avdelning\n 5")]
    assert kinds("***", ["*", "  "]) == []


def test_masked_never_shows_whole_personnummer():
    f = scan_text("19121212-1212")[0]
    assert f.masked == "19121212-****"
    assert "1212" not in f.masked[-4:]


def test_finding_id_is_stable_and_depends_on_field():
    a = scan_text("x 19121212-1212", field="3")[0]
    b = scan_text("annan text 19121212-1212 längre", field="3")[0]
    c = scan_text("19121212-1212", field="12")[0]
    assert a.id == b.id == finding_id("3", "personnummer", "19121212-1212")
    assert a.id != c.id


def test_halland_answers_have_no_findings(halland_answers):
    assert scan_answers(halland_answers) == []


def _draft(data_dir, form, answers):
    store = DraftStore(data_dir, editor_name="Anna")
    draft = store.create_draft(FORM_ID, "T")
    store.set_values(draft.id, answers)
    return store, draft.id


def test_check_reports_pii_masked_and_ack_travels(data_dir, form, tmp_path):
    store, draft_id = _draft(data_dir, form, {"3": "Kontakta 19121212-1212 eller anna@region.se", "12": "Inget känsligt"})
    problems = [p for p in check_draft(store, form, draft_id) if p.kind == "pii"]
    assert [p.field for p in problems] == ["3", "3"]
    assert all("1212-1212" not in p.message for p in problems)
    assert "19121212-****" in problems[0].message and "personnummer" in problems[0].message and "fråga 3" in problems[0].message
    assert len(pii_warnings(store, form, draft_id)) == 2

    pnr = scan_draft(store, form, draft_id).open[0]
    acknowledge(store, form, draft_id, pnr.id[:6], "Testnummer från Skatteverket")
    scan = scan_draft(store, form, draft_id)
    assert [f.kind for f in scan.open] == ["email"]
    assert scan.acknowledged[0][1]["reason"] == "Testnummer från Skatteverket"
    assert scan.acknowledged[0][1]["by"] == "Anna"
    ack_revs = [r for r in store.revisions(draft_id) if r.field.startswith(ACK_PREFIX)]
    assert [r.field for r in ack_revs] == [f"{ACK_PREFIX}3/{pnr.id}"]

    # The acknowledgement is a revision: copied to another machine, it still applies.
    (tmp_path / "other").mkdir()
    other = DraftStore(tmp_path / "other", editor_name="Bo")
    other.create_draft(FORM_ID, "T", draft_id=draft_id)
    for rev in store.revisions(draft_id):
        other.insert_revision(rev)
    assert [f.kind for f in scan_draft(other, form, draft_id).open] == ["email"]
    other.close()

    with pytest.raises(ValueError):
        acknowledge(store, form, draft_id, scan.open[0].id, "  ")
    store.close()


def test_editing_the_number_makes_a_new_finding(data_dir, form):
    store, draft_id = _draft(data_dir, form, {"3": "19121212-1212"})
    acknowledge(store, form, draft_id, scan_draft(store, form, draft_id).open[0].id, "test")
    store.set_values(draft_id, {"3": "811218-9876"})
    assert [f.text for f in scan_draft(store, form, draft_id).open] == ["811218-9876"]
    store.close()


def test_words_are_shared_and_concurrent_lists_unite(data_dir, form):
    store, draft_id = _draft(data_dir, form, {"3": "Vi på Avdelning 5 gjorde mycket."})
    assert flagged_words(store, draft_id) == []
    set_flagged_words(store, draft_id, ["Avdelning 5", "avdelning 5", " "])
    assert flagged_words(store, draft_id) == ["Avdelning 5"]
    assert [f.kind for f in scan_draft(store, form, draft_id).open] == ["word"]
    head = store.heads(draft_id, [WORDS_FIELD])[WORDS_FIELD][0]
    rival = store.make_revision(draft_id, WORDS_FIELD, ["Ward X"], head.parents, kind="pii-words")
    store.insert_revision(rival)
    assert sorted(flagged_words(store, draft_id)) == ["Avdelning 5", "Ward X"]
    store.close()


def test_cli_scan_ack_words(cli, halland_draft, tmp_path):
    assert cli("pii", "scan", halland_draft).code == 0
    draft = cli("draft", "new", "--form", FORM_ID, "--title", "T").out.strip()
    answers = tmp_path / "a.json"
    answers.write_text(
        json.dumps({"format": "naravard-answers/1", "form": FORM_ID, "answers": {"3": "Ring 070-123 45 67 om 19121212-1212."}}), "utf-8"
    )
    assert cli("answers", "import", draft, str(answers)).code == 0
    result = cli("pii", "scan", draft)
    assert result.code == 1 and "19121212-****" in result.out and "19121212-1212" not in result.out
    found = cli("pii", "scan", draft, "--json").json()["findings"]
    assert [f["kind"] for f in found] == ["phone", "personnummer"]
    check = cli("check", draft, "--json").json()["problems"]
    assert [p["kind"] for p in check if p["kind"] == "pii"] == ["pii", "pii"]
    assert cli("pii", "ack", draft, found[1]["id"]).code == 2  # --reason is required
    assert cli("pii", "ack", draft, "ffffffffffff", "--reason", "x").code == 2
    for f in found:
        result = cli("pii", "ack", draft, f["id"], "--reason", "Påhittat exempel")
        assert result.code == 0, result.err
    assert cli("pii", "scan", draft).code == 0
    assert len(cli("pii", "scan", draft, "--json").json()["acknowledged"]) == 2
    assert cli("pii", "unack", draft, found[0]["id"]).code == 0
    assert cli("pii", "unack", draft, found[0]["id"]).code == 2
    assert [f["kind"] for f in cli("pii", "scan", draft, "--json").json()["findings"]] == ["phone"]

    result = cli("pii", "words", draft, "--add", "Avdelning 5", "Ward X")
    assert result.code == 0 and result.out.splitlines() == ["Avdelning 5", "Ward X"]
    assert cli("pii", "words", draft, "--remove", "ward x").out.splitlines() == ["Avdelning 5"]
    assert cli("pii", "words", draft, "--remove", "nope").code == 2
    assert cli("pii", "words", draft).out.splitlines() == ["Avdelning 5"]


def _luhn_check(nine: str) -> int:
    total = 0
    for i, ch in enumerate(nine):
        v = int(ch) * (2 - i % 2)
        total += v - 9 if v > 9 else v
    return (10 - total % 10) % 10


dates = st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2025, 12, 31))


@given(dates, st.integers(min_value=1, max_value=999), st.booleans(), st.sampled_from(["", "-"]), st.booleans())
def test_property_valid_numbers_are_always_found(date, serial, long_form, sep, coordination):
    day = date.day + (60 if coordination else 0)
    nine = f"{date:%y%m}{day:02d}{serial:03d}"
    number = f"{date.year // 100 if long_form else ''}{nine[:6]}{sep}{nine[6:]}{_luhn_check(nine)}"
    found = scan_text(f"Text {number} text")
    assert [(f.kind, f.text) for f in found] == [("samordningsnummer" if coordination else "personnummer", number)]
    assert number not in found[0].masked


@given(dates, st.integers(min_value=1, max_value=999), st.integers(min_value=1, max_value=9), st.sampled_from(["", "-", "+"]))
def test_property_wrong_check_digit_is_never_a_personnummer(date, serial, off, sep):
    nine = f"{date:%y%m%d}{serial:03d}"
    number = f"{nine[:6]}{sep}{nine[6:]}{(_luhn_check(nine) + off) % 10}"
    assert [f for f in scan_text(f"Text {number} text") if f.kind in ("personnummer", "samordningsnummer")] == []


@given(
    st.lists(
        st.one_of(
            st.integers(min_value=1900, max_value=2100).map(str),
            st.integers(0, 100).map(lambda n: f"{n} %"),
            st.integers(0, 999_999).map(lambda n: f"{n:,}".replace(",", " ")),
            dates.map(str),
        ),
        max_size=12,
    )
)
def test_property_years_percentages_amounts_dates_never_alarm(parts):
    assert scan_text(", ".join(parts) + " och " + "–".join(parts[:2])) == []

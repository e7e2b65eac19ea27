import json
import shutil

import pytest
from conftest import FIXTURES, FORM_ID

from naravard_desktop.core.forms.model import FormError, check_mapping, form_registry, load_form, parse_form
from naravard_desktop.core.storage.store import DraftStore
from naravard_desktop.core.submission.carry import CARRIED_PREFIX, CarryError, carried_fields, confirm_carried, field_mapping, new_round

NEW_FORM_FILE = FIXTURES / "forms" / "test-gnv-2025.json"
NEW_FORM_ID = "test-gnv-2025"


@pytest.fixture
def new_form():
    return load_form(NEW_FORM_FILE)


@pytest.fixture
def store(data_dir):
    s = DraftStore(data_dir, editor_name="Anna")
    yield s
    s.close()


@pytest.fixture
def old_draft(store, halland_answers):
    draft = store.create_draft(FORM_ID, "Svar 2024", "Region Halland")
    store.set_values(
        draft.id, {**halland_answers, "4": "Nej, men förslag finns framtaget", "4 / bifoga länk här": "https://example.invalid/plan"}
    )
    return draft.id


def test_fixture_form_maps_to_the_2024_form(new_form, form):
    assert new_form.previous_form == FORM_ID
    check_mapping(new_form, form)
    mapping = field_mapping(new_form, form)
    assert mapping["3"] == "4" and mapping["5a"] == "7a" and mapping["9"] == "36"
    assert mapping["3 / bifoga länk här"] == "4 / bifoga länk här"  # sub-field follows its question by label
    assert mapping["9 / Antalet kan inte anges"] == "36 / Antalet kan inte anges"
    assert "4" not in mapping  # the new question


def test_new_round_carries_through_the_mapping(store, form, new_form, old_draft, halland_answers):
    result = new_round(store, new_form, form, old_draft, "Svar 2025")
    values = store.current_values(result.draft.id)
    assert result.draft.region == "Region Halland" and result.draft.form_id == NEW_FORM_ID
    assert values["5a"] == halland_answers["7a"]  # renumbered
    assert values["9"] == 222607
    assert values["18"] == ["Andra åtgärder, ange vad"]
    assert values["18 / Andra åtgärder, ange vad"] == halland_answers["18 / Andra åtgärder, ange vad"]
    assert values["8"] == {row: "Nej" for row in ("Samverkan", "Delaktighet", "Tillgänglighet", "Kontinuitet")}
    assert "4" not in values  # new question starts empty
    # "Nej, men förslag finns framtaget" is no longer an option: not carried, reported.
    assert "3" not in values and values["3 / bifoga länk här"] == "https://example.invalid/plan"
    assert any(n.new_key == "3" and "Nej, men förslag" in n.message for n in result.notes)
    assert "17" in result.unmapped and "7" not in result.unmapped
    assert set(result.carried) == carried_fields(store, result.draft.id)
    provenance = store.current_values(result.draft.id, include_meta=True)[CARRIED_PREFIX + "5a"]
    assert provenance == {"draft": old_draft, "form": FORM_ID, "field": "7a"}
    assert all(r.kind == "carry" for r in store.revisions(result.draft.id))


def test_carried_until_edited(store, form, new_form, old_draft):
    draft_id = new_round(store, new_form, form, old_draft, "Svar 2025").draft.id
    assert "5a" in carried_fields(store, draft_id)
    store.set_values(draft_id, {"5a": "Nytt för 2025"})
    assert "5a" not in carried_fields(store, draft_id)
    assert "2" in carried_fields(store, draft_id)
    # Keeping last year's value without changing it ends "från föregående år" too.
    assert confirm_carried(store, draft_id, ["2", "5a"]) == ["2"]
    assert "2" not in carried_fields(store, draft_id) and store.current_values(draft_id)["2"] == "Ja"
    remaining = carried_fields(store, draft_id)
    assert confirm_carried(store, draft_id) == sorted(remaining) and carried_fields(store, draft_id) == set()


def test_multi_and_matrix_drop_what_no_longer_exists(store, form, new_form):
    draft = store.create_draft(FORM_ID, "Svar 2024")
    removed = "Genomfört försök med den dokumenterade överenskommelsen i enskilda verksamheter"
    kept = "Har genomfört utbildningar och informationsinsatser riktad till personal"
    store.set_values(draft.id, {"18": [kept, removed], "8": {"Samverkan": "Ja", "Hälsöfrämjande, förebyggande och rehabiliterande": "Ja"}})
    result = new_round(store, new_form, form, draft.id, "Svar 2025")
    values = store.current_values(result.draft.id)
    assert values["18"] == [kept]
    assert values["8"] == {"Samverkan": "Ja"}
    messages = " ".join(n.message for n in result.notes)
    assert removed in messages and "Hälsöfrämjande" in messages


def test_wrong_previous_form_is_refused(store, form, new_form):
    draft = store.create_draft(NEW_FORM_ID, "x")
    with pytest.raises(CarryError):
        new_round(store, form, new_form, draft.id, "tillbaka")


def _form_with_mapping(mapping):
    data = json.loads(NEW_FORM_FILE.read_text("utf-8"))
    data["mapping"] = mapping
    return data


def test_mapping_keys_must_be_fields_of_the_new_form():
    with pytest.raises(FormError, match="mapping"):
        parse_form(_form_with_mapping({"77": "3"}), "test-gnv-2025.json")
    with pytest.raises(FormError, match="mapping"):
        parse_form(_form_with_mapping({"1": "1"}), "test-gnv-2025.json")  # a group has no answer


def test_mapping_values_checked_against_the_old_form(form, data_dir):
    bad = parse_form(_form_with_mapping({"3": "99"}), "test-gnv-2025.json")
    with pytest.raises(FormError, match="'99'"):
        check_mapping(bad, form)
    # In a data dir's forms/ folder the broken file is reported and skipped.
    (data_dir / "forms").mkdir()
    (data_dir / "forms" / "test-gnv-2025.json").write_text(json.dumps(_form_with_mapping({"3": "99"})), "utf-8")
    registry = form_registry(data_dir)
    assert registry.get(NEW_FORM_ID) is None and any("'99'" in str(e) for e in registry.errors)


def test_cli_new_round_via_forms_folder(cli, data_dir, halland_draft):
    (data_dir / "forms").mkdir()
    shutil.copy(NEW_FORM_FILE, data_dir / "forms")
    result = cli("draft", "new", "--form", NEW_FORM_ID, "--title", "Svar 2025", "--from", halland_draft)
    assert result.code == 0, result.err
    new_id = result.out.strip()
    assert len(result.out.splitlines()) == 1 and len(new_id) == 32
    assert "förda över" in result.err and "17" in result.err
    rows = {r["id"]: r for r in cli("draft", "list", "--json").json()}
    assert rows[new_id]["carried"] == 9 and rows[halland_draft]["carried"] == 0
    assert "9 från föregående år" in cli("draft", "list").out
    status = cli("transfer", "status", new_id, "--json").json()
    flags = {q["question"]: [f["kind"] for f in q["flags"]] for q in status["questions"]}
    assert "carried" in flags["5a"] and "carried" not in flags["4"]
    assert cli("draft", "confirm-carried", new_id, "5 a").out.strip() == "1 svar behålls som årets svar"
    assert cli("draft", "confirm-carried", new_id, "5 a").code == 2  # no longer carried
    assert cli("draft", "confirm-carried", new_id, "77").code == 2
    assert cli("draft", "confirm-carried", new_id).out.strip() == "8 svar behålls som årets svar"
    assert cli("draft", "list", "--json").json()[-1]["carried"] == 0
    refused = cli("draft", "new", "--form", FORM_ID, "--title", "x", "--from", new_id)
    assert refused.code == 2 and "bygger inte på" in refused.err


def test_cli_forms_add_checks_the_mapping(cli, tmp_path):
    assert cli("forms", "add", str(NEW_FORM_FILE)).code == 0
    bad = tmp_path / "test-gnv-2025.json"
    data = _form_with_mapping({"3": "99"})
    data["revision"] = 2
    bad.write_text(json.dumps(data), "utf-8")
    result = cli("forms", "add", str(bad))
    assert result.code == 2 and "'99'" in result.err

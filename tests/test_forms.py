import copy
import json
import re

import pytest
from conftest import FIXTURES, FORM_FILE, FORM_ID

from naravard_desktop.core.forms.model import FormError, FormRegistry, load_form, parse_form

EXPECTED_NUMBERS = (
    ["1", "1a", "1b", "1c", "1d", "2", "2a", "3", "4", "5", "6", "7", "7a", "8", "8a", "9", "10", "10a", "11", "12", "13", "14", "14a"]
    + ["15", "16", "17", "18", "19", "20", "20a", "21", "21a", "22", "23", "24", "25", "26", "26a", "27", "28", "28a"]
    + ["29", "29a", "30", "30a", "31", "32", "33", "34", "35", "36", "37", "37a", "38"]
)


def test_form_loads_with_metadata(form):
    assert form.id == FORM_ID
    assert form.title == "Enkät till regioner, uppföljning god och nära vård"
    assert form.deadline == "2025-03-31"
    assert form.region_prompt == "Denna redovisning avser Region"


def test_every_question_once_in_form_order(form):
    numbers = [q.number for q in form.questions()]
    assert numbers == EXPECTED_NUMBERS
    assert len(form.answerable_questions()) == 53


def test_section_headings_in_order(form):
    titles = [s.title for s in form.sections]
    assert titles[0] == "Övergripande insatser"
    assert "Kontinuitet och fasta kontakter" == titles[-1]
    assert [p.id for p in form.parts] == ["A", "B", "C"]
    assert {s.part for s in form.sections} == {"A", "B", "C"}


#: A committed copy of shared/seeds/form-2024-with-answers.md (test_form_import checks it
#: is still identical wherever the shared seed is found).
SEED_COPY = "printout-2024-halland.md"


def test_texts_are_verbatim_from_the_seed(form):
    plain = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", (FIXTURES / SEED_COPY).read_text("utf-8"))
    plain = plain.replace("**", "").replace("*", "").replace("\\", "")
    plain = " ".join(plain.split())
    for q in form.questions():
        assert " ".join(q.text.split()) in plain, q.number
        for line in q.help:
            assert " ".join(line.split()) in plain, (q.number, line)


def test_question_types_and_limits(form):
    q = form.question
    assert q("3").type == "text" and q("3").max_chars == 1000
    assert q("12").max_chars == 3000 and q("12").max_items == 3
    assert q("1a").max_items == 3 and q("1a").parent == "1"
    assert q("8").type == "matrix" and q("8").columns == ("Ja", "Nej") and len(q("8").rows) == 6
    assert q("13").columns == ("Ja", "Nej", "Delvis")
    assert q("18").type == "multi" and q("18").exclusive_options == ("Har inte genomfört några insatser på detta område",)
    assert q("36").type == "number" and q("36").integer
    assert q("35").type == "percent" and q("37a").integer


def test_subfields(form):
    q15 = form.question("15")
    details = [s for s in q15.subfields if s.role == "row_detail"]
    assert [s.attached_to for s in details] == list(q15.rows)
    assert details[-1].key == "15 / ...barn och unga? / Om ja, beskriv hur:"
    other = form.question("18").subfields[0]
    assert other.key == "18 / Andra åtgärder, ange vad" and other.attached_kind == "option"
    not_available = form.question("36").subfields[0]
    assert (not_available.type, not_available.role) == ("checkbox", "not_available")


def test_conditions_resolve(form):
    assert form.question("2a").condition.question == "2"
    assert form.question("8a").condition.rule == "any_row_equals"
    sub22 = form.question("22").subfields[0]
    assert sub22.condition.rule == "row_equals" and sub22.condition.row == "...övriga insatser?"
    for q in form.questions():
        if q.condition:
            assert form.question(q.condition.question) is not None


def test_printed_quirks_are_data(form):
    q15 = form.question("15")
    assert q15.printed_number == "5."
    assert q15.quirks[0].kind == "printed_number"
    q10a = form.question("10a")
    assert "fråga 11" in q10a.text and q10a.condition.question == "10"
    assert q10a.quirks[0].kind == "wrong_reference" and q10a.quirks[0].means == "10"
    q14a = form.question("14a")
    assert "fråga 15" in q14a.text and q14a.condition.question == "14"
    assert q14a.quirks[0].means == "14"


def _raw() -> dict:
    return json.loads(FORM_FILE.read_text("utf-8"))


def _question(data: dict, number: str) -> dict:
    for section in data["sections"]:
        for q in section["questions"]:
            if q["number"] == number:
                return q
    raise KeyError(number)


def _break(mutate) -> FormError:
    data = copy.deepcopy(_raw())
    mutate(data)
    with pytest.raises(FormError) as info:
        parse_form(data, "broken.json")
    return info.value


def test_unknown_condition_reference_is_named():
    err = _break(lambda d: _question(d, "10a")["condition"].update(question="99"))
    assert err.file == "broken.json" and err.question == "10a" and err.fieldname == "condition"
    assert "99" in str(err)


def test_unknown_condition_value_is_named():
    err = _break(lambda d: _question(d, "2a")["condition"].update(value="Kanske"))
    assert err.question == "2a" and "Kanske" in str(err)


def test_condition_cycle_is_rejected():
    def cycle(d):
        _question(d, "2")["condition"] = {"question": "2a", "rule": "answered"}
        _question(d, "2a")["condition"] = {"question": "2", "rule": "answered"}

    err = _break(cycle)
    assert "cycle" in str(err) and err.question in ("2", "2a")


def test_schema_error_names_question_and_field():
    err = _break(lambda d: _question(d, "17").update(max_chars="tusen"))
    assert err.question == "17" and err.fieldname == "max_chars"
    err = _break(lambda d: _question(d, "17").update(type="essay"))
    assert err.question == "17" and err.fieldname == "type"
    err = _break(lambda d: _question(d, "17").pop("text"))
    assert err.question == "17" and "text" in str(err)


def test_duplicate_number_is_rejected():
    err = _break(lambda d: _question(d, "17").update(number="16"))
    assert err.question == "16" and "more than once" in str(err)


def test_exclusive_option_must_be_an_option():
    err = _break(lambda d: _question(d, "18")["exclusive_options"].append("Inget"))
    assert err.question == "18" and err.fieldname == "exclusive_options"


def test_broken_files_give_messages_not_tracebacks(tmp_path):
    bad_json = tmp_path / "bad.json"
    bad_json.write_text('{"schema": "naravard-form/1",', "utf-8")
    with pytest.raises(FormError, match=r"bad.json: invalid JSON at line 1"):
        load_form(bad_json)
    latin1 = tmp_path / "latin.json"
    latin1.write_bytes('{"title": "\xe5"}'.encode("latin-1"))
    with pytest.raises(FormError, match="not UTF-8"):
        load_form(latin1)
    renamed = tmp_path / "other-name.json"
    renamed.write_text(FORM_FILE.read_text("utf-8"), "utf-8")
    with pytest.raises(FormError, match="file name must be"):
        load_form(renamed)


def test_registry_keeps_good_forms_and_reports_broken(tmp_path):
    (tmp_path / "broken.json").write_text("[]", "utf-8")
    registry = FormRegistry.load(FORM_FILE.parent, tmp_path)
    assert FORM_ID in registry.forms
    assert [e.file for e in registry.errors] == ["broken.json"]


def test_cli_forms_list_warns_about_broken_form(cli, data_dir):
    (data_dir / "forms").mkdir()
    (data_dir / "forms" / "trasig.json").write_text("{", "utf-8")
    result = cli("forms", "list")
    assert result.code == 0
    assert FORM_ID in result.out
    assert "trasig.json" in result.err and "Traceback" not in result.err


def test_forms_show_json_contract(cli):
    result = cli("forms", "show", FORM_ID, "--json")
    assert result.code == 0
    data = result.json()
    assert set(["id", "title", "deadline", "sections"]) <= set(data)
    questions = [q for s in data["sections"] for q in s["questions"]]
    assert [q["number"] for q in questions] == EXPECTED_NUMBERS
    keys = {
        "number",
        "printed_number",
        "text",
        "type",
        "max_chars",
        "max_items",
        "options",
        "exclusive_options",
        "columns",
        "rows",
        "subfields",
        "condition",
    }
    for q in questions:
        assert keys <= set(q)
        for sub in q["subfields"]:
            assert {"label", "type", "attached_to", "max_chars"} <= set(sub)
            assert sub["type"] in ("text", "checkbox")
    by_number = {q["number"]: q for q in questions}
    assert by_number["15"]["printed_number"] == "5."
    assert by_number["16"]["printed_number"] is None
    assert by_number["10a"]["condition"] == {"question": "10", "rule": "equals", "value": "Ja"}
    assert by_number["3"]["condition"] is None


def test_forms_add_validates_and_installs(cli, data_dir, tmp_path):
    data = _raw()
    data["id"] = "test-form-2099"
    data["year"] = 2099
    path = tmp_path / "test-form-2099.json"
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    result = cli("forms", "add", str(path))
    assert result.code == 0, result.err
    assert "test-form-2099" in cli("forms", "list").out
    broken = tmp_path / "broken-form.json"
    broken.write_text("{}", "utf-8")
    result = cli("forms", "add", str(broken))
    assert result.code == 2 and "broken-form.json" in result.err


def test_unknown_form_is_a_clear_error(cli):
    result = cli("forms", "show", "finns-inte")
    assert result.code == 2
    assert "finns-inte" in result.err and len(result.err.strip().splitlines()) == 1

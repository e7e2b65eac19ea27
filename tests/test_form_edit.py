"""core.form_edit: pure edits of a form dict, validated by the form loader."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from naravard_desktop.core.forms import form_edit as fe
from naravard_desktop.core.forms.model import FormRegistry, form_registry, load_form
from naravard_desktop.core.storage import paths

ROOT = Path(__file__).resolve().parent.parent
FORM_2024 = ROOT / "forms" / "sos-gnv-regioner-2024.json"
FORM_2025 = ROOT / "tests" / "fixtures" / "forms" / "test-gnv-2025.json"


@pytest.fixture
def form() -> dict:
    return json.loads(FORM_2024.read_text("utf-8"))


@pytest.fixture
def previous() -> object:
    return load_form(FORM_2024)


def test_the_bundled_form_checks_clean(form: dict) -> None:
    result = fe.check(form)
    assert result.ok and result.loaded is not None and result.loaded.id == "sos-gnv-regioner-2024"


def test_edits_never_change_their_input_and_share_untouched_questions(form: dict) -> None:
    before = copy.deepcopy(form)
    result = fe.set_text(form, "2a", "Beskriv vad som har införts.")
    assert form == before
    assert fe.question(result.form, "2a")["text"] == "Beskriv vad som har införts."
    assert result.ok
    # untouched sections are the same objects (cheap undo snapshots)
    assert result.form["sections"][-1] is form["sections"][-1]


def test_an_empty_text_is_the_loaders_problem_naming_question_and_field(form: dict) -> None:
    result = fe.set_text(form, "2 a", "")
    assert not result.ok
    problem = result.problems[0]
    assert problem.question == "2a" and problem.fieldname == "text"


def test_renumbering_carries_conditions_parents_and_mapping(form: dict) -> None:
    result = fe.set_number(form, "2", "3b")
    assert result.ok, result.problems
    assert fe.question(result.form, "2a")["condition"]["question"] == "3b"
    with pytest.raises(fe.EditError):
        fe.question(result.form, "2")
    group = fe.set_number(form, "1", "40")
    assert group.ok and fe.question(group.form, "1a")["parent"] == "40"

    new = json.loads(FORM_2025.read_text("utf-8"))
    moved = fe.set_number(new, "5", "6b")
    assert moved.ok, moved.problems
    assert moved.form["mapping"]["6b"] == "7" and "5" not in moved.form["mapping"]
    assert moved.form["mapping"]["5 a"] == "7 a"  # another question's key is untouched


def test_a_duplicate_number_is_reported(form: dict) -> None:
    result = fe.set_number(form, "2a", "3")
    assert not result.ok and result.problems[0].fieldname == "number"


def test_changing_the_type_keeps_the_form_loadable(form: dict) -> None:
    to_single = fe.set_type(form, "7a", "single")
    assert to_single.ok
    q = fe.question(to_single.form, "7a")
    assert q["type"] == "single" and q["options"] == ["Ja", "Nej"] and q["max_chars"] is None
    to_matrix = fe.set_type(to_single.form, "7a", "matrix")
    q = fe.question(to_matrix.form, "7a")
    assert to_matrix.ok and q["columns"] == ["Ja", "Nej"] and q["rows"] == ["Rad 1"] and q["options"] == []
    back = fe.question(fe.set_type(to_matrix.form, "7a", "multi").form, "7a")
    assert back["options"] == ["Ja", "Nej"] and back["columns"] == [] and back["rows"] == []
    to_percent = fe.set_type(form, "7a", "percent")
    assert to_percent.ok and fe.question(to_percent.form, "7a")["max"] == 100
    # a question others depend on: turning it into text breaks their condition – reported
    broken = fe.set_type(form, "2", "text")
    assert not broken.ok and broken.problems[0].question == "2a" and "single" in broken.problems[0].detail
    with pytest.raises(fe.EditError):
        fe.set_type(form, "2", "essay")


def test_renaming_an_option_carries_conditions_and_exclusive_options(form: dict) -> None:
    q2 = fe.question(form, "2")
    renamed = fe.set_labels(form, "2", "options", ["Ja, helt", *q2["options"][1:]])
    assert renamed.ok, renamed.problems
    assert fe.question(renamed.form, "2a")["condition"]["value"] == "Ja, helt"
    multi = next(q for q in fe.questions(form) if q.get("exclusive_options"))
    options = list(multi["options"])
    i = options.index(multi["exclusive_options"][0])
    options[i] = "Inga insatser alls"
    result = fe.set_labels(form, multi["number"], "options", options)
    assert result.ok, result.problems
    assert fe.question(result.form, multi["number"])["exclusive_options"][0] == "Inga insatser alls"


def test_dropping_an_option_a_condition_needs_is_reported(form: dict) -> None:
    result = fe.set_labels(form, "2", "options", ["Nej"])
    assert not result.ok
    assert result.problems[0].question == "2a" and "Ja" in result.problems[0].detail


def test_renaming_a_matrix_row_carries_row_conditions_and_row_details(form: dict) -> None:
    matrix = fe.question(form, "15")
    old_row = "...barn och unga?"
    rows = [("...barn och ungdomar?" if r == old_row else r) for r in matrix["rows"]]
    result = fe.set_labels(form, "15", "rows", rows)
    assert result.ok, result.problems
    subs = fe.question(result.form, "15")["subfields"]
    moved = [s for s in subs if s["attached_to"] == "...barn och ungdomar?"]
    assert moved and moved[0]["condition"]["row"] == "...barn och ungdomar?"
    assert not [s for s in subs if s["attached_to"] == old_row or (s.get("condition") or {}).get("row") == old_row]
    # a reorder is not a rename: nothing else moves
    reordered = fe.set_labels(form, "15", "rows", list(reversed(matrix["rows"])))
    assert reordered.ok and fe.question(reordered.form, "15")["subfields"] == matrix["subfields"]


def test_conditions_built_from_parts(form: dict) -> None:
    result = fe.set_condition(form, "7a", {"question": "7", "rule": "equals", "value": "Nej", "row": "ignored"})
    assert result.ok
    assert fe.question(result.form, "7a")["condition"] == {"question": "7", "rule": "equals", "value": "Nej"}
    assert fe.set_condition(form, "7a", {"question": "7", "rule": "answered", "value": "x"}).form is not None
    assert fe.question(fe.set_condition(form, "7a", {"question": "7", "rule": "answered"}).form, "7a")["condition"] == {
        "question": "7",
        "rule": "answered",
    }
    bad = fe.set_condition(form, "7a", {"question": "99", "rule": "answered"})
    assert not bad.ok and "99" in bad.problems[0].detail
    cycle = fe.set_condition(form, "2", {"question": "2a", "rule": "answered"})
    assert not cycle.ok and "cycle" in cycle.problems[0].detail
    assert fe.question(fe.set_condition(form, "7a", None).form, "7a")["condition"] is None


def test_limits_subfields_and_quirks(form: dict) -> None:
    limited = fe.set_field(form, "7a", "max_chars", 1500)
    assert limited.ok and fe.question(limited.form, "7a")["max_chars"] == 1500
    assert not fe.set_field(form, "7a", "max_chars", 0).ok
    items = fe.set_field(form, "7a", "max_items", 3)
    assert items.ok and fe.question(items.form, "7a")["max_items"] == 3
    subs = fe.set_subfields(form, "7", [{"label": "Kommentar", "type": "text", "role": "comment"}])
    assert subs.ok and fe.question(subs.form, "7")["subfields"][0]["role"] == "comment"
    assert not fe.set_subfields(form, "7", [{"label": "X", "type": "text", "attached_to": "Kanske"}]).ok
    quirk = fe.set_quirks(form, "7a", [{"kind": "printed_number", "printed": "5.", "means": "7a", "note": "Tryckt som 5."}])
    assert quirk.ok and fe.question(quirk.form, "7a")["quirks"][0]["means"] == "7a"
    assert not fe.set_quirks(form, "7a", [{"kind": "printed_number", "printed": "5.", "note": ""}]).ok


def test_add_and_remove_questions(form: dict) -> None:
    added = fe.add_question(form, "2a", qtype="single")
    assert added.ok, added.problems
    numbers = [q["number"] for q in fe.questions(added.form)]
    assert numbers[numbers.index("2a") + 1] == "2b"
    assert fe.question(added.form, "2b")["options"] == ["Ja", "Nej"]
    assert fe.next_free_number(form, "2a") == "2b"
    removed = fe.remove_question(form, "2a")
    assert removed.ok and "2a" not in [q["number"] for q in fe.questions(removed.form)]
    needed = fe.remove_question(form, "2")
    assert not needed.ok and needed.problems[0].question == "2a"
    new = json.loads(FORM_2025.read_text("utf-8"))
    assert "5 a" not in fe.remove_question(new, "5a").form["mapping"]


def test_mapping_is_checked_against_the_previous_form(previous: object) -> None:
    new = json.loads(FORM_2025.read_text("utf-8"))
    good = fe.set_mapping(new, "4", "5", previous)  # type: ignore[arg-type]
    assert good.ok and good.form["mapping"]["4"] == "5"
    bad = fe.set_mapping(new, "4", "99", previous)  # type: ignore[arg-type]
    assert not bad.ok and "99" in str(bad.problems[0])
    dropped = fe.set_mapping(new, "2", None, previous)  # type: ignore[arg-type]
    assert "2" not in dropped.form["mapping"]


def test_save_to_the_data_dir_like_forms_add(tmp_path: Path) -> None:
    new = json.loads(FORM_2025.read_text("utf-8"))
    new = fe.set_form_field(new, "id", "sos-gnv-regioner-2025").form
    registry = form_registry(tmp_path)
    target = fe.save_to_data_dir(new, tmp_path, registry)
    assert target == paths.user_forms_dir(tmp_path) / "sos-gnv-regioner-2025.json"
    loaded = load_form(target)
    assert loaded.previous_form == "sos-gnv-regioner-2024" and loaded.mapping["5"] == "7"
    # saved again after more corrections: allowed (it is the file saved here)
    fe.save_to_data_dir(fe.set_text(new, "5", "Omformulerad").form, tmp_path, form_registry(tmp_path))
    assert load_form(target).question("5").text == "Omformulerad"  # type: ignore[union-attr]
    # the bundled form is never replaced by the same revision
    bundled = json.loads(FORM_2024.read_text("utf-8"))
    with pytest.raises(fe.SaveRefused, match="revision"):
        fe.save_to_data_dir(bundled, tmp_path, form_registry(tmp_path))
    with pytest.raises(fe.SaveRefused, match="fråga 5"):
        fe.save_to_data_dir(fe.set_text(new, "5", "").form, tmp_path, FormRegistry.load(paths.bundled_forms_dir()))


def test_changes_since_last_year_put_routine_updates_on_one_line(previous: object) -> None:
    from naravard_desktop.core.forms.model import parse_form

    data = json.loads(FORM_2024.read_text("utf-8"))
    data = fe.set_form_field(data, "id", "sos-gnv-regioner-2025").form
    data = fe.set_text(data, "2", fe.question(data, "2")["text"].replace("2024", "2025")).form
    data = fe.set_text(data, "2a", "Om svaret är 'Ja' på fråga 2, beskriv vad som har införts och varför.").form
    data = fe.set_field(data, "7a", "max_chars", 2000).form
    lines = [line for _number, line in fe.changes_since(previous, parse_form(data, "x.json"))]  # type: ignore[arg-type]
    assert "Bara årtal eller frågenummer ändrade (1): 2" in lines
    assert any(line.startswith("Omformulerad 2a:") and "varför" in line for line in lines)
    assert any(line.startswith("Gräns 7a: max_chars 1000 → 2000") for line in lines)


def test_changes_and_refusals_read_in_english_too(previous: object, tmp_path: Path) -> None:
    from naravard_desktop.core.forms.model import parse_form
    from naravard_desktop.core.messages import text_in

    data = fe.set_form_field(json.loads(FORM_2024.read_text("utf-8")), "id", "sos-gnv-regioner-2025").form
    data = fe.set_field(data, "7a", "max_chars", 2000).form
    lines = fe.changes_since(previous, parse_form(data, "x.json"))  # type: ignore[arg-type]
    assert [text_in(line, "en") for _n, line in lines] == ["Limit 7a: max_chars 1000 → 2000"]
    bundled = json.loads(FORM_2024.read_text("utf-8"))
    with pytest.raises(fe.SaveRefused) as refused:
        fe.save_to_data_dir(bundled, tmp_path, form_registry(tmp_path))
    assert text_in(refused.value.args[0], "en").startswith("the form sos-gnv-regioner-2024 already exists with revision 1")
